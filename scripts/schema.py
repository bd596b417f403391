"""The front-matter schema of a speech page, and the checks `make check` runs against it.

Every problem is a message naming the file and the field, e.g.
`docs/speeches/2021/x.md: date: 2031-11-05 is in the future`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from scripts.themes import load_themes

GENRES = ("讲话", "文章", "报告")
EARLIEST_DATE = dt.date(1900, 1, 1)

# field -> (expected Python type(s), required)
FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "title": ((str,), True),
    "speaker": ((str,), False),
    "speaker_title": ((str,), False),
    "date": ((dt.date,), False),
    "published": ((dt.date,), False),
    "year": ((int,), False),
    "event": ((str,), False),
    "region": ((str,), False),
    "genre": ((str,), True),
    "source": ((dict,), True),
    "tags": ((list,), True),
    "anonymized": ((bool,), False),
    "notes": ((list,), False),
    "related": ((list,), False),
    "corrected": ((list,), False),  # fields a sidecar corrected (scripts/sidecar.py), shown on the page
}
SOURCE_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "name": ((str,), False),
    "publisher": ((str,), False),
    "url": ((str,), False),
    "issue": ((str,), False),
    "file": ((str,), True),
    "sha256": ((str,), True),
}


def load_theme_names(themes_file: Path) -> set[str]:
    """Names of the controlled theme vocabulary."""
    return {theme.name for theme in load_themes(themes_file)}


def check_meta(page: str, meta: dict[str, Any], themes: set[str], today: dt.date) -> list[str]:
    """Every schema problem of one page's front matter, as `page: field: message` lines."""
    problems = _check_fields(meta, FIELDS, "")
    if isinstance(meta.get("source"), dict):
        problems += _check_fields(meta["source"], SOURCE_FIELDS, "source.")
    problems += _check_values(meta, themes)
    problems += _check_dates(meta, today)
    return [f"{page}: {problem}" for problem in problems]


def _check_fields(meta: dict[str, Any], fields: dict[str, tuple[tuple[type, ...], bool]], prefix: str
                  ) -> list[str]:
    problems = []
    for name, (types, required) in fields.items():
        if name not in meta or meta[name] is None:
            if required:
                problems.append(f"{prefix}{name}: required field is missing")
            continue
        if not _has_type(meta[name], types):
            expected = " or ".join(_type_name(t) for t in types)
            problems.append(f"{prefix}{name}: expected {expected}, got {_describe(meta[name])}")
    problems += [f"{prefix}{name}: unknown field (known: {', '.join(fields)})"
                 for name in meta if name not in fields]
    return problems


def _has_type(value: Any, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in types:
        return False  # YAML `yes` is not a year
    if isinstance(value, dt.datetime):
        return False  # a date field holds a day, not a time stamp
    return isinstance(value, types)


def _type_name(kind: type) -> str:
    return {str: "text", int: "a whole number", bool: "true/false", dict: "a mapping", list: "a list",
            dt.date: "a date YYYY-MM-DD"}[kind]


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"


def _check_values(meta: dict[str, Any], themes: set[str]) -> list[str]:
    problems = []
    if isinstance(meta.get("genre"), str) and meta["genre"] not in GENRES:
        problems.append(f"genre: {meta['genre']!r} is not one of {', '.join(GENRES)}")
    if isinstance(meta.get("title"), str) and not meta["title"].strip():
        problems.append("title: is empty")
    if isinstance(meta.get("tags"), list):
        problems += [f"tags: {tag!r} is not a theme of scripts/rules/themes.yml"
                     for tag in meta["tags"] if tag not in themes]
    if isinstance(meta.get("notes"), list):
        problems += [f"notes: {note!r} is not text" for note in meta["notes"] if not isinstance(note, str)]
    if isinstance(meta.get("related"), list):
        problems += _check_related(meta["related"])
    sha = meta.get("source", {}).get("sha256") if isinstance(meta.get("source"), dict) else None
    if isinstance(sha, str) and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
        problems.append(f"source.sha256: {sha!r} is not 64 lower-case hex digits")
    return problems


def _check_related(related: list[Any]) -> list[str]:
    problems = []
    for index, entry in enumerate(related):
        where = f"related[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            problems.append(f"{where}: expected a mapping with `file` (source_texts/...) and `relation`")
        elif not entry["file"].startswith("source_texts/"):
            problems.append(f"{where}.file: {entry['file']!r} should be a path like source_texts/<name>")
        elif not isinstance(entry.get("relation"), str):
            problems.append(f"{where}.relation: expected text describing the relation")
    return problems


def _check_dates(meta: dict[str, Any], today: dt.date) -> list[str]:
    problems = []
    dates = {name: meta.get(name) for name in ("date", "published")}
    for name, value in dates.items():
        if not _has_type(value, (dt.date,)):
            continue
        if value > today:
            problems.append(f"{name}: {value} is in the future")
        elif value < EARLIEST_DATE:
            problems.append(f"{name}: {value} is before {EARLIEST_DATE}; is the year mistyped?")
    delivered, published = dates["date"], dates["published"]
    if _has_type(delivered, (dt.date,)) and _has_type(published, (dt.date,)) and published < delivered:
        problems.append(f"published: {published} is before the speech was delivered ({delivered})")
    year = meta.get("year")
    if not _has_type(year, (int,)):
        return problems
    if _has_type(delivered, (dt.date,)) and year != delivered.year:
        problems.append(f"year: {year} does not match the date {delivered}")
    elif not _has_type(delivered, (dt.date,)) and _has_type(published, (dt.date,)) and year > published.year:
        problems.append(f"year: {year} is after the text was published ({published})")
    return problems
