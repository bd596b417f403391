"""Scraped containers: Markdown front matter, CSV/JSON records, template source, and files that are not pages."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import yaml

from scripts.clean.containers import RULES_FILE, field_key, find_body, title_without_site, yaml_front_matter
from scripts.clean.field_names import field_names
from scripts.clean.pipeline import normalize_file
from scripts.clean.program_source import literal_value
from scripts.core.errors import InputError
from scripts.tools import add
from tests.conftest import case_params

SPEECH = [
    "同志们：",
    "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
    "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
    "同志们，做好秋季农业生产工作责任重大，希望大家扎实工作，确保各项任务圆满完成。谢谢大家！",
]
OTHER_SPEECH = [
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。",
    "过去一年，全市上下坚持稳中求进工作总基调，经济运行稳中有进，民生事业持续改善，社会大局保持稳定。",
    "各位代表，新的征程已经开启，让我们团结一心、奋勇争先，为全面建设社会主义现代化而努力奋斗！",
]
TITLE = "在全县秋季农业生产工作会议上的讲话"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def csv_text(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def record(title: str, lines: list[str], url: str = "https://www.example.gov.cn/art/2023/9/12/art_1.html") -> dict:
    return {"title": title, "source_url": url, "publish_date": "2023-09-13", "full_text": "\n".join(lines)}


def test_markdown_front_matter_gives_metadata_and_body(tmp_path: Path) -> None:
    text = (f"---\ntitle: {TITLE}\ndate: 2023-09-12\nauthor: 张明华\nsource_url: https://www.example.gov.cn/a.html\n"
            "---\n\n" + "\n\n".join(SPEECH) + "\n")
    document = normalize_file(write(tmp_path, "scraped.md", text), tmp_path)
    assert document.meta["title"] == TITLE
    assert str(document.meta["published"]) == "2023-09-12"
    assert document.meta["speaker"] == "张明华"
    assert document.meta["source"]["url"] == "https://www.example.gov.cn/a.html"
    for key in ("title:", "author:", "source_url:", "---"):
        assert key not in document.body
    assert SPEECH[1] in document.body


def test_hexo_front_matter_without_its_opening_line(tmp_path: Path) -> None:
    """Hexo reads a post whose front matter has only its closing '---'; the keys are the post's fields, not text."""
    text = (f"title: {TITLE}\ndate: 2023-09-12 16:47:20\ntags:\n    - 讲话\ncategories: 会议\n---\n\n"
            + "\n\n".join(SPEECH) + "\n")
    document = normalize_file(write(tmp_path, "post.md", text), tmp_path)
    assert document.meta["title"] == TITLE
    assert str(document.meta["published"]) == "2023-09-12"
    for key in ("title:", "categories", "---"):
        assert key not in document.body
    assert SPEECH[1] in document.body


def test_an_excerpt_mark_cutting_a_sentence_joins_its_pieces(tmp_path: Path) -> None:
    """A blog engine's '<!--more-->' set after a fixed number of characters cuts the text's first sentence; the
    two pieces are one paragraph again (the short first piece had been taken for a head line and dropped). Under a
    whole sentence the mark is only a paragraph's end."""
    cut = "9月9日，学校在启航活动中心"
    text = (f"---\ntitle: {TITLE}\ndate: 2022-09-10\n---\n\n{cut}\n<!--more-->\n多功能厅举行教师节表彰大会。\n\n"
            + SPEECH[0] + "\n<!-- more -->\n" + "\n\n".join(SPEECH[1:]) + "\n")
    document = normalize_file(write(tmp_path, "post.md", text), tmp_path)
    assert f"{cut}多功能厅举行教师节表彰大会。" in document.body
    assert f"{SPEECH[0]}\n\n{SPEECH[1]}" in document.body and "more" not in document.body


def test_a_text_opening_with_a_colon_line_is_no_front_matter() -> None:
    """Only a YAML mapping with a post's field names is front matter, opened or not: a 'Note: …' line over a rule,
    or a line that is no YAML key, is the text's."""
    assert yaml_front_matter(f"title: {TITLE}\n---\n正文") == ({"title": TITLE}, "正文")
    assert yaml_front_matter("Note: 以下为讲话全文\n---\n正文") is None
    assert yaml_front_matter("同志们：今天开会。\n---\n正文") is None
    assert yaml_front_matter("title: [未闭合\n---\n正文") is None  # no YAML


def test_markdown_syntax_is_read_not_kept(tmp_path: Path) -> None:
    text = (f"---\ntitle: {TITLE}\nsource: https://www.example.gov.cn/a.html\n---\n\n# {TITLE}\n\n"
            "![会议现场](https://www.example.gov.cn/img/1.jpg)\n\n" + SPEECH[0] + "\n\n"
            + SPEECH[1].replace("秋收秋种工作", "[秋收秋种工作](https://www.example.gov.cn/b.html)") + "\n\n"
            + "\n\n".join(SPEECH[2:]) + "\n\n1. 要抓好秋收。\n2. 要抓好秋种。\n")
    document = normalize_file(write(tmp_path, "scraped.md", text), tmp_path)
    assert document.meta["source"]["url"] == "https://www.example.gov.cn/a.html"
    assert SPEECH[1] in document.body
    for markup in ("](", "![", "# ", "img/1.jpg"):
        assert markup not in document.body
    assert re.search(r"^1\\?\. ?要抓好秋收。$", document.body, re.M)  # the speech's own numbering stays
    assert re.search(r"^2\\?\. ?要抓好秋种。$", document.body, re.M)


