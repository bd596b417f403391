"""Titles of pages saved as a crawler's text export (the <title> on the first line, then every visible string on a
line of its own: scripts/measure/variants.py `text-lines`), and hyphens in a <title> that part no site. Every page
is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import title_parts
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

SPEECH = ("尊敬的各位老师，亲爱的同学们：\n大家下午好！\n我叫王某某，来自软件0804班。今天很荣幸能够站在这里，"
          "代表学院全体毕业生发言，对于在场的所有毕业生而言，今天是我们终生难忘的日子。\n我们能够顺利地毕业，无不得益于四年来给予我们帮助和支持的人。"
          "在此，请允许我代表全体毕业生，向辛勤培养我们的母校表示最真诚的感谢！谢谢大家！\n")


@pytest.mark.parametrize(("title", "parts"), [
    ("某某中学2019-2020学年开学典礼讲话 - 某某网", ["某某中学2019-2020学年开学典礼讲话", "某某网"]),  # a range of years
    ("COVID-19疫情防控工作会议上的讲话 - 某某网", ["COVID-19疫情防控工作会议上的讲话", "某某网"]),
    ("某某公司发布最强芯片：一块顶十块GPU-EDN 某某技术", ["某某公司发布最强芯片：一块顶十块GPU", "EDN 某某技术"]),
])
def test_a_hyphen_against_a_figure_parts_no_site(title: str, parts: list[str]) -> None:
    assert title_parts(title) == parts


def test_a_text_export_printing_the_headline_and_a_banner_with_a_bar_of_its_own_keeps_the_headline(
        tmp_path: Path) -> None:
    """The <title> '标题 | wang's blog|王某某的个人博客', then the headline, then the site's banner holding a bar: the
    <title>'s end shown whole is the banner, not a headline with the site's name before it."""
    head = ["学位授予仪式毕业生代表发言稿 | wang's blog|王某某的个人博客", "学位授予仪式毕业生代表发言稿",
            "wang's blog|王某某的个人博客", "记录我的学习、生活、工作。", "首页", "归档", "关于",
            "学位授予仪式毕业生代表发言稿", "2012-06-14 |", "分类于", "软件学院"]
    document = normalize_file(text_page(tmp_path, "\n".join(head) + "\n" + SPEECH), tmp_path)
    assert document.meta["title"] == "学位授予仪式毕业生代表发言稿"


def test_the_headline_a_text_export_prints_again_in_its_menus_stays_the_title(tmp_path: Path) -> None:
    """'总经理致辞' in the header's menu, over the text with the post's stamp, and in the footer's menu: three copies,
    as a PDF's running header has; the copy over the text is the headline, the menus' copies go."""
    menu = ["某某建筑工程有限公司", "首页", "公司简介", "董事长寄语", "总经理致辞", "工程业绩", "联系我们"]
    text = ("某某建筑工程有限公司自组建成立以来，秉承诚信经营的理念，为社会建设了一大批优质工程。\n"
            "我们愿与各界朋友携手并进，共创美好未来。\n")
    page = "\n".join([*menu, "总经理致辞", "2017-01-12 14:01:30", "admin", "1158"]) + "\n" + text + "\n".join(menu)
    document = normalize_file(text_page(tmp_path, page + "\n"), tmp_path)
    assert document.meta["title"] == "总经理致辞"
    assert "董事长寄语" not in document.body and "总经理致辞" not in document.body
