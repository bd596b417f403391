"""Stage 0: scraped containers -> the page inside them, and the fields the container states.

Scrapers rarely save a bare page. They write Markdown with YAML front matter, a CSV row or a JSON record
with a `content`/`full_text`/`正文` field (or a text field of another name: then the record's longest prose
field, scripts/clean/prose.py), the web application's template source (JSP, ASP.NET, PHP), or markup source
without a document around it (a front-end component's <template>, an HTML fragment, an XML record).
This stage runs before the decoder reads lines or HTML: it hands the decoder the page itself, and hands
the metadata stage the container's own fields (title, date, author, source URL …) as a typed record of
candidates. A file holding many records is refused for a single add (`make add` adds each record of a
CSV/JSONL file as its own raw file), and a file that is not a page at all (an SQL dump, program source
without one article in it) is refused with a message that says what it looks like. Program source that
carries one article in a string literal or comment gives that article, with a warning saying where it
was taken from (scripts/clean/program_source.py). An SQL text of one row (one INSERT of one row, or a row cut
from an extended INSERT) is one record, read as a JSON record is (scripts/clean/sql_record.py reads its values).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from functools import cache
from pathlib import Path
from typing import Any

import json5
import markdown
import yaml

from scripts.clean.bbcode_markup import bbcode_html, bbcode_in_markdown, looks_like_bbcode
from scripts.clean.chinese import CJK_CHAR, LINE_BREAKS
from scripts.clean.component_markup import Markup, component_markup
from scripts.clean.cruft import Rule, first_full_match, load_rules
from scripts.clean.dates import epoch_date
from scripts.clean.decode import HTML_SUFFIXES, decode_bytes, decode_stated, looks_like_html, refuse_binary
from scripts.clean.feeds import feed_items, looks_like_feed
from scripts.clean.field_names import field_names, spelling
from scripts.clean.http_capture import Capture, captured_page
from scripts.clean.metadata import parse_date, person_name, vocabulary
from scripts.clean.mime_archive import looks_like_mime_archive, saved_page
from scripts.clean.note_exports import raw_note
from scripts.clean.php_serialized import serialized_as_json
from scripts.clean.program_source import article_in_source, literal_value, prose_candidates
from scripts.clean.prose import Piece, choose, distinct_prose, measure, prose_rule, without_cdata
from scripts.clean.rule_files import RULES_DIR, entry_error, reads_rule_file, rule_section
from scripts.clean.shadow import simplified
from scripts.clean.sidecar import SOURCE_ORDER
from scripts.clean.sql_record import PHP_GUARD, SqlText, bare_rows, sql_rows
from scripts.clean.structure import END_SOFT, rejoin_hard_wrapped
from scripts.clean.subtitles import looks_like_subtitles, subtitle_lines
from scripts.clean.tool_xml import tool_records
from scripts.clean.wikitext import looks_like_wikitext, wikitext_page
from scripts.clean.xml_records import xml_records
from scripts.core.errors import InputError

# A scraper's CSV holds a whole page in one cell; the csv module's default cap (131,072 characters) would make
# a long page's row unreadable (csv.Error) and the table be taken for data without a text field.
csv.field_size_limit(2**31 - 1)

RULES_FILE = RULES_DIR / "containers.yml"
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdx"}
ORDERED_ITEM = re.compile(r"^(\s*\d+)\.(?=\s)", re.M)
CARRIAGE_RETURN = re.compile(r"\r\n?")
FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)(?P<body>.*)\Z", re.S)
# Hexo lets a post's front matter go without its opening '---': the file opens with 'title: …' and the first
# '---' line closes it (hexo-front-matter's own pattern makes the opening line optional).
UNOPENED_FRONT_MATTER = re.compile(
    r"\A\s*(?P<yaml>[A-Za-z_][\w-]*:(?:[ \t][^\n]*)?(?:\n.*?)?)\n---[ \t]*(?:\n|\Z)(?P<body>.*)\Z", re.S)
TOML_FRONT_MATTER = re.compile(r"\A\s*\+\+\+[ \t]*\n(?P<toml>.*?)\n\+\+\+[ \t]*(?:\n|\Z)(?P<body>.*)\Z", re.S)  # Hugo's
COLUMN_NAME = re.compile(r"[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]{0,30}")  # a CSV header cell
WEB_ADDRESS = re.compile(r"https?://", re.I)
MARKUP = re.compile(r"<(?:p|div|br|span|table|h[1-6]|section|article|img)\b[^>]*>", re.I)

# Markup source without a document around it: a front-end component's template (Vue, a mini program: its page
# inside <template>…</template>), an HTML fragment, an XML record. It opens with a tag and most of its lines are
# tags; a browser would never see the <template> element's content, but in a component's source it is the page.
MARKUP_LINE = re.compile(r"\s*<(?:[A-Za-z][\w:.-]*|/[A-Za-z][\w:.-]*|!--|\?xml)[\s>/]")
MARKUP_SOURCE_SHARE = 0.5  # of the non-blank lines
COMPONENT_TEMPLATE = re.compile(r"<(/?)template\b[^>]*>", re.I)
XML_DECLARATION = re.compile(r"<\?xml\b[^>]*\?>", re.I)
C_SET = re.compile(r"<c:set\b[^>]*?\bvar=\"(?P<var>[^\"]*)\"[^>]*?\bvalue=\"(?P<value>[^\"]*)\"[^>]*>", re.S | re.I)
C_SET_TEXT = {"content", "text", "body", "article", "summary", "desc", "description"}

# What a file that is not a page looks like.
SQL_STATEMENT = re.compile(r"^\s*(?:CREATE\s+(?:TABLE|DATABASE)|INSERT\s+INTO|DROP\s+(?:TABLE|DATABASE)|"
                           r"ALTER\s+TABLE|LOCK\s+TABLES|SET\s+NAMES)\b", re.I | re.M)
# A declaration line of program source: Java/C#/JavaScript/C ones, and Python's (`import x`, `import numpy as np`,
# `from x import y`, `def f(`, a name bound to a triple-quoted string `TEXT = """`, `if __name__ ==`); a line of
# prose that opens with the word import has more words after it than an import statement.
CODE_LINE = re.compile(
    r"^\s*(?:package\s+[\w.]+;|import\s+(?:static\s+)?[\w.*]+;|(?:public|private|protected)\s+(?:static\s+|final\s+"
    r"|abstract\s+)*(?:class|interface|enum|void|[\w<>\[\],]+\s+\w+\s*\()|@(?:Override|Data|Entity)\b"
    r"|(?:import|export)\s+(?:\{|\*|default\b|[\w$]+\s+from\b|[\w$]+\s*,)|(?:const|let|var)\s+[\w${}\[\], ]+=|"
    r"function\s*[\w$]*\s*\(|module\.exports\b|require\(['\"]|'use strict';|#include\s*[<\"]|def\s+\w+\(|"
    r"from\s+[\w.]+\s+import\s|import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*"
    r"[ \t]*(?:#.*)?$|[A-Za-z_]\w*(?:[ \t]*:[ \t]*[\w.\[\]]+)?[ \t]*=[ \t]*[rRuUbBfF]{0,2}(?:\"\"\"|''')"
    r"|if[ \t]+__name__[ \t]*==)", re.M)
# A script that only assigns a data literal (`var data = {…}`, `module.exports = […]`, `export default {…}`):
# scrapers' and front-end projects' way of shipping records. JSON after the assignment is read as a JSON file.
JS_DATA_ASSIGNMENT = re.compile(r"\A\s*(?:(?:var|let|const)\s+[\w$]+\s*=|(?:module\.)?exports(?:\.[\w$]+)?\s*=|"
                                r"(?:window|self|globalThis)\.[\w$]+\s*=|export\s+default)\s*(?=[\[{])")
EXPORTED_BINDING = re.compile(r"\s*export\s+(?:const|let|var)\s+[\w$]+\s*(?::[^=]{1,40})?=")  # `export const page = …`
MARKUP_LITERAL = re.compile(r"`\s*<[A-Za-z][\w-]*[\s>/]")  # a template literal opening with a tag: a component's markup
# What may follow a script's data literal: the statement's end, and calls handing the data on
# (`window.jspCallback(result);`, JSONP).
JS_SCRIPT_TAIL = re.compile(r"\s*;?\s*(?:(?:[\w$]+\.)*[\w$]+\(\s*[\w$]*\s*\)\s*;?\s*)*")
TITLE_ASSIGNMENT = re.compile(r"[\"']?\b(?P<name>[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]{0,30})[\"']?\s*(?:=>|[:=])\s*"
                              r"(?P<literal>\"(?:[^\"\\\n]|\\.){1,200}\"|'(?:[^'\\\n]|\\.){1,200}')")
CAMEL_HUMP = re.compile(r"([a-z0-9])([A-Z])")
NESTED_RECORDS_DEPTH = 3  # {"result": {"data": [records]}}: how deep an API response hides its list
# A module that binds a name to a dict or list literal opened at its first line's end ('post_feed = {', 'items = ['):
# a scraper's or a site's records saved as Python (or Ruby) source, its strings the records' fields.
DATA_LITERAL_OPENING = re.compile(r"^[ \t]*[A-Za-z_]\w*[ \t]*=[ \t]*[\[{][ \t]*$", re.M)
# A mini-program's or a front-end framework's registration of a page or component with an options object
# ('Page({', 'Component({', 'App({', 'new Vue({', 'createApp({'): its `data` holds the page's strings, its other
# members are handlers and lifecycle functions, code all of it.
FRAMEWORK_REGISTRATION = re.compile(r"^[ \t]*(?:(?:Page|Component|App|Behavior)|new[ \t]+Vue|(?:Vue\.)?createApp)"
                                    r"[ \t]*\([ \t]*\{", re.M)
# A PHP file that returns or assigns an array literal ('<?php return array(…);', '$article = [ … ];'): a CMS's
# configuration or cache of records, program source whose strings are the fields.
PHP_DATA = re.compile(r"\A\s*<\?php\b(?:\s|/\*.*?\*/|//[^\n]*|#[^\n]*)*"
                      r"(?:return|\$[A-Za-z_]\w*\s*=)\s*(?:array\s*\(|\[)", re.S)
