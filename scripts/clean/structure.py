"""Stage 3: cleaned lines -> page head + paragraphs and headings.

Mends what scraping broke: PDF page breaks inside sentences, half-width punctuation and stray spaces
in Chinese text, a whole speech run together on one line, a title glued to the salutation, headings
run into their first paragraph. Photo captions are removed here because telling them from headings
needs the surrounding structure. Shapes and thresholds live in scripts/clean/rules/structure.yml.
"""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from scripts.clean.chinese import CJK_CHAR, CJK_RANGE, SENTENCE_END
from scripts.clean.dates import (
    DATE_LINE,
    DATE_LINE_RE,
    DATED_SUBTITLE,
    STAMP_LINE_RE,
    TIMED_DATE,
    TRAILING_DATE_RE,
    chinese_number,
)
from scripts.clean.document import Removal
from scripts.clean.rule_files import RULES_DIR, RuleFileError, entry_error, read_rule_file, reads_rule_file, shown
from scripts.clean.shadow import ShadowPattern, in_both_scripts, shadow_compile, simplified
from scripts.clean.words import is_word

RULES_FILE = RULES_DIR / "structure.yml"

CJK = CJK_RANGE
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef“”‘’—…·×"
SPACE_BETWEEN = re.compile(
    rf"(?<=[{CJK}{CJK_PUNCT}])[ \u00a0\u3000\u2002\u2003]+(?=[{CJK}{CJK_PUNCT}A-Za-z0-9%])"
    rf"|(?<=[A-Za-z0-9%.])[ \u00a0\u3000\u2002\u2003]+(?=[{CJK}{CJK_PUNCT}])"
    # a half-width bracket around Chinese, as a PDF converter spaces it: '(一 ) 引言' -> '(一)引言'
    rf"|(?<=[{CJK}])[ \u00a0\u3000\u2002\u2003]+(?=[)\]])|(?<=[(\[)\]])[ \u00a0\u3000\u2002\u2003]+(?=[{CJK}])"
)
HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
HALF_PUNCT = re.compile(r"[,:;?!]")
PAREN_PAIR = re.compile(r"\(([^()]{0,200})\)")
CHINESE_CONTEXT = re.compile(rf"[{CJK}{CJK_PUNCT}]")
END_CLOSED = "。！？…："  # a line ending with one of these ends a sentence
END_SOFT = "，、；"  # a line ending with one of these continues on the next line
CLOSERS = "”’」』）》】\"'"
# The words a speech is titled by (a title's last word; a glued headline's): one list, which the metadata's
# speech words (metadata.SPEECH_WORDS) extend; matched in both scripts.
SPEECH_TITLE_WORDS = ("讲话", "致辞", "致词", "发言", "演讲", "演说", "报告", "贺词")
SPEECH_WORD = re.compile(in_both_scripts(SPEECH_TITLE_WORDS))
SENTENCE = re.compile(r"[^。！？]*(?:[。！？]+[”’」』）]*|$)")
TAIL_NOTE = re.compile(r"[（(]([^（）()]{2,120})[）)]")
# An author's note glued after the last sentence ('…跑出加速度。（作者某某系某某智库研究员）'): a tail note too.
GLUED_AUTHOR_NOTE = re.compile(r"(?<=[。！？!?”」』])\s*[（(]\s*((?:本文)?作者[^（）()]{2,100})[）)]\s*$")
WRAP_MIN_LINES = 6  # fewer lines than this cannot show a wrapping column
WRAP_SHARE = 0.5  # share of lines within two characters of the most common length
# A wrapped text of many one-line paragraphs (short sentences, each a line of its own) has fewer lines at its width;
# there, WRAP_CUT_MIN_LINES lines at the width at least, most of them (WRAP_CUT_SHARE) cut in mid-sentence, and a
# smaller share of all lines (WRAP_SHORT_PARAGRAPHS_SHARE) show the column as well.
WRAP_CUT_MIN_LINES = 20
WRAP_CUT_SHARE = 0.8
WRAP_SHORT_PARAGRAPHS_SHARE = 0.3
SECTION_NUMBER = re.compile(r"0?[1-9]|[1-9]\d")
LETTER_SPACE = re.compile(r"(?<=\S) (?=\S)")
LETTER_SPACED_SHARE = 0.6  # spaces per character above which a line is letter-spaced
ASCII_WORD = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,}")  # English text has real spaces between words
SECTION_PREFIX = re.compile(r"0[1-9] (?=\S)")


@dataclass
class Block:
    kind: str  # "heading" | "paragraph"
    text: str
    rank: int = 0  # headings: 1 = section, 2 = subsection


@dataclass
class Structure:
    head: list[str]
    blocks: list[Block]
    tail_notes: list[str] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)
    addresses_audience: bool = False  # a salutation (同志们：) among the first blocks: the text is spoken
    ends_with_signature: bool = False  # the last paragraph is a signature ('市长 张三'), not a cut-off sentence
    phrases: frozenset[str] = frozenset()  # the lines of a transcript printed one spoken phrase per line


@dataclass(frozen=True)
class Shapes:
    salutation: ShadowPattern  # the rules' patterns match traditional text too (scripts/clean/shadow.py)
    headings: tuple[tuple[ShadowPattern, int], ...]
    point: ShadowPattern
    openers: tuple[str, ...]
    caption_cues: tuple[str, ...]
    genre_section: ShadowPattern
    full_text_heading: ShadowPattern
    full_text_heading_reach: int  # a heading naming the text stands among the text's first blocks
    closings: tuple[str, ...]
    signature: ShadowPattern
    list_headings: ShadowPattern
    byline: ShadowPattern
    run_on_min: int
    run_on_target: int
    caption_max: int
    wrapped_min: int
    heading_max: int
    noted_title: ShadowPattern
    spoken: ShadowPattern
    numbered_title: ShadowPattern
    quoted: ShadowPattern
    chronicle_entry: ShadowPattern


# The sections of structure.yml, and the keys each entry of a section may have.
SHAPE_SECTIONS = {"salutations", "headings", "point_markers", "paragraph_openers", "caption_cues",
                  "genre_section_headings", "full_text_headings", "closings",
                  "signature", "list_headings", "byline", "run_on_min_chars", "run_on_target_chars",
                  "caption_max_chars", "wrapped_line_min_chars", "heading_max_chars", "noted_title", "spoken_phrases",
                  "numbered_titles", "quoted_lines", "chronicle_entries"}
SHAPE_ENTRY_KEYS = {"name", "pattern", "words", "rank", "reason", "examples", "keep", "max_blocks"}


def check_shapes(path: Path, data: dict) -> None:
    """An unknown or missing section, or an unknown key in an entry, is an error naming the file and entry."""
    if set(data) != SHAPE_SECTIONS:
        unknown, missing = set(data) - SHAPE_SECTIONS, SHAPE_SECTIONS - set(data)
        raise RuleFileError(f"{shown(path)}: unknown section(s) {sorted(unknown)}, missing {sorted(missing)}")
    entries = [(name, entry) for name, entry in data.items() if isinstance(entry, dict)]
    entries += [(entry.get("name", "headings"), entry) for entry in data["headings"]]
    for name, entry in entries:
        unknown = set(entry) - SHAPE_ENTRY_KEYS
        if unknown or not ({"pattern", "words"} & set(entry)) or "reason" not in entry:
            raise entry_error(path, name, f"unknown key(s) {sorted(unknown)}, or no pattern/words or reason")


@cache
@reads_rule_file(RULES_FILE)
def load_shapes(path: Path = RULES_FILE) -> Shapes:
    data = read_rule_file(path)
    check_shapes(path, data)
    return Shapes(
        salutation=shadow_compile(data["salutations"]["pattern"]),
        headings=tuple((shadow_compile(h["pattern"]), h["rank"]) for h in data["headings"]),
        point=shadow_compile(data["point_markers"]["pattern"]),
        openers=tuple(data["paragraph_openers"]["words"]),
        caption_cues=tuple(data["caption_cues"]["words"]),
        genre_section=shadow_compile(data["genre_section_headings"]["pattern"]),
        full_text_heading=shadow_compile(data["full_text_headings"]["pattern"]),
        full_text_heading_reach=data["full_text_headings"]["max_blocks"],
        closings=tuple(data["closings"]["words"]),
        signature=shadow_compile(data["signature"]["pattern"].replace("{date_line}", DATE_LINE)),
        list_headings=shadow_compile(data["list_headings"]["pattern"]),
        byline=shadow_compile(data["byline"]["pattern"]),
        run_on_min=data["run_on_min_chars"],
        run_on_target=data["run_on_target_chars"],
        caption_max=data["caption_max_chars"],
        wrapped_min=data["wrapped_line_min_chars"],
        heading_max=data["heading_max_chars"],
        noted_title=shadow_compile(data["noted_title"]["pattern"]),
        spoken=shadow_compile(data["spoken_phrases"]["pattern"]),
        numbered_title=shadow_compile(data["numbered_titles"]["pattern"]),
        quoted=shadow_compile(data["quoted_lines"]["pattern"]),
        chronicle_entry=shadow_compile(data["chronicle_entries"]["pattern"]),
    )


# ---------------------------------------------------------------------------------------- characters
def normalize_text(line: str) -> str:
    """Spacing and punctuation of one line of Chinese text (idempotent: a space the punctuation made Chinese-side,
    '： (一 )' -> '： （一 ）', goes too, as it would on a second pass)."""
    spaced = normalize_spacing(line)
    punctuated = normalize_punctuation(spaced)
    return normalize_spacing(punctuated) if punctuated != spaced else punctuated


