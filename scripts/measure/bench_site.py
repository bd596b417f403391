"""make bench-site N=<count> CORPUS=novel: the whole site at scale — build cost, page weight, search speed, exactness.

1. Generates N synthetic speeches (text from scripts/measure/bench_corpus.py: novel or recombined real newspaper
   text, or the seed paragraphs; fixed seed) with varied speakers, dates, cities, events and sources, as raw
   files like a scraped page, in a temporary workspace (the repository is never touched). The queries are
   drawn from the generated text: common, medium, rare and absent phrases of 2–8 characters.
2. Commits the raw files in a repository in the workspace and times `scripts.site.ingest`, `scripts.site.browse`
   and `scripts.site.build_site` with RAW_URL set, as deploy.yml builds (raw files linked on the forge, not copied;
   subprocesses; peak memory is the largest child's maximum resident set), and measures the site: total size
   against the Markdown it was built from,
   each speech page against its text, the search index.
3. In headless Chromium on 127.0.0.1, for each query on a freshly loaded page: the time from typing to the
   first results and the bytes transferred for it; and for each phrase, with the real search worker, every
   result: precision of the top |relevant|, recall, and how many returned speeches lack the phrase
   (relevant = the speech's searchable text — title, metadata, body — contains the phrase).
Writes bench/site-<corpus>-<N>.json and prints a summary. Targets (issue 5) are checked and reported, not enforced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from scripts.core.paths import REPO
from scripts.core.workers import worker_count
from scripts.measure import browser as chromium_browser
from scripts.measure.bench_corpus import (
    CORPORA,
    SAMPLE,
    draw_queries,
    newspaper_file,
    paragraph_source,
    segmented_paragraphs,
)
from scripts.site.search_index import INDEX_DIR, IndexReader, speech_doc
from scripts.site.serve import serve_in_thread
from scripts.site.site_corpus import Speech, load_speeches

SEED = 20240501
READY = "键入以开始搜索"
# Phrases of 2–6 characters, common (发展, 高质量发展) to rare (秦创原, 新质生产力), one absent (the watermark).
PHRASES = ["发展", "创新", "疫情", "高新区", "秦创原", "毛绒玩具", "营商环境", "疫情防控", "招商引资",
           "新质生产力", "高质量发展", "创新驱动发展", "笔扫千军"]  # fmt: skip
EXTRA_QUERIES = ["秦创原 高新区", "~新质生产力 毛绒玩具"]
SMOKE_TIMED = 3  # phrases a --smoke run times (the first drawn: for the seeds, the commonest)
CITIES = ["安康", "汉中", "商洛", "宝鸡", "咸阳", "渭南", "延安", "榆林", "铜川", "天水", "南阳", "十堰",
          "襄阳", "宜昌", "遵义", "绵阳", "赣州", "九江", "邯郸", "保定"]  # fmt: skip
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "建国华伟明军平志强永红文杰海涛春林晓东丽斌勇宏敏俊鹏辉刚健峰"
EVENTS = ["推进高质量发展大会", "经济工作会议", "优化营商环境大会", "招商引资推进会", "科技创新大会",
          "重点项目建设观摩会", "县域经济发展座谈会", "安全生产工作会议", "乡村振兴工作会议",
          "民营经济发展大会"]  # fmt: skip
SPEAKERS = 600
SOURCES = ["政务", "日报", "发布", "人民政府网"]
# As deploy.yml sets it (scripts/site/raw_links.py).
RAW_URL = "https://forge.example/bench/archive/blob/{commit}/{path}"
TARGETS = {"build_seconds": 600, "page_overhead_bytes": 60_000, "site_to_markdown": 3.0,
           "first_results_ms": 1000, "query_bytes": 500_000}  # fmt: skip


# ---------------------------------------------------------------------------------------------- corpus


def speaker_pool(rng: random.Random) -> list[str]:
    """SPEAKERS distinct names: an archive has many speeches per official."""
    names: set[str] = set()
    while len(names) < SPEAKERS:
        names.add(rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2)))))
    return sorted(names)


def synthetic_raw(rng: random.Random, paragraphs: list[str], speakers: list[str], number: int) -> str:
    """One scraped-looking page: title, byline with speaker, source and date, then the paragraphs."""
    city = rng.choice(CITIES)
    speaker = rng.choice(speakers)
    day = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(365 * 13))
    body = "\n\n".join("  " + p.replace("安康", city) for p in paragraphs)
    # Numbered to keep titles distinct; not as a trailing "（第N号）", which the cleaner does not take for a title.
    title = f"在{city}市第{number + 1}次{rng.choice(EVENTS)}上的讲话"
    byline = f"作者:{speaker} 来源:{city}{rng.choice(SOURCES)} 发布时间:{day.isoformat()} 09:30"
    return f"{title}\n\n{byline}\n\n{body}\n"


def generate(source_dir: Path, count: int, corpus: str) -> tuple[int, list[dict[str, object]]]:
    """Write count raw files; returns their total size in bytes and the queries (drawn from the bodies)."""
    paragraphs = paragraph_source(corpus)
    rng = random.Random(SEED)
    speakers = speaker_pool(rng)
    source_dir.mkdir(parents=True)
    total, bodies = 0, list[str]()
    for number in range(count):
        body = paragraphs(rng)
        data = synthetic_raw(rng, body, speakers, number).encode("utf-8")
        (source_dir / f"bench-{number:05d}.txt").write_bytes(data)
        total += len(data)
        if len(bodies) < SAMPLE:
            bodies.append("\n".join(body))
    if corpus == "seeds":
        return total, [{"phrase": p, "kind": "seeds"} for p in PHRASES]
    elsewhere = ["".join(words) for words in segmented_paragraphs(newspaper_file())]
    return total, draw_queries(bodies, random.Random(SEED), elsewhere)


# ---------------------------------------------------------------------------------------------- build


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def commit_sources(root: Path, message: str = "bench archive") -> None:
    """Commit the generated raw files in a repository at root, as the archive's are: the build then links them
    on the forge (RAW_URL, scripts/site/raw_links.py) as deploy.yml's build does, instead of copying them."""
    identity = {"GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
                "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.org"}
    init = [["init", "-q"]] if not (root / ".git").exists() else []
    for command in [*init, ["add", "source_texts"], ["commit", "-q", "-m", message]]:
        subprocess.run(["git", "-C", str(root), *command], check=True, capture_output=True,
                       env={**os.environ, **identity})


