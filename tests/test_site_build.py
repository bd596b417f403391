"""The built site: every speech and browse page exists, downloads hold every speech, raw files are exact."""

from __future__ import annotations

import bz2
import csv
import gzip
import hashlib
import importlib.util
import json
import shutil
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup
from hypothesis import example, given
from hypothesis import strategies as st

from scripts.clean.render import render_document, split_front_matter
from scripts.clean.themes import load_themes
from scripts.core.fields import UNTITLED, display_title
from scripts.core.paths import REPO
from scripts.site.browse import generate, write
from scripts.site.build_site import build
from scripts.site.search_facets import card_place
from scripts.site.search_index import IndexReader, speech_doc
from scripts.site.site_corpus import UNKNOWN, Speech, load_speeches, md_escape, raw_name

NAV_PAGES = ("index.html", "themes/index.html", "speakers/index.html", "years/index.html",
             "sources/index.html", "downloads/index.html")  # fmt: skip


def html(site_dir: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site_dir / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def listed_urls(page: BeautifulSoup) -> set[str]:
    """Speech URLs (site-relative) linked from a listing page."""
    hrefs = [a["href"] for a in page.select(".speech-list a[href]")]
    return {href[href.index("speeches/") :] for href in hrefs if "speeches/" in href}


def test_every_speech_page_exists_with_its_panel(site_dir: Path, speeches: list[Speech]) -> None:
    for speech in speeches:
        page = html(site_dir, speech.url)
        assert page.select_one("article h1").get_text(strip=True) == speech.title
        speaker = page.select_one(".archive-meta__speaker").get_text(" ", strip=True)
        assert (speech.speaker or UNKNOWN) in speaker
        assert page.select_one(".archive-cite__bibtex"), speech.url


def test_every_theme_speaker_year_source_page_lists_its_speeches(site_dir: Path, speeches: list[Speech]) -> None:
    slugs = {t.name: t.slug for t in load_themes()}
    for speech in speeches:
        for tag in speech.tags:
            assert speech.url in listed_urls(html(site_dir, f"themes/{slugs[tag]}")), (tag, speech.url)
        chips = html(site_dir, speech.url).select(".archive-chips a")
        assert [a.get_text(strip=True) for a in chips] == speech.tags
    for section in ("speakers", "years", "sources"):
        pages = [p.parent for p in (site_dir / section).glob("*/index.html")]
        listed = set().union(*(listed_urls(html(site_dir, f"{section}/{p.name}")) for p in pages))
        assert listed == {s.url for s in speeches}, section  # nobody dropped, not even the undated


def test_unknown_speaker_is_listed_under_weizhuming(docs_dir: Path, tmp_path: Path) -> None:
    """Built from a private copy of the archive in which one more speech has lost its speaker, so the check
    always has an anonymous speech to find."""
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", tmp_path / "overrides")
    shutil.copytree(docs_dir, tmp_path / "docs")
    named = next(s for s in load_speeches(tmp_path / "docs") if s.speaker)
    page = tmp_path / "docs" / named.path
    meta, body = split_front_matter(page.read_text(encoding="utf-8"))
    del meta["speaker"]
    page.write_text(render_document(meta, body.lstrip("\n")), encoding="utf-8")
    build(tmp_path / "site", tmp_path / "docs", REPO / "source_texts", tmp_path / "mkdocs.yml")
    anonymous = {s.url for s in load_speeches(tmp_path / "docs") if not s.speaker}
    assert named.url in anonymous
    unknown = html(tmp_path / "site", "speakers/unknown")
    assert unknown.select_one("article h1").get_text(strip=True) == UNKNOWN
    assert listed_urls(unknown) == anonymous
    assert UNKNOWN in html(tmp_path / "site", named.url).select_one(".archive-meta__speaker").get_text()


def test_an_untitled_speech_is_shown_under_a_marked_name_and_exported_without_one(docs_dir: Path,
                                                                                   tmp_path: Path) -> None:
    """Built from a private copy of the archive in which one speech has no title (and a speaker written with
    markup characters): every place that names it shows "（无题）…", escaped; the downloads invent nothing."""
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", tmp_path / "overrides")
    shutil.copytree(docs_dir, tmp_path / "docs")
    chosen = next(s for s in load_speeches(tmp_path / "docs") if s.date)
    page = tmp_path / "docs" / chosen.path
    meta, body = split_front_matter(page.read_text(encoding="utf-8"))
    del meta["title"]
    meta["speaker"] = "张<b>三</b>&"
    page.write_text(render_document(meta, body.lstrip("\n")), encoding="utf-8")
    build(tmp_path / "site", tmp_path / "docs", REPO / "source_texts", tmp_path / "mkdocs.yml")
    shown = display_title(meta)
    assert shown == f"{UNTITLED}张<b>三</b>& {chosen.date}"
    speech_page = html(tmp_path / "site", chosen.url)
    assert speech_page.select_one("article h1").get_text() == shown
    assert speech_page.title is not None and speech_page.title.get_text().startswith(f"{shown} - ")
    assert shown in speech_page.select_one(".md-header__topic[data-md-component=header-topic]").get_text()
    assert shown in speech_page.select_one(".archive-cite__text").get_text()
    assert speech_page.select_one("article b") is None  # escaped like every template value
    home = html(tmp_path / "site", "")  # lists the latest speeches, as the browse pages list theirs
    assert shown in [a.get_text() for a in home.select(".speech-list a[href]")]
    downloads = tmp_path / "site" / "downloads"
    records = [json.loads(line) for line in bz2.decompress((downloads / "corpus.jsonl.bz2").read_bytes())
               .decode("utf-8").splitlines()]
    assert "title" not in next(r for r in records if r["slug"] == chosen.slug)
    with (downloads / "corpus.csv").open(encoding="utf-8-sig", newline="") as f:
        assert next(r for r in csv.DictReader(f) if r["slug"] == chosen.slug)["title"] == ""
    assert UNTITLED not in (downloads / "corpus.csv").read_text(encoding="utf-8-sig")


def test_navigation_lists_only_the_index_pages(site_dir: Path, speeches: list[Speech]) -> None:
    """Page weight must not grow with the archive: no speech in any page's navigation."""
    for name in NAV_PAGES:
        nav = BeautifulSoup((site_dir / name).read_text(encoding="utf-8"), "html.parser").select("nav.md-nav")
        assert not any("speeches/" in a.get("href", "") for n in nav for a in n.select("a"))
    for speech in speeches:
        page = site_dir / speech.url / "index.html"
        assert page.stat().st_size < 3 * len(speech.body.encode()) + 40_000, speech.url


def test_pages_outside_the_navigation_carry_it_once(site_dir: Path, docs_dir: Path, speeches: list[Speech]) -> None:
    """Speech and listing pages: the tabs and no drawer or sidebar (overrides/main.html); pages in the navigation
    keep Material's drawer. A speech with headings has its own table of contents, once."""
    speaker = next(p.stem for p in sorted((docs_dir / "speakers").glob("*.md")) if p.stem != "index")
    outside = [speeches[0].url, f"speakers/{speaker}"]
    for url in outside:
        page = html(site_dir, url)
        assert page.select(".md-tabs__link") and not page.select(".md-sidebar, .md-nav"), url
        assert not page.select('.md-header label[for="__drawer"]'), url
    for name in NAV_PAGES:
        page = BeautifulSoup((site_dir / name).read_text(encoding="utf-8"), "html.parser")
        assert page.select(".md-sidebar--primary .md-nav__link") and page.select('label[for="__drawer"]'), name
    with_headings = next(s for s in speeches if "\n## " in s.body or s.body.startswith("## "))
    page = html(site_dir, with_headings.url)
    assert len(page.select("details.archive-toc")) == 1 and not page.select("[data-md-component=toc]")


def test_icons_are_material_s_own_from_one_cached_sprite(site_dir: Path) -> None:
    """Every icon of the header, the search box, the palette toggle and the back-to-top button is a reference into
    assets/images/archive-icons.svg (none copied inline), to a symbol the sprite holds, drawn exactly as Material's
    own icon file. (The footer's previous/next arrows, on the few pages in the navigation, stay Material's.)"""
    sprite = BeautifulSoup((REPO / "overrides/assets/images/archive-icons.svg").read_text(encoding="utf-8"), "xml")
    symbols = {str(symbol["id"]): symbol for symbol in sprite.select("symbol")}
    theme = importlib.util.find_spec("material")
    assert theme is not None and theme.origin is not None
    icons = Path(theme.origin).parent / "templates" / ".icons"
    for name, symbol in symbols.items():
        original = BeautifulSoup((icons / f"{name.replace('-', '/', 1)}.svg").read_text(encoding="utf-8"), "xml")
        assert [p["d"] for p in symbol.select("path")] == [p["d"] for p in original.select("path")], name
        assert [symbol["viewBox"]] == [svg["viewBox"] for svg in original.select("svg")], name
    used: set[str] = set()
    for path in site_dir.rglob("*.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert not page.select(".md-header svg path, .md-top svg path"), path  # no inline icon
        used |= {str(use["href"]).rsplit("#", 1)[1] for use in page.select("svg use")}
    assert used and used <= symbols.keys(), used - symbols.keys()


def test_corpus_downloads_hold_every_speech(site_dir: Path, speeches: list[Speech]) -> None:
    lines = bz2.decompress((site_dir / "downloads/corpus.jsonl.bz2").read_bytes()).decode("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert sorted(r["slug"] for r in records) == sorted(s.slug for s in speeches)
    by_slug = {s.slug: s for s in speeches}
    for record in records:
        speech = by_slug[record["slug"]]
        assert record.get("title") == speech.meta.get("title") and record["body"].strip() == speech.body.strip()
        assert record["source"]["sha256"] == speech.source["sha256"]
    with (site_dir / "downloads/corpus.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["slug"] for r in rows) == sorted(by_slug)
    assert all(r["title"] == (by_slug[r["slug"]].meta.get("title") or "") for r in rows)


def test_raw_sources_are_byte_identical_text_files(site_dir: Path, speeches: list[Speech]) -> None:
    for speech in speeches:
        raw = site_dir / "raw" / raw_name(speech.source["file"])
        assert raw.suffix == ".txt"
        assert hashlib.sha256(raw.read_bytes()).hexdigest() == speech.source["sha256"]
        assert raw.read_bytes() == (REPO / speech.source["file"]).read_bytes()


def test_search_index_finds_terms_and_speakers_exactly(site_dir: Path, speeches: list[Speech]) -> None:
    """Each key term and each speaker's name finds exactly the speeches whose text or metadata hold it."""
    reader = IndexReader(site_dir)
    urls = reader.urls()
    docs = {s.url: speech_doc(s).text for s in speeches}
    terms = [str(e["term"]) for e in yaml.safe_load((REPO / "scripts/clean/rules/search_terms.yml").read_text(
        encoding="utf-8"))["terms"]]
    for term in terms + sorted({s.speaker for s in speeches if s.speaker}):
        found = {urls[i] for i in reader.search(term) if urls[i].startswith("speeches/")}
        assert found == {url for url, text in docs.items() if term in text}, term


def test_browse_replaces_stale_pages(docs_dir: Path, tmp_path: Path) -> None:
    """browse owns its directories: a page for a speaker who is gone disappears on the next run."""
    docs = tmp_path / "docs"
    shutil.copytree(docs_dir / "speeches", docs / "speeches")
    (docs / "speakers").mkdir()
    (docs / "speakers" / "someone-gone.md").write_text("stale", encoding="utf-8")
    files = generate(docs)
    write(files, docs)
    assert not (docs / "speakers" / "someone-gone.md").exists()
    assert all(path.read_bytes() == (c.encode("utf-8") if isinstance(c, str) else c) for path, c in files.items())


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40))
@example("]:")  # found by this test in CI: `[\]:](…)` was read as a reference definition
@example("标题]: 副标题")
def test_md_escape_renders_literally(text: str) -> None:
    """Scraped titles with Markdown or HTML syntax render as the same text, never as markup."""
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    extensions = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    rendered = markdown.markdown(f"- [{md_escape(text)}](x.md)", extensions=extensions)
    link = BeautifulSoup(rendered, "html.parser").select_one("a")
    assert link is not None and link.get_text() == " ".join(text.split())


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring its !ENV and !!python tags."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def test_facet_table_ids_are_the_search_index_ids(site_dir: Path, speeches: list[Speech]) -> None:
    """The search page reads facts of id i from the facet table and its cards: i must be the same speech there
    as in the search index (one order, site_corpus.load_speeches, newest first)."""
    urls = IndexReader(site_dir).urls()
    table = json.loads(gzip.decompress((site_dir / "search/facets.json.gz").read_bytes()))
    size = table["cards_per_file"]
    files = [json.loads(gzip.decompress((site_dir / f"search/cards/{n}.json.gz").read_bytes()))
             for n in range((table["count"] + size - 1) // size)]
    cards = [files[n][k] for n, k in (card_place(i, table["count"]) for i in range(table["count"]))]
    assert table["count"] == len(speeches) == len(cards)
    assert [url for url, _ in cards] == urls[: len(speeches)] == [s.url for s in speeches]
    assert not any(url.startswith("speeches/") for url in urls[len(speeches) :])