def normalize_spacing(line: str) -> str:
    """Drop spaces next to Chinese characters (PDF spacing: '2020 年' -> '2020年'); keep Latin spacing."""
    if not any(space in line for space in " \u00a0\u3000\u2002\u2003"):
        return line  # most lines of Chinese text: skip the regex
    if is_letter_spaced(line):
        line = LETTER_SPACE.sub("", line)  # '同 志 们 ： 2 0 2 3 年' -> '同志们：2023年'
    number = SECTION_PREFIX.match(line)  # '01 准确把握…': a section number keeps its space
    if number:
        return number.group(0) + SPACE_BETWEEN.sub("", line[number.end():])
    return SPACE_BETWEEN.sub("", line)


def is_letter_spaced(line: str) -> bool:
    """A PDF extracted with a space after every character: most characters stand alone."""
    chars = len(line) - line.count(" ")
    return chars >= 4 and line.count(" ") >= LETTER_SPACED_SHARE * chars and not ASCII_WORD.search(line)


def normalize_punctuation(line: str) -> str:
    """Half-width ,:;?!() next to Chinese text become full-width; numbers, times and Latin stay."""
    if "(" in line:
        line = PAREN_PAIR.sub(full_width_parens, line)
    if not any(mark in line for mark in ",:;?!()"):
        return line
    return HALF_PUNCT.sub(lambda m: full_width_if_chinese(line, m.start()), line)


def full_width_parens(match: re.Match) -> str:
    inner = match.group(1)
    text = match.string
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    if CJK_CHAR.search(inner) or CJK_CHAR.match(before) or CJK_CHAR.match(after):
        return f"（{inner}）"
    return match.group(0)


def full_width_if_chinese(line: str, index: int) -> str:
    char = line[index]
    before = line[index - 1] if index else ""
    after = line[index + 1] if index + 1 < len(line) else ""
    if before.isdigit() and after.isdigit():
        return char  # 1,000  10:30
    if char == ":" and line[index + 1:index + 3] == "//":
        return char  # https://
    if CHINESE_CONTEXT.match(before) or CHINESE_CONTEXT.match(after):
        return HALF_TO_FULL[char]
    return char


def has_chinese(text: str) -> bool:
    return bool(CJK_CHAR.search(text))


# ---------------------------------------------------------------------------------------- the page
def build_structure(lines: list[str], shapes: Shapes | None = None,
                    marked_headings: Iterable[str] = ()) -> Structure:
    """Turn the cleaned lines (blank lines mark paragraph breaks) into head, blocks and tail notes.
    `marked_headings`: lines the page's markup sets as headings (an HTML page's h2–h6 and all-bold paragraphs)."""
    shapes = shapes or load_shapes()
    lines, dumped = without_heading_marks([normalize_text(line) for line in lines], shapes)
    marked = frozenset(normalize_text(line) for line in marked_headings) | dumped
    lines = rejoin_cut_dates(unwrap_hard_wrapped(lines, shapes))
    lines = split_salutation(lines, shapes)
    lines_before = lines
    phrases = spoken_phrase_lines(lines, shapes)
    introduction = transcript_introduction(lines, phrases, shapes)
    phrases = phrases[len(introduction):]
    lines = ["" if index in introduction else line for index, line in enumerate(lines)]
    start = body_start(lines, shapes, phrases)
    start = with_first_section_heading(lines, start, marked, shapes)
    start = with_address_lines_above(lines, start, shapes)
    head = [line for line in lines[:start] if line]
    body = lines[start:]
    structure = Structure(head=head, blocks=[])
    structure.removals += [Removal("transcript-introduction", lines_before[index]) for index in introduction]
    body, structure.tail_notes = split_tail_notes(body)
    single = set(body)  # paragraphs that are one line were normalized above; only joins need it again
    spoken = frozenset(lines[index] for index in phrases)  # a paragraph equal to one of them is that phrase
    joined = [text if text in single else normalize_text(text)
              for text in join_wrapped_lines(body, shapes, spoken, marked)]
    paragraphs = [piece for text in joined for piece in split_run_on(text, shapes)]
    structure.blocks = classify(paragraphs, shapes, structure.removals, marked, spoken)
    structure.blocks = message_section_of_a_page_of_sections(structure, shapes)
    structure.removals += [Removal("typed-rule", block.text) for block in structure.blocks if says_nothing(block)]
    structure.blocks = [block for block in structure.blocks if not says_nothing(block)]
    structure.phrases = spoken
    structure.addresses_audience = any(shapes.salutation.match(block.text) for block in structure.blocks[:3])
    texts = [block.text for block in structure.blocks if block.kind == "paragraph"]
    structure.ends_with_signature = bool(texts and shapes.signature.fullmatch(texts[-1]))
    return structure


DUMP_HEADING = re.compile(r"#{1,6}[ \t]+(?P<text>[^#\s].*?)(?:[ \t]+#+)?")


MESSAGE_SECTION_MIN_CHARS = 200  # the message under its genre heading: a few paragraphs at least


def message_section_of_a_page_of_sections(structure: Structure, shapes: Shapes) -> list[Block]:
    """A company's or a school's 关于我们 page prints several sections (its introduction, the chairman's CV, the
    team) and, last, one message under a heading that names an office and a genre only ('董事长致辞', '校长寄语':
    genre_section_headings in structure.yml). The message is the text: the sections above it are the site's other
    pages run together, and the heading is the message's title (it goes to the head). Only when the message runs
    to the end with no heading of its own, and the sections above it are headed otherwise and address no one."""
    blocks = structure.blocks
    headings = [at for at, block in enumerate(blocks) if block.kind == "heading"]
    genre = [at for at in headings if shapes.genre_section.fullmatch(blocks[at].text)]
    if len(genre) != 1 or genre[0] == 0 or genre[0] != headings[-1] or len(headings) < 2:
        return blocks
    start = genre[0]
    message = sum(len(block.text) for block in blocks[start + 1:])
    above = blocks[:start]
    if message < MESSAGE_SECTION_MIN_CHARS or any(shapes.salutation.match(block.text) for block in above):
        return blocks
    structure.removals += [Removal("sections-above-the-message", block.text) for block in above]
    structure.head.append(blocks[start].text)
    return blocks[start + 1:]


def without_heading_marks(lines: list[str], shapes: Shapes) -> tuple[list[str], frozenset[str]]:
    """A scraper's text dump that kept Markdown's heading marks ('## 一、关于去年的工作'): the line is the heading
    without its marks (the page's markup set it as one, as an HTML page's <h2> is); a long line after '#' is no
    heading and stays as it is."""
    headings: set[str] = set()
    out: list[str] = []
    for line in lines:
        found = DUMP_HEADING.fullmatch(line)
        text = found.group("text").strip() if found else ""  # a sentence after '#' ('# 这一行…。') is no heading
        if found and has_chinese(text) and len(text) <= shapes.heading_max and text[-1] not in "。！？；：…!?;:":
            line = found.group("text").strip()
            headings.add(line)
        out.append(line)
    return out, frozenset(headings)


TABLE_ROW = re.compile(r"[^|]+(?:\s\|\s[^|]+)+")  # a data table's row as the HTML reader writes it
PHRASE_MAX_CHARS = 40  # a spoken phrase printed on its own line is at most this long
PHRASE_RUN_MIN = 8  # a phrase-per-line transcript runs on for at least this many lines
PHRASE_OPEN_SHARE = 0.5  # ... most of them without end punctuation (else they are short paragraphs)
PHRASE_SPOKEN_SHARE = 0.5  # ... and at least this share of them read as speech (spoken_phrases)
PHRASE_SPOKEN_MIN_CHARS = 6  # a spoken line is this long at least: a menu's item ('我要咨询') names a page in a word
PHRASE_TEXT_SHARE = 0.5  # the phrases hold at least this share of the page's text (phrases and prose; its menus and
# head lines aside): the text is made of them


def spoken_phrase_lines(lines: list[str], shapes: Shapes) -> list[int]:
    """The indexes of the lines of a transcript printed one spoken phrase per line: a run of PHRASE_RUN_MIN or
    more short Chinese lines (blank lines between them aside), most without end punctuation, at least half of
    them reading as speech (a pronoun, a particle, a spoken connective: spoken_phrases in structure.yml); from the
    run's first spoken line to its last; and such runs make most of the page. A menu, a headline list or a block
    of captions names things and events and reads as none of it, so its short lines stay with the rules for them;
    a comment list under an article is not most of the page."""
    found: list[int] = []
    run: list[int] = []
    for index, line in enumerate([*lines, "\u0000"]):  # a sentinel ends the last run
        if not line:
            continue
        if is_phrase(line):
            run.append(index)
            continue
        found += spoken_part(run, lines, shapes)
        run = []
    phrases = set(found)
    phrase_chars = sum(len(lines[index]) for index in found)
    prose_chars = sum(len(line) for index, line in enumerate(lines) if line and index not in phrases
                      and is_prose(line, shapes))
    if not found or phrase_chars < PHRASE_TEXT_SHARE * (phrase_chars + prose_chars):
        return []  # a few such lines beside the page's prose (a comment list, a poem) are no phrase-per-line text
    return found


