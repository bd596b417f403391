"""Shapes first met on eval/own9's pages, rebuilt from made-up text (robust10): a speech-recognition dump, a
transcript's introduction, a closing run that outweighs the text, e-paper pull quotes and captions, a note's preface
above a typed rule, credits and blurbs under a talk, a sentence around a long link, a Markdown file's heading."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from scripts.clean.containers import markdown_to_html
from scripts.clean.cruft import clean_lines
from scripts.clean.metadata import vocabulary
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import build_structure
from tests.conftest import html_page, text_page

# Breath groups of a made-up address, as a speech-recognition tool writes them: no punctuation at all, a few
# characters a line, hardly any pronoun or particle (a formal address), some short lines said more than once.
ADDRESS = ["新学期开始了", "学校将做好三件事", "第一件事", "关心每一位老师", "让教书的人", "有底气", "有尊严",
           "第二件事", "看见每一个孩子", "成绩好的同学", "我希望你们学会谦虚", "成绩暂时落后的", "不要灰心", "成长",
           "只有早晚", "没有掉队", "第三件事", "严格管理", "我们要温暖相待", "让校园", "成为成长的地方", "成长",
           "需要时间", "也需要大家的耐心"]
ASR_LINES = [*ADDRESS, *ADDRESS, *ADDRESS]  # 72 lines: minutes of speech
SALUTATION = ["各位老师", "各位同学", "大家上午好"]
CLOSING = ["祝大家新学期进步", "谢谢大家"]


def test_a_speech_recognition_dump_is_kept_whole(tmp_path: Path) -> None:
    """Seventy-odd unpunctuated breath groups, one in eight reading as speech: a transcript all the same, not a
    closing link list, and a phrase said three times is no running header."""
    page = text_page(tmp_path, "\n".join([*SALUTATION, *ASR_LINES, *CLOSING]))
    document = normalize_file(page, tmp_path)
    kept = [line for line in document.body.split("\n") if line]
    assert kept == [*SALUTATION, *ASR_LINES, *CLOSING]
    assert not [r for r in document.removals if r.rule in {"trailing-site-text", "running-header", "photo-caption"}]


def test_a_running_header_still_goes_from_a_punctuated_text() -> None:
    """The repeated-line rule stays on where the text has sentences for a page break to cut."""
    prose = "会议认为，今年以来全县经济运行总体平稳，主要指标好于预期，发展质量稳步提升。"
    result = clean_lines(["某某县政府公报", prose, "某某县政府公报", prose + "各项工作", "某某县政府公报", prose])
    assert "某某县政府公报" not in result.lines


def test_a_transcript_s_introduction_before_the_salutation_goes() -> None:
    intro = ["我觉得这段视频你一定要看完", "我们都应该好好听一听", "你听完就知道他讲得多好"]
    speech = ["各位同学", "今天是我们开学的第一天", "我想跟大家说几句心里话", "你们来到这里", "就是我们的一家人",
              "我希望你们每一个人", "都能在这里找到自己的梦想", "我们的老师会一直陪着你们", "遇到困难的时候",
              "你们要记得身边还有我们", "我们一起努力好不好", "祝大家学习进步", "谢谢大家", "谢谢大家"]
    structure = build_structure([x for line in [*intro, *speech] for x in (line, "")])
    assert [b.text for b in structure.blocks] == speech
    assert [r.text for r in structure.removals if r.rule == "transcript-introduction"] == intro
    assert structure.head == []


def test_a_speaker_thanking_the_host_before_the_salutation_keeps_every_phrase() -> None:
    opening = ["谢谢主持人", "我今天特别高兴", "能够来到我们学校"]
    speech = ["各位同学", "今天是我们开学的第一天", "我想跟大家说几句心里话", "你们来到这里", "就是我们的一家人",
              "我希望你们每一个人", "都能在这里找到自己的梦想", "我们的老师会一直陪着你们", "遇到困难的时候",
              "你们要记得身边还有我们", "我们一起努力好不好", "祝大家学习进步", "谢谢大家", "谢谢大家"]
    structure = build_structure([x for line in [*opening, *speech] for x in (line, "")])
    assert [b.text for b in structure.blocks] == [*opening, *speech]
    assert not structure.removals


def test_a_closing_run_far_longer_than_the_text_above_it_stays() -> None:
    """Twenty short unpunctuated lines under one short paragraph are the text, not the site's list: kept (the
    pipeline warns about short lines), rather than cutting what may be most of a speech."""
    lines = [f"{word}的时候" for word in "春夏秋冬"] + [f"我们一起{verb}" for verb in "走看听想做学写读说唱"] \
        + ["大家都要记住", "这一天的事情", "明天还要再来", "再一次出发", "一路向前", "永不停步"]
    structure = build_structure(["同志们：", "今天我讲几句话。", *lines])
    assert [b.text for b in structure.blocks][2:] == lines
    assert not [r for r in structure.removals if r.rule == "trailing-site-text"]


EPAPER = """---
title: "某某市长发表新年贺词"
date: 2025-01-01
---

