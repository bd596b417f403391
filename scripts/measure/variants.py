"""Label-preserving variants of a labelled page, for metamorphic evaluation: `make eval SET=dir VARIANT=name`.

A page from a site nobody here has seen differs from a development page in ways that must not change the
right answer: it may be written in traditional characters, its class names may say nothing, it may be GBK or
Big5, its lines may end in CRLF, have no blank lines between paragraphs, have been hard-wrapped by a PDF or
PHP dump, or have had its full-width punctuation folded to ASCII. Each variant below rewrites a page's raw
bytes in one such way; the evaluator then scores the cleaner on the rewritten page against the same label
(its strings mapped by the variant's `text` function where the variant changes characters, as `traditional`
does). A rule that holds on the plain page and breaks on a variant depends on something the right answer does
not: an over-fitted rule. Scoring is otherwise the plain evaluation's (scripts/measure/evaluate.py).

Each variant is a small function `(text, html) -> text | None` registered with `@variant(...)`; it gets the
page decoded as the cleaner decodes it and whether it is HTML, and returns the new text, or None when the
variant does not apply to the page (a `wrapped` HTML page, a plain-text page with a character Big5 cannot
write): that page is then scored as it is, and the run says how many pages the variant changed. A variant that
changes the encoding says so with `encoding`; the others write UTF-8 (a BOM the page had is kept).

A label-aware variant (registered with `@label_variant(...)`, so far only `other-names`) needs the page's
label to know what to rewrite: its function `(label, file name) -> (page, text) | None` gets the label and
returns, for that page alone, the `(text, html) -> text | None` page function and the `text` function its
label's strings go through (None: the variant does not apply to the page). The evaluator asks
`Variant.for_page(label, path)` for the variant as it applies to one page before it calls `apply`; for every
other variant `for_page` returns the variant itself, so nothing else changes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import quopri
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.clean.containers import csv_header, field_header, looks_like_code, looks_like_template, renders_markup
from scripts.clean.decode import HTML_SUFFIXES, decode_bytes, looks_like_html
from scripts.clean.xml_records import xml_records

FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*\r?\n", re.S)
# a CSV file (a header row of column names), JSON, or wikitext: data a dump does not wrap
STRUCTURED_TEXT = re.compile(r"\A\ufeff?\s*(?:[\w\u4e00-\u9fff]+(?:,[\w\u4e00-\u9fff]+)+\s*$|[\[{])|\[\[|\{\{", re.M)
SQL_START = re.compile(r"\s*(?:INSERT\s+INTO|CREATE\s+TABLE|DROP\s+TABLE|SET\s|--\s|/\*|#|\()", re.I)
COMPONENT_FILE = re.compile(r"\s*<template\b", re.I)  # a Vue single-file component opens with its template
SCRIPT_DATA = re.compile(r"\s*(?:(?:var|let|const)\s+)?[\w$.]+\s*=\s*[\[{]")  # a script file's data: `var data = {`
WRAP_WIDTH = 35  # characters a line of a hard-wrapped dump holds (PHP and PDF text dumps wrap about here)


PageFunction = Callable[[str, bool], "str | None"]
LabelAware = Callable[[dict, str], "tuple[PageFunction, Callable[[str], str]] | None"]


@dataclass(frozen=True)
class Variant:
    name: str
    doc: str
    page: Callable[[str, bool], str | None]  # (decoded page, is HTML) -> new page, or None: not applicable
    text: Callable[[str], str]  # how a label's strings change with the page (identity for most variants)
    encoding: str = "utf-8"  # the encoding the new page is written in
    suffix: str = ""  # the new page's file suffix when the variant changes the kind of file ('' keeps it)
    label_aware: LabelAware | None = None  # (label, file name) -> (page, text) for that page, or None

    def for_page(self, label: dict, path: Path) -> Variant | None:
        """The variant as it applies to one labelled page: itself, unless it is label-aware (then None when it
        does not apply to this page)."""
        if self.label_aware is None:
            return self
        bound = self.label_aware(label, path.name)
        if bound is None:
            return None
        return Variant(self.name, self.doc, bound[0], bound[1], self.encoding, self.suffix)

    def file_name(self, path: Path) -> str:
        return path.stem + self.suffix if self.suffix else path.name

    def apply(self, data: bytes, path: Path) -> bytes | None:
        """The page's new bytes, or None when the variant does not apply to this page."""
        text, codec = decode_bytes(data, path)
        html = path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
        changed = self.page(text, html)
        if changed is None or (changed == text and self.encoding == "utf-8"):
            return None
        if self.encoding != "utf-8":
            try:  # an HTML page writes what its encoding lacks as a character reference, as GBK sites do
                return changed.encode(self.encoding, errors="xmlcharrefreplace" if html else "strict")
            except UnicodeEncodeError:
                return None  # a plain-text page with a character the encoding cannot write
        return changed.encode("utf-8-sig" if codec == "utf-8-sig" else "utf-8")


