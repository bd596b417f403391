"""A column's kicker printed before a spaced bar ('时局 | 张三：…') is part of the title as the page prints it (the
label conventions in eval/README.md), while the headline after it is what names the speaker. Every input is made
up."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import column_kicker
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

SPEECH = "".join(f"<p>{text}</p>" for text in (
    "同志们、朋友们：",
    "今天我们在这里召开座谈会，主要是想当面听听大家的意见和建议，共同为推动高质量发展出主意、想办法。",
    "希望大家坚定信心、真抓实干，把各项任务落到实处，以优异成绩回报人民群众的期待。",
    "谢谢大家。"))


@pytest.mark.parametrize(("headline", "speaker"), [
    ("时局 | 张某明：坚持改革开放不动摇 奋力开创新局面", "张某明"),
    ("深度 ｜ 李某华：把人民群众的期待落到实处", "李某华"),
])
def test_a_printed_kicker_stays_in_the_title_and_the_speaker_after_it_is_read(
        tmp_path: Path, headline: str, speaker: str) -> None:
    page = html_page(tmp_path, f"<title>{headline} -- 某某号 -- 某某网</title>",
                     f"<div class='article'><h1>{headline}</h1>{SPEECH}</div>")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == headline
    assert document.meta["speaker"] == speaker


@pytest.mark.parametrize(("line", "split"), [
    ("时局 | 张某明：坚持改革开放不动摇", ("时局 | ", "张某明：坚持改革开放不动摇")),
    # no kicker: glued without spaces, a headline with a bar of its own, a headline too short beside its kicker
    ("政能亮丨稳经济需要跑出加速度", ("", "政能亮丨稳经济需要跑出加速度")),
    ("观察 | 改革 | 开放新局面", ("", "观察 | 改革 | 开放新局面")),
    ("某某市委书记 | 讲话", ("", "某某市委书记 | 讲话")),
])
def test_what_counts_as_a_column_kicker(line: str, split: tuple[str, str]) -> None:
    assert column_kicker(line) == split
