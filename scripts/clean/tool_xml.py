"""XML that text-extraction and note-taking tools write for a saved page, read as records.

- trafilatura's XML output: `<doc title="…" author="…" date="…" url="…" sitename="…" …><main>…</main><comments/></doc>`,
  the metadata in the root's attributes and the text in `<main>`, in trafilatura's TEI-like elements
  (`<head rend="h2">`, `<list><item>`, `<hi>`, `<lb/>`, `<quote>`, `<table><row><cell>`);
- a TEI document (trafilatura's `--xmltei`, and other TEI writers): the title, author, publisher, date and the
  page's address in `<teiHeader>`, the text in `<text><body>` (trafilatura's readers' comments, `<div
  type="comments">`, are no part of it);
- a DocBook document (pandoc's `-t docbook5`, publishing chains): the title, author and date in the root's `<info>`
  (DocBook 4: `<articleinfo>`), the text in its sections, each section's `<title>` a heading one level below its
  parent's; footnotes, index terms, remarks and media are left out (a footnote's words would land mid-sentence);
- an Evernote export (`.enex`): `<en-export><note><title>…</title><content><![CDATA[<en-note>…</en-note>]]>
  </content><note-attributes><source-url>…</source-url>…</note-attributes><resource>…</resource></note>…
  </en-export>`; the note's `created`/`updated` times are when it was clipped, never the page's date, and its
  `author` is the account that clipped it; its resources are the images, as base64.

Each gives one record per text ({title, published, author, url, site_name, content}), the content as HTML, so that the
containers stage reads it as it reads a JSON record (its field names are those of rules/containers.yml) and `make add`
archives each note of an export of several as its own file (the export's root around that note). The standard
library's parser is used, and a document that declares its own entities is never parsed.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET

from scripts.clean.xml_records import ENTITY_DECLARATION, XML_DECLARATION, XmlRecord, local_name

ROOT = re.compile(r"\A\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE\b[^>]*>\s*)*"
                  r"<(?P<root>[A-Za-z_][\w.:-]*)(?P<attributes>[^>]*)>", re.S)
DOCTYPE = re.compile(r"<!DOCTYPE\b[^>\[]*(?:\[[^\]]*\])?\s*>", re.I)
# trafilatura's (and TEI's) text elements -> the HTML element the page reader knows (a <head> in a page's body would
# be taken for the document's head)
AS_HTML = {"head": "h2", "list": "ul", "item": "li", "lb": "br", "hi": "b", "quote": "blockquote", "row": "tr",
           "cell": "td", "graphic": "img", "ref": "a", "del": "s", "ab": "p", "main": "div", "en-note": "div",
           "label": "b", "note": "span"}
DROPPED = {"en-media", "en-crypt", "en-todo", "fw", "figure"}  # an image, an encrypted or a check box, a running head
DOCBOOK_NAMESPACE = "http://docbook.org/ns/docbook"
DOCBOOK_DOCTYPE = re.compile(r"<!DOCTYPE\s+\w+\s+PUBLIC\s+\"-//OASIS//DTD DocBook", re.I)
DOCBOOK_ROOTS = {"article", "book", "chapter", "part", "preface", "appendix", "section", "sect1"}
DOCBOOK_SECTIONS = DOCBOOK_ROOTS | {"sect2", "sect3", "sect4", "sect5", "simplesect", "refsect1", "refsect2"}
DOCBOOK_INFO = {"info", "articleinfo", "bookinfo", "chapterinfo", "sectioninfo", "sect1info", "prefaceinfo"}
DOCBOOK_DROPPED = DOCBOOK_INFO | {"footnote", "indexterm", "remark", "mediaobject", "inlinemediaobject", "figure",
                                  "informalfigure", "anchor", "titleabbrev", "toc"}
DOCBOOK_AS_HTML = {"para": "p", "simpara": "p", "formalpara": "div", "orderedlist": "ol", "itemizedlist": "ul",
                   "listitem": "li", "superscript": "sup", "subscript": "sub", "emphasis": "em", "link": "a",
                   "ulink": "a", "blockquote": "blockquote", "literallayout": "pre", "programlisting": "pre",
                   "screen": "pre", "informaltable": "table", "table": "table", "tgroup": "tbody", "row": "tr",
                   "entry": "td", "bridgehead": "h6", "variablelist": "dl", "varlistentry": "div", "term": "dt",
                   "quote": "q", "title": "b", "subtitle": "b", "attribution": "p"}
TRAFILATURA_FIELDS = {"title": "title", "author": "author", "date": "published", "url": "url",
                      "sitename": "site_name"}


def tool_records(text: str) -> tuple[list[XmlRecord], str] | None:
    """The records of a trafilatura XML document, a TEI document or an Evernote export, and the kind of file; None
    for any other text."""
    start = ROOT.match(text)
    if start is None or ENTITY_DECLARATION.search(text):
        return None
    root_name = start.group("root").split(":")[-1]
    if root_name not in ("doc", "TEI", "en-export", "note") and not is_docbook(text, root_name,
                                                                               start.group("attributes")):
        return None
    try:
        root = ET.fromstring(DOCTYPE.sub("", XML_DECLARATION.sub("", text, count=1), count=1))
    except ET.ParseError:
        return None
    name = local_name(root.tag)
    if name == "doc" and root.find("main") is not None:
        fields = {field: root.get(attribute, "").strip() for attribute, field in TRAFILATURA_FIELDS.items()}
        return [XmlRecord(with_content(fields, root.find("main")), text, 1)], "trafilatura XML"
    if name == "TEI":
        return tei_records(root, text)
    if name in DOCBOOK_ROOTS:
        return [XmlRecord(with_docbook_content(root), text, 1)], "DocBook"
    if name == "en-export":
        notes = [note for note in root if local_name(note.tag) == "note"]
        return [XmlRecord(note_fields(note), one_note(text, root, note, len(notes)), 1) for note in notes], "Evernote"
    if name == "note" and root.find("content") is not None:
        return [XmlRecord(note_fields(root), text, 1)], "Evernote"
    return None


def tei_records(root: ET.Element, text: str) -> tuple[list[XmlRecord], str] | None:
    body = find(root, "text", "body")
    if body is None:
        return None
    entries = [div for div in body if local_name(div.tag) == "div" and div.get("type") == "entry"]
    if entries:
        main = entries[0]
    else:
        main = copy.deepcopy(body)
        for div in [div for div in main if local_name(div.tag) == "div" and div.get("type") == "comments"]:
            main.remove(div)
    header = find(root, "teiHeader")
    fields = {"title": "", "author": "", "published": "", "url": "", "site_name": ""}
    if header is not None:
        fields["title"] = first_text(header, "title")
        fields["author"] = first_text(header, "author")
        dates = [element for element in header.iter() if local_name(element.tag) == "date"
                 and element.get("type") != "download" and (element.text or element.get("when") or "").strip()]
        fields["published"] = (dates[0].text or dates[0].get("when") or "").strip() if dates else ""
        pointers = [element.get("target", "") for element in header.iter()
                    if local_name(element.tag) == "ptr" and element.get("type", "").lower() == "url"]
        fields["url"] = pointers[0] if pointers else ""
        sites = [element.text or "" for element in header.iter()
                 if local_name(element.tag) == "bibl" and element.get("type") == "sitename"]
        publisher = re.sub(r"\s*\([^()]*\)\s*$", "", first_text(header, "publisher"))  # 'site (host name)'
        fields["site_name"] = (sites[0].strip() if sites else "") or (publisher if publisher != "N/A" else "")
    return [XmlRecord(with_content(fields, main), text, 1)], "TEI"


def is_docbook(text: str, root_name: str, attributes: str) -> bool:
    """A DocBook document: DocBook 5's namespace on a DocBook root, or DocBook 4's public DOCTYPE."""
    return root_name in DOCBOOK_ROOTS and (DOCBOOK_NAMESPACE in attributes or DOCBOOK_DOCTYPE.search(text) is not None)


def with_docbook_content(root: ET.Element) -> dict[str, str]:
    """A DocBook document's record: its <info>'s title, author and date, and its sections as HTML."""
    info = next((child for child in root if local_name(child.tag) in DOCBOOK_INFO), None)
    fields = {"title": "", "author": "", "published": ""}
    if info is not None:
        fields["title"] = first_text(info, "title")
        author = next((element for element in info.iter() if local_name(element.tag) in ("author", "editor")), None)
        fields["author"] = " ".join("".join(author.itertext()).split()) if author is not None else ""
        fields["published"] = first_text(info, "pubdate") or first_text(info, "date")
    elif (title := next((child for child in root if local_name(child.tag) == "title"), None)) is not None:
        fields["title"] = "".join(title.itertext()).strip()
    body = copy.deepcopy(root)
    docbook_as_html(body, 1)
    inner = "".join(ET.tostring(child, encoding="unicode") for child in body)
    return {**{key: value for key, value in fields.items() if value}, "content": (body.text or "") + inner}


def docbook_as_html(element: ET.Element, level: int) -> None:
    """Rename the DocBook elements under a section (or the root, level 1) to HTML's in place; the section's own title
    becomes a heading of its level (the root's title is the record's title, not a heading of the text)."""
    for child in list(element):
        name = local_name(child.tag)
        if name in DOCBOOK_DROPPED or (name == "title" and level == 1):
            remove_keeping_tail(element, child)
            continue
        child.attrib.clear()
        if name in DOCBOOK_SECTIONS:
            child.tag = "div"
            docbook_as_html(child, level + 1)
            continue
        child.tag = f"h{min(level, 6)}" if name == "title" else DOCBOOK_AS_HTML.get(name, "span")
        docbook_inline_as_html(child)


def docbook_inline_as_html(element: ET.Element) -> None:
    """Rename the elements inside a block (a paragraph, a list, a title) to HTML's in place."""
    for child in list(element):
        if local_name(child.tag) in DOCBOOK_DROPPED:
            remove_keeping_tail(element, child)
            continue
        child.attrib.clear()
        child.tag = DOCBOOK_AS_HTML.get(local_name(child.tag), "span")
        docbook_inline_as_html(child)


