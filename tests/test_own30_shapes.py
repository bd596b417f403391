"""Shapes eval/own30's pages showed (opened in the twenty-ninth session), rebuilt from made-up text."""
import datetime as dt
from pathlib import Path

import pytest
import yaml

from scripts.clean.dates import parse_date
from scripts.clean.metadata import longest_office_suffix, named_speech_took_place
from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_document
from scripts.clean.structure import RULES_FILE as STRUCTURE_RULES
from scripts.clean.structure import full_text_heading
from tests.conftest import html_page, text_page

SPEECH_PARAGRAPHS = ["大家好，欢迎参加本次开发者大会。今天现场来了五千多位开发者和科技爱好者。",
                     "过去这一年，我跟很多创业者交流，感觉大家都既兴奋、又害怕错过。我们相信，人人都能成为开发者。",
                     "谢谢大家！"]
SPEECH_TEXT = "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH_PARAGRAPHS)


def meta_of(page: Path) -> dict:
    meta, _ = split_document(normalize_file(page).markdown)
    return meta


def test_a_company_page_titled_only_by_its_menus_current_item_takes_that_item_over_the_site_name(
        tmp_path: Path) -> None:
    """<title> is the company's name; the section menu marks '董事长致辞' as the page shown ('wrapbox-act')."""
    body = ("<ul class='nav'><li><a href='index.html'>首页</a></li><li><a href='about.html'>关于我们</a></li></ul>"
            "<ul class='subnav'><li><a href='profile.html'>集团概况</a></li>"
            "<li class='wrapbox-act'><a href='speech.html'>董事长致辞</a></li>"
            "<li><a href='history.html'>发展历程</a></li></ul>"
            "<div class='text'><p>尊敬的社会各界朋友：</p><p>您们好！我谨代表董事会与全体员工向一直以来关心和支持"
            "集团发展的社会各界朋友表示诚挚的谢意！热诚欢迎光临集团网站。</p><p>多年来，我们用辛勤的汗水换来一个又一个成长壮大的故事，"
            "赢得了客户的信赖。我们将与各界朋友们通力合作，共筑行业美好未来！</p></div>"
            "<div class='footer'>Copyright © 某某电缆集团</div>")
    assert meta_of(html_page(tmp_path, "<title>某某电缆</title>", body))["title"] == "董事长致辞"


@pytest.mark.parametrize("text", ["2014 / 08 / 15", "2014 - 08 - 15", "发布时间：2014 / 08 / 15"])
def test_a_numeric_date_with_its_separators_between_spaces_is_read(text: str) -> None:
    assert parse_date(text) == dt.date(2014, 8, 15)


@pytest.mark.parametrize("text", ["2014 /08/15", "2014/08 / 15"])
def test_a_numeric_date_spaced_unevenly_is_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_a_name_a_dash_signs_under_a_company_message_is_its_speaker(tmp_path: Path) -> None:
    """'——李某成' right-aligned under a '总经理致辞', which the cleaning takes off as the site's trailing text."""
    body = ("<div class='side'><a href='a.html'>公司简介</a><a href='b.html'>总经理致辞</a></div>"
            "<div class='main'><h2>总经理致辞</h2><p>我公司自组建成立以来，秉承以科技为先导、以创新求发展的企业精神，"
            "实行质量第一、信誉第一的经营理念，铸就了一个又一个精品工程。</p><p>秉持诚信、开放理念，我公司愿与您携手共进，"
            "共创更加灿烂辉煌的明天。</p><p align='right'>——  李某成</p></div>"
            "<div class='links'><a href='a.html'>公司简介</a><a href='c.html'>工程业绩</a><a href='d.html'>联系我们</a>"
            "</div>")
    assert meta_of(html_page(tmp_path, "<title>某某第三建筑工程有限公司</title>", body))["speaker"] == "李某成"


@pytest.mark.parametrize(("run", "office"), [
    ("集团董事长", "集团董事长"), ("某某创始人、董事长兼首席执行官", "某某创始人、董事长兼首席执行官"),
    ("全国人大常委会委员长", "全国人大常委会委员长"), ("县长", "县长"), ("会议召开", ""),
])
def test_an_office_of_three_characters_or_more_ends_a_run(run: str, office: str) -> None:
    assert longest_office_suffix(run) == office


def test_an_introduction_over_a_full_text_heading_names_and_dates_the_speech(tmp_path: Path) -> None:
    """A blog's repost: a pull quote, the introduction (month and day only), a heading '演讲稿', the speech."""
    body = ("<article><h1>人人都是开发者</h1><div class='meta'>2024-04-19</div><div class='post'>"
            "<p>“自然语言会成为下一代的编程语言。”</p>"
            "<p>4月16日，某某开发者大会在深圳召开，某某创始人、董事长兼首席执行官李某宏发表了《人人都是开发者》的主题演讲，"
            "描述了一个人人都能参与创造的时代。</p><h2>演讲稿</h2>" + SPEECH_TEXT + "</div></article>")
    meta = meta_of(html_page(tmp_path, "<title>人人都是开发者 | 某某的博客</title>", body))
    assert (meta.get("speaker"), meta.get("date")) == ("李某宏", dt.date(2024, 4, 16))


