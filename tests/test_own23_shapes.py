"""Shapes of eval/own23's pages (opened in the twenty-second session), each rebuilt here from made-up text: a title
naming its speaker before the occasion and the speech word, a blog filing a talk under its speaker's name, a
collection's record name printed as the title with its date first, a related post's citation of where it appeared, and
a 时间 line giving the talk's day over a lead-in saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import name_occasion_speech
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，公司经营稳中向好，主要指标好于预期，团队建设有力有效，各项业务和谐发展，成绩来之不易。"
MORE = "互联网最大的作用就是提升效率。一个公司没有效率，就没有未来；规模和速度的背后，是效率。"
SPEECH = f"<p>各位同事：</p><p>大家好！{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"
ESSAY = f"<p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"


@pytest.mark.parametrize(("title", "who"), [
    ("张某明员工大会演讲：今年冻结新增员工", "张某明"), ("李建国年会致辞", "李建国"),
    ("王晓东环球转型论坛压轴演讲全文", "王晓东"), ("陈志强房地产最新演讲：现在是抄底的机会", "陈志强"),
    ("2012奥巴马连任成功竞选演讲", "奥巴马"),  # a year first; a transliterated name jieba tags a place
    ("王晓东达沃斯演讲", "王晓东"), ("陈志强达沃斯论坛演讲全文", "陈志强"),  # a place jieba tags a name
    ("王晓东演讲整理稿：中国经济大变局", "王晓东"), ("陈志强演讲文字稿", "陈志强")])  # the transcript's word after
def test_a_title_naming_its_speaker_before_the_occasion_and_the_speech_word(title: str, who: str) -> None:
    assert name_occasion_speech(title) == ("", who)


@pytest.mark.parametrize("title", [
    "高新区年会致辞",  # jieba's dictionary tags the district a name; a name never ends with 区
    "谢谢你们的演讲",  # jieba tags the four characters a name; a pronoun stands between
    "张某明学习总书记讲话",  # about another's speech
    "张某明对李建国的讲话",  # a preposition and a second name
    "王晓东李建国致辞",  # two names: whose speech is unclear
    "北大校长毕业典礼演讲", "房地产企业年会致辞", "周末演讲", "张某明谈人工智能",
    "2023年高新区年会致辞", "2019年新年贺词"])
def test_a_title_naming_nobody_before_the_speech_word(title: str) -> None:
    assert name_occasion_speech(title) is None


def test_a_talk_titled_by_its_speaker_and_occasion_is_theirs(tmp_path: Path) -> None:
    """'张某明员工大会演讲：…' over a post that is the talk itself: 张某明 gave it."""
    title = "张某明员工大会演讲：今年冻结新增员工 重整队形"
    body = f"<h1>{title}</h1><div class='post'>{SPEECH}</div>"
    page = html_page(tmp_path, f"<title>{title} | 某某的博客</title>", body)
    assert normalize_file(page, tmp_path).meta["speaker"] == "张某明"


def blog_post(tmp_path: Path, tags: list[str], text: str) -> Path:
    links = "".join(f"<a href='/tags/{tag}/' rel='tag'>{tag}</a>" for tag in tags)
    body = f"<h1>一名程序员眼里的未来</h1><div class='post'>{text}</div><div class='post-tags'>{links}</div>"
    return html_page(tmp_path, f"<title>一名程序员眼里的未来 | 某某的博客</title><meta name='keywords' "
                               f"content='{','.join(tags)}'>", body)


def test_a_talk_filed_under_one_persons_name_is_theirs(tmp_path: Path) -> None:
    """A blog files the talk it reposts under its speaker ('张某明', '投资'), and the text addresses its audience."""
    assert normalize_file(blog_post(tmp_path, ["张某明", "投资"], SPEECH), tmp_path).meta["speaker"] == "张某明"


def test_a_lead_in_naming_the_person_filed_under_makes_them_the_speaker(tmp_path: Path) -> None:
    """No greeting, but the lead-in over the text says the person the post is filed under gave the talk."""
    lead = "<p>2019年8月30日，34岁张某明在颁奖仪式上，发表主题演讲《一名程序员眼里的未来》。</p>"
    document = normalize_file(blog_post(tmp_path, ["张某明", "投资"], lead + ESSAY), tmp_path)
    assert document.meta["speaker"] == "张某明"


@pytest.mark.parametrize("tags", [["张某明", "李建国"], ["投资", "互联网"]])
def test_a_post_filed_under_two_people_or_none_names_no_speaker(tmp_path: Path, tags: list[str]) -> None:
    assert "speaker" not in normalize_file(blog_post(tmp_path, tags, SPEECH), tmp_path).meta


def test_a_record_name_as_the_title_dates_the_talk_and_its_slug_is_no_stamp(tmp_path: Path) -> None:
    """'19950618_…研讨会致谢词' as <h1> and <title>, its address the post's slug repeating it: the date opening the
    title is the talk's, and the page has no publication date."""
    title = "19950618_某某技术研讨会致谢词"
    head = f"<title>{title} | 某某的博客</title><meta property='og:url' content='http://blog.example.cn/post/" \
        f"%E6%9F%90/19950618_%E6%9F%90%E6%9F%90/'>"
    document = normalize_file(html_page(tmp_path, head, f"<h1>{title}</h1><div class='post'>{SPEECH}</div>"), tmp_path)
    assert str(document.meta["date"]) == "1995-06-18" and "published" not in document.meta