def test_api_response_wrapping_the_article(tmp_path: Path) -> None:
    response = {"code": 0, "msg": "ok", "data": {"title": TITLE, "content": "\n".join(SPEECH),
                                                 "pubDate": "2023-09-12", "author": "张明华"}}
    path = write(tmp_path, "response.json", json.dumps(response, ensure_ascii=False))
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == TITLE and document.meta["speaker"] == "张明华"
    assert "msg" not in document.body and SPEECH[2] in document.body


def test_cms_default_author_is_not_a_speaker(tmp_path: Path) -> None:
    text = f"---\ntitle: {TITLE}\nauthor: 佚名\n---\n" + "\n\n".join(SPEECH)
    assert "speaker" not in normalize_file(write(tmp_path, "scraped.md", text), tmp_path).meta


def test_csv_row_with_full_text_is_the_page(tmp_path: Path) -> None:
    # An undated address: the row's date column fills the published date (a dated one would win: the URL date
    # is the page's own, the column may be the scraper's; tests/test_metadata_container_url.py).
    row = record(TITLE, SPEECH, url="https://www.example.gov.cn/art/art_1.html")
    document = normalize_file(write(tmp_path, "row.csv", "\ufeff" + csv_text([row])), tmp_path)
    assert document.meta["title"] == TITLE
    assert str(document.meta["published"]) == "2023-09-13"
    assert document.meta["source"]["url"].startswith("https://www.example.gov.cn/")
    assert "full_text" not in document.body and "publish_date" not in document.body
    assert SPEECH[2] in document.body


def test_json_record_with_html_content(tmp_path: Path) -> None:
    content = "".join(f"<p>{line}</p>" for line in SPEECH)
    path = write(tmp_path, "record.json", json.dumps({"title": TITLE, "content": content}, ensure_ascii=False))
    document = normalize_file(path, tmp_path)
    assert document.meta["title"] == TITLE
    assert "<p>" not in document.body and SPEECH[3] in document.body


def test_an_api_response_wrapping_a_list_of_articles_holds_one_record_each(tmp_path: Path) -> None:
    response = {"code": 0, "result": {"stat": "1", "data": [record(TITLE, SPEECH),
                                                            record("2023年市政府工作报告", OTHER_SPEECH)]}}
    path = write(tmp_path, "list.json", json.dumps(response, ensure_ascii=False))
    with pytest.raises(InputError, match=r"holds 2 records"):
        normalize_file(path, tmp_path)


@pytest.mark.parametrize("prefix", ["var data = ", "const NEWS=", "module.exports = ", "export default ",
                                    "window.articles = "])
def test_a_script_assigning_json_is_read_as_that_json(tmp_path: Path, prefix: str) -> None:
    one = prefix + json.dumps({"title": TITLE, "content": "\n".join(SPEECH)}, ensure_ascii=False) + ";\n"
    document = normalize_file(write(tmp_path, "data.js", one), tmp_path)
    assert document.meta["title"] == TITLE and SPEECH[2] in document.body and "var" not in document.body
    many = prefix + json.dumps({"list": [record(TITLE, SPEECH), record("工作报告", OTHER_SPEECH)]}, ensure_ascii=False)
    with pytest.raises(InputError, match=r"holds 2 records"):
        normalize_file(write(tmp_path, "many.js", many), tmp_path)


def test_a_mock_api_module_with_a_javascript_object_literal_is_read_as_its_record(tmp_path: Path) -> None:
    """A front end's mock API answer: `var result = {success: true, data: {…}}; window.cb(result);` (unquoted keys,
    single quotes, a trailing comma: JSON5). Its record is read as a JSON record is; the keys are no text."""
    content = "".join(f"<p style=\\\"text-indent:2em;\\\">{line}</p>" for line in SPEECH)
    text = ("var result = {\n    success: true,\n    data: {\n        id: 6,\n        title: '" + TITLE + "',\n"
            "        time:null,\n        content: \"" + content + "\",\n    },\n};\nwindow.jspCallback(result);\n")
    document = normalize_file(write(tmp_path, "6.js", text), tmp_path)
    assert document.meta["title"] == TITLE and SPEECH[2] in document.body
    assert "success" not in document.body and "style" not in document.body


def test_a_script_that_goes_on_after_its_data_literal_is_refused(tmp_path: Path) -> None:
    text = "var data = {title: '" + TITLE + "', content: '" + SPEECH[1] + "'};\nrender(data, document.body, 2);\n"
    with pytest.raises(InputError, match=r"JavaScript data module \(`var data = …`\)"):
        normalize_file(write(tmp_path, "page.js", text), tmp_path)


def test_a_script_assigning_a_javascript_literal_is_refused_saying_so(tmp_path: Path) -> None:
    text = ("module.exports = {\n  news: [{\n    title: '" + TITLE + "',\n    content: `<p>" + SPEECH[1]
            + "</p>`\n  }]\n}\n")
    with pytest.raises(InputError, match=r"JavaScript data module \(`module.exports = …`\)"):
        normalize_file(write(tmp_path, "news.js", text), tmp_path)


@pytest.mark.parametrize("name", ["many.csv", "many.jsonl", "many.json"])
def test_several_records_are_refused_for_a_single_text(tmp_path: Path, name: str) -> None:
    rows = [record(TITLE, SPEECH), record("2023年市政府工作报告", OTHER_SPEECH)]
    text = {"many.csv": csv_text(rows),
            "many.jsonl": "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
            "many.json": json.dumps(rows, ensure_ascii=False, indent=1)}[name]
    with pytest.raises(InputError, match=r"holds 2 records.*make add SRC="):
        normalize_file(write(tmp_path, name, text), tmp_path)


