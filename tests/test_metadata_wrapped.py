"""Title, speaker and dates on made-up pages shaped like what mirrors, scrapers' records, reposts and transcripts
do to them (issue 10: pages nobody tuned for). Each test fails on the cascade before the rule it names."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from scripts.clean.metadata import names_listeners, title_like, without_title_wrappers
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page, text_page

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
          "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")
REPORT_TEXT = ("现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。\n"
               "过去一年，面对复杂严峻的形势，全县经济运行稳中有进，发展质量稳步提升，民生持续改善。\n")


def csv_page(tmp_path: Path, title: str, full_text: str) -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["title", "publish_date", "full_text"], lineterminator="\n")
    writer.writeheader()
    writer.writerow({"title": title, "publish_date": "2026-01-31", "full_text": full_text})
    return text_page(tmp_path, out.getvalue(), "record.csv")


@pytest.mark.parametrize(("line", "title"), [
    ("某某学院->在全院毕业典礼上的讲话 | example.edu.cn", "在全院毕业典礼上的讲话"),
    ("某某大学 » 在开学典礼上的讲话 | 某某大学", "在开学典礼上的讲话"),
    ("【某某刊No.12】信心来自实干", "信心来自实干"),
    ("【2021年第3期】信心来自实干", "信心来自实干"),
    ("在全县大会上的讲话_领导讲话_某某县人民政府", "在全县大会上的讲话"),
    ("在全县大会上的讲话 - 某某大学", "在全县大会上的讲话"),
    ("## 【某某在线】在开学典礼上的讲话", "在开学典礼上的讲话"),  # a Markdown copy's heading, a site in brackets
    ("[某某网] 在全县大会上的讲话", "在全县大会上的讲话"),
    # what stays: a column's kicker the headline prints (spaced, glued or in brackets without an issue number),
    # a short title beside the site's name, a title with a bar inside it
    ("时评 | 张某某：坚持改革开放不动摇", "时评 | 张某某：坚持改革开放不动摇"),
    ("【稳健前行】坚定实施扩大内需战略", "【稳健前行】坚定实施扩大内需战略"),
    ("政能亮丨稳经济需要跑出加速度", "政能亮丨稳经济需要跑出加速度"),
    ("院长致辞 | 某某职业学院", "院长致辞"),
    ("中国-东盟博览会开幕式上的致辞", "中国-东盟博览会开幕式上的致辞"),
])
def test_what_a_site_wraps_around_a_title_is_no_part_of_it(line: str, title: str) -> None:
    assert without_title_wrappers(line) == title


def test_a_mirrors_front_matter_title_loses_the_site_around_it(tmp_path: Path) -> None:
    text = ("---\ntitle: 某某学院->在全院毕业典礼上的讲话——院长张某某 | example.edu.cn\n"
            "date: 2020-06-28 15:31:30\n---\n张某某\n\n（2020年6月28日）\n\n摄影 王某某\n\n" + SPEECH)
    document = normalize_file(text_page(tmp_path, text, "post.md"), tmp_path)
    assert document.meta["title"] == "在全院毕业典礼上的讲话"
    assert (document.meta["date"], document.meta["published"]) == (dt.date(2020, 6, 28), dt.date(2020, 6, 28))


@pytest.mark.parametrize("line", ["各位参议员先生，", "全国同胞们，", "全体同学们，", "摄影 王某某", "文/李某"])
def test_a_line_ending_in_a_comma_or_a_credit_is_no_title(line: str) -> None:
    assert not title_like(line)


def test_a_salutation_cut_at_its_comma_does_not_replace_the_title(tmp_path: Path) -> None:
    text = "在全县代表会议上的演说\n\n（一九四一年十一月六日）\n\n各位参议员先生，\n\n" + SPEECH
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["title"] == "在全县代表会议上的演说"
    assert document.meta["date"] == dt.date(1941, 11, 6)


def test_the_pages_own_headline_beats_a_scrapers_composed_title(tmp_path: Path) -> None:
    """The record's title adds the year and the province the page never prints; the wrapped subtitle dates it."""
    text = ("政府工作报告\n——2026年1月26日在某省第十四届\n人民代表大会第五次会议上\n某省省长 张某某\n各位代表：\n"
            + REPORT_TEXT)
    document = normalize_file(csv_page(tmp_path, "2026年某省政府工作报告", text), tmp_path)
    assert document.meta["title"] == "政府工作报告"
    assert document.provenance["title"] == "the page's own headline inside the container's title"
    assert (document.meta["speaker"], document.meta["date"]) == ("张某某", dt.date(2026, 1, 26))


