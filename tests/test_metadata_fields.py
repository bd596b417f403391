"""One table per metadata field: a made-up page, the value the cascade must give the field (and, where it matters,
the step that must win). Each row is named after the test it was before the tables (a parametrized test's rows
add a short label), so `git log -S<name>` still finds its history. A test that checks more than one field, the
body, the removals or a helper stays in its own file (tests/test_metadata_*.py).

Expected values: a value means the field is there and equal to it; ABSENT means the page gives no such field;
Not(...) means the field, if any, is none of those; ANY leaves it unchecked (a row that only checks the step)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

Page = Callable[[Path], Path]


class Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


ABSENT = Marker("ABSENT")
ANY = Marker("ANY")


@dataclass(frozen=True)
class Not:
    """The field is missing or none of these values."""

    values: tuple[object, ...]

    def __init__(self, *values: object) -> None:
        object.__setattr__(self, "values", values)


@dataclass(frozen=True)
class Spaceless:
    """The field is there and equal to `text` once its spaces are taken out."""

    text: str


@dataclass(frozen=True)
class Case:
    id: str
    page: Page
    value: object
    step: object = ANY
    office: object = ANY  # the speaker table's speaker_title


def expect(found: dict, field: str, expected: object) -> None:
    if expected is ANY:
        return
    if expected is ABSENT:
        assert field not in found, f"{field} should be absent"
    elif isinstance(expected, Not):
        assert found.get(field) not in expected.values
    elif isinstance(expected, Spaceless):
        assert found[field].replace(" ", "") == expected.text
    else:
        assert found.get(field, ABSENT) == expected


def text(content: str, name: str = "page.txt") -> Page:
    return lambda tmp_path: text_page(tmp_path, content, name)


def html(head: str, body: str) -> Page:
    return lambda tmp_path: html_page(tmp_path, head, body)


def csv_record(fields: dict[str, str]) -> Page:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    writer.writerow(fields)
    return text(out.getvalue(), "record.csv")


MENU = "<div class='nav'><a href='/'>首页</a><a href='/a'>政务公开</a><a href='/b'>新闻中心</a></div>"
RELATED = ("<div class='related'><h3>相关文章</h3><ul><li><a href='/1'>市长主持召开常务会议研究部署工作</a></li>"
           "<li><a href='/2'>全市春季植树造林工作会议召开</a></li></ul></div>")


def portal_page(head: str, body: str) -> Page:
    """A page between a site's menu and its related-articles box (as tests/test_metadata_cascade.py builds)."""
    return text(f"<html><head><meta charset='utf-8'>{head}</head><body>{MENU}{body}{RELATED}</body></html>",
                "page.html")


# The texts the pages are made of.
SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
          "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")
SPEECH_PARAGRAPHS = "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH.strip().split("\n\n"))
SPEECH_TITLE = "在全县秋季工作推进会上的讲话\n\n"
MESSAGE = ("尊敬的各位客户、亲爱的朋友们：\n\n"
           "感谢大家一直以来对我们公司的信任和支持，我们始终坚持品质第一、客户至上的经营理念，不断开发新产品。\n\n"
           "今后我们将继续努力，为客户提供更好的产品和服务，也请各位朋友一如既往地支持我们的工作。谢谢大家！\n")
MESSAGE_PARAGRAPHS = "".join(f"<p>{line}</p>" for line in MESSAGE.split("\n\n") if line.strip())
CLOSING = "\n\n希望大家在今后的学习和工作中继续努力，不断进步，为学校的发展贡献自己的力量。谢谢大家！\n"
ADDRESS = ("各位代表：\n\n" + "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员提出意见。" + "\n\n"
           "过去一年，我们坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")
ADDRESS_PARAGRAPHS = "".join(f"<p>{paragraph}</p>" for paragraph in ADDRESS.strip().split("\n\n"))
REPORT_TEXT = ("现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。\n"
               "过去一年，面对复杂严峻的形势，全县经济运行稳中有进，发展质量稳步提升，民生持续改善。\n")
NEW_YEAR = ("<p>大家好！时光飞逝，我们即将迎来新的一年，我向全县人民致以新年的祝福！</p>"
            "<p>过去一年，我们团结奋斗、砥砺前行，经历了风雨洗礼，取得了来之不易的成绩，大家都付出了辛勤的汗水。</p>"
            "<p>新的一年，让我们携手并进，共同创造更加美好的明天，祝大家新年快乐、阖家幸福！</p>")
MEETING_REPORT = ("<p>5月6日上午，全县秋季工作推进会召开。会议回顾前一阶段工作，安排下一阶段任务。</p>"
                  "<p>会议强调，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效。</p>")
PROJECT_REPORT = ("<p>5月27日上午，全县重大项目集中开工仪式举行。此次集中开工项目有23个，计划总投资66.1亿元。</p>"
                  "<p>县委书记王某华在仪式上致辞，他说：发展是第一要务，项目是第一支撑。</p>"
                  "<p>会议要求，各责任单位要牢固树立效率意识，全力为项目实施创造一流环境。</p>")
SIGNED = ("<p>二十多年来，在中国经济强劲增长的背景下，公司脚踏实地地稳步发展、前进着。</p>"
          "<p>2014年我们荣获优秀代理商荣誉和奖杯，这是对公司二十多年来努力的肯定。</p>"
          "<p>谢谢广大用户多年来的支持！</p>")
POST = ("<p>昨天去看了一部老电影，画面很旧，但是故事讲得很好，演员的表演也很自然，看完以后想了很久，写几句感想。</p>"
        "<p>导演没有用很多技巧，只是让人物慢慢地说话，慢慢地生活，观众就跟着他们过完了那个夏天，这种感觉很少见。</p>")
POEM = ("<p>我有所念人，隔在远远乡。</p><p>我有所感事，结在深深肠。</p>"
        "<p>这首诗写于诗人离开家乡之后，诗中反复写到思念和感怀，表达了作者对远方亲人的深切怀念之情。</p>"
        "<p>诗的前四句写所念之人相隔遥远，所感之事深藏心中；后四句写残灯夜雨，独宿空堂，长夜难眠，情景交融。</p>"
        "<p>全诗语言朴素，不事雕琢，却把一个人在秋夜里的孤独和思念写得真切动人，读来令人感慨不已。</p>")
VILLAGE_REPORT = ("<h1>村里装了道闸停车要交费？村民打热线讨说法</h1>"
                  "<p>“一闸之隔，里面每月要收一百元，外面不收费。”近来，一段短视频引起了不少网友的关注。</p>"
                  "<p>随着生活水平的提高，村民对居住环境有了更高的要求，不少农村开始借鉴城市小区的物业管理办法。</p>"
                  "<p>为了解情况，记者首先前往视频拍摄的某某村，村里每个出入口都能看见类似的道闸，有的仅相隔几十米。</p>"
                  "<p>接连查看了几个路口后，记者发现，不少车辆并未进入村内道路，而是停在了村外的公共道路上。</p>"
                  "<p>村委会工作人员表示，收费是为了维护村里的道路和环境，今后将听取村民意见，进一步完善收费办法。</p>"
                  "<p>文/李某明</p><p>编辑/王某华</p>")
