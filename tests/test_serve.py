"""`make serve`: the site's 404 page, a clear message for a taken port, PORT never reaching a shell, and
rebuilding what changed in source_texts/ and docs/ (all on 127.0.0.1)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.core.paths import REPO
from scripts.site import browse
from scripts.site.serve import ChangeCollector, Workspace, rebuild, serve_in_thread, watch

FIXTURES = Path(__file__).parent / "fixtures"
REBUILD_TIMEOUT = 90  # seconds: a full mkdocs build on a busy 2-core machine


def make_serve(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "-s", "serve", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, check=False)


def test_missing_page_gets_the_sites_404_page(site_dir: Path) -> None:
    server, url = serve_in_thread(site_dir)
    try:
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(url + "speeches/no-such-page/", timeout=10)
    finally:
        server.shutdown()
        server.server_close()
    assert missing.value.code == 404
    assert missing.value.headers["Content-Type"] == "text/html; charset=utf-8"
    assert missing.value.read() == (site_dir / "404.html").read_bytes()


def test_taken_port_names_a_free_one_without_a_traceback(site_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = make_serve(f"PORT={port}", f"SITE_DIR={site_dir}")
    assert result.returncode != 0
    assert f"serve: port {port} is in use, try PORT=" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("port", ["8000; touch {flag}", "`touch {flag}`", "8000 && touch {flag}", "8 1", "0", "70000"])
def test_port_is_a_number_and_never_reaches_a_shell(site_dir: Path, tmp_path: Path, port: str) -> None:
    flag = tmp_path / "ran"
    result = make_serve(f"PORT={port.format(flag=flag)}", f"SITE_DIR={site_dir}")
    assert result.returncode != 0
    assert "PORT must be a number from 1 to 65535" in result.stderr, result.stderr
    assert not flag.exists()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the archive with its site built, watched by `make serve`'s rebuild loop."""
    root = tmp_path / "archive"
    shutil.copytree(REPO / "source_texts", root / "source_texts")
    shutil.copytree(REPO / "docs", root / "docs")
    space = Workspace(root, root / "site")
    assert rebuild(set(), space)
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(space, stop), daemon=True)
    watcher.start()
    time.sleep(0.5)  # the observer is watching
    yield space
    stop.set()
    watcher.join(timeout=30)


def wait_for(path: Path, text: str) -> None:
    """Wait until the file exists and contains text (the rebuild finished), or fail."""
    deadline = time.monotonic() + REBUILD_TIMEOUT
    while time.monotonic() < deadline:
        if path.is_file() and text in path.read_text(encoding="utf-8"):
            return
        time.sleep(0.3)
    pytest.fail(f"{path} did not get {text!r} within {REBUILD_TIMEOUT} s")


def test_serve_rebuilds_what_changed(workspace: Workspace) -> None:
    sources, site = workspace.source_dir, workspace.site_dir
    raw = sorted(sources.glob("000_*.txt"))[0]
    slug = raw.stem.replace("_", "-")
    speech_page = site / "speeches" / slug / "index.html"  # its permanent address (the old one redirects)

    # A sidecar correction: the speech page and the index pages show the new title.
    (raw.with_name(raw.stem + ".meta.yml")).write_text("title: 侧注更正后的标题\n", encoding="utf-8")
    wait_for(speech_page, "侧注更正后的标题")
    wait_for(site / "index.html", "侧注更正后的标题")
    docs_page = workspace.docs_dir / "speeches" / f"{slug}.md"
    assert "侧注更正后的标题" in docs_page.read_text(encoding="utf-8")

    # A new raw file (what `make add` writes): its page is generated and published.
    shutil.copyfile(FIXTURES / "government_work_report.txt", sources / "2024-01-01-zfgzbg-00000000.txt")
    wait_for(site / "sitemap.xml", "/2024-01-01-zfgzbg-00000000/")

    # A hand-written file under docs/: copied into the site.
    stylesheet = workspace.docs_dir / "assets" / "stylesheets" / "archive.css"
    stylesheet.write_text(stylesheet.read_text(encoding="utf-8") + "\n/* serve-test */\n", encoding="utf-8")
    wait_for(site / "assets" / "stylesheets" / "archive.css", "/* serve-test */")


def test_a_rebuilds_own_writes_do_not_start_another_rebuild(tmp_path: Path) -> None:
    """Every file browse writes under docs/ (index pages, statistics, comparisons, downloads) and what ingest
    writes (pages, addresses.txt) is the rebuild's own output; hand-written files and raw files still count."""
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs)
    collector = ChangeCollector(Workspace(tmp_path, tmp_path / "site"))
    collector.rebuilding = True
    written = [path for path in browse.generate(docs, tmp_path / "overrides") if path.is_relative_to(docs)]
    assert {path.relative_to(docs).parts[0] for path in written} >= {"stats", "compare", "themes", "downloads"}
    counted = [path for path in [*written, docs / "addresses.txt", docs / "speeches" / "x.md"]
               if collector.counts(path)]
    assert counted == []
    assert collector.counts(docs / "assets" / "stylesheets" / "archive.css")
    assert collector.counts(tmp_path / "source_texts" / "a.meta.yml")
