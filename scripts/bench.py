"""make bench: normalize throughput over the seed texts replicated to N documents (one process, one core).

Reports documents/s and MB/s per CPU second (so a busy machine does not skew it) and writes the
numbers to bench/normalize.json. Target: at least 200 documents/s on one core of the 2-core CI machine.
Each copy gets a unique marker line so no work is cached between documents; the rules and the word list
are loaded once, as in `make ingest`.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from scripts.pipeline import ROOT, normalize_bytes

TARGET_DOCS_PER_SECOND = 200


def corpus(count: int) -> list[tuple[Path, bytes]]:
    seeds = sorted((ROOT / "source_texts").glob("0*.txt"))
    items = []
    for index in range(count):
        seed = seeds[index % len(seeds)]
        data = seed.read_bytes() + f"\n\n复制编号第{index}号。\n".encode()
        items.append((seed.with_name(f"bench-{index:05d}{seed.suffix}"), data))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "normalize.json")
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
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"normalize: {args.count} documents ({megabytes:.1f} MB) in {elapsed:.1f} s of CPU ({wall:.1f} s wall) = "
          f"{result['documents_per_second']} documents/s, {result['mb_per_second']} MB/s "
          f"(target ≥ {TARGET_DOCS_PER_SECOND} documents/s) -> {args.output.relative_to(ROOT)}")
    return 0 if result["documents_per_second"] >= TARGET_DOCS_PER_SECOND else 1


if __name__ == "__main__":
    raise SystemExit(main())