CITY_PARAGRAPHS = ("<p>同志们：</p><p>今天召开全市经济工作会议，主要任务是总结去年工作，部署今年任务。"
                   "我们要坚定信心，真抓实干，推动高质量发展取得新成效。</p>"
                   "<p>各级各部门要认真抓好落实，确保各项目标任务圆满完成，以优异成绩回报全市人民。</p>")
GRADUATION = ("---\ntitle: \"在全校毕业典礼上的讲话\"\ndate: 2023-05-06\nauthor: \"李某明\"\n---\n\n"
              "亲爱的同学们：\n\n今天是你们毕业的日子，我很荣幸能来到这里，和大家一起分享这个重要的时刻，祝贺你们顺利完成学业。\n\n"
              "希望你们在今后的人生道路上勇敢追梦，不怕失败，不断学习，成为对社会有用的人。祝大家前程似锦！\n")
NEWS_REPORT_TEXT = MEETING_REPORT.replace("<p>", "").replace("</p>", "\n\n")
DATELINE_HEADLINE = "某某集团年产2000万吨绿色环保建材生产线项目开工仪式成功举行！"
CMS_HEAD = ("<title>全县秋季工作推进会召开</title><meta name='ArticleTitle' content='全县秋季工作推进会召开'>"
            "<meta name='PubDate' content='2023-11-10 15:33:34'>")
CMS_BODY = ("<div class='article'><h1>全县秋季工作推进会召开</h1><div class='info'>发布时间：2021/09/06</div>"
            "<p>9月2日下午，全县秋季工作推进会召开。会议回顾前一阶段工作，安排下一阶段任务。</p>"
            "<p>会议强调，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效。</p></div>")
COLON_HEADLINE = ("张某某：会汲取教训，确保政府更贴近民意\n\n{report}\n\n各位嘉宾、各位市民：\n\n"
                  "今天是特区成立二十二周年的日子，我们在这里举行酒会，我谨代表特区政府向大家致以问候。\n\n"
                  "过去一段时间，社会经历了不少风波，我会汲取教训，确保政府日后的工作更贴近民心民情民意。\n")
LEAD_IN = "行政长官张某某今早出席酒会并致辞，她说，政府会汲取教训，更贴近民意。"
SITE_TITLE_PAGE = ("<html><head><title>{field}</title></head><body><div class='nav'>首页</div>"
                   f"<div class='article'>{SPEECH_PARAGRAPHS}{SIGNED}</div></body></html>")