# Comments (a '# -*- coding: utf-8 -*-' line and other Python or shell comments too, not '#include'), a directive
# ('use client';)
CODE_COMMENT = re.compile(r"^\s*(?://|/\*|\*|#(?:[!\s#-]|$)|$|['\"]use [\w ]+['\"];?\s*$)")
MIN_CODE_LINES = 3
SNIFF_CHARS = 4096  # what a file is shows in its first lines
LINES = re.compile(r"[^\n]*\n|[^\n]+\Z")  # lines with their ends, split on \n only (as csv reads them)
JSON_ERROR_END = re.compile(r"\s+at$")  # "Unterminated string starting at": the column follows
MAX_FIELD_CHARS = 300  # a metadata field (title, date, author …) is short; a longer value is not one


@cache
@reads_rule_file(RULES_FILE)
def site_suffix() -> re.Pattern:
    return re.compile(rule_section(RULES_FILE, "site_suffix")["pattern"])


def title_without_site(title: str) -> str:
    """'讲话标题_栏目_某某网' -> '讲话标题'."""
    match = site_suffix().fullmatch(title)
    return match.group("title") if match else title


@dataclass(frozen=True)
class ContainerFields:
    """What the container itself states about the page: metadata candidates, all optional."""

    kind: str = ""  # front-matter | markdown | CSV | JSON | JSONL/JSON | template ("" for a bare page)
    title: str = ""
    published: str = ""  # as written (the metadata stage parses dates)
    date: str = ""
    author: str = ""
    source_url: str = ""
    source_name: str = ""
    record_name: str = ""  # the name a collection gives the record (its slug or file name: '19951116-在…的发言')


@dataclass(frozen=True)
class Unwrapped:
    """The bytes the decoder reads next, whether they are HTML (None: let the decoder decide), and the
    container's fields."""

    data: bytes
    encoding: str | None
    html: bool | None = None
    fields: ContainerFields = ContainerFields()
    warnings: tuple[str, ...] = ()  # what the contributor should check (a text field chosen by its prose …)


@dataclass(frozen=True)
class Record:
    """One record of a CSV/JSON/JSONL file: its fields and its exact bytes (a CSV record with its header)."""

    number: int
    fields: dict[str, Any]
    raw: bytes
    line: int  # where it starts in the file (1-based), for messages and provenance
    problem: str = ""  # why this record holds no text to add ("" for a good record)


@dataclass(frozen=True)
class Body:
    """Where a record keeps its text: the mapping (the record, or the one it wraps) and the key; whether the
    key was chosen as the longest prose field (no known content name); or why there is no text."""

    record: dict[str, Any]
    key: str = ""
    guessed: bool = False
    problem: str = ""


class ManyRecords(InputError):
    """The file holds several records: each must be added as its own raw file (`make add` does this)."""

    def __init__(self, path: Path, records: list[Record], kind: str) -> None:
        bad = [record for record in records if record.problem]
        without = (f" ({len(bad)} of them without a text: record{'s' if len(bad) > 1 else ''} "
                   f"{', '.join(str(record.number) for record in bad[:5])}{' …' if len(bad) > 5 else ''})"
                   if bad else "")
        super().__init__(path, f"this {kind} file holds {len(records)} records (one speech each){without}; add "
                               f"them all with `make add SRC={path.name}`, which archives each record as its own "
                               "raw file and reports each")
        self.records = records
        self.kind = kind


def unwrap(data: bytes, path: Path, encoding: str | None = None) -> Unwrapped:
    """The page inside a scraped container (or the bytes unchanged when they are a bare page)."""
    if (capture := captured_page(data)) is not None:
        return page_of_capture(capture, path, encoding)
    if looks_like_mime_archive(data):
        return page_of_mime_archive(data, path)
    decoded = decode_for_containers(data, path, encoding)
    if decoded is None:
        return Unwrapped(data, encoding)  # the decoder refuses it with its own reason
    text, found = decoded
    text = without_save_stamp(serialized_as_json(text) or json_of_script(text, path))
    if (record := sql_record_page(text, path)) is not None:
        return record
    if looks_like_feed(text):
        return page_of_feed(text, path)
    if looks_like_subtitles(text):  # a speech's video captions (.srt, .vtt): the cues' words
        return as_page("\n\n".join(subtitle_lines(text)), ContainerFields(kind="subtitles"), html=False)
    if looks_like_code(text) or renders_markup(text):
        registration = FRAMEWORK_REGISTRATION.match(first_code_line(text))
        try:
            return page_in_source(text, path)
        except InputError:
            if not registration:
                raise
            return Unwrapped(data, encoding)  # a page registration too short for an article: its lines are read
    records, kind = read_records(text, found)
    if any(not record.problem for record in records):
        if len(records) > 1:
            raise ManyRecords(path, records, kind)
        return page_of_record(records[0].fields, kind, path)
    if records:
        refuse_records_without_text(records, kind, path)
    refuse_data_without_text(text, path)
    if note := raw_note(text):  # a note app's export: the note's properties after its text
        return text_page(note.body, ContainerFields(kind="note export", title=note.title, author=note.author,
                                                    source_url=note.source_url), markdown=True)
    if front := yaml_front_matter(text):
        mapping, body = front
        return as_page(markdown_to_html(body), fields_of(mapping, "front-matter"), html=True)
    if (fenced := FRONT_MATTER.match(text)) and CODE_LINE.search(fenced.group("yaml")):
        return fenced_component(fenced, path)
    toml_front = TOML_FRONT_MATTER.match(text)
    if toml_front and (mapping := safe_toml(toml_front.group("toml"))) and known_keys(mapping):
        return as_page(markdown_to_html(toml_front.group("body")), fields_of(mapping, "front-matter"), html=True)
    if (headed := field_header(text)) and not looks_like_html(text):
        fields, body = headed
        return text_page(body, fields, markdown=path.suffix.lower() in MARKDOWN_SUFFIXES)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return as_page(markdown_to_html(text), ContainerFields(kind="markdown"), html=True)
    if not looks_like_html(text) and looks_like_bbcode(text):
        return as_page(bbcode_html(text), ContainerFields(kind="bbcode"), html=True)
    if not looks_like_html(text) and looks_like_wikitext(text):
        wiki = wikitext_page(text)
        return as_page(wiki.html, ContainerFields(kind="wikitext", title=wiki.title, author=wiki.author,
                                                  date=wiki.date), html=True)
    if looks_like_template(text):
        return as_page(strip_template(text), ContainerFields(kind="template", title=template_title(text)),
                       html=True)
    if is_markup_source(text, path):
        page = strip_template(markup_page(text))
        script = component_script(text)
        if script and not measure("markup", page).is_prose(prose_rule()) and article_in_source(script).text:
            return page_in_source(script, path)  # the template shows a variable ('v-html="article"')
        return as_page(page, ContainerFields(), html=True)
    if (path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)) and (embedded := embedded_data_page(text, path)):
        return embedded
    return Unwrapped(data, encoding)


# the charsets a Chinese page's HTTP header names: a single-byte one (a server's default ISO-8859-1) never decides
CJK_CHARSETS = frozenset({"utf-8", "utf8", "gbk", "gb2312", "gb18030", "big5", "big5-hkscs", "big5hkscs", "cp936",
                          "cp950", "utf-16"})


def page_of_capture(capture: Capture, path: Path, encoding: str | None) -> Unwrapped:
    """A page saved with its HTTP response's headers (a WARC record's too): its body, read as any page (in the
    charset the header names, when that is a Chinese page's charset and the bytes are in it), with the record's
    address; a WARC file of several pages is refused saying how many."""
    if capture.pages == 0:
        raise InputError(path, "this WARC file holds no page: none of its records is a successful response or "
                               "a resource (only warcinfo, request, metadata or error records)")
    if capture.pages > 1:
        raise InputError(path, f"this WARC file holds {capture.pages} pages (response records); extract the one "
                               "to add (warcio's `warcio extract`), and add that")
    charset = (capture.charset or "").lower()
    if encoding is None and charset in CJK_CHARSETS:
        encoding = charset_the_bytes_are_in(capture.body, charset)
    page = unwrap(capture.body, path, encoding)
    address = capture.address if WEB_ADDRESS.match(capture.address) else ""
    html = page.html if page.html is not None or page.fields.kind else capture.is_html  # the header says HTML
    return Unwrapped(page.data, page.encoding, html,
                     replace(page.fields, source_url=page.fields.source_url or address), page.warnings)


def charset_the_bytes_are_in(data: bytes, charset: str | None) -> str | None:
    """A header's stated charset when the bytes decode in it; None when it is wrong about them (the decoder then
    finds their encoding)."""
    if not charset:
        return None
    try:
        data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None
    return charset


def page_of_mime_archive(data: bytes, path: Path) -> Unwrapped:
    """A page saved as MHTML: its HTML part, read as any page (its charset as the part states it, when the bytes
    are in it), with the part's address; an archive without an HTML part is refused saying what it holds."""
    saved = saved_page(data)
    if not saved.html.strip():
        raise InputError(path, f"this MIME archive (MHTML, a page saved as one file) holds {saved.parts} part(s) "
                               "and no HTML page or text among them; save the page again as HTML, or add the page's "
                               "own file")
    page = unwrap(saved.html, path, charset_the_bytes_are_in(saved.html, saved.charset))
    address = saved.address if WEB_ADDRESS.match(saved.address) else ""
    fields = replace(page.fields, kind=page.fields.kind or "MHTML",
                     source_url=page.fields.source_url or address)
    framed = ((f"the text was taken from a frame the page shows ({address or 'a part of the archive'}), which "
               "holds more Chinese than the page around it; check that it is the whole article",)
              if saved.framed else ())
    html = page.html if page.html is not None or page.fields.kind else saved.is_html  # the part's type decides
    return Unwrapped(page.data, page.encoding, html, fields, (*framed, *page.warnings))


HEADER_LINE = re.compile(r"(?P<key>[A-Za-z_](?:[\w-]| (?=[\w-])){0,30})[ \t]*:[ \t]*(?P<value>.*?)[ \t]*\r?")
HEADER_KNOWN_MIN = 2  # field lines with names scrapers use (title, url, author …) that make a header


