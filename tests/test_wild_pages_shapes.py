"""Shapes found by running the cleaner over unlabelled pages in the wild (pages of the fetched repositories that no
set holds), each rebuilt here from made-up text: an article's body wrapped in a bare <a> by its template, a headline
round a transliterated name read as a byline, a contributor's credit in brackets as the 来源, and a blog's index of
post excerpts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.dates import plausible, plausible_speech_date
from scripts.clean.metadata import byline, is_bare_name, origin_name, speaker_before_bar, title_like
from scripts.clean.pipeline import normalize_file
from scripts.core.errors import InputError
from tests.conftest import html_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"
MORE = "互联网最大的作用就是提升效率。一个公司没有效率，就没有未来；规模和速度的背后，是效率。"
TEXT = f"<p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"
HEAD = "<title>某某中学举行迎新晚会</title>"
MENU = "<div class='nav'>" + "".join(f"<a href='/{n}.html'>{w}</a>" for n, w in enumerate(
    ("首页", "学校概况", "学生成长", "教师发展", "家长天地", "校园新闻"))) + "</div>"


def test_a_bare_anchor_holding_the_articles_paragraphs_is_no_link(tmp_path: Path) -> None:
    """'<a style="font-size:12px"><p>…</p><p>…</p></a>': a template's styling wrapper round the body, which the
    reader never clicks. Read as a link, every paragraph was link text and the page was refused as navigation."""
    wrapped = f"<div class='rong'><a style='font-size:12px'>{TEXT}</a></div>"
    body = f"{MENU}<div class='tit'>某某中学举行迎新晚会</div>{wrapped}"
    document = normalize_file(html_page(tmp_path, HEAD, body), tmp_path)
    assert PROSE in document.body and MORE in document.body
    assert "学校概况" not in document.body


def test_a_bare_anchor_round_a_picture_and_its_label_still_links(tmp_path: Path) -> None:
    """A gallery's '<a><img><span>会议现场</span></a>' is a link a script makes clickable: its label stays out of the
    text as before."""
    gallery = "".join(f"<li><a><img src='{n}.jpg'><span>现场图片{n}</span></a></li>" for n in range(6))
    body = f"{MENU}<h1>某某中学举行迎新晚会</h1><div class='con'>{TEXT}</div><ul class='pics'>{gallery}</ul>"
    document = normalize_file(html_page(tmp_path, HEAD, body), tmp_path)
    assert "现场图片" not in document.body and PROSE in document.body


@pytest.mark.parametrize("headline", ["驻某某领事馆向保罗·某某中学捐赠图书", "市图书馆向约翰·某某小学赠送图书"])
def test_a_headline_round_a_transliterated_name_is_no_byline(headline: str) -> None:
    """A middle dot inside a headline ('…领事馆向保罗·高更中学捐赠图书') made the words round it one dotted name
    after an office ending (领事): a run holding two common words is no name."""
    assert byline(headline) is None


@pytest.mark.parametrize(("line", "office", "name"), [
    ("国务委员兼外交部长阿某·某某", "国务委员兼外交部长", "阿某·某某"),
    ("自治区主席雪克来提·扎克尔", "自治区主席", "雪克来提·扎克尔")])
def test_a_transliterated_name_after_an_office_is_still_a_byline(line: str, office: str, name: str) -> None:
    assert byline(line) == (office, name)


@pytest.mark.parametrize(("value", "name"), [
    ("（驻某某领事馆供稿）", "驻某某领事馆"), ("（驻某某领事馆供稿", "驻某某领事馆"),
    ("(某某日报)", "某某日报"), ("新华社 （2016年4月26日）（节录", "新华社")])
def test_a_credit_in_brackets_names_its_contributor(value: str, name: str) -> None:
    """'来源：（驻某某领事馆供稿）': the source is the contributor, not the bracket and the word 供稿."""
    assert origin_name(value) == name


def excerpt(n: int, link: str) -> str:
    return f"<article><h2><a href='/post/{n}/'>第{n}篇随笔</a></h2><p>{PROSE}</p><p>{OTHER}</p>" \
        f"<a class='btn' href='/post/{n}/#more'>{link}</a></article>"


@pytest.mark.parametrize("link", ["阅读全文 »", "Continue reading →", "繼續閱讀"])
def test_a_blogs_index_of_post_excerpts_is_refused(tmp_path: Path, link: str) -> None:
    """A blog's front page prints each post's opening and a link to the rest: an index, refused with a message
    that says so. The first excerpt's greeting had been taken for a title and the excerpts run together."""
    body = f"<header><a href='/'>某某的博客</a></header><main>{''.join(excerpt(n, link) for n in range(5))}</main>"
    with pytest.raises(InputError, match="an index of posts"):
        normalize_file(html_page(tmp_path, "<title>某某的博客</title>", body), tmp_path)


def test_a_post_with_one_read_more_link_is_kept(tmp_path: Path) -> None:
    """One post carries one such link at most (a WeChat page's 阅读全文), and a portal's columns end with 'more'."""
    columns = "".join(f"<div class='col'><h3>栏目{n}</h3><a href='/c{n}/'>more>></a></div>" for n in range(4))
    body = f"<h1>某某中学举行迎新晚会</h1><div class='con'>{TEXT}<a href='/p/1'>阅读全文</a></div>{columns}"
    document = normalize_file(html_page(tmp_path, HEAD, body), tmp_path)
    assert PROSE in document.body