TITLES = [
    # A lone heading '致辞' that neither the breadcrumb nor the <title> repeats may be a section's: no title.
    Case("test_a_genre_word_the_page_does_not_name_itself_by_is_no_title",
         html("", f"<div id='main'><h1>致辞</h1>{MESSAGE_PARAGRAPHS}</div>"), ABSENT),
    Case("test_two_headlines_one_under_the_other_give_the_first",
         html("", "<h1>凝心聚力促发展，某某协会正式成立</h1><h1>某某市某某协会成立大会暨第一次会员大会召开</h1>"
                  "<p>来源：某某协会 时间：2023-03-07</p>"
                  "<p>3月7日下午，某某市某某协会成立大会暨第一次会员大会在市会议中心召开，某某协会正式成立。</p>"
                  "<p>会议审议通过了协会章程，选举产生了第一届理事会，会长表示要凝心聚力促发展，服务全市会员单位。</p>"),
         "凝心聚力促发展，某某协会正式成立",
         "the first of two <h1> set one under the other: headline over subtitle"),
    Case("test_a_site_banner_over_the_headline_is_not_the_title",
         html("", f"<h1>某某县人民政府</h1><h1>在全县秋季工作推进会上的讲话</h1>{MESSAGE_PARAGRAPHS}"),
         "在全县秋季工作推进会上的讲话"),
    Case("test_a_column_heading_over_a_speech_title_is_not_the_headline",
         html("", f"<h1>领导讲话</h1><h1>在全县秋季工作推进会上的讲话</h1>{MESSAGE_PARAGRAPHS}"),
         "在全县秋季工作推进会上的讲话"),
    Case("test_a_source_row_naming_an_office_is_no_title",
         text("在全县秋季工作推进会上的讲话\n来源于：某某街道办事处\n\n" + SPEECH), "在全县秋季工作推进会上的讲话"),
    Case("test_the_last_row_of_a_proceedings_records_attendance_list_is_no_title",
         text("某某议会\n\n会议过程正式纪录\n\n2021年3月3日星期三\n\n出席议员：\n\n张某明议员\n\n列席秘书：\n\n"
              "秘书长王某华女士\n\n" + SPEECH), ABSENT),
    # A page with no headline of its own: its only <h1> is the site's name in the banner, which the text does not
    # take up; the page has no title.
    Case("test_a_site_banner_as_the_only_h1_is_no_title",
         html("<title>About Us</title>",
              "<div class='header'><h1>某某样品数据管理平台</h1></div>"
              "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/a'>数据查询</a></li></ul>"
              "<div class='content'><p>5月6日上午，县长李某明到城东镇调研秋粮收购工作，察看了粮库的仓容和烘干设备。</p>"
              "<p>李某明要求，各级各部门要做好秋粮收购服务，保障农民按时足额拿到售粮款，切实守住粮食安全底线。</p>"
              "<p>调研中，他还与种粮大户交流，了解今年的收成、成本和收益，听取了大家对农业政策的意见和建议。</p></div>"),
         ABSENT),
    Case("test_a_heading_printed_in_the_footer_is_no_title",
         html("<title>某某模具科技(天津)有限公司</title>",
              f"<div class='content'><div class='box'>{ADDRESS_PARAGRAPHS}</div></div>"
              "<div class='footer'><p>版权所有 某某模具科技(天津)有限公司</p><h1>天津网站建设</h1></div>"),
         Not("天津网站建设", "某某模具科技(天津)有限公司")),
    Case("test_a_site_banner_above_a_title_is_not_its_first_line",
         text("某某县人民政府门户网站\n为全面建设美丽某县而团结奋斗\n——在某县第十次党代表大会上的报告\n\n" + ADDRESS),
         "为全面建设美丽某县而团结奋斗"),
    Case("test_a_headline_left_over_the_reports_dateline_is_the_title-headline",
         html("<title></title>", f"<div class='content'><p>{DATELINE_HEADLINE}</p>{PROJECT_REPORT}</div>"),
         DATELINE_HEADLINE, "headline over the report's dateline"),
    # a sentence above the dateline is no headline
    Case("test_a_headline_left_over_the_reports_dateline_is_the_title-sentence",
         html("<title></title>",
              f"<div class='content'><p>全县重大项目集中开工，计划总投资66.1亿元。</p>{PROJECT_REPORT}</div>"),
         ANY, Not("headline over the report's dateline")),
    Case("test_a_salutation_under_a_head_line_does_not_become_the_title",
         text("在全县秋季工作推进会上的讲话\n" + ADDRESS.replace("各位代表：", "女士们、先生们")),
         "在全县秋季工作推进会上的讲话"),
    Case("test_a_scrapers_title_the_page_prints_stays",
         csv_record({"title": "2026年某省政府工作报告", "publish_date": "2026-01-31",
                     "full_text": "2026年某省政府工作报告\n政府工作报告\n"
                                  "——2026年1月26日在某省第十四届人民代表大会第五次会议上\n"
                                  "各位代表：\n" + REPORT_TEXT}),
         "2026年某省政府工作报告"),
    *[Case(f"test_the_head_line_the_title_tag_names_is_the_title_over_a_credit_under_it-{label}",
           html("<title>农村道路改造让出行更方便 某某网</title>",
                f"<div>农村道路改造让出行更方便</div><div>2022-02-13 09:57 某某网</div><div>{credit}</div>"
                "<p>今年以来，某某县把农村道路改造作为民生实事来抓，全县新修和改造农村道路一百多公里，群众出行更加方便。</p>"
                "<p>据介绍，明年全县还将继续推进道路改造工程，重点解决偏远村庄的出行问题，让更多群众享受到发展成果。</p>"),
           "农村道路改造让出行更方便")
      for label, credit in (("reporters", "某某日报记者张某明李某华"), ("names", "赵某明、钱某华"))],
    *[Case(f"test_a_short_title_the_title_tag_and_the_page_both_give_is_the_title-{label}",
           html(head, f"{heading}<div>阅读量1.3w收藏98</div><div>译文及注释</div>{POEM}"), title)
      for label, head, heading, title in (
          ("poem", "<title>夜雨_原文及赏析_某某诗词网</title>", "<h1>夜雨</h1>", "夜雨"),
          ("question", "<title>为什么 ChatGPT 不火了？-某某博客</title>", "<h1>为什么 ChatGPT 不火了？</h1>",
           "为什么 ChatGPT 不火了？"))],
    Case("test_a_short_heading_the_title_tag_does_not_give_is_no_title",
         html("<title>某某诗词网</title>", f"<h1>夜雨</h1>{POEM}"), Not("夜雨")),
    Case("test_widget_words_inside_the_headline_element_are_no_part_of_the_title",
         html("<title>农村道路改造让出行更方便_某某资讯</title>",
              "<h1 class='logo'><a href='/'>某某资讯</a></h1>"
              "<h1 class='title'><span>农村道路改造让出行更方便</span>"
              "<div class='audio'><div>播报文章</div><audio src=''></audio></div></h1>"
              "<div class='author'><div>某某新闻网</div><time>2024-05-20 13:09</time></div>"
              "<p>今年以来，某某县把农村道路改造作为民生实事来抓，全县新修和改造农村道路一百多公里，群众出行更加方便。</p>"
              "<p>据介绍，明年全县还将继续推进道路改造工程，重点解决偏远村庄的出行问题，让更多群众享受到发展成果。</p>"),
         "农村道路改造让出行更方便"),
    # eval/README: the headline as the page prints it, a mark in brackets kept; a label with a colon is no part of it
    *[Case(f"test_a_repost_mark_is_read_apart_from_the_title-{label}",
           html(f"<title>{mark}{title} - 张三的博客 - 某某博客</title>",
                f"<div class='blog'><h2 class='titName'>{mark}{title}</h2>"
                f"<div class='articalContent'>{SPEECH_PARAGRAPHS}</div></div>"),
           printed)
      for label, mark, title, printed in (
          ("colon", "转：", "在全县秋季工作推进会上的讲话", "在全县秋季工作推进会上的讲话"),
          ("brackets", "【转载】", "在全县秋季工作推进会上的讲话", "【转载】在全县秋季工作推进会上的讲话"),
          ("square-brackets", "[转]", "在全县秋季工作推进会上的讲话", "[转]在全县秋季工作推进会上的讲话"),
          ("traditional", "轉：", "在全縣秋季工作推進會上的講話", "在全縣秋季工作推進會上的講話"))],
    Case("test_a_subheading_that_repeats_the_title_and_adds_the_issue",
         text("普天同慶 救主誕生\n普天同慶 救主誕生 2013/2014 年度十二月份通訊\n\n" + SPEECH),
         Spaceless("普天同慶救主誕生")),
    Case("test_a_clause_cut_at_a_comma_is_no_title-clause",
         html("<title>新闻详情页</title>",
              "<div class='news_title'>按照有关规定，超高层公共建筑建设</div>"
              f"<div class='news_content'>{MEETING_REPORT}</div>"),
         ABSENT),
    # the text takes it up
    Case("test_a_clause_cut_at_a_comma_is_no_title-slogan",
         html("<title>坚定信心，真抓实干</title>",
              f"<div class='article'><h1>坚定信心，真抓实干</h1>{SPEECH_PARAGRAPHS}</div>"),
         "坚定信心，真抓实干"),
    Case("test_a_breadcrumb_naming_another_document_is_no_title",
         html("<title>信息展示页面</title>",
              "<div class='position'>当前位置：首页 &gt; 招标采购 &gt; 某某公司2013年备份软件采购的比选公告</div>"
              f"<div class='news_content'>{MEETING_REPORT}</div>"),
         ABSENT),
    Case("test_og_title_is_declared_by_the_page_and_beats_the_last_head_line",
         html("<title>某某发布</title><meta property='og:title' content='在全县秋季工作推进会上的讲话'>",
              f"<div class='article'><div>某某县融媒体中心官方账号</div>{SPEECH_PARAGRAPHS}</div>"),
         "在全县秋季工作推进会上的讲话", "meta og:title"),
    # An unlabelled trail ('首页 » 董事长致辞') removed by bare-breadcrumb still feeds the breadcrumb step, and its
    # short last element, ending in a speech word, is a title though the text shares little of it.
    Case("test_a_bare_breadcrumb_ending_in_a_short_speech_title_names_the_page-speech",
         text("首页 » 院长致辞\n\n" + SPEECH), "院长致辞", "last breadcrumb"),
    # a column name is no title
    Case("test_a_bare_breadcrumb_ending_in_a_short_speech_title_names_the_page-column",
         text("首页 » 新闻动态\n\n" + SPEECH, "column.txt"), ABSENT),
    Case("test_the_page_title_of_a_company_speech_page_that_names_the_company_first",
         html("<title>某某盈港-总经理致辞</title>", f"<div class='company'>{SPEECH_PARAGRAPHS}</div>"), "总经理致辞"),
    Case("test_a_title_naming_an_unknown_site_first_is_read_by_the_headline_the_page_shows",
         html("<title>某某头条 - 全县秋季工作推进会召开</title>",
              "<div>登录</div><div class='news-title'>全县秋季工作推进会召开</div>"
              f"<div class='hot'>热门推荐</div><div class='article'>{MEETING_REPORT}</div>"),
         "全县秋季工作推进会召开", "title element matching <title>"),
    Case("test_a_page_title_of_the_sites_name_and_address_names_no_page",
         html("<title>某某自治区人民政府门户网站 - www.example.gov.cn</title>",
              "<h1>某某自治区人民政府门户网站</h1>"
              f"<div class='article'><h2 class='title'>全县秋季工作推进会召开</h2>{MEETING_REPORT}</div>"),
         "全县秋季工作推进会召开"),
    Case("test_a_head_line_repeating_a_fields_value_is_no_title",
         text("全县秋季工作推进会召开\n某某市外国语实验小学\n学校： 某某市外国语实验小学\n\n" + NEWS_REPORT_TEXT),
         "全县秋季工作推进会召开"),
    Case("test_a_headline_over_the_articles_own_heading_of_several_lines",
         text("某某主持召开全县秋季工作推进会\n2023-12-01 14:43\n某某主持召开全县秋季工作推进会强调\n"
              "推动秋季工作取得新的重大突破\n李某王某出席\n\n" + NEWS_REPORT_TEXT),
         "某某主持召开全县秋季工作推进会"),
    *[Case(f"test_a_scrapers_title_field_copying_the_page_title_is_read_as_the_page_title-{label}",
           text(json.dumps({"title": field, "content": SITE_TITLE_PAGE.format(field=field)}, ensure_ascii=False),
                "record.json"),
           title)
      for label, field, title in (
          ("school", "全县秋季工作推进会召开--学习专栏-某某县第一中学", "全县秋季工作推进会召开"),
          ("site-first", "某某盈港-总经理致辞", "总经理致辞"))],  # read as the <title> it copies: the site's name first
    Case("test_a_title_field_the_cascade_turns_down_does_not_come_back",
         text(json.dumps({"title": "politics_1", "content": SPEECH_PARAGRAPHS + SIGNED}), "record.json"), ABSENT),
    Case("test_site_logo_h1_is_no_title",
         portal_page("<title>在全市经济工作会议上的讲话_领导讲话_某某市人民政府门户网站</title>",
                     "<h1 class='logo'>某某市人民政府门户网站</h1>"
                     "<div class='article'><h2>在全市经济工作会议上的讲话</h2>"
                     f"{CITY_PARAGRAPHS}</div>"),
         "在全市经济工作会议上的讲话"),
]