def field_header(text: str) -> tuple[ContainerFields, str] | None:
    """A scraper's text dump that opens with its record's fields as `name: value` lines and no '---' around
    them ('title: …', 'url: …', 'author: …', then 'content:' and the text): the fields and the text after them.
    None unless at least two of the names are field names scrapers use (rules/containers.yml, `fields`), so
    that a speech opening with '注意: …' or one 'Note: …' line stays text."""
    lines = text.lstrip("\ufeff").split("\n")
    fields: dict[str, str] = {}
    names = field_names()
    for number, line in enumerate(lines):
        match = HEADER_LINE.fullmatch(line)
        if not match and fields and not line.strip() and known_header_line(next_text_line(lines, number)):
            continue  # a reader tool's header spaces its lines out ('Title: …', '', 'URL Source: …')
        if not match:
            break
        key, value = spelling(match["key"]), match["value"]
        if key in names.content:
            return headed_text(fields, [value, *lines[number + 1:]] if value else lines[number + 1:])
        if key in names.all():
            fields[key] = value
    else:
        return None
    return headed_text(fields, lines[number + 1:]) if not lines[number].strip() else None


def next_text_line(lines: list[str], number: int) -> str:
    return next((line for line in lines[number + 1:] if line.strip()), "")


def known_header_line(line: str) -> bool:
    """'URL Source: https://…': a field line whose name scrapers use (rules/containers.yml, `fields`)."""
    match = HEADER_LINE.fullmatch(line)
    return match is not None and spelling(match["key"]) in field_names().all()


def headed_text(fields: dict[str, str], body: list[str]) -> tuple[ContainerFields, str] | None:
    text = "\n".join(body)
    return (fields_of(fields, "header"), text) if len(fields) >= HEADER_KNOWN_MIN and text.strip() else None


def embedded_data_page(text: str, path: Path) -> Unwrapped | None:
    """A page the browser renders from data its scripts carry (a single-page application saved before it ran:
    '<script id="__NEXT_DATA__" type="application/json">', 'window.__INITIAL_STATE__ = {…}'): when its visible
    text holds no prose and its scripts hold one prose text, that text, read as program source is, with a
    warning; None otherwise (the page is read as it shows)."""
    if measure("page", text).is_prose(prose_rule()):
        return None
    script = component_script(text)
    if not script.strip() or not article_in_source(script).text:
        return None
    page = page_in_source(script, path)
    warning = "the page shows no text of its own: the text was taken from the data its scripts carry"
    return Unwrapped(page.data, page.encoding, page.html, page.fields, (warning, *page.warnings))


SCRIPT_BLOCK = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.S | re.I)


def component_script(text: str) -> str:
    """The code of a single-file component's <script> blocks (Vue, Svelte): where its template's variables get
    their text, when the template only shows them ('<div v-html="article">', '{@html body}'). Everything else
    is blanked to its line ends, so that a literal's line number is the file's."""
    blocks = list(SCRIPT_BLOCK.finditer(text))
    if not blocks:
        return ""
    out, position = [], 0
    for block in blocks:
        out += ["\n" * text.count("\n", position, block.start(1)), block.group(1)]
        position = block.end(1)
    return "".join(out)


def page_of_feed(text: str, path: Path) -> Unwrapped:
    """A feed of one item: that item's page and fields (scripts/clean/feeds.py); of several, refused."""
    items = [item for item in feed_items(text) if item.content.strip()]
    if len(items) > 1:
        raise InputError(path, f"this news feed holds {len(items)} items (one article each: "
                               f"{'、'.join(item.title[:16] for item in items[:4])}{' …' if len(items) > 4 else ''}); "
                               "save each item's text as its own file and add them one by one")
    if not items:
        raise InputError(path, "this news feed holds no item with a text (<content:encoded>, <content>, "
                               "<description>); it lists a site's articles without them")
    item = items[0]
    return as_page(item.content, ContainerFields(kind="feed", title=item.title, published=item.published,
                                                 author=item.author, source_url=item.url))


def is_markup_source(text: str, path: Path) -> bool:
    """A text file that is markup without a document around it (a component's template, an HTML fragment, an
    XML record): it opens with a tag and at least half its non-blank lines are tags. A file the decoder reads
    as HTML anyway (.html, <!doctype html>, <body>) is left to it, unless it opens with a component's <template>."""
    if COMPONENT_TEMPLATE.match(text.lstrip()):
        return True  # a component's source, whatever its name says (a browser would show none of it)
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or not MARKUP_LINE.match(lines[0]):
        return False
    return sum(1 for line in lines if MARKUP_LINE.match(line)) >= MARKUP_SOURCE_SHARE * len(lines)


def markup_page(text: str) -> str:
    """Markup source as the page a browser would show of it: a component's <template> elements are its page
    (their content shown), and an XML record's CDATA sections are their markup (its declaration, read by no
    browser, goes)."""
    return without_cdata(COMPONENT_TEMPLATE.sub(r"<\1div>", XML_DECLARATION.sub("", text)))


def records_in(data: bytes, path: Path, encoding: str | None = None) -> tuple[list[Record], str]:
    """The records of a CSV/JSON/JSONL file ([] when it is not one, or when none holds a text) and what kind
    of file it is; a record that holds no text says why (`problem`)."""
    decoded = decode_for_containers(data, path, encoding)
    records, kind = read_records(*decoded) if decoded else ([], "")
    return (records, kind) if any(not record.problem for record in records) else ([], kind)


def decode_for_containers(data: bytes, path: Path, encoding: str | None) -> tuple[str, str] | None:
    """(text, encoding) of the bytes, or None for input the decoder will refuse (empty, binary …)."""
    if not data.strip():
        return None
    try:
        refuse_binary(data, path)
        text, found = decode_stated(data, path, encoding) if encoding else decode_bytes(data, path)
    except InputError:
        return None
    # a file saved on Windows (CRLF) or old Mac OS (CR) is read like any other: front matter, CSV headers,
    # fenced code and the container patterns below all look for '\n'
    return CARRIAGE_RETURN.sub("\n", text.lstrip("\ufeff")), "utf-8" if found == "utf-8-sig" else found


def as_page(body: str, fields: ContainerFields, html: bool | None = None) -> Unwrapped:
    if html is None:
        html = bool(MARKUP.search(body))
    return Unwrapped(body.encode("utf-8"), "utf-8", html, fields)


def markdown_to_html(text: str) -> str:
    """A scraper's Markdown as HTML, so that `# 标题`, `![图](…)` and `[文字](链接)` are read as what they
    are (a heading, an image, a link's words) rather than kept as markup in the text. A line break inside a
    paragraph stays one (nl2br): the dump's lines are the page's lines. A numbered line
    ('1. 要…') keeps its number: it is the speech's own numbering, not a list the renderer may renumber.
    A static-site generator's shortcodes are read first (`static_site_shortcodes`), and a hard-wrapped dump's lines
    are rejoined (rejoin_hard_wrapped in structure.py): nl2br would make each cut piece a line of its own; a forum
    backup's BBCode is read in place (bbcode_in_markdown). A
    footnote ('[^1]: …', as pandoc writes a Word document's notes) is a footnote, not a link whose address
    swallows the note's words; the notes' section is the page's, set apart under the text."""
    text = LINE_BREAKS.sub("\n", static_site_shortcodes(text))
    text = "\n".join(rejoin_hard_wrapped(EXCERPT_MARK.sub(across_excerpt_mark, text).split("\n")))
    if looks_like_bbcode(text):  # a forum backup's posts as their boards stored them
        text = bbcode_in_markdown(text)
    html = markdown.markdown(ORDERED_ITEM.sub(r"\1\\.", text), output_format="html",
                             extensions=["nl2br", "footnotes"])
    html = MARKED_PLACEHOLDER.sub(lambda found: "".join(TAG.findall(found.group(0))), html)
    html = FOOTNOTE_REFERENCE.sub(r"[\g<number>]", html)  # footnote-mark (cruft.yml) takes it off, reported
    return html.replace("\x02", "").replace("\x03", "")


# A blog engine's excerpt mark on a line of its own (Hexo, Hugo, Jekyll, WordPress: '<!--more-->'), between two lines.
EXCERPT_MARK = re.compile(r"(?<=(?P<before>[^\n]))\n[ \t]*<!--\s*more\s*-->[ \t]*\n(?=[^\n])", re.I)


def across_excerpt_mark(found: re.Match) -> str:
    """Where a post's summary ends, not a break in its text: a tool that sets the mark after a fixed number of
    characters cuts a sentence ('…2022年数学与交叉科' / '<!--more-->' / '学前沿研究生论坛…'), and its two pieces are
    one line again: above it, a line that stops on a character or a digit, or on a comma. Elsewhere the mark is a
    line break."""
    before = found.group("before")
    return "" if CJK_CHAR.match(before) or before.isdigit() or before in END_SOFT else "\n"


# The renderer's mark of a footnote in the text: written back as the '[1]' a page prints.
FOOTNOTE_REFERENCE = re.compile(r'<sup id="fnref:[^"]*"><a class="footnote-ref" href="#fn:[^"]*">'
                                r'(?P<number>\d+)</a></sup>')


# The renderer's own placeholder for a piece of inline markup it set aside, left in its output between its marks
# (STX 'klzzwxh:0010' ETX), perhaps with tags inside, when bold markers run into an image ('**…。****![](…)'):
# markup, never the page's words; the tags stay. Pieces that lost their marks are renderer-placeholder's (cruft.yml).
MARKED_PLACEHOLDER = re.compile(r"\x02[^\x02\x03]{0,60}\x03")
TAG = re.compile(r"<[^<>]*>")


SETEXT_UNDERLINE = re.compile(r"^[^\n]*\S[^\n]*\n(?:=+|-{3,})[ \t]*$", re.M)  # 'headline' over '====='
MARKDOWN_LINK = re.compile(r"!?\[[^\]\n]*\]\((?:https?:|/|\.)[^)\s]*\)")  # '[words](http…)', '![图](…)'
MARKDOWN_BOLD = re.compile(r"\*\*[^*\n]+\*\*")