class Measured(NamedTuple):
    """One build step: wall and CPU seconds (CPU: the step and every process it started), the largest single
    process's peak resident memory, what it printed, the peak of the memory of all its processes together
    (sampled, TreeMemory) and the load average (1 minute) when it ended."""

    wall: float
    cpu: float
    peak_mb: float
    printed: str
    tree_peak_mb: float
    load: float


def run_timed(*args: str, memory_limit: int = 0) -> Measured:
    """Run `python -m args` from the repository root (address space capped at memory_limit bytes if given, so
    a large run cannot take the machine's memory); seconds of wall time and of CPU time (on a shared machine
    the CPU time is the one to compare)."""
    return run_measured(*args, memory_limit=memory_limit)


def run_measured(*args: str, memory_limit: int = 0) -> Measured:
    """run_timed's, with the child's own peak resident memory in MB (os.wait4's: the largest of the child and
    the worker processes it waited for, each alone), the peak of all of them together, and what it printed."""
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen([sys.executable, "-m", *args], cwd=REPO, stdout=out, stderr=err,
                                 preexec_fn=cap if memory_limit else None, env={**os.environ, "RAW_URL": RAW_URL})
        with TreeMemory(child.pid) as tree:
            _, status, used = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        printed, errors = out.read(), err.read()
    if child.returncode != 0:
        raise SystemExit(f"bench-site: {' '.join(args[:1])} failed:\n{printed[-2000:]}\n{errors[-4000:]}")
    return Measured(time.perf_counter() - start, used.ru_utime + used.ru_stime, used.ru_maxrss / 1024, printed,
                    tree.peak_kb / 1024, os.getloadavg()[0])


