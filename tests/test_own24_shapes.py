"""Shapes of eval/own24's pages (opened in the twenty-third session), each rebuilt here from made-up text: a blog's
repost mark in brackets ('[转]') before a title naming its speaker, a headline too short for a title that the page's
markup names twice with the talk's date line under it, a signed text filed under its writer in the first person, and a
letter a news lead announces ('以下为某某刊发的内部邮件：')."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import colon_speaker
from scripts.clean.pipeline import normalize_file
from scripts.core.errors import InputError
from tests.conftest import html_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，公司经营稳中向好，主要指标好于预期，团队建设有力有效，各项业务和谐发展，成绩来之不易。"
MORE = "互联网最大的作用就是提升效率。一个公司没有效率，就没有未来；规模和速度的背后，是效率。"
SPEECH = f"<p>各位同学：</p><p>大家好！{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"
# A signed text in the first person, greeting nobody: '你们毕业之后…依我个人的观察'
FIRST_PERSON = ("<p>你们毕业之后，可走的路不出这几条。我们祝你们成功，也不忍不依据我们自己的经验，赠与你们几句话。</p>"
                "<p>依我个人的观察和经验，有三种防身的药方是值得一试的。我们出学校之后，离开了做学问的环境。</p>"
                "<p>我相信，你们总得时时寻一两个值得研究的问题，我们才能保持求知识的欲望。</p>")


def test_a_repost_mark_in_brackets_stays_in_the_title_and_the_name_after_it_is_the_speaker(tmp_path: Path) -> None:
    """'[转]张某明大学演讲：…': the blog's mark is printed with the headline, and the title read without it names
    the talk's speaker before the occasion and the speech word."""
    title = "[转]张某明大学演讲：自爆当年故事"
    body = f"<h1>{title}</h1><div class='post'>{SPEECH}</div>"
    document = normalize_file(html_page(tmp_path, f"<title>{title} | 某某的博客</title>", body), tmp_path)
    assert document.meta["title"] == title and document.meta["speaker"] == "张某明"


def test_a_short_headline_the_markup_names_twice_has_the_talks_date_under_it(tmp_path: Path) -> None:
    """'组织起来' is too short for a title line on its own, but og:title and <title> both give it: the date line
    under it dates the talk, and is no stamp above a title."""
    head = "<title>组织起来 | 某某的博客</title><meta property='og:title' content='组织起来'>"
    body = f"<article><h2>组织起来</h2><p>（一九四三年十一月二十九日）</p>{SPEECH}</article>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert str(document.meta["date"]) == "1943-11-29"


def filed_post(tmp_path: Path, keywords: list[str], tags: list[str], text: str) -> Path:
    links = "".join(f"<a href='/tags/{tag}/' rel='tag'>{tag}</a>" for tag in tags)
    body = f"<h1>赠与今年的大学毕业生</h1><div class='post'>{text}</div><div class='post-tags'>{links}</div>"
    return html_page(tmp_path, f"<title>赠与今年的大学毕业生 | 某某的博客</title><meta name='keywords' "
                               f"content='{','.join(keywords)}'>", body)


def test_a_first_person_text_filed_twice_under_one_person_is_theirs(tmp_path: Path) -> None:
    """The post's keywords and its tag links both name 张某明, and the text says 我 and 我们 but never names him:
    his own text, reposted."""
    page = filed_post(tmp_path, ["转载", "张某明"], ["转载", "张某明"], FIRST_PERSON)
    assert normalize_file(page, tmp_path).meta["speaker"] == "张某明"


@pytest.mark.parametrize(("keywords", "tags", "text"), [
    ([], ["转载", "张某明"], FIRST_PERSON),  # named once, as a menu's category is
    (["张某明"], ["张某明"], FIRST_PERSON.replace("依我个人", "依张某明个人")),  # the text names him: about him
    (["张某明"], ["张某明"], f"<p>{OTHER}</p><p>{MORE}</p><p>{OTHER}</p>")])  # no voice speaking
def test_a_post_filed_under_a_person_is_not_theirs_without_their_voice(
        tmp_path: Path, keywords: list[str], tags: list[str], text: str) -> None:
    assert "speaker" not in normalize_file(filed_post(tmp_path, keywords, tags, text), tmp_path).meta


def test_a_letter_a_news_lead_announces_is_its_writers(tmp_path: Path) -> None:
    """A report's lead of three paragraphs, then '以下为张某明刊发的内部邮件：' over the letter: 张某明 wrote it, and
    the headline's '…辞任CEO内部信曝光：' names nobody (no body '…内部', no Mr 信)."""
    title = "张某明辞任CEO内部信曝光：给年轻人更大的舞台"
    lead = ("<p>某某集团董事局主席张某明今天向员工发出信件，宣布不再担任集团CEO一职。</p>"
            "<p>张某明在信中说，互联网是年轻人的天下，能给他们提供更大的舞台是我们的责任。</p>"
            "<p>张某明说，做自己开心，做自己能做的。</p><p>以下为张某明刊发的内部邮件：</p>")
    letter = f"<p>各位同事，期待写这封信很久了。</p><p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"
    body = f"<h1>{title}</h1><div class='post'>{lead}{letter}</div>"
    document = normalize_file(html_page(tmp_path, f"<title>{title} | 某某的博客</title>", body), tmp_path)
    assert document.meta["speaker"] == "张某明"
    assert colon_speaker(title) is None