def text_page(text: str, fields: ContainerFields, markdown: bool = False) -> Unwrapped:
    """A container's text as the page: read as Markdown when it is (a .md file's, or reads_as_markdown), else as
    it stands (HTML or plain text). A record whose text is a whole Markdown post (a repository's file saved with
    its front matter) has the post's fields fill what the record lacks, and the post's body is the page."""
    if front := yaml_front_matter(text):
        mapping, body = front
        return as_page(markdown_to_html(body), filled(fields, fields_of(mapping, "front-matter")), html=True)
    if not markdown and not MARKUP.search(text) and looks_like_bbcode(text):  # a board's post as its database keeps it
        return as_page(bbcode_html(text), fields, html=True)
    if markdown or reads_as_markdown(text):
        return as_page(markdown_to_html(text), fields, html=True)
    return as_page(text, fields)


def reads_as_markdown(text: str) -> bool:
    """A record's text that a read-it-later tool or a scraper wrote as Markdown (no HTML markup; a setext or
    `#` heading, a link or image in Markdown's form, or bold runs): read as Markdown, as a .md file is, so that
    its headline is a heading and its links are their words, not '[…](…)' left in the text."""
    if MARKUP.search(text):
        return False
    return bool(SETEXT_UNDERLINE.search(text) or MARKDOWN_HEADING.search(text) or MARKDOWN_LINK.search(text)
                or len(MARKDOWN_BOLD.findall(text)) >= 2)


# A static-site generator's shortcode ('{{< figure src="…" >}}', '{{% notice info %}}', '{{< /notice >}}').
SHORTCODE = re.compile(r"\{\{([<%])\s*(?P<close>/?)\s*(?P<name>[\w.-]+)(?P<args>(?:[^{}]|\{[^{}]*\})*?)[%>]\}\}")
MARKDOWN_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+\S", re.M)
MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
SHORTCODE_END = {"end"}  # a theme's closing shortcode that names no opening ('{{< end >}}')
# An MDX post's module lines ('import Figure from "@site/src/Figure";', 'export const meta = {…};' on one line) and
# its JSX comments ('{/* … */}'): the program around the post, never its words.
MDX_STATEMENT = re.compile(r"^(?:import\s+(?:[\w$*{}\s,]+\s+from\s+)?['\"][^'\"\n]+['\"];?"
                           r"|export\s+(?:const|let|default)\b[^\n]*;)[ \t]*$|\{/\*.*?\*/\}", re.M | re.S)


@dataclass(frozen=True)
class ShortcodeRules:
    """Which paired shortcodes hold a note to the reader (rules/containers.yml, `shortcodes`)."""

    notice: re.Pattern


@cache
@reads_rule_file(RULES_FILE)
def shortcode_rules(path: Path = RULES_FILE) -> ShortcodeRules:
    words = rule_section(path, "shortcodes")["notice_words"]
    return ShortcodeRules(re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, words)) + r")(?![A-Za-z])",
                                     re.I))


def static_site_shortcodes(text: str) -> str:
    """A blog post's shortcodes, read as the site shows them: a paired shortcode that sets a note to the reader
    apart ('{{< notice >}}…{{< /notice >}}', '{{<block class="caution">}}…{{< end >}}') and a heading whose
    section holds nothing but shortcodes and pictures (a gallery, a video) are set beside the text (<aside>,
    which the HTML reader drops and reports); every other shortcode stays a line of its own words, escaped
    from the Markdown renderer, for the cleaning rule that reports it (template-shortcode in cruft.yml)."""
    text = MDX_STATEMENT.sub("", text)
    text = CONTAINER_DIRECTIVE.sub(directive_block, text)
    text = ALERT_QUOTE.sub(alert_block, text)
    if "{{" not in text:
        return text
    text = notice_blocks(text)
    text = media_sections(text)
    return SHORTCODE.sub(lambda match: match.group().replace("<", "&lt;").replace(">", "&gt;"), text)


# A Markdown container ('::: tip 说明' … ':::', Docusaurus, VuePress, markdown-it) and an alert or callout quote
# ('> [!NOTE]' and its '>' lines, GitHub and Obsidian).
CONTAINER_DIRECTIVE = re.compile(r"^[ \t]*:{3,}[ \t]*(?P<name>[\w-]+)(?P<title>[^\n]*)\n(?P<body>.*?)"
                                 r"^[ \t]*:{3,}[ \t]*$", re.M | re.S)
ALERT_QUOTE = re.compile(r"^>[ \t]*\[!(?P<name>[\w-]+)\][-+]?(?P<title>[^\n]*)\n(?P<body>(?:>[^\n]*(?:\n|\Z))*)", re.M)


def directive_block(match: re.Match) -> str:
    """A container that sets a note apart is set beside the text; any other keeps its content, not its marks."""
    if shortcode_rules().notice.search(match.group("name") + match.group("title")):
        return notice_aside(match.group("title"), match.group("body"))
    return match.group("body")


def alert_block(match: re.Match) -> str:
    """An alert quote of a notice kind is set beside the text; a quote of another kind keeps its lines."""
    body = re.sub(r"^>[ \t]?", "", match.group("body"), flags=re.M)
    if shortcode_rules().notice.search(match.group("name") + match.group("title")):
        return notice_aside(match.group("title"), body)
    return match.group("body")


def notice_aside(title: str, body: str) -> str:
    """A note to the reader as the HTML reader's chrome: an <aside> block of the Markdown (its lines kept), its
    editor's notes before it (`editor_notes_first`)."""
    notes, rest = editor_notes_first(body)
    return f'{notes}\n<aside class="markdown-notice">\n\n{title.strip()}\n\n{rest}\n</aside>\n\n'


@cache
def note_rules() -> list[Rule]:
    """The cleaning's line rules that capture an editor's note (cruft.yml, a `note` group: editor-note,
    compiled-from-note …)."""
    return [rule for rule in load_rules() if rule.kind == "line" and rule.pattern is not None
            and "note" in rule.pattern.groupindex]


def editor_notes_first(body: str) -> tuple[str, str]:
    """A notice box's lines that are an editor's note ('本文根据录音整理', '编者按：…'), as paragraphs of their own
    set before the box, where the cleaning takes them into the front matter's notes as it would a plain line;
    and the box's other lines, which stay in it."""
    notes: list[str] = []
    rest: list[str] = []
    for line in body.splitlines():
        (notes if line.strip() and first_full_match(line.strip(), note_rules()) else rest).append(line)
    return "".join(f"\n\n{line.strip()}\n\n" for line in notes), "\n".join(rest)


def notice_blocks(text: str) -> str:
    out: list[str] = []
    position = 0
    for match in SHORTCODE.finditer(text):
        if match.start() < position or match.group("close") or match.group("name").lower() in SHORTCODE_END:
            continue
        if not shortcode_rules().notice.search(match.group("name") + match.group("args")):
            continue
        closing = next((end for end in SHORTCODE.finditer(text, match.end())
                        if (end.group("close") and end.group("name") == match.group("name"))
                        or end.group("name").lower() in SHORTCODE_END), None)
        if closing is None:
            continue
        notes, rest = editor_notes_first(text[match.end():closing.start()].strip())
        out += [text[position:match.start()], notes, "\n\n<aside class=\"shortcode-notice\">\n\n",
                rest.strip(), "\n\n</aside>\n\n"]
        position = closing.end()
    return "".join(out) + text[position:]


def media_sections(text: str) -> str:
    """A heading over a section without words (shortcodes and pictures only, up to the next heading of its rank
    or higher) goes beside the text with its section."""
    headings = list(MARKDOWN_HEADING.finditer(text))
    spans: list[tuple[int, int]] = []
    for number, heading in enumerate(headings):
        rank = len(heading.group("marks"))
        end = next((later.start() for later in headings[number + 1:] if len(later.group("marks")) <= rank), len(text))
        body_start = text.find("\n", heading.start())
        body = text[body_start:end] if body_start >= 0 else ""
        if SHORTCODE.search(body) and not MARKDOWN_IMAGE.sub("", SHORTCODE.sub("", body)).strip() \
                and not (spans and heading.start() < spans[-1][1]):
            spans.append((heading.start(), end))
    for start, end in reversed(spans):
        section = SHORTCODE.sub(lambda match: match.group().replace("<", "&lt;").replace(">", "&gt;"),
                                text[start:end])
        lines = [line.lstrip("#").strip() for line in section.splitlines() if line.strip()]
        text = text[:start] + '\n<aside class="shortcode-media">\n' + "\n".join(f"<p>{line}</p>" for line in lines) \
            + "\n</aside>\n\n" + text[end:]
    return text


def page_of_record(record: dict[str, Any], kind: str, path: Path) -> Unwrapped:
    body = find_body(record)
    if body.problem:
        raise InputError(path, f"the {kind} record {body.problem}")
    text = text_value(body.record[body.key])
    if not text.strip():  # never a program's repr of the parts as the text
        raise InputError(path, f"the {kind} record's text field `{body.key}` holds no text: neither a string nor "
                               "parts with words in them")
    text, fields = without_save_stamp(text), with_wrapped_fields(body.record, kind, body.key)
    if looks_like_template(text):  # a scraper that saved the template source rather than the page
        fields = fields if fields.title else replace(fields, title=template_title(text))
        text = strip_template(text)
    page = text_page(text, fields)
    if not body.guessed:
        return page
    names = ", ".join(field_names().content[:4])
    return Unwrapped(page.data, page.encoding, page.html, page.fields,
                     (f"the text was taken from the {kind} record's field `{body.key}`, its longest prose field "
                      f"(no field is named {names} …); check that it is the whole article",))


def with_wrapped_fields(record: dict[str, Any], kind: str, body_key: str) -> ContainerFields:
    """The record's metadata fields; when its text field is itself a record (an API's '{"state": …, "content":
    {"contentBlocks": […], "title": …, "pubDate": …}}'), that record's fields fill what the outer one lacks."""
    fields = fields_of(record, kind, body_key)
    inner = record[body_key]
    if isinstance(inner, dict):
        fields = filled(fields, fields_of(inner, kind))
    # a crawler's record keeps the page's metadata in a mapping beside the text (Firecrawl's and Crawl4AI's
    # '"markdown": "…", "metadata": {"title": …, "sourceURL": …}'): its fields fill what the record lacks
    beside_names = metadata_mapping_names()
    for key, value in record.items():
        if key != body_key and isinstance(value, dict) and spelling(key) in beside_names:
            fields = filled(fields, fields_of(value, kind))
    return fields


