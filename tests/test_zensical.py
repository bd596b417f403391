"""The site built with Zensical (`make build ENGINE=zensical`), Material's successor, read in a browser: the
speech panel, theme chips, citations, the browse pages and the archive's search page work as under MkDocs.

Zensical renders the same overrides with MiniJinja, so a template that uses a Jinja2-only construct fails this
build; what does not work under Zensical is listed in DESIGN.md.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Page, expect

from scripts.core.paths import REPO
from scripts.site.build_site import build
from scripts.site.site_corpus import Speech
from tests.conftest import serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def zensical_url(docs_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("zensical")
    docs = root / "docs"
    shutil.copytree(docs_dir, docs)
    summary = build(root / "site", docs, REPO / "source_texts", REPO / "mkdocs.yml", engine="zensical")
    assert "zensical" in summary
    assert not (root / "site" / "search.json").exists(), "Zensical's full-text index must not be published"
    with serving(root / "site") as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, f"script errors under Zensical: {errors}"


def test_speech_page_panel_chips_and_citation(page: Page, zensical_url: str, seed: dict[str, Speech]) -> None:
    speech = seed["000"]
    page.goto(f"{zensical_url}speeches/{speech.slug}/")
    expect(page.locator("h1").first).to_have_text(speech.title)
    expect(page.locator(".archive-meta__speaker")).to_contain_text(str(speech.speaker))
    expect(page.locator(".archive-cite__bibtex")).to_contain_text(f"speech-archive:{speech.slug}")
    raw = page.locator(".archive-raw__link")
    assert raw.get_attribute("href").endswith(".txt")
    chip = page.locator(".archive-chips a").first
    theme = chip.inner_text()
    chip.click()
    expect(page.locator("h1").first).to_have_text(theme)


def test_raw_file_is_served_as_text(page: Page, zensical_url: str, seed: dict[str, Speech]) -> None:
    page.goto(f"{zensical_url}speeches/{seed['001'].slug}/")
    href = page.locator(".archive-raw__link").get_attribute("href")
    response = page.goto(f"{zensical_url}speeches/{seed['001'].slug}/{href}")
    assert response is not None and response.ok and "text/plain" in response.headers["content-type"]


def test_browse_pages_list_the_speeches(page: Page, zensical_url: str, speeches: list[Speech]) -> None:
    page.goto(f"{zensical_url}years/")
    expect(page.locator("article")).to_contain_text("年")
    page.goto(zensical_url)
    for speech in speeches[:3]:
        expect(page.locator("article")).to_contain_text(speech.title)


def test_search_page_finds_a_phrase(page: Page, zensical_url: str, speeches: list[Speech]) -> None:
    holding = [s for s in speeches if "毛绒玩具" in s.body]
    assert holding, "the seeds should contain the phrase"
    page.goto(f"{zensical_url}search/?q={quote('毛绒玩具')}")
    for speech in holding:
        expect(page.locator("article")).to_contain_text(speech.title, timeout=15_000)
