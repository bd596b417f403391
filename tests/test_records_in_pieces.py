"""A scraper's record that keeps its text in pieces (a list of paragraph strings, or a list of typed parts each
holding a paragraph) is one text, not a file of several records or a record without text; a list of articles
with their own titles is still several records."""

import json
from pathlib import Path

import pytest

from scripts.clean.containers import ManyRecords, with_paragraph_lists_joined
from scripts.clean.pipeline import normalize_file

TITLE = "在全市工作会议上的讲话"
PARAGRAPHS = ["同志们：今天我们召开全市工作会议。",
              "过去一年，全市上下坚持稳中求进工作总基调，扎实推进各项改革举措落地见效，经济社会发展取得新成效，"
              "人民群众获得感、幸福感、安全感不断增强。",
              "今年是承上启下的关键一年，我们要加强干部队伍建设，提高干部的政治素质和业务能力，推动形成干事创业的"
              "良好氛围，确保全年目标任务圆满完成，以优异成绩回报全市人民的期待和信任。"]


def normalized(tmp_path: Path, record: object) -> str:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return normalize_file(path).markdown


def test_a_list_of_paragraph_strings_is_the_text(tmp_path: Path):
    markdown = normalized(tmp_path, {"title": TITLE, "author": "张三", "paragraphs": PARAGRAPHS})
    assert all(paragraph in markdown for paragraph in PARAGRAPHS[1:]) and "今天我们召开全市工作会议。" in markdown
    assert f"title: {TITLE}" in markdown


def test_a_list_of_typed_parts_is_the_text_and_a_list_of_authors_is_a_field(tmp_path: Path):
    parts = [{"type": "title", "text": TITLE}] + [{"type": "paragraph", "text": p} for p in PARAGRAPHS]
    markdown = normalized(tmp_path, {"id": "a1", "title": TITLE, "authors": ["张三"], "parts": parts})
    assert all(paragraph in markdown for paragraph in PARAGRAPHS[1:]) and "今天我们召开全市工作会议。" in markdown
    assert "speaker: 张三" in markdown


def test_a_list_of_articles_with_their_own_titles_stays_several_records(tmp_path: Path):
    articles = [{"title": f"{TITLE}之{n}", "content": "".join(PARAGRAPHS)} for n in range(2)]
    with pytest.raises(ManyRecords):
        normalized(tmp_path, {"code": 0, "data": articles})


def test_metadata_lists_are_not_joined_as_text():
    record = {"authors": ["张三", "李四"], "tags": ["甲", "乙"], "content": "正文"}
    joined = with_paragraph_lists_joined(record)
    assert joined["authors"] == ["张三", "李四"] and joined["tags"] == "甲\n\n乙" and joined["content"] == "正文"
