"""A speech posted in a forum thread and saved with its replies: a board's HTML page (Discuz, Flarum …) or a backup's
Markdown or text export, each post under a header naming its floor, its poster and its time. The speech is the post
holding it; the replies go (thread-replies in cruft.yml, thread_posts in html.yml). Every thread here is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.cruft import post_header
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

TITLE = "王某明在全县安全生产工作会议上的讲话"
SPEECH = ["同志们：",
          "今天我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。",
          "过去一年，全县上下认真贯彻落实决策部署，安全生产形势总体稳定，各类事故起数和死亡人数实现双下降。",
          "各级各部门要严格落实安全生产责任制，做到党政同责、一岗双责、齐抓共管、失职追责，确保形势稳定。"]
REPLIES = ["讲得很实在，支持一下。希望各地真正把责任落到实处，不要只停留在会议上。",
           "又是老一套，年年都这么说，关键还是看落实。去年的几起事故，到现在也没有一个说法。"]


def markdown_thread(headers: list[str], posts: list[list[str]]) -> str:
    """A backup's Markdown export of a thread: its title, then each post's header and paragraphs."""
    lines = [f"# [转帖] {TITLE}", ""]
    for header, paragraphs in zip(headers, posts, strict=True):
        lines += [header, "", *[f"{paragraph}\n" for paragraph in paragraphs], "*****", ""]
    return "\n".join(lines)


def test_the_replies_under_a_speech_in_a_markdown_thread_go(tmp_path: Path) -> None:
    """'#### 2# 某网友 2021-03-05 10:40' headed each reply; the replies were kept as the speech's last paragraphs
    and their headers became headings. The opening post's day is the page's publication date."""
    headers = ["#### 1# 风中的某某 2021-03-05 10:21", "#### 2# 路人甲乙 2021-03-05 10:40",
               "#### 3# 某某的小号 2021-03-05 11:02"]
    page = text_page(tmp_path, markdown_thread(headers, [SPEECH, REPLIES[:1], REPLIES[1:]]), "thread.md")
    document = normalize_file(page, tmp_path)
    assert SPEECH[-1] in document.body
    assert not any(reply in document.body for reply in REPLIES)
    assert "路人甲乙" not in document.body and "风中的某某" not in document.body
    assert document.meta["title"] == f"[转帖] {TITLE}"  # a bracketed repost mark is printed with the headline
    assert document.meta["speaker"] == "王某明"
    assert document.meta["published"] == dt.date(2021, 3, 5)
    assert [removal.text for removal in document.removals if removal.rule == "thread-replies"][:2] == [
        "1# 风中的某某 2021-03-05 10:21", "2# 路人甲乙 2021-03-05 10:40"]


def test_a_tianya_style_text_export_keeps_the_opening_post(tmp_path: Path) -> None:
    """A text export heading each post '作者：某网友 日期：2010-05-06 12:30:01', as Tianya prints its posts."""
    text = "\n".join([TITLE, "", "作者：风中的某某 日期：2010-05-06 12:30:01", "", *SPEECH, "",
                      "作者：路人甲乙 日期：2010-05-06 13:02:45", "", REPLIES[0], "",
                      "作者：某某的小号 回复日期：2010-05-07 08:11:09", "", REPLIES[1], ""])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert SPEECH[-1] in document.body
    assert not any(reply in document.body for reply in REPLIES)


def test_the_posters_next_floors_go_on_with_the_speech(tmp_path: Path) -> None:
    """A long text posted over two floors by the same poster: the second floor is the speech's, the reply after it
    is not."""
    headers = ["#### 1# 风中的某某 2021-03-05 10:21", "#### 2# 风中的某某 2021-03-05 10:22",
               "#### 3# 路人甲乙 2021-03-05 10:40"]
    page = text_page(tmp_path, markdown_thread(headers, [SPEECH[:3], SPEECH[3:], REPLIES[:1]]), "thread.md")
    document = normalize_file(page, tmp_path)
    assert SPEECH[1] in document.body and SPEECH[3] in document.body
    assert REPLIES[0] not in document.body


def test_the_post_holding_the_speech_is_kept_when_the_opening_post_only_announces_it(tmp_path: Path) -> None:
    """The thread opens with a line of its own ('转一篇讲话，大家看看') and the speech is the next post: the post
    holding the most prose is the speech."""
    headers = ["#### 1# 风中的某某 2021-03-05 10:21", "#### 2# 路人甲乙 2021-03-05 10:40",
               "#### 3# 某某的小号 2021-03-05 11:02"]
    posts = [["转一篇讲话，大家看看。"], SPEECH, REPLIES[1:]]
    document = normalize_file(text_page(tmp_path, markdown_thread(headers, posts), "thread.md"), tmp_path)
    assert SPEECH[-1] in document.body
    assert "转一篇讲话" not in document.body and REPLIES[1] not in document.body


@pytest.mark.parametrize("text", [
    # one stamp row over the text: the page's, not a thread's
    "\n".join([TITLE, "作者：张某 发表时间：2021-03-05 10:21", *SPEECH]),
    # a blog post's stamp over its text and again under it, the same writer's
    "\n".join([TITLE, "张某 发表于 2021-03-05 10:21", *SPEECH, "张某 发表于 2021-03-05 10:21"]),
])
def test_a_page_stamp_is_no_thread(tmp_path: Path, text: str) -> None:
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert all(paragraph in document.body for paragraph in SPEECH[1:])
    assert not any(removal.rule == "thread-replies" and removal.text in SPEECH for removal in document.removals)


def test_a_boards_chrome_round_the_opening_post_goes(tmp_path: Path) -> None:
    """A text export of a Discuz thread keeps the board's chrome round the opening post (forum-thread-chrome): the
    editor's note, the post's stamp with its buttons, an attachment's line, the button rows. The stamp's day is the
    publication date, the later editing day is not."""
    text = "\n".join([TITLE, "查看: 2031|回复: 3", "电梯直达", "发表于 2021-3-5 10:21 | 只看该作者",
                      "本帖最后由 风中的某某 于 2021-3-9 08:30 编辑", *SPEECH, "会场.jpg (123.45 KB, 下载次数: 5)",
                      "2021-3-5 10:20 上传", "下载附件", "保存到相册", "使用道具 举报", "支持 0 反对 0"])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.body.split("\n\n")[0] == SPEECH[0]
    assert document.body.rstrip().endswith(SPEECH[-1])
    assert document.meta["published"] == dt.date(2021, 3, 5)
    assert {removal.rule for removal in document.removals} >= {"forum-thread-chrome"}


def test_a_bulletin_board_posts_signature_and_origin_line_go(tmp_path: Path) -> None:
    """A university BBS's post (水木, 未名): the speech, then the poster's signature under '--' and the board's origin
    line '※ 来源:·…·[FROM: …]' (signature-separator); they ran into the speech's end."""
    text = "\n".join(["发信人: someone (某网友), 信区: Reader", f"标  题: {TITLE}",
                      "发信站: 水木社区 (Fri Mar  5 10:21:00 2021), 站内", "", TITLE, "", *SPEECH, "", "--",
                      "路漫漫其修远兮", "", "※ 来源:·水木社区 http://www.newsmth.net·[FROM: 166.111.*.*]"])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.body.rstrip().endswith(SPEECH[-1])
    assert "水木社区" not in document.body and "路漫漫" not in document.body


