"""The benchmark converter (scripts/measure/benchmark_gold.py) on made-up pages: a label it writes is one the
scorer reads (body found, first occurrences right), chrome becomes leaks, left-out lines inner cruft."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from scripts.measure import benchmark_gold as bg
from scripts.measure.evaluate import canonical, gold_text, load_set

PAGE = """<html><head><title>某市召开防汛工作会议_示例新闻网</title></head><body>
<div class="nav"><a>首页</a><a>本网要闻</a><a>地方新闻频道</a></div>
<h1>某市召开防汛工作会议</h1>
<div class="info">2030-06-01 09:30 来源：示例日报</div>
<div class="content">
<p>6月1日上午，某市召开防汛工作会议，部署今年汛期各项工作。</p>
<p class="cap">图为会议现场。示例记者摄</p>
<p>会议要求，各部门要压实责任，做好物资储备和人员转移准备。</p>
<p>会议强调，要加强监测预警，确保安全度汛。</p>
<p>（责任编辑：张三）</p>
</div>
<div class="related">相关阅读：某区开展汛前检查工作</div>
<div class="footer">版权所有 示例新闻网 备案号12345678</div>
</body></html>"""

TRUTH = """6月1日上午，某市召开防汛工作会议，部署今年汛期各项工作。
会议要求，各部门要压实责任，做好物资储备和人员转移准备。
会议强调，要加强监测预警，确保安全度汛。
（责任编辑：张三）"""


def test_a_label_covers_the_ground_truth_and_lists_the_chrome(tmp_path: Path) -> None:
    converted = bg.convert(PAGE, TRUTH, "001.html")
    label = converted.label
    assert label is not None and converted.coverage == 1.0
    assert canonical(label["body_start"]) == canonical("6月1日上午，某市")  # MIN_KEY characters
    assert label["body_end"].endswith("确保安全度汛。")
    assert label["inner_cruft"] == ["图为会议现场。示例记者摄"]
    assert label["neutral"] == ["（责任编辑：张三）"]
    assert "2030-06-01 09:30 来源：示例日报" in label["leaks"]
    assert "相关阅读：某区开展汛前检查工作" in label["leaks"] and "本网要闻" in label["leaks"]
    assert "首页" not in label["leaks"]  # too short to be told from real text
    assert not any("防汛工作会议" in leak for leak in label["leaks"])  # the headline and <title> are no leaks
    assert label["meta"] == {"speaker": None}
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw" / "001.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "gold" / "001.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    [(page, loaded)] = load_set(tmp_path)
    assert gold_text(page, loaded) == canonical(TRUTH.rsplit("\n", 1)[0])


def test_the_start_key_grows_until_its_first_occurrence_is_the_body() -> None:
    old_news = '<div class="related">6月1日上午，某市召开防汛工作会议（旧闻）</div><div>'
    page = PAGE.replace('<div class="related">', old_news)
    page = page.replace('<div class="nav">', '<div class="top">6月1日上午，某市召开</div><div class="nav">')
    label = bg.convert(page, TRUTH, "001.html").label
    assert label is not None
    visible = canonical(bg.visible_of_html(page))
    start = visible.find(canonical("6月1日上午，某市召开防汛工作会议，部署"))
    assert visible.find(canonical(label["body_start"])) == start


def test_a_page_that_does_not_show_its_ground_truth_is_skipped() -> None:
    converted = bg.convert("<html><body><p>只有导航</p></body></html>", TRUTH, "002.html")
    assert converted.label is None and "visible text" in converted.reason


def test_edge_furniture_rules_have_names_and_reasons() -> None:
    assert bg.furniture("【责任编辑:某某】") == "editor"
    assert bg.furniture("《示例日报》（2030年01月02日 04 版）") == "paper-source"
    assert bg.furniture("Play Video") == "video-player"
    assert bg.furniture("会议强调，要加强监测预警。") == ""
    assert all(name and reason for name, _, reason in bg.EDGE_FURNITURE)


def test_chinese_pages_are_told_from_japanese_and_english() -> None:
    assert bg.chinese("某市召开防汛工作会议，部署今年汛期各项工作。")
    assert not bg.chinese("中日平和友好条約締結45周年記念集会が10日、東京で開催された。")
    assert not bg.chinese("The UK government has published its plans.")


def test_a_gbk_page_is_stored_as_utf8() -> None:
    text, stored = bg.decode("会议".encode("gb18030"))
    assert text == "会议" and stored == "会议".encode()


def test_a_benchmark_repository_becomes_a_set(tmp_path: Path) -> None:
    repo = tmp_path / "bench"
    art = repo / "benchmark" / "data" / "article"
    (art / "htmls").mkdir(parents=True)
    (art / "htmls" / "aaa.html").write_text(PAGE, encoding="utf-8")
    (art / "htmls" / "bbb.html").write_text("<p>Hello</p>", encoding="utf-8")
    base = {"aaa": {"url": "http://news.example.cn/1.html", "content": TRUTH},
            "bbb": {"url": "http://example.com/", "content": "Hello world, an English page."},
            "ccc": {"url": "http://zh.wikipedia.org/wiki/x", "content": "维基百科的条目正文内容在这里。"}}
    (art / "base.json").write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
    run = {"cwd": repo, "check": True, "capture_output": True}
    subprocess.run(["git", "init", "-q"], **run)
    subprocess.run(["git", "add", "."], **run)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"], **run)
    pages, skipped = bg.magic_html(repo / ".git")
    assert [p.ident for p in pages] == ["aaa"] and [s[0] for s in skipped] == ["ccc"]
    out = tmp_path / "ext-test"
    assert bg.write_set(pages, skipped, out) == 1
    assert (out / "raw" / "001.html").read_text(encoding="utf-8") == PAGE
    assert len(load_set(out)) == 1
    assert "encyclopedia" in (out / "skipped.tsv").read_text(encoding="utf-8")


def test_a_page_declaring_big5_is_read_as_big5() -> None:
    page = '<html><head><meta charset="big5"></head><body>會議</body></html>'
    text, stored = bg.decode(page.encode("big5"))
    assert "會議" in text and stored == page.encode()


def test_the_date_files_say_a_date_none_or_nothing() -> None:
    assert bg.cwce_date("2005-5-7 21:23:57") == (True, "2005-05-07")
    assert bg.cwce_date("UNKNOWN") == (True, None)  # the page shows no date: labelled null
    assert bg.cwce_date("2018") == (False, None)  # a year alone is no date label
    assert bg.cwce_date("某某") == (False, None)  # a name in the wrong file


def test_a_labelled_null_date_and_a_date_reach_the_label() -> None:
    dated = bg.convert(PAGE, TRUTH, "001.html", published="2030-06-01").label
    undated = bg.convert(PAGE, TRUTH, "001.html", published="").label
    unlabelled = bg.convert(PAGE, TRUTH, "001.html").label
    assert dated and undated and unlabelled
    assert dated["meta"]["published"] == "2030-06-01" and undated["meta"]["published"] is None
    assert "published" not in unlabelled["meta"]


def test_the_content_extraction_dataset_becomes_pages(tmp_path: Path) -> None:
    repo = tmp_path / "cwce"
    for folder in ("original", "cleaned", "date"):
        (repo / folder).mkdir(parents=True)
    (repo / "original" / "a1.html").write_bytes(PAGE.replace("<head>", '<head><meta charset="gb2312">')
                                                .encode("gb18030"))
    (repo / "cleaned" / "a1.txt").write_text(TRUTH, encoding="utf-8")
    (repo / "date" / "a1.txt").write_text("2030-6-1 09:30:00", encoding="utf-8")
    run = {"cwd": repo, "check": True, "capture_output": True}
    subprocess.run(["git", "init", "-q"], **run)
    subprocess.run(["git", "add", "."], **run)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"], **run)
    pages, skipped = bg.chinese_web_content(repo / ".git")
    assert [(p.ident, p.published) for p in pages] == [("a1", "2030-06-01")] and not skipped
    out = tmp_path / "ext-cwce"
    assert bg.write_set(pages, skipped, out) == 1
    label = json.loads((out / "gold" / "001.json").read_text(encoding="utf-8"))
    assert label["meta"] == {"speaker": None, "published": "2030-06-01"}
    assert len(load_set(out)) == 1


def test_a_multi_page_is_not_scored_and_lists_no_leaks() -> None:
    label = bg.convert(PAGE, TRUTH, "001.html", kind="multi").label
    assert label is not None and label["score"] is False and label["leaks"] == []
