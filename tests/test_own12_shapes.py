"""Shapes first met on eval/own12's pages (opened in the thirteenth session), rebuilt from made-up text: a CMS's
summary box repeating the text's opening, a sentence written before its picture in the same paragraph, a line under
a picture that narrates, a company page's '董事长致辞' section heading, class names written solid or apart, and a
title box holding a 返回 link beside the headline."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from scripts.clean.html_page import html_text
from scripts.clean.metadata import split_title, title_like
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OPENING = "在这辞旧迎新的美好时节，2017年1月21日某某公司2016年工作总结暨2017年工作展望会议在某某酒店隆重举行。"


def read(html: str):
    return html_text(BeautifulSoup(html, "html.parser"))


def test_a_summary_box_repeating_the_texts_opening_cut_off_is_dropped() -> None:
    """DedeCMS prints its description field (the text's first characters, cut) in a box above the text."""
    page = read(f"<body><h1>某某公司年度大会</h1><div class='intro'>{OPENING[:40]}</div>"
                f"<div class='content'><p>{OPENING}</p><p>{PROSE}</p><p>{PROSE}</p></div></body>")
    text = "\n".join(page.lines)
    assert text.count(OPENING[:40]) == 1 and OPENING in text
    assert ("html-summary-box", OPENING[:40]) in page.dropped


def test_a_paragraph_said_twice_whole_is_not_a_summary_box() -> None:
    page = read(f"<body><div class='content'><p>{OPENING}</p><p>{OPENING}</p><p>{PROSE}</p></div></body>")
    assert "\n".join(page.lines).count(OPENING) == 2
    assert not any(reason == "html-summary-box" for reason, _ in page.dropped)


def test_a_sentence_written_before_its_picture_in_one_paragraph_is_text() -> None:
    """'<p>…进行了展望。<img></p>': the picture follows the sentence; it does not caption it."""
    sentence = "公司副总经理某某先生、常务副总经理某某女士先后对2016年度工作进行了总结并对2017年工作进行了展望。"
    page = read(f"<body><div class='content'><p>{PROSE}</p><p><img src='a.jpg'></p>"
                f"<p style='text-align:center'>（年会现场）</p>"
                f"<div><p><span>{sentence}<img src='b.jpg'></span></p></div>"
                f"<p>{PROSE}</p></div></body>")
    text = "\n".join(page.lines)
    assert sentence in text
    assert ("html-photo-caption", "（年会现场）") in page.dropped


def test_a_line_under_a_picture_that_narrates_is_text() -> None:
    """A caption names what the picture shows; a line saying we or you tells the story (narrating_words)."""
    narrated = "活动现场，我们也很荣幸地邀请到了某某协会会长为中奖的同事颁发奖项。"
    page = read(f"<body><div class='content'><p>{PROSE}</p><p><img src='a.jpg'></p>"
                f"<p style='text-align:center'>（年会现场）</p><p>{PROSE}</p><p><img src='b.jpg'></p>"
                f"<p>{narrated}</p><p>{PROSE}</p></div></body>")
    text = "\n".join(page.lines)
    assert narrated in text
    assert ("html-photo-caption", "（年会现场）") in page.dropped


def test_a_marked_heading_naming_an_office_and_a_genre_is_no_caption(tmp_path: Path) -> None:
    """'董事长致辞' as an <h2> heads the message on a company's about page; '致辞' alone does not make it a caption."""
    body = ("<div class='row'><img src='m1.png'><img src='m2.png'><div class='text'><h2>董事长介绍</h2>"
            "<p>某某先生毕业于某某大学工商管理专业，后取得金融硕士学位，曾在多家金融机构任职。</p></div></div>"
            "<div class='row'><img src='m1.png'><img src='m2.png'><div class='text'><h2>董事长致辞</h2>"
            f"<p>{PROSE}</p><p>{PROSE}</p></div></div>")
    document = normalize_file(html_page(tmp_path, "<title>关于我们_某某财行</title>", body), tmp_path)
    assert "董事长致辞" in document.body
    assert not any(removal.text == "董事长致辞" for removal in document.removals)


def test_class_names_written_solid_or_apart_say_the_same() -> None:
    """'img_desc' is 'imgdesc' (a caption's box in chrome_hints), as 'img-desc' and 'imgDesc' are."""
    for name in ("img_desc", "img-desc", "imgDesc"):
        page = read(f"<body><div class='news'><h1>某某会议召开</h1><div class='photo'><img src='a.jpg'>"
                    f"<h3 class='{name}'>与会人员在会上交流。（记者某某／摄影）</h3></div>"
                    f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div></body>")
        assert "记者某某" not in "\n".join(page.lines), name


def test_a_title_box_keeps_its_headline_without_its_links() -> None:
    """'<div class="page-title"><h3>标题</h3><p><a>返回</a></p></div>': the 返回 link is the box's widget."""
    page = read("<body><div class='page-title'><h3>某某主题活动在某地举办</h3><p><a href='/'>返回</a></p></div>"
                f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></body>")
    assert page.facts.title_elements == ["某某主题活动在某地举办"]
    linked = read("<body><div class='title'><a href='/a/1.html'>某某主题活动在某地举办</a></div>"
                  f"<div class='content'><p>{PROSE}</p></div></body>")
    assert linked.facts.title_elements == ["某某主题活动在某地举办"]  # a headline that is a link stays


def test_a_title_cut_short_does_not_cut_the_h1_that_continues_it(tmp_path: Path) -> None:
    """The <title> and a box over the text cut the headline at twenty-odd characters; the <h1> goes on mid-phrase:
    the whole <h1> is the title (a widget's words inside an <h1> stand apart after a space, and only they go)."""
    full = "2018年度厅党组民主生活会情况通报会暨省管领导班子和省管干部考核民主测评会召开"
    cut = full[:22]
    body = (f"<div class='box'><h2 class='main-title'>{cut}</h2><div class='title'><h1>{full}</h1></div>"
            f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div>")
    document = normalize_file(html_page(tmp_path, f"<title>{cut}_某某人力资源管理有限公司</title>", body), tmp_path)
    assert document.meta["title"] == full


def test_a_service_line_a_link_with_its_arrow_and_an_about_column_are_no_titles() -> None:
    for line in ("客服电话：400-856-1000返回购彩首页>>", "更多领导讲话请点击这里查看>>",
                 "咨询热线 0571-8765-4321 欢迎来电", "公司简介", "学校概况"):
        assert not title_like(line), line
    assert title_like("在2024年全市经济工作会议上的讲话")
    assert title_like("关于做好2024年400个重点项目建设的讲话")  # a number that is no telephone number


def test_a_front_matter_title_with_foreign_words_and_the_first_of_its_authors(tmp_path: Path) -> None:
    """A blog post's front matter names the talk ('EU DisinfoLab 年度研討會致詞': more Latin letters than Chinese) and
    two authors, the speaker first and the translator after: the title is declared, the speaker is the first."""
    text = ("---\nlayout: post\ntitle: EU DisinfoLab 年度研討會致詞\nauthor: 唐某、馮某儀\ncategory: blog\n---\n\n"
            + "\n\n".join([PROSE, PROSE.replace("我们", "大家"), "謝謝大家。"]) + "\n")
    document = normalize_file(text_page(tmp_path, text, "post.md"), tmp_path)
    assert document.meta["title"] == "EU DisinfoLab 年度研討會致詞"
    assert document.meta["speaker"] == "唐某"


def test_a_theme_too_short_for_a_title_before_a_dash_still_gives_the_speaker_after_it() -> None:
    head = split_title("文化——李某根在本科生开学典礼上的讲话")
    assert (head.title, head.speaker) == ("文化——李某根在本科生开学典礼上的讲话", "李某根")
    assert split_title("文化——在本科生开学典礼上的讲话").speaker == ""


def test_a_headline_under_a_location_label_whose_trail_is_gone_is_the_title(tmp_path: Path) -> None:
    """'当前位置：' over its trail, which the cleaning removed: the line now under the label is the headline, not the
    label's value; a trail still there ('首页 > 新闻中心') is the value and never the title."""
    headline = "某某公司召开党委中心组学习会议 学先进转作风强执行"
    body = (f"<div><p>当前位置：</p><p>首页&gt; 新闻中心&gt; 公司新闻&gt; 正文</p><p>{headline}</p>"
            f"<p>2017-08-10来源：某某建设监理有限公司</p><p>{PROSE}</p><p>{PROSE}</p></div>")
    document = normalize_file(html_page(tmp_path, "<title>某某建设监理有限公司</title>", body), tmp_path)
    assert document.meta["title"].replace(" ", "") == headline.replace(" ", "")  # the head joins a spaced headline


def test_a_headline_linking_to_itself_is_no_link_list() -> None:
    """A bare '<a>' holding most of the <title> is the headline; a trail of links and a home link are not."""
    page = read("<head><title>2013 新 年 致 辞</title></head><body><div><a>2013 新 年 致 辞</a></div>"
                f"<div><p>尊敬的各位客户、员工及其家属们：</p><p>{PROSE}</p><p>{PROSE}</p></div></body>")
    assert "2013 新 年 致 辞" in page.lines
    crumb = read("<head><title>校长寄语</title></head><body><div><a>首页</a>-<a>学校简介</a>-<a>校长寄语</a></div>"
                 f"<div><p>{PROSE}</p><p>{PROSE}</p></div></body>")
    assert not any("学校简介" in line for line in crumb.lines)


def test_a_customer_service_box_beside_the_message_is_chrome(tmp_path: Path) -> None:
    """A company page's left column: its menu and a 客服中心 box (class 'left_kefu') of '+ QQ:…' rows, then the
    message under its own heading. The box is chrome (kefu 客服), and the heading over the text is the title."""
    rows = "".join(f"<p>+ {row}</p>" for row in ("在线:<a href='#'>点击交流(在线客服)</a>", "QQ:12345678",
                                                  "客服电话:400-000-0000", "地址:某某市某某大街18号"))
    body = (f"<div class='main_left'><h1>公司简介</h1><div class='left_kefu'><h2>客服中心</h2>{rows}</div></div>"
            f"<div class='main_right'><h1>总裁致辞</h1><div class='txt'><p>{PROSE}</p><p>{PROSE}</p></div></div>")
    document = normalize_file(html_page(tmp_path, "<title>某某科技有限公司-公司简介</title>", body), tmp_path)
    assert document.meta["title"] == "总裁致辞"
    assert "客服" not in document.body and "QQ" not in document.body