def remove_keeping_tail(parent: ET.Element, child: ET.Element) -> None:
    """Remove an element and its content; the words after it stay where they were."""
    if child.tail:
        siblings = list(parent)
        before = siblings[siblings.index(child) - 1] if siblings.index(child) else None
        if before is None:
            parent.text = (parent.text or "") + child.tail
        else:
            before.tail = (before.tail or "") + child.tail
    parent.remove(child)


def note_fields(note: ET.Element) -> dict[str, str]:
    """An Evernote note's title, the page's address and its text (the ENML inside <content>)."""
    content = (note.findtext("content") or "").strip()
    enml = DOCTYPE.sub("", XML_DECLARATION.sub("", content, count=1), count=1)
    try:
        html = as_html(ET.fromstring(enml)) if enml.startswith("<") else enml
    except ET.ParseError:
        html = enml  # the page reader copes with markup the XML parser does not
    return {"title": (note.findtext("title") or "").strip(),
            "url": (note.findtext("note-attributes/source-url") or "").strip(), "content": html}


def one_note(text: str, root: ET.Element, note: ET.Element, count: int) -> str:
    """The file's text when it holds one note; else the export's root around this note, so that the note archived
    on its own reads back as the same note."""
    if count == 1:
        return text
    declaration = match.group(0).strip() + "\n" if (match := XML_DECLARATION.match(text)) else ""
    attributes = "".join(f' {key}="{value}"' for key, value in root.attrib.items())
    return f"{declaration}<en-export{attributes}>\n{ET.tostring(note, encoding='unicode')}\n</en-export>\n"


