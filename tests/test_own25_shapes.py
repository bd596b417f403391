"""Shapes of eval/own25's pages (opened in the twenty-fourth session), each rebuilt here from made-up text: a speech's
headline crediting its speaker after its dash, in brackets or before the talk's own title in its subtitle."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import is_bare_name
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，公司经营稳中向好，主要指标好于预期，团队建设有力有效，各项业务和谐发展，成绩来之不易。"
MORE = "互联网最大的作用就是提升效率。一个公司没有效率，就没有未来；规模和速度的背后，是效率。"
TEXT = f"<p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"


def blog_post(tmp_path: Path, title: str, text: str = TEXT) -> Path:
    body = f"<h1>{title}</h1><div class='post'>{text}</div>"
    return html_page(tmp_path, f"<title>{title} | 某某的博客</title>", body)


@pytest.mark.parametrize(("title", "speaker"), [
    ("在阵亡将士葬礼上的讲话——伯里克斯", "伯里克斯"),  # a transliterated name alone after the dash
    ("我们需要的，不是打工者（张某明） ——在新员工入职培训上的讲话", "张某明"),  # in brackets closing the first part
    ("坚守营造梦想——李某华教授《城市化与规划行业的未来》演讲实录", "李某华")])  # before the talk's own title
def test_a_speech_headline_credits_its_speaker(tmp_path: Path, title: str, speaker: str) -> None:
    document = normalize_file(blog_post(tmp_path, title), tmp_path)
    assert document.meta["speaker"] == speaker
    assert document.meta["title"].replace(" ", "") == title.replace(" ", "")  # the headline is printed whole


@pytest.mark.parametrize("title", [
    "学习总书记讲话的心得体会——伯里克斯",  # a study note's dash credits its writer
    "我们需要的，不是打工者（张某明）",  # no speech named: a topic's headline, whoever the brackets name
    "在阵亡将士葬礼上的讲话——意大利"])  # a country is no speaker
def test_a_headline_credit_needs_a_speech_it_does_not_study(tmp_path: Path, title: str) -> None:
    assert "speaker" not in normalize_file(blog_post(tmp_path, title), tmp_path).meta


LECTURE = ("<p>以我这样没有什么可听的讲演，又在这样大雨的时候，竟还有这许多来听的诸君，我首先应当声明我的感谢！</p>"
           "<p>我现在所讲的题目是：《无声的中国》。我们要把自己的话说出来，说给大家听，也说给将来的人听。</p>"
           f"<p>{MORE}</p>")


def test_a_collected_lectures_dateline_ending_with_the_verb_of_speaking_dates_it(tmp_path: Path) -> None:
    """'一九二七年二月十六日在某某青年会②讲' under the headline, as collected works print a lecture's day and place
    (a note marker glued in): the day it was given, no publication stamp."""
    body = f"<h1>无声的中国</h1><div class='post'><p>一九二七年二月十六日在某某青年会②讲</p>{LECTURE}</div>"
    document = normalize_file(html_page(tmp_path, "<title>无声的中国 | 某某的博客</title>", body), tmp_path)
    assert str(document.meta["date"]) == "1927-02-16"


def test_a_lead_dates_the_speech_after_its_long_subject(tmp_path: Path) -> None:
    """'新华社某地一九七四年四月十日电　出席…的代表团团长、副总理张某明，四月十日在大会上发言。发言全文如下：': the day
    after the subject's comma, in the dateline's year."""
    lead = ("<p>新华社某地一九七四年四月十日电　出席某某大会特别会议的代表团团长、副总理张某明，"
            "四月十日在大会一般性辩论中发言。发言全文如下：</p>")
    body = f"<h1>张某明在大会上的发言</h1><div class='post'>{lead}<p>主席先生：</p>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, "<title>张某明在大会上的发言 | 某某的博客</title>", body), tmp_path)
    assert str(document.meta["date"]) == "1974-04-10"


def test_an_editors_note_dates_the_talk_it_was_compiled_from(tmp_path: Path) -> None:
    """'本文编辑整理自某某大学张某明校长离任前，于2015年1月27日…上的演讲。': the talk's day, and the note leaves
    the text."""
    note = "<p>本文编辑整理自某某大学张某明校长离任前，于2015年1月27日某某大学毕业典礼上的演讲。</p>"
    body = f"<h1>平庸与卓越之间</h1><div class='post'>{note}<p>亲爱的同学们：</p>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, "<title>平庸与卓越之间 | 某某的博客</title>", body), tmp_path)
    assert str(document.meta["date"]) == "2015-01-27" and "本文编辑整理自" not in document.body


ESSAY = ("<p>在我一生中，我见证了两次让我觉得是革命性的技术展示。第一次是在一九八〇年，我第一次看到图形用户界面。</p>"
         "<p>第二次是去年，我向一个团队提出了挑战，我以为他们要花两三年时间才能做到，结果他们只用了几个月。</p>"
         "<p>我们应该记住，这是一个充满机遇和责任的时代，我们每个人都应该参与其中，我也将继续关注。</p>")


def test_a_reposts_row_dating_the_original_dates_a_signed_text_not_the_page(tmp_path: Path) -> None:
    """'作者：某某 | 原文发布于 2023年3月22日' over a reposted essay: the essay's date, never the post's publication
    (the page's own stamp gives that)."""
    head = "<title>人工智能的时代已经到来 | 某某的博客</title><meta name='PubDate' content='2023-05-04'>"
    body = (f"<h1>人工智能的时代已经到来</h1><div class='post'><p>作者：Bill Smith | 原文发布于 2023年3月22日</p>"
            f"{ESSAY}</div>")
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert str(document.meta["published"]) == "2023-05-04" and str(document.meta["date"]) == "2023-03-22"


ENGLISH = [f"This is the {word} part of my story, and I want to tell it to you today as plainly as I can."
           for word in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")]
CHINESE = [f"这是我的故事的第{number}部分，我今天想尽可能平实地把它讲给你们听，希望对大家有用。"
           for number in "一二三四五六七八九"]


def bilingual_post(tmp_path: Path, first: list[str], second: list[str]) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in [*first, "====== 译文分割线 ======", *second])
    lead = "<p>今天闲来无事，看到了这篇演讲稿，就摘录在这里了。</p>"
    head = "<title>某某的演讲 | 某某的博客</title><meta name='PubDate' content='2021-06-30'>"
    return normalize_file(html_page(tmp_path, head, f"<h1>某某的演讲</h1><div class='post'>{lead}{paragraphs}</div>"),
                          tmp_path).body


def test_an_english_speech_printed_whole_before_its_translation_is_kept_in_both_languages(tmp_path: Path) -> None:
    """The English original above a divider and the Chinese translation below it: the English is the speech, and
    no paragraph of it goes for a banner or a machine translation."""
    body = bilingual_post(tmp_path, ENGLISH, CHINESE)
    assert all(line in body for line in ENGLISH) and all(line in body for line in CHINESE)


def test_a_chinese_text_with_its_english_version_after_it_keeps_only_the_chinese(tmp_path: Path) -> None:
    body = bilingual_post(tmp_path, CHINESE, ENGLISH)
    assert all(line in body for line in CHINESE) and not any(line in body for line in ENGLISH)


def test_a_bloggers_today_over_a_speech_he_read_dates_nothing(tmp_path: Path) -> None:
    """'今天闲来无事，看到了…演讲稿': the day the blogger read it, not the day the speech was given."""
    text = "<p>今天闲来无事，看到了这篇演讲稿，全文如下：</p><p>亲爱的同学们：</p>" + TEXT
    head = "<title>某某的演讲 | 某某的博客</title><meta name='PubDate' content='2021-06-30'>"
    document = normalize_file(html_page(tmp_path, head, f"<h1>某某的演讲</h1><div class='post'>{text}</div>"), tmp_path)
    assert "date" not in document.meta


def test_a_lead_saying_the_speech_is_given_today_dates_it_on_the_day_of_publication(tmp_path: Path) -> None:
    """'今天是学长学姐毕业的日子，很荣幸能够作为在校生代表在他们的毕业典礼上发言，以下是发言稿全文': the post's day."""
    lead = "<p>今天是某某学院学长学姐毕业的日子，很荣幸能够作为在校生代表在他们的毕业典礼上发言，以下是发言稿全文</p>"
    text = f"{lead}<p>尊敬的各位领导、老师，亲爱的学长学姐们：</p><p>大家好！</p>{TEXT}"
    head = "<title>毕业典礼发言稿 | 某某的博客</title><meta name='PubDate' content='2019-06-14'>"
    document = normalize_file(html_page(tmp_path, head, f"<h1>毕业典礼发言稿</h1><div class='post'>{text}</div>"),
                              tmp_path)
    assert str(document.meta["date"]) == "2019-06-14"


def test_a_greeting_to_troops_opens_the_text_under_its_own_title_block(tmp_path: Path) -> None:
    """A blog's headline, its theme's meta row glued together ('发表于…更新于…分类于…Disqus：'), then the speech's own
    title, its date line and its speaker's name over '同志们辛苦了！（热烈鼓掌）': the greeting opens the text, and the
    block above it dates the talk and names the speaker."""
    block = ("<p>发表于2022-01-10更新于2022-01-15分类于某某研究Disqus：</p><h2>在接见某某部队干部时的讲话</h2>"
             "<p>（一九八九年六月九日）</p><p>张某明</p><p>同志们辛苦了！（热烈鼓掌）</p>")
    head = "<title>某某研究（一）张公的讲话 | 某某的博客</title>"
    body = f"<h1>某某研究（一）张公的讲话</h1><div class='post'>{block}{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["speaker"] == "张某明" and str(document.meta["date"]) == "1989-06-09"
    assert document.body.startswith("同志们辛苦了！") and "Disqus" not in document.body


@pytest.mark.parametrize(("turns", "speaker"), [
    (["[奥巴尼]好吧，我现在请大使来念一个网民的问题。", "[大使]第一，你知道防火墙的事情吗？我们能不能自由使用网络？",
      f"[奥巴尼]首先让我说，我从来没有用过这个网站。{PROSE}", f"<p>{OTHER}</p>"], "奥巴尼"),  # a role asks
    (["爱迪尔：空间很大，坐着很舒服。", "北斗星：外形憨厚可爱。", "爱迪尔：颜色鲜艳，价格也合适。", f"{OTHER}"], None)])
def test_the_one_voice_a_transcript_labels_again_and_again_is_the_speaker(
        tmp_path: Path, turns: list[str], speaker: str | None) -> None:
    """A town hall's transcript labels its turns in brackets ('[某某]…'): the one named again and again is the
    speaker, the other turns a role's. A transliterated word before a colon may be a car's."""
    text = "".join(f"<p>{turn}</p>" if not turn.startswith("<p>") else turn for turn in turns)
    document = normalize_file(blog_post(tmp_path, "某某在某地答问", text), tmp_path)
    assert document.meta.get("speaker") == speaker


@pytest.mark.parametrize(("line", "name"), [
    ("张某明文集・书信集", False), ("王某文集・杂文集・三闲集", False),  # a person's collected works, then the volume
    ("王某文集・雜文集・三閒集", False),  # in traditional characters
    ("阿不都·热合曼", True), ("查理·芒格", True), ("帕特里克·科贝勒", True)])
def test_a_citation_of_collected_works_is_no_dotted_name(line: str, name: bool) -> None:
    """'某某文集・杂文集・某某集①' over a lecture cites the book it is copied from; the middle dots join no
    transliterated name, so the line never names the speaker."""
    assert is_bare_name(line) is name
