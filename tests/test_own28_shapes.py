"""Shapes eval/own28's pages showed (opened in the twenty-seventh session), rebuilt from made-up text."""
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.clean.html_page import post_tags
from scripts.clean.metadata import (
    name_occasion_speech,
    note_speaker,
    office_name_delivering,
    role_then_name,
    title_like,
    without_lead_dateline,
)
from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_document
from scripts.core.errors import InputError
from tests.conftest import html_page
from tests.test_metadata_signals import metadata_rules


def test_a_tag_link_printing_its_name_again_hidden_files_the_post_under_the_name_once() -> None:
    """A theme prints each tag's name twice, the copy hidden (aria-hidden) to keep the link's width when it turns bold:
    the tag is '胡某', not '胡某 胡某'."""
    link = ("<a href='/tags/{0}/'><span class='absolute'>{0} </span>"
            "<span class='opacity-0' aria-hidden=true>{0} </span></a>")
    html = f"<article><p>正文。</p><div class='tags'>{link.format('胡某')}{link.format('近代文学')}</div></article>"
    assert post_tags(BeautifulSoup(html, "html.parser"), "") == ["胡某", "近代文学"]
    shown = "<a href='/tags/某某/'><span aria-hidden='false'>某某</span><i aria-hidden='true'>#</i></a>"
    assert post_tags(BeautifulSoup(f"<article><div>{shown}</div></article>", "html.parser"), "") == ["某某"]


CLASSICAL = ("<p>五年前，某先生为本校校长时，余方服务某部，开学日曾有所贡献于同校。诸君多自预科毕业而来，想必闻知。"
             "士别三日，刮目相见，况时阅数载，诸君较昔当必为长足之进步矣。予今长斯校，请更以三事为诸君告。</p>"
             "<p>一曰抱定宗旨。诸君来此求学，必有一定宗旨，欲求宗旨之正大与否，必先知本校之性质。</p>"
             "<p>二曰砥砺德行。方今风俗日偷，道德沦丧，诸君为大学学生，地位甚高，肩此重任，责无旁贷。</p>")


@pytest.mark.parametrize(("title", "speaker"), [("王某明：就任某某大学校长的演说", "王某明"),
                                                ("王某明：大学的宗旨", None)])
def test_a_name_before_the_colon_of_a_headline_naming_the_speech_is_the_speaker(tmp_path: Path, title: str,
                                                                                speaker: str | None) -> None:
    """An old address speaks to its listeners as 诸君 inside its sentences and says 余/予, not 我: no salutation and
    no first-person voice tell that the text is the speech, but a headline whose words after the colon close with a
    speech word ('…的演说') does; a headline without one leaves the name unread."""
    body = f"<article><h1>{title}</h1><div class='post-body'>{CLASSICAL}</div></article>"
    meta, _ = split_document(normalize_file(html_page(tmp_path, f"<title>{title} | 某某的博客</title>", body)).markdown)
    assert meta.get("speaker") == speaker


@pytest.mark.parametrize("example", metadata_rules()["writing_note"]["examples"])
def test_the_writing_note_examples_name_their_author(example: str) -> None:
    note, _, wanted = example.partition(" -> ")
    assert note_speaker(note) == ("", wanted)


@pytest.mark.parametrize("example", metadata_rules()["writing_note"]["keep"])
def test_the_writing_note_keeps_name_nobody(example: str) -> None:
    assert note_speaker(example.split(" (")[0]) is None


@pytest.mark.parametrize("example", metadata_rules()["self_introduced_roles"]["examples"])
def test_a_speaker_introducing_themself_by_role_is_named(example: str) -> None:
    """The role between where the speaker comes from and their name is no part of the name, nor an office."""
    words, _, wanted = example.partition(" -> ")
    assert role_then_name(words.removeprefix("我是来自").split("的")[-1].removeprefix("我是")) == ("", wanted)


def test_a_graduates_speech_names_the_graduate_in_its_greeting(tmp_path: Path) -> None:
    title = "我们这个时代的变与不变——在某某大学研究生毕业典礼上的发言"
    body = (f"<article><h1>{title}</h1><div class='post-body'><p>尊敬的各位老师，亲爱的同学们：</p>"
            "<p>大家好！我是来自建筑学院的博士毕业生袁某辉，很荣幸有机会作为本届毕业生代表发言。</p>"
            "<p>我们这个时代变化很快，我想和大家谈谈变与不变。我们要坚持学习，我们要保持好奇。</p></div></article>")
    meta, _ = split_document(normalize_file(html_page(tmp_path, f"<title>{title}</title>", body)).markdown)
    assert meta.get("speaker") == "袁某辉" and "office" not in meta


