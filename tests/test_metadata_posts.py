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


def reporter_rule() -> dict:
    return yaml.safe_load((RULES_DIR / "metadata.yml").read_text(encoding="utf-8"))["reporter_at_work"]


@pytest.mark.parametrize("example", reporter_rule()["examples"])
def test_the_reporter_at_work_examples_follow_a_reporter(example: str) -> None:
    assert vocabulary().reporter_at_work.search(example)


@pytest.mark.parametrize("line", reporter_rule()["keep"])
def test_reporters_addressed_at_a_press_conference_are_no_reporter_at_work(line: str) -> None:
    assert not vocabulary().reporter_at_work.search(line)


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
