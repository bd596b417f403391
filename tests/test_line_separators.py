"""A Markdown dump whose lines end in Unicode line separators (U+2028) or a lone CR is read line by line like any
other: its heading stays a heading and its paragraphs are not glued into one. Every input is made up."""

from __future__ import annotations

import pytest

from scripts.clean.containers import markdown_to_html


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r", "\u2028", "\u0085"])
def test_a_markdown_dump_s_line_ends_are_line_ends_whatever_the_character(end: str) -> None:
    lines = ["# 在全县大会上的讲话", "", "同志们：", "", "今天我们召开全县大会，部署明年工作。", "", "谢谢大家。"]
    text = end.join(lines)
    html = markdown_to_html(text)
    assert "<h1>在全县大会上的讲话</h1>" in html
    assert html.count("<p>") == 3