def is_phrase(line: str) -> bool:
    """A short line of Chinese that is no date, label or table row: what a phrase-per-line transcript is made of."""
    return len(line) <= PHRASE_MAX_CHARS and has_chinese(line) and not DATE_LINE_RE.fullmatch(line) \
        and not line.endswith(("：", ":")) and not TABLE_ROW.fullmatch(line)


def reads_as_spoken(line: str, shapes: Shapes) -> bool:
    """A line with a spoken marker (spoken_phrases), long enough to be no menu item, or the speech's closing words."""
    return (len(line) >= PHRASE_SPOKEN_MIN_CHARS and bool(shapes.spoken.match(line))) \
        or simplified(line).startswith(shapes.closings)


def spoken_part(run: list[int], lines: list[str], shapes: Shapes) -> list[int]:
    """The run from its first to its last spoken line (a menu or a title block of short lines above it, a list
    below it aside), when that part is a phrase-per-line transcript; else []. A speech-recognition dump
    (unpunctuated_transcript) opens at its salutation if that comes first, and needs fewer of its lines to read
    as speech."""
    spoken = [index for index in run if reads_as_spoken(lines[index], shapes)]
    if not spoken:
        return []
    saluting = next((index for index in run if salutes(lines[index], shapes)), spoken[0])
    part = [index for index in run if spoken[0] <= index <= spoken[-1]]
    opened = [index for index in run if min(spoken[0], saluting) <= index <= spoken[-1]]
    dump = unpunctuated_transcript(opened, lines)  # from its salutation, which needs no spoken marker
    part = opened if dump else part
    open_ended = [index for index in part if lines[index][-1] not in END_CLOSED + CLOSERS]
    share = ASR_SPOKEN_SHARE if dump else PHRASE_SPOKEN_SHARE
    if len(part) < PHRASE_RUN_MIN or len(spoken) < share * len(part) \
            or len(open_ended) < PHRASE_OPEN_SHARE * len(part):
        return []
    return part


def salutes(line: str, shapes: Shapes) -> bool:
    """A line addressing the audience ('各位同学', '大家上午好'), as a transcript without punctuation prints it."""
    return any(shapes.salutation.fullmatch(line + mark) for mark in ("：", "！"))


INTRODUCTION_MIN_LINES = 3  # fewer lines before the salutation are the speaker's own ('谢谢主持人')
INTRODUCTION_MAX_SHARE = 0.2  # ... and an introduction is a small part of the transcript
THANKS = ("谢谢", "感谢", "多谢")  # '谢谢主持人' before the salutation: the speaker's own first words


def transcript_introduction(lines: list[str], phrases: list[int], shapes: Shapes) -> list[int]:
    """The phrases of a transcript printed one phrase per line that come before the speaker addresses the audience
    ('亲爱的老师们' / '大家早上好', salutations in structure.yml, read as if the transcript had kept the mark after
    them): a presenter's or the video's uploader's introduction, no part of the speech. Only when they are
    INTRODUCTION_MIN_LINES or more and at most INTRODUCTION_MAX_SHARE of the transcript, and none of them thanks
    anyone (a speaker who thanks the host before the salutation has begun)."""
    at = next((at for at, index in enumerate(phrases) if salutes(lines[index], shapes)), None)
    if at is None or at < INTRODUCTION_MIN_LINES or at > INTRODUCTION_MAX_SHARE * len(phrases):
        return []
    before = phrases[:at]
    if any(simplified(lines[index]).startswith(THANKS) for index in before):
        return []
    return before


ASR_RUN_MIN = 60  # lines of a speech-recognition dump: minutes of speech, one breath group a line
ASR_SPOKEN_SHARE = 0.1  # ... a pause every few characters, so a pronoun or particle falls on few of its lines
PUNCTUATION = re.compile(r"[，。！？、；：,.!?;:…“”「」《》（）()]")


def unpunctuated_transcript(part: list[int], lines: list[str]) -> bool:
    """A speech-recognition dump (Whisper and the like, of a video's speech): ASR_RUN_MIN or more short lines, one
    breath group each (a few characters: a pause breaks the line, not a sentence's end), without a single punctuation
    mark among them. A menu, a headline list or a table is rarely so long without a mark, and its items are names
    and headlines, which read as speech on hardly any line (ASR_SPOKEN_SHARE)."""
    return len(part) >= ASR_RUN_MIN and not any(PUNCTUATION.search(lines[index]) for index in part)
SALUTATION_WINDOW = 15  # non-speech lines a reposted speech's title block may span before the salutation


# A line a wrapping tool leaves whole however long: markup ('<img src="…">', '<figcaption>…</figcaption>'), a
# Markdown image or link alone, a bare web address.
UNWRAPPED_LINE = re.compile(r"\s*(?:<[^<>]+>.*|!?\[[^\]]*\]\([^)]*\)|(?:https?:)?//\S+|www\.\S+)\s*")


def wrap_width(lines: list[str]) -> int:
    """The column at which a copied text was hard-wrapped (a fixed-width PDF or e-mail copy), or 0.

    Wrapped text has most of its lines about equally long and none much longer; paragraphs kept as
    lines (the usual case) vary in length freely.
    """
    lengths = [len(line) for line in lines if len(line) >= 8 and not UNWRAPPED_LINE.fullmatch(line)]
    if len(lengths) < WRAP_MIN_LINES:
        return 0
    width = Counter(lengths).most_common(1)[0][0]
    near = sum(1 for n in lengths if width - 2 <= n <= width + 2)
    longer = sum(1 for n in lengths if n > width + 4)
    if width < 10 or longer > 0.05 * len(lengths):
        return 0
    if near >= WRAP_SHARE * len(lengths):
        return width
    cut = sum(1 for line in lines if len(line) >= 8 and width - 2 <= len(line) <= width + 2
              and line.rstrip()[-1] not in END_CLOSED + CLOSERS)
    return width if near >= WRAP_CUT_MIN_LINES and cut >= WRAP_CUT_SHARE * near \
        and near >= WRAP_SHORT_PARAGRAPHS_SHARE * len(lengths) else 0


def unwrap_hard_wrapped(lines: list[str], shapes: Shapes) -> list[str]:
    """Rejoin a hard-wrapped text (lines already normalized): a full-width line that does not end a sentence
    goes on."""
    return [normalize_text("".join(parts)) if len(parts) > 1 else parts[0]
            for parts in wrapped_paragraphs(lines, shapes, wrap_width(lines))]


# Where a date's number ends a line of words and its unit opens the next: a year ('…于2017' / '年…'), a month
# ('…批准，7' / '月19日…') or a day ('…6月7' / '日，学校…').
DATE_CUTS = [(re.compile(rf"[{CJK}，、]\d{{4}}$"), re.compile(r"年")),
             (re.compile(rf"[{CJK}，、]\d{{1,2}}$"), re.compile(r"月\d")),
             (re.compile(r"月\d{1,2}$"), re.compile(r"[日号]"))]


def rejoin_cut_dates(lines: list[str]) -> list[str]:
    """A date that a page's markup cut after its number ('…经省委组织部批准，7' / '月19日，学校…召开。': a CMS that
    closed a paragraph inside it) is one line again; the piece before the cut had been read as a head line (the
    title) and the text had opened mid-date. A number alone on its line (a page's number) was cut from nothing."""
    rejoined: list[str] = []
    last: int | None = None  # the index of the last line with words
    for line in lines:
        if last is not None and any(unit.match(line) and number.search(rejoined[last]) for number, unit in DATE_CUTS):
            rejoined[last + 1:] = []  # the blank lines between the pieces
            rejoined[last] += line
            continue
        rejoined.append(line)
        if line:
            last = len(rejoined) - 1
    return rejoined


def rejoin_hard_wrapped(lines: list[str], shapes: Shapes | None = None) -> list[str]:
    """A hard-wrapped text dump's lines (a PHP or PDF dump cutting every line at one width) rejoined before the
    line rules read them, as written: a dateline, a photo credit or a title the dump cut in two is one line again
    for the rules written for it (unwrap_hard_wrapped does it again on the cleaned lines, where the page's chrome
    hid the width). Lines of a page that is not hard-wrapped are returned as they are."""
    shapes = shapes or load_shapes()
    stripped = [line.strip() for line in lines]
    # The dump counted a paragraph's indent in its column ('    新年前夕，…' is cut as wide as the lines under it).
    indented = [line.rstrip() for line in lines]
    width, measured = max((wrap_width(indented), indented), (wrap_width(stripped), stripped), key=lambda w: w[0])
    if width < DUMP_MIN_WIDTH:
        return lines  # not wrapped, or a column of short rows (a programme's time slots), which no dump cut
    counts = Counter(line for line in measured  # a full-width piece, a sentence's end, is text
                     if line and len(line) < width - 3 and line[-1] not in END_CLOSED + CLOSERS)
    repeated = {line for line, count in counts.items() if count >= RUNNING_LINE_MIN}  # a running header, a footer
    paragraphs = wrapped_paragraphs(measured, shapes, width, repeated)
    joined, at = [], 0
    for parts in paragraphs:  # a line not joined stays exactly as it was (its indent, its spacing)
        joined.append(lines[at] if len(parts) == 1 else parts[0] + "".join(part.strip() for part in parts[1:]))
        at += len(parts)
    return joined


DUMP_MIN_WIDTH = 20  # a dump's column holds a clause at least ('09:30~10:00' rows are a list, not a wrapped text)
RUNNING_LINE_MIN = 3  # a line the file repeats this often is a page's running header or footer, never a line's rest