def test_a_delivery_statement_glued_to_its_byline(tmp_path: Path) -> None:
    text = ("某省2026年政府工作报告\n2026年1月27日在某省第十四届人民代表大会第四次会议上 某省省长 张某某\n"
            "2026-02-02 09:20\n\n各位代表：\n\n" + REPORT_TEXT)
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["speaker"], document.meta["speaker_title"]) == ("张某某", "某省省长")
    assert (document.meta["date"], document.meta["published"]) == (dt.date(2026, 1, 27), dt.date(2026, 2, 2))


def test_a_date_under_a_headline_over_a_report_is_the_pages(tmp_path: Path) -> None:
    text = ("纪念某某同志逝世四十周年\n2014年3月20日\n\n"
            "2014年3月20日是某某同志逝世四十周年纪念日。亲属和老战士们在公园举行了简朴的纪念仪式。\n\n"
            "同志们，朋友们：\n\n去年十月，我们在这里树立起两位老人的塑像，今天我们又一次在这里相聚，缅怀他们的一生。\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["published"] == dt.date(2014, 3, 20)
    assert "date" not in document.meta


def test_a_transcripts_credit_and_the_day_it_was_given(tmp_path: Path) -> None:
    text = ("信心来自实干\n口述｜曾某某、整理｜张某某\n\n"
            "本篇根据2020年11月8日读书会上的讲话录音整理，略有删节。\n\n"
            "实干有两个层次，一是做好本职工作，另外还有一个更高的层次，就是带动身边的人一起进步。\n\n"
            "我刚参加工作的时候，也曾经犹豫过、退缩过，是身边的同事一次又一次地鼓励我，让我坚持了下来。\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["speaker"] == "曾某某"
    assert document.meta["date"] == dt.date(2020, 11, 8)
    assert document.provenance["date"] == "editor's note: transcribed from a talk on a day"


def test_a_bracketed_date_on_the_source_line_of_a_speech(tmp_path: Path) -> None:
    text = ("张某某：欢迎知识分子提出批评\n2016-05-01\n来源：某某社 （2016年4月26日）（节录）\n\n"
            "大家好！我这次来调研，正好是节日前夕。今天，我们在这里召开一个座谈会，听听大家的意见和建议。\n\n"
            "首先，我向在座各位，并通过你们，向全省广大知识分子、劳动群众、青年，致以诚挚的问候！\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["date"], document.meta["published"]) == (dt.date(2016, 4, 26), dt.date(2016, 5, 1))
    assert document.meta["speaker"] == "张某某"


def test_a_full_text_announced_under_an_office_and_name_title(tmp_path: Path) -> None:
    text = ("---\ntitle: 前某某局局长张某某宣布参选记者会全文\ndate: 2017-01-19\n---\n\n"
            "前某某局局长张某某今天举行记者会，正式宣布参选。以下为记者会发言全文。\n\n各位市民：\n\n"
            "三十多年前，我们的城市正处在变化之中，我相信在座一些朋友，都会记得当时的情况。\n\n"
            "今天，我决定参选，因为我相信我们能够一起把这座城市建设得更好。多谢大家。\n")
    document = normalize_file(text_page(tmp_path, text, "post.md"), tmp_path)
    assert (document.meta["speaker"], document.meta["speaker_title"]) == ("张某某", "前某某局局长")
    assert document.meta["date"] == dt.date(2017, 1, 19)  # 今天 in the lead-in: the day of publication


@pytest.mark.parametrize(("line", "ok"), [
    ("终审法院首席法官、各位司法机构人员、各位嘉宾、各位女士、各位先生：", True),
    ("全县广大干部群众们：", True),
    ("会议指出：", False),
    ("我们要做到以下几点：", False),
    ("各位代表，今年的任务十分繁重。我们要：", False),
])
def test_a_salutation_listing_its_listeners(line: str, ok: bool) -> None:
    assert names_listeners(line) is ok


def test_the_heading_under_a_speakers_credit_is_the_speechs_title(tmp_path: Path) -> None:
    path = html_page(tmp_path, "<title>读一篇开学致辞 | 某某的博客</title>",
                     "<article><h1>读一篇开学致辞</h1>"
                     "<p>开学那天的致辞我读了好几遍，每读一遍都有新的收获，也想起了自己的学生时代。</p>"
                     "<h2>致辞：王某（教师代表、化学家）</h2><h2>把时间交给热爱</h2>"
                     "<p>同学们，欢迎你们来到这所学校，从今天起，你们将在这里度过人生中最好的几年时光。</p>"
                     "<p>我希望你们把时间交给真正热爱的事情，多读书，多动手，也多和身边的人交流。</p>"
                     "</article>")
    document = normalize_file(path, tmp_path)
    assert (document.meta["title"], document.meta["speaker"]) == ("把时间交给热爱", "王某")
    assert "致辞：" not in document.body  # the credit is the page's: taken off, and still read (captured as credit)
    assert ("speaker-credit", "致辞：王某（教师代表、化学家）") in [(r.rule, r.text) for r in document.removals]


def test_a_headline_announcing_a_speech_gives_its_own_title(tmp_path: Path) -> None:
    text = ("国家主席张某某发表二零一五年新年贺词\n\n"
            "某某社北京12月31日电 新年前夕，国家主席张某某通过广播电视，发表了二〇一五年新年贺词。全文如下：\n\n"
            "时间过得真快，一年就要过去了，新的一年正在向我们走来。在这辞旧迎新的时刻，我向大家致以新年的祝福！\n\n"
            "这一年，我们锐意推进改革，出台了一系列重大改革举措，许多改革举措同老百姓的利益密切相关。\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["title"] == "二〇一五年新年贺词"
    assert (document.meta["speaker"], document.meta["speaker_title"]) == ("张某某", "国家主席")


@pytest.mark.parametrize("line", ["文明城市创建", "整理好心情再出发", "摄影技术培训班开班"])
def test_a_title_opening_with_a_role_word_stays_a_title(line: str) -> None:
    assert title_like(line)


@pytest.mark.parametrize("head", ["在全县秋季工作推进会上的讲话\n李某明（县委书记）",
                                  "在全县秋季工作推进会上的讲话——李某明"])
def test_a_name_under_the_title_with_its_office_in_brackets_or_after_its_dash(tmp_path: Path, head: str) -> None:
    text = head + "\n\n" + SPEECH
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["title"], document.meta["speaker"]) == ("在全县秋季工作推进会上的讲话", "李某明")


@pytest.mark.parametrize(("first_line", "title", "speaker"), [
    ("在全县秋季工作推进会上的讲话（李某明）", "在全县秋季工作推进会上的讲话", "李某明"),
    ("在全县秋季工作推进会上的讲话（县长 李某明）", "在全县秋季工作推进会上的讲话", "李某明"),
    ("县长李某明在全县秋季工作推进会上的讲话（摘要）", "县长李某明在全县秋季工作推进会上的讲话（摘要）", "李某明"),
    ("在全县秋季工作推进会上的讲话（全文）", "在全县秋季工作推进会上的讲话（全文）", None),  # 全 is a family name too
])
def test_a_title_with_a_bracketed_note_or_speaker_is_the_title(
        tmp_path: Path, first_line: str, title: str, speaker: str | None) -> None:
    document = normalize_file(text_page(tmp_path, first_line + "\n\n" + SPEECH), tmp_path)
    assert (document.meta.get("title"), document.meta.get("speaker")) == (title, speaker)


def test_a_name_then_office_under_the_title_is_a_byline(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, "在全县秋季工作推进会上的讲话\n李某明 县长\n\n" + SPEECH), tmp_path)
    assert (document.meta["title"], document.meta["speaker"], document.meta["speaker_title"]) == (
        "在全县秋季工作推进会上的讲话", "李某明", "县长")


def test_a_date_closing_the_source_line_is_the_publication_not_part_of_the_name(tmp_path: Path) -> None:
    text = "在全县秋季工作推进会上的讲话\n来源：某某日报 2019-05-08\n\n" + SPEECH
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert (document.meta["published"], document.meta["source"]["name"]) == (dt.date(2019, 5, 8), "某某日报")


def test_the_event_of_a_subtitle_inside_a_stored_title(tmp_path: Path) -> None:
    text = "---\ntitle: 心怀天下 勇毅前行——院长张某某在某某学院2020年毕业典礼上的讲话\n---\n\n" + SPEECH
    document = normalize_file(text_page(tmp_path, text, "post.md"), tmp_path)
    assert (document.meta["title"], document.meta["event"]) == ("心怀天下 勇毅前行", "某某学院2020年毕业典礼")
