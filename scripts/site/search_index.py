"""The archive's own static search index: exact Chinese phrase search, built in bounded memory.

Why not Material's built-in search: it ships the whole index to every reader (75 MB at 1,000 speeches, 8 s
to first results) and jieba segments a query differently from the text, so phrases are not exact. Pagefind
scales, but it matches segmented words, not phrases (and at 10,000 real speeches needs 11 GB to build).

What is indexed. Text is normalized (NFKC, lower case, traditional characters folded to simplified by
scripts/site/script_fold.py, one for one) and split into runs of letters and digits; everything
else separates runs. A document contains a phrase of up to MAX_SLICE characters exactly when one of its
"slices" (the up to MAX_SLICE characters starting at a position of a run) starts with the phrase. The keys
are the nodes of the trie of all slices, each with the sorted list of documents under it:
  - every 1- and 2-character key is stored;
  - a longer key is stored only when its parent (one character shorter) is in at least CUTOFF documents.
So a query walks down from its first two characters: it reaches its own key (the exact list), or finds a
parent in at least CUTOFF documents without the child (no document holds the phrase), or stops at a key in
fewer than CUTOFF documents — then those few candidates' texts are checked (the browser fetches at most
CUTOFF - 1 texts). Most slices of real text are in one speech; not storing their deep keys is what keeps
the index small (measurements in PERFORMANCE.md). A phrase longer than MAX_SLICE is looked up by its
windows and checked against the candidates' texts when they are few.

Lists are delta + varint coded, or a bitmap when that is smaller (a common key such as 的). Keys are grouped
in gzip shards: the partition is chosen by the key's first two characters and the shard within it by the
first three, so a query needs at most two shards and a trigram's whole subtree is in one of them.

Building in bounded memory: the slices of each document are written to one scratch file per partition
(chosen so each holds about PARTITION_CHARS characters of text), then each partition is read back alone, its
trie walked in sorted order and its shards written. Memory grows with the partition, not the archive; an
external partitioned sort was chosen over SQLite as scratch space because the trie walk needs each
partition's slices sorted, which is one in-memory sort per partition, where SQLite would need a B-tree
insert per (slice, document) pair (51 M pairs at 10,000 speeches).

Ranking needs the title and speaker of every hit; instead of fetching every hit's metadata, a second small
index of the same kind holds titles and speakers only (document 2i is the title of i, 2i + 1 its speaker).
Metadata (URL, title, speaker, date, place of the text) is in shards of PACK documents; the texts, one gzip
member each, are concatenated into one pack file per PACK documents and fetched by HTTP range request, only
for the candidates to check and the results shown. Document ids: speeches newest first (the order of
site_corpus.load_speeches, which the search page's facet table, scripts/site/search_facets.py, shares), then browse
pages, so "newest first" is id order.

The browser side is overrides/assets/javascripts/archive-search.js (a drop-in for Material's search worker).
Layout under site/search/archive/: manifest.json, k/<partition>-<shard>.gz (phrase keys), f/… (title and
speaker keys, same layout), m/<n>.json.gz (metadata), t/<n>.gz (texts).
"""

from __future__ import annotations

import bisect
import gzip
import json
import math
import re
import tempfile
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from scripts.clean.render import body_text
from scripts.clean.themes import load_themes
from scripts.core.fields import search_fields
from scripts.site.browse import SECTIONS  # the browse pages, found by their titles
from scripts.site.script_fold import fold
from scripts.site.site_corpus import Speech, parse_page

