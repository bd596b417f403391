"""Made-up pages in the shapes save tools and text extractors write, on which probing found the cleaner failing: a
page saved as MHTML (refused as having no Chinese), an Evernote export and a Joplin raw export (the note's own
fields read as text), trafilatura's XML and TEI output (its metadata unread), a speech's byline opening a scraper's
text field under a title the record gives (dropped), and fields scrapers copy with the page's label or with a
site's home page for an address."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import quopri
from pathlib import Path

import pytest
import yaml

from scripts.clean.containers import RULES_FILE, ManyRecords, records_in, without_label
from scripts.clean.field_names import spelling
from scripts.clean.pipeline import normalize_file
from scripts.core.errors import InputError
from scripts.measure.variants import VARIANTS
from scripts.tools import add

TITLE = "在全县乡村振兴工作会议上的讲话"
PARAGRAPHS = [
    "同志们：",
    "今天召开全县乡村振兴工作会议，主要任务是总结去年工作，部署今年任务。刚才，几个乡镇作了发言，讲得很好。",
    "过去一年，全县上下齐心协力，新建高标准农田两万亩，农村居民人均可支配收入增长百分之七，乡村面貌明显改善。",
    "我们也要看到，产业链条短、村集体经济薄弱等问题依然存在，各级各部门要增强责任感和紧迫感，切实抓好落实。",
    "同志们，乡村振兴任重道远。让我们真抓实干，奋力开创全县乡村振兴工作新局面！",
]
LEAD = "王某明（2024年2月26日）"
URL = "https://www.example-county.gov.cn/ldjh/202402/t20240228_1234.html"
PAGE = (f'<!DOCTYPE html><html><head><meta charset="{{charset}}"><title>{TITLE}_领导讲话_某某县人民政府</title>'
        '</head><body><div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a></div>'
        f'<div class="article"><h1>{TITLE}</h1><div class="info">发布时间：2024-02-28 来源：县政府办公室</div>'
        f'<p>{LEAD}</p>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
        '<div class="footer">版权所有：某某县人民政府</div></body></html>')


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def assert_whole_speech(body: str) -> None:
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    for chrome in ("首页", "版权所有", "发布时间"):
        assert chrome not in body


def mhtml(html_part: str) -> str:
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: " + URL + "\r\nSubject: =?utf-8?Q?abc?=\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            "\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n\r\n"
            + html_part +
            "------MultipartBoundary--x1----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: https://www.example-county.gov.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n\r\n"
            "------MultipartBoundary--x1------\r\n")


def test_a_page_saved_as_mhtml_in_quoted_printable_is_read_as_its_html_part(tmp_path: Path) -> None:
    body = quopri.encodestring(PAGE.format(charset="utf-8").encode("utf-8")).decode("ascii")
    part = ("------MultipartBoundary--x1----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {URL}\r\n\r\n{body}\r\n")
    document = normalize_file(write(tmp_path, "saved.mhtml", mhtml(part)), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["speaker"] == "王某明"
    assert document.meta["date"] == dt.date(2024, 2, 26)
    assert document.meta["source"]["url"] == URL
    assert_whole_speech(document.body)
    assert "Content-Type" not in document.body and "iVBOR" not in document.body


def test_a_gbk_page_saved_as_mht_in_base64_is_read_in_its_stated_charset(tmp_path: Path) -> None:
    encoded = base64.encodebytes(PAGE.format(charset="gb2312").encode("gbk")).decode("ascii").replace("\n", "\r\n")
    part = ("------MultipartBoundary--x1----\r\nContent-Type: text/html; charset=\"gb2312\"\r\n"
            f"Content-Transfer-Encoding: base64\r\nContent-Location: {URL}\r\n\r\n{encoded}\r\n")
    document = normalize_file(write(tmp_path, "saved.mht", mhtml(part)), tmp_path)
    assert document.meta["title"] == TITLE
    assert_whole_speech(document.body)


def test_an_article_shown_in_a_frame_is_read_from_the_frames_part(tmp_path: Path) -> None:
    shell = ('<html><head><meta charset="utf-8"><title>某某县人民政府</title></head><body><div>首页 | 政务公开</div>'
             f'<iframe src="{URL}"></iframe><div>版权所有：某某县人民政府</div></body></html>')
    frame = PAGE.format(charset="utf-8")
    parts = "".join("------MultipartBoundary--x1----\r\nContent-Type: text/html\r\n"
                    f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {where}\r\n\r\n"
                    + quopri.encodestring(html.encode("utf-8")).decode("ascii") + "\r\n"
                    for where, html in (("https://www.example-county.gov.cn/", shell), (URL, frame)))
    document = normalize_file(write(tmp_path, "framed.mhtml", mhtml(parts)), tmp_path)
    assert document.meta["title"] == TITLE
    assert_whole_speech(document.body)
    assert any("frame" in warning for warning in document.warnings)


def test_a_saved_part_typed_html_is_read_as_html_however_it_opens(tmp_path: Path) -> None:
    fragment = (f"<!--{URL}-->\r\n<head><title>{TITLE}</title></head>\r\n"
                + "".join(f"<p>{p}</p>" for p in [LEAD, *PARAGRAPHS]) + "<div>版权所有：某某县人民政府</div>")
    body = quopri.encodestring(fragment.encode("utf-8")).decode("ascii")
    part = ("------MultipartBoundary--x1----\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {URL}\r\n\r\n{body}\r\n")
    document = normalize_file(write(tmp_path, "fragment.mhtml", mhtml(part)), tmp_path)
    assert "<p>" not in document.body and "版权所有" not in document.body
    response = http_response(fragment.encode("utf-8"), "Content-Type: text/html; charset=utf-8")
    document = normalize_file(write(tmp_path, "fragment.txt", response), tmp_path)
    assert "<p>" not in document.body and "版权所有" not in document.body


def test_a_mime_archive_without_a_page_is_refused_saying_so(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"MIME archive .* no HTML page"):
        normalize_file(write(tmp_path, "saved.mhtml", mhtml("")), tmp_path)


def enex_note(title: str, paragraphs: list[str]) -> str:
    inner = "".join(f"<div>{p}</div>" for p in paragraphs)
    return (f"<note><title>{title}</title><created>20240301T020000Z</created><updated>20240301T020100Z</updated>"
            "<tag>乡村振兴</tag><note-attributes><author>某用户</author><source>web.clip7</source>"
            f"<source-url>{URL}</source-url><source-application>webclipper.evernote</source-application>"
            "</note-attributes><content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
            "<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">"
            f"<en-note><div>{inner}<en-media type=\"image/png\" hash=\"0a1b\"/></div></en-note>]]></content>"
            "<resource><data encoding=\"base64\">iVBORw0KGgo=</data><mime>image/png</mime></resource></note>")


ENEX_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM '
             '"http://xml.evernote.com/pub/evernote-export4.dtd">\n'
             '<en-export export-date="20240302T000000Z" application="Evernote" version="10.0">\n')


def test_an_evernote_export_gives_its_note_and_never_the_notes_own_fields(tmp_path: Path) -> None:
    text = ENEX_HEAD + enex_note(TITLE, [LEAD, *PARAGRAPHS]) + "\n</en-export>\n"
    document = normalize_file(write(tmp_path, "clip.enex", text), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["speaker"] == "王某明"
    assert document.meta["date"] == dt.date(2024, 2, 26)
    assert document.meta["source"]["url"] == URL
    assert document.meta.get("published") != dt.date(2024, 3, 1)  # the clip's time is not the page's
    assert_whole_speech(document.body)
    for field in ("20240301T", "web.clip7", "某用户", "iVBOR", "webclipper"):
        assert field not in document.body


def test_an_evernote_export_of_several_notes_is_split_into_notes_that_read_back_alone(tmp_path: Path) -> None:
    text = (ENEX_HEAD + enex_note(TITLE, [LEAD, *PARAGRAPHS]) + "\n"
            + enex_note("在全县安全生产工作会议上的讲话", PARAGRAPHS[1:]) + "\n</en-export>\n")
    path = write(tmp_path, "notes.enex", text)
    with pytest.raises(ManyRecords) as many:
        normalize_file(path, tmp_path)
    assert len(many.value.records) == 2
    records, _ = records_in(path.read_bytes(), path)
    alone = normalize_file(write(tmp_path, "second.enex", records[1].raw), tmp_path)
    assert alone.meta["title"] == "在全县安全生产工作会议上的讲话"


def test_make_add_archives_each_note_of_an_evernote_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "archive"
    (root / "source_texts").mkdir(parents=True)
    other = ["同志们：", "今天召开全县安全生产工作会议，主要任务是分析当前安全生产形势，部署下一阶段重点工作。",
             "各乡镇各部门要压实安全生产责任，深入开展隐患排查整治，坚决防范遏制重特大事故发生，确保全县安全形势稳定。",
             "同志们，安全生产责任重于泰山。希望大家恪尽职守，扎实工作，为全县发展营造安全稳定的环境。"]
    text = (ENEX_HEAD + enex_note(TITLE, [LEAD, *PARAGRAPHS]) + "\n"
            + enex_note("在全县安全生产工作会议上的讲话", other) + "\n</en-export>\n")
    assert add.main(["--src", str(write(tmp_path, "notes.enex", text)), "--root", str(root)]) == 0
    assert "2 of 2 records added" in capsys.readouterr().out
    raws = [p for p in (root / "source_texts").iterdir() if p.suffix == ".enex"]
    assert {normalize_file(raw, root).meta["title"] for raw in raws} == {TITLE, "在全县安全生产工作会议上的讲话"}


def test_make_add_takes_a_page_saved_as_mhtml(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    (root / "source_texts").mkdir(parents=True)
    body = quopri.encodestring(PAGE.format(charset="utf-8").encode("utf-8")).decode("ascii")
    part = ("------MultipartBoundary--x1----\r\nContent-Type: text/html\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {URL}\r\n\r\n{body}\r\n")
    assert add.main(["--src", str(write(tmp_path, "saved.mhtml", mhtml(part))), "--root", str(root)]) == 0
    assert [p.suffix for p in (root / "source_texts").iterdir() if not p.name.endswith(".meta.yml")] == [".mhtml"]


def trafilatura_xml() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in [LEAD, *PARAGRAPHS])
    return (f'<doc sitename="某某县人民政府" title="{TITLE}" author="" date="2024-02-28" url="{URL}" '
            f'hostname="example-county.gov.cn" fingerprint="1a2b3c" categories="" tags=""><main>{paragraphs[:-4]}'
            '</p><head rend="h2">二、下一步工作</head><list rend="ul"><item>抓好春耕备耕。</item></list></main>'
            '<comments><p>网友评论：讲得好！</p></comments></doc>')


def test_trafilaturas_xml_gives_its_attributes_as_metadata_and_main_as_the_text(tmp_path: Path) -> None:
    document = normalize_file(write(tmp_path, "page.xml", trafilatura_xml()), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["published"] == dt.date(2024, 2, 28)
    assert document.meta["source"]["name"] == "某某县人民政府"
    assert document.meta["source"]["url"] == URL
    assert document.meta["speaker"] == "王某明"
    assert "## 二、下一步工作" in document.body and "抓好春耕备耕。" in document.body
    assert "网友评论" not in document.body
    assert_whole_speech(document.body)


def test_a_tei_document_gives_its_header_as_metadata_and_its_entry_as_the_text(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [LEAD, *PARAGRAPHS])
    text = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
            f'<title type="main">{TITLE}</title></titleStmt><publicationStmt><p/></publicationStmt>'
            '<sourceDesc><biblFull><titleStmt><title type="main">x</title></titleStmt><publicationStmt>'
            f'<publisher>某某县人民政府 (example-county.gov.cn)</publisher><ptr type="URL" target="{URL}"/>'
            '<date>2024-02-28</date></publicationStmt></biblFull></sourceDesc></fileDesc><profileDesc><creation>'
            '<date type="download">2024-03-05</date></creation></profileDesc></teiHeader><text><body>'
            f'<div type="entry">{paragraphs}</div><div type="comments"><p>网友评论：很好。</p></div>'
            '</body></text></TEI>')
    document = normalize_file(write(tmp_path, "page.tei", text), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["published"] == dt.date(2024, 2, 28)
    assert document.meta["source"]["name"] == "某某县人民政府"
    assert document.meta["source"]["url"] == URL
    assert "网友评论" not in document.body
    assert_whole_speech(document.body)


def test_a_joplin_raw_export_keeps_the_notes_properties_out_of_the_text(tmp_path: Path) -> None:
    properties = ["id: 0123456789abcdef0123456789abcdef", "parent_id: fedcba9876543210fedcba9876543210",
                  "created_time: 2024-03-01T02:00:00.000Z", "updated_time: 2024-03-01T02:05:00.000Z",
                  "is_conflict: 0", "author: ", f"source_url: {URL}", "is_todo: 0", "source: joplin-desktop",
                  "markup_language: 1", "type_: 1"]
    text = "\n\n".join([TITLE, LEAD, *PARAGRAPHS, "\n".join(properties)])
    document = normalize_file(write(tmp_path, "0123456789abcdef0123456789abcdef.md", text), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["speaker"] == "王某明"
    assert document.meta["source"]["url"] == URL
    for field in ("parent_id", "created_time", "type_", "joplin"):
        assert field not in document.body
    assert_whole_speech(document.body)


def test_a_byline_opening_a_records_text_under_the_records_title_gives_speaker_and_date(tmp_path: Path) -> None:
    record = {"title": TITLE, "pub_time": "2024-02-28", "content": "\n".join([LEAD, *PARAGRAPHS])}
    document = normalize_file(write(tmp_path, "item.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert document.meta["speaker"] == "王某明"
    assert document.meta["date"] == dt.date(2024, 2, 26)
    assert LEAD not in document.body


def test_scraped_fields_lose_the_pages_label_and_a_site_root_gives_way_to_the_article_address(tmp_path: Path) -> None:
    record = {"url": URL, "source_url": "https://www.example-county.gov.cn", "title": TITLE,
              "source": "来源：县政府办公室", "publish_date": "发布时间：2024-02-28 09:00",
              "content": [LEAD, *PARAGRAPHS]}
    document = normalize_file(write(tmp_path, "items.jl", json.dumps(record, ensure_ascii=False) + "\n"), tmp_path)
    assert document.meta["source"]["name"] == "县政府办公室"
    assert document.meta["source"]["url"] == URL
    assert document.meta["published"] == dt.date(2024, 2, 28)
    assert not any("no source name" in warning for warning in document.warnings)


def test_goose_and_trafilatura_json_field_names_are_known(tmp_path: Path) -> None:
    goose = {"title": TITLE, "cleaned_text": "\n\n".join(PARAGRAPHS), "final_url": URL, "meta_lang": "zh"}
    document = normalize_file(write(tmp_path, "goose.json", json.dumps(goose, ensure_ascii=False)), tmp_path)
    assert not any("longest prose field" in warning for warning in document.warnings)
    assert document.meta["source"]["url"] == URL
    trafilatura = {"title": TITLE, "text": "\n".join(PARAGRAPHS), "source": URL, "source-hostname": "某某县人民政府",
                   "date": "2024-02-28", "hostname": "example-county.gov.cn"}
    document = normalize_file(write(tmp_path, "t.json", json.dumps(trafilatura, ensure_ascii=False)), tmp_path)
    assert document.meta["source"] == {**document.meta["source"], "name": "某某县人民政府", "url": URL}


def http_response(body: bytes, *headers: str) -> bytes:
    return ("HTTP/1.1 200 OK\r\n" + "".join(f"{header}\r\n" for header in headers) + "\r\n").encode() + body


def test_a_chunked_response_saved_with_its_headers_is_read_whole(tmp_path: Path) -> None:
    body = PAGE.format(charset="utf-8").encode("utf-8")
    chunked = b"".join(b"%x\r\n" % len(body[i:i + 333]) + body[i:i + 333] + b"\r\n" for i in range(0, len(body), 333))
    data = http_response(chunked + b"0\r\n\r\n", "Content-Type: text/html; charset=UTF-8", "Transfer-Encoding: chunked")
    document = normalize_file(write(tmp_path, "chunked.html", data), tmp_path)
    assert document.meta["title"] == TITLE
    assert_whole_speech(document.body)


def test_a_gzip_response_saved_with_its_headers_is_decompressed(tmp_path: Path) -> None:
    data = http_response(gzip.compress(PAGE.format(charset="utf-8").encode("utf-8")),
                         "Content-Type: text/html", "Content-Encoding: gzip")
    document = normalize_file(write(tmp_path, "gzipped.html", data), tmp_path)
    assert_whole_speech(document.body)


def test_an_api_response_saved_with_curl_i_is_read_as_its_json(tmp_path: Path) -> None:
    record = {"code": 0, "data": {"title": TITLE, "pubDate": "2024-02-28 09:00:00",
                                  "content": "".join(f"<p>{p}</p>" for p in [LEAD, *PARAGRAPHS])}}
    data = http_response(json.dumps(record, ensure_ascii=False).encode("utf-8"), "Content-Type: application/json")
    document = normalize_file(write(tmp_path, "api.json", data), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["published"] == dt.date(2024, 2, 28)
    assert_whole_speech(document.body)
    assert "<p>" not in document.body


def warc_record(kind: str, payload: bytes, *headers: str) -> bytes:
    head = f"WARC/1.0\r\nWARC-Type: {kind}\r\n" + "".join(f"{header}\r\n" for header in headers)
    return (head + f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload + b"\r\n\r\n"


def test_a_warc_files_response_record_is_the_page_and_its_target_the_address(tmp_path: Path) -> None:
    response = http_response(PAGE.format(charset="gb2312").encode("gbk"), "Content-Type: text/html; charset=gbk")
    data = (warc_record("warcinfo", b"software: Wget/1.21\r\nformat: WARC File Format 1.0\r\n")
            + warc_record("request", b"GET /ldjh/ HTTP/1.1\r\nHost: www.example-county.gov.cn\r\n\r\n",
                          f"WARC-Target-URI: {URL}")
            + warc_record("response", response, f"WARC-Target-URI: {URL}")
            + warc_record("metadata", b"fetchTimeMs: 120\r\n", f"WARC-Target-URI: {URL}"))
    document = normalize_file(write(tmp_path, "page.warc", data), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["source"]["url"] == URL
    assert_whole_speech(document.body)
    for header in ("WARC", "Wget", "Host:", "fetchTimeMs"):
        assert header not in document.body
    with pytest.raises(InputError, match="WARC file holds no page"):
        normalize_file(write(tmp_path, "info.warc", warc_record("warcinfo", b"format: WARC File Format 1.0\r\n")),
                       tmp_path)
    two = data + warc_record("response", response, f"WARC-Target-URI: {URL}2")
    with pytest.raises(InputError, match="WARC file holds 2 pages"):
        normalize_file(write(tmp_path, "pages.warc", two), tmp_path)


UNDATED_ADDRESS = "https://www.example-county.gov.cn/ldjh/art_1234.html"


@pytest.mark.parametrize("comment", [
    f"<!-- saved from url=(0049){UNDATED_ADDRESS} -->",
    f"<!-- Mirrored from {UNDATED_ADDRESS[8:]} by HTTrack Website Copier/3.x [XR&CO'2014], Tue, 05 Mar 2024 -->",
    f"<!--\n Page saved with SingleFile \n url: {UNDATED_ADDRESS} \n saved date: Tue Mar 05 2024 -->",
])
def test_the_address_a_save_tool_wrote_in_a_comment_is_the_pages(tmp_path: Path, comment: str) -> None:
    page = PAGE.format(charset="utf-8").replace("<html>", f"{comment}\n<html>")
    document = normalize_file(write(tmp_path, "saved.html", page), tmp_path)
    assert document.meta["source"]["url"].split("://")[1] == UNDATED_ADDRESS.split("://")[1]
    assert "Mirrored" not in document.body and "SingleFile" not in document.body


def test_an_evernote_html_export_gives_its_source_url_and_its_app_token_is_no_source(tmp_path: Path) -> None:
    page = PAGE.format(charset="utf-8").replace(
        "<title>", '<meta name="exporter-version" content="Evernote Mac 7.14"/>'
                   '<meta name="source" content="web.clip7"/>'
                   f'<meta name="source-url" content="{UNDATED_ADDRESS}"/><title>')
    document = normalize_file(write(tmp_path, "note.html", page), tmp_path)
    assert document.meta["source"]["url"] == UNDATED_ADDRESS
    assert document.meta["source"].get("name") != "web.clip7"


def test_a_read_it_later_record_is_dated_by_its_publication_not_by_when_it_was_saved(tmp_path: Path) -> None:
    record = {"title": TITLE, "url": UNDATED_ADDRESS, "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
              "created_at": "2024-03-09T10:01:11+0800", "published_at": "2024-02-28T09:30:00+0800"}
    document = normalize_file(write(tmp_path, "wallabag.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert document.meta["published"] == dt.date(2024, 2, 28)


def test_a_crawlers_metadata_mapping_beside_the_text_fills_the_records_fields(tmp_path: Path) -> None:
    record = {"success": True, "data": {"markdown": "\n\n".join([LEAD, *PARAGRAPHS]),
                                        "metadata": {"title": f"{TITLE}_领导讲话_某某县人民政府", "sourceURL": URL,
                                                     "publishedTime": "2024-02-28T09:30:00+08:00",
                                                     "statusCode": 200}}}
    document = normalize_file(write(tmp_path, "crawl.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["source"]["url"] == URL
    assert document.meta["published"] == dt.date(2024, 2, 28)
    assert not any("longest prose field" in warning for warning in document.warnings)


def test_a_mapping_under_another_name_describes_something_else(tmp_path: Path) -> None:
    record = {"author": {"name": "某某网编辑部", "url": "https://www.example-county.gov.cn/editors/"},
              "content": "\n\n".join(PARAGRAPHS)}
    document = normalize_file(write(tmp_path, "item.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert document.meta.get("title") != "某某网编辑部"
    assert document.meta["source"].get("url") != "https://www.example-county.gov.cn/editors/"


MAPPINGS = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["metadata_mappings"]


@pytest.mark.parametrize("example", MAPPINGS["examples"])
def test_a_metadata_mapping_example_is_one_of_its_names(example: str) -> None:
    assert spelling(example) in {spelling(name) for name in MAPPINGS["names"]}


def test_an_excel_unicode_text_export_is_read_as_a_tab_separated_table(tmp_path: Path) -> None:
    table = f"标题\t发布时间\t正文\r\n{TITLE}\t2024-02-28 09:00\t{''.join([LEAD, *PARAGRAPHS])}\r\n"
    document = normalize_file(write(tmp_path, "export.txt", b"\xff\xfe" + table.encode("utf-16-le")), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["published"] == dt.date(2024, 2, 28)
    assert document.meta["speaker"] == "王某明"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_byte_order_mark_is_read_not_refused_as_binary(tmp_path: Path, codec: str) -> None:
    text = "\r\n\r\n".join([TITLE, LEAD, *PARAGRAPHS])
    document = normalize_file(write(tmp_path, "speech.txt", text.encode(codec)), tmp_path)
    assert document.meta["title"] == TITLE
    assert_whole_speech(document.body)


def test_binary_bytes_with_nuls_on_both_sides_are_still_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        normalize_file(write(tmp_path, "blob.txt", bytes(range(256)) * 40), tmp_path)


@pytest.mark.parametrize("name", ["mhtml", "http-response"])
def test_the_save_format_variants_give_the_page_they_wrap(tmp_path: Path, name: str) -> None:
    page = write(tmp_path, "page.html", PAGE.format(charset="utf-8"))
    variant = VARIANTS[name]
    (tmp_path / "saved").mkdir()
    saved = write(tmp_path / "saved", variant.file_name(page), variant.apply(page.read_bytes(), page) or b"")
    assert saved.read_bytes() != page.read_bytes()
    assert normalize_file(saved, tmp_path).body == normalize_file(page, tmp_path).body


def test_a_collectors_text_template_with_bracketed_labels_gives_its_fields(tmp_path: Path) -> None:
    text = (f"【标题】{TITLE}\n【发布时间】2024-02-28 09:00\n【来源】县政府办公室\n【正文】\n"
            + "\n".join([LEAD, *PARAGRAPHS]) + "\n")
    document = normalize_file(write(tmp_path, "collected.txt", text), tmp_path)
    assert document.meta["title"] == TITLE
    assert document.meta["published"] == dt.date(2024, 2, 28)
    assert document.meta["source"]["name"] == "县政府办公室"
    assert "【" not in document.body
    assert_whole_speech(document.body)


def test_a_point_and_click_collectors_columns_are_known(tmp_path: Path) -> None:
    table = f"标题,标题链接,时间,文本\n{TITLE},{URL},2024-02-28,\"{chr(10).join([LEAD, *PARAGRAPHS])}\"\n"
    document = normalize_file(write(tmp_path, "collected.csv", table), tmp_path)
    assert document.meta["source"]["url"] == URL
    assert not any("longest prose field" in warning for warning in document.warnings)
    assert_whole_speech(document.body)


def test_an_obsidian_clippers_linked_author_is_read_as_the_name(tmp_path: Path) -> None:
    text = (f'---\ntitle: "{TITLE}"\nsource: "{URL}"\nauthor:\n  - "[[王某明]]"\npublished: 2024-02-28\n'
            'created: 2024-03-09\ntags:\n  - "clippings"\n---\n' + "\n\n".join(PARAGRAPHS) + "\n")
    document = normalize_file(write(tmp_path, "clip.md", text), tmp_path)
    assert document.meta["speaker"] == "王某明"
    assert document.meta["published"] == dt.date(2024, 2, 28)
    assert without_label("[[某某日报|某某报]]") == "某某报"


LABEL = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["field_label"]


@pytest.mark.parametrize("example", LABEL["examples"])
def test_a_field_label_rule_example_loses_its_label(example: dict) -> None:
    assert without_label(example["value"]) == example["becomes"]


@pytest.mark.parametrize("keep", LABEL["keep"])
def test_a_field_value_without_a_label_is_kept(keep: str) -> None:
    assert without_label(keep) == keep
