"""The archive around the speeches (issue 13) in headless Chromium: permanent addresses and redirects,
paragraph anchors, citations, dates, versions and shared passages, places, corrections, phone layout,
themes and statistics. Screenshots of the new pages go to /tmp/archive-pages/ for a human look."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.config import load_config
from playwright.sync_api import Browser, Page, expect

from scripts.core.paths import REPO
from scripts.site import addresses
from scripts.site.ingest import ingest
from scripts.site.site_corpus import Speech
from tests.conftest import run_module, serving

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/archive-pages")


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page = context.new_page()
    yield page
    context.close()


def screenshots(page: Page, phone: Page, url: str, name: str) -> None:
    """Full-page screenshots at 1280 and 390 px; nothing may scroll sideways on the phone."""
    SHOTS.mkdir(exist_ok=True)
    for viewer, width in ((page, 1280), (phone, 390)):
        viewer.goto(url, wait_until="networkidle")
        assert viewer.evaluate("document.documentElement.scrollWidth") <= width, (name, width)
        viewer.screenshot(path=SHOTS / f"{name}-{width}.png", full_page=True)
        viewer.screenshot(path=SHOTS / f"{name}-{width}-first-screen.png")


# ---------------------------------------------------------------------------------- permanent addresses


def test_every_published_address_leads_to_its_speech(page: Page, base_url: str, docs_dir: Path,
                                                    speeches: list[Speech]) -> None:
    published = addresses.load(docs_dir)
    assert published.moved, "the seeds' old year-folder addresses must be recorded as redirects"
    titles = {s.url: s.title for s in speeches}
    for old in sorted(published.moved):
        page.goto(base_url + old)
        page.wait_for_url(base_url + addresses.resolve(old, published))
        expect(page.locator("article h1")).to_have_text(titles[addresses.resolve(old, published)])
    assert {s.url for s in speeches} <= set(published.live)
    assert all(s.url.count("/") == 2 for s in speeches)  # speeches/<raw name>/: no year, no title


def test_paragraph_anchor_appears_on_hover_and_opens_at_the_paragraph(page: Page, base_url: str,
                                                                     seed: dict[str, Speech]) -> None:
    page.goto(base_url + seed["002"].url)
    third = page.locator(".archive-body > p").nth(2)
    pilcrow = third.locator("a.archive-pilcrow")
    assert float(pilcrow.evaluate("a => getComputedStyle(a).opacity")) == 0
    third.hover()
    expect(pilcrow).to_have_css("opacity", "1")
    assert pilcrow.get_attribute("href") == "#p3"
    page.goto(base_url + seed["002"].url + "#p12")
    target = page.locator("#p12")
    expect(target).to_be_in_viewport()
    assert page.evaluate("document.querySelector(':target').id") == "p12"  # highlighted by archive.css


def test_citation_is_gbt_7714_online_form_and_copies(page: Page, base_url: str, seed: dict[str, Speech]) -> None:
    speech = seed["000"]
    page.goto(base_url + speech.url)
    cite = page.locator(".archive-cite__text")
    text = cite.inner_text()
    assert text.startswith(f"{speech.speaker}. {speech.title}[EB/OL]. ({speech.published})[20")
    assert text.endswith(f"/{speech.url}.")
    page.locator('button.archive-copy[data-copy=".archive-cite__text"]').click()
    expect(page.locator('button.archive-copy[data-copy=".archive-cite__text"]')).to_have_text("已复制")
    assert page.evaluate("navigator.clipboard.readText()") == text.strip()


# ---------------------------------------------------------------------------------------------- dates


def test_lists_show_delivery_dates_and_mark_publication_dates(page: Page, base_url: str,
                                                             seed: dict[str, Speech]) -> None:
    page.goto(base_url)
    latest = page.locator(".speech-list li")
    lines = latest.all_inner_texts()
    line_002 = next(line for line in lines if seed["002"].title in line)
    assert line_002.startswith("2021年（发布于 2022-09-13）")
    assert lines.index(line_002) > next(i for i, line in enumerate(lines) if seed["000"].title in line)
    assert any(line.startswith(f"发布于 {seed['003'].published}") for line in lines)
    page.goto(base_url + "years/2021/")
    item = page.locator(".speech-list li", has_text=seed["002"].title)
    expect(item).to_contain_text("年份据场合名称“高新区2021年工作会议”")
    page.goto(base_url + seed["002"].url)
    expect(page.locator(".archive-notes__date")).to_contain_text("2022-09-13 是发布日期，不是讲话日期")


# ---------------------------------------------------------------------------- versions and shared passages


def test_pages_sharing_passages_link_to_the_comparison(page: Page, phone: Page, base_url: str,
                                                       seed: dict[str, Speech]) -> None:
    for mine, theirs in (("000", "003"), ("003", "000")):
        page.goto(base_url + seed[mine].url)
        note = page.locator(".archive-notes__shared")
        expect(note).to_have_count(1)
        assert re.fullmatch(rf"与《{re.escape(seed[theirs].title)}》有 1\d% 的段落相同（逐段对照）", note.inner_text())
    note.locator("a", has_text="逐段对照").click()
    expect(page.locator("article h1")).to_contain_text("对照：")
    rows = page.locator(".archive-compare__row--changed")
    assert rows.count() >= 3
    expect(rows.first.locator("mark").first).to_be_visible()
    screenshots(page, phone, page.url, "compare")
    page.locator(".archive-compare__row--changed a.archive-compare__n").first.click()
    assert re.search(r"/speeches/[^/]+/#p\d+$", page.url)


def test_paragraph_said_elsewhere_is_marked_and_listed(page: Page, base_url: str, seed: dict[str, Speech]) -> None:
    page.goto(base_url + seed["000"].url)
    marker = page.locator(".archive-body > p a.archive-elsewhere").first
    expect(marker).to_have_text(re.compile(r"另见 \d+ 篇"))
    marker.click()
    target = page.locator(str(marker.get_attribute("href")))
    expect(target).to_be_visible()
    target.locator("a", has_text=seed["003"].title).click()
    assert re.search(rf"{seed['003'].url}#p\d+$", page.url)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.querySelector(':target').tagName") == "P"


# ---------------------------------------------------------------------------------------------- places


def test_region_index_leads_province_city_speech(page: Page, phone: Page, base_url: str,
                                                 seed: dict[str, Speech]) -> None:
    screenshots(page, phone, base_url + "regions/", "regions")
    page.goto(base_url + "regions/")
    expect(page.locator("article h2", has_text="陕西省")).to_have_text("陕西省（3 篇）")
    page.locator("article li a", has_text="安康市").click()
    expect(page.locator("article h1")).to_have_text("陕西省安康市")
    page.locator(f'.speech-list a[href$="{seed["004"].url}"]').click()
    expect(page.locator("article h1")).to_have_text(seed["004"].title)


def test_speaker_page_shows_region_and_offices_with_years(page: Page, phone: Page, base_url: str,
                                                         seed: dict[str, Speech]) -> None:
    page.goto(base_url + seed["003"].url)
    page.locator(".archive-meta__speaker a").click()
    screenshots(page, phone, page.url, "speaker")
    article = page.locator("article")
    expect(article).to_contain_text(f"{seed['003'].meta['speaker_title']}（2022）")
    page.locator("article a", has_text="陕西省安康市").click()
    expect(page.locator("article h1")).to_have_text("陕西省安康市")


def test_the_unnamed_speakers_page_gives_them_no_shared_office_or_region(page: Page, base_url: str,
                                                                        speeches: list[Speech]) -> None:
    """未注明 gathers speeches whose speaker nobody named: their offices and regions belong to different people
    and must not be shown as one speaker's profile ("职务：…" under 未注明)."""
    unnamed = [s for s in speeches if not s.speaker]
    assert unnamed and any(s.meta.get("speaker_title") or s.region for s in unnamed)  # something to pool
    page.goto(base_url + "speakers/unknown/")
    article = page.locator("article")
    expect(article).to_contain_text(f"共 {len(unnamed)} 篇")
    expect(article).to_contain_text("没有注明讲话人")
    expect(article).not_to_contain_text("职务")
    expect(article).not_to_contain_text("地区：")


