"""The search page (/search/, issue 11) in headless Chromium, on a site of 42 speeches: the five seeds, a
traditional-character copy of one, and 36 variants of the seeds with other speakers, dates, regions, genres
and sources (so that paging, sorting and every filter have something to do). Every expectation is computed
here from the pages' front matter and text, independently of the page's script."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import opencc
import pytest
from playwright.sync_api import Browser, Page, TimeoutError, expect

from scripts.clean.render import render_document
from scripts.core.paths import REPO
from scripts.site.search_facets import split_region
from scripts.site.search_index import normalize, speech_doc
from scripts.site.site_corpus import Speech, load_speeches
from tests.conftest import run_module, serving

pytestmark = pytest.mark.browser
SPEAKERS = ["武文罡", "赵俊民", "李明", "王华"]
REGIONS = ["陕西省安康市", "陕西省汉中市", "甘肃省", "湖北省十堰市"]
GENRES = ["讲话", "文章", "报告"]
SOURCES = ["安政通报", "汉中日报", "十堰发布"]
TRADITIONAL = "speeches/900-traditional/"  # a speech's address is speeches/<raw file name>/


def variant(speech: Speech, number: int) -> tuple[str, str]:
    """(path under docs/, page) of a copy of speech with other metadata; every 12th has no date at all."""
    meta = dict(speech.meta)
    meta["title"] = f"{speech.title}（第{number}号）"
    meta["speaker"] = SPEAKERS[number % len(SPEAKERS)]
    meta["region"] = REGIONS[number % len(REGIONS)]
    meta["genre"] = GENRES[number % len(GENRES)]
    meta["source"] = {**speech.source, "name": SOURCES[number % len(SOURCES)]}
    for key in ("date", "published", "year"):
        meta.pop(key, None)
    if number % 12 != 5:
        day = dt.date(2012, 1, 1) + dt.timedelta(days=number * 131)
        meta["date"], meta["year"] = day, day.year
    return f"speeches/var-{number:02d}.md", render_document(meta, speech.body)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """docs/ with the extra pages, browse pages generated, and the site built."""
    root = tmp_path_factory.mktemp("search-page")
    docs = root / "docs"
    shutil.copytree(REPO / "docs", docs)
    seeds = load_speeches(docs)
    to_traditional = opencc.OpenCC("s2t").convert
    first = next(s for s in seeds if s.slug.startswith("000"))
    (docs / TRADITIONAL.rstrip("/")).with_suffix(".md").write_text(
        render_document({**first.meta, "title": to_traditional(first.title)}, to_traditional(first.body)),
        encoding="utf-8")
    for number in range(36):
        path, text = variant(seeds[number % len(seeds)], number)
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")  # the theme overrides beside it, as bench_site does
    shutil.copytree(REPO / "overrides", root / "overrides")
    run_module("scripts.site.browse", "--docs-dir", str(docs), "--overrides-dir", str(root / "overrides"))
    run_module("scripts.site.build_site", "--docs-dir", str(docs), "--site-dir", str(root / "site"),
               "--config", str(root / "mkdocs.yml"))
    return root


@pytest.fixture(scope="module")
def all_speeches(corpus: Path) -> list[Speech]:
    return load_speeches(corpus / "docs")


@pytest.fixture(scope="module")
def site_url(corpus: Path) -> Iterator[str]:
    with serving(corpus / "site") as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


# ------------------------------------------------------------------------------------------ the oracle


def facet_values(speech: Speech) -> dict[str, set[str]]:
    province, city = split_region(str(speech.meta.get("region") or ""))
    return {"speaker": {speech.speaker} - {None}, "theme": set(speech.tags),
            "genre": {speech.meta.get("genre")} - {None}, "year": {str(speech.year)} if speech.year else set(),
            "province": {province} - {""},
            "city": {city} - {""}, "source": {speech.source_name} - {None}}


def expected(speeches: list[Speech], words: tuple[str, ...] = (), date_from: str = "", date_to: str = "",
             **filters: list[str]) -> list[Speech]:
    """Speeches whose text has every word (modulo script) and that pass every filter (any of its values)."""
    found = []
    for speech in speeches:
        text = normalize(speech_doc(speech).text)
        values = facet_values(speech)
        when = speech.date or (str(speech.year) if speech.year else "")
        if not all(normalize(w) in text for w in words):
            continue
        if not all(values[key] & set(chosen) for key, chosen in filters.items()):
            continue
        in_range = when and when >= date_from and (not date_to or when[: len(date_to)] <= date_to)
        if (date_from or date_to) and not in_range:
            continue
        found.append(speech)
    return found


def urls(speeches: list[Speech]) -> set[str]:
    return {s.url for s in speeches}


# ------------------------------------------------------------------------------------------ the page


def rendered(page: Page) -> int:
    return int(page.evaluate("document.getElementById('archive-search-page').dataset.rendered || 0"))


def wait_render(page: Page, before: int) -> None:
    """Until the page has rendered after render number `before` (or reported an error, which fails the test);
    up to 60 s: this tests correctness, not speed, and a loaded machine is slow. After a click that
    navigates, the old page may still be shown or the new one not yet parsed: a missing element is waited for."""
    try:
        page.wait_for_function("(n) => { const e = document.getElementById('archive-search-page');"
                               " return e !== null && (e.dataset.rendered > n || e.dataset.error) }",
                               arg=before, timeout=60_000)
    except TimeoutError as error:
        state = page.evaluate("JSON.stringify(document.getElementById('archive-search-page').dataset)")
        raise AssertionError(f"no new render after {before} on {page.url}: {state}") from error
    assert not page.evaluate("document.getElementById('archive-search-page').dataset.error || ''")


def open_search(page: Page, site_url: str, params: dict[str, object] | str = "") -> None:
    query = params if isinstance(params, str) else urlencode(params, doseq=True)
    page.goto(site_url + "search/" + (f"?{query}" if query else ""))
    wait_render(page, 0)


def shown(page: Page, site_url: str) -> list[str]:
    hrefs = page.locator("a.archive-sp__title").evaluate_all("links => links.map(a => a.href)")
    return [urlsplit(h).path.removeprefix(urlsplit(site_url).path) for h in hrefs]


def count(page: Page) -> int:
    return int(re.search(r"共 (\d+) 篇", page.locator(".archive-sp__count").inner_text()).group(1))


def every_result(page: Page, site_url: str) -> list[str]:
    """The results of every page, following the pager's next link. The link is taken from the keyboard (focus,
    Enter), as a keyboard reader does: a mouse click lands on a point, and snippets loading above the pager as they
    scroll into view can move the link off that point between Playwright's check and its click (seen once in CI:
    the click hit no link and no page followed)."""
    found = shown(page, site_url)
    while page.locator("a.archive-sp__next").count():
        before = rendered(page)
        page.locator("a.archive-sp__next").focus()
        page.keyboard.press("Enter")
        wait_render(page, before)
        found += shown(page, site_url)
    return found


def search(page: Page, site_url: str, params: dict[str, object] | str) -> list[str]:
    open_search(page, site_url, params)
    found = every_result(page, site_url)
    assert count(page) == len(found) == len(set(found)), (params, count(page), found)
    return found


# ------------------------------------------------------------------------------------------ tests

FILTERS = [("speaker", "李明"), ("theme", "营商环境"), ("year", "2021"), ("genre", "报告"), ("province", "陕西省"),
           ("source", "汉中日报")]


@pytest.mark.parametrize(("key", "value"), FILTERS)
def test_each_filter_alone(page: Page, site_url: str, all_speeches: list[Speech], key: str, value: str) -> None:
    want = urls(expected(all_speeches, **{key: [value]}))
    assert want and want != urls(all_speeches)
    assert set(search(page, site_url, {key: value})) == want
    box = page.locator(f'.archive-sp__group--{key} input[value="{value}"]')
    expect(box).to_be_checked()


def test_city_filter_below_its_province(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    open_search(page, site_url, {"province": "陕西省"})
    cities = page.locator(".archive-sp__group--city input").evaluate_all("boxes => boxes.map(b => b.value)")
    assert set(cities) == {"安康市", "汉中市"}, cities  # only the chosen province's cities are offered
    assert set(search(page, site_url, {"province": "陕西省", "city": "汉中市"})) == urls(
        expected(all_speeches, province=["陕西省"], city=["汉中市"]))


def test_filters_combined_and_counts(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    params = {"q": "发展", "speaker": ["李明", "王华"], "theme": "科技创新", "genre": "讲话"}
    want = expected(all_speeches, ("发展",), speaker=["李明", "王华"], theme=["科技创新"], genre=["讲话"])
    assert want and set(search(page, site_url, params)) == urls(want)
    open_search(page, site_url, params)
    # The count beside each speaker: the results if that speaker were chosen too (the other filters applied).
    for name in ("李明", "王华", "武文罡"):
        others = expected(all_speeches, ("发展",), speaker=[name], theme=["科技创新"], genre=["讲话"])
        label = page.locator(f'.archive-sp__group--speaker label:has(input[value="{name}"]) .archive-sp__n')
        if others:
            expect(label).to_have_text(str(len(others)))


def test_date_range(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    want = expected(all_speeches, date_from="2015", date_to="2019")
    found = search(page, site_url, {"from": "2015", "to": "2019"})
    assert want and set(found) == urls(want)
    narrow = expected(all_speeches, date_from="2016-03", date_to="2018-06-30")
    assert set(search(page, site_url, {"from": "2016-03", "to": "2018-06-30"})) == urls(narrow)
    assert urls(narrow) < urls(want)


def test_sort_newest_and_oldest(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    by_url = {s.url: s for s in all_speeches}
    newest = search(page, site_url, {"sort": "date"})
    oldest = search(page, site_url, {"sort": "oldest"})
    assert len(newest) == len(all_speeches) == len(oldest)
    dated_new = [by_url[u].sort_key[0] for u in newest if by_url[u].sort_key[0]]
    dated_old = [by_url[u].sort_key[0] for u in oldest if by_url[u].sort_key[0]]
    assert dated_new == sorted(dated_new, reverse=True) and dated_old == sorted(dated_old)
    undated = sum(1 for u in newest if not by_url[u].sort_key[0])
    assert undated and all(not by_url[u].sort_key[0] for u in oldest[-undated:])  # undated last both ways


def test_paging_in_twenties(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    open_search(page, site_url, {"sort": "date"})
    first = shown(page, site_url)
    assert len(first) == 20 and count(page) == len(all_speeches)
    before = rendered(page)
    page.locator(".archive-sp__pager a", has_text="2").first.click()
    wait_render(page, before)
    assert "page=2" in page.url
    second = shown(page, site_url)
    assert len(second) == 20 and not set(first) & set(second)
    expect(page.locator("ol.archive-sp__list")).to_have_attribute("start", "21")


def test_url_round_trip_and_back_button(browser: Browser, page: Page, site_url: str) -> None:
    open_search(page, site_url, {"q": "发展"})
    start_url, start_results = page.url, shown(page, site_url)
    before = rendered(page)
    page.locator(".archive-sp__group--speaker input").first.click()  # the filters are redrawn: no check()
    wait_render(page, before)
    before = rendered(page)
    page.locator(".archive-sp__sort select").select_option("oldest")
    wait_render(page, before)
    query = dict(p.split("=", 1) for p in urlsplit(page.url).query.split("&"))
    assert {"q", "speaker", "sort"} <= query.keys() and query["sort"] == "oldest"
    filtered = shown(page, site_url)
    other = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()  # a shared link
    other.goto(page.url)
    wait_render(other, 0)
    assert shown(other, site_url) == filtered
    expect(other.locator(".archive-sp__group--speaker input:checked")).to_have_count(1)
    other.context.close()
    before = rendered(page)
    page.go_back()
    wait_render(page, before)
    expect(page.locator(".archive-sp__sort select")).to_have_value("")
    before = rendered(page)
    page.go_back()
    wait_render(page, before)
    assert page.url == start_url and shown(page, site_url) == start_results
    expect(page.locator(".archive-sp__group--speaker input:checked")).to_have_count(0)


def test_traditional_and_simplified_find_each_other(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    simplified = search(page, site_url, {"q": "营商环境"})
    assert TRADITIONAL in simplified  # the page written 營商環境
    assert set(simplified) == urls(expected(all_speeches, ("营商环境",)))
    assert search(page, site_url, {"q": "營商環境"}) == simplified
    open_search(page, site_url, {"q": "營商環境", "speaker": "武文罡", "sort": "date"})
    item = page.locator("li.archive-sp__item", has=page.locator(f'a[href*="{TRADITIONAL}"]'))
    item.scroll_into_view_if_needed()
    expect(item.locator(".archive-sp__snippet mark").first).to_have_text("營商環境")  # as written
    plain = page.locator("li.archive-sp__item").filter(has_not=page.locator(f'a[href*="{TRADITIONAL}"]')).first
    plain.scroll_into_view_if_needed()
    expect(plain.locator(".archive-sp__snippet mark").first).to_have_text("营商环境")


def test_zero_results_give_hints(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    open_search(page, site_url, {"q": "笔扫千军"})
    assert count(page) == 0
    expect(page.locator(".archive-sp__none")).to_have_text("没有找到含“笔扫千军”的讲话。")  # no filter to blame
    loose = page.locator(".archive-sp__hints a", has_text="~笔扫千军")
    expect(loose).to_be_visible()
    labels = {"speaker": "讲话人", "year": "年份", "genre": "体裁", "source": "来源", "theme": "主题"}
    key, value = next((key, value) for speech in all_speeches for key, values in facet_values(speech).items()
                      for value in sorted(values)
                      if key in labels and not expected(all_speeches, ("新质生产力",), **{key: [value]}))
    open_search(page, site_url, {"q": "新质生产力", key: value})
    assert count(page) == 0
    expect(page.locator(".archive-sp__none")).to_have_text("没有找到同时符合查询和筛选条件的讲话。")
    remove = page.locator(".archive-sp__hints a", has_text=f"{labels[key]}：{value}")
    expect(remove).to_be_visible()
    before = rendered(page)
    remove.click()
    wait_render(page, before)
    assert count(page) == len(expected(all_speeches, ("新质生产力",))) > 0


PHRASES = ["发展", "疫情防控", "高质量发展", "新质生产力", "毛绒玩具", "秦创原 高新区", "創新驅動發展",
           "创新驱动发展战略", "武文罡", "经济"]


def test_exact_for_every_phrase(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    """Every speech that contains the phrase (modulo script), and no other."""
    for phrase in PHRASES:
        want = urls(expected(all_speeches, tuple(phrase.split())))
        assert set(search(page, site_url, {"q": phrase})) == want, phrase


def test_field_syntax_becomes_filters(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    found = search(page, site_url, {"q": 'speaker:武文罡 year:2021 "发展"'})
    assert set(found) == urls(expected(all_speeches, ("发展",), speaker=["武文罡"], year=["2021"]))
    open_search(page, site_url, {"q": "speaker:武文罡 year:2021 发展"})
    page.wait_for_function("location.search.includes('speaker=')")
    query = urlsplit(page.url).query
    assert "speaker=%E6%AD%A6%E6%96%87%E7%BD%A1" in query and "year=2021" in query
    expect(page.locator(".archive-sp__query")).to_have_value("发展")
    assert set(search(page, site_url, {"q": "year:2016-2018"})) == urls(
        expected(all_speeches, date_from="2016", date_to="2018"))
    assert "from=2016&to=2018" in page.url


def test_header_box_enter_and_all_results_link(page: Page, site_url: str) -> None:
    page.goto(site_url, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("营商环境")
    expect(page.locator("a.archive-search-all")).to_have_attribute("href", re.compile(r"search/\?q=%E8%90%A5"))
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    wait_render(page, 0)
    assert count(page) > 0
    expect(page.locator(".md-search__input")).to_have_value("")  # Material's drop-down stays closed


def test_browse_pages_link_to_search_within(page: Page, site_url: str, all_speeches: list[Speech]) -> None:
    page.goto(site_url + "speakers/")
    page.locator("article a", has_text="李明").first.click()
    page.locator("a.archive-search-within").click()
    wait_render(page, 0)
    assert set(every_result(page, site_url)) == urls(expected(all_speeches, speaker=["李明"]))
    page.goto(site_url + "years/")
    page.locator("article a", has_text="2021").first.click()
    page.locator("a.archive-search-within").click()
    wait_render(page, 0)
    assert set(every_result(page, site_url)) == urls(expected(all_speeches, year=["2021"]))


def test_without_javascript_the_page_points_to_browsing(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "search/?q=发展")
    notice = page.locator(".archive-sp__nojs")
    expect(notice).to_contain_text("JavaScript")
    for section in ("themes", "speakers", "years", "sources"):
        expect(notice.locator(f'a[href$="{section}/"]')).to_have_count(1)
    expect(page.locator("#archive-search-page")).to_be_hidden()
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_layout_and_screenshots(browser: Browser, site_url: str, corpus: Path, width: int) -> None:
    """Nothing scrolls sideways; at 390 px the filters are a drawer opened by a button."""
    context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    open_search(page, site_url, {"q": "营商环境", "province": "陕西省"})
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    facets = page.locator(".archive-sp__facets")
    page.screenshot(path=corpus / f"search-page-{width}.png", full_page=True)
    if width < 600:
        expect(facets).not_to_be_in_viewport()
        page.locator(".archive-sp__open").click()
        expect(facets).to_be_in_viewport()
        page.wait_for_timeout(300)
        page.screenshot(path=corpus / f"search-page-{width}-drawer.png")
        page.locator(".archive-sp__close").click()
        expect(facets).not_to_be_in_viewport()
    else:
        expect(facets).to_be_in_viewport()
    shutil.copy(corpus / f"search-page-{width}.png", Path("/tmp") / f"search-page-{width}.png")
    context.close()


def test_keyboard_focus_is_visible_on_every_control(page: Page, site_url: str) -> None:
    """Tabbing through the form and the filters, each control shows where the focus is (Material's `input
    {outline: none}` hid it on the query box, the dates and every filter checkbox)."""
    open_search(page, site_url, {"q": "营商环境"})
    page.locator(".archive-sp__query").focus()
    seen: dict[str, str] = {}
    for _ in range(20):
        kind, name, outline = page.evaluate(
            "() => { const e = document.activeElement, s = getComputedStyle(e);"
            " return [e.type || e.tagName, e.value || e.textContent.trim(),"
            " s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : s.outlineStyle] }")
        seen[f"{kind} {name}"[:30]] = outline
        page.keyboard.press("Tab")
    assert any(key.startswith("checkbox") for key in seen) and any(key.startswith("text") for key in seen), seen
    assert "none" not in seen.values(), seen


def test_the_opened_speech_highlights_the_phrase_in_its_own_script(page: Page, site_url: str) -> None:
    """A result found across scripts opens with the phrase marked as the speech writes it: 營商環境 typed opens a
    simplified speech with 营商环境 marked, 营商环境 typed opens the traditional copy with 營商環境 marked (the
    link's ?h= had only the typed spelling, so the page marked nothing)."""
    for typed, written, wanted in (("營商環境", "营商环境", lambda href: TRADITIONAL not in href),
                                   ("营商环境", "營商環境", lambda href: TRADITIONAL in href)):
        open_search(page, site_url, {"q": typed, "speaker": "武文罡", "sort": "date"})
        titles = page.locator("a.archive-sp__title")
        item = next(page.locator("li.archive-sp__item").nth(n) for n in range(titles.count())
                    if wanted(str(titles.nth(n).get_attribute("href"))))
        item.scroll_into_view_if_needed()
        expect(item.locator(".archive-sp__snippet mark").first).to_have_text(written)
        item.locator("a.archive-sp__title").click()
        page.wait_for_load_state("networkidle")
        expect(page.locator(".archive-body mark").first).to_have_text(written)


def test_the_header_box_opens_a_speech_with_the_phrase_marked_in_its_own_script(page: Page, site_url: str) -> None:
    """The same across scripts for the header box's drop-down: Material's ?h= names the terms the worker reports."""
    for typed, written, wanted in (("营商环境", "營商環境", lambda href: TRADITIONAL in href),
                                   ("營商環境", "营商环境", lambda href: TRADITIONAL not in href)):
        page.goto(site_url, wait_until="networkidle")
        box = page.locator("input.md-search__input")
        box.click()
        expect(page.locator(".md-search-result__meta")).to_have_text("键入以开始搜索", timeout=20000)
        box.fill(typed)
        box.press("End")
        links = page.locator("li.md-search-result__item > a.md-search-result__link")
        expect(links.first).to_be_visible(timeout=10000)
        href = next(h for h in links.evaluate_all("links => links.map(a => a.href)")
                    if "/speeches/" in h and wanted(h))
        page.goto(href, wait_until="networkidle")
        expect(page.locator(".archive-body mark").first).to_have_text(written)
