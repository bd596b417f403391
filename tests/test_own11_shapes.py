"""Shapes first met on eval/own11's pages (opened in the twelfth session), rebuilt from made-up text: a crawler's
article record kept as XML, a meeting of several days, a wire copy's headline without the speaker's name under a
record title that has it, a photo caption run into a one-line body, a Taiwanese paper's bracketed byline, a
scraper's labelled address line, a dated reporting lead over the speech."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.containers import ManyRecords, records_in
from scripts.clean.dates import DATE_RE, TEMPLATE_DATE_RE, from_match
from scripts.clean.metadata import dated_headline, labels_a_page_line
from scripts.clean.pipeline import normalize_file
from scripts.clean.xml_records import xml_records
from tests.conftest import text_page

SPEECH = ["尊敬的各位来宾，同志们：",
          "今天我们召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
          "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
          "希望大家坚定信心，真抓实干，确保完成全年目标任务。谢谢大家！"]
RECORD = ("<?xml version='1.0' encoding='utf-8'?>\n<doc><id>7</id><url>http://news.example.com/gn/2024/03-06/1.shtml"
          "</url><title>王某明在全县秋季农业生产工作会议上的讲话</title><datetime>2024-03-06 21:15:00</datetime>"
          "<body>\t新华社某某3月6日电\n\t在全县秋季农业生产工作会议上的讲话\n\t（2024年3月5－6日，某某县）\n"
          "\t县长王某明\n" + "".join(f"\t{line}\n" for line in SPEECH) + "【编辑:李某】</body></doc>")


def test_an_xml_article_record_is_read_as_a_record(tmp_path: Path) -> None:
    """Each element is a field: the title, the date and the address are metadata; the body is the text."""
    document = normalize_file(text_page(tmp_path, RECORD, "1.xml"), tmp_path)
    assert document.meta["title"] == "王某明在全县秋季农业生产工作会议上的讲话"  # the record's, speaker and all
    assert document.meta["speaker"] == "王某明"
    assert document.meta["published"] == dt.date(2024, 3, 6)
    assert document.meta["date"] == dt.date(2024, 3, 5)  # the meeting's first day
    assert document.meta["source"]["url"] == "http://news.example.com/gn/2024/03-06/1.shtml"
    assert SPEECH[1] in document.body
    assert "<url>" not in document.body and "datetime" not in document.body and "编辑" not in document.body


def test_an_xml_file_of_several_records_is_refused_with_their_count(tmp_path: Path) -> None:
    one = "<Record><Title><![CDATA[某某县长在大会上的讲话]]></Title><Content><![CDATA[{}]]></Content></Record>"
    text = "<?xml version='1.0' encoding='UTF-8'?>\n<Gazette>\n" + "\n".join(one.format(line) for line in SPEECH[1:]) \
        + "\n</Gazette>\n"
    with pytest.raises(ManyRecords, match="3 records"):
        normalize_file(text_page(tmp_path, text, "gazette.xml"), tmp_path)
    records, kind = records_in(text.encode(), Path("gazette.xml"))
    assert kind == "XML" and len(records) == 3
    assert records[1].raw.decode().startswith("<?xml version='1.0' encoding='UTF-8'?>\n<Record>")  # its own bytes
    assert xml_records(records[1].raw.decode())[0].fields["Content"] == SPEECH[2]  # reads back as one record


@pytest.mark.parametrize("text", [
    "<?xml version='1.0'?><html><head><title>某某</title></head><body><p>正文</p></body></html>",  # XHTML
    "<?xml version='1.0'?><doc><p>一段</p>正文<p>二段</p></doc>",  # mixed text: a document, not fields
    "<?xml version='1.0'?><!DOCTYPE doc [<!ENTITY a 'aaaa'>]><doc><title>&a;</title><body>&a;</body></doc>",
    "<doc><title>未闭合</title><body>正文</doc>",  # not well-formed
    "<record><h1>标题</h1><p>正文</p></record>",  # a page's fragment: HTML elements are no fields
])
def test_other_xml_is_no_record(text: str) -> None:
    assert xml_records(text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("（2025年11月22－23日，某某市）", dt.date(2025, 11, 22)), ("2020年11月2至4日", dt.date(2020, 11, 2)),
    ("2020年11月2日～4日", dt.date(2020, 11, 2)), ("二〇二〇年十一月二至四日", dt.date(2020, 11, 2))])
def test_a_meeting_of_several_days_is_dated_by_its_first_day(text: str, day: dt.date) -> None:
    found = DATE_RE.search(text)
    assert found and from_match(found) == day


def test_a_range_is_no_template_stamp() -> None:
    """'2025年11月22－23日' drops no 日: it is a range, not a CMS's '2025年11月22' stamp."""
    assert TEMPLATE_DATE_RE.search("2025年11月22－23日") is None
    assert TEMPLATE_DATE_RE.search("2025年11月22来源：某某网")