def with_content(fields: dict[str, str], element: ET.Element | None) -> dict[str, str]:
    return {**{key: value for key, value in fields.items() if value},
            "content": as_html(element) if element is not None else ""}


def as_html(element: ET.Element) -> str:
    """The element's content as HTML: namespaces dropped, a tool's text elements renamed to HTML's, images and
    check boxes left out."""
    element = copy.deepcopy(element)
    for node in list(element.iter())[1:]:
        name = local_name(node.tag)
        rend = node.get("rend", "")
        if name in DROPPED:
            tail = node.tail
            node.clear()  # its text and children go; the words after it stay
            node.tail = tail
        node.tag = rend if name == "head" and re.fullmatch(r"h[1-6]", rend) else AS_HTML.get(name, name)
        node.attrib.clear()
        if name in DROPPED:
            node.tag = "span"
    inner = "".join(ET.tostring(child, encoding="unicode") for child in element)
    return (element.text or "") + inner


def find(root: ET.Element, *names: str) -> ET.Element | None:
    element: ET.Element | None = root
    for name in names:
        element = next((child for child in element if local_name(child.tag) == name), None) if element is not None \
            else None
    return element


def first_text(element: ET.Element, name: str) -> str:
    return next(("".join(found.itertext()).strip() for found in element.iter() if local_name(found.tag) == name
                 and "".join(found.itertext()).strip()), "")
