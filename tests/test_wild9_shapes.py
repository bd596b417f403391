"""Shapes found by running the cleaner over a ninth batch of unlabelled files in the wild (a university's news crawl,
collections of a company head's talks, a school CMS's pages; each rebuilt here from made-up text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import is_credit_line
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

REPORT = ("新闻网讯（通讯员 童某）12月26日，学校召开党外人士座谈会，通报学校下一阶段改革发展思路，诚恳听取意见和建议。"
          "校党委书记路某、校长李某根出席会议。\n\n与会人员围绕学校改革发展积极建言献策。李某根表示，学校将认真研究采纳大家的意见。\n")


def test_a_photo_credit_under_the_headline_names_no_speaker(tmp_path: Path) -> None:
    """'朱某峻　摄' under a report's headline: the photographer's credit, name first; it was read as a byline, and
    the page's speaker was '朱某峻摄'."""
    document = normalize_file(text_page(tmp_path, f"党外人士座谈会召开\n朱某峻　摄\n{REPORT}"), tmp_path)
    assert document.meta["title"] == "党外人士座谈会召开"
    assert not document.meta.get("speaker")


@pytest.mark.parametrize(("line", "credit"), [
    ("朱某峻　摄", True), ("朱某峻摄", True), ("记者 张某某 摄", True), ("李某/摄", True), ("张某某 摄影", True),
    ("摄影 张某某", True), ("文/李某", True),
    ("航拍", False), ("新闻摄影", False), ("张某某", False), ("张某某在大会上的讲话", False),
])
def test_a_credit_line_names_its_role_before_or_after_the_name(line: str, credit: bool) -> None:
    assert is_credit_line(line) is credit
