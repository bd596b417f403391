"""Shapes first seen on eval/own18's pages (opened in the nineteenth session), each rebuilt here from made-up text:
a finance portal's stock links inside the text, a picture's credit line right above a bold section heading, and a
template's article info row (修改时间) inside an element named 'related'."""

from __future__ import annotations

from pathlib import Path

from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import Block, label_short_lines, load_shapes
from tests.conftest import html_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"
MORE = "会议强调，要坚持问题导向，聚焦重点领域和关键环节，切实把各项政策措施落到实处，不断增强人民群众获得感。"


def test_a_finance_portals_stock_links_leave_the_sentence(tmp_path: Path) -> None:
    """'某某银行(601988,股吧)' and '某某地产（15.20，0.21，1.40%）' are the portal's quote links: the names stay."""
    body = (f"<h1>论坛在京举行</h1><p>{PROSE}随着某某银行(601988,股吧)体系的健康发展，某某地产（15.20，0.21，1.40%）"
            f"销售稳步增长，经济将保持强劲增长。</p><p>{OTHER}</p><p>{MORE}</p>")
    document = normalize_file(html_page(tmp_path, "<title>论坛在京举行</title>", body), tmp_path)
    assert "随着某某银行体系的健康发展，某某地产销售稳步增长" in document.body
    assert "股吧" not in document.body and "601988" not in document.body and "%" not in document.body


def test_a_pictures_credit_over_a_bold_section_heading_goes(tmp_path: Path) -> None:
    """'某某（资料图）' under a picture, right above a bold section heading: the credit goes, the heading stays."""
    body = (f"<h1>两位官员同日撰文答疑</h1><p>{PROSE}</p><p><img src='a.jpg'>张某明（资料图）</p>"
            f"<p><b>依法审议符合程序</b></p><p>{OTHER}</p><p><img src='b.jpg'>李某华（资料图）</p>"
            f"<p><b>金融市场保持稳定</b></p><p>{MORE}</p>")
    document = normalize_file(html_page(tmp_path, "<title>两位官员同日撰文答疑</title>", body), tmp_path)
    assert "资料图" not in document.body and "张某明" not in document.body
    assert "## 依法审议符合程序" in document.body and "## 金融市场保持稳定" in document.body


def test_an_unmarked_line_over_a_marked_one_is_still_a_title_pair_unless_a_caption() -> None:
    """The pair stays a title and its subtitle where the upper line is no caption by its words."""
    shapes = load_shapes()
    blocks = [Block("paragraph", PROSE), Block("paragraph", "第一部分"), Block("paragraph", "坚持稳中求进"),
              Block("paragraph", OTHER)]
    labelled = label_short_lines(blocks, shapes, [], marked=frozenset({"坚持稳中求进"}))
    assert [(block.kind, block.rank) for block in labelled[1:3]] == [("heading", 1), ("heading", 2)]
    blocks[1] = Block("paragraph", "会议现场（资料图）")
    labelled = label_short_lines(blocks, shapes, [], marked=frozenset({"坚持稳中求进"}))
    assert [(block.kind, block.text, block.rank) for block in labelled[1:2]] == [("heading", "坚持稳中求进", 1)]


def test_a_date_row_in_an_element_named_related_dates_the_page(tmp_path: Path) -> None:
    """A template wraps the article's own '修改时间：… 浏览次数：' row in '<div class="related">' after a company
    profile: no link in it, so no feed of other articles; the row goes and its day is the publication date."""
    profile = ("<p>某某投资开发有限公司成立于2017年，注册资本为人民币2亿元，是一家以文化旅游为主业的国有企业。</p>"
               "<p>公司位于素有“南大门”之称的某某市，曾获得人居环境范例奖、最适宜人居城市等多项荣誉称号。</p>"
               "<p>公司以推进全市旅游建设为切入点，引入多种合作模式，打造独具特色的小镇和田园综合体项目。</p>")
    body = (f"<div class='side'><h3>公司概况</h3>{profile}</div>"
            f"<div class='detail'><div class='tit'>全市召开项目工作汇报会</div>"
            f"<div class='related'><p>修改时间：2018-08-11 18:55 浏览次数：次</p></div>"
            f"<div class='text'><p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p></div>"
            f"<div class='other'><ul><li>上一篇：<a href='/a/1.html'>另一篇文章</a></li></ul></div></div>")
    document = normalize_file(html_page(tmp_path, "<title>全市召开项目工作汇报会_某某公司</title>", body), tmp_path)
    assert str(document.meta["published"]) == "2018-08-11"
    assert "修改时间" not in document.body and document.body.lstrip().startswith(PROSE)


def test_a_feed_named_related_that_links_to_other_articles_still_goes(tmp_path: Path) -> None:
    """The same element name round a list of links to other articles after the text is a feed, as before."""
    teaser = "另一篇文章写道，全县秋粮生产喜获丰收，农民收入持续增加，乡村面貌焕然一新，群众幸福感不断提升。"
    body = (f"<h1>全市召开项目工作汇报会</h1><div class='text'><p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p></div>"
            f"<div class='related'><h3><a href='/a/2.html'>秋粮喜获丰收</a></h3><p>{teaser}</p></div>")
    document = normalize_file(html_page(tmp_path, "<title>全市召开项目工作汇报会</title>", body), tmp_path)
    assert "秋粮" not in document.body and MORE in document.body
