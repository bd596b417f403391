"""A speech's appendix is cut (attachment-appendix, glossary-appendix); a news report's closing box is not
(not_on_news: a reporter credited in the page's head, news_report_credit in cruft.yml)."""

from __future__ import annotations

import pytest
import yaml

from scripts.clean.cruft import RULES_FILE, clean_lines, reads_as_news_report, reporter_credit
from tests.conftest import case_params

CREDIT = [{"name": "news_report_credit",
           **yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["news_report_credit"]}]
PROSE = "今年全市秋粮长势良好，预计总产比上年增加一成以上，收购企业提前做好了仓容和资金准备，各收购点秩序井然。"
FIGURES = "今年1月至9月，全市共收购秋粮十二万吨，同比增长百分之八，其中订单收购占六成。"


@pytest.mark.parametrize(("entry", "example"), case_params(CREDIT, "examples", RULES_FILE.name))
def test_a_reporters_credit_is_recognised(entry: dict, example: str) -> None:
    assert reporter_credit().match(example)


@pytest.mark.parametrize(("entry", "keep"), case_params(CREDIT, "keep", RULES_FILE.name))
def test_a_speech_title_naming_journalists_is_no_credit(entry: dict, keep: str) -> None:
    assert not reporter_credit().match(keep)


def page(head: list[str], label: str) -> list[str]:
    return [*head, "", PROSE, "", PROSE, "", PROSE, "", label, "", FIGURES]


@pytest.mark.parametrize("label", ["附件：", "名词解释"])
def test_a_news_reports_closing_box_stays(label: str) -> None:
    lines = page(["全市秋粮收购工作全面展开", "", "本报记者 张三"], label)
    assert reads_as_news_report(lines)
    assert FIGURES in clean_lines(lines).lines


@pytest.mark.parametrize("label", ["附件：", "名词解释"])
def test_a_speechs_appendix_is_still_cut(label: str) -> None:
    lines = page(["在全市秋粮收购工作会议上的讲话", "", "同志们："], label)
    assert not reads_as_news_report(lines)
    assert FIGURES not in clean_lines(lines).lines
