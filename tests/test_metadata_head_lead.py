"""A program's page data whose lead field stands right before the salutation (read as the head's last line): the
lead dates the speech, its month and day in the year the title names (made-up mini-program page)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.clean.pipeline import normalize_file
from scripts.clean.render import body_text

PAGE = """Page({
    data: {
        from: "校园资讯",
        title: "在2021年全县秋季农业生产工作会议上的讲话",
        head: "9月5日上午，县长李明在2021年全县秋季农业生产工作会议上发表讲话",
        welcome: "同志们：",
        content: [
            "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
            "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
            "各级各部门要压紧压实工作责任，扎实做好秋收秋种各项工作，确保颗粒归仓、应收尽收。",
        ],
    },
    onLoad: function (options) {
    }
})
"""


def test_the_lead_field_before_the_salutation_dates_the_speech(tmp_path: Path) -> None:
    path = tmp_path / "speech.js.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == "在2021年全县秋季农业生产工作会议上的讲话"
    assert document.meta["date"] == dt.date(2021, 9, 5)
    assert body_text(document.body).startswith("同志们：")
