"""Title, date and speaker on made-up pages shaped like the failures issue 10 lists for sites nobody tuned for:
each test fails on the cascade before the rule it names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.dates import plausible, plausible_speech_date
from scripts.clean.metadata import (
    NO_TITLE,
    byline,
    is_cms_stamp,
    is_field_row,
    person_name,
    split_title,
    title_like,
    title_parts,
    vocabulary,
)
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
          "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")
PARAGRAPHS = "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH.strip().split("\n\n"))
REPORT = ("<p>5月6日上午，全县秋季工作推进会召开。会议回顾前一阶段工作，安排下一阶段任务。</p>"
          "<p>会议强调，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效。</p>")


def test_a_wire_dateline_under_the_title_is_neither_the_title_nor_part_of_it(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, "在全县秋季工作推进会上的讲话\n新华社北京12月31日电\n\n" + SPEECH),
                              tmp_path)
    assert document.meta["title"] == "在全县秋季工作推进会上的讲话"
    wire = normalize_file(text_page(tmp_path, "新华社北京12月31日电\n\n" + SPEECH, "wire.txt"), tmp_path)
    assert "title" not in wire.meta and NO_TITLE in wire.warnings  # no title, rather than an invented one


@pytest.mark.parametrize(("line", "ok"), [
    ("新华社北京12月31日电", False), ("本报讯", False), ("央广网北京11月11日消息", False),
    ("人民网北京5月6日电（记者 张三）", False), ("12月31日，全县大会召开", True),
])
def test_a_news_dateline_is_no_title(line: str, ok: bool) -> None:
    assert title_like(line) is ok


def test_a_traditional_byline_under_the_title_is_the_speaker(tmp_path: Path) -> None:
    text = "在全縣秋季工作推進會上的講話\n縣長 李某明\n（二〇二一年十月八日）\n\n" + SPEECH
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert (meta["title"], meta["speaker"], meta["speaker_title"]) == ("在全縣秋季工作推進會上的講話", "李某明", "縣長")
    assert byline("行政總裁 陳大文") == ("行政總裁", "陳大文")


@pytest.mark.parametrize("row", ["发表于 2022-01-30 | 分类于 新闻", "發表於 2022-01-30 | 分類於 新聞"])
def test_a_blog_posts_labelled_date_in_a_row_of_fields(tmp_path: Path, row: str) -> None:
    path = html_page(tmp_path, "<title>在全县秋季工作推进会上的讲话 | 某某大学新闻网</title>",
                     "<div class='post'><h1 class='post-title'>在全县秋季工作推进会上的讲话</h1>"
                     f"<div class='post-meta'>{row}</div><div class='post-body'>{PARAGRAPHS}</div></div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2022, 1, 30)
    assert document.provenance["published"] == "发布时间 line"  # the theme's meta row, read whole (post-meta-labels)
    assert "分类于" not in document.body


def test_a_speech_of_the_revolutionary_years_keeps_its_date(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, "改造我们的学习\n（一九四一年五月十九日）\n\n" + SPEECH), tmp_path)
    assert document.meta["date"] == dt.date(1941, 5, 19)
    assert plausible_speech_date(dt.date(1912, 1, 1)) and not plausible_speech_date(dt.date(1900, 1, 1))
    assert not plausible(dt.date(1941, 5, 19))  # a web page's publication date is still no earlier than 1949


@pytest.mark.parametrize(("author", "name"), [("管理员", ""), ("佚名", ""), ("宣传部", ""), ("任正非", "任正非")])
def test_a_containers_author_is_a_speaker_only_when_it_is_a_persons_name(author: str, name: str) -> None:
    assert person_name(author) == name


def test_a_title_and_logo_naming_only_the_site_are_no_title(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>某某大学新闻网</title>",
                     "<h1><a href='/'>某某大学新闻网</a></h1><div class='article'><h2>在2019届毕业典礼上的讲话</h2>"
                     f"<div>作者：宣传部 发布时间：2019-06-20 浏览次数：100</div>{PARAGRAPHS}</div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == "在2019届毕业典礼上的讲话"
    assert document.meta["published"] == dt.date(2019, 6, 20)


@pytest.mark.parametrize("line", ["论文部分内容阅读", "免费阅读全文", "全文下载", "信息发布：2019-05-06"])
def test_a_document_sites_buttons_and_labels_are_no_title(line: str) -> None:
    assert not title_like(line)


@pytest.mark.parametrize(("head", "speaker", "office"), [
    ("在全县秋季工作推进会上的讲话\n李某明同志\n", "李某明", None),
    ("凝心聚力 奋勇争先\n——李某明同志在全县秋季工作推进会上的讲话\n", "李某明", None),
    ("凝心聚力 奋勇争先\n——县长李某明在全县秋季工作推进会上的讲话\n", "李某明", "县长"),
    ("在全县秋季工作推进会上的讲话\n-----李某明在全县秋季工作推进会上的讲话\n2019年5月6日\n", "李某明", None),
])
def test_a_name_with_comrade_or_a_subtitle_naming_the_speaker(tmp_path: Path, head: str, speaker: str,
                                                             office: str | None) -> None:
    meta = normalize_file(text_page(tmp_path, head + "\n" + SPEECH), tmp_path).meta
    assert (meta["speaker"], meta.get("speaker_title")) == (speaker, office)
    assert "李某明" not in meta["title"]


def test_a_title_line_with_its_delivery_date_is_no_prose(tmp_path: Path) -> None:
    path = text_page(tmp_path, "在全县秋季工作推进会上的讲话（2019年5月6日）\n\n" + SPEECH)
    document = normalize_file(path, tmp_path)
    assert (document.meta["title"], document.meta["date"]) == ("在全县秋季工作推进会上的讲话", dt.date(2019, 5, 6))
    assert not document.body.startswith("在全县")


EVENT_REPORT = ("<p>为切实抓好秋季各项工作，县政府召开全县秋季工作推进会。会议回顾前一阶段工作，安排下一阶段任务。"
                "县长李某明出席会议并讲话。</p><p>李某明强调，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效。</p>")


@pytest.mark.parametrize(("title", "line"), [
    ("全县秋季工作推进会召开", "<div>作者：张三 来源：县融媒体中心 时间：2019-05-06</div>"),
    ("县长李某明赴某某镇调研秋季工作", "<p>（2019年5月6日）</p>"),
])
def test_a_report_of_an_event_has_no_speaker_and_no_delivery_date(tmp_path: Path, title: str, line: str) -> None:
    path = html_page(tmp_path, "", f"<div class='article'><h1>{title}</h1>{line}{EVENT_REPORT}</div>")
    meta = normalize_file(path, tmp_path).meta
    assert "speaker" not in meta and "date" not in meta


def test_a_speech_titled_by_its_occasion_is_no_event_report(tmp_path: Path) -> None:
    path = html_page(tmp_path, "", "<div class='article'><h1>在全县秋季工作推进会开幕式上的讲话</h1>"
                                   f"<div>作者：李某明</div><p>（2019年5月6日）</p>{PARAGRAPHS}</div>")
    meta = normalize_file(path, tmp_path).meta
    assert (meta["speaker"], meta["date"]) == ("李某明", dt.date(2019, 5, 6))


def test_a_writers_byline_removed_as_a_credit_still_names_the_author(tmp_path: Path) -> None:
    """'文丨某某大学 张志远' goes with editor-credit, and its one name is the 作者 capture the speaker step reads."""
    text = ("从工业社会迈向数字社会\n文丨某某大学公共管理学院 张志远\n\n"
            "数字技术正在深刻改变人类社会生活的方方面面，我们应当以积极态度拥抱变化。\n\n"
            "我们难道不应该更加努力学习、终身学习，主动适应数字社会的新要求吗？\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "张志远" not in document.body
    assert document.meta.get("speaker") == "张志远"


def test_a_crawlers_source_url_line_is_a_field_not_the_texts_first_line(tmp_path: Path) -> None:
    """A long '原文：URL' in a scraper's header is read like 原文链接 (source-url-line): it leaves the text, and the
    speaker's name under the title stays a head line of its own."""
    text = ("# 在全县秋季工作推进会上的讲话\n\n- 作者：\n- 来源：某某杂志\n- 日期：\n"
            "- 原文：https://www.example.cn/20260115/0123456789abcdef0123456789abcdef/c.html\n\n"
            "在全县秋季工作推进会上的讲话\n（2025年7月14日）\n张志远\n" + SPEECH.replace("\n\n", "\n"))
    document = normalize_file(text_page(tmp_path, text, "page.md"), tmp_path)
    assert "example.cn" not in document.body
    assert document.meta.get("speaker") == "张志远"


