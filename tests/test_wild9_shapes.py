"""Shapes found by running the cleaner over a ninth batch of unlabelled files in the wild (a university's news crawl,
collections of a company head's talks, a school CMS's pages; each rebuilt here from made-up text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import attendance_deck, is_credit_line
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


def test_a_keyword_row_in_the_head_goes_and_leaves_the_headline(tmp_path: Path) -> None:
    """A database record's '关键词：' over its keywords set apart by spaces: the long unpunctuated row was joined to
    the lines under it, headline and deck among them, into one paragraph, and the page had no title."""
    keywords = ("团拜会 2016 某某某 李某某 中共中央 国务院 北京人民大会堂 春节 刘某某 新华社 举行 各界人士 "
                "中央政治局常委 党和国家 总书记 张某某 记者 ")
    caption = "2月6日，某某单位在某某大会堂举行2016年春节团拜会。这是某某某同各界人士亲切握手。新华社记者 王某 摄"
    report = ("人民网北京2月6日电  （记者某某某）中共中央、国务院6日上午在人民大会堂举行2016年春节团拜会。党和国家"
              "领导人某某某等同首都各界人士2000多人欢聚一堂，辞旧迎新，共庆佳节。\n\n人民大会堂宴会厅内灯火辉煌，牡丹花和祥云图案"
              "簇拥着写有“春”字的大红灯笼，烘托出欢乐祥和的节日气氛。\n")
    text = (f"关键词：\n{keywords}\n\n某某讲话数据库\n\n中共中央国务院举行春节团拜会 某某某出席\n"
            f"张某某李某某出席 王某某讲话 赵某某主持\n发布时间：2016-02-07\n\n\n\n{caption}\n\n\n\n{caption}\n\n\n\n"
            + report)
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "团拜会2016" not in document.body.replace(" ", "")
    assert document.body.startswith("人民网北京2月6日电")
    assert document.meta["title"].replace(" ", "") == "中共中央国务院举行春节团拜会某某某出席"


def test_a_deck_in_two_lines_under_a_headline_in_two_lines_is_no_title(tmp_path: Path) -> None:
    """'全国政协举行新年茶话会' / '某某发表重要讲话' over the deck '李某张某出席' / '王某主持', the headline printed
    whole above them too: the deck's first line was the title."""
    text = ("某某讲话数据库\n\n全国政协举行新年茶话会 某某某发表重要讲话\n\n发布时间：2013-12-31\n\n"
            "全国政协举行新年茶话会\n\n某某某发表重要讲话\n\n李某某张某某刘某某出席\n\n俞某某主持\n\n" + REPORT)
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["title"] == "全国政协举行新年茶话会 某某某发表重要讲话"


@pytest.mark.parametrize(("line", "deck"), [("李某张某出席 王某主持", True), ("李某某张某某刘某某出席", True),
                                            ("俞某某主持", True), ("中共中央国务院举行春节团拜会 某某某出席", False),
                                            ("全国政协举行新年茶话会", False)])
def test_a_deck_names_who_attended_and_no_event(line: str, deck: bool) -> None:
    assert attendance_deck(line) is deck
