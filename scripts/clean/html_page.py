"""Reading a saved HTML page as a document: its main text as lines, and what its markup says about it.

One pass over the DOM (an explicit stack, no recursion, every node visited once) cuts the page into
blocks at block elements and sums, for every element, the Chinese characters, link text and prose
(characters in blocks with sentence punctuation) inside it. The article is the innermost container that
holds most of the prose; elements named or tagged as chrome (menus, share bars, related lists, footers,
see scripts/clean/rules/html.yml) and blocks that are mostly links are dropped from it; what follows it is
dropped and reported. The lines before the article (title, date line, source line) are kept for the
metadata stage. The page's own statements about itself — <title>, <h1>, title elements, meta tags of
government CMSs (ArticleTitle, PubDate, ContentSource, ColumnName, SiteName), Open Graph, <time>,
JSON-LD — are collected as PageFacts for the metadata cascade. Everything is linear in the page size.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, pairwise
from pathlib import Path
from urllib.parse import unquote

from bs4 import BeautifulSoup, CData, Comment, NavigableString, PageElement, Tag

from scripts.clean.chinese import BAR_MARKS, CJK_RANGE, CONTROL_CHARS, CRUMB_MARKS, LINE_BREAKS, SENTENCE_END
from scripts.clean.chinese import CJK_CHAR as CJK
from scripts.clean.dates import DATE_LINE_RE, DATE_RE, TIMED_DATE, epoch_date
from scripts.clean.entities import decode_references
from scripts.clean.field_names import spelling
from scripts.clean.rule_files import RULES_DIR, read_rule_file, reads_rule_file, rule_section
from scripts.clean.shadow import simplified
from scripts.clean.words import literal_alternation

RULES_FILE = RULES_DIR / "html.yml"
# Tags whose content is never visible text.
DROPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "iframe", "svg", "button",
                          "select", "object", "embed", "textarea", "title", "meta", "link"})
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
                        "section", "article", "blockquote", "pre", "dd", "dt", "dl", "figcaption", "figure",
                        "table", "tbody", "ul", "ol", "center", "hr", "main", "header", "footer", "nav",
                        "aside", "form", "menu", "address", "caption", "#root"})
CONTAINER_TAGS = frozenset({"div", "article", "section", "main", "td", "table", "tbody", "tr", "form",
                            "center", "blockquote"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
PARAGRAPH_TAGS = ["p", "table", "ul", "ol", "blockquote", *sorted(HEADING_TAGS)]  # what a link never wraps
TEXT_TYPES = (NavigableString, CData)
PREFORMATTED_TAGS = frozenset({"pre", "textarea", "plaintext", "xmp", "listing"})
SOURCE_BREAK = re.compile(r"[ \t]*(?:(?:\r\n?|\n)[ \t]*)+")  # line breaks in the page's source (a blank line too)
SENTENCE_CLOSE = frozenset("。！？；：…）)!?;:")  # a source line break after one of these is kept
QUOTE_CLOSE = frozenset("”」』")  # … and after one of these only where it closes a sentence ('…强国。”')
SENTENCE_PUNCTUATION = re.compile(f"[，。；！？：、]|(?<=[{CJK_RANGE}])[,;!?]")  # ASCII after Chinese: NFKC-folded
TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
MAX_TITLE_CHARS = 120
ALIGNMENT = re.compile(r"text-align:(left|right|center|justify|start|end)")
TEXT_INDENT = re.compile(r"text-indent:(\d*\.?\d+)")
CELL_TAGS = ["td", "th"]
CELL_BLOCKS = ["p", "div", "br", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6"]
CELL_SEPARATOR = " | "
MAX_CELL_CHARS = 20  # a data table's cell holds a word or a figure; a layout table's cell holds a column
MAX_CAPTION_CHARS = 80  # a caption names a picture in a line; a centered paragraph after one is longer
SENTENCE_STOPS = ("。", "！", "？", "!", "?")
CENTRED_PARAGRAPH_CHARS = 20  # a paragraph counted when weighing whether a page centres its prose
LETTERS = re.compile(r"[^\W_]")
BADGE_POSITION_MAX = 4  # nodes before a headline's badge (blank text, an empty anchor) or after it up to the headline
FIELD_LABEL_END = re.compile(rf"[{CJK_RANGE}]{{1,6}}\s*[：:]\s*$")


@dataclass(frozen=True)
class Hints:
    chrome_tags: frozenset[str]
    chrome_tokens: frozenset[str]
    chrome_substrings: tuple[str, ...]
    crumb_tokens: frozenset[str]
    crumb_substrings: tuple[str, ...]
    css_words: frozenset[str]
    title_tokens: frozenset[str]
    link_share: float
    article_share: float
    bold_tags: frozenset[str]
    heading_tags: frozenset[str]
    revealed_names: frozenset[str] = frozenset()
    revealed_share: float = 2.0  # script_revealed: a visibility:hidden element holding this share of the text is shown
    centred_prose_share: float = 1.0  # captions: a page centring this share of its paragraphs centres its prose
    centred_prose_min_paragraphs: int = 0
    comment_tokens: frozenset[str] = frozenset()
    comment_substrings: tuple[str, ...] = ()
    comment_min_prose: int = 100
    feed_tokens: frozenset[str] = frozenset()
    thread_tokens: frozenset[str] = frozenset()  # thread_posts: a forum engine's name for a post's text
    thread_substrings: tuple[str, ...] = ()
    thread_posters: tuple[str, ...] = ()  # CSS selectors of a post's poster's name (thread_posts' posters)
    feed_substrings: tuple[str, ...] = ()
    current_tokens: frozenset[str] = frozenset()  # a menu's mark of the page being shown ('on', 'current')
    current_max_chars: int = 0
    comment_labels: re.Pattern[str] | None = None  # section_labels: a line naming readers' comments ('评论')
    feed_labels: re.Pattern[str] | None = None  # … or a feed of other articles ('相关阅读')
    notice_labels: re.Pattern[str] | None = None  # … or the site's notices under a post ('免责声明', '打赏')
    label_max_chars: int = 40
    caption_style_tags: frozenset[str] = frozenset()  # caption_styles: <i>, <em>
    caption_faces: tuple[str, ...] = ()  # … and the font faces captions are set in (楷体, KaiTi)
    field_types: frozenset[str] = frozenset()  # field_boxes: the <input> types a reader types text into
    caption_narration: re.Pattern[str] = re.compile("(?!)")  # captions: a narrator's words, never a caption's
    caption_pointers: tuple[str, ...] = ()  # captions: an arrow pointing up at the picture ('▲')
    headline_badges: frozenset[str] = frozenset()  # a CMS's badge set before a headline ('原创', '置顶')
    second_headline: str = ""  # second_headlines: the removal's name for another article's element
    hidden_classes: frozenset[str] = frozenset()  # class names CSS frameworks hide ('hide', 'sr-only')


def labels_pattern(patterns: list[str]) -> re.Pattern[str]:
    """One pattern matching a whole line that is any of `patterns` (section_labels in html.yml), any case."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


@cache
@reads_rule_file(RULES_FILE)
def load_hints(path: Path = RULES_FILE) -> Hints:
    data = read_rule_file(path)
    return Hints(
        chrome_tags=frozenset(data["chrome_tags"]["tags"]),
        chrome_tokens=frozenset(data["chrome_hints"]["tokens"]),
        chrome_substrings=tuple(data["chrome_hints"]["substrings"]),
        crumb_tokens=frozenset(data["breadcrumb_hints"]["tokens"]),
        crumb_substrings=tuple(data["breadcrumb_hints"]["substrings"]),
        css_words=frozenset(data["breadcrumb_hints"]["css_words"]),
        title_tokens=frozenset(data["title_hints"]["tokens"]),
        link_share=float(data["link_dense"]["share"]),
        article_share=float(data["article_share"]),
        bold_tags=frozenset(data["marked_headings"]["bold_tags"]),
        heading_tags=frozenset(data["marked_headings"]["heading_tags"]),
        revealed_names=frozenset(data["script_revealed"]["names"]),
        revealed_share=float(data["script_revealed"]["page_share"]),
        hidden_classes=frozenset(data["hidden_classes"]["classes"]),
        centred_prose_share=float(data["centred_prose"]["share"]),
        centred_prose_min_paragraphs=int(data["centred_prose"]["min_paragraphs"]),
        comment_tokens=frozenset(data["comment_sections"]["tokens"]),
        comment_substrings=tuple(data["comment_sections"]["substrings"]),
        comment_min_prose=int(data["comment_sections"]["min_prose_before"]),
        feed_tokens=frozenset(data["feed_sections"]["tokens"]),
        feed_substrings=tuple(data["feed_sections"]["substrings"]),
        thread_tokens=frozenset(data["thread_posts"]["tokens"]),
        thread_substrings=tuple(data["thread_posts"]["substrings"]),
        thread_posters=tuple(data["thread_posts"]["posters"]),
        current_tokens=frozenset(data["current_item_hints"]["tokens"]),
        current_max_chars=int(data["current_item_hints"]["max_chars"]),
        comment_labels=labels_pattern(data["section_labels"]["comments"]),
        feed_labels=labels_pattern(data["section_labels"]["feeds"]),
        notice_labels=labels_pattern(data["section_labels"]["notices"]),
        label_max_chars=int(data["section_labels"]["max_chars"]),
        caption_style_tags=frozenset(data["caption_styles"]["tags"]),
        caption_faces=tuple(face.lower() for face in data["caption_styles"]["faces"]),
        field_types=frozenset(data["field_boxes"]["input_types"]),
        caption_narration=re.compile("|".join(data["captions"]["narrating_words"])),
        caption_pointers=tuple(data["captions"]["pointing_marks"]),
        headline_badges=frozenset(data["headline_badges"]["words"]),
        second_headline=str(data["second_headlines"]["name"]),
    )