SPEAKERS = [
    Case("test_a_blog_post_by_its_author_keeps_the_author_as_speaker", text(GRADUATION, "post.md"), "李某明",
         "blog post's front-matter author"),
    Case("test_a_follow_button_under_the_headline_is_no_speaker",
         html("", f"<h1>在全县秋季工作推进会上的讲话</h1><p>关注</p>{MESSAGE_PARAGRAPHS}"), ABSENT),
    Case("test_a_scrapers_author_column_still_names_the_speaker_first",
         text("title,author,publish_date,content\n"
              "在全县秋季工作推进会上的讲话,赵某华,2021-10-12,\"同志们：今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，"
              "安排下一阶段任务。大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\"\n",
              "row.csv"),
         "赵某华", "container author field"),
    # '某某网记者张某5月13日报道：…' opens a report: its 作者 (文/张某) is the reporter, not a speaker.
    Case("test_a_reporter_credited_after_the_medium_makes_the_page_news",
         html("", "<h1>超过六十家景区周末门票半价</h1><p>文/张某华</p>"
                  "<p>某某网记者张某华5月13日报道：5月19日是中国旅游日，全市六十多家景区将在周末推出门票半价优惠活动。</p>"
                  "<p>据介绍，今年的活动还包括文旅消费券发放、非遗展示和夜游活动，市民游客可以通过官方平台预约参加。</p>"),
         ABSENT),
    *[Case(f"test_an_undated_signature_in_two_lines_signs_a_speech-{label}",
           html("", f"<div id='main'><h1>董事长致辞</h1>{MESSAGE_PARAGRAPHS}{signature}</div>"), "赵某明")
      for label, signature in (("office-then-name", "<p>董事长</p><p>赵某明</p>"),
                               ("name-then-office", "<p>赵某明</p><p>某某公司董事长</p>"))],
    Case("test_an_undated_two_line_signature_under_a_news_report_signs_nothing",
         html("", "<h1>某某公司召开年度总结大会</h1>"
                  "<p>1月5日，某某公司召开年度总结大会，总结一年来的工作，部署新一年的任务，全体员工参加会议。</p>"
                  "<p>会议表彰了先进集体和先进个人，董事长作了讲话，要求全体员工坚定信心，真抓实干，再创佳绩。</p>"
                  "<p>董事长</p><p>赵某明</p>"),
         ABSENT),
    *[Case(f"test_a_speaker_introducing_themself_in_the_greeting-{label}",
           text("在某某活动上的发言\n\n" + opening + CLOSING), speaker)
      for label, opening, speaker in (
          ("student", "老师们、同学们：\n\n大家好！我是高三（2）班的张某华，今天我国旗下讲话的题目是《珍惜时间》。",
           "张某华"),
          ("company", "各位来宾：\n\n大家好！我是来自某某公司的李某明。很荣幸代表全体员工发言。", "李某明"),
          ("office", "各位代表：\n\n我是校长王某华，欢迎大家来到我校。", "王某华"),
          ("no-name", "同志们：\n\n我是一名普通的教师，在这里工作了二十年。", ABSENT),
          ("family-name-only", "同学们：\n\n大家好，我是你们的新老师，我姓张。", ABSENT))],
    Case("test_a_self_introduction_quoted_in_a_report_names_no_speaker",
         text("某某公司举行新员工座谈会\n\n5月6日，某某公司举行新员工座谈会。"
              "新员工李某明发言说：“大家好，我是李某明，很高兴加入公司。”\n\n"
              "会议要求新员工尽快熟悉岗位，虚心学习，在实践中不断成长，为公司发展贡献力量。\n"),
         ABSENT),
    Case("test_office_and_name_in_an_editors_lead_in",
         text("二〇二二年新年贺词\n新年前夕，县长钱某华通过县融媒体中心发表了二〇二二年新年贺词。全文如下：\n\n"
              "时光飞逝，我们即将迎来新的一年，我向全县人民致以新年的祝福！\n\n"
              "过去一年，我们团结奋斗、砥砺前行，经历了风雨洗礼，取得了来之不易的成绩，大家都付出了辛勤的汗水。\n"),
         "钱某华", "lead-in: office and name delivering the speech"),
    Case("test_name_and_office_before_the_speech_word_after_an_organisation",
         text("某某省发展改革委投资处孙某亮处长的讲话\n\n各位来宾：\n\n"
              "今天我们召开全省投资项目管理工作会议，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
              "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩交出满意答卷。\n"),
         "孙某亮", office="处长"),
    Case("test_a_transcript_label_and_an_associations_office",
         text("某某行业协会副会长周某平致辞\n\n"
              "周某平：尊敬的各位来宾，大家上午好。首先我代表协会对本次交易会的召开表示热烈的祝贺。\n\n"
              "最后，我预祝本次交易会圆满成功，祝各位来宾身体健康、工作顺利。\n"),
         "周某平", "title: office and name delivering the speech"),
    Case("test_a_board_is_no_speaker",
         text("董事局主席致辞\n\n各位同事：\n\n新的一年开始了，我们要坚定信心，真抓实干，推动各项工作取得新成效。\n\n"
              "让我们携手并进，共创公司更加美好的明天。\n"),
         ABSENT),
    *[Case(f"test_an_author_field_naming_a_comrade_or_an_office-{label}",
           text(f"在全县秋季工作推进会上的讲话\n作者：{value} 来源：县政府办\n\n" + SPEECH), "孙某亮", office=office)
      for label, value, office in (("comrade", "孙某亮同志", ABSENT), ("office", "县长 孙某亮", "县长"))],
    Case("test_a_speech_titled_with_its_speakers_name_and_a_colon-speech",
         text("孙某亮：坚定信心 真抓实干 奋力开创发展新局面\n\n" + SPEECH), "孙某亮"),
    Case("test_a_speech_titled_with_its_speakers_name_and_a_colon-report",
         text("孙某亮：坚定信心 真抓实干\n\n本报讯 昨天上午，全县秋季工作推进会召开，会议总结了前一阶段工作。\n\n"
              "会议指出，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩交出满意答卷。\n",
              "report.txt"),
         ABSENT),
    Case("test_a_news_reports_author_field_names_the_reporter_not_a_speaker",
         text("全县秋季工作推进会召开\n作者：孙某亮 来源：县融媒体中心\n\n"
              "本报讯 10月8日，全县秋季工作推进会召开，会议总结了前一阶段工作，安排了下一阶段任务。\n\n"
              "会议指出，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩交出满意答卷。\n"),
         ABSENT),
    Case("test_a_signature_set_just_below_the_texts_element",
         text("<html><head><meta charset='utf-8'><title>新年致辞</title></head><body>"
              "<div class='article'><h2>董事长新年致辞</h2><p>各位同事：</p>"
              "<p>新的一年开始了，我谨代表公司向各位同事致以诚挚的问候和美好的祝愿，感谢大家一年来的辛勤付出。</p>"
              "<p>让我们携手并进，共同开创公司更加美好的明天，祝大家身体健康、工作顺利！</p></div>"
              "<div><p>钱某华 董事长 (中)</p></div></body></html>", "page.html"),
         "钱某华", "signature just after the text's element", office="董事长"),
    Case("test_an_author_field_with_the_office_in_brackets",
         text("坚定信心 真抓实干\n作者：孙某亮（某某县委书记） 来源：某某日报\n\n" + SPEECH), "孙某亮",
         office="某某县委书记"),
    # A news report (it opens with its dateline, nothing announces a speech) quoting its subject's talk in the
    # headline: the talk's speaker is not the page's.
    Case("test_a_report_headlined_with_a_talk_and_a_colon_names_no_speaker",
         text("王某明局长讲话：坚定信心\n\n"
              "本报讯 昨天上午，全县秋季工作推进会召开，会议总结了前一阶段工作，安排了下一阶段任务。\n\n"
              "会议指出，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩交出满意答卷。\n"),
         ABSENT),
    # A sitting's record labels the turn by the office alone; the record names the office's holder elsewhere.
    Case("test_an_address_labelled_by_an_office_takes_the_name_printed_with_that_office",
         text("某某县人民代表大会\n\n会议过程正式纪录\n\n2021年3月3日星期三\n\n出席：县长李某明\n\n"
              "主任：现在请县长作政府工作报告。\n\n县长：各位代表、同志们：\n\n"
              "今年以来，我们团结奋斗、砥砺前行，经历了风雨洗礼，取得了来之不易的成绩，大家都付出了辛勤的汗水。\n\n"
              "新的一年，让我们携手并进，共同创造更加美好的明天，以优异成绩向全县人民交出满意答卷。\n"),
         "李某明", "office labelling the address, named with it elsewhere on the page", office="县长"),
    Case("test_a_speaker_line_under_the_title_before_the_salutation",
         text("某某任务第二场新闻发布会\n中国某某工程新闻发言人武某平\n\n" + ADDRESS), "武某平",
         office="中国某某工程新闻发言人"),
    Case("test_an_authors_note_naming_the_author_before_what_he_is",
         html("<title>某某需要跑出加速度_某某网</title>",
              "<div class='article'><h1>某某需要跑出加速度</h1>"
              "<p>稳经济政策只有在第一时间落地，才能发挥其最大的效能，惠企惠民的政策好比甘霖，解渴更要及时。</p>"
              "<p>期待各地各部门能够真抓实干，跑出加速度。（作者韩某系某某智库研究员）</p></div>"),
         "韩某", "author's note closing the text"),
    Case("test_a_headline_saying_someone_spoke_at_a_meeting_is_a_report",
         text("副校长张某某在全省基础研究工作会议上发言\n\n"
              "7月16日，全省基础研究工作会议在成都召开。有关部门负责人、高等院校负责人参加会议。\n\n"
              "我校副校长张某某作大会交流发言，介绍了学校在人才队伍建设、平台建设等方面的经验。\n"),
         ABSENT),
    # an editor's lead-in
    Case("test_a_colon_headline_names_the_speaker_unless_a_report_quotes_the_speech-lead-in",
         text(COLON_HEADLINE.format(report=LEAD_IN)), "张某某"),
    # a report's account
    Case("test_a_colon_headline_names_the_speaker_unless_a_report_quotes_the_speech-report",
         text(COLON_HEADLINE.format(report=LEAD_IN + "\n\n今早的升旗仪式因下雨改在室内举行，多名官员出席。"
                                                     "以下是张某某今早的发言全文。")),
         ABSENT),
    Case("test_the_author_of_a_report_following_its_reporter_is_no_speaker",
         html("<title>村里装了道闸停车要交费？村民打热线讨说法_某某网</title>", VILLAGE_REPORT), ABSENT),
    Case("test_an_authors_note_glued_to_the_last_paragraph_names_the_speaker",
         html("<title>从工业社会迈向数字社会</title>",
              "<div class='article'><h1>从工业社会迈向数字社会</h1>"
              "<p>数字技术正在深刻改变人类社会生活的方方面面，我们应当以积极态度拥抱变化。</p>"
              "<p>我们难道不应该更加努力学习、终身学习吗？（作者：某某协会发起人、代表作《数字社会》张志远，）</p></div>"),
         "张志远", "author's note closing the text"),
    *[Case(f"test_a_traditional_title_naming_its_speaker-{label}", text(head + "\n" + SPEECH), speaker, office=office)
      for label, head, speaker, office in (
          ("name-then-office", "馬衛光書記在全縣秋季工作推進會上的講話\n", "馬衛光", "書記"),
          ("office-then-name", "縣長李某明在全縣秋季工作推進會上的講話\n", "李某明", "縣長"),
          ("subtitle", "凝心聚力 奮勇爭先\n——縣長李某明在全縣秋季工作推進會上的講話\n", "李某明", "縣長"))],
    Case("test_a_traditional_news_headline_about_a_speech_names_no_speaker",
         html("", "<div class='article'><h1>縣長李某明在全縣秋季工作推進會上發表講話</h1>"
                  "<div>發布時間：2019-05-06</div><p>5月6日上午，全縣秋季工作推進會召開。"
                  "會議回顧前一階段工作，安排下一階段任務。</p><p>會議強調，各級各部門要堅定信心，真抓實幹。</p></div>"),
         ABSENT),
    Case("test_a_writers_credit_under_a_news_report_names_no_speaker",
         html("<title>全县秋季工作推进会召开_某某县人民政府</title>",
              "<h1>全县秋季工作推进会召开</h1><h3 class='title'>作者 李某明</h3>"
              f"<div class='article'>{MEETING_REPORT}</div>"),
         ABSENT),
    Case("test_a_traditional_signature_closing_the_text",
         html("<title>董事長致辭-某某集團</title>",
              f"<div class='text'>{SPEECH_PARAGRAPHS}<p>謝謝大家！</p><p>董事長：王某明</p></div>"),
         "王某明"),
    # a report's 作者 is its reporter
    Case("test_a_traditional_news_opening_makes_the_author_a_reporter",
         html("<title>秋收一線見聞</title>",
              "<div class='text'><h1>秋收一線見聞</h1>"
              "<p>本報訊（記者 李某）5月6日上午，全縣秋收現場一片繁忙。農機手們起早貪黑，搶收搶種。</p>"
              "<p>各級各部門堅定信心，真抓實幹，確保顆粒歸倉。</p><p>作者：李某明</p></div>"),
         ABSENT),
    Case("test_a_name_and_a_date_closing_an_article_are_its_byline_not_a_speakers_signature",
         html("<title>秋收一线见闻-某某有限公司</title>",
              f"<div class='company'><h1>秋收一线见闻</h1>{SIGNED}<p>李某明</p><p>2015年3月31日</p></div>"),
         ABSENT),
    Case("test_a_menu_row_under_the_title_names_no_speaker",
         text("全县秋季工作推进会召开\n全文下载\n\n" + NEWS_REPORT_TEXT), ABSENT),
]