def test_a_caption_run_into_a_one_line_body_goes_and_the_text_on_both_sides_stays(tmp_path: Path) -> None:
    caption = "↑3月5日，全县大会在县会议中心召开。县委书记出席会议并讲话。本报记者 张某明 摄"
    before, after = SPEECH[1], SPEECH[2]
    text = "\n\n".join(["全县秋季农业生产工作会议召开", "原标题：全县秋季农业生产工作会议召开王某主持",
                        f"{before}{caption}{after}{SPEECH[3]}"])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "摄" not in document.body and "原标题" not in document.body
    assert before in document.body and after in document.body
    assert [(piece.rule, piece.text) for piece in document.set_apart] == [("caption-run-into-text", caption)]


def test_a_bracketed_byline_with_the_papers_name_goes(tmp_path: Path) -> None:
    text = "\n\n".join(["某某市長：支持修法", "【某某晚報╱記者王小明╱即時報導】", *SPEECH])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "記者" not in document.body and SPEECH[1] in document.body


def test_a_scraper_s_labelled_address_dates_the_page_by_its_path(tmp_path: Path) -> None:
    text = "\n".join(["标题：全县秋季农业生产工作会议纪要", "来源：某某县人民政府",
                      "URL：https://www.example.gov.cn/zwgk/202410/t20241024_5385934.html", "抓取时间：2026-04-03",
                      "", *SPEECH])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["published"] == dt.date(2024, 10, 24)
    assert document.meta["source"]["url"].startswith("https://www.example.gov.cn/")
    assert "URL" not in document.body


def test_a_dated_reporting_lead_over_the_speech_dates_it_and_the_date_line_is_the_page_s(tmp_path: Path) -> None:
    lead = "2019年5月31日，全县秋季农业生产工作会议在县会议中心召开。县长王某明出席会议并发表重要讲话。"
    text = "\n\n".join(["王某明在全县秋季农业生产工作会议上的讲话", "2019.09.19", lead, SPEECH[1],
                        "下面，我讲三点意见。", SPEECH[2], SPEECH[3]])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["date"] == dt.date(2019, 5, 31)
    assert document.meta["published"] == dt.date(2019, 9, 19)


def test_a_dated_report_without_the_speaker_s_own_words_is_no_lead(tmp_path: Path) -> None:
    """A news report that goes on in the third person: the lead dates the meeting, not a speech printed below."""
    lead = "2019年5月31日，全县秋季农业生产工作会议在县会议中心召开。县长王某明出席会议并发表重要讲话。"
    report = ["王某明强调，要抓好秋收秋种，确保粮食生产稳定。", "会议要求，各乡镇要压实责任，抓好落实。"]
    text = "\n\n".join(["全县秋季农业生产工作会议召开", "2019.09.19", lead, *report])
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta.get("date") != dt.date(2019, 5, 31)


def test_a_markdown_transcript_headed_by_its_day_and_labelled_once_by_its_speaker(tmp_path: Path) -> None:
    """'# 2026-03-25 某某' heads the talk by its day (its delivery date, no publication stamp); '### 張某明：' over the
    whole text labels the one voice of the transcript."""
    text = "\n\n".join(["# 2024-03-05 民主需要傾聽", "### 張某明：", *SPEECH, "我輸入：請寫一段關於傾聽的文字。"])
    document = normalize_file(text_page(tmp_path, text, "talk.md"), tmp_path)
    assert document.meta["title"] == "2024-03-05 民主需要傾聽"
    assert document.meta["date"] == dt.date(2024, 3, 5)
    assert "published" not in document.meta
    assert document.meta["speaker"] == "張某明"