# -------------------------------------------------------------------------------------- corrections shown


@pytest.fixture(scope="module")
def corrected_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A site built from the seeds with a sidecar correcting 001's title and date (in a scratch copy of the
    repository's sources, docs, mkdocs.yml and overrides), served on 127.0.0.1."""
    root = tmp_path_factory.mktemp("corrected")
    shutil.copytree(REPO / "source_texts", root / "source_texts")
    shutil.copytree(REPO / "overrides", root / "overrides")
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns("speeches"))
    (root / "source_texts" / "001_545437275c2ff0a2.meta.yml").write_text(
        "# 标题据原件首页更正\ntitle: 在全市创新主体培育现场会上的讲话\ndate: 2024-03-01\n", encoding="utf-8")
    result = ingest(root / "source_texts", root / "docs", root=root)
    assert not result.failures
    run_module("scripts.site.browse", "--docs-dir", str(root / "docs"), "--overrides-dir", str(root / "overrides"))
    os.environ["REPO_URL"] = "https://example.org/speech-archive"
    try:
        run_module("scripts.site.build_site", "--docs-dir", str(root / "docs"), "--site-dir", str(root / "site"),
                   "--source-dir", str(root / "source_texts"), "--config", str(root / "mkdocs.yml"))
    finally:
        del os.environ["REPO_URL"]
    with serving(root / "site") as url:
        yield url


