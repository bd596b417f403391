"""A web page saved as one MIME archive: MHTML (`.mht`, `.mhtml`), what a browser writes for "save page as a single
file" (Chrome/Edge 'Saved by Blink', Internet Explorer and Word's 'MimeOLE', Firefox add-ons).

The file is a mail message (RFC 2557): headers (`MIME-Version`, `Content-Type: multipart/related; boundary=…`,
often `Subject:` holding the page's <title> and `Snapshot-Content-Location:` its address), then one part per
resource, each with its own headers and its bytes in quoted-printable or base64. The page is the first `text/html`
part (the root the `start` parameter names, when it names one; else a saved mail's `text/plain` part); its
images, style sheets and frames are no text.
The standard library's `email` parser reads it (the bytes are never run, no part is written anywhere), and the page
is then read as any page: the part's stated charset is passed on, and its `Content-Location` is the page's address.
An archive without an HTML part (a saved mail, a bare image) is refused saying so.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage

from scripts.clean.decode import is_text_encoding

# The first lines of a MIME archive: mail headers, one of them MIME-Version or a multipart Content-Type, before
# the first blank line; a page never opens that way (an HTTP response opens with its status line, 'HTTP/1.1 200').
HEADER_BLOCK = re.compile(rb"\A(?:[ \t]*\r?\n)*((?:[A-Za-z][\w-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){1,40})\r?\n")
MIME_MARK = re.compile(rb"^(?:MIME-Version:|Content-Type:[ \t]*multipart/related)", re.I | re.M)
HEAD_BYTES = 8192  # the headers of an archive fit in this (Blink writes six lines, MimeOLE a dozen)


@dataclass(frozen=True)
class SavedPage:
    html: bytes  # the page's bytes, transfer encoding undone (b'' when the archive holds no page)
    charset: str | None  # the part's stated charset, when Python knows it
    address: str  # its Content-Location (or the archive's Snapshot-Content-Location)
    title: str  # the archive's Subject (a browser writes the page's <title> there)
    parts: int  # how many parts the archive holds
    framed: bool = False  # the page is a frame's part, not the archive's root
    is_html: bool = True  # an HTML part (else a saved mail's plain text)


def looks_like_mime_archive(data: bytes) -> bool:
    head = HEADER_BLOCK.match(data[:HEAD_BYTES].removeprefix(b"\xef\xbb\xbf"))
    return head is not None and MIME_MARK.search(head.group(1)) is not None


def saved_page(data: bytes) -> SavedPage:
    """The HTML page inside a MIME archive (looks_like_mime_archive must hold)."""
    message = email.message_from_bytes(data.removeprefix(b"\xef\xbb\xbf"), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    parts = [part for part in message.walk() if not part.is_multipart()]
    pages = [part for part in parts if part.get_content_type() in ("text/html", "application/xhtml+xml")] \
        or [part for part in parts if part.get_content_type() == "text/plain"]  # a saved mail's text
    start = str(message.get_param("start", "") or "").strip("<>")
    rooted = [part for part in pages if start and str(part.get("Content-ID", "")).strip("<>") == start]
    root = (rooted or pages)[0] if pages else None
    address = str(message.get("Snapshot-Content-Location", "") or "")
    title = str(message.get("Subject", "") or "").strip()
    if root is None:
        return SavedPage(b"", None, address, title, len(parts))
    # a page that shows its article in a frame: the browser saved each frame as a part of its own, and the
    # article's frame is the one with the most Chinese in it (the root's menus, a share widget's frame, have little)
    page = max(pages, key=lambda part: (chinese_count(part), part is root))
    payload = page.get_payload(decode=True)
    html = payload if isinstance(payload, bytes) else b""
    charset = page.get_content_charset()
    return SavedPage(html, charset if charset and is_text_encoding(charset) else None,
                     str(page.get("Content-Location", "") or "") or address, title, len(parts),
                     framed=page is not root, is_html=page.get_content_type() != "text/plain")


CJK = re.compile(r"[\u4e00-\u9fff]")


def chinese_count(part: EmailMessage) -> int:
    """How many Chinese characters a part holds, read in its stated charset, UTF-8 or GB18030 (whichever reads
    most: the count only compares the parts)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return 0
    charsets = [name for name in (part.get_content_charset(), "utf-8", "gb18030") if name and is_text_encoding(name)]
    return max(len(CJK.findall(payload.decode(name, errors="ignore"))) for name in charsets)

