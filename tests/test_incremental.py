"""Incremental builds (scripts/site/incremental.py): the same bytes as a clean build, rendering only what changed."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from scripts.clean.render import render_document, split_front_matter
from scripts.core.paths import REPO
from scripts.site.build_site import build
from scripts.site.search_index import INDEX_DIR, IndexReader, normalize

GENERATED = ("themes", "speakers", "years", "sources", "regions", "downloads", "compare", "stats", "search")


def archive(root: Path, leave_out: str = "") -> Path:
    """A private copy of the sample archive (without one speech page, if given); returns its docs/."""
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", root / "overrides",
                    ignore=shutil.ignore_patterns("archive-slugs.html", "archive-pages"))
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns(*GENERATED, "index.md"))
    if leave_out:
        (root / "docs" / "speeches" / leave_out).unlink()
    return root / "docs"


def run(root: Path, clean: bool = False) -> str:
    return build(root / "site", root / "docs", REPO / "source_texts", root / "mkdocs.yml", clean=clean)


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def assert_same_site(first: Path, second: Path) -> None:
    """Byte for byte, except the search index: an incremental build adds a delta segment to the last full one
    (scripts/site/search_index.py: update_index), so there the two must answer every query alike."""
    index = INDEX_DIR.as_posix() + "/"
    one, two = ({name: data for name, data in files(site).items() if not name.startswith(index)}
                for site in (first, second))
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert_same_search(first, second)


def assert_same_search(first: Path, second: Path) -> None:
    """Every phrase of 1 to 9 characters at many places of every document's text finds the same documents."""
    one, two = IndexReader(first), IndexReader(second)
    assert one.urls() == two.urls()
    for number in range(len(one.urls())):
        text = normalize(one.text(number))
        assert text == normalize(two.text(number))
        for start in range(0, len(text), 397):
            for length in (1, 2, 3, 5, 9):
                phrase = text[start : start + length]
                assert one.search(phrase) == two.search(phrase), phrase


@pytest.fixture
def speech_names() -> list[str]:
    return sorted(p.name for p in (REPO / "docs" / "speeches").glob("*.md"))


def test_adding_a_speech_renders_only_what_changed_and_matches_a_clean_build(tmp_path: Path,
                                                                             speech_names: list[str]) -> None:
    added = speech_names[-1]
    growing, clean = tmp_path / "growing", tmp_path / "clean"
    growing.mkdir(), clean.mkdir()
    archive(growing, leave_out=added)
    assert "incremental" not in run(growing)
    started = time.time_ns()
    shutil.copy(REPO / "docs" / "speeches" / added, growing / "docs" / "speeches" / added)
    summary = run(growing)
    assert "incremental" in summary and "delta of" in summary  # the search index: a delta segment
    untouched = [name for name in speech_names[:-1]
                 if (growing / "site" / "speeches" / Path(name).stem / "index.html").stat().st_mtime_ns < started]
    assert untouched, "every speech page was rendered again"
    archive(clean)
    run(clean)
    assert_same_site(growing / "site", clean / "site")


def test_a_changed_speaker_and_a_removed_speech_match_a_clean_build(tmp_path: Path, speech_names: list[str]) -> None:
    changing, clean = tmp_path / "changing", tmp_path / "clean"
    changing.mkdir(), clean.mkdir()
    docs = archive(changing)
    run(changing)
    for root in (changing, clean):
        if root == clean:
            docs = archive(clean)
        page = docs / "speeches" / speech_names[0]
        meta, body = split_front_matter(page.read_text(encoding="utf-8"))
        meta["speaker"] = "新讲话人"
        page.write_text(render_document(meta, body.lstrip("\n")), encoding="utf-8")
        (docs / "speeches" / speech_names[1]).unlink()
    assert "incremental" in run(changing)
    run(clean)
    assert_same_site(changing / "site", clean / "site")


def test_a_changed_template_makes_a_clean_build(tmp_path: Path) -> None:
    archive(tmp_path)
    run(tmp_path)
    template = tmp_path / "overrides" / "partials" / "speech.html"
    template.write_text(template.read_text(encoding="utf-8") + "\n<!-- changed -->\n", encoding="utf-8")
    assert "incremental" not in run(tmp_path)
    assert "incremental" not in run(tmp_path, clean=True)
