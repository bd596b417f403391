"""Speakers, dates and titles of pages shaped like the metadata misses of eval/own9: a speech under a translator's
notes whose speaker introduces themself in the greeting, a byline of an institution and a name, an annual talk's
title, a transcript of two people taking turns, an editor's paragraphs over a full-text announcement, a date between
the speaker and the occasion, a title printed twice and a portal headline over a print headline's decks. Every input
is made up."""

from __future__ import annotations

from pathlib import Path

from scripts.clean.metadata import (
    Head,
    classify_head_line,
    greeting_blocks,
    is_field_row,
    read_head,
    read_title_line,
    several_speakers_take_turns,
    talk_named_before_colon,
    vocabulary,
)
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import Block, Structure
from tests.conftest import text_page

BODY = ("大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n\n"
        "我们要坚持问题导向，把各项任务落到实处，确保全年目标顺利完成。\n\n谢谢大家。\n")


def test_a_greeting_that_introduces_the_speaker_under_an_editor_s_notes() -> None:
    blocks = ["请大家帮忙校对译文，有错请指出。", "如果找到已有的译文请贴上来。",
              "各位来宾、各位朋友，大家好！我是來自某某的笪立新。", "今天很荣幸在这里发表讲话。"]
    assert greeting_blocks(blocks) == [blocks[2]]
    assert greeting_blocks(["我是来自某某的张某明。"]) == []  # no greeting before it


def test_an_institution_and_a_name_under_the_title_is_a_byline() -> None:
    assert classify_head_line("某某大学张某明", vocabulary()).kind == "body-byline"
    assert classify_head_line("某某县人民政府办公室信息科", vocabulary()).kind != "body-byline"  # a section
    head = read_head(["坚持立德树人 办好人民满意的教育", "某某大学张某明"], [], [])
    assert head.speaker == "张某明"
    head = read_head(["某某大学张某明", "坚持立德树人 办好人民满意的教育"], [], [])
    assert head.speaker == ""  # above the title it credits a source or a column


def test_an_annual_talk_names_its_year_beside_the_talk_word() -> None:
    assert talk_named_before_colon("钱某明年度演讲2022：穿越周期") == ("", "钱某明")
    assert talk_named_before_colon("孙某明2021年度演讲：长期主义") == ("", "孙某明")


def test_several_named_people_taking_turns_make_a_dialogue() -> None:
    turns = ["张某明：今天讲的题目是制造业。", "李某华：我补充一点。", "张某明：没有。", "李某华：还没有吧。"]
    assert several_speakers_take_turns(Structure([], [Block("paragraph", text) for text in turns]))
    interview = ["主持人：请您谈谈。", "张某明：好的。", "主持人：还有呢？", "张某明：谢谢。"]
    assert not several_speakers_take_turns(Structure([], [Block("paragraph", text) for text in interview]))


def test_a_dialogue_page_has_no_speaker_and_no_delivery_date(tmp_path: Path) -> None:
    text = ("张某明：要坚持自主创新\n\n4月25日晚，某某论坛在某市召开，张某明和李某华进行了对话。以下是对话全文：\n\n"
            "张某明：今天讲的题目叫做制造业的力量。我认为制造业是根本。\n\n李某华：我补充一点，制造业要靠创新。\n\n"
            "张某明：没有创新就没有未来。\n\n李某华：还没有吧，我们要继续努力。\n")
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert "speaker" not in meta and "date" not in meta


def test_an_editor_s_paragraphs_before_a_full_text_announcement_date_the_speech(tmp_path: Path) -> None:
    text = ("笪立新年度演讲2022：穿越周期\n\n2022年10月29日，某某年度演讲如约而至。\n\n演讲的视频可以在视频号观看。\n\n"
            "以下为笪立新年度演讲全文。与你分享。\n\n大家好。欢迎来到年度演讲！\n\n" + BODY)
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert meta["speaker"] == "笪立新"
    assert str(meta["date"]) == "2022-10-29"


def test_a_date_between_the_speaker_and_the_occasion_in_a_title() -> None:
    head = Head()
    read_title_line("张某明同志1966年9月13日在某某大学的讲话", head)
    assert (head.speaker, str(head.date)) == ("张某明", "1966-09-13")
    assert head.title == "张某明同志1966年9月13日在某某大学的讲话"


def test_a_title_printed_twice_over_its_subtitle_is_one_title() -> None:
    head = read_head(["某某关于某项资金使用情况的报告", "某某关于某项资金使用情况的报告",
                      "——2018年12月24日在某某会议上", "某某部部长 张某明"], [], [])
    assert head.title == "某某关于某项资金使用情况的报告"


def test_a_headline_naming_its_speaker_before_a_colon_is_no_field_row() -> None:
    assert not is_field_row("张某明：服务国家发展大局")
    assert is_field_row("来源于：某某街道办事处")


def test_a_portal_headline_over_the_print_decks_is_the_title() -> None:
    head = read_head(["张某明：勇攀科技高峰 服务发展大局", "张某明在会见某某任务参研人员代表时强调",
                      "勇攀科技高峰 服务发展大局 为人类作出新的更大贡献", "李某华王某明出席活动"], [], [])
    assert head.title.replace(" ", "") == "张某明：勇攀科技高峰服务发展大局"
