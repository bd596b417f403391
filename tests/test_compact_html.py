"""The templates' indentation dropped from built pages (scripts/site/compact_html.py), and nothing that shows."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from scripts.core.paths import REPO
from scripts.site.compact_html import compact


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
