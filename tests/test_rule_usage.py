"""make rule-usage: it counts the pages each rule fired on from what the pipeline records, marks the rules that
fired on no page or one, finds a rule's long literals, and never runs the held-out set."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.core.paths import REPO
from scripts.measure.rule_usage import (
    HELD_OUT_SETS,
    Page,
    collect,
    development_pages,
    literal_hits,
    literals,
    render_usage,
    step_of,
    usage_rows,
)

SPEECH = ("同志们：\n\n今天我们召开全县秋季农业生产工作会议，主要任务是总结前一阶段的工作，分析当前面临的形势，"
          "部署下一阶段的任务。刚才，几位同志作了很好的发言，我都同意。\n\n"
          "下面，我讲三点意见。第一，要提高认识，切实增强做好秋季农业生产工作的责任感。各地要把这项工作摆上重要位置，"
          "主要负责同志要亲自抓。\n\n第二，要突出重点，扎实推进各项工作落实。谢谢大家。\n")
CRUMB = "当前位置：首页 > 新闻中心 > 领导讲话"


def page(tmp_path: Path, name: str, text: str) -> Page:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Page(f"made-up/{name}", path)


def test_a_rule_is_counted_once_per_page_it_fired_on(tmp_path: Path) -> None:
    pages = [page(tmp_path, "a.txt", f"{CRUMB}\n\n{SPEECH}"),
             page(tmp_path, "b.txt", f"{CRUMB}\n{CRUMB}\n\n{SPEECH}"),  # fires twice here: still one page
             page(tmp_path, "c.txt", SPEECH),
             page(tmp_path, "d.txt", "")]  # refused: an empty file
    usage = collect(pages)
    assert list(usage.fired["breadcrumb"]) == ["made-up/a.txt", "made-up/b.txt"]
    assert usage.fired["breadcrumb"]["made-up/a.txt"] == CRUMB
    assert list(usage.refused) == ["made-up/d.txt"]
    assert usage.pages == [p.label for p in pages]
    rows = {row[0]: row for row in usage_rows(usage, {"breadcrumb": "line", "never-fires": "line"})}
    assert rows["breadcrumb"][2:] == (2, 1, 0, "")
    assert rows["never-fires"][2:] == (0, 0, 0, "DEAD")


def test_a_rule_on_one_page_is_marked_with_the_line_it_took(tmp_path: Path) -> None:
    usage = collect([page(tmp_path, "a.txt", f"{CRUMB}\n\n{SPEECH}"), page(tmp_path, "b.txt", SPEECH)])
    row = next(line for line in render_usage(usage, {"breadcrumb": "line"}) if "| breadcrumb |" in line)
    assert row.startswith("| ONE | 1 | 1 | 0 |")
    assert f"made-up/a.txt: «{CRUMB}»" in row


def test_metadata_steps_are_counted_by_their_cascade_names(tmp_path: Path) -> None:
    usage = collect([page(tmp_path, "a.txt", f"在全县秋季农业生产工作会议上的讲话\n\n{SPEECH}")])
    assert "made-up/a.txt" in usage.fired["title ← head lines"]
    assert step_of("published", "发布时间 line, earlier than the meta PubDate") == "发布时间 line"
    assert step_of("title", "JSON field") == "JSON field"


@pytest.mark.parametrize(("pattern", "expected"), [
    ("全文阅读已结束[。！]?", ["全文阅读已结束"]),
    ("(?:欢迎访问|欢迎光临)本网站", []),  # alternatives and the text after them are short runs
    ("[一二三四五六七八九十]{1,3}、", []),  # a character class is no literal
    ("甲乙丙丁戊己庚?", ["甲乙丙丁戊己"]),  # an optional last character is not part of it
    ("甲乙丙丁戊己+庚辛", ["甲乙丙丁戊己"]),  # a repeated character ends it
    (r"本文\s*根据录音整理", ["根据录音整理"]),  # an escape ends a run
])
def test_literals_are_the_runs_a_pattern_matches_verbatim(pattern: str, expected: list[str]) -> None:
    assert literals(pattern) == expected


def test_a_long_literal_found_on_one_page_is_a_suspect() -> None:
    texts = {"x/1.txt": "……本站文章全文阅读已结束，谢谢……", "x/2.txt": "讲话正文", "x/3.txt": "讲话正文"}
    found = literal_hits({"cruft.yml: made-up": ["全文阅读已结束[。！]?", "(?:欢迎访问)本网站首页导航栏目"]}, texts)
    assert [(item.text, item.pages, item.suspect) for item in found] == [
        ("全文阅读已结束", ["x/1.txt"], True), ("本网站首页导航栏目", [], False)]


def test_the_held_out_set_is_refused_before_any_page_is_read() -> None:
    with pytest.raises(SystemExit, match="held-out"):
        development_pages([REPO / HELD_OUT_SETS[0]])
