"""Shapes that a third draw of unlabelled pages in the wild showed misread: a communiqué's adoption note under its
title taken for page furniture, its date lost; a date the markup cut after its number; an empty counter's label
taking the text's first line for its count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.clean.html_page import post_tags
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import rejoin_cut_dates
from tests.conftest import html_page, text_page

COMMUNIQUE = ["中国共产党某某县第十届委员会第二次全体会议公报",
              "NOTE",
              "中国共产党某某县第十届委员会第二次全体会议，于2013年2月26日至28日在县城举行。",
              "出席这次全会的有县委委员34人，候补县委委员6人。县纪委委员和有关负责同志列席会议。",
              "全会听取和讨论了县委常委会受县委委托作的工作报告，充分肯定了过去一年的工作。",
              "全会号召，全县各级党组织和广大党员干部要更加紧密地团结起来，为完成全年目标任务而共同奋斗。"]


@pytest.mark.parametrize("note", ["（2013年2月28日中国共产党某某县第十届委员会第二次全体会议通过）",
                                  "（２０１３年２月２８日中国共产党某某县第十届委员会第二次全体会议通过）",
                                  "(2013年2月28日某某县第十届人民代表大会第二次会议批准)"])
def test_the_adoption_note_under_a_communiques_title_dates_it(tmp_path: Path, note: str) -> None:
    """'（2013年2月28日…全体会议通过）' under a communiqué's or a report's title is the day the meeting adopted
    it: the text's date, not the page's, although the text opens as a report does ('…于…举行')."""
    lines = [note if line == "NOTE" else line for line in COMMUNIQUE]
    document = normalize_file(text_page(tmp_path, "\n".join(lines)), tmp_path)
    assert document.meta["title"] == COMMUNIQUE[0]
    assert document.meta.get("date") == dt.date(2013, 2, 28) and "published" not in document.meta
    assert "head-chrome" not in [removal.rule for removal in document.removals]


def test_a_date_the_markup_cut_after_its_number_is_one_line_again(tmp_path: Path) -> None:
    """A CMS that closed a paragraph inside a date ('<p>…经县委批准，7</p><p>月19日，…召开。</p>'): the piece
    before the cut was taken for the title and the text opened on '月19日'. A page number alone on its line is
    no cut, nor is a heading's number over a heading ('…机制-1' / '日志目的')."""
    title = "县委领导班子召开2017年专题民主生活会"
    cut = "按照县委的统一部署和领导班子2017年专题民主生活会方案的具体安排，经县委组织部批准，7"
    rest = ["月19日，县委领导班子2017年专题民主生活会在县委第一会议室召开。",
            "县委领导班子全体成员参加会议，会议由县委书记主持，大家直奔主题、开诚布公，收到了实效。"]
    paragraphs = "".join(f"<p>{text}</p>" for text in [cut, *rest])
    page = html_page(tmp_path, f"<title>{title}</title>", f"<h3>{title}</h3><p>发布日期：2017-07-25</p>{paragraphs}")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == title
    assert document.body.startswith(cut + rest[0])
    for uncut in (["要抓好落实。", "", "12", "", "日常管理要加强。"], ["Django的日志机制-1", "", "日志目的"],
                  ["第一部分共3", "", "月份的工作"]):
        assert rejoin_cut_dates(uncut) == uncut
    assert rejoin_cut_dates(["活动于2017", "", "年6月7", "日在县里举行。"]) == ["活动于2017年6月7日在县里举行。"]


def test_a_list_counting_the_posts_under_each_tag_files_no_post() -> None:
    """A small blog's sidebar lists its tags with how many posts each files ('查重<small>1</small>'): the site's
    tags, not this post's, however few; '查重' had been taken for the speaker of a teacher's letter. A post's own tag
    list, without counts, files it."""
    cloud = ("<aside><div class='widget tag'><h3>Tags</h3><ul>"
             "<li><a href='/tags/查重/'>查重</a><small>1</small></li>"
             "<li><a href='/tags/毕业论文/'>毕业论文</a> (8)</li></ul></div></aside>")
    soup = BeautifulSoup(f"<html><body><article><p>同学们：</p></article>{cloud}</body></html>", "html.parser")
    assert post_tags(soup, "") == []
    own = "<div class='tags'><a href='/tags/查重/'>查重</a><a href='/tags/毕业论文/'>毕业论文</a></div>"
    soup = BeautifulSoup(f"<html><body><article><p>同学们：</p>{own}</article></body></html>", "html.parser")
    assert post_tags(soup, "") == ["查重", "毕业论文"]


@pytest.mark.parametrize("counter", ["阅读次数：", "点击数：", "閱讀次數："])
def test_an_empty_counter_takes_no_text_for_its_count(tmp_path: Path, counter: str) -> None:
    """A counter a script fills ('阅读次数：<span id=hits></span>') is empty in a saved page. Its row's last label
    took the next short line for its value, and the row went with it: here the first piece of a date the markup
    cut ('6月29' over '日，我校…'), elsewhere a byline. A counter's value is a number: a count is still read so."""
    title = "校友为在校学弟学妹做主题报告"
    paragraphs = ["6月29",
                  "日，我校校友在回母校探访之际，为经济管理学院师生做了一场生动的主题报告，1400余名师生到场聆听。",
                  "我校副校长、党委副书记和部分学生工作负责人参加报告会，报告会由经济管理学院院长主持。"]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    row = f"<h3>{title}</h3><p>发布日期：2017-06-30| {counter}</p>"
    page = html_page(tmp_path, f"<title>{title}</title>", row + body)
    document = normalize_file(page, tmp_path)
    assert document.body.startswith("6月29日，我校校友")
    assert document.meta["published"] == dt.date(2017, 6, 30)
    whole = f"<p>{paragraphs[0]}{paragraphs[1]}</p><p>{paragraphs[2]}</p>"
    for count in ("1,024次", "次"):  # the unit alone: the script that writes the number did not run
        counted = html_page(tmp_path, f"<title>{title}</title>",
                            f"<h3>{title}</h3><p>发布日期：2017-06-30| {counter}</p><p>{count}</p>{whole}")
        removed = [removal.text for removal in normalize_file(counted, tmp_path).removals]
        assert f"发布日期：2017-06-30| {counter}{count}" in removed