def test_an_introduction_without_a_full_text_heading_names_nobody(tmp_path: Path) -> None:
    """The same introduction over a heading that is the speech's own section names no speaker: no lead-in."""
    body = ("<article><h1>人人都是开发者</h1><div class='meta'>2024-04-19</div><div class='post'>"
            "<p>4月16日，某某开发者大会在深圳召开，某某创始人、董事长兼首席执行官李某宏发表了《人人都是开发者》的主题演讲，"
            "描述了一个人人都能参与创造的时代。</p><h2>一、变化</h2>" + SPEECH_TEXT + "</div></article>")
    assert meta_of(html_page(tmp_path, "<title>人人都是开发者 | 某某的博客</title>", body)).get("speaker") is None


def test_a_dated_lead_saying_a_persons_speech_took_place_names_and_dates_it(tmp_path: Path) -> None:
    body = ("<article><h1>时间的朋友(2020)</h1><div class='meta'>Jan 1, 2021</div><div class='post'>"
            "<p>2020年12月31日20:30，武汉某某中心，罗某宇“时间的朋友”跨年演讲如约而至。</p>"
            "<p>今年的演讲主题是——“长大以后”。</p><h3>第一部分：开场</h3>"
            "<p>有一件事，在我心里憋了半年，跟谁都没说。因为我一定要把它带到今天晚上，在这里讲给你听。</p>"
            "<p>你看，这里有一堆糖果，但这不是一堆普通的糖果。过去的很多年里，它曾经出现在世界各地的展览上。</p></div>"
            "</article>")
    meta = meta_of(html_page(tmp_path, "<title>时间的朋友(2020) | 某某</title>", body))
    assert (meta.get("speaker"), meta.get("date")) == ("罗某宇", dt.date(2020, 12, 31))


@pytest.mark.parametrize(("lead", "who"), [
    ("2020年12月31日20:30，武汉某某中心，罗某宇“时间的朋友”跨年演讲如约而至。", ("", "罗某宇")),
    ("昨晚，张某明年度演讲在北京举行。", ("", "张某明")),
    ("2020年12月31日，武汉某某中心，禤某强“时间的朋友”跨年演讲如约而至。", ("", "禤某强")),  # a rare surname
    ("今年的“时间的朋友”跨年演讲如约而至。", None),
    ("今年的演讲如约而至。", None),  # whose speech, the clause does not say
    ("全县秋季工作推进会在县城举行。", None),  # a meeting, no speech
])
def test_a_clause_saying_a_named_speech_took_place_names_its_speaker(lead: str, who: tuple | None) -> None:
    assert named_speech_took_place(lead) == who


def test_a_report_quoting_the_speech_after_its_own_account_names_no_speaker_from_its_lead(tmp_path: Path) -> None:
    """Paragraphs of reporting before the salutation: a news report kept whole, whoever its lead says spoke."""
    text = ("某某科技讯11月2日下午消息，2020年某某产业发展大会今日在广州召开，某某公司董事长梁某发表开幕演讲。\n\n"
            "梁某认为，视频能够改变人们的生活，满足人们对美好生活的需求。\n\n"
            "梁某表示，当前产业面临着标准不统一、发展节奏不协调的挑战。\n\n"
            "梁某发言全文如下：\n\n各位嘉宾、女士们、先生们，大家上午好。很高兴参加产业发展大会，与产业组织和伙伴们交流。\n\n"
            "我们相信，开放合作的产业生态，是产业健康发展的基础。\n\n谢谢大家。\n")
    page = text_page(tmp_path, f"某某公司梁某：加速产业创新发展\n\n{text}", "report.txt")
    assert meta_of(page).get("speaker") is None


FULL_TEXT_HEADINGS = yaml.safe_load(STRUCTURE_RULES.read_text(encoding="utf-8"))["full_text_headings"]


@pytest.mark.parametrize("heading", FULL_TEXT_HEADINGS["examples"])
def test_the_full_text_heading_examples_name_the_speech(heading: str) -> None:
    assert full_text_heading(heading)


@pytest.mark.parametrize("heading", FULL_TEXT_HEADINGS["keep"])
def test_the_full_text_heading_keeps_are_headings_of_the_speech(heading: str) -> None:
    assert not full_text_heading(heading)


LECTURE = ("<p>各位朋友大家好，我是某某大学的老师。今天想跟大家聊一聊孤独这件事。</p>"
           "<p>我们每个人都会在某个时刻感到孤独，而文学正是替我们说出这种感受的地方。</p><p>谢谢大家。</p>")


