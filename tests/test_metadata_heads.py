"""Title, date, speaker and publication date on made-up pages shaped like the failure kinds the fifth and sixth
development sets show (speech pages, GB2312 portals, scrapers' text copies and corpus records): each test
fails on the cascade before the rule it names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.metadata import byline, labelled_speaker, split_title, title_like
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

OPENING = "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员提出意见。"
SPEECH = ("各位代表：\n\n" + OPENING + "\n\n"
          "过去一年，我们坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")
PARAGRAPHS = "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH.strip().split("\n\n"))


@pytest.mark.parametrize("title", ["院长致辞", "新年贺词", "校长寄语"])
def test_a_short_speech_title_is_a_title(tmp_path: Path, title: str) -> None:
    assert title_like(title)
    path = html_page(tmp_path, "<title>某某大学人工智能研究院</title>",
                     f"<div class='article'><div class='tit'>{title}</div>{PARAGRAPHS}</div>")
    assert normalize_file(path, tmp_path).meta["title"] == title


@pytest.mark.parametrize("line", ["专栏文章", "五年规划"])
def test_a_short_line_without_a_speech_word_is_still_no_title(line: str) -> None:
    assert not title_like(line)


def test_a_source_and_date_row_glued_to_the_title_is_cut_off() -> None:
    line = "习近平主持召开深入推进某某发展座谈会 来源：新华社 作者： 2023-12-01 14:43"
    assert split_title(line).title == "习近平主持召开深入推进某某发展座谈会"
    assert split_title("在全县大会上的讲话 2023-12-01 14:43").title == "在全县大会上的讲话"
    assert split_title("在全县 2023年大会上的讲话").title == "在全县 2023年大会上的讲话"


@pytest.mark.parametrize(("line", "office", "name"), [
    ("中国某某工程新闻发言人武某平", "中国某某工程新闻发言人", "武某平"),
    ("北京某某大学经济学院教授 方某敏", "北京某某大学经济学院教授", "方某敏"),
])
def test_a_spokesman_and_a_professor_sign_as_offices_do(line: str, office: str, name: str) -> None:
    assert byline(line) == (office, name)


def test_a_religious_leader_named_in_the_title_is_the_speaker() -> None:
    head = split_title("傅某伟长老在学习某某会议精神座谈会上的发言")
    assert (head.speaker, head.speaker_title) == ("傅某伟", "长老")


def test_a_main_title_set_in_two_lines_over_its_subtitle_is_one_title(tmp_path: Path) -> None:
    text = ("坚定信心真抓实干\n\n为全面建设美丽某县而团结奋斗\n\n——在某县第十次党代表大会上的报告\n"
            "（2022年10月16日）\n李某明\n\n" + SPEECH)
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert meta["title"] == "坚定信心真抓实干 为全面建设美丽某县而团结奋斗"
    assert meta["date"] == dt.date(2022, 10, 16)


@pytest.mark.parametrize("head", [
    "政府工作报告——2024年3月5日在某县第十届人民代表大会第二次会议上县长 李某明",
    "2024 政府工作报告——2024年3月5日在某县第十届人民代表大会第二次会议上\n县长李某明",
    "2024政府工作报告——2024年3月5日在某县第十届人民代表大会第二次会议上\n县长李某明",
])
def test_a_head_glued_into_one_line_and_a_records_year_field(tmp_path: Path, head: str) -> None:
    meta = normalize_file(text_page(tmp_path, head + "\n" + SPEECH), tmp_path).meta
    assert (meta["title"], meta["date"]) == ("政府工作报告", dt.date(2024, 3, 5))
    assert (meta["speaker"], meta["speaker_title"]) == ("李某明", "县长")


def test_a_year_opening_an_event_name_stays_in_the_title() -> None:
    assert split_title("2023中国某某博览会开幕式致辞").title == "2023中国某某博览会开幕式致辞"


@pytest.mark.parametrize(("value", "found"), [
    ("方某北京大学经济学院教授", ("北京大学经济学院教授", "方某")),
    ("张某丰上海交通大学教授", ("上海交通大学教授", "张某丰")),
    ("王某某某公司总经理", None),  # no place opens the description: where the name ends is a guess
])
def test_an_author_field_running_the_name_into_the_description(value: str, found: tuple[str, str] | None) -> None:
    assert labelled_speaker([value]) == found


@pytest.mark.parametrize(("line", "ok"), [
    ("各位代表：", False), ("同志们！", False), ("女士们、先生们", False), ("尊敬的各位来宾", False),
    ("亲爱的同学们", False), ("亲爱的祖国我爱你", True), ("同志们的讲话要点", True),
])
def test_a_salutation_is_never_a_title(line: str, ok: bool) -> None:
    assert title_like(line) is ok


@pytest.mark.parametrize(("line", "title", "date", "speaker"), [
    ("在全县大会上的讲话（2019年5月6日）", "在全县大会上的讲话", dt.date(2019, 5, 6), ""),
    ("在全县大会上的讲话 2016年5月6日", "在全县大会上的讲话", dt.date(2016, 5, 6), ""),
    ("坚定信心真抓实干——在全县大会上的讲话 2016年5月6日", "坚定信心真抓实干", dt.date(2016, 5, 6), ""),
    ("坚定信心真抓实干——县长李某明在全县大会上的讲话（2016年5月6日）", "坚定信心真抓实干", dt.date(2016, 5, 6),
     "李某明"),
    ("在全县大会上的讲话2016年5月6日", "在全县大会上的讲话", dt.date(2016, 5, 6), ""),
    ("在2016年5月6日", "在2016年5月6日", None, ""),
    ("在全县大会上的讲话 2016-05-06", "在全县大会上的讲话", None, ""),  # a CMS stamp: no delivery date, no part of it
])
def test_a_delivery_date_glued_to_the_title_or_its_subtitle(line: str, title: str, date: dt.date | None,
                                                            speaker: str) -> None:
    head = split_title(line)
    assert (head.title, head.date, head.speaker) == (title, date, speaker)


def test_a_dated_subtitle_on_the_title_line_dates_the_speech(tmp_path: Path) -> None:
    text = "坚定信心真抓实干——在全县大会上的讲话 2016年5月6日\n\n" + SPEECH
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    # The headline as printed keeps its delivery statement (eval/README; own7/904, own10/1231), not the date
    assert (meta["title"], meta["date"]) == ("坚定信心真抓实干——在全县大会上的讲话", dt.date(2016, 5, 6))


def test_a_crawlers_markdown_head_with_the_speaker_on_its_own_line(tmp_path: Path) -> None:
    text = ("# 在全县秋季工作推进会上的讲话\n\n- 作者：\n- 来源：《某某》2026/02\n- 日期：\n\n"
            "在全县秋季工作推进会上的讲话\n（2025年7月14日）\n李某明\n" + SPEECH)
    meta = normalize_file(text_page(tmp_path, text, "page.md"), tmp_path).meta
    assert (meta["title"], meta["speaker"]) == ("在全县秋季工作推进会上的讲话", "李某明")
    assert meta["date"] == dt.date(2025, 7, 14)


def test_a_date_line_and_a_spokesmans_line_before_the_salutation(tmp_path: Path) -> None:
    text = ("某某任务第二场新闻发布会\n2012年6月24日\n中国某某工程新闻发言人 武某平\n\n"
            + SPEECH.replace("各位代表", "女士们、先生们"))
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert (meta["speaker"], meta["date"]) == ("武某平", dt.date(2012, 6, 24))