MARKUP_BLOCK = re.compile(r"#{1,6}\s|[-*+]\s|>|\||```")  # a Markdown heading, list item, quote, table row, fence


def goes_on(line: str, width: int, following: str = "") -> bool:
    """A line of a text wrapped at `width` that fills its column and ends no sentence: the next line continues it.
    So does a full line ending with the colon that opens a quotation the next line begins ('他说：' / '「…」')."""
    if len(line) < width - 3:
        return False
    return line[-1] not in END_CLOSED + CLOSERS or (line[-1] in "：:" and following.lstrip().startswith(OPENING_QUOTES))


OPENING_QUOTES = ("「", "“", "『", "\"")


def wrapped_paragraphs(lines: list[str], shapes: Shapes, width: int,
                       standalone: set[str] | None = None) -> list[list[str]]:
    """The lines of a text hard-wrapped at `width` (wrap_width) grouped into paragraphs, each the lines to join
    (one line where the text is not wrapped, width 0): a full-width line that does not end a sentence goes on,
    unless a heading opens the next or the next is one of `standalone` (a PDF dump's running header, which the
    line rules remove). A line no wrapping tool cuts (UNWRAPPED_LINE: markup, a bare web address) is whole, though
    it fills the column: the line after it is a line of its own (a title under the page's address). A line opening
    with a salutation ('同志们，朋友们：') opens the speech's first paragraph, under a lead-in that filled its line."""
    if not width:
        return [[line] for line in lines]
    paragraphs: list[list[str]] = []  # each paragraph's lines, joined once when complete (linear time)
    for line in lines:
        last = paragraphs[-1][-1] if paragraphs else ""  # a short last line ended its paragraph
        if last and goes_on(last, width, line) and line.strip() and not starts_heading(line.strip(), shapes) \
                and not MARKUP_BLOCK.match(line.strip()) and line not in (standalone or ()) \
                and not UNWRAPPED_LINE.fullmatch(last) and not shapes.salutation.match(line.strip()):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def split_salutation(lines: list[str], shapes: Shapes) -> list[str]:
    """'…上的讲话同志们：这次会议…' -> title line, salutation line, text line. Words before the salutation that end
    with a comma ('市民朋友们，大家好！…') address the audience too: a title never ends with a comma, and the line
    stays whole. Nor is an address closing with a comma after a clause of the line's own a salutation a title was
    glued to ('今天应邀列席报告，承蒙各位委员的指教与支持，'): it is the object inside a sentence, which stays whole."""
    for index, line in enumerate(lines):
        match = shapes.salutation.search(line)
        lead = line[:match.start()] if match else ""
        if match and (glued := GLUED_TITLE_AFTER_LEAD.fullmatch(lead)):  # a run-on dump: lead, headline, salutation
            pieces = [glued.group("lead"), glued.group("title"), glued.group("label") or "",
                      line[match.start():match.end()], line[match.end():]]
            return [*lines[:index], *(p for p in pieces if p), *lines[index + 1:]]
        in_a_sentence = match is not None and match.group(0).endswith(("，", ",")) and bool(re.search(r"[，,]", lead))
        if match and len(lead) <= 80 and not re.search(r"[。！？]", lead) and not in_a_sentence \
                and not lead.rstrip().endswith(("，", ",", "、")) and not continues_an_address(lines[:index], lead):
            pieces = [line[:match.start()], line[match.start():match.end()], line[match.end():]]
            return [*lines[:index], *(p for p in pieces if p), *lines[index + 1:]]
        if line and is_prose(line, shapes):
            return lines
    return lines


def continues_an_address(above: list[str], lead: str) -> bool:
    """The words before a salutation are the address's own, not a title glued to it (a glued title holds a speech
    word): an address of several lines, each closing with a comma, whose line names who the 各位 are ('亚太工商界
    各位代表，' under '尊敬的某某主席先生，'), or words that name a group addressed themselves
    ('各野战军全体指挥员战斗员同志们，', '中国共产党全国代表会议各位代表同志们：', ADDRESSED_GROUP)."""
    if SPEECH_WORD.search(lead):
        return False
    previous = next((line.strip() for line in reversed(above) if line.strip()), "")
    return previous.endswith(("，", ",")) or bool(ADDRESSED_GROUP.fullmatch(lead.strip()))


# Words naming whom a salutation addresses, run into it: opening with 各 or 全体 ('各野战军全体指挥员战斗员' before
# 同志们), or closing with an assembly or its members ('…全国代表会议' before 各位代表).
ADDRESSED_GROUP = re.compile(rf"(?:各|全体)[{CJK_RANGE}]{{1,20}}|[{CJK_RANGE}]{{2,24}}(?:会议|大会|全会|代表|人员|员)")


# A scraper's run-on text of a news page: the report's lead sentences, then the speech's headline ending with its
# speech word (and '（全文）'), perhaps the speaker's label ('习近平：'), glued before the salutation.
GLUED_TITLE_AFTER_LEAD = re.compile(r"(?P<lead>.{10,400}[。！？])"
                                    rf"(?P<title>[^。！？]{{4,60}}?{SPEECH_WORD.pattern}(?:[（(]全文[）)]|全文)?)"
                                    r"(?P<label>[\u4e00-\u9fff·]{2,5}[：:])?")
WHITESPACE = re.compile(r"\s+")  # a row of fields spaced out to line up ('发表于 2019-03-06    |    分类于 …')


def is_prose(line: str, shapes: Shapes) -> bool:
    """A line of running text (the speech has begun) rather than a title, date or note."""
    if shapes.salutation.fullmatch(line) or starts_heading(line, shapes) or ends_with_greeting(line, shapes):
        return True
    if DATE_LINE_RE.fullmatch(line) or TAIL_NOTE.fullmatch(line) or not has_chinese(line):
        return False  # a line without Chinese (template markup, an English banner) never opens the speech
    dated = TRAILING_DATE_RE.search(line)
    if dated and not re.search(r"[，。！？；]", line[:dated.start()]):
        return False  # a title with its delivery date: '在…会议上的讲话（2019年5月6日）'
    if shapes.noted_title.fullmatch(line):
        return False  # a title with a note or its speaker: '在…会议上的讲话（摘要）' (noted_title in structure.yml)
    ends_sentence = line[-1] in END_CLOSED + END_SOFT or closes_a_quoted_sentence(line)
    if (bracketed := BRACKETED_END.search(line)) and len(line[:bracketed.start()].strip()) < 15 \
            and not re.search(r"[，,、；;]", line[:bracketed.start()]):
        ends_sentence = False  # a short label with a note in brackets ('注册VIP邮箱（特权邮箱，付费）'), no sentence
    return (ends_sentence and len(line) >= 15) or len(WHITESPACE.sub("", line)) >= 60  # spacing is no text


def closes_a_quoted_sentence(line: str) -> bool:
    """A line closing with a quotation mark or a bracket is a sentence when the quotation ends one ('他说：「我们要
    坚持下去。」') or when some punctuation inside it marks a clause ('…要抓好落实（掌声）'); a headline quoting a
    phrase has none ('某某配音员转任「亲善大使」', nor one listing quoted phrases, '打造「…」、「…」'), and a
    headline naming its subject before a colon closes on a quoted phrase with no sentence in it at all
    ('某某：未来五年，拼谁能“咬住”')."""
    if line[-1] not in CLOSERS:
        return False
    if line.rstrip(CLOSERS)[-1:] in END_CLOSED + END_SOFT + "!?":
        return True
    return bool(UNQUOTED_CLAUSE.search(QUOTED_LIST_COMMA.sub("", line))) \
        and not (line[-1] in QUOTE_CLOSERS and COLON_HEADLINE.match(line))


QUOTE_CLOSERS = "”’」』\"'"
COLON_HEADLINE = re.compile(r"[^，。！？；：,;:!?\s]{2,12}[：:][^。！？!?]*$")  # '某某：…' with no sentence end
UNQUOTED_CLAUSE = re.compile(r"[，。！？；：,;:!?…、]")
# '、' between two quoted phrases lists them ('打造「團結的民主」、「有效率的民主」'): a headline's list, no clause
QUOTED_LIST_COMMA = re.compile(r"(?<=[”’」』])\s*、\s*(?=[“‘「『])")
BRACKETED_END = re.compile(r"[（(][^（）()。！？]*[）)]$")  # a note in brackets closing a line, no sentence before it


def ends_with_greeting(line: str, shapes: Shapes) -> bool:
    """'各位来宾、各位朋友，大家好' with its closing mark lost (a plain-text copy, a scraper that trims it): a line that
    addresses its audience and ends with the greeting (salutations in structure.yml, read as if the mark were
    there) opens the speech; a title never ends by greeting its readers."""
    line = line.strip()
    if not line or not has_chinese(line[-1]):
        return False
    found = next(reversed(list(shapes.salutation.finditer(line + "！"))), None)
    return found is not None and found.end() == len(line) + 1 and found.start() > 0 \
        and bool(re.search(r"[，,、]", line[:found.start()]))


RULE_LINE = re.compile(r"[=\-*_~＝－—─━＊]{5,}")  # a typed horizontal rule ('=====', '-----', '*****')


def typed_rule(text: str) -> bool:
    """A line of the text that is a typed horizontal rule alone ('————————', '-----'), as a PDF's text sets one over
    its footnotes or a dump between sections: it separates, says nothing, and is no heading."""
    return bool(RULE_LINE.fullmatch(WHITESPACE.sub("", text)))