def test_a_related_posts_citation_after_the_text_dates_no_page(tmp_path: Path) -> None:
    """'——发表于1994年1月18日的《某某人》报' under a related post's title after the text says where that text
    appeared: no publication date of this page."""
    related = "<aside><h3>More from 某某的博客</h3><ul><li><a href='/post/1/'>19940118_考察散记</a>" \
        "<p>考察散记 ——发表于1994年1月18日的《某某人》报。</p></li></ul></aside>"
    body = f"<h1>某某技术研讨会致谢词</h1><div class='post'>{SPEECH}</div>{related}"
    document = normalize_file(html_page(tmp_path, "<title>某某技术研讨会致谢词 | 某某的博客</title>", body), tmp_path)
    assert "published" not in document.meta


def test_a_time_line_giving_the_talks_day_is_no_earlier_stamp(tmp_path: Path) -> None:
    """'时间：2019年8月30日' over '2019年8月30日，某某在…发表主题演讲': the day of the talk, which the lead-in gives
    too, not a publication date earlier than the page's datePublished."""
    ld = '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2025-02-23T00:52:21+08:00"}' \
        '</script>'
    lead = "<p><strong>时间：2019年8月30日</strong></p><p>2019年8月30日，张某明在颁奖仪式上，发表主题演讲《未来》。</p>"
    body = f"<h1>一名程序员眼里的未来</h1><div class='post'>{lead}{ESSAY}</div>"
    document = normalize_file(html_page(tmp_path, f"<title>一名程序员眼里的未来</title>{ld}", body), tmp_path)
    assert str(document.meta["published"]) == "2025-02-23" and str(document.meta["date"]) == "2019-08-30"


def test_a_wechat_headline_copied_with_its_day_and_account_gives_both(tmp_path: Path) -> None:
    """'…（内附演讲全文）2016-12-28 某某公开课' as a text copy's first line: the headline, then the post's day and the
    account's name, which are no part of the title; the day is the publication's."""
    text = "\n\n".join(["张某明首次全面阐述新产品，定档1月9日上线（内附演讲全文）2016-12-28 某某公开课",
                        "各位朋友，大家早上好！我是张某明。", "非常感谢大家来参加某某公开课。今天我首次全面阐述新产品，"
                        "新产品定档1月9日上线。", PROSE, OTHER, MORE])
    document = normalize_file(text_page(tmp_path, text + "\n"), tmp_path)
    assert document.meta["title"] == "张某明首次全面阐述新产品，定档1月9日上线（内附演讲全文）"
    assert str(document.meta["published"]) == "2016-12-28"


def test_the_person_a_post_is_filed_under_most_often_is_the_speaker(tmp_path: Path) -> None:
    """A menu of categories names three people once each; the post's own tag and its keywords name one of them
    again: that person gave the talk."""
    menu = "<nav>" + "".join(f"<a href='/categories/{name}/'>{name}</a>" for name in ("李建国", "王晓东", "张某明")) \
        + "</nav>"
    page = blog_post(tmp_path, ["张某明"], SPEECH)
    page.write_text(page.read_text(encoding="utf-8").replace("<body>", f"<body>{menu}"), encoding="utf-8")
    assert normalize_file(page, tmp_path).meta["speaker"] == "张某明"


def test_an_index_listing_many_posts_tags_names_no_speaker(tmp_path: Path) -> None:
    """An archive page prints every post's tags: a name among dozens of tags, twice, files no talk under anyone."""
    groups = [[f"话题{number}", f"栏目{number}", "张某明" if number < 2 else f"专题{number}"] for number in range(10)]
    posts = "".join("<div class='post-tags'>" + "".join(f"<a href='/tags/{tag}/'>{tag}</a>" for tag in group)
                    + "</div>" for group in groups)
    body = f"<h1>一名程序员眼里的未来</h1><div class='post'>{SPEECH}</div>{posts}"
    page = html_page(tmp_path, "<title>一名程序员眼里的未来 | 某某的博客</title>", body)
    assert "speaker" not in normalize_file(page, tmp_path).meta


def test_a_talk_titled_by_a_year_and_a_transliterated_name_is_theirs(tmp_path: Path) -> None:
    """'2012奥巴马连任成功竞选演讲': the name is read by its transliterated shape, which a Chinese name's check cannot
    judge."""
    title = "2012奥巴马连任成功竞选演讲"
    body = f"<h1>{title}</h1><div class='post'>{SPEECH}</div>"
    page = html_page(tmp_path, f"<title>{title} | 某某的博客</title>", body)
    assert normalize_file(page, tmp_path).meta["speaker"] == "奥巴马"


@pytest.mark.parametrize(("tags", "keywords"), [(["喬布斯", "演講"], None), (["喬布斯"], "乔布斯,演讲")])
def test_a_talk_filed_under_a_name_in_traditional_script_is_theirs(tmp_path: Path, tags: list[str],
                                                                     keywords: str | None) -> None:
    """'喬布斯' as a tag: jieba read the traditional spelling as no name, and a page whose keywords spell the name in
    the other script counted two people once each. The name is kept as the tag prints it."""
    page = blog_post(tmp_path, tags, SPEECH)
    if keywords:
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace(f"content='{','.join(tags)}'", f"content='{keywords}'"), encoding="utf-8")
    assert normalize_file(page, tmp_path).meta["speaker"] == "喬布斯"
