"""Shapes of speeches reposted on personal blogs built with Hexo, Hugo or Jekyll (eval/own20, a development set
labelled in the nineteenth session), each rebuilt here from made-up text: a theme's post meta row cut into pieces,
a post filed under a speech tag, a dashed subtitle giving the day after the occasion, the post's tags run into its
date row, and a blogger's note over a bare '原文' heading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.clean.cruft import english_original, load_rules, parse_fields
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"
MORE = "互联网最大的作用就是提升效率。一个公司没有效率，就没有未来；规模和速度的背后，是效率。"
TEXT = f"<p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"


def test_a_themes_post_meta_row_goes_and_dates_the_post(tmp_path: Path) -> None:
    """NexT's row under the headline, cut into lines by its spans, its counters empty where a script fills them."""
    meta = ("<div class='post-meta'><span>发表于</span><time>2019-06-02</time><span>|</span><span>更新于</span>"
            "<time>2019-06-16</time><span>|</span><span>阅读次数：</span><span id='pv'></span><br>"
            "<span>本文字数：</span><br><span>4.7k</span><span>|</span><span>阅读时长 ≈</span><span>4 分钟</span>"
            "</div>")
    body = f"<h1>把乡村振兴作为工作总抓手</h1>{meta}<div class='post-body'>{TEXT}</div>"
    head = "<title>把乡村振兴作为工作总抓手 | 某某的博客</title>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert str(document.meta["published"]) == "2019-06-02"
    assert not any(word in document.body for word in ("发表于", "阅读次数", "本文字数", "阅读时长", "4.7k"))
    assert document.body.lstrip().startswith(PROSE)


def test_a_post_filed_under_a_speech_tag_names_its_speaker_before_the_colon(tmp_path: Path) -> None:
    """'张某明：提高效率' with the keywords '励志,名人演讲': the blog files the talk as a speech, so the name before the
    colon is its speaker; the same page without a speech tag might be a report quoting its subject, and names none."""
    body = f"<h1>张某明：创业公司该如何提高效率</h1>{TEXT}"
    filed = "<title>张某明：创业公司该如何提高效率</title><meta name='keywords' content='励志,名人演讲,'>"
    document = normalize_file(html_page(tmp_path, filed, body), tmp_path)
    assert document.meta["speaker"] == "张某明"
    plain = "<title>张某明：创业公司该如何提高效率</title><meta name='keywords' content='励志,创业'>"
    document = normalize_file(html_page(tmp_path, plain, body), tmp_path)
    assert not document.meta.get("speaker")


def test_a_dashed_subtitle_gives_the_day_after_the_occasion(tmp_path: Path) -> None:
    """'——与市场培训人员座谈，1994年1月26日' under the title: the day the talk was given, not the page's."""
    page = f"团结奋斗 再创佳绩\n\n——与市场培训人员座谈，1994年1月26日\n\n{PROSE}\n\n{OTHER}\n\n{MORE}\n"
    document = normalize_file(text_page(tmp_path, page, "talk.txt"), tmp_path)
    assert document.meta["date"] == dt.date(1994, 1, 26)
    assert "座谈，1994" not in document.body


def test_a_posts_tags_run_into_its_date_row(tmp_path: Path) -> None:
    """'王某 , 北京大学 , 毕业典礼 , 演讲日期：2013-09-15': the tags, then the 日期 row; the row's day is the page's."""
    row = "王某 , 北京大学 , 本科生 , 毕业典礼 , 演讲日期：2013-09-15"
    page = f"王某在毕业典礼上的演讲\n\n{row}\n\n{PROSE}\n\n{OTHER}\n"
    document = normalize_file(text_page(tmp_path, page, "post.txt"), tmp_path)
    assert str(document.meta["published"]) == "2013-09-15" and "日期" not in document.body


def test_a_bloggers_note_over_a_bare_original_heading_goes(tmp_path: Path) -> None:
    """'## 背景' / '看到一篇张某明的演讲稿，转载学习一下。' / '## 原文' over the talk: the note and both headings are
    the blogger's; the note, naming the speech, tells whose it is."""
    page = (f"# 张某明：创业公司该如何提高效率\n\n## 背景\n\n看到一篇张某明的演讲稿，很有启发，转载学习一下。\n\n"
            f"## 原文\n\n{MORE}\n\n{PROSE}\n\n{OTHER}\n\n{MORE}\n")
    document = normalize_file(text_page(tmp_path, page, "post.md"), tmp_path)
    assert document.body.lstrip().startswith(MORE)
    assert not any(word in document.body for word in ("背景", "转载学习", "原文"))
    assert document.meta["speaker"] == "张某明"


def test_a_tag_list_before_a_dated_field_is_no_part_of_the_row() -> None:
    """parse_fields reads the row after a list of three tags or more; a sentence before a label stays unread."""
    labels = next(rule.labels for rule in load_rules() if rule.name == "page-meta-fields")
    tagged = "王某 , 北京大学 , 本科生 , 毕业典礼 , 演讲日期：2013-09-15"
    assert parse_fields(tagged, labels) == [("published", "2013-09-15")]
    assert parse_fields("今天我们在这里隆重集会，庆祝大会召开日期：2013-09-15", labels) == []


ENGLISH = ["Thank you so much. Tonight we move forward together, because you reaffirmed the spirit of this nation.",
           "(Cheers, applause.) I want to thank every American who took part in this election, whoever you voted for.",
           "And I would not be the man I am today without the woman who agreed to marry me twenty years ago.",
           "Whether you knocked on doors or picked up the phone, you spoke, and you made a difference tonight."]
