"""Stage 5: body text -> themes from the controlled vocabulary (scripts/clean/rules/themes.yml).

Each theme scores the weighted number of times its keywords occur in the speech. The speech gets the
themes its evidence supports, with no cap on their number:
- every theme holding at least MIN_SHARE of the speech's whole keyword evidence (and at least MIN_SCORE);
- the leading theme of any section (the text under one heading) that is about one thing: the section has
  SECTION_MIN_EVIDENCE or more and the theme holds SECTION_LEAD_SHARE of it. A speech whose section
  "以新型城镇化推动高质量发展" is about urbanization is tagged 城镇化 even when the theme's share of the
  whole speech is small;
- and at least the MIN_THEMES strongest when anything matched.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.clean.rule_files import RULES_DIR, read_rule_file, reads_rule_file
from scripts.clean.shadow import simplified
from scripts.clean.words import literal_alternation

THEMES_FILE = RULES_DIR / "themes.yml"
MIN_THEMES = 3
MIN_SHARE = 0.06  # of all the keyword evidence in the speech
MIN_SCORE = 3  # ... and at least this much evidence of its own
SECTION_MIN_EVIDENCE = 15  # a section with less keyword evidence is too short to say what it is about
SECTION_LEAD_SHARE = 0.35  # the section's leading theme holds this share of the section's evidence
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
@reads_rule_file(THEMES_FILE)
def load_themes(path: Path = THEMES_FILE) -> tuple[Theme, ...]:
    data = read_rule_file(path)
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


def section_leader(evidence: list[Evidence]) -> str | None:
    """The theme a section is about, if one theme dominates a section long enough to tell."""
    total = sum(e.score for e in evidence)
    if total >= SECTION_MIN_EVIDENCE and evidence[0].score >= SECTION_LEAD_SHARE * total:
        return evidence[0].theme
    return None


def choose_themes(evidence: list[Evidence], sections: Sequence[list[Evidence]] = ()) -> list[str]:
    """Themes for a speech from its evidence (strongest first) and its sections' (see the module docstring),
    in order of evidence."""
    if not evidence:
        return []
    total = sum(e.score for e in evidence)
    leaders = {section_leader(found) for found in sections if found}
    return [e.theme for number, e in enumerate(evidence)
            if number < MIN_THEMES or (e.score >= MIN_SCORE and (e.score >= MIN_SHARE * total
                                                                 or e.theme in leaders))]


def apply_corrections(tags: list[str], add: list[str], remove: list[str]) -> list[str]:
    """Sidecar corrections: `tags_add` joins the list, `tags_remove` leaves it."""
    result = [t for t in tags if t not in remove]
    result += [t for t in add if t not in result]
    return result