VARIANTS: dict[str, Variant] = {}


def same(text: str) -> str:
    return text


def variant(name: str, text: Callable[[str], str] = same, encoding: str = "utf-8", suffix: str = ""):
    """Register a page transformation under `name` (its docstring is what `--variant help` shows)."""
    def register(function: Callable[[str, bool], str | None]) -> Callable[[str, bool], str | None]:
        VARIANTS[name] = Variant(name, " ".join((function.__doc__ or "").split()), function, text, encoding,
                                 suffix)
        return function
    return register


def label_variant(name: str):
    """Register a label-aware variant under `name`: a function `(label, file name) -> (page, text) | None`."""
    def register(function: LabelAware) -> LabelAware:
        VARIANTS[name] = Variant(name, " ".join((function.__doc__ or "").split()), lambda text, html: None, same,
                                 label_aware=function)
        return function
    return register


@cache
def _opencc(config: str):
    import opencc  # pinned in requirements.txt (scripts/clean/shadow.py uses it the other way)
    return opencc.OpenCC(config)


def to_traditional(text: str) -> str:
    """Simplified to traditional (Taiwan) characters with OpenCC's s2tw, as a site serving 繁體 writes."""
    return _opencc("s2tw").convert(text)


def outside_markup(text: str, html: bool, change: Callable[[str], str]) -> str:
    """`change` applied to the text between tags of an HTML page (tags and comments kept byte for byte), or to
    all of a plain-text page."""
    if not html:
        return change(text)
    parts = re.split(r"(<!--.*?-->|<[^>]*>)", text, flags=re.S)
    return "".join(part if i % 2 else change(part) for i, part in enumerate(parts))


# ---- characters -------------------------------------------------------------------------------------------

@variant("traditional", text=to_traditional)
def traditional(text: str, html: bool) -> str:
    """The page in traditional characters (OpenCC s2tw), its label's strings converted the same way."""
    parts = re.split(r"(<script\b.*?</script>|<style\b.*?</style>)", text, flags=re.S | re.I) if html else [text]
    return "".join(part if i % 2 else to_traditional(part) for i, part in enumerate(parts))


FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: ord(" ")}
MARKUP_CHARACTERS = {ord(c) + 0xFEE0 for c in "<>&\"'"}  # kept full width in HTML: as ASCII they would be markup


@variant("fullwidth-halfwidth")
def fullwidth_halfwidth(text: str, html: bool) -> str:
    """Full-width forms folded to ASCII (：（）１２ → :()12, the ideographic space to a space), as NFKC does."""
    table = {k: v for k, v in FULLWIDTH.items() if not (html and k in MARKUP_CHARACTERS)}
    return outside_markup(text, html, lambda part: part.translate(table))


# ---- markup -----------------------------------------------------------------------------------------------

