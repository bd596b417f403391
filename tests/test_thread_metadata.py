"""The metadata of a speech posted in a forum thread or on a bulletin board: the thread's title as the board prints
it, without the board's badges and reply marks; the opening post's time as the page's publication date, never as
the speech's delivery date. Every page here is made up, in the markup and the forms the engines print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.dates import english_date
from scripts.clean.metadata import printed_title, split_title
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page
from tests.test_forum_threads import SPEECH, TITLE


def flarum_post(poster: str, day: str, paragraphs: list[str]) -> str:
    """One post as Flarum prints it: the poster and a <time> in its header, the text in 'Post-body'."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f'<article class="Post CommentPost"><header class="Post-header"><h3>{poster}</h3>'
            f'<time datetime="{day}">{day}</time></header><div class="Post-body">{text}</div></article>')


def test_the_opening_posts_time_element_is_the_publication_not_the_delivery_date(tmp_path: Path) -> None:
    """The opening post's '<time>2021-03-05</time>' stood under the thread's title as a bare date line and was
    read as the day the speech was given; the speech names no day of its own."""
    body = (f'<div class="DiscussionPage"><h1 class="DiscussionHero-title">{TITLE}</h1><div class="PostStream">'
            f'{flarum_post("某网友", "2021-03-05", SPEECH)}</div></div>')
    document = normalize_file(html_page(tmp_path, f"<title>{TITLE} - 某某社区</title>", body), tmp_path)
    assert document.meta.get("date") is None
    assert document.meta["published"] == dt.date(2021, 3, 5)


def test_a_bracketed_delivery_date_under_the_title_still_dates_the_speech(tmp_path: Path) -> None:
    """The guard: a '（2021年3月2日）' line the speech prints under its own title is its delivery date."""
    body = (f'<div class="DiscussionPage"><h1 class="DiscussionHero-title">{TITLE}</h1><div class="PostStream">'
            f'{flarum_post("某网友", "2021-03-05", ["（2021年3月2日）", *SPEECH])}</div></div>')
    document = normalize_file(html_page(tmp_path, f"<title>{TITLE} - 某某社区</title>", body), tmp_path)
    assert document.meta["date"] == dt.date(2021, 3, 2)
    assert document.meta["published"] == dt.date(2021, 3, 5)


def test_a_headline_holding_a_dash_before_the_declared_site_name_is_whole(tmp_path: Path) -> None:
    """'<title>主题 - 副题 - 某某社区</title>' with og:site_name 某某社区 and the <h1> '主题 - 副题': the title was cut
    to '副题', the <title> read as site, column and headline the wrong way round."""
    headline = "安全生产专题 - 王某明在全县安全生产工作会议上的讲话"
    head = f'<title>{headline} - 某某社区</title><meta property="og:site_name" content="某某社区">'
    body = (f'<div class="logo">某某社区</div><h1 class="DiscussionHero-title">{headline}</h1>'
            + "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH))
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["title"] == headline


def test_the_opening_posts_stamp_in_a_toolbar_dates_the_page(tmp_path: Path) -> None:
    """A board prints '发表于 2024-5-18 19:27:00 | 只看该作者 来自 - 四川南充 | 倒序浏览 | 阅读模式' above the opening
    post in its tool bar; the page reader dropped that row as chrome, and the page had no publication date."""
    stamp = ('<div class="toolbar authi"><img class="authicn vm" src="online_member.gif">'
             '<em id="authorposton1">发表于 2024-5-18 19:27:00</em><span class="pipe">|</span>'
             '<a href="#">只看该作者</a>'
             '<code>来自 - 四川南充</code><span class="pipe show">|</span><a class="show" href="#">倒序浏览</a>'
             '<span class="pipe show">|</span><a class="show" href="#">阅读模式</a></div>')
    body = f'<div class="post"><h1 class="ts">{TITLE}</h1>{stamp}' + "".join(f"<p>{p}</p>" for p in SPEECH) + "</div>"
    document = normalize_file(html_page(tmp_path, f"<title>{TITLE} - 某某论坛</title>", body), tmp_path)
    assert document.meta["published"] == dt.date(2024, 5, 18)
    assert "发表于" not in document.body


def test_a_badge_inside_the_title_element_is_no_part_of_the_title(tmp_path: Path) -> None:
    """A board sets its '精华' badge inside the thread's title box: the title read '… 精华'."""
    title = "新春佳节话发展 共同描绘新蓝图"
    body = (f'<div class="bbs-post-title align-start"><div class="align-start"><div class="title">{title}</div>'
            '<span class="ant-tag ant-tag-has-color">精华</span></div></div>'
            + "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH))
    document = normalize_file(html_page(tmp_path, f"<title>{title}</title>", body), tmp_path)
    assert document.meta["title"] == title


@pytest.mark.parametrize("station", ["发信站: 水木社区 (Fri Mar  5 10:21:00 2021), 站内",
                                     "发信站: 日月光华 (2021年03月05日10:21:00 星期五), 站内信件"])
def test_a_bulletin_board_posts_station_line_dates_the_page(tmp_path: Path, station: str) -> None:
    """The header of a Firebird or KBS board's post: the station's stamp, in C's ctime() form or in Chinese, is the
    post's publication; the poster is nobody's speaker."""
    text = "\n".join(["发信人: someone (某网友), 信区: Reader", f"标  题: {TITLE}", station, "", TITLE,
                      "（2021年3月2日）", "", *SPEECH])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["published"] == dt.date(2021, 3, 5)
    assert document.meta["date"] == dt.date(2021, 3, 2)
    assert document.meta["speaker"] == "王某明"
    assert "发信" not in document.body


def test_a_ctime_stamp_is_read() -> None:
    assert english_date("Fri Mar  5 10:21:00 2021") == dt.date(2021, 3, 5)
    assert english_date("Sat Dec 12 01:02:03 1998") == dt.date(1998, 12, 12)
    assert english_date("10:21:00 2021") is None


@pytest.mark.parametrize(("line", "title", "speaker"), [
    ("Re: 温家宝在剑桥大学的演讲", "温家宝在剑桥大学的演讲", "温家宝"),  # a reply's subject: the mark is the board's
    ("[分享] 任正非在华为内部的讲话", "[分享] 任正非在华为内部的讲话", "任正非"),  # a board's tag, printed with it
    ("【转贴】胡锦涛在耶鲁大学的演讲", "【转贴】胡锦涛在耶鲁大学的演讲", "胡锦涛"),
])
def test_a_threads_title_names_its_speaker(line: str, title: str, speaker: str) -> None:
    head = split_title(line)
    assert (printed_title(head), head.speaker) == (title, speaker)