def test_corrected_fields_are_named_and_the_sidecar_linked(page: Page, phone: Page, corrected_site: str) -> None:
    page.goto(corrected_site + "speeches/001-545437275c2ff0a2/")
    notice = page.locator(".archive-corrected")
    expect(notice).to_contain_text("标题、日期")
    expect(notice.locator(".archive-corrected__history")).to_have_attribute(
        "href", "https://example.org/speech-archive/commits/HEAD/source_texts/001_545437275c2ff0a2.meta.yml")
    screenshots(page, phone, page.url, "corrected")
    page.goto(corrected_site + "speeches/001-545437275c2ff0a2/")
    response = page.request.get(page.locator(".archive-corrected__sidecar").evaluate("a => a.href"))
    assert response.ok and "标题据原件首页更正" in response.text()
    page.goto(corrected_site + "speeches/000-290bc3203928de73/")
    expect(page.locator(".archive-corrected")).to_have_count(0)


# ---------------------------------------------------------------------------------------------- phone


def test_table_of_contents_is_reachable_on_a_phone(phone: Page, base_url: str, seed: dict[str, Speech]) -> None:
    phone.goto(base_url + seed["002"].url, wait_until="networkidle")
    toc = phone.locator("details.archive-toc")
    expect(toc.locator("summary")).to_be_in_viewport()
    toc.locator("summary").click()
    entry = toc.locator("a").nth(3)
    expect(entry).to_be_visible()
    heading = str(entry.get_attribute("href"))
    entry.click()
    expect(phone.locator(heading)).to_be_in_viewport()


def test_a_speech_page_has_one_table_of_contents_and_no_sidebar(page: Page, base_url: str,
                                                               seed: dict[str, Speech]) -> None:
    """At desktop width too the speech's own table of contents is the one shown: no sidebar repeats it, and
    none repeats the site's navigation (overrides/main.html)."""
    page.goto(base_url + seed["002"].url)
    toc = page.locator("details.archive-toc")
    expect(toc).to_be_visible()
    toc.locator("summary").click()
    expect(toc.locator("a").first).to_be_visible()
    expect(page.locator(".md-sidebar")).to_have_count(0)
    expect(page.locator(".md-nav")).to_have_count(0)
    expect(page.locator(".md-tabs__link", has_text="讲话人")).to_be_visible()