def test_a_speaker_before_a_bar_over_a_speech_titled_with_its_theme() -> None:
    """'某某学院张某校长 | 2014届毕业典礼校长讲话：今天这个日子': the speech word comes before the theme's colon."""
    assert speaker_before_bar("某某学院张某校长 | 2014届毕业典礼校长讲话：今天这个日子") == ("某某学院校长", "张某")
    assert speaker_before_bar("某某学院张某校长 | 校园风光：今天这个日子") is None


def test_a_headline_with_a_comma_given_by_the_h1_and_the_page_title_is_the_title(tmp_path: Path) -> None:
    """'须知少时凌云志，曾许人间第一流' as the <h1> and before '| 某某的博客': a headline the page names twice, though
    it reads as a clause its text does not take up. A line with a comma only the text shows is still no title."""
    head = "<title>须知少时凌云志，曾许人间第一流 | 某某的博客</title>"
    body = f"<h1 class='post-title'>须知少时凌云志，曾许人间第一流</h1><div class='post-body'>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["title"] == "须知少时凌云志，曾许人间第一流"
    lone = f"<h1 class='post-title'>须知少时凌云志，曾许人间第一流</h1><div class='post-body'>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, "<title>某某的博客</title>", lone), tmp_path)
    assert document.meta.get("title") != "须知少时凌云志，曾许人间第一流"


def test_a_tag_page_of_titles_and_their_dates_is_refused(tmp_path: Path) -> None:
    """A blog's tag page: each title a line, its date the next, no sentence anywhere. It was cleaned into a
    'speech' of headlines and dates; it is refused as an index of articles."""
    titles = ["携手构建网络空间命运共同体", "新时代的某某卫星导航系统", "中华人民共和国某某管理法",
              "关于进一步做好某某工作的通知", "某某论坛在京举行两国企业家共话合作", "某某部门解读某某权能否继承",
              "某某国家主席在某某峰会上发表讲话", "某某个人养老金制度正式实施", "某某平台上线监管企业信息查询功能",
              "解决某某危机的四个应该和四个共同"]
    rows = "".join(f"<a href='/p/{n}/' class='a-block'><div class='post-item'><div class='post-item-title'>{title}"
                   f"</div><div class='post-item-meta'>2022-11-{10 + n:02d}</div></div></a>"
                   for n, title in enumerate(titles))
    body = f"<header><a href='/'>某某的博客</a></header><h1>Tags / 中国</h1><div class='posts'>{rows}</div>"
    with pytest.raises(InputError, match="an index of articles"):
        normalize_file(html_page(tmp_path, "<title>标签：中国</title>", body), tmp_path)


def test_a_live_report_of_stamped_entries_is_kept(tmp_path: Path) -> None:
    """A live report's entries each under its stamp are sentences: not an index."""
    entries = "".join(f"<p>2017-11-24 14:{20 + n}:00</p><p>{text}</p>" for n, text in enumerate((PROSE, OTHER, MORE,
                                                                                               PROSE + OTHER)))
    body = f"<h1>某某挑战赛正式启动</h1><div class='live'>{entries}</div>"
    document = normalize_file(html_page(tmp_path, "<title>某某挑战赛正式启动</title>", body), tmp_path)
    assert OTHER in document.body


@pytest.mark.parametrize("run", ["高亮划线", "解决方案", "国内", "今年"])
def test_common_words_opening_with_a_family_names_character_are_no_name(run: str) -> None:
    """A post's '高亮划线' (highlights) label, a menu's '解决方案', a transcript's '国内：' label: words, not names."""
    assert not is_bare_name(run, placed=True)


@pytest.mark.parametrize("name", ["张某明", "王建国", "陈方安生", "叶刘淑仪", "方向东", "高明", "司马相如"])
def test_names_that_cut_into_words_are_still_names(name: str) -> None:
    assert is_bare_name(name, placed=True)


def test_an_office_never_opens_with_a_preposition() -> None:
    """'为百岁教授祝寿' (a headline: celebrating a professor's birthday) is no byline of a 教授 named 祝寿; a district
    whose name opens with such a character ('和平区') still is an office's place."""
    assert byline("为百岁教授祝寿") is None
    assert byline("和平区区长赵某某") == ("和平区区长", "赵某某")


def test_the_zero_of_machine_time_is_no_publication_date(tmp_path: Path) -> None:
    """'1970-01-01 08:00:00' in a news page's date row: the CMS never stored the time. No published date rather than
    a wrong one; a speech's own day of 1 January 1970 stays a delivery date."""
    body = f"<h1>某某政府注资某某平台</h1><div class='info'>1970-01-01 08:00:00</div><div class='con'>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, "<title>某某政府注资某某平台 - 动态资讯</title>", body), tmp_path)
    assert "published" not in document.meta
    assert plausible_speech_date(dt.date(1970, 1, 1)) and not plausible(dt.date(1970, 1, 1))


def test_a_login_link_holding_the_sites_name_does_not_turn_the_page_title_round(tmp_path: Path) -> None:
    """'某某文选 : 第19幕_某某_在线阅读_某某藏书网' with an <h1> '登录某某藏书网' (a login link): the page does not
    show the site's name as its headline, so the <title> names the site last, and the login link is no title."""
    head = "<title>某某文选 : 第19幕 审判_某某_在线阅读_某某藏书网</title>"
    login = "<h1><a href='/login'>登录某某藏书网</a></h1>"
    body = f"{login}<div class='crumb'>第19幕 审判</div><div class='con'>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta.get("title") != "登录某某藏书网"


@pytest.mark.parametrize(("line", "titled"), [("及师生生活中的亮点。", False), ("以及全体教职员工的辛勤付出", False),
                                              ("及时回应群众关切 推动问题解决", True)])
def test_a_line_opening_with_a_conjunction_is_no_title(line: str, titled: bool) -> None:
    assert title_like(line) is titled
