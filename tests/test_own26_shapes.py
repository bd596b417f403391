"""Shapes eval/own26's pages showed (opened in the twenty-fifth session), rebuilt from made-up text."""
import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.dates import field_date, parse_date
from scripts.clean.metadata import (
    colon_speaker,
    name_occasion_speech,
    note_speaker,
    parts_beside_site_name,
    placed_name,
    vocabulary,
)
from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_document
from tests.conftest import html_page
from tests.test_metadata_signals import metadata_rules

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，公司经营稳中向好，主要指标好于预期，团队建设有力有效，各项业务和谐发展，成绩来之不易。"
ESSAY = f"<p>{PROSE}</p><p>{OTHER}</p>"


@pytest.mark.parametrize("example", metadata_rules()["speech_note"]["examples"])
def test_the_speech_note_examples_name_their_speaker(example: str) -> None:
    note, _, wanted = example.partition(" -> ")
    name, _, office = wanted.partition(" (")
    assert note_speaker(note) == (office.rstrip(")"), name)


@pytest.mark.parametrize("example", metadata_rules()["speech_note"]["keep"])
def test_the_speech_note_keeps_name_nobody(example: str) -> None:
    assert note_speaker(example.split(" (")[0]) is None


@pytest.mark.parametrize(("title", "who"), [
    ("马克·塞勒尔经典演讲：伟大投资者的7个特质", "马克·塞勒尔"),  # jieba cuts the dotted name apart
    ("马克·塞勒尔演讲", "马克·塞勒尔"), ("约翰·肯尼迪就职演说", "约翰·肯尼迪"),  # 翰 is no transliteration character
    ("比尔·盖茨哈佛大学毕业演讲", "比尔·盖茨"),  # the place is no part of the name
    ("沃伦·巴菲特股东大会讲话全文", "沃伦·巴菲特")])
def test_a_title_opening_with_a_dotted_name_before_the_occasion_and_the_speech_word(title: str, who: str) -> None:
    assert name_occasion_speech(title) == ("", who)


@pytest.mark.parametrize("title", [
    "中国·杭州峰会致辞", "张三·李四讲话",  # a place and a Chinese name are no transliterated name
    "马克·扎克伯格哈佛毕业演讲"])  # where the name ends is unclear (哈佛 is in the same characters): nobody
def test_a_dotted_opening_that_is_no_transliterated_name_names_nobody(title: str) -> None:
    assert name_occasion_speech(title) is None


def test_a_site_name_with_a_dash_in_it_parts_nothing_of_the_title() -> None:
    """'标题 | 某某之城 - City of Time': the declared site name's own dash is no separator of the <title>."""
    title = "某某：高墙与鸡蛋（某某文学奖演讲） | 晨光之城 - City of Time"
    assert parts_beside_site_name(title, "晨光之城 - City of Time") == [
        "某某：高墙与鸡蛋（某某文学奖演讲）", "晨光之城 - City of Time"]
    assert parts_beside_site_name("讲话标题_新闻_某某网", "某某网") == ["讲话标题", "新闻", "某某网"]  # as title_parts


