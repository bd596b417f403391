"""A run of plural addresses opening a speech ('同志们、朋友们：') is its salutation, the speech's first line, not a
head line above it: an HTML page's greeting paragraph was dropped as head chrome, and with it the evidence that
the text addresses an audience. Every input is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import is_prose, load_shapes
from tests.conftest import html_page

TEXT = ["今天我们在这里召开座谈会，主要是想当面听听大家的意见和建议，共同为推动高质量发展出主意、想办法。",
        "希望大家坚定信心、真抓实干，把各项任务落到实处，以优异成绩回报人民群众的期待。", "谢谢大家。"]


@pytest.mark.parametrize("line", ["同志们、朋友们：", "老师们、同学们，", "戰友們、同胞們：", "朋友们，同志们：",
                                  "各位代表、同志们：", "各位贵宾、各位朋友，大家好：", "各位貴賓、各位朋友，大家好：",
                                  "各位市民、各位朋友："])
def test_a_run_of_plural_addresses_is_a_salutation(line: str) -> None:
    assert is_prose(line, load_shapes())


@pytest.mark.parametrize("line", ["感谢全校的老师们、同学们：", "同志们、朋友们的心愿", "朋友们"])
def test_an_address_inside_a_phrase_is_none(line: str) -> None:
    assert not load_shapes().salutation.fullmatch(line)


def test_the_greeting_paragraph_of_an_html_speech_stays_its_first_line(tmp_path: Path) -> None:
    body = "".join(f"<p>{text}</p>" for text in ["同志们、朋友们：", *TEXT])
    page = html_page(tmp_path, "<title>在全市座谈会上的讲话 -- 某某网</title>",
                     f"<div class='nav'><a href='/'>首页</a> <a href='/n'>新闻</a></div>"
                     f"<div class='article'><h1>在全市座谈会上的讲话</h1>{body}</div>")
    document = normalize_file(page, tmp_path)
    assert document.body.lstrip().startswith("同志们、朋友们：")
