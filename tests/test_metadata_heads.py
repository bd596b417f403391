"""Title, date, speaker and publication date on made-up pages shaped like the failure kinds the fifth and sixth
development sets show (speech pages, GB2312 portals, scrapers' text copies and corpus records): each test
fails on the cascade before the rule it names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.metadata import byline, labelled_speaker, split_title, title_like
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

OPENING = "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员提出意见。"
SPEECH = ("各位代表：\n\n" + OPENING + "\n\n"
          "过去一年，我们坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")
PARAGRAPHS = "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH.strip().split("\n\n"))


@pytest.mark.parametrize("title", ["院长致辞", "新年贺词", "校长寄语"])
def test_a_short_speech_title_is_a_title(tmp_path: Path, title: str) -> None:
    assert title_like(title)
    path = html_page(tmp_path, "<title>某某大学人工智能研究院</title>",
                     f"<div class='article'><div class='tit'>{title}</div>{PARAGRAPHS}</div>")
    assert normalize_file(path, tmp_path).meta["title"] == title


@pytest.mark.parametrize("line", ["专栏文章", "五年规划"])
def test_a_short_line_without_a_speech_word_is_still_no_title(line: str) -> None:
    assert not title_like(line)


def test_a_heading_printed_in_the_footer_is_no_title(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>某某模具科技(天津)有限公司</title>",
                     f"<div class='content'><div class='box'>{PARAGRAPHS}</div></div>"
                     "<div class='footer'><p>版权所有 某某模具科技(天津)有限公司</p><h1>天津网站建设</h1></div>")
    document = normalize_file(path, tmp_path)
    assert document.meta.get("title") not in {"天津网站建设", "某某模具科技(天津)有限公司"}


def test_a_source_and_date_row_glued_to_the_title_is_cut_off() -> None:
    line = "习近平主持召开深入推进某某发展座谈会 来源：新华社 作者： 2023-12-01 14:43"
    assert split_title(line).title == "习近平主持召开深入推进某某发展座谈会"
    assert split_title("在全县大会上的讲话 2023-12-01 14:43").title == "在全县大会上的讲话"
    assert split_title("在全县 2023年大会上的讲话").title == "在全县 2023年大会上的讲话"


def test_a_cms_pubdate_later_than_the_printed_date_is_the_regeneration(tmp_path: Path) -> None:
    head = ("<title>全县秋季工作推进会召开</title><meta name='ArticleTitle' content='全县秋季工作推进会召开'>"
            "<meta name='PubDate' content='2023-11-10 15:33:34'>")
    body = ("<div class='article'><h1>全县秋季工作推进会召开</h1><div class='info'>发布时间：2021/09/06</div>"
            "<p>9月2日下午，全县秋季工作推进会召开。会议回顾前一阶段工作，安排下一阶段任务。</p>"
            "<p>会议强调，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效。</p></div>")
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["published"] == dt.date(2021, 9, 6)
    assert document.provenance["published"] == "发布时间 line, earlier than the meta PubDate"
    earlier = normalize_file(html_page(tmp_path, head.replace("2023-11-10", "2021-09-06"),
                                       body.replace("2021/09/06", "2021/09/08")), tmp_path)
    assert earlier.meta["published"] == dt.date(2021, 9, 6)
    assert earlier.provenance["published"] == "meta PubDate"


@pytest.mark.parametrize(("line", "office", "name"), [
    ("中国某某工程新闻发言人武某平", "中国某某工程新闻发言人", "武某平"),
    ("北京某某大学经济学院教授 方某敏", "北京某某大学经济学院教授", "方某敏"),
])
def test_a_spokesman_and_a_professor_sign_as_offices_do(line: str, office: str, name: str) -> None:
    assert byline(line) == (office, name)


def test_a_religious_leader_named_in_the_title_is_the_speaker() -> None:
    head = split_title("傅某伟长老在学习某某会议精神座谈会上的发言")
    assert (head.speaker, head.speaker_title) == ("傅某伟", "长老")


def test_a_speaker_line_under_the_title_before_the_salutation(tmp_path: Path) -> None:
    text = "某某任务第二场新闻发布会\n中国某某工程新闻发言人武某平\n\n" + SPEECH
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert (meta["speaker"], meta["speaker_title"]) == ("武某平", "中国某某工程新闻发言人")


def test_a_main_title_set_in_two_lines_over_its_subtitle_is_one_title(tmp_path: Path) -> None:
    text = ("坚定信心真抓实干\n\n为全面建设美丽某县而团结奋斗\n\n——在某县第十次党代表大会上的报告\n"
            "（2022年10月16日）\n李某明\n\n" + SPEECH)
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert meta["title"] == "坚定信心真抓实干 为全面建设美丽某县而团结奋斗"
    assert meta["date"] == dt.date(2022, 10, 16)


def test_a_site_banner_above_a_title_is_not_its_first_line(tmp_path: Path) -> None:
    text = "某某县人民政府门户网站\n为全面建设美丽某县而团结奋斗\n——在某县第十次党代表大会上的报告\n\n" + SPEECH
    assert normalize_file(text_page(tmp_path, text), tmp_path).meta["title"] == "为全面建设美丽某县而团结奋斗"


@pytest.mark.parametrize("head", [
    "政府工作报告——2024年3月5日在某县第十届人民代表大会第二次会议上县长 李某明",
    "2024 政府工作报告——2024年3月5日在某县第十届人民代表大会第二次会议上\n县长李某明",
    "2024政府工作报告——2024年3月5日在某县第十届人民代表大会第二次会议上\n县长李某明",
])
def test_a_head_glued_into_one_line_and_a_records_year_field(tmp_path: Path, head: str) -> None:
    meta = normalize_file(text_page(tmp_path, head + "\n" + SPEECH), tmp_path).meta
    assert (meta["title"], meta["date"]) == ("政府工作报告", dt.date(2024, 3, 5))
    assert (meta["speaker"], meta["speaker_title"]) == ("李某明", "县长")


def test_a_year_opening_an_event_name_stays_in_the_title() -> None:
    assert split_title("2023中国某某博览会开幕式致辞").title == "2023中国某某博览会开幕式致辞"


@pytest.mark.parametrize("stamp", ["更新时间2012年12月10日， 格林尼治标准时间10:41", "最后更新：2012-12-10 10:41"])
def test_an_update_stamp_without_a_colon_dates_a_page_that_states_nothing_else(tmp_path: Path, stamp: str) -> None:
    path = html_page(tmp_path, "<title>某某就住宅违建事件道歉 - 某某中文网</title>",
                     f"<div class='story'><h1>某某就住宅违建事件道歉</h1><p class='date'>{stamp}</p>{PARAGRAPHS}</div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2012, 12, 10)
    assert document.provenance["published"] == "更新时间 in a head line"


def test_a_news_sites_og_time_meta_is_the_publication(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>某某需要跑出加速度_某某网</title>"
                               "<meta name='og:time ' content='2022-06-02 09:52:19'>",
                     f"<div class='article'><h1>某某需要跑出加速度</h1>{PARAGRAPHS}</div>")
    assert normalize_file(path, tmp_path).meta["published"] == dt.date(2022, 6, 2)


def test_an_authors_note_naming_the_author_before_what_he_is(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>某某需要跑出加速度_某某网</title>",
                     "<div class='article'><h1>某某需要跑出加速度</h1>"
                     "<p>稳经济政策只有在第一时间落地，才能发挥其最大的效能，惠企惠民的政策好比甘霖，解渴更要及时。</p>"
                     "<p>期待各地各部门能够真抓实干，跑出加速度。（作者韩某系某某智库研究员）</p></div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["speaker"] == "韩某"
    assert document.provenance["speaker"] == "author's note closing the text"


@pytest.mark.parametrize(("value", "found"), [
    ("方某北京大学经济学院教授", ("北京大学经济学院教授", "方某")),
    ("张某丰上海交通大学教授", ("上海交通大学教授", "张某丰")),
    ("王某某某公司总经理", None),  # no place opens the description: where the name ends is a guess
])
def test_an_author_field_running_the_name_into_the_description(value: str, found: tuple[str, str] | None) -> None:
    assert labelled_speaker([value]) == found


REPORT = ("<p>5月27日上午，全县重大项目集中开工仪式举行。此次集中开工项目有23个，计划总投资66.1亿元。</p>"
          "<p>县委书记王某华在仪式上致辞，他说：发展是第一要务，项目是第一支撑。</p>"
          "<p>会议要求，各责任单位要牢固树立效率意识，全力为项目实施创造一流环境。</p>")


def test_a_headline_left_over_the_reports_dateline_is_the_title(tmp_path: Path) -> None:
    headline = "某某集团年产2000万吨绿色环保建材生产线项目开工仪式成功举行！"
    path = html_page(tmp_path, "<title></title>", f"<div class='content'><p>{headline}</p>{REPORT}</div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == headline
    assert document.provenance["title"] == "headline over the report's dateline"
    sentence = "全县重大项目集中开工，计划总投资66.1亿元。"  # a sentence above the dateline is no headline
    plain = html_page(tmp_path, "<title></title>", f"<div class='content'><p>{sentence}</p>{REPORT}</div>")
    assert normalize_file(plain, tmp_path).provenance.get("title") != "headline over the report's dateline"


def test_a_timed_stamp_row_opening_the_text_is_the_publication(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>全县重大项目集中开工</title>",
                     "<div class='content'><h1>全县重大项目集中开工</h1>"
                     f"<p>某某网 ( 2012-06-04 09:20:26 ) 稿件来源：</p>{REPORT}</div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2012, 6, 4)
    # The row (a site's name, its date, an empty 稿件来源：) is a metadata row the cleaner reads (page-meta-fields)
    assert document.provenance["published"] == "发布时间 line"


@pytest.mark.parametrize(("line", "ok"), [
    ("各位代表：", False), ("同志们！", False), ("女士们、先生们", False), ("尊敬的各位来宾", False),
    ("亲爱的同学们", False), ("亲爱的祖国我爱你", True), ("同志们的讲话要点", True),
])
def test_a_salutation_is_never_a_title(line: str, ok: bool) -> None:
    assert title_like(line) is ok


def test_a_salutation_under_a_head_line_does_not_become_the_title(tmp_path: Path) -> None:
    text = "在全县秋季工作推进会上的讲话\n" + SPEECH.replace("各位代表：", "女士们、先生们")
    assert normalize_file(text_page(tmp_path, text), tmp_path).meta["title"] == "在全县秋季工作推进会上的讲话"


@pytest.mark.parametrize(("line", "title", "date", "speaker"), [
    ("在全县大会上的讲话（2019年5月6日）", "在全县大会上的讲话", dt.date(2019, 5, 6), ""),
    ("在全县大会上的讲话 2016年5月6日", "在全县大会上的讲话", dt.date(2016, 5, 6), ""),
    ("坚定信心真抓实干——在全县大会上的讲话 2016年5月6日", "坚定信心真抓实干", dt.date(2016, 5, 6), ""),
    ("坚定信心真抓实干——县长李某明在全县大会上的讲话（2016年5月6日）", "坚定信心真抓实干", dt.date(2016, 5, 6),
     "李某明"),
    ("在全县大会上的讲话2016年5月6日", "在全县大会上的讲话", dt.date(2016, 5, 6), ""),
    ("在2016年5月6日", "在2016年5月6日", None, ""),
    ("在全县大会上的讲话 2016-05-06", "在全县大会上的讲话", None, ""),  # a CMS stamp: no delivery date, no part of it
])
def test_a_delivery_date_glued_to_the_title_or_its_subtitle(line: str, title: str, date: dt.date | None,
                                                            speaker: str) -> None:
    head = split_title(line)
    assert (head.title, head.date, head.speaker) == (title, date, speaker)


def test_a_dated_subtitle_on_the_title_line_dates_the_speech(tmp_path: Path) -> None:
    text = "坚定信心真抓实干——在全县大会上的讲话 2016年5月6日\n\n" + SPEECH
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert (meta["title"], meta["date"]) == ("坚定信心真抓实干", dt.date(2016, 5, 6))


def test_a_crawlers_markdown_head_with_the_speaker_on_its_own_line(tmp_path: Path) -> None:
    text = ("# 在全县秋季工作推进会上的讲话\n\n- 作者：\n- 来源：《某某》2026/02\n- 日期：\n\n"
            "在全县秋季工作推进会上的讲话\n（2025年7月14日）\n李某明\n" + SPEECH)
    meta = normalize_file(text_page(tmp_path, text, "page.md"), tmp_path).meta
    assert (meta["title"], meta["speaker"]) == ("在全县秋季工作推进会上的讲话", "李某明")
    assert meta["date"] == dt.date(2025, 7, 14)


def test_a_date_line_and_a_spokesmans_line_before_the_salutation(tmp_path: Path) -> None:
    text = ("某某任务第二场新闻发布会\n2012年6月24日\n中国某某工程新闻发言人 武某平\n\n"
            + SPEECH.replace("各位代表", "女士们、先生们"))
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert (meta["speaker"], meta["date"]) == ("武某平", dt.date(2012, 6, 24))


ROWS = ["2020-05-06 14:32更新 来源：某某新闻网", "2020年5月6日08:19 [ 某某 ]  来源：[ 某某日报 ]"]


@pytest.mark.parametrize("row", ROWS)
def test_a_clock_timed_stamp_row_joined_to_the_first_paragraph_is_the_publication(tmp_path: Path, row: str) -> None:
    path = html_page(tmp_path, "<title>某某新闻</title>",
                     f"<div class='content'><h1>全县重大项目集中开工</h1>{row}<br>{REPORT}</div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2020, 5, 6)


def test_a_clock_timed_date_in_a_head_row_of_counters_is_the_publication(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>某某专栏</title>",
                     "<div><h1>全县重大项目集中开工</h1><div>专栏 2020-05-06 03:01 -- 阅读 · -- 喜欢</div>"
                     f"<div class='content'>{REPORT}</div></div>")
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2020, 5, 6)


def test_a_lede_that_opens_with_its_hour_dates_no_page(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>某地发生地震</title>",
                     "<div class='content'><h1>某地发生地震</h1>"
                     "<p>2020年5月6日10:30，某地发生4.5级地震，震源深度10千米，当地组织力量开展排查。</p>"
                     f"{REPORT}</div>")
    assert normalize_file(path, tmp_path).meta.get("published") is None


def test_of_two_clock_stamps_under_the_headline_the_earliest_is_the_publication(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>全县重大项目集中开工_某某博客</title>",
                     "<div><h1>全县重大项目集中开工</h1><div>最新文章于 2020-09-04 17:53:10 更替</div>"
                     "<div>某某作者于 2020-03-12 13:08:03 写成</div>"
                     f"<div class='content'>{REPORT}</div></div>")
    assert normalize_file(path, tmp_path).meta["published"] == dt.date(2020, 3, 12)


def test_a_clock_stamp_row_above_the_headline_is_not_read_as_the_pages(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>全县重大项目集中开工_某某博客</title>",
                     "<div><div>原文 某某网 2019-01-02 08:00 转载</div><h1>全县重大项目集中开工</h1>"
                     f"<div class='content'>{REPORT}</div></div>")
    step = normalize_file(path, tmp_path).provenance.get("published")
    assert step != "clock-timed stamp in a head row or opening the text"