@dataclass
class PageFacts:
    """What a page's markup says about itself, each kept apart so the metadata cascade can name it."""

    title: str = ""  # <title>: often 'speech title_column_site name'
    headings: list[str] = field(default_factory=list)  # <h1> texts, in page order
    title_elements: list[str] = field(default_factory=list)  # elements whose class/id says 'title'
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased name/property -> content
    times: list[str] = field(default_factory=list)  # <time datetime> (or its text)
    time_texts: list[str] = field(default_factory=list)  # what each <time> element prints
    dated_elements: list[str] = field(default_factory=list)  # the one date elements named so give (post_dates)
    script_dates: list[str] = field(default_factory=list)  # dates the page's script states (script_dates in html.yml)
    json_ld: dict[str, str] = field(default_factory=dict)  # headline, datePublished, author, publisher
    microdata_published: list[str] = field(default_factory=list)  # itemprop="datePublished": datetime or content
    crumbs: list[str] = field(default_factory=list)  # breadcrumb trails found by class/id
    url: str = ""  # <link rel=canonical> or og:url
    marked_headings: list[str] = field(default_factory=list)  # article lines set as headings (h2–h6, all bold)
    current_items: list[str] = field(default_factory=list)  # a menu's items marked as the page shown ('class="on"')
    tags: list[str] = field(default_factory=list)  # the post's own tag links (post_tags in html.yml)
    dropped_rows: list[str] = field(default_factory=list)  # rows above the text's end dropped as chrome, not as links
    excerpt_links: int = 0  # links to a whole post ('阅读全文 »'): an index of posts has several (post_excerpts)
    whole_posts: int = 0  # <article> elements each holding a whole post (whole_posts in html.yml)
    linked_excerpts: int = 0  # headings linking to another page, each over its article's excerpt (linked_excerpts)
    footer_text: str = ""  # the page's footers: <footer> and elements whose class or id says footer or copyright
    posts_read: bool = False  # a forum thread's posts were told apart here (thread_posts): replies off, floors kept
    menu_dates: list[str] = field(default_factory=list)  # a one-line export's rows round its headline, one day in each


@dataclass
class HtmlText:
    """The page as lines (blank lines between blocks), the lines dropped with the reason, and its facts."""

    lines: list[str]
    after_article: list[str]
    dropped: list[tuple[str, str]]  # (rule, line)
    facts: PageFacts


@dataclass
class Frame:
    """One element seen in the walk, with the sums of what it contains."""

    tag: str
    parent: int
    depth: int
    hint: str  # "" | "chrome" | "crumb" | "title"
    first: int  # index of its first block
    centered: bool = False  # text-align:center, align=center or <center>, here or above
    as_prose: bool = False  # stated left/justified or first-line indented, here or above (set_as_prose)
    in_article: bool = False  # inside an HTML5 <article> element
    section: str = ""  # named as readers' comments or a feed of other articles: the rule that drops it after the text
    current: bool = False  # its class marks the menu item of the page being shown (current_item_hints in html.yml)
    field_box: bool = False  # holds a text field of its own (<input type=text>): a search box, a form (field_boxes)
    end: int = 0  # index after its last block
    cjk: int = 0
    links: int = 0
    prose: int = 0


@dataclass
class Block:
    text: str
    frame: int  # the innermost element open when the block ended
    cjk: int
    links: int  # letters and digits inside links
    letters: int  # letters and digits (CJK included)
    caption: bool = False  # a short centered line right under a picture, or a <figcaption>
    under_picture: bool = False  # a short line right under a picture, centred or not
    described: bool = False  # a caption because it repeats the picture's alt text (picture_described)
    labelled: bool = False  # 'label：<a>value</a>' (来源：<a>新华网</a>): a field line, not a link list
    bold: bool = False  # every letter of it is inside <strong> or <b>
    caption_styled: bool = False  # every letter of it is set as captions are (italic, a 楷体 face: caption_styles)
    picture_box: int = -1  # under a picture, in its own element inside the picture's box: the box's frame


# ---------------------------------------------------------------------------------------- the walk
@dataclass(frozen=True)
class ElementNames:
    """An element's class and id values, lower-cased and joined ('text'), and the words they split into."""
    text: str
    tokens: frozenset[str]

    @classmethod
    def of(cls, tag: Tag) -> ElementNames:
        text = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")]).lower() if tag.attrs else ""
        return cls(text, frozenset(words_of_names(text)) if text.strip() else frozenset())

    def say(self, tokens: frozenset[str], substrings: tuple[str, ...]) -> bool:
        """Whether a word of the names is one of tokens or the names hold one of substrings."""
        return bool(self.tokens & tokens) or any(s in self.text for s in substrings)


def words_of_names(text: str) -> list[str]:
    """The words of class and id values ('img_desc' → img, desc) and each value written solid (imgdesc), as
    templates write one name either way ('img-desc', 'imgDesc', 'img_desc')."""
    values = text.split()
    return [*TOKEN_SPLIT.split(text), *(TOKEN_SPLIT.sub("", value) for value in values)]


def hint_of(names: ElementNames, hints: Hints) -> str:
    """What the element's class and id say it is."""
    if not names.tokens:
        return ""
    if names.tokens & hints.css_words:  # beside a CSS layout word, 'position' is a style, not a breadcrumb's name
        names = ElementNames(names.text, names.tokens - {"position"})
    if names.say(hints.crumb_tokens, hints.crumb_substrings):
        return "crumb"
    if names.say(hints.chrome_tokens, hints.chrome_substrings):
        return "chrome"
    if names.tokens & hints.title_tokens:
        return "title"
    return ""


def closes_a_sentence(last_chars: str) -> bool:
    """Whether the text's last two characters end a sentence: a closing quote ends one only after the
    sentence's own mark ('…强国。”'), not after a quoted term ('以“青春逐梦，强军强国”' and a source line
    break before '为主题的演讲'), which the line goes on after."""
    if last_chars[-1:] in QUOTE_CLOSE:
        return last_chars[-2:-1] in SENTENCE_CLOSE
    return last_chars[-1:] in SENTENCE_CLOSE


def shown_text(node: PageElement) -> str:
    """The text of a node, an element's or a string's (not a comment's), without the spaces around it."""
    if isinstance(node, Tag):
        return node.get_text(strip=True)
    return str(node).strip() if type(node) in TEXT_TYPES else ""


def squeezed_style(tag: Tag) -> str:
    """The element's style attribute lower-cased and without spaces ('Text-Align: center' -> 'text-align:center'),
    as every style test here reads it."""
    return str(tag.get("style") or "").replace(" ", "").lower()


def stated_alignment(tag: Tag) -> str:
    """The alignment the element states itself ('' when none): its style's text-align, else its align attribute."""
    if not tag.attrs:
        return ""
    stated = ALIGNMENT.search(squeezed_style(tag))
    return stated.group(1) if stated else str(tag.get("align") or "").lower()


def set_as_prose(tag: Tag, inherited: bool = False) -> bool:
    """Whether the element's text is stated to be set as prose: left or justified, or its first line indented
    (its own style, else its parent's); the markup of a paragraph, not of a caption whose centring an editor
    forgot. A stated alignment wins over an indent."""
    if tag.name == "center":
        return False
    alignment = stated_alignment(tag)
    if alignment:
        return alignment in {"left", "justify", "start"}
    indent = TEXT_INDENT.search(squeezed_style(tag)) if tag.attrs else None
    return bool(indent and float(indent.group(1)) > 0) or inherited


def centered(tag: Tag, inherited: bool = False) -> bool:
    """Whether the element's text is centred: its own alignment when it states one (a left-aligned
    paragraph inside a centred container is prose, not a caption), else its parent's."""
    if tag.name == "center":
        return True
    alignment = stated_alignment(tag)
    return alignment == "center" if alignment else inherited


def is_data_table(table: Tag) -> bool:
    """A table of data (a list of prize winners, figures by year): two or more rows of two or more short
    cells holding only text, no nested table. Its rows are read as lines; a layout table (whole columns of
    a page in its cells) is not one."""
    if table.find("table"):
        return False
    rows = table.find_all("tr")
    if len(rows) < 2:
        return False
    for row in rows:
        cells = row.find_all(CELL_TAGS)
        if len(cells) < 2 or any(cell.find(CELL_BLOCKS) or len(cell.get_text(strip=True)) > MAX_CELL_CHARS
                                 for cell in cells):
            return False
    return True


def is_hyperlink(tag: Tag) -> bool:
    """An <a> that links: with an href, or a bare <a> (a placeholder a script makes clickable, as a gallery's
    '<a><img><span>会议现场</span></a>'). A named anchor without an href is a bookmark, a place others link to
    (Word's '<a name="OLE_LINK1">' round a whole paragraph): its text is the page's own and adds nothing to link
    density. Nor does a bare <a> that holds paragraphs: a template's styling wrapper round the article's body
    ('<a style="font-size:12px"><p>…</p><p>…</p></a>'), never something a reader clicks."""
    if tag.name != "a":
        return False
    if tag.has_attr("href"):
        return True
    return not (tag.has_attr("name") or tag.has_attr("id") or tag.find(PARAGRAPH_TAGS))


def displayed_as_block(tag: Tag) -> bool:
    """An inline element styled 'display:block' (a centred title line in <span>s or <strong>s) is a line
    of its own, as a browser shows it."""
    if not tag.attrs:
        return False
    return "display:block" in squeezed_style(tag)


def preformatted(tag: Tag) -> bool:
    """An element whose line breaks a browser shows (white-space: pre, pre-wrap, pre-line)."""
    if not tag.attrs:
        return False
    return "white-space:pre" in squeezed_style(tag)


FONT_FAMILY = re.compile(r"font-family:([^;]*)")
ITALIC = re.compile(r"font-style:(?:italic|oblique)")


def caption_styled(tag: Tag, hints: Hints) -> bool:
    """Whether the element sets its text as pages set photo captions (caption_styles in html.yml): in italics (<i>,
    <em>, font-style:italic) or in a face kept for captions ('<font face=楷体>', 'font-family:KaiTi')."""
    if tag.name in hints.caption_style_tags:
        return True
    if not tag.attrs:
        return False
    style = squeezed_style(tag)
    family = FONT_FAMILY.search(style)
    faces = f"{tag.get('face') or ''} {family.group(1) if family else ''}".lower()
    return bool(ITALIC.search(style)) or any(face in faces for face in hints.caption_faces)


def hidden(tag: Tag, revealed: frozenset[str] = frozenset(), shown: frozenset[int] = frozenset(),
           hidden_classes: frozenset[str] = frozenset()) -> bool:
    """Elements a browser would not show (often used to hide watermark text from readers, or a site's name from
    everyone but search engines). 'visibility:hidden' on an element whose class or id names a container that the
    page's script shows (`revealed`, script_revealed in html.yml: WeChat's js_content), or on an element holding
    most of the page's text (`shown`, from script_shown_elements), does not hide it; nor does a class CSS
    frameworks hide (`hidden_classes`, hidden_classes in html.yml) on an element holding most of the text."""
    if not tag.attrs:
        return False
    style = squeezed_style(tag)
    if tag.has_attr("hidden") or "display:none" in style:
        return True
    if not visibility_hidden(style) and not class_hidden(tag, hidden_classes):
        return False
    names = {str(name).lower() for name in [*(tag.get("class") or []), tag.get("id") or ""]}
    return not names & revealed and id(tag) not in shown