@pytest.mark.parametrize(("line", "who"), [
    ("#### 2# 路人甲乙 2021-03-05 10:40", "路人甲乙"),
    ("作者：路人甲乙 日期：2010-05-06 13:02:45", "路人甲乙"),
    ("沙发 路人甲乙 发表于 2021-3-5 10:40", "路人甲乙"),
    ("**路人甲乙** 发表于 2021-3-5 10:40", "路人甲乙"),
    ("3楼 2021-03-05 10:40", ""),
    ("2021年3月5日 10:40 新华网", None),  # a news page's stamp row: no floor, no poster's label
    ("张某于2021-03-05 10:21发表了重要讲话，他指出，要坚持人民至上。", None),  # a sentence
    ("引用 路人甲乙 发表于 2021-3-5 10:40", None),  # a quote's line inside a reply names two
    ("#1 路人甲乙 2021-03-05 10:40", "路人甲乙"),  # a '#' run into its floor's figure is no heading mark
    ("## #3 路人甲乙 2021-03-05 10:40", "路人甲乙"),
    ("- 2楼 路人甲乙 2021-03-05 10:40", "路人甲乙"),
    ("## 2021-03-05 10:40 会议纪要", None),  # a Markdown heading with a stamp: no floor, no poster's label
    ("发表于 2010-5-6 12:30 | 只看该作者", ""),  # the button is no poster ('只看该' was read as one)
    ("1楼 大 中 小 发表于 2010-5-6 12:30 只看该作者", ""),  # Discuz 7's font-size switch
])
def test_a_post_header_is_a_floor_or_a_posters_label_a_name_and_a_time(line: str, who: str | None) -> None:
    assert post_header(line) == who


