"""Pages from templates nobody here has seen: class names that say nothing (hashed by a build tool, or meaningless),
where the post's date in its meta row is still the post's and the menu item marked as the page shown still names the
page; and a <title> whose first part opens with a site and its column (as a blog reposting a government page keeps
it), which still gives its headline. scripts/measure/variants.py `renamed-classes` and `title-site-prefix` measure
the same on the labelled sets; every page here is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

TALK = ("<p>对于这个问题，你们想必是深信不疑的。今天我想和大家谈谈打工者的故事，谈谈他们的家乡和他们的城市。</p>"
        "<p>他们觉得总有一天会回到老家，但这几千万的第一代打工者回老家了吗？我们一起来看一看。谢谢大家！</p>")


def blog_post(meta_row: str) -> str:
    return (f"<div class='c1a2b'>打工者的故事</div><div class='c9f0e'><span class='c3d4e'>吕某</span></div>"
            f"<div class='c7a8b'>{meta_row}</div><hr><article>{TALK}</article>")


def test_a_date_in_the_post_s_meta_row_is_the_post_s_date(tmp_path: Path) -> None:
    row = ("<div class='c486c'><i class='c20f1'></i>2018-08-26</div><div class='cb5bf'><i></i>文章字数: 7k</div>"
           "<div class='cbab2'><a href='#'>导读</a></div>")
    document = normalize_file(html_page(tmp_path, "<title>打工者的故事</title>", blog_post(row)), tmp_path)
    assert document.meta["published"] == dt.date(2018, 8, 26)
    assert "date" not in document.meta


def test_a_date_in_brackets_beside_the_row_is_no_post_date(tmp_path: Path) -> None:
    row = "<div class='c486c'>（2018年8月26日）</div><div class='cb5bf'>文章字数: 7k</div>"
    document = normalize_file(html_page(tmp_path, "<title>打工者的故事</title>", blog_post(row)), tmp_path)
    assert "published" not in document.meta


def company_page(menu: str) -> str:
    return (f"<div class='c11'><ul>{menu}</ul></div>"
            "<div class='c22'><p>各位朋友：</p><p>欢迎您访问某某集团网站。某某集团始终坚持诚信经营，"
            "以优质的产品和服务回报社会，"
            "与广大客户共同成长，共同发展。</p><p>我们愿与各界朋友携手并进，共创美好未来。</p></div>")


def test_the_one_menu_item_with_a_class_names_the_page(tmp_path: Path) -> None:
    menu = ("<li><a href='a.html'>集团概况</a></li><li><a href='b.html'>发展历程</a></li>"
            "<li class='x7f3a'><a href='c.html'>董事长致辞</a></li><li><a href='d.html'>技术中心</a></li>")
    document = normalize_file(html_page(tmp_path, "<title>某某集团</title>", company_page(menu)), tmp_path)
    assert document.meta["title"] == "董事长致辞"


def test_a_menu_whose_items_all_have_classes_marks_none(tmp_path: Path) -> None:
    menu = ("<li class='a1'><a href='a.html'>集团概况</a></li><li class='a2'><a href='b.html'>发展历程</a></li>"
            "<li class='a3'><a href='c.html'>董事长致辞</a></li><li class='a4'><a href='d.html'>技术中心</a></li>")
    document = normalize_file(html_page(tmp_path, "<title>某某集团</title>", company_page(menu)), tmp_path)
    assert document.meta.get("title") != "董事长致辞"


def test_a_title_part_that_opens_with_a_site_and_its_column_gives_up_the_headline(tmp_path: Path) -> None:
    """'某某市人民政府 - 新闻中心 - 标题 | 某某的博客': a government page's <title> a blog kept whole."""
    head = "<title>某某市人民政府 - 新闻中心 - 矛盾论 | 某某的博客</title>"
    body = ("<div><a href='/'>某某的博客</a></div><h1>矛盾论</h1><div>" + TALK + "</div>")
    assert normalize_file(html_page(tmp_path, head, body), tmp_path).meta["title"] == "矛盾论"


def test_a_dash_inside_the_headline_stays_in_it(tmp_path: Path) -> None:
    head = "<title>某某市人民政府 - 新闻中心 - 比尔盖茨谈AI公开信全文——AI的时代已经到来 | 某某的博客</title>"
    body = "<h1>比尔盖茨谈AI公开信全文——AI的时代已经到来</h1><div>" + TALK + "</div>"
    assert normalize_file(html_page(tmp_path, head, body), tmp_path).meta["title"] == \
        "比尔盖茨谈AI公开信全文——AI的时代已经到来"
