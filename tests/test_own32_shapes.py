"""Shapes of eval/own32's pages (opened in the thirty-ninth session), each rebuilt here from made-up text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import is_prose, load_shapes
from tests.conftest import html_page

ADDRESS = ("各位來賓、各位鄉親，大家好：\n\n"
           "## 感謝與承擔\n\n"
           "就在剛剛，我正式宣誓就任。我們要感謝這塊土地對我們的栽培，感謝人民對我們的信任。\n\n"
           "這段旅程，我們每一個人都參與其中。親愛的鄉親，我們做到了。\n\n"
           "## 為年輕人打造一個更好的地方\n\n"
           "未來的路並不好走，我們需要一個正面迎向一切挑戰的新團隊，我的責任就是領導這個團隊。\n\n"
           "## 結語\n\n"
           "讓我們一起努力，為下一代打造一個更好的家園。謝謝大家。\n")


def saved_page_text(tmp_path: Path) -> Path:
    """A government site's news page saved as text: its tool row, a headline listing quoted phrases, the speech's
    own title, the day in the ROC calendar, a language switch and the lead announcing the full text."""
    page = tmp_path / "page.txt"
    page.write_text("新聞與活動 :::\nFacebook分享line分享twitter分享列印本頁\n\n"
                    "某某發表就職演說　宣示改革決心　打造「團結的家園」、「有效率的家園」、「務實的家園」\n"
                    "第9任某某縣縣長王某某女士就職演說\n中華民國105年05月20日\nEnglish\n"
                    "第9任某某縣縣長王某某今（20）日上午參加在縣府廣場舉行的就職典禮，並發表就職演說，演說全文為：\n\n"
                    + ADDRESS, encoding="utf-8")
    return page


def test_a_headline_listing_quoted_phrases_is_no_sentence_and_keeps_the_headings(tmp_path: Path) -> None:
    """'打造「…」、「…」' closes on a quote with only the list's '、' between the quotes: a headline, not the text's
    first sentence, so the speech's section headings under it are headings, not photo captions."""
    document = normalize_file(saved_page_text(tmp_path), tmp_path)
    for heading in ("感謝與承擔", "為年輕人打造一個更好的地方", "結語"):
        assert f"## {heading}" in document.body
    assert "打造「團結的家園」" not in document.body and "English" not in document.body


def test_a_list_of_quoted_phrases_closing_a_line_is_no_clause() -> None:
    """The '、' between two quoted phrases lists them; a line closing on such a list is a headline, while a quoted
    list inside a sentence with its own clause ('…，要打造「…」、「…」') is text."""
    shapes = load_shapes()
    assert not is_prose("總統發表就職演說　宣示改革決心　打造「團結的民主」、「有效率的民主」、「務實的民主」", shapes)
    assert is_prose("我們要團結一致，努力打造「團結的民主」、「有效率的民主」", shapes)


def test_a_lead_announcing_the_full_text_of_an_address_goes_and_dates_it(tmp_path: Path) -> None:
    """'…並發表就職演說，演說全文為：' announces the text (演說 is a speech word as 講話 is): the lead goes, and the day
    under the headline dates the page and the address."""
    document = normalize_file(saved_page_text(tmp_path), tmp_path)
    assert "演說全文為" not in document.body
    assert document.meta["published"] == dt.date(2016, 5, 20)
    assert document.meta["date"] == dt.date(2016, 5, 20)


def test_a_name_with_a_courtesy_in_the_title_is_the_speaker(tmp_path: Path) -> None:
    """'…縣長王某某女士就職演說': 女士 (先生, 同志) is a courtesy after the name, not part of it."""
    document = normalize_file(saved_page_text(tmp_path), tmp_path)
    assert document.meta["speaker"] == "王某某"


REPORT = ("<p>新华社北京10月31日电 中共中央政治局10月31日下午就人工智能发展现状和趋势举行第九次集体学习。</p>"
          "<p>会议强调，要深入把握新一代人工智能发展的特点，加强人工智能和产业发展融合，为高质量发展提供新动能。</p>"
          "<p>会议指出，各级领导干部要努力学习科技前沿知识，把握人工智能发展规律和特点，加强统筹协调，形成工作合力。</p>")


def test_a_date_alone_beside_the_share_button_under_the_text_is_the_posts(tmp_path: Path) -> None:
    """A Q&A engine's article row under the text (a vote count, 分享 and the day in an <em>) dates the post, as the
    meta row under a headline does; the forum's comments below date themselves."""
    row = ("<div class='meta clearfix'><div class='vote'><a><b>0</b></a></div><span class='pull-right'>"
           "<a id='article_share'>分享</a><div class='sharebox'><a href='#'></a></div>"
           "<em class='text-color-999'>2018-11-01</em></span></div>")
    body = f"<div class='article'><h1>政治局举行集体学习</h1><div class='content'>{REPORT}</div>{row}</div>"
    document = normalize_file(html_page(tmp_path, "<title>政治局举行集体学习 - 某某社区</title>", body), tmp_path)
    assert document.meta["published"] == dt.date(2018, 11, 1)