def visibility_hidden(style: str) -> bool:
    return "visibility:hidden" in style


def class_hidden(tag: Tag, hidden_classes: frozenset[str]) -> bool:
    return any(str(name).lower() in hidden_classes for name in tag.get("class") or [])


def script_shown_elements(root: Tag, share: float, hidden_classes: frozenset[str] = frozenset()) -> frozenset[int]:
    """The hidden elements (visibility:hidden, or a class CSS frameworks hide) holding `share` of the page's Chinese
    text (script_revealed in html.yml): an article container that the page's script shows once laid out, whatever
    its class or id is called (a renamed WeChat js_content). Watermark text hidden the same way is a few characters
    of the page."""
    candidates = [tag for tag in root.find_all(True)
                  if tag.attrs and (visibility_hidden(squeezed_style(tag)) or class_hidden(tag, hidden_classes))]
    if not candidates:
        return frozenset()
    total = len(CJK.findall(root.get_text()))
    return frozenset(id(tag) for tag in candidates if total and len(CJK.findall(tag.get_text())) >= share * total)


class Walker:
    """Visits every node once, cutting blocks at block elements and summing text per element."""

    def __init__(self, hints: Hints, continued: frozenset[int] = frozenset()) -> None:
        self.hints = hints
        self.continued = continued  # id() of the posts that go on with the opening post (continued_posts)
        self.continued_frames: list[int] = []  # ... and the frames they open
        self.frames = [Frame("#root", -1, 0, "", 0)]
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.buffer_links = 0
        self.labelled = False  # the block's text before its first link ends with a field label's colon
        self.current = 0
        self.open_bold = 0  # open <strong>/<b> elements
        self.buffer_bold = 0  # letters and digits of the block inside them
        self.open_styled = 0  # open elements setting their text as captions are (caption_styles in html.yml)
        self.buffer_styled = 0  # letters and digits of the block inside them
        self.styled_frames: set[int] = set()
        self.open_pre = 0  # open <pre> (or white-space:pre) elements: their line breaks are shown
        self.last_chars = ""  # the last two visible characters of the text so far
        self.pre_frames: set[int] = set()
        self.after_image = False  # a picture was seen and no text block has ended since
        self.text_after_image = False  # the text block being read began after a picture (not text then a picture)
        self.buffer_has_text = False  # the text block being read has text beyond spaces (kept, not rescanned)
        self.image_box = -1  # the element holding the last picture seen
        self.image_alt = ""  # the last picture's alt text, spaces taken out (picture_described)
        # elements that end a line: block tags, inline ones styled as blocks, and the document itself (text
        # outside any block, as in a scraper's content field '第一段<br>第二段', ends with the document)
        self.block_frames: set[int] = {0}
        self.data_tables = 0  # open data tables (short cells): their rows are lines, their cells are not
        self.data_table_frames: set[int] = set()
        self.data_rows: set[int] = set()
        self.open_anchors: list[int] = []  # the open <a> elements' frames, innermost last
        self.link_texts: dict[int, list[str]] = {}  # each <a>'s text, by its frame

    def walk(self, root: Tag) -> None:
        shown = script_shown_elements(root, self.hints.revealed_share, self.hints.hidden_classes)
        stack: list[object] = [0, *reversed(root.contents)]
        while stack:
            item = stack.pop()
            if isinstance(item, int):
                self.close(item)
            elif isinstance(item, TEXT_TYPES) and type(item) in TEXT_TYPES:
                self.text(str(item))
            elif (isinstance(item, Tag) and item.name not in DROPPED_TAGS
                  and not hidden(item, self.hints.revealed_names, shown, self.hints.hidden_classes)
                  and not self.headline_badge(item)):
                stack.append(self.open(item))
                stack.extend(reversed(item.contents))

    def headline_badge(self, tag: Tag) -> bool:
        """An element opening a headline whose whole text is a CMS's badge word, the headline going on after it
        (headline_badges in html.yml)."""
        parent = tag.parent  # the cheap tests first: most elements are in no headline (the walk stays linear)
        if parent is None or tag.name in BLOCK_TAGS or (
                parent.name not in HEADING_TAGS and not ElementNames.of(parent).tokens & self.hints.title_tokens):
            return False
        before = list(islice(tag.previous_siblings, BADGE_POSITION_MAX))  # the badge opens the headline: a few
        if len(before) == BADGE_POSITION_MAX or any(shown_text(node) for node in before):  # blank nodes at most
            return False
        return simplified(tag.get_text(strip=True)) in self.hints.headline_badges \
            and any(shown_text(node) for node in islice(tag.next_siblings, BADGE_POSITION_MAX))

    def open(self, tag: Tag) -> int:
        in_data_table = tag.name in CELL_TAGS and self.data_tables and self.current in self.data_rows
        block = (tag.name in BLOCK_TAGS and not in_data_table) or displayed_as_block(tag)
        if block:
            self.flush()
        if in_data_table and tag.find_previous_sibling(CELL_TAGS):
            self.buffer.append(CELL_SEPARATOR)  # a data table's row is one line: '6D | 鄧淑湞 | 英文獨誦 | 季軍'
            self.buffer_has_text = True
        if tag.name == "table" and is_data_table(tag):
            self.data_tables += 1
        parent = self.frames[self.current]
        if tag.name == "input" and str(tag.get("type") or "text").strip().lower() in self.hints.field_types:
            parent.field_box = True
        names = ElementNames.of(tag)
        continued = id(tag) in self.continued
        self.frames.append(Frame(tag.name, self.current, parent.depth + 1, hint_of(names, self.hints),
                                 len(self.blocks), centered(tag, parent.centered),
                                 as_prose=set_as_prose(tag, parent.as_prose),
                                 in_article=parent.in_article or tag.name == "article",
                                 section="" if continued else section_name(names, self.hints),
                                 current=bool(names.tokens & self.hints.current_tokens)))
        self.current = len(self.frames) - 1
        if continued:
            self.continued_frames.append(self.current)
        if is_hyperlink(tag):
            self.open_anchors.append(self.current)
        self.open_bold += tag.name in self.hints.bold_tags
        if caption_styled(tag, self.hints):
            self.open_styled += 1
            self.styled_frames.add(self.current)
        self.open_pre += tag.name in PREFORMATTED_TAGS or preformatted(tag)
        self.after_image = self.after_image or tag.name == "img"
        if tag.name == "img":
            self.image_box = self.frames[self.current].parent  # the element holding the picture
            self.image_alt = unspaced(str(tag.get("alt") or ""))
        if block:
            self.block_frames.add(self.current)
        if tag.name in PREFORMATTED_TAGS or preformatted(tag):
            self.pre_frames.add(self.current)
        if tag.name == "tr" and self.data_tables:
            self.data_rows.add(self.current)
        if tag.name == "table" and is_data_table(tag):
            self.data_table_frames.add(self.current)
        return self.current

    def close(self, index: int) -> None:
        frame = self.frames[index]
        if index in self.block_frames:
            self.flush()
        if index in self.data_table_frames:
            self.data_tables -= 1
        if self.open_anchors and self.open_anchors[-1] == index:  # elements close innermost first
            self.open_anchors.pop()
        self.open_bold -= frame.tag in self.hints.bold_tags
        self.open_styled -= index in self.styled_frames
        self.open_pre -= index in self.pre_frames
        frame.end = len(self.blocks)
        if frame.parent >= 0:
            parent = self.frames[frame.parent]
            parent.cjk += frame.cjk
            parent.links += frame.links
            parent.prose += frame.prose
        self.current = frame.parent

    def text(self, text: str) -> None:
        if self.current in self.data_rows and not text.strip():
            return  # the source's line breaks between a data row's cells: the row stays one line
        text = decode_references(text)  # what the parser left: '&nbsp2014', a double-escaped '&amp;nbsp;'
        if self.open_anchors and not self.buffer_links and text.strip():
            self.labelled = bool(FIELD_LABEL_END.search("".join(self.buffer)))  # '来源：<a>新华网</a>'
        if text.strip() and not self.buffer_has_text:
            self.buffer_has_text, self.text_after_image = True, self.after_image
        self.buffer.append(text if self.open_pre else self.shown_breaks(text))
        if self.open_anchors:
            self.link_texts.setdefault(self.open_anchors[-1], []).append(text)
        if text.strip():
            self.last_chars = (self.last_chars + text.rstrip())[-2:]
        if self.open_anchors:
            self.buffer_links += len(LETTERS.findall(text))
        if self.open_bold:
            self.buffer_bold += len(LETTERS.findall(text))
        if self.open_styled:
            self.buffer_styled += len(LETTERS.findall(text))

    def shown_breaks(self, text: str) -> str:
        """A line break in the page's source is shown as a space (a paragraph typed with display line breaks
        is one line); after a sentence's end it is kept, as the source's own line of text, and so is a blank line
        between two pieces of text of one text node (a text pasted into the template without <p>s, its paragraphs
        parted by an empty line; between two elements such a gap is the markup's layout). After a closing quote
        that ends no sentence ('以“青春逐梦，强军强国”') the break is kept only in a text typed a paragraph a line,
        whose other breaks mostly end sentences: there the line is a heading ('北大胡适之校长昨讲“自由主义与中国”')."""
        breaks, ends, last, position = list(SOURCE_BREAK.finditer(text)), [], self.last_chars, 0
        for match in breaks:  # two passes over the node's breaks: linear
            last = (last + text[position:match.start()].rstrip())[-2:]
            ends.append(last)
            position = match.end()
        inner = [end for end, match in zip(ends, breaks, strict=True)
                 if match.end() < len(text) and end[-1:] not in QUOTE_CLOSE]
        line_a_paragraph = len(inner) >= 2 and 4 * sum(map(closes_a_sentence, inner)) >= 3 * len(inner)
        parts, position = [], 0
        for end, match in zip(ends, breaks, strict=True):
            piece = text[position:match.start()]
            blank = bool(piece.strip()) and match.end() < len(text) and match.group().count("\n") > 1
            kept = closes_a_sentence(end) or blank or (line_a_paragraph and end[-1:] in QUOTE_CLOSE)
            parts += [piece, "\n" if kept else " "]
            position = match.end()
        parts.append(text[position:])
        return "".join(parts)

    def flush(self) -> None:
        if not self.buffer:
            return
        text = "".join(self.buffer)
        if self.current in self.data_rows:  # empty cells (a spacer before a signature) leave no separator
            text = CELL_SEPARATOR.join(cell.strip() for cell in text.split(CELL_SEPARATOR) if cell.strip())
        links, self.buffer, self.buffer_links = self.buffer_links, [], 0
        self.buffer_has_text = False
        after_image, self.text_after_image = self.text_after_image, False
        bold, self.buffer_bold = self.buffer_bold, 0
        styled, self.buffer_styled = self.buffer_styled, 0
        labelled, self.labelled = self.labelled, False
        if not text.strip():
            return
        cjk = len(CJK.findall(text))
        letters = len(LETTERS.findall(text))
        frame = self.frames[self.current]
        frame.cjk += cjk
        frame.links += min(links, cjk)
        if SENTENCE_PUNCTUATION.search(text):
            frame.prose += max(cjk - links, 0)
        # a line written before the picture in the same element ('<p>…展望。<img></p>') is not under it
        under_picture = after_image and len(text.strip()) <= MAX_CAPTION_CHARS and not is_bare_date(text)
        pointing = under_picture and text.strip().startswith(self.hints.caption_pointers)  # '▲ 某某发表演讲'
        described = after_image and picture_described(text, self.image_alt)
        caption = (frame.tag == "figcaption" and not is_bare_date(text)) or (under_picture and frame.centered) \
            or pointing or described
        # a line in an element of its own beside the picture, in the picture's box (<div><img><p>…</p></div>)
        beside = (self.image_box if under_picture and self.current != self.image_box
                  and frame.parent == self.image_box else -1)
        self.after_image = False
        self.blocks.append(Block(text, self.current, cjk, links, letters, caption=caption, labelled=labelled,
                                 under_picture=under_picture, described=described, bold=bold >= letters > 0,
                                 picture_box=beside,
                                 caption_styled=styled >= letters > 0))