class TreeMemory:
    """The largest sum of resident memory of a process and all its descendants (the build's worker processes),
    sampled every SAMPLE_SECONDS from /proc while it runs (a context manager around the wait)."""

    SAMPLE_SECONDS = 0.5

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_kb = pid, 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)

    def __enter__(self) -> TreeMemory:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()

    def sample(self) -> None:
        while not self.done.wait(self.SAMPLE_SECONDS):
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.pid))


def tree_rss_kb(root: int) -> int:
    """Resident kilobytes of root and its descendants now (/proc/<pid>/stat: parent and resident pages)."""
    parents, rss = {}, {}
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone since listed
        parents[int(entry.name)], rss[int(entry.name)] = int(fields[1]), int(fields[21]) * page_kb
    tree, grown = {root}, True
    while grown:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= found
        grown = bool(found)
    return sum(rss.get(pid, 0) for pid in tree)


def workspace(root: Path) -> dict[str, Path]:
    """A private copy of what the build reads (mkdocs.yml, overrides/, docs/assets/)."""
    paths = {name: root / name for name in ("source_texts", "docs", "site", "overrides")}
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", paths["overrides"])
    shutil.copytree(REPO / "docs" / "assets", paths["docs"] / "assets")
    return paths


def build(paths: dict[str, Path], count: int, corpus: str, memory_limit: int = 0) -> dict[str, Any]:
    raw_bytes, queries = generate(paths["source_texts"], count, corpus)
    commit_sources(paths["source_texts"].parent)
    load = os.getloadavg()[0]
    ingest = run_timed("scripts.site.ingest", "--source-dir", str(paths["source_texts"]),
                       "--docs-dir", str(paths["docs"]),
                       memory_limit=memory_limit)
    browse = run_timed("scripts.site.browse", "--docs-dir", str(paths["docs"]),
                       "--overrides-dir", str(paths["overrides"]),
                       memory_limit=memory_limit)
    site = run_timed("scripts.site.build_site", "--docs-dir", str(paths["docs"]), "--site-dir", str(paths["site"]),
                     "--source-dir", str(paths["source_texts"]), "--config", str(paths["docs"].parent / "mkdocs.yml"),
                     memory_limit=memory_limit)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    steps = {"ingest": ingest, "browse": browse, "build": site}
    return {"drawn_queries": queries, "raw_bytes": raw_bytes, "ingest_seconds": round(ingest[0], 1),
            "browse_seconds": round(browse[0], 1), "build_seconds": round(site[0], 1),
            "total_seconds": round(ingest[0] + browse[0] + site[0], 1),
            "cpu_seconds": {"ingest": round(ingest[1], 1), "browse": round(browse[1], 1), "build": round(site[1], 1)},
            "peak_memory_mb": round(peak_kb / 1024),
            "peak_memory_all_processes_mb": {name: round(step.tree_peak_mb) for name, step in steps.items()},
            "load_average": {"before": round(load, 2), **{name: round(step.load, 2) for name, step in steps.items()}},
            "workers": worker_count(), "build_summary": site.printed.strip()}


# ---------------------------------------------------------------------------------------------- one more speech


