"""Metadata cascade steps for pages nobody tuned for (issue 10), each on a made-up minimal page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.pipeline import normalize_file

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
          "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")


def text_page(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_timed_date_under_the_title_is_the_pages_stamp_not_the_delivery_date(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, "在全县秋季工作推进会上的讲话\n2021年10月12日 09时15分\n\n" + SPEECH),
                              tmp_path)
    assert document.meta["published"] == dt.date(2021, 10, 12)
    assert "date" not in document.meta
    assert document.provenance["published"] == "date stamp line"


def test_an_empty_share_label_does_not_swallow_the_dated_subtitle(tmp_path: Path) -> None:
    text = ("在全县秋季工作推进会上的讲话\n2021年10月12日 09时15分\n分享：\n"
            "——2021年10月8日在全县秋季工作推进会上\n县长 李某明\n\n" + SPEECH)
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["date"], document.meta["published"]) == (dt.date(2021, 10, 8), dt.date(2021, 10, 12))
    assert document.provenance["date"] == "date in the subtitle"