ATTRIBUTE = re.compile(r"""(?<=[\s"'])(class|id)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)


def neutral_token(kind: str, value: str) -> str:
    return kind[0].lower() + hashlib.sha1(value.encode("utf-8")).hexdigest()[:8]


@variant("renamed-classes")
def renamed_classes(text: str, html: bool) -> str | None:
    """Every class and id value of an HTML page replaced by a token derived from a hash (same name, same
    token), so that hints like 'footer', 'share', 'related' vanish and the page's structure must carry it."""
    if not html:
        return None

    def rename(match: re.Match) -> str:
        kind, equals, quoted = match.groups()
        quote = quoted[0] if quoted[0] in "\"'" else ""
        value = quoted[1:-1] if quote else quoted
        tokens = " ".join(neutral_token(kind, token) for token in value.split())
        return f"{kind}{equals}{quote}{tokens}{quote}"

    parts = re.split(r"(<[A-Za-z][^>]*>)", text)  # only inside start tags, never in the text
    return "".join(ATTRIBUTE.sub(rename, part) if i % 2 else part for i, part in enumerate(parts))


SECTIONING = re.compile(r"<(/?)(nav|header|footer|aside|article|main|section|menu)\b", re.I)


@variant("generic-tags")
def generic_tags(text: str, html: bool) -> str | None:
    """HTML5's sectioning elements (nav, header, footer, aside, article, main, section, menu) written as plain
    divs, as older and hand-made sites write every box: the page's structure must carry it, not the tag names."""
    if not html or not SECTIONING.search(text):
        return None
    return SECTIONING.sub(lambda m: f"<{m.group(1)}div", text)


TITLE_ELEMENT = re.compile(r"(<title\b[^>]*>)(.*?)(</title>)", re.I | re.S)
def has_page_title(text: str, html: bool) -> bool:
    """An HTML page with a <title> element (a crawler's XML record has a <title> field: the record's, not a page's
    <title> a CMS writes its site's name into)."""
    return html and bool(TITLE_ELEMENT.search(text)) and not xml_records(text)


SITE_SUFFIX = "_示例市人民政府门户网站"  # a made-up site's name, as a CMS appends it to every page's <title>


@variant("title-site-suffix")
def title_site_suffix(text: str, html: bool) -> str | None:
    """The site's name appended to the page's <title> after '_', as most government and news CMSs write it
    ('标题_某某市人民政府'): the speech's title must come out the same."""
    if not has_page_title(text, html):
        return None
    return TITLE_ELEMENT.sub(lambda m: m.group(1) + m.group(2).rstrip() + SITE_SUFFIX + m.group(3), text, count=1)


SITE_PREFIX = "示例市人民政府 - 新闻中心 - "  # a made-up site and column, as some CMSs put them before the headline


@variant("title-site-prefix")
def title_site_prefix(text: str, html: bool) -> str | None:
    """The site's and the column's names put before the page's <title> with ' - ', as other CMSs write it
    ('某某市人民政府 - 新闻中心 - 标题'): the speech's title must come out the same."""
    if not has_page_title(text, html):
        return None
    return TITLE_ELEMENT.sub(lambda m: m.group(1) + SITE_PREFIX + m.group(2).lstrip() + m.group(3), text, count=1)


# ---- dates ------------------------------------------------------------------------------------------------
# Sites write one date many ways: 2024-03-05, 2024/03/05, 2024.3.5, 2024年3月5日, 二〇二四年三月五日 (a signed
# message's date). A date rule that finds one form and not another is fitted to the sites it was tried on. Each
# variant rewrites every full date in the page's text (never inside a tag, a web address or a longer number)
# into one other form, and the label's strings the same way; the date a label gives is the same date.

NOT_AFTER, NOT_BEFORE = r"(?<![0-9A-Za-z_/.\-])", r"(?![0-9A-Za-z_/])"  # a web address, a file name, a number
NUMERIC_DATE = re.compile(NOT_AFTER + r"((?:19|20)\d\d)([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])" + NOT_BEFORE)
WRITTEN_DATE = re.compile(NOT_AFTER + r"((?:19|20)\d\d)\s*年\s*(0?[1-9]|1[0-2])\s*月\s*(0?[1-9]|[12]\d|3[01])\s*日")
HANZI_DIGITS = "〇一二三四五六七八九"


def written_as_numbers(text: str) -> str:
    """2024年3月5日 -> 2024-03-05."""
    return WRITTEN_DATE.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)


