"""Nothing a scraped page or a contributor writes may run on the site or reach outside the archive (issue 8).

A table of payloads × fields: every payload is put into every field a contributor controls (one raw file,
and its sidecar, per pair), one site is built from all of them in a temporary workspace with the project's
own pipeline (scripts.site.ingest, scripts.site.browse, scripts.site.build_site), and then:
  - each pair is either refused by ingest with a message naming its file, or has a page;
  - refused pairs publish nothing; site/raw/ holds exactly the raw files the pages cite;
  - every generated page, and the search results for every payload, are loaded in one headless Chromium
    that fails on any dialog, console error or request to another origin, and on any element carrying an
    event-handler attribute or a link to a javascript:/data: address;
  - text fields show the payload as text (a harmless title with <…> keeps its text).
A new field is covered by adding one Row to ROWS; a new payload by adding it to PAYLOADS.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page

from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_front_matter
from scripts.clean.schema import check_meta
from scripts.clean.sidecar import sidecar_path
from scripts.core.errors import InputError
from scripts.core.paths import REPO
from scripts.measure.bench_site import workspace
from scripts.site import browse
from scripts.site.build_site import build, run_mkdocs
from scripts.site.ingest import IngestResult, ingest
from scripts.site.ingest import main as ingest_main
from scripts.site.site_corpus import load_speeches
from scripts.tools import check
from scripts.tools.add import main as add_main
from scripts.tools.fetch import FetchError, fetch, parse_content_type
from tests.conftest import serving

PAYLOADS = {
    "img-onerror": "<img src=x onerror=alert(document.domain)>",
    "script": "<script>alert(1)</script>",
    "svg-onload": "<svg onload=alert(1)>",
    "javascript-url": "javascript:alert(1)",
    "data-url": "data:text/html,<script>alert(1)</script>",
    "double-quote-breakout": '"><img src=x onerror=alert(1)>',
    "single-quote-breakout": "'><img src=x onerror=alert(1)>",
    "single-quote-attribute": "' onmouseover='alert(1)",
    "entities": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "jinja": "{{ 7*7 }}{% if 1 %}x{% endif %}",
}
TITLE = "在全市优化营商环境大会上的讲话"
PARAGRAPHS = [
    "同志们：今天我们召开全市优化营商环境大会，主要任务是深入贯彻落实党中央、国务院关于优化营商环境的决策部署，"
    "总结去年以来全市营商环境建设取得的成效，分析当前存在的突出问题，安排部署下一阶段重点工作。",
    "一要深化放管服改革。持续精简行政审批事项，推行企业开办一日办结，全面推广证照分离改革，"
    "让市场主体少跑腿、好办事、不添堵，切实降低制度性交易成本。",
    "二要强化法治保障。严格规范公正文明执法，依法平等保护各类市场主体产权和合法权益，"
    "坚决整治不作为、慢作为、乱作为等问题，营造公平竞争的市场环境。",
    "三要提升政务服务水平。推进一网通办，打通部门之间的数据壁垒，让数据多跑路、群众少跑腿，"
    "以一流的营商环境吸引更多优质项目落地生根、开花结果，推动全市经济高质量发展。",
]
BASE_FILE = "base.txt"  # a plain speech the `related` rows can point at


# ---------------------------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Contribution:
    """What a contributor submits: one raw file (name, bytes) and possibly its sidecar."""

    stem: str = ""  # file name without suffix; "" = a safe name chosen by the table
    suffix: str = ".txt"
    content: str = ""
    sidecar: dict[str, Any] | None = None


def txt(title: str = TITLE, source: str = "市政府网站", extra: str = "") -> Contribution:
    """A scraped plain-text page: title, source/date line, the speech."""
    body = "\n".join("　　" + p for p in PARAGRAPHS + ([extra] if extra else []))
    return Contribution(content=f"{title}\n来源：{source}　发布时间：2023-05-06\n{body}\n")


def page_html(title: str = TITLE, h1: str = TITLE, extra: str = "") -> Contribution:
    """A saved HTML page whose markup the contributor (or the scraped site) wrote."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS + ([extra] if extra else []))
    return Contribution(suffix=".html", content=f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}'
                        f"</title></head><body><h1>{h1}</h1><p>2023年5月6日</p>{body}</body></html>")


def with_sidecar(**sidecar: Any) -> Contribution:
    return Contribution(content=txt().content, sidecar=sidecar)


