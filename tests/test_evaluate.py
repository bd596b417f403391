"""make eval scores exactly as the development set's README describes (checked on a tiny labelled set)."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from scripts.core.errors import InputError
from scripts.core.paths import REPO
from scripts.measure.evaluate import canonical, load_set, main, output_text, score_page, trafilatura_extractor

PAGE = """<html><head><title>站名</title><script>var x = "不算";</script></head><body>
<div>首页 &gt; 新闻</div><h1>在会议上的讲话</h1><p>同志们：今天我们召开会议。</p><p>图片说明</p>
<p>要把工作做实做细。</p><div>责任编辑：王五</div></body></html>"""
LABEL = {"file": "001.html", "kind": "speech", "score": True, "body_start": "同志们：", "body_end": "做实做细。",
         "inner_cruft": ["图片说明"], "neutral": [], "leaks": ["责任编辑：王五", "首页 > 新闻"],
         "meta": {"title": "在会议上的讲话", "speaker": None, "date": "2024-01-02", "published": None}}


@pytest.fixture
def labelled_set(tmp_path: Path) -> Path:
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw" / "001.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "gold" / "001.json").write_text(json.dumps(LABEL, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_canonical_keeps_letters_digits_and_han_only() -> None:
    assert canonical("Ａ１，「发展」 <b>x</b>") == "A1发展bxb"  # markup is text to the scorer


def test_perfect_output_scores_one_and_counts_metadata(labelled_set: Path) -> None:
    [(path, label)] = load_set(labelled_set)
    meta = {"title": "在会议上的讲话", "date": "2024-01-02"}
    body = "在会议上的讲话\n\n同志们：今天我们召开会议。\n\n要把工作做实做细。\n"
    score = score_page(path, label, lambda _: (meta, body))
    assert (score.matched, score.gold_chars, score.output_chars) == (len("同志们今天我们召开会议要把工作做实做细"),) * 3
    assert score.leaks == [] and (score.meta_right, score.meta_total) == (4, 4)


def test_chrome_in_output_is_a_leak_and_lowers_precision(labelled_set: Path) -> None:
    [(path, label)] = load_set(labelled_set)
    body = "首页 > 新闻\n\n同志们：今天我们召开会议。\n\n图片说明\n\n要把工作做实做细。\n\n责任编辑：王五\n"
    score = score_page(path, label, lambda _: ({"title": "站名", "speaker": "王五"}, body))
    assert score.matched == score.gold_chars < score.output_chars
    assert sorted(score.leaks) == sorted(["责任编辑：王五", "首页 > 新闻", "图片说明"])
    assert score.meta_right == 1 and len(score.meta_misses) == 3  # published absent is right


def test_refused_page_scores_zero_recall_and_no_leaks(labelled_set: Path) -> None:
    [(path, label)] = load_set(labelled_set)

    def refuse(_: Path) -> tuple[dict, str]:
        raise InputError(path, "not a speech")

    score = score_page(path, label, refuse)
    assert score.refused == "not a speech" and score.matched == 0 and score.gold_chars > 0 and score.leaks == []


SPEECH = "同志们：今天我们召开全市经济工作会议，主要任务是总结过去一年的工作，部署今年的重点任务。" * 3
ARTICLE_PAGE = f"""<html><head><title>在全市经济工作会议上的讲话_某市人民政府</title>
<meta property="article:published_time" content="2024-01-02T09:00:00+08:00"></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/ldjh">领导讲话</a></div><h1>在全市经济工作会议上的讲话</h1>
<div class="article"><p>{SPEECH}</p><p>要把工作做实做细，确保各项任务落到实处。</p></div>
<div class="footer">版权所有 某市人民政府</div></body></html>"""


def test_trafilatura_baseline_reads_title_date_and_text_of_an_html_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(ARTICLE_PAGE, encoding="utf-8")
    meta, body = trafilatura_extractor(page)
    assert meta["title"] == "在全市经济工作会议上的讲话" and meta["published"] == "2024-01-02"
    assert SPEECH in body and "版权所有" not in body


def test_trafilatura_baseline_gets_a_plain_text_page_as_paragraphs(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{SPEECH}\n要把工作做实做细，<确保>各项任务落到实处。\n", encoding="utf-8")
    _, body = trafilatura_extractor(page)  # on the bare text it extracts nothing at all
    assert body.split("\n") == [SPEECH, "要把工作做实做细，<确保>各项任务落到实处。"]


def test_baseline_table_follows_the_cleaners_in_the_same_run(labelled_set: Path, capsys) -> None:
    assert main([str(labelled_set), "--baseline", "trafilatura"]) == 0
    out = capsys.readouterr().out
    cleaner, baseline = out.index("== cleaner (make normalize) =="), out.index("== baseline: trafilatura ==")
    assert cleaner < out.index("TOTAL", cleaner) < baseline < out.index("TOTAL", baseline)
    assert out.count("001.html") == 2


def test_set_and_baseline_come_from_the_environment(labelled_set: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("EVAL_SET", str(labelled_set))
    monkeypatch.setenv("EVAL_BASELINE", "trafilatura")
    assert main([]) == 0
    assert "== baseline: trafilatura ==" in capsys.readouterr().out


def test_without_a_baseline_only_the_cleaner_is_scored(labelled_set: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("EVAL_BASELINE", "")
    assert main([str(labelled_set)]) == 0
    out = capsys.readouterr().out
    assert out.count("TOTAL") == 1 and "baseline" not in out


def test_an_unknown_baseline_is_refused_by_name(labelled_set: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([str(labelled_set), "--baseline", "readability"])
    assert exit_.value.code == 2 and "unknown baseline 'readability'" in capsys.readouterr().err


def test_a_label_without_its_page_is_refused_with_both_names(labelled_set: Path, capsys) -> None:
    (labelled_set / "raw" / "001.html").unlink()
    with pytest.raises(SystemExit) as exit_:
        main([str(labelled_set)])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "001.json" in err and "001.html is missing" in err


def test_make_eval_hands_set_and_baseline_over_without_shell_evaluation(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    hostile = f"nowhere; touch {marker}; `touch {marker}` $(touch {marker})"
    result = subprocess.run(["make", "-s", "eval", f"SET={hostile}", f"BASELINE={hostile}"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode != 0 and "not a labelled set" in result.stderr
    assert not marker.exists()


def test_make_eval_passes_set_and_baseline_through(labelled_set: Path) -> None:
    result = subprocess.run(["make", "-s", "eval", f"SET={labelled_set}", "BASELINE=trafilatura"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("TOTAL 1 scored pages of 1") == 2 and "== baseline: trafilatura ==" in result.stdout


def test_a_page_that_differs_from_its_manifest_is_refused(labelled_set: Path, capsys) -> None:
    page = labelled_set / "raw" / "001.html"
    digest = hashlib.sha256(page.read_bytes()).hexdigest()
    (labelled_set / "MANIFEST.tsv").write_text(f"file\tsha256\n001.html\t{digest}\n", encoding="utf-8")
    assert [path.name for path, _ in load_set(labelled_set)] == ["001.html"]
    page.write_bytes(page.read_bytes().replace("今天".encode(), "明天".encode()))
    with pytest.raises(SystemExit) as exit_:
        main([str(labelled_set)])
    assert exit_.value.code == 2 and "001.html: not the page MANIFEST.tsv lists" in capsys.readouterr().err


def test_a_label_that_is_not_json_is_refused_by_name(labelled_set: Path, capsys) -> None:
    (labelled_set / "gold" / "002.json").write_text('{"file": "002.html",', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main([str(labelled_set)])
    assert exit_.value.code == 2 and "002.json: not a label" in capsys.readouterr().err


def test_a_label_whose_markers_are_not_on_its_page_is_refused_by_name(labelled_set: Path, capsys) -> None:
    gold = labelled_set / "gold" / "001.json"
    gold.write_text(json.dumps({**LABEL, "body_end": "不在页面上的结尾"}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main([str(labelled_set)])
    assert exit_.value.code == 2 and "001.json: 001.html: body_start or body_end not found" in capsys.readouterr().err


def test_output_text_reads_markdown_entity_escapes_back() -> None:
    """The archive's Markdown escapes '&' and '|'; the scored text is what a reader sees, not 'amp' or '124'."""
    body = "标题\n\n研发（R&amp;D）投入增长&#124;同比"
    assert output_text({"title": "标题"}, body, {}) == canonical("研发（R&D）投入增长|同比")
