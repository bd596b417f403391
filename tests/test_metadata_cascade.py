"""The metadata cascade: each field from the most reliable source the page has, the winning step named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.captures import Captures
from scripts.clean.metadata import extract_metadata, is_bare_name, load_regions, title_like, title_parts
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import build_structure
from scripts.site.ingest import main as ingest_main

PARAGRAPHS = ("<p>同志们：</p><p>今天召开全市经济工作会议，主要任务是总结去年工作，部署今年任务。"
              "我们要坚定信心，真抓实干，推动高质量发展取得新成效。</p><p>各级各部门要认真抓好落实，确保各项目标任务圆满完成，以优异成绩回报全市人民。</p>")
MENU = "<div class='nav'><a href='/'>首页</a><a href='/a'>政务公开</a><a href='/b'>新闻中心</a></div>"
RELATED = ("<div class='related'><h3>相关文章</h3><ul><li><a href='/1'>市长主持召开常务会议研究部署工作</a></li>"
           "<li><a href='/2'>全市春季植树造林工作会议召开</a></li></ul></div>")


def page(tmp_path: Path, head: str, body: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(f"<html><head><meta charset='utf-8'>{head}</head><body>{MENU}{body}{RELATED}</body></html>",
                    encoding="utf-8")
    return path


def test_cms_meta_tags_win(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>首页_某某市人民政府</title>"
                          "<meta name='ArticleTitle' content='在全市经济工作会议上的讲话'>"
                          "<meta name='PubDate' content='2023-05-08 10:00'>"
                          "<meta name='ContentSource' content='市政府办公室'>",
                f"<div class='article'><div>学习专栏</div>{PARAGRAPHS}</div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == "在全市经济工作会议上的讲话"
    assert document.meta["published"] == dt.date(2023, 5, 8)
    assert document.meta["source"]["name"] == "市政府办公室"
    assert document.provenance["title"] == "meta ArticleTitle"
    assert document.provenance["published"] == "meta PubDate"


def test_h1_labelled_line_delivery_date_and_cms_default_author(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>马卫光书记在全市经济工作会议上的讲话--学习专栏-某某中学</title>",
                "<div class='article'><div class='crumbs'>当前位置：<a>首页</a> &gt; <a>学习专栏</a></div>"
                "<h1>马卫光书记在全市经济工作会议上的讲话</h1>"
                "<div>文章来源：本站原创 作者：佚名 发布时间：2018年09月05日 点击数：</div>"
                f"<p>（2018年9月3日）</p>{PARAGRAPHS}</div>")
    document = normalize_file(path, tmp_path)
    meta = document.meta
    assert meta["title"] == "马卫光书记在全市经济工作会议上的讲话"
    assert (meta["speaker"], meta["speaker_title"]) == ("马卫光", "书记")
    assert (meta["date"], meta["published"]) == (dt.date(2018, 9, 3), dt.date(2018, 9, 5))
    assert document.provenance == {"title": "<h1> matching <title>", "speaker": "head lines",
                                   "published": "发布时间 line", "date": "date under the title"}
    rules = {removal.rule for removal in document.removals}
    assert {"html-chrome", "html-breadcrumb", "html-after-article"} <= rules
    for chrome in ("相关文章", "植树造林", "政务公开", "佚名", "点击数"):
        assert chrome not in document.body


def test_url_date_signature_and_implausible_dates(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>董事局主席致辞</title>"
                          "<link rel='canonical' href='http://www.example.gov.cn/xw/t20200402_123.html'>",
                "<div class='article'><h1>董事局主席致辞</h1><h2>MESSAGE FROM THE PRESIDENT</h2>"
                f"<div>发布时间：1900-01-01</div>{PARAGRAPHS}<p>董事局主席：袁汉源</p><p>2020 年 3 月 28 日</p></div>")
    document = normalize_file(path, tmp_path)
    meta = document.meta
    assert meta["title"] == "董事局主席致辞"
    assert (meta["speaker"], meta["speaker_title"]) == ("袁汉源", "董事局主席")
    assert meta["published"] == dt.date(2020, 4, 2)  # 1900 is no date of this archive: the address's date wins
    assert meta["date"] == dt.date(2020, 3, 28)
    assert document.provenance["published"] == "URL date"
    assert document.provenance["speaker"] == "signature under the text"


@pytest.mark.parametrize(("line", "ok"), [
    ("|", False), ("2017年05月14日08:19来源：广西新闻网-广西日报", False), ("学习专栏", False), ("专栏", False),
    ("MESSAGE FROM THE PRESIDENT", False), ("province,year,title,source_url,publish_date,full_text", False),
    ('<%@ page language="java" contentType="text/html"%>', False), ("发布时间：2018年09月05日", False),
    ("新闻资讯详情", False), ("在全市经济工作会议上的讲话", True), ("董事局主席致辞", True),
    ("张三：在全市经济工作会议上的讲话", True), ("2026年四川省人民政府工作报告", True),
])
def test_what_a_title_is_not(line: str, ok: bool) -> None:
    assert title_like(line) is ok


@pytest.mark.parametrize(("line", "ok"), [
    ("佚名", False), ("五年", False), ("专栏", False), ("admin", False), ("管理员", False), ("市委书记", False),
    ("马卫光", True), ("欧阳修", True), ("施小琳", True), ("荆晓达", True),
])
def test_what_a_name_is(line: str, ok: bool) -> None:
    assert is_bare_name(line) is ok


def test_explain_names_each_fields_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = page(tmp_path, "<title>在全市经济工作会议上的讲话_领导讲话_某某市人民政府</title>",
                f"<div class='article'><h1>在全市经济工作会议上的讲话</h1>{PARAGRAPHS}</div>")
    assert ingest_main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "title      在全市经济工作会议上的讲话  ← <h1> matching <title>" in out
    assert "html-after-article" in out and "html-chrome" in out


@pytest.mark.parametrize(("title", "parts"), [
    ("中国-东盟博览会开幕式上的致辞_新闻_某某网", ["中国-东盟博览会开幕式上的致辞", "新闻", "某某网"]),
    ("马卫光书记在大会上的讲话--学习专栏-某某中学", ["马卫光书记在大会上的讲话", "学习专栏", "某某中学"]),
    ("在全县大会上的讲话 | 某某县人民政府", ["在全县大会上的讲话", "某某县人民政府"]),
    ("新闻资讯详情", ["新闻资讯详情"]),
])
def test_title_parts_cut_at_the_sites_own_separator(title: str, parts: list[str]) -> None:
    assert title_parts(title) == parts


def test_menu_row_is_no_title() -> None:
    assert not title_like("首页 政务公开 新闻中心 互动交流")
    assert title_like("坚定信心 真抓实干")


def test_dated_place_line_and_quoted_title(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("【收藏】《在全市经济工作会议上的讲话》【打印】\n（2010年10月1日，上海）\n\n"
                    + "\n\n".join(("今天召开全市经济工作会议，主要任务是总结去年工作，部署今年任务。",
                                   "我们要坚定信心，真抓实干，推动高质量发展取得新成效。")), encoding="utf-8")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == "在全市经济工作会议上的讲话"
    assert document.meta["date"] == dt.date(2010, 10, 1)


def test_a_containers_fields_are_one_more_named_source() -> None:
    """A scraper's record (CSV row, front matter) passes its fields in; each is a cascade step of its own."""
    lines = ["2026年02月10日 07时41分", "2026年2月3日在四川省第十四届人民代表大会第五次会议上",
             "四川省人民政府省长 施小琳", "各位代表：",
             "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。",
             "过去一年，面对复杂严峻形势和多重超预期因素冲击，全省经济运行稳中有进，发展质量稳步提升。"]
    structure = build_structure(lines)
    fields = {"title": "2026年四川省人民政府工作报告", "published": "2026-02-25",  # the scraper's crawl day
              "source_url": "https://www.sc.gov.cn/10462/c105962s/2026/2/10/c3064029.shtml"}
    found = extract_metadata(structure, Captures(), "x.csv", "0" * 64, load_regions(), fields=fields)
    meta, provenance = found.meta, found.provenance
    assert (meta["title"], meta["speaker"], meta["speaker_title"]) == ("2026年四川省人民政府工作报告", "施小琳",
                                                                       "四川省人民政府省长")
    assert (meta["date"], meta["published"]) == (dt.date(2026, 2, 3), dt.date(2026, 2, 10))
    assert meta["genre"] == "报告"
    assert provenance == {"title": "container title field", "speaker": "head lines",
                          "published": "date stamp line", "date": "date in the subtitle"}


