"""Shapes eval/own29's pages showed (opened in the twenty-eighth session), rebuilt from made-up text."""
import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.metadata import (
    delivery_note,
    introduces_a_quotation,
    name_occasion_speech,
    name_then_office,
    split_title,
    talk_named_before_colon,
)
from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_document
from scripts.clean.sidecar import sidecar_path
from scripts.clean.words import reads_as_common_words
from scripts.core.errors import InputError
from tests.conftest import html_page
from tests.test_metadata_signals import metadata_rules

SPEECH = ("<p>各位老师、各位同学：</p><p>大家好！今天很高兴回到学院，和即将毕业的同学们说几句话。"
          "我们每个人都从某处出发，走到今天。</p><p>我希望你们记住，过去的荣光终将被稀释，错误终将被原谅。愿你们走得更远。</p><p>谢谢大家！</p>")


def blog_post(tmp_path: Path, author: str, footer: str) -> Path:
    """A static blog's post page: its <meta name=author>, the post's meta row printing the author again, a footer."""
    body = (f"<header><a href='/'>某某的博客</a></header><article><h1>愿你走得更远</h1>"
            f"<div class='post-meta'><span>2025-10-07</span> · <span>1907字</span> · <span>{author}</span></div>"
            f"<div class='post-content'>{SPEECH}</div></article><footer>{footer}</footer>")
    head = f"<title>愿你走得更远 | Someone's Blog</title><meta name='author' content='{author}'>"
    return html_page(tmp_path, head, body)


@pytest.mark.parametrize(("footer", "speaker"), [
    ("© 2025 Someone's Blog · Powered by Hugo", "庞某"),
    ("2023 - 2024 庞某 博客已运行", None),  # the blog's owner: every post's author, never the speaker as such
    ("©2017 - 2020 By 庞某 驱动 Hexo", None),
])
def test_a_blogs_meta_author_other_than_its_owner_names_the_speaker_of_a_speech(tmp_path: Path, footer: str,
                                                                                speaker: str | None) -> None:
    meta, _ = split_document(normalize_file(blog_post(tmp_path, "庞某", footer)).markdown)
    assert meta.get("speaker") == speaker


def test_a_news_pages_meta_author_is_never_read_as_the_speaker(tmp_path: Path) -> None:
    """A CMS fills <meta name=author> with its reporter or editor."""
    body = ("<h1>某某大学举行2025届毕业典礼</h1><div class='info'>发布时间：2025-06-30 来源：本网讯 记者 王某某</div>"
            "<div class='content'><p>本网讯（记者 王某某）6月29日上午，某某大学2025届毕业典礼在体育馆举行。"
            "校长在典礼上致辞，勉励毕业生志存高远。</p><p>典礼上，毕业生代表发言，回顾了四年的求学生活。"
            "随后，校领导为毕业生拨穗。</p></div>")
    page = html_page(tmp_path, "<title>某某大学举行2025届毕业典礼_某某大学新闻网</title><meta name='author' "
                               "content='王某某'>", body)
    meta, _ = split_document(normalize_file(page).markdown)
    assert meta.get("speaker") is None


@pytest.mark.parametrize("run", ["雷某万字", "马某三点"])
def test_a_two_character_name_before_a_quantity_is_a_phrase(run: str) -> None:
    """'雷某万字演讲实录：…' ('a talk of ten thousand characters'): the name is 雷某, not 雷某万字."""
    assert reads_as_common_words(run)


def test_a_headline_counting_the_talks_length_names_its_speaker_alone() -> None:
    assert talk_named_before_colon("雷军万字演讲实录：如何把小米做到世界前三") == ("", "雷军")


@pytest.mark.parametrize("example", metadata_rules()["delivery_note"]["examples"])
def test_a_note_saying_who_spoke_when_and_where_names_the_speaker(example: str) -> None:
    line, _, wanted = example.partition(" -> ")
    found = delivery_note(line)
    assert found is not None and found[1] == wanted


@pytest.mark.parametrize("example", metadata_rules()["delivery_note"]["keep"])
def test_a_speech_title_or_a_caption_is_no_delivery_note(example: str) -> None:
    assert delivery_note(example.split(" (")[0]) is None


def test_a_delivery_note_gives_a_whole_day() -> None:
    assert delivery_note("张某明教授2019年5月6日在某某大学讲演") == ("教授", "张某明", dt.date(2019, 5, 6))


@pytest.mark.parametrize("example", metadata_rules()["dharma_titles"]["examples"])
def test_a_monks_dharma_name_before_his_title_is_a_name(example: str) -> None:
    who, _, wanted = example.partition(" -> ")
    found = name_then_office(who)
    assert (found[1] if found else "no speaker") == wanted.split(" (")[0]


