"""Which string of a container reads as the article: Chinese prose by length and punctuation density.

A scraper's record whose text field has a name nobody listed, or a program that carries an article in a
string literal or a comment, still holds one string that is plainly the article: long, Chinese, written in
sentences. This module measures strings that way (HTML reduced to its visible text first, so markup
boilerplate counts for nothing, and only lines written in sentences counted, so a whole page's menus do
not hide its article) and chooses among them: the longest prose wins, unless another prose string
of about the same length, and not the same text, makes the choice a guess. The thresholds are data, in
rules/containers.yml (`prose`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.clean.chinese import CJK_CHAR, CJK_RANGE, SENTENCE_END
from scripts.clean.rule_files import RULES_DIR, reads_rule_file, rule_section

RULES_FILE = RULES_DIR / "containers.yml"
TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|dd|dt|hr)\b[^<>]*>",
                       re.I)
CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|\Z)", re.S)  # an XML record's text field, markup inside
HIDDEN = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.S | re.I)
# A text whose full-width punctuation was folded to ASCII (NFKC, as some sites and corpora do: '，' -> ',')
# still writes sentences: an ASCII mark right after a Chinese character counts as the full-width one (in code
# and data, ASCII marks follow Latin letters, digits and brackets).
PUNCTUATION = re.compile(f"[，。！？；：、“”‘’（）《》「」『』…—]|(?<=[{CJK_RANGE}])[,;:!?()]")
SENTENCE = re.compile(r"[^。！？!?\n]+")
LINE_BREAK = re.compile(r"\n|\s{2,}")  # a block's end, or the gap a scraper left between paragraphs of one line
# a line written in sentences (a menu, a keyword list, a button row is not)
PROSE_LINE = re.compile(f"[，。！？；]|(?<=[{CJK_RANGE}])[,;!?]")
WEB_ADDRESS_ONLY = re.compile(r"\s*(?:https?:)?//\S+\s*|\s*www\.\S+\s*", re.I)
SAME_TEXT_SHARE = 0.8  # two strings sharing this share of their sentences are one text in two forms
CLEAN_COPY_SHARE = 0.7  # a copy this share of the longer one's length is the same article, less its surroundings


@dataclass(frozen=True)
class ProseRule:
    """What a string needs to be read as an article's text (rules/containers.yml, `prose`)."""

    min_chars: int  # Chinese characters of visible text
    min_sentences: int
    min_punctuation: float  # Chinese punctuation marks per Chinese character
    min_chinese_share: float  # Chinese characters per visible non-space character
    rival_share: float  # another prose string this long (share of the longest) makes the choice a guess


@cache
@reads_rule_file(RULES_FILE)
def prose_rule(path: Path = RULES_FILE) -> ProseRule:
    entry = rule_section(path, "prose")
    return ProseRule(**{name: entry[name] for name in ProseRule.__dataclass_fields__})


@dataclass(frozen=True)
class Piece:
    """One candidate string: where it is (a field's name, a literal's line), its visible text, and its prose
    (the lines of it written in sentences: a whole page's menus and link lists are not) measured."""

    name: str
    visible: str
    prose: str
    chars: int  # Chinese characters of the prose
    sentences: int
    punctuation: int

    def is_prose(self, rule: ProseRule) -> bool:
        non_space = len("".join(self.prose.split())) or 1
        return (self.chars >= rule.min_chars and self.sentences >= rule.min_sentences
                and self.punctuation >= rule.min_punctuation * self.chars
                and self.chars >= rule.min_chinese_share * non_space)


def measure(name: str, value: str) -> Piece:
    """The string's visible text (tags, scripts and entities of HTML removed; a bare web address has none) and
    its prose lines, measured."""
    visible = "" if WEB_ADDRESS_ONLY.fullmatch(value) else visible_text(value)
    prose = "\n".join(line for line in LINE_BREAK.split(visible) if PROSE_LINE.search(line))
    return Piece(name, visible, prose, len(CJK_CHAR.findall(prose)), len(SENTENCE_END.findall(prose)),
                 len(PUNCTUATION.findall(prose)))


def visible_text(value: str) -> str:
    if "<" not in value:
        return value
    return html.unescape(TAG.sub("", BLOCK_TAG.sub("\n", HIDDEN.sub(" ", without_cdata(value)))))


def without_cdata(value: str) -> str:
    """XML's CDATA sections as their content: an XML record keeps its text's markup in one ('<Content><![CDATA[
    <p>…</p>]]></Content>'), which would otherwise read as a single tag from '<!' to ']]>'."""
    return CDATA.sub(lambda match: match.group(1), value) if "<![CDATA[" in value else value


@dataclass(frozen=True)
class Choice:
    """The longest prose piece (None when no piece is prose), the prose pieces near its length that are
    another text (rivals: the choice is a guess), and the longest piece of all (to say what was found)."""

    chosen: Piece | None
    rivals: tuple[Piece, ...] = ()
    longest: Piece | None = None

    @property
    def clear(self) -> bool:
        return self.chosen is not None and not self.rivals


def choose(pieces: list[Piece], rule: ProseRule | None = None) -> Choice:
    rule = rule or prose_rule()
    prose = distinct_prose(pieces, rule)
    if not prose:
        return Choice(None, (), max(pieces, key=lambda piece: piece.chars, default=None))
    chosen = prose[0]
    return Choice(chosen, tuple(piece for piece in prose[1:] if piece.chars >= rule.rival_share * chosen.chars),
                  chosen)


def distinct_prose(pieces: list[Piece], rule: ProseRule | None = None) -> list[Piece]:
    """The prose pieces, longest first, each a text of its own. Of two copies of one text the shorter is kept
    when it is most of the longer (the article without the page chrome a raw-HTML copy adds around it); a
    much shorter copy is an excerpt (a summary's sentences taken from the article), and the longer is kept."""
    rule = rule or prose_rule()
    kept: list[Piece] = []
    for piece in sorted(pieces, key=lambda piece: piece.chars, reverse=True):
        if not piece.is_prose(rule):
            continue
        copy_of = next((number for number, longer in enumerate(kept) if same_text(piece, longer)), None)
        if copy_of is None:
            kept.append(piece)
        elif CLEAN_COPY_SHARE * kept[copy_of].chars <= piece.chars < kept[copy_of].chars:
            kept[copy_of] = piece
    return sorted(kept, key=lambda piece: piece.chars, reverse=True)


def same_text(one: Piece, other: Piece) -> bool:
    """Both pieces are one text (plain and HTML forms of the article): most sentences are shared."""
    first, second = sentences(one.visible), sentences(other.visible)
    if not first or not second:
        return False
    return len(first & second) >= SAME_TEXT_SHARE * min(len(first), len(second))


def sentences(text: str) -> set[str]:
    return {"".join(CJK_CHAR.findall(part)) for part in SENTENCE.findall(text)} - {""}
