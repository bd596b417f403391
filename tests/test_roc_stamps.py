"""Taiwan's government sites stamp their pages with the Republic of China year in figures ('發布日期：112-12-05'):
the one date grammar reads it (2023-12-05), and a code or a count of three figures stays unread."""

from __future__ import annotations

import datetime as dt

import pytest

from scripts.clean.dates import parse_date


@pytest.mark.parametrize(("text", "date"), [
    ("發布日期：112-12-05", dt.date(2023, 12, 5)), ("日期：112/03/08", dt.date(2023, 3, 8)),
    ("更新時間 109.01.20", dt.date(2020, 1, 20)), ("民國112年12月5日", dt.date(2023, 12, 5)),
])
def test_a_roc_stamp_in_figures_is_read(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize("text", ["電話 02-2311-2345", "版本 112.12.05.1", "編號 112-12-051", "第 99-12-05 號",
                                  "代碼 112-1-5"])
def test_figures_that_are_no_stamp_stay_unread(text: str) -> None:
    assert parse_date(text) is None
