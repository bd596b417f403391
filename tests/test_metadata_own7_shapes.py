"""Title and dates of pages shaped like the metadata misses of a newly opened set: a speech title carrying the
site's full-text mark and its speaker's bare name glued before it, a company's message page whose only title is
its breadcrumb's last element and its section menu's current item. Every input is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import vocabulary, without_full_text_mark
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务，"
          "动员全县上下坚定信心。\n\n大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n\n谢谢大家。\n")


# ------------------------------------------------------------------ a title's full-text mark
@pytest.mark.parametrize(("line", "title"), [
    ("在全县秋季工作推进会上的讲话（全文）", "在全县秋季工作推进会上的讲话"),
    ("在全县秋季工作推进会上的讲话(文字实录)", "在全县秋季工作推进会上的讲话"),
    ("在全縣秋季工作推進會上的講話（全文實錄）", "在全縣秋季工作推進會上的講話"),
    ("在全县秋季工作推进会上的讲话（摘要）", "在全县秋季工作推进会上的讲话（摘要）"),  # says only part is given
    ("2024年政府工作报告（双语全文）", "2024年政府工作报告（双语全文）"),  # says it is given in two languages
    ("（全文）", "（全文）"),  # nothing before it: no title to cut it from
])
def test_a_full_text_mark_closing_a_title_is_cut_off(line: str, title: str) -> None:
    assert without_full_text_mark(line) == title


def test_the_full_text_marks_are_none_of_the_notes_that_say_what_the_page_holds_instead() -> None:
    assert not vocabulary().title_full_text_marks & {"摘要", "节选", "双语全文", "要点", "提纲"}


def test_a_page_titled_with_its_full_text_mark_keeps_the_speech_title(tmp_path: Path) -> None:
    meta = normalize_file(text_page(tmp_path, "在全县秋季工作推进会上的讲话（全文）\n\n" + SPEECH), tmp_path).meta
    assert meta["title"] == "在全县秋季工作推进会上的讲话"


# ------------------------------------------------------------------ a bare name glued before the speech's title
@pytest.mark.parametrize(("line", "title", "speaker"), [
    ("李某明在全县秋季工作推进会上的讲话（全文）", "在全县秋季工作推进会上的讲话", "李某明"),
    ("李某明在全县秋季工作推进会上的讲话", "在全县秋季工作推进会上的讲话", "李某明"),
    ("县长李某明在全县秋季工作推进会上的讲话", "县长李某明在全县秋季工作推进会上的讲话", "李某明"),  # a headline
    ("李某明县长在全县秋季工作推进会上的讲话", "李某明县长在全县秋季工作推进会上的讲话", "李某明"),  # a headline
])
def test_a_bare_name_before_the_speech_title_is_its_speaker_not_part_of_the_title(
        tmp_path: Path, line: str, title: str, speaker: str) -> None:
    meta = normalize_file(text_page(tmp_path, f"{line}\n\n" + SPEECH), tmp_path).meta
    assert (meta["title"], meta["speaker"]) == (title, speaker)
