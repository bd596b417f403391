"""Shapes found by running the cleaner over unlabelled text files in the wild (corpora of reports and speeches that
word-cloud and translation projects keep), each rebuilt here from made-up text: a delivery date in full-width
figures, a subtitle opened by a box-drawing dash, a speech's title in 书名号 followed by its speaker's name, and the
day and place of a speech under its speaker's name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.containers import safe_yaml
from scripts.clean.dates import date_line, spans_days
from scripts.clean.metadata import byline, office_name_delivering, speech_named_by, title_like, titled_as_its_subject
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

OPENING = "同志们："
PROSE = "现在，我代表上一届委员会向大会作报告。我们要坚定信心，真抓实干，推动高质量发展取得新成效。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"
BODY = f"{OPENING}\n{PROSE}\n{OTHER}\n"


def test_a_delivery_date_in_full_width_figures_is_the_speech_date(tmp_path: Path) -> None:
    """'（２０１２年１１月８日）' under a report's title, as GB2312-era texts type figures: it was dropped as head
    chrome and the report had no date."""
    page = text_page(tmp_path, "坚定信心 为建设美好家园而奋斗\n——在某某市第五次代表大会上的报告\n"
                               f"（２０１２年１１月８日）\n王建国\n{BODY}")
    document = normalize_file(page, tmp_path)
    assert document.meta["date"] == dt.date(2012, 11, 8)
    assert document.meta["speaker"] == "王建国"
    assert "２０１２" not in document.body


@pytest.mark.parametrize("dash", ["━━", "——", "──"])
def test_a_subtitle_opened_by_a_box_drawing_dash_is_no_title(tmp_path: Path, dash: str) -> None:
    """'━━在…上的报告' (heavy box-drawing lines typed for the dash): read as a plain line, the subtitle was the
    title and the main title above it was lost."""
    page = text_page(tmp_path, f"坚定信心 为建设美好家园而奋斗\n{dash}在某某市第五次代表大会上的报告\n"
                               f"（2012年11月8日）\n王建国\n{BODY}")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"].replace(" ", "") == "坚定信心为建设美好家园而奋斗"
    assert document.meta["date"] == dt.date(2012, 11, 8)


@pytest.mark.parametrize("credit", [" 王建国", "　王建国", "-王建国", "——王建国"])
def test_a_name_after_the_speechs_title_in_shuminghao_is_its_speaker(tmp_path: Path, credit: str) -> None:
    """'《高举…而团结奋斗》 某某', as a corpus heads each text: the title named no speech word, so no step read the
    name closing it."""
    page = text_page(tmp_path, f"《坚定信心　为建设美好家园而团结奋斗》{credit}\n\n{BODY}")
    assert normalize_file(page, tmp_path).meta["speaker"] == "王建国"


def test_a_name_after_a_books_title_over_a_news_report_is_no_speaker(tmp_path: Path) -> None:
    """A report under '《…》 name' (a book and its author, written about in the third person) names no speaker."""
    report = ("本报讯 近日，某某出版社出版的新书在市图书馆举行首发式，读者排起长队。"
              "该书记录了某某县三十年来的发展变化，受到广泛好评。")
    page = text_page(tmp_path, f"《山乡巨变三十年》 王建国\n\n{report}\n{OTHER}\n")
    assert normalize_file(page, tmp_path).meta.get("speaker") is None


@pytest.mark.parametrize("place", ["2020年1月17日，内比都", "(2020年1月17日，内比都)"])
def test_the_day_and_place_under_the_speakers_name_are_the_speech_date(tmp_path: Path, place: str) -> None:
    """'2020年1月17日，内比都' under '中华人民共和国主席 某某', as a ministry prints a speech abroad: it was read as
    the page's publication stamp, and the speech had no date."""
    page = text_page(tmp_path, f"在某某国家建交七十周年庆祝活动上的致辞\n某某国家主席　王建国\n{place}\n"
                               f"尊敬的各位来宾，女士们，先生们：\n{PROSE}\n{OTHER}\n")
    document = normalize_file(page, tmp_path)
    assert document.meta["date"] == dt.date(2020, 1, 17)
    assert document.meta.get("published") is None


