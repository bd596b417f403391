"""Incremental builds (scripts/site/incremental.py): the same bytes as a clean build, rendering only what changed."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.clean.render import render_document, split_front_matter
from scripts.core.paths import REPO
from scripts.site import search_index
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


CACHED = ("site", "site.build.json", "site.index.json")  # what deploy.yml restores (scripts/tools/workflow_audit.py)


def restore(cache: Path, checkout: Path) -> None:
    """What actions/cache/restore does on a fresh checkout: the cached paths back, with their modification times."""
    for name in CACHED:
        if (cache / name).is_dir():
            shutil.copytree(cache / name, checkout / name, symlinks=True)
        elif (cache / name).is_file():
            shutil.copy2(cache / name, checkout / name)


@pytest.fixture
def last_build(tmp_path: Path, speech_names: list[str]) -> Path:
    """The last deploy's build, of the archive without its newest speech page (added by the next commit)."""
    cache = tmp_path / "cache"
    cache.mkdir()
    archive(cache, leave_out=speech_names[-1])
    run(cache)
    return cache


def test_a_restored_build_adds_a_speech_incrementally_and_answers_as_a_build_from_nothing(
        tmp_path: Path, last_build: Path) -> None:
    """deploy.yml: a fresh checkout with one speech more, the last build restored: the pages and the search index
    are incremental (a delta segment), and the site equals a build from nothing (the search index query for
    query: assert_same_site)."""
    checkout, scratch = tmp_path / "checkout", tmp_path / "scratch"
    checkout.mkdir(), scratch.mkdir()
    archive(checkout), archive(scratch)
    restore(last_build, checkout)
    summary = run(checkout)
    assert "incremental: " in summary and "delta of " in summary
    run(scratch)
    assert_same_site(checkout / "site", scratch / "site")


def stale_version(checkout: Path) -> None:
    for name, field in (("site.build.json", "site"), ("site.index.json", "format")):
        record = json.loads((checkout / name).read_text(encoding="utf-8"))
        record[field] = "0" * 64  # as written by other templates, another index code or folding table
        (checkout / name).write_text(json.dumps(record), encoding="utf-8")


def corrupt_records(checkout: Path) -> None:
    for name in ("site.build.json", "site.index.json"):
        path = checkout / name
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])  # a build killed while writing


def missing_record(checkout: Path) -> None:
    (checkout / "site.index.json").unlink()


def changed_shard(checkout: Path) -> None:
    shard = sorted((checkout / "site" / INDEX_DIR / "k").rglob("*.gz"))[0]
    shard.write_bytes(shard.read_bytes()[:-8])  # a base index that is not the one its record describes


def foreign_link(checkout: Path) -> None:
    (checkout / "site" / "secret.txt").symlink_to("/etc/hostname")


@pytest.mark.parametrize(("spoil", "pages_again", "index_again"), [
    (stale_version, "the templates, mkdocs.yml", "the index code or the folding table changed"),
    (corrupt_records, "site.build.json is unreadable", "site.index.json is unreadable"),
    (missing_record, "", "no record of a last full index"),
    (changed_shard, "", "differ from its record"),
    (foreign_link, "holds a symbolic link", "manifest is missing"),  # the site started afresh
], ids=["stale-version", "corrupt", "missing-index-record", "changed-index-file", "symbolic-link"])
def test_a_stale_corrupt_or_foreign_cache_means_a_full_build_said_in_the_log(
        tmp_path: Path, last_build: Path, capsys: pytest.CaptureFixture[str],
        spoil: Callable[[Path], None], pages_again: str, index_again: str) -> None:
    """A restored cache the build cannot trust gives a full build (pages, index or both), says why, and the
    site equals a build from nothing; never a delta over a base it cannot vouch for."""
    checkout, scratch = tmp_path / "checkout", tmp_path / "scratch"
    checkout.mkdir(), scratch.mkdir()
    archive(checkout), archive(scratch)
    restore(last_build, checkout)
    spoil(checkout)
    capsys.readouterr()
    summary = run(checkout)
    log = capsys.readouterr().err
    assert "delta of" not in summary and "search index written in full: " in log and index_again in log
    if pages_again:
        assert "incremental" not in summary and "every page rendered again: " in log and pages_again in log
    run(scratch)
    assert_same_site(checkout / "site", scratch / "site")
    assert not any(path.is_symlink() for path in (checkout / "site").rglob("*"))


def test_worker_processes_build_the_same_site_as_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With worker processes (the search index built beside the engine, its chunks and partitions in two
    workers) the build writes the same files, the search index and its record included, byte for byte, as the
    serial build (ARCHIVE_WORKERS=1: one process, the index after the engine)."""
    monkeypatch.setattr(search_index, "PARTITION_CHARS", 2_000)  # several partitions and chunks even here
    monkeypatch.setattr(search_index, "SPOOL_CHUNK", 2)
    built = {}
    for workers in ("1", "2"):
        (tmp_path / workers).mkdir()
        archive(tmp_path / workers)
        monkeypatch.setenv("ARCHIVE_WORKERS", workers)
        built[workers] = run(tmp_path / workers)
    assert "beside" in built["2"] and "beside" not in built["1"]
    assert IndexReader(tmp_path / "2" / "site").manifest["keys"]["partitions"] > 2
    serial, parallel = files(tmp_path / "1" / "site"), files(tmp_path / "2" / "site")
    assert sorted(parallel) == sorted(serial)
    assert [name for name in serial if serial[name] != parallel[name]] == []
    record = search_index.record_path
    assert record(tmp_path / "1" / "site").read_bytes() == record(tmp_path / "2" / "site").read_bytes()
    assert not (tmp_path / "2" / ".site.index-staging").exists()
