"""Shapes the nineteenth session's sweep of page variants over the development sets found (scripts/measure/variants.py:
fullwidth-halfwidth, hanzi-dates, title-site-suffix), each rebuilt here from made-up text: a salutation and an
organiser's blurb punctuated with ASCII marks, and a <title> that carries a reposting site's name before the
portal's."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import title_parts
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import load_shapes
from tests.conftest import text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"


@pytest.mark.parametrize("line", ["各位同志,我在新疆工作了二十七年。", "各位代表,现在我代表市政府作报告。",
                                  "同志们、朋友们:", "全国同胞们,"])
def test_a_salutation_punctuated_with_ascii_marks_is_one(line: str) -> None:
    """Sites and corpora that fold full-width punctuation to ASCII ('，' -> ',') still open a speech so."""
    assert load_shapes().salutation.match(line)


def test_an_organisers_blurb_with_ascii_commas_after_the_talk_goes(tmp_path: Path) -> None:
    """The closing 'about' paragraph of a talk's transcript, its commas ASCII ('…推出的技术会议,每年在北京举办。')."""
    blurb = "某某开发者大会是某某团队面向开发者社区推出的技术会议,每年在北京举办。本届大会在线上举行。"
    page = "# 在开发者大会上的演讲\n\n" + "".join(f"{PROSE}\n\n" for _ in range(6)) + blurb + "\n"
    document = normalize_file(text_page(tmp_path, page, "talk.md"), tmp_path)
    assert "开发者大会是" not in document.body and document.body.count(PROSE) == 6


@pytest.mark.parametrize(("title", "parts"), [
    ("全市召开项目推进座谈会-某某科普网_示例市人民政府门户网站",
     ["全市召开项目推进座谈会", "某某科普网", "示例市人民政府门户网站"]),
    ("张某局长《在全市教育工作会议上的讲话》--党政办-某某市第一中学_示例市人民政府门户网站",
     ["张某局长《在全市教育工作会议上的讲话》", "党政办", "某某市第一中学", "示例市人民政府门户网站"]),
    ("中国-东盟博览会上的致辞_新闻_某某网", ["中国-东盟博览会上的致辞", "新闻", "某某网"]),
    ("时局 | 张某明：欢迎提出批评 -- 大案 -- 传送门", ["时局 | 张某明：欢迎提出批评", "大案", "传送门"]),
])
def test_a_reposting_sites_name_before_the_portals_is_cut_off_the_title(title: str, parts: list[str]) -> None:
    """'标题-某某网_门户网站': the first part is itself a title and its own site's name; a dash inside a name and a
    column kicker before the headline are the headline's."""
    assert title_parts(title) == parts