def filled(fields: ContainerFields, other: ContainerFields) -> ContainerFields:
    """`fields`, with what it lacks taken from `other` (its kind stays)."""
    names = [field.name for field in dataclass_fields(ContainerFields) if field.name != "kind"]
    return replace(fields, **{name: getattr(other, name) for name in names if not getattr(fields, name)})


@cache
def metadata_mapping_names() -> frozenset[str]:
    """The names under which a crawler keeps the page's metadata beside its text (metadata_mappings in
    containers.yml), compared as field names are."""
    return frozenset(spelling(name) for name in rule_section(RULES_FILE, "metadata_mappings")["names"])


def find_body(record: dict[str, Any]) -> Body:
    """The record's text field: a known content name (in the record, or in the one record it wraps, as an
    API response does), else its longest prose field (rules/containers.yml, `prose`), else why none."""
    if key := field_key(record, field_names().content):
        return Body(record, key)
    known = [Body(inner, key) for inner in dict_values(record) if (key := field_key(inner, field_names().content))]
    if len(known) == 1:
        return known[0]
    if (found := prose_field(record)).problem != NO_PROSE:
        return found
    wrapped = [found for inner in dict_values(record) if (found := prose_field(inner)).problem != NO_PROSE]
    return wrapped[0] if len(wrapped) == 1 else Body(record, problem=no_text_problem(record))


NO_PROSE = "no prose"


