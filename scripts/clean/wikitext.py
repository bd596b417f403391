"""A page written in MediaWiki markup (a wiki's or Wikisource's source text, a scraper's dump of it) as HTML.

维基文库 and other wikis keep many speeches; their source, saved or scraped, is wikitext: '''bold''',
[[target|label]] links, {{templates}} (a Wikisource {{header}} with the title and author, licence boxes,
footnote marks), <ref> footnotes, == headings ==, File and Category links. Read as plain text, every mark of
it stays in the speech. Here it becomes the HTML a wiki would show (headings as <h2>…<h6>, a link as its
words, templates, footnotes, files and categories gone; an inline template keeps its last argument when that
is Chinese text, as {{center|…}} shows it), so the HTML reader takes it from there; the header template's
title and author are the container's fields. Everything is one linear pass per construct.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scripts.clean.chinese import CJK_CHAR

# The signs of wikitext; a text shows two kinds of them, three times or more, before it is read as wikitext.
SIGNS = (
    re.compile(r"\{\{[^{}\n]{1,200}(?:\||\}\})"),  # a template
    re.compile(r"\[\[[^\[\]\n]{1,200}\]\]"),  # a wiki link
    re.compile(r"^(={2,6})[^=\n]{1,120}\1[ \t]*$", re.M),  # a heading
    re.compile(r"'''[^'\n]{1,200}'''"),  # bold
    re.compile(r"<ref\b|<references\s*/?>", re.I),  # footnotes
)
MIN_SIGNS = 3
MIN_KINDS = 2
SNIFF_CHARS = 20_000
REF = re.compile(r"<ref\b[^>]*?/>|<ref\b[^>]*>.*?</ref\s*>|<references\b[^>]*?/>|<references\b[^>]*>.*?</references>",
                 re.I | re.S)
# File, image and category links, and interlanguage links ([[en:…]]), with one level of links inside a caption.
HIDDEN_LINK = re.compile(r"\[\[\s*(?:File|Image|Media|Category|文件|檔案|档案|图像|圖像|分类|分類"
                         r"|[a-z]{2,3}(?:-[a-z]+)?)\s*:[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]", re.I)
LINK = re.compile(r"\[\[:?(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
EXTERNAL_LINK = re.compile(r"\[(?:https?:)?//[^\s\]]+(?:\s+([^\]]*))?\]")
EMPHASIS = re.compile(r"'{2,5}")
HEADING = re.compile(r"^(={1,6})[ \t]*(.+?)[ \t]*\1[ \t]*$")
MAGIC_WORD = re.compile(r"__[A-Z]+__")
TABLE_MARK = re.compile(r"^\s*(?:\{\||\|\}|\|-|\|\+)")
LIST_MARK = re.compile(r"^[*#:;]+\s*")
CELL_SPLIT = re.compile(r"\s*(?:\|\||!!)\s*")
PARAMETER = re.compile(r"^\s*([^=|{}\[\]]{1,40}?)\s*=\s*(.*?)\s*$", re.S)
TITLE_KEYS = {"title", "标题", "標題", "名称", "名稱"}
AUTHOR_KEYS = {"author", "作者", "speaker", "讲者", "講者"}
DATE_KEYS = {"date", "日期", "时间", "時間"}


@dataclass(frozen=True)
class WikiPage:
    html: str
    title: str = ""
    author: str = ""
    date: str = ""


def looks_like_wikitext(text: str) -> bool:
    sample = text[:SNIFF_CHARS]
    counts = [len(sign.findall(sample)) for sign in SIGNS]
    return sum(1 for count in counts if count) >= MIN_KINDS and sum(counts) >= MIN_SIGNS


def wikitext_page(text: str) -> WikiPage:
    """The page a wiki would show of `text`, as HTML, with the header template's title, author and date."""
    text, parameters = without_templates(REF.sub("", text))
    text = EXTERNAL_LINK.sub(lambda m: m.group(1) or "", LINK.sub(r"\1", HIDDEN_LINK.sub("", text)))
    text = EMPHASIS.sub("", MAGIC_WORD.sub("", text))
    return WikiPage(html=to_html(text), title=first_value(parameters, TITLE_KEYS),
                    author=first_value(parameters, AUTHOR_KEYS), date=first_value(parameters, DATE_KEYS))


def without_templates(text: str) -> tuple[str, dict[str, str]]:
    """The text without its {{templates}} (nested ones too, one pass with a depth count), and the named parameters
    of the templates (`| title = …`), first value of each name. An inline template whose last argument is
    Chinese text without a name keeps that argument ({{center|在全县大会上的讲话}})."""
    out: list[str] = []
    parameters: dict[str, str] = {}
    depth, start, position = 0, 0, 0
    for match in re.finditer(r"\{\{|\}\}", text):
        if match.group() == "{{":
            if depth == 0:
                out.append(text[position:match.start()])
                start = match.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append(template_text(text[start:match.start()], parameters))
                position = match.end()
    out.append(text[position:] if depth == 0 else text[position:start - 2])
    return "".join(out), parameters


def template_text(body: str, parameters: dict[str, str]) -> str:
    """What an (outermost) template shows in the text; its named parameters are collected."""
    arguments = body.split("|")
    for argument in arguments[1:]:
        named = PARAMETER.match(argument)
        if named:
            parameters.setdefault(named.group(1).strip().lower(), named.group(2).strip())
    last = arguments[-1] if len(arguments) > 1 else ""
    if "\n" in body or "=" in last or "{{" in last or not CJK_CHAR.search(last):
        return ""
    return last.strip()


def first_value(parameters: dict[str, str], keys: set[str]) -> str:
    return next((parameters[key] for key in parameters if key in keys and parameters[key]), "")


def to_html(text: str) -> str:
    """Headings as <hN>, tables' cells as rows, list marks gone; paragraphs (parted by blank lines) as <p>, their
    lines kept apart by <br> (as a scraper's Markdown is read)."""
    blocks: list[str] = []
    paragraph: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        heading = HEADING.match(line)
        if heading or not line or TABLE_MARK.match(line):
            if paragraph:
                blocks.append("<p>" + "<br>".join(paragraph) + "</p>")
                paragraph = []
            if heading:
                level = min(max(len(heading.group(1)), 2), 6)
                blocks.append(f"<h{level}>{heading.group(2)}</h{level}>")
            continue
        if line[0] in "|!":
            line = " | ".join(cell for cell in CELL_SPLIT.split(line[1:].strip()) if cell)
        line = LIST_MARK.sub("", line)
        if line:
            paragraph.append(line)
    if paragraph:
        blocks.append("<p>" + "<br>".join(paragraph) + "</p>")
    return "\n".join(blocks)