@pytest.mark.parametrize("caption", ["邓某某在讲话", "王某正在发言"])
def test_a_caption_saying_someone_is_speaking_titles_no_second_speech(tmp_path: Path, caption: str) -> None:
    """A photo's caption inside the text ('某某在讲话') is no speech's title: the page is one text, not two."""
    first, second = ("".join(f"<p>第{i}段，{words}，各级各部门要认真抓好落实，确保各项目标任务圆满完成。</p>"
                             for i in range(1, 16)) for words in ("我们要坚持改革开放", "发展才是硬道理"))
    body = (f"<article><h1>在某地视察时的讲话</h1><div class='post-body'>{first}<p><img src='/1.jpg' alt='image'></p>"
            f"<p>{caption}</p><p>三.  华灯辉煌的夜晚，某地宾馆</p>{second}</div></article>")
    document = normalize_file(html_page(tmp_path, "<title>在某地视察时的讲话</title>", body))
    assert "发展才是硬道理" in document.body and "我们要坚持改革开放" in document.body


def test_a_talk_the_dictionary_names_as_one_word_names_no_speaker() -> None:
    """'南巡讲话' is the name of a talk (one dictionary word), not 南巡's speech."""
    assert name_occasion_speech("南巡讲话") is None and name_occasion_speech("王某明就任校长之演说") == ("", "王某明")


def test_a_lead_naming_the_medium_before_a_comma_still_names_who_delivered() -> None:
    lead = "新年前夕，国家主席王某明通过中央广播电视总台和互联网，发表了二〇二六年新年贺词。全文如下："
    assert office_name_delivering(lead) == ("国家主席", "王某明")
    assert office_name_delivering("新年前夕，国家主席王某明通过电视收看了晚会，大家很高兴。") is None


FIRST_PERSON = ("<p>中国文化中，天人合一观，虽是我早年已屡次讲到，惟到最近我始彻悟此观念实是传统思想之归宿处。</p>"
                "<p>去年九月，我赴港参加书院庆典，因行动不便，我在港数日，常留旅社中，因有所感而思及此，我愿写出以就正。</p>")


@pytest.mark.parametrize(("title", "speaker"), [("妙论——钱某先生《中国文化对人类未来可有的贡献》", "钱某"),
                                                ("胡某明《容忍与自由》", "胡某明"),
                                                ("胡某明《容忍与自由》读后感", None),
                                                ("读胡某明《容忍与自由》", None)])
def test_a_headline_crediting_a_work_to_its_author_names_the_speaker(tmp_path: Path, title: str,
                                                                    speaker: str | None) -> None:
    """A blog heads the text it reposts with its author and the work's title in 书名号; notes on the work, or a
    headline reading it, credit nobody."""
    body = f"<article><h1>{title}</h1><div class='post-body'>{FIRST_PERSON}</div></article>"
    meta, _ = split_document(normalize_file(html_page(tmp_path, f"<title>{title} | 某某的博客</title>", body)).markdown)
    assert meta.get("speaker") == speaker


def test_a_reposters_preface_over_the_title_and_its_author_goes_and_names_the_speaker(tmp_path: Path) -> None:
    title = "治学杂话"
    preface = "<p>梁某某先生肺腑之言，学生听后感悟颇深，特摘录至此与诸君分享。</p>"
    text = ("<p>学生做课外学问是最必要的，若只求讲堂上功课及格，便算完事，那么你进学校只是求文凭，并不是求学问。</p>"
            "<p>一个人总要养成读书兴味，打算做专门学者固然要如此，打算做事业家也要如此，因为书籍是最好的伴侣。</p>")
    body = (f"<article><h1>{title}</h1><div class='post-body'>{preface}<h2>{title}</h2><h3>梁某某</h3>{text}</div>"
            "</article>")
    document = normalize_file(html_page(tmp_path, f"<title>{title} | 某某阁楼</title>", body))
    assert document.meta.get("speaker") == "梁某某" and document.body.startswith("学生做课外学问")
    no_name = body.replace("<h3>梁某某</h3>", "")
    kept = normalize_file(html_page(tmp_path, f"<title>{title} | 某某阁楼</title>", no_name))
    assert "特摘录至此" in kept.body  # no author under the copy: no sign the lines above are a reposter's