def test_a_headline_over_an_epigraph_keeps_its_title_when_the_site_name_has_a_dash(tmp_path: Path) -> None:
    """A blog's headline, its <title> with the site's name after a bar, the site's name holding a dash of its own, and
    an epigraph under the headline: the headline is the title, not the epigraph."""
    headline = "张某明：高墙与鸡蛋（某某文学奖演讲）"
    head = (f"<title>{headline} | 晨光之城 - City of Time</title>"
            "<meta property='og:site_name' content='晨光之城 - City of Time'>")
    body = ("<header id='header' class='header'><div class='custom-logo-site-title'><a href='/' class='brand'>"
            "<span class='site-title'>晨光之城 - City of Time</span></a></div></header>"
            f"<article><h1>{headline}</h1>"
            "<p>「假如这里有坚固的高墙和撞墙破碎的鸡蛋，我总是站在鸡蛋一边。」——张某明</p>"
            f"<div class='post-body'>{ESSAY}</div></article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, head, body)).markdown)
    assert meta["title"] == headline


@pytest.mark.parametrize(("value", "day"), [
    ("2017-10-02T16:00:00.000Z", dt.date(2017, 10, 3)),  # UTC: already the 3rd in China
    ("2020-02-05T19:30:00Z", dt.date(2020, 2, 6)),
    ("2017-10-03T00:00:00+08:00", dt.date(2017, 10, 3)),
    ("2017-10-02T10:00:00-05:00", dt.date(2017, 10, 2))])  # 23:00 in China
def test_an_instant_with_its_zone_is_dated_in_china_time(value: str, day: dt.date) -> None:
    assert field_date(value) == day


def test_an_instant_without_its_zone_keeps_its_day() -> None:
    assert field_date("2017-10-02T16:00:00") == dt.date(2017, 10, 2)


INTRODUCTION = [
    "张某明（1893-1988）先生是一位思想家，他的一生是勇敢者的一生，留下了许多值得今天的读者细细品味的文字。",
    "世界上的学问，在深层其实是相通的。不同的思考者往往是异途同归，异曲同工，读他的演讲常有这种感觉。",
    "这是张某明先生1928年应邀在某某大学哲学系演讲的部分内容，今天读来仍然很有启发。"]
LECTURE = ("<p>诸位同学：</p>"
           "<p>哲学不是人人所能够学得的，学哲学要有天资，也要下功夫。今天我想和诸位谈谈求学的几个层次和境界。</p>"
           "<p>第一层是形成主见。学问的第一步是有主见，有了主见才会有问题，有了问题才会去求解答。</p>"
           "<p>第二层是发现不能解释的事。有了主见以后，要看到与自己主见相冲突的地方，这样才会进步。</p>"
           "<p>第三层是融会贯通。把许多不同的意见放在一起比较，找出它们的道理，学问才算有了根基。</p>"
           "<p>第四层是知不足。越往深处走，越觉得自己知道得少，这是学问进步的标志，也是做人的道理。</p>"
           "<p>第五层是以简御繁。道理越看得明透，越觉得无话可说，还是一点不说的好。谢谢诸位。</p>")


def test_an_editors_introduction_over_the_announced_lecture_leaves_the_text(tmp_path: Path) -> None:
    """Three paragraphs introducing the speaker, then '以下是…先生演讲内容：': the lecture begins after it, and the
    introduction is kept as the front matter's note (it names the speaker)."""
    paragraphs = "".join(f"<p>{line}</p>" for line in INTRODUCTION)
    body = (f"<article><h1>张某明-思维的层次和境界</h1><div class='post-body'>{paragraphs}"
            f"<p>以下是张某明先生演讲内容：</p>{LECTURE}</div></article>")
    result = normalize_file(html_page(tmp_path, "<title>张某明-思维的层次和境界</title>", body))
    meta, text = split_document(result.markdown)
    assert "勇敢者的一生" not in text and "诸位同学" in text and "谢谢诸位" in text
    assert meta["speaker"] == "张某明"
    assert "editor-introduction" in {removal.rule for removal in result.removals}


def test_a_news_report_over_the_announced_speech_keeps_its_paragraphs(tmp_path: Path) -> None:
    """A portal's dateline opening the paragraphs over '…发言全文如下：' makes them a report of the event, with the
    speech inside it: they stay."""
    report = ["某某科技讯 11月2日下午消息，2020某某产业发展大会在广州开幕，某某公司董事长李建国出席并致辞。",
              "李建国表示，产业正迎来新的发展机遇，公司将秉持开放合作的理念，与伙伴共同推动产业创新发展。",
              "这是李建国今年在大会上的首次演讲，他认为标准不统一、内容不丰富等问题仍然存在，需要携手解决。"]
    paragraphs = "".join(f"<p>{line}</p>" for line in report)
    body = (f"<article><h1>李建国：推进产业创新发展</h1><div class='post-body'>{paragraphs}"
            f"<p>以下是李建国发言全文：</p>{LECTURE}</div></article>")
    page = html_page(tmp_path, "<title>李建国：推进产业创新发展</title>", body)
    _, text = split_document(normalize_file(page).markdown)
    assert "11月2日下午消息" in text and "标准不统一" in text  # the third says what the text is, as a note does


@pytest.mark.parametrize("example", metadata_rules()["news_opening"]["examples"])
def test_the_news_opening_examples_open_as_news(example: str) -> None:
    assert vocabulary().news_opening.match(example)


SPEECH = ("<p>各位嘉宾、女士们、先生们：</p>"
          f"<p>大家下午好！{PROSE}</p><p>{OTHER}</p>"
          "<p>产业的发展离不开各方的携手努力，我们愿意与大家一起，共同推动产业创新发展。谢谢大家！</p>")


def test_a_long_report_over_the_speech_it_quotes_names_no_speaker(tmp_path: Path) -> None:
    """Five paragraphs reporting the event, then the speech in full: the page is a report, and the name before the
    headline's colon is its subject, not a speaker (the salutation stands past the first three paragraphs)."""
    report = "".join(f"<p>{line}</p>" for line in [
        "2020某某产业发展大会在广州开幕，某某公司董事长李建国出席开幕式并发表了主旨演讲。",
        "李建国表示，产业正迎来新的发展机遇，公司将秉持开放合作的理念，与伙伴共同推动产业发展。",
        "李建国认为，标准不统一、内容不丰富等问题仍然存在，需要产业链上下游携手解决这些问题。",
        "据了解，本届大会为期三天，设有主论坛和多个分论坛，来自各地的嘉宾参加了会议。",
        "大会期间还举行了多场产业对接活动，签约项目涉及多个领域，总金额超过百亿元。"])
    body = (f"<article><h1>某某公司李建国：推进产业创新发展</h1><div class='post-body'>{report}"
            f"<p>李建国发言全文如下：</p>{SPEECH}</div></article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, "<title>某某公司李建国：推进产业创新发展</title>",
                                                      body)).markdown)
    assert "speaker" not in meta