@pytest.mark.parametrize("name", ["many.csv", "many.jsonl"])
def test_bulk_add_archives_each_record_as_its_own_raw_file(tmp_path: Path, name: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "archive"
    (root / "source_texts").mkdir(parents=True)
    rows = [record(TITLE, SPEECH), record("2023年市政府工作报告", OTHER_SPEECH, "https://www.example.gov.cn/b.html")]
    if name.endswith(".csv"):
        text = csv_text(rows)
        header, *_ = text.splitlines(keepends=True)
        expected = [header + csv_text([row]).split("\n", 1)[1] for row in rows]
    else:
        expected = [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
        text = "".join(expected)
    source = write(tmp_path, name, text)
    assert add.main(["--src", str(source), "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert out.count("Added: ") == 2 and "2 of 2 records added" in out
    raws = sorted(p for p in (root / "source_texts").iterdir() if not p.name.endswith(".meta.yml"))
    assert sorted(p.read_bytes() for p in raws) == sorted(t.encode("utf-8") for t in expected)
    for raw in raws:
        sidecar = yaml.safe_load(raw.with_name(raw.stem + ".meta.yml").read_text(encoding="utf-8"))
        assert sidecar["extracted_from"]["file"] == name
        assert sidecar["extracted_from"]["record"] in {1, 2}
    pages = sorted((root / "docs" / "speeches").rglob("*.md"))
    assert len(pages) == 2
    assert {TITLE, "2023年市政府工作报告"} == {normalize_file(raw, root).meta["title"] for raw in raws}


JSP = f"""<%@ page language="java" contentType="text/html; charset=utf-8" pageEncoding="utf-8"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- 页面布局说明 --%>
<html><body>
<% String basePath = request.getScheme() + "://" + request.getServerName(); %>
<div class="title">{TITLE}</div>
<div>{"</div><div>".join(SPEECH)}</div>
<a href="${{pageContext.request.contextPath}}/index.jsp">返回</a>
</body></html>
"""


def test_jsp_directives_are_stripped(tmp_path: Path) -> None:
    document = normalize_file(write(tmp_path, "detail.jsp", JSP), tmp_path)
    assert document.meta["title"] == TITLE
    for code in ("<%", "%>", "taglib", "basePath", "pageContext", "页面布局说明"):
        assert code not in document.body
    assert SPEECH[2] in document.body


def test_jstl_text_values_become_paragraphs(tmp_path: Path) -> None:
    sets = "".join(f'<c:set var="content" value="{line}" scope="page" />\n<%@include file="/x.jsp" %>\n'
                   for line in SPEECH)
    text = f'<%@ page contentType="text/html;charset=UTF-8" %>\n<c:set var="title" value="{TITLE}" />\n{sets}'
    document = normalize_file(write(tmp_path, "content.txt", text), tmp_path)
    assert document.meta["title"] == TITLE
    assert SPEECH[1] in document.body and "c:set" not in document.body and "include" not in document.body


def test_php_and_aspnet_sources_are_stripped(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in SPEECH)
    php = f"<?php $this->title = '详情'; ?>\n<html><body><h1>{TITLE}</h1>{body}</body></html>"
    aspx = ('<%@ Page Title="" Language="C#" AutoEventWireup="true" CodeBehind="News.aspx.cs" %>\n'
            '<asp:Content ID="c1" ContentPlaceHolderID="title" runat="server">新闻详情页</asp:Content>\n'
            f'<asp:Content ID="c2" ContentPlaceHolderID="main" runat="server"><h1>{TITLE}</h1>{body}</asp:Content>')
    for name, text in (("view.php", php), ("News.aspx", aspx)):
        document = normalize_file(write(tmp_path, name, text), tmp_path)
        assert document.meta["title"] == TITLE
        for code in ("<?php", "$this", "AutoEventWireup", "新闻详情页", "asp:"):
            assert code not in document.markdown
        assert SPEECH[1] in document.body


SQL = ("SET NAMES utf8;\nCREATE TABLE news(id int, title text, content text);\n"
       f"INSERT INTO news VALUES (1, '{TITLE}', '<p>{SPEECH[1]}</p>');\n"
       f"INSERT INTO news VALUES (2, '工作报告', '<p>{OTHER_SPEECH[1]}</p>');\n")
JAVA = ("package com.example.app.bean;\n\nimport java.util.List;\n\n/**\n * data : {\"content\":\"" + SPEECH[1]
        + "\"}\n */\npublic class NewsBean {\n    private String content;\n    public String getContent() {"
        " return content; }\n}\n")
JS = ("import axios from 'axios';\nconst api = '/news';\n// " + SPEECH[1] + "\nexport default function load() {\n"
      "  return axios.get(api);\n}\n")


@pytest.mark.parametrize(("name", "text", "says"), [("dump.sql", SQL, "SQL database dump"),
                                                    ("dump.txt", SQL, "SQL database dump"),
                                                    ("NewsBean.java", JAVA, "program source code"),
                                                    ("news.txt", JS, "program source code")])
def test_files_of_unrelated_records_are_refused_saying_what_they_look_like(tmp_path: Path, name: str, text: str,
                                                                         says: str) -> None:
    with pytest.raises(InputError, match=says):
        normalize_file(write(tmp_path, name, text), tmp_path)


@pytest.mark.parametrize(("name", "text"), [
    ("items.json", json.dumps([{"id": 1, "desc": SPEECH[1]}, {"id": 2, "desc": SPEECH[2]}], ensure_ascii=False)),
    ("items.jsonl", "".join(json.dumps({"id": n, "summary": line}, ensure_ascii=False) + "\n"
                            for n, line in enumerate(SPEECH))),
    ("items.csv", "id,name,summary\n" + "".join(f'{n},"条目",{line}\n' for n, line in enumerate(SPEECH)))])
def test_data_without_a_text_field_is_refused_naming_its_fields(tmp_path: Path, name: str, text: str) -> None:
    with pytest.raises(InputError, match=r"data without a text field \(fields: id, "):
        normalize_file(write(tmp_path, name, text), tmp_path)


def test_a_speech_about_code_or_csv_is_still_a_speech(tmp_path: Path) -> None:
    text = "\n".join([TITLE, *SPEECH[:2], "import 和 export 数据要规范，insert into 数据库的信息要准确，逗号,分隔。",
                      *SPEECH[2:]])
    document = normalize_file(write(tmp_path, "speech.txt", text), tmp_path)
    assert "insert into" in document.body and document.meta["title"] == TITLE


SUFFIX = [{"name": "site_suffix", **yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["site_suffix"]}]


@pytest.mark.parametrize(("entry", "example"), case_params(SUFFIX, "examples", RULES_FILE.name))
def test_site_suffix_is_dropped_from_a_scraped_title(entry: dict, example: dict) -> None:
    assert title_without_site(example["title"]) == example["becomes"]


@pytest.mark.parametrize(("entry", "keep"), case_params(SUFFIX, "keep", RULES_FILE.name))
def test_a_title_without_a_site_suffix_is_kept(entry: dict, keep: str) -> None:
    assert title_without_site(keep) == keep


def test_field_vocabulary_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "containers.yml"
    bad.write_text("fields:\n  content: {names: [content], reason: r}\n  titel: {names: [title], reason: r}\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match=r"containers\.yml: fields must be exactly content, title"):
        field_names(bad)


def test_a_scraped_title_with_the_site_name(tmp_path: Path) -> None:
    text = f"---\ntitle: {TITLE}_领导讲话_某某县人民政府网\n---\n\n" + "\n\n".join(SPEECH)
    assert normalize_file(write(tmp_path, "scraped.md", text), tmp_path).meta["title"] == TITLE



# ----------------------------------------------------------------- a text field of a name nobody listed
RULES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
PROSE = [RULES["prose"]]
ROLES = [{"name": role, **RULES["fields"][role]} for role in RULES["fields"]]
OTHER_TEXT = "\n".join(OTHER_SPEECH)
WARNING_FIELD = "longest prose field"


@pytest.mark.parametrize(("entry", "example"), case_params(PROSE, "examples", RULES_FILE.name))
def test_the_longest_prose_field_is_the_text(entry: dict, example: dict) -> None:
    body = find_body(example["record"])
    assert (body.key, body.guessed, body.problem) == (example["body"], True, "")


@pytest.mark.parametrize(("entry", "keep"), case_params(PROSE, "keep", RULES_FILE.name))
def test_a_record_without_one_clear_prose_field_says_why(entry: dict, keep: dict) -> None:
    body = find_body(keep["record"])
    assert not body.key and keep["says"] in body.problem


@pytest.mark.parametrize(("entry", "example"), case_params(ROLES, "examples", RULES_FILE.name))
def test_field_names_are_matched_whatever_their_case(entry: dict, example: str) -> None:
    assert field_key({"id": 1, example: "值"}, getattr(field_names(), entry["name"])) == example


def test_a_json_record_with_an_unknown_text_field(tmp_path: Path) -> None:
    record = {"id": 7, "标题": TITLE, "pubtime": "2023-09-12 10:30", "shenhe": "张明华", "zw": "\n".join(SPEECH),
              "keywords": "秋收、秋种、粮食", "lianjie": "https://www.example.gov.cn/a.html"}
    document = normalize_file(write(tmp_path, "record.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert document.meta["title"] == TITLE and str(document.meta["published"]) == "2023-09-12"
    assert "speaker" not in document.meta  # `shenhe` (审核) is no known name: not metadata
    assert SPEECH[2] in document.body and "秋收、秋种、粮食" not in document.body
    assert any("`zw`" in warning and WARNING_FIELD in warning for warning in document.warnings)


def test_html_in_an_unknown_field_is_read_as_html_and_boilerplate_is_not_the_text(tmp_path: Path) -> None:
    record = {"bt": TITLE, "share": '<div class="bdsharebuttonbox"><a href="#">分享到微信</a></div>',
              "detail": "".join(f"<p>{line}</p>" for line in SPEECH), "title": TITLE}
    document = normalize_file(write(tmp_path, "record.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert "<p>" not in document.body and "分享到" not in document.body
    assert document.body.count("\n\n") >= len(SPEECH) - 1  # the HTML's paragraphs are paragraphs
    assert SPEECH[3] in document.body


def test_a_csv_row_with_an_unknown_text_column(tmp_path: Path) -> None:
    text = csv_text([{"xh": "1", "标题": TITLE, "发布时间": "2023-09-13", "wz": "\n".join(SPEECH)}])
    document = normalize_file(write(tmp_path, "row.csv", text), tmp_path)
    assert document.meta["title"] == TITLE and str(document.meta["published"]) == "2023-09-13"
    assert SPEECH[1] in document.body and "xh" not in document.body


def test_a_record_with_two_prose_fields_of_similar_length_is_refused_naming_them(tmp_path: Path) -> None:
    record = {"part1": "\n".join(SPEECH), "part2": OTHER_TEXT}
    with pytest.raises(InputError, match=r"two fields .*`part1`.*`part2`.* guess"):
        normalize_file(write(tmp_path, "record.json", json.dumps(record, ensure_ascii=False)), tmp_path)


def test_a_record_holding_several_articles_says_so(tmp_path: Path) -> None:
    third = SPEECH[1] + SPEECH[2] + OTHER_SPEECH[1] + OTHER_SPEECH[2]
    record = {"a": "\n".join(SPEECH), "b": OTHER_TEXT, "c": third}
    with pytest.raises(InputError, match=r"several articles: 3 fields"):
        normalize_file(write(tmp_path, "record.json", json.dumps(record, ensure_ascii=False)), tmp_path)


def test_a_plain_and_an_html_copy_of_one_text_are_not_rivals(tmp_path: Path) -> None:
    record = {"plain": "\n".join(SPEECH), "rich": "".join(f"<p>{line}</p>" for line in SPEECH)}
    document = normalize_file(write(tmp_path, "record.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert SPEECH[2] in document.body


def test_a_long_value_under_a_metadata_name_is_not_metadata(tmp_path: Path) -> None:
    record = {"title": SPEECH[1] * 8, "zw": "\n".join(SPEECH)}
    document = normalize_file(write(tmp_path, "record.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert document.meta.get("title") != record["title"]


def test_an_empty_content_field_is_named_in_the_refusal(tmp_path: Path) -> None:
    path = write(tmp_path, "row.csv", csv_text([{"title": TITLE, "content": "", "id": "3"}]))
    with pytest.raises(InputError, match=r"field `content` is empty, and no field holds Chinese prose"):
        normalize_file(path, tmp_path)


def archive_root(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "source_texts").mkdir(parents=True)
    return root


@pytest.mark.parametrize("name", ["bulk.csv", "bulk.jsonl", "bulk.json"])
def test_bulk_add_with_unknown_text_fields_adds_each_record(tmp_path: Path, name: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    root = archive_root(tmp_path)
    rows = [{"bt": TITLE, "rq": "2023-09-12", "nr": "\n".join(SPEECH)},
            {"bt": "2023年市政府工作报告", "rq": "2023-02-01", "nr": OTHER_TEXT}]
    text = {"bulk.csv": csv_text(rows),
            "bulk.jsonl": "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
            "bulk.json": json.dumps({"code": 0, "data": {"list": rows}}, ensure_ascii=False)}[name]
    assert add.main(["--src", str(write(tmp_path, name, text)), "--root", str(root)]) == 0
    assert "2 of 2 records added" in capsys.readouterr().out
    raws = [p for p in (root / "source_texts").iterdir() if not p.name.endswith(".meta.yml")]
    assert len(raws) == 2 and len(list((root / "docs" / "speeches").rglob("*.md"))) == 2
    assert {SPEECH[1], OTHER_SPEECH[1]} <= {line for raw in raws for line in normalize_file(raw, root).body.split("\n")}


def test_bulk_add_reports_bad_records_by_number_and_adds_the_others(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    root = archive_root(tmp_path)
    lines = [json.dumps({"bt": TITLE, "nr": "\n".join(SPEECH)}, ensure_ascii=False),
             json.dumps({"bt": "图片新闻", "nr": "会议现场照片。"}, ensure_ascii=False),
             '{"bt": "工作报告", "nr": "各位代表：',
             json.dumps({"bt": "2023年市政府工作报告", "nr": OTHER_TEXT}, ensure_ascii=False),
             json.dumps({"bt": "两篇", "a": "\n".join(SPEECH), "b": OTHER_TEXT}, ensure_ascii=False)]
    source = write(tmp_path, "bulk.jsonl", "\n".join(lines) + "\n")
    assert add.main(["--src", str(source), "--root", str(root)]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("Added: ") == 2 and "2 of 5 records added, 3 refused" in captured.out
    assert re.search(r"record 2 of 5 \(line 2\): refused.*\n.*has no text.*`nr`, has 6 Chinese characters",
                     captured.err)
    assert re.search(r"record 3 of 5 \(line 3\): refused.*\n.*is not valid JSON \(.*, column \d+\)", captured.err)
    titles = {normalize_file(raw, root).meta["title"] for raw in (root / "source_texts").iterdir()
              if not raw.name.endswith(".meta.yml")}
    assert titles == {TITLE, "2023年市政府工作报告"}
    assert re.search(r"record 5 of 5 \(line 5\): refused.*\n.*two fields", captured.err)
    assert len([p for p in (root / "source_texts").iterdir() if not p.name.endswith(".meta.yml")]) == 2


def test_several_records_some_without_text_are_refused_for_a_single_text(tmp_path: Path) -> None:
    rows = [{"bt": TITLE, "nr": "\n".join(SPEECH)}, {"bt": "图片新闻", "nr": "会议现场。"}]
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    with pytest.raises(InputError, match=r"holds 2 records \(one speech each\) \(1 of them without a text: record 2\)"):
        normalize_file(write(tmp_path, "two.jsonl", text), tmp_path)


# ------------------------------------------------------------------------ an article in program source
def java_literal(text: str) -> str:
    """`text` as a Java string constant split over lines with +, escaped as an IDE pastes it."""
    parts = [text[i:i + 30] for i in range(0, len(text), 30)]
    return ' +\n            '.join(f'"{java_escaped(part)}"' for part in parts)


def java_escaped(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return escaped.replace("秋", "\\u79cb")  # an IDE or a minifier escapes some characters


def java_class(body: str) -> str:
    return ("package com.example.news.data;\n\nimport java.util.List;\nimport java.util.Map;\n\n"
            f"public class SpeechText {{\n    public static final String TITLE = \"{TITLE}\";\n"
            f"    public static final String CONTENT = {body};\n\n"
            "    public String getContent() { return CONTENT; }\n}\n")


def test_one_prose_string_literal_in_program_source_is_the_page(tmp_path: Path) -> None:
    quoted = [SPEECH[0], SPEECH[1].replace("秋收秋种工作", '"秋收秋种"工作'), *SPEECH[2:]]
    path = write(tmp_path, "SpeechText.java", java_class(java_literal("\n".join(quoted))))
    document = normalize_file(path, tmp_path)
    assert quoted[1] in document.body and SPEECH[3] in document.body
    for code in ("\\n", "\\u", "public", "getContent", '" +'):
        assert code not in document.body
    assert any("taken from program source" in warning and "line 8" in warning for warning in document.warnings)
    assert document.meta["title"] == TITLE  # the literal assigned to TITLE beside it


def test_a_javascript_template_literal_with_html_is_read_as_html(tmp_path: Path) -> None:
    html = "".join(f"<p>{line}</p>\n" for line in SPEECH)
    text = ("import Vue from 'vue';\nimport axios from 'axios';\n\nconst page = `<div class=\"article\">\n"
            f"<h1>${{title}}</h1>\n{html}</div>`;\n\nexport default function render() {{\n  return page;\n}}\n")
    document = normalize_file(write(tmp_path, "page.js", text), tmp_path)
    assert SPEECH[2] in document.body and "<p>" not in document.body and "${" not in document.body


def test_an_article_pasted_into_a_comment(tmp_path: Path) -> None:
    comment = "".join(f" * {line}\n" for line in SPEECH)
    text = (f"package com.example.news;\n\nimport java.util.List;\n\n/**\n * 讲话原文：\n *\n{comment} */\n"
            "public class NewsFixture {\n    private List<String> items;\n}\n")
    document = normalize_file(write(tmp_path, "NewsFixture.java", text), tmp_path)
    assert SPEECH[1] in document.body and "*" not in document.body and "items" not in document.body


def test_a_json_record_in_a_string_literal_gives_its_fields(tmp_path: Path) -> None:
    record = json.dumps({"title": TITLE, "content": "\n".join(SPEECH)}, ensure_ascii=False)
    document = normalize_file(write(tmp_path, "Fixture.java", java_class(java_literal(record))), tmp_path)
    assert document.meta["title"] == TITLE and SPEECH[2] in document.body and "content" not in document.body


def test_program_source_with_several_prose_texts_stays_refused(tmp_path: Path) -> None:
    text = java_class(java_literal("\n".join(SPEECH)) + ";\n    public static final String OTHER = "
                      + java_literal(OTHER_TEXT))
    with pytest.raises(InputError, match=r"program source code .* holds 2 separate prose texts"):
        normalize_file(write(tmp_path, "Two.java", text), tmp_path)
    many = json.dumps([record(TITLE, SPEECH), record("工作报告", OTHER_SPEECH)], ensure_ascii=False)
    with pytest.raises(InputError, match=r"program source code .* literal of 2 records"):
        normalize_file(write(tmp_path, "Many.java", java_class(java_literal(many))), tmp_path)


def test_program_source_without_prose_says_so(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"program source code .* no string or comment in it holds"):
        normalize_file(write(tmp_path, "NewsBean.java", JAVA), tmp_path)


@pytest.mark.parametrize(("literal", "value"), [
    (r'"\u540c\u5fd7\u4eec\uff1a\n\u4eca\u5929"', "同志们：\n今天"), (r'"他说：\"好\"。"', "他说：\"好\"。"),
    (r"'tab\there'", "tab\there"), (r'"\ud83d\ude00"', "\U0001F600"), (r"`a${x}b\u{4e2d}`", "ab中"),
    (r'"C:\\dir"', "C:\\dir")])
def test_string_literals_are_unescaped(literal: str, value: str) -> None:
    assert literal_value(literal) == value


def test_an_api_list_of_headlines_is_refused_saying_where_the_list_is(tmp_path: Path) -> None:
    items = [{"id": n, "title": title, "url": f"https://www.example.gov.cn/{n}.html"}
             for n, title in enumerate([TITLE, "2023年市政府工作报告"])]
    path = write(tmp_path, "list.json", json.dumps({"code": 0, "data": {"list": items}}, ensure_ascii=False))
    with pytest.raises(InputError, match=r"a list of 2 records under `data.list` \(fields: id, title, url\)"):
        normalize_file(path, tmp_path)


def test_a_stray_quote_in_the_code_ends_at_its_line(tmp_path: Path) -> None:
    text = java_class(java_literal("\n".join(SPEECH))).replace("import java.util.Map;",
                                                                "import java.util.Map;\n// it's\nchar q = '\\'';\n'")
    document = normalize_file(write(tmp_path, "Stray.java", text), tmp_path)
    assert SPEECH[2] in document.body


def saved_page(paragraphs: list[str]) -> str:
    names = ["首页", "政务公开", "政务服务", "互动交流", "走进本市", "专题专栏", "数据开放", "无障碍"] * 6
    menu = "".join(f'<li><a href="/{n}/">{name}</a></li>' for n, name in enumerate(names))
    links = "".join(f'<li><a href="/zf/{n}.html">国家部委网站{n}</a></li>' for n in range(40))
    body = "".join(f"<p>{line}</p>" for line in paragraphs)
    return (f"<html><head><title>{TITLE}_某某县人民政府网</title></head><body><ul class=\"nav\">{menu}</ul>"
            f"<h1>{TITLE}</h1><div class=\"article\">{body}</div><ul class=\"links\">{links}</ul></body></html>")


def test_a_whole_saved_page_in_an_unknown_field_is_read_as_that_page(tmp_path: Path) -> None:
    record = {"crawl_id": 9, "page_source": saved_page(SPEECH)}
    document = normalize_file(write(tmp_path, "record.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert SPEECH[2] in document.body and "政务公开" not in document.body


def test_template_source_in_a_record_field_is_stripped(tmp_path: Path) -> None:
    record = {"id": 2, "source_code": JSP}
    document = normalize_file(write(tmp_path, "record.json", json.dumps(record, ensure_ascii=False)), tmp_path)
    assert document.meta["title"] == TITLE and SPEECH[2] in document.body and "<%" not in document.body


@pytest.mark.parametrize("shape", ["array", "append", "plus-equals"])
def test_paragraphs_one_literal_each_are_one_text(tmp_path: Path, shape: str) -> None:
    literals = [f'"{line}"' for line in SPEECH]
    calls = {"append": "sb.append({});", "plus-equals": "html += {};"}
    if shape == "array":
        code = "    static final String[] PARAGRAPHS = {\n        " + ",\n        ".join(literals) + "\n    };\n"
    else:
        code = ("    static String text() {\n        StringBuilder sb = new StringBuilder();\n"
                "        String html = \"\";\n"
                + "".join("        " + calls[shape].format(literal) + "\n" for literal in literals) + "    }\n")
    text = ("package com.example.news;\n\nimport java.util.List;\nimport java.util.Map;\n\npublic class Speech {\n"
            + code + "}\n")
    document = normalize_file(write(tmp_path, "Speech.java", text), tmp_path)
    assert all(line in document.body for line in SPEECH[1:])


def test_an_array_of_articles_stays_refused(tmp_path: Path) -> None:
    articles = [java_literal("\n".join(SPEECH)), java_literal(OTHER_TEXT)]
    text = ("package com.example.news;\n\nimport java.util.List;\nimport java.util.Map;\n\npublic class Articles {\n"
            "    public static final String[] ARTICLES = {\n        " + ",\n        ".join(articles) + "\n    };\n}\n")
    with pytest.raises(InputError, match=r"holds 2 separate prose texts"):
        normalize_file(write(tmp_path, "Articles.java", text), tmp_path)


def test_a_refusal_of_the_literal_names_the_source_file(tmp_path: Path) -> None:
    record = json.dumps({"id": 1, "part1": "\n".join(SPEECH), "part2": OTHER_TEXT}, ensure_ascii=False)
    path = write(tmp_path, "Parts.java", java_class(java_literal(record)))
    with pytest.raises(InputError, match=r"Parts\.java: program source code whose string literal at line 8 holds "
                                         r"the only prose: the JSON record has two fields"):
        normalize_file(path, tmp_path)


# ------------------------------------------------------------------------ markup source without a document
def test_an_xml_record_with_cdata_content_in_program_source_is_the_page(tmp_path: Path) -> None:
    """An XML record pasted into a Java string: its text in a CDATA section of <p> markup, its title in <Title>,
    magazine fields beside it (the CDATA section is not one tag from '<!' to ']]>')."""
    paragraphs = "".join(f"<p>{line}</p>" for line in SPEECH)
    record = (f'<?xml version="1.0" encoding="UTF-8"?><Article>\t<Title>{TITLE}</Title>\t<Magazine>某某月报</Magazine>'
              f"\t<Content><![CDATA[{paragraphs}]]></Content></Article>")
    document = normalize_file(write(tmp_path, "Combine.java", java_class(java_literal(record))), tmp_path)
    assert SPEECH[1] in document.body and SPEECH[3] in document.body
    for markup in ("CDATA", "<p>", "xml", "]]>"):
        assert markup not in document.body
    assert document.meta["title"] == TITLE


def test_a_component_template_is_read_as_its_page(tmp_path: Path) -> None:
    """A front-end component's source (a Vue single-file component saved as .txt): the page is inside
    <template>, which a browser would hide but which is the page here; its markup is not kept as text."""
    paragraphs = "".join(f"\t\t\t<p>{line}</p>\n" for line in SPEECH)
    text = (f"<template>\n\t<Head>\n\t\t<Title>{TITLE}</Title>\n\t</Head>\n\t<div class=\"article\">\n"
            f"\t\t<h3 class=\"title\">{TITLE}</h3>\n\t\t<div class=\"content\">\n{paragraphs}\t\t</div>\n"
            "\t</div>\n</template>\n<script>\nexport default { name: 'Article' }\n</script>\n")
    for name in ("article.txt", "article.vue", "article.html"):
        document = normalize_file(write(tmp_path, name, text), tmp_path)
        assert SPEECH[1] in document.body and SPEECH[3] in document.body, name
        for markup in ("<div", "class", "<p>", "export default", "Head"):
            assert markup not in document.body
        assert document.meta["title"] == TITLE


def test_a_text_that_mentions_a_tag_is_not_markup(tmp_path: Path) -> None:
    text = "\n".join([TITLE, *SPEECH, "网页里的<p>标签表示一个段落。"])
    document = normalize_file(write(tmp_path, "speech.txt", text), tmp_path)
    assert "网页里的&lt;p&gt;标签表示一个段落。" in document.body  # kept, escaped, as the text's own words


def python_module(*records: tuple[str, list[str]]) -> str:
    """Records saved as a Python module: a name bound to a dict of dicts, the texts in triple-quoted strings."""
    url = "        'url': 'http://www.example.edu.cn/a/t20170906_1.html'\n    },\n"
    items = "".join(f"    '{title}': {{\n        'title': '{title}',\n        'text': '''"
                    + "".join(f"<p>{line}</p>\n" for line in lines) + "''',\n" + url for title, lines in records)
    return f"post_feed = {{\n{items}}}\n"


def test_records_saved_as_a_python_module_are_program_source(tmp_path: Path) -> None:
    """A module binding a name to a dict or list literal ('post_feed = {') is program source, not a text page: one
    article in it is the page (no 'url': line of the dict reaches it), several are refused as records."""
    document = normalize_file(write(tmp_path, "feeds.py.txt", python_module((TITLE, SPEECH))), tmp_path)
    assert SPEECH[2] in document.body and "url" not in document.body and "'" not in document.body
    with pytest.raises(InputError, match=r"program source code .* data literals.* holds 2 separate prose texts"):
        normalize_file(write(tmp_path, "feeds.txt", python_module((TITLE, SPEECH), ("工作报告", OTHER_SPEECH))),
                       tmp_path)


WIKITEXT = ("{{header\n | title = " + TITLE + "\n | author = 张某某\n | notes = 本文为县长在会议上的讲话。\n}}\n"
            "'''同志们：'''\n\n" + SPEECH[1].replace("秋收秋种", "[[秋收|秋收秋种]]") + "<ref>见某某县志。</ref>\n\n"
            "== 一、认清形势 ==\n\n" + SPEECH[2] + "{{r|note1}}\n\n[[File:Meeting.jpg|thumb|会议现场]]\n\n"
            + SPEECH[3] + "\n\n== 注释 ==\n<references/>\n\n{{PD-PRC-exempt}}\n\n[[Category:讲话]]\n")


def test_a_wikis_source_text_is_read_as_the_page_a_wiki_shows(tmp_path: Path) -> None:
    """维基文库-style wikitext: the header template's title and author are the container's fields; links keep their
    words; templates, footnotes, files and categories go; a heading is a heading."""
    document = normalize_file(write(tmp_path, "speech.txt", WIKITEXT), tmp_path)
    assert document.meta["title"] == TITLE
    assert SPEECH[1] in document.body and SPEECH[3] in document.body and "## 一、认清形势" in document.body
    for mark in ("[[", "{{", "'''", "ref", "Category", "县志", "会议现场", "note1"):
        assert mark not in document.body, mark


def test_text_with_a_stray_bracket_is_no_wikitext(tmp_path: Path) -> None:
    text = "\n".join(SPEECH) + "\n要把{{农村}}工作抓好。\n"
    document = normalize_file(write(tmp_path, "speech.txt", text), tmp_path)
    assert "要把{{农村}}工作抓好。" in document.body.replace("\\{\\{", "{{").replace("\\}\\}", "}}")


def php_serialized(value: str) -> str:
    return f's:{len(value.encode("utf-8"))}:"{value}";'


def test_a_php_cms_cache_record_is_read_as_its_fields(tmp_path: Path) -> None:
    """A PHP CMS's cache (serialize() behind '<?php exit;?>'): strings by their byte length, the content field is
    the page, the title field its title; no type or length mark reaches the text."""
    html = "".join(f"<p>{line}</p>" for line in SPEECH)
    fields = {"title": TITLE, "content": html, "author": "张某某", "pubdate": "2005-03-12"}
    text = f"<?php exit;?>a:{len(fields)}:{{" + "".join(php_serialized(k) + php_serialized(v)
                                                       for k, v in fields.items()) + "i:0;b:1;}"
    text = text.replace(f"a:{len(fields)}:", f"a:{len(fields) + 1}:", 1)
    document = normalize_file(write(tmp_path, "cache.txt", text), tmp_path)
    assert document.meta["title"] == TITLE and SPEECH[2] in document.body
    for mark in ('s:', '";', "a:5"):
        assert mark not in document.body


def test_a_php_file_returning_an_array_is_program_source(tmp_path: Path) -> None:
    html = "".join(f"<p>{line}</p>" for line in SPEECH)
    text = f"<?php\nreturn array (\n  'id' => '123',\n  'title' => '{TITLE}',\n  'content' => '{html}',\n);\n"
    document = normalize_file(write(tmp_path, "cache.php.txt", text), tmp_path)
    assert document.meta["title"] == TITLE and SPEECH[2] in document.body and "=>" not in document.body


@pytest.mark.parametrize("box", ["> [!NOTE]\n> 本文根据录音整理\n> 转载请注明出处。",
                                 "::: tip 说明\n本文根据录音整理\n转载请注明出处。\n:::",
                                 "{{< notice info >}}\n本文根据录音整理\n转载请注明出处。\n{{< /notice >}}"])
def test_editor_note_in_a_notice_box_is_kept_as_a_note(tmp_path: Path, box: str) -> None:
    text = f"---\ntitle: {TITLE}\ndate: 2023-09-12\n---\n\n{box}\n\n" + "\n\n".join(SPEECH) + "\n"
    document = normalize_file(write(tmp_path, "post.md", text), tmp_path)
    assert document.meta["notes"] == ["本文根据录音整理"]
    assert "录音" not in document.body and "转载请注明" not in document.body
    assert SPEECH[1] in document.body