def dict_values(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [value for value in record.values() if isinstance(value, dict)]


def prose_field(record: dict[str, Any]) -> Body:
    """The record's longest prose field when the choice is clear; the ambiguity otherwise."""
    choice = choose(string_fields(record))
    if choice.chosen is None:
        return Body(record, problem=NO_PROSE)
    if not choice.rivals:
        return Body(record, choice.chosen.name, guessed=True)
    named = [choice.chosen, *choice.rivals]
    if len(named) == 2:
        return Body(record, problem=(
            f"has two fields that hold prose of about the same length (`{named[0].name}`: {named[0].chars:,} "
            f"Chinese characters, `{named[1].name}`: {named[1].chars:,}) and no field named "
            f"{', '.join(field_names().content[:3])} …, so which is the article would be a guess; name the "
            "article's field `content` (or add its name to rules/containers.yml)"))
    return Body(record, problem=(
        f"seems to hold several articles: {len(named)} fields hold prose of similar length "
        f"({', '.join(f'`{piece.name}`' for piece in named[:5])}); save each article as a record of its own"))


def string_fields(record: dict[str, Any]) -> list[Piece]:
    return [measure(str(name), value) for name, value in record.items() if isinstance(value, str)]


def no_text_problem(record: dict[str, Any]) -> str:
    """Why a record has no text: no content field by name, and the longest string is not prose."""
    rule = prose_rule()
    longest = choose(string_fields(record)).longest
    found = (f"the longest, `{longest.name}`, has {longest.chars:,} Chinese characters in {longest.sentences} "
             "sentences" if longest else "it has no string fields")
    empty = [str(name) for name in record if spelling(name) in field_names().content]
    named = (f"its field `{empty[0]}` is empty" if empty
             else f"no field is named {', '.join(field_names().content[:4])} …")
    return (f"has no text: {named}, and no field holds Chinese prose ({found}; an article has {rule.min_chars} "
            f"or more in {rule.min_sentences} or more sentences)")


@cache
@reads_rule_file(RULES_FILE)
def save_stamp(path: Path = RULES_FILE) -> re.Pattern:
    return re.compile(rule_section(path, "save_stamp")["pattern"])


def without_save_stamp(text: str) -> str:
    """A PHP-guarded data file without the save time an editor's autosave glues between its guard and its text
    (rules/containers.yml, `save_stamp`): not part of the text, nor a date the page states. The same for the file
    itself and for a record's text field holding it (page_of_record: a JSON, CSV or SQL record of an autosave)."""
    stamp = save_stamp().match(text)
    return text[:stamp.end("guard")] + text[stamp.end():] if stamp else text


def sql_record_page(text: str, path: Path) -> Unwrapped | None:
    """An SQL text whose INSERTs hold one row, or one row cut from an extended INSERT: that record, read as a
    JSON record is (its text field by name or as its longest prose value; unnamed values by position, a title
    and a date by their shape); an SQL dump of several rows or of none is refused saying what it holds, and a
    single row without a text saying why. None for a text that is not SQL."""
    statement = SQL_STATEMENT.search(PHP_GUARD.sub("", text[:SNIFF_CHARS], count=1))  # '<?php exit;?>INSERT …'
    found = sql_rows(text) if statement else bare_rows(text)
    if found is None:
        if statement:
            raise InputError(path, f"this looks like an SQL database dump ({len(SQL_STATEMENT.findall(text))} CREATE "
                                   "TABLE/INSERT INTO statements), not a page; export each article's text to its own "
                                   "file and add those")
        return None
    if len(found.rows) != 1:
        raise InputError(path, sql_dump_message(found, len(SQL_STATEMENT.findall(text))))
    row = found.rows[0]
    named = len(row.columns) == len(row.values)
    names = list(row.columns) if named else [f"value {number}" for number in range(1, len(row.values) + 1)]
    record = dict(zip(names, row.values, strict=True))
    what = (f"one row ({f'INSERT INTO `{row.table}`, ' if row.table else 'cut from an INSERT, '}"
            f"{len(row.values)} values{'' if named else ', no column names'})")
    body = find_body(record)
    if body.problem:
        raise InputError(path, f"this SQL text holds {what}, not a page: the row {body.problem}")
    page = page_of_record(record, "SQL", path)
    if named:
        return page
    title, published = unnamed_title(record, body.key), unnamed_date(record, body.key)
    fields = replace(page.fields, title=page.fields.title or title[1], published=page.fields.published or published[1])
    shapes = [f"its {role} from `{name}`" for role, (name, value) in (("title", title), ("date", published)) if value]
    warnings = page.warnings + ((f"the SQL row names no columns: {' and '.join(shapes)}, taken by its shape; "
                                 "check them",) if shapes else ())
    return Unwrapped(page.data, page.encoding, page.html, fields, warnings)


def sql_dump_message(found: SqlText, statements: int) -> str:
    """What an SQL text of several rows (or of none) holds, for its refusal."""
    if not found.rows:
        return (f"this looks like an SQL database dump ({statements} CREATE TABLE/INSERT INTO statements, no row "
                "of values), not a page; export each article's text to its own file and add those")
    tables = ", ".join(f"`{table}`" for table in found.tables[:4]) + (" …" if len(found.tables) > 4 else "")
    where = (f"in {found.inserts} INSERT statement{'s' if found.inserts > 1 else ''} into "
             f"{len(found.tables)} table{'s' if len(found.tables) > 1 else ''} ({tables})" if found.inserts
             else "cut from an INSERT statement")
    return (f"this looks like an SQL database dump ({len(found.rows)} rows {where}), not a page; export each "
            "article's text to its own file and add those")


def unnamed_title(record: dict[str, Any], body_key: str) -> tuple[str, str]:
    """(name, value) of the longest value before a row's text that is shaped like a title (rules/containers.yml,
    `unnamed_values`: a column's or a source's name is shorter than a headline); ("", "") when there is none."""
    rule = unnamed_values()
    names = list(record)
    before = names[:names.index(body_key)] if body_key in names else names
    titles = [(name, str(record[name]).strip()) for name in before
              if isinstance(record[name], str) and rule.title_shaped(record[name])]
    return max(titles, key=lambda title: len(title[1]), default=("", ""))


def unnamed_date(record: dict[str, Any], body_key: str) -> tuple[str, str]:
    """(name, value) of a row's one value written as a date or a date and time ('2017-11-12 13:27:17'); ("", "")
    when there is none, or several different ones (a row's created and updated times: which is the page's is a
    guess)."""
    rule = unnamed_values()
    dates = [(name, value.strip()) for name, value in record.items()
             if name != body_key and isinstance(value, str) and rule.date.fullmatch(value.strip())
             and parse_date(value.strip())]
    return dates[0] if dates and len({value for _, value in dates}) == 1 else ("", "")


@dataclass(frozen=True)
class UnnamedValues:
    """How a title and a date look among a row's unnamed values (rules/containers.yml, `unnamed_values`)."""

    date: re.Pattern
    title_min_chinese: int
    title_max_chars: int
    title_not: re.Pattern

    def title_shaped(self, value: str) -> bool:
        value = value.strip()
        return (len(CJK_CHAR.findall(value)) >= self.title_min_chinese and len(value) <= self.title_max_chars
                and not self.title_not.search(value))


@cache
@reads_rule_file(RULES_FILE)
def unnamed_values(path: Path = RULES_FILE) -> UnnamedValues:
    rule = rule_section(path, "unnamed_values")
    return UnnamedValues(re.compile(rule["date"]["pattern"]), int(rule["title"]["min_chinese"]),
                         int(rule["title"]["max_chars"]), re.compile(rule["title"]["not"]))


def first_code_line(text: str) -> str:
    return next((line for line in text[:SNIFF_CHARS].split("\n") if not CODE_COMMENT.match(line)), "")


def looks_like_code(text: str) -> bool:
    """The file opens (after comments) with a declaration and has several, with a name bound to a dict or list
    literal (DATA_LITERAL_OPENING), or with a framework's page registration (FRAMEWORK_REGISTRATION, 'Page({'):
    program source."""
    first = next((line for line in text[:SNIFF_CHARS].split("\n") if not CODE_COMMENT.match(line)), "")
    if DATA_LITERAL_OPENING.match(first) or FRAMEWORK_REGISTRATION.match(first) or PHP_DATA.match(text[:SNIFF_CHARS]):
        return True
    return bool(CODE_LINE.match(first)) and len(CODE_LINE.findall(text)) >= MIN_CODE_LINES


def renders_markup(text: str) -> bool:
    """A component file too short in declarations for `looks_like_code` (`export default function Page() {`
    and its JSX, an Angular component's template in back quotes, a module exporting a page's markup): it opens
    with a declaration and renders elements (scripts/clean/component_markup.py) or holds a template literal of
    markup."""
    first = next((line for line in text[:SNIFF_CHARS].split("\n") if not CODE_COMMENT.match(line)), "")
    if not (CODE_LINE.match(first) or EXPORTED_BINDING.match(first)):
        return False
    return bool(MARKUP_LITERAL.search(text)) or component_markup(text).elements > 0


def page_in_source(text: str, path: Path) -> Unwrapped:
    """Program source carrying one article: the markup a component renders when that is where the file's prose
    is (scripts/clean/component_markup.py), else its one prose string literal or comment, read as the page
    (HTML or a JSON record inside it too), with a warning; source holding no prose or several prose texts
    (records) is refused saying what it looks like."""
    code = (len(CODE_LINE.findall(text)) + len(DATA_LITERAL_OPENING.findall(text)) + bool(PHP_DATA.match(text))
            + len(FRAMEWORK_REGISTRATION.findall(text)))
    markup = component_markup(text)
    if markup.elements:
        page = rendered_page(markup, code)
        if page is not None:
            return page
        text = markup.code  # its strings and comments, without the markup's text (apostrophes, quotes …)
    found = article_in_source(text)
    if not found.text:
        holds = (f"; it holds {found.pieces} separate prose texts in its strings and comments, records rather "
                 "than one article" if found.pieces else "; no string or comment in it holds an article's prose")
        if markup.elements:
            holds += f", nor does the markup of its {markup.elements} rendered element(s)"
        raise InputError(path, f"this looks like program source code ({code} lines of package/import/class/"
                               f"function declarations or data literals), not a page{holds}; copy the article "
                               "text out of it into its own file")
    try:
        inner = unwrap(found.text.encode("utf-8"), path.with_suffix(".txt"), "utf-8")
    except ManyRecords as many:
        raise InputError(path, f"this looks like program source code ({code} lines of package/import/class/"
                               f"function declarations) holding a {many.kind} literal of {len(many.records)} "
                               "records, not a page; copy each article's text out of it into its own file") from None
    except InputError as error:
        raise InputError(path, f"program source code whose {found.kind} at line {found.line} holds the only prose: "
                               f"{error.reason}") from None
    fields = inner.fields if inner.fields.kind else ContainerFields(
        kind="program source", title=source_title(text), published=source_field(text, "published"),
        author=source_field(text, "author"))
    warning = (f"the text was taken from program source (a {found.kind} at line {found.line} of a file of "
               f"{code} code declarations); check that it is the whole article")
    return Unwrapped(inner.data, inner.encoding, inner.html, fields, (warning, *inner.warnings))


HIDDEN_MARKUP = re.compile(r"<!--.*?-->|<!doctype[^>]*>|<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)


def fenced_component(front: re.Match, path: Path) -> Unwrapped:
    """A component whose code stands between '---' fences above its markup (Astro): the page its markup renders
    (read as JSX is: {expressions}, components, class names), when that is where the prose is; else its code,
    read as program source is."""
    code = front.group("yaml")
    body = HIDDEN_MARKUP.sub("", front.group("body"))
    markup = component_markup(f"(<>{body}</>)")
    declarations = len(CODE_LINE.findall(code))
    if markup.elements and (page := rendered_page(Markup(markup.html, code, markup.elements), declarations)):
        return page
    return page_in_source(code, path)


def rendered_page(markup: Markup, code: int) -> Unwrapped | None:
    """The page a component renders, when its markup's visible text is prose (rules/containers.yml, `prose`) and
    holds at least as many Chinese characters as the prose of the code's strings and comments (which, else, is
    where the file keeps its text, or its records); None otherwise."""
    page = measure("rendered markup", markup.html)
    if not page.is_prose(prose_rule()):
        return None
    in_code = distinct_prose([piece for piece, _ in prose_candidates(markup.code)])
    if page.chars < sum(piece.chars for piece in in_code):
        return None
    fields = ContainerFields(kind="component source", title=source_title(markup.code),
                             published=source_field(markup.code, "published"))
    warning = (f"the text was read from the markup a component renders ({markup.elements} element(s) in a file of "
               f"{code} code declarations), its code left out; check that it is the whole article")
    return Unwrapped(f"<html><body>\n{markup.html}\n</body></html>".encode(), "utf-8", True, fields, (warning,))


def source_field(text: str, key: str) -> str:
    """A short literal the program assigns to a field of `key`'s names (containers.yml `fields`: `date: "…"`,
    `publishTime: '…'`, `author: "…"`; camelCase read as snake_case), as a record states it; a date may be a list
    of its parts or a Unix time."""
    names = getattr(field_names(), key)
    for match in TITLE_ASSIGNMENT.finditer(text):
        if spelling(match.group("name")) in names:
            return literal_value(match.group("literal")).strip()
    for match in DATE_ARRAY_ASSIGNMENT.finditer(text):
        if spelling(match.group("name")) in names:
            year, month, day = (int(part) for part in match.group("y", "m", "d"))
            return f"{year:04d}-{month:02d}-{day:02d}"
    for match in EPOCH_ASSIGNMENT.finditer(text):
        if spelling(match.group("name")) in names and (stamped := epoch_date(match.group("stamp"))):
            return stamped.isoformat()
    return ""


# A date written as a Unix time, a bare number in a program's data ('"pubDate": 1689125465000'; dates.epoch_date).
EPOCH_ASSIGNMENT = re.compile(r"[\"']?\b(?P<name>[A-Za-z_]\w{0,30})[\"']?\s*[:=]\s*(?P<stamp>\d{10}(?:\d{3})?)(?!\d)")
# A date written as a list of year, month and day in a program's data ('latest_update: [2024, 10, 4]').
DATE_ARRAY_ASSIGNMENT = re.compile(r"[\"']?\b(?P<name>[A-Za-z_]\w{0,30})[\"']?\s*[:=]\s*[\[(]\s*"
                                   r"(?P<y>(?:19|20)\d\d)\s*,\s*(?P<m>\d{1,2})\s*,\s*(?P<d>\d{1,2})\s*[\])]")


def source_title(text: str) -> str:
    """The title a program states beside the article: a short literal assigned to a title variable or key
    (`TITLE = "…"`, `newsTitle: '…'`, `"标题": "…"`; names from rules/containers.yml, camelCase read as
    snake_case)."""
    for match in TITLE_ASSIGNMENT.finditer(text):
        name = spelling(match.group("name"))
        value = literal_value(match.group("literal")).strip()
        if name in field_names().title and CJK_CHAR.search(value):
            return value
    return set_title(text)


@dataclass(frozen=True)
class TitleSetter:
    pattern: re.Pattern
    words: frozenset[str]


@cache
@reads_rule_file(RULES_FILE)
def title_setter(path: Path = RULES_FILE) -> TitleSetter:
    rule = rule_section(path, "title_setter")
    return TitleSetter(re.compile(rule["pattern"]), frozenset(str(word).lower() for word in rule["words"]))


def set_title(text: str) -> str:
    """The short literal a program sets on its title widget ('tvTitle.setText("…")', 'setTitle("…")',
    'tvTitle.text = "…"'; the title_setter rule of rules/containers.yml): a call or a text property whose widget or
    setter has a title word in its name."""
    rule = title_setter()
    for match in rule.pattern.finditer(text):
        names = f"{match.group('widget') or ''}_{match.group('setter') or ''}"
        words = set(CAMEL_HUMP.sub(r"\1_\2", names).lower().split("_"))
        value = literal_value(match.group("literal") or match.group("assigned")).strip()
        if words & rule.words and CJK_CHAR.search(value):
            return value
    return ""


def json_of_script(text: str, path: Path) -> str:
    """A script that only assigns a data literal (then perhaps hands it to a callback: JSONP's
    `window.callback(result);`): the data as JSON, read as a JSON file is. Strict JSON keeps its offsets, so record
    line numbers hold; a JavaScript object literal (unquoted keys, single quotes, trailing commas: JSON5, read with
    the json5 package) is written out again as one line of JSON. Refused when the literal is neither (template
    strings, code) or more code follows it."""
    assignment = JS_DATA_ASSIGNMENT.match(text)
    if not assignment:
        return text
    refusal = InputError(path, f"this looks like a JavaScript data module (`{assignment.group(0).strip()} …`), not "
                               "a page; copy each article's text out of it into its own file")
    end = js_literal_end(text, assignment.end())
    if end is None or not JS_SCRIPT_TAIL.fullmatch(text, end):
        raise refusal
    literal = text[assignment.end():end]
    try:
        json.loads(literal)
        return " " * assignment.end() + literal
    except json.JSONDecodeError:
        pass
    try:
        return " " * assignment.end() + json.dumps(json5.loads(literal), ensure_ascii=False)
    except ValueError:
        raise refusal from None


def js_literal_end(text: str, start: int) -> int | None:
    """Where the bracketed literal opening at `start` closes (after its last bracket), skipping strings and
    comments; None when it never closes. One pass over the text."""
    depth, at, size = 0, start, len(text)
    while at < size:
        char = text[at]
        if char in "\"'`":
            at += 1
            while at < size and text[at] != char:
                at += 2 if text[at] == "\\" else 1
        elif text.startswith("//", at) or text.startswith("/*", at):
            close = text.find("\n" if text[at + 1] == "/" else "*/", at + 2)
            if close < 0:
                return None
            at = close + (0 if text[at + 1] == "/" else 1)
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1
    return None


def refuse_records_without_text(records: list[Record], kind: str, path: Path) -> None:
    """A record file none of whose records holds a text: data, not a page; say why, from the first record."""
    if len(records) == 1 and (lists := list(record_lists(records[0].fields))):
        where, items = lists[0]
        raise InputError(path, f"this is {kind} data without a text field: a list of {len(items)} records under "
                               f"`{where}` (fields: {', '.join(field_list(items))}), none of which holds an "
                               f"article; its record 1 {find_body(items[0]).problem}")
    if len(records) == 1:
        raise InputError(path, f"the {kind} record {records[0].problem}")
    raise InputError(path, f"this is {kind} data without a text field (fields: "
                           f"{', '.join(field_list([record.fields for record in records]))}): none of its "
                           f"{len(records)} records holds an article; record 1 {records[0].problem}")


def field_list(records: list[dict[str, Any]]) -> list[str]:
    """The first field names of some records, for a message."""
    return list(dict.fromkeys(str(name) for record in records for name in record))[:8]


def refuse_data_without_text(text: str, path: Path) -> None:
    """JSON or a CSV table none of whose fields holds an article's text: data, not a page."""
    columns = data_columns(text)
    if columns:
        names = ", ".join(field_names().content[:5])
        raise InputError(path, f"this is {columns[0]} data without a text field (fields: {', '.join(columns[1:9])}); "
                               f"the article's text must be in a field named {names} (see rules/containers.yml), "
                               "or be copied into a file of its own")


def data_columns(text: str) -> list[str]:
    """['JSON' or 'CSV', field names …] when the whole text is JSON or a CSV table; [] otherwise."""
    stripped = text.strip()
    if stripped.startswith(("{", "[")):
        values = [value for _, _, value in json_values(stripped)] or json_lines(stripped)
        keys = list(dict.fromkeys(str(key) for value in values if isinstance(value, dict) for key in value))
        return ["JSON", *keys] if values and keys else []
    lines = stripped.split("\n", 2)
    if len(lines) < 2:
        return []
    try:
        header, row = next(csv.reader([lines[0]])), next(csv.reader([lines[1]]))
    except (csv.Error, StopIteration):
        return []
    names = [name.strip() for name in header]
    if len(names) >= 3 and len(row) == len(names) and all(COLUMN_NAME.fullmatch(name) for name in names):
        return ["CSV", *names]
    return []


def json_lines(text: str) -> list[Any]:
    try:
        return [json.loads(line) for line in jsonl_lines(text)]
    except json.JSONDecodeError:
        return []


def read_records(text: str, encoding: str) -> tuple[list[Record], str]:
    """The records of a CSV table, JSON, JSONL or XML file, good and bad ([] when it is none of them)."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        records = json_records(text, encoding)
        if records:
            return records, "JSON" if len(records) == 1 and not jsonl_lines(text) else "JSONL/JSON"
    if stripped.startswith("<"):  # a tool's XML (trafilatura, TEI, Evernote), else a crawler's XML records
        found_records, kind = tool_records(text) or (xml_records(text), "XML")
        return [Record(number, found.fields, found.raw.encode(encoding), found.line, find_body(found.fields).problem)
                for number, found in enumerate(found_records, 1)], kind
    return csv_records(text, encoding), "CSV"


def jsonl_lines(text: str) -> list[str]:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines) else []


def json_records(text: str, encoding: str) -> list[Record]:
    """The records of one JSON object, a JSON array of objects, or JSON Lines (an API response's nested list
    of articles too); each record that holds no text says why (`problem`)."""
    records: list[Record] = []
    if jsonl_lines(text):
        for number, raw_line in enumerate(text.splitlines(keepends=True), 1):
            if raw_line.strip():
                records.append(jsonl_record(len(records) + 1, raw_line, number, encoding))
        return records
    for start, end, value in json_values(text):
        line = text.count("\n", 0, start) + 1
        if not isinstance(value, dict):
            continue
        value = with_paragraph_lists_joined(value)
        body = find_body(value)
        if body.problem and (nested := nested_records(value)):
            records += [Record(len(records) + number, item, json.dumps(item, ensure_ascii=False).encode(encoding),
                               line, find_body(item).problem) for number, item in enumerate(nested, 1)]
        else:
            records.append(Record(len(records) + 1, value, text[start:end].encode(encoding), line, body.problem))
    return records


def jsonl_record(number: int, raw_line: str, line: int, encoding: str) -> Record:
    """One line of a JSON Lines file as a record; a line that is not a JSON object says so."""
    try:
        value = json.loads(raw_line)
    except json.JSONDecodeError as error:
        return Record(number, {}, raw_line.encode(encoding), line,
                      f"is not valid JSON ({JSON_ERROR_END.sub('', error.msg)}, column {error.colno})")
    if not isinstance(value, dict):
        return Record(number, {}, raw_line.encode(encoding), line, "is not a JSON object")
    value = with_paragraph_lists_joined(value)
    return Record(number, value, raw_line.encode(encoding), line, find_body(value).problem)


PART_SHARE = 0.5  # of a list's items that hold their words under one key (the rest images, embeds): one text


def with_paragraph_lists_joined(record: dict[str, Any]) -> dict[str, Any]:
    """The record with each list that holds one text in pieces joined into that text, a paragraph a piece: a
    list of strings ("paragraphs": ["…", "…"]) or a list of parts that hold their words under one key and
    name no article of their own ("parts": [{"type": "paragraph", "text": "…"}, …]: no title or date in any part;
    an image part may give its address). A list of articles (items with their own title) stays a list of records."""
    names = field_names()
    metadata = names.all() - set(names.content)  # "authors": ["张三", "李四"] is a field of names, not a text
    joined = dict(record)
    for key, value in record.items():
        if spelling(key) in metadata:
            continue
        if isinstance(value, list) and len(value) >= 2 and (text := paragraphs_of(value)):
            joined[key] = text
    return joined


def paragraphs_of(items: list[Any]) -> str:
    if all(isinstance(item, str) for item in items):
        return "\n\n".join(item.strip() for item in items if item.strip())
    if not all(isinstance(item, dict) for item in items):
        return ""
    names = field_names()
    article_keys = set(names.title) | set(names.published) | set(names.date)  # an image part has its url
    if any(spelling(name) in article_keys for item in items for name in item):
        return ""
    words = Counter(name for item in items for name, value in item.items() if isinstance(value, str) and value.strip())
    key = max(words, key=lambda name: sum(len(item.get(name) or "") for item in items
                                          if isinstance(item.get(name), str)), default=None)
    if key is None or words[key] < PART_SHARE * len(items):
        return prose_of_parts(items)
    return "\n\n".join(item[key].strip() for item in items if isinstance(item.get(key), str) and item[key].strip())


def text_value(value: Any) -> str:
    """A text field's words whatever holds them: a string; a mapping of its forms (a CMS's API gives
    "content": {"rendered": "<p>…</p>", "protected": false}), its longest text; a list of paragraphs or parts,
    joined (paragraphs_of, part_text)."""
    if isinstance(value, dict):
        return max((text_value(inner) for inner in value.values() if isinstance(inner, str | dict | list)), key=len,
                   default="")
    if isinstance(value, list):
        return paragraphs_of(value) or prose_of_parts(value)
    return "" if value is None else str(value)


def part_text(item: Any) -> str:
    """One part of a text kept as a list: a string; a part's longest value with Chinese in it (not a media part's:
    an image, a video); a nested list's text."""
    if isinstance(item, dict):
        return "" if MEDIA_PART.fullmatch(str(item.get("type") or "")) else max(
            (value for value in item.values() if isinstance(value, str) and CJK_CHAR.search(value)), key=len,
            default="")
    return text_value(item) if isinstance(item, list | str) else ""


