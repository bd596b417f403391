"""The `wrapped` variant (scripts/measure/variants.py) ends a line wherever the decoder does: a page whose lines are
separated by U+2028 (or U+2029, NEL, a lone CR) is wrapped line by line like one separated by line feeds, each
piece joined to the next by the line's own ending, and no piece runs across two lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.measure.variants import VARIANTS, WRAP_WIDTH

TITLE = "在全县秋季农业生产工作会议上的讲话"
LINES = [TITLE, "（2023年9月13日）", "同志们：",
         "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。" * 2,
         "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。"]


def wrapped(text: str) -> str:
    out = VARIANTS["wrapped"].apply(text.encode("utf-8"), Path("page.txt"))
    assert out is not None
    return out.decode("utf-8")


def cut(line: str) -> list[str]:
    return [line[at:at + WRAP_WIDTH] for at in range(0, len(line), WRAP_WIDTH)]


@pytest.mark.parametrize("separator", ["\n", "\r\n", "\u2028", "\u2029", "\u0085", "\r"])
def test_every_line_ending_is_wrapped_alike(separator: str) -> None:
    page = wrapped(separator.join(LINES) + separator)
    assert page == "".join(separator.join(cut(line)) + separator for line in LINES)
    assert page.replace(separator, "\n") == wrapped("\n".join(LINES) + "\n")


def test_a_title_block_joined_by_line_separators_is_cut_line_by_line() -> None:
    """A head whose title, date and speaker stand on lines separated by U+2028 inside one line-feed line (an export
    that joins a block's lines so): each of its lines is wrapped on its own; before, the block was cut every 35
    characters across its separators."""
    head = "\u2028".join([TITLE + "暨冬春农田水利基本建设动员大会", "——在全县农业农村工作会议上的讲话",
                          "（2023年9月13日）", "某某某"])
    page = wrapped(head + "\n" + "\n".join(LINES[2:]) + "\n")
    first = page.split("\n")[0]
    assert all(len(piece) <= WRAP_WIDTH for piece in first.split("\u2028"))
    assert "（2023年9月13日）" in first.split("\u2028")
    assert first.split("\u2028")[-1] == "某某某"


def test_a_page_of_line_feeds_is_wrapped_as_before() -> None:
    text = "短行\n" + "长" * 80 + "\n" + '"列","' + "值" * 50 + '"\n' + "末" * 40
    assert wrapped(text) == "短行\n" + "长" * 35 + "\n" + "长" * 35 + "\n" + "长" * 10 + "\n" + '"列","' + "值" * 50 + \
        '"\n' + "末" * 35 + "\n" + "末" * 5


def test_front_matter_stays_whole() -> None:
    post = "---\r\ntitle: " + "题" * 40 + "\r\n---\r\n" + "文" * 40 + "\u2028" + "字" * 3
    assert wrapped(post) == "---\r\ntitle: " + "题" * 40 + "\r\n---\r\n" + "文" * 35 + "\u2028" + "文" * 5 + \
        "\u2028" + "字" * 3
