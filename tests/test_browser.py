"""The built site in headless Chromium: Chinese search, theme chips, metadata panel, no foreign requests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, Page, Request, Route, expect

from scripts.core.paths import REPO
from scripts.site.search_index import speech_doc
from scripts.site.site_corpus import Speech

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
    local = REPO / str(speech.source["file"])
    assert response.body() == local.read_bytes()


def test_markdown_download_is_the_speech_s_page_as_docs_holds_it(page: Page, base_url: str, docs_dir: Path,
                                                               seed: dict[str, Speech]) -> None:
    """Beside the raw source, the cleaned text with its metadata: the speech's Markdown, byte for byte."""
    speech = seed["000"]
    page.goto(base_url + speech.url)
    link = page.locator("a.archive-markdown__link")
    with page.expect_download() as download:
        link.click()
    assert Path(download.value.path()).read_bytes() == (docs_dir / speech.path).read_bytes()
    assert download.value.suggested_filename.endswith(".md")
    response = page.request.get(str(link.evaluate("a => a.href")))
    assert response.headers["content-type"] == "text/markdown; charset=utf-8"


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


# ------------------------------------------------------------------ the archive's exact search (issue 5)


def texts(speeches: list[Speech]) -> dict[str, str]:
    """url -> the text the search sees (title, metadata, body)."""
    return {s.url: speech_doc(s).text for s in speeches}


def unique_phrase(speech: Speech, others: list[Speech], length: int = 5) -> str:
    """The first run of `length` Chinese characters in speech's body that no other speech contains."""
    other = "\n".join(speech_doc(s).text for s in others)
    body = speech.body
    for start in range(len(body) - length):
        piece = body[start : start + length]
        if all("\u4e00" <= c <= "\u9fff" for c in piece) and piece not in other:
            return piece
    raise AssertionError(f"no unique phrase in {speech.url}")


def with_all(speeches: list[Speech], *words: str) -> set[str]:
    return {url for url, text in texts(speeches).items() if all(w in text for w in words)}


def speeches_in(results: list[str]) -> set[str]:
    return {r for r in results if r.startswith("speeches/")}


def test_search_phrase_in_one_speech_finds_only_it(
    page: Page, base_url: str, seed: dict[str, Speech], speeches: list[Speech]
) -> None:
    for number in ("001", "004"):
        phrase = unique_phrase(seed[number], [s for s in speeches if s is not seed[number]])
        assert speeches_in(search(page, base_url, phrase)) == {seed[number].url}, phrase


def test_search_is_exact_for_every_key_term(page: Page, base_url: str, speeches: list[Speech]) -> None:
    """Never a speech without the phrase (Material + jieba returned all five for 新质生产力), never one missed."""
    for phrase in ("新质生产力", "疫情防控", "高质量发展", "毛绒玩具", "创新"):
        assert speeches_in(search(page, base_url, phrase)) == with_all(speeches, phrase), phrase


def test_search_words_separated_by_spaces_must_all_occur(page: Page, base_url: str, speeches: list[Speech]) -> None:
    expected = with_all(speeches, "秦创原", "疫情")
    assert expected and expected != with_all(speeches, "秦创原")  # the second word narrows the results
    assert speeches_in(search(page, base_url, "秦创原 疫情")) == expected


def test_search_loose_option_finds_any_word_in_any_order(page: Page, base_url: str, speeches: list[Speech]) -> None:
    assert speeches_in(search(page, base_url, "新质生产力 毛绒玩具")) == with_all(speeches, "新质生产力", "毛绒玩具")
    either = with_all(speeches, "新质生产力") | with_all(speeches, "毛绒玩具")
    assert speeches_in(search(page, base_url, "~新质生产力 毛绒玩具")) == either
    expect(page.locator(".md-search-result__terms").first).to_be_visible()  # "缺少：…" on partial matches


def test_search_snippet_highlights_the_match(page: Page, base_url: str) -> None:
    search(page, base_url, "秦创原")
    first = page.locator("li.md-search-result__item").first
    expect(first.locator("mark").first).to_have_text("秦创原")
    assert "秦创原" in first.locator("p").last.inner_text()


def test_search_transfers_little_per_query(browser: Browser, base_url: str, site_dir: Path) -> None:
    """Index bytes a fresh page fetches for one query: a few small files — at most two shards of phrase keys and
    two of title and speaker keys, the metadata and the texts (by range request) of the results shown."""
    context = browser.new_context()
    page = context.new_page()
    fetched: dict[str, int] = {}
    page.on("requestfinished", lambda r: fetched.update({r.url: r.sizes()["responseBodySize"]}))
    found = search(page, base_url, "高质量发展")
    page.wait_for_load_state("networkidle")
    context.close()
    index = {url: size for url, size in fetched.items() if "/search/archive/" in url}
    whole = sum(p.stat().st_size for p in (site_dir / "search/archive").rglob("*") if p.is_file())
    assert found and any("/k/" in url for url in index), index
    assert sum(index.values()) < min(100_000, whole / 2), index
    assert sum("/k/" in url for url in index) <= 2 and sum("/f/" in url for url in index) <= 2, index


def test_search_runs_without_a_keyup(page: Page, base_url: str, seed: dict[str, Speech]) -> None:
    """A phrase pasted with the mouse or committed by an input method sends no keyup; it is searched all the same."""
    page.goto(base_url, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(READY, timeout=20000)
    box.fill("秦创原")  # an input event only, like a paste or an IME commit
    expect(meta).not_to_have_text(READY, timeout=10000)
    hrefs = page.locator("li.md-search-result__item > a.md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)")
    found = {urlsplit(href).path.removeprefix(urlsplit(base_url).path) for href in hrefs}
    assert {seed["000"].url, seed["003"].url} <= found