def test_a_monks_talk_under_its_delivery_note_is_credited_to_him(tmp_path: Path) -> None:
    """A Dharma name opens with no family name; with its title and the note under the headline it is the speaker."""
    body = ("<article><h1>改过实验谈</h1><div class='post-body'><p>弘某法师癸酉正月在厦门某某寺讲</p>"
            "<p>今值旧历新年，请观全市之中，新气象充满。我等素信佛法之人，当此万象更新时，亦应一新乃可。</p>"
            "<p>古人云：过而能改，善莫大焉。若欲改过，须先多读佛书儒书，详明善恶之区别。</p>"
            "<p>古人云：知过不难，改过为难。诸君当于此用功，乃可谓之新。</p><p>问：如何改过？</p><p>答：从小处着手。</p>"
            "</div></article>")
    page = html_page(tmp_path, "<title>改过实验谈 | 某某的博客</title>", body)
    meta, _ = split_document(normalize_file(page).markdown)
    assert meta.get("speaker") == "弘某"


@pytest.mark.parametrize(("label", "quoting"), [("古人云", True), ("孔子曰", True), ("子曰", True), ("俗话云", True),
                                                ("王云", False), ("刘青云", False), ("张家云", False)])
def test_a_classical_verb_of_saying_makes_a_quotation_not_a_turns_label(label: str, quoting: bool) -> None:
    assert introduces_a_quotation(label) is quoting


@pytest.mark.parametrize(("footer", "speaker"), [("© 2019 某某教会", "王弟兄"), ("© 2019 王弟兄", None)])
def test_the_by_field_of_a_posts_meta_row_names_a_sermons_preacher(tmp_path: Path, footer: str,
                                                                   speaker: str | None) -> None:
    """A church's site posts each Sunday's sermon with its preacher in the post's meta row ('… | By 王某'), the
    sermon greeting the congregation with peace; the blog's owner, named in its footer, is nobody's speaker."""
    body = ("<article><h1>不可按着外貌待人</h1><div class='post-meta'><span>发表于 2017-06-12</span> | "
            "<span>分类于 雅各书</span> ｜ <span>By 王弟兄</span></div><div class='post-body'><p>弟兄姊妹们平安！</p>"
            "<p>今天讲道之前，我想先给大家讲个故事。相传古时有一位诗人郊游，来到一座庙中休息，主事的人见他衣着简朴，对他非常冷淡。</p>"
            "<p>我们今天读的经文提醒我们，不可按着外貌待人。愿主赐福大家。</p></div></article>"
            f"<footer>{footer}</footer>")
    page = html_page(tmp_path, "<title>不可按着外貌待人 | 某某教会</title>", body)
    meta, _ = split_document(normalize_file(page).markdown)
    assert meta.get("speaker") == speaker


@pytest.mark.parametrize(("quoted", "speaker"), [("“哎呀，行了，老罗，咱们那时候不是幼稚吗？”", "罗某浩"),
                                                 ("“哎呀，行了，咱们那时候不是幼稚吗？”", None)])
def test_a_post_filed_once_under_a_person_whom_the_text_calls_by_family_name(tmp_path: Path, quoted: str,
                                                                           speaker: str | None) -> None:
    """A blog files a passage of a talk under its speaker in its keywords only; the passage speaks in the first
    person and quotes a friend calling the speaker '老罗'. Without that, one keyword is not enough."""
    text = ("<p>每一个年轻人都相信自己是与众不同的，我年轻的时候也是这样。我现在看到很多我的同龄人变了，"
            "我回家吃饭心情好就敷衍一下。</p>"
            f"<p>我说：“你们年轻时候都说要改变世界。”然后他们说：{quoted}我就跟他们说，我不这么看。</p>"
            "<p>每一个生命来到世间，都注定改变世界，这是你的宿命，我也一样。</p>")
    head = "<title>每一个生命都注定改变世界 - 某某亭记</title><meta name='keywords' content='理想主义, 罗某浩'>"
    body = f"<article><h1>每一个生命都注定改变世界</h1><div class='content'>{text}</div></article>"
    page = html_page(tmp_path, head, body)
    meta, _ = split_document(normalize_file(page).markdown)
    assert meta.get("speaker") == speaker


def test_a_dharma_title_in_traditional_script_is_read_as_in_simplified() -> None:
    assert name_then_office("弘一法師") == ("法師", "弘一")
    assert delivery_note("弘一法師癸酉正月在廈門某某寺講") == ("法師", "弘一", None)


def test_a_logo_in_an_h1_does_not_turn_the_title_around(tmp_path: Path) -> None:
    """'领导致辞_某某科技' with the company's name in an <h1> (its logo) and the breadcrumb ending with 领导致辞: the
    <title> names the page first and the site after it, whatever the logo shows."""
    body = ("<div class='logo'><h1>某某科技</h1></div><div class='position'>主页 &gt; 关于我们 &gt; 领导致辞</div>"
            "<div class='content'><p>尊敬的各界朋友：</p><p>大家好！感谢您与我们公司风雨同舟一路走来，"
            "没有您的关心和支持就没有公司的今天。</p><p>我们将一如既往，为客户提供更好的产品和服务，与大家共同成长。</p></div>")
    page = html_page(tmp_path, "<title>领导致辞_某某科技</title>", body)
    meta, _ = split_document(normalize_file(page).markdown)
    assert meta.get("title") == "领导致辞"