def numbers_as_written(text: str) -> str:
    """2024-03-05, 2024/3/5, 2024.03.05 -> 2024年3月5日."""
    return NUMERIC_DATE.sub(lambda m: f"{m[1]}年{int(m[3])}月{int(m[4])}日", text)


def hanzi_number(value: int) -> str:
    """A month or day in Chinese numerals as dates write them: 3 -> 三, 10 -> 十, 12 -> 十二, 25 -> 二十五."""
    tens, ones = divmod(value, 10)
    return (HANZI_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (HANZI_DIGITS[ones] if ones else "")


def written_in_hanzi(text: str) -> str:
    """2024年3月5日 -> 二〇二四年三月五日, as a signed letter or message dates itself."""
    return WRITTEN_DATE.sub(lambda m: "".join(HANZI_DIGITS[int(d)] for d in m[1])
                            + f"年{hanzi_number(int(m[2]))}月{hanzi_number(int(m[3]))}日", text)


@variant("iso-dates", text=written_as_numbers)
def iso_dates(text: str, html: bool) -> str:
    """Every date written 2024年3月5日 in the page's text written 2024-03-05, as many CMSs print a 发布时间 row."""
    return outside_markup(text, html, written_as_numbers)


@variant("written-dates", text=numbers_as_written)
def written_dates(text: str, html: bool) -> str:
    """Every date written 2024-03-05, 2024/3/5 or 2024.03.05 in the page's text written 2024年3月5日."""
    return outside_markup(text, html, numbers_as_written)


@variant("hanzi-dates", text=written_in_hanzi)
def hanzi_dates(text: str, html: bool) -> str:
    """Every date written 2024年3月5日 in the page's text written in Chinese numerals (二〇二四年三月五日), as
    a signed letter, message or official document dates itself."""
    return outside_markup(text, html, written_in_hanzi)


# ---- encodings --------------------------------------------------------------------------------------------

CHARSET = re.compile(r"""(<meta\b[^>]*?charset\s*=\s*["']?\s*)([A-Za-z0-9_\-]+)""", re.I)
XML_ENCODING = re.compile(r"""(<\?xml\b[^>]*?encoding\s*=\s*["'])([A-Za-z0-9_\-]+)""", re.I)


def restate_charset(text: str, html: bool, name: str) -> str:
    """The page's charset declarations naming `name` (a page without one is left without)."""
    if not html:
        return text
    return XML_ENCODING.sub(lambda m: m.group(1) + name, CHARSET.sub(lambda m: m.group(1) + name, text))


def drop_charset(text: str, html: bool) -> str:
    """The page's charset declarations removed: `<meta charset=…>` whole, `; charset=…` from a content type."""
    if not html:
        return text
    text = re.sub(r"""<meta\s+charset\s*=\s*["']?[A-Za-z0-9_\-]+["']?\s*/?>""", "", text, flags=re.I)
    text = re.sub(r"""\s*;?\s*charset\s*=\s*[A-Za-z0-9_\-]+(?=\s*["'])""", "", text, flags=re.I)
    return re.sub(r"""(<\?xml\b[^>]*?)\s+encoding\s*=\s*["'][A-Za-z0-9_\-]+["']""", r"\1", text, flags=re.I)


@variant("gbk", encoding="gbk")
def gbk(text: str, html: bool) -> str:
    """The page re-encoded in GBK, its charset declaration naming gbk (what GBK cannot write: &#NNNN;)."""
    return restate_charset(text, html, "gbk")


@variant("gbk-bare", encoding="gbk")
def gbk_bare(text: str, html: bool) -> str:
    """The page re-encoded in GBK with its charset declaration removed (the decoder has to tell)."""
    return drop_charset(text, html)


@variant("big5", text=to_traditional, encoding="big5")
def big5(text: str, html: bool) -> str:
    """The page in traditional characters re-encoded in Big5, its charset declaration naming big5."""
    return restate_charset(traditional(text, html), html, "big5")


@variant("big5-bare", text=to_traditional, encoding="big5")
def big5_bare(text: str, html: bool) -> str:
    """The page in traditional characters re-encoded in Big5 with its charset declaration removed."""
    return drop_charset(traditional(text, html), html)


# ---- lines ------------------------------------------------------------------------------------------------

@variant("crlf")
def crlf(text: str, html: bool) -> str:
    """Every line ending CRLF, as a file saved on Windows."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


@variant("no-blank-lines")
def no_blank_lines(text: str, html: bool) -> str:
    """Blank lines (nothing but spaces) removed, as dumps that keep one paragraph a line do."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def prose_line(line: str) -> bool:
    """A line of running text: Chinese, and none of the quotes, braces, angle brackets or tabs that make it a
    CSV row, JSON, code or markup (a dump wraps prose; a wrapped CSV row is no page anyone scrapes)."""
    return bool(re.search(r"[\u4e00-\u9fff]", line)) and not re.search(r"[\"{}<>\t]", line)


# Where a line of a text file ends, as the decoder reads it (chinese.LINE_BREAKS): \n, CRLF, a lone CR, NEL, and the
# Unicode line and paragraph separators (U+2028, U+2029) some editors and exports write instead.
LINE_END = re.compile(r"(\r\n|[\r\n\u0085\u2028\u2029])")


@variant("wrapped")
def wrapped(text: str, html: bool) -> str | None:
    """A plain-text page hard-wrapped: every prose line longer than 35 characters cut into lines of 35, as PHP
    and PDF text dumps do (HTML, CSV, JSON and wikitext pages, and a post's front matter, are left alone). A line
    ends wherever the decoder ends one (LINE_END: U+2028 too), and its pieces are joined by the line's own ending
    (the page's last line's, which has none, by a line feed)."""
    if html or STRUCTURED_TEXT.search(text[:2048]):
        return None
    front = FRONT_MATTER.match(text)  # a Markdown post's front matter is data, not the dump's prose
    out = [front.group(0) if front else ""]
    parts = LINE_END.split(text[front.end() if front else 0:])
    for line, end in zip(parts[::2], [*parts[1::2], ""], strict=True):
        pieces = [line[i : i + WRAP_WIDTH] for i in range(0, len(line), WRAP_WIDTH)] if prose_line(line) else [line]
        out.append((end or "\n").join(pieces) + end)
    return "".join(out)


# ---- containers -------------------------------------------------------------------------------------------
# A scraper stores the page it fetched as one record of its output: the whole page (HTML or text) in a content
# field beside the record's id and address. Nothing in the record says what the label says (no title, date or
# author field), so the right answer is the plain page's; what changes is only the container around it.

RECORD_ID, RECORD_URL = 7, "https://www.example.org/news/7.html"  # no date in it: a CMS's dated path dates the page


def record(text: str) -> dict[str, object]:
    return {"id": RECORD_ID, "url": RECORD_URL, "content": text}


def already_a_container(text: str) -> bool:
    """A page that is itself a record, dump or program (CSV with or without quoted names, JSON, XML records, a
    scraper's 'title: … / url: … / content:' text, wikitext, a post with front matter, SQL, source code as the
    cleaner tells it, a Vue single-file component): a scraper stores a fetched page, not its own output or a
    program, so wrapping it again tests nothing real."""
    head = text.lstrip("\ufeff")[:2048]
    structured = (STRUCTURED_TEXT.search(head) or FRONT_MATTER.match(head) or SQL_START.match(head)
                  or COMPONENT_FILE.match(head) or SCRIPT_DATA.match(head))
    return bool(structured) or looks_like_code(text) or renders_markup(text) or bool(xml_records(text)) \
        or bool(csv_header(text)) or field_header(text) is not None


@variant("json-record", suffix=".json")
def json_record(text: str, html: bool) -> str | None:
    """The page as the `content` field of one JSON record (with an id and a url), indented, characters as
    they are: what a scraper's `json.dump(item, ensure_ascii=False, indent=2)` writes."""
    if already_a_container(text):
        return None
    return json.dumps(record(text), ensure_ascii=False, indent=2) + "\n"


@variant("jsonl-ascii", suffix=".jsonl")
def jsonl_ascii(text: str, html: bool) -> str | None:
    """The page as one JSON Lines record on one line with every non-ASCII character escaped (\\uXXXX): what
    Python's and Scrapy's JSON writers produce by default."""
    if already_a_container(text):
        return None
    return json.dumps(record(text)) + "\n"


@variant("csv-row", suffix=".csv")
def csv_row(text: str, html: bool) -> str | None:
    """The page as the `content` column of a one-row CSV file with a header (id,url,content), quoted as
    Python's csv module quotes."""
    if already_a_container(text):
        return None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(record(text).keys())
    writer.writerow(record(text).values())
    return out.getvalue()


def visible_parts(text: str) -> tuple[str, list[str]]:
    """The page's <title> and its visible strings in order (scripts, styles and templates left out), as a crawler's
    text export reads them."""
    from bs4 import BeautifulSoup  # only when a text variant is asked for
    soup = BeautifulSoup(text, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for hidden in soup(["script", "style", "noscript", "template", "head"]):
        hidden.decompose()
    body = soup.body or soup
    return title, [" ".join(piece.split()) for piece in body.get_text("\n").split("\n") if piece.strip()]


@variant("text-lines", suffix=".txt")
def text_lines(text: str, html: bool) -> str | None:
    """An HTML page as a crawler's text export writes it: the visible text, one line per piece of text the markup
    sets apart (BeautifulSoup's get_text('\\n'), blank lines dropped), the <title> first. Menus, rows and footers
    become lines like the speech's paragraphs, with no markup to tell them apart. A template's source is left out:
    a crawler exports what a server renders, never its template."""
    if not html or looks_like_template(text):
        return None
    title, lines = visible_parts(text)
    return "\n".join([title, *lines] if title else lines) + "\n"


@variant("text-flattened", suffix=".txt")
def text_flattened(text: str, html: bool) -> str | None:
    """An HTML page as a course project's crawler saves it: the <title>, then every visible string of the page
    joined with spaces on one line (get_text(' ', strip=True)). Nothing but the words says where the menu ends and
    the speech begins. A template's source is left out, as for text-lines."""
    if not html or looks_like_template(text):
        return None
    title, lines = visible_parts(text)
    return " ".join([title, *lines] if title else lines) + "\n"


SAVED_ADDRESS = "https://www.example.org/news/article.html"  # no date in it: the page's own dates must decide


@variant("mhtml", suffix=".mhtml")
def mhtml(text: str, html: bool) -> str | None:
    """An HTML page saved by a browser as one MHTML file ("Saved by Blink"): mail headers, the page as a
    quoted-printable UTF-8 part, and an image part after it."""
    if not html or already_a_container(text):
        return None
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    boundary = "----MultipartBoundary--Variant0000----"
    return (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {SAVED_ADDRESS}\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {SAVED_ADDRESS}\r\n\r\n{body}\r\n"
            f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: https://www.example.org/logo.png\r\n\r\niVBORw0KGgo=\r\n\r\n--{boundary}--\r\n")


@variant("http-response")
def http_response(text: str, html: bool) -> str | None:
    """An HTML page saved with its HTTP response's headers and a chunked body, as a proxy or `curl --raw -i`
    writes it: chunks of 1,500 characters with their lengths in bytes between them."""
    if not html or already_a_container(text):
        return None
    chunks = "".join(f"{len(text[at:at + 1500].encode('utf-8')):x}\r\n{text[at:at + 1500]}\r\n"
                     for at in range(0, len(text), 1500))
    return ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
            + chunks + "0\r\n\r\n")


SQL_ESCAPES = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}


def sql_string(value: str) -> str:
    return "'" + "".join(SQL_ESCAPES.get(c, c) for c in value) + "'"


@variant("sql-row", suffix=".sql")
def sql_row(text: str, html: bool) -> str | None:
    """The page as the `content` value of one SQL INSERT of one row, with a column list and MySQL's backslash
    escapes (the line a CMS backup or phpMyAdmin export writes for one article)."""
    if already_a_container(text):
        return None
    columns = ", ".join(f"`{name}`" for name in record(text))
    return (f"INSERT INTO `article` ({columns}) VALUES "
            f"({RECORD_ID}, {sql_string(RECORD_URL)}, {sql_string(text)});\n")


# ---- names ------------------------------------------------------------------------------------------------
# A speaker's name is the particular person's; a rule that finds 习近平 and misses 欧阳明远 depends on names the
# development pages happen to carry. Each stand-in is made up and has one shape a real name can have.

OTHER_NAMES = (
    ("compound surname", "欧阳明远"),
    ("two characters", "岳峰"),
    ("rare surname", "禤国强"),
    ("minority name with a middle dot", "阿不都·热合曼"),
    ("four characters", "司马相如"),
)
HAN_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·・‧]*[\u4e00-\u9fff]")
META_TAG = re.compile(r"<meta\b[^>]*>", re.I)


