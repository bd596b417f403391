"""The metamorphic variants of `make eval VARIANT=` (scripts/measure/variants.py): each rewrites a made-up page
the way its docstring says, and the evaluator scores a rewritten page against the plain page's label."""

import csv
import io
import json
from pathlib import Path

import pytest

from scripts.measure import evaluate
from scripts.measure.variants import VARIANTS, parse

HTML = ('<html><head><meta charset="utf-8"><title>示例</title></head>\n<body>\n'
        '<div class="footer main" id="share-box"><p>发布时间：2020年1月2日（星期四）</p></div>\n\n'
        '<p class=related>这是为了测试而写的一段话。</p>\n</body></html>\n')
TEXT = "标题：关于学习的讲话\n\n　　同志们：今天我们在这里开会，主要任务是总结过去一年的工作，部署今年的任务。\n"


def run(name: str, text: str, suffix: str) -> bytes | None:
    return VARIANTS[name].apply(text.encode("utf-8"), Path("page" + suffix))


def test_every_variant_is_documented_and_tested_here():
    # label-aware variants are tested in their own files (tests/test_variant_other_names.py)
    plain = {n for n, v in VARIANTS.items() if v.label_aware is None}
    assert plain == {"traditional", "renamed-classes", "gbk", "gbk-bare", "big5", "big5-bare", "crlf",
                             "no-blank-lines", "fullwidth-halfwidth", "wrapped", "json-record", "jsonl-ascii",
                             "csv-row", "sql-row", "generic-tags", "title-site-suffix", "title-site-prefix",
                             "iso-dates",
                             "written-dates", "hanzi-dates",
                             "mhtml", "http-response",  # tested in tests/test_save_formats.py
                             "text-lines", "text-flattened"}
    assert all(v.doc for v in VARIANTS.values())


def test_traditional_converts_the_text_and_the_label_alike():
    page = run("traditional", TEXT, ".txt").decode("utf-8")
    assert "關於學習的講話" in page and "總結過去一年的工作" in page
    assert VARIANTS["traditional"].text("关于学习") == "關於學習"


def test_traditional_leaves_markup_and_scripts_alone():
    page = run("traditional", '<html><body><script>var 说 = 1;</script><p class="发">说话</p></body></html>',
               ".html").decode("utf-8")
    assert "var 说 = 1" in page and "說話" in page


def test_renamed_classes_hides_every_class_and_id_but_keeps_shared_names_shared():
    page = run("renamed-classes", HTML, ".html").decode("utf-8")
    for hint in ("footer", "share", "related", "main"):
        assert hint not in page
    assert "发布时间：2020年1月2日" in page and "<title>示例</title>" in page
    again = run("renamed-classes", HTML.replace("related", "footer"), ".html").decode("utf-8")
    assert again.count('class="c') + again.count("class=c") == 2
    assert run("renamed-classes", TEXT, ".txt") is None  # nothing to rename in a plain-text page


def test_gbk_re_encodes_and_names_the_charset_or_drops_it():
    page = run("gbk", HTML, ".html")
    assert b'charset="gbk"' in page and page.decode("gbk").endswith("</html>\n")
    bare = run("gbk-bare", HTML, ".html")
    assert b"charset" not in bare and "这是为了测试" in bare.decode("gbk")
    stated = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    typed = run("gbk-bare", HTML.replace('<meta charset="utf-8">', stated), ".html")
    assert b'content="text/html"' in typed
    assert run("gbk", TEXT, ".txt").decode("gbk") == TEXT  # plain text: the same text, other bytes


def test_big5_writes_traditional_text_and_what_big5_lacks_as_references():
    page = run("big5", HTML.replace("测试", "测试㐀"), ".html")
    assert b'charset="big5"' in page
    text = page.decode("big5")
    assert "這是為了測試" in text and "&#13312;" in text
    assert run("big5", "一段话㐀\n", ".txt") is None  # plain text cannot hold a reference: left alone


def test_crlf_and_no_blank_lines():
    assert run("crlf", "甲\n乙\r\n", ".txt") == "甲\r\n乙\r\n".encode()
    assert run("no-blank-lines", "甲\n\n  \n乙\n", ".txt") == "甲\n乙".encode()


def test_fullwidth_halfwidth_folds_punctuation_but_not_markup_characters_in_html():
    assert run("fullwidth-halfwidth", "时间：２０２０（周四）\u3000甲\n", ".txt").decode() == "时间:2020(周四) 甲\n"
    page = run("fullwidth-halfwidth", "<html><body><p>１＜２：对</p></body></html>", ".html").decode()
    assert "<p>1＜2:对</p>" in page