MEDIA_PART = re.compile(r"image|photo|picture|video|audio|gallery|embed|ad|advert|raw_html|oembed.*", re.I)


def prose_of_parts(items: list[Any]) -> str:
    """Parts that keep their words under different keys ({"type": "text", "content": …}, {"type": "header",
    "text": …}) among parts of media (an image's address and caption, a video, an ad), or paragraphs among them:
    each part's text (part_text), but for the media parts'."""
    return "\n\n".join(text for item in items if (text := part_text(item).strip()))


def nested_records(value: dict[str, Any]) -> list[dict[str, Any]]:
    """The first list of records an API response wraps ({"result": {"data": [{…, "content": …}]}}) of which
    at least one holds a text."""
    return next((items for _, items in record_lists(value) if any(not find_body(item).problem for item in items)),
                [])


def record_lists(value: dict[str, Any], depth: int = NESTED_RECORDS_DEPTH,
                 where: str = "") -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(where, items) of each list of records inside an API response, `result.data` style, outermost first."""
    for key, inner in value.items():
        at = f"{where}.{key}" if where else str(key)
        if isinstance(inner, list) and inner and all(isinstance(item, dict) for item in inner):
            yield at, inner
        elif isinstance(inner, dict) and depth > 1:
            yield from record_lists(inner, depth - 1, at)


def json_values(text: str) -> Iterator[tuple[int, int, Any]]:
    """(start, end, value) of a top-level JSON object, or of each element of a top-level array."""
    decoder = json.JSONDecoder()
    position = len(text) - len(text.lstrip())
    if text.startswith("{", position):
        try:
            value, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            return
        if not text[end:].strip():
            yield position, end, value
        return
    position += 1
    while True:
        position = skip_space(text, position)
        if position >= len(text) or text[position] == "]":
            return
        try:
            value, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            return
        yield position, end, value
        position = skip_space(text, end)
        if text.startswith(",", position):
            position += 1


def skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def csv_records(text: str, encoding: str) -> list[Record]:
    """Rows of a CSV table, each with the header's and its own bytes (a row without a text says why)."""
    header = csv_header(text)
    if not header:
        return []
    text_lines = LINES.findall(text)
    byte_lines = [line.encode(encoding) for line in text_lines]  # the file's own bytes (without a BOM)
    reader = csv.reader(iter(text_lines[1:]), delimiter=delimiter_of(text.split("\n", 1)[0]))
    records: list[Record] = []
    consumed = 0
    try:
        for row in reader:
            start, consumed = consumed, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                return []  # not a well-formed CSV table: read it as text
            raw = byte_lines[0] + b"".join(byte_lines[1 + start:1 + consumed])
            fields = dict(zip(header, row, strict=True))
            records.append(Record(len(records) + 1, fields, raw, start + 2, find_body(fields).problem))
    except csv.Error:
        return []
    return records


def delimiter_of(header: str) -> str:
    """A table's cell separator: a comma, or a tab when the header has more tabs than commas (Excel's "Unicode
    text" and many tools' .tsv exports)."""
    return "\t" if header.count("\t") > header.count(",") else ","


def csv_header(text: str) -> list[str]:
    """The header row of a CSV table: two or more unique names, one of them a known content field or all of
    them shaped like column names; [] otherwise."""
    first = text.split("\n", 1)[0]
    if ("," not in first and "\t" not in first) or len(first) > 1000:
        return []
    try:
        header = next(csv.reader([first], delimiter=delimiter_of(first)))
    except csv.Error:
        return []
    names = [name.strip().lower() for name in header]
    if len(names) < 2 or len(set(names)) != len(names):
        return []
    if any(spelling(name) in field_names().content for name in names):
        return header
    return header if all(COLUMN_NAME.fullmatch(name) for name in names) else []