def add_one(paths: dict[str, Path], count: int, corpus: str, drawn: list[dict[str, Any]],
            memory_limit: int = 0, smoke: bool = False) -> Iterator[dict[str, Any]]:
    """`make add` of one more speech (a new generated page) and then `make build`, as a contributor would: the
    build's time, its own peak memory, and the files it wrote (new or rewritten, by modification time) and
    removed, for the whole site and for the search index. Measured twice from the same state (a copy of the
    site and its build records): the build as it is (the index as a delta segment when few speeches changed),
    and with --full-index (the index written whole, as every build did before delta segments). Yields what is
    measured so far after each step (a long run keeps its first figures if stopped)."""
    root = paths["source_texts"].parent
    rng = random.Random(SEED + 1)
    raw = root / "added.txt"
    raw.write_text(synthetic_raw(rng, paragraph_source(corpus)(rng), speaker_pool(random.Random(SEED)), count),
                   encoding="utf-8")
    add = run_measured("scripts.tools.add", "--src", str(raw), "--root", str(root), memory_limit=memory_limit)
    commit_sources(root, "added speech")
    full = root / "site-full"
    shutil.copytree(paths["site"], full)
    for suffix in (".build.json", ".index.json"):
        record = paths["site"].with_name(paths["site"].name + suffix)
        if record.is_file():
            shutil.copy2(record, full.with_name(full.name + suffix))
    found: dict[str, Any] = {"add_seconds": round(add[0], 1), "add_cpu_seconds": round(add[1], 1),
                             "add_peak_memory_mb": round(add[2])}
    found["build"] = measured_build(paths, paths["site"], memory_limit)
    yield found
    speeches = load_speeches(paths["docs"])
    found["with_delta"] = browser_measures(paths["site"], speeches, drawn, smoke=smoke)
    yield found
    found["build_full_index"] = measured_build(paths, full, memory_limit, "--full-index")
    yield found
    if not smoke:  # the queries' cost with the index written whole, for comparison
        found["index_written_whole"] = browser_measures(full, speeches, drawn, exact=False)
        yield found


def snapshot(site: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(site).as_posix(): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in site.rglob("*") if p.is_file()}


def written_by_part(written: list[str]) -> dict[str, int]:
    """How many of the files written are in each top folder (two levels under search/: index, cards, …)."""
    parts = Counter("/".join(name.split("/")[: 2 if name.startswith("search/") else 1]) for name in written)
    return dict(sorted(parts.items()))


def measured_build(paths: dict[str, Path], site: Path, memory_limit: int, *extra: str) -> dict[str, Any]:
    """One `make build` into site: time, peak memory, files and bytes written and removed (all, and index)."""
    before = snapshot(site)
    wall, cpu, peak, printed, _, _ = run_measured(
        "scripts.site.build_site", "--docs-dir", str(paths["docs"]), "--site-dir", str(site),
        "--source-dir", str(paths["source_texts"]), "--config", str(paths["docs"].parent / "mkdocs.yml"), *extra,
        memory_limit=memory_limit)
    after = snapshot(site)
    written = [name for name, stamp in after.items() if before.get(name, (None,))[0] != stamp[0]]
    index = INDEX_DIR.as_posix() + "/"
    in_index = [name for name in written if name.startswith(index)]
    return {"seconds": round(wall, 1), "cpu_seconds": round(cpu, 1), "peak_memory_mb": round(peak),
            "summary": printed.strip().splitlines()[-1],
            "files_written": len(written), "bytes_written": sum(after[n][1] for n in written),
            "files_removed": len(before.keys() - after.keys()), "files_written_by_part": written_by_part(written),
            "index_files_written": len(in_index), "index_bytes_written": sum(after[n][1] for n in in_index),
            "index_files_removed": sum(n.startswith(index) for n in before.keys() - after.keys()),
            "index_files": sum(n.startswith(index) for n in after),
            "delta_bytes": sum(size for n, (_, size) in after.items() if n.startswith(index + "delta/"))}


def tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def tree_files(path: Path) -> int:
    return sum(1 for p in path.rglob("*") if p.is_file()) if path.is_dir() else 1