def test_a_containers_date_fills_only_what_the_page_does_not_print() -> None:
    """A scraper's date column may be its crawl day: the page's own stamp wins; without one the column dates it."""
    lines = ["2026年2月3日在某省第十四届人民代表大会第五次会议上", "某省人民政府省长 张某某", "各位代表：",
             "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。",
             "过去一年，面对复杂严峻形势和多重超预期因素冲击，全省经济运行稳中有进，发展质量稳步提升。"]
    fields = {"title": "政府工作报告", "published": "2026-02-25"}
    found = extract_metadata(build_structure(lines), Captures(), "x.csv", "0" * 64, load_regions(), fields=fields)
    assert found.meta["published"] == dt.date(2026, 2, 25)
    assert found.provenance["published"] == "container date field"


def test_source_from_title_suffix_and_stamp_line_never_a_cms_default(tmp_path: Path) -> None:
    school = page(tmp_path, "<title>在全市经济工作会议上的讲话--学习专栏-某某市第一中学</title>",
                  "<div class='article'><h1>在全市经济工作会议上的讲话</h1><div>文章来源：本站原创 作者：佚名</div>"
                  f"{PARAGRAPHS}</div>", name="school.html")
    assert normalize_file(school, tmp_path).meta["source"]["name"] == "某某市第一中学"
    news = page(tmp_path, "<title>news_detail.html</title>",
                "<div class='article'><h4>在全市经济工作会议上的讲话</h4>"
                f"<div>2017年05月14日 08:19 来源：某某新闻网-某某日报</div>{PARAGRAPHS}</div>", name="news.html")
    document = normalize_file(news, tmp_path)
    assert document.meta["source"]["name"] == "某某新闻网-某某日报"
    assert document.meta["published"] == dt.date(2017, 5, 14)
