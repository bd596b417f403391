"""A post saved from WeChat states its publication time only in the page's script ('var ct = "1703723400";'): the
published cascade reads it after every date the page prints. Every input is made up."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.clean.html_page import script_dates
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

SPEECH = "".join(f"<p>{text}</p>" for text in (
    "同志们、朋友们：", "今天，我们在这里隆重召开全市科技创新大会，表彰先进，部署任务，动员全市上下加快建设科技强市。",
    "创新是引领发展的第一动力，我们要坚持把创新摆在发展全局的核心位置。", "谢谢大家！"))


@pytest.mark.parametrize(("script", "dates"), [
    ('var ct = "1703723400";', ["2023-12-28"]),  # 2023-12-28 08:30 in China
    ('var publish_time = "2023-12-28" || "";', ["2023-12-28"]),
    ("window.pubDate = '2023-12-28 08:30';", ["2023-12-28 08:30"]),
    ('var count = "1703723400"; var title = "2023-12-28";', []),  # other names are no date
])
def test_the_script_variables_that_state_the_publication_time(script: str, dates: list[str]) -> None:
    soup = BeautifulSoup(f"<html><head><script>{script}</script></head><body></body></html>", "html.parser")
    assert script_dates(soup) == dates


def test_a_printed_date_wins_over_the_script_s(tmp_path: Path) -> None:
    head = '<title>在全市科技创新大会上的讲话</title><script>var ct = "1703723400";</script>'
    printed = html_page(tmp_path, head, f"<h1>在全市科技创新大会上的讲话</h1><p>发布时间：2023-12-29</p>{SPEECH}")
    assert str(normalize_file(printed, tmp_path).meta["published"]) == "2023-12-29"


def test_without_a_printed_date_the_script_s_dates_the_page(tmp_path: Path) -> None:
    head = '<title>在全市科技创新大会上的讲话</title><script>var ct = "1703723400";</script>'
    page = html_page(tmp_path, head, f"<h1>在全市科技创新大会上的讲话</h1><em id='publish_time'></em>{SPEECH}")
    document = normalize_file(page, tmp_path)
    assert str(document.meta["published"]) == "2023-12-28"
