"""Reading HTML as a document (scripts/clean/html_page.py): the article by prose, chrome by the DOM, the facts."""

from __future__ import annotations

import pytest
import yaml
from bs4 import BeautifulSoup

from scripts.clean.entities import decode_references
from scripts.clean.html_page import RULES_FILE, html_text

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"


def read(html: str):
    return html_text(BeautifulSoup(html, "html.parser"))


def test_article_goes_on_in_sibling_elements_and_stops_at_the_related_list() -> None:
    page = read(f"<body><div class='menu'><a>首页</a><a>政务公开</a></div><div><h1>在全市大会上的讲话</h1>"
                f"<div class='p1'><p>同志们：</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
                f"<div class='p2'><p>第三，要坚持人民至上。{PROSE}</p></div>"
                "<div class='related'><a>市长主持召开常务会议研究部署工作，确保各项工作落实。</a></div></div></body>")
    text = "\n".join(page.lines)
    assert "第三，要坚持人民至上" in text and "在全市大会上的讲话" in text
    assert "常务会议" not in text and "首页" not in text
    assert ("html-chrome", "首页政务公开") in page.dropped
    assert any("常务会议" in line for line in page.after_article)


def test_captions_link_lists_and_form_wrappers() -> None:
    page = read(f"<body><form id='form1'><header>为人民服务，建设美好家园！</header>"
                f"<article><header><h1>在全市大会上的讲话</h1><p>发布时间：2023-05-06</p></header>"
                f"<div class='content'><p>同志们：</p><p>{PROSE}</p><p><img src='a.jpg'></p>"
                f"<p style='text-align: center'>会议现场</p><p>{PROSE}</p>"
                "<p><a>上一篇：全市春季植树造林工作会议召开</a></p></div></article></form></body>")
    text = "\n".join(page.lines)
    assert "发布时间：2023-05-06" in text  # an <article>'s own <header> keeps the date line for metadata
    assert "为人民服务" not in text  # the page's banner <header> is chrome
    assert text.count(PROSE) == 2  # the ASP.NET-style <form> holding the page is not chrome
    assert ("html-photo-caption", "会议现场") in page.dropped
    assert "植树造林" not in text


def test_left_aligned_paragraph_in_a_centred_container_is_not_a_caption() -> None:
    """A paragraph's own text-align overrides its container's: news after a picture inside a centred
    <div> is prose when the paragraph says it is left-aligned (a centred one is still a caption)."""
    page = read(f"<body><div style='text-align: center'><p><img src='a.jpg'></p>"
                f"<p style='text-align: left;'>{PROSE}</p><p><img src='b.jpg'></p><p>会议现场</p></div></body>")
    assert PROSE in "\n".join(page.lines)
    assert ("html-photo-caption", "会议现场") in page.dropped


def test_inline_elements_styled_as_blocks_are_lines_of_their_own() -> None:
    page = read("<body><p><strong style='display:block'>政府工作报告</strong><span style='display: block'>"
                f"——2019年3月5日在第十三届全国人民代表大会第二次会议上</span><span>国务院总理</span>李克强</p><p>{PROSE}</p></body>")
    lines = [line for line in page.lines if line]
    assert lines[:3] == ["政府工作报告", "——2019年3月5日在第十三届全国人民代表大会第二次会议上", "国务院总理李克强"]


def test_a_data_tables_rows_are_lines_and_a_layout_table_is_not_touched() -> None:
    page = read(f"<body><p>{PROSE}</p><table>\n<tr>\n<td>班別</td>\n<td>姓名</td>\n<td>成績</td>\n</tr>\n"
                "<tr><td>6D</td><td>鄧淑湞</td><td>季軍</td></tr></table>"
                "<table><tr><td>&nbsp;</td><td>陳嘉文校長</td></tr><tr><td></td><td>二零一三年十二月二日</td></tr></table>"
                f"<table><tr><td><p>{PROSE}</p></td><td>相关链接</td></tr><tr><td>首页</td><td>关于我们</td></tr></table>"
                "</body>")
    lines = [line for line in page.lines if line]
    assert "班別 | 姓名 | 成績" in lines and "6D | 鄧淑湞 | 季軍" in lines
    assert "陳嘉文校長" in lines and "二零一三年十二月二日" in lines  # empty spacer cells leave no separator
    assert lines.count(PROSE) == 2 and not any(PROSE + " |" in line for line in lines)