def test_a_label_over_a_dialogue_names_no_speaker(tmp_path: Path) -> None:
    text = "\n\n".join(["# 2024-03-05 座談實錄", "張某明：", SPEECH[1], f"李某華：{SPEECH[2]}", f"張某明：{SPEECH[3]}"])
    document = normalize_file(text_page(tmp_path, text, "talk.md"), tmp_path)
    assert "speaker" not in document.meta


def test_a_page_label_opening_the_text_is_no_voice(tmp_path: Path) -> None:
    """'原标题：…' run into the text's first paragraph is a repost's note, not a transcript labelled by its voice:
    原 is a family name, but the label is one the page's own lines open with."""
    opening = f"原标题：全县秋收工作全面展开新华社某某9月5日电{SPEECH[1]}{SPEECH[2]}"  # a headline run into the text
    text = "\n\n".join([opening, SPEECH[1].replace("今天", "昨天"), SPEECH[3]])
    document = normalize_file(text_page(tmp_path, text, "repost.txt"), tmp_path)
    assert "speaker" not in document.meta


@pytest.mark.parametrize(("label", "page_line"), [("原标题", True), ("编者按", True), ("来源", True),
                                                  ("张某明", False), ("主持人", False), ("欧阳修", False)])
def test_labels_a_page_line(label: str, page_line: bool) -> None:
    assert labels_a_page_line(label) is page_line


@pytest.mark.parametrize(("line", "found"), [
    ("2024-03-05 民主需要傾聽", (dt.date(2024, 3, 5), "民主需要傾聽")),
    ("2024年3月5日：全县秋季农业生产工作会议", (dt.date(2024, 3, 5), "全县秋季农业生产工作会议")),
    ("2019-03-06 10:21:00", None), ("2024年3月5日", None), ("2019-03-06 发布时间：10:21", None)])
def test_a_dated_headline_opens_with_its_day_and_goes_on_as_a_title(line: str, found: tuple | None) -> None:
    assert dated_headline(line) == found


PAGE = ("<html><head><meta charset='utf-8'><title>县长在全县秋季农业生产工作会议上的讲话_某某县人民政府</title>"
        "{head}</head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/xw'>新闻</a></div>"
        "<h1>县长在全县秋季农业生产工作会议上的讲话</h1><div class='info'>{info}</div>"
        "<div class='content'>{opening}" + "".join(f"<p>{line}</p>" for line in SPEECH) + "</div></body></html>")


def test_a_printed_publication_date_beats_a_later_json_ld_date(tmp_path: Path) -> None:
    """A CMS writes its JSON-LD when it regenerates the page, as it writes its PubDate meta."""
    head = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"某某",'
            '"datePublished":"2024-03-10T08:00:00+08:00"}</script>')
    path = text_page(tmp_path, PAGE.format(head=head, info="发布时间：2024-03-05 10:21 来源：某某县人民政府办公室",
                                           opening=""), "page.html")
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2024, 3, 5)
    assert document.provenance["published"] == "发布时间 line, earlier than JSON-LD's datePublished"


def test_a_bare_time_label_over_the_speech_does_not_beat_the_publication_row(tmp_path: Path) -> None:
    """'时间：' printed first (a meeting's, under the byline) and the page's 发布时间 row after it."""
    page = PAGE.format(head="", info="作者：县政府办<br>时间：2024年3月5日", opening="")
    page = page.replace("<div class='content'>", "<div class='content'><p>发布时间：2024-03-08 10:21</p>")
    path = text_page(tmp_path, page, "page.html")
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2024, 3, 8)
    assert "时间" not in document.body


def test_a_bare_date_label_alone_dates_the_page(tmp_path: Path) -> None:
    path = text_page(tmp_path, PAGE.format(head="", info="日期：2024-03-08", opening=""), "page.html")
    assert normalize_file(path, tmp_path).meta["published"] == dt.date(2024, 3, 8)