@pytest.mark.parametrize(("headline", "speaker"), [("第二十周升旗仪式国旗下讲话-激励自我 马某", "马某"),
                                                   ("第十六周升旗仪式-国旗下讲话-刘某老师", "刘某"),
                                                   ("第二十周升旗仪式国旗下讲话 全文", None),
                                                   ("激励自我 马某", None)])
def test_a_name_closing_a_speech_headline_after_a_space_is_its_speaker(tmp_path: Path, headline: str,
                                                                       speaker: str | None) -> None:
    """A school's site credits a talk under the flag by the speaker's name after a space closing its headline; a word
    there ('全文') is no name, and a headline naming no speech credits nobody."""
    body = (f"<div class='title'>{headline}</div><div class='content'><p>老师们、同学们：</p>"
            "<p>大家早上好！本学期的期末考试已经临近，各学科都已经进入到紧张的复习阶段。</p>"
            "<p>期末考试是一个学期以来教和学的总结，希望同学们认真复习，考出好成绩。谢谢大家！</p></div>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, f"<title>{headline}</title>", body)).markdown)
    assert meta.get("speaker") == speaker


@pytest.mark.parametrize(("credits", "speaker"), [(["主讲：宋某婷"], "宋某婷"),
                                                  (["主讲：宋某婷", "主讲人：宋某婷教授"], "宋某婷"),
                                                  (["主讲：余某老师", "主讲：宋某婷", "主讲：刘某老师"], None)])
def test_credits_naming_several_people_list_talks_and_credit_nobody(tmp_path: Path, credits: list[str],
                                                                    speaker: str | None) -> None:
    """A course site's front page credits each of its talks to its teacher ('主讲：…'): several people, nobody's
    speech; one person credited twice is still the speaker."""
    listed = "".join(f"<p>{credit}</p>" for credit in credits)
    body = (f"<div class='content'>{listed}<p>大家好！今天我们一起来学习英语的自然拼读，这是学好发音的第一步。</p>"
            "<p>自然拼读让你看到单词就能读出来，听到单词就能写出来，我们今天先学五个元音。</p></div>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, "<title>自然拼读</title>", body)).markdown)
    assert meta.get("speaker") == speaker


GLUED_HEADLINES = ("<div class='content'><p>学习贯彻•某某部长说：发挥优势展现担当作为在大战大考中写好答卷"
                   "全省统战工作会议召开"
                   "某某在党外人士座谈会上指出发挥优势凝聚发展正能量同心协力推动发展高质量某某在湖北省考察疫情防控工作"
                   "某某在决战决胜脱贫攻坚座谈会上强调坚决夺取脱贫攻坚战全面胜利奋战关键阶段决胜收官之年</p></div>")


def test_headlines_run_together_without_a_sentence_are_refused(tmp_path: Path) -> None:
    """A list page whose items lost their line breaks leaves a run of headlines with no 。 nor ，: no speech."""
    page = html_page(tmp_path, "<title>相关链接</title>", GLUED_HEADLINES)
    with pytest.raises(InputError, match="no sentence"):
        normalize_file(page)


def test_a_sidecar_setting_the_genre_lets_an_unpunctuated_text_through(tmp_path: Path) -> None:
    page = html_page(tmp_path, "<title>相关链接</title>", GLUED_HEADLINES)
    sidecar_path(page).write_text("genre: 讲话\n", encoding="utf-8")
    assert normalize_file(page).body


def test_a_mediums_report_on_a_speech_names_no_speaker_in_its_headline() -> None:
    """'央广《某某节目》报道某某在…座谈会上重要讲话引起热烈反响': the headline of a report on the reactions."""
    head = split_title("央广《新闻和报纸摘要》报道某某某总书记在某某座谈会上重要讲话引起热烈反响")
    assert not head.speaker


def test_students_discussing_a_speech_are_no_speakers_title() -> None:
    assert not split_title("我校研究生热议某某某总书记在庆祝某某成立100周年大会上的重要讲话").speaker


@pytest.mark.parametrize(("title", "speaker"), [("罗某宇2024“时间的朋友”跨年演讲全文稿（含全套PPT）", "罗某宇"),
                                                ("特朗普2019年国情咨文演讲全文翻译", "特朗普"),
                                                ("“时间的朋友”跨年演讲", None)])
def test_a_name_a_year_and_a_quoted_series_before_the_speech_word(title: str, speaker: str | None) -> None:
    found = name_occasion_speech(title)
    assert (found[1] if found else None) == speaker


def test_a_subtitle_under_a_box_drawing_dash_credits_the_speaker(tmp_path: Path) -> None:
    """A text file types its dash with box-drawing lines ('──某某在…上的讲话')."""
    text = ("## 不前进就免职\n\n──任某非在生产系统干部就职仪式上的讲话\n\n首先祝贺您们就任新职务。"
            "公司组织改造从市场部中层开始，已经延伸到生产系统。\n\n华为的干部没有终身制，从总裁到工段长无一例外。我们的队伍越来越庞大。\n")
    page = tmp_path / "talk.md"
    page.write_text(text, encoding="utf-8")
    meta, _ = split_document(normalize_file(page).markdown)
    assert (meta.get("title"), meta.get("speaker")) == ("不前进就免职", "任某非")
