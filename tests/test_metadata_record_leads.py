"""Title, speaker and date of pages from sites nobody tuned for, shaped like the misses a held-out set showed:
a program that sets its title on a widget, a mini-program's data record printed as text (its title field, its lead
field, its code comments), a scraper's news record whose title adds a report clause to the speech title its lead
quotes, and a title block whose lines a converter separated with lines of '?'. Every input is made up."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from scripts.clean.containers import RULES_FILE, source_title
from scripts.clean.metadata import (
    RULES_DIR,
    is_filler_line,
    name_office_delivering,
    possessive_speech,
    title_like,
    vocabulary,
)
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

PARAGRAPHS = ["今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务，"
              "动员全县上下坚定信心，真抓实干。",
              "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷，"
              "为全年目标任务的完成打下坚实基础。"]


def metadata_rule(name: str) -> dict:
    return yaml.safe_load((RULES_DIR / "metadata.yml").read_text(encoding="utf-8"))[name]


# ------------------------------------------------------------------ a title set on a widget in program source
@pytest.mark.parametrize("example", yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["title_setter"]["examples"])
def test_the_title_setter_examples_hold(example: dict) -> None:
    assert source_title(example["code"]) == example["title"]


def test_an_activity_that_sets_its_title_view_gives_the_title(tmp_path: Path) -> None:
    text = "\n".join(f'                "{paragraph}\\n" +' for paragraph in PARAGRAPHS).removesuffix(" +")
    code = ("package com.example.news;\n\nimport android.os.Bundle;\nimport android.widget.TextView;\n\n"
            "public class NewsActivity extends AppCompatActivity {\n    private TextView tvTitle;\n"
            "    private TextView tvBody;\n    @Override\n    protected void onCreate(Bundle savedInstanceState) {\n"
            "        super.onCreate(savedInstanceState);\n        setContentView(R.layout.activity_news);\n"
            "        tvTitle = (TextView) findViewById(R.id.tv_title);\n"
            "        tvBody = (TextView) findViewById(R.id.tv_body);\n"
            '        tvTitle.setText("全县秋季工作推进会召开");\n'
            f"        tvBody.setText(\n{text});\n    }}\n}}\n")
    document = normalize_file(text_page(tmp_path, code, "NewsActivity.txt"), tmp_path)
    assert document.meta["title"] == "全县秋季工作推进会召开"


# ------------------------------------------------------------------ a mini-program's data record printed as text
MINI_PROGRAM = """// pages/article/article.js
Page({

    /**
     * 页面的初始数据
     */
    data: {
        cover: "https://img.example.com/a.png",
        from: "某某资讯",
        title: "在2024年全县秋季工作推进会上的讲话",
        lead: "5月6日上午，县长张某某在2024年全县秋季工作推进会上发表讲话",
        content: [
            "同志们：",
            "PARAGRAPH_ONE",
            "PARAGRAPH_TWO",
            "谢谢大家。",
        ],
        fontSize: 26
    },

    /**
     * 生命周期函数--监听页面加载
     */
    onLoad: function (options) {

    }
})
""".replace("PARAGRAPH_ONE", PARAGRAPHS[0]).replace("PARAGRAPH_TWO", PARAGRAPHS[1])


def test_a_record_printed_as_text_gives_its_title_and_its_lead_the_speaker_and_day(tmp_path: Path) -> None:
    meta = normalize_file(text_page(tmp_path, MINI_PROGRAM, "article.txt"), tmp_path).meta
    assert meta["title"] == "在2024年全县秋季工作推进会上的讲话"  # not the comment ' * 页面的初始数据'
    assert (meta["speaker"], meta["speaker_title"]) == ("张某某", "县长")
    assert meta["date"] == dt.date(2024, 5, 6)  # the lead's month and day, in the year the title names


def test_a_record_lead_gives_nothing_when_the_text_does_not_address_an_audience(tmp_path: Path) -> None:
    report = MINI_PROGRAM.replace('"同志们：",', "").replace('"谢谢大家。",', "")
    report = report.replace(PARAGRAPHS[0], "5月6日，全县秋季工作推进会召开，会议回顾前一阶段工作，安排下一阶段任务。")
    meta = normalize_file(text_page(tmp_path, report, "article.txt"), tmp_path).meta
    assert "speaker" not in meta


@pytest.mark.parametrize(("line", "ok"), [
    ("* 页面的初始数据", False), ("// 新闻详情页面的数据", False), ("/* 在全县大会上的讲话 */", False),
    ("<!-- 正文开始的地方 -->", False), ("在全县秋季工作推进会上的讲话", True),
    ("*在全县秋季工作推进会上的讲话*", True),
])
def test_a_code_comment_is_never_a_title(line: str, ok: bool) -> None:
    assert title_like(line) is ok


# ------------------------------------------------------------------ a news record quoting the speech's title
def news_record(title: str, lead: str) -> str:
    content = f"{lead}\n\n县长讲话全文如下：\n\n同志们：\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n谢谢大家。"
    return json.dumps({"id": 12, "url": "https://www.example.gov.cn/news/12", "date": "2024-05-06", "title": title,
                       "content": content}, ensure_ascii=False, indent=2)


def test_a_news_record_title_adding_a_report_clause_gives_way_to_the_quoted_speech_title(tmp_path: Path) -> None:
    record = news_record("團結奮鬥共創未來　縣長發表秋季工作講話",
                         "張某某縣長今（6）日上午出席在縣政府禮堂舉行的全縣秋季工作推進會，以「團結奮鬥共創未來」為題發表講話。")
    meta = normalize_file(text_page(tmp_path, record, "record.txt"), tmp_path).meta
    assert meta["title"] == "團結奮鬥共創未來"
    assert (meta["speaker"], meta["speaker_title"]) == ("張某某", "縣長")
    assert meta["date"] == dt.date(2024, 5, 6)  # 今（6）日: the 6th of the publication's month


def test_a_record_title_without_a_quoted_speech_title_is_kept(tmp_path: Path) -> None:
    record = news_record("县长发表秋季工作讲话", "张某某县长今天上午出席全县秋季工作推进会并发表讲话。")
    meta = normalize_file(text_page(tmp_path, record, "record.txt"), tmp_path).meta
    assert meta["title"] == "县长发表秋季工作讲话"
    assert meta["speaker"] == "张某某"


@pytest.mark.parametrize("example", metadata_rule("lead_name_office")["examples"])
def test_the_lead_name_office_examples_hold(example: str) -> None:
    lead, _, wanted = example.partition(" -> ")
    name, office = wanted.removesuffix(")").split(" (")
    assert name_office_delivering(lead) == (office, name)


@pytest.mark.parametrize("lead", metadata_rule("lead_name_office")["keep"])
def test_a_lead_that_says_no_speech_was_given_names_no_speaker(lead: str) -> None:
    assert name_office_delivering(lead) is None


@pytest.mark.parametrize("example", metadata_rule("lead_titled_speech")["examples"])
def test_the_lead_titled_speech_examples_hold(example: str) -> None:
    lead, _, wanted = example.partition(" -> ")
    found = vocabulary().lead_titled_speech.search(lead)
    assert found and (found.group("title") or found.group("title2")) == wanted


# ------------------------------------------------------------------ a title block separated by '?' lines
def test_a_two_line_title_separated_by_filler_lines_stays_one_title(tmp_path: Path) -> None:
    head = ["坚定信心真抓实干", "奋力开创全县高质量发展新局面", "——在全县秋季工作推进会上的讲话", "（2024年5月6日）",
            "张某某"]
    text = "\n?\n".join([*head, "同志们：", *PARAGRAPHS]) + "\n?\n"
    meta = normalize_file(text_page(tmp_path, text), tmp_path).meta
    assert meta["title"].split() == ["坚定信心真抓实干", "奋力开创全县高质量发展新局面"]
    assert (meta["speaker"], meta["date"]) == ("张某某", dt.date(2024, 5, 6))


@pytest.mark.parametrize(("line", "filler"), [("?", True), ("□", True), (" * ", True), ("？", True),
                                              ("2024", False), ("张某某", False), ("", False)])
def test_a_line_of_punctuation_alone_is_filler(line: str, filler: bool) -> None:
    assert is_filler_line(line) is filler


def test_a_record_printed_as_text_gives_its_author_and_date_fields(tmp_path: Path) -> None:
    record = MINI_PROGRAM.replace('        lead: "5月6日上午，县长张某某在2024年全县秋季工作推进会上发表讲话",\n',
                                  '        author: "王某某",\n        date: "2024-05-08",\n')
    meta = normalize_file(text_page(tmp_path, record, "article.txt"), tmp_path).meta
    assert (meta["speaker"], meta["published"]) == ("王某某", dt.date(2024, 5, 8))


def test_a_record_printed_as_text_is_read_by_its_camel_case_keys(tmp_path: Path) -> None:
    lead = '        lead: "5月6日上午，县长张某某在2024年全县秋季工作推进会上发表讲话",\n'
    record = MINI_PROGRAM.replace("        title:", "        newsTitle:")
    record = record.replace(lead, '        publishTime: "2024-05-08",\n')
    meta = normalize_file(text_page(tmp_path, record, "article.txt"), tmp_path).meta
    assert (meta["title"], meta["published"]) == ("在2024年全县秋季工作推进会上的讲话", dt.date(2024, 5, 8))


@pytest.mark.parametrize("example", metadata_rule("lead_possessive_speech")["examples"])
def test_the_lead_possessive_speech_examples_hold(example: str) -> None:
    lead, _, wanted = example.partition(" -> ")
    name, office = wanted.removesuffix(")").split(" (")
    assert possessive_speech(lead) == (office, name)


@pytest.mark.parametrize("lead", metadata_rule("lead_possessive_speech")["keep"])
def test_a_lead_clause_not_opening_with_the_speaker_s_speech_names_nobody(lead: str) -> None:
    assert possessive_speech(lead) is None