@pytest.mark.parametrize(("title", "office", "name"), [
    ("某某清洁公司2015年年会王某霞副总经理的讲话", "副总经理", "王某霞"),
    ("某某清洁公司2015年年会王超副总经理讲话", "副总经理", "王超"),
    ("某某集团年会张某明常务副总经理的讲话", "常务副总经理", "张某明")])
def test_a_deputys_office_keeps_its_fu(title: str, office: str, name: str) -> None:
    """'…王某霞副总经理的讲话': 副总经理 is no listed ending, so the name took the 副 ('某霞副', '王超副')."""
    assert speech_named_by(title) == (office, name)


@pytest.mark.parametrize(("lead", "office", "name"), [
    ("集团党委副书记兼副总经理田某线上出席并作专题宣讲。", "集团党委副书记兼副总经理", "田某"),
    ("省长李某某视频致辞。", "省长", "李某某"),
    ("县长王某以书面方式致辞。", "县长", "王某")])
def test_how_a_speaker_took_part_is_no_part_of_the_name(lead: str, office: str, name: str) -> None:
    """'…副总经理田某线上出席并…宣讲': the manner ran into the name ('田某线上')."""
    assert office_name_delivering(lead) == (office, name)


@pytest.mark.parametrize(("title", "name", "subject"), [
    ("关于雷某的演讲稿", "雷某", True), ("学习雷某精神演讲稿", "雷某", True),
    ("纪念张某某同志诞辰一百周年", "张某某", True),
    ("雷某的演讲", "雷某", False), ("雷某在某某大学的演讲", "雷某", False)])
def test_a_title_about_a_person_makes_them_its_subject(title: str, name: str, subject: bool) -> None:
    """A blog files a student's talk on a model under the model's name: the talk is about him, not his."""
    assert titled_as_its_subject(title, name) is subject


def test_a_papers_commentator_byline_is_no_title(tmp_path: Path) -> None:
    """'本报评论员' under a commentary's headline and subtitle: six characters, it read as a short title, and a
    series of commentaries all came out titled '本报评论员'."""
    page = text_page(tmp_path, "加强制度建设 强化监督\n——四论学习贯彻某某会议精神\n本报评论员\n"
                               "《 某某日报 》（ 2015年01月18日 01 版）　　信任不能代替监督，管长远要靠制度。"
                               "新形势下，需要加强制度建设、强化监督。\n"
                               f"{OTHER}\n{PROSE}\n")
    assert normalize_file(page, tmp_path).meta["title"].replace(" ", "") == "加强制度建设强化监督"


@pytest.mark.parametrize("byline", ["本报评论员", "人民日报评论员", "新华社记者", "本刊编辑部"])
def test_an_institutional_byline_is_not_title_like(byline: str) -> None:
    assert not title_like(byline)


def test_front_matter_with_python_tags_is_read_as_front_matter(tmp_path: Path) -> None:
    """A Python 2 exporter writes '!!python/unicode' before its values: the safe loader refused the whole block, its
    'description:' line became the title, and its keys were left in the text."""
    front = ("---\ncategories: !!python/unicode 'lunwen'\ndescription: 商业写作的本质\n"
             "keywords: !!python/str '论坛,某某'\ntitle: 在某某公司年会上的讲话\n---\n")
    document = normalize_file(text_page(tmp_path, f"{front}\n{BODY}", "post.md"), tmp_path)
    assert document.meta["title"] == "在某某公司年会上的讲话"
    assert "keywords" not in document.body and "python" not in document.body


def test_a_python_object_tag_constructs_nothing() -> None:
    """Only strings, lists and mappings come out of a tagged value: an object tag is read as its arguments."""
    assert safe_yaml("x: !!python/object/apply:os.system ['echo hi']") == {"x": ["echo hi"]}


def test_an_address_of_several_lines_is_the_texts_opening(tmp_path: Path) -> None:
    """'尊敬的某某主席先生，' / '亚太工商界各位代表，' / '女士们，先生们，朋友们：': the second line was split into a
    title ('亚太工商界') and a salutation, and the address's first lines were left in the head."""
    head = "深化伙伴关系 增强发展动力\n——在某某峰会上的主旨演讲\n（2016年11月19日，利马）\n某某国主席 王建国\n\n"
    address = "布斯塔曼特主席先生，\n\n亚太工商界各位代表，\n\n女士们，先生们，朋友们：\n\n"
    document = normalize_file(text_page(tmp_path, f"{head}{address}{PROSE}\n\n{OTHER}\n"), tmp_path)
    assert document.meta["title"].replace(" ", "") == "深化伙伴关系增强发展动力"
    body = document.body
    assert body.index("布斯塔曼特主席先生") < body.index("亚太工商界各位代表") < body.index(PROSE)


