"""Shapes found by running the cleaner over a seventh batch of unlabelled files in the wild (a company's speeches
sent as numbered e-mails, a blog's reposted talks; each rebuilt here from made-up text): a document number and its
signer over the title, a chief called by family name and 总, a date under a subtitle that names the speech, and a
name run into where the talk was given."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.metadata import talk_named_before_colon
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

BODY = ("首先，我通过你们感谢一万多名员工，为公司的改革做出了榜样，我也感谢你们的家人对公司工作的支持与理解。\n"
        "当时我心里是有压力的，我悄悄对大家讲，我们要坚持以客户为中心，以奋斗者为本，推动各项改革取得新的成效。\n")


def test_a_document_number_and_its_signer_are_no_part_of_the_title(tmp_path: Path) -> None:
    """'电邮讲话【2019】037号  签发人：某某' over the title, as a speech sent round as a numbered document prints it:
    the two lines were joined into one title."""
    page = text_page(tmp_path, "总 裁 办 电 子 邮 件\n\n电邮讲话【2019】037号           签发人：王某明\n\n"
                               "寂寞英雄是伟大的英雄\n\n——王总在某某改革表彰大会上的讲话\n\n2019年3月29日\n\n" + BODY)
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "寂寞英雄是伟大的英雄"


def test_a_chief_called_by_family_name_and_zong_is_no_speaker(tmp_path: Path) -> None:
    """'——王总在…上的讲话': staff call their chief 王总, which names nobody in particular (honorific_endings)."""
    page = text_page(tmp_path, "王总与采购干部座谈会上的讲话\n\n2017年8月24日\n\n" + BODY)
    document = normalize_file(page, tmp_path)
    assert "speaker" not in document.meta
    assert document.meta["title"] == "王总与采购干部座谈会上的讲话"


def test_a_date_under_a_subtitle_naming_the_speech_is_the_speechs(tmp_path: Path) -> None:
    """A headline naming no speech over '——在…大会上的讲话' and a bare date: the date is the speech's, though no
    speaker is read (it was taken for the day the page was posted)."""
    page = text_page(tmp_path, "寂寞英雄是伟大的英雄\n\n——在某某改革表彰大会上的讲话\n\n2019年3月29日\n\n" + BODY)
    document = normalize_file(page, tmp_path)
    assert document.meta["date"] == dt.date(2019, 3, 29)
    assert "published" not in document.meta


@pytest.mark.parametrize(("title", "name"), [("李某清华演讲：如果不来到这个学校，我可能不会做一个歌手", "李某"),
                                             ("张三北大演讲：青春不设限", "张三")])
def test_a_name_run_into_where_the_talk_was_given(title: str, name: str) -> None:
    """'李某清华演讲：…' (Li's talk at Tsinghua): the speaker was read as '李某清华'."""
    assert talk_named_before_colon(title) == ("", name)


CHINESE = ["今年是联合国成立75周年，我们在这里共商合作大计，意义十分重大。",
           "我们要坚持多边主义，维护以联合国为核心的国际体系，推动构建人类命运共同体。",
           "让我们携手努力，共同创造世界更加美好的未来，为各国人民带来更多福祉！"]
ENGLISH = ["This year marks the 75th anniversary of the founding of the United Nations.",
           "We should uphold multilateralism and the international system with the UN at its core.",
           "Let us work together to create a better future for the world and bring more benefits to all."]


def test_a_translations_salutations_go_with_its_paragraphs(tmp_path: Path) -> None:
    """A Chinese speech with its English translation after each paragraph: english-line took the translation's
    paragraphs, but its salutations ('Mr. President,', 'Dear Colleagues,') stayed and became headings."""
    lines = ["在某某峰会上的讲话", "主席先生，", "各位同事：", "Mr. President,", "Dear Colleagues,"]
    for chinese, english in zip(CHINESE, ENGLISH, strict=True):
        lines += [chinese, english]
    document = normalize_file(text_page(tmp_path, "\n".join([*lines, "谢谢大家。", "Thank you."])), tmp_path)
    assert "President" not in document.body and "Colleagues" not in document.body and "Thank" not in document.body
    assert all(chinese in document.body for chinese in CHINESE)


def test_english_headings_between_chinese_paragraphs_make_no_translation(tmp_path: Path) -> None:
    """A talk with its slides' English titles between the Chinese paragraphs: no paragraph is translated, and a
    short English heading ('Real-Time HTAP') stays."""
    lines = ["某某数据库的发展与实践", "Cloud-Native", CHINESE[0], "Why is it so popular?", CHINESE[1],
             "Security matters!", CHINESE[2], "Real-Time HTAP", CHINESE[0] + CHINESE[1]]
    document = normalize_file(text_page(tmp_path, "\n".join(lines)), tmp_path)
    assert "Security matters!" in document.body and "Real-Time HTAP" in document.body
    assert not any(removal.rule == "translation-leftover" for removal in document.removals)


def test_a_headline_on_how_a_speech_was_received_names_no_speaker(tmp_path: Path) -> None:
    """'某某总书记在全国教育大会上的讲话引起师生热烈反响': campus news of the reactions, not the speech (speech_studied
    in metadata.yml); the leader whose speech it reports was its speaker."""
    page = text_page(tmp_path, "张某明总书记在全国教育大会上的讲话引起师生热烈反响\n"
                               "本网讯（记者王某）全国教育大会10日在北京召开，张某明出席会议并发表重要讲话。\n"
                               "讲话在全校师生中引起热烈反响，大家纷纷表示，要把讲话精神落实到教书育人的全过程。\n")
    document = normalize_file(page, tmp_path)
    assert "speaker" not in document.meta
