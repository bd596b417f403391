"""The templates' indentation dropped from built pages (scripts/site/compact_html.py), and nothing that shows."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from jinja2.utils import htmlsafe_json_dumps

from scripts.core.paths import REPO
from scripts.site.compact_html import compact, compact_pages


def test_indentation_and_blank_lines_become_one_line_break() -> None:
    page = "\n<div>\n    <a href=x>甲</a>\n\n      <a href=y>乙</a>   \n</div>\n"
    assert compact(page) == "<div>\n<a href=x>甲</a>\n<a href=y>乙</a>\n</div>\n"


def test_pre_textarea_and_script_are_kept_as_written() -> None:
    kept = ["<pre><code>@misc{x,\n  author       = {甲},\n\n}</code></pre>", "<textarea>\n  a\n\n  b</textarea>",
            "<script>var s = `\n    two\n\n  lines`</script>", "<PRE class=x>\n  y\n</PRE >"]
    for block in kept:
        assert compact(f"<div>\n   {block}\n   </div>") == f"<div>\n{block}\n</div>"


def test_white_space_within_a_line_is_untouched() -> None:
    assert compact("<p>讲话  全文 <b>x</b> y</p>") == "<p>讲话  全文 <b>x</b> y</p>"


@given(st.text(alphabet="<>/preabcd \n\t甲", max_size=60))
def test_compacting_twice_changes_nothing(text: str) -> None:
    assert compact(compact(text)) == compact(text)


def test_no_stylesheet_keeps_line_breaks_outside_pre() -> None:
    """`white-space: pre-line` (or pre on an element that is not pre/textarea) would show the removed breaks."""
    sheets = [*(REPO / "docs" / "assets" / "stylesheets").glob("*.css"),
              *(REPO / "overrides" / "assets" / "stylesheets").glob("*.css")]
    assert sheets
    for sheet in sheets:
        text = sheet.read_text(encoding="utf-8")
        assert "pre-line" not in text and "white-space: pre;" not in text, sheet


def test_built_pages_are_compact(site_dir: Path) -> None:
    for page in [site_dir / "index.html", *sorted((site_dir / "speeches").glob("*/index.html"))[:3]]:
        text = page.read_text(encoding="utf-8")
        assert compact(text) == text and "\n  <" not in text.split("<pre")[0], page


def test_json_data_is_written_in_its_shortest_form_with_the_same_values() -> None:
    """Material's __config and the header's data-archive-… attributes: no \\uXXXX escapes of Chinese text, no
    spaces after separators; the values are the same and <, >, & and ' stay escaped (nothing can end the <script>
    or the attribute early). Other scripts and attributes are untouched."""
    value = {"translations": {"clipboard.copy": "复制", "x": "</script><b>'&'"}, "base": "../..", "n": [1, None]}
    written = htmlsafe_json_dumps(value)  # as Jinja's tojson writes it
    page = (f'<script id="__config" type="application/json">{written}</script>\n'
            f"<form data-archive-palette='{written}'></form>\n"
            '<script>var a = {"k": "\\u590d"}</script>\n<div data-x=\'{"a": 1}\'></div>')
    compacted = compact(page)
    script = compacted.split(">", 1)[1].split("</script>", 1)[0]
    attribute = compacted.split("data-archive-palette='", 1)[1].split("'", 1)[0]
    for data in (script, attribute):
        assert json.loads(data) == value and "复制" in data and ", " not in data and ": " not in data
        assert not any(c in data for c in "<>&'"), data
    assert '<script>var a = {"k": "\\u590d"}</script>' in compacted and '<div data-x=\'{"a": 1}\'>' in compacted
    assert compact(compacted) == compacted


def test_not_json_is_left_as_it_is() -> None:
    page = '<script type="application/json">{not json</script>\n<p data-archive-x=\'[oops\'></p>'
    assert compact(page) == page


def test_the_sitemap_is_compacted_too(tmp_path: Path) -> None:
    indented = "<urlset>\n    <url>\n         <loc>https://x/</loc>\n    </url>\n</urlset>\n"
    (tmp_path / "sitemap.xml").write_text(indented, encoding="utf-8")
    assert compact_pages(tmp_path) == 1
    compacted = "<urlset>\n<url>\n<loc>https://x/</loc>\n</url>\n</urlset>\n"
    assert (tmp_path / "sitemap.xml").read_text(encoding="utf-8") == compacted