def sizes(paths: dict[str, Path], speeches: list[Speech]) -> dict[str, Any]:
    """Site against Markdown, each speech page against its text, the search index."""
    site, docs = paths["site"], paths["docs"]
    markdown = sum(p.stat().st_size for p in docs.rglob("*.md"))
    overheads = [(site / s.url / "index.html").stat().st_size - len(s.body.encode()) for s in speeches]
    pages = [(site / s.url / "index.html").stat().st_size for s in speeches]
    total = tree_bytes(site)
    return {
        "site_bytes": total, "markdown_bytes": markdown, "site_to_markdown": round(total / markdown, 2),
        "parts_bytes": {p.name: tree_bytes(p) if p.is_dir() else p.stat().st_size for p in sorted(site.iterdir())},
        "site_files": tree_files(site),
        "parts_files": {p.name: tree_files(p) for p in sorted(site.iterdir()) if p.is_dir()},
        "search_index_parts": {p.name: [tree_bytes(p) if p.is_dir() else p.stat().st_size, tree_files(p)]
                               for p in sorted((site / INDEX_DIR).iterdir())},
        "search_index_bytes": tree_bytes(site / "search"),
        "search_index_files": sum(1 for p in (site / "search").rglob("*") if p.is_file()),
        "speech_page_mean_bytes": round(sum(pages) / len(pages)),
        "speech_text_mean_bytes": round(sum(len(s.body.encode()) for s in speeches) / len(speeches)),
        "speech_page_max_overhead_bytes": max(overheads),
        "speech_pages_over_limit": sum(o > TARGETS["page_overhead_bytes"] for o in overheads),
    }


# ---------------------------------------------------------------------------------------------- browser

_WATCH = """(ready) => {
  const meta = document.querySelector(".md-search-result__meta");
  const input = document.querySelector("input.md-search__input");
  window.__bench = {};
  input.addEventListener("keyup", () => { window.__bench.typed ??= performance.now(); }, true);
  new MutationObserver(() => {
    if (meta.textContent !== ready && window.__bench.typed) window.__bench.results ??= performance.now();
  }).observe(meta, {childList: true, characterData: true, subtree: true});
}"""

_ALL_RESULTS = """async (query) => {
  const config = JSON.parse(document.getElementById("__config").textContent);
  const worker = new Worker(config.search);
  const reply = (message) => new Promise((resolve) => {
    worker.onmessage = (event) => resolve(event.data); worker.postMessage(message);
  });
  await reply({type: 0, data: {config: {}, docs: []}});  // 0: SETUP (MESSAGE in archive-search.js)
  const result = await reply({type: "archive:ids", ask: 1, query});
  worker.terminate();
  if (result.error) throw new Error(result.error);
  return result.result.ids;
}"""


