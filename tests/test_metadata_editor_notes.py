"""An editor's note that the text was transcribed from a talk dates the talk; a speech's own 根据 … does not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

TITLE = "在全县秋季工作推进会上的讲话\n\n"
SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
          "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")


def test_a_transcript_note_dates_the_talk(tmp_path: Path) -> None:
    for note in ("（根据2019年5月6日讲话录音整理）", "本文整理自2019年5月6日某某论坛上的演讲。"):
        document = normalize_file(text_page(tmp_path, TITLE + note + "\n\n" + SPEECH), tmp_path)
        assert document.meta["date"] == dt.date(2019, 5, 6), note


def test_a_speech_acting_on_a_dated_decision_is_not_dated_by_it(tmp_path: Path) -> None:
    opening = "同志们：\n\n根据2019年5月6日县委常委会的部署，我们开展了秋季工作专项检查，现在我讲三点意见。\n\n"
    document = normalize_file(text_page(tmp_path, TITLE + opening + SPEECH.split("\n\n", 1)[1]), tmp_path)
    assert "date" not in document.meta
