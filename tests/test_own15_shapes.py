"""Shapes first seen on eval/own15's pages (opened in the sixteenth session), each rebuilt here from made-up text:
a reposted talk under a 'name: headline' closing on a quoted phrase with the speaker's name and office in brackets
below it, a photo report whose items close with the writer's and the photographer's credit, a stamp row whose cells
are set apart by bullets, and a day's news bulletin of items that each open with a dateline; and the
development sets' leftovers of the same session (two titled speeches in one post, a bracketed source closing a
repost)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from scripts.clean.metadata import described_name, stamp_in_a_row_of_cells
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import is_prose, load_shapes, speech_title_line
from scripts.core.errors import InputError
from tests.conftest import html_page, text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"


def test_a_colon_headline_closing_on_a_quoted_phrase_is_no_sentence() -> None:
    """'某某：未来五年是关键时点，拼谁能“咬住”' names its subject before a colon and closes on a quoted phrase: a
    headline, though it has a comma. A sentence closing with a quotation still reads as one, and so does a line of a
    hard-wrapped paragraph that breaks after a quoted name."""
    shapes = load_shapes()
    assert not is_prose("张某明：未来五年是赶超关键时点，拼谁能“咬住”", shapes)
    assert is_prose("他在会上说：「我们要坚持下去，把工作做好。」", shapes)
    assert is_prose("2017年10月28日，第四届“某某未来教育家成长论坛”", shapes)
    assert is_prose("会议强调，要抓好各项工作落实（掌声）", shapes)


def test_a_name_and_office_both_in_brackets_is_a_byline() -> None:
    assert described_name("（张某明，某某大学副校长）") == ("某某大学副校长", "张某明")
    assert described_name("（2021年4月3日，北京）") is None


def test_a_reposted_talk_under_a_colon_headline_names_its_speaker(tmp_path: Path) -> None:
    """A reposted talk: the headline '张某明：…“咬住”', the account it came from, the speaker's name and office in
    brackets, then the talk. The bracketed line is the byline, no part of the text."""
    body = ("<p>张某明：未来五年是赶超关键时点，拼谁能“咬住”</p><p>来源：某某研究院官方账号</p>"
            f"<p>（张某明，某某大学副校长）</p><p>今天很高兴跟大家分享我们的研究。{PROSE}</p><p>{OTHER}</p>"
            "<p>我就讲这些，谢谢大家！</p>")
    document = normalize_file(html_page(tmp_path, "<title>张某明：未来五年是赶超关键时点</title>", body), tmp_path)
    assert document.meta["speaker"] == "张某明"
    assert "副校长" not in document.body and document.body.lstrip().startswith("今天很高兴")


def test_the_writers_and_photographers_credit_closing_each_item_goes(tmp_path: Path) -> None:
    """A photo report closes each item with '（文字：某某，摄影：某某）'; the credit goes, the sentence stays."""
    body = (f"<h1>某某代表团参加审议</h1><p>8日上午，代表团举行全体会议。{PROSE}（文字：张某明，摄影：李某华）</p>"
            f"<p>【要把民生工作做实】{OTHER}（文字：张某明，摄影：王某）</p>")
    document = normalize_file(html_page(tmp_path, "<title>某某代表团参加审议</title>", body), tmp_path)
    assert "摄影" not in document.body and "文字：" not in document.body
    assert "圆满完成。" in document.body and "来之不易。" in document.body


def test_a_stamp_row_set_apart_by_bullets_dates_the_page() -> None:
    assert stamp_in_a_row_of_cells("某某科技•2015-04-29•行业动态•") == dt.date(2015, 4, 29)
    assert stamp_in_a_row_of_cells("某某科技 | 2015-04-29 | 行业动态") == dt.date(2015, 4, 29)
    assert stamp_in_a_row_of_cells("某某科技•2015年4月29日•行业动态") == dt.date(2015, 4, 29)
    assert stamp_in_a_row_of_cells("在某某大会上的讲话 | 2015年4月29日") is None  # a title row with its delivery date


def test_a_news_bulletin_of_datelined_items_is_refused(tmp_path: Path) -> None:
    """A day's bulletin of news items (a broadcast's transcripts), each under its headline and opening with the
    station's dateline, is several texts: refused with a message saying so. One report has one dateline."""
    items = "".join(f"### 某某新闻{n}\n\n某某网消息（某某新闻）：{n}日上午，{PROSE}{OTHER}\n\n" for n in range(1, 5))
    with pytest.raises(InputError, match="4 news items, each opening with its own dateline"):
        normalize_file(text_page(tmp_path, f"---\ntitle: 某某新闻文字稿\n---\n\n{items}", "day.md"), tmp_path)
    one = f"# 某某会议召开\n\n新华社北京5月7日电 {PROSE}\n\n{OTHER}\n\n{PROSE.replace('我们', '大家')}\n"
    assert normalize_file(text_page(tmp_path, one, "one.md"), tmp_path).meta["title"] == "某某会议召开"


def test_a_post_of_two_titled_speeches_is_refused(tmp_path: Path) -> None:
    """A blog post holding two speeches, each under its own title ('# 某某告别演讲全文', '# 某某就职演讲'), is two
    texts: refused, naming both. One speech whose title the text prints again is one text."""
    speech = f"{PROSE}{OTHER}" * 6  # a speech's worth: 600 characters
    two = f"---\ntitle: 两篇演讲\n---\n\n# 某某总统告别演讲全文\n\n同胞们：\n\n{speech}\n\n# 某某就职演讲\n\n{speech}\n"
    with pytest.raises(InputError, match="2 speeches, each under its own title"):
        normalize_file(text_page(tmp_path, two, "post.md"), tmp_path)
    one = f"# 在全县大会上的讲话\n\n同志们：\n\n{speech}\n\n## 在全县大会上的讲话\n\n{speech}\n"
    assert normalize_file(text_page(tmp_path, one, "one.md"), tmp_path).meta["title"] == "在全县大会上的讲话"