def test_bulk_add_archives_each_xml_record_as_its_own_raw_file(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`make add SRC=corpus.xml`: each record is archived with the file's declaration and read back as one record."""
    from scripts.tools import add
    root = tmp_path / "archive"
    (root / "source_texts").mkdir(parents=True)
    titles = ["王某明在全县秋季农业生产工作会议上的讲话", "李某华在全市经济工作会议上的讲话"]
    other = ["同志们：", "今年以来，全市经济运行总体平稳，主要指标保持在合理区间，高质量发展取得新进展。",
             "明年要坚持稳中求进工作总基调，扎实推进产业升级，持续改善民生，守牢安全底线。", "谢谢大家！"]
    records = [f"<doc><title>{title}</title><datetime>2024-03-0{n}</datetime><body>{chr(10).join(text)}</body>"
               "</doc>" for n, (title, text) in enumerate(zip(titles, [SPEECH, other], strict=True), 1)]
    source = text_page(tmp_path, "<?xml version='1.0' encoding='utf-8'?>\n<docs>\n" + "\n".join(records)
                       + "\n</docs>\n", "corpus.xml")
    assert add.main(["--src", str(source), "--root", str(root)]) == 0
    assert "2 of 2 records added" in capsys.readouterr().out
    raws = sorted(p for p in (root / "source_texts").iterdir() if not p.name.endswith(".meta.yml"))
    assert sorted(p.read_text(encoding="utf-8") for p in raws) == \
        sorted(f"<?xml version='1.0' encoding='utf-8'?>\n{one}\n" for one in records)
    assert {normalize_file(raw, root).meta["title"] for raw in raws} == set(titles)


def test_a_title_naming_site_and_column_first_gives_the_headline_part_the_page_shows(tmp_path: Path) -> None:
    """'某某市人民政府 - 新闻中心 - 标题': the page shows the column too (its menu, its breadcrumb); the headline is the
    part that reads as one."""
    page = ("<html><head><meta charset='utf-8'>"
            "<title>示例市人民政府 - 新闻中心 - 校长在2024年开学典礼上的讲话-示例学院</title></head>"
            "<body><div class='menu'><a href='/'>首页</a> <a href='/xw'>新闻中心</a></div>"
            "<div class='where'>新闻中心</div><div class='tit'>校长在2024年开学典礼上的讲话</div>"
            "<p>在2024年秋季开学典礼</p><p>全校师生大会上的</p><p>讲　话</p><p>校长　王某明</p>"
            "<div class='content'>" + "".join(f"<p>{line}</p>" for line in SPEECH) + "</div></body></html>")
    document = normalize_file(text_page(tmp_path, page, "page.html"), tmp_path)
    assert document.meta["title"] == "校长在2024年开学典礼上的讲话"


def test_the_url_date_comes_from_any_address_the_page_states(tmp_path: Path) -> None:
    """A record's url field without a date, and a dated address line in its text: the CMS's dated path dates it."""
    import json
    text = "\n".join(["标题：全县秋季农业生产工作会议纪要",
                      "URL：https://www.example.gov.cn/zwgk/202410/t20241024_5385934.html", "", *SPEECH])
    record = {"id": 7, "url": "https://www.example.org/news/7.html", "content": text}
    path = text_page(tmp_path, json.dumps(record, ensure_ascii=False), "record.json")
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2024, 10, 24)
    assert document.meta["source"]["url"] == "https://www.example.org/news/7.html"  # the record's own, first


@pytest.mark.parametrize(("title", "parts"), [
    ("阿不都·热合曼总理在招待会上的讲话", ["阿不都·热合曼总理在招待会上的讲话"]),
    ("在招待会上的讲话 · 示例新闻网", ["在招待会上的讲话", "示例新闻网"])])
def test_a_middle_dot_splits_a_title_only_with_space_round_it(title: str, parts: list[str]) -> None:
    from scripts.clean.metadata import title_parts
    assert title_parts(title) == parts


def test_a_transliterated_name_with_its_dot_names_the_speaker_before_an_office() -> None:
    from scripts.clean.metadata import name_then_office, split_title
    assert name_then_office("阿不都·热合曼总理") == ("总理", "阿不都·热合曼")
    assert split_title("阿不都·热合曼总理在庆祝大会招待会上的讲话").speaker == "阿不都·热合曼"


def test_a_dump_wrapped_with_its_paragraphs_indents_counted_is_rejoined() -> None:
    """A PHP or PDF dump counts a paragraph's indent in its column: the first piece is as wide as the rest."""
    from scripts.clean.structure import rejoin_hard_wrapped
    width = 30
    lines = []
    for start in range(0, len(SPEECH) * 3):
        paragraph = "    " + SPEECH[1 + start % 3]
        lines += [paragraph[i:i + width] for i in range(0, len(paragraph), width)] + [""]
    joined = [line for line in rejoin_hard_wrapped(lines) if line]
    assert [line.strip() for line in joined] == [SPEECH[1 + n % 3] for n in range(len(SPEECH) * 3)]
