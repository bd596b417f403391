"""Versions and shared passages between speeches, from the engine of scripts/site/duplicates.py.

- Pairs of speeches that share passages (duplicates.similar_pairs: shingle containment, candidate search by
  sampled shingles, so near-linear in the archive's size). A pair at DUPLICATE_AT or more is two versions of
  one speech (re-posts); versions are grouped, the best source first (see `source_rank`).
- Paragraphs said elsewhere: every sentence is reduced to duplicates.canonical_text and looked up in one
  dictionary (linear); sentences shorter than MIN_PASSAGE_CHARS are not passages.
- The comparison page of a pair: the two texts side by side. Paragraph level: identical paragraphs, and
  paragraphs paired with the other text's paragraph they share the most with (kept in order: the longest
  increasing run of pairs). Character level: every character covered by one of the other text's
  SHINGLE_CHARS-character shingles (the duplicates engine's unit) is marked.
Paragraphs are numbered 1, 2, … in body order, headings not counted: the numbers of the #pN anchors that
overrides/assets/javascripts/archive-speech.js gives a speech page's paragraphs.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from array import array
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from scripts.clean.render import unescape
from scripts.site import duplicates
from scripts.site.site_corpus import Speech

MIN_PASSAGE_CHARS = 15  # letters/digits/CJK: shorter sentences are salutations and set phrases
SENTENCE_END = re.compile(r"[。！？；!?;]")
ELSEWHERE_SHOWN = 3  # other speeches listed per paragraph (the count is always the full one): keeps a page
# whose every paragraph is a stock passage within the page-weight budget (make bench-site)
RELATED_SHOWN = 5  # related speeches named on a page (the most similar); each gets a comparison page
MIN_PAIRING_SHINGLES = 8  # paragraphs sharing fewer shingles are not shown as one rewritten from the other


@dataclass(frozen=True)
class Occurrence:
    """Paragraph `index` (1-based) of `speech`."""

    speech: Speech
    index: int


@dataclass
class Relation:
    """Another speech sharing passages with this one: the share (of the shorter text) and whether it is a
    version (re-post) of the same speech."""

    other: Speech
    share: float
    is_version: bool
    compare_slug: str


@dataclass
class SharedPassages:
    """What every speech shares with others, by speech slug."""

    relations: dict[str, list[Relation]] = field(default_factory=lambda: defaultdict(list))
    elsewhere: dict[str, dict[int, list[Occurrence]]] = field(default_factory=lambda: defaultdict(dict))
    elsewhere_count: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    versions: dict[str, list[Speech]] = field(default_factory=dict)  # slug -> its versions, best first
    pairs: list[tuple[Speech, Speech, float]] = field(default_factory=list)


def paragraphs(body: str) -> list[str]:
    """The paragraphs of a generated body as plain text, in order (headings left out)."""
    blocks = [block.strip() for block in body.split("\n\n") if block.strip()]
    return [unescape(block) for block in blocks if not block.startswith("#")]


def compare_slug(first: Speech, second: Speech) -> str:
    a, b = sorted((first.slug, second.slug))
    return f"{a}--{b}"


def source_rank(speech: Speech) -> tuple:
    """Best source first: a named speaker, a delivery date, an official publisher, names not hidden, the
    longest text."""
    return (not speech.speaker, not speech.date, not speech.source.get("publisher"),
            bool(speech.meta.get("anonymized")), -len(speech.body), speech.slug)


def find(speeches: list[Speech]) -> SharedPassages:
    """Relations, versions and paragraph occurrences across `speeches`."""
    found = SharedPassages()
    by_slug = {s.slug: s for s in speeches}
    parent = {s.slug: s.slug for s in speeches}

    def root(slug: str) -> str:
        while parent[slug] != slug:
            parent[slug] = parent[parent[slug]]
            slug = parent[slug]
        return slug

    texts = {s.slug: s.body for s in speeches}
    for pair in duplicates.similar_pairs(texts, best_per_text=2 * RELATED_SHOWN):  # most similar first
        first, second = by_slug[pair.first], by_slug[pair.second]
        if pair.is_duplicate:
            parent[root(first.slug)] = root(second.slug)
        mine, theirs = found.relations[first.slug], found.relations[second.slug]
        if len(mine) >= RELATED_SHOWN and len(theirs) >= RELATED_SHOWN:
            continue  # a page names its most similar speeches only, so the comparisons stay O(speeches)
        slug = compare_slug(first, second)
        if len(mine) < RELATED_SHOWN:
            mine.append(Relation(second, pair.containment, pair.is_duplicate, slug))
        if len(theirs) < RELATED_SHOWN:
            theirs.append(Relation(first, pair.containment, pair.is_duplicate, slug))
        found.pairs.append((first, second, pair.containment))
    groups: dict[str, list[Speech]] = defaultdict(list)
    for speech in speeches:
        groups[root(speech.slug)].append(speech)
    for members in groups.values():
        if len(members) > 1:
            ordered = sorted(members, key=source_rank)
            found.versions.update({member.slug: ordered for member in members})
    find_elsewhere(speeches, found)
    return found


def sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences reduced to canonical text (letters, digits, CJK), long enough to be a
    passage: the unit a formula is reused in (whole paragraphs are rarely copied unchanged)."""
    keys = (duplicates.canonical_text(part) for part in SENTENCE_END.split(paragraph))
    return [key for key in keys if len(key) >= MIN_PASSAGE_CHARS]


