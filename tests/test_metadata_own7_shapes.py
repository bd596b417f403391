"""Title and dates of pages shaped like the metadata misses of a newly opened set: a company's message page
whose only title is its breadcrumb's last element and its section menu's current item, a record whose content
opens with a slogan heading. Every input is made up."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务，"
          "动员全县上下坚定信心。\n\n大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n\n谢谢大家。\n")


# ------------------------------------------------------------------ a message page named only by its trail and menu
MESSAGE = "".join(f"<p>{paragraph}</p>" for paragraph in (
    "公司成立二十年来，我们始终坚持诚信经营、客户至上的理念，与广大员工一道艰苦创业，走过了不平凡的发展历程。",
    "面向未来，我们将继续加大研发投入，培养优秀人才，努力把公司建设成为行业一流、受人尊敬的现代企业。",
    "衷心感谢各位员工、客户和社会各界朋友长期以来的关心和支持，让我们携手共创更加美好的明天！"))
MENU = ('<div class="sideMenu"><dl><dd><a href="a1" class="{mark}">总经理致辞</a></dd>'
        '<dd><a href="a2">公司简介</a></dd><dd><a href="a3">组织机构</a></dd>'
        '<dd><a href="a4">企业文化</a></dd><dd><a href="a5">发展历程</a></dd></dl></div>')


def message_page(tmp_path: Path, trail: str, mark: str = "", heading: str = "") -> Path:
    body = f'{trail}{MENU.format(mark=mark)}<div class="single">{heading}<img src="p.jpg" alt="">{MESSAGE}</div>'
    return html_page(tmp_path, "<title>关于我们-某某科技有限公司</title>", body)


@pytest.mark.parametrize("trail", [
    '<div class="breadMenu"><a href="/">首页</a><a href="/about">关于我们</a><a href="#">总经理致辞</a></div>',
    '<div class="bread"><a href="/">首页</a> <a href="/about">关于我们</a> 总经理致辞</div>',
    '<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/about">关于我们</a> &gt; 总经理致辞</div>',
])
def test_a_message_page_without_a_heading_is_titled_by_its_trail(tmp_path: Path, trail: str) -> None:
    document = normalize_file(message_page(tmp_path, trail), tmp_path)
    assert document.meta["title"] == "总经理致辞"
    assert "首页" not in document.body and "关于我们" not in document.body


@pytest.mark.parametrize("mark", ["hover", "on", "current", "active"])
def test_a_message_page_without_a_heading_or_trail_is_titled_by_its_current_menu_item(tmp_path: Path,
                                                                                      mark: str) -> None:
    assert normalize_file(message_page(tmp_path, "", mark), tmp_path).meta["title"] == "总经理致辞"


def test_a_current_menu_item_naming_no_speech_titles_nothing(tmp_path: Path) -> None:
    page = message_page(tmp_path, "", "on").read_text(encoding="utf-8").replace(
        '<a href="a1" class="on">总经理致辞</a>', '<a href="a1" class="on">公司简介</a>')
    path = text_page(tmp_path, page, "page.html")
    assert normalize_file(path, tmp_path).meta.get("title") != "公司简介"


def test_the_page_s_own_heading_beats_its_current_menu_item(tmp_path: Path) -> None:
    page = message_page(tmp_path, "", "on", heading="<h1>携手共创更加美好的明天</h1>")
    assert normalize_file(page, tmp_path).meta["title"] == "携手共创更加美好的明天"


# ------------------------------------------------------------------ a record whose content opens with a slogan
def test_a_record_s_title_field_beats_the_slogan_heading_its_content(tmp_path: Path) -> None:
    content = ("<h1>“面向未来——办好每一所学校”</h1><h2>——第三届全县教育论坛暨校长联盟年会在某地举行</h2>"
               "<p>2024年10月28日，第三届全县教育论坛暨校长联盟年会在某地拉开帷幕。本届论坛的主题为“面向未来——办好每一所学校”。</p>"
               "<p>在致辞中，县教育学会会长张某表示，要坚持立德树人，推动教育高质量发展，努力办好人民满意的教育。</p>"
               "<p>与会代表围绕未来学校建设进行了深入交流，大家一致认为，要坚持改革创新，不断提升办学水平和育人质量。</p>")
    record = json.dumps({"id": 13, "title": "第三届全县教育论坛在某地举行", "content": content,
                         "time": "2024-11-12 13:27:17"}, ensure_ascii=False)
    meta = normalize_file(text_page(tmp_path, record, "record.txt"), tmp_path).meta
    assert (meta["title"], meta["published"]) == ("第三届全县教育论坛在某地举行", dt.date(2024, 11, 12))


# ------------------------------------------------------------------ a record's fields printed as text, no code around
def test_a_record_fragment_without_code_around_it_still_gives_its_title_and_lead(tmp_path: Path) -> None:
    """Program source hands its record's fields over as the container's (containers.source_title): a fragment of a
    record pasted without the code around it ('title: "…",' lines over the text) is no program source, and only the
    lines the cleaning took off (record-field-line) still give its title and its lead."""
    fragment = "\n".join(['title: "在2024年全县秋季工作推进会上的讲话",',
                          'lead: "5月6日上午，县长张某某在2024年全县秋季工作推进会上发表讲话",',
                          "", *SPEECH.split("\n")])
    meta = normalize_file(text_page(tmp_path, fragment, "fragment.txt"), tmp_path).meta
    assert meta["title"] == "在2024年全县秋季工作推进会上的讲话"
    assert (meta["speaker"], meta["speaker_title"]) == ("张某某", "县长")