def discuz_post(pid: int, floor: str, poster: str, paragraphs: list[str]) -> str:
    """One post as Discuz prints it: the poster's column (name and counts), the floor and time, the post's text."""
    return (f'<div id="post_{pid}"><table id="pid{pid}" class="plhin"><tr>'
            f'<td class="pls"><div id="favatar{pid}" class="pls favatar"><div class="authi"><a class="xw1">{poster}</a>'
            '</div><div class="tns xg2"><table><tr><th><p>12</p>主题</th><th><p>345</p>帖子</th>'
            '<td><p>678</p>积分</td></tr></table></div></div></td>'
            f'<td class="plc"><div class="pi"><strong><a>{floor}</a></strong><em>发表于 2024-2-8 10:21</em> | '
            '<a>只看该作者</a></div><table><tr>'
            f'<td class="t_f" id="postmessage_{pid}">{"<br />".join(paragraphs)}</td></tr></table></td></tr></table>'
            '</div>')


NEW_YEAR = ["各位来宾、朋友们：", "值此新春佳节来临之际，我谨代表县委、县政府，向全县广大干部群众致以节日的问候！",
            "新的一年，让我们携手并进，再创佳绩！祝大家新春愉快、万事如意！"]
LONG_REPLY = ["这篇致辞我仔细读了好几遍，有几点体会想和大家分享。致辞很短，但是把全县这一年的工作重点都点到了。",
              "我们乡镇去年在脱贫攻坚和乡村振兴方面做了很多工作，群众是看在眼里的，希望明年县里多到基层走一走。",
              "很多问题在会议室里是看不到的，只有到了田间地头，才能真正了解老百姓在想什么、要什么，我们一起努力。"]


def test_a_discuz_reply_longer_than_a_short_opening_post_goes(tmp_path: Path) -> None:
    """A three-line 致辞 opens the thread and a long reply follows it, both in Discuz's 'postmessage_…' cells: the
    reply was kept as the text's second half. The poster's column (主题, 帖子, 积分) is chrome too."""
    body = ('<div id="postlist"><h1 class="ts"><span id="thread_subject">县长李某某2024年新春致辞</span></h1>'
            f'{discuz_post(1, "楼主", "某网友", NEW_YEAR)}{discuz_post(2, "沙发", "基层干部", LONG_REPLY)}</div>')
    document = normalize_file(html_page(tmp_path, "<title>县长李某某2024年新春致辞 - 某某论坛</title>", body), tmp_path)
    assert NEW_YEAR[-1] in document.body
    assert not any(paragraph in document.body for paragraph in LONG_REPLY)
    assert "积分" not in document.body and "某网友" not in document.body
    assert document.meta["speaker"] == "李某某"


def test_flarum_replies_holding_more_prose_than_the_speech_go(tmp_path: Path) -> None:
    """A Flarum discussion: each post's text in a 'Post-body'. Eight replies of a paragraph each outweighed the
    speech, and the page's text ran on into them."""
    def post(poster: str, paragraphs: list[str]) -> str:
        text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        return (f'<article class="Post CommentPost"><header class="Post-header"><h3>{poster}</h3>'
                f'<time>2021-03-05</time></header><div class="Post-body">{text}</div></article>')
    reply = ("看了这篇讲话，我想说几句自己的看法。安全生产不能只停留在文件上，还要落实到每一个岗位、每一名职工身上，"
             "否则会议开得再多也没有用处。希望有关部门能够真正重视起来，把工作做细做实。")
    body = (f'<div class="DiscussionPage"><h1 class="DiscussionHero-title">{TITLE}</h1><div class="PostStream">'
            f'{post("某网友", SPEECH)}{"".join(post(f"网友{n}", [reply]) for n in range(8))}</div></div>')
    document = normalize_file(html_page(tmp_path, f"<title>{TITLE} - 某某社区</title>", body), tmp_path)
    assert SPEECH[-1] in document.body
    assert reply not in document.body