# ---------------------------------------------------------------------------------------- the article
def section_name(names: ElementNames, hints: Hints) -> str:
    """The element's class or id names a readers' comment section (comment_sections in html.yml: 'html-comments'),
    a feed of other articles (feed_sections: 'html-feed') or a forum post's text (thread_posts: 'html-thread-reply',
    which only a post after the opening one is); else ''."""
    if not names.tokens:
        return ""
    if names.say(hints.comment_tokens, hints.comment_substrings):
        return "html-comments"
    if names.say(hints.feed_tokens, hints.feed_substrings):
        return "html-feed"
    if names.say(hints.thread_tokens, hints.thread_substrings):
        return "html-thread-reply"
    return ""


def continued_posts(soup: BeautifulSoup, hints: Hints) -> frozenset[int]:
    """The id() of the forum posts right after the opening post that its poster wrote (thread_posts' posters in
    html.yml name where an engine prints a post's poster): a text too long for one post, which the poster went on
    with in the next floors. They are the text, not replies. A post whose poster cannot be read ends the run."""
    named = [tag for tag in soup.find_all(True)
             if ElementNames.of(tag).say(hints.thread_tokens, hints.thread_substrings)]
    inner = {id(tag) for tag in named}
    posts = [tag for tag in named if not any(id(parent) in inner for parent in tag.parents)]
    holding = Counter(id(parent) for post in posts for parent in post.parents)  # how many posts each element holds
    opening = next((at for at, post in enumerate(posts) if CJK.search(post.get_text())), None)
    if opening is None or not (poster := post_poster(posts[opening], holding, hints)):
        return frozenset()
    continued: list[int] = []
    for post in posts[opening + 1:]:
        if post_poster(post, holding, hints) != poster:
            break
        continued += [id(post), *(id(tag) for tag in post.find_all(True) if id(tag) in inner)]  # and the names
    return frozenset(continued)  # inside it ('d_post_content' in Tieba's 'd_post_content_main')


def post_poster(post: Tag, holding: Counter[int], hints: Hints) -> str:
    """The name of the poster of this post: the first poster element (thread_posts' posters) inside the post, or
    inside the nearest ancestor that holds this post and no other ('<div id="post_2">' round the poster's column
    and the text; `holding` counts the posts each element holds); '' when none is found."""
    for holder in [post, *post.parents]:
        if holder is not post and holding[id(holder)] > 1:
            return ""  # the holder holds other posts too: no container of this post alone names its poster
        for selector in hints.thread_posters:
            if found := holder.select_one(selector):
                return one_line(found.get_text(" "))
    return ""


LABEL_DECORATION = re.compile(r"^[\s|｜▎▍▌■□●◆◇>＞【\[#]+|[\s|｜】\]：:>＞»›]+$")


def section_label(text: str, hints: Hints) -> str:
    """The section a short line names (section_labels in html.yml): 'html-comments', 'html-feed', 'html-notice' or
    ''."""
    line = LABEL_DECORATION.sub("", " ".join(text.split()))
    if not line or len(line) > hints.label_max_chars:
        return ""
    line = simplified(line)
    if hints.comment_labels and hints.comment_labels.fullmatch(line):
        return "html-comments"
    if hints.feed_labels and hints.feed_labels.fullmatch(line):
        return "html-feed"
    if hints.notice_labels and hints.notice_labels.fullmatch(line):
        return "html-notice"
    return ""


def opened_by(frames: list[Frame], frame: int, block: int) -> int:
    """The outermost element that starts with block `block` (the innermost element holding it is `frame`)."""
    while frames[frame].parent > 0 and frames[frames[frame].parent].first == block:
        frame = frames[frame].parent
    return frame


def later_siblings(frames: list[Frame], index: int) -> list[int]:
    """The elements after `index` with the same parent (linear in the elements after it)."""
    parent, found = frames[index].parent, []
    for later in range(index + 1, len(frames)):
        if frames[later].depth < frames[index].depth:
            break
        if frames[later].parent == parent:
            found.append(later)
    return found


def labelled_sections(frames: list[Frame], blocks: list[Block], hints: Hints) -> dict[int, int]:
    """Elements a line of their own names as readers' comments, a feed of other articles or the site's notices
    (section_labels in html.yml: '评论', '已有3条评论', '相关阅读', '猜你喜欢', '免责声明'): the element the line
    opens, or, where the line stands alone in it (an <h3> over an <ol>), the element and its later siblings.
    comment_sections then keeps those that come after the text's prose. Whatever their class names say. Returns
    each such element with its label's block."""
    labelled: dict[int, int] = {}
    for index, block in enumerate(blocks):
        name = section_label(block.text, hints) if len(block.text) <= 4 * hints.label_max_chars else ""
        if not name or block.links > hints.link_share * max(block.letters, 1):
            continue  # a link '评论(3)' in a share bar is a button, not a section's heading
        opened = opened_by(frames, block.frame, index)
        if frames[opened].section:
            continue
        heads = frames[opened].end - frames[opened].first <= 1
        for element in [opened, *(later_siblings(frames, opened) if heads else [])]:
            if not frames[element].section:
                frames[element].section = name
                labelled[element] = index
    return labelled


def later_headline_articles(frames: list[Frame], blocks: list[Block], page_title: str, name: str) -> None:
    """Another article after the page's own (second_headlines in html.yml): where the page's headline (the longest
    <h1> its <title> holds) and the prose under it are wrapped in an element of their own, each later element
    opening with another <h1> and not holding the headline is a feed's item. comment_sections keeps those after
    the text's prose."""
    title = SPACES.sub("", page_title)
    headings = [index for index, block in enumerate(blocks) if frames[block.frame].tag == "h1"]
    titled = [index for index in headings if len(SPACES.sub("", blocks[index].text)) >= HEADLINE_MIN_CHARS
              and SPACES.sub("", blocks[index].text) in title]
    if not titled:
        return
    first = max(titled, key=lambda index: len(blocks[index].text))
    later = [index for index in headings if index > first]
    if not later:
        return
    wrapper = opened_by(frames, blocks[first].frame, first)
    while frames[wrapper].end > later[0]:  # the element wrapping the headline must not hold the later headline
        wrapper = next((index for index in range(wrapper + 1, len(frames)) if frames[index].first == first
                        and frames[index].end <= later[0]), -1)
        if wrapper < 0:
            return
    if frames[wrapper].tag not in CONTAINER_TAGS or not frames[wrapper].prose:
        return  # the headline stands alone (an article setting its sections as <h1>s), or has no prose under it
    for heading in later:
        opened = opened_by(frames, blocks[heading].frame, heading)
        if frames[opened].tag in CONTAINER_TAGS and not frames[opened].section:
            frames[opened].section = name


SPACES = re.compile(r"\s+")
HEADLINE_MIN_CHARS = 6  # a headline is a sentence's worth; a site's name in an <h1> logo is shorter


def block_prose(block: Block) -> int:
    """The block's Chinese characters outside links, if it reads as prose (the walk's own measure)."""
    return max(block.cjk - block.links, 0) if SENTENCE_PUNCTUATION.search(block.text) else 0


def comment_sections(frames: list[Frame], blocks: list[Block], hints: Hints) -> dict[int, str]:
    """Elements named as readers' comments or a feed of other articles that come after the post's prose
    (comment_sections, feed_sections in html.yml) or forum posts after the opening one, whatever their size
    (thread_posts), with everything inside them, each with its removal's name.
    Their sums are taken out of their ancestors', so that a discussion or a feed longer than the post is not taken
    for the article."""
    found: dict[int, str] = {}
    prose_before = [0]
    for block in blocks:
        prose_before.append(prose_before[-1] + block_prose(block))
    taken = 0  # prose of the sections found so far, all of it before the next element's first block
    opening_post_end = -1  # where the thread's opening post ends: every post after it is a reply
    for index, frame in enumerate(frames):
        if frame.parent in found:
            found[index] = found[frame.parent]
            continue
        if frame.section == "html-thread-reply":
            if opening_post_end < 0 and frame.cjk:
                opening_post_end = frame.end
            if frame.first < opening_post_end:
                continue  # the opening post, or an element inside it
        elif not frame.section or prose_before[frame.first] - taken < hints.comment_min_prose:
            continue
        if frame.section == "html-feed" and not frame.links and frame.prose < hints.comment_min_prose:
            continue  # a feed links to other articles or holds their prose; not '<div class="related">' round a date
        found[index] = frame.section
        taken += prose_before[frame.end] - prose_before[frame.first]
        ancestor = frame.parent
        while ancestor >= 0:
            frames[ancestor].cjk -= frame.cjk
            frames[ancestor].links -= frame.links
            frames[ancestor].prose -= frame.prose
            ancestor = frames[ancestor].parent
    for index in found:
        frames[index].cjk = frames[index].links = frames[index].prose = 0
    return found


def article_frame(frames: list[Frame], share: float) -> int | None:
    """The innermost container holding `share` of the page's prose (of its text, if it has no prose)."""
    def weight(frame: Frame) -> int:
        return frame.prose if frames[0].prose else frame.cjk - frame.links

    total = weight(frames[0])
    if total <= 0:
        return None
    best, best_depth = None, -1
    for index, frame in enumerate(frames):
        if frame.tag in CONTAINER_TAGS and weight(frame) >= share * total and frame.depth > best_depth:
            best, best_depth = index, frame.depth
    return best