WORD_RUN = re.compile(r"[^\W_]+")  # letters and digits; mirrored in the browser by /[\p{L}\p{N}]+/gu
MAX_SLICE = 8  # longest key; a query of up to 8 characters is exact by construction
CUTOFF = 16  # a key's children are stored when it is in at least this many documents
PARTITION_CHARS = 1_500_000  # characters of text per build partition (bounds the build's memory)
SHARD_TARGET = 40_000  # bytes of encoded keys per shard, before gzip (about 25 KB after)
RECORD_BYTES = 6  # a front-coded record without its list, about
PACK = 64  # documents per metadata shard and per text pack
INDEX_DIR = Path("search") / "archive"
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
    folded to simplified (scripts/site/script_fold.py), as the browser does."""
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
    for section in SECTIONS:
        for path in sorted((docs_dir / section).glob("*.md")):
            meta, _ = parse_page(path.read_text(encoding="utf-8"))
            title = str(meta.get("title") or path.stem)
            url = f"{section}/" if path.stem == "index" else f"{section}/{path.stem}/"
            text = "\n".join(filter(None, [title, descriptions.get(title, "") if section == "themes" else ""]))
            found.append(SearchDoc(url, title, "", "", text))
    return found


# ---------------------------------------------------------------------------------- encoding


def varint(value: int, out: bytearray) -> None:
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)


def encode_ids(ids: array, documents: int) -> tuple[bytes, bool]:
    """Sorted ids as delta varints, or as a bitmap of all documents when that is smaller."""
    deltas, previous = bytearray(), -1
    for value in ids:
        varint(value - previous, deltas)
        previous = value
    size = (documents + 7) // 8
    if len(deltas) <= size:
        return bytes(deltas), False
    bitmap = bytearray(size)
    for value in ids:
        bitmap[value >> 3] |= 1 << (value & 7)
    return bytes(bitmap), True


def shared_prefix(first: str, second: str) -> int:
    """How many leading characters two keys share."""
    size = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        size += 1
    return size


def encode_entry(key: str, previous: str, ids: array, documents: int) -> bytes:
    """A shard record, its key front-coded against the previous record's (a trigram's subtree is contiguous):
    characters shared, length and UTF-8 of the rest, document count, payload length * 2 + bitmap flag, payload."""
    shared = shared_prefix(previous, key)
    name = key[shared:].encode("utf-8")
    payload, bitmap = encode_ids(ids, documents)
    out = bytearray()
    varint(shared, out)
    varint(len(name), out)
    out += name
    varint(len(ids), out)
    varint(len(payload) * 2 + bitmap, out)
    return bytes(out + payload)


def read_varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7


def decode_shard(data: bytes) -> dict[str, list[int]]:
    """key -> ids of a shard file's records (the reference reader; the browser decodes the same)."""
    found, at, key = {}, 0, ""
    while at < len(data):
        shared, at = read_varint(data, at)
        length, at = read_varint(data, at)
        key = key[:shared] + data[at : at + length].decode("utf-8")
        count, at = read_varint(data, at + length)
        flagged, at = read_varint(data, at)
        payload, at = data[at : at + flagged // 2], at + flagged // 2
        if flagged & 1:
            found[key] = [i for i in range(len(payload) * 8) if payload[i >> 3] >> (i & 7) & 1]
        else:
            ids, pos, previous = [], 0, -1
            while pos < len(payload):
                delta, pos = read_varint(payload, pos)
                previous += delta
                ids.append(previous)
            found[key] = ids
        assert len(found[key]) == count, key
    return found


def write_gz(path: Path, data: bytes) -> int:
    """Write gzip-compressed bytes (mtime 0, so builds are reproducible); returns the bytes written."""
    packed = gzip.compress(data, compresslevel=9, mtime=0)
    path.write_bytes(packed)
    return len(packed)


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------- keys, in partitions


def partition_of(key: str, partitions: int) -> int:
    return fnv1a(key[:2]) % partitions


def shard_of(key: str, shards: int) -> int:
    return fnv1a(key[:3]) % shards


def text_slices(text: str, max_slice: int) -> set[str]:
    """The distinct longest slices (up to max_slice characters from each position) and single characters."""
    found: set[str] = set()
    for run in runs(text):
        found.update(run[i : i + max_slice] for i in range(len(run)))
        found.update(run)
    return found


def spool(texts: Iterable[str], scratch: Path, partitions: int, max_slice: int) -> int:
    """Pass 1: each document's slices, one line per document and partition ('id<TAB>slice<TAB>…')."""
    files = [(scratch / f"{p}.txt").open("w", encoding="utf-8") for p in range(partitions)]
    which: dict[str, int] = {}
    count = 0
    try:
        for number, text in enumerate(texts):
            grouped: dict[int, list[str]] = {}
            for piece in text_slices(text, max_slice):
                prefix = piece[:2]
                part = which.get(prefix)
                if part is None:
                    part = which[prefix] = partition_of(prefix, partitions)
                grouped.setdefault(part, []).append(piece)
            for part, pieces in grouped.items():
                files[part].write(f"{number}\t" + "\t".join(sorted(pieces)) + "\n")
            count = number + 1
    finally:
        for handle in files:
            handle.close()
    return count


def read_spool(path: Path) -> dict[str, list[int]]:
    """slice -> the ascending ids of the documents that have it, for one partition."""
    postings: dict[str, list[int]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            number, *pieces = line.rstrip("\n").split("\t")
            doc = int(number)
            for piece in pieces:
                postings.setdefault(piece, []).append(doc)
    return postings


def trie_entries(postings: dict[str, list[int]], cutoff: int | None, max_slice: int) -> Iterator[tuple[str, array]]:
    """Pass 2 for one partition: (key, sorted ids) for every stored trie node (see the module docstring).

    The distinct slices are sorted once; a node is the range of slices that start with its key, its ids the
    union of theirs. Nodes are visited top-down and only below a node in at least `cutoff` documents, so the
    work follows the stored keys, not every prefix of every slice; child ranges are found by bisection."""
    for key in postings:
        if len(key) == 1:
            yield key, array("I", postings[key])
    slices = sorted(k for k in postings if len(k) > 1)
    lists = [postings[k] for k in slices]
    todo = list(reversed(child_ranges(slices, 0, len(slices), 0)))
    while todo:
        low, high, length = todo.pop()
        key = slices[low][:length]
        ids = lists[low] if high - low == 1 else sorted(set().union(*lists[low:high]))
        yield key, array("I", ids)
        if length < max_slice and (cutoff is None or len(ids) >= cutoff):
            if len(slices[low]) == length:
                low += 1  # the slice that is the key itself comes first; it has no children
            todo.extend(reversed(child_ranges(slices, low, high, length)))


def child_ranges(slices: list[str], low: int, high: int, length: int) -> list[tuple[int, int, int]]:
    """The ranges of slices[low:high] (sorted, all longer than length and sharing their first `length`
    characters) that share their first length + 1 (at least 2) characters."""
    size = max(2, length + 1)
    found = []
    while low < high:
        prefix = slices[low][:size]
        end = bisect.bisect_left(slices, prefix + "\U0010ffff", low, high)
        found.append((low, end, size))
        low = end
    return found


def write_partition(out: Path, part: int, entries: Iterable[tuple[str, array]], documents: int) -> int:
    """Group one partition's entries into shards of about SHARD_TARGET bytes; returns the shard count."""
    table = sorted(entries)
    estimate = sum(RECORD_BYTES + min(2 * len(ids), documents // 8 + 1) for _, ids in table)
    shards = max(1, math.ceil(estimate / SHARD_TARGET))
    grouped: list[list[tuple[str, array]]] = [[] for _ in range(shards)]
    for key, ids in table:
        grouped[shard_of(key, shards)].append((key, ids))
    for number, shard in enumerate(grouped):
        previous = [""] + [key for key, _ in shard[:-1]]
        records = [encode_entry(key, before, ids, documents)
                   for (key, ids), before in zip(shard, previous, strict=True)]
        write_gz(out / f"{part}-{number}.gz", b"".join(records))
    return shards


def build_keys(out: Path, texts: list[str], cutoff: int | None, max_slice: int = MAX_SLICE) -> dict[str, object]:
    """The key table of texts under out/ (document i is texts[i]); returns its manifest entry."""
    out.mkdir(parents=True)
    partitions = max(1, math.ceil(sum(map(len, texts)) / PARTITION_CHARS))
    shards = []
    with tempfile.TemporaryDirectory(prefix="search-index-") as tmp:
        scratch = Path(tmp)
        spool(texts, scratch, partitions, max_slice)
        for part in range(partitions):
            postings = read_spool(scratch / f"{part}.txt")
            (scratch / f"{part}.txt").unlink()
            shards.append(write_partition(out, part, trie_entries(postings, cutoff, max_slice), len(texts)))
            del postings
    return {"documents": len(texts), "cutoff": cutoff, "max_slice": max_slice, "partitions": partitions,
            "shards": shards}


# ---------------------------------------------------------------------------------- documents


def write_docs(out: Path, docs: list[SearchDoc]) -> None:
    """Per PACK documents: a metadata shard (url, title, speaker, date, offset and length of the text in its
    pack) and a pack of texts, each text its own gzip member so that a range request gets one."""
    (out / "m").mkdir()
    (out / "t").mkdir()
    for start in range(0, len(docs), PACK):
        rows, pack = [], bytearray()
        for doc in docs[start : start + PACK]:
            member = gzip.compress(doc.text.encode("utf-8"), compresslevel=9, mtime=0)
            rows.append([doc.url, doc.title, doc.speaker, doc.date, len(pack), len(member)])
            pack += member
        (out / "t" / f"{start // PACK}.gz").write_bytes(bytes(pack))
        write_gz(out / "m" / f"{start // PACK}.json.gz", dumps(rows).encode("utf-8"))


def field_texts(docs: list[SearchDoc]) -> list[str]:
    """The title and speaker index's documents: 2i is document i's title, 2i + 1 its speaker."""
    return [text for doc in docs for text in (doc.title, doc.speaker)]


def build_index(site_dir: Path, docs: list[SearchDoc], speeches: int | None = None) -> dict[str, int]:
    """Write the index under site_dir/search/archive/; returns counts for the build report."""
    out = site_dir / INDEX_DIR
    if out.exists():
        raise SystemExit(f"search_index: {out} exists; build into a fresh site directory")
    keys = build_keys(out / "k", [doc.text for doc in docs], CUTOFF)
    fields = build_keys(out / "f", field_texts(docs), None)
    write_docs(out, docs)
    manifest = {"version": 2, "documents": len(docs), "speeches": len(docs) if speeches is None else speeches,
                "pack": PACK, "keys": keys, "fields": fields}
    (out / "manifest.json").write_text(dumps(manifest), encoding="utf-8")
    return {"documents": len(docs), "partitions": int(keys["partitions"]),  # type: ignore[call-overload]
            "shards": sum(keys["shards"]) + sum(fields["shards"])}  # type: ignore[call-overload]


# ---------------------------------------------------------------------------------- reference query


class IndexReader:
    """Reads a built index the way the browser does (for tests and the benchmark's cross-check)."""

    def __init__(self, site_dir: Path) -> None:
        self.root = site_dir / INDEX_DIR
        self.manifest = json.loads((self.root / "manifest.json").read_text(encoding="utf-8"))
        self._shards: dict[str, dict[str, list[int]]] = {}

    def ids(self, table: str, key: str) -> list[int] | None:
        """The stored ids of key in table ('k' phrases, 'f' titles and speakers), or None if not stored."""
        spec = self.manifest["keys" if table == "k" else "fields"]
        part = partition_of(key, spec["partitions"])
        name = f"{table}/{part}-{shard_of(key, spec['shards'][part])}.gz"
        if name not in self._shards:
            self._shards[name] = decode_shard(gzip.decompress((self.root / name).read_bytes()))
        return self._shards[name].get(key)

    def lookup(self, table: str, term: str) -> tuple[list[int], bool]:
        """Ids for a term of at most max_slice characters, and whether they still need their texts checked."""
        cutoff = self.manifest["keys" if table == "k" else "fields"]["cutoff"]
        node = self.ids(table, term[:2])
        if node is None:
            return [], False
        for length in range(3, len(term) + 1):
            if cutoff is not None and len(node) < cutoff:
                return node, True
            node = self.ids(table, term[:length])
            if node is None:
                return [], False
        return node, False

    def text(self, doc: int) -> str:
        row = self.rows([doc])[doc]
        with (self.root / "t" / f"{doc // self.manifest['pack']}.gz").open("rb") as pack:
            pack.seek(row[4])
            return gzip.decompress(pack.read(row[5])).decode("utf-8")

    def rows(self, docs: Iterable[int]) -> dict[int, list]:
        size, found = self.manifest["pack"], dict[int, list]()
        for shard in sorted({d // size for d in docs}):
            rows = json.loads(gzip.decompress((self.root / "m" / f"{shard}.json.gz").read_bytes()))
            found |= {shard * size + k: row for k, row in enumerate(rows)}
        return found

    def phrase(self, term: str) -> set[int]:
        """Documents containing term (one normalized run of letters and digits). Candidates are checked against
        their texts as the browser does; for a phrase longer than max_slice all of them (the browser checks
        all only when they are few, else the results it shows)."""
        limit = self.manifest["keys"]["max_slice"]
        windows = [term[i : i + limit] for i in range(max(1, len(term) - limit + 1))]
        looked = [self.lookup("k", w) for w in windows]
        unchecked = [set(ids) for ids, check in looked if not check]
        checked = [set(ids) for ids, check in looked if check]
        candidates = set.intersection(*(checked or unchecked))
        if checked or len(windows) > 1:
            candidates = {d for d in candidates if term in normalize(self.text(d))}
        return candidates

    def search(self, query: str) -> list[int]:
        """Documents containing every term of the query (sorted ids; ranking is the browser's)."""
        terms = runs(query)
        if not terms:
            return []
        return sorted(set.intersection(*(self.phrase(t) for t in dict.fromkeys(terms))))

    def urls(self) -> list[str]:
        rows = self.rows(range(self.manifest["documents"]))
        return [rows[d][0] for d in range(self.manifest["documents"])]
