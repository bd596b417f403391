"""Shared fixtures: the site is built once per session from a copy of docs/, and served on 127.0.0.1.

The build runs in a temporary directory (browse pages and site both), so the tests never touch the working
tree. Set SPEECH_DOCS_DIR to build from another docs directory (e.g. fixture pages).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

from scripts.core.cases import load_cases
from scripts.core.paths import REPO
from scripts.measure import browser as chromium_browser
from scripts.site.serve import serve_in_thread
from scripts.site.site_corpus import Speech, load_speeches

# Property tests check behaviour, not speed (speed is for `make bench`): no per-example deadline, which a
# loaded machine would miss at random.
settings.register_profile("archive", deadline=None)
settings.load_profile("archive")


def run_module(module: str, *args: str) -> None:
    """Run `python -m module args` from the repository root; fail the test session on error."""
    result = subprocess.run(
        [sys.executable, "-m", module, *args], cwd=REPO, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"{module} failed:\n{result.stdout}\n{result.stderr}")


def case_params(entries: list[dict], key: str, file: str) -> list:
    """pytest parameters (entry, case) for every case under `key` ("examples", "keep") of every rule entry
    of `file`, read by scripts/core/cases.py. A known gap (`expect: fail`) is an expected failure, strict:
    the report shows it as xfailed with its reason, and a run in which it passes fails."""
    params = []
    for entry in entries:
        for number, case in enumerate(load_cases(entry.get(key, []), f"{file}: {entry['name']}: {key}")):
            marks = [pytest.mark.xfail(strict=True, reason=case.reason)] if case.expect == "fail" else []
            label = case.value[:12] if isinstance(case.value, str) else str(number)
            params.append(pytest.param(entry, case.value, marks=marks, id=f"{entry['name']}-{label}"))
    return params


@pytest.fixture(scope="session")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the docs directory, with browse pages generated into it."""
    source = Path(os.environ.get("SPEECH_DOCS_DIR", REPO / "docs"))
    docs = tmp_path_factory.mktemp("build") / "docs"
    shutil.copytree(source, docs)
    run_module("scripts.site.browse", "--docs-dir", str(docs))
    return docs


@pytest.fixture(scope="session")
def site_dir(docs_dir: Path) -> Path:
    """The site built from docs_dir by scripts.site.build_site (mkdocs build --strict)."""
    site = docs_dir.parent / "site"
    run_module("scripts.site.build_site", "--docs-dir", str(docs_dir), "--site-dir", str(site))
    return site


@pytest.fixture(scope="session")
def speeches(docs_dir: Path) -> list[Speech]:
    """The speech pages the site was built from, newest first."""
    found = load_speeches(docs_dir)
    assert found, f"no speech pages under {docs_dir}/speeches: run `make ingest` first"
    return found


@pytest.fixture(scope="session")
def seed(speeches: list[Speech]) -> dict[str, Speech]:
    """Speech by seed number: '000' is the page made from source_texts/000_*.txt."""
    return {Path(str(s.source.get("file", ""))).name[:3]: s for s in speeches}


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site served from a thread on a free port."""
    with serving(site_dir) as url:
        yield url


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """A built site served from a thread on a free port of 127.0.0.1, stopped on leaving: its base URL."""
    server, url = serve_in_thread(site)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium (scripts.measure.browser.find_chromium). A browser that cannot start fails the tests: it never
    skips them."""
    from playwright.sync_api import sync_playwright

    try:
        executable = chromium_browser.find_chromium()
    except chromium_browser.ChromiumNotFound as missing:
        pytest.fail(f"browser tests: {missing}", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=chromium_browser.ARGS)
        yield chromium
        chromium.close()


def text_page(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    """A scraped file of `text` in tmp_path, as a contributor would bring it (for the cleaner's tests)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def html_page(tmp_path: Path, head: str, body: str) -> Path:
    """A saved HTML page with `head` and `body` markup (UTF-8, declared)."""
    return text_page(tmp_path, f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>",
                     "page.html")
