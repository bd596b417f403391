"""Shapes of the pages of eval/own21 (held out in the twentieth session, opened in the twenty-first), each rebuilt
here from made-up text: a title naming its speaker around the speech ('某某2022年新年贺词', '《在…上的讲话》-某某'), a
title element that prints the post's permalink after the headline, and a blog's notices under a post (责任声明 /
义务声明 / 捐赠)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import speaker_around_speech
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"
MORE = "互联网最大的作用就是提升效率。一个公司没有效率，就没有未来；规模和速度的背后，是效率。"
SPEECH = f"<p>大家好！</p><p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"


@pytest.mark.parametrize(("title", "who"), [
    ("张某明2022年新年贺词", ("", "张某明")), ("张某明发表二〇二一年新年贺词", ("", "张某明")),
    ("国家主席张某明发表二〇二一年新年贺词", ("国家主席", "张某明")),
    ("《在庆祝某某成立100周年大会上的讲话》-张某明", ("", "张某明")), ("奥巴马就职演讲", ("", "奥巴马"))])
def test_a_title_naming_its_speaker_around_the_speech(title: str, who: tuple[str, str]) -> None:
    assert speaker_around_speech(title) == who


@pytest.mark.parametrize("title", ["新年贺词", "2022年新年贺词", "领导讲话", "金句讲话", "董事长2022年新年贺词",
                                   "某某大学2023年新年贺词", "《新闻联播》-某某网", "《领导讲话》-新华网"])
def test_a_title_naming_nobody_around_the_speech(title: str) -> None:
    assert speaker_around_speech(title) is None


def test_a_new_year_address_titled_with_its_speakers_name_is_theirs(tmp_path: Path) -> None:
    """'张某明2022年新年贺词' over the address itself: 张某明 gave it (the text greets its audience)."""
    head = "<title>张某明2022年新年贺词 | 某某的博客</title>"
    body = f"<h1>张某明2022年新年贺词</h1><div class='post'>{SPEECH}</div>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["speaker"] == "张某明"


def test_a_headline_crediting_the_speech_is_kept_whole_though_a_title_element_adds_the_permalink(
        tmp_path: Path) -> None:
    """'《在…上的讲话》-张某明' as <h1> and <title>, and a title element printing it with the post's address after it:
    the headline names who spoke and is the title as printed; the 《》 title inside it is not taken apart."""
    headline = "《在庆祝某某成立100周年大会上的讲话》-张某明"
    og_title = "<meta property='og:title' content='《在庆祝某某成立100周年大会上的讲话》'>"
    head = f"<title>{headline} | 某某的博客</title>{og_title}"
    body = f"<h1>{headline}</h1><div class='post-title'>{headline} https://blog.example.cn/202107102017/</div>" \
        f"<div class='post'>{SPEECH}</div>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["title"] == headline and document.meta["speaker"] == "张某明"


def test_a_blogs_notices_under_the_post_go_with_all_after_them(tmp_path: Path) -> None:
    """'责任声明' / '义务声明' as headings over the blogger's terms of reuse, then a request for money and the post's
    byline: the blogger's notices, never the speech's; a line that names them is where the text ends."""
    notices = "<h1>责任声明</h1><p>如果转载本文侵犯到您的权利和利益，首先请允许我对此表达深深的歉意。</p>" \
        "<h1>义务声明</h1><p>我保证注明文档引用地址，以便其他人可以找到原文档。</p><p>捐赠一元，支持一下！</p>" \
        "<h2>作者：某某发布于</h2><h3>2021年7月10日</h3>"
    body = f"<h1>在某某大会上的讲话</h1><div class='post'>{SPEECH}{notices}</div>"
    document = normalize_file(html_page(tmp_path, "<title>在某某大会上的讲话</title>", body), tmp_path)
    assert MORE in document.body
    assert not any(word in document.body for word in ("责任声明", "侵犯到您的权利", "义务声明", "捐赠一元", "发布于"))


def test_a_notice_word_inside_the_text_is_text(tmp_path: Path) -> None:
    """'这份免责声明写得很清楚' is a sentence, not a section's name; nor is a short '打赏' line before the text."""
    body = f"<h1>在某某大会上的讲话</h1><div class='post'>{SPEECH}<p>这份免责声明写得很清楚，大家要认真学习。</p>" \
        f"<p>{OTHER}</p></div>"
    document = normalize_file(html_page(tmp_path, "<title>在某某大会上的讲话</title>", body), tmp_path)
    assert "这份免责声明写得很清楚" in document.body and document.body.rstrip().endswith(OTHER)


def test_a_translated_speech_names_its_speaker_not_its_translator(tmp_path: Path) -> None:
    """Over a translated speech: the speech's subtitle with its day, the speaker's name (a middle initial in Latin
    letters) and '某某 译'. The translator's credit was read as a name line and taken for the speaker."""
    quote = "<blockquote><p>约翰·F·史密斯在某某大学关于航天事业的演讲(1962年9月12日)</p><p>约翰·F·史密斯</p>" \
        "<p>柯某 译</p></blockquote>"
    body = f"<h1>我们选择登月</h1><div class='post'>{quote}{SPEECH}</div>"
    document = normalize_file(html_page(tmp_path, "<title>我们选择登月 | 某某摘文</title>", body), tmp_path)
    assert document.meta.get("speaker") == "约翰·F·史密斯"
    assert str(document.meta.get("date")) == "1962-09-12"
    assert "柯某" not in document.body


def test_a_headline_of_spaced_phrases_given_by_the_title_element_and_the_page_title(tmp_path: Path) -> None:
    """'共迎时代挑战 共建美好未来 G20 2022' as <title> and as the post's title element: its spaced phrases read as a
    menu row, but a site's <title> never holds its menu."""
    headline = "共迎时代挑战 共建美好未来 G20 2022"
    body = f"<div class='post-title'>{headline}</div><div class='post'>{SPEECH}</div>"
    document = normalize_file(html_page(tmp_path, f"<title>{headline}</title>", body), tmp_path)
    assert document.meta["title"] == headline


def test_a_headline_crediting_the_speech_stays_whole_when_the_page_title_names_the_site_first(tmp_path: Path) -> None:
    """'某某网 - 栏目 - 《在…上的讲话》-张某明': split at its separators the <title> cuts the headline's own dash; the
    <h1> that credits the speech to its speaker is still the page's title."""
    headline = "《在庆祝某某成立100周年大会上的讲话》-张某明"
    body = f"<h1>{headline}</h1><div class='post'><h2>在庆祝某某成立100周年大会上的讲话</h2>{SPEECH}</div>"
    og_title = "<meta property='og:title' content='《在庆祝某某成立100周年大会上的讲话》'>"
    head = f"<title>某某市人民政府 - 新闻中心 - {headline} | 某某的博客</title>{og_title}"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["title"] == headline and document.meta["speaker"] == "张某明"