def field_key(record: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The record's own spelling of the first of `keys` it has with a value."""
    by_name = {spelling(name): name for name in record}
    for key in keys:
        if key in by_name and str(record[by_name[key]] or "").strip():
            return by_name[key]
    return ""


def text_of(record: dict[str, Any], keys: tuple[str, ...]) -> str:
    key = field_key(record, keys)
    value = record.get(key) if key else None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list) and value and all(isinstance(item, str | int) for item in value):
        return "、".join(" ".join(str(item).split()) for item in value)  # "authors": ["张三", "李四"]
    if isinstance(value, dict):  # "headlines": {"basic": "…", "web": "…"}, "title": {"zh": "…"}: its first text
        value = next((inner for inner in value.values() if isinstance(inner, str) and inner.strip()), None)
    return " ".join(str(value).split()) if value is not None and not isinstance(value, dict | list) else ""


def fields_of(record: dict[str, Any], kind: str, body_key: str = "") -> ContainerFields:
    """The metadata candidates among a record's fields: short values of fields whose names are known (the
    text field itself, and a long value under a metadata name, are not metadata)."""
    record = {name: value for name, value in record.items()
              if name != body_key and not (isinstance(value, str) and len(value) > MAX_FIELD_CHARS)}
    names = field_names()
    sources = [without_label(text_of(record, (key,))) for key in names.source]
    named = [value for value in sources if value and not WEB_ADDRESS.match(value)]  # trafilatura: source=its URL
    source = named[0] if named else next((value for value in sources if value), "")
    url = page_address(record, names.url) or next((value for value in sources if WEB_ADDRESS.match(value)), "")
    return ContainerFields(kind=kind, title=title_without_site(without_tags(text_of(record, names.title))),
                           published=stated_date(without_label(text_of(record, names.published))),
                           date=stated_date(without_label(text_of(record, names.date))),
                           author=without_label(text_of(record, names.author)), source_url=url,
                           source_name="" if WEB_ADDRESS.match(source) else source,
                           record_name=text_of(record, names.record_name))


@cache
def field_label() -> re.Pattern:
    return re.compile(rule_section(RULES_FILE, "field_label")["pattern"])


WIKILINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?(?P<shown>[^\[\]|]+)\]\]")


def without_label(value: str) -> str:
    """A field's value without the page's label a scraper copied with it ('来源：某某日报' -> '某某日报'), and a
    note app's link around a name ('[[某某]]', '[[page|某某]]': Obsidian's web clipper links its authors) without
    its brackets."""
    return WIKILINK.sub(r"\g<shown>", field_label().sub("", value, count=1))


SITE_ROOT = re.compile(r"https?://[^/?#\s]+/?")


def page_address(record: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The page's own address among the record's address fields: the first one, unless it is only a site's root
    (newspaper3k's `source_url` is the paper's home page, its `url` the article) and another names a page."""
    addresses = [text_of(record, (key,)) for key in keys]
    addresses = [address for address in addresses if address]
    pages = [address for address in addresses if WEB_ADDRESS.match(address) and not SITE_ROOT.fullmatch(address)]
    return (pages[0] if addresses and SITE_ROOT.fullmatch(addresses[0]) and pages else
            addresses[0] if addresses else "")


def without_tags(value: str) -> str:
    """A field's value without the markup a CMS left in it ('一齊撐　<br/>財金界…': a headline's line break)."""
    return " ".join(TAG.sub(" ", value).split())


def stated_date(value: str) -> str:
    """A date field's value, a Unix time in it written as the day it names ('1624128762' -> '2021-06-20')."""
    day = epoch_date(value)
    return day.isoformat() if day else value


def yaml_front_matter(text: str) -> tuple[dict, str] | None:
    """A Markdown post's YAML front matter (between '---' lines, or Hexo's with no opening line) -> (its fields,
    the post's body); None unless the block is a YAML mapping with a field name a post has (title, date, author…)."""
    for pattern in (FRONT_MATTER, UNOPENED_FRONT_MATTER):
        front = pattern.match(text)
        if front and isinstance(mapping := safe_yaml(front.group("yaml")), dict) and known_keys(mapping):
            return mapping, front.group("body")
    return None


def known_keys(mapping: dict) -> bool:
    return any(spelling(name) in field_names().all() for name in mapping)


def safe_toml(text: str) -> dict[str, Any]:
    """Front matter in TOML between '+++' lines (Hugo's other form); {} when it is not TOML."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {}


class ForeignTagLoader(yaml.SafeLoader):
    """PyYAML's safe loader that reads a value under a language's own tag as the plain value it tags: a front matter
    that Python 2 tools wrote ('title: !!python/unicode '某某'', '!!python/str') was no YAML to the safe loader, and its
    keys were read as the page's text. Nothing is constructed but strings, lists and mappings."""


def tagged_value(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


for foreign_prefix in ("tag:yaml.org,2002:python/", "!"):  # '!!python/unicode', and an application's local '!tag'
    ForeignTagLoader.add_multi_constructor(foreign_prefix, tagged_value)


def safe_yaml(text: str) -> object:
    try:
        return yaml.load(text, Loader=ForeignTagLoader)
    except yaml.YAMLError:
        return None


@dataclass(frozen=True)
class TemplateEngine:
    """One entry of `templates` in rules/containers.yml: an engine's marks and the patterns stripped for it."""
    name: str
    mark: re.Pattern | None  # the shapes that say a file is this engine's source
    strip: tuple[re.Pattern, ...]  # removed in this order
    gated: bool  # strip only from a file showing this engine's own mark


@dataclass(frozen=True)
class TemplateEngines:
    engines: tuple[TemplateEngine, ...]
    mark: re.Pattern  # any engine's mark: the file is template source


@cache
@reads_rule_file(RULES_FILE)
def template_engines(path: Path = RULES_FILE) -> TemplateEngines:
    """The template engines of rules/containers.yml (`templates`), in the order written."""
    engines, marks = [], []
    for entry in rule_section(path, "templates"):
        if not (str(entry.get("reason", "")).strip() and entry.get("examples") and entry.get("strip")):
            raise entry_error(path, str(entry.get("name", "?")), "a template engine has a `reason`, `examples` and "
                                                               "`strip` patterns", "templates: ")
        entry_marks = [scoped_flags(str(mark)) for mark in entry.get("marks", [])]
        marks.extend(entry_marks)
        engines.append(TemplateEngine(
            entry["name"], re.compile("|".join(f"(?:{mark})" for mark in entry_marks), re.S) if entry_marks else None,
            tuple(re.compile(str(pattern), re.S) for pattern in entry["strip"]), bool(entry.get("gated", False))))
    return TemplateEngines(tuple(engines), re.compile("|".join(f"(?:{mark})" for mark in marks), re.S))


LEADING_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")


def scoped_flags(pattern: str) -> str:
    """A pattern opening with inline flags ('(?i)…') as a group the flags apply to ('(?i:…)'), so that it can
    stand inside an alternation of patterns."""
    flags = LEADING_FLAGS.match(pattern)
    return f"(?{flags.group(1)}:{pattern[flags.end():]})" if flags else pattern


def looks_like_template(text: str) -> bool:
    """Whether the text is a view template: markup (HTML tags) that shows a template engine's mark
    (rules/containers.yml, `templates`). A plain text holding '{{ … }}' or '<%= … %>' without any markup is no
    view: it is text that quotes the syntax, and is kept as it stands. Server-side tags ('<%@ page', '<?php',
    '<#list', '<c:set') are markup of their own."""
    return bool(template_engines().mark.search(text)) and (
        looks_like_html(text) or bool(MARKUP.search(text)) or bool(SERVER_TAG.search(text)))


SERVER_TAG = re.compile(r"<[%?#@]|</[#@]|</?[A-Za-z]+:[A-Za-z]")  # JSP/PHP/FreeMarker tags, tag libraries


def strip_template(text: str) -> str:
    """Template source without its server-side directives (rules/containers.yml, `templates`: each engine's
    patterns in order; a gated engine's only when the text shows its own mark); <c:set> text values become
    paragraphs."""
    text = C_SET.sub(c_set_block, text)
    for engine in template_engines().engines:
        if not engine.gated or (engine.mark and engine.mark.search(text)):
            text = engine_stripped(engine, text)
    return text


def engine_stripped(engine: TemplateEngine, text: str) -> str:
    """The text without one engine's directives (its `strip` patterns, in order)."""
    for pattern in engine.strip:
        text = pattern.sub("", text)
    return text


def c_set_block(match: re.Match) -> str:
    if match.group("var").lower() in C_SET_TEXT and match.group("value").strip():
        return f"<div>{match.group('value')}</div>"
    return ""


def template_title(text: str) -> str:
    """A template that sets its page title in a variable (<c:set var="title" value="…">)."""
    for match in C_SET.finditer(text):
        if match.group("var").lower() in field_names().title and match.group("value").strip():
            return match.group("value").strip()
    return ""


def fill_metadata(meta: dict, fields: ContainerFields) -> dict:
    """The metadata stage's fields with the container's candidates: its dates, author and address fill what the
    page itself did not state. Not its title: the metadata stage's title cascade reads it first, and a title it
    turned down (a site's name, a column) must not come back this way."""
    filled = dict(meta)
    for key, value in (("published", parse_date(fields.published)), ("date", parse_date(fields.date)),
                       ("speaker", speaker_name(fields.author))):
        if value and not filled.get(key):
            filled[key] = value
    if not filled.get("year") and (filled.get("date") or filled.get("published")):
        filled["year"] = (filled.get("date") or filled["published"]).year
    source = dict(filled.get("source") or {})
    if fields.source_url and not fields.source_url.startswith("/") and not source.get("url"):  # never a path on
        source["url"] = fields.source_url  # the site (a post's permalink): that only dates the page
    if fields.source_name and not source.get("name"):
        source["name"] = fields.source_name
    if source:
        filled["source"] = {key: source[key] for key in SOURCE_ORDER if key in source}
    return filled


def speaker_name(author: str) -> str:
    """A person's name from an author field; CMS defaults (佚名, 本站, admin) are not speakers."""
    return "" if simplified(author) in vocabulary().origin_stoplist else person_name(author)