def test_a_record_whose_text_is_a_whole_markdown_post_reads_the_posts_front_matter(tmp_path: Path) -> None:
    """A JSON record saving a repository's post file as its text: the post's front matter is metadata (filling
    what the record lacks), never text, and the post's body is the page."""
    front = "title: 在全县大会上的讲话\nauthor: 张某明\ndate: 2021-04-04\ncomments: false\n"
    post = f"\n---\n{front}---\n\n同志们：\n\n{PROSE}\n\n{OTHER}\n"
    record = json.dumps({"path": "_posts/speech.md", "content": post}, ensure_ascii=False)
    document = normalize_file(text_page(tmp_path, record, "post.json"), tmp_path)
    assert document.meta["title"] == "在全县大会上的讲话" and document.meta["published"] == dt.date(2021, 4, 4)
    assert "comments" not in document.body and document.body.lstrip().startswith("同志们：")


def test_a_front_matter_title_with_its_quotes_turned_into_underscores_is_given_as_printed(tmp_path: Path) -> None:
    """A feed-to-blog bot wrote the headline's quotation marks as underscores in its front matter; the page prints
    the headline with them: the title keeps the page's marks."""
    post = (f"---\ntitle: '张某明：未来五年拼谁能_咬住_'\ndate: 2021-04-04\n---\n\n<p>张某明：未来五年拼谁能“咬住”</p>"
            f"<p>今天很高兴跟大家分享我们的研究。{PROSE}</p><p>{OTHER}</p>\n")
    document = normalize_file(text_page(tmp_path, post, "post.md"), tmp_path)
    assert document.meta["title"] == "张某明：未来五年拼谁能“咬住”"


def test_a_bracketed_source_closing_a_repost_ends_the_text(tmp_path: Path) -> None:
    """A news account reposts an article, closes it with '（来源：某某网）' and then promotes itself in bold lines:
    the text ends at the source line."""
    post = (f"# 某某宣言\n\n{PROSE}\n\n{OTHER}\n\n（来源：某某网）\n\n**分享安全知识 强化安全意识**\n\n"
            "**欢迎关注某某杂志官方抖音号**\n\n**某某杂志倾力推荐**\n\n**“企业成长计划”**\n\n**点击下图 了解详情**\n\n"
            "预览时标签不可点\n\n阅读原文\n\n×\n分析\n\n：\n，\n，\n。\n")
    document = normalize_file(text_page(tmp_path, post, "post.md"), tmp_path)
    assert document.body.rstrip().endswith("成绩来之不易。")


def test_a_title_prefixed_by_its_site_and_column_whose_headline_holds_a_dash(tmp_path: Path) -> None:
    """'某某中学_校长讲话_第十七周升旗仪式讲话-张某明校长': the page shows the last two parts whole as its headline
    (the dash is the headline's own), and the site and column come first: the headline is the title."""
    body = ("<div>第十七周升旗仪式讲话-张某明校长</div><div>发布时间：2017-12-18</div>"
            f"<div>国旗下讲话暨文化节开幕式讲话</div><div>张某明校长</div><p>各位老师、同学，大家早上好！</p><p>{PROSE}</p><p>{OTHER}</p>")
    title = "<title>某某中学_校长讲话_第十七周升旗仪式讲话-张某明校长</title>"
    document = normalize_file(html_page(tmp_path, title, body), tmp_path)
    assert document.meta["title"] == "第十七周升旗仪式讲话-张某明校长"


def test_a_genre_heading_in_traditional_script_titles_the_message() -> None:
    """'董事局主席致辭' (致辭, the traditional form of 致辞) is a speech's title as '董事局主席致辞' is."""
    shapes = load_shapes()
    assert speech_title_line("董事局主席致辭", shapes) and speech_title_line("董事局主席致辞", shapes)


def test_a_headline_keeps_what_it_prints_after_its_dash_unless_it_names_the_speaker(tmp_path: Path) -> None:
    """'某某成果展——文化产业新' (a site cut the headline short after its dash) is the title as printed; '…上的欢迎词
    ——分公司总经理 张某明' names the speaker after the dash, which is no part of the title."""
    for headline, title in (("“某某科技城”文化产业成果展——文化产业新", "“某某科技城”文化产业成果展——文化产业新"),
                            ("在公司二〇二四年年会上的欢迎词——分公司总经理 张某明", "在公司二〇二四年年会上的欢迎词")):
        body = f"<h1>{headline}</h1><p>{PROSE}</p><p>{OTHER}</p>"
        document = normalize_file(html_page(tmp_path, f"<title>{headline}_某某公司</title>", body), tmp_path)
        assert document.meta["title"] == title


def test_a_title_the_page_shows_whole_is_the_headline_whatever_marks_it(tmp_path: Path) -> None:
    """'主题讲话-张某明校长' as the <title> and as a line of the page (no class names it a title), over the speech's
    own heading: the line showing the whole <title> is the headline."""
    body = ("<div>第十七周升旗仪式暨文化节开幕式讲话-张某明校长</div><div>发布时间：2017-12-18</div>"
            f"<div>国旗下讲话暨文化节开幕式讲话</div><div>张某明校长</div><p>各位老师、同学，大家早上好！</p><p>{PROSE}</p>"
            f"<p>{OTHER}</p>")
    title = "<title>第十七周升旗仪式暨文化节开幕式讲话-张某明校长</title>"
    document = normalize_file(html_page(tmp_path, title, body), tmp_path)
    assert document.meta["title"] == "第十七周升旗仪式暨文化节开幕式讲话-张某明校长"
