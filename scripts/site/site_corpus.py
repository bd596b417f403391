"""The speech pages as the site sees them: front matter + body, read from docs/speeches/**/*.md.

Shared by `scripts.site.browse` (browse pages, downloads) and `scripts.site.build_site` (raw files, search index).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from pypinyin import lazy_pinyin

from scripts.clean.metadata import year_of_event
from scripts.clean.render import FrontMatterError, escape, split_front_matter
from scripts.clean.sidecar import sidecar_path
from scripts.core.fields import display_title

UNKNOWN = "未注明"  # label for a missing speaker, date or source: such speeches are listed, never dropped
UNKNOWN_SLUG = "unknown"
SECTION_INDEX = "index"  # each section's own page: a speaker or source named "Index" must not replace it



@dataclass
class Speech:
    """One speech page: where it lives under docs/ and what its front matter says."""

    path: str  # relative to docs/, e.g. speeches/2021/000_290bc3203928de73.md
    meta: dict[str, Any]
    body: str

    @cached_property
    def slug(self) -> str:
        return Path(self.path).stem

    @property
    def title(self) -> str:
        """The name the site shows and lists the speech under: its title, or a marked one when it has none."""
        return display_title(self.meta)

    @property
    def speaker(self) -> str | None:
        return _text(self.meta.get("speaker"))

    @property
    def date(self) -> str | None:
        """Delivery (or writing) date as YYYY-MM-DD, whether YAML loaded it as a date or a string."""
        return iso_date(self.meta.get("date"))

    @property
    def published(self) -> str | None:
        return iso_date(self.meta.get("published"))

    @property
    def year(self) -> int | None:
        year = self.meta.get("year")
        if isinstance(year, int):
            return year
        if isinstance(year, str) and year.isdigit():
            return int(year)
        date = self.date or self.published
        return int(date[:4]) if date else None

    @property
    def source(self) -> dict[str, Any]:
        source = self.meta.get("source")
        return source if isinstance(source, dict) else {}

    @property
    def correction_sidecar(self) -> str | None:
        """source_texts/<name>.meta.yml when the page says a sidecar corrected it (its notice links the file)."""
        file = self.source.get("file")
        return sidecar_path(Path(file)).as_posix() if self.meta.get("corrected") and isinstance(file, str) else None

    @property
    def source_file(self) -> str:
        """The raw file the page was generated from (`source_texts/<name>`), or "" when it names none."""
        return str(self.source.get("file") or "")

    @property
    def declared_related(self) -> set[str]:
        """The raw files a sidecar declared related (`related: [{file: ...}]`)."""
        related = self.meta.get("related")
        entries = related if isinstance(related, list) else []
        return {entry["file"] for entry in entries if isinstance(entry, dict) and "file" in entry}

    @property
    def source_name(self) -> str | None:
        return _text(self.source.get("name")) or _text(self.source.get("publisher"))

    @property
    def tags(self) -> list[str]:
        tags = self.meta.get("tags") or []
        return [str(tag) for tag in tags] if isinstance(tags, list) else []

    @property
    def region(self) -> str | None:
        return _text(self.meta.get("region"))

    @property
    def office(self) -> str | None:
        return _text(self.meta.get("speaker_title"))

    @property
    def event(self) -> str | None:
        return _text(self.meta.get("event"))

    @property
    def year_basis(self) -> str | None:
        """What the year rests on: 'date' (delivery date), 'event' (the event names it: 2021年工作会议),
        'published' (only the publication date is known) or 'given' (set by an editor); None without a year."""
        if self.year is None:
            return None
        if self.date:
            return "date"
        if self.event and year_of_event(self.event) == self.year:
            return "event"
        if self.published and self.published[:4] == str(self.year):
            return "published"
        return "given"

    @property
    def delivered(self) -> str:
        """When the speech was given, as precisely as known: YYYY-MM-DD, or YYYY when only the year is
        (which sorts after that year's dated speeches, newest first); the publication date when that is all
        there is (a speech is given before it is posted); '' when nothing is known."""
        if self.date:
            return self.date
        if self.year_basis in ("event", "given"):
            return str(self.year)
        return self.published or ""

    @property
    def date_label(self) -> str:
        """The date a list shows, saying what it is: 2021-11-05 · 2021年（发布于 2022-09-13） · 发布于 2022-09-13."""
        if self.date:
            return self.date
        published = f"发布于 {self.published}" if self.published else ""
        if self.year_basis in ("event", "given"):
            return f"{self.year}年" + (f"（{published}）" if published else "")
        return published or f"日期{UNKNOWN}"

    @property
    def year_reason(self) -> str:
        """Why the speech is filed under its year when no delivery date says so ('' when one does)."""
        if self.year_basis == "event":
            return f"讲话日期不详，年份据场合名称“{self.event}”"
        if self.year_basis == "published":
            return "讲话日期不详，按发布年份归档"
        if self.year_basis == "given":
            return "讲话日期不详，年份由编辑注明"
        return ""

    @property
    def sort_key(self) -> tuple[str, str]:
        """Newest first when sorted in reverse, by delivery (see `delivered`); undated speeches sort last."""
        return (self.delivered, self.slug)

    @property
    def url(self) -> str:
        """The page's URL relative to the site root (MkDocs directory URLs)."""
        return self.path[: -len(".md")] + "/"


def _text(value: Any) -> str | None:
    """A non-empty stripped string, or None."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def iso_date(value: Any) -> str | None:
    """YYYY-MM-DD for a date, datetime or date-like string; other strings are returned as written."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text(value)


def parse_page(text: str) -> tuple[dict[str, Any], str]:
    """(front matter, body) of a Markdown page; a page without front matter is all body."""
    if not text.startswith("---\n"):
        return {}, text
    return split_front_matter(text)


def read_speech(page: Path, docs_dir: Path) -> Speech:
    """One speech page; FrontMatterError saying why when it cannot be read (no or broken front matter,
    YAML aliases, not UTF-8)."""
    try:
        meta, body = split_front_matter(page.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise FrontMatterError(f"not UTF-8 text: {error}") from error
    return Speech(page.relative_to(docs_dir).as_posix(), meta, body)


def read_speeches(docs_dir: Path) -> tuple[list[Speech], list[str]]:
    """Every speech page under docs_dir/speeches in file order, and `docs/<page>: reason` for each that
    cannot be read (the one page reader of the site, `make check` and `make add`)."""
    speeches, problems = [], []
    for page in sorted((docs_dir / "speeches").rglob("*.md")):
        try:
            speeches.append(read_speech(page, docs_dir))
        except FrontMatterError as error:
            problems.append(f"{page.relative_to(docs_dir.parent)}: {error}")
    return speeches, problems


def load_speeches(docs_dir: Path) -> list[Speech]:
    """Every speech page under docs_dir/speeches, newest first; ValueError naming each unreadable page."""
    speeches, problems = read_speeches(docs_dir)
    if problems:
        raise ValueError("cannot read front matter: " + "; ".join(problems))
    return sorted(speeches, key=lambda s: s.sort_key, reverse=True)


def ascii_slug(name: str) -> str:
    """A URL-safe ASCII slug: pinyin for Chinese characters, lowercase letters and digits otherwise."""
    words = lazy_pinyin(name)
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(words).lower()).strip("-")
    return slug or "x"


def unique_slugs(names: list[str]) -> dict[str, str]:
    """name -> slug, unique across names (homophones get -2, -3 ... in sorted order, so it is stable)."""
    slugs: dict[str, str] = {}
    taken = {UNKNOWN_SLUG, SECTION_INDEX}
    for name in sorted(set(names)):
        base = ascii_slug(name)
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[name] = slug
    return slugs


def md_escape(text: str) -> str:
    """One line of text that Markdown renders literally (scripts.clean.render.escape, whitespace folded)."""
    return escape(" ".join(str(text).split()))


def raw_name(source_file: str) -> str:
    """Name of the raw source copy in site/raw/: always ends in .txt, so it is never served as HTML."""
    name = Path(source_file).name
    return name if name.endswith(".txt") else name + ".txt"
