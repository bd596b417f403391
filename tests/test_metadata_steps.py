"""Metadata cascade steps for pages nobody tuned for (issue 10), each on a made-up minimal page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.metadata import title_like
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
          "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")


def test_a_timed_date_under_the_title_is_the_pages_stamp_not_the_delivery_date(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, "在全县秋季工作推进会上的讲话\n2021年10月12日 09时15分\n\n" + SPEECH),
                              tmp_path)
    assert document.meta["published"] == dt.date(2021, 10, 12)
    assert "date" not in document.meta
    assert document.provenance["published"] == "date stamp line"


def test_an_empty_share_label_does_not_swallow_the_dated_subtitle(tmp_path: Path) -> None:
    text = ("在全县秋季工作推进会上的讲话\n2021年10月12日 09时15分\n分享：\n"
            "——2021年10月8日在全县秋季工作推进会上\n县长 李某明\n\n" + SPEECH)
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["date"], document.meta["published"]) == (dt.date(2021, 10, 8), dt.date(2021, 10, 12))
    assert document.provenance["date"] == "date in the subtitle"


def test_office_and_name_before_a_delivering_verb_in_the_title(tmp_path: Path) -> None:
    text = ("县长赵某明发表二〇二二年新年贺词\n\n"
            "大家好！时光飞逝，我们即将迎来新的一年，我向全县人民致以新年的祝福！\n\n"
            "过去一年，我们团结奋斗、砥砺前行，经历了风雨洗礼，取得了来之不易的成绩，大家都付出了辛勤的汗水。\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["speaker"], document.meta["speaker_title"]) == ("赵某明", "县长")
    # the headline only announces the speech: its own title is what was delivered, the speaker is read above it
    assert document.meta["title"] == "二〇二二年新年贺词"
    assert document.provenance["speaker"] == "headline above the title: office and name delivering the speech"


def test_a_report_about_a_speech_names_no_speaker(tmp_path: Path) -> None:
    """A news report on the speech (it addresses no audience, nothing announces it in full) has no speaker."""
    text = ("县长赵某明在全县大会上发表讲话\n\n"
            "本报讯 昨天上午，全县秋季工作推进会召开，会议总结了前一阶段工作，安排了下一阶段任务。\n\n"
            "会议指出，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩交出满意答卷。\n")
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert "speaker" not in meta
    assert meta["title"] == "县长赵某明在全县大会上发表讲话"  # a headline keeps its subject


def test_a_date_stamp_with_the_credit_line_after_the_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><meta charset='utf-8'><title>新闻</title></head><body><div class='article'>"
                    "<h2>某某学院举办主题演讲比赛</h2>"
                    "<p>为了加强学生的诚信教育，某某学院日前举办了主题演讲比赛，二十名选手参加了比赛。</p>"
                    "<p>经过激烈的角逐，来自软件专业的选手荣获第一名，比赛取得了圆满成功。</p>"
                    "<p>2020.06.18&nbsp;&nbsp;来源：某某学院</p><p>文：张某 编辑：李某</p></div></body></html>",
                    encoding="utf-8")
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2020, 6, 18)
    assert document.provenance["published"] == "date stamp closing the text"
    assert "来源" not in document.body and "编辑" not in document.body


def test_a_delivery_date_without_its_year_takes_the_year_of_publication(tmp_path: Path) -> None:
    text = ("在全县秋季工作推进会上的讲话\n2022-01-04 09:15\n（12月30日）\n\n" + SPEECH)
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["date"], document.meta["published"]) == (dt.date(2021, 12, 30), dt.date(2022, 1, 4))
    assert document.provenance["date"] == "month and day under the title, year of publication"


@pytest.mark.parametrize(("line", "ok"), [
    ("同志们、朋友们：", False), ("返回首页 县情概况", False), ("上一篇：全县大会召开", False),
    ("在全县秋季工作推进会上的讲话", True), ("坚定信心：在全县大会上的讲话", True),
])
def test_navigation_and_a_closing_colon_are_no_title(line: str, ok: bool) -> None:
    assert title_like(line) is ok


def test_a_reposted_headline_loses_the_medium_it_names(tmp_path: Path) -> None:
    text = "某某新闻网：某某大学建设教学特区培养拔尖人才\n发布时间：2015-01-27 作者：张某 李某\n\n" + SPEECH
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert meta["title"] == "某某大学建设教学特区培养拔尖人才"
    assert "speaker" not in meta  # two reporters are no speaker


def test_a_headline_naming_its_speaker_stays_whole_a_set_apart_byline_is_cut(tmp_path: Path) -> None:
    for line, title in (("县长孙某亮在全县秋季工作推进会上的讲话", "县长孙某亮在全县秋季工作推进会上的讲话"),
                        ("孙某亮同志在全县秋季工作推进会上的讲话", "在全县秋季工作推进会上的讲话"),
                        ("县长孙某亮：在全县秋季工作推进会上的讲话", "在全县秋季工作推进会上的讲话")):
        meta = normalize_file(text_page(tmp_path, f"{line}\n\n" + SPEECH), tmp_path).meta
        assert (meta["title"], meta["speaker"]) == (title, "孙某亮")


def test_a_school_or_company_audience_opens_the_text(tmp_path: Path) -> None:
    text = ("致全體校友的新年祝福\n\n各位校友：\n\n"
            "新的一年開始了，我謹代表學校向各位校友致以誠摯的問候和美好的祝願。\n\n"
            "希望大家常回母校看看，共同見證學校的發展，祝各位身體健康、事業成功！\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.body.startswith("各位校友：")
    assert document.meta["title"] == "致全體校友的新年祝福"


def test_a_speaker_label_and_a_bracketed_stamp(tmp_path: Path) -> None:
    text = "在全县秋季工作推进会上的讲话\n[2021-10-12]\n讲话人：孙某亮 来源：县政府办\n\n" + SPEECH
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["speaker"], document.meta["published"]) == ("孙某亮", dt.date(2021, 10, 12))
    assert document.provenance["speaker"] == "讲话人 field"


def test_a_press_release_lead_in_names_the_speaker_and_the_closing_date_dates_it(tmp_path: Path) -> None:
    text = ("署長在某某論壇開幕禮致辭\n\n以下是某某署署長陳某明今日（五月六日）在某某論壇開幕禮的致辭全文：\n\n"
            "各位嘉賓、各位朋友：\n\n"
            "大家好！我很高興今天出席某某論壇開幕禮，與各位一同探討未來的發展方向，共同為社會的繁榮穩定出謀獻策。\n\n"
            "多謝各位。\n\n2019年5月6日（星期一）\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["speaker"], document.meta["date"]) == ("陳某明", dt.date(2019, 5, 6))
    assert document.provenance["speaker"] == "lead-in: office and name delivering the speech"


@pytest.mark.parametrize("label", ["标题：", "题目: ", "標題："])
def test_a_labelled_title_line_gives_the_title_without_its_label(tmp_path: Path, label: str) -> None:
    text = f"{label}在全县秋季工作推进会上的讲话\n作者：李某明\n日期：2021-10-12\n\n" + SPEECH
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["title"] == "在全县秋季工作推进会上的讲话"
    assert document.provenance["title"] == "labelled title line"
    assert label.strip(" ：:") not in document.body


NEW_YEAR = ("<p>大家好！时光飞逝，我们即将迎来新的一年，我向全县人民致以新年的祝福！</p>"
            "<p>过去一年，我们团结奋斗、砥砺前行，经历了风雨洗礼，取得了来之不易的成绩，大家都付出了辛勤的汗水。</p>"
            "<p>新的一年，让我们携手并进，共同创造更加美好的明天，祝大家新年快乐、阖家幸福！</p>")


def test_a_headline_announcing_the_speech_in_a_title_element_gives_the_speech_its_own_title(tmp_path: Path) -> None:
    """The announcing headline stands in a title element (not among the head lines): the speech's own title is
    what was delivered, and the office and name delivering it are its speaker."""
    body = f"<div class='title'>县长赵某明发表二〇二二年新年贺词</div><div class='content'>{NEW_YEAR}</div>"
    document = normalize_file(html_page(tmp_path, "<title>某某学习园地</title>", body), tmp_path)
    assert document.meta["title"] == "二〇二二年新年贺词"
    assert (document.meta["speaker"], document.meta["speaker_title"]) == ("赵某明", "县长")


def test_a_title_naming_the_lecturer_before_a_colon_gives_the_speaker(tmp_path: Path) -> None:
    text = "## 【某某在线】王某明教授的演讲摘要：开放与合作\n\n" + SPEECH
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["title"] == "王某明教授的演讲摘要：开放与合作"
    assert (document.meta["speaker"], document.meta["speaker_title"]) == ("王某明", "教授")


def test_a_month_and_day_after_an_agencys_dateline_fall_in_the_datelines_year(tmp_path: Path) -> None:
    text = ("开放与合作\n\n某某新闻2024年5月8日消息：5月6日，某某大学教授王某明在某论坛上发表了题为“开放与合作”的演讲。"
            "演讲摘要如下：\n\n" + SPEECH.removeprefix("同志们：\n\n"))
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["date"] == dt.date(2024, 5, 6)
    assert document.meta["published"] == dt.date(2024, 5, 8)
    assert document.provenance["published"] == "dateline of the lead-in announcing the text"


def test_a_proceedings_records_date_is_the_sittings(tmp_path: Path) -> None:
    """A sitting's verbatim record: the date under its name is the day of the speeches, no publication date."""
    text = ("某某议会\n\n会议过程正式纪录\n\n2021年3月3日星期三\n\n出席议员：\n\n张某明议员\n\n"
            "在全县秋季工作推进会上的讲话\n\n" + SPEECH)
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["date"] == dt.date(2021, 3, 3)
    assert "published" not in document.meta
    assert document.provenance["date"] == "date of the sitting a proceedings record reports"
    assert document.meta["title"] == "在全县秋季工作推进会上的讲话"