def says_nothing(block: Block) -> bool:
    """A typed rule (typed_rule), or a heading made of marks only ('|' left over from a post's meta row, '**' from an
    emptied bold run): no letter, digit or character of any script to head anything with."""
    return typed_rule(block.text) or (block.kind == "heading" and not WORDLIKE.search(block.text))


WORDLIKE = re.compile(r"[^\W_]")  # a letter, a digit or a CJK character


def is_rule_line(lines: list[str], index: int) -> bool:
    """lines[index] is a typed horizontal rule on a line of its own with a blank line above it (right under a line
    it is that line's setext underline: '标题' over '====')."""
    return index > 0 and not lines[index - 1] and bool(RULE_LINE.fullmatch(WHITESPACE.sub("", lines[index])))


SECTION_SERIES_LEAD = 2  # the words a series of section headings opens with alike ('关于…', '坚持…')
# A speech's title ends with its speech word, perhaps with 全文 and a short note after it ('…的讲话全文（摘要）').
SPEECH_TITLE_END = re.compile(SPEECH_WORD.pattern + r"(?:全文|實錄|实录)?(?:[（(][^）)]{1,8}[）)])?$")


def with_address_lines_above(lines: list[str], start: int, shapes: Shapes) -> int:
    """The text opens at its salutation, and the short lines right above it that close with a comma are the same
    address's first lines ('尊敬的某某主席先生，' / '亚太工商界各位代表，' over '女士们，先生们，朋友们：'), the first
    perhaps without its comma ('尊敬的某某总统'): a head line (a title, a date, a byline) never closes with a comma."""
    if start >= len(lines) or not shapes.salutation.match(lines[start].strip()):
        return start
    first = start
    for index in range(start - 1, -1, -1):
        line = lines[index].strip()
        if not line:
            continue
        closes_a_part = line.endswith(("，", ",")) or shapes.salutation.fullmatch(line + "，")  # its comma lost
        if not closes_a_part or len(line) > ADDRESS_LINE_MAX or SENTENCE_END.search(line) or re.search(r"[：:]", line):
            break
        first = index
    return first


ADDRESS_LINE_MAX = 30  # characters of one line of an address ('尊敬的某某国总统某某某阁下，')


def with_first_section_heading(lines: list[str], start: int, marked: frozenset[str], shapes: Shapes) -> int:
    """The line right above the first paragraph is the text's first section heading, not the page's head, when
    the page's markup sets it as a heading (an <h3>, an all-bold paragraph) and a later heading it marks the same
    way opens with the same words ('关于今年工作' … '关于明年工作', an excerpt's topics without numbers). A title names
    its speech ('…上的讲话') and stays in the head."""
    above = next((index for index in range(start - 1, -1, -1) if lines[index]), None)
    if above is not None and numbered_series_goes_on(lines[above].strip(), lines[start:], shapes):
        return above
    if above is None or not marked:
        return start
    line = lines[above].strip()
    lead = line[:SECTION_SERIES_LEAD]
    if line not in marked or len(line) > shapes.heading_max or SENTENCE_END.search(line) \
            or SPEECH_TITLE_END.search(line) or len(lead) < SECTION_SERIES_LEAD:
        return start
    later = [text.strip() for text in lines[start:] if text.strip() in marked]
    return above if any(text != line and text.startswith(lead) for text in later) else start


# A section number opening a heading, in the styles a series keeps: '1.' '1、' '一、' '（一）' '(1)'.
SECTION_NUMBER_OPENING = re.compile(r"(?P<open>[（(]?)(?P<number>\d{1,2}|[一二三四五六七八九十]{1,3})"
                                    r"(?P<close>[.．、）)])")


def numbered_series_goes_on(line: str, below: list[str], shapes: Shapes) -> bool:
    """The short line above the first paragraph opens a numbered series of section headings ('1. 总体要求' with
    '2. 重点任务' further down, in the same style of number): the text's first section heading, not the head."""
    found = SECTION_NUMBER_OPENING.match(line)
    if not found or len(line) > shapes.heading_max or SENTENCE_END.search(line) or found.end() == len(line):
        return False
    number = chinese_number(found.group("number"))
    arabic = found.group("number").isdigit()
    for text in below:
        after = SECTION_NUMBER_OPENING.match(text.strip())
        if after and after.group("open", "close") == found.group("open", "close") \
                and after.group("number").isdigit() == arabic and chinese_number(after.group("number")) == number + 1:
            return True
    return False


def body_start(lines: list[str], shapes: Shapes, phrases: list[int] | None = None) -> int:
    """The first line of running text (first_text_line), or the line under a typed horizontal rule above it that
    sets the text off from the page's head: the speech's own title and date between the rule and its first
    paragraph ('某某的转型之路' over '二〇一五年七月二十二日') are the text's title block, not the page's head."""
    start = first_text_line(lines, shapes, phrases)
    filled = [index for index in range(start) if lines[index]]
    ruled = next((index for index in reversed(filled) if is_rule_line(lines, index)), None)
    if ruled is None or len(filled) > SALUTATION_WINDOW:
        return start
    between = [lines[index] for index in filled if index > ruled]
    if between and all(len(line) <= shapes.heading_max and not SENTENCE_END.search(line) for line in between):
        return ruled + 1
    return start



def first_text_line(lines: list[str], shapes: Shapes, phrases: list[int] | None = None) -> int:
    """The first line of running text; but when the speech's own title block (a dated subtitle
    '——2019年3月5日在…会议上') follows it and a salutation comes soon after, the text starts at the
    salutation: the prose above the title block is a reposter's or blogger's words. A transcript printed one
    spoken phrase per line (`phrases`, spoken_phrase_lines) starts at its first phrase, if no prose comes first."""
    start = next((index for index, line in enumerate(lines) if line and is_prose(line, shapes)), None)
    if phrases and (start is None or phrases[0] < start):
        return phrases[0]
    start = with_short_opening(lines, start, shapes) if start is not None else 0
    start = past_stamped_headline(lines, start, shapes)
    start = past_numbered_record_header(lines, start, shapes)
    start = past_introduction_to_a_titled_speech(lines, start, shapes)
    start = past_repeated_title(lines, start, shapes)
    filled = [index for index in range(start, len(lines)) if lines[index]][:SALUTATION_WINDOW]
    salutation = next((index for index in filled if shapes.salutation.fullmatch(lines[index])), None)
    if salutation and any(DATED_SUBTITLE.fullmatch(line) or speech_title_line(line, shapes)
                          for line in lines[start + 1:salutation]):
        return salutation
    above = [line for line in lines[start:salutation] if line] if salutation is not None else []
    if salutation is not None and above and len(above) <= PULL_QUOTES_MAX \
            and all(PULL_QUOTE.fullmatch(line.strip()) for line in above):
        return salutation  # a pull quote set above the address ('"教育是点亮心灵的火炬。"' over '亲爱的同学们：')
    return past_headline_subtitle(lines, start, shapes)


def speech_title_line(line: str, shapes: Shapes) -> bool:
    """A speech's own title alone on its line ('某某出席开幕式并发表演讲（全文）', '在…会议上的讲话'): short, no
    sentence, its speech word last; not a photo's caption saying someone is speaking ('某某在讲话', '正在发言')."""
    return len(line) <= shapes.heading_max and not SENTENCE_END.search(line) and bool(SPEECH_TITLE_END.search(line)) \
        and not SPEAKING_CAPTION.search(line)


SPEAKING_CAPTION = re.compile(r"在\s*" + SPEECH_WORD.pattern + "$")  # a title says at what: '在…上的讲话'


PULL_QUOTE = re.compile(r"[\"“「『][^\"“”「」『』]{8,200}[\"”」』]")  # one quotation, nothing around it
PULL_QUOTES_MAX = 2


SHORT_OPENING_MIN = 4  # characters of a short first sentence ('春天来了。')


def with_short_opening(lines: list[str], start: int, shapes: Shapes) -> int:
    """The text's first paragraph may be one short sentence ('又是一年春光好！', '今天我很高兴来到这里。'), too short
    for `is_prose`, or a few of them, one to a line ('这是时代的呼唤。' / '这是历史的责任。', a leading article's
    opening): each line right above the first prose line is the text's when it is one clause ending a sentence
    with 。 (a title does not), or with ！ or ？ under another head line (the title above it); not a date, a
    bracketed note, a noted title or a heading."""
    above = [index for index in range(start) if lines[index]]
    while above and opens_the_text(lines[above[-1]].strip(), len(above), shapes):
        start = above.pop()
    return start


def opens_the_text(line: str, head_lines: int, shapes: Shapes) -> bool:
    """with_short_opening's test of one line over the text, the last of `head_lines` lines above it."""
    ending = line[-1:]
    if len(line) < SHORT_OPENING_MIN or not has_chinese(line) or DATE_LINE_RE.fullmatch(line) \
            or TAIL_NOTE.fullmatch(line) or shapes.noted_title.fullmatch(line) or starts_heading(line, shapes):
        return False
    if re.search(r"[，、；：,;:]", line):
        return False  # one clause: a line of several ('神奇，偶然掉在…') is a kicker or an epigraph as often
    return ending == "。" or (ending in "！？" and head_lines >= 2)


