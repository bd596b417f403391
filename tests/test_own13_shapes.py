"""Shapes first met on eval/own13's pages (opened in the fourteenth session), rebuilt from made-up text: a stamp row
of cells set apart by bars under a headline, a container's title written wholly in English, a feed-style date in
front matter, and a ministry's English credit over its Chinese speech."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from scripts.clean.metadata import (
    METADATA_FILE,
    classify_head_line,
    foreign_leader_in_title,
    foreign_title,
    name_delivering_on_a_day,
    split_title,
    stamp_in_a_row_of_cells,
    vocabulary,
)
from scripts.clean.pipeline import normalize_file
from scripts.core.errors import InputError
from tests.conftest import html_page, text_page

FOREIGN_LEADER = yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))["foreign_leader_title"]
PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
GREETING = "尊敬的各位来宾，女士们、先生们："


def post(front_matter: str, head: str = "") -> str:
    """A Markdown post: its front matter, perhaps a line over the text, then a short speech."""
    lines = [head, GREETING, PROSE, PROSE.replace("我们", "大家"), "谢谢大家。"]
    return f"---\n{front_matter}---\n\n" + "\n\n".join(line for line in lines if line) + "\n"


def test_a_row_of_cells_holding_a_stamp_is_the_pages_stamp_row_not_its_title(tmp_path: Path) -> None:
    """'栏目 | 某某日报2019-03-04 | 我要分享' under the headline: the column, the source with its date and a share
    widget, set apart by bars. The headline above it is the title; the row's date is the publication's."""
    body = ("<div class='box'><h2>某某街道召开党建工作推进会</h2><div class='info'><span>党建动态</span><i>|</i>"
            "<span>某某日报<em>2019-03-04</em></span><i>|</i><span>我要分享</span></div></div>"
            f"<div class='contents'><p>{PROSE}</p><p>{PROSE.replace('我们', '大家')}</p><p>{PROSE}</p></div>")
    document = normalize_file(html_page(tmp_path, "<title>网站标题</title>", body), tmp_path)
    assert document.meta["title"] == "某某街道召开党建工作推进会"
    assert document.meta["published"] == dt.date(2019, 3, 4)
    assert "我要分享" not in document.body


def test_only_a_row_with_a_stamp_cell_is_a_stamp_row() -> None:
    assert stamp_in_a_row_of_cells("要闻 | 新华社2020-05-06 10:21 | 分享") == dt.date(2020, 5, 6)
    assert stamp_in_a_row_of_cells("2020-05-06 | 来源：新华社") is None  # a bare date cell: read as a date line
    assert stamp_in_a_row_of_cells("学习 | 思考 | 实践") is None
    assert stamp_in_a_row_of_cells("会议指出，要抓好落实 | 某某网2020-05-06。") is None  # a sentence
    assert classify_head_line("党建动态 | 某某日报2019-03-04 | 我要分享", vocabulary()).kind == "closing-stamp"


def test_a_front_matter_title_wholly_in_english_and_its_feed_date(tmp_path: Path) -> None:
    """A Jekyll post mirroring a government release: an English title in front matter (the page has no other
    headline) and an RFC 822 date."""
    front = ("layout: post\ntitle: \"Building a greener city: Letter from the Mayor\"\n"
             "date: Wed, 08 Mar 2023 09:30:00 -0700\ncategories: news\n")
    document = normalize_file(text_page(tmp_path, post(front), "post.md"), tmp_path)
    assert document.meta["title"] == "Building a greener city: Letter from the Mayor"
    assert document.meta["published"] == dt.date(2023, 3, 8)


def test_an_english_line_on_the_page_is_still_no_title() -> None:
    """Only a container's declared title may be foreign: a banner on the page is not (foreign_title needs words, and
    nothing of markup, dates or addresses)."""
    assert foreign_title("Supplying energy to Japan")
    assert not foreign_title("Home | News")
    assert not foreign_title("2023-03-08 Press Release Archive")
    assert not foreign_title("https://www.example.org/news/letter")
    assert not foreign_title("<h1>Press Release</h1>")


def test_an_english_credit_over_a_chinese_speech_gives_speaker_and_day(tmp_path: Path) -> None:
    """A ministry's page in two languages: '#### Speech by Mr Tan Ah Kow, Minister for Education, at the … on 3 May
    2021' over the Chinese text. The name and the day are read from it; the line itself stays out of the text."""
    credit = ("#### Speech by Mr Tan Ah Kow, Minister for Education, at the Graduation Ceremony of the Example "
              "Institute on 3 May 2021")
    document = normalize_file(text_page(tmp_path, post("title: 某某学院毕业典礼致辞\n", credit), "speech.md"), tmp_path)
    assert document.meta["speaker"] == "Tan Ah Kow"
    assert document.meta["date"] == dt.date(2021, 5, 3)
    assert "Speech by" not in document.body