PART_TWO = ["二、突出工作重点，狠抓责任落实。我们要坚持人民至上、生命至上，把安全生产摆在更加突出的位置。",
            "三、加强组织领导，确保工作实效。各级党委政府要切实加强对安全生产工作的领导，主要负责同志要亲自抓。"]


def test_the_opening_posters_next_floors_in_html_go_on_with_the_speech(tmp_path: Path) -> None:
    """A speech too long for one post, which its poster went on with in the next floor: the second floor was dropped
    as a reply (the engines name every post alike); the poster's name in each post's container tells them apart.
    The reply after them still goes, and so does the poster's later answer to it."""
    posts = [discuz_post(1, "楼主", "某网友", SPEECH), discuz_post(2, "沙发", "某网友", PART_TWO),
             discuz_post(3, "板凳", "路人甲乙", REPLIES),
             discuz_post(4, "地板", "某网友", ["谢谢支持，大家一起学习落实。"])]
    body = f'<div id="postlist"><h1 class="ts"><span id="thread_subject">{TITLE}</span></h1>{"".join(posts)}</div>'
    document = normalize_file(html_page(tmp_path, f"<title>{TITLE} - 某某论坛</title>", body), tmp_path)
    assert SPEECH[-1] in document.body
    assert document.body.rstrip().endswith(PART_TWO[-1].split("。", 1)[1])
    assert not any(reply in document.body for reply in REPLIES)
    assert "谢谢支持" not in document.body and "沙发" not in document.body and "某网友" not in document.body


def tieba_post(poster: str, paragraphs: list[str]) -> str:
    """One floor as Baidu Tieba prints it: the poster's name beside the post's text."""
    return (f'<div class="l_post j_l_post"><div class="d_author"><ul><li class="d_name">'
            f'<a class="p_author_name j_user_card">{poster}</a></li></ul></div><div class="d_post_content_main">'
            f'<div class="d_post_content j_d_post_content">{"<br>".join(paragraphs)}</div></div></div>')


def test_a_tieba_thread_keeps_the_floors_its_opening_poster_continued_in(tmp_path: Path) -> None:
    body = (f'<div class="core_title_wrap"><h3 class="core_title_txt">{TITLE}</h3></div><div id="j_p_postlist">'
            f'{tieba_post("某网友", SPEECH)}{tieba_post("某网友", PART_TWO)}{tieba_post("路人甲乙", REPLIES)}</div>')
    document = normalize_file(html_page(tmp_path, f"<title>{TITLE}_某某吧_百度贴吧</title>", body), tmp_path)
    assert SPEECH[-1] in document.body and PART_TWO[0].split("。", 1)[1][:20] in document.body
    assert not any(reply in document.body for reply in REPLIES)


def test_a_bulletin_board_threads_replies_under_their_own_headers_go(tmp_path: Path) -> None:
    """A Unix board's thread (水木's 同主题阅读): each post under its '发信人 / 标题 / 发信站' header, a reply quoting
    the post under '【 在 … 的大作中提到: 】'. The reply ran on after the first post's signature."""
    def post(who: str, nick: str, title: str, clock: str, lines: list[str]) -> list[str]:
        return [f"发信人: {who} ({nick}), 信区: Reader", f"标  题: {title}",
                f"发信站: 水木社区 (Fri Mar  5 {clock} 2021), 站内", "", *lines, "", "--", "",
                "※ 来源:·水木社区 http://www.newsmth.net·[FROM: 166.111.*.*]", ""]
    reply = [REPLIES[0], "【 在 someone (某网友) 的大作中提到: 】", f": {SPEECH[0]}", f": {SPEECH[1]}"]
    text = "\n".join([*post("someone", "某网友", TITLE, "10:21:00", [TITLE, "（2021年3月2日）", *SPEECH]),
                      *post("other", "路人甲", f"Re: {TITLE}", "11:02:00", reply)])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.body.rstrip().endswith(SPEECH[-1])
    assert REPLIES[0] not in document.body and "大作" not in document.body
    assert document.meta["published"] == dt.date(2021, 3, 5)
    assert document.meta["speaker"] == "王某明"


