"""Shapes first seen on eval/own14's pages (opened in the fifteenth session), each rebuilt here from made-up text:
a DocBook document, notes printed after the paragraph each annotates, a container title naming its section before
the document, a corpus record's numbered header, a portal's page dumped as text with a hundred menu lines above
the headline, and a transliterated name giving a speech on a day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.clean.cruft import clean_lines
from scripts.clean.metadata import name_delivering_on_a_day
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import is_prose, load_shapes, wrap_width
from tests.conftest import html_page, text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"


def docbook(sections: str, info: str = "<info><title>施政报告 | 某某市长2025年施政报告</title></info>") -> str:
    return ('<?xml version="1.0" encoding="utf-8" ?>\n<!DOCTYPE article>\n<article xml:lang="zh" '
            'xmlns="http://docbook.org/ns/docbook" version="5.0" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
            f"{info}\n{sections}\n</article>\n")


def test_a_docbook_document_gives_its_title_and_its_sections_headings(tmp_path: Path) -> None:
    """pandoc's DocBook 5: the title in <info>, each section's <title> a heading, <para> a paragraph, a footnote
    and an index term left out; nothing of the markup (xml:id, element names) reaches the text."""
    sections = (f'<section xml:id="一加强领导"><title>一、加强领导</title><para>1. {PROSE}</para>'
                f'<section xml:id="完善机制"><title>完善机制</title><para>2. {OTHER}<footnote><para>注：脚注文字。'
                f'</para></footnote></para><orderedlist><listitem><para>{PROSE.replace("我们", "大家")}</para>'
                "</listitem></orderedlist></section></section>")
    document = normalize_file(text_page(tmp_path, docbook(sections), "address.xml"), tmp_path)
    assert document.meta["title"] == "某某市长2025年施政报告"  # the part that holds the other
    assert "## 一、加强领导" in document.body or "# 一、加强领导" in document.body
    assert "完善机制" in document.body and "脚注文字" not in document.body
    assert "1\\.我们要坚定信心" in document.body and "大家要坚定信心" in document.body
    assert "xml:id" not in document.body and "para" not in document.body


def test_a_docbook_4_document_is_known_by_its_public_doctype(tmp_path: Path) -> None:
    text = ('<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" '
            '"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n<article><articleinfo><title>在全市大会上的讲话'
            "</title><author><firstname>某</firstname><surname>张</surname></author></articleinfo>"
            f"<sect1><title>一、总体要求</title><para>{PROSE}</para><para>{OTHER}</para></sect1></article>\n")
    document = normalize_file(text_page(tmp_path, text, "speech.xml"), tmp_path)
    assert document.meta["title"] == "在全市大会上的讲话"
    assert "总体要求" in document.body and "articleinfo" not in document.body and "firstname" not in document.body


def test_notes_printed_after_the_paragraphs_they_annotate_cut_nothing() -> None:
    """'注1：…' after its paragraph, then the text goes on, then '注2：…' after another, and the last note too: no
    footer starts at any of them, and every paragraph of the text stays."""
    lines = [PROSE, "", OTHER, "", PROSE, "", OTHER, "", "注1：某某委员会。", "", PROSE.replace("我们", "大家"), "",
             OTHER.replace("全市", "全省"), "", "注2：某某计划的简称。", "", PROSE.replace("坚定", "增强"), "",
             OTHER.replace("今年", "去年"), "", "注3：某某工作组。", "", PROSE.replace("真抓", "苦干"), ""]
    kept = clean_lines(lines).lines
    assert PROSE.replace("真抓", "苦干") in kept and OTHER.replace("全市", "全省") in kept


def test_a_notes_section_after_the_text_is_still_cut() -> None:
    """The notes gathered after the text, one a paragraph long, are the page's furniture: cut from the first."""
    long_note = "注2：本文数据来源于某某统计年鉴，部分数据为初步统计结果，最终数据以正式公布为准，特此说明，敬请谅解。"
    lines = [PROSE, "", OTHER, "", PROSE.replace("我们", "大家"), "", OTHER.replace("全市", "全省"), "",
             "注1：某某委员会。", "", long_note, "",
             "本段为注释的续文，说明统计口径的变化情况，以及前后年份之间的数据衔接方式和处理办法。", ""]
    kept = [line for line in clean_lines(lines).lines if line]
    assert kept[-1] == OTHER.replace("全市", "全省")


