"""Escaping: whatever the scraped text holds, the page shows exactly that text (property tests)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.clean.render import body_text, escape, render_body, unescape
from scripts.clean.structure import Block, normalize_text
from scripts.core.paths import REPO


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !ENV and !!python tags are irrelevant to the Markdown extensions."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_markdown() -> markdown.Markdown:
    """Python-Markdown configured with exactly the extensions mkdocs.yml enables."""
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    names, configs = [], {}
    for entry in config.get("markdown_extensions", []):
        name, options = (next(iter(entry.items())) if isinstance(entry, dict) else (entry, None))
        names.append(name)
        if options:
            configs[name] = {k: v for k, v in options.items() if v is not None}
    return markdown.Markdown(extensions=names, extension_configs=configs)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def rendered(source: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(site_markdown().convert(source))
    return "".join(parser.parts), parser.tags


PIECES = [
    *"同志们讲话发展，。：；“”（）abcXx123 .-+*_#`[]{}()<>&|!~^=:\\/\"'",
    "&amp;", "&#42;", "<script>", "</p>", "1. ", "2) ", "- ", "+ ", "> ", "# ", "!!! note ", "***", "---",
    "{: .x}", "[a](http://x)", "`code`", "<!-- c -->", "    ", "\\*"]
LINE = st.lists(st.sampled_from(PIECES), min_size=1, max_size=15).map("".join).map(str.strip).filter(bool)


@settings(max_examples=300, deadline=None)
@given(LINE)
def test_escaped_line_renders_as_exactly_the_text(text: str) -> None:
    shown, tags = rendered(escape(text))
    assert shown == text
    assert tags == ["p"]


@settings(max_examples=300, deadline=None)
@given(LINE)
def test_escaping_round_trips(text: str) -> None:
    assert unescape(escape(text)) == text


@settings(max_examples=100, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=5))
def test_headings_and_paragraphs_keep_their_text(texts: list[str]) -> None:
    blocks = [Block("heading" if i % 2 == 0 else "paragraph", t, 1) for i, t in enumerate(texts)]
    body = render_body(blocks)
    assert body_text(body).split("\n") == texts
    page = site_markdown().convert(body)
    assert "<script" not in page


CHINESE_CHARS = list("同志们要坚持发展改革创新经济年月日，。；：“”（）、？！0123456789%. GXxIPv")
CHINESE_TEXT = st.text(alphabet=st.sampled_from(CHINESE_CHARS),
                       min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(CHINESE_TEXT)
def test_normalizing_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_html_in_source_is_shown_not_executed() -> None:
    shown, tags = rendered(escape('<img src=x onerror="alert(1)"><b>粗体</b>'))
    assert shown == '<img src=x onerror="alert(1)"><b>粗体</b>'
    assert tags == ["p"]
    assert html.escape("<b>") in escape("<b>")


def test_heading_line_marks_are_escaped() -> None:
    assert re.match(r"^## \\#", render_body([Block("heading", "#标签", 1)]))