def test_a_thread_numbering_its_floors_with_a_hash_keeps_only_the_opening_post(tmp_path: Path) -> None:
    """'#1 某网友 2021-03-05 10:21': the '#' was taken off as a Markdown heading's mark, so no floor was read, and
    every reply stayed with the speech."""
    text = "\n".join([TITLE, "", "#1 风中的某某 2021-03-05 10:21", "", *SPEECH, "", "#2 路人甲乙 2021-03-05 10:40", "",
                      REPLIES[0], "", "#3 某某的小号 2021-03-05 11:02", "", REPLIES[1], ""])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert SPEECH[-1] in document.body
    assert not any(reply in document.body for reply in REPLIES)
    assert "路人甲乙" not in document.body


@pytest.mark.parametrize(("mark", "header"), [("> ", "#2 路人甲乙 2021-03-05 10:40"),
                                              (": ", "2楼 路人甲乙 2021-03-05 10:40")])
def test_a_reply_quoting_the_whole_speech_is_no_speech(tmp_path: Path, mark: str, header: str) -> None:
    """A reply quoting the speech line by line ('> …', or a Unix board's ': …' under '【 在 某某 的大作中提到: 】')
    holds all its prose and its own comment besides: it was taken for the speech, and the opening post went."""
    quoted = ["【 在 风中的某某 的大作中提到: 】"] if mark == ": " else []
    text = "\n".join([TITLE, "", "1楼 风中的某某 2021-03-05 10:21", "", *SPEECH, "", header, "", *quoted,
                      *[mark + line for line in SPEECH], "", REPLIES[0], ""])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.body.count(SPEECH[-1]) == 1
    assert mark + SPEECH[-1] not in document.body and "&gt;" not in document.body and "&#58;" not in document.body
    assert REPLIES[0] not in document.body


def discuz7_export(posts: list[tuple[str, list[str]]], poster_lines: bool = True) -> str:
    """A text export of a Discuz 7 thread: the poster's name from the column beside each post on a line of its own
    (when the export keeps it), then the post's header row, with the font-size switch and the buttons, then the text."""
    lines = [TITLE, ""]
    for floor, (poster, paragraphs) in enumerate(posts, start=1):
        lines += [poster, ""] if poster_lines else []
        lines += [f"{floor}楼 大 中 小 发表于 2010-5-{5 + floor} 12:30 只看该作者", "", *paragraphs, ""]
    return "\n".join(lines)


def test_a_discuz_text_export_keeps_the_opening_post_and_drops_each_posters_line(tmp_path: Path) -> None:
    """'1楼 大 中 小 发表于 … 只看该作者' under the poster's name: the row's buttons were read as a poster ('只看该',
    the same for every post, so every reply went on with the speech), and the name line above the opening post
    was taken for the title."""
    text = discuz7_export([("风中的某某", SPEECH), ("路人甲乙", REPLIES[:1]), ("某某的小号", REPLIES[1:])])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert SPEECH[-1] in document.body
    assert not any(reply in document.body for reply in REPLIES)
    assert "路人甲乙" not in document.body and "风中的某某" not in document.body
    assert document.meta["title"] == TITLE
    assert document.meta["published"] == dt.date(2010, 5, 6)


def test_a_discuz_text_export_keeps_the_floors_its_opening_poster_went_on_in(tmp_path: Path) -> None:
    text = discuz7_export([("风中的某某", SPEECH), ("风中的某某", PART_TWO), ("路人甲乙", REPLIES)])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert PART_TWO[-1].split("。", 1)[1] in document.body
    assert not any(reply in document.body for reply in REPLIES)


def test_a_speechs_last_short_line_is_no_posters_name_without_the_layout(tmp_path: Path) -> None:
    """Header rows without a poster's line over each of them: the speech's signature right above the next row
    stays (one short line over one row does not make the layout)."""
    text = discuz7_export([("", [*SPEECH, "王某明"]), ("", REPLIES)], poster_lines=False).replace("\n\n\n", "\n\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.body.rstrip().endswith("王某明")
    assert not any(reply in document.body for reply in REPLIES)