def test_a_dash_inside_quotation_marks_does_not_cut_the_title(tmp_path: Path) -> None:
    title = "“奋进新征程——庆祝某某展”开幕"
    path = html_page(tmp_path, f"<title>{title}_部门资讯_某某省人民政府</title>"
                               f"<meta name='ArticleTitle' content='{title}'>",
                     f"<div class='article'><h1>{title}</h1>{REPORT}</div>")
    assert normalize_file(path, tmp_path).meta["title"] == title
    assert split_title("在全县大会上的讲话——县长 李某明").title == "在全县大会上的讲话"  # outside quotes: a subtitle
    assert title_parts(f"{title}_部门资讯_某某省人民政府") == [title, "部门资讯", "某某省人民政府"]


@pytest.mark.parametrize(("page_title", "parts"), [
    ("某某网—视察某某院", ["视察某某院", "某某网"]),  # the site's name first: it names a site (网)
    ("某某盈港-总经理致辞", ["总经理致辞", "某某盈港"]),  # the last part is a speech's short title, the first is not
    ("总经理致辞-某某有限公司", ["总经理致辞", "某某有限公司"]),  # the usual order stays
    ("在全县大会上的讲话-某某县人民政府", ["在全县大会上的讲话", "某某县人民政府"]),
])
def test_a_page_title_that_names_its_site_first(page_title: str, parts: list[str]) -> None:
    assert title_parts(page_title) == parts