def untitled(**sidecar: Any) -> Contribution:
    """A copy with no head at all: the speech has no title, and the site shows its marked display name
    (fields.display_title: '（无题）' with the speaker and date) in the <h1>, <title>, header, lists and citations."""
    return Contribution(content="\n".join("　　" + p for p in PARAGRAPHS) + "\n", sidecar=sidecar)


@dataclass(frozen=True)
class Row:
    """One contributor-controlled field: how a payload gets into it, and what must happen."""

    field: str
    contribute: Callable[[str], Contribution]
    outcome: str = "page"  # "page": built, safely; "refused": ingest refuses it, naming the file
    shows: bool = False  # the page must show the payload as text


ROWS = [
    # A head line carrying HTML tags is leftover markup to the cleaner, not a title (scripts/clean/rules/metadata.yml,
    # title_checks): it may be dropped, so this row checks only that nothing runs.
    Row("raw .txt first line (title)", lambda p: txt(title=p + TITLE)),
    Row("raw .txt body", lambda p: txt(extra=p + "，这是正文中的一句话。"), shows=True),
    Row("raw .txt heading", lambda p: txt(extra="一、" + p + "要抓好优化营商环境的工作")),
    Row("来源 line", lambda p: txt(source=p + "日报")),
    Row("HTML <title>", lambda p: page_html(title=p + TITLE, h1="")),
    Row("HTML <h1>", lambda p: page_html(h1=p + TITLE)),
    Row("HTML body", lambda p: page_html(extra=p + "，这是正文中的一句话。")),
    Row("raw file name", lambda p: Contribution(stem=p.replace("/", "_"), content=txt().content), "refused"),
    Row("sidecar title", lambda p: with_sidecar(title=p + TITLE), shows=True),
    Row("sidecar speaker", lambda p: with_sidecar(speaker=p), shows=True),
    Row("sidecar speaker_title", lambda p: with_sidecar(speaker_title=p), shows=True),
    Row("sidecar speaker of an untitled speech (its display name)", lambda p: untitled(speaker=p), shows=True),
    Row("sidecar event", lambda p: with_sidecar(event=p), shows=True),
    Row("sidecar region", lambda p: with_sidecar(region=p), shows=True),
    Row("sidecar source.name", lambda p: with_sidecar(source={"name": p}), shows=True),
    Row("sidecar source.publisher", lambda p: with_sidecar(source={"publisher": p}), shows=True),
    Row("sidecar source.issue", lambda p: with_sidecar(source={"issue": p}), shows=True),
    Row("sidecar source.url", lambda p: with_sidecar(source={"url": p}), "refused"),
    Row("sidecar source.url (http, payload in query)",
        lambda p: with_sidecar(source={"url": "https://example.org/a?q=" + p.replace(" ", "")})),
    Row("sidecar notes", lambda p: with_sidecar(notes=[p]), shows=True),
    Row("sidecar tags (a theme outside the vocabulary)", lambda p: with_sidecar(tags=["营商环境", p]), "refused"),
    Row("sidecar tags_add", lambda p: with_sidecar(tags_add=[p]), "refused"),
    Row("sidecar tags_remove", lambda p: with_sidecar(tags_remove=[p])),
    Row("sidecar related[].relation",
        lambda p: with_sidecar(related=[{"file": f"source_texts/{BASE_FILE}", "relation": p}]), shows=True),
    Row("sidecar related[].file",
        lambda p: with_sidecar(related=[{"file": f"source_texts/{p}", "relation": "另一版本"}]), "refused"),
    Row("sidecar year", lambda p: with_sidecar(year=p), "refused"),
    Row("sidecar date", lambda p: with_sidecar(date=p), "refused"),
    Row("sidecar encoding", lambda p: with_sidecar(encoding=p), "refused"),
]


@dataclass(frozen=True)
class Case:
    row: Row
    payload_name: str
    payload: str
    raw: Path

    @property
    def label(self) -> str:
        return f"{self.row.field} × {self.payload_name}"


# ---------------------------------------------------------------------------------------------- the site


@dataclass
class Built:
    root: Path
    site: Path
    cases: list[Case]
    result: IngestResult
    pages: dict[Path, str] = field(default_factory=dict)  # raw file -> page URL (relative to the site)


