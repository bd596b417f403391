"""An editor's lead of one paragraph over a line announcing the speech ('以下为某某演讲全文，经编辑整理：') is the
page's framing, not the speech: it goes, and is kept as the lead-in for the metadata steps. A report of several
paragraphs over such a line is the article, with the speech in it, and stays. Every input is made up."""

from __future__ import annotations

from scripts.clean.cruft import clean_lines

LEAD = "12月5日，某某论坛在北京举行，某某公司创始人张某明发表主题演讲，分享了他对产业发展的思考。"
REPORT = "张某明认为，数字技术正在重塑整个产业，企业需要从提供产品转向提供服务。他还宣布了新一代产品的发布计划。"
ANNOUNCEMENT = "以下为张某明演讲全文，经编辑整理："
SPEECH = ["大家好！非常高兴今天能在这里和大家见面，和各位朋友一起交流产业发展的新趋势。",
          "过去一年，我们见证了数字技术的飞速发展，这给整个产业带来了前所未有的机遇。谢谢大家！"]


def test_a_one_paragraph_lead_over_an_announced_speech_goes_and_is_the_lead_in() -> None:
    cleaned = clean_lines([LEAD, ANNOUNCEMENT, *SPEECH])
    assert [line for line in cleaned.lines if line] == SPEECH
    assert any("张某明发表主题演讲" in text for text in cleaned.captures.lead_in)


def test_a_report_of_several_paragraphs_over_it_stays() -> None:
    cleaned = clean_lines([LEAD, REPORT, ANNOUNCEMENT, *SPEECH])
    assert [line for line in cleaned.lines if line] == [LEAD, REPORT, *SPEECH]
