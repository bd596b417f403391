"""Preview the built site: `make serve PORT=8000` serves it on http://127.0.0.1:PORT and rebuilds on changes.

A plain static file server for previewing (and for the browser tests), not for production. Text files are
sent as UTF-8 with `X-Content-Type-Options: nosniff`, so raw scraped sources (site/raw/*.txt, which may
hold HTML) are always shown as text; a missing page gets the site's own 404.html. Publish site/ with any
static host that does the same for .txt. Single byte ranges (`Range: bytes=a-b`) are answered with 206, as
static hosts do: the search fetches one speech's text out of a pack file that way.

While it serves, a change in source_texts/ (a raw file or a sidecar, e.g. after `make add`) re-normalizes
just the raw files concerned, and any change there or in docs/ regenerates the index pages and rebuilds
site/ (MkDocs has no partial build). Edits made while a rebuild runs are picked up by the next one.
"""

from __future__ import annotations

import argparse
import errno
import functools
import http.server
import io
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from scripts.clean.pipeline import normalize_file
from scripts.clean.sidecar import is_sidecar, sidecar_path
from scripts.core.atomic import write_atomically
from scripts.core.errors import InputError
from scripts.core.paths import REPO
from scripts.site.addresses import ADDRESSES_FILE
from scripts.site.browse import OWNED_IN_DOCS
from scripts.site.ingest import ingest, raw_files

TYPES = {
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".jsonl": "application/x-ndjson; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}
EXTENSIONS_MAP = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}  # the standard ones, UTF-8 ours
DEFAULT_PORT = 8000
HOST = "127.0.0.1"
GENERATED_IN_DOCS = {"speeches", ADDRESSES_FILE, *OWNED_IN_DOCS, "index.md"}  # written by ingest and browse
QUIET_SECONDS = 0.3  # wait for a burst of writes (an editor's save, `make add`) to end before rebuilding


BYTE_RANGE = re.compile(r"bytes=(\d+)-(\d*)$")


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with explicit UTF-8 types, no MIME sniffing, single byte ranges, and the site's 404.html
    for missing pages."""

    extensions_map = EXTENSIONS_MAP

    def send_head(self) -> io.BytesIO | None:
        wanted = BYTE_RANGE.match(self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if not wanted or not path.is_file():
            return super().send_head()  # type: ignore[return-value]
        data = path.read_bytes()
        start, end = int(wanted[1]), min(int(wanted[2] or len(data) - 1), len(data) - 1)
        if start > end:
            self.send_error(416, "Requested Range Not Satisfiable")
            return None
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        return io.BytesIO(data[start : end + 1])

    def end_headers(self) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found_page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not not_found_page.is_file():
            super().send_error(code, message, explain)
            return
        body = not_found_page.read_bytes()
        self.send_response(code, message)
        self.send_header("Content-Type", TYPES[".html"])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests and `make serve` do not need a line per request."""


def make_server(site_dir: Path, port: int = DEFAULT_PORT, host: str = HOST) -> http.server.ThreadingHTTPServer:
    """A server for site_dir (port 0 picks a free port: see server.server_address)."""
    handler = functools.partial(SiteHandler, directory=str(site_dir))
    return http.server.ThreadingHTTPServer((host, port), handler)