def other_name(file_name: str) -> tuple[str, str]:
    """The made-up name (its shape, the name) a page's speaker becomes: chosen by the page's file name."""
    return OTHER_NAMES[int(hashlib.sha1(file_name.encode()).hexdigest(), 16) % len(OTHER_NAMES)]


def replace_name(old: str, new: str) -> Callable[[str], str]:
    return lambda text: text.replace(old, new)


def renamed_page(old: str, new: str) -> PageFunction:
    def page(text: str, html: bool) -> str | None:
        if old not in text:
            return None
        rename = replace_name(old, new)
        changed = outside_markup(text, html, rename)
        return META_TAG.sub(lambda m: rename(m.group()), changed) if html else changed
    return page


@label_variant("other-names")
def other_names(label: dict, file_name: str) -> tuple[PageFunction, Callable[[str], str]] | None:
    """The speaker's name (a Chinese name the label gives) replaced everywhere in the page's text, title and
    meta tags, and in the label's strings, by a made-up name of another shape chosen by the page: a compound
    surname (欧阳明远), two characters (岳峰), a rare surname (禤国强), a minority name with a middle dot
    (阿不都·热合曼) or four characters (司马相如)."""
    speaker = (label.get("meta") or {}).get("speaker")
    if not isinstance(speaker, str) or not HAN_NAME.fullmatch(speaker.strip()):
        return None
    old, new = speaker.strip(), other_name(file_name)[1]
    return renamed_page(old, new), replace_name(old, new)


def parse(names: str | list[str] | None) -> list[Variant]:
    """Variants named in a comma- or space-separated string (or a list of such); `all` names every one.
    KeyError names an unknown one."""
    if not names:
        return []
    wanted = [n for item in ([names] if isinstance(names, str) else names) for n in re.split(r"[,\s]+", item) if n]
    if "all" in wanted:
        return list(VARIANTS.values())
    unknown = [n for n in wanted if n not in VARIANTS]
    if unknown:
        raise KeyError(", ".join(unknown))
    return [VARIANTS[n] for n in dict.fromkeys(wanted)]
