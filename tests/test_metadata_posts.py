"""Pages of many sites that are no speeches (forum and blog posts, news): made-up pages in the shapes the
converted benchmark sets brought. A post's stamp joined to the text dates the page; so does the record a CMS
writes into a comment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from scripts.clean.dates import us_stamp
from scripts.clean.html_page import cms_property_fields
from scripts.clean.metadata import RULES_DIR, vocabulary
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

POST = ("<p>昨天去看了一部老电影，画面很旧，但是故事讲得很好，演员的表演也很自然，看完以后想了很久，写几句感想。</p>"
        "<p>导演没有用很多技巧，只是让人物慢慢地说话，慢慢地生活，观众就跟着他们过完了那个夏天，这种感觉很少见。</p>")


def post_stamp_rule() -> dict:
    return yaml.safe_load((RULES_DIR / "metadata.yml").read_text(encoding="utf-8"))["post_stamp"]


@pytest.mark.parametrize("example", post_stamp_rule()["examples"])
def test_the_post_stamp_examples_are_stamps(example: str) -> None:
    assert any(pattern.search(example) for pattern in vocabulary().post_stamps)


@pytest.mark.parametrize("line", post_stamp_rule()["keep"])
def test_a_date_in_a_sentence_is_no_post_stamp(line: str) -> None:
    assert not any(pattern.search(line) for pattern in vocabulary().post_stamps)


@pytest.mark.parametrize("stamp", [
    "<p>------------------------------</p><p>我的博客http://blog.example.com/某网友〓某某论坛 发布时间"
    " 2021/03/05 10:21:40 by 某网友 〓</p>",
    "<p>本帖由 某网友 于2021年3月5日10:21:40在〖电影版〗发表.</p>",
])
def test_a_forum_posts_stamp_joined_to_the_text_dates_the_page(tmp_path: Path, stamp: str) -> None:
    body = f"<h1>看老电影有感</h1>{POST}{stamp}<p>re: 看老电影有感 2021/03/06 08:00:00 另一网友 说得好</p>"
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert document.meta["published"] == dt.date(2021, 3, 5)
    assert document.provenance["published"] == "labelled post stamp in the text"


def test_a_publication_quoted_in_the_text_dates_nothing(tmp_path: Path) -> None:
    body = f"<h1>看老电影有感</h1>{POST}<p>这篇影评最早发表于2019年5月11日的一份晚报，后来收进了文集。</p>"
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert "published" not in document.meta


RECORD = ("<!--enpproperty <articleid>1001</articleid><date>2021-03-05 10:21:00.0</date><author>某编辑</author>"
          "<title>某某市召开全市工作会议</title><subtitle></subtitle>/enpproperty-->")


def test_a_cms_record_in_a_comment_is_read_as_meta_tags() -> None:
    soup = BeautifulSoup(f"<html><body>{RECORD}<!-- 其他注释 <date>2000-01-01</date> --></body></html>", "lxml")
    assert cms_property_fields(soup) == {"enpproperty:articleid": "1001", "enpproperty:date": "2021-03-05 10:21:00.0",
                                         "enpproperty:author": "某编辑", "enpproperty:title": "某某市召开全市工作会议"}


def test_the_date_of_a_cms_record_in_a_comment_dates_the_page(tmp_path: Path) -> None:
    body = f"<h1>看老电影有感</h1>{RECORD}{POST}"
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert document.meta["published"] == dt.date(2021, 3, 5)
    assert document.provenance["published"] == "meta PubDate"
    assert "speaker" not in document.meta  # the record's author is whoever keyed it in


@pytest.mark.parametrize("credit", ["某某日报记者张某明李某华", "赵某明、钱某华"])
def test_the_head_line_the_title_tag_names_is_the_title_over_a_credit_under_it(tmp_path: Path, credit: str) -> None:
    head = "<title>农村道路改造让出行更方便 某某网</title>"
    body = (f"<div>农村道路改造让出行更方便</div><div>2022-02-13 09:57 某某网</div><div>{credit}</div>"
            "<p>今年以来，某某县把农村道路改造作为民生实事来抓，全县新修和改造农村道路一百多公里，群众出行更加方便。</p>"
            "<p>据介绍，明年全县还将继续推进道路改造工程，重点解决偏远村庄的出行问题，让更多群众享受到发展成果。</p>")
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["title"] == "农村道路改造让出行更方便"


POEM = ("<p>我有所念人，隔在远远乡。</p><p>我有所感事，结在深深肠。</p>"
        "<p>这首诗写于诗人离开家乡之后，诗中反复写到思念和感怀，表达了作者对远方亲人的深切怀念之情。</p>"
        "<p>诗的前四句写所念之人相隔遥远，所感之事深藏心中；后四句写残灯夜雨，独宿空堂，长夜难眠，情景交融。</p>"
        "<p>全诗语言朴素，不事雕琢，却把一个人在秋夜里的孤独和思念写得真切动人，读来令人感慨不已。</p>")


@pytest.mark.parametrize(("head", "heading", "title"), [
    ("<title>夜雨_原文及赏析_某某诗词网</title>", "<h1>夜雨</h1>", "夜雨"),
    ("<title>为什么 ChatGPT 不火了？-某某博客</title>", "<h1>为什么 ChatGPT 不火了？</h1>", "为什么 ChatGPT 不火了？"),
])
def test_a_short_title_the_title_tag_and_the_page_both_give_is_the_title(tmp_path: Path, head: str, heading: str,
                                                                          title: str) -> None:
    body = f"{heading}<div>阅读量1.3w收藏98</div><div>译文及注释</div>{POEM}"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["title"] == title


def test_a_short_heading_the_title_tag_does_not_give_is_no_title(tmp_path: Path) -> None:
    body = f"<h1>夜雨</h1>{POEM}"
    document = normalize_file(html_page(tmp_path, "<title>某某诗词网</title>", body), tmp_path)
    assert document.meta.get("title") != "夜雨"


def reporter_rule() -> dict:
    return yaml.safe_load((RULES_DIR / "metadata.yml").read_text(encoding="utf-8"))["reporter_at_work"]


@pytest.mark.parametrize("example", reporter_rule()["examples"])
def test_the_reporter_at_work_examples_follow_a_reporter(example: str) -> None:
    assert vocabulary().reporter_at_work.search(example)


@pytest.mark.parametrize("line", reporter_rule()["keep"])
def test_reporters_addressed_at_a_press_conference_are_no_reporter_at_work(line: str) -> None:
    assert not vocabulary().reporter_at_work.search(line)


REPORT = ("<h1>村里装了道闸停车要交费？村民打热线讨说法</h1>"
          "<p>“一闸之隔，里面每月要收一百元，外面不收费。”近来，一段短视频引起了不少网友的关注。</p>"
          "<p>随着生活水平的提高，村民对居住环境有了更高的要求，不少农村开始借鉴城市小区的物业管理办法。</p>"
          "<p>为了解情况，记者首先前往视频拍摄的某某村，村里每个出入口都能看见类似的道闸，有的仅相隔几十米。</p>"
          "<p>接连查看了几个路口后，记者发现，不少车辆并未进入村内道路，而是停在了村外的公共道路上。</p>"
          "<p>村委会工作人员表示，收费是为了维护村里的道路和环境，今后将听取村民意见，进一步完善收费办法。</p>"
          "<p>文/李某明</p><p>编辑/王某华</p>")


def test_the_author_of_a_report_following_its_reporter_is_no_speaker(tmp_path: Path) -> None:
    head = "<title>村里装了道闸停车要交费？村民打热线讨说法_某某网</title>"
    document = normalize_file(html_page(tmp_path, head, REPORT), tmp_path)
    assert "speaker" not in document.meta


@pytest.mark.parametrize(("text", "date"), [
    ("9/17/2004 5:54:13 AM", dt.date(2004, 9, 17)),
    ("发布日期：12/31/2019 11:02 pm", dt.date(2019, 12, 31)),
    ("7/5/2005 9:23:57 PM", dt.date(2005, 7, 5)),  # month first: the AM/PM clock says so
    ("07/05/2005 21:23:57", None),  # a 24-hour clock: the order is not known
    ("13/5/2005 9:23 PM", None),
    ("比分是3/5/2005", None),
])
def test_a_month_first_stamp_is_read_only_with_its_am_pm_clock(text: str, date: dt.date | None) -> None:
    assert us_stamp(text) == date


@pytest.mark.parametrize("rows", [
    "<div>作者： 来源： 发布日期：</div><div>9/17/2004 5:54:13 AM</div>",
    "<div>作者：某某 来源：某某网 发布日期：</div><div>2004-09-17 05:54</div>",
    "<div>作者：某某 发布日期：9/17/2004 5:54:13 AM</div>",
])
def test_a_publication_label_with_its_date_set_apart_dates_the_page(tmp_path: Path, rows: str) -> None:
    body = f"<h1>看老电影有感</h1>{rows}{POST}"
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert document.meta["published"] == dt.date(2004, 9, 17)


def test_widget_words_inside_the_headline_element_are_no_part_of_the_title(tmp_path: Path) -> None:
    head = "<title>农村道路改造让出行更方便_某某资讯</title>"
    body = ("<h1 class='logo'><a href='/'>某某资讯</a></h1>"
            "<h1 class='title'><span>农村道路改造让出行更方便</span>"
            "<div class='audio'><div>播报文章</div><audio src=''></audio></div></h1>"
            "<div class='author'><div>某某新闻网</div><time>2024-05-20 13:09</time></div>"
            "<p>今年以来，某某县把农村道路改造作为民生实事来抓，全县新修和改造农村道路一百多公里，群众出行更加方便。</p>"
            "<p>据介绍，明年全县还将继续推进道路改造工程，重点解决偏远村庄的出行问题，让更多群众享受到发展成果。</p>")
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["title"] == "农村道路改造让出行更方便"
