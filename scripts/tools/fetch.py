"""Fetch a speech page for `make add URL=...`: bounded in time and size, raw bytes kept as received."""

from __future__ import annotations

import codecs
import re
import threading
import time
from dataclasses import dataclass

import requests
import urllib3

from scripts.clean.decode import is_text_encoding
from scripts.clean.http_capture import CHARSET as HEADER_CHARSET

USER_AGENT = "SpeechArchive/0.1 (speech archive contribution tool: make add URL=...)"  # ASCII: HTTP headers
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 5 * 1024 * 1024
TEXT_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt"}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
META_SCAN_BYTES = 4096
# Pages labelled gb2312 routinely contain GBK characters; browsers (WHATWG) decode them as GBK.
BROWSER_SUPERSETS = {"gb2312": "gbk"}


class FetchError(Exception):
    """A page that could not be fetched; the message says why."""


@dataclass(frozen=True)
class Fetched:
    """A fetched page: the bytes exactly as received and what the server said about them."""

    url: str  # as requested
    final_url: str  # after redirects
    content: bytes
    media_type: str  # e.g. text/html
    charset: str | None  # from the Content-Type header, else from <meta>; None if neither states it
    charset_source: str  # "header", "meta" or "none"

    @property
    def suffix(self) -> str:
        return TEXT_TYPES[self.media_type]


def fetch(url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET `url`; raise FetchError if unreachable, not HTML/plain text, too large, empty, or not complete
    within `timeout` seconds of wall-clock time (connecting, redirects and every byte together)."""
    if not re.match(r"https?://", url, re.IGNORECASE):
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched")
    deadline = time.monotonic() + timeout
    outcome: dict[str, Fetched | FetchError] = {}  # "result": the page, or why there is none
    worker = threading.Thread(target=_download, args=(url, timeout, max_bytes, deadline, outcome), daemon=True)
    worker.start()
    worker.join(timeout)  # a true deadline: a server trickling bytes cannot hold `make add` past it
    if worker.is_alive() or "result" not in outcome:
        raise FetchError(f"{url}: the page did not finish downloading within the time limit ({timeout:g} s)")
    result = outcome["result"]
    if isinstance(result, FetchError):
        raise result
    return result


def _download(url: str, timeout: float, max_bytes: int, deadline: float,
              outcome: dict[str, Fetched | FetchError]) -> None:
    """The transfer, run in a worker thread; it stops by itself at the deadline, at the next bytes."""
    try:
        outcome["result"] = _get(url, timeout, max_bytes, deadline)
    except FetchError as error:
        outcome["result"] = error
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:  # while reading the body
        outcome["result"] = FetchError(f"{url}: could not fetch the page ({_reason(error)})")


def _get(url: str, timeout: float, max_bytes: int, deadline: float) -> Fetched:
    try:
        with requests.get(url, timeout=timeout, stream=True, headers={"User-Agent": USER_AGENT}) as response:
            _raise_for_status(url, response)
            media_type, header_charset = parse_content_type(response.headers.get("Content-Type", ""))
            content = _read_limited(url, response, max_bytes, deadline)
            final_url = response.url
    except requests.RequestException as error:
        raise FetchError(f"{url}: could not fetch the page ({_reason(error)})") from error
    if media_type not in TEXT_TYPES:
        raise FetchError(f"{url}: the server sent {media_type or 'no content type'}, not a web page or text;"
                         " download it and use `make add SRC=<file>` if it is a text file")
    if not content.strip():
        raise FetchError(f"{url}: the page is empty")
    charset, charset_source = choose_charset(header_charset, content)
    return Fetched(url, final_url, content, media_type, charset, charset_source)


def parse_content_type(value: str) -> tuple[str, str | None]:
    """('text/html', 'gbk') from 'text/html; charset=GBK'."""
    media_type = value.split(";", 1)[0].strip().lower()
    match = HEADER_CHARSET.search(value)
    return media_type, known_charset(match.group("name")) if match else None


def meta_charset(content: bytes) -> str | None:
    """The charset declared by <meta charset> or <meta http-equiv="Content-Type"> near the top."""
    match = _META_CHARSET.search(content[:META_SCAN_BYTES])
    return known_charset(match.group(1).decode("ascii")) if match else None


def known_charset(name: str) -> str | None:
    """Python's canonical name for a charset label (gb2312 read as GBK, as browsers do), or None when it
    names no text encoding (base64, rot13, undefined ...: ignored, as a browser would)."""
    if not is_text_encoding(name):
        return None
    canonical = codecs.lookup(name).name
    return BROWSER_SUPERSETS.get(canonical, canonical)


def choose_charset(header_charset: str | None, content: bytes) -> tuple[str | None, str]:
    """The HTTP header wins over <meta> (as in browsers); (None, 'none') if neither states one."""
    if header_charset:
        return header_charset, "header"
    from_meta = meta_charset(content)
    return (from_meta, "meta") if from_meta else (None, "none")


def _raise_for_status(url: str, response: requests.Response) -> None:
    if response.status_code >= 400:
        raise FetchError(f"{url}: the server answered HTTP {response.status_code} {response.reason}")


def _read_limited(url: str, response: requests.Response, max_bytes: int, deadline: float) -> bytes:
    """The body, refusing more than `max_bytes` or a transfer still running at `deadline`."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: the page is {int(declared):,} bytes, over the {max_bytes:,} byte limit")
    chunks, size = [], 0
    while chunk := response.raw.read1(65536, decode_content=True):  # what has arrived, so checked often
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: the page is over the {max_bytes:,} byte limit")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: the page did not finish downloading within the time limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(error: Exception) -> str:
    if isinstance(error, requests.Timeout | urllib3.exceptions.TimeoutError):
        return "no answer within the time limit"
    if isinstance(error, requests.ConnectionError):
        return "the server cannot be reached; check the address and your connection"
    return type(error).__name__
