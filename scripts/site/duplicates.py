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
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE_CHARS = 8
RELATED_AT = 0.08
DUPLICATE_AT = 0.80
# Candidate search samples 1 shingle in SAMPLE_EVERY (by hash) and ignores samples found in so many texts
# that they are stock phrases; exact containment is then computed for candidate pairs only.
SAMPLE_EVERY = 8
COMMON_SAMPLE_MIN_TEXTS = 50
COMMON_SAMPLE_SHARE = 0.1

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
    and only each text's best_per_text such pairs are compared. Only the samples are kept in memory then;
    the shingles of the few pairs compared exactly are recomputed."""
    if best_per_text is None:
        prints = {path: shingles(body) for path, body in archive.items()}
        pairs = (compare(a, prints[a], b, prints[b]) for a, b in _candidate_pairs(prints))
    else:
        samples = {path: frozenset(v for v in shingles(body) if v % SAMPLE_EVERY == 0)
                   for path, body in archive.items()}
        exact = functools.lru_cache(maxsize=4 * best_per_text)(lambda path: shingles(archive[path]))
        pairs = (compare(a, exact(a), b, exact(b)) for a, b in _candidate_pairs(samples, best_per_text))
    return sorted((s for s in pairs if s.is_related), key=lambda s: (-s.containment, s.first, s.second))


def _candidate_pairs(prints: dict[str, frozenset[int]], best_per_text: int | None = None
                     ) -> Iterable[tuple[str, str]]:
    """Pairs sharing at least one sampled, uncommon shingle (related pairs share hundreds); with
    best_per_text, see similar_pairs."""
    postings: dict[int, list[str]] = {}
    samples: Counter[str] = Counter()
    for path in sorted(prints):
        for value in prints[path]:
            if value % SAMPLE_EVERY == 0:
                postings.setdefault(value, []).append(path)
                samples[path] += 1
    too_common = max(COMMON_SAMPLE_MIN_TEXTS, int(COMMON_SAMPLE_SHARE * len(prints)))
    if best_per_text is not None:
        too_common = COMMON_SAMPLE_MIN_TEXTS
    counts: Counter[tuple[str, str]] = Counter()
    for paths in postings.values():
        if 1 < len(paths) <= too_common:
            counts.update(itertools.combinations(paths, 2))
    if best_per_text is None:
        return sorted(counts)
    best: dict[str, list[tuple[int, str, str]]] = {}
    for (a, b), shared in counts.items():
        if shared >= RELATED_AT * min(samples[a], samples[b]):
            best.setdefault(a, []).append((shared, a, b))
            best.setdefault(b, []).append((shared, a, b))
    kept = {(a, b) for found in best.values()
            for _, a, b in sorted(found, key=lambda item: (-item[0], item[1], item[2]))[:best_per_text]}
    return sorted(kept)
