"""Stage 1: raw bytes -> text lines.

Encodings are detected, not assumed (UTF-8 with or without BOM, GB18030/GBK, Big5 ...); line ends are
unified; NULs and control characters are dropped. Saved HTML pages are parsed with BeautifulSoup and
reduced to their main text, one block per line (scripts/clean/html_page.py). Binary input (PDF, images,
archives) and text that no encoding explains is refused with a reason.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup
from charset_normalizer import CharsetMatch, CharsetMatches, from_bytes

from scripts.clean.chinese import CJK_CHAR, CJK_RANGE, CONTROL_CHARS, LINE_BREAKS
from scripts.clean.dates import DATE_RE, dates_in
from scripts.clean.entities import decode_references
from scripts.clean.html_page import TITLE_SEPARATOR, PageFacts, html_text
from scripts.clean.shadow import simplified
from scripts.clean.structure import rejoin_hard_wrapped
from scripts.core.errors import InputError

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
PARAGRAPH_GAP = re.compile(r"(?<=\S)[^\S\n]{2,}(?=\S)")  # two or more spaces of any width
# '…祝福！ 过去一年', '…钥匙。 2. 二，'
PARAGRAPH_END_GAP = re.compile(r"(?<=[。！？!?”」』])[^\S\n](?=[\u4e00-\u9fff“「『《（【0-9])")
WIDE_CHARS = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"  # Chinese characters and the full-width marks
# The space a crawler put between two of the page's strings ('首页 新闻中心 正文'), next to a Chinese character: in a
# line joined so, Chinese prose has none; a space between two Latin words ('Powered by Hexo') is the string's own.
STRING_GAP = re.compile(rf"(?<=[{WIDE_CHARS}])[^\S\n](?=\S)|(?<=\S)[^\S\n](?=[{WIDE_CHARS}])")
WIDE_CHAR = re.compile(f"[{WIDE_CHARS}]")
CRAWLER_SPACE = re.compile(rf"(?<=[{WIDE_CHARS}]) (?=[{WIDE_CHARS}])")
LABEL_COLON = re.compile(r"[：:]")
SENTENCE_MARKS = re.compile(r"[，。；！？、,;!?]")
STRING_RUN_MIN = 3  # strings in a row without a sentence's marks: a menu or a list, not words set apart in a sentence
RUN_ON_MIN_CHARS = 200  # a flattened page's line; a wrapped PDF line or a title is far shorter
RUN_ON_MIN_GAPS = 3  # gaps needed before a line is taken for a flattened page (one may be a typo)
CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
WHITESPACE = re.compile(r"\s")
MIN_CJK_SHARE = 0.05  # below this the text is very unlikely to be a Chinese speech in any encoding
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
CJK_SAMPLE_CHARS = 2_000  # enough text to tell Chinese from mojibake
# What a Chinese page is written in: ASCII, Latin-1, punctuation and symbols, CJK (and its punctuation,
# radicals, full-width forms, bopomofo), box drawing. A share of other characters above
# MAX_NONSENSE_SHARE means the stated encoding is wrong.
PLAUSIBLE = re.compile(r"[\x20-\x7e\xa0-\xff\u2000-\u27bf\u2e80-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                       r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
MAX_NONSENSE_SHARE = 0.2
# Codecs Python lists as text encodings that no web page is written in (or that refuse every byte).
NOT_PAGE_ENCODINGS = {"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape"}


@dataclass
class SourceText:
    """Decoded source: its lines, the encoding that explained the bytes, and whether it was HTML."""

    lines: list[str]
    encoding: str
    is_html: bool
    facts: PageFacts = field(default_factory=PageFacts)  # what an HTML page's markup says about it
    after_article: list[str] = field(default_factory=list)  # HTML lines dropped after the article
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (rule, line) HTML chrome dropped


def decode_source(data: bytes, path: Path, encoding: str | None = None, html: bool | None = None) -> SourceText:
    """Decode raw bytes (named by `path` for messages and for the HTML-or-text decision).

    `encoding` is a stated encoding (a sidecar's, from the HTTP header the page came with); it wins over
    detection, and bytes it cannot decode are refused. `html` is the containers stage's word on whether
    the page it unwrapped is HTML (None: decide from the file name and the text).
    """
    if not data.strip():
        raise InputError(path, "the file is empty")
    refuse_binary(data, path)
    text, encoding = decode_stated(data, path, encoding) if encoding else decode_bytes(data, path)
    is_html = html if html is not None else path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    if not is_html:
        lines = text_to_lines(text)
        check_text(lines, path)
        flattened = flattened_export(text.splitlines())  # one line as saved, before its paragraph gaps part it
        if flattened:
            title, chrome, (headline, rest) = flattened
            return SourceText(lines=[headline, "", *text_to_lines(rest)], encoding=encoding, is_html=False,
                              facts=PageFacts(title=title, menu_dates=post_date_rows(chrome[0], rest)),
                              dropped=[("flattened-page-chrome", piece) for piece in chrome if piece])
        at = exported_page_title(lines)
        if at is None:
            return SourceText(lines=lines, encoding=encoding, is_html=False)
        return SourceText(lines=lines[:at] + lines[at + 1:], encoding=encoding, is_html=False,
                          facts=PageFacts(title=lines[at].strip()))
    page = html_text(BeautifulSoup(text, "html.parser"))
    lines = [clean_line(line) for line in page.lines]
    if not any(line.strip() for line in lines) and (page.dropped or page.after_article):
        raise InputError(path, f"no article found: all {len(page.dropped) + len(page.after_article)} blocks of text "
                               "on the page read as navigation, link lists or other page furniture (a list or "
                               "digest of several items, or a page without its article); copy the speech's text "
                               "into a file of its own")
    check_text(lines, path)
    return SourceText(lines=lines, encoding=encoding, is_html=True, facts=page.facts,
                      after_article=[clean_line(line).strip() for line in page.after_article if line.strip()],
                      dropped=[(rule, clean_line(line).strip()) for rule, line in page.dropped])


EXPORTED_TITLE_MAX = 150  # a <title> runs to a line; a paragraph that opens the text is longer
EXPORTED_TITLE_REACH = 400  # the headline the page shows comes before the text, within its menus


def exported_page_title(lines: list[str]) -> int | None:
    """Where a crawler's text export of a page wrote the page's <title>: its first line, when a later line (the
    headline the page shows) is that line's first or last part, the rest being the site's and the column's names
    after or before a separator ('某某会议召开_要闻_某某网' over '某某会议召开'). Read so, the metadata takes the title
    as it takes an HTML page's <title>; otherwise the line is the first of the text. None when the first line is
    no such title."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None or len(lines[first].strip()) > EXPORTED_TITLE_MAX:
        return None
    title = lines[first].strip()
    for line in lines[first + 1:first + EXPORTED_TITLE_REACH]:
        shown = line.strip()
        if len(shown) < 4 or shown == title:
            continue
        if (title.startswith(shown) and re.match(f"(?:{TITLE_SEPARATOR})\\S", title[len(shown):])) \
                or (title.endswith(shown) and re.search(f"\\S(?:{TITLE_SEPARATOR})$", title[:-len(shown)])):
            return first
    return None


FLATTENED_MIN = 1000  # a page saved whole on one line: its menus, its text and its footer


def flattened_export(lines: list[str]) -> tuple[str, tuple[str, str], tuple[str, str]] | None:
    """A page a crawler saved as one line of its visible strings (the <title>, the menus, the headline, the text,
    the footer, joined by spaces or by nothing) -> (the <title>, (the strings between it and the headline, the
    footer after the text: flattened_tail), (the headline, the text)).
    The <title> is its headline, a separator and the site's name (one word); the headline is printed again before
    the text's first sentence ends, the first time there. What lies between is the page's menus and banners, which an
    HTML page's markup would set apart as chrome (flattened-page-chrome in cruft.yml); the headline becomes a line
    of its own and the <title> is read as an HTML page's is. None for any other file."""
    texts = [line.strip() for line in lines if line.strip()]
    if len(texts) != 1 or len(texts[0]) < FLATTENED_MIN:
        return None
    line = texts[0]
    found = repeated_headline(line)
    if found is None:
        return None
    headline, title_end, again = found
    rest = line[again + len(headline):].strip()
    tail = flattened_tail(rest)
    return line[:title_end].strip(), (line[title_end:again].strip(), rest[tail:].strip()), (headline, rest[:tail])


ROW_DATE_REACH = 40  # a post's meta row under its headline: its date comes before the text's first clause


def post_date_rows(menus: str, text: str) -> list[str]:
    """Where a page saved on one line prints its post's date: the menus between the <title> and the headline, or
    the row opening the text under the headline ('2021-08-24 · 全文 5673 字 …', '发表于 2015-08-13 我想…'), each
    only when it holds one day and, under the headline, before any clause of the text."""
    opening = DATE_RE.search(text[:ROW_DATE_REACH])
    row = text[:opening.end()] if opening and not re.search(r"[。！？，,]", text[:opening.start()]) else ""
    return [piece for piece in (menus, row) if len({*dates_in(simplified(piece))}) == 1][:1]


def repeated_headline(line: str) -> tuple[str, int, int] | None:
    """(headline, end of the <title>, where the headline is printed again) of a page saved on one line: the <title>'s
    part before a separator that the page prints again before the text's first sentence ends. The longest such part
    wins: a headline may hold a separator of its own ('时间的朋友-罗某宇(2020) | 某某博客' over the headline
    '时间的朋友-罗某宇(2020)')."""
    separators = [found for found in re.finditer(TITLE_SEPARATOR, line[:EXPORTED_TITLE_MAX]) if found.start() >= 4]
    for separator in reversed(separators):
        headline = line[:separator.start()].strip()
        site = re.match(r"\S+", line[separator.end():])
        sentence_end = line.find("。", separator.end())
        for title_end in (separator.end() + (site.end() if site else 0),
                          site_parts_end(line, separator.end())):  # strings joined with no space: after the last
            again = line.find(headline, title_end, sentence_end if sentence_end > 0 else len(line))  # short part
            if again >= 0:
                return headline, title_end, again
    return None


FLATTENED_FOOTER = re.compile(r"ICP备|Copyright|版权所有|©", re.IGNORECASE)
# The editor's credit that closes a news page's article, right after a sentence ('…参加报告会。编辑：某某').
FLATTENED_CREDIT = re.compile(r"(?<=[。！？”’」』])\s*(?:责任编辑|编辑|责编|审核|审校|编审|校对)\s*[：:]")


def flattened_tail(text: str) -> int:
    """Where the text of a page saved as one line ends, when its footer ran into it: at the last editor's credit
    right after a sentence (FLATTENED_CREDIT) in the text's second half, before the site's footer (its ICP
    number or copyright, FLATTENED_FOOTER); the credit, the lists of other headlines and the footer are the
    page's. The whole text when either is missing."""
    shadow = simplified(text)  # '編輯：' and '版權所有' too; the shadow keeps the text's length
    footer = FLATTENED_FOOTER.search(shadow, len(shadow) // 2)
    credits = list(FLATTENED_CREDIT.finditer(shadow, len(shadow) // 2, footer.start())) if footer else []
    return credits[-1].start() if credits and len(shadow) == len(text) else len(text)


SITE_PART_MAX = 12  # a column's or a site's name in a <title> ('南开要闻', '某某大学新闻网')


def site_parts_end(line: str, start: int) -> int:
    """Where the site's parts of a <title> end on a line whose strings run together ('…-南开要闻-某某大学首页…'):
    after each part of SITE_PART_MAX characters or fewer that another separator follows; the part that runs on
    past that length is the menu after the <title>, no longer told from its last part."""
    part_start = end = start
    for found in re.compile(TITLE_SEPARATOR).finditer(line, start):
        if found.start() - part_start > SITE_PART_MAX:
            break
        end, part_start = found.start(), found.end()
    return end


def check_text(lines: list[str], path: Path) -> None:
    if not any(line.strip() for line in lines):
        raise InputError(path, "the file has no text (only whitespace or markup)")
    require_chinese(lines, path)


def refuse_binary(data: bytes, path: Path) -> None:
    """Refuse formats identified by their magic number, and bytes that are mostly non-text."""
    for magic, what in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            raise InputError(path, f"this is {what}, not a text or HTML page")
    if data.startswith(UTF16_BOMS) or bomless_utf16(data):
        return  # UTF-16 text is full of NUL bytes: its BOM (or their places) says what it is, decoding checks the rest
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if controls / len(sample) > 0.10:
        raise InputError(path, "binary data, not text: too many control bytes")


UTF16_NUL_SIDE = 4  # the NUL bytes of UTF-16 text stand on one side of its byte pairs: this many times more there


def bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without a byte-order mark (a Windows tool's "Unicode" save):
    its ASCII characters (line ends, digits, tags) give NUL bytes on one side of their byte pairs only, and it
    decodes to Chinese text with line breaks. None for any other bytes (a binary file's NULs fall on both sides)."""
    sample = data[:65536]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    codec = ("utf-16-le" if odd > UTF16_NUL_SIDE * max(even, 1) else
             "utf-16-be" if even > UTF16_NUL_SIDE * max(odd, 1) else None)
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text if ch < " " and ch not in "\r\n\t")
    return codec if "\n" in text and not controls and CJK_CHAR.search(text) else None


def is_text_encoding(name: object) -> bool:
    """A name Python decodes bytes to text with (not base64, rot13, zlib ... nor the `undefined` codec)."""
    if not isinstance(name, str) or not name.strip():
        return False
    try:
        info = codecs.lookup(name)
    except LookupError:
        return False
    return info._is_text_encoding and info.name not in NOT_PAGE_ENCODINGS


def decode_stated(data: bytes, path: Path, encoding: str) -> tuple[str, str]:
    if not is_text_encoding(encoding):
        raise InputError(path, f"the stated encoding {encoding!r} is not a text encoding (e.g. gb18030, utf-8)")
    codec = "gb18030" if encoding.lower() in {"gb2312", "gbk", "x-gbk"} else encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(path, f"the stated encoding {encoding} cannot decode byte {error.start}"
                               f"{odd_length_hint(data, codec)}") from error
    share = nonsense_share(text)
    if share > MAX_NONSENSE_SHARE:
        raise InputError(path, f"the stated encoding {encoding} turns the bytes into nonsense ({share:.0%} of the "
                               "characters are unassigned, private-use or from scripts a Chinese page does not "
                               "use); is it the right encoding?")
    return text, codec


def nonsense_share(text: str) -> float:
    """Share of the (non-space) characters a Chinese page would not contain: what bytes read in the wrong
    encoding turn into (UTF-8 bytes read as UTF-16 give Hangul, private-use and unassigned characters)."""
    sample = WHITESPACE.sub("", text[:CJK_SAMPLE_CHARS * 2])[:CJK_SAMPLE_CHARS]
    if not sample:
        return 0.0
    return sum(not PLAUSIBLE.match(char) for char in sample) / len(sample)


def odd_length_hint(data: bytes, codec: str) -> str:
    """UTF-16 is two bytes a character: an odd byte count means a truncated or mislabelled file."""
    if codecs.lookup(codec).name.startswith("utf-16") and len(data) % 2:
        return f" (UTF-16 needs an even number of bytes, the file has {len(data):,}: truncated or not UTF-16)"
    return ""


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 (with or without BOM) first, since it is unambiguous; otherwise ask charset-normalizer."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec, errors="strict"), codec
            except UnicodeDecodeError as error:
                raise InputError(path, f"the file starts with a {codec.upper()} byte-order mark but cannot be "
                                       f"decoded as {codec.upper()} at byte {error.start}"
                                       f"{odd_length_hint(data, codec)}") from error
    if utf16 := bomless_utf16(data):
        return data.decode(utf16), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if nonsense_share(text) <= MAX_NONSENSE_SHARE:
                return text, declared
    matches = from_bytes(data, cp_isolation=["gb18030", "big5", "big5hkscs", "utf_16", "euc_jp",
                                             "shift_jis", "euc_kr", "cp1252", "latin_1"])
    best = chinese_reading(matches) or matches.best()
    if best is None:
        raise InputError(path, "cannot decode: the bytes match no known text encoding")
    encoding = "gb18030" if best.encoding in {"gb2312", "gbk"} else best.encoding
    return data.decode(encoding, errors="strict"), encoding


LATIN_CODECS = {"cp1252", "latin_1", "iso8859_1", "windows-1252"}
CHINESE_CODECS = ("gb18030", "big5", "big5hkscs")
CHINESE_TEXT = re.compile(f"[{CJK_RANGE}\u2010-\u2027\u3000-\u303f\uff00-\uffef]")  # characters, punctuation


def chinese_reading(matches: CharsetMatches) -> CharsetMatch | None:
    """The GB18030 or Big5 reading of bytes charset-normalizer finds most coherent as Latin-1 or cp1252: on a
    page that is mostly ASCII (a long template with no charset declaration) the few Chinese bytes weigh little,
    and its best guess reads them as 'Ã¤' letters. A Chinese reading in which most characters beyond ASCII are
    Chinese characters is the page (the archive's pages are Chinese); None when there is none, or the best
    guess is not a Latin one."""
    best = matches.best()
    if best is None or best.encoding not in LATIN_CODECS:
        return None
    for match in matches:
        if match.encoding in CHINESE_CODECS:
            beyond_ascii = "".join(ch for ch in str(match) if ord(ch) > 127)
            if beyond_ascii and len(CHINESE_TEXT.findall(beyond_ascii)) >= 0.8 * len(beyond_ascii):
                return match
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, normalized to a codec Python knows."""
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    if not is_text_encoding(name):
        return None  # like a browser, ignore a label that names no text encoding and detect instead
    return "gb18030" if name in {"gb2312", "gbk", "gb18030", "x-gbk"} else name


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def text_to_lines(text: str) -> list[str]:
    """A plain-text page's lines; the character references a scraper left in it (`&nbsp;`, `&ldquo;`) decoded. A
    hard-wrapped dump's lines (a PHP or PDF dump cutting every line of the file at one width) are rejoined first,
    as the file's lines, before any rule reads them (rejoin_hard_wrapped in structure.py); a line ends there where
    it ends for the rules (LINE_BREAKS: U+2028, U+2029 and NEL too), so a dump of line separators is rejoined."""
    text = "\n".join(rejoin_hard_wrapped(LINE_BREAKS.sub("\n", text).split("\n")))
    text = LINE_BREAKS.sub("\n", decode_references(text))
    return [clean_line(part) for line in text.split("\n") for part in scraped_paragraphs(line)]


def scraped_paragraphs(line: str) -> list[str]:
    """A scraper that flattened a page to one line leaves its paragraphs separated by runs of spaces or by the
    full-width indent of the next paragraph ('…会议。  新华社北京电…', '…。　　第二段'), or by a single space after
    each paragraph's closing mark ('…致以美好的新年祝福！ 过去一年，…', a crawler joining the <p> texts with ' ').
    A long line with several such gaps is cut there, so that each paragraph (and each caption, byline and signature
    row) is a line. A space after a closing mark is tried only when there are no wider gaps: Chinese prose puts no
    space there, while a stray space inside a sentence ('我们 向全校师生') is no paragraph's end. A line joined so is
    the crawler's, strings and all: each part is cut again into the page's menus and lists (page_strings)."""
    if len(line) < RUN_ON_MIN_CHARS:
        return [line]
    parts = [part for part in PARAGRAPH_GAP.split(line) if part]
    if len(parts) > RUN_ON_MIN_GAPS:
        return parts
    parts = [part for part in PARAGRAPH_END_GAP.split(line) if part]
    if len(parts) > RUN_ON_MIN_GAPS:
        return [string for part in parts for string in page_strings(part)]
    return [line]


def page_strings(part: str) -> list[str]:
    """A flattened page's part between two paragraph ends, cut into the page's strings where it holds a run of
    STRING_RUN_MIN or more Chinese strings without a sentence's marks ('首页 新闻中心 正文', a list of other posts): a
    menu, a list. Fewer such strings between others with marks are words a crawler set apart within a sentence (a
    link, a bold name: '省委副书记、代省长 王某明 出席开幕式并致辞。'), so that sentence stays one line; a Latin
    word or a number among them ('我们向 Hexo 社区和 2025 年的…') is the sentence's own, counted for neither. A row
    of labelled fields stays one line too (field_row)."""
    lines: list[str] = []
    sentence: list[str] = []  # the strings of the line being read, joined again as the page showed them
    run: list[str] = []  # the strings without marks since the last string with marks
    for string in [*STRING_GAP.split(part), ""]:
        if string and not SENTENCE_MARKS.search(string):
            run.append(string)
            continue
        if sum(1 for piece in run if WIDE_CHAR.search(piece)) >= STRING_RUN_MIN and not field_row(run):
            lines += [joined_strings(sentence)] if sentence else []
            lines += run
            sentence = []
        else:
            sentence += run
        sentence += [string] if string else []
        run = []
    return [line for line in [*lines, joined_strings(sentence)] if line]


def field_row(strings: list[str]) -> bool:
    """'发布时间：2022-12-30 来源：某某日报 字号：大 中 小', '党委书记：王某明 校长：李某 2025年1月1日': half the
    strings or more carry a label's colon, a row the page set on one line (a stamp row, a joint signature), read so
    by the line rules."""
    return 2 * sum(1 for string in strings if LABEL_COLON.search(string)) >= len(strings)


def joined_strings(strings: list[str]) -> str:
    """A sentence's strings as the page showed them: with nothing between two Chinese characters (the crawler's space
    stood for the edge of a link or a bold name: '代省长王某明出席'), with a space next to a Latin word or a number."""
    return CRAWLER_SPACE.sub("", " ".join(strings))


def clean_line(line: str) -> str:
    """NFC-normalize and drop control characters (NUL, zero-width, bidi marks) from one line."""
    line = CONTROL_CHARS.sub("", line).replace("\t", " ")
    return unicodedata.normalize("NFC", line)


def require_chinese(lines: list[str], path: Path) -> None:
    """Refuse a text with (almost) no Chinese: its first CJK_SAMPLE_CHARS characters, else the whole text, hold less
    than MIN_CJK_SHARE of Chinese. A page whose menus in English the HTML reader did not know for chrome (a saved
    GitHub page: thousands of characters of its header before a Chinese post) is Chinese taken whole."""
    text = "".join(lines)
    if not (chinese_share(text[:CJK_SAMPLE_CHARS]) >= MIN_CJK_SHARE or chinese_share(text) >= MIN_CJK_SHARE):
        raise InputError(path, "no Chinese text found: wrong encoding, or not a speech")


def chinese_share(text: str) -> float:
    letters = len(WHITESPACE.sub("", text))
    return (len(text) - len(CJK_CHAR.sub("", text))) / letters if letters else 0.0
