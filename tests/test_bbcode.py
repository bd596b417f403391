"""A forum post kept in BBCode, as Discuz, phpwind and phpBB store it (bbcode in containers.yml, bbcode_markup.py):
a text file, a board's database record and a forum backup's Markdown, each made up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from scripts.clean.bbcode_markup import looks_like_bbcode
from scripts.clean.containers import RULES_FILE
from scripts.clean.pipeline import normalize_file
from tests.conftest import case_params, text_page

RULES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
SPEECH = ["同志们：",
          "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
          "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
          "同志们，做好秋季农业生产工作责任重大，希望大家扎实工作，确保各项任务圆满完成。"]
POST = ("[size=4]同志们：[/size]\r\n[size=4][font=宋体]" + SPEECH[1] + "[/font][/size]\r\n"
        "[attach]12345[/attach]\r\n[quote][color=Red]" + SPEECH[2] + "[/color][/quote]\r\n[b]" + SPEECH[3] + "[/b]")


@pytest.mark.parametrize(("entry", "example"), case_params([RULES["bbcode"]], "examples", RULES_FILE.name))
def test_a_post_in_bbcode_reads_as_its_board_shows_it(tmp_path: Path, entry: dict, example: dict) -> None:
    """The post's tags stayed in the text and its lines ran into one paragraph; no title was found."""
    document = normalize_file(text_page(tmp_path, example["source"]), tmp_path)
    assert document.meta["title"] == example["title"]
    for line in example["text"]:
        assert line in document.body.split("\n")
    for mark in example["not"]:
        assert mark not in document.body


def test_a_boards_database_record_in_bbcode(tmp_path: Path) -> None:
    """A Discuz post row (subject, message, dateline) saved as JSON: the message is BBCode, its attachment a tag."""
    record = {"pid": 101, "subject": "在全县秋季农业生产工作会议上的讲话", "message": POST, "dateline": "2021-09-06"}
    page = text_page(tmp_path, json.dumps(record, ensure_ascii=False), "post.json")
    document = normalize_file(page, tmp_path)
    assert all(paragraph in document.body.split("\n") for paragraph in SPEECH)
    assert "[" not in document.body and "12345" not in document.body
    assert document.meta["title"] == record["subject"]


def test_bbcode_in_a_forum_backups_markdown(tmp_path: Path) -> None:
    """A backup's Markdown keeping each post as its board stored it: the Markdown heading stays the title, the
    BBCode tags go."""
    page = text_page(tmp_path, f"# 在全县秋季农业生产工作会议上的讲话\n\n{POST}\n", "post.md")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "在全县秋季农业生产工作会议上的讲话"
    assert SPEECH[1] in document.body and SPEECH[2] in document.body
    assert "[size" not in document.body and "[/quote]" not in document.body and "12345" not in document.body


@pytest.mark.parametrize("text", [
    "同志们：[1]今天召开会议。[注]会议由县委主持。[完]",  # footnote marks and an end mark in brackets
    "[b]会议要点[/b]\n同志们：今天召开会议。",  # one pair of tags: too few to call the text BBCode
    "[ 2021-09-06 ] [ 来源：某某县人民政府 ] [ 字号：大 中 小 ]",  # a CMS's bracketed row
])
def test_brackets_that_are_no_bbcode(text: str) -> None:
    assert not looks_like_bbcode(text)