def write_cases(sources: Path) -> list[Case]:
    sources.mkdir(parents=True, exist_ok=True)
    (sources / BASE_FILE).write_text(txt(title="在全市经济工作会议上的讲话").content, encoding="utf-8")
    cases = []
    for number, row in enumerate(ROWS):
        for index, (name, payload) in enumerate(PAYLOADS.items()):
            contribution = row.contribute(payload)
            raw = sources / ((contribution.stem or f"case-{number:02d}-{index:02d}") + contribution.suffix)
            raw.write_text(contribution.content, encoding="utf-8")
            if contribution.sidecar is not None:
                sidecar_path(raw).write_text(yaml.safe_dump(contribution.sidecar, allow_unicode=True),
                                             encoding="utf-8")
            cases.append(Case(row, name, payload, raw))
    return cases


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """One site built from every payload × field, with the project's own pipeline."""
    root = tmp_path_factory.mktemp("security")
    paths = workspace(root)
    cases = write_cases(paths["source_texts"])
    write_extras(paths["source_texts"], root / "secret.txt")
    result = ingest(paths["source_texts"], paths["docs"], root)
    browse.write(browse.generate(paths["docs"], paths["overrides"]), paths["docs"])
    build(paths["site"], paths["docs"], paths["source_texts"], root / "mkdocs.yml")
    pages = {root / d.source_file: d.relative_path.removesuffix(".md") + "/" for d in result.documents}
    return Built(root, paths["site"], cases, result, pages)


def test_every_case_is_refused_with_its_file_named_or_built(built: Built) -> None:
    failed = {Path(error.path).name: error.reason for error in built.result.failures}
    wrong = []
    for case in built.cases:
        names = {case.raw.name, sidecar_path(case.raw).name}
        refused = next((failed[n] for n in names if n in failed), None)
        if case.row.outcome == "refused" and refused is None:
            wrong.append(f"{case.label}: was not refused")
        if case.row.outcome == "page" and case.raw not in built.pages:
            wrong.append(f"{case.label}: has no page ({refused})")
    assert not wrong, "\n".join(wrong)


def test_site_raw_holds_exactly_the_cited_raw_files(built: Built) -> None:
    published = {p.name for p in (built.site / "raw").iterdir()}
    cited = {raw.name if raw.suffix == ".txt" else raw.name + ".txt" for raw in built.pages}
    # A corrected speech's page names its corrections and links its sidecar, so that sidecar is cited too.
    corrected = {sidecar_path(raw).name + ".txt" for raw, url in built.pages.items()
                 if split_front_matter((built.root / "docs" / (url.rstrip("/") + ".md")).read_text(encoding="utf-8"))[
                     0].get("corrected")}
    assert published == cited | corrected | {BASE_FILE, "outside-bmp.txt"}


# ---------------------------------------------------------------------------------------------- the browser

AUDIT = """() => {
  const problems = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`<${el.localName} ${name}=...>`);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(name)) {
        const scheme = attr.value.trim().toLowerCase().match(/^([a-z][a-z0-9+.-]*):/);
        if (scheme && !["http", "https", "mailto", "blob"].includes(scheme[1])) problems.push(`${name}=${attr.value}`);
      }
    }
  }
  const article = document.querySelector("article");
  return [problems, article ? article.innerText : ""];
}"""


@dataclass
class Watch:
    """Everything the page did that it must not: dialogs, console errors, requests off the origin."""

    origin: str
    problems: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> None:
        page.on("dialog", self.on_dialog)
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console error: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("request", self.on_request)

    def on_dialog(self, dialog: Any) -> None:
        self.problems.append(f"{dialog.type} dialog: {dialog.message}")
        dialog.dismiss()

    def on_request(self, request: Any) -> None:
        parts = urlsplit(request.url)
        if f"{parts.scheme}://{parts.netloc}" != self.origin and parts.scheme not in ("data", "blob"):
            self.problems.append(f"request to another origin: {request.url}")


@pytest.fixture(scope="module")
def served(built: Built) -> Iterator[str]:
    with serving(built.site) as url:
        yield url