def find_elsewhere(speeches: list[Speech], found: SharedPassages) -> None:
    """For each paragraph with a sentence that occurs in another speech: the other speeches' paragraphs
    (up to ELSEWHERE_SHOWN) and how many other speeches there are. One dictionary of the sentences found in
    more than one speech (repeated_sentences finds them first, so the dictionary holds only those): linear."""
    repeated = repeated_sentences(speeches)
    where: dict[str, list[Occurrence]] = defaultdict(list)
    for speech in speeches:
        for index, key in speech_sentences(speech):
            if hash(key) in repeated:
                where[key].append(Occurrence(speech, index))
    for occurrences in where.values():
        if len(occurrences) < 2:
            continue
        for mine in occurrences:
            listed = found.elsewhere[mine.speech.slug].setdefault(mine.index, [])
            slugs = {o.speech.slug for o in listed}
            for other in occurrences:
                if len(listed) >= ELSEWHERE_SHOWN:
                    break
                if other.speech.slug != mine.speech.slug and other.speech.slug not in slugs:
                    listed.append(other)
                    slugs.add(other.speech.slug)
            counts = found.elsewhere_count[mine.speech.slug]
            counts[mine.index] = max(counts.get(mine.index, 0), len(listed), len(occurrences) - 1)


def speech_sentences(speech: Speech) -> Iterator[tuple[int, str]]:
    """(paragraph number, sentence) for each distinct passage-long sentence of the speech, first occurrence."""
    seen: set[str] = set()
    for index, text in enumerate(paragraphs(speech.body), 1):
        for key in sentences(text):
            if key not in seen:
                seen.add(key)
                yield index, key


def repeated_sentences(speeches: list[Speech]) -> set[int]:
    """The hashes of the sentences found in more than one speech (and of a few others, whose hash collides
    with one: find_elsewhere then compares the sentences themselves). The hashes of all sentences take 8 bytes
    each, where a dictionary of every sentence took about 30 times that (280 MB at 10,000 speeches)."""
    hashes = array("q")
    for speech in speeches:
        hashes.extend(hash(key) for _, key in speech_sentences(speech))
    ordered = sorted(hashes)
    del hashes
    return {value for value, following in itertools.pairwise(ordered) if value == following}


# ---------------------------------------------------------------------------------------------- comparison


def html_text(text: str) -> str:
    """Text for generated HTML: entities for & < > " ', and for { } so no template engine reads it."""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


@dataclass(frozen=True)
class Canonical:
    """A paragraph's canonical text (duplicates.canonical_text) and where each of its characters is in the
    paragraph, so shingles found in the canonical text can be marked in the text as written."""

    text: str
    positions: tuple[int, ...]

    @classmethod
    def of(cls, paragraph: str) -> Canonical:
        spans = [(m.start(), m.end()) for m in duplicates.WORD_CHARS.finditer(paragraph)]
        positions = tuple(p for start, end in spans for p in range(start, end))
        return cls("".join(paragraph[start:end] for start, end in spans).lower(), positions)

    def grams(self) -> list[str]:
        size = duplicates.SHINGLE_CHARS
        return [self.text[i : i + size] for i in range(len(self.text) - size + 1)]


def marked(text: str, canonical: Canonical, other_grams: set[str]) -> str:
    """`text` as HTML with every character covered by a shingle of the other text in <mark>."""
    covered = [False] * len(text)
    size = duplicates.SHINGLE_CHARS
    for i, gram in enumerate(canonical.grams()):
        if gram in other_grams:
            first, last = canonical.positions[i], canonical.positions[i + size - 1]
            covered[first : last + 1] = [True] * (last + 1 - first)
    out, start = [], 0
    for position in range(1, len(text) + 1):
        if position == len(text) or covered[position] != covered[start]:
            piece = html_text(text[start:position])
            out.append(f"<mark>{piece}</mark>" if covered[start] else piece)
            start = position
    return "".join(out)