def serve_in_thread(site_dir: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Start a server on a free port in a daemon thread; returns it and its base URL (for tests)."""
    server = make_server(site_dir, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{HOST}:{server.server_port}/"


def free_port_after(port: int, host: str = HOST, tries: int = 50) -> int | None:
    """The first port above `port` that can be bound on host, to suggest when `port` is taken."""
    for candidate in range(port + 1, min(port + 1 + tries, 65536)):
        with socket.socket() as probe:
            try:
                probe.bind((host, candidate))
            except OSError:
                continue
            return candidate
    return None


def port_in_use_message(port: int) -> str:
    free = free_port_after(port)
    hint = f", try PORT={free}" if free else "; choose another with PORT=…"
    return f"serve: port {port} is in use{hint} (e.g. `make serve PORT={free or port + 1}`)"


@dataclass(frozen=True)
class Workspace:
    """Where the archive lives: raw files and sidecars, pages, and the built site."""

    root: Path
    site_dir: Path

    @property
    def source_dir(self) -> Path:
        return self.root / "source_texts"

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"


def raw_files_for(changed: Iterable[Path], source_dir: Path) -> set[Path]:
    """The raw files whose page depends on the changed paths under source_texts/ (a sidecar -> its raw file)."""
    raws = raw_files(source_dir) if source_dir.is_dir() else []
    by_sidecar = {sidecar_path(raw): raw for raw in raws}
    return {by_sidecar.get(path, path) for path in changed if path in by_sidecar or path in raws}


def reingest(changed: set[Path], workspace: Workspace) -> list[str]:
    """Re-normalize only the changed raw files; a full ingest when one was removed or renamed, or its page
    moved (another year) or would take another file's address. Returns the problems to show."""
    raws = raw_files_for(changed, workspace.source_dir)
    removed = any(not path.exists() and not is_sidecar(path) for path in changed)
    speeches = workspace.docs_dir / "speeches"
    problems: list[str] = []
    for raw in sorted(raws):
        try:
            document = normalize_file(raw, workspace.root)
        except InputError as error:
            problems.append(f"{error.path}: {error.reason} (its previous page is kept)")
            continue
        page = workspace.docs_dir / document.relative_path
        if any(other != page for other in speeches.glob(f"*/{document.slug}.md")):
            removed = True  # the page moves, or the address is taken: ingest sorts it out and says so
            continue
        write_atomically(page, document.markdown)
    if removed:
        result = ingest(workspace.source_dir, workspace.docs_dir, workspace.root)
        problems += [f"{error.path}: {error.reason}" for error in result.failures]
    return problems


def rebuild(changed: set[Path], workspace: Workspace) -> bool:
    """Bring the pages and site/ up to date with the changed paths; True when everything succeeded."""
    sources = {path for path in changed if path.is_relative_to(workspace.source_dir)}
    problems = reingest(sources, workspace) if sources else []
    for problem in problems:
        print(f"serve: FAILED {problem}", file=sys.stderr)
    steps = [
        ["-m", "scripts.site.browse", "--docs-dir", str(workspace.docs_dir)],
        ["-m", "scripts.site.build_site", "--docs-dir", str(workspace.docs_dir), "--site-dir", str(workspace.site_dir),
         "--source-dir", str(workspace.source_dir)],
    ]
    for step in steps:
        if subprocess.run([sys.executable, *step], cwd=REPO, check=False).returncode != 0:
            print(f"serve: {step[1]} failed; the site still shows the previous build", file=sys.stderr)
            return False
    return not problems


class ChangeCollector(FileSystemEventHandler):
    """Collects the files changed under the watched directories, ignoring temporary and hidden files and,
    while a rebuild writes them, the generated pages under docs/ (hand-written files there always count)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.changed: set[Path] = set()
        self.last_change = 0.0
        self.rebuilding = False
        self.condition = threading.Condition()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("opened", "closed_no_write"):
            return
        paths = [event.src_path, getattr(event, "dest_path", "")]
        for raw in paths:
            path = Path(os.fsdecode(raw)) if raw else None
            if path and self.counts(path):
                with self.condition:
                    self.changed.add(path)
                    self.last_change = time.monotonic()
                    self.condition.notify()

    def counts(self, path: Path) -> bool:
        if path.name.startswith(".") or path.name.endswith(".tmp"):
            return False
        return not (self.rebuilding and self.is_generated(path))

    def is_generated(self, path: Path) -> bool:
        """A file under docs/ that ingest or browse writes (a rebuild's own output), not one written by hand."""
        if not path.is_relative_to(self.workspace.docs_dir):
            return False
        return path.relative_to(self.workspace.docs_dir).parts[0] in GENERATED_IN_DOCS

    def next_batch(self, stop: threading.Event) -> set[Path]:
        """Block until files changed and no new change came for QUIET_SECONDS, then take them (an empty set
        once `stop` is set)."""
        with self.condition:
            while not self.changed or time.monotonic() - self.last_change < QUIET_SECONDS:
                if stop.is_set():
                    return set()
                self.condition.wait(timeout=QUIET_SECONDS)
            batch, self.changed = self.changed, set()
            self.rebuilding = True
            return batch

    def rebuilt(self) -> None:
        with self.condition:
            self.rebuilding = False


def watch(workspace: Workspace, stop: threading.Event) -> None:
    """Rebuild after every batch of changes in source_texts/ and docs/, until `stop` is set."""
    collector = ChangeCollector(workspace)
    observer = Observer()
    for directory in (workspace.source_dir, workspace.docs_dir):
        observer.schedule(collector, str(directory), recursive=True)
    observer.start()
    try:
        while batch := collector.next_batch(stop):
            names = sorted(p.relative_to(workspace.root).as_posix() for p in batch)
            print(f"serve: {len(batch)} change(s) ({', '.join(names[:3])}{' …' if len(names) > 3 else ''});"
                  " rebuilding", flush=True)
            try:
                ok = rebuild(batch, workspace)
            finally:
                time.sleep(QUIET_SECONDS)  # let the events of the rebuild's own writes arrive, then drop them
                collector.rebuilt()
            print("serve: rebuilt" if ok else "serve: rebuilt with problems (see above)", flush=True)
    finally:
        observer.stop()
        observer.join()


def port_number(text: str) -> int:
    """argparse type for PORT: 1–65535."""
    if not text.isdecimal() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"PORT must be a number from 1 to 65535, not {text!r}")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make serve", description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=REPO / "site")
    parser.add_argument("--root", type=Path, default=REPO, help="the archive whose source_texts/ and docs/ to watch")
    parser.add_argument("--port", type=port_number, default=os.environ.get("PORT") or str(DEFAULT_PORT),
                        help=f"default: $PORT, else {DEFAULT_PORT}")
    parser.add_argument("--no-watch", dest="watch", action="store_false", help="serve only; never rebuild")
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        print(f"serve: {args.site_dir}/index.html not found; run `make site` first", file=sys.stderr)
        return 1
    try:
        server = make_server(args.site_dir, args.port)
    except OSError as error:
        if error.errno != errno.EADDRINUSE:
            raise
        print(port_in_use_message(args.port), file=sys.stderr)
        return 1
    print(f"serve: http://{HOST}:{args.port}/ (Ctrl-C to stop)"
          + ("; rebuilding when source_texts/ or docs/ change" if args.watch else ""), flush=True)
    if args.watch:
        workspace = Workspace(args.root.resolve(), args.site_dir.resolve())
        threading.Thread(target=watch, args=(workspace, threading.Event()), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
