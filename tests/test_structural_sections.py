"""Readers' comments and feeds of other articles found by the page's structure, not by its class names
(section_labels and second_headlines in html.yml): a page whose template names its boxes 'a1', 'x9' must lose
them as a page naming them 'comments' and 'related' does (the renamed-classes variant of make eval)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from scripts.clean.html_page import html_text

POST = ("今天正式入驻这个博客，心情很好。以后会在这里和大家分享工作中的一些体会，也欢迎各位朋友多提宝贵意见。"
        "这些年一直在做软件开发和培训工作，积累了一些经验，希望对大家有所帮助。今后每周至少更新一篇文章，内容以工作中的实际问题为主，"
        "也会写一些读书的心得，请大家多多指教。")  # over min_prose_before (comment_sections in html.yml)
REPLY = "写得真好，受教了，期待更多分享，以后一定常来看看，也希望多写一些实用的经验文章，大家一起学习进步。"
REPORT = ("某某官员周一表示，初步调查显示事故由天气原因造成，没有证据表明存在人为破坏，调查仍在进行之中。"
          "该官员说，事发时当地天气恶劣，能见度很低，飞机在山区飞行时失去联系。救援人员随后在山区找到了残骸。"
          "有关方面表示，将在调查结束后公布详细的调查报告，并就事故原因作出说明。")
OTHER = ("如果说哪一首歌传唱最广，那一定是这首歌。很多人都翻唱过它，但原唱者的名字却少有人知道。"
         "他出生在一个普通的家庭，"
         "从小喜欢唱歌，高中毕业后走上了音乐的道路，后来签约了唱片公司，遇到了他生命中的贵人。")


def read(html: str):
    return html_text(BeautifulSoup(html, "html.parser"))


def test_comments_under_a_label_go_whatever_their_box_is_named() -> None:
    replies = "".join(f"<h4>re: 入驻博客 2004-12-27 12:{n:02d} 网友{n}</h4><p>{REPLY}</p>" for n in range(8))
    page = read(f"<body><div class='a1'><h2>入驻博客</h2><p>{POST}</p></div>"
                f"<div class='x9'><h3>评论</h3>{replies}</div></body>")
    text = "\n".join(page.lines)
    assert POST in text and REPLY not in text
    assert "评论" in page.after_article  # the label ends the text: it and what follows are after the article


def test_a_label_standing_alone_heads_its_later_siblings_and_ends_the_text() -> None:
    page = read(f"<body><div class='b2'><p>{POST}</p><p>{POST}</p><h3>《入驻博客》已有1条评论</h3>"
                f"<ol><li><cite>网友</cite><small>2005-09-19</small><p>{OTHER}</p></li></ol>"
                "<h3>发表评论</h3><form><p>昵称</p></form></div></body>")
    text = "\n".join(page.lines)
    assert text.count(POST) == 2 and OTHER not in text
    assert "《入驻博客》已有1条评论" in page.after_article


def test_a_feed_label_in_traditional_characters_counts_too() -> None:
    page = read(f"<body><div><p>{POST}</p><div><div>相關閱讀</div><ul><li><a href='1'>另一篇文章</a></li></ul>"
                f"<p>{OTHER}</p></div></div></body>")
    assert OTHER not in "\n".join(page.lines)


def test_a_sentence_mentioning_comments_and_a_label_before_the_text_stay() -> None:
    page = read(f"<body><div><h3>评论</h3><p>{POST}</p><p>网友评论认为，这项政策切实可行，受到了大家的欢迎和支持。</p>"
                f"<p>{REPLY}</p></div></body>")
    text = "\n".join(page.lines)
    assert "网友评论认为" in text and POST in text and REPLY in text


def test_a_later_h1_element_after_the_wrapped_headline_is_another_article() -> None:
    """An endless feed loads the next article, longer than the short report, under its own <h1>."""
    page = read("<html><head><title>某官员否认事故存在人为因素_快讯</title></head><body><h1>快讯</h1>"
                f"<div class='m'><div class='n'><h1>某官员否认事故存在人为因素</h1><p>{REPORT}</p></div>"
                f"<div class='q'><h1>一首老歌背后的故事</h1><p>{OTHER}</p><p>{OTHER}</p><p>{OTHER}</p></div></div>"
                "</body></html>")
    text = "\n".join(page.lines)
    assert REPORT in text and OTHER not in text and "一首老歌背后的故事" not in text


def test_an_article_setting_its_sections_as_h1s_keeps_them() -> None:
    page = read("<html><head><title>关于某某工作的报告_某某网</title></head><body><article>"
                f"<h1>关于某某工作的报告</h1><section><h1>一、总体要求</h1><p>{REPORT}</p></section>"
                f"<section><h1>二、主要任务</h1><p>{OTHER}</p></section></article></body></html>")
    text = "\n".join(page.lines)
    assert REPORT in text and OTHER in text and "二、主要任务" in text


def test_a_donation_box_under_the_post_goes_with_its_note() -> None:
    """A blog's donation box opens with an appeal naming a sum ('捐赠一元，支持一下！' in a <details> summary);
    it and the note inside it are the blogger's, never the text's."""
    note = "注：如在捐赠时留言署名，则会按署名列入感谢名单。未署名时，则以佚名列入。"
    page = read(f"<body><div class='post'><p>{POST}</p><hr/><div><details><summary>捐赠一元，支持一下！</summary>"
                f"<img src='pay.jpg'><p>{note}</p></details></div></div></body>")
    text = "\n".join(page.lines)
    assert POST in text and note not in text and "捐赠一元" not in text
