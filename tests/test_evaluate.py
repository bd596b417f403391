"""make eval scores exactly as the development set's README describes (checked on a tiny labelled set)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.errors import InputError
from scripts.evaluate import canonical, load_set, score_page

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
