"""Article records saved as XML: a crawler's `<doc><url>…</url><title>…</title><datetime>…</datetime><body>…</body>
</doc>`, or a file of such records under one root (`<Gazette><Record>…</Record>…</Gazette>`).

Search-engine coursework and news crawlers keep each article as a small XML document whose elements are its
fields, as a JSON record keeps them as keys; the containers stage reads both the same way (the element names are
field names, rules/containers.yml `fields`). Only that shape is a record: an element whose children are all
fields (elements holding text, or one holding the article's own markup), two or more of them. Any other XML
(an XHTML page, a feed, a word-processor file) is no record and is read as before. The standard library's
parser is used: the text needs no more than elements, text and CDATA, and a document that declares its own
entities is never parsed (no entity expansion from a scraped file).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

XML_START = re.compile(r"\A\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?P<root>[A-Za-z_][\w.:-]*)", re.S)
XML_DECLARATION = re.compile(r"\A\s*<\?xml\b[^>]*\?>\s*")
ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)
# An HTML page's or fragment's elements: markup, never a record's fields (a record may name a field title or body).
HTML_ELEMENTS = frozenset({"html", "head", "body", "div", "section", "article", "main", "header", "footer", "nav",
                           "aside", "p", "span", "br", "hr", "a", "img", "figure", "figcaption", "h1", "h2", "h3", "h4",
                           "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th",
                           "blockquote", "pre", "strong", "b", "em", "i", "u", "font", "center", "form", "iframe",
                           "script", "style"})
NOT_RECORD_ROOTS = HTML_ELEMENTS | {"rss", "feed", "rdf", "svg", "urlset", "sitemapindex", "opml", "plist"}
FIELDS_MIN = 2  # a record names at least a text and one more field


@dataclass(frozen=True)
class XmlRecord:
    fields: dict[str, str]
    raw: str  # the record's own text: the whole file for one record, else the declaration and its element
    line: int  # where its element starts in the file (1-based)


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def looks_like_xml_records(text: str) -> bool:
    start = XML_START.match(text)
    return start is not None and start.group("root").split(":")[-1].lower() not in NOT_RECORD_ROOTS


def xml_records(text: str) -> list[XmlRecord]:
    """The records of an XML file of article records; [] when it is not one (or not well-formed XML)."""
    if not looks_like_xml_records(text) or ENTITY_DECLARATION.search(text):
        return []
    try:
        root = ET.fromstring(XML_DECLARATION.sub("", text, count=1))
    except ET.ParseError:
        return []
    if is_record(root):
        return [XmlRecord(record_fields(root), text, 1)]
    children = list(root)
    tags = {child.tag for child in children}
    if len(tags) != 1 or not all(is_record(child) for child in children):
        return []
    return record_spans(text, children)


def is_record(element: ET.Element) -> bool:
    """Two or more fields by name, each holding text, with no text between them (that is a document's mixed
    content, '<p>…</p>正文<p>…</p>') and none an HTML element ('<h1>…</h1><p>…</p>' is a page's fragment); at most
    one holds markup of its own (the article's HTML)."""
    children = list(element)
    with_markup = [child for child in children if len(child)]
    between = [element.text, *(child.tail for child in children)]
    names = {local_name(child.tag) for child in children}
    return len(names) >= FIELDS_MIN and len(with_markup) <= 1 and not any((text or "").strip() for text in between) \
        and not names & (HTML_ELEMENTS - {"head", "body"})


def record_fields(element: ET.Element) -> dict[str, str]:
    """Each field's text by its name (the first of a repeated name), markup inside a field kept as written."""
    fields: dict[str, str] = {}
    for child in element:
        fields.setdefault(local_name(child.tag), field_text(child))
    return fields


def field_text(element: ET.Element) -> str:
    inner = "".join(ET.tostring(child, encoding="unicode") for child in element)
    return (element.text or "") + inner


def record_spans(text: str, elements: list[ET.Element]) -> list[XmlRecord]:
    """Each record with its own text (the file's declaration, then its element as written), so that a record
    added on its own reads back as the same record; where a record's tag recurs inside another's text, each is
    written out again from the parsed element instead."""
    declaration = match.group(0).strip() + "\n" if (match := XML_DECLARATION.match(text)) else ""
    tag = re.escape(local_name(elements[0].tag))
    spans = list(re.finditer(rf"<(?:[\w.-]+:)?{tag}\b[^>]*?(?:/>|>.*?</(?:[\w.-]+:)?{tag}\s*>)", text, re.S))
    if len(spans) != len(elements):
        return [XmlRecord(record_fields(element), declaration + ET.tostring(element, encoding="unicode") + "\n", 1)
                for element in elements]
    return [XmlRecord(record_fields(element), declaration + span.group(0) + "\n", text.count("\n", 0, span.start()) + 1)
            for element, span in zip(elements, spans, strict=True)]