# 某某市长发表新年贺词

> 《某某日报》（2025年01月01日第 01 版）

新年前夕，某某市市长通过广播电视台发表新年贺词。

某某日报记者  张  三摄

■过去一年，我们一起经历风雨，一道见证彩虹，城市面貌焕然一新

■新的一年，我们要把民生实事办好，让大家的日子越过越红火

某某日报讯  新年前夕，某某市市长通过广播电视台，发表了新年贺词。全文如下：

市民朋友们，大家好！新年即将到来，我向大家致以美好的祝福！

过去一年，我们一起经历风雨，一道见证彩虹，城市面貌焕然一新。全市经济稳中有进，民生保障持续加强。

新的一年，我们要把民生实事办好，让大家的日子越过越红火。我们将继续推进老旧小区改造，办好家门口的学校。

祝大家新年快乐、万事如意！
"""


def test_an_e_paper_copy_keeps_only_the_address(tmp_path: Path) -> None:
    """The paper's edition line, a caption retelling the lead-in with a word changed, and bulleted pull quotes
    the address says again go; the address stays whole."""
    document = normalize_file(text_page(tmp_path, EPAPER, "page.md"), tmp_path)
    body = document.body
    for gone in ["《某某日报》", "发表新年贺词。", "■", "张  三摄", "张三摄"]:
        assert gone not in body
    assert body.count("一道见证彩虹") == 1 and body.count("日子越过越红火") == 1
    assert body.startswith("市民朋友们，大家好！")
    rules = {r.rule for r in document.removals}
    assert {"print-edition-line", "summary-echo"} <= rules
    assert document.meta["published"].isoformat() == "2025-01-01"


def test_bulleted_pull_quotes_the_text_says_again_go() -> None:
    """Pull quotes over the text, each joining sentences from different paragraphs or leaving the last mark off,
    go; the paragraphs they quote stay, once."""
    paragraphs = ["过去一年，我们一起经历风雨，一道见证彩虹。全市经济稳中有进，民生保障持续加强。",
                  "新的一年，我们要把民生实事办好。我们将继续推进老旧小区改造，办好家门口的学校。",
                  "让我们携起手来，共同创造更加美好的明天！"]
    quotes = ["■过去一年，我们一起经历风雨，一道见证彩虹。全市经济稳中有进，民生保障持续加强",
              "■新的一年，我们要把民生实事办好。我们将继续推进老旧小区改造，办好家门口的学校"]
    lines = [x for line in ["某某市长发表新年贺词", *quotes, *paragraphs] for x in (line, "")]
    result = clean_lines(lines)
    assert [line for line in result.lines if line] == ["某某市长发表新年贺词", *paragraphs]
    assert [r.rule for r in result.removals] == ["head-excerpt", "head-excerpt"]


def test_bulleted_points_the_text_does_not_repeat_stay(tmp_path: Path) -> None:
    text = ("同志们：今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。\n\n"
            "■抓好秋粮收购，确保颗粒归仓，确保农民增收不减收\n\n■做好秋冬种准备，落实种子化肥，保障农资供应充足\n\n"
            "秋季农业生产是全年粮食生产的关键环节，对于稳定粮食生产、促进农民增收具有重要意义。\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "确保颗粒归仓" in document.body and "保障农资供应充足" in document.body


NOTE = """# 某某讲话整理稿

请大家帮忙校对，发现错字请直接修改。

整理好的段落请标上记号

==========

在全县秋季农业生产工作会议上的讲话

二〇一五年七月二十二日

同志们：今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。

秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。