def test_a_corpus_records_numbered_header_is_no_section_heading(tmp_path: Path) -> None:
    """'83. 某某发表署名文章《…》' over the headline and the byline: the record's header, not the text's first section.
    The headline under it is the title and the byline gives the speaker."""
    text = ("83. 张某明在某国媒体发表署名文章《推动两国友谊不断向前》\n推动两国友谊不断向前\n某某省省长 张某明\n"
            f"{PROSE}\n{OTHER}\n{PROSE.replace('我们', '大家')}\n")
    document = normalize_file(text_page(tmp_path, text, "record.txt"), tmp_path)
    assert document.meta["title"] == "推动两国友谊不断向前"
    assert document.meta["speaker"] == "张某明"
    assert "83" not in document.body


def test_a_section_heading_numbered_one_still_opens_the_text(tmp_path: Path) -> None:
    text = f"在全市大会上的讲话\n1. 总体要求\n{PROSE}\n2. 重点任务\n{OTHER}\n"
    document = normalize_file(text_page(tmp_path, text, "speech.txt"), tmp_path)
    assert "总体要求" in document.body and "重点任务" in document.body


def test_a_short_label_with_a_note_in_brackets_is_no_sentence() -> None:
    shapes = load_shapes()
    assert not is_prose("注册VIP邮箱（特权邮箱，付费）", shapes)
    assert is_prose("今天，我们在这里隆重集会（掌声）", shapes)


def test_a_portal_page_dumped_as_text_with_a_hundred_menu_lines(tmp_path: Path) -> None:
    """curl with the tags stripped: the <title>, a hundred menu words, the headline, its stamp row, share prompts,
    the editor's lead announcing the speech (beyond the first 36 lines: menu words do not count), the speech."""
    menu = [f"栏目{number}" for number in range(110)]
    lines = ["在全省大会上的讲话|要闻_某某网", *menu, "注册VIP邮箱（特权邮箱，付费）", "在全省大会上的讲话",
             "2023-01-28 17:30:48 来源: 某某发布", "分享至", "用微信扫码二维码",
             "1月28日，全省大会在某市召开。以下为省委书记张某明在大会上的讲话实录——",
             f"同志们：{PROSE}", OTHER, PROSE.replace("我们", "大家")]
    document = normalize_file(text_page(tmp_path, "\n".join(lines), "page.txt"), tmp_path)
    assert document.meta["title"] == "在全省大会上的讲话"
    assert document.meta["published"] == dt.date(2023, 1, 28)
    assert document.meta["speaker"] == "张某明"
    assert "以下为" not in document.body and "扫码" not in document.body and "VIP" not in document.body


def test_a_transliterated_name_giving_a_speech_on_a_day() -> None:
    title = "《秘密报告》（赫鲁晓夫于1956年2月25日在苏共二十大上作的报告）"
    assert name_delivering_on_a_day(title) == ("", "赫鲁晓夫")
    assert name_delivering_on_a_day("巴西于2019年3月5日在联合国大会上作的报告") is None  # a country
    assert name_delivering_on_a_day("赫鲁晓夫在苏共二十大上的报告") is None  # no day: the office step's


def test_a_chinese_post_under_thousands_of_characters_of_english_chrome_is_read(tmp_path: Path) -> None:
    """A saved code-hosting page whose header, in English and in elements of names that say nothing, runs for more
    than the first sample of text: the page is Chinese taken whole, and its post is read."""
    chrome = "".join(f"<div class='x{n}'>Pull requests Issues Marketplace Explore Sponsors Settings {n}</div>"
                     for n in range(32))
    paragraphs = "".join(f"<p>{PROSE}</p><p>{OTHER}</p>" for _ in range(3))
    body = f"{chrome}<div class='y'><h1>在全市大会上的讲话</h1>{paragraphs}</div>"
    document = normalize_file(html_page(tmp_path, "<title>blob</title>", body), tmp_path)
    assert PROSE in document.body


def test_a_posts_permalink_dates_it_and_is_no_source_address(tmp_path: Path) -> None:
    """A Jekyll post's front matter gives its address on the site as a path ('permalink: /news/2022-03-06-…/'):
    the post's date is read from it as from an address, and a path is never given as the source's web address."""
    front = "title: 在某某大会上的讲话\npermalink: /resource-room/category/2022-03-06-speech-at-the-conference/\n"
    document = normalize_file(text_page(tmp_path, f"---\n{front}---\n\n{PROSE}\n\n{OTHER}\n", "post.md"), tmp_path)
    assert document.meta["published"] == dt.date(2022, 3, 6)
    assert "url" not in document.meta["source"]


def test_a_headline_quoting_a_phrase_is_no_sentence() -> None:
    """A teaser's headline ending with a quotation ('…配音员转任「亲善大使」') opens no text; a quoted sentence does."""
    shapes = load_shapes()
    assert not is_prose("为某某游戏献声27载配音员马某转任「亲善大使」", shapes)
    assert is_prose("他在会上说：「我们要坚持下去，把工作做好。」", shapes)


