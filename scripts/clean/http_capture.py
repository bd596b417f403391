"""A page saved with the bytes of its transfer around it: an HTTP response with its headers (`curl -i`, a proxy's
dump, a crawler that stores the response), one or more WARC records (`wget --warc-file`, a web archive's record)
before it.

The headers are no part of the page, and they say how to read its body: `Transfer-Encoding: chunked` splits the
body into pieces with their lengths written between them (in the middle of a character, as often as not), and
`Content-Encoding: gzip` or `deflate` compresses it; `Content-Type`'s charset names its encoding. A WARC file holds
records one after another (warcinfo, request, response, metadata …), each with its length: the page is the response
record's, its `WARC-Target-URI` the page's address. A client that followed a redirect (`curl -iL`) wrote each
response's headers in turn; the last one's body is the page.

The standard library decompresses (gzip, zlib), with a limit on the size it gives, and nothing is fetched.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

WARC_HEAD = re.compile(rb"\s*WARC/\d\.\d\r?\n((?:[^\r\n]+\r?\n)*?)\r?\n")
STATUS_LINE = re.compile(rb"(?:[ \t]*\r?\n)*HTTP/\d(?:\.\d)?[ \t]+(?P<status>\d{3})\b[^\r\n]*\r?\n")
HEADER = re.compile(rb"(?P<name>[A-Za-z][\w-]*)[ \t]*:[ \t]*(?P<value>[^\r\n]*)\r?\n")
HEADER_END = re.compile(rb"\r?\n")
CHUNK_SIZE = re.compile(rb"(?P<size>[0-9A-Fa-f]{1,8})[ \t]*(?:;[^\r\n]*)?\r?\n")
# A Content-Type header's charset (make add URL= reads a live response's header with it too).
CHARSET = re.compile(r"charset\s*=\s*[\"']?(?P<name>[\w.:-]+)", re.I)
MAX_BODY = 64 * 1024 * 1024  # a page is smaller than this once decompressed; a bigger one is no page


@dataclass(frozen=True)
class Capture:
    body: bytes
    charset: str | None  # as the Content-Type header names it
    address: str  # the WARC record's target URI ('' when there is none)
    pages: int  # how many response records a WARC file holds (1 for a bare HTTP response)
    is_html: bool | None = None  # the Content-Type says HTML (None: it does not say)


def captured_page(data: bytes) -> Capture | None:
    """The page inside an HTTP response or a WARC file; None when the bytes open with neither."""
    data = data.removeprefix(b"\xef\xbb\xbf")  # an editor's byte-order mark before the status line
    if WARC_HEAD.match(data):
        return warc_page(data)
    if STATUS_LINE.match(data):
        return response_page(data, "")
    return None


def warc_page(data: bytes) -> Capture | None:
    responses: list[tuple[bytes, str]] = []
    position = 0
    while (head := WARC_HEAD.match(data, position)) is not None or data[position:].strip():
        if head is None:
            return None  # not a record where one should start: not read as WARC
        fields = headers(head.group(1))
        length = int(fields.get("content-length", "-1")) if fields.get("content-length", "").isdigit() else -1
        if length < 0:
            return None
        block = data[head.end():head.end() + length]
        if fields.get("warc-type", "").lower() in ("response", "resource") and block.strip():
            responses.append((block, fields.get("warc-target-uri", "").strip("<> ")))
        position = head.end() + length
        data_rest = data[position:]
        position += len(data_rest) - len(data_rest.lstrip(b"\r\n"))
        if position >= len(data):
            break
    pages = [(block, uri) for block, uri in responses if not STATUS_LINE.match(block) or ok(block)]
    if not pages:
        return Capture(b"", None, "", 0)  # well-formed records, none of them a page (warcinfo, requests …)
    block, uri = pages[0]
    found = response_page(block, uri) if STATUS_LINE.match(block) else Capture(block, None, uri, 1)
    return Capture(found.body, found.charset, found.address, len(pages), found.is_html) if found else None


def ok(block: bytes) -> bool:
    status = STATUS_LINE.match(block)
    return status is not None and status.group("status").startswith(b"2")


def response_page(data: bytes, address: str) -> Capture | None:
    """The body of the last response in `data` (redirects first), its transfer and content encodings undone."""
    position = 0
    fields: dict[str, str] = {}
    while status := STATUS_LINE.match(data, position):
        position = status.end()
        block_start = position
        while header := HEADER.match(data, position):
            position = header.end()
        end = HEADER_END.match(data, position)
        if end is None:
            return None  # headers that do not end: not an HTTP response
        fields = headers(data[block_start:position])
        position = end.end()
    body = data[position:]
    if "chunked" in fields.get("transfer-encoding", "").lower():
        body = dechunked(body)
    coding = fields.get("content-encoding", "").lower().strip()
    if coding in ("gzip", "x-gzip", "deflate"):
        body = decompressed(body, coding) or body
    content_type = fields.get("content-type", "").lower()
    found = CHARSET.search(content_type)
    return Capture(body, found.group("name") if found else None, address, 1,
                   True if "html" in content_type else None)


def headers(block: bytes) -> dict[str, str]:
    return {match.group("name").decode("ascii").lower(): match.group("value").decode("latin-1").strip()
            for match in HEADER.finditer(block)}


def dechunked(body: bytes) -> bytes:
    """A chunked body's pieces joined; the body as it is when it is not chunked after all."""
    out = bytearray()
    position = 0
    while size := CHUNK_SIZE.match(body, position):
        length = int(size.group("size"), 16)
        if length == 0:
            return bytes(out)
        out += body[size.end():size.end() + length]
        position = size.end() + length
        position += len(body[position:position + 2]) - len(body[position:position + 2].lstrip(b"\r\n"))
    return bytes(out) if out and position >= len(body.rstrip()) else body


def decompressed(body: bytes, coding: str) -> bytes | None:
    wbits = 16 + zlib.MAX_WBITS if "gzip" in coding else zlib.MAX_WBITS
    for bits in (wbits, -zlib.MAX_WBITS):  # 'deflate' is zlib-wrapped or, from some servers, raw
        try:
            inflater = zlib.decompressobj(bits)
            out = inflater.decompress(body, MAX_BODY)
        except zlib.error:
            continue
        return out if not inflater.unconsumed_tail else None
    return None