各乡镇要把责任落实到人，确保秋粮颗粒归仓，确保农民收入稳定增长。
"""


def test_a_note_s_preface_above_a_typed_rule_goes_and_its_heading_titles_it(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, NOTE, "page.md"), tmp_path)
    assert "请大家" not in document.body and "标上记号" not in document.body
    assert "今天召开全县秋季农业生产工作会议" in document.body
    assert document.meta["title"] == "某某讲话整理稿"  # a Markdown file's # heading is no site banner


def test_a_rule_under_a_speech_s_opening_paragraphs_takes_nothing(tmp_path: Path) -> None:
    text = ("同志们：\n\n今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。\n\n"
            "----------\n\n秋季农业生产是全年粮食生产的关键环节，对于稳定粮食生产、促进农民增收具有重要意义。\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "今天召开全县秋季农业生产工作会议" in document.body
    assert "preface-above-rule" not in {r.rule for r in document.removals}


TALK = ("某某年度演讲\n\n以下为王某年度演讲全文。\n\n"
        "大家好，欢迎来到今年的年度演讲。今天我想和大家分享这一年的观察和思考。\n\n"
        "这一年，很多人都说生意难做。可是，难和复杂，是两回事。难是努力的问题，复杂是认知的问题。\n\n"
        "所以，我们要做的，是把复杂的事情想清楚，再把想清楚的事情做简单。\n\n"
        "明年这个时候，我们再见。谢谢大家。\n\n"
        "领取演讲PPT\n\n（长按添加小助手，领取相关资料）\n\n合作支持\n\n主办方： 某某咨询\n\n"
        "战略合作伙伴： 某某科技 某某传媒\n\n导演： 张三\n\n视频制作/导播摄像： 某某影像\n\n"
        "内容指导： 李四 王五 赵六\n")


def test_credits_and_offers_under_a_talk_go(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, TALK), tmp_path)
    for gone in ["PPT", "领取", "合作支持", "主办方", "某某咨询", "导演", "内容指导"]:
        assert gone not in document.body
    assert document.body.rstrip().endswith("明年这个时候，我们再见。谢谢大家。")


def test_a_table_of_specifications_under_a_text_is_no_credits(tmp_path: Path) -> None:
    text = ("同志们：\n\n今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。\n\n"
            "新购置的收割机参数如下：\n\n型号： 某某4LZ-6\n\n发动机型式： 直列四缸\n\n最大功率： 120千瓦\n\n"
            "割台宽度： 2.75米\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "trailing-credits" not in {r.rule for r in document.removals}


def test_a_year_word_between_a_name_and_the_speech_word_is_no_part_of_the_name() -> None:
    found = vocabulary().speech_note.search("以下为王某年度演讲全文。")
    assert found is not None and found.group("who") == "王某"


def test_an_event_s_about_blurb_under_the_talk_goes(tmp_path: Path) -> None:
    paragraphs = ["各位朋友，大家好！今天很高兴和大家分享我们这一年的工作，也想谈谈下一步的打算。",
                  "过去一年，我们的产品有了很大的进步，用户数量翻了一番，这离不开每一位同事的努力。",
                  "我们也遇到了不少困难，有些功能上线晚了，有些承诺没有兑现，这些我们都记在心里。",
                  "下一步，我们要把产品做得更简单、更可靠，让更多的人用得上、用得好。",
                  "后续部分视频和文字回顾将陆续整理输出，敬请期待。",
                  "某某开发者大会是某某公司面向开发者社区推出的技术会议，每年在北京举办。本届大会以线上直播的方式举行。"]
    document = normalize_file(text_page(tmp_path, "\n\n".join(paragraphs)), tmp_path)
    assert "面向开发者社区推出的技术会议" not in document.body
    assert "敬请期待" in document.body


def test_a_speaker_s_own_words_about_this_year_s_forum_stay(tmp_path: Path) -> None:
    paragraphs = ["各位来宾，大家好！", "很高兴和大家相聚在美丽的江城，共同探讨产业发展的新机遇。",
                  "过去一年，全市产业规模持续扩大，创新能力不断增强，发展质量稳步提升。",
                  "希望大家畅所欲言，为产业发展献计献策。", "预祝论坛取得圆满成功！",
                  "本届论坛是市政府主办的年度交流活动，我们将认真吸收各位专家的意见建议。"]
    document = normalize_file(text_page(tmp_path, "\n\n".join(paragraphs)), tmp_path)
    assert "本届论坛是市政府主办的年度交流活动" in document.body


def test_a_sentence_naming_a_linked_article_is_no_link_list(tmp_path: Path) -> None:
    body = ("<article><p>同志们：今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署工作。</p>"
            "<p>在新版本中我们提供了七十多个新特性，可以阅读这篇文章《<a href='/a'>The Leading Real Time Database "
            "is Ready for Cloud and Much More</a>》。</p>"
            "<p>秋季农业生产是全年粮食生产的关键环节，对于稳定粮食生产、促进农民增收具有重要意义。</p></article>"
            "<ul><li><a href='/b'>全县秋粮收购工作会议召开</a></li><li><a href='/c'>县长调研秋收工作</a></li></ul>")
    document = normalize_file(html_page(tmp_path, "<title>讲话</title>", body), tmp_path)
    assert "七十多个新特性" in document.body
    assert "县长调研秋收工作" not in document.body


def test_an_old_board_s_post_stamp_ends_the_post_and_dates_it(tmp_path: Path) -> None:
    """Under the post: the board's stamp, its rules and the replies' titles and times go; the stamp's day is the
    page's publication date."""
    paragraphs = ["各位家长，大家好！今天我想和大家谈谈亲子之间的沟通，这是每个家庭都会遇到的问题。",
                  "孩子需要的不是说教，而是被理解。父母先学会倾听，孩子才愿意开口，家里才有真正的交流。",
                  "有的家长说工作太忙，没有时间。其实，每天十分钟就够了，关键是用心，而不是时间的长短。",
                  "所以，请大家回家以后，先放下手机，陪孩子说说话，听听他们心里的想法。谢谢大家！"]
    board = ["本贴由某某于2005年8月12日16:12:21在〖某某论坛〗发表.", "郑 重 声 明",
             "1.任何言论纯属作者个人观点，与本论坛无关；", "2.禁止发表恶意攻击他人的言论；",
             "回复：说得真好", "09:02:51 5/23/06", "回复：谢谢分享", "09:07:15 5/23/06"]
    document = normalize_file(text_page(tmp_path, "\n\n".join([*paragraphs, *board])), tmp_path)
    assert document.body.rstrip().endswith("谢谢大家！")
    assert document.meta["published"].isoformat() == "2005-08-12"


