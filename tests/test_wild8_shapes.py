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
from scripts.core.errors import InputError
from tests.conftest import html_page, text_page

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


def test_a_salutation_to_a_years_intake_opens_the_speech(tmp_path: Path) -> None:
    """'2022级新同学们：' under the byline: a school addresses its new students by their year; the line was taken for
    head chrome and the speech lost its salutation."""
    page = text_page(tmp_path, "在2022年开学典礼上的讲话\n某某大学校长张某明\n2022级新同学们：\n   你们好！\n"
                               "今年恰逢中国共产主义青年团成立100周年，美丽的校园迎来了九千多名追求进步、追逐理想的新青年，"
                               "我谨代表学校全体师生员工向你们表示热烈的祝贺！\n同学们，希望你们在大学校园里勇敢地追求探索，"
                               "尽情地挥洒汗水，书写属于每一个人的精彩乐章！\n")
    document = normalize_file(page, tmp_path)
    assert document.body.startswith("2022级新同学们：")
    assert document.meta["speaker"] == "张某明"


SPEECH_TWICE = ["尊敬的各位来宾，女士们，先生们：",
                "很高兴来到美丽的首尔，同老师们、同学们以及各界朋友见面。首先，我谨代表中国政府和人民，向大家致以诚挚的问候。",
                "中韩两国毗邻而居，友好交往源远流长。我们愿同韩方一道，推动两国关系不断向前发展，造福两国人民。",
                "感姆撒哈米达！谢谢！（新华社首尔7月4日电）"]


def test_a_lead_announcing_the_second_copy_goes_with_it(tmp_path: Path) -> None:
    """A speech printed twice, the second time under a reporter's lead ending '全文如下：': the lead stayed as the
    text's last paragraph; and the speech's own last line, a thanks with the agency's credit, goes on standing."""
    text = "\n".join(["携手共创美好未来", *SPEECH_TWICE, "关键词：", "合作 发展", "携手共创美好未来",
                      "发布时间：2014-07-04",
                      "国家主席某某4日在某某大学发表了题为《携手共创美好未来》的演讲。全文如下：",
                      "携手共创美好未来", *SPEECH_TWICE])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.body.rstrip().endswith(SPEECH_TWICE[-1])
    assert "全文如下" not in document.body
    assert document.body.count(SPEECH_TWICE[1]) == 1


def list_item(n: int) -> str:
    """One item of a column's list page: the article's headline linking to it, its date, its opening."""
    return (f'<div class="list-media-item"><h1><a href="/articles/{n}.html">某某在第{n}届毕业典礼上的发言</a> '
            f'<span>2013-07-2{n}</span></h1><div class="list-media-desc"><p>亲爱的同学们，大家好！'
            f'能够参加你们的毕业典礼，我深感荣幸；而让我站在这里发言，则受宠若惊。心里激动却又紧张，这是第{n}篇的开头...'
            '</p></div></div>')


def test_a_columns_list_of_linked_headlines_over_excerpts_is_refused(tmp_path: Path) -> None:
    """A column's 列表 page: each article's headline links to it, its opening under it, no '阅读全文' link. The
    excerpts of unrelated speeches ran together as one text."""
    body = '<div class="heading"><a href="/">首页</a> / 励志演讲 / 列表</div>' + "".join(map(list_item, range(1, 6)))
    with pytest.raises(InputError, match="linked headlines"):
        normalize_file(html_page(tmp_path, "<title>励志演讲_列表</title>", body), tmp_path)


def test_a_speech_with_teasers_of_related_posts_under_it_stays(tmp_path: Path) -> None:
    speech = "".join(f"<p>{paragraph}</p>" for paragraph in BODY.split("\n") if paragraph) * 3
    body = f'<h1>为中华之崛起而读书</h1><div class="content">{speech}</div>' + "".join(map(list_item, range(1, 4)))
    document = normalize_file(html_page(tmp_path, "<title>为中华之崛起而读书</title>", body), tmp_path)
    assert document.meta["title"] == "为中华之崛起而读书"
