"""A record's fields reach the metadata steps along one path whichever way the record was read: its lead field (a
field line the cleaning took off, or a program's lead field read before the article into the head) is one lead-in
(record_leads, says_a_speech_was_given), and its author (a container's column, or a field line left among the text)
is read by one rule (signing_author). Every input is made up."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from scripts.clean.metadata import says_a_speech_was_given
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

TITLE = "在2024年全县秋季工作推进会上的讲话"
LEAD = "5月6日上午，县长张某某在2024年全县秋季工作推进会上发表讲话"
PARAGRAPHS = ["今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务，"
              "动员全县上下坚定信心，真抓实干。",
              "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷，"
              "为全年目标任务的完成打下坚实基础。"]


@pytest.mark.parametrize(("lead", "given"), [
    (LEAD, True), ("9月2日晚，某某在全市青年创业大会上发表视频致辞。", True),
    ("张某某县长出席大会并讲话，会议由李某某主持", True),
    ("县长发表讲话", False),  # a headline's few words, not a sentence
    ("5月6日上午，全县秋季工作推进会在县政府礼堂召开，会议回顾了前一阶段工作", False),  # no speech was given
    ("会议听取了县政府工作报告，审议通过了有关决议事项", False),  # 工作报告 is no delivery
])
def test_a_lead_says_a_speech_was_given(lead: str, given: bool) -> None:
    assert says_a_speech_was_given(lead) is given


def program_page(fields: str) -> str:
    """A mini-program's page data: the fields given, then the salutation and the paragraphs."""
    content = ",\n".join(f'            "{line}"' for line in ["同志们：", *PARAGRAPHS, "谢谢大家。"])
    return f"Page({{\n    data: {{\n{fields}        content: [\n{content}\n        ],\n    }},\n}})\n"


@pytest.mark.parametrize("fields", [
    f'        title: "{TITLE}",\n        lead: "{LEAD}",\n',  # the lead a field line among the text
    f'        from: "某某资讯",\n        title: "{TITLE}",\n        head: "{LEAD}",\n',
])
def test_a_records_lead_dates_the_speech_and_names_its_speaker_either_way(tmp_path: Path, fields: str) -> None:
    meta = normalize_file(text_page(tmp_path, program_page(fields), "article.js.txt"), tmp_path).meta
    assert meta["title"] == TITLE
    assert meta["date"] == dt.date(2024, 5, 6)
    assert meta["speaker"] == "张某某"


def test_a_lead_over_a_text_that_addresses_no_audience_is_no_lead_in(tmp_path: Path) -> None:
    page = program_page(f'        title: "{TITLE}",\n        lead: "{LEAD}",\n')
    page = page.replace('"同志们：",', "").replace('"谢谢大家。"', '"以上是会议情况。"')
    page = page.replace(PARAGRAPHS[0], "5月6日，全县秋季工作推进会召开，会议回顾前一阶段工作，安排下一阶段任务。")
    meta = normalize_file(text_page(tmp_path, page, "article.js.txt"), tmp_path).meta
    assert "speaker" not in meta


def json_record(author: str) -> str:
    content = "\n\n".join(["同志们：", *PARAGRAPHS, "谢谢大家。"])
    return json.dumps({"id": 3, "title": TITLE, "author": author, "content": content}, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(("author", "speaker"), [("张某某", "张某某"), ("网友投稿", None)])
def test_an_author_is_read_alike_from_a_column_and_from_a_field_left_in_the_text(tmp_path: Path, author: str,
                                                                                 speaker: str | None) -> None:
    column = normalize_file(text_page(tmp_path, json_record(author), "record.json"), tmp_path).meta
    left = normalize_file(text_page(tmp_path, program_page(f'        title: "{TITLE}",\n        author: "{author}",\n'),
                                    "article.js.txt"), tmp_path).meta
    assert column.get("speaker") == left.get("speaker") == speaker