DATES = [
    Case("test_a_republic_of_china_date_under_the_title",
         text("在全縣秋季工作推進會上的講話\n（中華民國九十年元旦）\n\n同志們：\n\n"
              "今天我們召開全縣秋季工作推進會，主要任務是回顧前一階段工作，安排下一階段任務。\n\n"
              "大家要堅定信心，真抓實幹，推動各項工作取得新成效，以優異成績向全縣人民交出滿意答卷。\n"),
         dt.date(2001, 1, 1), "date under the title"),
    *[Case(f"test_a_lead_in_dates_the_speech-{label}",
           text(f"在全县秋季工作推进会上的讲话\n发布时间：2021-10-12\n{lead_in}\n\n" + SPEECH), date)
      for label, lead_in, date in (
          ("today", "今天上午，全县秋季工作推进会召开，县长孙某亮作讲话。现将讲话全文刊发如下：",
           dt.date(2021, 10, 12)),
          ("month-and-day", "10月8日，全县秋季工作推进会召开，县长孙某亮作讲话。讲话全文如下：", dt.date(2021, 10, 8)),
          ("recently", "全县秋季工作推进会日前召开，县长孙某亮作讲话。讲话全文如下：", ABSENT))],
    Case("test_a_news_report_has_no_delivery_date",
         text("全县秋季工作推进会召开\n（2021年10月8日）\n\n"
              "本报讯 10月8日，全县秋季工作推进会召开，会议总结了前一阶段工作，安排了下一阶段任务。\n\n"
              "会议指出，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩交出满意答卷。\n"),
         ABSENT),
    Case("test_a_horizontal_bar_opens_a_subtitle",
         text("政府工作报告\n――2026年1月27日在某省第十四届人民代表大会第四次会议上\n省长 张某某\n\n各位代表：\n\n"
              + REPORT_TEXT),
         dt.date(2026, 1, 27)),
    Case("test_a_speech_naming_its_day",
         text("親愛的海內外同胞：\n\n今天是中華民國九十五年元旦，新的一年開始了，個人要向全體同胞拜年。\n\n"
              "回顧過去一年的歷程，我們共同經歷了許多考驗，也一起克服了困難，讓我們攜手迎接新的挑戰。\n"),
         dt.date(2006, 1, 1)),
    Case("test_a_new_year_message_dates_its_wires_month_and_day",
         text("二〇一五年新年贺词\n\n"
              "某某社北京12月31日电 新年前夕，县长张某某通过县电视台，发表了二〇一五年新年贺词。全文如下：\n\n"
              "时间过得真快，一年就要过去了，新的一年正在向我们走来。在这辞旧迎新的时刻，我向大家致以新年的祝福！\n\n"
              "这一年，我们锐意推进改革，出台了一系列重大改革举措，许多改革举措同老百姓的利益密切相关。\n"),
         dt.date(2014, 12, 31)),
    Case("test_a_bracketed_date_under_an_articles_title_dates_the_article",
         text("坚定不移推进全面从严治党\n（2019年5月6日）\n\n"
              "全面从严治党是新时代党的建设的鲜明主题。我们要坚持问题导向，保持战略定力，推动管党治党不断向纵深发展。\n\n"
              "各级党组织要切实担负起主体责任，把全面从严治党的要求落实到每个支部、每名党员。\n"),
         dt.date(2019, 5, 6)),
    Case("test_a_date_in_chinese_numerals_under_a_theme_title_dates_the_text",
         text("论若干重要关系\n一九五六年四月二十五日\n\n"
              "这是在一次扩大会议上的讲话。最近几个月，中央听取了工业、农业等部门的汇报，归纳起来有若干问题。\n\n"
              "这些问题都是围绕着一个基本方针，就是要把国内外一切积极因素调动起来，为建设服务。\n"),
         dt.date(1956, 4, 25)),
    Case("test_a_dated_subtitle_closing_the_text_dates_the_speech",
         html("<title>在全县秋季工作推进会上的讲话</title>",
              f"<div class='article'><h1>在全县秋季工作推进会上的讲话</h1>{SPEECH_PARAGRAPHS}"
              "<p>——2016年2月3日在全县秋季工作推进会上</p></div>"),
         dt.date(2016, 2, 3), "dated note or subtitle"),
    Case("test_a_date_line_closing_a_report_of_an_event_is_no_delivery_date-report",
         html("<title>全县秋季工作推进会召开</title>",
              "<div class='article'><h1>全县秋季工作推进会召开</h1><p>为切实抓好秋季各项工作，"
              "县政府召开全县秋季工作推进会，会议回顾前一阶段工作，安排下一阶段任务。</p>"
              "<p>会议要求，各级各部门要坚定信心，真抓实干，推动各项工作取得新成效。</p><p>2024年6月5日</p></div>"),
         ABSENT),
    Case("test_a_date_line_closing_a_report_of_an_event_is_no_delivery_date-signed-speech",
         text("在全县秋季工作推进会上的讲话\n\n" + SPEECH + "\n县长 李某明\n\n2024年6月5日\n", "signed.txt"),
         dt.date(2024, 6, 5)),
    *[Case(f"test_a_collections_record_named_by_date_and_title-{label}",
           text(json.dumps({"slug": slug, "title": "在全县秋季工作推进会上的讲话", "html": SPEECH_PARAGRAPHS + SIGNED},
                           ensure_ascii=False), "record.json"),
           date)
      for label, slug, date in (
          ("dash", "19951116-在全县秋季工作推进会上的讲话", dt.date(1995, 11, 16)),
          ("file-name", "1995-11-16_在全县秋季工作推进会上的讲话.md", dt.date(1995, 11, 16)),
          # another text's name: its date is not this one's
          ("another-text", "19951116-在全县春季工作会议上的讲话", ABSENT))],
    # An editor's note that the text was transcribed from a talk dates the talk; a speech's own 根据 … does not.
    *[Case(f"test_a_transcript_note_dates_the_talk-{label}", text(SPEECH_TITLE + note + "\n\n" + SPEECH),
           dt.date(2019, 5, 6))
      for label, note in (("recording", "（根据2019年5月6日讲话录音整理）"),
                          ("adapted", "本文整理自2019年5月6日某某论坛上的演讲。"))],
    Case("test_a_speech_acting_on_a_dated_decision_is_not_dated_by_it",
         text(SPEECH_TITLE + "同志们：\n\n"
              "根据2019年5月6日县委常委会的部署，我们开展了秋季工作专项检查，现在我讲三点意见。\n\n"
              + SPEECH.split("\n\n", 1)[1]),
         ABSENT),
]


