"""The built site in headless Chromium: Chinese search, theme chips, metadata panel, no foreign requests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, Page, Request, Route, expect

from scripts.site_corpus import Speech

pytestmark = pytest.mark.browser
READY = "键入以开始搜索"  # Material's placeholder once the search index is loaded
TOP = 5  # "in the first results"


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A desktop-width page (the search box is in the header at this width)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def search(page: Page, base_url: str, query: str) -> list[str]:
    """Type query into Material's search box; the distinct result pages (site-relative URLs), best first."""
    page.goto(base_url, wait_until="networkidle")  # the search index is loaded in a web worker
    box = page.locator("input.md-search__input")
    box.click()
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(READY, timeout=20000)
    box.fill(query)
    box.press("End")  # Material searches on keyup; fill() alone (like an IME commit) sends none
    expect(meta).not_to_have_text(READY, timeout=10000)
    hrefs = page.locator("li.md-search-result__item > a.md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)"
    )
    pages = [urlsplit(href).path.removeprefix(urlsplit(base_url).path) for href in hrefs]
    return list(dict.fromkeys(pages))


def seeds_in(results: list[str], seed: dict[str, Speech]) -> list[str]:
    """Seed numbers of the speech pages among results, in result order."""
    by_url = {s.url: number for number, s in seed.items()}
    return [by_url[url] for url in results if url in by_url]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("毛绒玩具", {"000", "003", "004"}), ("秦创原", {"000", "003"}), ("武文罡", {"000", "003"})],
)
def test_search_finds_the_speeches(
    page: Page, base_url: str, seed: dict[str, Speech], query: str, expected: set[str]
) -> None:
    found = seeds_in(search(page, base_url, query), seed)
    assert expected <= set(found[: len(expected) + 1]), f"{query}: got {found}"


def test_search_new_quality_productivity_ranks_001_first(page: Page, base_url: str, seed: dict[str, Speech]) -> None:
    found = seeds_in(search(page, base_url, "新质生产力"), seed)
    assert found[:1] == ["001"], found


def test_search_watermark_finds_nothing(page: Page, base_url: str) -> None:
    assert search(page, base_url, "笔扫千军") == []
    expect(page.locator(".md-search-result__meta")).to_have_text("没有找到符合条件的结果")


def test_search_business_environment(page: Page, base_url: str, speeches: list[Speech]) -> None:
    tagged = {s.url for s in speeches if "营商环境" in s.tags or "营商环境" in s.body}
    results = search(page, base_url, "营商环境")
    assert tagged and tagged & set(results[:TOP]), results


def test_search_speaker_name(page: Page, base_url: str, speeches: list[Speech]) -> None:
    speaker = next(s.speaker for s in speeches if s.speaker)
    theirs = {s.url for s in speeches if s.speaker == speaker}
    results = search(page, base_url, speaker)
    assert theirs <= set(results[: len(theirs) + 2]), (speaker, results)


def test_search_theme_name(page: Page, base_url: str, speeches: list[Speech]) -> None:
    theme = speeches[0].tags[0]
    results = search(page, base_url, theme)
    assert speeches[0].url in results[:TOP] or any(r.startswith("themes/") for r in results[:TOP]), results


def test_theme_chip_reaches_theme_page_listing_the_speech(page: Page, base_url: str, seed: dict[str, Speech]) -> None:
    speech = seed["000"]
    page.goto(base_url + speech.url)
    chip = page.locator(".archive-chips a.md-tag").first
    theme = chip.inner_text().strip()
    chip.click()
    expect(page.locator("article h1")).to_have_text(theme)
    assert page.url.startswith(base_url + "themes/")
    expect(page.locator(f'.speech-list a[href$="{speech.url}"]')).to_have_count(1)


def test_metadata_panel_shows_speaker_and_date(page: Page, base_url: str, seed: dict[str, Speech]) -> None:
    speech = seed["000"]
    page.goto(base_url + speech.url)
    expect(page.locator("article h1")).to_have_text(speech.title)
    expect(page.locator(".archive-meta__speaker")).to_contain_text(str(speech.speaker))
    expect(page.locator(".archive-meta__date")).to_contain_text(str(speech.date))
    expect(page.locator(".archive-cite__bibtex")).to_contain_text(f"author       = {{{speech.speaker}}}")


def test_raw_source_is_served_as_text_unchanged(page: Page, base_url: str, seed: dict[str, Speech]) -> None:
    speech = seed["000"]
    page.goto(base_url + speech.url)
    href = page.locator("a.archive-raw__link").get_attribute("href")
    response = page.request.get(page.url + href if href and not href.startswith("http") else str(href))
    assert response.headers["content-type"].startswith("text/plain")
    local = Path(__file__).resolve().parent.parent / str(speech.source["file"])
    assert response.body() == local.read_bytes()


def test_no_request_leaves_the_origin(browser: Browser, base_url: str, seed: dict[str, Speech]) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    origin = urlsplit(base_url).netloc
    foreign: list[str] = []

    def guard(route: Route, request: Request) -> None:
        if urlsplit(request.url).scheme in ("http", "https", "ws", "wss") and urlsplit(request.url).netloc != origin:
            foreign.append(request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", guard)
    page = context.new_page()
    for url in ("", seed["000"].url, "themes/", "speakers/", "downloads/"):
        page.goto(base_url + url)
        page.wait_for_load_state("networkidle")
    page.locator('label.md-header__button[for="__search"]').click()
    page.locator("input.md-search__input").fill("营商环境")
    page.locator("input.md-search__input").press("End")
    page.wait_for_load_state("networkidle")
    context.close()
    assert foreign == [], [unquote(u) for u in foreign]


@pytest.mark.parametrize("which", ["home", "speech"])
def test_phone_width_layout(
    browser: Browser, base_url: str, seed: dict[str, Speech], site_dir: Path, which: str
) -> None:
    """At 390 px nothing scrolls sideways; the screenshot is kept next to the built site for a human look."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page = context.new_page()
    page.goto(base_url + ("" if which == "home" else seed["000"].url), wait_until="networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=site_dir.parent / f"phone-{which}.png")
    context.close()
