"""What a careful archivist reads on any site (made-up pages in the shapes new sites bring): a blogger reposting
a speech is not its speaker, a page named by its genre alone keeps that name, a headline over its subtitle is the
title, a signature block signs the speech, a byline row dates the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from scripts.clean.metadata import RULES_DIR, byline, is_bare_name, office_name_titling, split_title
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

MESSAGE = ("尊敬的各位客户、亲爱的朋友们：\n\n"
           "感谢大家一直以来对我们公司的信任和支持，我们始终坚持品质第一、客户至上的经营理念，不断开发新产品。\n\n"
           "今后我们将继续努力，为客户提供更好的产品和服务，也请各位朋友一如既往地支持我们的工作。谢谢大家！\n")
PARAGRAPHS = "".join(f"<p>{line}</p>" for line in MESSAGE.split("\n\n") if line.strip())


def test_a_blogger_reposting_a_speech_is_not_its_speaker(tmp_path: Path) -> None:
    text = ("---\ntitle: \"记录：某某在某某大学毕业典礼上的演讲\"\ndate: 2023-05-06T10:00:00+08:00\n"
            "author: \"李某明\"\n---\n\n"
            "亲爱的同学们：\n\n今天是你们毕业的日子，我很荣幸能来到这里，和大家一起分享这个重要的时刻，祝贺你们顺利完成学业。\n\n"
            "希望你们在今后的人生道路上勇敢追梦，不怕失败，不断学习，成为对社会有用的人。祝大家前程似锦！\n")
    document = normalize_file(text_page(tmp_path, text, "post.md"), tmp_path)
    assert document.meta["title"] == "某某在某某大学毕业典礼上的演讲"  # the blog's '记录：' is no part of it
    assert "speaker" not in document.meta
    assert document.meta["published"] == dt.date(2023, 5, 6)


def test_a_page_named_by_its_genre_alone_keeps_that_name_and_its_taken_off_signature(tmp_path: Path) -> None:
    body = ("<ul class='breadcrumb'><li><a href='/'>首页</a></li><li>致辞</li></ul>"
            f"<div id='main'><h1>致辞</h1>{PARAGRAPHS}<p class='right'>董事长<span>赵某明</span></p></div>")
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert document.meta["title"] == "致辞"
    assert document.provenance["title"] == "heading naming the genre alone, as the breadcrumb or <title> does"
    assert document.meta["speaker"] == "赵某明"


def test_a_caption_under_a_news_report_signs_nothing(tmp_path: Path) -> None:
    body = ("<h1>某某公益活动新闻发布会在京举行</h1>"
            "<i>编辑：某某新闻网 发布时间：2017-4-11 21:25:00</i> <i>编辑：某某新闻网 阅读：144</i>"
            "<p>4月11日，某某公益活动新闻发布会在北京举行。某某基金会副理事长、秘书长赵某明等出席发布会并讲话。</p>"
            "<p>赵某明秘书长介绍了活动的筹备情况，希望社会各界大力支持，共同把这项公益活动办好、办出成效。</p>"
            "<p>某某基金会秘书长赵某明</p>")
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert "speaker" not in document.meta
    assert document.meta["published"] == dt.date(2017, 4, 11)
    assert document.provenance["published"] == "labelled date in the editor's credit row"


def test_a_signature_block_name_over_office_over_date(tmp_path: Path) -> None:
    body = (f"<h1>校长致辞</h1>{PARAGRAPHS}"
            "<div class='text-right'><p>钱某华</p><p>某某中学校长</p><p>2023年9月1日</p></div>")
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert (document.meta["speaker"], document.meta["date"]) == ("钱某华", dt.date(2023, 9, 1))


def test_an_office_then_a_common_word_is_a_section_heading_not_a_byline() -> None:
    assert byline("校长简介") is None
    assert byline("书记寄语") is None
    assert byline("校长 王刚") == ("校长", "王刚")  # a two-character name the dictionary tags as a name


def test_a_two_character_verb_or_noun_is_no_name_but_a_leaders_name_is() -> None:
    for button in ("关注", "分享", "收藏", "简介", "程序"):
        assert not is_bare_name(button), button
    for name in ("万里", "李鹏", "高明", "石磊"):  # a numeral-tagged leader's name, names the dictionary tags so
        assert is_bare_name(name), name


def test_office_name_occasion_and_speech_word_in_a_title(tmp_path: Path) -> None:
    assert office_name_titling("某某集团党委书记、董事长王某新春致辞") == ("某某集团党委书记、董事长", "王某")
    assert office_name_titling("县长李某明2024年新年贺词") == ("县长", "李某明")
    assert office_name_titling("院长王某某的新年贺词") == ("院长", "王某某")
    assert office_name_titling("董事长致辞") is None
    assert office_name_titling("县长张某在全县大会上致辞") is None  # a news headline
    body = f"<h1>某某集团党委书记、董事长王某新春致辞</h1><p>又是一年春光好！</p>{PARAGRAPHS}"
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert document.meta["speaker"] == "王某"


RECORD = ("会议过程正式纪录\n\n2019年3月5日星期二\n\n上午10时正会议开始\n\n"
          "出席委员：\n\n张甲委员\n\n李乙委员\n\n王丙委员\n\n"
          "市长发表年度工作报告\n\n"
          "主席：会议开始。请市长作报告。\n\n"
          "市长：各位委员：\n\n过去一年里，本市的苹果和梨子卖到了四十个国家，果农的收入比上年多了一成半，乡村道路也修通了。\n\n"
          "明年我们打算再修三条通往果园的公路，建两座冷库，让果子从树上到餐桌少走半天，让果农多挣一些钱。\n\n"
          "张甲委员：我有意见！\n\n"
          "主席：请保持肃静。市长，请继续。\n\n"
          "市长：山上的林子也要管好，每个村配一名护林员，防火期间天天巡山，发现火情及时报告，及时扑救。\n\n"
          "学校和卫生院的房子要在雨季以前修好，老人和孩子的事情一件一件办好，让大家都满意。谢谢大家。\n\n"
          "主席：市长现在离开会场。\n\n"
          "李乙委员：主席，我想就议程发言。\n\n"
          "主席：请说。\n\n")


def test_a_proceedings_record_gives_its_agenda_item_and_its_sitting_date(tmp_path: Path) -> None:
    """The record around the one address was taken off (transcript-frame): its name, date and agenda item still
    title and date the address."""
    document = normalize_file(text_page(tmp_path, RECORD), tmp_path)
    assert "transcript-frame" in {r.rule for r in document.removals}
    assert document.meta["title"] == "市长发表年度工作报告"
    assert document.meta["date"] == dt.date(2019, 3, 5)
    assert document.provenance["date"] == "date of the sitting a proceedings record reports"


def test_a_signature_beats_the_bloggers_front_matter_author(tmp_path: Path) -> None:
    """A blog post holding a message its writer signed: the signer gave it, the blogger only posted it."""
    text = ("---\ntitle: \"公司新年致辞\"\ndate: 2024-01-02\nauthor: \"李某明\"\n---\n\n" + MESSAGE
            + "\n董事长 赵某华\n\n2024年1月1日\n")
    document = normalize_file(text_page(tmp_path, text, "post.md"), tmp_path)
    assert document.meta["speaker"] == "赵某华"
    assert document.meta["date"] == dt.date(2024, 1, 1)


def metadata_rules() -> dict:
    return yaml.safe_load((RULES_DIR / "metadata.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", [e for e in metadata_rules()["title_checks"]["examples"] if " -> " in e])
def test_the_title_checks_examples_give_their_titles(example: str) -> None:
    line, title = example.split(" -> ")
    assert split_title(line).title == title


@pytest.mark.parametrize("example", metadata_rules()["speech_occasions"]["examples"])
def test_the_speech_occasions_examples_name_their_speakers(example: str) -> None:
    title, name = example.split(" -> ")
    assert (office_name_titling(title) or ("", ""))[1] == name


def test_a_title_naming_the_company_then_the_genre_gives_the_genre_not_the_company(tmp_path: Path) -> None:
    """'ABC－某某商贸(上海)有限公司－ ｜ 致辞': the site's name first, a dash left dangling, the genre last."""
    body = f"<div id='main'><h1>致辞</h1>{PARAGRAPHS}<p class='right'>董事长<span>赵某明</span></p></div>"
    head = "<title>ABC－某某商贸(上海)有限公司－ ｜ 致辞</title>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert (document.meta["title"], document.meta["speaker"]) == ("致辞", "赵某明")


def test_the_author_line_of_a_reposted_speech_is_no_speaker(tmp_path: Path) -> None:
    text = ("记录：在某某大学毕业典礼上的演讲\n作者：李某明\n\n"
            "亲爱的同学们：\n\n今天是你们毕业的日子，我很荣幸能来到这里，和大家一起分享这个重要的时刻，祝贺你们顺利完成学业。\n\n"
            "希望你们在今后的人生道路上勇敢追梦，不怕失败，不断学习，成为对社会有用的人。祝大家前程似锦！\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["title"] == "在某某大学毕业典礼上的演讲"
    assert "speaker" not in document.meta


@pytest.mark.parametrize("genre", ["欢迎辞", "贺辞", "感言"])
def test_variant_genre_words_name_a_page_too(tmp_path: Path, genre: str) -> None:
    body = (f"<ul class='breadcrumb'><li><a href='/'>首页</a></li><li>{genre}</li></ul>"
            f"<div id='main'><h1>{genre}</h1>{PARAGRAPHS}<p class='right'>董事长<span>赵某明</span></p></div>")
    document = normalize_file(html_page(tmp_path, "", body), tmp_path)
    assert (document.meta["title"], document.meta["speaker"]) == (genre, "赵某明")
