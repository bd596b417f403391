"""Shapes eval/own26's pages showed (opened in the twenty-fifth session), rebuilt from made-up text."""
import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.dates import field_date
from scripts.clean.metadata import name_occasion_speech, note_speaker, parts_beside_site_name
from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_document
from tests.conftest import html_page
from tests.test_metadata_signals import metadata_rules

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，公司经营稳中向好，主要指标好于预期，团队建设有力有效，各项业务和谐发展，成绩来之不易。"
ESSAY = f"<p>{PROSE}</p><p>{OTHER}</p>"


@pytest.mark.parametrize("example", metadata_rules()["speech_note"]["examples"])
def test_the_speech_note_examples_name_their_speaker(example: str) -> None:
    note, _, wanted = example.partition(" -> ")
    name, _, office = wanted.partition(" (")
    assert note_speaker(note) == (office.rstrip(")"), name)


@pytest.mark.parametrize("example", metadata_rules()["speech_note"]["keep"])
def test_the_speech_note_keeps_name_nobody(example: str) -> None:
    assert note_speaker(example.split(" (")[0]) is None


@pytest.mark.parametrize(("title", "who"), [
    ("马克·塞勒尔经典演讲：伟大投资者的7个特质", "马克·塞勒尔"),  # jieba cuts the dotted name apart
    ("马克·塞勒尔演讲", "马克·塞勒尔"), ("约翰·肯尼迪就职演说", "约翰·肯尼迪"),  # 翰 is no transliteration character
    ("比尔·盖茨哈佛大学毕业演讲", "比尔·盖茨"),  # the place is no part of the name
    ("沃伦·巴菲特股东大会讲话全文", "沃伦·巴菲特")])
def test_a_title_opening_with_a_dotted_name_before_the_occasion_and_the_speech_word(title: str, who: str) -> None:
    assert name_occasion_speech(title) == ("", who)


@pytest.mark.parametrize("title", [
    "中国·杭州峰会致辞", "张三·李四讲话",  # a place and a Chinese name are no transliterated name
    "马克·扎克伯格哈佛毕业演讲"])  # where the name ends is unclear (哈佛 is in the same characters): nobody
def test_a_dotted_opening_that_is_no_transliterated_name_names_nobody(title: str) -> None:
    assert name_occasion_speech(title) is None


def test_a_site_name_with_a_dash_in_it_parts_nothing_of_the_title() -> None:
    """'标题 | 某某之城 - City of Time': the declared site name's own dash is no separator of the <title>."""
    title = "某某：高墙与鸡蛋（某某文学奖演讲） | 晨光之城 - City of Time"
    assert parts_beside_site_name(title, "晨光之城 - City of Time") == [
        "某某：高墙与鸡蛋（某某文学奖演讲）", "晨光之城 - City of Time"]
    assert parts_beside_site_name("讲话标题_新闻_某某网", "某某网") == ["讲话标题", "新闻", "某某网"]  # as title_parts


def test_a_headline_over_an_epigraph_keeps_its_title_when_the_site_name_has_a_dash(tmp_path: Path) -> None:
    """A blog's headline, its <title> with the site's name after a bar, the site's name holding a dash of its own, and
    an epigraph under the headline: the headline is the title, not the epigraph."""
    headline = "张某明：高墙与鸡蛋（某某文学奖演讲）"
    head = (f"<title>{headline} | 晨光之城 - City of Time</title>"
            "<meta property='og:site_name' content='晨光之城 - City of Time'>")
    body = ("<header id='header' class='header'><div class='custom-logo-site-title'><a href='/' class='brand'>"
            "<span class='site-title'>晨光之城 - City of Time</span></a></div></header>"
            f"<article><h1>{headline}</h1>"
            "<p>「假如这里有坚固的高墙和撞墙破碎的鸡蛋，我总是站在鸡蛋一边。」——张某明</p>"
            f"<div class='post-body'>{ESSAY}</div></article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, head, body)).markdown)
    assert meta["title"] == headline


@pytest.mark.parametrize(("value", "day"), [
    ("2017-10-02T16:00:00.000Z", dt.date(2017, 10, 3)),  # UTC: already the 3rd in China
    ("2020-02-05T19:30:00Z", dt.date(2020, 2, 6)),
    ("2017-10-03T00:00:00+08:00", dt.date(2017, 10, 3)),
    ("2017-10-02T10:00:00-05:00", dt.date(2017, 10, 2))])  # 23:00 in China
def test_an_instant_with_its_zone_is_dated_in_china_time(value: str, day: dt.date) -> None:
    assert field_date(value) == day


def test_an_instant_without_its_zone_keeps_its_day() -> None:
    assert field_date("2017-10-02T16:00:00") == dt.date(2017, 10, 2)
