"""Shapes eval/own27's pages showed (opened in the twenty-sixth session), rebuilt from made-up text."""
import datetime as dt
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.clean.decode import scraped_paragraphs
from scripts.clean.html_page import post_tags
from scripts.clean.metadata import (
    closes_with_a_full_text_mark,
    copied_page_title_headline,
    dash_credit,
    given_by_publication,
    is_bare_name,
    person_filed,
    placed_name,
    signed_and_dated,
)
from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_document
from tests.conftest import html_page, text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。我们各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "我想对大家说，今年以来我们的工作稳中向好，我们的团队建设有力有效，我相信各项业务会和谐发展，成绩来之不易。"


@pytest.mark.parametrize("word", ["贺词", "讲话", "致辞", "演讲", "發言"])
def test_a_speech_word_is_no_name(word: str) -> None:
    """jieba tags 贺词 a person's name (贺 is a family name); a post filed under 贺词 names nobody."""
    assert not is_bare_name(word) and not placed_name(word)


def test_a_new_year_greeting_filed_under_its_speech_word_names_nobody(tmp_path: Path) -> None:
    head = ("<title>某某社祝大家新年快乐</title><meta name='keywords' content='贺词'>"
            "<meta property='article:tag' content='贺词'>")
    body = f"<article><h1>某某社祝大家新年快乐</h1><div class='post-body'><p>{PROSE}</p><p>{OTHER}</p></div></article>"
    meta, _ = split_document(normalize_file(html_page(tmp_path, head, body)).markdown)
    assert "speaker" not in meta


NEW_YEAR = "新的一年，我们将锚定建设一流大学的目标，持续推动教育科技人才一体发展，书写学校发展的崭新篇章！"
TITLE = "<title>致即将升入大二的各位同学</title>"
SIDEBAR = ("<aside id='sidebar'><div class='widget tag'><h3>Tags</h3><ul>"
           "<li><a href='/tags/查某/'>查某</a></li><li><a href='/tags/毕业论文/'>毕业论文</a></li>"
           "<li><a href='/tags/班主任/'>班主任</a></li></ul></div></aside>")


def test_a_small_blogs_sidebar_cloud_files_no_post_when_the_article_has_its_tags() -> None:
    html = ("<article><div class='post'>…</div><footer><div class='tags'><a href='/tags/致辞/'>致辞</a>, "
            f"<a href='/tags/班主任/'>班主任</a></div></footer></article>{SIDEBAR}")
    assert post_tags(BeautifulSoup(html, "lxml"), "") == ["致辞", "班主任"]


def test_a_name_in_the_sidebar_cloud_is_not_the_speaker(tmp_path: Path) -> None:
    body = (f"<article><h1>致即将升入大二的各位同学</h1><div class='post-body'><p>{PROSE}</p><p>{OTHER}</p></div>"
            "<footer><div class='tags'><a href='/tags/致辞/'>致辞</a>, <a href='/tags/班主任/'>班主任</a></div>"
            f"</footer></article>{SIDEBAR}")
    meta, _ = split_document(normalize_file(html_page(tmp_path, TITLE, body)).markdown)
    assert "speaker" not in meta


def test_the_posts_own_name_tag_still_names_the_speaker(tmp_path: Path) -> None:
    """The name among the article's own tags is the speaker, though the sidebar's cloud names someone else too (the
    cloud's name made two people, and so nobody)."""
    body = (f"<article><h1>致即将升入大二的各位同学</h1><div class='post-body'><p>{PROSE}</p><p>{OTHER}</p></div>"
            "<footer><div class='tags'><a href='/tags/致辞/'>致辞</a>, <a href='/tags/王某明/'>王某明</a></div>"
            f"</footer></article>{SIDEBAR}")
    meta, _ = split_document(normalize_file(html_page(tmp_path, TITLE, body)).markdown)
    assert meta["speaker"] == "王某明"


def test_without_an_article_element_every_small_group_files_the_post() -> None:
    html = "<div class='post-tags'><a href='/tags/王某明/'>王某明</a></div>" + SIDEBAR
    assert post_tags(BeautifulSoup(html, "lxml"), "") == ["王某明", "查某", "毕业论文", "班主任"]


def test_a_crawlers_paragraphs_joined_by_one_space_after_their_closing_marks_are_lines_again() -> None:
    """A crawler joined the <p> texts with ' ': each paragraph ends with its mark and a space; a space inside a
    sentence ('我们 向', the edge of a link the crawler marked) parts nothing, and goes."""
    paragraphs = ["岁末年初，我们 向全校师生员工致以新年的祝福！", PROSE, OTHER, PROSE, OTHER,
                  "党委书记：王某明 2025年1月1日"]
    assert scraped_paragraphs(" ".join(paragraphs)) == ["岁末年初，我们向全校师生员工致以新年的祝福！", *paragraphs[1:]]