def test_a_date_under_the_title_that_is_the_post_date_element_dates_the_post_not_the_talk(tmp_path: Path) -> None:
    body = ("<article><h1 class='post-title'>孤独的多棱镜</h1><div class='post-info'>"
            "<div class='post-date'>2018-08-26</div><div class='post-wordCount'>文章字数: 7k</div></div>"
            f"<div class='post-content'>{LECTURE}</div></article>")
    meta = meta_of(html_page(tmp_path, "<title>孤独的多棱镜 | 某某的小站</title>", body))
    assert (meta.get("date"), meta.get("published")) == (None, dt.date(2018, 8, 26))


def test_a_date_line_beside_the_post_date_element_still_dates_the_talk(tmp_path: Path) -> None:
    body = ("<h1>某某任务第二场新闻发布会</h1><p>2012年6月24日</p><div class='pubdate'>发布日期: 2012-06-25</div>"
            f"<div class='content'>{LECTURE}</div>")
    meta = meta_of(html_page(tmp_path, "<title>某某任务第二场新闻发布会</title>", body))
    assert meta.get("date") == dt.date(2012, 6, 24)


SECTIONS = ("同志们：\n\n今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。\n\n"
            "一、认清形势\n\n秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产具有重要意义。\n\n"
            "二、突出重点\n\n要抓好秋收，确保颗粒归仓；要抓好秋种，确保面积稳定。\n\n"
            "三、压实责任\n\n希望大家扎实工作，确保各项任务圆满完成。\n")


def test_a_numbered_contents_widget_above_the_text_goes_and_the_headings_stay(tmp_path: Path) -> None:
    text = ("在全县秋季农业生产工作会议上的讲话\n首页\n友情链接\n目录\n"
            f"1.\n一、认清形势\n2.\n二、突出重点\n3.\n三、压实责任\n首页\n友情链接\n留言板\n{SECTIONS}")
    body = normalize_file(text_page(tmp_path, text, "export.txt")).body
    assert body.count("一、认清形势") == 1 and "希望大家扎实工作" in body and "目录" not in body


def test_a_documents_own_contents_list_without_entry_numbers_stays(tmp_path: Path) -> None:
    text = f"在全县秋季农业生产工作会议上的讲话\n一、认清形势\n二、突出重点\n三、压实责任\n\n{SECTIONS}"
    assert normalize_file(text_page(tmp_path, text, "paper.txt")).body.count("二、突出重点") == 2


def test_a_name_among_a_posts_tags_yields_to_the_speaker_introducing_themself(tmp_path: Path) -> None:
    """A crawler's text export prints the post's tags as lines over the text; the last may be a name the talk cites."""
    text = ("正义与运气 - 某某的博客\n首页\n文章随笔\n正义与运气\n2025年3月11日\n正义理论\n政治哲学\n罗某斯\n"
            "大家下午好，我是葛某友，来自某某大学哲学系。今天想跟大家聊一聊运气和正义。\n"
            "说到运气，我相信很多人的第一反应是彩票。我们每个人的出身，其实也是一种运气。\n"
            "罗某斯说，一个正义的社会应当让运气的影响尽量变小。谢谢大家。\n")
    assert meta_of(text_page(tmp_path, text, "export.txt")).get("speaker") == "葛某友"


def test_a_menus_label_over_the_headline_takes_no_value_in_a_text_export(tmp_path: Path) -> None:
    """'标签' (the menu's Tags) over the headline: the headline, the <title>'s first part, is no tag row's value."""
    head = ["人人都是开发者 | 某某的博客", "某某的博客", "博客", "分类", "标签", "人人都是开发者", "2024/04/19"]
    text = "\n".join([*head, *SPEECH_PARAGRAPHS]) + "\n"
    assert meta_of(text_page(tmp_path, text, "export.txt"))["title"] == "人人都是开发者"


def test_the_post_date_above_the_text_wins_over_a_prev_next_cards_date_under_it(tmp_path: Path) -> None:
    body = ("<article><h1 class='post-title'>打工者的故事</h1><div class='post-info'>"
            "<div class='post-date'>2018-08-26</div></div><div class='post-content'>"
            "<p>各位朋友大家好，我是某某大学的老师。今天想跟大家聊一聊孤独这件事，聊一聊"
            "我们每个人在某个时刻都会感到的那种孤独，以及文学怎样替我们说出这种感受。</p>"
            "<p>我们每个人都会在某个时刻感到孤独，而文学正是替我们说出这种感受的地方。谢谢大家。</p></div></article>"
            "<div class='article-pager'><div class='card'><a href='/2018/08/01/dream/'>梦开始的地方</a>"
            "<span class='publish-date'>2018-08-01</span></div></div>")
    meta = meta_of(html_page(tmp_path, "<title>打工者的故事 | 某某的小站</title>", body))
    assert meta.get("published") == dt.date(2018, 8, 26)
