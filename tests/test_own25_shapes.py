"""Shapes of eval/own25's pages (opened in the twenty-fourth session), each rebuilt here from made-up text: a speech's
headline crediting its speaker after its dash, in brackets or before the talk's own title in its subtitle."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，公司经营稳中向好，主要指标好于预期，团队建设有力有效，各项业务和谐发展，成绩来之不易。"
MORE = "互联网最大的作用就是提升效率。一个公司没有效率，就没有未来；规模和速度的背后，是效率。"
TEXT = f"<p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"


def blog_post(tmp_path: Path, title: str, text: str = TEXT) -> Path:
    body = f"<h1>{title}</h1><div class='post'>{text}</div>"
    return html_page(tmp_path, f"<title>{title} | 某某的博客</title>", body)


@pytest.mark.parametrize(("title", "speaker"), [
    ("在阵亡将士葬礼上的讲话——伯里克斯", "伯里克斯"),  # a transliterated name alone after the dash
    ("我们需要的，不是打工者（张某明） ——在新员工入职培训上的讲话", "张某明"),  # in brackets closing the first part
    ("坚守营造梦想——李某华教授《城市化与规划行业的未来》演讲实录", "李某华")])  # before the talk's own title
def test_a_speech_headline_credits_its_speaker(tmp_path: Path, title: str, speaker: str) -> None:
    document = normalize_file(blog_post(tmp_path, title), tmp_path)
    assert document.meta["speaker"] == speaker
    assert document.meta["title"].replace(" ", "") == title.replace(" ", "")  # the headline is printed whole


@pytest.mark.parametrize("title", [
    "学习总书记讲话的心得体会——伯里克斯",  # a study note's dash credits its writer
    "我们需要的，不是打工者（张某明）",  # no speech named: a topic's headline, whoever the brackets name
    "在阵亡将士葬礼上的讲话——意大利"])  # a country is no speaker
def test_a_headline_credit_needs_a_speech_it_does_not_study(tmp_path: Path, title: str) -> None:
    assert "speaker" not in normalize_file(blog_post(tmp_path, title), tmp_path).meta