def test_page_facts() -> None:
    page = read("<html><head><title>讲话标题_领导讲话_某某市人民政府</title>"
                "<meta name='ArticleTitle' content='讲话标题'><meta name='PubDate' content='2023-05-06'>"
                "<meta property='og:site_name' content='某某市人民政府'>"
                "<link rel='canonical' href='http://www.example.gov.cn/t20230506_1.html'>"
                '<script type="application/ld+json">{"headline": "讲话标题", "datePublished": "2023-05-06",'
                ' "author": {"name": "张三"}}</script></head>'
                "<body><div class='position'>当前位置：<a>首页</a> &gt; <a>领导讲话</a></div>"
                f"<div class='article-title'>讲话标题</div><time datetime='2023-05-06'>5月6日</time><p>{PROSE}</p>"
                "</body></html>")
    facts = page.facts
    assert facts.title == "讲话标题_领导讲话_某某市人民政府"
    assert (facts.meta["articletitle"], facts.meta["pubdate"]) == ("讲话标题", "2023-05-06")
    assert facts.meta["og:site_name"] == "某某市人民政府"
    assert facts.json_ld == {"headline": "讲话标题", "datePublished": "2023-05-06", "author": "张三"}
    assert facts.url == "http://www.example.gov.cn/t20230506_1.html"
    assert facts.times == ["2023-05-06"]
    assert facts.title_elements == ["讲话标题"]
    assert facts.crumbs == ["当前位置：首页 > 领导讲话"]
    assert ("html-breadcrumb", "当前位置：首页 > 领导讲话") in page.dropped