REPORTED = ("<p>某某科技讯4月16日下午消息，某某公司董事长王某明15日在第十四届某某高峰论坛上表示，"
            "大公司抄袭加捆绑的模式，给行业带来深远的伤害。</p><p>“我们为什么出不了伟大的公司？就是因为行业形成了天然的垄断。”王某明说。</p>"
            "<p>王某明说：“最可怕的是有几亿用户以后，它开始采用捆绑的办法，而且特别有效，很多用户甚至以为它才是原创。”</p>")


@pytest.mark.parametrize("example", metadata_rules()["lead_dateline"]["examples"])
def test_a_leads_dateline_holding_a_day_is_set_apart_from_the_lead(example: str) -> None:
    """'某某科技讯4月16日下午消息，…王某明15日在…上表示': the 16th is the report's day; what follows the dateline is
    the lead that dates the talk."""
    lead = without_lead_dateline(example)
    assert lead != example and "消息" not in lead and "电" not in lead[:2] and lead.strip()


def test_the_site_owners_comment_and_the_old_comments_under_a_repost_go(tmp_path: Path) -> None:
    after = ("<p><strong>站长评论：</strong></p><p>免费加捆绑，积累了一定的用户市场后，开始强力打击竞争对手。</p>"
             "<p><strong>留言评论（旧系统）：</strong></p><p>【匿名者】 @ 2012-04-17 10:49:20</p>"
             "<p>坐等对方出来反驳。</p>")
    body = f"<article><h1>王某明：抄袭加捆绑伤害行业</h1><div class='post-body'>{REPORTED}{after}</div></article>"
    document = normalize_file(html_page(tmp_path, "<title>王某明：抄袭加捆绑伤害行业</title>", body))
    assert "有几亿用户以后" in document.body
    assert not any(words in document.body for words in ("站长评论", "强力打击竞争对手", "留言评论", "坐等对方"))


def test_a_front_page_printing_posts_whole_is_refused_saying_so(tmp_path: Path) -> None:
    """A theme printing the latest posts in full, each in its own <article>: an index of posts, not one text (its
    second post's date line '（一九三七年七月）' was taken for the title)."""
    post = ("<article class='post'><h2>{0}</h2><p>（一九三七年七月）</p>"
            + "".join(f"<p>第{i}段，{{1}}，各级各部门要认真抓好落实，确保目标任务圆满完成。</p>" for i in range(1, 16))
            + "</article>")
    body = post.format("实践论", "我们要坚持实践第一的观点") + post.format("组织起来", "我们要把群众组织起来")
    with pytest.raises(InputError, match=r"page\.html: the page prints 2 posts whole, each in its own <article>"):
        normalize_file(html_page(tmp_path, "<title>人民观点</title>", body))
    single = post.format("实践论", "我们要坚持实践第一的观点") + "<article><p>相关文章：组织起来</p></article>"
    assert "实践第一" in normalize_file(html_page(tmp_path, "<title>实践论 | 人民观点</title>", single)).body


@pytest.mark.parametrize("line", ["（一九三七年七月）", "2019年5月", "一九五六年四月上旬"])
def test_a_year_and_month_alone_is_no_title(line: str) -> None:
    assert not title_like(line)


@pytest.mark.parametrize("under", ["<p>2023-06-30</p><p>（一九四九年八月十四日）</p>",
                                   "<p>（一九四九年八月十四日）</p><p>2023-06-30</p>"])
def test_the_date_a_text_gives_itself_in_brackets_under_the_posts_date_is_the_texts(tmp_path: Path, under: str) -> None:
    """A blog prints its post's day under the title, then the reposted text's own date in round brackets: the
    bracketed one dates the text, whichever comes first."""
    body = f"<article><h1>丢掉幻想，准备斗争</h1>{under}<div class='post-body'>{FIRST_PERSON}</div></article>"
    document = normalize_file(html_page(tmp_path, "<title>丢掉幻想，准备斗争 | 某某的博客</title>", body))
    assert str(document.meta.get("date")) == "1949-08-14"
