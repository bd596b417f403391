"""Shapes a new site's page brought (made-up inputs, none copied from a page): a school news item closing with its
writer's unit and name in brackets, a collected-works text with its notes section after it, a mini-program page
script whose data object holds the speech and whose methods are code, a page that centres all its prose, a text
dump showing raw markup, a video pointer under the last paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.clean.cruft import clean_lines
from scripts.clean.html_page import HtmlText, html_text
from scripts.clean.pipeline import normalize_file
from scripts.clean.program_source import article_in_source
from scripts.clean.render import body_text
from scripts.core.errors import InputError

PARAGRAPH = ("今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作，"
             "确保全年粮食生产目标任务圆满完成。")
SECOND = ("秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义，"
          "各乡镇、各部门要清醒认识当前形势。")
THIRD = "各级各部门要压紧压实工作责任，扎实做好秋收秋种各项工作，确保颗粒归仓、应收尽收，推动各项工作取得新成效。"


def read_html(page: str) -> HtmlText:
    return html_text(BeautifulSoup(page, "html.parser"))


def text_of(tmp_path: Path, name: str, content: str) -> tuple[dict, str]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    document = normalize_file(path, tmp_path)
    return document.meta, body_text(document.body)


def test_a_school_news_item_loses_its_closing_unit_credit(tmp_path: Path) -> None:
    news = f"某某学院召开秋季工作推进会\n\n{PARAGRAPH}\n\n{SECOND}\n\n{THIRD}（党委宣传部 张三）\n"
    _, text = text_of(tmp_path, "news.txt", news)
    assert "党委宣传部" not in text and "张三" not in text
    assert text.endswith("推动各项工作取得新成效。")


def test_two_bodies_in_brackets_after_the_text_stay(tmp_path: Path) -> None:
    speech = f"同志们：\n\n{PARAGRAPH}\n\n{SECOND}\n\n{THIRD}（中央纪委 国家监委）\n"
    _, text = text_of(tmp_path, "speech.txt", speech)
    assert text.endswith("。（中央纪委国家监委）")  # the cleaner closes up the space between Chinese words


def test_a_collected_works_notes_section_and_its_spaced_label_go(tmp_path: Path) -> None:
    volume = ("# 在全县秋季农业生产工作会议上的讲话  \n（一九五一年九月五日）  \n\n## 诸位代表先生：   \n\n"
              f"　　{PARAGRAPH}⑴  \n　　{SECOND}  \n　　{THIRD}⑵  \n\n------------------  \n"
              "　　注　　释   \n　　〔1〕这次会议于一九五一年九月在县城召开，出席会议的有各乡代表一百余人。   \n"
              "　　〔2〕 见本卷《关于秋收工作的通知》注〔3〕。   \n")
    meta, text = text_of(tmp_path, "volume.md", volume)
    assert meta["title"] == "在全县秋季农业生产工作会议上的讲话"
    assert text.startswith("诸位代表先生：")
    assert "注" not in text.replace("注意", "") and "本卷" not in text and "一百余人" not in text
    assert "确保颗粒归仓" in text


MINI_PROGRAM_PAGE = """// pages/article/article.js
Page({

    /**
     * 页面的初始数据
     */
    data: {
        cover: "https://img.example.com/covers/a1.png",
        from: "校园资讯",
        time: "3小时前",
        views: "120人阅读",
        title: "在全县秋季农业生产工作会议上的讲话",
        head: "9月5日上午，县长李某某在全县秋季农业生产工作会议上发表讲话",
        welcome: "同志们：",
        content: [
            "PARAGRAPH",
            "SECOND",
            "THIRD",
        ],
        fontSize: 26,
        showModal: false
    },

    onTapBack: function (event) {
        wx.switchTab({
          url: '../index/index',
        })
    },

    fontSizeChange: function (event) {
        this.setData({
            fontSize: event.detail.value
        })
    },

    /**
     * 生命周期函数--监听页面加载
     */
    onLoad: function (options) {

    },

    /**
     * 用户点击右上角分享
     */
    onShareAppMessage: function () {

    }
})
""".replace('"PARAGRAPH"', f'"{PARAGRAPH}"').replace('"SECOND"', f'"{SECOND}"').replace('"THIRD"', f'"{THIRD}"')


def test_a_mini_program_page_gives_its_data_objects_speech_not_its_methods(tmp_path: Path) -> None:
    meta, text = text_of(tmp_path, "article.js.txt", MINI_PROGRAM_PAGE)
    assert meta["title"] == "在全县秋季农业生产工作会议上的讲话"
    assert text.startswith("同志们：\n")
    assert text.endswith("推动各项工作取得新成效。")
    for code in ["wx.switchTab", "setData", "fontSize", "onTapBack", "生命周期函数", "页面的初始数据", "校园资讯",
                 "120人阅读", "3小时前", "img.example.com"]:
        assert code not in text, code


def test_sentence_fields_just_before_the_article_open_it_but_a_title_does_not() -> None:
    source = ('const page = {\n  title: "在全县大会上的讲话",\n  lead: "5月6日，县长在全县大会上讲话",\n'
              f'  greeting: "同志们：",\n  paragraphs: [\n    "{PARAGRAPH}",\n    "{SECOND}",\n  ],\n}};\n')
    found = article_in_source(source)
    assert found.text.startswith("5月6日，县长在全县大会上讲话\n同志们：\n今天召开")
    assert found.line == 3


def test_a_field_apart_from_the_article_does_not_open_it() -> None:
    source = (f'const page = {{\n  summary: "{SECOND}",\n  count: 3,\n  paragraphs: [\n    "{PARAGRAPH}",\n'
              f'    "{THIRD}",\n  ],\n}};\n')
    found = article_in_source(source)
    assert found.text.startswith("今天召开")


def test_a_page_that_centres_its_prose_keeps_the_sentence_under_a_picture() -> None:
    centred = "style='text-align:center'"
    page = read_html(f"<html><body><div class='content'><p {centred}>{PARAGRAPH}</p><p {centred}>{SECOND}</p>"
                     f"<p {centred}><img src='a.jpg'></p><p {centred}>基层治理在这次会议上分量很重。</p>"
                     f"<p {centred}>{THIRD}</p><p {centred}>{PARAGRAPH}</p><figure><img src='b.jpg'>"
                     f"<figcaption>县长在会上讲话。</figcaption></figure><p {centred}>{SECOND}</p>"
                     "</div></body></html>")
    assert "基层治理在这次会议上分量很重。" in page.lines
    assert ("html-photo-caption", "县长在会上讲话。") in page.dropped


def test_a_page_that_sets_its_prose_left_still_drops_a_centred_caption() -> None:
    page = read_html(f"<html><body><div class='content'><p>{PARAGRAPH}</p><p>{SECOND}</p><p><img src='a.jpg'></p>"
                     f"<p style='text-align:center'>县长在会上讲话。</p><p>{THIRD}</p><p>{PARAGRAPH}</p>"
                     "</div></body></html>")
    assert ("html-photo-caption", "县长在会上讲话。") in page.dropped


def test_raw_markup_in_a_text_dump_and_a_video_pointer_go(tmp_path: Path) -> None:
    dump = (f"同志们：\n{PARAGRAPH}\n<table cellspacing=\"20\" cellpadding=\"0\" align=\"center\">\n"
            "<tbody>\n<tr align=\"center\">\n<td><img alt=\"\" src=\"http://img.example.com/upload/1.jpg\" /></td>\n"
            f"</tr>\n</tbody>\n</table>\n{SECOND}\n{THIRD}\n◢ 会议精彩花絮影片 https://video.example.com/watch?v=Ab12\n")
    _, text = text_of(tmp_path, "dump.txt", dump)
    for markup in ["<table", "cellspacing", "<td>", "img.example.com", "video.example.com", "花絮"]:
        assert markup not in text, markup
    assert text.endswith("推动各项工作取得新成效。")


def test_a_source_line_with_its_address_is_left_to_the_field_rules() -> None:
    """'来源：某某新闻网 https://…' names the source, which the field rules capture; the pointer rule leaves it."""
    result = clean_lines([PARAGRAPH, SECOND, THIRD, "来源：某某新闻网 https://news.example.com/2020/a.html"])
    assert "labelled-link-line" not in {removal.rule for removal in result.removals}
    assert result.captures.origin


def test_a_dump_of_reposted_items_each_under_its_original_title_is_refused(tmp_path: Path) -> None:
    items = "".join(f"原标题：全县第{n}次工作会议召开\n{PARAGRAPH}\n{SECOND}\n{THIRD}\n" for n in "一二三")
    path = tmp_path / "dump.txt"
    path.write_text(items, encoding="utf-8")
    with pytest.raises(InputError, match=r"holds 3 reposted items"):
        normalize_file(path, tmp_path)


def test_a_repost_with_its_original_title_above_and_under_it_is_one_text(tmp_path: Path) -> None:
    repost = f"原标题：全县工作会议召开\n{PARAGRAPH}\n{SECOND}\n{THIRD}\n（原标题：全县工作会议召开）\n"
    _, text = text_of(tmp_path, "repost.txt", repost)
    assert "原标题" not in text and text.startswith("今天召开")


def test_a_lead_and_its_announcement_in_two_paragraphs_go_together(tmp_path: Path) -> None:
    page = ("某某大學舉行畢業典禮\n\n校長今日上午出席畢業典禮，以「做一個有擔當的人」為題發表演說。\n\n"
            "校長致詞全文如下：\n\n"
            f"各位同學：\n\n{PARAGRAPH}\n\n{SECOND}\n\n{THIRD}\n")
    path = tmp_path / "speech.txt"
    path.write_text(page, encoding="utf-8")
    document = normalize_file(path, tmp_path)
    text = body_text(document.body)
    assert text.startswith("各位同學：")
    assert "發表演說" not in text and "全文如下" not in text
    assert any(removal.rule == "full-text-lead-in" and removal.text.startswith("校長今日上午")
               for removal in document.removals)
