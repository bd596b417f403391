"""The search index's delta segment in headless Chromium: after a full build, a speech is added and another
changed; the next build writes only a delta (scripts/site/search_index.py: update_index), and the search worker
finds the added speech, the changed one by its new text and never by its old, exactly as the texts say."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from scripts.clean.render import render_document, split_front_matter
from scripts.core.paths import REPO
from scripts.site.build_site import build
from scripts.site.search_index import INDEX_DIR, IndexReader, speech_doc
from scripts.site.site_corpus import Speech, load_speeches
from tests.conftest import serving
from tests.test_browser import search, speeches_in, unique_phrase, with_all
from tests.test_incremental import archive
from tests.test_search_page import search as page_search

pytestmark = pytest.mark.browser


class Edited:
    """The archive after the edit: where it is served, its speeches, and the phrases the edit added and removed."""

    def __init__(self, url: str, speeches: list[Speech], added: Speech, changed: Speech, new: str, old: str,
                 root: Path) -> None:
        self.url, self.speeches, self.added, self.changed, self.new, self.old = url, speeches, added, changed, new, old
        self.root = root


def rewritten(page: Path, old: str, new: str) -> None:
    """The speech page with every `old` in its body replaced by `new`."""
    meta, body = split_front_matter(page.read_text(encoding="utf-8"))
    assert old in body
    page.write_text(render_document(meta, body.lstrip("\n").replace(old, new)), encoding="utf-8")


def run(root: Path) -> str:
    return build(root / "site", root / "docs", REPO / "source_texts", root / "mkdocs.yml")


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Edited]:
    root = tmp_path_factory.mktemp("delta")
    names = sorted(p.name for p in (REPO / "docs" / "speeches").glob("*.md"))
    docs = archive(root, leave_out=names[-1])
    assert "delta of" not in run(root)  # the first build: a full index
    before = load_speeches(docs)
    changed = next(s for s in before if s.path.endswith(names[0]))
    old = unique_phrase(changed, [s for s in before if s is not changed])
    new = "".join(reversed(old))  # the same characters: a phrase no speech holds
    assert not with_all(before, new)
    shutil.copy(REPO / "docs" / "speeches" / names[-1], docs / "speeches" / names[-1])
    rewritten(docs / "speeches" / names[0], old, new)
    assert "delta of" in run(root)
    assert (root / "site" / INDEX_DIR / "delta" / "manifest.json").exists() is False  # inline in the manifest
    assert (root / "site" / INDEX_DIR / "delta" / "chars.txt.gz").is_file()
    speeches = load_speeches(docs)
    added = next(s for s in speeches if s.path.endswith(names[-1]))
    changed = next(s for s in speeches if s.path.endswith(names[0]))
    with serving(root / "site") as url:
        yield Edited(url, speeches, added, changed, new, old, root)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_a_speech_added_after_the_full_build_is_found(page: Page, edited: Edited) -> None:
    others = [s for s in edited.speeches if s is not edited.added]
    phrase = unique_phrase(edited.added, others)
    assert speeches_in(search(page, edited.url, phrase)) == {edited.added.url}


def test_a_changed_speech_is_found_by_its_new_text_and_not_its_old(page: Page, edited: Edited) -> None:
    assert speeches_in(search(page, edited.url, edited.new)) == {edited.changed.url}
    assert speeches_in(search(page, edited.url, edited.old)) == set()


def test_every_key_term_is_exact_across_both_segments(page: Page, edited: Edited) -> None:
    """Terms held by base and delta speeches alike: exactly the speeches whose text holds them, each once."""
    texts = {s.url: speech_doc(s).text for s in edited.speeches}
    reader = IndexReader(edited.root / "site")
    for phrase in ("创新", "发展", "高质量发展", "营商环境", edited.added.speaker or "讲话"):
        expected = {url for url, text in texts.items() if phrase in text}
        assert speeches_in(search(page, edited.url, phrase)) == expected, phrase
        assert {reader.urls()[n] for n in reader.search(phrase)} & set(texts) == expected, phrase


def test_the_search_page_lists_them_with_their_facets(page: Page, edited: Edited) -> None:
    """The search page (/search/) reads the same worker: ids are the current ones, so the facet table (written
    whole on every build) filters and describes delta speeches like any other."""
    others = [s for s in edited.speeches if s is not edited.added]
    assert page_search(page, edited.url, {"q": unique_phrase(edited.added, others)}) == [edited.added.url]
    assert page_search(page, edited.url, {"q": edited.new}) == [edited.changed.url]
    assert page_search(page, edited.url, {"q": edited.old}) == []
    speaker = edited.added.speaker
    assert speaker
    expected = {s.url for s in edited.speeches if s.speaker == speaker and "发展" in speech_doc(s).text}
    assert edited.added.url in expected
    assert set(page_search(page, edited.url, {"q": "发展", "speaker": speaker})) == expected
