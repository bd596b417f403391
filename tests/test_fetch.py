"""Fetching pages from a server on 127.0.0.1: charsets, limits, and failures with clear messages."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from scripts.tools import fetch

SPEECH = "同志们：今天召开全市创新工作会议，主要任务是安排部署今年的重点工作。谢谢大家！"
GBK_PAGE = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f"<title>讲话</title></head><body><p>{SPEECH}</p></body></html>").encode("gbk")
UTF8_PAGE = f'<html><head><meta charset="utf-8"></head><body><p>{SPEECH}</p></body></html>'.encode()


@dataclass
class Route:
    status: int
    content_type: str | None
    body: bytes
    delay: float = 0.0


ROUTES = {
    "/gbk-meta-only.html": Route(200, "text/html", GBK_PAGE),
    "/gbk-header.html": Route(200, "text/html; charset=GBK", SPEECH.encode("gbk")),
    "/utf8.html": Route(200, "text/html; charset=utf-8", UTF8_PAGE),
    "/plain.txt": Route(200, "text/plain", SPEECH.encode("utf-8")),
    "/no-charset.html": Route(200, "text/html", f"<p>{SPEECH}</p>".encode()),
    "/report.pdf": Route(200, "application/pdf", b"%PDF-1.4 ..."),
    "/empty.html": Route(200, "text/html", b"  \n"),
    "/big.html": Route(200, "text/html", b"<p>" + "很长".encode() * 2000 + b"</p>"),
    "/slow.html": Route(200, "text/html", UTF8_PAGE, delay=3.0),
}


class Handler(BaseHTTPRequestHandler):
    seen_user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Handler.seen_user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/utf8.html")
            self.end_headers()
            return
        route = ROUTES.get(self.path, Route(404, "text/html", b"not found"))
        time.sleep(route.delay)
        self.send_response(route.status)
        if route.content_type:
            self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.write(route.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gbk_page_with_charset_only_in_meta_keeps_raw_bytes(server: str) -> None:
    page = fetch.fetch(f"{server}/gbk-meta-only.html")
    assert page.content == GBK_PAGE  # bytes exactly as received, not re-encoded
    assert (page.charset, page.charset_source) == ("gbk", "meta")  # gb2312 is read as its superset GBK
    assert SPEECH in page.content.decode(page.charset)
    assert page.suffix == ".html"


def test_charset_in_header_wins(server: str) -> None:
    page = fetch.fetch(f"{server}/gbk-header.html")
    assert (page.charset, page.charset_source) == ("gbk", "header")
    assert page.content.decode(page.charset) == SPEECH


def test_plain_text_gets_txt_suffix_and_no_charset_when_none_is_stated(server: str) -> None:
    page = fetch.fetch(f"{server}/plain.txt")
    assert page.suffix == ".txt"
    assert (page.charset, page.charset_source) == (None, "none")
    assert fetch.fetch(f"{server}/no-charset.html").charset is None


def test_redirect_is_followed_and_final_url_kept(server: str) -> None:
    page = fetch.fetch(f"{server}/moved")
    assert page.url == f"{server}/moved"
    assert page.final_url == f"{server}/utf8.html"
    assert page.content == UTF8_PAGE


def test_sends_the_archive_user_agent(server: str) -> None:
    fetch.fetch(f"{server}/utf8.html")
    assert Handler.seen_user_agents[-1] == fetch.USER_AGENT


@pytest.mark.parametrize(("path", "message"), [
    ("/missing.html", "HTTP 404"),
    ("/report.pdf", "application/pdf, not a web page"),
    ("/empty.html", "the page is empty"),
])
def test_refused_pages_say_why(server: str, path: str, message: str) -> None:
    with pytest.raises(fetch.FetchError, match=message):
        fetch.fetch(f"{server}{path}")


def test_size_limit(server: str) -> None:
    with pytest.raises(fetch.FetchError, match="over the 1,000 byte limit"):
        fetch.fetch(f"{server}/big.html", max_bytes=1000)


def test_timeout(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(fetch.FetchError, match="time limit"):
        fetch.fetch(f"{server}/slow.html", timeout=0.5)
    assert time.monotonic() - started < 2.5


def test_unreachable_server() -> None:
    with pytest.raises(fetch.FetchError, match="cannot be reached"):
        fetch.fetch(f"http://127.0.0.1:{closed_port()}/speech.html", timeout=2)


@pytest.mark.parametrize("url", ["ftp://example.org/a.txt", "file:///etc/passwd", "speech.html"])
def test_only_http_addresses(url: str) -> None:
    with pytest.raises(fetch.FetchError, match="only http"):
        fetch.fetch(url)


@pytest.mark.parametrize(("value", "expected"), [
    ("text/html; charset=GBK", ("text/html", "gbk")),
    ('text/html;charset="utf-8"', ("text/html", "utf-8")),
    ("TEXT/PLAIN", ("text/plain", None)),
    ("text/html; charset=no-such-codec", ("text/html", None)),
    ("", ("", None)),
])
def test_parse_content_type(value: str, expected: tuple[str, str | None]) -> None:
    assert fetch.parse_content_type(value) == expected


@pytest.mark.parametrize(("head", "expected"), [
    (b'<meta charset="big5">', "big5"),
    (b"<META CHARSET=GB18030>", "gb18030"),
    (b'<meta http-equiv="content-type" content="text/html;charset=gbk" />', "gbk"),
    (b"<p>charset=gbk mentioned in text</p>", None),
    (b" " * 5000 + b'<meta charset="gbk">', None),  # only the top of the page declares a charset
])
def test_meta_charset(head: bytes, expected: str | None) -> None:
    assert fetch.meta_charset(head) == expected