def row(kind: str, left: str, right: str) -> str:
    return (f'<div class="archive-compare__row archive-compare__row--{kind}">'
            f'<div class="archive-compare__cell">{left}</div><div class="archive-compare__cell">{right}</div></div>')


def cell(speech: Speech, index: int, inner: str) -> str:
    """A paragraph in the comparison, numbered and linked to the paragraph on its speech page."""
    return (f'<a class="archive-compare__n" href="../../{html_text(speech.url)}#p{index}">¶{index}</a> '
            f"{inner}")


def best_pairs(left: list[list[str]], right: list[list[str]]) -> list[tuple[int, int]]:
    """(i, j): each left paragraph (its grams) with the right one it shares the most shingles with, kept in
    order (the longest run of pairs increasing on both sides)."""
    owner: dict[str, int] = {}
    for j, paragraph in enumerate(right):
        for gram in paragraph:
            owner.setdefault(gram, j)
    candidates = []
    for i, paragraph in enumerate(left):
        votes: dict[int, int] = defaultdict(int)
        for gram in paragraph:
            if gram in owner:
                votes[owner[gram]] += 1
        if votes:
            j = max(votes, key=lambda k: (votes[k], -k))
            if votes[j] >= MIN_PAIRING_SHINGLES:
                candidates.append((i, j))
    return increasing_run(candidates)


def increasing_run(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of pairs (sorted by i) whose j strictly increases (patience sorting)."""
    tails: list[int] = []  # smallest j ending a run of each length
    ends: list[int] = []  # index into pairs of that run's end
    previous = [-1] * len(pairs)
    for number, (_, j) in enumerate(pairs):
        length = bisect.bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            ends.append(number)
        else:
            tails[length], ends[length] = j, number
        previous[number] = ends[length - 1] if length else -1
    run, number = [], ends[-1] if ends else -1
    while number >= 0:
        run.append(pairs[number])
        number = previous[number]
    return run[::-1]


def aligned_rows(first: Speech, second: Speech) -> list[str]:
    """The two texts side by side: paired paragraphs on one row (identical: 'shared'; otherwise 'changed'),
    the paragraphs between pairs beside each other ('only'), shared characters marked everywhere."""
    left, right = paragraphs(first.body), paragraphs(second.body)
    left_canonical, right_canonical = [Canonical.of(p) for p in left], [Canonical.of(p) for p in right]
    left_grams, right_grams = [c.grams() for c in left_canonical], [c.grams() for c in right_canonical]
    left_set = {g for p in left_grams for g in p}
    right_set = {g for p in right_grams for g in p}

    def mine(i: int) -> str:
        return cell(first, i + 1, marked(left[i], left_canonical[i], right_set))

    def theirs(j: int) -> str:
        return cell(second, j + 1, marked(right[j], right_canonical[j], left_set))

    rows = []
    a = b = 0
    for i, j in [*best_pairs(left_grams, right_grams), (len(left), len(right))]:
        for k in range(max(i - a, j - b)):
            rows.append(row("only", mine(a + k) if a + k < i else "", theirs(b + k) if b + k < j else ""))
        if i < len(left):
            same = left_canonical[i].text == right_canonical[j].text
            rows.append(row("shared" if same else "changed", mine(i), theirs(j)))
        a, b = i + 1, j + 1
    return rows


def comparison_body(first: Speech, second: Speech, share: float) -> str:
    """The comparison page's body (Markdown around one HTML block; every text escaped)."""
    rows = aligned_rows(first, second)
    counts = {kind: sum(f"--{kind}\"" in r for r in rows) for kind in ("shared", "changed")}
    head = row("head", f'<a href="../../{html_text(first.url)}">《{html_text(first.title)}》</a>',
               f'<a href="../../{html_text(second.url)}">《{html_text(second.title)}》</a>')
    summary = (f"两篇有 {share:.0%} 的内容相同（以较短的一篇计）：{counts['shared']} 段完全相同，"
               f"{counts['changed']} 段改写自对方的段落（并排显示）；两篇共有的字句以底色标出。"
               "点击段落编号 ¶ 打开该段在讲话页中的位置。")
    return f"{summary}\n\n<div class=\"archive-compare\">\n" + "\n".join([head, *rows]) + "\n</div>\n"
