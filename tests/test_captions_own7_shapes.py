"""Photo captions and headline subtitles in the shapes eval/own7 showed (made-up pages, no page text copied): a
caption set apart by its style rather than by centring (caption_styles in html.yml), and a '——' subtitle under a
quoted headline (past_headline_subtitle in structure.py)."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from scripts.clean.html_page import html_text
from scripts.clean.pipeline import normalize_bytes
from scripts.clean.render import split_document
from scripts.clean.structure import build_structure

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
MORE = "会议要求，要进一步压实责任，细化措施，加强督促检查，确保各项工作有序推进，不断提升群众的获得感和满意度。"


def read(html: str):
    return html_text(BeautifulSoup(html, "html.parser"))


def body_of(html: str, name: str = "page.html") -> str:
    return split_document(normalize_bytes(html.encode("utf-8"), Path(name)).markdown)[1]


def test_a_kaiti_line_in_the_div_after_a_pictures_div_is_its_caption() -> None:
    """A JSP news view: each picture in a <div> of its own, its caption in the next <div> in a 楷体 <font>, not
    centred; between paragraphs and after the last one."""
    page = read(f"<body><div class='c'><DIV><FONT size=4>&nbsp;&nbsp; {PROSE}</FONT></DIV><DIV>&nbsp;</DIV>"
                "<DIV><IMG src='1.jpg'></DIV><DIV><FONT size=4 face=楷体>县领导在某镇卫生院了解情况</FONT></DIV>"
                f"<DIV><FONT size=4>&nbsp;&nbsp; {MORE}</FONT></DIV>"
                "<DIV><IMG src='2.jpg'></DIV><DIV><FONT face='楷体_GB2312'>座谈会现场</FONT></DIV></div></body>")
    text = "\n".join(page.lines)
    assert PROSE in text and MORE in text
    assert ("html-photo-caption", "县领导在某镇卫生院了解情况") in page.dropped
    assert ("html-photo-caption", "座谈会现场") in page.dropped


def test_an_italic_line_next_to_a_picture_and_a_kaiti_style_are_captions() -> None:
    page = read(f"<body><div><p>{PROSE}</p><img src='1.jpg'><i>某某基金会副理事长</i><p>{MORE}</p>"
                "<p><img src='2.jpg'></p><p><span style='font-family: KaiTi, serif'>签约仪式</span></p>"
                f"<p>{PROSE}</p></div></body>")
    assert ("html-photo-caption", "某某基金会副理事长") in page.dropped
    assert ("html-photo-caption", "签约仪式") in page.dropped
    assert "\n".join(page.lines).count(PROSE) == 2


def test_styled_lines_that_are_no_captions_stay() -> None:
    """Italics under no picture, a heading under a picture, a line that opens what follows: not captions."""
    page = read(f"<body><div><p><i>编者按</i></p><p>{PROSE}</p><p><img src='1.jpg'></p><h3><i>活动现场</i></h3>"
                f"<p>{MORE}</p><p><img src='2.jpg'></p><p><em>会议强调：</em></p><p>{PROSE}</p></div></body>")
    text = "\n".join(page.lines)
    assert "编者按" in text and "活动现场" in text and "会议强调：" in text
    assert not any(rule == "html-photo-caption" for rule, _ in page.dropped)


def test_a_plain_line_under_a_picture_is_left_to_the_later_stages() -> None:
    """Neither centred nor styled: the HTML reader does not call it a caption on its own (it may be a heading)."""
    page = read(f"<body><div><p>{PROSE}</p><div style='float: right'><img src='1.jpg'></div>"
                f"<p>参观革命旧址</p><p>{MORE}</p></div></body>")
    assert "参观革命旧址" in "\n".join(page.lines)


def test_a_dash_subtitle_under_a_quoted_headline_is_the_heads() -> None:
    """'“走向明天——共建一所好学校”' (a quoted slogan ends like a quotation) over '——第二届…论坛…举行': both are the
    head; the subtitle is not glued to the first paragraph."""
    page = (f"<html><head><meta charset='utf-8'><title>某地举行论坛</title></head><body><div>"
            "<h1 style='text-align: center;'>“走向明天——共建一所好学校”</h1>"
            "<h2 style='text-align: center;'>——第二届某某教育论坛暨三区县教育合作会议在某市举行</h2>"
            "<p style='text-align:center'><img src='a.jpg'></p><p style='text-align:center'>会场一角</p>"
            f"<p>　　5月6日，第二届某某教育论坛在某市开幕，来自各地的校长和教师参加了会议。</p><p>{PROSE}</p>"
            f"<p>{MORE}</p><p>{PROSE}</p></div></body></html>")
    body = body_of(page)
    assert body.lstrip().startswith("5月6日，第二届某某教育论坛在某市开幕")
    assert "——第二届" not in body and "会场一角" not in body


def test_an_epigraph_and_its_attribution_are_not_a_subtitle() -> None:
    epigraph = "“不忘初心，方得始终。初心和使命是激励我们不断前进的根本动力。”"
    structure = build_structure([epigraph, "", "——某某", "", PROSE, "", MORE])
    assert structure.blocks[0].text == epigraph


def test_a_subtitle_under_a_title_line_still_heads_the_text() -> None:
    lines = ["某某市召开教育工作会议", "", "——第二届某某教育论坛在某市举行", "", PROSE, "", MORE]
    structure = build_structure(lines)
    assert structure.head == ["某某市召开教育工作会议", "——第二届某某教育论坛在某市举行"]
    assert structure.blocks[0].text == PROSE