def past_stamped_headline(lines: list[str], start: int, shapes: Shapes) -> int:
    """A headline may end like a sentence ('…出圈的“地气”和“底气”!'); when the page's timed publication stamp
    comes right under it ('某某客户端 2024-03-12 15:35:47'), it is the head's title, and the text starts after the
    stamp, which the metadata steps read there."""
    filled = [index for index in range(start, len(lines)) if lines[index]][:2]
    if len(filled) < 2 or len(lines[start]) > shapes.heading_max or not STAMP_LINE_RE.fullmatch(lines[filled[1]]):
        return start
    return next((index for index in range(filled[1] + 1, len(lines)) if lines[index]), start)


REPEATED_TITLE_WINDOW = 4  # the title and its copy are among the text's first lines
REPEATED_TITLE_ABOVE_MAX = 60  # ... under short lines only (a slogan or a notice ending like a sentence)
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+")


TITLE_OVER_SALUTATION_MAX = 80  # characters of a speech's title set over its salutation, a note on its day included


def past_introduction_to_a_titled_speech(lines: list[str], start: int, shapes: Shapes) -> int:
    """A blogger's or an editor's introduction of several paragraphs, then the speech's own title ('《…》（某某于…在…
    上作的报告）') right over its salutation ('同志们：') alone on its line: the speech starts at the salutation. Only
    when nothing above it addresses an audience (a page of two speeches has its first salutation above)."""
    filled = [index for index in range(start, len(lines)) if lines[index]]
    for above, at in itertools.pairwise(filled):
        if shapes.salutation.match(lines[above]):
            return start
        title = lines[above].strip()
        if shapes.salutation.fullmatch(lines[at].strip()) and len(title) <= TITLE_OVER_SALUTATION_MAX \
                and not re.search(r"[。！？]", title) and SPEECH_WORD.search(title):
            return at
    return start


RECORD_HEADER_LINES = 2  # a corpus record's numbered header stands over at least the headline and a byline


def past_numbered_record_header(lines: list[str], start: int, shapes: Shapes) -> int:
    """A numbered line opening the file ('83. 某某发表署名文章《…》') over short lines that are neither text nor
    headings (the headline, the byline) is a corpus record's header, not the text's first section heading: a
    section's heading has its section's prose, or a subsection's heading, right under it. The text starts at the
    first prose line below."""
    if start >= len(lines) or any(lines[:start]) or not shapes.numbered_title.match(lines[start]) \
            or SENTENCE_END.search(lines[start]):
        return start
    below = [index for index in range(start + 1, len(lines)) if lines[index]]
    first_prose = next((at for at, index in enumerate(below) if is_prose(lines[index], shapes)), None)
    if first_prose is None or first_prose < RECORD_HEADER_LINES or first_prose > SALUTATION_WINDOW or any(
            starts_heading(lines[index], shapes) or SENTENCE_END.search(lines[index])
            for index in below[:first_prose] if has_chinese(lines[index])):
        return start
    return below[first_prose]


def past_repeated_title(lines: list[str], start: int, shapes: Shapes) -> int:
    """A page that prints its title twice, one copy right under the other ('在…会议上的讲话' over '## 在…会议上的讲话':
    the headline and the article's own heading), has its head down to the second copy: a slogan or a notice above
    them that ends like a sentence ('本站内容来自会员分享，祝您阅读愉快！') did not open the text, which starts after
    them. Only among the text's first lines, under short lines, for a title-like line (short, not a sentence)."""
    filled = [index for index in range(start, len(lines)) if lines[index]][:REPEATED_TITLE_WINDOW]
    keys = [re.sub(r"[\W_]", "", MARKDOWN_HEADING.sub("", lines[index])) for index in filled]
    for at in range(1, len(filled)):
        line = MARKDOWN_HEADING.sub("", lines[filled[at]]).strip()
        if not keys[at] or keys[at] != keys[at - 1] or len(line) > shapes.heading_max or is_prose(line, shapes) \
                or any(len(lines[index]) > REPEATED_TITLE_ABOVE_MAX for index in filled[:at]):
            continue
        return next((index for index in range(filled[at] + 1, len(lines)) if lines[index]), start)
    return start


HEADLINE_SUBTITLE = re.compile(r"[—―－-]{1,2}\s*(?P<words>[^。！？!?]+)")  # '——第二届某某论坛在某市举行'
HEADLINE_SUBTITLE_MIN = 6  # Chinese characters of a subtitle's words: an attribution ('——鲁迅') is shorter


def past_headline_subtitle(lines: list[str], start: int, shapes: Shapes) -> int:
    """A headline with a '——' subtitle under it ('“走向明天——共建一所好学校”' over '——第二届某某论坛暨…会议在某市举行')
    is the page's head, whatever the headline's shape (a quoted slogan ends like a quotation): when such a
    subtitle stands among the text's first lines, under short lines that end no sentence (the headline), the text
    starts after it, and the metadata steps read it there as the subtitle. An attribution under an epigraph
    ('“……。”' over '——鲁迅') is no subtitle: the quotation ends a sentence and the name is short."""
    filled = [index for index in range(start, len(lines)) if lines[index]][:REPEATED_TITLE_WINDOW]
    for at in range(1, len(filled)):
        line = lines[filled[at]].strip()
        subtitle = HEADLINE_SUBTITLE.fullmatch(line)
        above = [lines[index].strip() for index in filled[:at]]
        if not subtitle or len(CJK_CHAR.findall(subtitle["words"])) < HEADLINE_SUBTITLE_MIN \
                or len(line) > REPEATED_TITLE_ABOVE_MAX or subtitle["words"][-1] in END_CLOSED + END_SOFT:
            continue
        if all(len(text) <= REPEATED_TITLE_ABOVE_MAX and not re.search(r"[。！？!?]", text)
               and not shapes.salutation.fullmatch(text) for text in above):
            return next((index for index in range(filled[at] + 1, len(lines)) if lines[index]), start)
        break
    return start


def split_tail_notes(body: list[str]) -> tuple[list[str], list[str]]:
    """'（作者系…）' and similar parenthesized notes closing the page belong in the front matter, and so does an
    author's note glued after the last paragraph's last sentence."""
    notes: list[str] = []
    while body:
        note = TAIL_NOTE.fullmatch(body[-1]) if body[-1] else None
        if body[-1] and not note:
            break
        body.pop()
        if note:
            notes.insert(0, note.group(1))
    glued = GLUED_AUTHOR_NOTE.search(body[-1]) if body else None
    if glued:
        body[-1] = body[-1][:glued.start()]
        notes.insert(0, glued.group(1))
    return body, notes


def starts_heading(text: str, shapes: Shapes) -> int:
    """The rank of the heading marker that opens `text`, or 0."""
    shadow = simplified(text)
    for pattern, rank in shapes.headings:
        if pattern.regex.match(shadow):
            return rank
    return 0


def is_heading_line(text: str, shapes: Shapes) -> bool:
    return bool(starts_heading(text, shapes)) and len(text) <= shapes.heading_max and "。" not in text[:-1]


# A bold box's letters set one a line ('今<br>日<br>推<br>荐') are a word, not headings: a marked heading has more.
MARKED_HEADING_MIN = 4  # characters


TIMED_STAMP_AT_END = re.compile(rf"{TIMED_DATE.pattern}\s*$")  # a row closing with a date and its clock


LONE_MARKS = re.compile(r"\s*[。！？；，、：”’」』）)!?;,:]+\s*")  # marks that only ever close what precedes them
ORPHAN_MARK = re.compile(r"\s*[。！？；，、：!?;,:]+\s*")


def join_wrapped_lines(body: list[str], shapes: Shapes, phrases: frozenset[str] = frozenset(),
                       marked: frozenset[str] = frozenset()) -> list[str]:
    """Glue lines broken mid-sentence (PDF page breaks, a site breaking at '；') back together. A line of a
    phrase-per-line transcript (`phrases`) ends where it ends, unless it ends with a comma. A line the page's
    markup sets as a heading (`marked`) is never glued to its neighbours: its element ended it, comma or not."""
    paragraphs: list[str] = []
    phrase = False  # the last line glued on was one of `phrases`
    for line in body:
        if not line:
            continue
        numbered = len(paragraphs) >= 2 and SECTION_NUMBER.fullmatch(paragraphs[-2])
        headed = bool(paragraphs) and any(text in marked and len(text) >= MARKED_HEADING_MIN
                                          for text in (paragraphs[-1], line))
        if paragraphs and ORPHAN_MARK.fullmatch(line) and paragraphs[-1][-1] in END_CLOSED + END_SOFT:
            continue  # a mark whose words the cleaning took off ('以下为全文' / '。') under a sentence that has its own
        if paragraphs and not numbered and not headed and continues(paragraphs[-1], line, shapes, phrase):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
        phrase = line in phrases
    return paragraphs


