"""make ingest: reproducible pages, sidecar corrections, stable addresses, nothing lost on failure."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_document
from scripts.core.errors import InputError
from scripts.core.paths import REPO
from scripts.site.ingest import explain_tags, ingest, render_all

SEEDS = sorted((REPO / "source_texts").glob("0*.txt"))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    (tmp_path / "source_texts").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / "source_texts" / seed.name)
    (tmp_path / "docs").mkdir()
    return tmp_path


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def run(archive: Path):
    return ingest(archive / "source_texts", archive / "docs", root=archive)


def test_ingest_writes_every_page_and_second_run_changes_nothing(archive: Path) -> None:
    result = run(archive)
    assert not result.failures
    assert len(result.pages) == 5
    first = snapshot(archive / "docs")
    assert "speeches/000-290bc3203928de73.md" in first
    assert "speeches/001-545437275c2ff0a2.md" in first
    assert "speeches/001-545437275c2ff0a2/" in first["addresses.txt"].decode()
    run(archive)
    assert snapshot(archive / "docs") == first


def test_repository_pages_are_what_ingest_generates() -> None:
    pages, failures = render_all(REPO / "source_texts")
    assert not failures
    on_disk = {p.relative_to(REPO / "docs").as_posix(): p.read_text(encoding="utf-8")
               for p in (REPO / "docs" / "speeches").rglob("*.md")}
    assert on_disk == pages


def test_sidecar_corrects_fields_and_themes_without_moving_the_page(archive: Path) -> None:
    run(archive)
    sidecar = archive / "source_texts" / "000_290bc3203928de73.meta.yml"
    sidecar.write_text("title: 更正后的标题\nspeaker_title: 安康市市长\ntags_add: [民生]\ntags_remove: [金融]\n"
                       "source:\n  url: https://example.org/a.html\nnotes: null\n", encoding="utf-8")
    result = run(archive)
    page = archive / "docs" / "speeches" / "000-290bc3203928de73.md"
    meta, _ = split_document(page.read_text(encoding="utf-8"))
    assert meta["title"] == "更正后的标题"
    assert meta["speaker_title"] == "安康市市长"
    assert "民生" in meta["tags"] and "金融" not in meta["tags"]
    assert meta["source"]["url"] == "https://example.org/a.html"
    assert meta["source"]["name"] == "安政通报" and len(meta["source"]["sha256"]) == 64
    assert "notes" not in meta
    assert meta["corrected"] == ["title", "speaker_title", "tags", "notes"]  # source.url is provenance
    assert list(meta)[:3] == ["title", "speaker", "speaker_title"]
    assert not result.failures


def test_bad_sidecar_fails_that_file_and_keeps_its_page(archive: Path) -> None:
    run(archive)
    before = snapshot(archive / "docs")
    (archive / "source_texts" / "000_290bc3203928de73.meta.yml").write_text("titel: typo\n", encoding="utf-8")
    result = run(archive)
    assert [Path(e.path).name for e in result.failures] == ["000_290bc3203928de73.meta.yml"]
    assert "titel" in result.failures[0].reason
    assert snapshot(archive / "docs") == before
    assert result.kept == ["speeches/000-290bc3203928de73.md"]


def test_failing_new_file_leaves_no_page_and_others_still_processed(archive: Path) -> None:
    (archive / "source_texts" / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    result = run(archive)
    assert len(result.pages) == 5
    assert [Path(e.path).name for e in result.failures] == ["broken.txt"]
    assert not list((archive / "docs").rglob("broken*"))
    assert not list((archive / "docs").rglob(".tmp-*"))


def test_removed_raw_file_removes_its_page(archive: Path) -> None:
    run(archive)
    (archive / "source_texts" / "001_545437275c2ff0a2.txt").unlink()
    run(archive)
    assert not (archive / "docs" / "speeches" / "001-545437275c2ff0a2.md").exists()


def test_slug_collision_is_reported(archive: Path) -> None:
    shutil.copy(SEEDS[0], archive / "source_texts" / "000_290BC3203928DE73.TXT")
    result = run(archive)
    assert any("already taken" in e.reason for e in result.failures)


def test_ingest_command_exit_status(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "empty.txt").write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "scripts.site.ingest", "--source-dir",
                             str(source), "--docs-dir", str(tmp_path / "docs")], cwd=REPO, capture_output=True,
                            text=True)
    assert result.returncode == 1
    assert "0 speech page(s)" in result.stdout and "1 file(s) failed" in result.stdout
    assert "empty.txt" in result.stderr and "empty" in result.stderr


def test_explain_tags_shows_evidence() -> None:
    document = normalize_file(SEEDS[1])
    report = explain_tags(document)
    assert "新质生产力" in report and "score" in report
    marked = [line.split()[1] for line in report.splitlines() if line.startswith("* ")]
    assert sorted(marked) == sorted(document.meta["tags"]) and len(marked) >= 3  # the chosen themes, no others


def test_sidecar_encoding_is_used_and_checked(archive: Path) -> None:
    text = ("在全市經濟工作會議上的講話\n\n同志們：\n\n今天召開全市經濟工作會議，主要任務是總結去年工作，"
            "部署今年任務。我們要堅定信心，真抓實幹，推動高品質發展取得新成效。\n")
    raw = archive / "source_texts" / "big5-page.txt"
    raw.write_bytes(text.encode("big5"))
    (archive / "source_texts" / "big5-page.meta.yml").write_text("encoding: big5\n", encoding="utf-8")
    document = normalize_file(raw, archive)
    assert document.meta["title"] == "在全市經濟工作會議上的講話"
    assert "encoding" not in document.meta
    (archive / "source_texts" / "big5-page.meta.yml").write_text("encoding: utf-8\n", encoding="utf-8")
    with pytest.raises(InputError, match="stated encoding utf-8 cannot decode"):
        normalize_file(raw, archive)
    (archive / "source_texts" / "big5-page.meta.yml").write_text("encoding: klingon\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a text encoding"):
        normalize_file(raw, archive)


def test_worker_processes_give_the_same_pages_and_failures_as_one(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest in worker processes (ARCHIVE_WORKERS=2, enough files for several tasks) writes the same pages
    and reports the same failures, in the same order, as in one process: a bad file and a taken address are
    still named, and every other file still processed."""
    results, pages = {}, {}
    for workers in ("1", "2"):
        root = tmp_path / workers
        (root / "source_texts").mkdir(parents=True)
        for copy in range(8):
            for seed in SEEDS:
                shutil.copy(seed, root / "source_texts" / f"{copy}{seed.name}")
        (root / "source_texts" / "3broken.txt").write_bytes(b"%PDF-1.4 binary")
        shutil.copy(SEEDS[0], root / "source_texts" / f"5{SEEDS[0].name.upper()}")
        (root / "docs").mkdir()
        monkeypatch.setenv("ARCHIVE_WORKERS", workers)
        result = ingest(root / "source_texts", root / "docs", root=root)
        results[workers] = [(Path(e.path).name, e.reason) for e in result.failures], list(result.pages)
        pages[workers] = snapshot(root / "docs")
    failures, written = results["2"]
    assert [name for name, _ in failures] == ["3broken.txt", f"5{SEEDS[0].name}"]  # upper case sorts first
    assert len(written) == 40 and results["2"] == results["1"]
    assert pages["2"] == pages["1"]