CHINESE = ["非常感谢。今晚，我们一起向前迈进，因为你们重申了这个国家的精神。",
           "我想感谢每一位参与这次选举的美国人，无论你投票给谁。",
           "如果没有二十年前同意嫁给我的那个女人，我就不会成为今天的我。",
           "无论你是挨家挨户敲门，还是拿起电话，你都发出了声音，你今晚改变了结果。"]


def test_a_speech_in_english_with_its_translation_after_each_paragraph_keeps_both() -> None:
    """The original first, then its translation, paragraph by paragraph; an intro line and a paragraph left unpaired
    ('两百多年前…' after the first pair) do not turn the order round, and a paragraph opening with a stage
    direction ('(Cheers, applause.) I want…') is an English sentence."""
    pairs = [line for english, chinese in zip(ENGLISH, CHINESE, strict=True) for line in (english, chinese)]
    unpaired = "两百多年前，人民在这块土地上赢得了自己的命运。"
    page = ["2012年某某胜选演讲全文（中英文对照）", *pairs[:2], unpaired, *pairs[2:]]
    assert english_original(page)
    chinese_first = [line for english, chinese in zip(ENGLISH, CHINESE, strict=True) for line in (chinese, english)]
    assert not english_original(chinese_first)  # a Chinese speech with its English after each paragraph


def test_a_post_filed_by_its_tag_links_names_its_speaker_before_the_colon(tmp_path: Path) -> None:
    """No keywords meta, only the theme's tag links under the post ('/tags/某某讲话稿/'): they file it as a speech. A
    sidebar's tag cloud linking every tag of the blog, 讲话稿 among them, files no post."""
    title = "<title>张某明：团结奋斗 再创佳绩</title>"
    tags = ("<div class='post-tags'><a href='/tags/%E5%85%AC%E5%8F%B8/'>公司</a>"
            "<a href='/tags/%E8%AE%B2%E8%AF%9D%E7%A8%BF/'>某某讲话稿</a></div>")
    body = f"<h1>张某明：团结奋斗 再创佳绩</h1><div class='post-body'>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, title, body + tags), tmp_path)
    assert document.meta["speaker"] == "张某明"
    cloud = "<aside><ul>" + "".join(f"<li><a href='/tags/t{n}/'>话题{n}</a></li>" for n in range(20)) \
        + "<li><a href='/tags/jianghua/'>讲话稿</a></li></ul></aside>"
    document = normalize_file(html_page(tmp_path, title, body + cloud), tmp_path)
    assert not document.meta.get("speaker")


def test_a_signature_under_a_title_that_names_the_signer_dates_and_signs_the_text(tmp_path: Path) -> None:
    """'张某明' / '2016年7月1日' under a talk titled '张某明：勇敢做你自己', then the blog's '本文来自…博客。': the
    name and the day sign the text (its title names the signer), and the date line is never glued to what follows
    ('…1日' + '本文…' reads as 日本 when glued, a word, which once joined them)."""
    title = "<title>张某明：勇敢做你自己</title>"
    sign = "<p>张某明</p><p>2016年7月1日</p><p>本文来自张某明科学网博客。</p>"
    body = f"<h1>张某明：勇敢做你自己</h1><div class='post-body'>{TEXT}{sign}</div>"
    document = normalize_file(html_page(tmp_path, title, body), tmp_path)
    assert document.meta["speaker"] == "张某明" and document.meta["date"] == dt.date(2016, 7, 1)
    assert "本文来自" not in document.body and "2016年7月1日" not in document.body


def test_a_wrapped_english_original_before_each_translated_paragraph_is_kept(tmp_path: Path) -> None:
    """A translated address archived as text: each English paragraph wrapped at 72 columns over two or three lines,
    then its Chinese translation. The English is the speech's original and stays; the delivery date comes from the
    page's 演说日期 row, not the publication."""
    pairs = [("Thank you for letting me share this wonderful day with you. It is a great honor to stand here",
              "before the graduates of this great university, their families and their teachers, who worked so hard.",
              "感谢你们让我有机会同你们一起分享这个美妙的日子。站在这所伟大大学的毕业生、他们的家人和辛勤付出的老师们面前，我深感荣幸。"),
             ("I will be brief,", "I promise.", "我会简短些，我保证。"),
             ("Science is a way of thinking about the world, and it asks us to be honest about what we do not",
              "know, to test every idea against the facts, and to change our minds when the facts tell us to.",
              "科学是一种思考世界的方式，它要求我们诚实地面对自己不知道的东西，用事实检验每一个想法，并在事实面前改变主意。"),
             ("So here is my advice:", "stay curious.", "所以我的建议是：保持好奇。")]
    text = "\n\n".join(f"{first}\n{second}\n\n{chinese}" for first, second, chinese in pairs)
    page = f"张某明在某某大学毕业典礼上的演讲\n\n演说日期：2009年6月4日\n\n译者：李某\n\n{text}\n"
    document = normalize_file(text_page(tmp_path, page, "speech.txt"), tmp_path)
    assert "Science is a way of thinking" in document.body and "诚实地面对" in document.body
    assert document.meta["date"] == dt.date(2009, 6, 4) and not document.meta.get("published")
    # the Chinese paragraphs wrapped too (cut mid-sentence), their commas and colons written in ASCII: the
    # English is still the original
    folded = [(first, second, chinese.replace("，", ",").replace("：", ":")) for first, second, chinese in pairs]
    wrapped = "\n\n".join(f"{first}\n{second}\n\n{chinese[:20]}\n{chinese[20:]}" for first, second, chinese in folded)
    document = normalize_file(text_page(tmp_path, page.replace(text, wrapped), "speech.txt"), tmp_path)
    assert "Science is a way of thinking" in document.body