def continues(previous: str, line: str, shapes: Shapes, phrase: bool = False) -> bool:
    if LONE_MARKS.fullmatch(line):
        return True  # '。' alone: a text export broke the line where an inline element ended ('<b>以下为全文</b>。')
    if starts_heading(line, shapes) or is_heading_line(previous, shapes):
        return False
    last = previous[-1]
    if last in "，、":
        return True
    if phrase:
        return False  # a spoken phrase on its own line: the line break is the phrase's end
    if last == "；":
        return not shapes.point.match(line)
    if last in END_CLOSED or last in CLOSERS or ends_with_greeting(previous, shapes):
        return False  # a greeting ends its line whether or not its mark survived ('…，大家好')
    if shapes.byline.match(line) or DATE_LINE_RE.fullmatch(line):
        return False  # a byline or a date after an unpunctuated line: the line before it has ended
    if DATE_LINE_RE.fullmatch(previous):
        return False  # a date alone on its line (a signature's) ends there, whatever follows ('…7月1日' | '本文…')
    if TIMED_STAMP_AT_END.search(previous):
        return False  # a row closing with a CMS's stamp ('原创：某某网2024-04-23 12:27:25'): no sentence wraps there
    if TABLE_ROW.fullmatch(previous) or TABLE_ROW.fullmatch(line):
        return False  # a data table's rows (the HTML reader writes their cells 'a | b | c') stay lines
    if has_chinese(previous) != has_chinese(line):
        return False  # a translation paragraph next to the Chinese one (bilingual pages): never one text
    # No end punctuation: a long line was cut by a page break; a short one only if the cut split a word
    # (绿色崛起的实 | 践道路上 -> 实践), since short unpunctuated lines are usually titles or captions.
    return len(previous) >= shapes.wrapped_min or is_word(last + line[0])


# ---------------------------------------------------------------------------------------- run-on pages
def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.findall(text) if s]


def split_run_on(text: str, shapes: Shapes) -> list[str]:
    """A very long line is several paragraphs scraped together: split before points and headings,
    then break what is still too long at sentences that open a new topic."""
    if len(text) < shapes.run_on_min:
        return [text]
    pieces = [split_after_colon(s, shapes) for s in sentences(text)]
    flat = [part for piece in pieces for part in piece]
    paragraphs: list[list[str]] = [[]]
    for sentence in flat:
        if paragraphs[-1] and (starts_heading(sentence, shapes) or shapes.point.match(sentence)
                               or shapes.salutation.match(sentence)):
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    return [chunk for group in paragraphs for chunk in chunk_long(group, shapes)]


def split_after_colon(sentence: str, shapes: Shapes) -> list[str]:
    """'下面，我讲四点意见：第一，…' -> the lead-in and the first point."""
    index = sentence.find("：")
    if 0 < index < len(sentence) - 1 and (starts_heading(sentence[index + 1:], shapes)
                                          or shapes.point.match(sentence[index + 1:])):
        return [sentence[:index + 1], sentence[index + 1:]]
    return [sentence]


def chunk_long(group: list[str], shapes: Shapes) -> list[str]:
    text = "".join(group)
    if len(text) < shapes.run_on_min:
        return [text]
    chunks, current = [], ""
    for sentence in group:
        if len(current) >= shapes.run_on_target and simplified(sentence).startswith(shapes.openers):
            chunks.append(current)
            current = ""
        current += sentence
    chunks.append(current)
    return chunks


# ---------------------------------------------------------------------------------------- headings
def classify(paragraphs: list[str], shapes: Shapes, removals: list[Removal],
             marked: frozenset[str] = frozenset(), spoken: frozenset[str] = frozenset()) -> list[Block]:
    """Headings and paragraphs; `spoken`: the phrases of a phrase-per-line transcript, paragraphs as they are."""
    blocks: list[Block] = []
    for text in paragraphs:
        blocks.extend([Block("paragraph", text)] if text in spoken
                      else marker_heading(text, shapes) or [Block("paragraph", text)])
    blocks = merge_section_numbers(blocks, shapes)
    return label_short_lines(blocks, shapes, removals, marked, spoken)


def marker_heading(text: str, shapes: Shapes) -> list[Block]:
    """'第一，…' / '一、…' / '（一）…': the heading, and the prose that ran into it, if any."""
    rank = starts_heading(text, shapes)
    if not rank:
        return []
    heading, rest = split_run_in_heading(text, shapes)
    if not heading:
        return []
    blocks = [Block("heading", heading.rstrip("。；，"), rank)]
    if rest:
        blocks.append(Block("paragraph", rest))
    return blocks


HEADING_CLAUSES = re.compile(r"([^，；。！？：]*)([，；]?)([^，；。！？：、]*)([。！？：]|[^。！？：]?)")


def split_run_in_heading(text: str, shapes: Shapes) -> tuple[str, str]:
    """Where a heading ends and its first paragraph begins; ('', text) when it is not a heading.

    Clear case: the heading's clauses end with a full stop or the line ('第一，要坚定信心、保持定力，
    夯实…主导地位。工业是…'). Run-on case, the paragraph glued on without a stop ('第一，坚持质量优先，
    持续扩大规模创新主体的数量规模，直接…'): Chinese headings are parallel clauses, so the second clause
    is cut at the length of the first.
    """
    marker_end = next(m.end() for m in (p.match(text) for p, _ in shapes.headings) if m)
    clauses = HEADING_CLAUSES.match(text, marker_end)
    assert clauses, "every group of HEADING_CLAUSES may be empty: it matches anywhere"
    lead, separator, second, stop = clauses.groups()
    head_end = marker_end + len(lead) + len(separator) + len(second)
    if stop in ("。", "！", "？", "：", ""):
        cut = head_end
    elif separator and len(second) > len(lead) and 4 <= len(lead) <= 10:
        cut = marker_end + 2 * len(lead) + len(separator)
    else:
        cut = len(sentences(text)[0])
    if cut > shapes.heading_max:
        return "", text
    rest_start = cut + 1 if cut < len(text) and text[cut] in "。！？：" else cut
    return text[:cut], text[rest_start:]


