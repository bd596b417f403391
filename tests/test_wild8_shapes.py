"""Shapes found by running the cleaner over an eighth batch of unlabelled files in the wild (a university's news
crawl, collections of leaders' speeches, a site of reposted talks; each rebuilt here from made-up text): a
university's name cut into a family name, a byline with its school in brackets, a title printed twice, the first time
after its speaker, a news headline over the deck that names who attended, and a stamp with a comma before its time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.dates import TIMED_DATE
from scripts.clean.metadata import split_title
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

BODY = ("尊敬的各位领导、老师，亲爱的同学们：\n\n大家上午好！能在此作为教师代表致辞，我深感荣幸。"
        "首先，祝贺同学们取得优异成绩，祝贺大家进入这所有着深厚传统的大学。\n\n今天，我想谈谈读书。大学是知识的海洋，在海洋中我们需要学会游泳，阅读能力好比是"
        "游泳。诸位大学毕业后，无论从事何种工作，阅读能力都是基础。\n")


@pytest.mark.parametrize("title", ["中南大学校长在2014年毕业典礼上的讲话", "东南大学校长在毕业典礼上的讲话"])
def test_a_university_is_no_name(title: str) -> None:
    """'中南大学校长': 南 is a family name, and 南大学 was read as a name before the office 校长."""
    head = split_title(title)
    assert head.speaker == ""
    assert head.speaker_title == title[:title.index("在")]


def test_a_university_heads_name_is_still_read() -> None:
    head = split_title("中南大学校长张某学在毕业典礼上的讲话")
    assert (head.speaker, head.speaker_title) == ("张某学", "中南大学校长")


def test_a_byline_with_its_school_in_brackets_names_the_speaker(tmp_path: Path) -> None:
    """'陈某峰（法学院）' under the subtitle: a name with the body it works for, not an office, in brackets; it was
    taken for the title."""
    page = text_page(tmp_path, "为中华之崛起而读书\n  ——在某某大学2015级本科开学典礼上的致辞\n  陈某峰（法学院）\n"
                               "  2015年9月8日\n" + BODY)
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "为中华之崛起而读书"
    assert document.meta["speaker"] == "陈某峰"
    assert document.meta["date"] == dt.date(2015, 9, 8)


def test_a_title_printed_twice_the_first_time_after_its_speaker_is_one_title(tmp_path: Path) -> None:
    """A crawler's title '陈某峰教授：为中华之崛起而读书' over the page's own '为中华之崛起而读书' and its subtitle: the
    two lines were joined as a title set in two lines."""
    page = text_page(tmp_path, "陈某峰教授：为中华之崛起而读书\n为中华之崛起而读书\n"
                               "  ——在某某大学2015级本科开学典礼上的致辞\n  2015年9月8日\n" + BODY)
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "为中华之崛起而读书"


def test_a_deck_naming_who_attended_is_no_title(tmp_path: Path) -> None:
    """'全国政协举行新年茶话会 某某发表重要讲话' over its deck '李某明张某德出席 俞某声主持': the deck was the title."""
    page = text_page(tmp_path, "全国政协举行新年茶话会 王某明发表重要讲话\n李某明张某德出席 俞某声主持\n"
                               "发布时间：2016-12-31\n\n十二月三十日，全国政协在北京举行新年茶话会。"
                               "王某明在茶话会上发表重要讲话，向全国各族人民致以新年祝福。\n\n"
                               "茶话会上，大家欢聚一堂，共迎新年，气氛热烈。文艺工作者表演了精彩的节目，展现了新时代的精神风貌。\n")
    document = normalize_file(page, tmp_path)
    # spaces between Chinese characters are a line's wrap, taken out of every line
    assert document.meta["title"].replace(" ", "") == "全国政协举行新年茶话会王某明发表重要讲话"
    assert document.meta["published"] == dt.date(2016, 12, 31)


@pytest.mark.parametrize("stamp", ["2021年 3月 5日, 10:21", "2021-03-05, 10:21"])
def test_a_stamp_with_a_comma_before_its_time_is_timed(stamp: str) -> None:
    """phpBB stamps a post '2021年 3月 5日, 10:21': a date and its time of day, a machine's stamp."""
    assert TIMED_DATE.fullmatch(stamp)


def test_the_documents_signer_is_the_chief_the_title_calls_by_family_name(tmp_path: Path) -> None:
    """'——王总在…上的讲话' under '电邮讲话【2019】037号 签发人：王某明': 王总 names nobody alone, but the signer with
    that family name is whom the staff call so."""
    page = text_page(tmp_path, "总 裁 办 电 子 邮 件\n\n电邮讲话【2019】037号           签发人：王某明\n\n"
                               "寂寞英雄是伟大的英雄\n\n——王总在某某改革表彰大会上的讲话\n\n2019年3月29日\n\n" + BODY)
    assert normalize_file(page, tmp_path).meta["speaker"] == "王某明"


def test_a_signer_of_another_family_name_is_no_speaker(tmp_path: Path) -> None:
    page = text_page(tmp_path, "电邮讲话【2019】037号           签发人：李某明\n\n"
                               "寂寞英雄是伟大的英雄\n\n——王总在某某改革表彰大会上的讲话\n\n2019年3月29日\n\n" + BODY)
    assert "speaker" not in normalize_file(page, tmp_path).meta