def test_a_heading_opening_with_the_talks_day_and_a_colon_dates_it_and_is_no_stamp(tmp_path: Path) -> None:
    """A collection's page '2005年（1次讲话）' heads its one talk '2005-07-26：与对手做朋友': the day the talk was
    given, not a publication stamp earlier than the page's datePublished."""
    head = "<title>2005年（1次讲话） | 某某电子书</title><meta property='article:published_time' content='2024-02-28'>"
    body = f"<h1>2005年（1次讲话）</h1><div class='content'><h2>2005-07-26：与对手做朋友</h2>{SPEECH}</div>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert str(document.meta["date"]) == "2005-07-26" and str(document.meta["published"]) == "2024-02-28"


@pytest.mark.parametrize("second_title", ["<h2>2005-09-01：为什么要自我批判</h2>",
                                          "<p>2005-09-01：为什么要自我批判</p>"])
def test_a_collection_heading_each_talk_with_its_day_is_refused(tmp_path: Path, second_title: str) -> None:
    """'2005年（2次讲话）': two talks, each under its day and its title (a heading, or a line of its own), are two
    texts, refused with both titles named; one file must hold one speech."""
    head = "<title>2005年（2次讲话） | 某某电子书</title>"
    first, second = ("".join(f"<p>第{i}点，{words}，各级各部门要认真抓好落实，确保各项目标任务圆满完成。</p>"
                             for i in range(1, 16)) for words in ("我们要与对手做朋友", "我们要坚持自我批判"))
    body = (f"<h1>2005年（2次讲话）</h1><div class='content'><h2>2005-07-26：与对手做朋友</h2>{first}"
            f"{second_title}{second}</div>")
    with pytest.raises(InputError, match=r"holds 2 speeches, each under its own title \(2005-07-26：与对手做朋友、"
                                         r"2005-09-01：为什么要自我批判\)"):
        normalize_file(html_page(tmp_path, head, body), tmp_path)


def post_with_dates(tmp_path: Path, dates: str, after: str = "") -> Path:
    body = f"<h2 class='posts-item__title'>某某：因为相信所以简单</h2>{dates}<div class='post'>{SPEECH}</div>{after}"
    return html_page(tmp_path, "<title>某某：因为相信所以简单 | 某某的博客</title>", body)


def test_an_element_whose_class_names_the_post_date_gives_it(tmp_path: Path) -> None:
    """'<span class="post__date">2013-05-11</span>' and nothing else dates the post: its publication date."""
    page = post_with_dates(tmp_path, "<span class='post__date'>2013-05-11</span>")
    assert str(normalize_file(page, tmp_path).meta["published"]) == "2013-05-11"


@pytest.mark.parametrize(("dates", "after"), [
    ("<div class='date'>2026年12月6日 星期日</div>", ""),  # a portal header's widget: today
    ("", "<ul><li><a href='/p/1/'>某某会议召开</a><span class='post-date'>2013-05-11</span></li>"  # a list: two days
         "<li><a href='/p/2/'>某某论坛开幕</a><span class='post-date'>2013-04-02</span></li></ul>"),
    ("<div class='date-created'><a href='/a/2013/0511/60.html'>2013-05-11</a></div>", "")])  # another post's link
def test_date_elements_of_a_widget_a_list_or_a_link_date_no_post(tmp_path: Path, dates: str, after: str) -> None:
    assert "published" not in normalize_file(post_with_dates(tmp_path, dates, after), tmp_path).meta



def test_a_reporters_paragraph_over_the_speechs_salutation_is_its_lead(tmp_path: Path) -> None:
    """'…峰会召开。某某在峰会上做主题演讲。某某表示，…' between the headline and '大家好！…': the reporter's lead, taken
    off the text (eval/README: a one-paragraph lead is not the speech) and kept as the lead-in naming the speaker."""
    lead = "2017年4月，某某峰会在某市召开。集团董事局主席张某明在峰会上做主题演讲。张某明表示，机器要做人不擅长的事。"
    body = f"<h1>张某明最新演讲：未来的机会在哪里？</h1><div class='post'><p>{lead}</p><p>大家好！{PROSE}</p>" \
        f"<p>{OTHER}</p><p>{MORE}</p></div>"
    document = normalize_file(html_page(tmp_path, "<title>张某明最新演讲 | 某某的博客</title>", body), tmp_path)
    text = document.markdown.split("---")[-1].strip()
    assert "峰会在某市召开" not in text and text.startswith("大家好！") and document.meta["speaker"] == "张某明"


@pytest.mark.parametrize(("text", "who"), [
    (FIRST_PERSON, "张某明"),  # the text in the first person, never naming him: his own
    (FIRST_PERSON.replace("依我个人", "依张某明个人"), None),  # the text names him: a piece about him
    (f"<p>{OTHER}</p><p>{MORE}</p><p>{OTHER}</p>", None)])  # no voice speaking
def test_a_title_naming_whose_text_it_is_over_their_first_person_voice(tmp_path: Path, text: str,
                                                                       who: str | None) -> None:
    """'张某明的七个学分' over a text that says 我 and 我们 and never names him: his talk."""
    body = f"<h1>张某明的七个学分</h1><div class='post'>{text}</div>"
    document = normalize_file(html_page(tmp_path, "<title>张某明的七个学分 | 某某的博客</title>", body), tmp_path)
    assert document.meta.get("speaker") == who


def test_a_title_naming_whose_text_it_is_in_traditional_characters(tmp_path: Path) -> None:
    """'張某明的七個學分' over a first-person text in traditional characters: the name as the page writes it (the
    title is cut into words on its simplified shadow, as jieba knows simplified names)."""
    text = FIRST_PERSON.replace("们", "們").replace("经验", "經驗").replace("个", "個").replace("观察", "觀察")
    body = f"<h1>張某明的七個學分</h1><div class='post'>{text}</div>"
    document = normalize_file(html_page(tmp_path, "<title>張某明的七個學分 | 某某的博客</title>", body), tmp_path)
    assert document.meta["speaker"] == "張某明"
