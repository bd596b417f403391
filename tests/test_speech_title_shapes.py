"""Shapes of a speech's own title that name its day or its speaker where the older steps did not look: one whole day
inside the title ('某某2022年5月4日直播', a compact '20250107' run into the event's name), and the speaker's name and
office after the occasion and a space ('2019年某某大学入学典礼 王某某教授演讲全文'), a Japanese name of five characters
among them. Each page is made up here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.metadata import name_office_closing, speech_named_by, split_title
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

SPEECH = ("尊敬的各位老师，亲爱的同学们：\n\n大家好！今天我想和大家谈谈读书与做人。我们每个人都在学习，"
          "也都在成长。读书让我们看见更大的世界，做人让我们走得更远。\n\n希望同学们珍惜时光，努力学习，"
          "将来为社会作出自己的贡献。谢谢大家！\n")
REPORT = ("本报讯 昨天，某某大学举行开学典礼，王某某教授出席并讲话。王某某说，读书让人看见更大的世界。\n\n"
          "王某某表示，希望同学们珍惜时光。典礼由副校长李某主持，全校三千余名师生参加。\n\n"
          "王某某认为，大学是人生的新起点。与会师生纷纷表示，将以更加饱满的热情投入学习。\n")


@pytest.mark.parametrize(("title", "day"), [("郭某某2022年5月4日直播讲话", dt.date(2022, 5, 4)),
                                            ("某某公司王某某20250107年会主题演讲（全文）", dt.date(2025, 1, 7))])
def test_the_one_day_inside_a_speech_title_is_its_day(tmp_path: Path, title: str, day: dt.date) -> None:
    document = normalize_file(text_page(tmp_path, f"{title}\n\n{SPEECH}"), tmp_path)
    assert document.meta["date"] == day
    assert document.provenance["date"].startswith("the one day a speech's title names inside it")


@pytest.mark.parametrize("title", [
    "每周一学（2026年1月19日-25日）王某某在全省大会上发表重要讲话",  # a span of days: a schedule's
    "王某某2022年5月4日在全省大会上发表重要讲话",  # a news headline: the day is the report's
    "学习王某某2022年5月4日讲话精神",  # a study session's headline
    "王某某2022年5月4日至2022年5月6日巡回讲话",  # two days
])
def test_no_day_from_a_title_that_is_no_speech_title_or_names_more_than_a_day(tmp_path: Path, title: str) -> None:
    document = normalize_file(text_page(tmp_path, f"{title}\n\n{REPORT}"), tmp_path)
    assert document.provenance.get("date") is None or \
        not document.provenance["date"].startswith("the one day a speech's title names inside it")


@pytest.mark.parametrize(("title", "who"), [
    ("2019年某某大学入学典礼 王某某教授演讲全文", ("教授", "王某某")),
    ("【转】2019年东京大学入学典礼 上野千鹤子教授演讲全文", ("教授", "上野千鹤子")),
    ("坚定信心 王某某局长讲话", ("局长", "王某某")),
    ("国家某某委投资司韩某峰处长的讲话", ("处长", "韩某峰")),
])
def test_a_speech_title_names_its_speaker_after_the_occasion_and_a_space(title: str, who: tuple[str, str]) -> None:
    assert speech_named_by(title) == who


def test_a_japanese_name_of_five_characters_closes_before_the_office() -> None:
    assert name_office_closing("东京大学上野千鹤子教授") == ("教授", "上野千鹤子")
    assert name_office_closing("某某大学王某某教授") == ("教授", "王某某")


def test_a_title_with_no_name_before_the_speech_word_names_nobody() -> None:
    assert speech_named_by("2019年某某大学入学典礼 开学致辞全文") is None


@pytest.mark.parametrize(("title", "office"), [
    ("某某科技创始人兼CEO王某某在2024年开发者大会上的演讲", "某某科技创始人兼CEO"),
    ("某某集团创始人王某某在年会上的讲话", "某某集团创始人"),
])
def test_a_companys_founder_and_ceo_are_offices(title: str, office: str) -> None:
    """创始人 and CEO close a company head's office as 董事长 and 总裁 do; the name after them gave the speech."""
    head = split_title(title)
    assert (head.speaker, head.speaker_title) == ("王某某", office)


def test_the_day_in_brackets_opening_the_text_run_on_into_the_headnote_is_its_day(tmp_path: Path) -> None:
    """A collected work's copy sets its date in brackets before the editor's headnote, in one paragraph."""
    page = text_page(tmp_path, "星星之火\n\n（一九三〇年一月五日）这是某某给某某的一封信，收入本书时作了删改。\n\n"
                               + SPEECH)
    document = normalize_file(page, tmp_path)
    assert document.meta["date"] == dt.date(1930, 1, 5)
    assert document.provenance["date"] == "date line opening the text"


def test_a_date_in_brackets_later_in_the_first_paragraph_dates_nothing(tmp_path: Path) -> None:
    page = text_page(tmp_path, "读书与做人\n\n据统计（2019年5月6日）全校三千余名师生参加了读书活动。\n\n" + SPEECH)
    assert "date" not in normalize_file(page, tmp_path).meta


def test_a_translation_s_lead_naming_whose_speech_it_is_names_the_speaker(tmp_path: Path) -> None:
    """The editor's two paragraphs over a translated address: the first's subject is the speaker's speech, the
    second says the full translation follows."""
    lead = ("在今年的某某大学入学典礼上，上野千某子名誉教授的致词就好像一颗深水炸弹，引起了极大反响。\n\n"
            "很多字句，都切中要害，直抵人心。完整译文如下，送给所有在求学路上努力着的学生们。\n\n")
    # no salutation: two paragraphs of prose over one are a news report's account, which names no speaker
    address = ("## 面对的现实\n\n对于这个选拔考试的公正性，你们想必是深信不疑的。若是出现了不公正，一定会气愤吧。\n\n"
               "希望你们不要把努力得来的成果只用在自己身上。谢谢大家！\n")
    document = normalize_file(text_page(tmp_path, "某某大学入学致词：等待你们的是什么\n\n" + lead + address), tmp_path)
    assert (document.meta["speaker"], document.meta["speaker_title"]) == ("上野千某子", "名誉教授")
