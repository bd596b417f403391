"""Shapes of eval/own31's pages (opened in the thirty-eighth session), each rebuilt here from made-up text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

TALK = ("<p>各位好，在下某某明。</p>"
        "<p>我是东北人，我的生长地在某某市。在我们那儿，从我小的时候开始，工厂就是一个城市的主题词。</p>"
        "<p>工厂里面的生活特别整齐，有自己的学校、医院和报纸，工人们觉得工厂像个许下了承诺的恋人。</p>"
        "<p>后来这一切都变了。我想讲的，就是我身边的这些人，在上一个时代失去了道路的一批人。谢谢大家。</p>")


@pytest.mark.parametrize("element", ["<div class='post-meta'><span class='post-time'>2017-03-18</span></div>",
                                     "<div class='time'>2017-03-18</div>"])
def test_a_date_in_an_element_named_time_is_the_posts(tmp_path: Path, element: str) -> None:
    """A Hexo theme's '<span class="post-time">' and a news site's '<div class="time">' under the headline print the
    day the post went up, not the talk's: a talk is dated in its text or in brackets under its title."""
    body = f"<article><header><h1>【讲坛】纸工厂</h1>{element}</header><div class='post-content'>{TALK}</div></article>"
    document = normalize_file(html_page(tmp_path, "<title>【讲坛】纸工厂 | 某某的小站</title>", body), tmp_path)
    assert document.meta["published"] == dt.date(2017, 3, 18)
    assert "date" not in document.meta


def test_a_day_before_the_web_in_the_posts_date_element_is_the_texts(tmp_path: Path) -> None:
    """A repost site sets the reposted text's own day in its post-time element ('1966-01-08' over a story of that
    year): no site posted a page then, so it dates the text, not the post."""
    element = "<div class='post-meta'><span class='post-time'>1966-01-08</span></div>"
    body = f"<article><header><h1>【讲坛】纸工厂</h1>{element}</header><div class='post-content'>{TALK}</div></article>"
    document = normalize_file(html_page(tmp_path, "<title>【讲坛】纸工厂 | 某某的小站</title>", body), tmp_path)
    assert document.meta["date"] == dt.date(1966, 1, 8)
    assert "published" not in document.meta


SIGNED = ("<p>同志们：</p><p>根据一年来的实践经验，我们提出以下几条工作方法，供各级党委讨论。这些方法有的过去就有。</p>"
          "<p>一、县以上各级党委要抓社会主义建设工作。这里有十四项，要求各级党委认真抓好，确保完成任务。</p>"
          "<p>二、要学会领导工业和农业，学会调查研究，学会看问题，学会做工作，这是一个大问题。</p>")


@pytest.mark.parametrize(("headline", "title", "speaker"), [
    ("工作方法六十条（草案）张某明 （一九五八年一月）", "工作方法六十条（草案）", "张某明"),
    ("关于农业合作化问题 李某华 （1955年7月）", "关于农业合作化问题", "李某华"),
    ("关于农业合作化问题 （一九五五年七月）", "关于农业合作化问题 （一九五五年七月）", None)])
def test_a_collected_works_title_closing_on_its_author_and_month(tmp_path: Path, headline: str, title: str,
                                                                  speaker: str | None) -> None:
    """'…（草案）某某 （一九五八年一月）': a collected work's headline closes on its author and the month it was
    written, set apart by a space or a closing bracket. The author is the speaker; neither is the title. A month alone
    in brackets, with no name before it, is left to the title as the page prints it."""
    page = html_page(tmp_path, f"<title>{headline}</title>", f"<h1>{headline}</h1><div class='post'>{SIGNED}</div>")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == title
    assert document.meta.get("speaker") == speaker


ESSAY = ("<p>“从前有一个老婆婆，她眼睛瞎了，可是很有智慧。”或许这个故事大家都听过，它在很多地方流传。</p>"
         "<p>语言可以是活的，也可以是死的。死的语言不仅是一种被人遗弃、不再使用的语言，它还会扼杀思想。</p>"
         "<p>我们终将死去，这也许就是生命的意义所在。但是我们创造语言，这也许就是衡量我们生命的尺度。</p>")


@pytest.mark.parametrize(("headline", "speaker"), [("张某明：《论语言的剥夺》RT", "张某明"),
                                                   ("张某明：《论语言的剥夺》", "张某明"),
                                                   ("张某明：《论语言的剥夺》出版发行", None)])
def test_a_name_and_a_colon_over_a_works_title_in_quotes(tmp_path: Path, headline: str, speaker: str | None) -> None:
    """'某某：《剥夺的语言》RT': a repost titles a lecture with its author, a colon and the lecture's title in 书名号,
    perhaps with a short repost mark: the text is that person's. A headline that goes on after the title says
    something about the work ('…》出版发行') and names no author of the text."""
    page = html_page(tmp_path, f"<title>{headline} | 某某的博客</title>",
                     f"<h1>{headline}</h1><div class='post'>{ESSAY}</div>")
    assert normalize_file(page, tmp_path).meta.get("speaker") == speaker


@pytest.mark.parametrize("label", ["演讲人", "演讲者", "主讲嘉宾", "主讲人"])
def test_a_speaker_label_over_the_talk_names_its_speaker(tmp_path: Path, label: str) -> None:
    """'演讲人：某某' over a talk is its byline, as '主讲人：' and '讲话人：' are: the speaker, and the line goes."""
    body = f"<h1>武大，梦开始的地方</h1><p>{label}：张某明</p><div class='post'>{TALK}</div>"
    document = normalize_file(html_page(tmp_path, "<title>武大，梦开始的地方</title>", body), tmp_path)
    assert document.meta["speaker"] == "张某明"
    assert f"{label}：" not in document.body