def with_continued_posts(frames: list[Frame], article: int | None, continued: list[int]) -> int | None:
    """The article, widened to the element holding the posts its poster went on with (continued_posts) when the
    opening post alone was taken for it."""
    if article is None or not continued:
        return article
    last = max(frames[index].end for index in continued)
    while frames[article].end < last and frames[article].parent >= 0:
        article = frames[article].parent
    return article


def article_end(frames: list[Frame], article: int, chrome: list[bool], hints: Hints) -> int:
    """Where the article's text ends: the article element, and the sibling elements right after it that
    go on with prose (a speech split over several <div>s or pages of a template), up to the first sibling
    that is chrome, mostly links or without prose."""
    parent = frames[article].parent
    end = frames[article].end
    for index in range(article + 1, len(frames)):
        frame = frames[index]
        if frame.first > end or (frame.parent != parent and frame.depth <= frames[article].depth):
            break
        if frame.parent != parent or frame.end == frame.first:
            continue  # a descendant of a sibling, or an element without text (a picture, a spacer)
        if chrome[index] or not frame.prose or frame.links > hints.link_share * frame.cjk:
            break
        end = frame.end
    return end


def ancestors(frames: list[Frame], index: int | None) -> set[int]:
    found: set[int] = set()
    while index is not None and index >= 0:
        found.add(index)
        index = frames[index].parent
    return found


def marked_frames(frames: list[Frame], hints: Hints, article: int | None) -> tuple[list[bool], list[bool]]:
    """Per element: inside chrome, inside a breadcrumb. An element holding half the page's prose, or the
    article itself, is never chrome, whatever its name."""
    keep = ancestors(frames, article)
    total = frames[0].prose or 1
    chrome = [False] * len(frames)
    crumb = [False] * len(frames)
    for index, frame in enumerate(frames):
        parent = frame.parent
        small = index not in keep and frame.prose < 0.5 * total
        page_header = frame.tag == "header" and not frames[parent].in_article  # an <article>'s own header stays
        named = frame.hint == "chrome" or frame.tag in hints.chrome_tags or page_header
        field = frame.field_box and not frame.prose  # a search box, a login form: words beside a text field
        chrome[index] = (parent >= 0 and chrome[parent]) or (small and (named or field))
        crumb[index] = (parent >= 0 and crumb[parent]) or (small and frame.hint == "crumb")
    return chrome, crumb


def html_text(soup: BeautifulSoup, hints: Hints | None = None) -> HtmlText:
    """The page's lines (article and the head above it), the dropped lines, and the page's facts."""
    hints = hints or load_hints()
    walker = Walker(hints, continued_posts(soup, hints))
    walker.walk(soup.body or soup)
    frames, blocks = walker.frames, walker.blocks
    labelled = labelled_sections(frames, blocks, hints)
    title = soup.find("title")
    later_headline_articles(frames, blocks, title.get_text(" ") if title else "", hints.second_headline)
    comments = comment_sections(frames, blocks, hints)
    article = with_continued_posts(frames, article_frame(frames, hints.article_share), walker.continued_frames)
    chrome, crumb = marked_frames(frames, hints, article)
    facts = page_facts(soup, frames, blocks, crumb, walker.link_texts, hints)
    start = frames[article].first if article is not None else 0
    end = article_end(frames, article, chrome, hints) if article is not None else len(blocks)
    if article is not None:  # a line naming the comments or a feed ('相关新闻') ends the article's text: what
        # follows it is the site's (without an article the page's lines reach recommend-footer in cruft.yml instead)
        end = min([end, *(label for frame, label in labelled.items() if frame in comments and start < label)])
    caption_picture_boxes(blocks, frames, hints)
    styled_captions(blocks[start:end], frames, hints)
    follow_caption_style(blocks[start:end], frames, hints)
    keep_centred_prose(blocks[start:end], frames, hints)
    lines: list[str] = []
    after: list[str] = []
    dropped: list[tuple[str, str]] = []
    headline = next((index for index, block in enumerate(blocks) if frames[block.frame].tag == "h1"), None)
    labels, carried = labels_over_values(blocks, frames), ""
    for index, block in enumerate(blocks):  # blocks above the article stay: the page head is read by metadata
        if index in labels:
            carried = block.text.strip()
            continue
        if carried:
            block.text, carried = carried + block.text.strip(), ""
        reason = comments.get(block.frame) or drop_reason(block, frames, chrome, crumb, hints,
                                                          in_article=index >= start)
        if not reason and index < end and repeats_the_opening(blocks, index, max(start, index + 1), end):
            reason = "html-summary-box"
        if reason == "html-link-list" and headline_in_title(block.text, facts.title):
            reason = ""
        if reason == "html-chrome" and index < end and (LABELLED_DATE.search(block.text) or stamp_row(block)):
            reason = ""  # '来源：… 发布时间：2021-10-14' in a box named with its share buttons: the line rules read it
        if index >= end:
            after.extend(split_lines(block.text))
        elif reason:
            dropped.extend((reason, line) for line in split_lines(block.text) if line.strip())
        else:
            lines.extend([*split_lines(block.text), ""])
            if index >= start and (marked_heading(block, frames, hints)
                                   or section_headline(index, headline, frames, blocks)):
                facts.marked_headings.append(block.text.strip())
    facts.dropped_rows = [line for reason, line in dropped if reason != "html-link-list"]
    facts.posts_read = bool(walker.continued_frames) or "html-thread-reply" in comments.values()
    return HtmlText(lines=lines, after_article=after, dropped=dropped, facts=facts)


# The page's stamp, a label and a date ('发布时间：2021-10-14'): a line for the line rules, whatever box holds it.
LABELLED_DATE = re.compile(rf"[{CJK_RANGE}]{{2,6}}\s*[：:]\s*(?:{DATE_RE.pattern})")


def stamp_row(block: Block) -> bool:
    """'2019年03月27日 17:39 新华网': the article's date and clock time, perhaps with its source after them, in a
    line of its own without links of its own text (a source's link is short) — the page's stamp row, set in its
    tool bar; a related list's item dates a headline, which is a link."""
    found = STAMP_ROW.fullmatch(block.text.strip())
    return found is not None and block.links <= len(CJK.findall(found.group("rest") or ""))


STAMP_ROW = re.compile(rf"(?:{TIMED_DATE.pattern})\s*(?P<rest>[^\d\s][^。！？]{{0,20}})?")


def headline_in_title(text: str, page_title: str) -> bool:
    """A line of links without separators that is most of the page's <title> is the page's headline linking to
    itself ('<div><a>2013 新年致辞</a></div>' under '<title>2013 新年致辞</title>'), not a menu: a site's home link
    is a small part of it."""
    line, title = SPACES.sub("", text), SPACES.sub("", page_title)
    return "\n" not in text.strip() and len(line) >= HEADLINE_MIN_CHARS and line in title \
        and 2 * len(line) >= len(title) and not TRAIL_MARK.search(line)  # a trail of links is a breadcrumb


TRAIL_MARK = re.compile(f"[{BAR_MARKS}{CRUMB_MARKS}—]")


SUMMARY_MIN_CHARS = 20  # a summary box repeats the text's first sentences: shorter lines repeat by chance
SUMMARY_MAX_CHARS = 400


def repeats_the_opening(blocks: list[Block], index: int, first: int, end: int) -> bool:
    """The block is a summary box that repeats the opening of the text after it, cut off ('<div class="intro">'
    filled from the article's first characters, as CMS templates print their description field above the text):
    its letters are the first letters of the blocks from `first` on, in the same order, ending inside a block (a
    paragraph said twice whole is the text's, however it came to be). The text keeps its own."""
    own = letters_only(blocks[index].text)
    if not SUMMARY_MIN_CHARS <= len(own) <= SUMMARY_MAX_CHARS:
        return False
    following = ""
    for block in blocks[first:end]:
        following += letters_only(block.text)
        if len(following) >= len(own):
            return len(following) > len(own) and following.startswith(own)
    return False


def letters_only(text: str) -> str:
    return "".join(LETTERS.findall(text))


def section_headline(index: int, headline: int | None, frames: list[Frame], blocks: list[Block]) -> bool:
    """An <h1> after the page's first: an article that sets its sections' headings as <h1>s (a media site's
    editor does), under the headline the first one is."""
    block = blocks[index]
    return headline is not None and index > headline and frames[block.frame].tag == "h1" \
        and "\n" not in block.text.strip()


def marked_heading(block: Block, frames: list[Frame], hints: Hints) -> bool:
    """A block of the article that the markup sets as a heading (marked_headings in html.yml): an <h2>–<h6>,
    or a paragraph all in bold, on one line."""
    heading = frames[block.frame].tag in hints.heading_tags or block.bold
    return heading and "\n" not in block.text.strip()


def keep_centred_prose(blocks: list[Block], frames: list[Frame], hints: Hints) -> None:
    """A page that centres its prose (most of the article's paragraphs of sentences are centred: an editor's
    layout, a reposting tool's) says nothing by centring the sentence under a picture: such a line that ends a
    sentence is a paragraph of the text, not a caption (centred_prose in html.yml). A <figcaption> stays one."""
    paragraphs = [block for block in blocks if block.text.strip().endswith(SENTENCE_STOPS)
                  and len(block.text.strip()) >= CENTRED_PARAGRAPH_CHARS]
    centred = [block for block in paragraphs if frames[block.frame].centered]
    if len(centred) < hints.centred_prose_min_paragraphs or len(centred) < hints.centred_prose_share * len(paragraphs):
        return
    for block in blocks:
        if block.caption and frames[block.frame].tag != "figcaption" and block.text.strip().endswith(SENTENCE_STOPS):
            block.caption = False


def follow_caption_style(blocks: list[Block], frames: list[Frame], hints: Hints) -> None:
    """A page captions its pictures one way. Once the article has a caption (a centred line under a picture, a
    <figcaption>), a short line right under another of its pictures is a caption too, centred or not (an editor
    forgot the centring): one sentence at most, not a heading, not a line that opens what follows (：), not a
    paragraph the markup states is set left, justified or indented (the page's prose, where its captions are
    centred). A caption known only because it repeats its picture's alt text shows no way of setting captions."""
    if not any(block.caption and not block.described for block in blocks):
        return
    for block in blocks:
        if block.under_picture and not block.caption and not frames[block.frame].as_prose \
                and caption_shaped(block, frames, hints):
            block.caption = True