def merge_section_numbers(blocks: list[Block], shapes: Shapes) -> list[Block]:
    """'01' on its own line followed by a short title line -> one section heading '01 title'."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if previous and previous.kind == "paragraph" and SECTION_NUMBER.fullmatch(previous.text) \
                and is_short_open(block.text, shapes, limit=shapes.heading_max):
            merged[-1] = Block("heading", f"{previous.text} {block.text}", 1)
        else:
            merged.append(block)
    return merged


def is_short_open(text: str, shapes: Shapes, limit: int | None = None) -> bool:
    """A short line without end punctuation: a caption, a title line or an unnumbered heading."""
    limit = limit or shapes.caption_max
    return len(text) <= limit and text[-1] not in END_CLOSED + END_SOFT and "。" not in text \
        and not starts_heading(text, shapes) and not SECTION_NUMBER.fullmatch(text)


def label_short_lines(blocks: list[Block], shapes: Shapes, removals: list[Removal],
                      marked: frozenset[str] = frozenset(), spoken: frozenset[str] = frozenset()) -> list[Block]:
    """Runs of short unpunctuated lines between paragraphs: title pairs, parallel headings, captions. A line the
    page's markup sets as a heading (marked_headings in html.yml) is a caption only by its own words. The phrases
    of a phrase-per-line transcript (`spoken`) are none of these: they are the text. The same single line standing
    between paragraphs again and again ('专家点评' over each expert's remarks) heads sections: captions describe
    different pictures, each its own."""
    short = [b.kind == "paragraph" and is_short_open(b.text, shapes) and not TABLE_ROW.fullmatch(b.text)
             and b.text not in spoken and not shapes.quoted.fullmatch(b.text) for b in blocks]
    runs = [run for run in short_runs(short) if not introduced_list(blocks, run) and not counted_items(blocks, run)]
    singles = [blocks[run[0]].text for run in runs if len(run) == 1]
    paired = any(len(run) >= 2 for run in runs if run[-1] + 1 < len(blocks)) and not sectioned(blocks, singles)
    labelled = list(blocks)
    drop: set[int] = set()
    for run in runs:
        if run[-1] + 1 >= len(blocks):
            drop_trailing_links(blocks, run, shapes, drop, removals)
            continue
        titles = run[-2:] if len(run) >= 2 else []
        if titles and all(is_caption(blocks[index].text, shapes, blocks[index].text in marked) for index in titles):
            titles = []  # two captions under two pictures ('某某董事长发表讲话' / '某某主持会议'), not a title pair
        elif titles and caption_over_marked_heading(blocks[titles[0]].text, blocks[titles[1]].text, shapes, marked):
            titles = titles[1:]  # '张三（资料图）' over a bold '（一）…': a picture's line, a section's heading
        for index in run[: len(run) - len(titles)]:
            text = blocks[index].text
            if simplified(text).startswith(shapes.closings):
                continue  # '最后谨祝各位校友' over the wish: the speech's closing words
            if index < shapes.full_text_heading_reach and full_text_heading(text):
                labelled[index] = Block("heading", text, 1)  # '致辞全文' over the speech: its word is no caption's
                continue
            if is_caption(text, shapes, text in marked) or (text not in marked and (paired or len(run) > 2)
                                            and not (len(run) == 1 and singles.count(text) >= REPEATED_HEADING)
                                            and not shapes.numbered_title.match(text)):
                drop.add(index)
                removals.append(Removal("photo-caption", text))
            else:
                labelled[index] = Block("heading", text, 2 if has_parallel(text, singles) else 1)
        for level, index in enumerate(titles, start=1):
            labelled[index] = Block("heading", blocks[index].text, level)
    return [block for index, block in enumerate(labelled) if index not in drop]


def caption_over_marked_heading(upper: str, lower: str, shapes: Shapes, marked: frozenset[str]) -> bool:
    """Two short lines where the upper one is a caption by its own words and the lower one a heading by the page's
    markup: the credit under a picture ('某某（资料图）') that stands right above a section's bold heading, not
    a title and its subtitle."""
    return lower in marked and upper not in marked and is_caption(upper, shapes, False)


REPEATED_HEADING = 3  # a single short line standing this often between paragraphs heads sections, captions differ
MIN_SECTIONS = 3  # numbered headings of a document divided into sections
MIN_SUBHEADINGS = 5  # short single lines, recurring through such a document: its subheadings


def sectioned(blocks: list[Block], singles: list[str]) -> bool:
    """A document divided into numbered sections ('（一）引言', '二、…') with many short single lines through it:
    those lines are its subheadings, not photo captions, even where two of them stand together (a section's
    heading over its first subheading); a news page's captions are a few, under a title pair."""
    numbered = sum(1 for block in blocks if block.kind == "heading")
    return numbered >= MIN_SECTIONS and len(singles) >= MIN_SUBHEADINGS


LIST_INTRO_END = ("：", ":")
MIN_LIST_ITEMS = 3  # a list runs on; one or two short lines after a colon are headings or a title pair


def introduced_list(blocks: list[Block], run: list[int]) -> bool:
    """Three or more short lines right after a line that announces them ('参会单位名单：') are the items of that
    list (names, places, units), not captions or headings, and stay as written. A single short line after a
    colon ('…做好以下工作：' over '必须坚持党的领导' and its paragraph) is a heading, as before."""
    before = blocks[run[0] - 1] if run[0] > 0 else None
    return len(run) >= MIN_LIST_ITEMS and before is not None and before.kind == "paragraph" \
        and before.text.endswith(LIST_INTRO_END)


ITEM_NUMBER = re.compile(r"([1-9])[、．.]\s*\S")  # '1、外语', '2．艺术概论': a numbered item or a table's cell
FIELD_CELL = re.compile(r"[^:：。！？，,\s]{1,12}[:：]\s*\S.*")  # '成人票：30元': a table's label and value


def counted_items(blocks: list[Block], run: list[int]) -> bool:
    """A run of short lines in which items numbered 1, 2, 3 follow one another (a flattened table's cells, '1、外语'
    '2、艺术概论' '3、…' under each row's name), or half of whose lines are a label and its value ('成人票：30元'
    '电话：…' under a park's name): a table or a list, never captions or title lines, left as written. Only inside
    the text: a closing run is the site's lists' business (drop_trailing_links)."""
    if run[-1] + 1 >= len(blocks):
        return False
    fields = sum(1 for index in run if FIELD_CELL.fullmatch(blocks[index].text))
    if len(run) >= MIN_LIST_ITEMS and 2 * fields >= len(run):
        return True
    numbers = [int(match.group(1)) for index in run if (match := ITEM_NUMBER.match(blocks[index].text))]
    return any(numbers[at:at + MIN_LIST_ITEMS] == list(range(1, MIN_LIST_ITEMS + 1))
               for at in range(len(numbers)))


MIN_LIST_HEADINGS = 2  # a closing run with this many headline-list headings is the site's (list_headings)
# A signature names one or two people on lines of their own ('张三'); a closing run with more bare words of two to four
# characters than that is a menu or a list of links ('公司简介', '企业文化', '联系我们' …), whatever else it holds.
BARE_WORD = re.compile(rf"[{CJK_RANGE}·]{{2,4}}")
MAX_SIGNATURE_WORDS = 2


def drop_trailing_links(blocks: list[Block], run: list[int], shapes: Shapes, drop: set[int],
                        removals: list[Removal]) -> None:
    """Short lines closing the page: a signature (body, name, date) stays, unless the run holds the headings of a
    portal's headline lists (list_headings in structure.yml) or more bare two-to-four-character words than a
    signature's names (a menu: BARE_WORD; the wishes after a closing '祝大家' are not counted); link lists go. A
    work the paragraph above names in 《》 and the run opens with (a poem read out) stays whole. A single last
    line with a comma inside is the cut-off end of a sentence (the page stopped mid-speech): it stays too, and
    the pipeline warns that the text may be incomplete. So does a last sentence with the agency's credit after it.
    """
    if (len(run) == 1 and (looks_cut_off(blocks[run[0]].text) or credited_last_sentence(blocks[run[0]].text))) \
            or announced_work(blocks, run) or outweighs_text(blocks, run):
        return
    closings = [index for index in run if simplified(blocks[index].text).startswith(shapes.closings)]
    before_wishes = [index for index in run if not closings or index < closings[0]]  # '祝大家' / '新年快乐' / …
    listed = sum(1 for index in run if shapes.list_headings.fullmatch(blocks[index].text)) >= MIN_LIST_HEADINGS \
        or sum(1 for index in before_wishes if BARE_WORD.fullmatch(blocks[index].text)) > MAX_SIGNATURE_WORDS
    for index in run:
        text = blocks[index].text
        heading = bool(shapes.list_headings.fullmatch(text))  # '影音新闻' is a column's name, never a signer's
        if index not in closings and (listed or heading or not shapes.signature.fullmatch(text)):
            drop.add(index)
            removals.append(Removal("trailing-site-text", text))


def outweighs_text(blocks: list[Block], run: list[int]) -> bool:
    """A long closing run holding several times the text above it is no list under the text: it is the text (a
    transcript, a poem, a speech printed one phrase a line that nothing else recognised). It stays, and the
    pipeline warns about its short unpunctuated lines; losing the speech would be worse than leaving a list. A
    headline list under a short notice is a few lines, and goes."""
    closing = sum(len(blocks[index].text) for index in run)
    return len(run) >= OUTWEIGH_MIN_LINES and closing > OUTWEIGH_FACTOR * sum(len(b.text) for b in blocks[:run[0]])


OUTWEIGH_MIN_LINES = 16  # a site's closing lists run to a dozen lines or so
OUTWEIGH_FACTOR = 3  # ... and hold less than the text they stand under, or not much more


def announced_work(blocks: list[Block], run: list[int]) -> bool:
    """Short lines closing the page under a title the paragraph before them names in 《》 ('我用一首《怀念亲人》的诗，
    向大家表白。' over '怀念亲人' and the poem's lines): the speaker reads that work out (a poem, a song's words);
    it is the text's end, not the site's link list."""
    before = blocks[run[0] - 1].text if run[0] > 0 else ""
    return f"《{blocks[run[0]].text}》" in before


def credited_last_sentence(text: str) -> bool:
    """The speech's short last sentence with the agency's credit after it ('谢谢！（新华网首尔7月4日电）'): a sentence's
    end mark, then only the credit in brackets; no link list's item reads so."""
    return bool(CREDITED_SENTENCE_END.search(text))


CREDITED_SENTENCE_END = re.compile(r"[。！？!?][”’」』]*\s*[（(][^（）()]{2,30}电\s*[）)]\s*$")


def looks_cut_off(text: str) -> bool:
    """Prose broken off mid-sentence: clause punctuation inside, no end punctuation."""
    return any(mark in text for mark in END_SOFT) and text[-1] not in END_CLOSED + END_SOFT + CLOSERS


def short_runs(flags: list[bool]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index, flag in enumerate(flags):
        if flag and index > 0 and runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        elif flag and index > 0:
            runs.append([index])
    return runs


def is_caption(text: str, shapes: Shapes, marked: bool = False) -> bool:
    """A line with a caption's word; not a marked heading that names an office and a genre ('董事长致辞')."""
    shadow = simplified(text)
    if marked and shapes.genre_section.fullmatch(text):
        return False
    return any(cue in shadow for cue in shapes.caption_cues)


def full_text_heading(text: str) -> bool:
    """A heading naming the speech's text ('演讲稿', '【讲话实录】：'; full_text_headings in structure.yml)."""
    bare = re.sub(r"^[\s【\[［]+|[\s】\]］：:]+$", "", text)
    return bool(load_shapes().full_text_heading.fullmatch(bare))


def has_parallel(text: str, others: list[str]) -> bool:
    """Unnumbered headings come in parallel series ('必须坚持党的领导', '必须坚持创新引领', …)."""
    prefix = os.path.commonprefix
    return sum(1 for other in others if len(prefix([text, other])) >= 3) >= 2


SIGNATURE_MAX_BLOCKS = 4  # a signature block: the body, the office, the name, the date
SIGNATURE_MAX_CHARS = 30
BARE_SIGNER = re.compile(r"[\u4e00-\u9fff·]{2,4}")  # a name alone, or any short word: a signature needs more


def closing_signature_blocks(structure: Structure, shapes: Shapes | None = None) -> int:
    """How many blocks at the text's end are its signature block (the issuing body, the signer's office and name,
    the date: lines of `signature` in structure.yml), after a paragraph that ends a sentence: the metadata steps
    read the signer and the date from them, and the page's text ends before them (closing-signature in
    cruft.yml). A closing wish ('祝大家新年快乐') and a transcript's phrases are no signature."""
    shapes = shapes or load_shapes()
    blocks = structure.blocks
    count = 0
    for block in reversed(blocks[-SIGNATURE_MAX_BLOCKS:]):
        text = block.text.strip()
        if block.kind != "paragraph" or text in structure.phrases or len(text) > SIGNATURE_MAX_CHARS \
                or text[-1] in END_CLOSED + END_SOFT or simplified(text).startswith(shapes.closings) \
                or not shapes.signature.fullmatch(text):
            break
        count += 1
    if not count or count == len(blocks):
        return 0
    signed = [block.text.strip() for block in blocks[-count:]]
    if all(BARE_SIGNER.fullmatch(text) for text in signed):
        return 0  # names or words alone ('记者刘涛', a list's last items): no date, office or body signs with them
    before = blocks[-count - 1].text.rstrip()
    return count if before and before.rstrip(CLOSERS)[-1:] in END_CLOSED.replace("：", "") else 0