@pytest.mark.parametrize("headline", ["某某会见越南国家主席武某赏", "某某致电祝贺某国新任总理王某某"])
def test_a_headline_on_meeting_someone_is_no_byline(headline: str) -> None:
    """'某某会见越南国家主席武某赏': the guest's office and name close the headline; read as a byline, the guest was
    the speaker of a news report and the page lost its title."""
    assert byline(headline) is None


def test_the_guests_office_and_name_alone_are_still_a_byline() -> None:
    assert byline("越南国家主席武某赏") == ("越南国家主席", "武某赏")


def test_a_report_on_a_meeting_keeps_its_headline(tmp_path: Path) -> None:
    report = ("本报北京10月20日电 10月20日上午，国家主席某某在人民大会堂会见来华出席论坛的越南国家主席武某赏。"
              "双方就两国关系深入交换意见。")
    page = text_page(tmp_path, f"\n某某会见越南国家主席武某赏\n\n{report}\n{OTHER}\n")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "某某会见越南国家主席武某赏"
    assert document.meta.get("speaker") is None


def test_a_collections_number_before_a_title_is_no_part_of_it(tmp_path: Path) -> None:
    """'55. 王某某在某某峰会欢迎宴会上的祝酒辞': with the number the title named no speaker, and a toast was no speech
    word."""
    address = "尊敬的各位来宾，女士们，先生们："
    page = text_page(tmp_path, f"55. 王建国在某某峰会欢迎宴会上的祝酒辞\n{address}\n{PROSE}\n{OTHER}\n")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "王建国在某某峰会欢迎宴会上的祝酒辞"
    assert document.meta["speaker"] == "王建国"


@pytest.mark.parametrize("mark", ["*", "※", "①", "[1]"])
def test_a_notes_mark_closing_a_title_is_dropped(tmp_path: Path, mark: str) -> None:
    """Collected works link a title to the note on its occasion ('向全国进军的命令*')."""
    page = text_page(tmp_path, f"# 坚定信心的命令{mark}\n\n（一九四九年四月二十一日）\n\n{BODY}", "work.md")
    assert normalize_file(page, tmp_path).meta["title"] == "坚定信心的命令"


@pytest.mark.parametrize("address", ["各野战军全体指挥员战斗员同志们，南方各游击区人民解放军同志们：",
                                     "中国共产党全国代表会议各位代表同志们："])
def test_a_salutation_naming_its_group_first_opens_the_text(tmp_path: Path, address: str) -> None:
    """The words before '同志们' name whom it addresses: split off as a glued title, they became the title, and the
    date under the real title was read as the page's publication."""
    head = "# 坚定信心的命令\n\n（一九四九年四月二十一日）\n\n"
    page = text_page(tmp_path, f"{head}{address}\n\n{PROSE}\n\n{OTHER}\n", "work.md")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "坚定信心的命令"
    assert document.meta["date"] == dt.date(1949, 4, 21)
    assert document.body.startswith(address)


def test_a_short_title_over_its_bracketed_date_is_the_title(tmp_path: Path) -> None:
    """'# 组织起来' over '（一九四三年十一月二十九日）', as collected works print a short title: four characters were
    too few for a title, and the date under it went unread."""
    page = text_page(tmp_path, f"# 组织起来\n\n（一九四三年十一月二十九日）\n\n{PROSE}\n\n{OTHER}\n", "work.md")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "组织起来"
    assert document.meta["date"] == dt.date(1943, 11, 29)


def test_a_date_time_and_place_in_brackets_are_no_title(tmp_path: Path) -> None:
    """'（2016年1月16日上午，钓鱼台国宾馆）' under '某某：在…上的致辞': with the time of day it was no date line, and it
    read as the title."""
    page = text_page(tmp_path, f"王建国：在某某银行开业仪式上的致辞\n\n（2016年1月16日上午，钓鱼台国宾馆）\n\n"
                               f"尊敬的各位来宾，\n\n{PROSE}\n\n{OTHER}\n")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "在某某银行开业仪式上的致辞"
    assert document.meta["date"] == dt.date(2016, 1, 16)