def styled_captions(blocks: list[Block], frames: list[Frame], hints: Hints) -> None:
    """A short line right under a picture set all in the style pages keep for captions (italics, a 楷体 face:
    caption_styles in html.yml) is the picture's caption, centred or not: one sentence at most, not a heading, not a
    line that opens what follows (：)."""
    for block in blocks:
        if block.under_picture and block.caption_styled and not block.caption and caption_shaped(block, frames, hints):
            block.caption = True


def caption_shaped(block: Block, frames: list[Frame], hints: Hints) -> bool:
    """A line that may be a caption: no heading's element, one sentence at most, not a line opening what follows,
    no narrator's words ('我们', '你们': captions in html.yml)."""
    text = block.text.strip()
    return (frames[block.frame].tag not in HEADING_TAGS and len(SENTENCE_END.findall(text.rstrip("。！？!?"))) == 0
            and not text.endswith(("：", ":")) and not hints.caption_narration.search(text))


def caption_picture_boxes(blocks: list[Block], frames: list[Frame], hints: Hints) -> None:
    """A box that holds a picture and one short line in an element of its own (<div><img><p>…</p></div>, a
    <figure> without <figcaption>) is a captioned picture, whatever its class names say: the line is its
    caption. One sentence at most, not a heading, not a line that opens what follows (：); a box with any other
    text in it is part of the article."""
    for block in blocks:
        box = block.picture_box
        if box >= 0 and not block.caption and frames[box].end - frames[box].first == 1 \
                and caption_shaped(block, frames, hints):
            block.caption = True


def labels_over_values(blocks: list[Block], frames: list[Frame]) -> set[int]:
    """The blocks that are a field's label alone ('作者：', '供稿单位：') in an element of their own, whose value is the
    next block, in an element of its own under the label's, or beside a label element ('<label>供稿单位：</label>
    <div>新闻中心</div>', a form-group layout; '<dt>作者：</dt><dd>张三</dd>'): the label is read on one line with its
    value, so the line rules see the field whole. A salutation ('同志们：') is followed by
    sentences, never by a short value; a paragraph announcing what follows ('<p>以下是原文：</p>') is no label, and
    a value holds no label of its own."""
    def beside(label: Block, value: Block) -> bool:
        holder, label_holder = frames[value.frame].parent, frames[label.frame].parent
        return holder == label.frame or (frames[label.frame].tag in LABEL_TAGS and holder == label_holder)

    return {index for index, (label, value) in enumerate(pairwise(blocks))
            if FIELD_LABEL_END.fullmatch(label.text.strip()) and len(value.text.strip()) <= FIELD_VALUE_MAX
            and not re.search(r"[。！？!?：:]", value.text) and label.frame != value.frame and beside(label, value)}


LABEL_TAGS = frozenset({"label", "dt", "th", "td"})  # elements that hold a field's label beside its value's


FIELD_VALUE_MAX = 30  # a name, a body, a date: a field's value, never a paragraph


def unspaced(text: str) -> str:
    """The text without spaces, its full-width forms folded (NFKC): an alt text and its line compared as written."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def picture_described(text: str, alt: str) -> bool:
    """The line under a picture says what the picture's alt text says ('<img alt="9月12日，某某视察…。这是某某参观
    展览。">' then '<p class="photo_title">9月12日，某某视察…。这是某某参观展览。</p>'): a news agency's caption, which
    a site writes into both, however long it is and however it is set. A sentence of the text is no picture's alt."""
    return len(alt) >= CAPTION_ALT_MIN and unspaced(text) == alt


CAPTION_ALT_MIN = 6  # characters: a shorter alt ('图片', '1') says nothing a line could repeat


def is_bare_date(text: str) -> bool:
    """A full date alone ('2012年6月24日', '（2018年9月3日）'): the speech's delivery date under its title, which
    the metadata steps read; a caption names what a picture shows (captions in html.yml)."""
    return bool(DATE_LINE_RE.fullmatch(text.strip()))


def chinese_beyond_dates(text: str) -> bool:
    """Chinese text besides the dates a block holds: a row of links with only a date beside them ('<a>某某网</a>
    2005年7月18日 13:03:17') is the page's stamp row, read as it is read with the date written 2005-07-18 (a block
    with no Chinese is never taken for a link list); a date's characters (年月日, 二〇〇五) say nothing of links."""
    return bool(CJK.search(DATE_RE.sub("", text)))


def drop_reason(block: Block, frames: list[Frame], chrome: list[bool], crumb: list[bool], hints: Hints,
                in_article: bool) -> str:
    """Why a block is not text: breadcrumb (not the <h1> a template sets in the breadcrumb's box), chrome, a caption
    in the article (above it, a centered line under a banner picture is the title), mostly links (never a heading or
    title element)."""
    if crumb[block.frame] and frames[block.frame].tag != "h1":  # a template may set the headline in the crumb's box
        return "html-breadcrumb"
    if chrome[block.frame]:
        return "html-chrome"
    if block.caption and in_article:
        return "html-photo-caption"
    heading = frames[block.frame].tag in HEADING_TAGS or frames[block.frame].hint == "title"
    if not heading and not block.labelled and block.cjk and block.links > hints.link_share * block.letters \
            and chinese_beyond_dates(block.text) and not sentence_around_link(block):
        return "html-link-list"
    return ""


LINKED_SENTENCE_MIN = 15  # letters outside the links of a sentence that names a linked article


def sentence_around_link(block: Block) -> bool:
    """A sentence of the text that names an article and links it ('在新版本中我们提供了七十多个新特性，可以阅读这篇文章
    《<a>Long English Title of the Post</a>》。'): the link's words outweigh the sentence's own, but LINKED_SENTENCE_MIN
    letters and more stand outside it, with a clause's comma, and the block ends a sentence. A menu, a related list
    or a pager is links with a word or two between them, never a sentence."""
    text = block.text.strip().rstrip(CLOSING_MARKS)
    return block.letters - block.links >= LINKED_SENTENCE_MIN and bool(text) and text[-1] in "。！？!?" \
        and bool(re.search(r"[，,]", text))


CLOSING_MARKS = "”’」』）)》】"


def split_lines(text: str) -> list[str]:
    return LINE_BREAKS.sub("\n", text).split("\n")


# ---------------------------------------------------------------------------------------- the facts
def headline_blocks(blocks: list[Block]) -> list[Block]:
    """The lines of a title element that hold its headline: a line all of links beside other lines is a widget
    set in the same box ('<div class="page-title"><h3>标题</h3><p><a>返回</a></p></div>'); a headline that is
    itself a link ('<h1><a href=…>标题</a></h1>') is the element's only line and stays."""
    text = [block for block in blocks if not (block.cjk and block.links >= block.cjk)]
    return text or blocks


def page_facts(soup: BeautifulSoup, frames: list[Frame], blocks: list[Block], crumb: list[bool],
               link_texts: dict[int, list[str]] | None = None, hints: Hints | None = None) -> PageFacts:
    facts = PageFacts()
    title = soup.find("title")
    facts.title = markup_text(title.get_text(" ")) if title else ""
    facts.meta = meta_tags(soup)
    for key, value in cms_property_fields(soup).items():
        facts.meta.setdefault(key, value)
    facts.json_ld = json_ld(soup)
    times = soup.find_all("time")
    facts.times = [str(t.get("datetime") or t.get_text(" ")).strip() for t in times]
    facts.time_texts = [one_line(t.get_text(" ")) for t in times]
    facts.microdata_published = microdata_published(soup)
    facts.script_dates = script_dates(soup)
    facts.tags = post_tags(soup, facts.title)
    facts.dated_elements = post_dates(soup)
    facts.excerpt_links = excerpt_links(soup)
    facts.whole_posts = whole_posts(soup)
    facts.linked_excerpts = linked_excerpts(soup)
    facts.footer_text = footer_text(soup)
    canonical = soup.find("link", rel="canonical")
    facts.url = str(canonical.get("href") or "") if canonical else facts.meta.get("og:url", "")
    facts.url = facts.url or saved_address(soup, facts.meta)
    for index, frame in enumerate(frames):
        if frame.tag == "h1" or frame.hint == "title":
            text = one_line(" ".join(block.text for block in headline_blocks(blocks[frame.first:frame.end])))
            if text and len(text) <= MAX_TITLE_CHARS:
                (facts.headings if frame.tag == "h1" else facts.title_elements).append(text)
        elif frame.hint == "crumb" and not (frame.parent >= 0 and crumb[frame.parent]) and crumb[index]:
            trail = " > ".join(one_line(block.text) for block in blocks[frame.first:frame.end])
            trail = split_at_links(trail, element_links(frames, index, link_texts or {}))
            if CJK.search(trail):
                facts.crumbs.append(trail)
        if frame.current and hints:
            text = one_line("".join(element_links(frames, index, link_texts or {}))
                            or " ".join(block.text for block in blocks[frame.first:frame.end]))
            if CJK.search(text) and len(text) <= hints.current_max_chars and text not in facts.current_items:
                facts.current_items.append(text)
    if hints and not facts.current_items:
        facts.current_items = lone_marked_items(soup, hints.current_max_chars)
    return facts


def lone_marked_items(soup: BeautifulSoup, most: int) -> list[str]:
    """The items of menus that the template marks as the page shown where no class name says so (a hashed or
    meaningless class): in a list of MENU_ITEMS_MIN items or more, the one item with a class none of the others
    carries ('<li><a>集团概况</a></li><li class="x7f3a"><a>董事长致辞</a></li><li><a>技术中心</a></li>'); its short
    text, as current_item_hints reads a marked item's."""
    found = []
    for menu in soup.find_all(["ul", "ol", "dl"]):
        items = menu.find_all(["li", "dd"], recursive=False)
        classed = [item for item in items if item.get("class")]
        text = one_line(classed[0].get_text(" ")) if len(items) >= MENU_ITEMS_MIN and len(classed) == 1 else ""
        if CJK.search(text) and len(text) <= most and text not in found:
            found.append(text)
    return found


MENU_ITEMS_MIN = 3  # a section menu lists a few pages; one item beside another is no menu