def time_query(browser: Any, base_url: str, query: str) -> dict[str, Any]:
    """Fresh page, search ready, type query: ms to first results and bytes fetched from typing on."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url, wait_until="networkidle")
    page.locator("input.md-search__input").click()
    page.wait_for_function(f"document.querySelector('.md-search-result__meta').textContent === {json.dumps(READY)}")
    page.evaluate(_WATCH, READY)
    fetched: list[tuple[str, int]] = []
    page.on("requestfinished", lambda r: fetched.append((r.url, r.sizes()["responseBodySize"])))
    page.locator("input.md-search__input").fill(query)
    page.locator("input.md-search__input").press("End")
    page.wait_for_function("window.__bench.results !== undefined", timeout=60_000)
    page.wait_for_load_state("networkidle")
    marks = page.evaluate("window.__bench")
    meta = page.locator(".md-search-result__meta").inner_text()
    context.close()
    return {"query": query, "first_results_ms": round(marks["results"] - marks["typed"]), "result_line": meta,
            "bytes": sum(size for _, size in fetched), "requests": len(fetched), "bytes_by_part": by_part(fetched)}


def by_part(fetched: list[tuple[str, int]]) -> dict[str, int]:
    """Bytes fetched per part of the index (its first folder or file name under search/archive/, or the rest)."""
    parts: dict[str, int] = {}
    for url, size in fetched:
        tail = url.split("/search/archive/", 1)[1].split("?")[0] if "/search/archive/" in url else "other"
        part = tail.split("/")[0]
        parts[part] = parts.get(part, 0) + size
    return parts


def quality(browser: Any, base_url: str, phrase: str, texts: dict[str, str], urls: list[str]) -> dict[str, Any]:
    """Every result of the real worker for phrase (all matching ids, as the search page gets them), against the
    speeches whose text contains it."""
    page = browser.new_page()
    page.goto(base_url, wait_until="networkidle")
    results = [urls[i] for i in page.evaluate(_ALL_RESULTS, phrase) if urls[i].startswith("speeches/")]
    page.close()
    relevant = {url for url, text in texts.items() if phrase in text}
    top = results[: len(relevant)]
    precision = len(set(top) & relevant) / len(relevant) if relevant else float(not results)
    return {"phrase": phrase, "relevant": len(relevant), "returned": len(results),
            "precision": round(precision, 3), "recall": round(len(set(results) & relevant) / len(relevant), 3)
            if relevant else 1.0, "without_phrase": len(set(results) - relevant)}


def extra_queries(drawn: list[dict[str, Any]]) -> list[str]:
    """Two words that must both occur, and a loose query (for the seeds, the fixed pair as before)."""
    by_kind = {kind: [q["phrase"] for q in drawn if q["kind"] == kind] for kind in ("common", "medium", "rare")}
    if not all(by_kind.values()):
        return EXTRA_QUERIES
    return [f"{by_kind['common'][0]} {by_kind['medium'][0]}", f"~{by_kind['rare'][0]} {by_kind['medium'][-1]}"]


def browser_measures(site_dir: Path, speeches: list[Speech], drawn: list[dict[str, Any]],
                     exact: bool = True, smoke: bool = False) -> dict[str, Any]:
    """Each query's time and transfer on a fresh page; and with exact, every phrase's full result list. A smoke run
    times only the first SMOKE_TIMED phrases (and the extra queries and the speaker's name), each phrase's full
    result list still checked."""
    from playwright.sync_api import sync_playwright

    texts = {s.url: speech_doc(s).text for s in speeches}
    speaker = next(s.speaker for s in speeches if s.speaker)
    phrases = [q["phrase"] for q in drawn]
    urls = IndexReader(site_dir).urls()
    server, base_url = serve_in_thread(site_dir)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_browser.find_chromium(),
                                                 args=chromium_browser.ARGS)
            timed = phrases[:SMOKE_TIMED] if smoke else phrases
            queries = [time_query(browser, base_url, q) for q in [*timed, *extra_queries(drawn), speaker]]
            exactness = [quality(browser, base_url, q["phrase"], texts, urls) | {"kind": q["kind"]}
                         for q in drawn if exact]
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return {"queries": queries, "quality": exactness}


# ---------------------------------------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    return {"cpus": os.cpu_count(), "cpu_model": cpu, "python": platform.python_version(),
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)}


def verdict(result: dict[str, Any]) -> dict[str, bool]:
    queries, phrases = result["queries"], result["quality"]
    return {
        "build_under_10_minutes": result["total_seconds"] <= TARGETS["build_seconds"],
        "page_weight_within_text_plus_60kb": result["speech_pages_over_limit"] == 0,
        "site_within_3x_markdown": result["site_to_markdown"] <= TARGETS["site_to_markdown"],
        "first_results_within_1s": all(q["first_results_ms"] <= TARGETS["first_results_ms"] for q in queries),
        "at_most_500kb_per_query": all(q["bytes"] <= TARGETS["query_bytes"] for q in queries),
        "phrase_search_exact": all(p["precision"] == 1 and p["recall"] == 1 and not p["without_phrase"]
                                   for p in phrases),
    }


def summary(result: dict[str, Any]) -> str:
    lines = [f"bench-site N={result['count']} {result['corpus']}: ingest {result['ingest_seconds']}s, "
             f"browse {result['browse_seconds']}s, build {result['build_seconds']}s "
             f"(total {result['total_seconds']}s; CPU {result['cpu_seconds']}), peak {result['peak_memory_mb']} MB",
             f"  site {result['site_bytes'] / 1e6:.1f} MB = {result['site_to_markdown']}x Markdown "
             f"({result['markdown_bytes'] / 1e6:.1f} MB); search index {result['search_index_bytes'] / 1e6:.1f} MB; "
             f"speech page mean {result['speech_page_mean_bytes'] / 1e3:.1f} KB, max overhead "
             f"{result['speech_page_max_overhead_bytes'] / 1e3:.1f} KB"]
    lines += [f"  {q['query']}: {q['first_results_ms']} ms, {q['bytes'] / 1e3:.1f} KB, {q['result_line']}"
              for q in result.get("queries", [])]
    lines += [f"  {p['phrase']} ({p['kind']}): relevant {p['relevant']}, returned {p['returned']}, "
              f"precision {p['precision']}, recall {p['recall']}, without the phrase {p['without_phrase']}"
              for p in result.get("quality", [])]
    lines += [f"  target {name}: {'met' if ok else 'NOT MET'}" for name, ok in result.get("targets", {}).items()]
    if "add_one" in result:
        lines += add_one_summary(result["add_one"])
    return "\n".join(lines)


def write_result(output: Path, result: dict[str, Any]) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def add_one_summary(added: dict[str, Any]) -> list[str]:
    lines = [f"  add one: make add {added['add_seconds']}s ({added['add_cpu_seconds']} CPU s, "
             f"{added['add_peak_memory_mb']} MB)"]
    for name in ("build", "build_full_index"):
        if name not in added:
            continue
        b = added[name]
        lines.append(f"  {name}: {b['seconds']}s ({b['cpu_seconds']} CPU s), peak {b['peak_memory_mb']} MB; wrote "
                     f"{b['files_written']} files, {b['bytes_written'] / 1e6:.2f} MB (index {b['index_files_written']}"
                     f" files, {b['index_bytes_written'] / 1e6:.2f} MB), removed {b['files_removed']}; "
                     f"delta {b['delta_bytes'] / 1e3:.1f} KB")
    for name in ("with_delta", "index_written_whole"):
        sizes_ = [q["bytes"] for q in added.get(name, {}).get("queries", [])]
        if sizes_:
            lines.append(f"  queries {name}: {min(sizes_) / 1e3:.0f}-{max(sizes_) / 1e3:.0f} KB")
    exact = all(p["precision"] == 1 and p["recall"] == 1 and not p["without_phrase"]
                for p in added.get("with_delta", {}).get("quality", []))
    lines.append(f"  exact with the delta: {'yes' if exact else 'NO'}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--corpus", choices=CORPORA, default="novel", help="where the speeches' text comes from")
    parser.add_argument("--memory-limit", type=float, default=6.0,
                        help="GB of address space each build step may take (0: no limit); the browser is not capped")
    parser.add_argument("--output", type=Path, help="default: bench/site-<count>.json")
    parser.add_argument("--keep", action="store_true", help="keep the temporary workspace (its path is printed)")
    parser.add_argument("--add-one", action="store_true",
                        help="then `make add` one more speech and `make build` again: time, memory, files written, "
                             "and the queries again (with the index's delta segment, and written whole)")
    parser.add_argument("--only-added", action="store_true",
                        help="with --add-one: the queries only after the addition (a shorter run)")
    parser.add_argument("--smoke", action="store_true",
                        help=f"a short run (the test suite's): only {SMOKE_TIMED} phrases timed, every phrase still "
                             "checked for exactness; with --add-one, no queries on the index written whole")
    args = parser.parse_args(argv)
    output = args.output or REPO / "bench" / f"site-{args.corpus}-{args.count}.json"
    root = Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        paths = workspace(root)
        result: dict[str, Any] = {"count": args.count, "corpus": args.corpus, "seed": SEED, "machine": machine(),
                                  **build(paths, args.count, args.corpus, int(args.memory_limit * 1e9))}
        speeches = load_speeches(paths["docs"])
        drawn = result.pop("drawn_queries")
        result |= sizes(paths, speeches)
        if not args.only_added:
            result |= browser_measures(paths["site"], speeches, drawn, smoke=args.smoke)
            result["targets"] = verdict(result)
        if args.add_one:
            for added in add_one(paths, args.count, args.corpus, drawn, int(args.memory_limit * 1e9), args.smoke):
                result["add_one"] = added
                write_result(output, result)
    finally:
        if args.keep:
            print(f"bench-site: workspace kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    write_result(output, result)
    print(summary(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