@pytest.fixture(scope="module")
def visits(built: Built, served: str, browser: Browser) -> dict[str, list[str]]:
    """Every generated page and the search results for every payload, loaded in one browser page:
    {what was loaded: problems seen}; and each page's text, for the `shows` checks."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(served))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = Watch(origin)
    watch.attach(page)
    seen: dict[str, list[str]] = {}
    results: dict[str, int] = {}
    for html_file in sorted(built.site.rglob("*.html")):
        relative = html_file.relative_to(built.site).as_posix()
        page.goto(served + relative.removesuffix("index.html"), wait_until="load")
        problems, text = page.evaluate(AUDIT)
        seen[relative], seen["text:" + relative] = watch.problems + problems, [text]
        watch.problems = []
    page.goto(served, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent === '键入以开始搜索'")
    for query in [*PAYLOADS.values(), "alert", "onerror", "script"]:
        box.fill(query)
        box.press("End")
        page.wait_for_timeout(400)
        page.wait_for_load_state("networkidle")
        seen[f"search {query!r}"] = watch.problems + page.evaluate(AUDIT)[0]
        watch.problems = []
        results[query] = page.locator("li.md-search-result__item").count()
    page.screenshot(path="/tmp/security-search.png")
    title_case = next(c for c in built.cases if c.row.field == "sidecar title" and c.payload_name == "img-onerror")
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(served + built.pages[title_case.raw], wait_until="load")
        page.screenshot(path=f"/tmp/security-speech-{width}.png", full_page=True)
    context.close()
    assert results["alert"] > 0 and results["onerror"] > 0, f"the search found nothing: {results}"
    return seen


@pytest.mark.browser
def test_no_generated_page_or_search_result_runs_anything(visits: dict[str, list[str]]) -> None:
    pages = [name for name in visits if not name.startswith(("text:", "search "))]
    assert len(pages) > len(ROWS) * len(PAYLOADS) // 2, "the site is missing most pages"
    bad = {name: problems for name, problems in visits.items() if not name.startswith("text:") and problems}
    assert not bad, "\n".join(f"{name}: {problems[:5]}" for name, problems in sorted(bad.items())[:40])


@pytest.mark.browser
def test_text_fields_show_the_payload_as_text(built: Built, visits: dict[str, list[str]]) -> None:
    missing = []
    for case in built.cases:
        if not case.row.shows or case.raw not in built.pages:
            continue
        text = visits["text:" + built.pages[case.raw] + "index.html"][0]
        if normalized(case.payload) not in normalized(text):
            missing.append(f"{case.label}: {case.payload!r} not shown")
    assert not missing, "\n".join(missing)


def normalized(text: str) -> str:
    """Whitespace folded, and full-width punctuation as ASCII (the pipeline writes Chinese punctuation)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


# ---------------------------------------------------------------------------------------------- what is published

EXTRAS = {  # files beside the table's: none may be published, the bad ones are reported
    "link.txt": "symlink",
    ".hidden.txt": "hidden",
    "leftover.txt.tmp": "temporary",
    "orphan.meta.yml": "orphan sidecar",
    "README.md": "readme",
}


def write_extras(sources: Path, secret: Path) -> None:
    secret.write_text("SECRET TOKEN 在全市优化营商环境大会上的讲话" * 10, encoding="utf-8")
    (sources / "link.txt").symlink_to(secret)
    (sources / ".hidden.txt").write_text(txt().content, encoding="utf-8")
    (sources / "leftover.txt.tmp").write_text(txt().content, encoding="utf-8")
    (sources / "orphan.meta.yml").write_text("title: 没有原文的更正\n", encoding="utf-8")
    (sources / "README.md").write_text("# 说明\n", encoding="utf-8")
    (sources / "outside-bmp.txt").write_text(txt().content, encoding="utf-8")
    (sources / "outside-bmp.meta.yml").write_text("speaker: 王𠀾\nsource:\n  name: 𠀾日报\n", encoding="utf-8")


def test_links_and_orphan_sidecars_are_reported_by_ingest(built: Built) -> None:
    reasons = {Path(error.path).name: error.reason for error in built.result.failures}
    assert "symbolic link" in reasons["link.txt"]
    assert "sidecar without a raw file" in reasons["orphan.meta.yml"]
    assert "not a raw text file" in reasons["leftover.txt.tmp"]


def test_only_cited_raw_files_are_published(built: Built) -> None:
    published = {p.name for p in (built.site / "raw").iterdir()}
    assert not published & {"link.txt", ".hidden.txt", "leftover.txt.tmp", "leftover.txt.tmp.txt",
                            "orphan.meta.yml", "README.md", "README.md.txt"}
    assert not any(path.is_symlink() for path in (built.site / "raw").iterdir())
    assert not any("SECRET TOKEN" in p.read_text(encoding="utf-8", errors="replace")
                   for p in built.site.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".json"))


