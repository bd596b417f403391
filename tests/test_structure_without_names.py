"""A page whose class and id names say nothing (a template's hash tokens, the renamed-classes variant of make
eval) must be read by what its elements hold, as a page naming them does."""

from __future__ import annotations

from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from scripts.clean.html_page import RULES_FILE, html_text
from scripts.clean.pipeline import normalize_bytes
from scripts.clean.render import body_text

PROSE = ("某县召开全体干部大会，传达学习上级会议精神，安排部署下一阶段重点工作。会议强调，要坚持问题导向，"
         "抓好各项任务落实，确保全年目标如期完成。会议要求，各部门要加强协作，形成工作合力，切实把各项部署落到实处。")
REVEALED = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["script_revealed"]


def read(html: str):
    return html_text(BeautifulSoup(html, "html.parser"))


def test_a_hidden_container_holding_most_of_the_text_is_read_whatever_its_name() -> None:
    page = read("<body><h1>某县召开干部大会</h1><div class='d3b81c0a'>首页 新闻</div>"
                f"<div class='c7f3a91e' id='i52e0b1d4' style='visibility: hidden;'><p>{PROSE}</p><p>{PROSE}</p>"
                "<span style='visibility:hidden'>水印文字</span></div></body>")
    text = "\n".join(page.lines)
    assert PROSE in text and "水印文字" not in text
    assert 0 < REVEALED["page_share"] <= 1 and len(REVEALED["examples"]) >= 2


def test_a_hidden_box_holding_a_small_part_of_the_page_stays_hidden() -> None:
    page = read(f"<body><div class='c1'><p>{PROSE}</p><p>{PROSE}</p></div>"
                "<div class='c2' style='visibility:hidden'><p>请在新窗口中完成登录后再返回本页。</p>"
                "</div></body>")
    text = "\n".join(page.lines)
    assert PROSE in text and "登录" not in text


def test_display_none_hides_even_the_largest_box() -> None:
    page = read(f"<body><p>短短一句。</p><div class='c3' style='display:none'><p>{PROSE}</p></div></body>")
    assert PROSE not in "\n".join(page.lines)


def test_a_search_box_goes_whatever_its_class_is_called() -> None:
    page = read("<body><div class='a1'><div class='b2'><input type='text' placeholder='请输入关键词'>"
                "<div class='c3'><span>搜索历史</span><span>清空</span></div></div></div>"
                f"<div class='d4'><div class='e5'>某县召开干部大会</div><p>{PROSE}</p><p>{PROSE}</p></div></body>")
    text = "\n".join(page.lines)
    assert PROSE in text and "某县召开干部大会" in text and "搜索历史" not in text


def test_a_page_wrapped_in_one_form_keeps_its_text_and_hidden_fields_do_not_count() -> None:
    page = read(f"<body><form><input type='text' name='q'><div class='x1'><p>{PROSE}</p><p>{PROSE}</p>"
                "<div class='x2'><input type='hidden' name='id' value='7'><span>第二部分</span></div>"
                f"<p>{PROSE}</p></div></form></body>")
    text = "\n".join(page.lines)
    assert PROSE in text and "第二部分" in text


def test_a_box_with_a_field_and_prose_stays() -> None:
    page = read(f"<body><div class='y1'><p>{PROSE}</p><p>{PROSE}</p></div>"
                f"<div class='y2'><p>{PROSE[:40]}</p><input type='text' name='answer'></div></body>")
    assert PROSE[:40] in "\n".join(page.lines)


def test_an_author_box_of_short_lines_above_the_headline_s_echo_goes(tmp_path: Path) -> None:
    """A platform page whose author box (counts, a badge's note, a QR prompt) has no telling names sits between
    the page's headline and the same headline again at the text's top: five short lines above the echo are the
    page's head (TITLE_ECHO_BLOCKS), not the speech."""
    page = ('<html><head><meta charset="utf-8"><title>在全市教育工作会议上的讲话_某某号</title></head><body>'
            "<div class='q1'><h1>在全市教育工作会议上的讲话</h1></div><div class='q2'>"
            "<div class='q3'><p>勋章说明：级别越高，表现越好。</p><p>作者长期关注教育，已发布文章三百篇。</p>"
            "<p>欢迎关注本号，每天更新。</p></div><div class='q4'><p>本号内容均为原创，转载请联系。</p></div>"
            "<p><strong>在全市教育工作会议上的讲话</strong></p><div class='q5'>"
            "<p>这次全市教育工作会议的主要任务是，总结去年全市教育工作，安排部署今年重点任务。</p>"
            "<p>今年要重点抓好三项工作：一是加快推进教育优质均衡，二是深化教育教学改革，三是加强教师队伍建设。</p>"
            "</div></div></body></html>")
    path = tmp_path / "author-box.html"
    path.write_text(page, encoding="utf-8")
    document = normalize_bytes(path.read_bytes(), path, tmp_path)
    text = body_text(document.body)
    assert text.startswith("这次全市教育工作会议的主要任务是")
    assert "勋章说明" not in text and "欢迎关注本号" not in text and "本号内容均为原创" not in text
