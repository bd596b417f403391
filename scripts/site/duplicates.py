"""Is a text the same speech as one already in the archive, or only related to it?

Measure: character 8-gram shingles over the body with everything but letters, digits and CJK characters
removed (punctuation, whitespace, Markdown escapes and headings do not count), compared by *containment*:
shared shingles / shingles of the shorter text. Containment, not Jaccard, because a second scrape of the
same speech is often truncated or padded (a preview page, a compilation) and Jaccard would then fall.

Thresholds, measured on the five seeds (see tests/test_duplicates.py):
- unrelated speeches, even from the same city and year, share at most 2% (stock phrases such as
  习近平新时代中国特色社会主义思想 are the only shared 8-grams);
- seeds 000 (a speech) and 003 (a later signed article by the same official that reuses passages)
  share 19%;
- the same speech scraped from another site with different cruft, watermarks injected mid-sentence and
  different PDF line breaks still shares well over 90%: each injected watermark spoils at most 7 shingles
  on each side of it.
So RELATED_AT = 8% (four times the unrelated baseline) and DUPLICATE_AT = 80% (four times the
speech/article relation, and leaves room for heavy cruft differences in true duplicates).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import tempfile
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SHINGLE_CHARS = 8
RELATED_AT = 0.08
DUPLICATE_AT = 0.80
# Candidate search samples 1 shingle in SAMPLE_EVERY (by hash) and ignores samples found in so many texts
# that they are stock phrases; exact containment is then computed for candidate pairs only.
SAMPLE_EVERY = 8
COMMON_SAMPLE_MIN_TEXTS = 50
COMMON_SAMPLE_SHARE = 0.1
SAMPLES_PER_PART = 250_000  # sampled shingles per part of the candidate search (bounds its memory, ~50 MB)

WORD_CHARS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Similarity:
    """How much two texts share: `containment` of the shorter in the longer, and Jaccard."""

    first: str
    second: str
    containment: float
    jaccard: float

    @property
    def is_duplicate(self) -> bool:
        return self.containment >= DUPLICATE_AT

    @property
    def is_related(self) -> bool:
        return self.containment >= RELATED_AT

    def describe(self) -> str:
        kind = "duplicate" if self.is_duplicate else "related" if self.is_related else "unrelated"
        shared = f"{self.containment:.0%} shared passages"
        return f"{kind}: {shared} (of the shorter text; Jaccard {self.jaccard:.0%})"


def canonical_text(body: str) -> str:
    """The body reduced to letters, digits and CJK characters, lower-cased."""
    return "".join(WORD_CHARS.findall(body)).lower()


def shingles(body: str) -> frozenset[int]:
    """Hashes of every SHINGLE_CHARS-character run of the canonical text (the whole text if shorter)."""
    text = canonical_text(body)
    if len(text) <= SHINGLE_CHARS:
        return frozenset([hash(text)]) if text else frozenset()
    return frozenset(hash(text[i : i + SHINGLE_CHARS]) for i in range(len(text) - SHINGLE_CHARS + 1))


def compare(first: str, first_shingles: frozenset[int], second: str, second_shingles: frozenset[int]
            ) -> Similarity:
    """Similarity of two shingle sets, labelled with the two texts' paths."""
    if not first_shingles or not second_shingles:
        return Similarity(first, second, 0.0, 0.0)
    shared = len(first_shingles & second_shingles)
    smaller = min(len(first_shingles), len(second_shingles))
    union = len(first_shingles) + len(second_shingles) - shared
    return Similarity(first, second, shared / smaller, shared / union)


def similar_to(path: str, body: str, archive: dict[str, str]) -> list[Similarity]:
    """Texts of `archive` (path -> body) related to or duplicating `body`, most similar first."""
    mine = shingles(body)
    found = [compare(path, mine, other, shingles(text)) for other, text in archive.items() if other != path]
    return sorted((s for s in found if s.is_related), key=lambda s: -s.containment)


