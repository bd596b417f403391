"""Titles and speakers of pages shaped like the metadata misses of a newly opened set (eval/own8): a CMS that writes
the site's name before the article's title, a scraper's text export with key lines over the text, a headline naming
a body's spokesperson before a colon, a headline praising the talk between name and talk word, a headline about
studying a speech, an interview that reports its subject in the third person, an editor's note saying whose speech
a repost is, and a plain-text speech whose greeting line lost its closing mark. Every input is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import colon_speaker, name_office_closing, talk_named_before_colon, vocabulary
from scripts.clean.pipeline import normalize_file
from scripts.clean.shadow import simplified
from scripts.clean.structure import ends_with_greeting, load_shapes
from scripts.measure.variants import to_traditional
from tests.conftest import html_page, text_page

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务，"
          "动员全县上下坚定信心。\n\n大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n\n谢谢大家。\n")
REPORT = "".join(f"<p>{text}</p>" for text in (
    "本报讯 3月5日，某某市召开新闻发布会，介绍全市推动产业转型升级的有关情况。",
    "据介绍，今年以来，全市坚持项目为王，新开工重点项目120个，完成投资同比增长百分之十二。",
    "下一步，全市将继续优化营商环境，培育壮大优势产业集群，为高质量发展提供强大动力。"))


# ------------------------------------------------------------------ the site's own name before the article's title
HEADLINE = "某某市召开新闻发布会 介绍产业转型升级情况"


@pytest.mark.parametrize("separator", ["——", " - ", "_", " | "])
def test_a_site_name_the_cms_sets_before_the_title_is_taken_off(tmp_path: Path, separator: str) -> None:
    head = (f'<title>某某市人民政府网{separator}{HEADLINE}</title><meta name="SiteName" content="某某市人民政府网">'
            f'<meta name="ArticleTitle" content="某某市人民政府网{separator}{HEADLINE}">')
    document = normalize_file(html_page(tmp_path, head, f'<div class="content">{REPORT}</div>'), tmp_path)
    assert document.meta["title"] == HEADLINE


def test_an_institution_before_a_dash_stays_when_it_is_not_the_page_s_site(tmp_path: Path) -> None:
    title = "某某大学——我的精神家园"
    head = f'<meta name="SiteName" content="另一个网"><meta name="ArticleTitle" content="{title}">'
    body = f'<div class="content">{REPORT}</div>'
    assert normalize_file(html_page(tmp_path, head, body), tmp_path).meta["title"] == title


# ------------------------------------------------------------------ a scraper's text export with key lines
def test_a_text_export_s_title_key_is_no_part_of_its_title(tmp_path: Path) -> None:
    text = ("title: 某某局张某明：坚持改革不动摇\nurl: http://www.example.gov.cn/a/1.htm\nauthor: 某某网站\ncontent: \n"
            + SPEECH)
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["title"] == "某某局张某明：坚持改革不动摇"
    assert "title:" not in document.body and "url:" not in document.body and "某某网站" not in document.body


# ------------------------------------------------------------------ a body's spokesperson named before a colon
@pytest.mark.parametrize(("title", "name"), [
    ("某某部张某明：坚持对话协商", "张某明"),
    ("国家某某局李某：经济运行总体平稳", "李某"),
    ("某某大学王某华：欢迎新同学", "王某华"),
    ("商务部高某：将出台稳外贸措施", "高某"),  # not a five-character name opening with 商
])
def test_a_headline_naming_a_body_and_a_person_before_the_colon_gives_the_person(title: str, name: str) -> None:
    assert colon_speaker(title) == ("", name)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_press_conference_transcript_titled_by_its_spokesperson_is_spoken_by_them(tmp_path: Path,
                                                                                    script: str) -> None:
    text = ("title: 某某部张某明：坚持对话协商\nurl: http://www.example.gov.cn/a/1.htm\ncontent: \n"
            "张某明：女士们，先生们，下午好。首先发布一条消息。\n\n"
            "应某国政府邀请，某某部长将于下周对该国进行正式访问，双方将就双边关系交换意见。\n\n"
            "问：请介绍访问的安排？\n\n答：双方将举行会谈，签署多项合作文件，推动两国关系不断向前发展。\n\n感谢各位出席，再见。\n")
    if script == "traditional":  # '女士們，先生們' opens the transcript as '女士们，先生们' does
        text = to_traditional(text)
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert simplified(document.meta.get("speaker") or "") == "张某明"


# ------------------------------------------------------------------ praise between the name and the talk word
@pytest.mark.parametrize(("title", "name"), [
    ("李某华最新演讲：未来十年的机会", "李某华"),
    ("赵某重磅发言：开放不停步", "赵某"),
    ("钱某独家讲话：说真话", "钱某"),
    ("王某明教授的演讲摘要：开放与合作", "王某明"),
])
def test_a_headline_s_praise_is_no_part_of_the_speaker_s_name(title: str, name: str) -> None:
    found = talk_named_before_colon(title)
    assert found is not None and found[1] == name


# ------------------------------------------------------------------ a headline about studying a speech
@pytest.mark.parametrize("title", [
    "某某支部开展“深入学习某某书记在视察时重要讲话精神”专题学习活动",
    "传达学习县委书记张某明在全县大会上的讲话要求",
    "学习张某明在开学典礼上的讲话心得体会",
])
def test_a_headline_about_studying_a_speech_names_no_speaker(tmp_path: Path, title: str) -> None:
    body = f'<h1>{title}</h1><div class="content">{REPORT}</div>'
    document = normalize_file(html_page(tmp_path, f"<title>{title}</title>", body), tmp_path)
    assert not document.meta.get("speaker") and not document.meta.get("speaker_title")


@pytest.mark.parametrize(("who", "office_name"), [
    ("张某明总书记", ("总书记", "张某明")),  # the longest office: not a name '明总' before 书记
    ("某某公司李某总经理", ("总经理", "李某")),  # the name starts where the company's name ends, not at 司
    ("国家某某委投资司韩某峰处长", ("处长", "韩某峰")),
])
def test_a_name_before_its_office_starts_where_the_body_s_name_ends(who: str, office_name: tuple[str, str]) -> None:
    assert name_office_closing(who) == office_name


def test_the_speech_s_own_title_still_names_its_speaker(tmp_path: Path) -> None:
    title = "县委书记张某明在全县秋季工作推进会上的讲话"
    body = f'<h1>{title}</h1><div class="content">{"".join(f"<p>{p}</p>" for p in SPEECH.split())}</div>'
    document = normalize_file(html_page(tmp_path, f"<title>{title}</title>", body), tmp_path)
    assert document.meta.get("speaker") == "张某明"


# ------------------------------------------------------------------ an interview that reports its subject
INTERVIEW = "".join(f"<p>{text}</p>" for text in (
    "今年以来的疫情，给高校的人才培养提出了新的课题。",
    "张某明说，这次疫情提出了许多重大问题，值得我们重视和反思。",
    "“青年人要有家国情怀。”张某明告诉记者，学校将把爱国主义教育贯穿人才培养全过程。",
    "张某明认为，当代大学生既要有家国情怀，也要有国际视野。"))


def test_an_interview_reporting_its_subject_gives_no_speaker(tmp_path: Path) -> None:
    body = f'<h1>培养大学生的家国情怀</h1><p>——访某某大学校长张某明</p><div class="content">{INTERVIEW}</div>'
    document = normalize_file(html_page(tmp_path, "<title>培养大学生的家国情怀</title>", body), tmp_path)
    assert not document.meta.get("speaker") and not document.meta.get("speaker_title")


def test_a_speech_addressing_its_audience_keeps_its_speaker_however_it_names_them(tmp_path: Path) -> None:
    text = ("在全县大会上的讲话\n县委书记 张某明\n\n同志们：\n\n我曾说，发展是第一要务。张某明说过，要坚定信心。\n\n"
            "张某明认为，大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n\n谢谢大家。\n")
    assert normalize_file(text_page(tmp_path, text), tmp_path).meta.get("speaker") == "张某明"


# ------------------------------------------------------------------ an editor's note naming the speaker
@pytest.mark.parametrize(("note", "name"), [
    ("本文为张某明教授2008年在某某纪念会上的讲演，由某某社整理。", "张某明"),
    ("本文系县委书记李某在全县经济工作会议上的讲话，有删节。", "李某"),
])
def test_an_editor_s_note_under_a_repost_names_its_speaker(tmp_path: Path, note: str, name: str) -> None:
    text = ("---\ntitle: 寻找精神家园，拒绝随波逐流\ndate: 2018-04-25\n---\n\n"
            "今天我们几代人在这儿聚会，来纪念学校的一百一十周年，我心里有很多话想说。\n\n"
            "我想讲的第一点，是我们要保留做梦的能力，也要脚踏实地，勇于承担责任。\n\n"
            "好像我说得太长了，谢谢大家！\n\n"
            f"*{note}*\n")
    document = normalize_file(text_page(tmp_path, text, "post.md"), tmp_path)
    assert document.meta.get("speaker") == name


def test_a_note_about_studying_a_speech_names_nobody() -> None:
    found = vocabulary().speech_note.search("本文为学习张某在大会上的讲话的体会")
    assert found is None or found.group("who") == "学习张某"  # read, then refused: no person's name


# ------------------------------------------------------------------ a greeting line without its closing mark
@pytest.mark.parametrize(("line", "opens"), [
    ("各位来宾、各位朋友，全体同胞，大家好", True),
    ("各位來賓、各位朋友，全體同胞，大家好", True),
    ("老师们，同学们，下午好", True),
    ("祝大家新年好", False),
    ("在全县大会上的讲话", False),
    ("感谢与承担", False),
])
def test_a_greeting_that_lost_its_mark_opens_the_speech(line: str, opens: bool) -> None:
    assert ends_with_greeting(line, load_shapes()) is opens


def test_a_section_heading_under_a_markless_greeting_is_no_title(tmp_path: Path) -> None:
    text = ("各位来宾、各位朋友，全体同胞，大家好\n\n感谢与承担\n"
            "就在刚刚，我正式宣誓就职。我要感谢人民对我们的信任，感谢这个国家的民主机制。\n\n"
            "眼前的种种难关，需要我们诚实面对，需要我们共同承担。谢谢大家。\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert not document.meta.get("title")
    assert document.body.split("\n\n")[0] == "各位来宾、各位朋友，全体同胞，大家好"  # nothing glued on
    assert "感谢与承担" in document.body
