"""Shapes found by probing the cleaner with made-up pages in the eleventh session (probe11b): a byline whose offices
a comma joins, a speech's whole title block run onto one line, a salutation listing offices, a site's web address
glued to its name injected into the text, a paywall notice's full stop, a related list's header naming the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import byline, title_block_parts
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

SPEECH = ["今天召开全县优化营商环境大会，主要是动员全县上下进一步解放思想、转变作风，全力打造一流营商环境。",
          "一、提高思想认识。营商环境就是生产力，优化营商环境就是解放生产力。",
          "二、聚焦重点任务。要深化“放管服”改革，推动更多事项网上办、就近办、一次办。",
          "同志们，让我们以时不我待的紧迫感，推动营商环境持续优化！"]


def page(tmp_path: Path, head_lines: list[str], salutation: str = "同志们：", after: str = "") -> Path:
    paragraphs = "".join(f"<p>{line}</p>" for line in [*head_lines, salutation, *SPEECH])
    body = (f"<div class='crumb'>当前位置：首页 &gt; 领导讲话</div><div class='article'>{paragraphs}{after}</div>"
            "<div class='bar'>发布时间：2024-03-08 来源：县政府办</div>")
    return html_page(tmp_path, "<title>某某县人民政府</title>", body)


# ------------------------------------------------------------------ a byline whose offices a comma joins
@pytest.mark.parametrize(("line", "office"), [
    ("市委常委、组织部部长，市委党校校长 张某明", "市委常委、组织部部长，市委党校校长"),
    ("省委常委，某某市委书记 李某华", "省委常委，某某市委书记"),
    ("某某县委书记 张某明", "某某县委书记")])
def test_offices_a_comma_joins_still_make_a_byline(line: str, office: str) -> None:
    found = byline(line)
    assert found is not None and found[0] == office and found[1] in line


@pytest.mark.parametrize("line", ["会议由县长主持，县委书记张某明", "大家要认真学习。县委书记张某明", "要求：县委书记张某明"])
def test_a_sentence_before_an_office_is_no_byline(line: str) -> None:
    assert byline(line) is None


def test_a_byline_with_comma_joined_offices_under_the_title_names_the_speaker(tmp_path: Path) -> None:
    path = page(tmp_path, ["在全县优化营商环境大会上的讲话", "市委常委、组织部部长，市委党校校长 张某明", "（2024年3月5日）"])
    meta = normalize_file(path, tmp_path).meta
    assert meta["speaker"] == "张某明" and str(meta["date"]) == "2024-03-05"


# ------------------------------------------------------------------ a title block run onto one line
@pytest.mark.parametrize("line", [
    "在全县优化营商环境大会上的讲话（2024年3月5日） 某某县委书记 张某明",
    "在全县优化营商环境大会上的讲话 某某县委书记 张某明 2024年3月5日",
    "凝心聚力 全力打造一流营商环境——在全县优化营商环境大会上的讲话 某某县委书记 张某明 （2024年3月5日）"])
def test_a_title_block_on_one_line_gives_title_speaker_and_date(tmp_path: Path, line: str) -> None:
    meta = normalize_file(page(tmp_path, [line]), tmp_path).meta
    assert str(meta["title"]).endswith("在全县优化营商环境大会上的讲话")
    assert meta["speaker"] == "张某明" and meta["speaker_title"] == "某某县委书记"
    assert str(meta["date"]) == "2024-03-05"


def test_a_title_block_without_a_date_still_splits(tmp_path: Path) -> None:
    meta = normalize_file(page(tmp_path, ["在全县优化营商环境大会上的讲话 某某县委书记 张某明"]), tmp_path).meta
    assert meta["title"] == "在全县优化营商环境大会上的讲话" and meta["speaker"] == "张某明"
    assert "date" not in meta or meta["date"] is None


@pytest.mark.parametrize("line", [
    "在全县优化营商环境大会上的讲话",  # nothing after the speech word
    "在全县优化营商环境大会上的讲话稿",  # a word, not a byline, after it
    "学习县委书记在全县大会上的讲话精神",  # a news headline about the speech
    "县委书记在全县大会上的讲话。会议要求张某明"])  # a sentence
def test_other_lines_are_no_title_block(line: str) -> None:
    assert title_block_parts(line) is None


# ------------------------------------------------------------------ a salutation listing offices
@pytest.mark.parametrize("salutation", ["各位校长、老师们，同志们：", "各位校长、老师们：", "各位院长、各位主任："])
def test_a_salutation_listing_offices_stays_in_the_text(tmp_path: Path, salutation: str) -> None:
    path = page(tmp_path, ["在全市教育工作会议上的讲话", "市长 张某明", "（2022年8月25日）"], salutation=salutation)
    document = normalize_file(path, tmp_path)
    assert document.body.lstrip().startswith(salutation)
    assert document.meta["speaker"] == "张某明"


def test_a_sentence_opening_with_an_address_is_no_salutation(tmp_path: Path) -> None:
    sentence = "各位校长、各单位要抓好以下工作："
    path = page(tmp_path, ["在全市教育工作会议上的讲话", "市长 张某明"], salutation=f"同志们：</p><p>{sentence}")
    assert sentence in normalize_file(path, tmp_path).body