def test_wrapped_cuts_prose_lines_only():
    page = run("wrapped", "短行\n" + "长" * 80 + "\n" + '"列","' + "值" * 50 + '"\n', ".txt").decode()
    lines = page.split("\n")
    assert lines[:4] == ["短行", "长" * 35, "长" * 35, "长" * 10]
    assert lines[4].startswith('"列"')  # a CSV row stays whole
    assert run("wrapped", HTML, ".html") is None
    post = "---\ntitle: " + "题" * 40 + "\n---\n" + "文" * 40 + "\n"
    assert run("wrapped", "province,title,full_text\n甲," + "文" * 40 + "\n", ".txt") is None  # a CSV file
    wrapped_post = "---\ntitle: " + "题" * 40 + "\n---\n" + "文" * 35 + "\n" + "文" * 5 + "\n"
    assert run("wrapped", post, ".md").decode() == wrapped_post


def test_container_variants_hold_the_whole_page_in_one_record_under_a_new_suffix():
    for name, suffix in (("json-record", ".json"), ("jsonl-ascii", ".jsonl"), ("csv-row", ".csv"),
                         ("sql-row", ".sql")):
        assert VARIANTS[name].file_name(Path("raw/007.html")) == "007" + suffix
    assert VARIANTS["crlf"].file_name(Path("raw/007.html")) == "007.html"
    assert json.loads(run("json-record", HTML, ".html"))["content"] == HTML
    line = run("jsonl-ascii", TEXT, ".txt").decode("ascii")
    assert line.count("\n") == 1 and line.endswith("}\n") and "\\u540c" in line  # one line, escaped
    assert json.loads(line)["content"] == TEXT
    rows = list(csv.reader(io.StringIO(run("csv-row", HTML, ".html").decode())))
    assert rows[0] == ["id", "url", "content"] and rows[1][2] == HTML


def test_sql_row_escapes_quotes_backslashes_and_line_ends_as_mysql_does():
    page = run("sql-row", "他说：'好'\\n\n下一段\"引\"\n", ".txt").decode()
    assert page.startswith("INSERT INTO `article` (`id`, `url`, `content`) VALUES (7, 'https://")
    assert "'他说：\\'好\\'\\\\n\\n下一段\\\"引\\\"\\n');\n" in page
    assert page.count("\n") == 1  # one statement on one line


@pytest.mark.parametrize("page", ["province,title,full_text\n甲,乙,丙\n", '{"content": "正文"}\n',
                                  "INSERT INTO `t` VALUES (1,'正文');\n", "---\ntitle: 题\n---\n正文\n",
                                  "set names utf8;\ncreate table t(id int);\n", "<template>\n<div>正文</div>\n",
                                  "var data = {\n  \"list\": []\n};\n",
                                  "<?xml version='1.0'?>\n<doc><title>题</title><body>正文</body></doc>\n",
                                  '"keyword","title","content"\n"甲","乙","丙"\n',
                                  "title: 题\nurl: https://www.example.gov.cn/a.html\ncontent:\n正文\n"])
def test_container_variants_leave_a_page_that_is_already_a_record_dump_or_program_alone(page):
    for name in ("json-record", "jsonl-ascii", "csv-row", "sql-row"):
        assert run(name, page, ".txt") is None


def test_generic_tags_writes_sectioning_elements_as_divs_and_leaves_the_rest():
    page = ('<html><body><header id="h">站名</header><nav><a href="/">首页</a></nav><main><article><p>正文</p>'
            '</article></main><aside>相关</aside><footer>版权</footer><navbar>x</navbar></body></html>')
    out = run("generic-tags", page, ".html").decode()
    assert '<div id="h">站名</div><div><a href="/">首页</a></div><div><div><p>正文</p></div></div>' in out
    assert "<div>相关</div><div>版权</div><navbar>x</navbar>" in out  # a custom element is no sectioning one
    assert run("generic-tags", HTML, ".html") is None and run("generic-tags", TEXT, ".txt") is None


def test_title_site_suffix_appends_a_site_name_to_the_title_element_only():
    out = run("title-site-suffix", HTML.replace("<title>示例</title>", "<title> 示例 </title>"), ".html").decode()
    assert "<title> 示例_示例市人民政府门户网站</title>" in out and out.count("门户网站") == 1
    assert run("title-site-suffix", TEXT, ".txt") is None


def test_parse_names_all_and_refuses_unknown_names():
    assert [v.name for v in parse("crlf, gbk")] == ["crlf", "gbk"]
    assert len(parse(["all"])) == len(VARIANTS)
    assert parse("") == []
    with pytest.raises(KeyError):
        parse("rot13")