PUBLISHED = [
    Case("test_a_publication_label_in_the_row_after_the_text_dates_the_page",
         html("<title>二〇二二年新年贺词_某某网</title>",
              f"<div class='title'>二〇二二年新年贺词</div><div class='content'>{NEW_YEAR}</div>"
              "<div>网页制作日期：2021/12/31 ©网页版权：某某</div>"),
         dt.date(2021, 12, 31), "labelled date in a row after the text"),
    Case("test_a_cms_pubdate_later_than_the_printed_date_is_the_regeneration-later", html(CMS_HEAD, CMS_BODY),
         dt.date(2021, 9, 6), "发布时间 line, earlier than the meta PubDate"),
    Case("test_a_cms_pubdate_later_than_the_printed_date_is_the_regeneration-earlier",
         html(CMS_HEAD.replace("2023-11-10", "2021-09-06"), CMS_BODY.replace("2021/09/06", "2021/09/08")),
         dt.date(2021, 9, 6), "meta PubDate"),
    *[Case(f"test_an_update_stamp_without_a_colon_dates_a_page_that_states_nothing_else-{label}",
           html("<title>某某就住宅违建事件道歉 - 某某中文网</title>",
                f"<div class='story'><h1>某某就住宅违建事件道歉</h1><p class='date'>{stamp}</p>"
                f"{ADDRESS_PARAGRAPHS}</div>"),
           dt.date(2012, 12, 10), step)
      # a blog's '最后更新：' row is read whole as a post meta row (post-meta-labels in cruft.yml)
      for label, stamp, step in (
          ("updated", "更新时间2012年12月10日， 格林尼治标准时间10:41", "更新时间 in a head line"),
          ("last-updated", "最后更新：2012-12-10 10:41", "更新时间 line"))],
    Case("test_a_news_sites_og_time_meta_is_the_publication",
         html("<title>某某需要跑出加速度_某某网</title><meta name='og:time ' content='2022-06-02 09:52:19'>",
              f"<div class='article'><h1>某某需要跑出加速度</h1>{ADDRESS_PARAGRAPHS}</div>"),
         dt.date(2022, 6, 2)),
    # The row (a site's name, its date, an empty 稿件来源：) is a metadata row the cleaner reads (page-meta-fields)
    Case("test_a_timed_stamp_row_opening_the_text_is_the_publication",
         html("<title>全县重大项目集中开工</title>",
              "<div class='content'><h1>全县重大项目集中开工</h1>"
              f"<p>某某网 ( 2012-06-04 09:20:26 ) 稿件来源：</p>{PROJECT_REPORT}</div>"),
         dt.date(2012, 6, 4), "发布时间 line"),
    *[Case(f"test_a_clock_timed_stamp_row_joined_to_the_first_paragraph_is_the_publication-{label}",
           html("<title>某某新闻</title>",
                f"<div class='content'><h1>全县重大项目集中开工</h1>{row}<br>{PROJECT_REPORT}</div>"),
           dt.date(2020, 5, 6))
      for label, row in (("updated", "2020-05-06 14:32更新 来源：某某新闻网"),
                         ("bracketed", "2020年5月6日08:19 [ 某某 ]  来源：[ 某某日报 ]"))],
    Case("test_a_clock_timed_date_in_a_head_row_of_counters_is_the_publication",
         html("<title>某某专栏</title>",
              "<div><h1>全县重大项目集中开工</h1><div>专栏 2020-05-06 03:01 -- 阅读 · -- 喜欢</div>"
              f"<div class='content'>{PROJECT_REPORT}</div></div>"),
         dt.date(2020, 5, 6)),
    Case("test_a_lede_that_opens_with_its_hour_dates_no_page",
         html("<title>某地发生地震</title>",
              "<div class='content'><h1>某地发生地震</h1>"
              "<p>2020年5月6日10:30，某地发生4.5级地震，震源深度10千米，当地组织力量开展排查。</p>"
              f"{PROJECT_REPORT}</div>"),
         ABSENT),
    Case("test_of_two_clock_stamps_under_the_headline_the_earliest_is_the_publication",
         html("<title>全县重大项目集中开工_某某博客</title>",
              "<div><h1>全县重大项目集中开工</h1><div>最新文章于 2020-09-04 17:53:10 更替</div>"
              "<div>某某作者于 2020-03-12 13:08:03 写成</div>"
              f"<div class='content'>{PROJECT_REPORT}</div></div>"),
         dt.date(2020, 3, 12)),
    Case("test_a_clock_stamp_row_above_the_headline_is_not_read_as_the_pages",
         html("<title>全县重大项目集中开工_某某博客</title>",
              "<div><div>原文 某某网 2019-01-02 08:00 转载</div><h1>全县重大项目集中开工</h1>"
              f"<div class='content'>{PROJECT_REPORT}</div></div>"),
         ANY, Not("clock-timed stamp in a head row or opening the text")),
    Case("test_a_stamp_line_opening_with_a_web_address",
         text("张某某：宏观政策要适时适度预调微调\nhttp://www.example.com  2011年10月25日21:58 某某网\n\n"
              "某某网天津10月25日电 10月24日至25日，张某某在天津调研，并主持召开经济形势座谈会。\n\n"
              "张某某强调，要正确认识当前经济形势，准确判断经济走势，把握好宏观调控的方向、力度和节奏。\n"),
         dt.date(2011, 10, 25)),
    Case("test_an_accounts_stamp_row_under_the_title_is_the_publication",
         html("<title>在全县秋季工作推进会上的讲话</title>",
              "<div id='js_article'><h2 class='rich_media_title'>在全县秋季工作推进会上的讲话</h2>"
              "<div><span>某某发布</span><em id='publish_time'>2020-09-09</em></div><div>"
              + SPEECH_PARAGRAPHS + "</div></div>"),
         dt.date(2020, 9, 9)),
    Case("test_a_reposted_sources_stamp_above_the_title_is_not_the_pages",
         text("---\ntitle: 政府工作报告\ndate: 2020-02-06\n---\n\n某某网 2019-03-18\n\n政府工作报告\n\n各位代表：\n\n"
              + REPORT_TEXT, "post.md"),
         dt.date(2020, 2, 6)),
    # (the posted-by row is the forum-post-stamp rule's, which ends the post there and captures its date)
    *[Case(f"test_a_forum_posts_stamp_joined_to_the_text_dates_the_page-{label}",
           html("", f"<h1>看老电影有感</h1>{POST}{stamp}<p>re: 看老电影有感 2021/03/06 08:00:00 另一网友 说得好</p>"),
           dt.date(2021, 3, 5), step)
      for label, stamp, step in (
          ("signature-row", "<p>------------------------------</p>"
                            "<p>我的博客http://blog.example.com/某网友〓某某论坛 发布时间"
                            " 2021/03/05 10:21:40 by 某网友 〓</p>", "labelled post stamp in the text"),
          ("posted-by", "<p>本帖由 某网友 于2021年3月5日10:21:40在〖电影版〗发表.</p>", "发布时间 line"))],
    Case("test_a_publication_quoted_in_the_text_dates_nothing",
         html("", f"<h1>看老电影有感</h1>{POST}<p>这篇影评最早发表于2019年5月11日的一份晚报，后来收进了文集。</p>"),
         ABSENT),
    *[Case(f"test_a_publication_label_with_its_date_set_apart_dates_the_page-{label}",
           html("", f"<h1>看老电影有感</h1>{rows}{POST}"), dt.date(2004, 9, 17))
      for label, rows in (
          ("empty-labels-then-us-stamp", "<div>作者： 来源： 发布日期：</div><div>9/17/2004 5:54:13 AM</div>"),
          ("labels-then-stamp", "<div>作者：某某 来源：某某网 发布日期：</div><div>2004-09-17 05:54</div>"),
          ("one-row", "<div>作者：某某 发布日期：9/17/2004 5:54:13 AM</div>"))],
    Case("test_a_stamp_row_in_a_head_without_a_title_line_is_the_pages_stamp",
         html("<title>这场音乐节出圈了 - 某某日报新闻客户端</title>",
              "<div class='source'><span>某某日报客户端</span><span>2024-03-12 15:35:47</span></div>"
              f"<div class='cont'>{MEETING_REPORT}</div>"),
         dt.date(2024, 3, 12), "date stamp line"),
    # The page's own 发布时间 row is read before the address.
    Case("test_a_date_the_page_prints_beats_the_address",
         csv_record({"title": "在全县秋季工作推进会上的讲话",
                     "source_url": "https://www.example.gov.cn/xxgk/201909/t20190917_4567.html",
                     "content": "发布时间：2019-09-18\n\n" + SPEECH}),
         dt.date(2019, 9, 18)),
]