@pytest.mark.parametrize("width", [390, 1280])
def test_a_speech_page_reaches_the_browse_pages_at_every_width(browser: Browser, base_url: str,
                                                              seed: dict[str, Speech], width: int) -> None:
    """Without a drawer, the tabs are a speech page's navigation on a phone as on a desktop: every section in
    view, no menu button that would open an empty drawer, the logo links home."""
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    page.goto(base_url + seed["002"].url)
    expect(page.locator('.md-header label[for="__drawer"]')).to_have_count(0)
    tabs = page.locator(".md-tabs__link")
    expect(tabs).to_have_count(8)
    for number in range(8):
        expect(tabs.nth(number)).to_be_in_viewport(ratio=1)
    expect(page.locator(".md-header .md-logo")).to_be_visible()
    tabs.filter(has_text="讲话人").click()
    expect(page).to_have_url(base_url + "speakers/")
    context.close()


def test_the_reader_s_dark_mode_is_kept_from_page_to_page(page: Page, base_url: str,
                                                         seed: dict[str, Speech]) -> None:
    """The palette script is a cached file (overrides/partials/javascripts/palette.html): the choice made on one
    page is applied on the next before it is drawn, and the toggle's icon comes from the sprite."""
    page.goto(base_url)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    toggle = page.locator('label[for="__palette_1"]')
    assert toggle.locator("svg").bounding_box()["width"] > 0  # type: ignore[index]
    toggle.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.goto(base_url + seed["002"].url)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


def test_the_header_s_script_only_parts_are_drawn_as_material_writes_them(page: Page, base_url: str,
                                                                          site_dir: Path,
                                                                          seed: dict[str, Speech]) -> None:
    """The palette toggle and the search dialog work only with JavaScript, so no page carries their markup: the
    cached overrides/assets/javascripts/archive-chrome.js draws it from the page's data before Material's bundle
    mounts it, with mkdocs.yml's palette options and Material's texts and icons (partials/palette.html, search.html)."""
    html = (site_dir / seed["002"].url / "index.html").read_text(encoding="utf-8")
    assert "md-option" not in html and "md-search__input" not in html and "data-archive-palette=" in html
    palette = load_config(config_file=str(REPO / "mkdocs.yml")).theme["palette"]
    page.goto(base_url + seed["002"].url)
    options = page.locator("form[data-md-component=palette] input.md-option")
    expect(options).to_have_count(len(palette))
    for number, option in enumerate(palette):
        drawn = options.nth(number)
        for name, value in [("media", option["media"]), ("scheme", option["scheme"]),
                            ("primary", option["primary"]), ("accent", option["accent"])]:
            expect(drawn).to_have_attribute(f"data-md-color-{name}", value)
        expect(drawn).to_have_attribute("aria-label", option["toggle"]["name"])
        label = page.locator(f'label[for="__palette_{(number + 1) % len(palette)}"]')
        expect(label).to_have_attribute("title", option["toggle"]["name"])
        icon = option["toggle"]["icon"].replace("/", "-")
        assert (label.locator("use").get_attribute("href") or "").endswith(f"/assets/images/archive-icons.svg#{icon}")
    dialog = page.locator("[data-md-component=search]")
    expect(dialog.locator("input.md-search__input[data-md-component=search-query]")).to_have_attribute(
        "placeholder", "搜索")
    expect(dialog.locator("button[type=reset]")).to_have_attribute("title", "清空当前内容")
    expect(dialog.locator("[data-md-component=search-result] ol.md-search-result__list")).to_have_count(1)
    expect(dialog.locator(".md-search-result__meta")).to_have_text("键入以开始搜索")  # mounted by Material's bundle


def test_browse_pages_keep_the_drawer(phone: Page, base_url: str) -> None:
    """Only speech pages lose the drawer: a browse page on a phone still opens the site's navigation."""
    phone.goto(base_url + "themes/")
    phone.locator('label.md-header__button[for="__drawer"]').click()
    expect(phone.locator(".md-sidebar--primary .md-nav__link", has_text="讲话人")).to_be_visible()