def made_up_set(tmp_path: Path) -> Path:
    body = "同志们：今天我们召开全市工作会议，主要任务是总结过去一年的工作，分析当前形势，部署今年的重点任务。" * 4
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw" / "001.txt").write_text(f"在全市工作会议上的讲话\n\n{body}\n", encoding="utf-8")
    label = {"file": "001.txt", "kind": "speech", "score": True, "body_start": body[:10], "body_end": body[-10:],
             "inner_cruft": [], "neutral": [], "leaks": [], "meta": {"title": "在全市工作会议上的讲话"}}
    (tmp_path / "gold" / "001.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_a_variant_run_scores_the_rewritten_page_against_the_mapped_label(tmp_path, capsys):
    set_dir = made_up_set(tmp_path)
    assert evaluate.main([str(set_dir), "--variant", "traditional,crlf"]) == 0
    out = capsys.readouterr().out
    assert "variant traditional" in out and "variant crlf" in out
    totals = [line for line in out.splitlines() if line.startswith("TOTAL")]
    assert len(totals) == 3 and all("recall 1.000" in line and "metadata 1/1" in line for line in totals)
    assert "changed 1 of 1 pages" in out
    assert (set_dir / "raw" / "001.txt").read_text(encoding="utf-8").startswith("在全市")  # the page is untouched


def test_an_unknown_variant_is_refused(tmp_path):
    with pytest.raises(SystemExit):
        evaluate.main([str(made_up_set(tmp_path)), "--variant", "rot13"])


def test_date_variants_rewrite_every_full_date_in_the_text_and_nothing_else():
    page = ('<html><head><meta name="PubDate" content="2020-01-02"></head><body>\n'
            '<p>发布时间：2020年1月2日 见2019年12月31日</p><a href="/2020/01/02/t1.html">2020-01-02</a>'
            '<p>编号20200102，2020/13/01</p></body></html>')
    iso = run("iso-dates", page, ".html").decode()
    assert "发布时间：2020-01-02 见2019-12-31" in iso and 'content="2020-01-02"' in iso
    written = run("written-dates", page, ".html").decode()
    assert '>2020年1月2日</a>' in written and 'href="/2020/01/02/t1.html"' in written
    assert "编号20200102，2020/13/01" in written  # a longer number and an impossible month are no dates
    hanzi = run("hanzi-dates", "（2020年10月25日）\n二〇〇一年\n", ".txt").decode()
    assert hanzi == "（二〇二〇年十月二十五日）\n二〇〇一年\n"


def test_date_variants_map_the_labels_strings_alike():
    assert VARIANTS["iso-dates"].text("——2024年3月5日在大会上") == "——2024-03-05在大会上"
    assert VARIANTS["written-dates"].text("时间：2024.3.5") == "时间：2024年3月5日"
    assert VARIANTS["hanzi-dates"].text("2001年12月10日") == "二〇〇一年十二月十日"


def test_title_site_prefix_puts_a_site_and_column_before_the_title():
    page = run("title-site-prefix", HTML, ".html").decode()
    assert "<title>示例市人民政府 - 新闻中心 - 示例</title>" in page
    assert run("title-site-prefix", TEXT, ".txt") is None


PAGE = ('<html><head><title>在某某会议上的讲话_要闻_某某网</title><script>var a = "不显示";</script></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/yw/">要闻</a></div><h1>在某某会议上的讲话</h1>'
        '<p>同志们：今天我们在这里开会。</p><div class="footer">版权所有 某某网</div></body></html>')


def test_text_lines_writes_the_title_then_each_visible_string_on_a_line():
    page = run("text-lines", PAGE, ".html").decode("utf-8")
    assert page.splitlines() == ["在某某会议上的讲话_要闻_某某网", "首页", "要闻", "在某某会议上的讲话",
                                 "同志们：今天我们在这里开会。", "版权所有 某某网"]
    assert VARIANTS["text-lines"].suffix == ".txt"
    assert run("text-lines", TEXT, ".txt") is None  # a text file is already text
    assert run("text-lines", '<%@ page language="java" %>' + PAGE, ".html") is None  # a template renders nothing


def test_text_flattened_writes_the_page_on_one_line():
    page = run("text-flattened", PAGE, ".html").decode("utf-8")
    assert page == "在某某会议上的讲话_要闻_某某网 首页 要闻 在某某会议上的讲话 同志们：今天我们在这里开会。 " \
        "版权所有 某某网\n"