def ids(case: Case) -> str:
    return case.id


@pytest.mark.parametrize("case", TITLES, ids=ids)
def test_title(tmp_path: Path, case: Case) -> None:
    document = normalize_file(case.page(tmp_path), tmp_path)
    expect(document.meta, "title", case.value)
    expect(document.provenance, "title", case.step)


@pytest.mark.parametrize("case", SPEAKERS, ids=ids)
def test_speaker(tmp_path: Path, case: Case) -> None:
    document = normalize_file(case.page(tmp_path), tmp_path)
    expect(document.meta, "speaker", case.value)
    expect(document.meta, "speaker_title", case.office)
    expect(document.provenance, "speaker", case.step)


@pytest.mark.parametrize("case", DATES, ids=ids)
def test_date(tmp_path: Path, case: Case) -> None:
    document = normalize_file(case.page(tmp_path), tmp_path)
    expect(document.meta, "date", case.value)
    expect(document.provenance, "date", case.step)


@pytest.mark.parametrize("case", PUBLISHED, ids=ids)
def test_published(tmp_path: Path, case: Case) -> None:
    document = normalize_file(case.page(tmp_path), tmp_path)
    expect(document.meta, "published", case.value)
    expect(document.provenance, "published", case.step)


def test_every_row_has_its_own_id() -> None:
    for table in (TITLES, SPEAKERS, DATES, PUBLISHED):
        names = [case.id for case in table]
        assert len(names) == len(set(names))
