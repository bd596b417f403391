"""Stage 1: raw bytes -> text lines.

Encodings are detected, not assumed (UTF-8 with or without BOM, GB18030/GBK, Big5 ...); line ends are
unified; NULs and control characters are dropped. Saved HTML pages are parsed with BeautifulSoup and
reduced to their main text, one block per line (scripts/html_page.py). Binary input (PDF, images, archives) and text
that no encoding explains is refused with a reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup
from charset_normalizer import from_bytes

from scripts.chinese import CJK_CHAR
from scripts.errors import InputError
from scripts.html_page import PageFacts, html_text

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
# Magic numbers of formats that are certainly not a scraped text page.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF file (extract its text first, e.g. with pdftotext)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive or Office document (.docx/.xlsx: save as text first)",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc: save as text first)",
    b"\x1f\x8b": "a gzip archive",
    b"{\\rtf": "an RTF document (save as text first)",
}
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\ufeff]")
LINE_BREAKS = re.compile(r"\r\n?|[\u0085\u2028\u2029]")
CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
WHITESPACE = re.compile(r"\s")
MIN_CJK_SHARE = 0.05  # below this the text is very unlikely to be a Chinese speech in any encoding
CJK_SAMPLE_CHARS = 2_000  # enough text to tell Chinese from mojibake


@dataclass
class SourceText:
    """Decoded source: its lines, the encoding that explained the bytes, and whether it was HTML."""

    lines: list[str]
    encoding: str
    is_html: bool
    facts: PageFacts = field(default_factory=PageFacts)  # what an HTML page's markup says about it
    after_article: list[str] = field(default_factory=list)  # HTML lines dropped after the article
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (rule, line) HTML chrome dropped


def decode_source(data: bytes, path: Path, encoding: str | None = None) -> SourceText:
    """Decode raw bytes (named by `path` for messages and for the HTML-or-text decision).

    `encoding` is a stated encoding (a sidecar's, from the HTTP header the page came with); it wins over
    detection, and bytes it cannot decode are refused.
    """
    if not data.strip():
        raise InputError(path, "the file is empty")
    refuse_binary(data, path)
    text, encoding = decode_stated(data, path, encoding) if encoding else decode_bytes(data, path)
    is_html = path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    if not is_html:
        lines = text_to_lines(text)
        check_text(lines, path)
        return SourceText(lines=lines, encoding=encoding, is_html=False)
    page = html_text(BeautifulSoup(text, "html.parser"))
    lines = [clean_line(line) for line in page.lines]
    check_text(lines, path)
    return SourceText(lines=lines, encoding=encoding, is_html=True, facts=page.facts,
                      after_article=[clean_line(line).strip() for line in page.after_article if line.strip()],
                      dropped=[(rule, clean_line(line).strip()) for rule, line in page.dropped])


def check_text(lines: list[str], path: Path) -> None:
    if not any(line.strip() for line in lines):
        raise InputError(path, "the file has no text (only whitespace or markup)")
    require_chinese(lines, path)


def refuse_binary(data: bytes, path: Path) -> None:
    """Refuse formats identified by their magic number, and bytes that are mostly non-text."""
    for magic, what in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            raise InputError(path, f"this is {what}, not a text or HTML page")
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if controls / len(sample) > 0.10:
        raise InputError(path, "binary data, not text: too many control bytes")


def decode_stated(data: bytes, path: Path, encoding: str) -> tuple[str, str]:
    codec = "gb18030" if encoding.lower() in {"gb2312", "gbk", "x-gbk"} else encoding
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as error:
        raise InputError(path, f"the stated encoding {encoding} cannot decode byte {error.start}") from error


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 (with or without BOM) first, since it is unambiguous; otherwise ask charset-normalizer."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="strict"), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "big5hkscs", "utf_16", "euc_jp",
                                          "shift_jis", "euc_kr", "cp1252", "latin_1"]).best()
    if best is None:
        raise InputError(path, "cannot decode: the bytes match no known text encoding")
    encoding = "gb18030" if best.encoding in {"gb2312", "gbk"} else best.encoding
    return data.decode(encoding, errors="strict"), encoding


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, normalized to a codec Python knows."""
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    return "gb18030" if name in {"gb2312", "gbk", "gb18030", "x-gbk"} else name


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def text_to_lines(text: str) -> list[str]:
    text = LINE_BREAKS.sub("\n", text)
    return [clean_line(line) for line in text.split("\n")]


def clean_line(line: str) -> str:
    """NFC-normalize and drop control characters (NUL, zero-width, bidi marks) from one line."""
    line = CONTROL_CHARS.sub("", line).replace("\t", " ")
    return unicodedata.normalize("NFC", line)


def require_chinese(lines: list[str], path: Path) -> None:
    text = "".join(lines)[:CJK_SAMPLE_CHARS]
    letters = len(WHITESPACE.sub("", text))
    cjk = len(text) - len(CJK_CHAR.sub("", text))
    if not letters or cjk / letters < MIN_CJK_SHARE:
        raise InputError(path, "no Chinese text found: wrong encoding, or not a speech")