def similar_pairs(archive: dict[str, str], best_per_text: int | None = None) -> list[Similarity]:
    """Every related or duplicate pair within `archive` (path -> body), most similar first.

    With best_per_text (for showing relations on every page of a large archive rather than checking it),
    the work stays linear however many texts share stock passages: a sampled shingle found in more than
    COMMON_SAMPLE_MIN_TEXTS texts is boilerplate and is not evidence of a relation, a pair is compared
    exactly only when its uncommon shared samples already reach RELATED_AT of the smaller text's samples,
    and only each text's best_per_text such pairs are compared. The samples are not kept in memory then
    (they go to scratch files, _candidate_pairs); the shingles of the few pairs compared exactly are
    recomputed."""
    paths = sorted(archive)
    parts = sample_parts(sum(map(len, archive.values())))
    if best_per_text is None:
        prints = {path: shingles(body) for path, body in archive.items()}
        candidates = _candidate_pairs(paths, (prints[path] for path in paths), parts)
        pairs = (compare(a, prints[a], b, prints[b]) for a, b in candidates)
    else:
        exact = functools.lru_cache(maxsize=4 * best_per_text)(lambda path: shingles(archive[path]))
        candidates = _candidate_pairs(paths, (shingles(archive[path]) for path in paths), parts, best_per_text)
        pairs = (compare(a, exact(a), b, exact(b)) for a, b in candidates)
    return sorted((s for s in pairs if s.is_related), key=lambda s: (-s.containment, s.first, s.second))


def sample_parts(characters: int) -> int:
    """How many parts the candidate search splits the sampled shingles of that much text into."""
    return max(1, math.ceil(characters / SAMPLE_EVERY / SAMPLES_PER_PART))


def sample_part(value: int, parts: int) -> int:
    """A sampled shingle's part (the hash above the sampling residue, so parts are even)."""
    return value // SAMPLE_EVERY % parts


def spool_samples(prints: Iterable[Iterable[int]], parts: int, scratch: Path) -> list[int]:
    """Pass 1 of the candidate search: each text's sampled shingles, as (shingle, text number) pairs of 64-bit
    integers, appended to the scratch file of their part; returns each text's sample count."""
    counts = []
    files = [(scratch / f"{part}.bin").open("wb") for part in range(parts)]
    try:
        for number, values in enumerate(prints):
            grouped = [array("q") for _ in range(parts)]
            for value in values:
                if value % SAMPLE_EVERY == 0:
                    grouped[sample_part(value, parts)].extend((value, number))
            counts.append(sum(len(group) for group in grouped) // 2)
            for handle, group in zip(files, grouped, strict=True):
                group.tofile(handle)
    finally:
        for handle in files:
            handle.close()
    return counts


def read_samples(path: Path) -> dict[int, list[int]]:
    """One part's sampled shingles -> the numbers of the texts holding them (ascending: spooled in order)."""
    data = array("q")
    data.frombytes(path.read_bytes())
    postings: dict[int, list[int]] = {}
    for at in range(0, len(data), 2):
        postings.setdefault(data[at], []).append(data[at + 1])
    return postings


def _candidate_pairs(paths: list[str], prints: Iterable[Iterable[int]], parts: int,
                     best_per_text: int | None = None) -> list[tuple[str, str]]:
    """Pairs of paths (sorted; prints are their shingles, in the same order) sharing at least one sampled,
    uncommon shingle (related pairs share hundreds); with best_per_text, see similar_pairs. The samples are
    spooled to scratch files by part and each part's postings built alone, so memory holds one part, not
    the archive's samples (at 10,000 speeches the postings of all samples took 1.5 GB)."""
    too_common = max(COMMON_SAMPLE_MIN_TEXTS, int(COMMON_SAMPLE_SHARE * len(paths)))
    if best_per_text is not None:
        too_common = COMMON_SAMPLE_MIN_TEXTS
    counts: Counter[tuple[int, int]] = Counter()
    with tempfile.TemporaryDirectory(prefix="duplicates-") as tmp:
        samples = spool_samples(prints, parts, Path(tmp))
        for part in range(parts):
            for numbers in read_samples(Path(tmp) / f"{part}.bin").values():
                if 1 < len(numbers) <= too_common:
                    counts.update(itertools.combinations(numbers, 2))
    if best_per_text is None:
        return [(paths[a], paths[b]) for a, b in sorted(counts)]
    best: dict[int, list[tuple[int, int, int]]] = {}
    for (a, b), shared in counts.items():
        if shared >= RELATED_AT * min(samples[a], samples[b]):
            best.setdefault(a, []).append((shared, a, b))
            best.setdefault(b, []).append((shared, a, b))
    kept = {(a, b) for found in best.values()
            for _, a, b in sorted(found, key=lambda item: (-item[0], item[1], item[2]))[:best_per_text]}
    return [(paths[a], paths[b]) for a, b in sorted(kept)]
