"""A small `make bench-site` run (N=30): the harness works end to end and the search is exact on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts import bench_site

pytestmark = pytest.mark.browser


def test_bench_site_small_run(tmp_path: Path) -> None:
    output = tmp_path / "site-30.json"
    assert bench_site.main(["--count", "30", "--output", str(output)]) == 0
    result = json.loads(output.read_text(encoding="utf-8"))
    assert result["count"] == 30 and result["speech_pages_over_limit"] == 0
    assert {q["query"] for q in result["queries"]} >= set(bench_site.PHRASES)
    assert all(q["bytes"] > 0 for q in result["queries"] if q["result_line"] != "没有找到符合条件的结果")
    for phrase in result["quality"]:
        assert (phrase["precision"], phrase["recall"], phrase["without_phrase"]) == (1, 1, 0), phrase
    assert result["targets"]["phrase_search_exact"] and result["targets"]["first_results_within_1s"]