def test_css_utility_classes_are_not_chrome() -> None:
    page = read(f"<body><div class='container'><div class='position-relative border-bottom'><h2>在全市大会上的讲话</h2>"
                f"</div><div class='d-print-none pages'><p>同志们：</p><p>{PROSE}</p></div>"
                f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div></body>")
    text = "\n".join(page.lines)
    assert "在全市大会上的讲话" in text and text.count(PROSE) == 3
    assert not page.dropped


def test_a_field_whose_value_is_a_link_is_no_link_list() -> None:
    page = read(f"<body><div><h1>在全市大会上的讲话</h1><div>来源：<a href='/'>某某日报</a></div>"
                f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div></body>")
    assert "来源：某某日报" in page.lines


def test_a_pages_caption_style_marks_its_uncentred_captions() -> None:
    """Once a centred line under a picture is a caption, a one-sentence line under another picture is one
    too; a page without such a caption keeps a short paragraph under its picture, and a line that opens
    what follows (同志们：) is never a caption."""
    captioned = read(f"<body><div class='content'><p>{PROSE}</p><img src='a.jpg'><p style='text-align:center'>"
                     f"县长在会上讲话</p><p>{PROSE}</p><img src='b.jpg'><p>县长与企业代表签署合作协议。</p>"
                     f"<p>{PROSE}</p><img src='c.jpg'><p>同志们：</p><p>{PROSE}</p></div></body>")
    assert ("html-photo-caption", "县长与企业代表签署合作协议。") in captioned.dropped
    assert "同志们：" in captioned.lines
    plain = read(f"<body><div class='content'><p>{PROSE}</p><img src='b.jpg'><p>县长与企业代表签署合作协议。</p>"
                 f"<p>{PROSE}</p></div></body>")
    assert "县长与企业代表签署合作协议。" in plain.lines


def test_a_paragraph_set_left_under_a_picture_is_no_forgotten_caption() -> None:
    """On a page whose captions are centred, a sentence under another picture in a paragraph the markup sets
    left (or justified) is the page's prose, not a caption whose centring was forgotten."""
    page = read(f"<body><div class='content'><p style='text-align:center'><img src='a.jpg'></p>"
                "<p style='text-align: left'><span>某月某日下午，全县秋季农业生产工作会议在县政府召开。</span></p>"
                f"<p>{PROSE}</p><p style='text-align:center'><img src='b.jpg'></p>"
                "<h3 style='text-align:center'>县长在会上讲话</h3>"
                f"<p>{PROSE}</p><p><img src='c.jpg'></p><p align='justify'>接着召开了第二阶段会议。</p>"
                f"<p>{PROSE}</p></div></body>")
    assert "某月某日下午，全县秋季农业生产工作会议在县政府召开。" in page.lines
    assert "接着召开了第二阶段会议。" in page.lines
    assert ("html-photo-caption", "县长在会上讲话") in page.dropped


def test_a_paragraph_indented_under_a_picture_is_no_forgotten_caption() -> None:
    """A first-line indent is a paragraph's markup too: under a picture, on a page whose captions are centred, an
    indented sentence is prose; an unindented one (or one indented by nothing) is the forgotten caption."""
    page = read(f"<body><div class='content'><p style='text-align:center'><img src='a.jpg'></p>"
                "<p style='text-align:center'>开场视频</p>"
                f"<p>{PROSE}</p><p style='text-align:center'><img src='b.jpg'></p>"
                "<p style='text-indent: 28px'><span>感谢各位朋友到场，感谢所有员工。</span></p>"
                f"<p>{PROSE}</p><p><img src='c.jpg'></p><p style='text-indent:0'>董事长为员工颁奖。</p>"
                f"<p>{PROSE}</p></div></body>")
    assert "感谢各位朋友到场，感谢所有员工。" in page.lines
    assert ("html-photo-caption", "董事长为员工颁奖。") in page.dropped


def test_a_line_break_in_the_source_is_a_space_as_a_browser_shows_it() -> None:
    """A paragraph typed with the editor's display line breaks is one line (a browser shows a space); a break
    after a sentence's end stays the source's own line (a credit line under the text), and a <pre> keeps its
    lines."""
    page = read("<body><div class='content'><p>为了加强对学生的诚信教育，提升我院学生整体\n    德育水平，今天举办比赛。"
                f"\n责任编辑：张三</p><p>{PROSE}</p><pre>第一行\n第二行</pre></div></body>")
    lines = [line for line in page.lines if line]
    assert "为了加强对学生的诚信教育，提升我院学生整体 德育水平，今天举办比赛。" in lines
    assert "责任编辑：张三" in lines
    assert "第一行" in lines and "第二行" in lines


def test_a_source_line_break_after_a_quoted_term_goes_on_with_the_sentence() -> None:
    """A closing quote ends a sentence only after the sentence's own mark: a source line break after a quoted
    term ('以“青春逐梦，强军强国”') is a space inside the sentence, not a line (which read as a heading over the
    rest); after '…强国。”' it stays the source's own line."""
    page = read("<body><div class='content'><p>演讲比赛上，雷涛为大家带来了以“青春逐梦，强军强国”\n"
                "    为主题的演讲。他说：“要争当祖国的忠诚卫士。”\n    责任编辑：张三</p>"
                f"<p>{PROSE}</p></div></body>")
    lines = [line for line in page.lines if line]
    assert "演讲比赛上，雷涛为大家带来了以“青春逐梦，强军强国” 为主题的演讲。他说：“要争当祖国的忠诚卫士。”" in lines
    assert "责任编辑：张三" in lines


def test_a_text_typed_a_paragraph_a_line_keeps_a_heading_ending_in_a_quote() -> None:
    """Where a text node's other source breaks end sentences (a text pasted a paragraph a line), a line closing
    on a quote is a heading of its own, not the start of the paragraph under it."""
    page = read("<body><div class='content'><p>有关这次演讲，日刊曾做专门介绍。兹将此则报道摘录如下：\n"
                "北大胡适之校长昨讲“自由主义与中国”\n国立北京大学校长胡适之先生前日来杭，并参观本校。\n"
                f"首由校长介绍，继胡先生于一片掌声中起立。\n{PROSE}</p></div></body>")
    assert "北大胡适之校长昨讲“自由主义与中国”" in page.lines


def test_text_outside_any_block_is_kept_to_the_end() -> None:
    """A scraper's content field is often an HTML fragment with no wrapping element: '第一段<br>第二段'."""
    page = read(f"{PROSE}<span class='highlight'>同志们</span>，{PROSE}<br>最后一段，谢谢大家！")
    assert page.lines[0].startswith(PROSE) and "同志们，" in page.lines[0]
    assert "最后一段，谢谢大家！" in page.lines
    assert "最后一段，谢谢大家！" in read(f"<body><p>{PROSE}</p>{PROSE}<br>最后一段，谢谢大家！</body>").lines


def test_a_bold_section_heading_is_kept_beside_paired_title_lines(tmp_path) -> None:
    """A page whose closing section has a kicker and a title (two short lines, read as a paired title) would
    have every other short line taken for a caption; a paragraph all in bold is a heading by its markup."""
    from scripts.clean.pipeline import normalize_file

    page = tmp_path / "page.html"
    page.write_text(f"<html><body><div class='content'><p>{PROSE}</p><p><strong>坚持创新驱动转型升级</strong></p>"
                    f"<p>{PROSE}</p><p>{PROSE}</p><p>专家点评</p><p>“绿色发展”，未来可期</p><p>{PROSE}</p>"
                    "</div></body></html>", encoding="utf-8")
    document = normalize_file(page, tmp_path)
    assert "坚持创新驱动转型升级" in document.body
    assert read(page.read_text(encoding="utf-8")).facts.marked_headings == ["坚持创新驱动转型升级"]


def test_a_bare_date_under_a_picture_is_no_caption() -> None:
    """A full date alone under the title's picture is the delivery date the metadata steps need; a centred
    line naming what the picture shows is still a caption (captions in html.yml)."""
    page = read(f"<body><div class='content'><h1>在全市大会上的讲话</h1><p><img src='a.jpg'></p>"
                f"<p style='text-align:center'>2012年6月24日</p><p>{PROSE}</p><p><img src='b.jpg'></p>"
                f"<p style='text-align:center'>2012年6月24日，县长在会议现场讲话</p><p>{PROSE}</p></div></body>")
    assert "2012年6月24日" in page.lines
    assert ("html-photo-caption", "2012年6月24日，县长在会议现场讲话") in page.dropped


ENTITIES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["entities"]


@pytest.mark.parametrize("example", ENTITIES["examples"])
def test_a_character_reference_the_text_shows_is_decoded(example: str) -> None:
    assert "&" not in decode_references(example)


@pytest.mark.parametrize("keep", ENTITIES["keep"])
def test_what_is_no_character_reference_stays(keep: str) -> None:
    assert decode_references(keep) == keep


def test_an_entity_the_parser_left_in_the_text_is_no_text() -> None:
    """'&nbsp2014' (a legacy entity without its semicolon before a digit) and a double-escaped '&amp;nbsp;' reach
    the text as a space, as a browser shows them; what the reader decodes it decodes once, and a reference to one of
    HTML's own characters (&lt; …) left after parsing is text shown as written."""
    page = read(f"<body><div><p>&nbsp&nbsp2014年{PROSE}</p><p>&amp;nbsp;&amp;nbsp;{PROSE}</p></div></body>")
    text = "\n".join(page.lines)
    assert "nbsp" not in text and f"2014年{PROSE}" in text
    for literal in ("&amp;lt;", "&lt;script&gt;&#38;"):
        assert decode_references(literal) == literal


def test_the_page_facts_show_no_leftover_references() -> None:
    page = read("<html><head><title>在全市大会上的讲话&nbsp2014</title>"
                "<meta name='ArticleTitle' content='在全市大会上的讲话&amp;nbsp;'></head>"
                f"<body><div><p>{PROSE}</p></div></body></html>")
    assert "nbsp" not in page.facts.title and "nbsp" not in page.facts.meta["articletitle"]


def test_a_blank_line_inside_a_text_node_parts_its_paragraphs() -> None:
    """Text pasted into a template without <p>s keeps its paragraphs apart by an empty line, which a browser
    collapses into a space; read as a line break, a cut-off lead stays apart from the text. A single line break,
    or a blank line between two elements (layout of the markup), is still a space."""
    page = read(f"<body><div>\n  某某大学校长某某某（Vincent\n\n  {PROSE}\n</div>"
                f"<div><span>我们要坚定信心</span>\n\n<span>真抓实干，推动发展。</span>{PROSE}</div></body>")
    lines = [line for line in page.lines if line.strip()]
    assert lines[0].strip() == "某某大学校长某某某（Vincent" and lines[1].strip() == PROSE
    assert any(line.startswith("我们要坚定信心 真抓实干") for line in lines)


REVEALED = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["script_revealed"]


def test_a_text_container_a_script_shows_is_read_though_styled_hidden() -> None:
    page = read("<body><h1>某县举行表彰大会</h1><div class='rich_media_content' id='js_content' "
                f"style='visibility: hidden;'><p>{PROSE}</p><span style='visibility:hidden'>水印文字</span>"
                "</div></body>")
    text = "\n".join(page.lines)
    assert PROSE in text and "水印文字" not in text
    assert REVEALED["name"] and REVEALED["reason"] and REVEALED["names"] == ["js_content"]


@pytest.mark.parametrize("markup", REVEALED["keep_hidden"])
def test_hidden_elements_stay_hidden(markup: str) -> None:
    closing = "</span>" if markup.startswith("<span") else "</div>"
    page = read(f"<body><p>{PROSE}</p>{markup}隐藏的字{closing}</body>")
    assert "隐藏的字" not in "\n".join(page.lines)


@pytest.mark.parametrize("example", REVEALED["examples"])
def test_the_script_revealed_examples_are_read(example: str) -> None:
    assert "正文" in "\n".join(read(f"<body>{example}</body>").lines)


HIDDEN_CLASSES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["hidden_classes"]


@pytest.mark.parametrize("markup", HIDDEN_CLASSES["examples"])
def test_an_element_a_css_framework_hides_is_not_read(markup: str) -> None:
    page = read(f"<body>{markup}<h1>某县举行表彰大会</h1><p>{PROSE}</p></body>")
    hidden_text = BeautifulSoup(markup, "html.parser").get_text()
    assert hidden_text not in "\n".join(page.lines) and PROSE in "\n".join(page.lines)
    assert hidden_text not in page.facts.headings


def test_a_hidden_headline_is_not_the_page_headline() -> None:
    """A template's second <h1>, hidden, holds the site's name (the <title>'s last part) for search engines."""
    page = read("<head><title>部长答疑解惑_某某留学 签证办理</title></head>"
                f"<body><h1 class='hide'>某某留学 签证办理</h1><div><h1>部长答疑解惑</h1><p>{PROSE}</p></div></body>")
    assert page.facts.headings == ["部长答疑解惑"]


def test_a_class_hiding_only_on_phones_or_the_whole_article_hides_nothing() -> None:
    for markup in ("<div class='hidden-xs'>{}</div>", "<div class='content hide'>{}</div>"):
        page = read("<body>" + markup.format(f"<p>{PROSE}</p><p>{PROSE}</p>") + "<p>上一篇：某某</p></body>")
        assert PROSE in "\n".join(page.lines), markup
    assert HIDDEN_CLASSES["name"] and HIDDEN_CLASSES["reason"] and len(HIDDEN_CLASSES["keep"]) == 2


COMMENT = "写得真好，受教了，期待下一篇文章！我也有同样的体会，谢谢分享。"


def test_a_comment_section_longer_than_the_post_is_chrome() -> None:
    """Readers' comments in an element named after them (comment_sections in html.yml), after the post's prose,
    are not the text even when they hold more prose than the post (the chrome hints' share test would keep them,
    and take the discussion for the article)."""
    replies = "".join(f"<h4>re: 入住新博客 2004-12-27 12:{n:02d} <a>网友{n}</a></h4><p>{COMMENT}</p>"
                      for n in range(12))
    page = read(f"<body><div id='main'><div class='post'><h2>入住新博客</h2><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"
                f"<p class='postfoot'>发表于 2004年12月27日 12:40</p></div>"
                f"<div id='comments'><h3>评论</h3>{replies}</div></div></body>")
    text = "\n".join(page.lines)
    assert text.count(PROSE) == 3 and "发表于" in text
    assert COMMENT not in text and "re: 入住新博客" not in text
    assert ("html-comments", COMMENT) in page.dropped or COMMENT in page.after_article  # after the post's end


def test_an_element_named_comment_holding_the_first_prose_stays() -> None:
    """A template that names its article box 'comment' (a commentary column) keeps it: nothing came before it."""
    page = read(f"<body><div class='nav'><a>首页</a></div><div class='comment-content'><h1>评论员文章</h1>"
                f"<p>{PROSE}</p><p>{PROSE}</p></div></body>")
    assert "\n".join(page.lines).count(PROSE) == 2


def test_a_feed_of_other_articles_longer_than_the_report_is_chrome() -> None:
    """A short report followed by an element named as a feed (feed_sections in html.yml) holding a whole next
    article: the feed goes, though it holds more prose than the report, and is not taken for the article."""
    other = "另一篇文章的正文很长很长，讲的是别处发生的另一件事情，与本文没有关系，却比本文还要长得多。"
    page = read(f"<body><div class='detail'><h1>全市秋粮收购全面展开</h1><div class='normal'><p>{PROSE}</p>"
                f"<p>{PROSE}</p><p>{PROSE}</p></div><div class='detail-content__recommend'>"
                + "".join(f"<p>{other}</p>" for _ in range(8)) + "</div></div></body>")
    text = "\n".join(page.lines)
    assert text.count(PROSE) == 3 and other not in text
    assert ("html-feed", other) in page.dropped or other in page.after_article


def test_comments_inside_the_article_element_are_dropped_by_name() -> None:
    """Comments inside the element that holds the post (one <div> around both) are dropped as html-comments."""
    replies = "".join(f"<p>{COMMENT}</p>" for _ in range(12))
    page = read(f"<body><div class='nav'><a>首页</a></div><div id='main'><h2>入住新博客</h2><p>{PROSE}</p>"
                f"<p>{PROSE}</p><p>{PROSE}</p><div class='comment-list'>{replies}</div>"
                f"<p>{PROSE}</p></div></body>")
    assert COMMENT not in "\n".join(page.lines)
    assert ("html-comments", COMMENT) in page.dropped


BADGES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["headline_badges"]


@pytest.mark.parametrize("example", BADGES["examples"])
def test_a_cms_badge_before_a_headline_is_not_read(example: str) -> None:
    markup = BeautifulSoup(example, "html.parser")
    badge = markup.find(["span", "em", "i"]).get_text()
    lines = read(f"<body>{example}<p>{PROSE}</p></body>").lines
    assert lines[0] == markup.get_text()[len(badge):]


@pytest.mark.parametrize("keep", BADGES["keep"])
def test_a_badge_word_that_is_the_headline_or_is_not_in_one_stays(keep: str) -> None:
    example = keep.split(" (")[0]
    lines = read(f"<body>{example}<p>{PROSE}</p></body>").lines
    assert lines[0] == BeautifulSoup(example, "html.parser").get_text()


CAPTIONS = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["captions"]


@pytest.mark.parametrize("example", CAPTIONS["pointing_examples"])
def test_a_line_under_a_picture_pointing_up_at_it_is_its_caption(example: str) -> None:
    page = read(f"<body><div><p>{PROSE}</p>{example}<p>{PROSE}</p></div></body>")
    caption = next(line for line in BeautifulSoup(example, "html.parser").get_text("\n").split("\n") if "▲" in line)
    assert ("html-photo-caption", caption.strip()) in [(reason, line.strip()) for reason, line in page.dropped]


def test_an_arrow_marking_a_point_away_from_a_picture_stays() -> None:
    page = read(f"<body><div><p>{PROSE}</p><p>▲坚持稳中求进工作总基调，推动高质量发展。</p><p>{PROSE}</p></div></body>")
    assert "▲坚持稳中求进工作总基调，推动高质量发展。" in page.lines


def test_a_stamp_row_in_a_box_named_for_its_share_buttons_is_a_line() -> None:
    """'<div class="nd-time-share">来源：… 发布时间：2021-10-14</div>' over the text: the box's name says share, but
    its row is the page's stamp, left for the line rules (which read its date and take it out). A share box without
    a date is chrome."""
    page = read("<body><div class='detail'><h3>某某论坛在京召开</h3><div class='nd-time-share'>"
                "<span>来源：<a>项目资讯</a></span><span> 发布时间：2021-10-14 13:58:32</span></div>"
                "<div class='bdshare'>分享到：微信 微博</div>"
                f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div></body>")
    assert any("发布时间：2021-10-14" in line for line in page.lines)
    assert ("html-chrome", "分享到：微信 微博") in page.dropped


def test_a_headline_set_in_the_breadcrumbs_box_is_kept() -> None:
    """A template that sets the <h1> inside its breadcrumb box ('<div id="breadcrumbs"><h1>…</h1><div>首页 > …')
    still shows the headline: the trail goes, the <h1> stays a head line (and the stamp row under it dates the page)."""
    page = read("<body><div id='breadcrumbs'><h1>某某在全县大会上的讲话</h1><div class='breadcrumbs-text'>"
                f"<a>首页</a> &gt; <a>资讯</a></div></div><div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
                "</body>")
    assert "某某在全县大会上的讲话" in page.lines
    assert any(reason == "html-breadcrumb" and "首页" in line for reason, line in page.dropped)
