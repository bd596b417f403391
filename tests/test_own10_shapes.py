"""Shapes first met on eval/own10's pages (opened in the eleventh session), rebuilt from made-up text: a Word
bookmark round a paragraph, a feed's English stamp, a news credit glued to the last sentence, a headline printed
whole with its delivery statement, a speaker named before 演讲全文, sections set as <h1>s, a full-text announcement
under an editor's introduction, an API record wrapping its article, a calendar date tile."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from scripts.clean.dates import english_date, epoch_date, machine_stamp
from scripts.clean.metadata import name_before_speech_word
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

PARAGRAPH = ("每一位同学都是珍贵的存在，我们用爱心去浇灌、用真情去感化、用智慧去启迪，坚持以品德树人、以新知育人的教育"
             "理念，让每个学生获得发展的机会，让每个教师领略教育的乐趣，让每个家长分享成功的喜悦。")
SPEECH = ["各位来宾，同志们：",
          "今天我们召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
          "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
          "希望大家坚定信心，真抓实干，确保完成全年目标任务。谢谢大家！"]


def test_a_paragraph_inside_a_named_anchor_is_text_not_a_link(tmp_path: Path) -> None:
    """Word exports a bookmark as '<a name="OLE_LINK1">' round the paragraph: no href, so no link density."""
    body = (f"<div>当前位置：首页 - 学校简介</div><h3>校长寄语</h3><p><a name='OLE_LINK1'>{PARAGRAPH}</a></p>"
            "<ul><li><a href='/a'>学校简介</a></li><li><a href='/b'>金榜题名</a></li></ul>")
    document = normalize_file(html_page(tmp_path, "<title>校长寄语</title>", body), tmp_path)
    assert PARAGRAPH in document.body


def test_a_bare_anchor_round_a_caption_still_links(tmp_path: Path) -> None:
    """A gallery's '<a><img><span>会议现场</span></a>' is a script's link: its words are no paragraph of the text."""
    gallery = "".join(f"<div class='photo'><a><img src='{n}.jpg'><span>{caption}</span></a></div>"
                      for n, caption in enumerate(["会议现场", "代表发言", "与会人员合影留念"]))
    body = f"<h1>全县秋季农业生产工作会议召开</h1><p>{SPEECH[1]}</p>{gallery}<p>{SPEECH[2]}</p>"
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert "会议现场" not in document.body and SPEECH[2] in document.body


@pytest.mark.parametrize(("text", "day"), [
    ("Tue, 16 Jun 2020 18:28:37 +0000", dt.date(2020, 6, 16)), ("June 16, 2020", dt.date(2020, 6, 16)),
    ("16 June 2020", dt.date(2020, 6, 16)), ("Sept. 3rd, 2019", dt.date(2019, 9, 3)),
    ("Mayor 12 2020", None), ("31 Feb 2020", None), ("2 Marchers 2020", None)])
def test_an_english_month_names_the_month(text: str, day: dt.date | None) -> None:
    assert english_date(text) == day


def test_a_machine_stamp_is_month_first_with_its_clock_or_has_the_month_s_name() -> None:
    assert machine_stamp("9/17/2004 5:54:13 AM") == dt.date(2004, 9, 17)
    assert machine_stamp("Wed, 13 Sep 2023 10:00:00 +0800") == dt.date(2023, 9, 13)
    assert machine_stamp("7/5/2005") is None  # no clock: which figure is the month is unsaid


def test_a_feed_s_english_stamp_under_a_date_label_dates_the_page(tmp_path: Path) -> None:
    text = "\n\n".join(["某某大学校长在开学典礼上的讲话", "日期：Tue, 16 Jun 2020 18:28:37 +0000", *SPEECH])
    assert str(normalize_file(text_page(tmp_path, text), tmp_path).meta["published"]) == "2020-06-16"


@pytest.mark.parametrize(("value", "day"), [
    ("1624128762", dt.date(2021, 6, 20)),  # 02:52 in China, still the 19th in London
    ("1624128762000", dt.date(2021, 6, 20)), ("123456789", None), ("0000000001", None), ("2021-06-20", None)])
def test_a_unix_time_is_read_in_china_standard_time(value: str, day: dt.date | None) -> None:
    assert epoch_date(value) == day


def test_a_record_wrapping_its_article_gives_that_record_s_title_and_date(tmp_path: Path) -> None:
    record = {"state": "success", "content": {
        "contentBlocks": [{"content": text, "photos": [], "subHead": ""} for text in SPEECH],
        "title": "在全县秋季农业生产工作会议上的讲话<br/>（摘要）", "pubDate": "1624128762"}}
    path = text_page(tmp_path, json.dumps(record, ensure_ascii=False), "page.json")
    meta = normalize_file(path, tmp_path).meta
    assert meta["title"] == "在全县秋季农业生产工作会议上的讲话 （摘要）"
    assert str(meta["published"]) == "2021-06-20"


def test_a_news_credit_glued_to_the_last_sentence_goes_and_the_sentence_stays(tmp_path: Path) -> None:
    text = "\n\n".join([*SPEECH[1:3], "共有两千多名代表参会。（记者张某、李某某）责任编辑：王某"])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.body.rstrip().endswith("共有两千多名代表参会。")
    assert "trailing-news-credit" in {removal.rule for removal in document.removals}


def test_a_headline_printed_whole_with_its_delivery_statement_keeps_it(tmp_path: Path) -> None:
    headline = "数字经济的机遇——在全市经济运行座谈会上的发言"
    body = f"<h1>{headline}</h1>" + "".join(f"<p>{text}</p>" for text in SPEECH)
    document = normalize_file(html_page(tmp_path, f"<title>{headline}</title>", body), tmp_path)
    assert document.meta["title"] == headline


def test_a_title_and_its_site_name_still_split(tmp_path: Path) -> None:
    body = "<h1>数字经济的机遇</h1>" + "".join(f"<p>{text}</p>" for text in SPEECH)
    document = normalize_file(html_page(tmp_path, "<title>数字经济的机遇——某某市人民政府网</title>", body), tmp_path)
    assert document.meta["title"] == "数字经济的机遇"


@pytest.mark.parametrize(("title", "expected"), [
    ("“四成项目将走向终止”！某某集团董事长、总裁兼 CEO 张某明最新演讲全文", ("某某集团董事长、总裁兼CEO", "张某明")),
    ("某某公司董事长王某年度演讲全文", ("某某公司董事长", "王某")),
    ("学习总书记重要讲话全文", None)])
def test_a_title_names_its_speaker_right_before_the_speech_word(title: str, expected: tuple | None) -> None:
    assert name_before_speech_word(title.replace(" ", ""), "张某明 王某 在会上发言") == expected


def test_sections_set_as_later_h1s_are_headings_not_glued_to_a_paragraph(tmp_path: Path) -> None:
    heading = "成本上升百倍之后，付费习惯还没有养成"
    body = (f"<h1>某某公司张某明：让免费成为可能</h1><p>{SPEECH[1]}</p><h1>{heading}</h1>"
            + "".join(f"<p>{text}</p>" for text in SPEECH[2:]))
    document = normalize_file(html_page(tmp_path, "<title>某某公司张某明：让免费成为可能</title>", body), tmp_path)
    assert f"## {heading}" in document.body.split("\n")


def test_a_bold_box_s_letters_one_a_line_are_not_headings(tmp_path: Path) -> None:
    body = ("<h1>全县秋季农业生产工作会议召开</h1><p>2023-09-05 14:32更新 来源：某某新闻网</p>"
            "<p><b>今<br>日<br>推<br>荐</b></p>" + "".join(f"<p>{text}</p>" for text in SPEECH[1:]))
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert "## 今" not in document.body


def test_a_full_text_announcement_under_an_editor_s_introduction_names_the_speaker(tmp_path: Path) -> None:
    introduction = [f"某某峰会第{n}场演讲聚焦智能体应用落地的成本问题，嘉宾从供给侧和需求侧两个角度作了分析。"
                    for n in "一二三四"]
    text = "\n\n".join(["某某公司张某明：让免费成为可能", *introduction, "以下为张某明演讲全文：", "谢谢各位。",
                        *SPEECH[1:]])
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert meta["speaker"] == "张某明"


def test_a_dated_lead_over_a_full_text_announcement_dates_the_speech(tmp_path: Path) -> None:
    text = "\n\n".join(["某某集团董事长张某明最新演讲全文", "发布时间：2026-05-13",
                        "5 月 8 日，某某峰会在北京召开。某某集团董事长张某明发表主旨演讲。", "以下是完整演讲内容：",
                        *SPEECH])
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert str(meta["date"]) == "2026-05-08"
    assert meta["speaker"] == "张某明"


def test_a_calendar_tile_by_the_headline_dates_the_page(tmp_path: Path) -> None:
    body = ("<h5>某某研究所召开干部职工大会</h5><div class='data'><div class='day'>21</div>"
            "<div class='year'>2024年02月</div></div>" + "".join(f"<p>{text}</p>" for text in SPEECH[1:]))
    meta = normalize_file(html_page(tmp_path, "<title>某某研究所</title>", body), tmp_path).meta
    assert str(meta["published"]) == "2024-02-21"


def test_the_one_person_a_transcript_labels_by_name_is_its_speaker(tmp_path: Path) -> None:
    turns = ["N：张老师好，请您谈谈今年的形势。", "张某明：感谢邀请。今年的形势总体平稳，内需恢复还需要时间。",
             "N：那么就业方面呢？", "张某明：就业总体稳定，但结构性矛盾依然突出，我们要加大技能培训力度。",
             "N：感谢您的分享！", "张某明：希望能有所帮助！"]
    text = "\n\n".join(["形势与对策——在经济形势座谈会上的发言", *turns])
    assert normalize_file(text_page(tmp_path, text), tmp_path).meta["speaker"] == "张某明"


def test_an_interview_labelled_q_and_a_names_no_speaker(tmp_path: Path) -> None:
    turns = ["Q：请您谈谈今年的形势。", "A：今年的形势总体平稳，内需恢复还需要时间。", "Q：那么就业方面呢？",
             "A：就业总体稳定，但结构性矛盾依然突出，我们要加大技能培训力度。"]
    text = "\n\n".join(["某某大学校长：解决本地的需要也将解决全球的需要", *turns])
    assert "speaker" not in normalize_file(text_page(tmp_path, text), tmp_path).meta


def test_a_reporter_s_interview_names_no_speaker(tmp_path: Path) -> None:
    turns = ["记者：请您谈谈今年的形势。", "张某明：今年的形势总体平稳，内需恢复还需要时间。", "记者：那么就业方面呢？",
             "张某明：就业总体稳定，但结构性矛盾依然突出，我们要加大技能培训力度。"]
    text = "\n\n".join(["农机专家张某明：为农民搭建信息平台", *turns])
    assert "speaker" not in normalize_file(text_page(tmp_path, text), tmp_path).meta


def test_a_clock_stamp_under_the_echoed_headline_is_no_heading(tmp_path: Path) -> None:
    """A platform page whose text starts above the headline (an account's blurb reads as a sentence): the
    headline is dropped as an echo, and its date row with a clock goes with it, read as the page's stamp."""
    body = ("<div>某某经济网</div><p>由内容质量、互动评论、分享传播等多维度分值决定，级别越高，代表综合表现越好。</p>"
            "<h1>全县秋季农业生产工作会议召开</h1><span class='time'>2024-05-13 06:15</span>"
            + "".join(f"<p>{text}</p>" for text in SPEECH[1:]))
    document = normalize_file(html_page(tmp_path, "<title>全县秋季农业生产工作会议召开_某某网</title>", body), tmp_path)
    assert "2024-05-13 06:15" not in document.body
    assert str(document.meta["published"]) == "2024-05-13"


def test_a_credit_row_ending_with_a_clock_stamp_is_no_wrapped_sentence(tmp_path: Path) -> None:
    """'<h4><span>原创：</span><span>某某网</span><span>2024-04-23 12:27:25</span></h4>' reads as one row with
    no mark at its end; it is a credit row, glued to nothing, and dates the page."""
    body = ("<h1>全县秋季农业生产工作会议召开</h1><h4><span>原创：</span><span>某某健康网</span>"
            "<span>2024-04-23 12:27:25</span></h4>" + "".join(f"<p>{text}</p>" for text in SPEECH[1:]))
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert document.body.startswith(SPEECH[1])
    assert str(document.meta["published"]) == "2024-04-23"


def test_a_unix_time_in_a_page_s_script_data_dates_it(tmp_path: Path) -> None:
    """A single-page application saved before it ran: its text and its dates are in the data its script carries,
    the publication time as a bare number of milliseconds."""
    state = {"data": {"title": "张某明在全县秋季农业生产工作会议上的讲话", "pubDate": 1689125465000,
                      "body": "".join(f"<p>{text}</p>" for text in SPEECH)}}
    body = f"<div id='__nuxt'></div><script>window.__NUXT__={json.dumps(state, ensure_ascii=False)}</script>"
    meta = normalize_file(html_page(tmp_path, "<title>某某新闻</title>", body), tmp_path).meta
    assert str(meta["published"]) == "2023-07-12"
    assert meta["speaker"] == "张某明"


def test_a_converted_word_document_keeps_its_words_and_loses_the_converter_s_marks(tmp_path: Path) -> None:
    """pandoc writes a Word speech's underlined words as '[…]{.underline}' and its notes as Markdown footnotes: the
    words stay in the text, the note is set apart (reported, never swallowed into a link's address)."""
    text = "\n\n".join(["**在全县秋季农业生产工作会议上的讲话**", "（2023年7月12日）", SPEECH[0],
                        SPEECH[1] + "[^1]", "全县上下认真贯彻落实，[秋收秋种]{.underline}各项工作取得了明显成效。",
                        SPEECH[3], "[^1]: 本次会议以视频形式开到乡镇。"])
    document = normalize_file(text_page(tmp_path, text, "page.md"), tmp_path)
    assert "全县上下认真贯彻落实，秋收秋种各项工作取得了明显成效。" in document.body
    assert SPEECH[1] + "\n" in document.body
    assert any("本次会议以视频形式开到乡镇" in removal.text for removal in document.removals)