def test_a_heading_matching_the_page_title_after_the_sites_name(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>某某网—视察某某院</title>",
                     "<h2 class='section-title'>视察某某院演讲</h2><h3 class='column-title'>作者 李某明</h3>"
                     f"<div class='text'>{PARAGRAPHS}</div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == "视察某某院演讲"
    assert (document.meta["speaker"], document.provenance["speaker"]) == ("李某明", "author field")


@pytest.mark.parametrize(("line", "name"), [
    ("作者 李某明", "李某明"), ("作者李某明", "李某明"), ("作者：李某明", "李某明"),
    ("作者简介", None), ("作者单位：某某大学", None),
])
def test_a_writers_credit_line(line: str, name: str | None) -> None:
    found = vocabulary().author_credit.match(line)
    assert (found.group("name") if found and person_name(found.group("name")) else None) == name
    assert not title_like(line) or name is None  # a credit is never a title


SIGNED = ("<p>二十多年来，在中国经济强劲增长的背景下，公司脚踏实地地稳步发展、前进着。</p>"
          "<p>2014年我们荣获优秀代理商荣誉和奖杯，这是对公司二十多年来努力的肯定。</p>"
          "<p>谢谢广大用户多年来的支持！</p>")


@pytest.mark.parametrize(("signature", "office"), [
    ("<p align='right'>李某明</p><p align='right'>2015年3月31日</p>", None),
    ("<p align='right'>某某公司总经理</p><p align='right'>李某明</p><p align='right'>2015年3月31日</p>",
     "某某公司总经理"),
    ("<p align='right'>总经理 李某明</p><p align='right'>2015年3月31日</p>", "总经理"),
    ("<p align='right'>李　某明</p><p align='right'>二〇一五年三月三十一日</p>", None),
])
def test_a_signature_block_closing_the_text_gives_speaker_and_date(tmp_path: Path, signature: str,
                                                                   office: str | None) -> None:
    path = html_page(tmp_path, "<title>总经理致辞-某某有限公司</title>",
                     f"<div class='company'>{SIGNED}{signature}</div>")
    document = normalize_file(path, tmp_path)
    assert (document.meta["speaker"], document.meta["date"]) == ("李某明", dt.date(2015, 3, 31))
    assert document.meta.get("speaker_title") == office
    assert document.provenance["date"] in {"date under the signature block closing the text",
                                           "date line closing the text"}


def test_a_name_and_a_date_closing_a_news_report_sign_no_speech(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>全县秋季工作推进会召开_某某县人民政府</title>",
                     f"<div class='article'><h1>全县秋季工作推进会召开</h1>{REPORT}"
                     "<p>李某明</p><p>2015年3月31日</p></div>")
    meta = normalize_file(path, tmp_path).meta
    assert "speaker" not in meta and "date" not in meta


def test_a_templates_date_without_its_day_mark_is_the_pages_stamp(tmp_path: Path) -> None:
    text = "全县秋季工作推进会召开\n某某公众号2020年09月09\n\n" + REPORT.replace("<p>", "").replace("</p>", "\n\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["published"], document.provenance["published"]) == (dt.date(2020, 9, 9), "date stamp line")
    assert is_cms_stamp("2020年09月09") and not is_cms_stamp("2020年9月9日")


@pytest.mark.parametrize(("line", "title_ok"), [
    ("返回首頁 某某文化", False), ("某某信息展示頁面", False), ("來源：某某日報", False),
    ("在全縣秋季工作推進會上的講話", True),
])
def test_title_checks_read_traditional_lines(line: str, title_ok: bool) -> None:
    assert title_like(line) is title_ok


def test_a_traditional_headline_loses_its_medium_and_its_glued_source_row() -> None:
    title = "某某大學建教學特區培養拔尖人才"
    assert split_title(f"某某新聞網：{title}").title == title
    assert split_title(f"{title} 來源：某某社").title == title


@pytest.mark.parametrize("line", ["全文下载", "武汉动态", "高级搜索", "信息公开", "景区介绍"])
def test_a_menu_link_opening_with_a_family_names_character_is_no_name(line: str) -> None:
    assert not person_name(line)  # 全, 武, 高, 信, 景 are family names; the run is two common words


@pytest.mark.parametrize("name", ["周恩来", "万里", "江泽民", "袁汉源", "韩志峰", "方向东", "黄金华", "金志国",
                                  "林郑月娥", "高明远", "王某明"])
def test_names_that_read_like_words_stay_names(name: str) -> None:
    assert person_name(name) == name


def test_a_signature_block_set_apart_from_the_texts_element(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>总经理致辞-某某有限公司</title>",
                     f"<div class='main'><div class='content'>{SIGNED}{SIGNED}</div>"
                     "<div class='sign'><p>李某明</p><p>2015年3月31日</p></div></div>"
                     "<div class='footer'><a href='/'>首页</a> <a href='/a'>关于我们</a></div>")
    document = normalize_file(path, tmp_path)
    assert (document.meta["speaker"], document.meta["date"]) == ("李某明", dt.date(2015, 3, 31))


def test_a_title_element_with_the_stamp_row_glued_after_it() -> None:
    title = "第十届某某论坛在沪召开"
    assert split_title(f"{title} 2023-08-19 来源：某某日报 字号： 大 中 小").title == title


@pytest.mark.parametrize(("line", "row"), [
    ("学校： 某某市外国语实验小学", True), ("主持人：李某明", True), ("单位：某某县人民政府", True),
    ("李某明：坚定信心 奋力开创新局面", False), ("政能亮：稳经济需要跑出加速度", False),
])
def test_a_field_row_of_a_label_and_a_name_is_no_title(line: str, row: bool) -> None:
    assert is_field_row(line) is row
    assert title_like(line) is not row
