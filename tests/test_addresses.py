"""Permanent addresses: pages live at speeches/<raw name>/, moved addresses redirect, make check guards both."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.core.paths import REPO as ROOT
from scripts.site import addresses
from scripts.site.ingest import ingest
from scripts.tools import check

SEEDS = sorted((ROOT / "source_texts").glob("0*.txt"))
TODAY = check.today_in_china()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """The seeds ingested into a scratch archive (with the theme vocabulary make check reads)."""
    (tmp_path / "source_texts").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / "source_texts" / seed.name)
    (tmp_path / check.THEMES_FILE).parent.mkdir(parents=True)
    shutil.copy2(ROOT / check.THEMES_FILE, tmp_path / check.THEMES_FILE)
    ingest(tmp_path / "source_texts", tmp_path / "docs", root=tmp_path)
    return tmp_path


def address_problems(root: Path) -> list[str]:
    return check.run_checks(root, TODAY, build=False).problems["Published addresses (docs/addresses.txt)"]


def test_a_corrected_year_or_title_does_not_move_the_page(archive: Path) -> None:
    before = addresses.load(archive / "docs")
    (archive / "source_texts" / "001_545437275c2ff0a2.meta.yml").write_text(
        "title: 更正后的标题\ndate: 2024-03-01\n", encoding="utf-8")
    ingest(archive / "source_texts", archive / "docs", root=archive)
    assert (archive / "docs" / "speeches" / "001-545437275c2ff0a2.md").is_file()
    assert addresses.load(archive / "docs") == before
    assert address_problems(archive) == []


def test_a_page_in_the_old_year_folders_is_moved_and_its_address_redirects(archive: Path) -> None:
    docs = archive / "docs"
    old = docs / "speeches" / "2021" / "000-290bc3203928de73.md"
    old.parent.mkdir()
    (docs / "speeches" / "000-290bc3203928de73.md").rename(old)  # the layout before permanent addresses
    (docs / "addresses.txt").write_text("speeches/2021/000-290bc3203928de73/\n", encoding="utf-8")
    ingest(archive / "source_texts", docs, root=archive)
    assert not old.parent.exists()
    published = addresses.load(docs)
    assert published.moved == {"speeches/2021/000-290bc3203928de73/": "speeches/000-290bc3203928de73/"}
    assert address_problems(archive) == []


def test_check_fails_when_a_published_address_disappears_without_a_redirect(archive: Path) -> None:
    (archive / "source_texts" / "004_5761af68b6670f66.txt").unlink()
    ingest(archive / "source_texts", archive / "docs", root=archive)
    (problem,) = address_problems(archive)
    assert "speeches/004-5761af68b6670f66/ was published but is no longer a page and has no redirect" in problem
    with (archive / "docs" / "addresses.txt").open("a", encoding="utf-8") as stream:
        stream.write("speeches/004-5761af68b6670f66/ -> speeches/000-290bc3203928de73/\n")
    assert address_problems(archive) == []


def test_check_fails_on_a_redirect_to_nowhere_and_on_an_unrecorded_page(archive: Path) -> None:
    docs = archive / "docs"
    with (docs / "addresses.txt").open("a", encoding="utf-8") as stream:
        stream.write("speeches/old/ -> speeches/gone/\n")
    (docs / "speeches" / "extra.md").write_text((docs / "speeches" / "000-290bc3203928de73.md").read_text())
    found = address_problems(archive)
    assert any("speeches/old/ redirects to speeches/gone/, which is not a page" in p for p in found), found
    assert any(p.startswith("docs/speeches/extra.md: its address speeches/extra/ is not recorded") for p in found)


@pytest.mark.parametrize("line", ["/speeches/x/", "speeches/x", "speeches/../x/"])
def test_a_malformed_line_is_reported_with_its_number(line: str) -> None:
    with pytest.raises(ValueError, match=r"addresses.txt:2: "):
        addresses.parse(f"# comment\n{line}\n")


def test_redirect_chains_resolve_and_loops_are_refused() -> None:
    chain = addresses.parse("a/ -> b/\nb/ -> c/\nc/\n")
    assert addresses.resolve("a/", chain) == "c/"
    assert any("redirect loop" in p for p in addresses.problems(addresses.parse("a/ -> b/\nb/ -> a/\n"), []))


def test_redirect_page_is_relative_and_escaped() -> None:
    text = addresses.redirect_page("speeches/2021/x/", "speeches/x/", 'https://e.org/"<')
    assert 'url=../../x/"' in text and 'href="https://e.org/&quot;&lt;/speeches/x/"' in text
