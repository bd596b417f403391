"""A date's role (the speech's delivery date or the page's publication date) comes from where and how it stands
(in brackets under the title, a timed stamp row, a signature, a 时间 field of the credit row), never from the form
its digits take: 2024年3月5日, 2024-03-05, 2024/3/5 and 二〇二四年三月五日 play the same part in the same place.
Made-up pages in the shapes the eval's date variants (scripts/measure/variants.py: iso-dates, written-dates,
hanzi-dates) found read by form."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from scripts.clean.dates import parse_date
from scripts.clean.html_page import chinese_beyond_dates
from scripts.clean.metadata import is_cms_stamp, names_a_speech
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
          "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")
PARAGRAPHS = "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH.strip().split("\n\n"))
REPORT = ("<p>全县秋季工作推进会召开。会议回顾前一阶段工作，安排下一阶段任务。</p>"
          "<p>会议强调，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效。</p>")
DAY = dt.date(2022, 10, 16)
# One day in each form a site writes it.
FORMS = ["2022年10月16日", "2022-10-16", "2022/10/16", "2022.10.16", "二〇二二年十月十六日"]


@pytest.mark.parametrize("written", FORMS)
def test_a_bracketed_date_under_a_speech_title_dates_the_speech_in_any_form(tmp_path: Path, written: str) -> None:
    text = f"在全县秋季工作推进会上的讲话\n（{written}）\n李某明\n\n" + SPEECH
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert meta["date"] == DAY and "published" not in meta


@pytest.mark.parametrize("written", FORMS)
def test_a_bare_date_under_a_speech_title_dates_the_speech_in_any_form(tmp_path: Path, written: str) -> None:
    meta = normalize_file(text_page(tmp_path, f"在全县秋季工作推进会上的讲话\n{written}\n\n" + SPEECH), tmp_path).meta
    assert meta["date"] == DAY and "published" not in meta


@pytest.mark.parametrize("written", FORMS)
def test_a_timed_stamp_under_the_title_is_the_pages_in_any_form(tmp_path: Path, written: str) -> None:
    """A speech is dated by its day, never by the minute: '2022-10-16 09:30' and '2022年10月16日 09:30' alike."""
    meta = normalize_file(text_page(tmp_path, f"在全县秋季工作推进会上的讲话\n{written} 09:30\n\n" + SPEECH),
                          tmp_path).meta
    assert meta["published"] == DAY and "date" not in meta


@pytest.mark.parametrize("written", FORMS)
def test_a_signatures_date_closing_a_speech_dates_it_in_any_form(tmp_path: Path, written: str) -> None:
    path = html_page(tmp_path, "<title>董事长致辞_某某集团</title>",
                     "<div class='article'><h1>董事长致辞</h1><p>各位员工：</p>"
                     "<p>新的一年开始了，感谢大家一年来的辛勤付出，公司各项工作取得了新的成绩。</p>"
                     "<p>希望大家继续努力，团结奋斗，共同创造更加美好的明天。</p>"
                     f"<p>董事长：王某明</p><p>{written}</p></div>")
    meta = normalize_file(path, tmp_path).meta
    assert meta["date"] == DAY and "published" not in meta


def test_a_clock_time_glued_to_a_numeric_date_is_read_as_it_is_after_a_written_one() -> None:
    """A template printing 2011年10月25日21:58 prints 2011-10-2521:58 too: the day, then the time."""
    assert parse_date("2011-10-2521:58") == parse_date("2011年10月25日21:58") == dt.date(2011, 10, 25)
    assert parse_date("2005-08-1216:12:21") == dt.date(2005, 8, 12)
    assert parse_date("2011-10-116:12") == dt.date(2011, 10, 11)
    assert parse_date("2011-10-251") is None and parse_date("2011-10-2516") is None  # no clock: a longer number


@pytest.mark.parametrize(("text", "stamp"), [
    ("2022-10-16 09:30", True), ("2022年10月16日09:30", True), ("二〇二二年十月十六日 09:30", True),
    ("2020年09月09", True),  # a template's date without its 日
    ("2022-10-16", False), ("2022年10月16日", False), ("（2022-10-16）", False), ("二〇二二年十月十六日", False),
])
def test_a_cms_stamp_is_told_by_its_clock_or_its_template_not_by_its_digits(text: str, stamp: bool) -> None:
    assert is_cms_stamp(text) is stamp


@pytest.mark.parametrize("written", ["2022-05-09", "2022年5月9日", "2022/5/9"])
def test_a_bare_time_label_in_the_credit_row_dates_the_page(tmp_path: Path, written: str) -> None:
    """'编辑：张三 时间：2022-05-09' under the headline: the credit row's 时间 is the page's date."""
    path = html_page(tmp_path, "<title>某某中学召开秋季工作推进会_某某中学</title>",
                     "<div class='article'><h1>某某中学召开秋季工作推进会</h1>"
                     f"<div class='info'>来源：某某中学办公室<br>编辑：张某某 &nbsp;时间：{written}</div>"
                     f"{REPORT}</div>")
    meta = normalize_file(path, tmp_path).meta
    assert meta["published"] == dt.date(2022, 5, 9)


@pytest.mark.parametrize("written", ["2023-12-31", "2023年12月31日", "二〇二三年十二月三十一日"])
def test_a_bare_date_between_a_headline_and_a_lead_in_announcing_the_text_is_the_pages(tmp_path: Path,
                                                                                       written: str) -> None:
    """'县长李某明发表新年贺词' / '2023-12-31' / '…全文如下：': the headline and the lead-in report the speech; the
    bare date between them is the day the page posted it."""
    path = html_page(tmp_path, "<title>县长李某明发表新年贺词_某某县人民政府</title>",
                     f"<div class='article'><h2>县长李某明发表新年贺词</h2><p class='date'>{written}</p>"
                     "<p>新年前夕，县长李某明通过某某县融媒体中心发表了新年贺词。全文如下：</p>"
                     "<p>大家好！在这辞旧迎新的美好时刻，我向全县人民致以新年的祝福！</p>"
                     "<p>这一年，我们团结奋斗，各项事业取得了新的成绩。祝愿大家新年快乐，万事如意！</p></div>")
    meta = normalize_file(path, tmp_path).meta
    assert meta["published"] == dt.date(2023, 12, 31)


@pytest.mark.parametrize("written", ["2005-07-18 13:03:17", "2005年7月18日 13:03:17"])
def test_a_stamp_beside_the_sites_link_is_a_stamp_row_in_any_form(tmp_path: Path, written: str) -> None:
    path = html_page(tmp_path, "<title>全县秋季工作推进会召开</title>",
                     "<div class='article'><div class='title'>全县秋季工作推进会召开</div>"
                     f"<div class='date'><a href='http://www.example.com/'>http://www.example.com/</a> {written}</div>"
                     f"{REPORT}</div>")
    meta = normalize_file(path, tmp_path).meta
    assert meta["published"] == dt.date(2005, 7, 18)
    assert not chinese_beyond_dates("2005年7月18日 13:03:17") and chinese_beyond_dates("某某新闻标题 2005年7月18日")


@pytest.mark.parametrize("written", ["2016年4月26日", "2016-04-26"])
def test_a_bracketed_date_on_the_source_line_of_a_speech_dates_it_in_any_form(tmp_path: Path, written: str) -> None:
    text = f"在全县秋季工作推进会上的讲话\n李某明\n来源：某某社 （{written}）（节录）\n\n" + SPEECH
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert meta["date"] == dt.date(2016, 4, 26)


def test_a_speech_title_with_its_date_after_it_is_no_stamp_row() -> None:
    """'在全县秋季工作推进会上的讲话 2016-05-06': the date closing a speech title is the speech's (a stamp closes a row
    of fields: '某某发布 2016-05-06')."""
    assert names_a_speech("在全县秋季工作推进会上的讲话") and names_a_speech("董事长致辞")
    assert not names_a_speech("某某日报客户端")


@pytest.mark.parametrize("written", ["2022-10-16 09:30", "2022年10月16日 09:30", "二〇二二年十月十六日 09:30"])
def test_a_publication_row_is_read_and_taken_off_in_any_form(tmp_path: Path, written: str) -> None:
    """cruft.yml's rules name `{date}`, the one date grammar: '发布时间：…' goes from the text whatever its digits."""
    document = normalize_file(text_page(tmp_path, f"全县秋季工作推进会召开\n发布时间：{written}\n\n"
                                        + REPORT.replace("<p>", "").replace("</p>", "\n\n")), tmp_path)
    assert document.meta["published"] == DAY and "发布时间" not in document.body


def test_date_in_a_rule_pattern_is_the_one_grammar() -> None:
    from scripts.clean.rule_files import expand
    pattern = expand(Path("f.yml"), "x", r"发布时间：(?P<published>{date})", {})
    for written in ("2022年10月16日", "2022-10-16", "2022/10/16", "二〇二二年十月十六日"):
        found = re.fullmatch(pattern, f"发布时间：{written}")
        assert found and parse_date(found.group("published")) == DAY


@pytest.mark.parametrize("written", ["2023-09-13 10:20:00", "2023年9月13日 10:20:00"])
def test_an_autosave_stamp_goes_in_any_form(written: str) -> None:
    from scripts.clean.containers import without_save_stamp
    assert without_save_stamp(f"<?php exit;?>{written}今天召开全县秋季农业生产工作会议。") \
        == "<?php exit;?>今天召开全县秋季农业生产工作会议。"
