"""The archive's own static search index: exact Chinese phrase search that scales to 10,000+ speeches.

Why not Material's built-in search: it ships the whole index to every reader (75 MB at 1,000 speeches, 8 s
to first results) and jieba segments a query differently from the text, so phrases are not exact. Pagefind
scales, but it also matches segmented words, not phrases (precision 0.71 on our phrase list).

How it works. Text is normalized (NFKC, lower case) and split into runs of letters and digits; everything
else (punctuation, spaces) separates runs. For every position of every run the slice of up to 6 characters
starting there is taken; a document contains a phrase of 1–6 characters exactly when one of its slices
starts with the phrase. The slices are stored grouped by their first 1, 2 or 3 characters:
  - 1 and 2 characters: the sorted list of documents (delta-coded) — answers 1–2 character queries;
  - 3 characters: for each "successor" (the next 0–3 characters) the documents — a 3–6 character query
    takes the union of the lists whose successor starts with the rest of the query: exact, no positions.
A phrase longer than 6 characters must contain each of its 6-character windows (the browser also checks
the text of the results it shows). Every key's entry is JSON, gzip-compressed, in one of `shards` files by
FNV-1a hash of the key, or in a file of its own when large (a common bigram such as 发展), so a query
fetches a few small files. Per-document metadata (URL, title, speaker, date) is in shards of 256 documents,
and the text of each document is fetched only for the results shown, to cut the highlighted snippet.
The browser side is overrides/assets/javascripts/archive-search.js (a drop-in for Material's search
worker, so Material's search box, shortcut and result list are unchanged).

Layout under site/search/archive/: manifest.json, g/<shard>.json.gz, x/<hex of key>.json.gz,
m/<n>.json.gz, t/<document id>.txt.gz.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from scripts.fields import search_fields
from scripts.markdown import body_text
from scripts.script_fold import fold
from scripts.site_corpus import Speech, parse_page
from scripts.themes import load_themes

WORD_RUN = re.compile(r"[^\W_]+")  # letters and digits; mirrored in the browser by /[\p{L}\p{N}]+/gu
MAX_SLICE = 6
SUCCESSOR_FROM = 3  # trigram keys carry the next MAX_SLICE - SUCCESSOR_FROM characters
BIG_ENTRY = 4_096  # bytes of JSON: a larger entry gets its own file instead of sharing a shard
SHARD_TARGET = 16_384  # bytes of JSON per shard, before gzip
META_PER_SHARD = 256
INDEX_DIR = Path("search") / "archive"
BROWSE_SECTIONS = ("themes", "speakers", "years", "sources", "regions")
SEARCH_FIELDS, SEARCH_SOURCE_FIELDS = search_fields()  # front matter a reader may search for


@dataclass
class SearchDoc:
    """One searchable page: speeches first (newest first), then browse pages."""

    url: str
    title: str
    speaker: str
    date: str
    text: str  # everything searchable, as displayed (title, metadata, body)


def normalize(text: str) -> str:
    """Compatibility forms folded (full-width letters and digits), lower case, and traditional characters
    folded to simplified (scripts/script_fold.py), as the browser does."""
    return fold(unicodedata.normalize("NFKC", text).lower())


def runs(text: str) -> list[str]:
    """The maximal runs of letters and digits of the normalized text."""
    return WORD_RUN.findall(normalize(text))


def fnv1a(key: str) -> int:
    """32-bit FNV-1a over code points (the browser computes the same to find a key's shard)."""
    value = 0x811C9DC5
    for char in key:
        value = ((value ^ ord(char)) * 0x01000193) & 0xFFFFFFFF
    return value


def key_file(key: str) -> str:
    """File name of a key's own entry file: its code points in hex."""
    return "-".join(f"{ord(c):x}" for c in key)


def speech_doc(speech: Speech) -> SearchDoc:
    """A speech: its front matter fields a reader may search for, then its text."""
    meta = speech.meta
    fields = [meta.get(k) for k in SEARCH_FIELDS]
    fields += [speech.source.get(k) for k in SEARCH_SOURCE_FIELDS]
    head = " · ".join(dict.fromkeys(str(v).strip() for v in fields if v and str(v).strip()))
    text = "\n".join([speech.title, head, body_text(speech.body)])
    return SearchDoc(speech.url, speech.title, speech.speaker or "", speech.date or speech.published or "", text)


def page_docs(docs_dir: Path) -> list[SearchDoc]:
    """Browse pages (themes, speakers, years, sources), found by their title; themes by description too."""
    descriptions = {t.name: t.description for t in load_themes()}
    found = []
    for section in BROWSE_SECTIONS:
        for path in sorted((docs_dir / section).glob("*.md")):
            meta, _ = parse_page(path.read_text(encoding="utf-8"))
            title = str(meta.get("title") or path.stem)
            url = f"{section}/" if path.stem == "index" else f"{section}/{path.stem}/"
            text = "\n".join(filter(None, [title, descriptions.get(title, "") if section == "themes" else ""]))
            found.append(SearchDoc(url, title, "", "", text))
    return found


def doc_slices(text: str) -> set[str]:
    """Every distinct slice of up to MAX_SLICE characters starting inside a run."""
    found: set[str] = set()
    for run in runs(text):
        found.update(run[i : i + MAX_SLICE] for i in range(len(run)))
    return found


def build_postings(docs: list[SearchDoc]) -> dict[str, array]:
    """Key -> sorted document ids. Keys: 1- and 2-character prefixes, and 'trigram\\tsuccessor'."""
    postings: dict[str, array] = defaultdict(lambda: array("I"))
    for number, doc in enumerate(docs):
        slices = doc_slices(doc.text)
        keys = {s[:1] for s in slices} | {s[:2] for s in slices if len(s) >= 2}
        keys |= {f"{s[:SUCCESSOR_FROM]}\t{s[SUCCESSOR_FROM:]}" for s in slices if len(s) >= SUCCESSOR_FROM}
        for key in keys:
            postings[key].append(number)
    return postings


def deltas(ids: Iterable[int]) -> list[int]:
    previous, out = -1, []
    for value in ids:
        out.append(value - previous)
        previous = value
    return out


def entries(postings: dict[str, array]) -> dict[str, object]:
    """Lookup key -> JSON-ready entry: a delta list (1–2 characters) or {successor: delta list} (3)."""
    result: dict[str, object] = {}
    for key in sorted(postings):
        ids = deltas(postings[key])
        if "\t" in key:
            trigram, successor = key.split("\t")
            result.setdefault(trigram, {})[successor] = ids  # type: ignore[index]
        else:
            result[key] = ids
    return result


def write_gz(path: Path, text: str) -> int:
    """Write gzip-compressed UTF-8 (mtime 0, so builds are reproducible); returns the bytes written."""
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    path.write_bytes(data)
    return len(data)


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_keys(out: Path, table: dict[str, object]) -> int:
    """Shards of small entries, a file per large one; returns the shard count."""
    encoded = {key: dumps(value) for key, value in table.items()}
    small = sum(len(v) for v in encoded.values() if len(v) <= BIG_ENTRY)
    shards = 1
    while shards * SHARD_TARGET < small:
        shards *= 2
    grouped: list[dict[str, object]] = [{} for _ in range(shards)]
    (out / "g").mkdir(parents=True)
    (out / "x").mkdir()
    for key, text in encoded.items():
        shard = grouped[fnv1a(key) % shards]
        if len(text) > BIG_ENTRY:
            write_gz(out / "x" / f"{key_file(key)}.json.gz", text)
            shard[key] = 1  # "in a file of its own"
        else:
            shard[key] = table[key]
    for number, shard in enumerate(grouped):
        write_gz(out / "g" / f"{number}.json.gz", dumps(shard))
    return shards


def write_docs(out: Path, docs: list[SearchDoc]) -> None:
    """Metadata shards and one text file per document (for snippets)."""
    (out / "m").mkdir()
    (out / "t").mkdir()
    for start in range(0, len(docs), META_PER_SHARD):
        chunk = docs[start : start + META_PER_SHARD]
        write_gz(out / "m" / f"{start // META_PER_SHARD}.json.gz", dumps([[d.url, d.title, d.speaker, d.date]
                                                                           for d in chunk]))
    for number, doc in enumerate(docs):
        write_gz(out / "t" / f"{number}.txt.gz", doc.text)


def build_index(site_dir: Path, docs: list[SearchDoc]) -> dict[str, int]:
    """Write the index under site_dir/search/archive/; returns counts for the build report."""
    out = site_dir / INDEX_DIR
    if out.exists():
        raise SystemExit(f"search_index: {out} exists; build into a fresh site directory")
    table = entries(build_postings(docs))
    shards = write_keys(out, table)
    write_docs(out, docs)
    manifest = {"version": 1, "documents": len(docs), "shards": shards, "meta_per_shard": META_PER_SHARD,
                "max_slice": MAX_SLICE, "successor_from": SUCCESSOR_FROM}
    (out / "manifest.json").write_text(dumps(manifest), encoding="utf-8")
    return {"documents": len(docs), "keys": len(table), "shards": shards}


# ---------------------------------------------------------------------------------- reference query


class IndexReader:
    """Reads a built index the way the browser does (for tests and the benchmark's cross-check)."""

    def __init__(self, site_dir: Path) -> None:
        self.root = site_dir / INDEX_DIR
        self.manifest = json.loads((self.root / "manifest.json").read_text(encoding="utf-8"))

    def _load(self, path: Path) -> object:
        return json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))

    def entry(self, key: str) -> object | None:
        shard = self._load(self.root / "g" / f"{fnv1a(key) % self.manifest['shards']}.json.gz")
        value = shard.get(key)  # type: ignore[union-attr]
        return self._load(self.root / "x" / f"{key_file(key)}.json.gz") if value == 1 else value

    def phrase(self, term: str) -> set[int]:
        """Documents containing term (one run of letters and digits, normalized), for 1–6 characters."""
        if len(term) > MAX_SLICE:
            windows = [self.phrase(term[i : i + MAX_SLICE]) for i in range(len(term) - MAX_SLICE + 1)]
            return set.intersection(*windows)
        entry = self.entry(term[:SUCCESSOR_FROM])
        if entry is None:
            return set()
        if isinstance(entry, list):
            return set(undelta(entry))
        rest = term[SUCCESSOR_FROM:]
        return set().union(*(undelta(ids) for succ, ids in entry.items() if succ.startswith(rest)))

    def search(self, query: str) -> list[int]:
        """Documents containing every term of the query (sorted ids; ranking is the browser's)."""
        terms = runs(query)
        if not terms:
            return []
        return sorted(set.intersection(*(self.phrase(t) for t in dict.fromkeys(terms))))

    def urls(self) -> list[str]:
        shards = (self.manifest["documents"] + self.manifest["meta_per_shard"] - 1) // self.manifest["meta_per_shard"]
        return [row[0] for n in range(shards) for row in self._load(self.root / "m" / f"{n}.json.gz")]


def undelta(values: list[int]) -> list[int]:
    total, out = -1, []
    for value in values:
        total += value
        out.append(total)
    return out