def test_a_blog_s_collection_notice_in_its_sidebar_goes(tmp_path: Path) -> None:
    notice = "本站文章多从网上搜集整理，转载时尽量注明作者。如涉及版权问题请来信说明：someone@example.com"
    paragraphs = ["各位家长，大家好！今天我想和大家谈谈亲子之间的沟通，这是每个家庭都会遇到的问题。",
                  "孩子需要的不是说教，而是被理解。父母先学会倾听，孩子才愿意开口，家里才有真正的交流。"]
    document = normalize_file(text_page(tmp_path, "\n\n".join(["公告", notice, *paragraphs])), tmp_path)
    assert "搜集整理" not in document.body and "亲子之间的沟通" in document.body


def test_a_speaker_greeting_and_naming_themself_under_the_text_s_title_block(tmp_path: Path) -> None:
    """The speech's own title and date open the text (a rule set them off from a note's preface); its first
    sentence names the listeners and greets them, the next names the speaker."""
    text = ("# 某某演讲稿\n\n==========\n\n城市的未来\n\n二〇一五年七月二十二日\n\n"
            "某某市长、各位议员、各位来宾，大家好！我是来自某某大学的王某。\n\n"
            "今天有机会在这里发表演讲，感到非常荣幸。我想和各位谈谈城市发展的过去和未来。\n\n"
            "城市的发展离不开每一位市民的参与。让我们一起努力，把城市建设得更加美好。谢谢大家！\n")
    document = normalize_file(text_page(tmp_path, text, "page.md"), tmp_path)
    assert document.meta.get("speaker") == "王某"


def test_the_markdown_renderer_s_placeholders_never_reach_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bold runs glued to images and to one another ('**…。****![](…)…') make the renderer leave its placeholders in
    its output, marked (STX 'klzzwxh:0020' ETX, perhaps with a tag inside) or cut ('kl</strong>wxh:0010'); none of
    it is the page's words (the renderer's output is stood in for: the shape is what a long WeChat copy gives)."""
    rendered = ("<p><strong>全球经济的衰退，正在到来。**\x02klzzwxh:00</strong>\x032021年12月，某某说。<br>\n"
                "<strong>到2.7</strong>。<strong>kl</strong>wxh:00102.74亿人次。</p>")
    monkeypatch.setattr(markdown, "markdown", lambda *args, **kwargs: rendered)
    html = markdown_to_html("（任意）")
    assert "\x02" not in html and "\x03" not in html and "2021年12月" in html and "</strong>" in html
    cut = ["全球经济的衰退，正在到来。klzzwxh:00", "2021年12月，某某说。", "到2.7。klwxh:00102.74亿人次。"]
    lines = clean_lines(cut).lines
    assert lines == ["全球经济的衰退，正在到来。", "2021年12月，某某说。", "到2.7。2.74亿人次。"]