def test_names_outside_the_bmp_keep_their_links(built: Built) -> None:
    page = (built.site / built.pages[built.root / "source_texts" / "outside-bmp.txt"] / "index.html")
    text = page.read_text(encoding="utf-8")
    assert re.search(r'<a href="[^"]*speakers/[^"]+/">王𠀾</a>', text), "speaker link lost"
    assert re.search(r'<a href="[^"]*sources/[^"]+/">𠀾日报</a>', text), "source link lost"


# ---------------------------------------------------------------------------------------------- sidecars


@pytest.fixture
def one_speech(tmp_path: Path) -> Path:
    """An archive holding one plain speech and another beside it; returns the first raw file."""
    sources = tmp_path / "source_texts"
    sources.mkdir()
    (sources / "other.txt").write_text(txt(title="在全市经济工作会议上的讲话").content, encoding="utf-8")
    raw = sources / "speech.txt"
    raw.write_text(txt().content, encoding="utf-8")
    return raw


ALIAS_BOMB = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)) + "notes: *i\n"


@pytest.mark.parametrize(("sidecar", "expected"), [
    (ALIAS_BOMB, "anchors (&name) and aliases (*name) are not allowed"),
    ("base: &b {title: x}\ntitle: *b\n", "anchors (&name) and aliases (*name) are not allowed"),
    ("<<: {title: 合并的标题}\n", "merge keys (<<) are not allowed"),
    ("1: 2\n", "1: field names must be text"),
    ("tags_add: 5\n", "tags_add: expected a list, got int 5"),
    ("tags_add: [[1, 2]]\n", "tags_add: [1, 2] is not text"),
    ("tags_add: [宇宙探索]\n", "tags_add: '宇宙探索' is not a theme"),
    ("encoding: base64\n", "encoding: 'base64' is not a text encoding"),
    ("encoding: rot13\n", "encoding: 'rot13' is not a text encoding"),
    ("encoding: undefined\n", "encoding: 'undefined' is not a text encoding"),
    ("year: ../../../../tmp/x\n", "year: expected a whole number, got str"),
    ("year: 20210\n", "year: 20210 is not a year between 1900"),
    ("year: true\n", "year: expected a whole number, got bool"),
    ("title: [a]\n", "title: expected text, got list"),
    ("source: {url: 'javascript:alert(1)'}\n", "source.url: 'javascript:alert(1)' is not an http:// or https://"),
    ("source: {url: 'data:text/html,x'}\n", "source.url: 'data:text/html,x' is not an http:// or https://"),
    ("source: {name: {a: 1}}\n", "source.name: expected text, got dict"),
    ("source: {file: /etc/passwd}\n", "source.file: not settable"),
    ("related: [{file: 'source_texts/../../../etc/passwd', relation: x}]\n",
     "related[0].file: 'source_texts/../../../etc/passwd' should be a path like source_texts/<name>"),
    ("related: [{file: '/etc/passwd', relation: x}]\n", "related[0].file: '/etc/passwd' should be a path like"),
    ("related: [{file: source_texts/other.txt, relation: x, 3: 4}]\n", "related[0]: unknown key 3"),
    ("notes: [{a: 1}]\n", "notes: {'a': 1} is not text"),
])
def test_each_sidecar_problem_is_reported_with_file_and_field(one_speech: Path, sidecar: str, expected: str
                                                               ) -> None:
    sidecar_path(one_speech).write_text(sidecar, encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(InputError) as error:
        normalize_file(one_speech, one_speech.parent.parent)
    assert time.perf_counter() - start < 5, "a sidecar must be refused before it is expanded"
    assert any(line.startswith(f"{sidecar_path(one_speech)}: ") and expected in line
               for line in error.value.lines()), error.value.lines()


def test_every_problem_of_a_sidecar_is_listed(one_speech: Path) -> None:
    sidecar_path(one_speech).write_text("title: 5\nyear: x\ntags_add: 5\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        normalize_file(one_speech, one_speech.parent.parent)
    fields = [line.split(": ")[1] for line in error.value.lines()]
    assert fields == ["title", "year", "tags_add"]


def test_a_bad_sidecar_fails_its_file_only_and_writes_nothing(one_speech: Path) -> None:
    root = one_speech.parent.parent
    assert not ingest(root / "source_texts", root / "docs", root).failures
    before = {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}
    sidecar_path(one_speech).write_text("year: ../../../../tmp/x\n", encoding="utf-8")
    result = ingest(root / "source_texts", root / "docs", root)
    assert [Path(error.path).name for error in result.failures] == ["speech.meta.yml"]
    assert {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()} == before
    assert len(result.pages) == 1 and not (root.parent / "tmp").exists()


def test_ingest_exits_1_and_names_the_sidecar_and_field(one_speech: Path) -> None:
    root = one_speech.parent.parent
    sidecar_path(one_speech).write_text("tags_add: 5\n1: 2\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "scripts.site.ingest", "--source-dir", str(root / "source_texts"),
                             "--docs-dir", str(root / "docs")], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 1
    assert f"FAILED {sidecar_path(one_speech)}: tags_add: expected a list" in result.stderr
    assert f"FAILED {sidecar_path(one_speech)}: 1: field names must be text" in result.stderr
    assert "Traceback" not in result.stderr and "1 speech page(s) written" in result.stdout


def test_check_reports_an_orphan_sidecar(one_speech: Path) -> None:
    root = one_speech.parent.parent
    (root / "source_texts" / "speach.meta.yml").write_text("title: 拼错了名字\n", encoding="utf-8")
    problems = check.check_in_sync(root)
    assert any(p.startswith("source_texts/speach.meta.yml: sidecar without a raw file") for p in problems)


# ---------------------------------------------------------------------------------------------- encodings


def test_utf16_with_an_odd_byte_count_is_refused_with_a_reason(tmp_path: Path) -> None:
    raw = tmp_path / "odd.txt"
    raw.write_bytes(txt().content.encode("utf-16") + b"x")
    with pytest.raises(InputError, match="UTF-16 needs an even number of bytes") as error:
        normalize_file(raw, tmp_path)
    assert error.value.path == str(raw)


def test_stated_utf16_on_utf8_bytes_is_refused_as_nonsense(one_speech: Path) -> None:
    data = one_speech.read_bytes()
    one_speech.write_bytes(data + b"\n" * (len(data) % 2))  # whole UTF-16 units: it decodes, to nonsense
    sidecar_path(one_speech).write_text("encoding: utf-16-le\n", encoding="utf-8")
    with pytest.raises(InputError, match="turns the bytes into nonsense"):
        normalize_file(one_speech, one_speech.parent.parent)


@pytest.mark.parametrize("label", ["undefined", "base64", "rot13", "klingon"])
def test_a_meta_charset_naming_no_text_encoding_is_ignored(tmp_path: Path, label: str) -> None:
    raw = tmp_path / "page.html"
    raw.write_bytes(page_html().content.replace('charset="utf-8"', f'charset="{label}"').encode("gb18030"))
    assert normalize_file(raw, tmp_path).meta["title"] == TITLE


@pytest.mark.parametrize("label", ["base64", "rot13", "undefined"])
def test_a_header_charset_naming_no_text_encoding_is_not_recorded(label: str) -> None:
    assert parse_content_type(f"text/html; charset={label}") == ("text/html", None)


# ---------------------------------------------------------------------------------------------- make add, killed

KILLED_AT_STEP = """
import os, sys
from scripts.tools import add
from scripts.core import staging
step, calls = int(sys.argv[1]), [0]

def dies_at_step(function):
    def counted(*args, **kwargs):
        calls[0] += 1
        if calls[0] == step:
            os._exit(137)  # like SIGKILL: no cleanup, no finally
        return function(*args, **kwargs)
    return counted

class Os:  # staging's os module, with rename counted
    def __getattr__(self, name):
        return dies_at_step(os.rename) if name == "rename" else getattr(os, name)

staging.os = Os()
staging.Staging.write = dies_at_step(staging.Staging.write)
sys.exit(add.main(sys.argv[2:]))
"""
SEED = REPO / "source_texts" / "000_290bc3203928de73.txt"  # a real speech, unlike the table's
STEPS = 7  # write sidecar, raw file, page; rename COMMIT; move sidecar, raw file, page


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.relative_to(root).parts[0] in ("source_texts", "docs")}


def ingest_command(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`make ingest` on the archive at root, in this process (the killed `make add` is the only process that must
    die on its own): its exit status and what it printed on stderr."""
    capsys.readouterr()
    status = ingest_main(["--source-dir", str(root / "source_texts"), "--docs-dir", str(root / "docs")])
    return status, capsys.readouterr().err


@pytest.mark.parametrize("step", range(1, STEPS + 2))
def test_make_add_killed_at_any_step_is_finished_or_undone_by_the_next_run(one_speech: Path, step: int,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    root = one_speech.parent.parent
    assert ingest_command(root, capsys)[0] == 0
    before = tree(root)
    new = root / "new.txt"
    new.write_bytes(SEED.read_bytes())
    killed = subprocess.run([sys.executable, "-c", KILLED_AT_STEP, str(step), "--src", str(new), "--name",
                             "new-speech", "--version-of", "speech.txt", "--root", str(root)],
                            cwd=REPO, capture_output=True, text=True)
    assert killed.returncode == (137 if step <= STEPS else 0), killed.stderr
    status, repaired = ingest_command(root, capsys)
    assert status == 0, repaired
    assert not (root / ".add-staging").exists()
    after = tree(root)
    if step <= 4:  # killed before the commit: nothing was added, and the repair says so
        assert after == before
        assert "nothing had been added" in repaired
    else:  # committed: every file is in place, and the archive is consistent
        added = set(after) - set(before)
        assert {"source_texts/new-speech.txt", "source_texts/new-speech.meta.yml"} <= added
        assert any(path.startswith("docs/speeches/") for path in added)
        assert ingest_command(root, capsys)[0] == 0 and tree(root) == after  # nothing left to do
        if step <= STEPS:
            assert "finished an interrupted `make add`" in repaired


def test_generated_files_get_the_usual_mode(one_speech: Path) -> None:
    root = one_speech.parent.parent
    old = os.umask(0o022)
    try:
        ingest(root / "source_texts", root / "docs", root)
        new = root / "new.txt"
        new.write_bytes(SEED.read_bytes())
        assert add_main(["--src", str(new), "--name", "new-speech", "--version-of", "speech.txt",
                         "--root", str(root)]) == 0
    finally:
        os.umask(old)
    modes = {p.relative_to(root).as_posix(): stat.S_IMODE(p.stat().st_mode)
             for p in root.rglob("*") if p.is_file() and p != new}
    assert set(modes.values()) == {0o644}, modes


@pytest.mark.parametrize("target", ["add", "normalize"])
def test_make_passes_src_as_typed_and_never_to_a_shell(tmp_path: Path, target: str) -> None:
    marker = tmp_path / "ran"
    typed = f"""{tmp_path}/`touch {marker}`"$(shell touch {marker})$abc'$$d"""
    result = subprocess.run(["make", "-s", target, f"SRC={typed}"], cwd=REPO, capture_output=True, text=True)
    assert not marker.exists(), "a command in SRC ran"
    assert result.returncode != 0 and f"{typed}: " in result.stderr, result.stderr  # the name, as typed


def test_make_passes_url_as_typed(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    typed = f"""http://127.0.0.1:9/a?`touch {marker}`&q="$abc$(shell touch {marker})"""
    result = subprocess.run(["make", "-s", "add", f"URL={typed}"], cwd=REPO, capture_output=True, text=True)
    assert not marker.exists(), "a command in URL ran"
    assert result.returncode != 0 and f"{typed}: could not fetch" in result.stderr, result.stderr


# ---------------------------------------------------------------------------------------------- fetch deadline


@pytest.fixture
def trickling_server() -> Iterator[str]:
    """A server on 127.0.0.1 that promises a large page and sends it one byte every 50 ms."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.recv(65536)
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
                while not stop.is_set():
                    try:
                        connection.sendall(b"x")
                    except OSError:
                        break
                    stop.wait(0.05)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/speech.html"
    stop.set()
    thread.join()
    listener.close()


def test_fetch_has_a_wall_clock_deadline_against_a_trickling_server(trickling_server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="did not finish downloading within the time limit"):
        fetch(trickling_server, timeout=1.0)
    assert time.monotonic() - started < 10  # the page would take 5,000 s; a loaded machine may be seconds late


# ---------------------------------------------------------------------------------------------- low items


def test_a_speaker_or_source_named_index_keeps_the_section_index(one_speech: Path) -> None:
    root = one_speech.parent.parent
    sidecar_path(one_speech).write_text("speaker: Index\nsource: {name: INDEX}\n", encoding="utf-8")
    assert not ingest(root / "source_texts", root / "docs", root).failures
    files = browse.generate(root / "docs", root / "overrides")
    for section, title in (("speakers", "讲话人"), ("sources", "来源")):
        assert files[root / "docs" / section / "index.md"].startswith(f"---\ntitle: {title}\n")
        assert (root / "docs" / section / "index-2.md") in files


def test_corpus_csv_cells_cannot_be_formulas(one_speech: Path) -> None:
    root = one_speech.parent.parent
    sidecar_path(one_speech).write_text(
        "title: '=HYPERLINK(\"http://evil.example\",\"点击\")在全市大会上的讲话'\nspeaker: '+cmd|calc'\n"
        "event: '-2+3'\nregion: '@SUM(A1)'\nnotes: [\"\\tx\"]\n", encoding="utf-8")
    assert not ingest(root / "source_texts", root / "docs", root).failures
    rows = list(csv.DictReader(io.StringIO(browse.corpus_csv(load_speeches(root / "docs")))))
    row = next(r for r in rows if r["speaker"].endswith("calc"))
    assert row["title"].startswith("'=HYPERLINK(") and row["speaker"] == "'+cmd|calc"
    assert row["event"] == "'-2+3" and row["region"] == "'@SUM(A1)" and row["notes"] == "'\tx"
    assert all(not cell.startswith(browse.FORMULA_STARTS) for r in rows for cell in r.values())


def test_a_failing_strict_build_says_why(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs)
    (docs / "downloads" / "broken.md").write_text("---\ntitle: 坏链接\n---\n\n[链接](no-such-page.md)\n",
                                                 encoding="utf-8")
    with pytest.raises(SystemExit) as failure:
        run_mkdocs(tmp_path / "site", docs)
    message = str(failure.value)
    assert "mkdocs build --strict failed" in message and "no-such-page.md" in message


def test_a_page_with_yaml_aliases_is_reported_not_expanded(one_speech: Path) -> None:
    root = one_speech.parent.parent
    ingest(root / "source_texts", root / "docs", root)
    page = next((root / "docs" / "speeches").rglob("speech.md"))
    page.write_text(page.read_text(encoding="utf-8").replace("---\n", "---\n" + ALIAS_BOMB, 1), encoding="utf-8")
    pages, problems = check.read_pages(root)
    assert [p.path for p in pages if p.path.endswith("speech.md")] == []
    assert any("speech.md: front matter uses YAML anchors or aliases" in p for p in problems), problems


def test_a_page_citing_a_file_outside_source_texts_is_reported() -> None:
    meta = {"title": "t", "genre": "讲话", "tags": [], "source": {"file": "source_texts/../.git/config",
                                                                  "sha256": "0" * 64}}
    problems = check_meta("p.md", meta, set(), dt.date(2030, 1, 1))
    assert any(p.startswith("p.md: source.file: 'source_texts/../.git/config' should be a path like") for p in problems)


@pytest.mark.parametrize("other", ["source_texts/../../../etc/passwd", "../../../etc/passwd", "/etc/passwd"])
def test_version_of_cannot_name_a_file_outside_source_texts(one_speech: Path, other: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    root = one_speech.parent.parent
    new = root / "new.txt"
    new.write_bytes(SEED.read_bytes())
    assert add_main(["--src", str(new), "--version-of", other, "--root", str(root)]) == 1
    assert f"--version-of {other}: " in capsys.readouterr().err
    assert sorted(p.name for p in (root / "source_texts").iterdir()) == ["other.txt", "speech.txt"]


def test_check_undoes_an_uncommitted_add_and_says_so(one_speech: Path) -> None:
    root = one_speech.parent.parent
    ingest(root / "source_texts", root / "docs", root)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    staged = root / ".add-staging" / f"{dead.stdout.strip()}-0000" / "source_texts"
    staged.mkdir(parents=True)
    (staged / "half.txt").write_bytes(SEED.read_bytes())
    (root / check.THEMES_FILE).parent.mkdir(parents=True)
    shutil.copy2(REPO / check.THEMES_FILE, root / check.THEMES_FILE)
    report = check.run_checks(root, dt.date(2030, 1, 1), build=False)
    assert any("nothing had been added" in note for notes in report.notes.values() for note in notes)
    assert not (root / ".add-staging").exists() and not (root / "source_texts" / "half.txt").exists()
