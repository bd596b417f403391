"""A crawler's text export of a page (the `text-lines` variant of `make eval`): the page's <title> on the first line,
then every visible string of the page on a line of its own. The first line is read as the page's <title>."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import opencc
import pytest

from scripts.clean.decode import exported_page_title
from scripts.clean.pipeline import normalize_file

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"


def export(tmp_path: Path, first: str, headline: str) -> Path:
    lines = [first, "首页", "新闻中心", "领导讲话", headline, "发布时间：2023-05-06", "同志们：", PROSE, OTHER,
             "版权所有 某某县人民政府"]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_first_line_of_a_text_export_is_the_pages_title(tmp_path: Path) -> None:
    """'在全县经济工作会议上的讲话_领导讲话_某某县人民政府' first, the headline again under the menu: the first line is
    the <title>, its site's name the source's, and it is not the text's first line."""
    path = export(tmp_path, "在全县经济工作会议上的讲话_领导讲话_某某县人民政府", "在全县经济工作会议上的讲话")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == "在全县经济工作会议上的讲话"
    assert document.meta["source"]["name"] == "某某县人民政府"
    assert "某某县人民政府" not in document.body.split("\n")[0]


def test_a_title_naming_its_site_first_is_read_too() -> None:
    lines = ["某某县人民政府 - 领导讲话 - 在全县经济工作会议上的讲话", "首页", "在全县经济工作会议上的讲话", PROSE]
    assert exported_page_title(lines) == 0


def test_a_first_line_that_no_later_line_repeats_before_a_separator_is_text() -> None:
    """A speech's own title line, or a heading the text repeats whole: no <title> of an export."""
    assert exported_page_title(["在全县经济工作会议上的讲话", "同志们：", PROSE]) is None
    assert exported_page_title(["在全县经济工作会议上的讲话", "在全县经济工作会议上的讲话", PROSE]) is None
    assert exported_page_title(["同志们：" + PROSE, "同志们", OTHER]) is None


def test_a_post_date_split_from_its_label_is_the_publication_date_not_the_speechs(tmp_path: Path) -> None:
    """A blog's post meta row exported one string a line ('发表于' / '2020-12-31' / '|' / '更新于' / '2021-01-02'): the
    label and its date are read as one field, the post's publication date; the date is no delivery date under the
    title."""
    lines = ["国家主席某某发表新年贺词 | 某某的博客", "首页", "归档", "国家主席某某发表新年贺词", "发表于",
             "2020-12-31", "|", "更新于", "2021-01-02", "|", "日常", "大家好！", PROSE, OTHER]
    path = tmp_path / "post.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = normalize_file(path, tmp_path)
    assert str(document.meta["published"]) == "2020-12-31"
    assert "date" not in document.meta


def test_a_page_saved_on_one_line_gives_its_title_and_starts_the_text_at_the_headline(tmp_path: Path) -> None:
    """A course crawler's save: '<title> menus headline date source text footer' on one line. The <title> (headline,
    separator, site) is read as the page's, the menus between it and the headline printed again are the page's
    chrome, and the headline is a line of its own, not glued to the text's first paragraph."""
    menus = " ".join(["首页", "学校概况", "新闻中心", "学院动态", "招生就业", "校友之家"] * 3)
    text = " ".join([PROSE, OTHER] * 12)
    headline = "学校召开2023年工作会议"
    line = f"{headline}_某某大学 {menus} {headline} 发布时间：2023-03-01 {text} 版权所有 某某大学"
    path = tmp_path / "page.txt"
    path.write_text(line + "\n", encoding="utf-8")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == "学校召开2023年工作会议"
    assert "学校召开2023年工作会议" not in document.body  # the headline is a line of its own, read as the title
    assert "学校概况" not in document.body
    assert ("flattened-page-chrome", menus) in [(removal.rule, removal.text) for removal in document.removals]


def test_a_middle_dot_inside_a_transliterated_name_parts_no_title() -> None:
    """The separators are the <title>'s (metadata's SITE_SEPARATORS): a middle dot parts a title only with space
    round it, never inside '阿某·某某'."""
    assert exported_page_title(["阿某·某某在某某大会上的讲话", "阿某", PROSE]) is None
    assert exported_page_title(["在某某大会上的讲话 · 某某网", "在某某大会上的讲话", PROSE]) == 0


@pytest.mark.parametrize("script", [str, opencc.OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_a_page_saved_on_one_line_with_nothing_between_its_strings_is_read_too(
        tmp_path: Path, script: Callable[[str], str]) -> None:
    """The strings run together with no space ('…报告会-某某要闻-某某大学首页…', paragraphs set apart by full-width
    spaces only): the <title> ends at its last short site part, the text starts at the headline printed again, and
    the editor's credit right after the last sentence, the list of other headlines and the footer go (編輯 and the
    footer read in traditional characters too)."""
    headline = "某某为学校专题培训班作专题辅导报告"
    menus = "首页某某要闻媒体某某光影某某故事视频广播您当前的位置：某某大学>>某某要闻"
    text = "　　".join([PROSE, OTHER] * 12)
    tail = "编辑：张三微信往期推送更多...某某大学获批3项国际...首届自动驾驶创新与应用发展...新闻热线：022-12345678" \
        "投稿信箱：news@example.edu.cn本网站由某某大学新闻中心设计维护Copyright@2014津ICP备12345678号-1"
    row = "来源：某某大学新闻网发稿时间：2023-01-0912:07　　"
    line = script(f"{headline}-某某要闻-某某大学{menus}{headline}{row}{text}{tail}")
    path = tmp_path / "page.txt"
    path.write_text(line, encoding="utf-8")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == script(headline) and str(document.meta["published"]) == "2023-01-09"
    assert not any(script(chrome) in document.body for chrome in ("您当前的位置", "编辑：张三", "往期推送", "ICP备"))
    assert document.body.rstrip().endswith(script("成绩来之不易。"))
