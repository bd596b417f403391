"""make bench-search-page N=<count>: the search page's budgets (issue 11), measured in headless Chromium.

For each query, on a freshly loaded /search/ page: the time from submitting the query to the results and
filter counts on screen, and the bytes transferred for it (index, facet table, the 20 results and the
snippets of the results in view). Then three filter changes, one after the other (the first theme, speaker
and year offered, so the last is a combination): time to the new results and counts, and bytes.
Targets: first results ≤ 1 s and ≤ 500 KB; filter change ≤ 300 ms and ≤ 100 KB.

`--site-dir DIR` measures a built site (e.g. `site/`, the seeds); otherwise `--count N` builds the synthetic
site of `make bench-site` (scripts/measure/bench_site.py) in a temporary workspace first.
Writes bench/search-page-<name>.json and prints a summary.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from scripts.core.paths import REPO
from scripts.measure import bench_site
from scripts.measure import browser as chromium_browser
from scripts.measure.bench_corpus import CORPORA
from scripts.site.serve import serve_in_thread

QUERIES = [*bench_site.PHRASES, *bench_site.EXTRA_QUERIES, "經濟", "year:2020 发展"]
FILTERS = ["theme", "speaker", "year"]  # the first value each offers: a common theme, then the top speaker
TARGETS = {"first_ms": 1000, "first_bytes": 500_000, "filter_ms": 300, "filter_bytes": 100_000}
RENDERED = "(n) => document.getElementById('archive-search-page').dataset.rendered > n"


def rendered(page: Any) -> int:
    return int(page.evaluate("document.getElementById('archive-search-page').dataset.rendered || 0"))


def timed(page: Any, action: Any) -> tuple[int, int]:
    """Run action (which starts a render): the page's own ms from the action to its results and counts on
    screen (data-took), and the search data fetched (index, facet and folding tables) until the network rests,
    the snippets of the results in view included."""
    fetched: list[int] = []

    def listener(request: Any) -> None:
        if "/search/" in request.url and not request.url.split("?")[0].endswith("/search/"):
            fetched.append(max(0, request.sizes()["responseBodySize"]))

    before = rendered(page)
    page.on("requestfinished", listener)
    action()
    page.wait_for_function(RENDERED, arg=before, timeout=60_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    page.remove_listener("requestfinished", listener)
    return int(page.evaluate("document.getElementById('archive-search-page').dataset.took")), sum(fetched)


def measure_query(browser: Any, base_url: str, query: str) -> dict[str, Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    loaded: list[int] = []  # the facet and folding tables, fetched when the page opens, count for the query

    def on_load(request: Any) -> None:
        if "/search/" in request.url and not request.url.split("?")[0].endswith("/search/"):
            loaded.append(max(0, request.sizes()["responseBodySize"]))

    page.on("requestfinished", on_load)
    page.goto(base_url + "search/", wait_until="networkidle")
    page.wait_for_function(RENDERED, arg=0)
    page.remove_listener("requestfinished", on_load)
    box = page.locator(".archive-sp__query")
    box.fill(query)
    first_ms, first_bytes = timed(page, lambda: box.press("Enter"))
    first_bytes += sum(loaded)
    count = page.locator(".archive-sp__count").inner_text()
    result: dict[str, Any] = {"query": query, "count_line": count, "first_ms": round(first_ms),
                              "first_bytes": first_bytes, "filters": []}
    for facet in FILTERS:  # one after the other, so the last is a combination
        box = page.locator(f".archive-sp__group--{facet} input:not(:checked)").first
        if not box.count():
            continue
        name = f"{facet}={box.get_attribute('value')}"
        filter_ms, filter_bytes = timed(page, box.click)  # the page redraws the filters
        result["filters"].append({"filter": name, "ms": filter_ms, "bytes": filter_bytes,
                                  "count_line": page.locator(".archive-sp__count").inner_text()})
    context.close()
    return result


def measure(site_dir: Path) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    table = site_dir / "search" / "facets.json.gz"
    fold = site_dir / "search" / "fold.txt.gz"
    server, base_url = serve_in_thread(site_dir)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_browser.find_chromium(),
                                                 args=chromium_browser.ARGS)
            queries = [measure_query(browser, base_url, q) for q in QUERIES]
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    targets = {
        "first_results_within_1s": all(q["first_ms"] <= TARGETS["first_ms"] for q in queries),
        "first_query_within_500kb": all(q["first_bytes"] <= TARGETS["first_bytes"] for q in queries),
        "filter_change_within_300ms": all(f["ms"] <= TARGETS["filter_ms"] for q in queries for f in q["filters"]),
        "filter_change_within_100kb": all(f["bytes"] <= TARGETS["filter_bytes"] for q in queries for f in q["filters"]),
    }
    return {"facet_table_bytes": table.stat().st_size, "fold_table_bytes": fold.stat().st_size,
            "queries": queries, "targets": targets}


def summary(name: str, result: dict[str, Any]) -> str:
    lines = [f"search page ({name}): facet table {result['facet_table_bytes'] / 1e3:.1f} KB, "
             f"folding table {result['fold_table_bytes'] / 1e3:.1f} KB (gzip)"]
    for q in result["queries"]:
        line = f"  {q['query']}: {q['first_ms']} ms, {q['first_bytes'] / 1e3:.1f} KB; {q['count_line']}"
        for f in q["filters"]:
            line += f" | +{f['filter']}: {f['ms']} ms, {f['bytes'] / 1e3:.1f} KB"
        lines.append(line)
    lines += [f"  target {k}: {'met' if ok else 'NOT MET'}" for k, ok in result["targets"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--corpus", choices=CORPORA, default="novel", help="the synthetic speeches' text")
    parser.add_argument("--site-dir", type=Path, help="measure this built site instead of a synthetic one")
    args = parser.parse_args(argv)
    name = "seeds" if args.site_dir else str(args.count)
    if args.site_dir:
        result = measure(args.site_dir.resolve())
    else:
        root = Path(tempfile.mkdtemp(prefix="bench-search-page-"))
        try:
            paths = bench_site.workspace(root)
            result = {"count": args.count, **bench_site.build(paths, args.count, args.corpus), **measure(paths["site"])}
        finally:
            shutil.rmtree(root, ignore_errors=True)
    output = REPO / "bench" / f"search-page-{name}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(summary(name, result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
