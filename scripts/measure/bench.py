"""make bench: normalize throughput over the seed texts replicated to N documents (one process, one core).

Reports documents/s and MB/s per CPU second (so a busy machine does not skew it) and writes the
numbers to bench/normalize.json. Target: at least 200 documents/s on one core of the 2-core CI machine.
Each copy gets a unique marker line so no work is cached between documents; the rules and the word list
are loaded once, as in `make ingest`. Then hostile pages (HTML: 100k blocks in 5 MB, 14k <br>, 10,000 nested
<div>; text: one 300 KB paragraph hard-wrapped into 10,000 lines with PDF spacing) are normalized once each:
every stage must stay linear, so each takes a few seconds.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from scripts.clean.pipeline import normalize_bytes
from scripts.core.paths import REPO

TARGET_DOCS_PER_SECOND = 200
TARGET_LARGE_PAGE_SECONDS = 10.0  # "a few seconds" for a hostile page: linear parsing, no quadratic step
SENTENCE = "我们要认真学习贯彻会议精神，推动各项工作落实。"


def large_pages() -> dict[str, tuple[str, bytes]]:
    """Hostile shapes that once took minutes (quadratic insertion, rescans, re-normalizing a growing
    paragraph): many sibling blocks, many line breaks, deep nesting, one long hard-wrapped paragraph."""
    def page(body: str) -> tuple[str, bytes]:
        return "large-page.html", f"<html><head><title>大页面</title></head><body>{body}</body></html>".encode()

    wrapped = "\n".join(f"第 {i} 行 GDP growth 我们要认真学习贯彻会议精神 推动各项工作落实 确保" for i in range(10_000))
    return {
        "100k <p> (5 MB)": page("".join(f"<p>第{i}段{SENTENCE[:10]}。</p>" for i in range(100_000))),
        "14k <br>": page("<div>" + "".join(f"第{i}行{SENTENCE}<br>" for i in range(14_000)) + "</div>"),
        "10,000 nested <div>": page("".join(f"<div>第{i}层{SENTENCE}" for i in range(10_000)) + "</div>" * 10_000),
        "10,000 hard-wrapped lines (text)": ("large-page.txt", f"大页面\n\n{wrapped}。\n".encode()),
    }


def bench_large_pages() -> tuple[dict[str, float], bool]:
    """CPU seconds to normalize each hostile page once."""
    seconds: dict[str, float] = {}
    for name, (file_name, data) in large_pages().items():
        started = time.process_time()
        normalize_bytes(data, REPO / "bench" / file_name)
        seconds[name] = round(time.process_time() - started, 2)
        print(f"large page: {name}, {len(data) / 1e6:.1f} MB: {seconds[name]} s of CPU "
              f"(target ≤ {TARGET_LARGE_PAGE_SECONDS} s)")
    return seconds, all(value <= TARGET_LARGE_PAGE_SECONDS for value in seconds.values())


def corpus(count: int) -> list[tuple[Path, bytes]]:
    seeds = sorted((REPO / "source_texts").glob("0*.txt"))
    items = []
    for index in range(count):
        seed = seeds[index % len(seeds)]
        data = seed.read_bytes() + f"\n\n复制编号第{index}号。\n".encode()
        items.append((seed.with_name(f"bench-{index:05d}{seed.suffix}"), data))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--output", type=Path, default=REPO / "bench" / "normalize.json")
    args = parser.parse_args(argv)
    items = corpus(args.count)
    normalize_bytes(items[0][1], items[0][0])  # load rules and the word list outside the timing, as ingest does once
    started, started_cpu = time.perf_counter(), time.process_time()
    for path, data in items:
        normalize_bytes(data, path)
    wall = time.perf_counter() - started
    elapsed = time.process_time() - started_cpu  # CPU seconds of this one process: robust to a busy machine
    megabytes = sum(len(data) for _, data in items) / 1e6
    result = {"documents": args.count, "cpu_seconds": round(elapsed, 2), "wall_seconds": round(wall, 2),
              "documents_per_second": round(args.count / elapsed, 1), "mb_per_second": round(megabytes / elapsed, 2),
              "target_documents_per_second": TARGET_DOCS_PER_SECOND, "python": platform.python_version(),
              "machine": platform.machine(), "processor": platform.processor() or "unknown"}
    result["large_page_cpu_seconds"], large_ok = bench_large_pages()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"normalize: {args.count} documents ({megabytes:.1f} MB) in {elapsed:.1f} s of CPU ({wall:.1f} s wall) = "
          f"{result['documents_per_second']} documents/s, {result['mb_per_second']} MB/s "
          f"(target ≥ {TARGET_DOCS_PER_SECOND} documents/s) -> {args.output.relative_to(REPO)}")
    return 0 if result["documents_per_second"] >= TARGET_DOCS_PER_SECOND and large_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