CRUMB_SEPARATOR = re.compile(f"[{CRUMB_MARKS}]")
BAR_SEPARATOR = re.compile(r"\s*[|｜]\s*")  # a bar between a <title>'s parts or a row's cells
# Separators a site puts between the page's title, its column and its own name, by family: the family of
# the last separator in a <title> is the site's; a '-' inside the title itself (中国-东盟) is then no cut.
SITE_SEPARATORS = (re.compile(r"\s*_+\s*"), BAR_SEPARATOR,
                   # a hyphen set against a figure without a space is a range's or a name's ('2019-2020学年',
                   # 'COVID-19'), no separator; between letters it may part a title from its site ('…GPU-EDN 某某')
                   re.compile(r"\s*(?:(?<!\d)-{1,2}(?!\d)|(?<=\s)-{1,2}|-{1,2}(?=\s)|–|—{1,2}|－)\s*"),
                   # a middle dot with space round it: without, it joins a transliterated name ('阿不都·热合曼')
                   re.compile(r"\s+·\s*|\s*·\s+"),
                   re.compile(r"\s+//\s+"))  # a blog theme's '标题 // 站名', spaced: an address's '//' has none
# Any of them: where a text export's first line (the page's <title>) parts its headline from the site's name.
TITLE_SEPARATOR = "|".join(f"(?:{separator.pattern})" for separator in SITE_SEPARATORS)


def element_links(frames: list[Frame], index: int, link_texts: dict[int, list[str]]) -> list[str]:
    """The texts of the links inside the element at `index` (itself too, if it is one), in order."""
    depth, found = frames[index].depth, []
    for inner in range(index, len(frames)):
        if inner > index and frames[inner].depth <= depth:
            break
        text = one_line("".join(link_texts.get(inner, [])))
        if text:
            found.append(text)
    return found


def split_at_links(trail: str, links: list[str]) -> str:
    """A trail written without separators, its links side by side ('首页关于我们董事长致辞' from three links, or
    '首页 关于我们 董事长致辞'), with ' > ' put between its elements: each link is one, and so is the text between
    or after them (the page's own name, often no link). A trail with separators is as it was."""
    if len(links) < 2 or CRUMB_SEPARATOR.search(trail):
        return trail
    pieces, position = [], 0
    for link in links:
        at = trail.find(link, position)
        if at < 0:
            return trail
        pieces += [piece for piece in (trail[position:at].strip(), link) if piece]
        position = at + len(link)
    pieces += [trail[position:].strip()] if trail[position:].strip() else []
    return " > ".join(pieces)


def meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    """<meta name|property|itemprop=… content=…>, first of each, names lower-cased."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("name") or tag.get("property") or tag.get("itemprop")
        content = markup_text(str(tag.get("content") or ""))
        if key and content:
            found.setdefault(str(key).strip().lower(), content)
    return found


@cache
@reads_rule_file(RULES_FILE)
def cms_property_names(path: Path = RULES_FILE) -> tuple[str, ...]:
    """The names of the comments in which a CMS writes the article's record (cms_properties in html.yml)."""
    return tuple(rule_section(path, "cms_properties")["names"])


@cache
@reads_rule_file(RULES_FILE)
def script_date_names(path: Path = RULES_FILE) -> frozenset[str]:
    """The names of the script variables that state the page's publication time (script_dates in html.yml)."""
    return frozenset(spelling(name) for name in rule_section(path, "script_dates")["names"])


SCRIPT_ASSIGNMENT = re.compile(r"(?P<name>[A-Za-z_$][\w$]*)\s*[:=]\s*"
                               r"(?P<quote>[\"'])(?P<value>[^\"'\n]{4,40})(?P=quote)")
UNIX_TIME = re.compile(r"1\d{9}")  # seconds since 1970: 2001-09-09 to 2033-05-18


def microdata_published(soup: BeautifulSoup) -> list[str]:
    """The publication times schema.org microdata declares (<time itemprop="dateCreated datePublished"
    datetime="…">, <meta itemprop="datePublished" content="…">), as a blog theme marks its post's date: one on a
    post, several on an index of posts."""
    marked = soup.find_all(itemprop=re.compile(r"(?:^|\s)datePublished(?:\s|$)"))
    return [str(tag.get("datetime") or tag.get("content") or tag.get_text(" ")).strip() for tag in marked]


def script_dates(soup: BeautifulSoup) -> list[str]:
    """The values of the page's inline script variables that state its publication time ('var ct = "1703723400"'
    -> '2023-12-28', 'var publish_time = "2023-12-28"'), in page order; script_dates in html.yml."""
    names = script_date_names()
    found: list[str] = []
    for script in soup.find_all("script"):
        if script.get("src") or script.get("type") == "application/ld+json":
            continue
        for match in SCRIPT_ASSIGNMENT.finditer(script.string or ""):
            if spelling(match["name"]) not in names:
                continue
            value = match["value"].strip()
            if UNIX_TIME.fullmatch(value):
                value = str(epoch_date(value))
            found.append(value)
    return found


@cache
@reads_rule_file(RULES_FILE)
def post_tag_rules(path: Path = RULES_FILE) -> tuple[re.Pattern[str], int]:
    """The address of a blog's tag page, and how many tag links one post's list holds at most (post_tags)."""
    section = rule_section(path, "post_tags")
    segments = "|".join(re.escape(segment) for segment in section["segments"])
    return re.compile(rf"/(?:{segments})/[^/?#]"), int(section["max_links"])


def post_tags(soup: BeautifulSoup, page_title: str) -> list[str]:
    """The tags a blog files the post under: the texts of links to its tag pages (rel=tag, or an address with a
    /tags/ or /categories/ segment, post_tags in html.yml) that sit together in an element holding few of them.
    A sidebar's tag cloud or a menu of categories links many and files no post, nor does a list that counts the
    posts under each tag ('<a href="/tags/查重/">查重</a><small>1</small>': the site's tags, however few); a tag
    link in a list item counts with its list. Where some of the groups sit inside the post's <article> element, the
    others (a small blog's sidebar cloud of a few tags, '<aside><li><a href="/tags/查重/">') are the site's and file
    no post. The tags of a card showing another post (上一篇/下一篇, related posts: teaser_of_another_post) file that
    post; `page_title`, the page's <title>, tells a link to the post itself from a link to another."""
    address, most = post_tag_rules()
    groups: dict[int, list[str]] = {}
    in_the_article: set[int] = set()
    holders: dict[int, Tag | None] = {}
    clouds: set[int] = set()
    for link in soup.find_all("a"):
        href = unquote(str(link.get("href") or ""))
        if not (address.search(href) or "tag" in (link.get("rel") or [])):
            continue
        holder = link.parent
        if holder is not None and holder.name == "li":
            holder = holder.parent or holder
        text = one_line(unhidden_text(link)).lstrip("#").strip()
        if counted(link):
            clouds.add(id(holder))
        if text:
            groups.setdefault(id(holder), []).append(text)
            if link.find_parent("article") is not None:
                in_the_article.add(id(holder))
            holders[id(holder)] = holder
    filing = {key: group for key, group in groups.items() if len(group) <= most and key not in clouds
              and not teaser_of_another_post(holders[key], address, page_title)}
    if filing.keys() & in_the_article:
        filing = {key: group for key, group in filing.items() if key in in_the_article}
    return [tag for group in filing.values() for tag in group]


POST_COUNT = re.compile(r"\s*[(（\[]?\s*\d{1,5}\s*[)）\]]?\s*")  # '1', '(8)': how many posts a tag files


def counted(link: Tag) -> bool:
    """A tag link followed by the number of posts it files ('查重<small>1</small>', '毕业论文 (8)'): a site's list of
    its tags, not a post's filing."""
    after = link.next_sibling
    while isinstance(after, NavigableString) and not after.strip():
        after = after.next_sibling
    text = after.get_text() if isinstance(after, Tag) else str(after or "")
    return bool(text) and bool(POST_COUNT.fullmatch(text))


TEASER_HEADLINE_MIN = 6  # characters of a link's words (or its picture's alt) that name another post


def teaser_of_another_post(holder: Tag | None, tag_address: re.Pattern[str], headline: str) -> bool:
    """A tag list inside a card that shows another post (a theme's 上一篇/下一篇 or related posts: its picture and
    headline linked first, then its date and its tags): the card's link to that post comes before the tags within
    the list's parent or grandparent. Those tags file the other post, not this one. A link to this page's own
    headline (a header linking the post to itself over its tags) is no other post's; a post's footer sets its own
    tags before the links to its neighbours. The links before the list within its parent are among those before it
    within its grandparent, so the grandparent (or the parent, at the top) is read once."""
    parent = holder.parent if holder is not None else None
    card = parent.parent if parent is not None and isinstance(parent.parent, Tag) else parent
    if not isinstance(card, Tag):
        return False
    for element in card.descendants:
        if element is holder:
            return False
        if isinstance(element, Tag) and element.name == "a" and names_another_post(element, tag_address, headline):
            return True
    return False


def names_another_post(link: Tag, tag_address: re.Pattern[str], headline: str) -> bool:
    """A link to a post other than this one: not a tag's, its words (or its picture's alt) headline-long and not
    this page's headline; a post's permalink on its date is its own."""
    href = unquote(str(link.get("href") or ""))
    if not href or href.startswith(("#", "javascript:")) or tag_address.search(href):
        return False
    image = link.find("img")
    words = one_line(link.get_text(" ")) or (str(image.get("alt") or "") if image else "")
    letters = re.sub(r"[\W\d_]", "", words)  # a permalink's date ('Jan 22 2013', '2013-01-22') names no post
    return len(letters) >= TEASER_HEADLINE_MIN and not (headline and (words in headline or headline in words))


def unhidden_text(element: Tag) -> str:
    """An element's text without its parts hidden from readers (aria-hidden): a tag link may print its name twice,
    the second copy hidden, to keep its width when the first turns bold ('<span>胡某</span><span aria-hidden>…')."""
    return " ".join(text for text in element.find_all(string=True) if not hidden_inside(text, element))


def hidden_inside(text: NavigableString, element: Tag) -> bool:
    for parent in text.parents:
        if parent is element:
            return False
        if str(parent.get("aria-hidden", "")).lower() == "true":
            return True
    return False


@cache
@reads_rule_file(RULES_FILE)
def post_date_rules(path: Path = RULES_FILE) -> tuple[frozenset[str], int, re.Pattern[str]]:
    """The words of a class or id that name a date element, how long its text may be, and what marks a header's
    widget showing today's date (post_dates in html.yml)."""
    section = rule_section(path, "post_dates")
    return frozenset(section["class_words"]), int(section["max_chars"]), re.compile(section["today_widget"])


@cache
@reads_rule_file(RULES_FILE)
def meta_row_rules(path: Path = RULES_FILE) -> tuple[re.Pattern[str], int]:
    """What a post's other meta fields say beside its date (row_words: '文章字数', '阅读', 'views'), and how long such
    a field's text may be (post_dates in html.yml)."""
    section = rule_section(path, "post_dates")
    return re.compile(literal_alternation(section["row_words"]), re.IGNORECASE), int(section["row_max_chars"])