def test_single_spaces_inside_sentences_part_nothing() -> None:
    line = "，".join([PROSE.replace("，", " ，")] * 4)
    assert scraped_paragraphs(line) == [line]


@pytest.mark.parametrize(("title", "headline"), [
    ("某某大学2025年新年贺词-要闻-某某大学", "某某大学2025年新年贺词"),
    ("在全县大会上的讲话_领导讲话_某某县人民政府网", "在全县大会上的讲话"),
    ("中国-东盟-日韩合作论坛致辞", ""),  # led by a short part: a name's own dashes
    ("奋斗的青春 - 在开学典礼上的讲话", "")])  # two parts: a dash may set a subtitle off
def test_a_crawlers_title_field_holding_the_pages_title(title: str, headline: str) -> None:
    assert copied_page_title_headline(title) == headline


@pytest.mark.parametrize(("line", "signed"), [
    ("党委书记：王某明校长：李某2025年1月1日", ("党委书记、校长", "王某明、李某", dt.date(2025, 1, 1))),
    ("党委书记：王某明 校长：李某 2025年1月1日", ("党委书记、校长", "王某明、李某", dt.date(2025, 1, 1))),
    ("董事长：袁某源 2024年12月31日", ("董事长", "袁某源", dt.date(2024, 12, 31)))])
def test_a_signature_of_one_line_with_its_day(line: str, signed: tuple) -> None:
    assert signed_and_dated(line) == signed


@pytest.mark.parametrize("line", ["时间：2025年1月1日", "地址：某某路 2025年1月1日",
                                  "联系人：王某 电话：1234 2025年1月1日", "党委书记：王某明校长：李某"])
def test_a_labelled_row_with_a_day_is_no_signature(line: str) -> None:
    assert signed_and_dated(line) is None


def test_a_new_year_message_may_be_dated_the_day_after_it_is_published() -> None:
    assert given_by_publication(dt.date(2025, 1, 1), dt.date(2024, 12, 31))
    assert not given_by_publication(dt.date(2025, 1, 2), dt.date(2025, 1, 1))
    assert not given_by_publication(dt.date(2025, 1, 1), dt.date(2024, 12, 30))


def test_a_crawlers_record_of_a_jointly_signed_new_year_message(tmp_path: Path) -> None:
    """A crawler's JSON record: the <title> copied whole, the paragraphs joined by single spaces, the two heads'
    signature of one line run on after the last paragraph."""
    content = " ".join(["岁末年初，我们向全校师生员工致以新年的祝福！", PROSE, OTHER, NEW_YEAR,
                        "党委书记：王某明 校长：李某 2025年1月1日"])
    record = {"url": "https://news.example.edu.cn/2024/12/31/1.shtml", "title": "某某大学2025年新年贺词-要闻-某某大学",
              "content": content}
    meta, _ = split_document(normalize_file(text_page(tmp_path, json.dumps(record, ensure_ascii=False),
                                                      "record.json")).markdown)
    assert (meta["title"], meta["speaker"]) == ("某某大学2025年新年贺词", "王某明、李某")
    assert meta["date"] == dt.date(2025, 1, 1)


@pytest.mark.parametrize(("tag", "person"), [("王某明演讲稿", "王某明"), ("李建国讲话", "李建国"), ("王某明", "王某明"),
                                             ("名人演讲", ""), ("经典演讲稿", ""), ("演讲", "")])
def test_the_person_a_tag_files_the_post_under(tag: str, person: str) -> None:
    assert person_filed(tag) == person


def test_a_talk_filed_under_its_speakers_speeches_tag(tmp_path: Path) -> None:
    """A site collecting one person's talks files each under '某某某演讲稿' and names them nowhere else."""
    body = (f"<article><h1>未来一定更好</h1><div class='post-body'><p>各位同学：</p><p>{PROSE}</p><p>{OTHER}</p></div>"
            "<footer><a href='/categories/王某明演讲稿/'>王某明演讲稿</a></footer></article>")
    page = html_page(tmp_path, "<title>未来一定更好 | 某某的网站</title>", body)
    meta, _ = split_document(normalize_file(page).markdown)
    assert meta["speaker"] == "王某明"


def test_a_repost_mark_closing_the_headline_leaves_the_credit_after_its_dash(tmp_path: Path) -> None:
    body = (f"<article><h1>企业的八条经验——汉斯·穆勒演讲《转》</h1><div class='post-body'><p>{PROSE}</p>"
            f"<p>{OTHER}</p></div></article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, "<title>企业的八条经验——汉斯·穆勒演讲《转》</title>",
                                                      body)).markdown)
    assert (meta["title"], meta["speaker"]) == ("企业的八条经验——汉斯·穆勒演讲《转》", "汉斯·穆勒")


