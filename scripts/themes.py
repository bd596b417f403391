"""Stage 5: body text -> themes from the controlled vocabulary (scripts/rules/themes.yml).

Each theme scores the weighted number of times its keywords occur in the speech. The speech gets the
themes with the strongest evidence: at least MIN_THEMES when anything matched, at most MAX_THEMES, and
beyond the minimum only themes whose score reaches MIN_SHARE of the best theme's score (or STRONG_SCORE,
so that one dominant theme does not crowd out well-evidenced others).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from scripts.shadow import simplified
from scripts.words import literal_alternation

THEMES_FILE = Path(__file__).parent / "rules" / "themes.yml"
MIN_THEMES, MAX_THEMES = 3, 7
MIN_SHARE = 0.25  # a theme beyond the first three needs a quarter of the top theme's evidence
MIN_SCORE = 3  # ... and at least this much evidence of its own
STRONG_SCORE = 10  # evidence this strong always counts, however dominant the top theme is
KEYWORD_WEIGHT = re.compile(r"(.+?):\s*(\d+)")


@dataclass(frozen=True)
class Theme:
    name: str
    slug: str
    description: str
    keywords: tuple[tuple[str, int], ...]  # (keyword, weight)


@dataclass(frozen=True)
class Evidence:
    theme: str
    score: int
    hits: tuple[tuple[str, int], ...]  # (keyword, occurrences)


@cache
def load_themes(path: Path = THEMES_FILE) -> tuple[Theme, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(Theme(name=t["name"], slug=t["slug"], description=t["description"],
                       keywords=tuple(parse_keyword(k) for k in t["keywords"])) for t in data["themes"])


def parse_keyword(entry: str) -> tuple[str, int]:
    """'新质生产力: 3' counts three times; a bare keyword once."""
    match = KEYWORD_WEIGHT.fullmatch(str(entry))
    return (match.group(1), int(match.group(2))) if match else (str(entry), 1)


def theme_names() -> list[str]:
    return [theme.name for theme in load_themes()]


def score_themes(text: str, themes: tuple[Theme, ...] | None = None) -> list[Evidence]:
    """Evidence for every theme with any keyword in `text`, strongest first (ties: vocabulary order).

    One pass over the text finds every keyword, longest first, without overlaps: '科技型中小企业'
    counts as itself, not also as '中小企业'.
    """
    themes = themes or load_themes()
    counts = Counter(keyword_pattern(themes).findall(simplified(text)))  # traditional text too
    evidence = []
    for theme in themes:
        hits = tuple((word, counts[word]) for word, _ in theme.keywords if counts[word])
        score = sum(counts[word] * weight for word, weight in theme.keywords)
        if score:
            evidence.append(Evidence(theme.name, score, hits))
    return sorted(evidence, key=lambda e: -e.score)


@cache
def keyword_pattern(themes: tuple[Theme, ...]) -> re.Pattern:
    return re.compile(literal_alternation({word for theme in themes for word, _ in theme.keywords}))


def choose_themes(evidence: list[Evidence]) -> list[str]:
    if not evidence:
        return []
    top = evidence[0].score
    chosen = [e.theme for e in evidence[:MIN_THEMES]]
    bar = max(MIN_SCORE, min(top * MIN_SHARE, STRONG_SCORE))
    chosen += [e.theme for e in evidence[MIN_THEMES:MAX_THEMES] if e.score >= bar]
    return chosen


def apply_corrections(tags: list[str], add: list[str], remove: list[str]) -> list[str]:
    """Sidecar corrections: `tags_add` joins the list, `tags_remove` leaves it."""
    result = [t for t in tags if t not in remove]
    result += [t for t in add if t not in result]
    return result