@pytest.mark.parametrize("note", ["（在多伦多大学）", "(在某某大学)"])
def test_a_line_wholly_in_brackets_is_not_title_like(note: str) -> None:
    assert not title_like(note)


def test_an_address_line_that_lost_its_comma_still_opens_the_text(tmp_path: Path) -> None:
    """'尊敬的某某总统' (its comma lost) over '尊敬的某某总理，' / '女士们、先生们：': it stayed in the head and became
    the title, and the day and place under the subtitle were read as the page's stamp."""
    head = "坚定信心 开辟更加光明未来\n——在某某会晤大范围会议上的讲话\n2017年9月4日，厦门\n"
    page = text_page(tmp_path, f"{head}尊敬的祖马总统\n尊敬的普京总统，\n女士们、先生们、朋友们：\n{PROSE}\n{OTHER}\n")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"].replace(" ", "") == "坚定信心开辟更加光明未来"
    assert document.meta["date"] == dt.date(2017, 9, 4)
    assert document.body.startswith("尊敬的祖马总统")


def test_a_banner_line_is_not_joined_to_a_colon_headline(tmp_path: Path) -> None:
    """'某某重要讲话数据库' over '王某某：为…而不懈努力' over its '——在…上的讲话': the two lines were joined as one
    title in two lines, and the speaker before the colon went unread."""
    head = "某某重要讲话数据库\n王建国：为构建新型伙伴关系而不懈努力\n——在某某对话上的讲话\n（2016年6月6日）\n"
    document = normalize_file(text_page(tmp_path, f"{head}{BODY}"), tmp_path)
    assert document.meta["title"] == "王建国：为构建新型伙伴关系而不懈努力"
    assert document.meta["speaker"] == "王建国"


@pytest.mark.parametrize("title", ["王建国欢迎某某团队回归公司的讲话", "王建国同各界优秀青年代表座谈时的讲话",
                                   "王建国与某某秘书处座谈会上的讲话"])
def test_a_title_opening_with_the_speaker_and_what_they_did_names_them(tmp_path: Path, title: str) -> None:
    """'某某欢迎…团队回归华为的讲话': only the '某某在…上的讲话' form was read for its speaker."""
    page = text_page(tmp_path, f"## {title}\n\n2006年5月10日\n\n{BODY}", "talk.md")
    assert normalize_file(page, tmp_path).meta["speaker"] == "王建国"


def test_a_title_on_studying_such_a_talk_names_no_speaker(tmp_path: Path) -> None:
    report = "近日，学院党支部组织全体党员集中学习，大家纷纷表示收获很大。支部书记主持会议并作总结。"
    page = text_page(tmp_path, f"## 学习王建国同青年代表座谈时的讲话精神\n\n{report}\n\n{OTHER}\n", "study.md")
    assert normalize_file(page, tmp_path).meta.get("speaker") is None


@pytest.mark.parametrize(("line", "day"), [("2017年10月4日-6日", dt.date(2017, 10, 4)),
                                          ("（2023年5月30日至6月2日）", dt.date(2023, 5, 30))])
def test_a_span_of_days_under_the_title_is_the_speechs_date(tmp_path: Path, line: str, day: dt.date) -> None:
    """'2017年10月4日-6日' under a talk's title: a meeting's days, which no site stamps a page with. It was no date
    line, and a stamp-reading step filed its first day as the publication date."""
    text = f"### 一、关于今年的工作\n\n{PROSE}\n\n{OTHER}\n"
    page = text_page(tmp_path, f"# 在某某代表处工作汇报会上的讲话\n\n{line}\n\n{text}", "talk.md")
    document = normalize_file(page, tmp_path)
    assert document.meta["date"] == day
    assert document.meta.get("published") is None


def test_a_span_of_days_is_read_by_its_first_day() -> None:
    assert date_line("2017年10月4日-6日") == dt.date(2017, 10, 4)
    assert spans_days("2017年10月4日-6日") and not spans_days("2017年10月4日")
