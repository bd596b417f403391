"""A failing engine ends the build at once with its message: the search index built beside it (StagedIndex) is
given up where it is, its worker processes stopped, and nothing of it is left to pass for a finished index."""

from __future__ import annotations

import threading
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from scripts.core.workers import Cancel, Cancelled, pool
from scripts.site import build_site, incremental
from scripts.site.search_index import record_path, speech_doc
from tests.test_incremental import archive, run

BROKEN_PAGE = "---\ntitle: 坏链接\n---\n\n[链接](no-such-page.md)\n"  # a link strict mode refuses


def test_a_failing_strict_build_stops_the_search_index_at_its_next_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index is on its first document when MkDocs fails: it reads no other (before, it went on through every
    speech and built the whole index before the error was shown)."""
    docs = archive(tmp_path)
    (docs / "broken.md").write_text(BROKEN_PAGE, encoding="utf-8")
    monkeypatch.setenv("ARCHIVE_WORKERS", "2")  # the index beside the engine
    given_up, calls = threading.Event(), []

    class Noted(Cancel):
        def set(self) -> None:
            super().set()
            given_up.set()

    def slow_doc(speech: build_site.Speech) -> build_site.SearchDoc:
        calls.append(speech.path)
        given_up.wait(60)  # still on this document when the engine fails
        return speech_doc(speech)

    monkeypatch.setattr(build_site, "Cancel", Noted)
    monkeypatch.setattr(build_site, "speech_doc", slow_doc)
    with pytest.raises(SystemExit) as failure:
        run(tmp_path)
    message = str(failure.value)
    assert "mkdocs build --strict failed" in message and "no-such-page.md" in message
    assert given_up.is_set()
    assert len(calls) <= 1 < len(build_site.load_speeches(docs))
    site = tmp_path / "site"
    assert not (tmp_path / ".site.index-staging").exists()
    assert not record_path(site).exists()  # no record of an index that is not there
    assert not incremental.manifest_path(site).exists()  # the next build renders every page again


def test_an_index_finished_before_the_engine_failed_leaves_no_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The staged index was done but never moved in: its record (site.index.json) would describe files that are
    not in the site, so it goes with the staging directory."""
    archive(tmp_path)
    monkeypatch.setenv("ARCHIVE_WORKERS", "2")
    site = tmp_path / "site"

    def failing_engine(*args: object, **kwargs: object) -> None:
        deadline = time.monotonic() + 60
        while not record_path(site).exists() and time.monotonic() < deadline:  # the index finishes first
            time.sleep(0.05)
        raise SystemExit("build_site: the engine failed")

    monkeypatch.setattr(build_site, "run_engine", failing_engine)
    with pytest.raises(SystemExit, match="the engine failed"):
        run(tmp_path)
    assert not record_path(site).exists()
    assert not (tmp_path / ".site.index-staging").exists()
    assert not (site / build_site.INDEX_DIR).exists()


def test_a_cancelled_pool_stops_its_workers_where_they_are() -> None:
    cancel = Cancel()
    start = time.monotonic()
    with pytest.raises(BrokenProcessPool), pool(2, workers=2, cancel=cancel) as executor:
        futures = [executor.submit(time.sleep, 120) for _ in range(2)]
        threading.Timer(1.0, cancel.set).start()
        for future in futures:
            future.result()
    assert time.monotonic() - start < 60  # not the two minutes the work would take
    with pytest.raises(Cancelled):
        executor.submit(time.sleep, 0)


def test_a_cancelled_serial_pool_hands_out_no_more_work() -> None:
    cancel = Cancel()
    with pool(1, cancel=cancel) as executor:
        assert executor.submit(sum, [1, 2]).result() == 3
        cancel.set()
        with pytest.raises(Cancelled):
            executor.submit(sum, [1, 2])
    with pytest.raises(Cancelled):
        list(cancel.checked([1, 2]))
