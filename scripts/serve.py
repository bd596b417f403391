"""Preview the built site: `python -m scripts.serve --site-dir site` serves it on http://127.0.0.1:8000.

A plain static file server for previewing (and for the browser tests), not for production. Text files are
sent as UTF-8 with `X-Content-Type-Options: nosniff`, so raw scraped sources (site/raw/*.txt, which may
hold HTML) are always shown as text. Publish site/ with any static host that does the same for .txt.
Single byte ranges (`Range: bytes=a-b`) are answered with 206, as static hosts do: the search fetches one
speech's text out of a pack file that way.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import io
import re
import threading
from pathlib import Path
from typing import ClassVar

from scripts.site_corpus import REPO

TYPES = {
    ".txt": "text/plain; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".jsonl": "application/x-ndjson; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}


BYTE_RANGE = re.compile(r"bytes=(\d+)-(\d*)$")


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with explicit UTF-8 types, no MIME sniffing, and single byte ranges."""

    extensions_map: ClassVar[dict[str, str]] = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def send_head(self) -> io.BytesIO | None:  # type: ignore[override]
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

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests and `make serve` do not need a line per request."""


def make_server(site_dir: Path, port: int = 8000, host: str = "127.0.0.1") -> http.server.ThreadingHTTPServer:
    """A server for site_dir (port 0 picks a free port: see server.server_address)."""
    handler = functools.partial(SiteHandler, directory=str(site_dir))
    return http.server.ThreadingHTTPServer((host, port), handler)


def serve_in_thread(site_dir: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Start a server on a free port in a daemon thread; returns it and its base URL (for tests)."""
    server = make_server(site_dir, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}/"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=REPO / "site")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        raise SystemExit(f"serve: {args.site_dir}/index.html not found; run `make build` first")
    server = make_server(args.site_dir, args.port)
    print(f"serve: http://127.0.0.1:{args.port}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