def test_home_first_screen_on_a_phone_has_search_and_latest_speeches(phone: Page, page: Page, base_url: str,
                                                                     speeches: list[Speech]) -> None:
    screenshots(page, phone, base_url, "home")
    phone.goto(base_url, wait_until="networkidle")
    launcher = phone.locator(".archive-search-launch")
    expect(launcher).to_be_in_viewport(ratio=1)
    latest = phone.locator(".speech-list li")
    for number in range(3):
        expect(latest.nth(number)).to_be_in_viewport(ratio=1)
    assert speeches[0].title in latest.first.inner_text()
    expect(phone.locator("#__search")).not_to_be_checked()
    launcher.click()
    expect(phone.locator("#__search")).to_be_checked()  # Material's search dialog is open
    expect(phone.locator("input.md-search__input")).to_be_in_viewport()


# ---------------------------------------------------------------------------------------------- themes


def test_every_theme_shown_has_speeches_and_the_home_count_is_what_it_lists(
        page: Page, base_url: str, speeches: list[Speech], seed: dict[str, Speech]) -> None:
    used = {tag for s in speeches for tag in s.tags}
    page.goto(base_url + "themes/")
    links = page.locator("article li a")
    assert sorted(links.all_inner_texts()) == sorted(used)
    for href in links.evaluate_all("links => links.map(a => a.href)"):
        page.goto(href)
        expect(page.locator("article")).not_to_contain_text("共 0 篇")
        assert page.locator(".speech-list li").count() >= 1
    page.goto(base_url)
    counts = page.locator("article p", has_text="个主题").inner_text()
    assert f"{len(used)} 个主题" in counts
    assert page.locator('article a[href*="themes/"]').count() == len(used)
    page.goto(base_url + seed["003"].url)
    expect(page.locator(".archive-chips a", has_text="城镇化与城市建设")).to_have_count(1)


# ---------------------------------------------------------------------------------------------- statistics


def test_statistics_page_draws_svg_charts_with_csv_beside_them(page: Page, phone: Page, base_url: str,
                                                               speeches: list[Speech]) -> None:
    screenshots(page, phone, base_url + "stats/", "stats")
    page.goto(base_url + "stats/", wait_until="networkidle")
    charts = page.locator("article img.archive-chart")
    expect(charts).to_have_count(4)
    for number in range(4):
        chart = charts.nth(number)
        assert chart.evaluate("img => img.complete && img.naturalWidth > 0")
        svg = page.request.get(str(chart.evaluate("img => img.src")))
        assert svg.ok and "<script" not in svg.text() and "href" not in svg.text()
    per_year = page.request.get(base_url + "stats/per-year.csv")
    rows = per_year.text().lstrip("\ufeff").splitlines()
    assert rows[0] == "year,speeches"
    assert sum(int(row.split(",")[1]) for row in rows[1:]) == len(speeches)
    speakers = page.request.get(base_url + "stats/per-speaker.csv").text()
    assert "武文罡,2" in speakers
    phone.goto(base_url + "stats/", wait_until="networkidle")
    widths = phone.locator("article img.archive-chart").evaluate_all("imgs => imgs.map(i => i.clientWidth)")
    assert widths and max(widths) <= 390


# ---------------------------------------------------------------------------------------------- 404


def test_the_404_page_speaks_chinese_and_offers_a_way_on(page: Page, phone: Page, base_url: str) -> None:
    """A missing address (an old link, a mistyped one) gets a page in the site's language with a search box and
    the browse pages, not Material's bare "404 - Not found"."""
    screenshots(page, phone, base_url + "speeches/no-such-speech/", "404")
    page.goto(base_url + "speeches/no-such-speech/")
    expect(page.locator("article h1")).to_have_text("页面不存在")
    expect(page).to_have_title("页面不存在 - 讲话档案")
    expect(page.locator("article")).not_to_contain_text("Not found")
    for section in ("themes", "speakers", "years"):
        page.goto(base_url + "speeches/no-such-speech/")
        page.locator(f'article a[href$="/{section}/"]').click()
        assert page.url == base_url + section + "/"
    page.goto(base_url + "speeches/no-such-speech/")
    box = page.locator("article input[name=q]")
    box.fill("营商环境")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=%E8%90%A5"))
