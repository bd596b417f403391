"""The front-matter schema of a speech page, and the checks `make check` runs against it.

Every problem is a message naming the file and the field, e.g.
`docs/speeches/2021/x.md: date: 2031-11-05 is in the future`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scripts.clean.themes import THEMES_FILE, load_themes
from scripts.core import fields

SPEECH_GENRES = ("讲话", "文章", "报告")
# An official document is archived only when a contributor's sidecar sets its genre
# (scripts/clean/official_documents.py).
DOCUMENT_GENRES = ("通知", "决定", "意见", "通报", "批复", "公告", "通告", "函", "请示", "公文")
GENRES = SPEECH_GENRES + DOCUMENT_GENRES
EARLIEST_DATE = dt.date(1900, 1, 1)
# A raw file's name appears in links and in site/raw/: letters, digits, '.', '_' and '-' only.
RAW_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
RAW_DIR = "source_texts"
# What the pipeline reads: text and HTML pages, scrapers' containers, web-application templates.
RAW_SUFFIXES = {".txt", ".text", ".html", ".htm", ".shtml", ".xhtml", ".md", ".markdown", ".csv", ".tsv", ".json",
                ".jsonl",
                ".mht", ".mhtml", ".warc",  # a page saved as one MIME archive, or as a web archive's record
                ".jsp", ".asp", ".aspx", ".php",
                # front-end components and blog posts (read as the page they render), a video's subtitles
                ".js", ".jsx", ".ts", ".tsx", ".vue", ".svelte", ".astro", ".mdx", ".srt", ".vtt",
                ".xml", ".rss", ".atom", ".enex", ".tei",  # a news feed of one item, a tool's XML (Evernote, TEI)
                ".sql", ".py"}  # one row of a database table, a Python module holding one text
WEB_ADDRESS = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)

# field -> (expected Python type(s), required), from the field registry
FIELDS: dict[str, tuple[tuple[type, ...], bool]] = fields.field_types(fields.FIELDS)
SOURCE_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = fields.field_types(fields.SOURCE_FIELDS)


def load_theme_names(themes_file: Path = THEMES_FILE) -> set[str]:
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
        problems += field_problems(prefix + name, meta[name], types)
    problems += [f"{prefix}{name}: unknown field (known: {', '.join(fields)})"
                 for name in meta if name not in fields]
    return problems


def field_problems(name: str, value: Any, types: tuple[type, ...]) -> list[str]:
    """`name: reason` for a value of the wrong type or an invalid value (shared by page and sidecar checks)."""
    if not _has_type(value, types):
        expected = " or ".join(_type_name(t) for t in types)
        return [f"{name}: expected {expected}, got {_describe(value)}"]
    check = VALUE_CHECKS.get(name)
    return [reason if reason.startswith(f"{name}[") else f"{name}: {reason}" for reason in check(value)
            ] if check else []


def _text_items(items: list[Any]) -> list[str]:
    return [f"{item!r} is not text" for item in items if not isinstance(item, str)]


def _year(year: int) -> list[str]:
    latest = dt.date.today().year + 1
    return [] if EARLIEST_DATE.year <= year <= latest else [f"{year} is not a year between "
                                                             f"{EARLIEST_DATE.year} and {latest}"]


def _web_address(url: str) -> list[str]:
    return [] if WEB_ADDRESS.fullmatch(url) else [f"{url!r} is not an http:// or https:// address"]


def related_file_problems(file: str) -> list[str]:
    """A related text is a raw file of the archive: `source_texts/<name>`, nothing outside it."""
    name = file.removeprefix(f"{RAW_DIR}/")
    if not file.startswith(f"{RAW_DIR}/") or not RAW_NAME.fullmatch(name):
        return [f"{file!r} should be a path like {RAW_DIR}/<name>: a raw file of the archive, nothing outside it"]
    return []


def _related(related: list[Any]) -> list[str]:
    problems = []
    for index, entry in enumerate(related):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            problems.append(f"related[{index}]: expected a mapping with `file` ({RAW_DIR}/...) and `relation`")
            continue
        problems += [f"related[{index}]: unknown key {key!r} (only file, relation)" for key in entry
                     if key not in ("file", "relation")]
        problems += [f"related[{index}].file: {reason}" for reason in related_file_problems(entry["file"])]
        if not isinstance(entry.get("relation"), str):
            problems.append(f"related[{index}].relation: expected text describing the relation")
    return problems


VALUE_CHECKS: dict[str, Callable[[Any], list[str]]] = {
    "title": lambda title: [] if title.strip() else ["is empty"],
    "genre": lambda genre: [] if genre in GENRES else [f"{genre!r} is not one of {', '.join(GENRES)}"],
    "year": _year,
    "tags": _text_items,
    "tags_add": _text_items,
    "tags_remove": _text_items,
    "notes": _text_items,
    "related": _related,
    "source.url": _web_address,
    "source.file": related_file_problems,
}


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
    if isinstance(meta.get("tags"), list):
        problems += unknown_theme_problems("tags", meta["tags"], themes)
    sha = meta.get("source", {}).get("sha256") if isinstance(meta.get("source"), dict) else None
    if isinstance(sha, str) and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
        problems.append(f"source.sha256: {sha!r} is not 64 lower-case hex digits")
    return problems


def unknown_theme_problems(name: str, tags: list[Any], themes: set[str]) -> list[str]:
    return [f"{name}: {tag!r} is not a theme of scripts/clean/rules/themes.yml"
            for tag in tags if isinstance(tag, str) and tag not in themes]


def _day(value: Any) -> dt.date | None:
    """The value if it is a day (not a time stamp), else None."""
    return value if _has_type(value, (dt.date,)) else None


def _check_dates(meta: dict[str, Any], today: dt.date) -> list[str]:
    problems = []
    dates = {name: _day(meta.get(name)) for name in ("date", "published")}
    for name, value in dates.items():
        if value is None:
            continue
        if value > today:
            problems.append(f"{name}: {value} is in the future")
        elif value < EARLIEST_DATE:
            problems.append(f"{name}: {value} is before {EARLIEST_DATE}; is the year mistyped?")
    delivered, published = dates["date"], dates["published"]
    if delivered is not None and published is not None and published < delivered:
        problems.append(f"published: {published} is before the speech was delivered ({delivered})")
    year = meta.get("year")
    if year is None or not _has_type(year, (int,)):
        return problems
    if delivered is not None and year != delivered.year:
        problems.append(f"year: {year} does not match the date {delivered}")
    elif delivered is None and published is not None and year > published.year:
        problems.append(f"year: {year} is after the text was published ({published})")
    return problems