def test_an_english_line_without_a_credits_shape_names_nobody(tmp_path: Path) -> None:
    text = ("---\ntitle: 某某学院毕业典礼致辞\n---\n\n#### Speech by the Minister at the Graduation Ceremony on 3 May "
            "2021\n\n" + "\n\n".join([GREETING, PROSE, "谢谢大家。"]) + "\n")
    document = normalize_file(text_page(tmp_path, text, "speech.md"), tmp_path)
    assert not document.meta.get("speaker")


def test_a_privacy_notice_a_language_offer_and_an_app_prompt_are_chrome(tmp_path: Path) -> None:
    """Bars a news site lays over its pages (named privacy-bar, language-bar, appInfo): none is the text."""
    notice = "本網站使用相關技術提供更好的閱讀體驗，同時尊重使用者隱私，點這裡瞭解隱私聲明。"
    offer = "Your browser does not appear to support Traditional Chinese. Would you like to go to our English website?"
    body = (f"<div class='fixedBottom'><div class='privacy-bar'><div>{notice}</div></div>"
            f"<div class='language-bar'><div id='language-bar-en'>{offer}</div></div></div>"
            "<div id='jsAppInfo' class='appInfo'><span>某某社一手新聞APP</span><a href='#'>下載</a></div>"
            f"<h1>某某市長出席論壇並致詞</h1><div class='paragraph'><p>{PROSE}</p>"
            f"<p>{PROSE.replace('我们', '大家')}</p><p>{PROSE}</p></div>")
    document = normalize_file(html_page(tmp_path, "<title>某某市長出席論壇並致詞 | 某某社</title>", body), tmp_path)
    assert PROSE in document.body
    assert not any(part in document.body for part in ("隱私", "Traditional Chinese", "APP"))


def test_a_wire_credit_naming_translator_and_checker_with_its_date_code_is_cut(tmp_path: Path) -> None:
    """'…舉行會議。（譯者：王某語/核稿：嚴某祺）1120823': the credit and its date code in the ROC calendar go."""
    last = "雙方將於明天舉行會議，討論合作問題。"
    body = (f"<h1>某某會議將舉行</h1><div class='content'><p>{PROSE}</p><p>{PROSE}</p>"
            f"<p>{last}（譯者：王某語/核稿：嚴某祺）1120823</p></div>")
    document = normalize_file(html_page(tmp_path, "<title>某某會議將舉行</title>", body), tmp_path)
    assert document.body.rstrip().endswith(last)


@pytest.mark.parametrize("example", FOREIGN_LEADER["examples"])
def test_a_foreign_leaders_title_names_the_speaker(example: str) -> None:
    """'title -> name (office)' by the office step; 'title -> name' (no office) by the step of the dated delivery."""
    title, expected = example.split(" -> ")
    if " (" in expected:
        name, office = expected.removesuffix(")").split(" (")
        assert foreign_leader_in_title(title) == (office, name)
    else:
        assert name_delivering_on_a_day(title) == ("", expected)


@pytest.mark.parametrize("title", [*FOREIGN_LEADER["keep"], "特朗普总统会见来访的某某代表团", "马克龙访华纪实"])
def test_a_title_without_a_transliterated_name_or_a_speech_names_nobody(title: str) -> None:
    assert foreign_leader_in_title(title) is None
    assert name_delivering_on_a_day(title) is None


def test_a_translated_inaugural_address_gets_its_speaker(tmp_path: Path) -> None:
    text = "# 某某某总统就职演说全文\n\n" + "\n\n".join([GREETING, PROSE, "谢谢大家。"]) + "\n"
    document = normalize_file(text_page(tmp_path, text.replace("某某某", "特朗普"), "speech.md"), tmp_path)
    assert (document.meta["speaker"], document.meta.get("speaker_title")) == ("特朗普", "总统")


def test_a_corpus_with_one_document_per_line_is_refused_saying_so(tmp_path: Path) -> None:
    report = "各位代表：[SEP]" + "[SEP]".join([PROSE] * 70)  # a report's paragraphs joined on one line
    path = text_page(tmp_path, "\n".join([report.replace("信心", f"信心{n}") for n in range(6)]) + "\n", "corpus.txt")
    with pytest.raises(InputError, match=r"6 lines of 3,000 characters or more .*one document per line"):
        normalize_file(path, tmp_path)


def test_a_speech_saved_without_line_breaks_is_no_corpus(tmp_path: Path) -> None:
    text = "在全市大会上的讲话\n\n" + GREETING + "".join([PROSE] * 80) + "\n"
    assert PROSE in normalize_file(text_page(tmp_path, text), tmp_path).body


@pytest.mark.parametrize(("title", "speaker"), [("张某明在某某大学2019届毕业典礼上的演讲", "张某明"),
                                                ("李某华同志在全省大会上的演说", "李某华"),
                                                ("陳某文在畢業典禮上的演講", "陳某文")])
def test_a_title_naming_a_yanjiang_gives_its_speaker(title: str, speaker: str) -> None:
    """演讲 and 演说 (a lecture, an address) are speech words as 讲话 is: '某某在…上的演讲' names its speaker."""
    assert split_title(title).speaker == speaker