def in_a_meta_row(element: Tag) -> bool:
    """The element holds a date alone, not in brackets, and a sibling beside it is one of the post's other meta fields
    ('<div>2018-08-26</div><div>文章字数: 7k</div>'; row_words in html.yml): the post's date in a theme's meta row,
    told by the row when no class name says so."""
    own = one_line(" ".join(element.find_all(string=True, recursive=False)))
    if not own or own[0] in "（([【" or not DATE_LINE_RE.fullmatch(own):
        return False
    words, most = meta_row_rules()
    siblings = [one_line(tag.get_text(" ")) for tag in element.find_next_siblings(True, limit=ROW_SIBLINGS)
                + element.find_previous_siblings(True, limit=ROW_SIBLINGS)]
    return any(len(text) <= most and words.search(text) for text in siblings)


ROW_SIBLINGS = 6  # fields a theme's meta row holds on either side of the date, at most


def post_dates(soup: BeautifulSoup) -> list[str]:
    """The post's date from elements whose class or id names a date ('<span class="post__date">2013-05-11</span>',
    'entry-date', 'pubtime'; post_dates in html.yml), or that hold it alone in the post's meta row (in_a_meta_row):
    their short texts holding a date, when they all agree on one,
    or else when those above the post's first paragraph (POST_TEXT_MIN) agree: a prev/next card under the text
    dates another post. Elements giving several days above the text are an index's or a related list's, and a date
    that is a link leads to another post: neither dates this one."""
    words, most, today = post_date_rules()
    texts, before_text = [], []
    text_seen = False  # a paragraph of the text came before: dates after it may be other posts' (prev/next cards)
    for element in soup.find_all(True):
        text_seen = text_seen or (element.name == "p" and len(one_line(element.get_text(" "))) >= POST_TEXT_MIN)
        names = [*(element.get("class") or []), str(element.get("id") or "")]
        named = words & {token.lower() for name in names for token in re.split(r"[-_\s]+", name) if token}
        if not named and not in_a_meta_row(element):
            continue
        text = one_line(element.get_text(" "))
        linked = element.find("a") is not None or element.find_parent("a") is not None  # another post's date
        if len(text) <= most and DATE_RE.search(text) and not today.search(text) and not linked:
            texts.append(text)
            before_text += [] if text_seen else [text]
    for dated in (texts, before_text):
        days = {found.group(0) for text in dated for found in islice(DATE_RE.finditer(text), 1)}
        if len(days) == 1:
            return dated[:1]
    return []


POST_TEXT_MIN = 60  # characters of a paragraph of the post's text: its date stands above the first of them


@cache
@reads_rule_file(RULES_FILE)
def excerpt_link_rules(path: Path = RULES_FILE) -> tuple[re.Pattern[str], int]:
    """A link's whole text that leads to the rest of a post ('阅读全文 »'), and how many make a page an index of
    posts (post_excerpts in html.yml)."""
    section = rule_section(path, "post_excerpts")  # a link's text is read with its spaces made one (one_line)
    return re.compile(rf"(?:{literal_alternation(section['words'])})\W*", re.IGNORECASE), int(section["min_links"])


def excerpt_links(soup: BeautifulSoup) -> int:
    """How many links lead to the rest of a post: one per excerpt on an index of posts."""
    words, _ = excerpt_link_rules()
    return sum(1 for link in soup.find_all("a") if words.fullmatch(one_line(link.get_text(" ")).strip()))


def lists_post_excerpts(facts: PageFacts) -> bool:
    """A page of posts' excerpts, each with its link to the rest (an index, not one post)."""
    return facts.excerpt_links >= excerpt_link_rules()[1]


@cache
@reads_rule_file(RULES_FILE)
def whole_post_rules(path: Path = RULES_FILE) -> tuple[int, int]:
    """How much Chinese text makes an <article> element a whole post, and how many make an index (whole_posts)."""
    section = rule_section(path, "whole_posts")
    return int(section["min_chars"]), int(section["min_posts"])


def whole_posts(soup: BeautifulSoup) -> int:
    """How many <article> elements, none inside another, each hold a whole post's text."""
    least, _ = whole_post_rules()
    outermost = [article for article in soup.find_all("article") if article.find_parent("article") is None]
    return sum(1 for article in outermost if len(CJK.findall(article.get_text())) >= least)


@cache
@reads_rule_file(RULES_FILE)
def linked_excerpt_rules(path: Path = RULES_FILE) -> tuple[int, float, int]:
    """How much Chinese text makes an excerpt, how much of a heading its link must hold, and how many such items make
    an index (linked_excerpts in html.yml)."""
    section = rule_section(path, "linked_excerpts")
    return int(section["min_chars"]), float(section["link_share"]), int(section["min_items"])


def linked_excerpts(soup: BeautifulSoup) -> int:
    """How many headings (h1–h4) are a link to another page (their text mostly the link's) with a paragraph of prose
    right after them, when those excerpts hold most of the page's Chinese text: a column's or a tag's list, each
    item its article's headline over an excerpt (a speech with teasers of related posts under it holds more)."""
    least, share, items = linked_excerpt_rules()
    count = excerpted = 0
    for heading in soup.find_all(["h1", "h2", "h3", "h4"]):
        text = len(CJK.findall(DATE_RE.sub("", heading.get_text())))
        linked = sum(len(CJK.findall(a.get_text())) for a in heading.find_all("a", href=True))
        after = heading.find_next(["p", "div"])
        excerpt = after.get_text() if after is not None and not after.find(["h1", "h2", "h3", "h4"]) else ""
        if text and linked >= share * text and len(CJK.findall(excerpt)) >= least and SENTENCE_END.search(excerpt):
            count += 1
            excerpted += len(CJK.findall(excerpt))
    if count < items:
        return count  # too few to make an index: the page's own text need not be counted
    return count if 2 * excerpted >= len(CJK.findall((soup.body or soup).get_text())) else 0


def lists_linked_excerpts(facts: PageFacts) -> bool:
    """A list page: several linked headlines, each over its article's excerpt (an index, not one speech)."""
    return facts.linked_excerpts >= linked_excerpt_rules()[2]


FOOTER_TOKENS = frozenset({"foot", "footer"})  # class and id words naming a footer (ElementNames' tokens)
FOOTER_SUBSTRINGS = ("footer", "copyright")


def footer_text(soup: BeautifulSoup) -> str:
    """The text of the page's footers, where a blog names its owner ('© 2023 - 2024 张某', '©2017 By 李某')."""
    def is_footer(tag: Tag) -> bool:
        return tag.name == "footer" or ElementNames.of(tag).say(FOOTER_TOKENS, FOOTER_SUBSTRINGS)
    outermost = [tag for tag in soup.find_all(is_footer) if tag.find_parent(is_footer) is None]
    return " ".join(one_line(tag.get_text(" ")) for tag in outermost)


def prints_whole_posts(facts: PageFacts) -> bool:
    """A front page printing several posts whole, each in its own <article> (an index, not one post)."""
    return facts.whole_posts >= whole_post_rules()[1]


CMS_PROPERTY = re.compile(r"<(?P<field>[a-z_]+)>(?P<value>[^<>]*)</(?P=field)>")


@cache
@reads_rule_file(RULES_FILE)
def saved_from_rules(path: Path = RULES_FILE) -> tuple[tuple[re.Pattern, ...], tuple[str, ...]]:
    """The comments in which a save tool writes the page's address, and the meta tags (saved_from in html.yml)."""
    section = rule_section(path, "saved_from")
    return tuple(re.compile(pattern) for pattern in section["patterns"]), tuple(section["meta"])


def saved_address(soup: BeautifulSoup, meta: dict[str, str]) -> str:
    """The address a browser or save tool wrote where it saved the page ('<!-- saved from url=(0066)https://… -->',
    HTTrack's 'Mirrored from host/path', SingleFile's 'url:', Evernote's meta source-url); '' when none did."""
    patterns, names = saved_from_rules()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        for pattern in patterns:
            found = pattern.search(str(comment)[:2000])
            if found:
                return found.group("url") if "url" in pattern.groupindex else f"http://{found.group('host')}"
    return next((meta[name] for name in names if re.match(r"https?://", meta.get(name, ""))), "")


def cms_property_fields(soup: BeautifulSoup) -> dict[str, str]:
    """'<!--enpproperty <date>2021-03-05 10:21:00.0</date><title>…</title>…-->': the record a CMS writes into a
    comment (cms_properties in html.yml), each non-empty field as the meta tag 'enpproperty:date', first of each."""
    found: dict[str, str] = {}
    names = cms_property_names()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        name = next((name for name in names if comment.strip().lower().startswith(name)), "")
        for match in CMS_PROPERTY.finditer(str(comment)) if name else ():
            value = markup_text(match["value"])
            if value:
                found.setdefault(f"{name}:{match['field'].lower()}", value)
    return found


def json_ld(soup: BeautifulSoup) -> dict[str, str]:
    """headline, datePublished, dateCreated, author and publisher names from JSON-LD blocks."""
    found: dict[str, str] = {}
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        for item in ld_items(data):
            for key in ("headline", "name", "datePublished", "dateCreated", "dateModified"):
                if isinstance(item.get(key), str):
                    found.setdefault(key, markup_text(item[key]))
            for key in ("author", "publisher"):
                value = item.get(key)
                value = value[0] if isinstance(value, list) and value else value
                name = value.get("name") if isinstance(value, dict) else value
                if isinstance(name, str):
                    found.setdefault(key, markup_text(name))
    return found


def ld_items(data: object) -> list[dict]:
    """The objects of a JSON-LD block: the block, a list of them, or the '@graph' an SEO plugin nests them in
    (WordPress's Yoast: a WebSite, a WebPage and an Article side by side). The article's own objects come first, so
    that its headline and dates are read before the web page's name (which carries the site's)."""
    items: list[dict] = [item for item in (data if isinstance(data, list) else [data]) if isinstance(item, dict)]
    nested = [inner for item in items if isinstance(item.get("@graph"), list)
              for inner in item["@graph"] if isinstance(inner, dict)]
    every = items + nested
    return sorted(every, key=lambda item: "Article" not in str(item.get("@type", "")))


def one_line(text: str) -> str:
    """An element's text on one line, without the invisible marks a headline may carry ('\ufeff全民…')."""
    return re.sub(r"\s+", " ", CONTROL_CHARS.sub("", text)).strip()


def markup_text(text: str) -> str:
    """The text of a <title>, a meta tag or JSON-LD on one line, with the character references the parser left
    decoded ('&nbsp2014', a meta tag's double-escaped '&amp;nbsp;': entities in html.yml). Blocks of the page
    were decoded as they were read."""
    return one_line(decode_references(text))
