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

How the keys are stored (each choice measured at 1,000 novel speeches, PERFORMANCE.md). A root (a key of one
or two characters) holds its ids as delta varints, or as a bitmap when that is smaller (a common key such as
的). A deeper key holds its ids as places in its parent's list (gaps between places, a bitmap over the
parent's list, or "all of them"): a deep key's few ids are among its parent's few dozen, so a place takes a
byte where an id takes two or three. A deeper key is written after its parent as depth, last character (as the
gap from its previous sibling's) and count, without its other characters: the previous records give them.
Files: partitions by the hash of the first two characters (the unit the build holds in memory); within one,
root shards by the same hash, each root followed by its block of deeper keys, so most terms need one shard.
A root whose block is larger than SPLIT_BYTES is split: its deeper keys go to split shards chosen by the first
three characters (a term then needs two). Shards are gzipped, about SHARD_TARGET bytes before gzip.

Building in bounded memory: the documents are read once and their texts written to a scratch file with the
character counts (spill_docs), then read back for the keys and for the text packs, so no list of every text is
held. The slices of each document are written to one scratch file per partition
(chosen so each holds about PARTITION_CHARS characters of text), then each partition is read back alone, its
trie walked in sorted order and its shards written. Memory grows with the partition, not the archive; an
external partitioned sort was chosen over SQLite as scratch space because the trie walk needs each
partition's slices sorted, which is one in-memory sort per partition, where SQLite would need a B-tree
insert per (slice, document) pair (51 M pairs at 10,000 speeches).
Both passes are split into independent tasks for worker processes (scripts/core/workers.py): pass 1 in chunks
of SPOOL_CHUNK documents, each writing its own file per partition (<part>.<chunk>.txt, read back in chunk
order, so every list comes out in id order), pass 2 one partition a task, largest first; the text packs are
one more task. Each worker holds one chunk or one partition, so memory stays bounded per worker, and the files
are the same for any number of workers (results are taken in partition order, not as workers finish).

Ranking needs the title and speaker of every hit; instead of fetching every hit's metadata, a second small
index of the same kind holds titles and speakers only (document 2i is the title of i, 2i + 1 its speaker).
Metadata (URL, title, speaker, date) is in shards of PACK documents, fetched for the results shown; the texts,
one gzip member each (their characters' places in a frequency order, encode_text), are concatenated into one
pack file per PACK documents, which starts with their offsets, and fetched by HTTP range request, only for
the candidates to check and the snippets shown. Document ids: speeches newest first (the order of
site_corpus.load_speeches, which the search page's facet table, scripts/site/search_facets.py, shares), then browse
pages, so "newest first" is id order.

Incremental builds (update_index): when few documents changed since the last full build, that index (the base)
stays as written and only a delta segment of the added and changed documents, in the same format under delta/,
and the manifest are written; the manifest maps each current document number to (segment, number there), and
a base document it does not map (removed, or changed) is masked. Readers query both segments and unite the
results in current numbers, so ranking and the facet table are as after a full build. See "incremental" below.

The browser side is overrides/assets/javascripts/archive-search.js (a drop-in for Material's search worker).
Layout under site/search/archive/: manifest.json, k/<partition>-<shard>.gz and k/<partition>-s<shard>.gz
(phrase keys: root and split shards), f/… (title and speaker keys, same layout), m/<n>.json.gz (metadata),
t/<n>.gz (texts), chars.txt.gz (the texts' characters, most frequent first); after a delta build also
delta/… (the same files for the delta segment; its manifest is the main manifest's "delta" entry, with "map").
"""

from __future__ import annotations

import bisect
import gzip
import hashlib
import itertools
import json
import math
import re
import shutil
import sys
import tempfile
import unicodedata
from array import array
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.clean.render import body_text
from scripts.clean.themes import load_themes
from scripts.core.atomic import write_atomically
from scripts.core.fields import search_fields
from scripts.core.workers import Cancel, InProcess, pool
from scripts.site.browse import SECTIONS  # the browse pages, found by their titles
from scripts.site.script_fold import fold, fold_file_text
from scripts.site.site_corpus import Speech, parse_page

WORD_RUN = re.compile(r"[^\W_]+")  # letters and digits; mirrored in the browser by /[\p{L}\p{N}]+/gu
MAX_SLICE = 8  # longest key; a query of up to 8 characters is exact by construction
CUTOFF = 48  # a key's children are stored when it is in at least this many documents
PARTITION_CHARS = 1_500_000  # characters of text per build partition (bounds the build's memory)
SHARD_TARGET = 40_000  # bytes of encoded keys per shard, before gzip (about 25 KB after)
RECORD_BYTES = 6  # a front-coded record without its list, about
SPLIT_BYTES = SHARD_TARGET // 4  # a root with more bytes of deeper keys has them in split shards
GAPS, BITMAP, ALL = 0, 1, 2  # how a list of ids is coded (ALL: a deeper key's ids are all of its parent's)
IN_FLIGHT = 4  # spooling tasks submitted ahead of the one the build waits for
PACK = 64  # documents per metadata shard and per text pack
PACK_HEADER = 4 * (PACK + 1)  # bytes of a pack's member offsets
CHARS_FILE = "chars.txt.gz"  # the texts' characters, most frequent first: a text is stored as their places
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
    own = str(meta.get("title") or "")  # an untitled speech is found by its text, not by the "（无题）" mark
    text = "\n".join([own, head, body_text(speech.body)])
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


def varints(values: Iterable[int]) -> bytes:
    """Several varints (one byte each when all are below 128, the usual case)."""
    values = list(values)
    if not values or max(values) < 0x80:
        return bytes(values)
    out = bytearray()
    for value in values:
        varint(value, out)
    return bytes(out)


def deltas(ids: Sequence[int]) -> list[int]:
    """Sorted distinct numbers as gaps (the first counted from -1, so every gap is at least 1)."""
    return [b - a for a, b in zip([-1, *ids[:-1]], ids, strict=True)]


def encode_ids(ids: Sequence[int], documents: int) -> tuple[bytes, bool]:
    """Sorted ids as delta varints, or as a bitmap of all documents when that is smaller."""
    coded = varints(deltas(ids))
    size = (documents + 7) // 8
    if len(coded) <= size:
        return coded, False
    return bitmap(ids, size), True


def bitmap(positions: Iterable[int], size: int) -> bytes:
    out = bytearray(size)
    for value in positions:
        out[value >> 3] |= 1 << (value & 7)
    return bytes(out)


def encode_subset(parent: Sequence[int], ids: Sequence[int]) -> tuple[int, bytes]:
    """ids, a subset of the sorted list parent, by their places in it: (mode, payload) with mode 0 the gaps
    between places as varints, 1 a bitmap over the parent's list, 2 all of the parent's ids (no payload).
    A deep key's few ids cost a byte or two each this way, where their own numbers would cost two or three."""
    if len(ids) == len(parent):
        return ALL, b""
    places = [bisect.bisect_left(parent, value) for value in ids]
    coded = varints(deltas(places))
    size = (len(parent) + 7) // 8
    return (GAPS, coded) if len(coded) <= size else (BITMAP, bitmap(places, size))


def encode_records(nodes: Iterable[tuple[str, Sequence[int]]], parents: dict[str, array], out: bytearray) -> None:
    """Keys of three or more characters below one root, in sorted order (a parent before its children, siblings
    in character order), each as: depth - 2, its last character (as the gap from its previous sibling's, or
    whole for a first child), count * 4 + subset mode, the subset payload; then a 0 ends the block. The
    characters before the last are the parent's: the previous records give them (see decode_records)."""
    last: list[int] = []  # last[d]: the last character of the previous record at depth d under the same parent
    for key, ids in nodes:
        depth, char = len(key), ord(key[-1])
        del last[depth + 1 :]
        if len(last) <= depth:
            last += [-1] * (depth + 1 - len(last))
            gap = char
        else:
            gap = char - last[depth] if last[depth] >= 0 else char
        last[depth] = char
        mode, payload = encode_subset(parents[key[:-1]], ids)
        varint(depth - 2, out)
        varint(gap, out)
        varint(len(ids) * 4 + mode, out)
        out += payload
    out.append(0)


def shared_prefix(first: str, second: str) -> int:
    """How many leading characters two keys share."""
    size = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        size += 1
    return size


def front_coded(key: str, previous: str, out: bytearray) -> None:
    """A key as the count of characters it shares with the previous one, then the length and UTF-8 of the rest."""
    shared = shared_prefix(previous, key)
    name = key[shared:].encode("utf-8")
    varint(shared, out)
    varint(len(name), out)
    out += name


def encode_root(key: str, previous: str, ids: Sequence[int], documents: int, below: bytes | None) -> bytes:
    """A root record (a key of one or two characters): front-coded key, count * 4 + 2 * split + bitmap flag,
    its ids (delta varints or a bitmap of all documents), then its block of deeper keys (below), or nothing
    when the root is split (its deeper keys are in the partition's split shards)."""
    out = bytearray()
    front_coded(key, previous, out)
    payload, flag = encode_ids(ids, documents)
    varint(len(ids) * 4 + 2 * (below is None) + flag, out)
    out += payload
    if below is not None:
        out += below
    return bytes(out)


def read_varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7


def read_front_coded(data: bytes, at: int, previous: str) -> tuple[str, int]:
    shared, at = read_varint(data, at)
    length, at = read_varint(data, at)
    return previous[:shared] + data[at : at + length].decode("utf-8"), at + length


def skip_gaps(data: bytes, at: int, count: int) -> int:
    """The end of count varints starting at `at`."""
    for _ in range(count):
        while data[at] >= 0x80:
            at += 1
        at += 1
    return at


def decode_gaps(payload: bytes) -> list[int]:
    found, at, value = [], 0, -1
    while at < len(payload):
        gap, at = read_varint(payload, at)
        value += gap
        found.append(value)
    return found


def decode_bitmap(payload: bytes) -> list[int]:
    return [i for i in range(len(payload) * 8) if payload[i >> 3] >> (i & 7) & 1]


@dataclass
class Node:
    """A key as read from a shard: its count and how its ids are coded (see the browser's decoder, the same)."""

    key: str
    count: int
    mode: int  # GAPS or BITMAP; below a root also ALL (the parent's ids)
    payload: bytes
    split: bool = False  # a root whose deeper keys are in split shards

    def ids(self, parent: list[int] | None) -> list[int]:
        """The ids: a root's are its own (parent None), a deeper key's are places in its parent's ids."""
        if self.mode == ALL:
            return list(parent or [])
        places = decode_gaps(self.payload) if self.mode == GAPS else decode_bitmap(self.payload)
        return places if parent is None else [parent[p] for p in places]


def decode_records(data: bytes, at: int, prefix: str, prefix_count: int, found: dict[str, Node]) -> int:
    """A block of keys below prefix (a root, or in a split shard a key of three characters; see encode_records)
    into found; returns the end of the block."""
    path, last = list(prefix), [-1] * (len(prefix) + 1)
    counts = [0] * len(prefix) + [prefix_count]
    while True:
        code, at = read_varint(data, at)
        if code == 0:
            return at
        depth = code + 2
        gap, at = read_varint(data, at)
        del last[depth + 1 :], counts[depth:], path[depth - 1 :]
        last += [-1] * (depth + 1 - len(last))
        char = gap if last[depth] < 0 else last[depth] + gap
        last[depth] = char
        path.append(chr(char))
        flagged, at = read_varint(data, at)
        count, mode = flagged >> 2, flagged & 3
        parent_count = counts[depth - 1]
        end = (skip_gaps(data, at, count) if mode == GAPS
               else at + (parent_count + 7) // 8 if mode == BITMAP else at)
        counts.append(count)
        found["".join(path)] = Node("".join(path), count, mode, data[at:end])
        at = end


def decode_shard(data: bytes, documents: int, split: bool) -> dict[str, Node]:
    """key -> Node for every record of a shard file (a root shard, or a partition's split shard)."""
    found: dict[str, Node] = {}
    at, key = 0, ""
    while at < len(data):
        key, at = read_front_coded(data, at, key)
        flagged, at = read_varint(data, at)
        if split:  # a split shard's block: the key above and its count, then keys below it
            at = decode_records(data, at, key, flagged, found)
            continue
        count = flagged >> 2
        bitmap_flag, is_split = flagged & 1, bool(flagged & 2)
        end = at + (documents + 7) // 8 if bitmap_flag else skip_gaps(data, at, count)
        found[key] = Node(key, count, BITMAP if bitmap_flag else GAPS, data[at:end], is_split)
        at = end if is_split else decode_records(data, end, key, count, found)
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


def shard_of(root: str, partitions: int, shards: int) -> int:
    """A root's shard in its partition: by the hash left after the partition's share of it is taken (the hash
    modulo the shard count alone would follow the partition's residue: an even count filled half the shards)."""
    return fnv1a(root) // partitions % shards


def text_slices(text: str, max_slice: int) -> set[str]:
    """The distinct longest slices (up to max_slice characters from each position) and single characters."""
    found: set[str] = set()
    for run in runs(text):
        found.update(run[i : i + max_slice] for i in range(len(run)))
        found.update(run)
    return found


SPOOL_CHUNK = 256  # documents one spooling task takes (a worker's share of pass 1, about 4 MB of text)


def spool_chunk(texts: list[str], first: int, scratch: Path, chunk: int, partitions: int, max_slice: int) -> None:
    """Pass 1 for the documents first, first + 1, ... (texts): their slices, one line per document and
    partition ('id<TAB>slice<TAB>…'), in one file per partition for this chunk (<part>.<chunk>.txt)."""
    lines: dict[int, list[str]] = {}
    which: dict[str, int] = {}
    for number, text in enumerate(texts, start=first):
        grouped: dict[int, list[str]] = {}
        for piece in text_slices(text, max_slice):
            prefix = piece[:2]
            part = which.get(prefix)
            if part is None:
                part = which[prefix] = partition_of(prefix, partitions)
            grouped.setdefault(part, []).append(piece)
        for part, pieces in grouped.items():
            lines.setdefault(part, []).append(f"{number}\t" + "\t".join(sorted(pieces)) + "\n")
    for part, found in lines.items():
        (scratch / f"{part}.{chunk}.txt").write_text("".join(found), encoding="utf-8")


def spool(texts: Iterable[str], scratch: Path, partitions: int, max_slice: int, executor: Executor) -> int:
    """Pass 1 in chunks of SPOOL_CHUNK documents, handed to the executor's workers (a few chunks ahead, so the
    texts are never all in memory); returns the number of chunks."""
    pending: deque[Future[None]] = deque()
    chunk, first, stream = 0, 0, iter(texts)
    while batch := list(itertools.islice(stream, SPOOL_CHUNK)):
        pending.append(executor.submit(spool_chunk, batch, first, scratch, chunk, partitions, max_slice))
        chunk, first = chunk + 1, first + len(batch)
        while len(pending) > IN_FLIGHT:
            pending.popleft().result()
    for task in pending:
        task.result()
    return chunk


def read_spool(scratch: Path, part: int, chunks: int) -> dict[str, list[int]]:
    """slice -> the ascending ids of the documents that have it, for one partition (its chunks' files, read in
    document order and removed)."""
    postings: dict[str, list[int]] = {}
    for chunk in range(chunks):
        path = scratch / f"{part}.{chunk}.txt"
        if not path.exists():  # no document of the chunk has a slice in this partition
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                number, *pieces = line.rstrip("\n").split("\t")
                doc = int(number)
                for piece in pieces:
                    postings.setdefault(piece, []).append(doc)
        path.unlink()
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


def grouped_by_root(table: Iterable[tuple[str, array]]) -> Iterator[tuple[str, array, list[tuple[str, array]]]]:
    """Sorted entries as (root, its ids, its deeper keys in order): sorted, a key of three or more characters
    comes after its root (its first two characters) and before the next root."""
    current: tuple[str, array, list[tuple[str, array]]] | None = None
    for key, ids in table:
        if len(key) <= 2:
            if current:
                yield current
            current = (key, ids, [])
        else:
            assert current is not None and current[0] == key[:2], key
            current[2].append((key, ids))
    if current:
        yield current


@dataclass(frozen=True)
class ShardSizes:
    """SHARD_TARGET and SPLIT_BYTES as the build read them: handed to each partition's task with the work, so
    a worker process writes the shards the build's own process would."""

    target: int
    split: int


def write_partition(out: Path, part: int, partitions: int, entries: Iterable[tuple[str, array]],
                    documents: int, sizes: ShardSizes) -> tuple[int, int]:
    """One partition's shards: root shards (<part>-<n>.gz, about SHARD_TARGET bytes each), every root with its
    deeper keys; a root whose deeper keys take more than SPLIT_BYTES is split: its deeper keys go to split
    shards (<part>-s<n>.gz) chosen by their first three characters. Returns the counts of both kinds."""
    table = sorted(entries)
    parents = dict(table)
    roots: list[tuple[str, array, bytes | None]] = []
    split: list[tuple[str, array]] = []
    for root, ids, deeper in grouped_by_root(table):
        block = bytearray()
        encode_records(deeper, parents, block)
        roots.append((root, ids, bytes(block) if len(block) <= sizes.split else None))
        if len(block) > sizes.split:
            split += deeper
    del table
    size = sum(len(below or b"") + RECORD_BYTES + min(2 * len(ids), documents // 8 + 1) for _, ids, below in roots)
    shards = max(1, math.ceil(size / sizes.target))
    files = [bytearray() for _ in range(shards)]
    previous = [""] * shards
    for root, ids, below in roots:
        number = shard_of(root, partitions, shards)
        files[number] += encode_root(root, previous[number], ids, documents, below)
        previous[number] = root
    for number, data in enumerate(files):
        write_gz(out / f"{part}-{number}.gz", bytes(data))
    return shards, write_split(out, part, split, parents, sizes.target)


def split_of(key: str, shards: int) -> int:
    """A split root's deeper key's shard: by its first three characters if it has three, else by four (so a
    common trigram's many children are spread too)."""
    return fnv1a(key[:4]) % shards


def block_prefix(key: str) -> str:
    """The key a split shard's block of key starts from: its root for three characters, else its trigram."""
    return key[:2] if len(key) == 3 else key[:3]


def write_split(out: Path, part: int, nodes: list[tuple[str, array]], parents: dict[str, array], target: int) -> int:
    """The split roots' deeper keys in shards (split_of); in each, blocks of keys below one prefix
    (block_prefix): its front-coded key, its count, then the keys as encode_records writes them. Returns the
    shard count."""
    if not nodes:
        return 0
    size = sum(RECORD_BYTES + min(2 * len(ids), len(parents[key[:-1]]) // 8 + 1) for key, ids in nodes)
    shards = max(1, math.ceil(size / target))
    grouped: list[list[tuple[str, array]]] = [[] for _ in range(shards)]
    for key, ids in nodes:
        grouped[split_of(key, shards)].append((key, ids))
    for number, shard in enumerate(grouped):
        data, previous = bytearray(), ""
        for prefix, below in itertools.groupby(shard, key=lambda entry: block_prefix(entry[0])):
            front_coded(prefix, previous, data)
            varint(len(parents[prefix]), data)
            encode_records(below, parents, data)
            previous = prefix
        write_gz(out / f"{part}-s{number}.gz", bytes(data))
    return shards


def build_partition(scratch: Path, chunks: int, out: Path, part: int, partitions: int, cutoff: int | None,
                    max_slice: int, documents: int, sizes: ShardSizes) -> tuple[int, int]:
    """Pass 2 for one partition (a worker's task): its slices read back, its trie walked, its shards written;
    returns its counts of root and split shards. Memory grows with the partition, not the archive."""
    postings = read_spool(scratch, part, chunks)
    return write_partition(out, part, partitions, trie_entries(postings, cutoff, max_slice), documents, sizes)


def largest_first(scratch: Path, partitions: int) -> list[int]:
    """The partitions by the bytes of their spooled slices, largest first (ties by number): handed out in this
    order, two workers finish at nearly the same time instead of one waiting on the last large partition."""
    size = Counter[int]()
    for path in scratch.glob("*.txt"):
        size[int(path.name.split(".")[0])] += path.stat().st_size
    return sorted(range(partitions), key=lambda part: (-size[part], part))


def build_keys(out: Path, texts: Iterable[str], cutoff: int | None, max_slice: int = MAX_SLICE,
               size: tuple[int, int] | None = None, executor: Executor | None = None) -> dict[str, object]:
    """The key table of texts under out/ (document i is the i-th text); returns its manifest entry. size:
    (documents, characters) when texts is a stream read once (spilled texts): else texts is a list. executor:
    where the chunks of pass 1 and the partitions of pass 2 are built (default: this process, one by one);
    the files are the same either way."""
    if size is None:
        listed = list(texts)
        texts, size = listed, (len(listed), sum(map(len, listed)))
    documents, characters = size
    out.mkdir(parents=True)
    partitions = max(1, math.ceil(characters / PARTITION_CHARS))
    executor, sizes = executor or InProcess(), ShardSizes(SHARD_TARGET, SPLIT_BYTES)
    with tempfile.TemporaryDirectory(prefix="search-index-") as tmp:
        scratch = Path(tmp)
        chunks = spool(texts, scratch, partitions, max_slice, executor)
        tasks = {part: executor.submit(build_partition, scratch, chunks, out, part, partitions, cutoff, max_slice,
                                       documents, sizes) for part in largest_first(scratch, partitions)}
        counts = [tasks[part].result() for part in range(partitions)]  # in partition order, whoever finished first
    return {"documents": documents, "cutoff": cutoff, "max_slice": max_slice, "partitions": partitions,
            "shards": [shards for shards, _ in counts], "split": [splits for _, splits in counts]}


# ---------------------------------------------------------------------------------- documents


def char_order(counts: Counter[str]) -> str:
    """Every character of the texts (counts: how often each occurs), most frequent first (ties in code point
    order)."""
    return "".join(sorted(counts, key=lambda char: (-counts[char], char)))


@dataclass
class Spilled:
    """The documents with their texts in a scratch file instead of memory (spill_docs)."""

    docs: list[SearchDoc]  # without their texts
    path: Path  # each text as its UTF-8 length (4 bytes, little-endian), then the bytes
    characters: int
    counts: Counter[str]
    keys: list[str]  # each document's content key (doc_key): what decides a delta build

    def texts(self) -> Iterator[str]:
        """The texts, in document order, read back from the scratch file."""
        with self.path.open("rb") as handle:
            for _ in self.docs:
                size = int.from_bytes(handle.read(4), "little")
                yield handle.read(size).decode("utf-8")


def spill_docs(docs: Iterable[SearchDoc], path: Path) -> Spilled:
    """Pass 0: each document's text to the scratch file at path (the build then reads it back twice: for the
    keys and for the text packs), the document kept without it, and the texts' character counts. So the
    build holds no text but the one it is on (at 10,000 speeches the texts took about 150 MB)."""
    kept, counts, characters, keys = [], Counter[str](), 0, []
    with path.open("wb") as handle:
        for doc in docs:
            data = doc.text.encode("utf-8")
            handle.write(len(data).to_bytes(4, "little") + data)
            counts.update(doc.text)
            characters += len(doc.text)
            kept.append(SearchDoc(doc.url, doc.title, doc.speaker, doc.date, ""))
            keys.append(doc_key(doc, data))
    return Spilled(kept, path, characters, counts, keys)


def doc_key(doc: SearchDoc, text: bytes) -> str:
    """What a document's index entries depend on: its address, title, speaker, date and text."""
    h = hashlib.sha256()
    for part in (doc.url.encode(), doc.title.encode(), doc.speaker.encode(), doc.date.encode(), text):
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()[:32]


def encode_text(text: str, places: dict[str, int]) -> bytes:
    """A text as the varint places of its characters in the frequency order, gzipped: the hundred-odd most
    frequent characters take one byte, the rest two, and gzip then finds the repeats (measured on real text:
    10.0 bits a character, against 12.6 for gzipped UTF-16 and 13.8 for gzipped UTF-8)."""
    return gzip.compress(varints(places[char] for char in text), compresslevel=9, mtime=0)


def decode_text(member: bytes, chars: str) -> str:
    data, at, found = gzip.decompress(member), 0, []
    while at < len(data):
        place, at = read_varint(data, at)
        found.append(chars[place])
    return "".join(found)


def write_docs(out: Path, spilled: Spilled) -> None:
    """Per PACK documents: a metadata shard (url, title, speaker, date) and a pack of texts, each text its own
    gzip member (encode_text) so that a range request gets one. A pack starts with the PACK + 1 offsets of its
    members (4 bytes each, little-endian): checking a candidate's text needs no metadata, only those bytes.
    The character order the texts are coded in is CHARS_FILE."""
    (out / "m").mkdir()
    (out / "t").mkdir()
    chars = char_order(spilled.counts)
    write_gz(out / CHARS_FILE, chars.encode("utf-8"))
    places = {char: place for place, char in enumerate(chars)}
    docs, texts = spilled.docs, spilled.texts()
    for start in range(0, len(docs), PACK):
        batch = docs[start : start + PACK]
        members = [encode_text(text, places) for text in itertools.islice(texts, len(batch))]
        offsets = [PACK_HEADER]
        for member in members:
            offsets.append(offsets[-1] + len(member))
        offsets += [offsets[-1]] * (PACK + 1 - len(offsets))
        header = b"".join(offset.to_bytes(4, "little") for offset in offsets)
        (out / "t" / f"{start // PACK}.gz").write_bytes(header + b"".join(members))
        rows = [[doc.url, doc.title, doc.speaker, doc.date] for doc in batch]
        write_gz(out / "m" / f"{start // PACK}.json.gz", dumps(rows).encode("utf-8"))


def field_texts(docs: list[SearchDoc]) -> list[str]:
    """The title and speaker index's documents: 2i is document i's title, 2i + 1 its speaker."""
    return [text for doc in docs for text in (doc.title, doc.speaker)]


def write_segment(out: Path, spilled: Spilled, speeches: int, cutoff: int | None = None,
                  executor: Executor | None = None) -> dict[str, Any]:
    """One index segment under out/ (keys, title and speaker keys, metadata, texts); returns its manifest.
    cutoff: the phrase keys' (default CUTOFF). executor: where its pieces are built (build_keys); the metadata
    and text packs are one more piece, built beside the keys."""
    out.mkdir(parents=True)
    executor = executor or InProcess()
    packs = executor.submit(write_docs, out, spilled)
    documents = len(spilled.docs)
    keys = build_keys(out / "k", spilled.texts(), CUTOFF if cutoff is None else cutoff,
                      size=(documents, spilled.characters), executor=executor)
    fields = build_keys(out / "f", field_texts(spilled.docs), None, executor=executor)
    packs.result()
    return {"version": 2, "documents": documents, "speeches": speeches, "pack": PACK, "keys": keys, "fields": fields}


def index_tasks(spilled: Spilled) -> int:
    """How many pieces a full build of spilled's documents splits into: pass 1's chunks or pass 2's partitions."""
    return max(math.ceil(len(spilled.docs) / SPOOL_CHUNK), math.ceil(spilled.characters / PARTITION_CHARS))


def counts_of(manifest: dict[str, Any], delta: int = 0) -> dict[str, int]:
    """The build report's counts: documents, partitions and shards of the base, documents in the delta."""
    keys, fields = manifest["keys"], manifest["fields"]
    return {"documents": manifest["documents"], "partitions": keys["partitions"],
            "shards": sum(keys["shards"]) + sum(fields["shards"]), "delta": delta}


# ---------------------------------------------------------------------------------- incremental: a delta segment
#
# Why a delta segment and not rewriting the changed shards: one new speech of about 5,000 characters has about
# 4,800 distinct one- and two-character keys, which fall in 79-86 % of the root shards at 10,000 speeches (and
# every id after it moves, speeches being numbered newest first). So, as Lucene's segments: the base index (the
# last full build) stays as written; the documents added or changed since are a small index of their own under
# delta/ (the same format, built from scratch each time from the documents that differ from the base, so it is
# a function of the base and the current documents only); the manifest maps the current document numbers (the
# facet table's: speeches newest first, then browse pages) to (segment, number there), and a base document not
# mapped (removed or changed) is masked. The browser and IndexReader query both segments and unite the results.
# A full build folds the delta back in once it holds more than DELTA_SHARE of the base's documents (and at
# least DELTA_MIN), or when the base is missing, the index's code or the folding table changed, or --clean.

DELTA_DIR = "delta"
DELTA_SHARE = 0.05  # a delta of more documents than this share of the base's is folded in by a full build
DELTA_MIN = 32  # ... but a delta of this many documents never forces one
DELTA_CUTOFF = 8  # the delta's cut-off: a query checks at most 7 of its texts (on top of the base's 47)
MAIN, DELTA = 0, 1  # the segments, as numbered in the manifest's map


def record_path(site_dir: Path) -> Path:
    """The last full index build's document keys, beside the site directory (never published)."""
    return site_dir.with_name(site_dir.name + ".index.json")


def format_key() -> str:
    """What every index file depends on besides the documents: this module's code and the folding table."""
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(fold_file_text().encode("utf-8"))
    return h.hexdigest()


def id_runs(pairs: Sequence[tuple[int, int]]) -> list[int]:
    """(segment, number there) of each current document as runs: segment, first number, length, ... ."""
    runs_: list[int] = []
    for segment, number in pairs:
        if runs_ and runs_[-3] == segment and runs_[-2] + runs_[-1] == number:
            runs_[-1] += 1
        else:
            runs_ += [segment, number, 1]
    return runs_


def unrun(runs_: Sequence[int]) -> list[tuple[int, int]]:
    """id_runs read back: (segment, number there) of each current document."""
    return [(runs_[k], runs_[k + 1] + n) for k in range(0, len(runs_), 3) for n in range(runs_[k + 2])]


def base_digest(out: Path) -> str:
    """The base segment's files as a full build wrote them (names and bytes; not the manifest, not the delta)."""
    h = hashlib.sha256()
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        name = path.relative_to(out).as_posix()
        if name == "manifest.json" or name.startswith(f"{DELTA_DIR}/"):
            continue
        data = path.read_bytes()
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def read_record(record_file: Path) -> tuple[dict[str, Any] | None, str]:
    """The last full build's record (record_path), or None and why it cannot be used. A missing, unreadable or
    malformed record (a cache restored from elsewhere, a build killed while writing it) means a full build."""
    if not record_file.is_file():
        return None, f"no record of a last full index ({record_file.name})"
    try:
        record = json.loads(record_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return None, f"{record_file.name} is unreadable ({error.__class__.__name__})"
    if not isinstance(record, dict) or not isinstance(record.get("keys"), list) or not isinstance(
            record.get("base"), dict) or not all(isinstance(key, str) for key in record["keys"]):
        return None, f"{record_file.name} is not a record of a full index"
    return record, ""


def base_problem(record: dict[str, Any], out: Path) -> str:
    """Why the index on disk cannot serve as the base of a delta ("" when it can): written by other code or
    folding table, or its files are not the ones the record was written with (missing, changed, foreign)."""
    if record.get("format") != format_key():
        return "the index code or the folding table changed since the last full index"
    try:
        on_disk = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "the last full index's manifest is missing or unreadable"
    if not isinstance(on_disk, dict) or any(on_disk.get(k) != record["base"].get(k) for k in ("keys", "fields")):
        return "the index on disk is not the one its record describes"
    if record.get("files") != base_digest(out):
        return "the last full index's files are missing or differ from its record"
    return ""


def delta_plan(record: dict[str, Any], keys: list[str]) -> tuple[list[tuple[int, int]] | None, str]:
    """(segment, number there) of each current document (keys: their doc_key) when a delta against the last
    full build will do; else None and why (too many documents changed)."""
    base_keys: list[str] = record["keys"]
    base = {key: number for number, key in enumerate(base_keys)}
    pairs, added = [], 0
    for key in keys:
        if key in base:
            pairs.append((MAIN, base.pop(key)))
        else:
            pairs.append((DELTA, added))
            added += 1
    changed = added + len(base)  # added or changed, and removed
    if changed > max(DELTA_MIN, DELTA_SHARE * len(base_keys)):
        return None, f"{changed} documents changed since the last full index (more than {DELTA_SHARE:.0%})"
    return pairs, ""


def selected(spilled: Spilled, numbers: set[int]) -> Iterator[SearchDoc]:
    """The spilled documents of the given numbers, with their texts, in order."""
    for number, (doc, text) in enumerate(zip(spilled.docs, spilled.texts(), strict=True)):
        if number in numbers:
            yield SearchDoc(doc.url, doc.title, doc.speaker, doc.date, text)


def update_index(site_dir: Path, docs: Iterable[SearchDoc], speeches: int, full: bool = False,
                 workers: int | None = None, staging: Path | None = None,
                 cancel: Cancel | None = None) -> dict[str, int]:
    """The index under site_dir/search/archive/ for docs: only a delta segment (and the manifest) when few
    documents differ from the last full build's (delta_plan), else in full (full=True: always), saying why on
    stderr when a delta was asked for and could not be used. Returns counts for the build report ("delta":
    documents in the delta segment, 0 for a full build). docs is read once (a generator is best: spill_docs
    keeps no text in memory). workers: processes a full build runs in (default: scripts/core/workers.py's
    count); the files are the same for any count. staging: write the index in full there instead, for the
    caller to move to site_dir/search/archive/ (scripts/site/build_site.py builds it beside the engine).
    cancel: once set (from another thread), the build stops at its next document or piece of work, its worker
    processes stopped, raising Cancelled or BrokenProcessPool; a full build stopped so leaves no record."""
    out, record_file = site_dir / INDEX_DIR, record_path(site_dir)
    record, why = (None, "") if full or staging is not None else read_record(record_file)
    if record is not None:
        why = base_problem(record, out)
    with tempfile.TemporaryDirectory(prefix="search-texts-") as tmp:
        spilled = spill_docs(docs if cancel is None else cancel.checked(docs), Path(tmp) / "texts.bin")
        plan = None
        if record is not None and not why:
            plan, why = delta_plan(record, spilled.keys)
        if plan is None or record is None:
            announce_whole(site_dir, why)
            with pool(index_tasks(spilled), workers, cancel) as executor:
                return full_index(staging or out, spilled, speeches, record_file, executor)
        manifest, numbers = dict(record["base"]), {n for n, (segment, _) in enumerate(plan) if segment == DELTA}
        if numbers or plan != [(MAIN, n) for n in range(len(record["keys"]))]:  # else the base is the index
            manifest |= {"documents": len(plan), "speeches": speeches, "base_documents": len(record["keys"])}
            if numbers:  # a segment of the added and changed documents (none when documents were only removed)
                sub = spill_docs(selected(spilled, numbers), Path(tmp) / "delta.bin")
                manifest[DELTA_DIR] = write_segment(Path(tmp) / DELTA_DIR, sub, sum(n < speeches for n in numbers),
                                                    DELTA_CUTOFF)
            manifest["map"] = id_runs(plan)
        sync_tree(Path(tmp) / DELTA_DIR, out / DELTA_DIR)
    write_atomically(out / "manifest.json", dumps(manifest))
    return counts_of(manifest, len(numbers))


def announce_whole(site_dir: Path, why: str) -> None:
    """Say on stderr why the index is written in full when a delta was asked for, unless it is the first build."""
    if why and (record_path(site_dir).exists() or (site_dir / INDEX_DIR / "manifest.json").exists()):
        print(f"build_site: search index written in full: {why}", file=sys.stderr)


def written_whole(site_dir: Path, full: bool) -> str | None:
    """Why update_index(site_dir, …, full) will write the index in full whatever the documents are ("" when
    full), or None when a delta segment may do (that depends on the documents and the index on disk)."""
    if full:
        return ""
    record, why = read_record(record_path(site_dir))
    return why if record is None else None


def sync_tree(source: Path, target: Path) -> None:
    """target made the same as source (which may be missing: then target is removed), rewriting only the files
    whose bytes differ, so that an unchanged delta file keeps its time (and is not uploaded again)."""
    wanted = {p.relative_to(source): p for p in source.rglob("*") if p.is_file()} if source.is_dir() else {}
    if target.is_dir():
        for path in [p for p in target.rglob("*") if p.is_file()]:
            if path.relative_to(target) not in wanted:
                path.unlink()
    for name, path in wanted.items():
        write_atomically(target / name, path.read_bytes())
    if target.is_dir() and not wanted:
        shutil.rmtree(target)
    elif target.is_dir():
        for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()


def full_index(out: Path, spilled: Spilled, speeches: int, record_file: Path,
               executor: Executor | None = None) -> dict[str, int]:
    """The whole index written again (the old one removed; a delta build keeps its files, so its files are
    written new), and its documents' keys recorded for delta builds."""
    record_file.unlink(missing_ok=True)  # a failed build leaves no record
    shutil.rmtree(out, ignore_errors=True)
    manifest = write_segment(out, spilled, speeches, executor=executor)
    (out / "manifest.json").write_text(dumps(manifest), encoding="utf-8")
    write_atomically(record_file, dumps({"format": format_key(), "base": manifest, "files": base_digest(out),
                                         "keys": spilled.keys}) + "\n")
    return counts_of(manifest)


# ---------------------------------------------------------------------------------- reference query


class Segment:
    """One segment of a built index (the base, or the delta), read the way the browser does; document numbers
    are the segment's own."""

    def __init__(self, root: Path, manifest: dict) -> None:
        self.root = root
        self.manifest = manifest
        self._shards: dict[str, dict[str, Node]] = {}
        self.chars = gzip.decompress((self.root / CHARS_FILE).read_bytes()).decode("utf-8")

    def shard(self, table: str, name: str, documents: int) -> dict[str, Node]:
        path = f"{table}/{name}.gz"
        if path not in self._shards:
            self._shards[path] = decode_shard(gzip.decompress((self.root / path).read_bytes()), documents, "-s" in name)
        return self._shards[path]

    def path(self, table: str, term: str) -> list[Node]:
        """The stored nodes of term's prefixes from its root (first two characters) down, as far as stored."""
        spec = self.manifest["keys" if table == "k" else "fields"]
        root = term[:2]
        part = partition_of(root, spec["partitions"])
        shard = shard_of(root, spec["partitions"], spec["shards"][part])
        nodes = self.shard(table, f"{part}-{shard}", spec["documents"])
        found = [nodes[root]] if root in nodes else []
        for length in range(3, len(term) + 1):
            if found and found[0].split:  # split: the trigram's shard, then the four characters' shard
                name = f"{part}-s{split_of(term[:length], spec['split'][part])}"
                nodes = self.shard(table, name, spec["documents"])
            if not found or term[:length] not in nodes:
                break
            found.append(nodes[term[:length]])
        return found

    def lookup(self, table: str, term: str) -> tuple[list[int], bool]:
        """Ids for a term of at most max_slice characters, and whether they still need their texts checked."""
        cutoff = self.manifest["keys" if table == "k" else "fields"]["cutoff"]
        nodes, ids = self.path(table, term), None
        needed = len(term) - min(2, len(term)) + 1
        for place, node in enumerate(nodes):
            ids = node.ids(ids)
            if place < needed - 1 and cutoff is not None and node.count < cutoff:
                return ids, True
        if len(nodes) < needed or ids is None:  # a key not stored below a parent with children: no document
            return [], False
        return ids, False

    def text(self, doc: int) -> str:
        size = self.manifest["pack"]
        with (self.root / "t" / f"{doc // size}.gz").open("rb") as pack:
            head = pack.read(4 * (size + 1))
            start, end = (int.from_bytes(head[4 * k : 4 * k + 4], "little") for k in (doc % size, doc % size + 1))
            pack.seek(start)
            return decode_text(pack.read(end - start), self.chars)

    def rows(self, docs: Iterable[int]) -> dict[int, list]:
        size, found = self.manifest["pack"], dict[int, list]()
        for shard in sorted({d // size for d in docs}):
            rows = json.loads(gzip.decompress((self.root / "m" / f"{shard}.json.gz").read_bytes()))
            found |= {shard * size + k: row for k, row in enumerate(rows)}
        return found

    def phrase(self, term: str, live: Iterable[int] | None = None) -> set[int]:
        """Documents containing term (one normalized run of letters and digits); live: the documents not masked
        (None: all). Candidates are checked against their texts as the browser does; for a phrase longer than
        max_slice all of them (the browser checks all only when they are few, else the results it shows)."""
        limit = self.manifest["keys"]["max_slice"]
        windows = [term[i : i + limit] for i in range(max(1, len(term) - limit + 1))]
        looked = [self.lookup("k", w) for w in windows]
        unchecked = [set(ids) for ids, check in looked if not check]
        checked = [set(ids) for ids, check in looked if check]
        candidates = set.intersection(*(checked or unchecked))
        if live is not None:
            candidates &= set(live)
        if checked or len(windows) > 1:
            candidates = {d for d in candidates if term in normalize(self.text(d))}
        return candidates


class IndexReader:
    """Reads a built index the way the browser does (for tests and the benchmark's cross-check): the base
    segment and, after a delta build, the delta; document numbers are the current ones (the manifest's map)."""

    def __init__(self, site_dir: Path) -> None:
        root = site_dir / INDEX_DIR
        self.manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        self.segments = [Segment(root, self.manifest)]
        if DELTA_DIR in self.manifest:
            self.segments.append(Segment(root / DELTA_DIR, self.manifest[DELTA_DIR]))
        documents = self.manifest["documents"]
        self.where = unrun(self.manifest["map"]) if "map" in self.manifest else [(MAIN, n) for n in range(documents)]
        self.current = [dict[int, int]() for _ in self.segments]  # per segment: its number -> the current one
        for number, (segment, there) in enumerate(self.where):
            self.current[segment][there] = number

    def lookup(self, table: str, term: str) -> tuple[list[int], bool]:
        """The base segment's lookup (its own numbers)."""
        return self.segments[MAIN].lookup(table, term)

    def phrase(self, term: str) -> set[int]:
        """Current documents containing term: each segment's, the base's masked documents left out."""
        found: set[int] = set()
        for segment, current in zip(self.segments, self.current, strict=True):
            found |= {current[d] for d in segment.phrase(term, current)}
        return found

    def search(self, query: str) -> list[int]:
        """Documents containing every term of the query (sorted ids; ranking is the browser's)."""
        terms = runs(query)
        if not terms:
            return []
        return sorted(set.intersection(*(self.phrase(t) for t in dict.fromkeys(terms))))

    def text(self, doc: int) -> str:
        segment, there = self.where[doc]
        return self.segments[segment].text(there)

    def urls(self) -> list[str]:
        rows = [segment.rows(range(segment.manifest["documents"])) for segment in self.segments]
        return [rows[segment][there][0] for segment, there in self.where]