def test_a_headline_crediting_its_speech_title_stays_the_title(tmp_path: Path) -> None:
    """'陈某某局长《在…上的讲话》' over the speech's own title printed again: the headline names who spoke around the
    title and adds nothing to take off, so it is the title (a repost's '重磅！…全文' would be taken off)."""
    body = ("<h1>张某明局长《在全市教育工作会议上的讲话》</h1><p>在全市教育工作会议上的讲话</p><p>张某明</p>"
            f"<p>（2010年2月22日）</p><p>同志们：</p><p>{PROSE}</p><p>{OTHER}</p>")
    title = "<title>张某明局长《在全市教育工作会议上的讲话》--办公室-某某中学</title>"
    document = normalize_file(html_page(tmp_path, title, body), tmp_path)
    assert document.meta["title"] == "张某明局长《在全市教育工作会议上的讲话》"
    assert document.meta["speaker"] == "张某明"


def test_a_run_on_dump_of_lead_headline_label_and_speech(tmp_path: Path) -> None:
    """A scraper kept a news page as one line: the report's lead sentence, the speech's headline ending '（全文）',
    the speaker's label and the speech from its salutation, glued. The lead and the headline are the head."""
    text = ("某某博览会于5日上午在某市开幕，某某省省长张某明出席开幕式并发表主旨演讲。"
            "张某明出席博览会开幕式并发表演讲（全文）张某明：尊敬的各位来宾，女士们，先生们："
            f"{PROSE}{OTHER}{PROSE.replace('我们', '大家')}")
    document = normalize_file(text_page(tmp_path, text, "news.txt"), tmp_path)
    assert document.meta["title"] == "张某明出席博览会开幕式并发表演讲（全文）"
    assert document.meta["speaker"] == "张某明"
    assert not document.body.startswith("某某博览会") and "尊敬的各位来宾" in document.body


def test_a_sentence_ending_with_a_speech_word_is_no_glued_headline(tmp_path: Path) -> None:
    """Only words after the lead's last sentence, before the salutation, are a headline: a sentence that names a
    report stays in the text."""
    text = f"今天的会议很重要。会议听取了县长所作的政府工作报告。{PROSE}{OTHER}同志们：{PROSE.replace('我们', '大家')}"
    document = normalize_file(text_page(tmp_path, text, "speech.txt"), tmp_path)
    assert "会议听取了县长所作的政府工作报告。" in document.body


def test_a_wrapped_text_of_many_short_paragraphs_is_found_wrapped() -> None:
    """Cut at 30 characters, a text whose paragraphs are mostly one short sentence each has fewer than half of its
    lines at the width; those lines are nearly all cut in mid-sentence, which shows the column."""
    long_paragraph = (PROSE + OTHER + PROSE.replace("我们", "大家") + OTHER.replace("全市", "全省")) * 3
    cut = [long_paragraph[at:at + 30] for at in range(0, len(long_paragraph), 30)]
    short = [f"这是第{number}个短段落。" + "很短" * (number % 5) for number in range(40)]
    lines = [*cut, *short, *cut]
    assert wrap_width(lines) == 30
    assert wrap_width([*short, *[f"{PROSE[:20 + n % 7]}。" for n in range(30)]]) == 0  # lengths vary: no column


def test_a_bloggers_introduction_above_a_titled_speech_is_no_part_of_it(tmp_path: Path) -> None:
    """Several paragraphs of background, then the speech's title with its day in a note right over '同志们：': the
    speech starts at the salutation; the title names the speaker."""
    intro = "".join(f"<p>{OTHER.replace('全市', f'第{n}个地方')}</p>" for n in range(4))
    body = (f"<h2>有关背景的介绍</h2>{intro}<h2>《论某某问题》（张某明于1956年2月25日在某某大会上作的报告）</h2>"
            f"<p>同志们：</p><p>{PROSE}</p><p>{PROSE.replace('我们', '大家')}</p>")
    document = normalize_file(html_page(tmp_path, "<title>博客</title>", body), tmp_path)
    assert document.body.startswith("同志们：")
    assert document.meta["speaker"] == "张某明"


def test_a_page_of_two_titled_speeches_keeps_the_first(tmp_path: Path) -> None:
    lines = ["在某某大会上的讲话", "同志们：", PROSE, OTHER,
             "在某某大会闭幕时的讲话", "同志们：", PROSE.replace("我们", "大家")]
    document = normalize_file(text_page(tmp_path, "\n".join(lines), "two.txt"), tmp_path)
    assert PROSE in document.body and OTHER in document.body
