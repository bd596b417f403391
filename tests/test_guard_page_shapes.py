"""Shapes that unlabelled pages in the wild showed misread: an invisible mark in a headline, another post's tags,
a column's name, an epigraph's author, a narrator's '某某说：' and a priced field read as a speaker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.clean.html_page import post_tags
from scripts.clean.metadata import dated_headline, introduces_a_quotation, is_bare_name
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

TITLE = "在全县秋季农业生产工作会议上的讲话"
SPEECH = ["同志们：",
          "今天我们召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
          "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
          "希望大家坚定信心，真抓实干，确保完成全年目标任务。谢谢大家！"]
PARAGRAPHS = "".join(f"<p>{line}</p>" for line in SPEECH)


def test_a_byte_order_mark_inside_the_headline_is_no_part_of_the_title(tmp_path: Path) -> None:
    page = html_page(tmp_path, f"<title>\ufeff{TITLE}_某某县人民政府</title>",
                     f"<h1>\ufeff{TITLE}</h1><div class='content'>{PARAGRAPHS}</div>")
    assert normalize_file(page, tmp_path).meta["title"] == TITLE


def card(href: str, headline: str, tags: list[str]) -> str:
    """A theme's card of another post: its linked picture and headline, its date, then its tags."""
    links = "".join(f"<a href='/tags/{tag}/'><span>{tag}</span></a>" for tag in tags)
    return (f"<div class='article'><div class='card'><a href='{href}'><img alt='{headline}'><span>{headline}</span></a>"
            f"<div class='info'><span>2025-01-01</span></div><div class='card-action'>{links}</div></div></div>")


def test_the_tags_of_a_card_showing_the_previous_post_file_that_post() -> None:
    own = "<div class='article-tag'><a href='/tags/审计/'>审计</a><a href='/tags/研发费用/'>研发费用</a></div>"
    html = (f"<html><head><title>研发费用审计思路 | 某某的博客</title></head><body><main>{own}<p>正文。</p>"
            f"{card('/2025/01/01/kua-nian/', '罗某宇2025跨年演讲——来自未来的好消息', ['跨年', '演讲', '罗某宇'])}"
            "</main></body></html>")
    assert post_tags(BeautifulSoup(html, "lxml"), "研发费用审计思路 | 某某的博客") == ["审计", "研发费用"]


def test_a_post_header_linking_its_own_headline_over_its_tags_keeps_them() -> None:
    header = ("<header><h1><a href='/2024/05/10/this-post/'>研发费用审计思路</a></h1>"
              "<div class='meta'><a href='/2024/05/10/this-post/'>2024-05-10</a>"
              "<span><a href='/tags/审计/'>审计</a></span></div></header>")
    html = f"<html><head><title>研发费用审计思路 | 某某的博客</title></head><body>{header}<p>正文。</p></body></html>"
    assert post_tags(BeautifulSoup(html, "lxml"), "研发费用审计思路 | 某某的博客") == ["审计"]


@pytest.mark.parametrize(("run", "name"), [("成功励志", False), ("热门推荐", False), ("欧阳修明", True),
                                           ("司马相如", True), ("王建国", True), ("张某明", True)])
def test_four_characters_opening_with_a_common_word_are_no_name(run: str, name: bool) -> None:
    assert is_bare_name(run) is name


@pytest.mark.parametrize(("label", "quoting"), [("修無師說", True), ("老师说", True), ("孔子曰", True),
                                                ("张某明", False), ("王云", False)])
def test_a_label_ending_with_a_verb_of_saying_introduces_a_quotation(label: str, quoting: bool) -> None:
    assert introduces_a_quotation(label) is quoting


def test_an_epigraph_opening_an_essay_names_no_speaker(tmp_path: Path) -> None:
    """'孔子：吾十有五…' over an essay that goes on to speak of 孔子 is its epigraph, not a transcript of his voice."""
    text = "\n\n".join(["孔子：吾十有五，而志于学，三十而立，四十不惑。",
                       "很快就要见到心目中的她了，于是最后来理一遍自己的思绪，讲座正好又是关于心灵的。",
                       "三十岁的人看问题独具魅力，亦如孔子的中庸之道，人生在此种状态最能激发自身的潜质。"])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "speaker" not in document.meta


def test_a_label_over_figures_is_a_field_not_a_voice(tmp_path: Path) -> None:
    """'成交价：1.306亿港币…' twice among a report's paragraphs (an expert's '某某认为：' beside them): a price, not
    the one voice of a transcript."""
    text = "\n\n".join(["复盘春拍：瓷器市场里只有精品为王",
                       "今年春拍的瓷器专场中，成交额最高的几件拍品都来自名家旧藏，买家愿意为来源清楚的精品多花钱。",
                       "成交价：1.306亿港币佳士得香港2018春拍",
                       "业内人士认为，普通拍品的成交率仍在下滑，市场的两极分化还会继续，精品的价格则会更加坚挺。",
                       "李某舟认为：“名家名藏在大陆市场上比较容易被买家接受，毕竟对藏品质量比较放心。”",
                       "成交价：7058.65万港币香港苏富比2018春拍",
                       "从整体上看，古董市场正在回归理性，藏家更看重藏品的品相、来源与学术价值，而不是一味追高。"])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "speaker" not in document.meta


def test_a_run_of_short_sentences_opening_the_text_is_the_texts(tmp_path: Path) -> None:
    """A leading article opens with short sentences, one to a line: they are its first words, not head lines, and
    the last of them is no title."""
    opening = ["这是时代的呼唤。", "这是历史的责任。", "这是中国共产党的使命。"]
    text = "\n".join(["牢记嘱托  走好新的赶考之路", "", *opening, *SPEECH[1:]])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["title"].replace(" ", "") == "牢记嘱托走好新的赶考之路"
    assert all(line in document.body for line in opening)


@pytest.mark.parametrize(("line", "found"), [
    ("2004年7月13日外交部发言人某某在例行记者会上答记者问",
     (dt.date(2004, 7, 13), "外交部发言人某某在例行记者会上答记者问")),
    ("2020年1月1日新华社北京电", None), ("2017年05月14日08:19来源：某某网", None), ("2019年3月6日星期三", None)])
def test_a_day_written_with_its_character_may_run_straight_into_the_headline(line: str, found: tuple | None) -> None:
    assert dated_headline(line) == found


def test_a_scraped_record_titled_by_its_day_and_the_briefing_keeps_its_title(tmp_path: Path) -> None:
    title = "2004年7月13日外交部发言人某某在例行记者会上答记者问"
    text = f"title: {title}\nurl: http://www.example.gov.cn/wjb/312430.htm\ncontent: \n" + "\n".join(SPEECH)
    assert normalize_file(text_page(tmp_path, text, "record.txt"), tmp_path).meta["title"] == title


def test_a_mark_alone_on_its_line_closes_the_line_above(tmp_path: Path) -> None:
    """A text export breaks a line where an inline element ended ('<b>这是第二个方面</b>。'): the mark alone on the next
    line closes the words above it; under a sentence that has its own mark (the lead-in it closed was taken off as
    chrome) it goes."""
    text = "\n".join([TITLE, "", SPEECH[0], SPEECH[1], "这是第二个方面", "。", SPEECH[2], "以下为演讲全文", "。",
                      SPEECH[3]])
    body = normalize_file(text_page(tmp_path, text), tmp_path).body
    assert "这是第二个方面。" in body
    assert "\n。" not in body and "。。" not in body
