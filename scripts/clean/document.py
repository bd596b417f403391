"""The record every stage hands downstream, and the finished document."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Removal:
    """One piece of text a cleaning rule removed (for `make add` summaries and for tests)."""

    rule: str
    text: str


@dataclass
class Document:
    """A normalized speech: front matter, body Markdown, and what the cleaner did to get there."""

    source_file: str  # path relative to the repository, e.g. source_texts/000_....txt
    slug: str  # ASCII, stable: derived from the raw file's name, never from the title
    meta: dict  # front matter, in emission order
    body: str  # Markdown body (the speech and nothing else)
    markdown: str  # the whole file: front matter + body
    removals: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    provenance: dict[str, str] = field(default_factory=dict)  # field -> the metadata step it came from
    set_apart: list[Removal] = field(default_factory=list)  # (break rule, text) set on a line of its own, kept

    @property
    def relative_path(self) -> str:
        """Where the page lives under docs/: speeches/<slug>.md. Its address depends only on the raw file's
        name, never on a field a sidecar can correct (year, title), so it is fixed when the speech is added."""
        return f"speeches/{self.slug}.md"