def test_the_post_date_its_microdata_declares_wins_over_the_address(tmp_path: Path) -> None:
    """A theme's <time itemprop="dateCreated datePublished" datetime="…+08:00"> is the date the post declares; the
    address's date (the post's first draft) comes after it."""
    head = ("<title>某某论坛开幕 | 某某工作室</title>"
            "<link rel='canonical' href='https://example.github.io/2017/04/news/2017-4-11-forum-keynote/'>")
    body = ("<article><h1>某某论坛开幕</h1><div class='post-meta'>\n  <span class='post-meta-item'>"
            "<span class='post-meta-item-text'>Posted on</span>\n  "
            "<time itemprop='dateCreated datePublished' datetime='2017-04-17T21:17:31+08:00'>2017-04-17</time></span>"
            "\n  <span class='post-meta-item'><span class='post-meta-item-text'>Edited on</span>\n  "
            "<time itemprop='dateModified' datetime='2019-01-06T13:08:10+08:00'>2019-01-06</time></span>\n  "
            "<span class='post-meta-item'><span class='post-meta-item-text'>In</span>\n  "
            "<a href='/categories/news/'>新闻动态</a></span>\n</div>"
            f"<div class='post-body'>{ESSAY}</div></article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, head, body)).markdown)
    assert meta["published"] == dt.date(2017, 4, 17)


def test_an_index_of_posts_marking_each_posts_day_declares_no_publication(tmp_path: Path) -> None:
    """Each post on an index page carries its own itemprop="datePublished": no one of them is the page's day."""
    posts = "".join(f"<article><h2>某某文章{day}</h2><time itemprop='datePublished' datetime='2024-12-0{day}T10:00:00"
                    f"+08:00'>{day}天前</time><p>{PROSE}</p></article>" for day in (2, 3, 4))
    result = normalize_file(html_page(tmp_path, "<title>某某之家</title>", posts))
    assert "microdata" not in result.provenance.get("published", "")


@pytest.mark.parametrize(("text", "day"), [
    ("2013,1,15", dt.date(2013, 1, 15)),  # under a signature
    ("（2012,6,12,上午11时）", dt.date(2012, 6, 12)),  # a subtitle's brackets, the hour after it
    ("2019，3，6", dt.date(2019, 3, 6))])
def test_a_date_in_figures_parted_by_commas(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["2012,6,12,18", "1,2012,6,12", "今年营收2012,5,3亿元", "1850,3,4"])
def test_figures_parted_by_commas_that_are_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_a_talk_whose_speaker_only_the_meta_description_names(tmp_path: Path) -> None:
    """A blog's repost of a first-person talk names nobody on the page; its description says who gave it."""
    head = ("<title>何谓新质生产力 | 某某博客</title><meta name='description' content='某某论坛学术顾问、某某市原市长"
            "李建国在某某新年论坛上发表演讲时，分享了他对相关问题的思考。'>")
    body = (f"<article><h1>何谓新质生产力</h1><div class='post-body'><p>我个人理解，{PROSE}</p><p>{OTHER}</p></div>"
            "</article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, head, body)).markdown)
    assert meta["speaker"] == "李建国"


def test_a_news_report_is_no_speech_of_the_one_its_description_names(tmp_path: Path) -> None:
    head = "<title>全市大会召开</title><meta name='description' content='市长李建国在全市大会上发表讲话。'>"
    body = (f"<article><h1>全市大会召开</h1><div class='post-body'><p>本报讯（记者 王某）5月7日，全市大会召开。{PROSE}"
            f"</p><p>{OTHER}</p></div></article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, head, body)).markdown)
    assert "speaker" not in meta


@pytest.mark.parametrize("example", metadata_rules()["japanese_surnames"]["examples"])
def test_a_japanese_name_before_the_titles_colon_is_the_speaker(example: str) -> None:
    title, _, name = example.partition(" -> ")
    assert colon_speaker(title) == ("", name)


@pytest.mark.parametrize("example", metadata_rules()["japanese_surnames"]["keep"])
def test_a_japanese_family_name_before_a_word_is_no_speaker(example: str) -> None:
    assert colon_speaker(example) is None


@pytest.mark.parametrize("name", ["渡边淳一", "上野千鹤子", "東野圭吾"])  # a traditional page's too, through its shadow
def test_a_japanese_name_is_a_name_where_the_page_places_one(name: str) -> None:
    assert placed_name(name)


def test_a_university_transcripts_english_header_dates_the_address(tmp_path: Path) -> None:
    """A bilingual repost keeps the news office's header over the address: who gave it and the day, in English."""
    body = ("<article><h1>某某在某某学院的毕业演讲</h1><div class='post-body'>"
            "<p>This is the text of the Commencement address by Jane Doe, President of Example College, "
            "delivered on June 12, 2005.</p>"
            f"<p>同学们：</p><p>{PROSE}</p><p>{OTHER}</p></div></article>")
    page = html_page(tmp_path, "<title>某某在某某学院的毕业演讲</title>", body)
    meta, _ = split_document(normalize_file(page).markdown)
    assert meta["date"] == dt.date(2005, 6, 12)