@pytest.mark.parametrize("byline", ["文/汉某德*舒某茨", "文/汉某德•舒某茨", "文/汉某德·舒某茨"])
def test_a_writers_byline_with_a_transliterated_name_names_the_speaker(tmp_path: Path, byline: str) -> None:
    """'文/…' over a translated talk: the name's middle dot may be written with a bullet or a star."""
    body = (f"<article><h1>我之所在</h1><div class='post-body'><p>{byline}</p><p>各位同学：</p><p>{PROSE}</p>"
            f"<p>{OTHER}</p></div></article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, "<title>我之所在</title>", body)).markdown)
    assert meta["speaker"] == "汉某德·舒某茨"


@pytest.mark.parametrize(("title", "who"), [
    ("厚积薄发，有的放矢-王某明博士给中国计算机系学生的建议", "王某明"), ("董事长王某明致全体员工的一封信", "王某明"),
    ("王某明写给新同学的话", "王某明"), ("有的放矢——王某明給中國學生的建議", "王某明")])
def test_a_title_naming_a_writer_to_an_audience(tmp_path: Path, title: str, who: str) -> None:
    body = f"<article><h1>{title}</h1><div class='post-body'><p>{PROSE}</p><p>{OTHER}</p></div></article>"
    meta, _ = split_document(normalize_file(html_page(tmp_path, f"<title>{title}</title>", body)).markdown)
    assert meta["speaker"] == who


@pytest.mark.parametrize("title", ["给中国学生的建议", "某某公司致全体员工的一封信", "市委市政府给全市人民的一封信"])
def test_a_letter_from_no_person_names_nobody(tmp_path: Path, title: str) -> None:
    body = f"<article><h1>{title}</h1><div class='post-body'><p>{PROSE}</p><p>{OTHER}</p></div></article>"
    meta, _ = split_document(normalize_file(html_page(tmp_path, f"<title>{title}</title>", body)).markdown)
    assert "speaker" not in meta


@pytest.mark.parametrize(("line", "credit"), [
    ("以学术为志业——Max Weber   1917.11.7", ("Max Weber", dt.date(1917, 11, 7))),
    ("论自由——John Stuart Mill 1859年2月1日", ("John Stuart Mill", dt.date(1859, 2, 1))),
    ("奋斗的青春——王某明 2019年5月4日", ("王某明", dt.date(2019, 5, 4)))])
def test_the_title_printed_again_with_its_author_and_day_after_a_dash(line: str, credit: tuple) -> None:
    assert dash_credit(line) == credit


@pytest.mark.parametrize("line", ["以学术为志业——Max Weber", "奋斗的青春——在大会上 2019年5月4日",
                                  "奋斗的青春——the best of times 2019年5月4日"])
def test_a_dash_without_a_name_and_a_day_is_no_credit(line: str) -> None:
    assert dash_credit(line) is None


def test_a_translated_lecture_credited_after_its_title(tmp_path: Path) -> None:
    body = ("<article><h1>以学术为志业</h1><div class='post-body'><p>以学术为志业——Max Weber   1917.11.7</p>"
            f"<p>{PROSE}</p><p>{OTHER}</p></div></article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, "<title>以学术为志业</title>", body)).markdown)
    assert (meta["speaker"], meta["date"]) == ("Max Weber", dt.date(1917, 11, 7))


def own_voice_page(tmp_path: Path, title: str, text: str = f"<p>{PROSE}</p><p>{OTHER}</p>") -> dict:
    body = f"<article><h1>{title}</h1><div class='post-body'>{text}</div></article>"
    meta, _ = split_document(normalize_file(html_page(tmp_path, f"<title>{title}</title>", body)).markdown)
    return meta


def test_a_name_and_office_before_the_colon_over_a_text_in_their_own_voice(tmp_path: Path) -> None:
    """An article in the first person that never names the person its headline names before the colon."""
    assert own_voice_page(tmp_path, "某某大学校长王某明：从上大学到上好大学")["speaker"] == "王某明"


def test_a_report_naming_the_person_before_the_colon_is_not_theirs(tmp_path: Path) -> None:
    text = f"<p>王某明介绍，{PROSE}</p><p>{OTHER}</p>"
    assert "speaker" not in own_voice_page(tmp_path, "某某大学校长王某明：从上大学到上好大学", text)


@pytest.mark.parametrize("title", ["王某明：从“老冷战”到“新冷战”笔记", "王某明：《某某》读后感"])
def test_notes_on_a_talk_are_not_the_lecturers(tmp_path: Path, title: str) -> None:
    assert "speaker" not in own_voice_page(tmp_path, title)


@pytest.mark.parametrize(("paragraph", "closes"), [
    ("在这个长达1.1万字的演讲中，他谈到了多方面内容。某某科技对此进行了整理。（演讲全文）", True),
    ("某某今天出席大会并发表讲话。（附全文）", True),
    ("今年以来，我们的工作稳中向好（全文）。", False), ("以下是讲话全文：", False)])
def test_a_leads_closing_full_text_mark(paragraph: str, closes: bool) -> None:
    assert closes_with_a_full_text_mark(paragraph) is closes
