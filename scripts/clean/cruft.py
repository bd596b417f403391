"""Stage 2: text lines -> cleaned lines, with a record of which rule removed what.

The rules are data (scripts/clean/rules/cruft.yml); this module only knows how each *kind* of rule applies.
Like ftfy's fix_and_explain, every removal is reported as (rule name, removed text), so `make add` can
print counts per rule and tests can assert which rule fired. Values a rule captures with named groups
(site name, publication time, URL ...) are handed downstream as metadata evidence, a `Captures` record.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

from scripts.clean.captures import COUNTED, NOT_CAPTURED, Captures
from scripts.clean.chinese import CJK_CHAR, CJK_RANGE, CRUMB_MARKS, SENTENCE_END
from scripts.clean.dates import DATE_LINE, DATE_LINE_RE, DATE_RE, DATED_SUBTITLE, TIMED_DATE
from scripts.clean.document import Removal
from scripts.clean.rule_files import (
    RULES_DIR,
    entry_error,
    expand,
    expand_words,
    read_rule_file,
    reads_rule_file,
    rule_section,
    vocabularies,
)
from scripts.clean.rule_files import RuleFileError as RuleFileError  # where the rule file's tests look for it
from scripts.clean.shadow import Found, ShadowPattern, shadow_compile, simplified
from scripts.clean.structure import is_rule_line, load_shapes, typed_rule
from scripts.clean.words import is_word

RULES_FILE = RULES_DIR / "cruft.yml"
HEAD_LINES = 12  # the page header (banner, breadcrumb, title, meta line) sits in the first lines
FOOTER_MIN_SHARE = 0.5  # a footer rule fires only after this share of the document's characters
LABEL_MAX = 12  # a label alone on its line ('责任编辑：') is at most this long
LABEL_VALUE_MAX = 30  # a value on the line after its label ('来源：' / '四川日报') is at most this long
# The text after a line's last full sentence (a notice glued onto the paragraph).
LAST_SENTENCE = re.compile(r"(?<=[。！？!?”」』])\s*(?P<tail>[^。！？!?]{4,80}[。！!]?)$")
EDGE_SPACE = " \t\u3000\u2002\u2003\u00a0\u200b\ufeff"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # break | line | cut | fields | inline | watermark | repeated
    reason: str
    pattern: ShadowPattern | None = None  # matched on the line's simplified shadow (traditional text too)
    zone: str = "any"  # head | first3 | any (line and fields rules) | after_text (line rules)
    labels: dict[str, str] = field(default_factory=dict)  # fields rules: label -> metadata key
    min_repeats: int = 1  # watermark rules: how often the same string must be injected to count
    replace: str = ""  # inline rules: what a match becomes (may use groups, e.g. \\g<text>)
    trigger: ShadowPattern | None = None  # line, inline, watermark rules: a cheap pattern a line must contain
    max_chars: int = 0  # repeated rules: only lines this short
    anywhere_min_fields: int = 0  # fields rules: outside their zone, a line with this many labels still goes
    empty_anywhere: bool = False  # fields rules: outside their zone, a line of labels without values still goes
    after_text: bool = False  # fields rules: also every row after the text's last sentence
    before_lines: bool = False  # inline rules: applied before the line rules (markup that hides a line's shape)
    at_line_end: bool = False  # line rules: also the last sentence of a longer line
    not_english_original: bool = False  # line rules: not on an English text printed with its Chinese translation
    early_alone: bool = False  # cut rules: a line that is the label alone cuts after the first paragraph too
    not_on_news: bool = False  # cut rules: a speech's or report's appendix, not cut on a news report
    between_paragraphs: bool = False  # cut rules: its lines may stand between paragraphs (notes after each one)

    @property
    def matcher(self) -> ShadowPattern:
        """The pattern of a kind that has one (line, cut, inline, watermark: the loader requires it)."""
        if self.pattern is None:
            raise ValueError(f"rule {self.name}: a {self.kind} rule has no pattern")
        return self.pattern


@dataclass
class CleanResult:
    lines: list[str]
    removals: list[Removal] = field(default_factory=list)
    captures: Captures = field(default_factory=Captures)
    set_apart: list[Removal] = field(default_factory=list)  # (break rule, text) set on a line of its own
    footer: list[str] = field(default_factory=list)  # the lines a cut rule took off with the page's footer

    def remove(self, rule: Rule, text: str, match: Found | None = None) -> None:
        self.removals.append(Removal(rule.name, text))
        if match is not None:
            self.capture(match)

    def capture(self, match: Found) -> None:
        """Keep the values of the rule's named groups (site name, time, URL ...) as metadata evidence."""
        for key, value in match.groupdict().items():
            if value and value.strip():
                self.captures.add(key, value.strip())


# What each kind of rule may say (besides name, kind, reason, examples and keep), and must say.
COMMON_KEYS = {"name", "kind", "reason", "examples", "keep"}
KIND_KEYS = {
    "break": ({"pattern", "trigger"}, {"pattern"}),
    "line": ({"pattern", "zone", "trigger", "at_line_end", "not_english_original"}, {"pattern"}),
    "cut": ({"pattern", "early_alone", "not_on_news", "between_paragraphs"}, {"pattern"}),
    "fields": ({"labels", "zone", "anywhere_min_fields", "empty_anywhere", "after_text"}, {"labels"}),
    "inline": ({"pattern", "replace", "trigger", "before_lines"}, {"pattern"}),
    "watermark": ({"pattern", "min_repeats", "trigger"}, {"pattern"}),
    "repeated": ({"min_repeats", "max_chars"}, {"min_repeats", "max_chars"}),
    "code": ({"where", "words"}, {"where"}),  # applied by code (`where` names the function); the entry documents
    # it and may hold the rule's vocabulary (`words`, read with `code_rule_words`)
}
ZONES = {"head", "first3", "any", "after_text"}  # after_text: line rules (fields rules say after_text: true)


def check_entry(path: Path, entry: dict) -> None:
    """Raise RuleFileError naming the file, the rule and its line when the entry does not fit its kind."""
    name = entry.get("name", "(no name)")
    kind = entry.get("kind")
    if kind not in KIND_KEYS:
        raise entry_error(path, name, f"unknown kind {kind!r} (one of {', '.join(KIND_KEYS)})", "rule ")
    allowed, required = KIND_KEYS[kind]
    unknown = set(entry) - COMMON_KEYS - allowed
    missing = ({"name", "kind", "reason"} | required) - set(entry)
    if unknown or missing:
        problem = (f"unknown key(s) {', '.join(sorted(unknown))} for kind {kind}" if unknown
                   else f"missing key(s) {', '.join(sorted(missing))}")
        raise entry_error(path, name, problem, "rule ")
    if entry.get("zone", "any") not in ZONES:
        raise entry_error(path, name, f"unknown zone {entry['zone']!r} (one of {', '.join(ZONES)})", "rule ")
    for key in ("pattern", "trigger"):
        if key in entry:
            try:
                re.compile(entry[key])
            except re.error as error:
                raise entry_error(path, name, f"{key}: {error}", "rule ") from error
    check_capture_names(path, name, entry)


def check_capture_names(path: Path, name: str, entry: dict) -> None:
    """A rule captures only into a field of `Captures`: its pattern's named groups, its labels' keys."""
    groups = set(re.compile(entry["pattern"]).groupindex) if "pattern" in entry else set()
    keys = set(entry.get("labels", {}).values()) - NOT_CAPTURED
    unknown = (groups | keys) - Captures.names()
    if unknown:
        raise entry_error(path, name, f"captures into {', '.join(sorted(unknown))}, not a field of Captures (one "
                                      f"of {', '.join(sorted(Captures.names()))})", "rule ")


def rule_entries(path: Path = RULES_FILE) -> list[dict]:
    """The file's rules as written, each `{name}` of a vocabulary in a pattern or trigger, and each `'{name}'` item
    of a `words` list, replaced by the vocabulary's words (scripts/clean/rule_files.py)."""
    data = read_rule_file(path)
    words = vocabularies(path, data)
    entries: list[dict] = []
    names: set[str] = set()
    for entry in data.get("rules") or ():
        name = str(entry.get("name", "(no name)"))
        if name in names:
            raise entry_error(path, name, "a second rule of this name (removals, explain and rule usage name the rule; "
                                          "give each its own)", "rule ")
        names.add(name)
        entry = {**entry, **{key: expand(path, name, entry[key], words) for key in ("pattern", "trigger")
                             if isinstance(entry.get(key), str)}}
        if isinstance(entry.get("words"), list):
            entry["words"] = list(expand_words(path, name, entry["words"], words))
        entries.append(entry)
    return entries


@cache
@reads_rule_file(RULES_FILE)
def load_rules(path: Path = RULES_FILE) -> tuple[Rule, ...]:
    """Read, check and compile the rule file (cached: the pipeline calls this once per process).

    Rules of kind `code` are documentation of rules applied in code; they are checked, not returned."""
    rules = []
    for entry in rule_entries(path):
        check_entry(path, entry)
        if entry["kind"] == "code":
            continue
        pattern = shadow_compile(entry["pattern"]) if "pattern" in entry else None
        rules.append(Rule(name=entry["name"], kind=entry["kind"], reason=entry["reason"], pattern=pattern,
                          zone=entry.get("zone", "any"), labels=entry.get("labels", {}),
                          min_repeats=entry.get("min_repeats", 1), replace=entry.get("replace", ""),
                          trigger=shadow_compile(entry["trigger"]) if "trigger" in entry else None,
                          max_chars=entry.get("max_chars", 0),
                          anywhere_min_fields=entry.get("anywhere_min_fields", 0),
                          empty_anywhere=entry.get("empty_anywhere", False),
                          after_text=entry.get("after_text", False),
                          before_lines=entry.get("before_lines", False),
                          at_line_end=entry.get("at_line_end", False),
                          not_english_original=entry.get("not_english_original", False),
                          early_alone=entry.get("early_alone", False),
                          not_on_news=entry.get("not_on_news", False),
                          between_paragraphs=entry.get("between_paragraphs", False)))
    return tuple(rules)


@cache
def code_rule_words(name: str, path: Path = RULES_FILE) -> tuple[str, ...]:
    """The vocabulary (`words`) of the rule applied by code that the rule file names `name`."""
    entry = next(entry for entry in rule_entries(path) if entry["name"] == name and entry["kind"] == "code")
    return tuple(entry.get("words", ()))


def clean_lines(lines: list[str], rules: tuple[Rule, ...] | None = None,
                page_crumbs: Iterable[str] = (), page_title: str = "", posts_read: bool = False) -> CleanResult:
    """Apply every rule to the decoded lines; return the remaining trimmed lines.

    Empty lines are kept (collapsed to one) because they tell paragraph breaks from wrapped lines.
    `page_crumbs`: the breadcrumb trails an HTML page's markup holds (its reader took them off the lines), which
    may name the site (site-name-in-text); `page_title`: its <title>, whose parts may name a 范文/文库 site too;
    `posts_read`: the page's reader already told a forum thread's posts apart (the lines are the text's posts).
    """
    rules = load_rules() if rules is None else rules
    by_kind = defaultdict(list)
    for rule in rules:
        by_kind[rule.kind].append(rule)
    broken, set_apart = broken_apart(lines, by_kind["break"])
    result = CleanResult(lines=[line.strip(EDGE_SPACE) for line in broken], set_apart=set_apart)
    remove_inline(result, [rule for rule in by_kind["inline"] if rule.before_lines])
    result.lines = join_split_labels(result.lines, by_kind["fields"], page_title)
    move_page_footnotes(result)
    drop_thread_replies(result, posts_read)
    drop_repeated(result, by_kind["repeated"], by_kind["line"])
    drop_contents_list(result)
    drop_contents_echo(result)
    cut_footer(result, by_kind["cut"])
    drop_repost_preamble(result, by_kind["line"])
    drop_preface_above_rule(result, by_kind["line"])
    drop_introduction_section(result)
    join_lead_and_announcement(result, by_kind["line"])
    drop_announced_speech_lead(result, by_kind["line"])
    drop_lead_over_announced_address(result, by_kind["line"])
    drop_after_end_mark(result, by_kind["line"])
    translated = translated_paragraph_by_paragraph(result.lines)
    drop_lines(result, by_kind["line"], by_kind["fields"])
    if translated:
        drop_translation_leftovers(result)
    keep_main_turns(result)
    drop_news_lead(result)
    drop_crumb_echoes(result)
    drop_second_copy(result)
    drop_summary_echoes(result)
    drop_lead_in_echo(result)
    drop_head_excerpt(result)
    drop_repost_framing(result)
    drop_trailing_editor_note(result)
    drop_trailing_profile(result)
    drop_trailing_teasers(result)
    drop_trailing_credits(result)
    drop_trailing_promotion(result)
    drop_trailing_postscript(result)
    drop_readers_notes(result)
    drop_closing_about(result)
    drop_closing_writer_name(result)
    read_footer_rows(result, by_kind["fields"])
    remove_inline(result, [rule for rule in by_kind["inline"] if not rule.before_lines])
    remove_watermarks(result, by_kind["watermark"], [*page_crumbs, *title_site_parts(page_title)])
    result.lines = collapse_blank_lines(result.lines)
    return result


def broken_apart(lines: list[str], rules: list[Rule]) -> tuple[list[str], list[Removal]]:
    """Each line with what a `break` rule matches set on a line of its own: a photo caption run into the text of a
    page whose line breaks were lost (a crawler's one-line body), so that the line rules see the caption alone.
    Nothing is removed here; what was set apart, and by which rule, is returned with the lines."""
    set_apart: list[Removal] = []
    for rule in rules:
        parted = [line_parts(line, rule) for line in lines]
        set_apart += [Removal(rule.name, piece) for found in parted for piece in found.pieces]
        lines = [part for found in parted for part in found.parts]
    return lines, set_apart


@dataclass(frozen=True)
class LineParts:
    parts: list[str]  # the line's pieces in order (the line itself when nothing was set apart)
    pieces: list[str]  # what the rule matched


def line_parts(line: str, rule: Rule) -> LineParts:
    if rule.trigger and not rule.trigger.search(line):
        return LineParts([line], [])
    parts, pieces, start = [], [], 0
    for match in rule.matcher.finditer(line):
        if match.end() > match.start() and (match.start() > 0 or match.end() < len(line)):
            parts += [line[start:match.start()], line[match.start():match.end()]]
            pieces.append(line[match.start():match.end()])
            start = match.end()
    parts.append(line[start:])
    return LineParts([part for part in parts if part.strip()] or [line], pieces)


def join_split_labels(lines: list[str], field_rules: list[Rule], page_title: str = "") -> list[str]:
    """'来源：' on one line and '四川日报' on the next (a page's label and value cells, one per line) become
    one 'label：value' line, so the rules see the pair they were written for. A known label alone on its line
    without its colon ('来源' over '四川日报', a table's cells) is read the same way, and alone it is an empty
    label ('浏览次数' whose counter the saved page lost). The page's headline (the longest part of its <title>) is
    no label's value: a menu's last item ('标签') stands over it in a crawler's text export."""
    headline = max(TITLE_PIECES_AROUND_SPACES.split(page_title.strip()), key=len) if page_title.strip() else ""
    keys = {label: key for rule in field_rules for label, key in rule.labels.items()}
    labels = tuple(keys)
    if not labels:
        return lines
    pattern, bare = label_pattern(labels), bare_label_pattern(labels)
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        short = bool(line) and len(line) <= LABEL_MAX
        alone = bare.fullmatch(line) if short else None
        split_row = len(joined) < HEAD_LINES * 2 and row_ends_with_empty_label(line, field_rules) and in_head(joined)
        match = bool((pattern.fullmatch(line) if short else None) or alone) or split_row
        value_at = next((i for i in range(index + 1, min(index + 3, len(lines))) if lines[i]), None) if match else None
        label = f"{alone.group(1)}：" if alone else line
        if match and value_at is not None and is_label_value(lines[value_at]) \
                and fills_the_label(label, lines[value_at], keys) \
                and not (len(headline) >= HEADLINE_MIN and lines[value_at].strip() == headline) \
                and not (split_row and DATE_LINE_RE.fullmatch(lines[value_at])):  # '（2018年9月3日）': the speech's
            joined.append(label + lines[value_at])
            index = value_at + 1
        else:
            joined.append(label if match else line)
            index += 1
    return joined


# '1,024', '3.2k', '56次', '12页', or the unit alone when the script that writes the number did not run ('次')
COUNT_VALUE = re.compile(r"\d[\d,.]*\s*[kKwW千万]?\s*(?:次|人次|人|页|分)?|次|人次|人|页|分")


def fills_the_label(label: str, value: str, keys: dict[str, str]) -> bool:
    """A counter's label ('阅读次数：') takes only a count from the next line: a counter a script fills is empty in a
    saved page, and the line under it is the text's ('6月29' over '日，我校校友…', a date the markup cut)."""
    fields = parse_fields(label, keys)
    return not (fields and fields[-1][0] == COUNTED) or bool(COUNT_VALUE.fullmatch(value.strip()))


def in_head(lines_before: list[str]) -> bool:
    """Fewer than HEAD_LINES non-empty lines come before: the page's header."""
    return sum(1 for line in lines_before if line) < HEAD_LINES


def row_ends_with_empty_label(line: str, field_rules: list[Rule]) -> bool:
    """A header's metadata row whose last label has no value: the row's cells went onto several lines, and its
    last value is on the next one ('新华网某某频道 ( 2012-06-04 09:20:26 ) 稿件来源：' over '某某日报'). Only in the
    page's header: under the text such a row is a footer's credit line, and its cells are left as they are."""
    if not line.rstrip(EDGE_SPACE).endswith((":", "：")):
        return False
    return any(fields and not fields[-1][1] and any(value for _, value in fields[:-1])
               for fields in (parse_fields(line, rule.labels) for rule in field_rules))


def is_label_value(line: str) -> bool:
    """A short value cell (a name, a source, a time), not a sentence, another label or a delivery statement
    ('分享：' over '——2026年2月3日在…会议上': the widget's label is empty, the next line is the speech's date)."""
    return len(line) <= LABEL_VALUE_MAX and not any(mark in line for mark in "。！？；：:") \
        and not DATED_SUBTITLE.fullmatch(line)


def collapse_blank_lines(lines: list[str]) -> list[str]:
    collapsed: list[str] = []
    for line in lines:
        line = line.strip(EDGE_SPACE)
        if line or (collapsed and collapsed[-1]):
            collapsed.append(line)
    while collapsed and not collapsed[-1]:
        collapsed.pop()
    return collapsed


PAGE_NUMBER_AT_END = re.compile(r"^\s*\d{1,4}\s+(?=\S)|(?<=\S)\s+\d{1,4}\s*$")  # '立法会 ─ 2013年1月16日 102'
BARE_NUMBER = re.compile(r"[1-9]\d{0,3}")


CLAUSE_INSIDE = re.compile(r"[，。；！？]")  # a hard-wrapped piece of a sentence, never a bulletin's running header


# A contents list's entry: a title, its leader dots, perhaps the author, and the page number ('…讲话……何某（3）').
CONTENTS_ENTRY = re.compile(r"\S.{0,150}?(?:[…⋯]{3,}|[.．·・]{6,}|[…⋯]\s*[…⋯]\s*[…⋯])\s*[^\d\s（(—－-]{0,8}\s*"
                            r"(?:[（(]\s*\d{1,4}\s*[）)]|[—－-]?\s*\d{1,4}\s*[—－-]?)")
CONTENTS_HEADING = re.compile(r"[【\[]?\s*(?:本期)?目\s*[录錄次]\s*[】\]]?")
CONTENTS_HEAD_LINES = 40  # a bulletin prints its contents at its top
CONTENTS_GAP = 3  # this many lines in a row that are no entry end the list
CONTENTS_LABEL_MAX = 30  # a column's label between the entries ('【省政府文件】'); a longer line is text


def drop_contents_list(result: CleanResult) -> None:
    """A bulletin's contents list (目录) at the top of a PDF's text: its heading, its entries (a title, leader dots
    and a page number) and the column labels between them go. Without the heading, two entries or more in a row
    (short labels between them) are the list too; a single line of that shape is left alone."""
    lines = result.lines
    filled = [at for at, line in enumerate(lines) if line.strip()]
    starts = [at for at in filled[:CONTENTS_HEAD_LINES] if CONTENTS_HEADING.fullmatch(lines[at].strip())]
    dropped: set[int] = set()
    at = 0
    while at < len(lines):
        headed = at in starts
        if not headed and not CONTENTS_ENTRY.fullmatch(lines[at].strip()):
            at += 1
            continue
        entries = [] if headed else [at]
        gap, probe = 0, at + 1
        while probe < len(lines) and gap < CONTENTS_GAP:
            line = lines[probe].strip()
            if CONTENTS_ENTRY.fullmatch(line):
                entries.append(probe)
                gap = 0
            elif line and (len(line) > CONTENTS_LABEL_MAX or line[-1] in "。！？；，"):
                break
            elif line:
                gap += 1
            probe += 1
        if entries and (headed or len(entries) >= 2):
            dropped |= {index for index in range(at, entries[-1] + 1) if lines[index].strip()}
            at = entries[-1] + 1
        else:
            at += 1
    result.removals += [Removal("contents-list", lines[at]) for at in sorted(dropped)]
    result.lines = [line for at, line in enumerate(lines) if at not in dropped]


# A contents list's entry number alone on its line ('1.', '2、', '一、'), as a blog theme's table of contents prints it
# apart from the heading it numbers.
ENTRY_NUMBER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[.．、]\d{0,2})*[.．、]?")
NUMBER_ENDING = re.compile(rf"\s(?:{ENTRY_NUMBER.pattern})$")
NUMBERED_ENTRY = re.compile(r"(?:\d{1,2}[.．])+\s+(\S.*)")
CONTENTS_ECHO_MIN = 3  # entries echoing the text's headings in order: fewer may be a lead repeating a line


def drop_contents_echo(result: CleanResult) -> None:
    """A blog theme's table of contents above the text, as a crawler's text export prints it: among the first
    CONTENTS_HEAD_LINES lines, a run of CONTENTS_ECHO_MIN entries or more, each numbered by a line of its own ('1.',
    '一、'), each printed again as a line further down in the same order (the text's own headings), perhaps under a
    目录 label, goes (contents-echo). The headings in the text stay, and so does a document's own contents list
    ('第一章 …' / '一、…', entries without numbers of their own: the text's)."""
    lines = result.lines
    filled = [at for at, line in enumerate(lines) if line.strip()]
    dropped: set[int] = set()
    for run in numbered_echoes(lines, filled[:CONTENTS_HEAD_LINES], filled):
        first = next((at for at in reversed(filled) if at < run[0] and not (
            ENTRY_NUMBER.fullmatch(lines[at].strip()) or CONTENTS_HEADING.fullmatch(lines[at].strip()))), -1)
        dropped |= {at for at in filled if first < at <= run[-1]}
    result.removals += [Removal("contents-echo", lines[at]) for at in sorted(dropped)]
    result.lines = [line for at, line in enumerate(lines) if at not in dropped]


def numbered_echoes(lines: list[str], head: list[int], filled: list[int]) -> list[list[int]]:
    """The runs among `head` of CONTENTS_ECHO_MIN entries or more, each after an entry number alone on its line
    (ENTRY_NUMBER), each printed again further down in the run's order."""
    runs: list[list[int]] = []
    run: list[int] = []
    numbered, echoed = False, -1  # an entry number stands right above; where the run's last entry is printed again
    for at in head:
        text = lines[at].strip()
        number = ENTRY_NUMBER.fullmatch(text) or NUMBER_ENDING.search(text)  # '0 % 1.': a reading gauge, then '1.'
        if number or (not run and CONTENTS_HEADING.fullmatch(text)):
            numbered = numbered or bool(number)
            continue
        joined = NUMBERED_ENTRY.fullmatch(text)  # '2. 二，学点哲学…': a crawler joined the number to its entry,
        numbered = numbered or bool(joined)  # which the heading in the text may print or not ('2. 《…》', '二，…')
        printed = {text, joined.group(1)} if joined else {text}
        after = max(echoed, at)
        echo = next((later for later in filled if later > after and lines[later].strip() in printed), None) \
            if numbered and len(CJK_CHAR.findall(text)) >= 2 else None
        if echo is None and len(run) >= CONTENTS_ECHO_MIN:
            runs.append(run)
        run, echoed = ([*run, at], echo) if echo is not None else ([], -1)
        numbered = False
    return [*runs, run] if len(run) >= CONTENTS_ECHO_MIN else runs


def drop_repeated(result: CleanResult, rules: list[Rule], line_rules: list[Rule]) -> None:
    """Running headers and footers: the same short unpunctuated line printed on every page, its page number
    beside it or not ('某某公报', '某某公报 12'); and the bare page numbers of a PDF's pages (page_numbers). A line
    with a clause mark inside it ('…政治责任，坚持问') is a hard-wrapped piece of a sentence, however often a
    speech's parallel sentences repeat it. A text without a single mark of punctuation (a speech-recognition dump,
    one breath group a line) has no sentences for a page break to cut: a short line it repeats is a phrase said
    again, and stays."""
    if not any(CLAUSE_MARK.search(line) for line in result.lines):
        return
    for rule in rules:
        keys = {line: running_key(line) for line in result.lines if line and len(compact(line)) <= rule.max_chars
                and line[-1] not in "。！？；：，.!?;:," and not CLAUSE_INSIDE.search(line)}
        counts = Counter(keys[line] for line in result.lines if line in keys)
        paged = beside_page_numbers(result.lines, keys)
        repeated = {line for line, key in keys.items() if counts[key] >= rule.min_repeats
                    or (counts[key] >= PAGED_REPEATS_MIN and key in paged)}
        repeated -= {line for line in repeated if repeated_content(result.lines, line)}
        repeated |= page_numbers(result.lines, repeated)
        for line in repeated:
            keep_captures(result, line, line_rules)
        prose = [at for at, text in enumerate(result.lines) if SECTION_END.search(text.strip())]
        headlines = {at for line in repeated if (at := headline_copy(result.lines, prose, line)) is not None}
        for at, line in enumerate(result.lines):
            if line in repeated and at not in headlines:
                result.removals.append(Removal(rule.name, line))
        result.lines = [line for at, line in enumerate(result.lines) if line not in repeated or at in headlines]


PAGE_FOOTNOTE = re.compile(r"[①-⑳]\s*\S.{1,300}[。.）)]")  # '①某某：指…。' set at the foot of a PDF's page
OPEN_SENTENCE_END = "，、；：,;:"  # a paragraph cut here goes on over the page break


def move_page_footnotes(result: CleanResult) -> None:
    """A PDF's footnotes sit at the foot of the page that cites them, between the page's last line and its number
    ('— 5 —'); where the page breaks inside a sentence, they would be joined into it. Such a footnote block, under a
    line the page cut after a comma and over the page number, moves to the end of the text, where notes are
    read; nothing is removed."""
    lines = result.lines
    filled = [at for at, line in enumerate(lines) if line.strip()]
    moved: list[int] = []
    for place, at in enumerate(filled):
        if not DASHED_PAGE_NUMBER.fullmatch(lines[at].strip()):
            continue
        start = place
        while start > 0 and PAGE_FOOTNOTE.fullmatch(lines[filled[start - 1]].strip()):
            start -= 1
        if start == place or start == 0 or lines[filled[start - 1]].strip()[-1] not in OPEN_SENTENCE_END:
            continue
        moved += filled[start:place]
    if moved:
        notes = [lines[at] for at in moved]
        result.lines = [line for at, line in enumerate(lines) if at not in set(moved)] + ["", *notes]


PAGED_REPEATS_MIN = 2  # a short text's bulletin pages: its running header twice, each time beside a page number
DASHED_PAGE_NUMBER = re.compile(r"[-—－–]+\s*\d{1,3}\s*[-—－–]+")  # '— 5 —', '- 12 -': a PDF's page number


def beside_page_numbers(lines: list[str], keys: dict[str, str]) -> set[str]:
    """The running keys of short lines that every time stand right under or right over a dashed page number
    ('— 5 —' then '某某公报  2023年第12期'): a PDF's running header or footer even when the text runs over two pages
    only. A heading is set between paragraphs, not beside the page's number."""
    filled = [line.strip() for line in lines if line.strip()]
    beside: dict[str, bool] = {}
    for at, line in enumerate(filled):
        if line not in keys:
            continue
        neighbours = filled[max(at - 1, 0):at] + filled[at + 1:at + 2]
        near = any(DASHED_PAGE_NUMBER.fullmatch(text) for text in neighbours)
        beside[keys[line]] = beside.get(keys[line], True) and near
    return {key for key, near in beside.items() if near}


CLAUSE_MARK = re.compile(r"[，。！？、；：,.!?;:]")
# A table's cell: a label and its value ('成人票：30元', '地  点：某楼201') or a numbered item ('2、某某史').
TABLE_CELL = re.compile(r"[^:：。！？]{1,12}[:：]\s*\S.*|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*\S.*")
SECTION_END = re.compile(r"[。！？!?…][”」』）)]*(?:\[\d{1,3}\])?$")  # a paragraph's end, a note mark after it


def repeated_content(lines: list[str], line: str) -> bool:
    """A short line repeated in the text that is no running header: a table's cell among other cells (a label and
    its value, a numbered item, its neighbours short lines too), or a section's heading or note ('专家点评' over each
    expert's remarks) standing, every time, after a finished paragraph and before more text, not a page number. A
    running header falls where the page breaks: in the middle of a paragraph, beside a page number, among links."""
    filled = [text for text in lines if text]
    key = running_key(line)
    places = [index for index, text in enumerate(filled) if running_key(text) == key]
    around = [(filled[index - 1] if index else "", filled[index + 1] if index + 1 < len(filled) else "")
              for index in places]
    if TABLE_CELL.fullmatch(line):
        cells = sum(1 for before, after in around if 0 < len(before) <= LABEL_VALUE_MAX
                    and 0 < len(after) <= LABEL_VALUE_MAX)
        return 2 * cells > len(places)
    words = sum(1 for char in line if char.isalnum())
    return words >= 2 and all(SECTION_END.search(before) and after and not BARE_NUMBER.fullmatch(after)
                              for before, after in around)


def headline_copy(lines: list[str], prose: list[int], line: str) -> int | None:
    """Where a repeated line is the headline over the text, not a running header: its copy standing last before the
    first paragraph of prose, with at most HEADLINE_GAP short lines between (the post's stamp, its author, its
    count of reads), when no copy stands inside the text, where a PDF's pages break. A text export of a company's
    page prints its menu's '总经理致辞' in the header, again as the headline over the text and again in the footer;
    only the copies in the menus go. `prose`: where the lines end a paragraph (SECTION_END), in order."""
    if not prose or not HEADLINE_WORDS.search(line):  # a number alone ('20') heads no text
        return None
    key = running_key(line)
    everywhere = [at for at, text in enumerate(lines) if text and running_key(text) == key]
    if any(prose[0] < at < prose[-1] for at in everywhere):  # printed between pages too: a running header
        return None
    first_prose = prose[0]
    copies = [at for at in everywhere if at < first_prose]
    between = [text for text in lines[copies[-1] + 1:first_prose] if text.strip()] if copies else []
    short = all(len(compact(text)) <= HEADLINE_GAP_CHARS and not CLAUSE_INSIDE.search(text) for text in between)
    return copies[-1] if copies and len(between) <= HEADLINE_GAP and short else None


HEADLINE_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")
HEADLINE_GAP = 4  # short lines between a headline and its text: a stamp, an author, a count of reads, a source
HEADLINE_GAP_CHARS = 30


def running_key(line: str) -> str:
    """A running header without the page number printed beside it, and without its spacing: a PDF's text sets the
    bulletin's name at the left margin and its issue at the right ('某某公报          2022年第8期'), the gap as wide
    as the page, which a page with a number in it may set narrower."""
    return compact(PAGE_NUMBER_AT_END.sub("", line) or line)


def compact(line: str) -> str:
    return re.sub(r"\s+", "", line)


PAGE_RUN_MIN = 3  # a PDF's page numbers: this many bare numbers, each one more than the one before


def page_numbers(lines: list[str], headers: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Bare numbers on lines of their own that count up one by one, three or more of them, most of them inside the
    text (the line after it goes on with text, no short title line as after every section number '01'; a page may
    still open with a heading) or printed under the page's running header: a PDF's page numbers."""
    filled = [line for line in lines if line]
    numbered = [(at, int(line)) for at, line in enumerate(filled) if BARE_NUMBER.fullmatch(line)]
    run: list[tuple[int, int]] = []
    found: set[str] = set()
    for at, number in numbered:
        run = [*run, (at, number)] if run and number == run[-1][1] + 1 else [(at, number)]
        if len(run) >= PAGE_RUN_MIN and 2 * sum(on_page(filled, index, headers) for index, _ in run) > len(run):
            found |= {filled[index] for index, _ in run}
    return found


def on_page(lines: list[str], index: int, headers: set[str] | frozenset[str]) -> bool:
    """A number under a running header (the header, then the page number), or one the text goes on after."""
    return (index > 0 and lines[index - 1] in headers) or inside_text(lines, index)


def inside_text(lines: list[str], index: int) -> bool:
    """The line after a number goes on with text (a long line), not a section's short title."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return len(following) > LABEL_VALUE_MAX


COPY_PARAGRAPH_CHARS = 30  # a paragraph this long is not repeated word for word by a speaker
COPY_MIN_PARAGRAPHS = 2  # the copy repeats at least this many of them, in order
COPY_OPENING_PARAGRAPHS = 3  # the copy starts with one of the article's first long paragraphs
COPY_HEADER_CHARS = 40  # short unpunctuated lines just before the copy are its own title and labels
WHITE_SPACE = re.compile(r"\s+")


def drop_thread_replies(result: CleanResult, posts_read: bool = False) -> None:
    """A forum thread saved with its posts, each under a header line (post_header: its floor, its poster, its time
    stamp): the speech is the post holding the most prose of its own (not counting a reply's lines quoting what it
    answers, '> …' or a Unix board's ': …': a reply quoting the whole speech holds it, and more), with the posts right
    after it under the same poster's name (a long text posted over several floors); the other posts are replies and
    go, each header with them. A header row that names no poster ('1楼 大 中 小 发表于 … 只看该作者') may have the
    poster's name on the line above it (with_poster_lines). The first kept header's day is the post's publication
    date. Needs two headers at least, one of them after a paragraph of prose: one stamp row over a text is the
    page's, not a thread's. When the page's reader already told the posts apart (`posts_read`: an HTML thread's
    replies are off and the opening poster's next floors kept, by its markup), every post left is the text and
    only the header rows go."""
    headers = with_poster_lines(result.lines, [(index, index, who) for index, line in enumerate(result.lines)
                                               if (who := post_header(line)) is not None])
    if len(headers) < 2:
        return
    prose_before = prose_running_total(["" if QUOTED_REPLY_LINE.match(line) else line for line in result.lines])
    if not any(prose_before[start] for start, _, _ in headers):
        return
    bounds = [start for start, _, _ in headers] + [len(result.lines)]
    posts = [(start, end, who, row) for (start, row, who), end in zip(headers, bounds[1:], strict=True)]
    main = 0 if posts_read else max(range(len(posts)),
                                    key=lambda at: prose_before[posts[at][1]] - prose_before[posts[at][0]])
    last = len(posts) - 1 if posts_read else main
    while last + 1 < len(posts) and posts[last + 1][2] and posts[last + 1][2] == posts[main][2]:
        last += 1
    stamp = DATE_RE.search(result.lines[posts[main][3]])
    if stamp:
        result.captures.add("published", stamp.group(0))
    kept_headers = {index for start, _, _, row in posts[main:last + 1] for index in range(start, row + 1)}
    dropped = [index for index in range(headers[0][0], len(result.lines))
               if index in kept_headers or not posts[main][0] <= index < posts[last][1]]
    result.removals += [Removal("thread-replies", result.lines[index]) for index in dropped
                        if result.lines[index].strip()]
    gone = set(dropped)
    result.lines = [line for index, line in enumerate(result.lines) if index not in gone]


def with_poster_lines(lines: list[str], headers: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(first line, stamp row, poster) of each post header. A text export of a board that prints the poster in a
    column beside the post ('风中的某某' over '1楼 大 中 小 发表于 2010-5-6 12:30 只看该作者') puts the name on the
    line above each header row that names no one: when every such row has a short bare line right above it (never
    the page's first line, its title), that line is the header's, and its poster's. A layout, so all or none: one
    row over a speech's last short line ('王某明') is not enough to take that line for a name."""
    first = next((index for index, line in enumerate(lines) if line.strip()), 0)
    above = {row: next((index for index in range(row - 1, first, -1) if lines[index].strip()), None)
             for _, row, who in headers if not who}
    names = {row: (index, lines[index].strip()) for row, index in above.items() if index is not None
             and poster_name_line(lines[index])}
    if len(names) < 2 or len(names) < len(above):
        return headers
    return [(names[row][0], row, names[row][1]) if row in names else (start, row, who)
            for start, row, who in headers]


def poster_name_line(line: str) -> bool:
    """A line that can be only a poster's name: short, one word, no sentence's marks, no date and no header."""
    text = line.strip(EDGE_SPACE)
    return 0 < len(text) <= POST_NAME_MAX and not re.search(r"\s", text) and not POST_SENTENCE.search(text) \
        and not DATE_RE.search(text) and post_header(text) is None


def post_header(line: str) -> str | None:
    """The poster's name (perhaps '') if the line is a forum post's header: a time stamp (a date and its time of
    day), a floor ('#3', '3楼', '沙发') or a poster's label (`words` of thread-replies: 楼主, 作者, 发表于 …), and at
    most a short name besides, without a sentence's marks ('#### 2# 某网友 2021-03-05 10:40', '作者：某网友 日期：
    2010-05-06 12:30:01'). None for any other line."""
    shadow = LEADING_MARKUP.sub("", simplified(line.strip(EDGE_SPACE))).replace("**", "")
    if bbs := BBS_POSTER_LINE.fullmatch(shadow):
        return bbs.group("who")  # a Unix board stamps the post two lines below, on its 发信站 line
    if len(shadow) > POST_HEADER_MAX or not (stamp := TIMED_DATE.search(shadow)):
        return None
    rest = STAMP_LABEL.sub("", shadow[:stamp.start()]) + " " + shadow[stamp.end():]
    marked = FLOOR.search(rest) or any(word in rest for word in poster_labels())
    if not marked or POST_SENTENCE.search(rest):
        return None
    rest = FONT_SIZES.sub(" ", FLOOR.sub(" ", rest))
    for word in (*forum_phrases(), *poster_labels()):  # '只看该作者' before its 作者
        rest = rest.replace(word, " ")
    names = POST_SEPARATORS.sub(" ", rest).split()
    if len(names) > 1 or any(len(name) > POST_NAME_MAX for name in names):
        return None
    return names[0] if names else ""


@cache
@reads_rule_file(RULES_FILE)
def forum_phrases(path: Path = RULES_FILE) -> tuple[str, ...]:
    """A forum engine's own button phrases (the vocabulary forum_phrases of cruft.yml: '只看该作者', '电梯直达'),
    longest first: a post header's row of buttons, never its poster's name."""
    return tuple(sorted(vocabularies(path, read_rule_file(path))["forum_phrases"], key=len, reverse=True))


# The font-size switch Discuz 7 prints in every post's header row ('1楼 大 中 小 发表于 2010-5-6 12:30 只看该作者').
FONT_SIZES = re.compile(r"(?:字体(?:大小)?\s*[:：]?\s*)?大\s+中\s+小")


@cache
def poster_labels() -> tuple[str, ...]:
    """The poster's labels of thread-replies (cruft.yml `words`), longest first: a label goes before a shorter one
    it holds. Sorted once, not for every line of every page."""
    return tuple(sorted(code_rule_words("thread-replies"), key=len, reverse=True))


POST_HEADER_MAX = 80  # characters: a header is a floor, a name and a stamp; a line of text is longer
# Markdown's marks opening a header line: a heading's '#'s before their space, list, quote and emphasis marks. Not
# a '#' run into a figure: '#1 某网友 2021-03-05 10:21' is the first floor.
LEADING_MARKUP = re.compile(r"^(?:#{1,6}(?=[\s#])|[*>\-+\s])+")
# A reply's line quoting the post it answers: a mail-style '> ' (a Markdown quote) or a Unix board's ': '.
QUOTED_REPLY_LINE = re.compile(r"\s*(?:>|＞|:\s|：\s)")
# A Unix bulletin board's post header (水木, 未名 and the other Firebird and KBS boards): '发信人: someone (某网友),
# 信区: Reader', the poster's id, nickname and board (bbs-post-header in cruft.yml takes the header's lines off).
BBS_POSTER_LINE = re.compile(r"发信人\s*[:：]\s*(?P<who>[^\s,，:：（()）]{1,40})\s*"
                             r"(?:[（(][^（）()]{0,40}[）)])?\s*(?:[,，]\s*信区\s*[:：]\s*\S{1,40})?")
POST_NAME_MAX = 20  # a poster's name
FLOOR = re.compile(r"(?<![\d.:-])(?:#\s*\d{1,5}|\d{1,5}\s*#|第?\s*\d{1,5}\s*[楼层fF])(?![\d.:-])")
STAMP_LABEL = re.compile(rf"[{CJK_RANGE}]{{1,6}}\s*[:：]\s*$")  # the stamp's own label ('日期：', '回复时间：')
POST_SENTENCE = re.compile(r"[。！？，；,;!?]")
POST_SEPARATORS = re.compile(r"[|｜·•:：\-—()（）\[\]【】<>〈〉]")


def drop_second_copy(result: CleanResult) -> None:
    """A page that prints its article twice (a print or mobile version, a template's second block, a scraper
    that saved both): from where the article's opening paragraphs start again, in order, the rest of the page
    is the copy when most of its long paragraphs were seen before. Short header lines (the copy's
    own title, source, empty labels) just before it go with it. Paragraphs are compared without their white
    space (one copy's '4 支' is the other's '4支'), and a copy may run several of them together into one (a
    scraper's second field holding the text with its line breaks gone)."""
    lines = result.lines
    opening: dict[int, str] = {}  # the first long paragraphs: a copy repeats the article from its start
    checked: set[int] = set()
    for index, line in enumerate(lines):
        if len(line) < COPY_PARAGRAPH_CHARS:
            continue
        key = copy_key(line)
        original = next((at for at, opened in opening.items() if key.startswith(opened)), None)
        if len(opening) < COPY_OPENING_PARAGRAPHS and original is None:
            opening[index] = key
        if original is not None and original not in checked:
            checked.add(original)  # each opening paragraph's first repeat is looked at once: linear time
            if not second_copy_from(lines, original, index):
                continue
            start = copy_header_start(lines, index)
            result.removals += [Removal("second-copy", dropped) for dropped in lines[start:] if dropped.strip()]
            result.lines = lines[:start]
            return


def copy_key(line: str) -> str:
    """A paragraph as two copies of a page share it: without white space."""
    return WHITE_SPACE.sub("", line)


def second_copy_from(lines: list[str], original: int, repeat: int) -> bool:
    """The long paragraphs from `repeat` on mostly repeat those from `original` on, in order: each is made, nearly
    all of it, of the next earlier ones. A copy that runs several together into one repeats every one of them (a
    speaker may close by saying two of the opening paragraphs again, not the whole article)."""
    later = [copy_key(line) for line in lines[repeat:] if len(line) >= COPY_PARAGRAPH_CHARS]
    earlier = [copy_key(line) for line in lines[original:repeat] if len(line) >= COPY_PARAGRAPH_CHARS]
    in_order = repeated = 0
    run_together = False
    for line in later:
        at = taken = took = 0
        while in_order < len(earlier) and (found := line.find(earlier[in_order], at)) >= 0:
            at = found + len(earlier[in_order])
            taken += len(earlier[in_order])
            took += 1
            in_order += 1
        repeated += taken * 5 >= len(line) * 4
        run_together = run_together or took > 1
    distinct = len(set(earlier[:in_order]))  # one paragraph said over and over is no copy of an article
    whole = not run_together or in_order == len(earlier)
    return distinct >= COPY_MIN_PARAGRAPHS and repeated * 5 >= len(later) * 4 and whole


EDITOR_SIGNATURE = re.compile(r"\s*(?:[—－-]{1,2}|──|[（(])\s*(?:编者|编辑部|本刊编辑部|本报编辑部)\s*[）)]?\s*")
NOTE_SIGNATURE_WITHIN = 3  # the signature is among the text's last lines (a source line may follow it)
NOTE_AFTER_SIGNATURE_CHARS = 40  # ... and the lines after it are this short
NOTE_MAX_LINES = 8  # the note the editor signs is at most this many lines, after the speech's closing words
SPEECH_EXCLAMATION = ("！", "!")  # how a speech's last words to its audience end ('预祝大会圆满成功！')


def drop_trailing_editor_note(result: CleanResult) -> None:
    """An editor's note under a speech, signed '——编者' (a report of the occasion, the audience, the source):
    from the speech's last words to its audience ('预祝大会圆满成功！', '谢谢大家。', trailing-editor-note in
    cruft.yml) to the signature and the short lines after it. Without such words in the lines above it, only the
    signature goes."""
    lines = result.lines
    filled = [index for index, line in enumerate(lines) if line]
    signed = next((index for index in reversed(filled[-NOTE_SIGNATURE_WITHIN:])
                   if EDITOR_SIGNATURE.fullmatch(simplified(lines[index]))), None)
    if signed is None or any(len(lines[index]) > NOTE_AFTER_SIGNATURE_CHARS for index in filled if index > signed):
        return
    before = [index for index in filled if index < signed][-NOTE_MAX_LINES:]
    closing = next((index for index in reversed(before) if ends_speech(lines[index])), None)
    start = closing + 1 if closing is not None else signed
    result.removals += [Removal("trailing-editor-note", text) for text in lines[start:] if text]
    result.lines = lines[:start]


def ends_speech(line: str) -> bool:
    """A line a speaker ends on: an exclamation ('预祝大会圆满成功！', a wish, a call, a toast) or a thanks
    ('谢谢大家。', trailing-editor-note's `words`); an editor's report of the occasion is plain prose."""
    text = simplified(line).rstrip()
    thanks = text.rstrip("！!。.…~～ ").endswith(code_rule_words("trailing-editor-note"))
    return text.endswith(SPEECH_EXCLAMATION) or thanks


PROFILE_NAME = r"[\u4e00-\u9fff·]{2,4}\s*(?:[（(][^（）()\n]{1,30}[）)])?"  # '张三', '张三 （Michael Zhang）'
# A line that opens a person's profile: a heading ('个人简介', '关于专家组：') perhaps, then a name and, within
# a few short clauses, the sex, the birth or the ethnic group ('张三，男，1935年出生', '李四出生于…',
# '王五，演员，汉族，…').
PROFILE_OPENER = re.compile(
    rf"(?:[^。！？\n]{{0,20}}(?:简介|简历|介绍|档案)\s*[:：]?\s*)?{PROFILE_NAME}"
    r"(?:\s*[，,]\s*[^，,。！？\n]{1,12}){0,3}?\s*[，,]?\s*"
    r"(?:出生于|生于|(?:男|女|[\u4e00-\u9fff]{1,2}族|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?出?生)[，,。\s])")
PROFILE_HEADING = re.compile(r"[^。！？，,]{2,20}(?:简介|简历|介绍|[:：])")  # '关于专家组：' on its own line
CV_LINE = re.compile(r"\s*(?:19|20)\d{2}\s*(?:年|[-—–~～至.．/])")  # '1984年-1995年…', '2018年参与…'
PROFILE_MIN_MARKS = 3  # different profile words ('出生', '籍贯', '毕业' …) the block holds
# A news report's lead: a date (and hour), then what the meeting did ('5月6日上午9时，某某大会开幕，听取…').
NEWS_LEAD = re.compile(r"\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上)?(?:\d{1,2}时(?:\d{1,2}分)?)?[，,]"
                       r"[^。]{0,60}(?:开幕|召开|举行|闭幕|开始)[，,].*[。！]")
FIRST_SECTION = re.compile(r"[一二三四五六七八九十]{1,3}[、.．]\S")


def drop_news_lead(result: CleanResult) -> None:
    """A news report's opening paragraph pasted over a speech that starts at its first numbered section (a work
    report reposted with the report of the session that heard it): the lead is the reporter's, not the speaker's
    (news-lead-over-sections in cruft.yml). A news report itself goes on with prose, not with '一、…'. So is a
    reporter's paragraph saying the speech was given ('…峰会召开。某某在峰会上做主题演讲。'), the first of prose under
    the headline, over the speech's own salutation ('大家好！…'): the speech begins there, and the lead is kept as
    the lead-in (news-lead-over-salutation)."""
    filled = [index for index, line in enumerate(result.lines) if line]
    if len(filled) < 2:
        return
    first, second = (result.lines[index] for index in filled[:2])
    if NEWS_LEAD.match(simplified(first)) and FIRST_SECTION.match(second):
        result.removals.append(Removal("news-lead-over-sections", first))
        result.lines = result.lines[filled[1]:]
        return
    # the first paragraph of sentences, under the headline lines ('…在哪里？' is one), and the paragraph after it
    lead = next((n for n, index in enumerate(filled[:-1])
                 if len(SENTENCE_END.findall(result.lines[index])) >= LEAD_SENTENCES_MIN), None)
    if lead is None:
        return
    first, second = result.lines[filled[lead]], result.lines[filled[lead + 1]]
    salutation = load_shapes().salutation
    if SPEECH_GIVEN.search(simplified(first)) and salutation.match(second) and not salutation.match(first):
        result.removals.append(Removal("news-lead-over-salutation", first))
        result.captures.lead_in.append(first)  # it names the speaker and may date the talk
        del result.lines[filled[lead]]


# A reporter's words that a speech was given ('在峰会上做主题演讲', '发表了新年致辞'), read on the simplified shadow.
SPEECH_GIVEN = re.compile(r"(?:发表|做|作)了?[^。！？，,]{0,12}(?:演讲|讲话|致辞|演说)")
LEAD_SENTENCES_MIN = 2  # a lead reports: the occasion, then who spoke; one sentence alone may be the speaker's own


# A turn of a proceedings record: a speaker's label and a colon at the start of a line ('主席：…', '张三议员：…').
TURN_LABEL = re.compile(r"(?P<label>[^\s\d:：，,。.、；;！!？?（）()“”\"「」《》\[\]【】…—-]{2,14})"
                        r"\s*[：:]\s*(?P<rest>.*)")
# A speech quoting someone line by line ('总书记强调：…', '他说：…') is no record of turns: a label ending in a verb
# of saying.
QUOTING = re.compile(r"(?:说|讲|道|指出|强调|表示|认为|要求|提出|谈到|明确|指示|批示|告诉|回答|问|介绍|透露|宣布|坦言"
                     r"|写道|所言)$")
MIN_TURNS = 6  # label lines a record needs before its turns are read
MIN_SPEAKERS = 3  # the address's speaker and at least two others (a chair, members): not an interview's pair
MAIN_TURN_SHARE = 0.6  # the address's speaker holds this share of the turns' text, and half of all the text
TURN_CHANGE_SHARE = 0.5  # at least this share of the turns goes to another speaker than the turn before
OFFICE_TURN_SHARE = 0.5  # at least this share of the turns opens with a label naming an office (主席, 某某议员 …)


def turn_labels(lines: list[str]) -> dict[int, str]:
    """The lines that open a turn, with their speaker's label: a label used twice or more, or one naming an
    office (transcript-frame's words: 议员, 主席, 局长 …), so that a wrapped line which happens to hold a colon
    ('全县农田水利逐年改善：') opens no turn; never a label ending in a verb of saying ('总书记强调：'), a quotation."""
    found = {index: simplified(match.group("label")) for index, line in enumerate(lines)
             if line and (match := TURN_LABEL.fullmatch(line))
             and not QUOTING.search(simplified(match.group("label")))}
    counts = Counter(found.values())
    offices = code_rule_words("transcript-frame")
    return {index: label for index, label in found.items() if counts[label] >= 2 or label.endswith(offices)}


def proceedings_turns(opens: dict[int, str]) -> bool:
    """Turns as a proceedings record takes them: the floor passes from one speaker to another (the chair, the
    speaker, a member, the chair again) at half the turns or more, and most turns are given by holders of an office
    (transcript-frame's words). An article's run of labelled paragraphs ('某车型：…', '点评：…'), a programme's
    rows ('评论人：…' under every session) or a writer's repeated notes ('注：…') do neither."""
    speakers = [opens[index] for index in sorted(opens)]
    changes = sum(1 for before, after in pairwise(speakers) if before != after)
    offices = code_rule_words("transcript-frame")
    held = sum(1 for speaker in speakers if speaker.endswith(offices))
    return changes >= TURN_CHANGE_SHARE * (len(speakers) - 1) and held >= OFFICE_TURN_SHARE * len(speakers)


def keep_main_turns(result: CleanResult) -> None:
    """A proceedings record (a council's or congress's minutes, 会议记录, Hansard) in which one speaker's long
    address is framed by other labelled turns ('主席：…', '某某议员：…'): the address is that speaker's turns, their
    labels taken off; the chair's lines, members' interjections, the debates and the roll call around it are the
    frame (transcript-frame in cruft.yml). Only when three speakers or more take turns as a record's do
    (proceedings_turns) and one of them holds most of the text: an interview's two voices, a panel's equal shares,
    an article's labelled paragraphs stay as they are."""
    lines = result.lines
    opens = turn_labels(lines)
    if len(opens) < MIN_TURNS or len(set(opens.values())) < MIN_SPEAKERS or not proceedings_turns(opens):
        return
    starts = sorted(opens)
    owner: list[str | None] = [None] * len(lines)
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        owner[start:end] = [opens[start]] * (end - start)
    chars: Counter[str] = Counter()
    for index, line in enumerate(lines):
        if owner[index] is not None:
            chars[owner[index] or ""] += len(line)
    main, main_chars = chars.most_common(1)[0]
    total = sum(len(line) for line in lines)
    if main_chars < MAIN_TURN_SHARE * sum(chars.values()) or main_chars < 0.5 * total:
        return
    kept: list[str] = []
    for index, line in enumerate(lines):
        if owner[index] != main:
            if line:
                result.removals.append(Removal("transcript-frame", line))
            continue
        if index in opens:
            match = TURN_LABEL.fullmatch(line)
            rest = match.group("rest") if match else line
            result.removals.append(Removal("transcript-frame", line[:len(line) - len(rest)].strip()))
            if not rest:
                continue
            kept.append("")
            line = rest
        kept.append(line)
    result.lines = kept


PROFILE_AFTER_SHARE = 0.5  # the profile starts after this share of the text's characters


def drop_trailing_profile(result: CleanResult) -> None:
    """A person's profile appended after the text (an expert's or an award winner's biography, a CV of year
    lines): from a line that introduces a person (a name and, in a few clauses, sex, birth or ethnic group) in
    the second half of the text, to the end, when every line after it reads as a profile's and the block holds
    three or more different profile words (trailing-profile in cruft.yml). Its short heading line ('关于专家组：',
    '个人简介') goes with it. Read from the end, as far as the lines read as a profile's: linear, and short."""
    lines = result.lines
    total = sum(len(line) for line in lines)
    marks: set[str] = set()
    tail_chars, opener = 0, None
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line:
            continue
        own = profile_marks(line)
        marks |= own
        tail_chars += len(line)
        if tail_chars > total * (1 - PROFILE_AFTER_SHARE):
            break
        if len(marks) >= PROFILE_MIN_MARKS and PROFILE_OPENER.match(simplified(line)):
            opener = index
        if not (own or CV_LINE.match(line)):
            break
    if opener is not None:
        start = profile_heading_start(lines, opener)
        result.removals += [Removal("trailing-profile", text) for text in lines[start:] if text]
        result.lines = lines[:start]


@cache
def profile_words() -> re.Pattern:
    """One pattern finding any of trailing-profile's `words`."""
    return re.compile("|".join(map(re.escape, code_rule_words("trailing-profile"))))


def profile_marks(line: str) -> frozenset[str]:
    """The profile words (trailing-profile's `words`) in a line, spaces aside ('民    族' is 民族)."""
    return frozenset(profile_words().findall(simplified(line).replace(" ", "").replace("\u3000", "")))


def profile_heading_start(lines: list[str], index: int) -> int:
    """The profile's own heading line just above its first line, if it has one."""
    before = index - 1
    while before >= 0 and not lines[before]:
        before -= 1
    return before if before >= 0 and PROFILE_HEADING.fullmatch(simplified(lines[before])) else index


FIRST_PERSON = re.compile(r"[我咱俺]")  # the speaker's own voice (the same characters in both scripts)
QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』|\"[^\"]*\"")  # words the line quotes, not its own


def own_words(line: str) -> str:
    """The line without what it quotes: a reporter quoting the speaker ('他说：“我们…”') speaks in the third person."""
    return QUOTED.sub("", line)


@cache
def speech_as_piece() -> re.Pattern:
    """'这篇演讲', '此篇讲话', '该篇致辞': the speech named as a piece of writing, as one who reposts it writes
    (repost-framing's `words` are the nouns)."""
    nouns = "|".join(map(re.escape, code_rule_words("repost-framing")))
    return re.compile(rf"(?:这|此|该|本)篇(?:{nouns})")


def drop_repost_framing(result: CleanResult) -> None:
    """A reposter's framing above a speech given in the first person: in the page's head, before the text's first
    paragraph in the speaker's own voice (a long line with 我/我们/咱们 outside quotation marks), a paragraph of
    sentences with no first person of its own that opens a person's profile (the speaker's biography: a name and,
    within a few clauses, the birth, sex or ethnic group) or names the speech as a piece of writing ('这篇演讲十年
    之后读来…', an editor's blurb) goes (repost-framing in cruft.yml). A speech does not introduce its speaker in
    the third person before its first word; a text with no first-person paragraph in its head is left alone."""
    lines = result.lines
    filled = [index for index, line in enumerate(lines) if line][:HEAD_LINES]
    opened = next((index for index in filled if len(lines[index]) >= COPY_PARAGRAPH_CHARS
                   and FIRST_PERSON.search(own_words(simplified(lines[index])))), None)
    if opened is None:
        return
    framing = [index for index in filled if index < opened and framing_paragraph(simplified(lines[index]))]
    result.removals += [Removal("repost-framing", lines[index]) for index in framing]
    result.lines = [line for index, line in enumerate(lines) if index not in framing]


def framing_paragraph(line: str) -> bool:
    """A paragraph of the reposter's about the speaker or the speech: whole sentences, none in the first person,
    opening a profile or naming the speech as a piece."""
    return (len(line) >= COPY_PARAGRAPH_CHARS and line.rstrip()[-1] in SENTENCE_ENDS
            and not FIRST_PERSON.search(own_words(line))
            and bool(PROFILE_OPENER.match(line) or speech_as_piece().search(line)))


ECHO_MIN_CHARS = 15  # a summary repeats at least this much of the paragraph after it
ECHO_LABEL = re.compile(rf"[【\[]?[{CJK_RANGE}]{{2,5}}[】\]]?\s*[:：]\s*")  # '摘要：', '【内容提要】'


ECHO_MIN_PARAGRAPHS = 3  # different long paragraphs a page needs before a repeated one is told for a summary
ECHO_WINDOW = 3  # a cut-off summary may stand this many lines above its paragraph (a date or title between)


def drop_summary_echoes(result: CleanResult) -> None:
    """A summary or share text printed above the paragraph it repeats: the whole paragraph (a long one) right above
    it, or its start cut off with '…' (perhaps under a label such as 摘要：) up to three lines above it. The
    paragraph says it all, so the echo goes (summary-echo in cruft.yml; of a run of copies the last stays). A
    speaker does not say one long paragraph twice in a row. A summary stands over the text: a sentence cut off with
    '…' after the text's paragraphs have begun is a speaker interrupted who says it again (a transcript), and stays.
    """
    lines = result.lines
    filled = [index for index, line in enumerate(lines) if line]
    distinct = len({line for line in lines if len(line) >= COPY_PARAGRAPH_CHARS})
    opened = next((index for index in filled if len(lines[index]) >= COPY_PARAGRAPH_CHARS
                   and lines[index].rstrip()[-1] in SENTENCE_ENDS), len(lines))  # the text's first paragraph
    echoed: set[int] = set()
    for place, index in enumerate(filled):
        after = [lines[i] for i in filled[place + 1:place + 1 + ECHO_WINDOW]]  # a fixed window: linear
        if after and echoes(lines[index], after, whole=distinct >= ECHO_MIN_PARAGRAPHS, cut_off=index <= opened):
            echoed.add(index)
    result.removals += [Removal("summary-echo", lines[index]) for index in sorted(echoed)]
    result.lines = [line for index, line in enumerate(lines) if index not in echoed]


def drop_lead_in_echo(result: CleanResult) -> None:
    """A post's summary above the text that repeats the lead-in a rule took off (full-text-lead-in: '新年前夕，…发表了
    新年贺词。全文如下：' under a quoted '新年前夕，…发表了新年贺词。'): a head line of whole sentences that the lead-in
    opens with goes too, as an echo of it (summary-echo in cruft.yml)."""
    leads = [removal.text for removal in result.removals if removal.rule == "full-text-lead-in"]
    if not leads:
        return
    lines = result.lines
    filled = [index for index, line in enumerate(lines) if line][:HEAD_LINES]
    echoed = {index for index in filled if len(lines[index]) >= ECHO_MIN_CHARS and lines[index][-1] in SENTENCE_ENDS
              and any((lead.startswith(lines[index]) or retold(lines[index], lead)) and lead != lines[index]
                      for lead in leads)}
    result.removals += [Removal("summary-echo", lines[index]) for index in sorted(echoed)]
    result.lines = [line for index, line in enumerate(lines) if index not in echoed]


RETOLD_SHARE = 0.9  # of a head line's characters that the lead-in says again, in order


def retold(line: str, lead: str) -> bool:
    """`line` says what the longer `lead` says, nearly word for word: at least RETOLD_SHARE of its characters stand
    in the lead in the same order (a photo caption over a report whose lead-in, after the agency's dateline, tells
    the same event with a word changed: '…发表新年贺词。' over '新华社某地某日电 …发表了新年贺词。全文如下：')."""
    if len(lead) <= len(line) or len(lead) > RETOLD_MAX_CHARS:
        return False
    return said_in_order(copy_key(line), copy_key(lead)) >= RETOLD_SHARE * len(copy_key(line))


RETOLD_MAX_CHARS = 400  # a lead-in is a paragraph; the comparison stays cheap
SAID_BLOCK_MIN = 3  # characters in a row: single characters matched here and there say nothing


def said_in_order(first: str, second: str) -> int:
    """How many characters of `first` stand in `second` in the same order, in runs of SAID_BLOCK_MIN or more (one
    text retelling or rewording the other)."""
    matcher = difflib.SequenceMatcher(None, first, second, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks() if block.size >= SAID_BLOCK_MIN)


def echoes(line: str, after: list[str], whole: bool = True, cut_off: bool = True) -> bool:
    """`line` repeats the next line (`whole`), or is the start of the next lines (one or more, from one of the next
    three) cut off with an ellipsis, perhaps under a label, or whole sentences under a label ('摘要：' and the first
    sentences of the paragraph under it) (`cut_off`)."""
    if len(line) < ECHO_MIN_CHARS:
        return False
    cut = TEASER_END.search(line)
    body = line[:cut.start()] if cut else line
    label = ECHO_LABEL.match(body)
    body = body[label.end():] if label else body
    if len(body) < ECHO_MIN_CHARS:
        return False
    if not cut and whole and len(body) >= COPY_PARAGRAPH_CHARS and body == after[0]:
        return True
    if not cut_off or not (cut or (label and body.rstrip()[-1] in SENTENCE_ENDS)):
        return False
    body = copy_key(body)
    texts = [copy_key(following) for following in after]
    return any(len(joined) > len(body) and joined.startswith(body)
               for joined in ("".join(texts[start:]) for start in range(len(texts))))


EXCERPT_LABEL = re.compile(rf"[【\[]\s*[{CJK_RANGE}]{{2,6}}\s*[】\]]\s*")  # '【核心提示】' over or before the excerpt


def drop_head_excerpt(result: CleanResult) -> None:
    """An editor's excerpt above the text (核心提示, a highlighted quote): a long paragraph among the page's head
    lines, under a bracketed label ('【核心提示】' on its line or the line above), that the text says again word
    for word further down. The later one is in its place, so the first goes (head-excerpt in cruft.yml). A
    speaker who repeats a paragraph ('我再强调一遍：') puts no bracketed label above it, and both stay."""
    lines = result.lines
    filled = [index for index, line in enumerate(lines) if line]
    last_seen = {copy_key(lines[index]): index for index in filled}
    excerpts: list[int] = []
    for place, index in enumerate(filled[:HEAD_LINES]):
        inline = EXCERPT_LABEL.match(lines[index])
        body = lines[index][inline.end():] if inline else lines[index]
        above = place > 0 and EXCERPT_LABEL.fullmatch(lines[filled[place - 1]])
        if (inline or above) and len(body) >= COPY_PARAGRAPH_CHARS and last_seen.get(copy_key(body), -1) > index:
            excerpts.append(index)
    bulleted = [index for index in filled[:HEAD_LINES] if index not in excerpts and PULL_QUOTE_MARK.match(lines[index])]
    if bulleted:
        rest = [line for index, line in enumerate(lines) if index > bulleted[0] and not PULL_QUOTE_MARK.match(line)]
        later = copy_key("".join(rest))
        excerpts += [index for index in bulleted if quoted_from(lines[index], later, rest)]
        excerpts.sort()
    result.removals += [Removal("head-excerpt", lines[index]) for index in excerpts]
    result.lines = [line for index, line in enumerate(lines) if index not in excerpts]


PULL_QUOTE_MARK = re.compile(r"[■□●◆◇▲△★☆▶►▷※•]\s*")  # a highlighted quotation's bullet ('■2024年，…')
QUOTED_SENTENCE_MIN_CHARS = 6  # a sentence of a pull quote, long enough to be found again by chance only rarely


def quoted_from(line: str, later: str, after: list[str]) -> bool:
    """A bulleted head line (an editor's pull quote, '■…') whose every sentence the text says again further down
    (`later`: the lines after the first bulleted one, other bulleted lines aside, without white space); the quote
    may join sentences from different places or leave its last mark off. A speaker's list of bulleted points is
    said once, and stays; so does a quote whose text below is not even twice its length."""
    mark = PULL_QUOTE_MARK.match(line)
    body = copy_key(line[mark.end():] if mark else line)
    pieces = [piece for piece in re.split(r"[。！？!?；;…]+", body) if piece]
    return len(body) >= COPY_PARAGRAPH_CHARS and bool(pieces) \
        and all(len(piece) < QUOTED_SENTENCE_MIN_CHARS or piece in later for piece in pieces) \
        and any(len(piece) >= QUOTED_SENTENCE_MIN_CHARS for piece in pieces) \
        and sum(len(text) for text in after) > 2 * len(line)


REPOST_ANNOUNCEMENT = re.compile(r"(?:以下|下面)(?:是|为|系)[^。！？，,：:]{0,10}原文")
def reposters_note(line: str) -> bool:
    """A short paragraph in which the blogger says they repost what they read ('看到一篇某某的演讲稿，很有启发，
    转载学习一下。'): a bare '原文' heading under it heads the repost."""
    return len(line) <= REPOST_NOTE_MAX_CHARS and bool(REPOST_NOTE.search(simplified(line)))


REPOST_NOTE_MAX_CHARS = 100
REPOST_NOTE = re.compile(r"转载|转发|转自|摘录|看到一篇|读到一篇|分享一篇|推荐一篇|学习一下|收藏一下|记录一下")
# A blog post's heading over the text it reposts ('原文', '演讲原文', '全文'), and over its own note above it ('背景').
ORIGINAL_HEADING = re.compile(r"#*\s*(?:演讲|讲话|致辞|文章|转载)?(?:原文|全文)(?:如下)?\s*[:：]?")
PREFACE_HEADING = re.compile(r"#*\s*(?:背景|前言|引言|题记|写在前面|转载说明|说明)\s*[:：]?")
PREAMBLE_MIN_CHARS = 15  # a line of the reposter's commentary is a sentence, not a title or a date


def drop_repost_preamble(result: CleanResult, line_rules: list[Rule]) -> None:
    """A reposter's or blogger's own words above the text they repost, which they announce as the original
    ('以下是原文：', repost-preamble in cruft.yml): the sentences above that line in the page's head go; its short
    lines (title, date row) stay for the metadata steps, and so do lines a line rule removes (for what they
    capture); the announcement itself is full-text-lead-in's, but for a bare heading over the repost ('原文'), which
    goes with the note and the note's own heading ('背景'). A note naming a speech is kept as the lead-in."""
    filled = [index for index, line in enumerate(result.lines) if line][:HEAD_LINES]
    shadows = {index: simplified(result.lines[index]) for index in filled}
    announced = next((index for index in filled if REPOST_ANNOUNCEMENT.match(shadows[index])
                      or ORIGINAL_HEADING.fullmatch(shadows[index])), None)
    if announced is None:
        return
    preamble = preamble_above(result.lines, filled, announced, line_rules)
    if ORIGINAL_HEADING.fullmatch(shadows[announced]):
        if not preamble or not reposters_note(result.lines[preamble[-1]]):
            return  # a bare '原文：' under a paragraph of the text is the text's
        # the note right above it goes, with the blog's own headings over the note and over the repost ('背景', '原文')
        preamble = [preamble[-1], announced, *(index for index in filled if index < preamble[-1]
                                               and PREFACE_HEADING.fullmatch(shadows[index]))]
    note = "".join(result.lines[index] for index in sorted(preamble))
    if SPEECH_NAMED.search(simplified(note)):
        result.captures.add("lead_in", note)  # '看到一篇某某的演讲稿，转载学习一下。': whose speech it is
    drop_preamble(result, preamble)


def rules_named(rules: list[Rule], name: str) -> list[Rule]:
    """The rule of that name among `rules`, as a list for first_full_match (empty when the kind holds none)."""
    return [rule for rule in rules if rule.name == name]


def drop_announced_speech_lead(result: CleanResult, line_rules: list[Rule]) -> None:
    """An editor's lead of one paragraph over a line of its own announcing the speech ('以下为某某演讲全文，经编辑
    整理：', repost-preamble in cruft.yml) frames the speech: it goes, captured as the lead-in with the announcement
    (it names the speaker and the day). A report of several paragraphs over such a line is the article, with the
    speech inside it, and stays. (A lead printed right above the announcement is joined to it first, and goes
    with it: join_lead_and_announcement.)"""
    lead_in = rules_named(line_rules, "full-text-lead-in")
    filled = [index for index, line in enumerate(result.lines) if line][:HEAD_LINES]
    announced = next((index for index in filled if announces_a_speech(result.lines[index], lead_in)), None)
    preamble = preamble_above(result.lines, filled, announced, line_rules) if announced is not None else []
    if announced is not None and len(preamble) == 1:
        result.captures.add("lead_in", result.lines[preamble[0]] + result.lines[announced])
        drop_preamble(result, preamble)
    elif announced is not None and introduces_the_speech(result.lines, preamble):
        for index in preamble:
            result.captures.add("note", result.lines[index])
        drop_preamble(result, preamble, "editor-introduction")


def introduces_the_speech(lines: list[str], preamble: list[int]) -> bool:
    """An editor's introduction of several paragraphs over the announcement (who the speaker was, what the talk
    argues), not a report of the event: one of its paragraphs says what the text is, as an editor's note does
    ('本文是他2008年在某某大学所做的演讲', '这是某某先生1928年…演讲的部分内容': speech_note in metadata.yml), none opens
    as news does (news_opening there: a dateline, an agency, a reporter, the day's date), no reporter is credited,
    and it is the smaller part of the page (ANNOUNCED_LEAD_MAX_SHARE). A report with the speech inside it stays."""
    paragraphs = [simplified(lines[index]) for index in preamble]
    speech_note, news_opening = editor_and_news_patterns()
    total = sum(len(line) for line in lines)
    return (len(preamble) >= 2 and not reads_as_news_report(lines)
            and any(speech_note.search(paragraph) for paragraph in paragraphs)
            and not any(news_opening.match(paragraph) for paragraph in paragraphs)
            and sum(map(len, paragraphs)) <= ANNOUNCED_LEAD_MAX_SHARE * total)


METADATA_RULES = RULES_DIR / "metadata.yml"


@cache
@reads_rule_file(METADATA_RULES)
def editor_and_news_patterns(path: Path = METADATA_RULES) -> tuple[re.Pattern, re.Pattern]:
    """speech_note and news_opening of metadata.yml, which the metadata steps read too (matched on the shadow)."""
    return re.compile(rule_section(path, "speech_note")["pattern"]), re.compile(rule_section(path, "news_opening")
                                                                                ["pattern"])


ANNOUNCED_LEAD_MAX_SHARE = 0.4  # the editor's lead is the smaller part of the page; the speech is the rest
DIGEST_MIN_POINTS = 2  # numbered points of a lead the speech below says again: the editor's digest of the talk
DIGEST_RUN = 8  # Chinese characters in a row: a point says the speech's words again when most of its runs are found
LEAD_POINT = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]")


def drop_lead_over_announced_address(result: CleanResult, line_rules: list[Rule]) -> None:
    """An editor's digest of a talk (a paragraph or two, then its points in the speech's words: digests_the_speech)
    over a line of its own announcing the full text ('以下是全文：', full-text-lead-in) that a salutation follows
    ('各位同志，…'): the speech begins at the salutation, verbatim, and the digest and the announcement are the
    editor's. They go, the lead's first sentence and the announcement captured as the lead-in (they name the
    speaker). The short lines above the lead's first sentence (the title, a date row) stay for the metadata steps.
    Only when the announcement stands in the first part of the text (ANNOUNCED_LEAD_MAX_SHARE of its characters
    above it), so a report quoting a speech at its end keeps its paragraphs; a one-paragraph lead in the head is
    drop_announced_speech_lead's."""
    lines = result.lines
    lead_in = rules_named(line_rules, "full-text-lead-in")
    filled = [index for index, line in enumerate(lines) if line]
    salutation = load_shapes().salutation
    announced = next((here for here, after in pairwise(filled) if salutation.match(lines[after])
                      and not SENTENCE_END.search(lines[here].rstrip("。：: "))
                      and first_full_match(lines[here], lead_in)), None)
    if announced is None:
        return
    opening = next((index for index in filled if index < announced and len(lines[index]) >= PREAMBLE_MIN_CHARS
                    and lines[index][-1] in SENTENCE_ENDS), None)
    total = sum(len(lines[index]) for index in filled)
    if opening is None or sum(len(lines[index]) for index in filled if index < announced) > \
            ANNOUNCED_LEAD_MAX_SHARE * total:
        return
    lead = [index for index in filled if opening <= index <= announced and not first_full_match(lines[index],
                                                                                                line_rules)]
    if not digests_the_speech([lines[index] for index in lead], "".join(lines[announced + 1:])):
        return
    result.captures.add("lead_in", lines[opening] + lines[announced])
    result.removals += [Removal("lead-over-announced-address", lines[index]) for index in lead]
    result.lines = [line for index, line in enumerate(lines) if index not in lead]


def digests_the_speech(lead: list[str], speech: str) -> bool:
    """An editor's digest of a talk lists its points ('一、发展路线摇摆不定；'), each in the speech's own words: at
    least DIGEST_MIN_POINTS numbered lines of the lead most of whose runs of DIGEST_RUN Chinese characters the speech
    below says again. A news report of the event over the full text (a reporter's paragraphs, quoting it) lists no
    points; it is the article, with the speech inside it, and stays."""
    points = [line for line in lead if LEAD_POINT.match(line)]
    if len(points) < DIGEST_MIN_POINTS:
        return False
    spoken = character_runs(speech)
    return sum(1 for point in points if (runs := character_runs(point))
               and len(runs & spoken) * 2 > len(runs)) >= DIGEST_MIN_POINTS


def character_runs(text: str) -> set[str]:
    """The runs of DIGEST_RUN Chinese characters in `text` (its other characters left out)."""
    chars = "".join(CJK_CHAR.findall(text))
    return {chars[at:at + DIGEST_RUN] for at in range(len(chars) - DIGEST_RUN + 1)}


def preamble_above(lines: list[str], filled: list[int], announced: int, line_rules: list[Rule]) -> list[int]:
    """The sentences above an announcement in the page's head: not its short lines (a title, a date row) nor
    lines a line rule removes (for what they capture)."""
    return [index for index in filled if index < announced and len(lines[index]) >= PREAMBLE_MIN_CHARS
            and lines[index][-1] in SENTENCE_ENDS and not first_full_match(lines[index], line_rules)]


def drop_preamble(result: CleanResult, preamble: list[int], rule: str = "repost-preamble") -> None:
    result.removals += [Removal(rule, result.lines[index]) for index in preamble]
    result.lines = [line for index, line in enumerate(result.lines) if index not in preamble]


SPEECH_NAMED = re.compile(r"讲话|演讲|演说|致辞|致词|发言|贺词|讲稿|分享|实录|报告")  # what an announcement names


def announces_a_speech(line: str, lead_in: list[Rule]) -> bool:
    """A line of its own announcing the speech below ('以下为张三演讲全文，经编辑整理：', '以下是现场分享实录。'; the
    full-text-lead-in rule, without sentences of a lead before it) and naming a speech, not a document ('以下为通知
    全文'): the report's paragraphs above it frame the speech, as a reposter's words frame a repost."""
    return (len(SENTENCE_END.findall(line.rstrip("。：: "))) == 0 and bool(SPEECH_NAMED.search(simplified(line)))
            and first_full_match(line, lead_in) is not None)


PREFACE_MAX_SHARE = 0.2  # the preface is a small part of the page's text; the text below the rule is the rest


def drop_preface_above_rule(result: CleanResult, line_rules: list[Rule]) -> None:
    """A note's preface set off from the text by a typed horizontal rule ('=====', '-----' on a line of its own, a
    blank line above it) in the page's head: its editors' words ('请大家…', how the page came about, what to do
    with it, a link's label) are not the text under the rule. Everything between the page's title (its first line
    of Chinese, when that is no prose) and the rule goes (preface-above-rule in cruft.yml), but for lines a line
    rule claims (for what they capture); the title stays for the metadata steps. Only when the preface holds prose
    (a clause's punctuation, fifteen characters or more), at most PREFACE_MAX_SHARE of the page's text, and no
    salutation (the speech has not begun above the rule): a rule between a speech's sections, or a setext heading's
    underline right under its title, is left alone."""
    lines = result.lines
    filled = [index for index, line in enumerate(lines) if line][:HEAD_LINES]
    ruled = next((index for index in filled if is_rule_line(lines, index)), None)
    if ruled is None:
        return
    salutation = load_shapes().salutation
    if any(salutation.search(lines[index]) for index in filled if index < ruled):
        return
    prose = [index for index in filled if index < ruled and len(lines[index]) >= PREAMBLE_MIN_CHARS
             and CLAUSE_MARK.search(lines[index])]
    if not prose:
        return
    titled = next((index for index in filled if index < prose[0] and CJK_CHAR.search(lines[index])), None)
    opened = prose[0] if titled is None else titled + 1
    preface = [index for index in filled if opened <= index < ruled and not first_full_match(lines[index], line_rules)]
    above = sum(len(lines[index]) for index in preface)
    below = sum(len(line) for line in lines[ruled + 1:])
    if not preface or above > PREFACE_MAX_SHARE * (above + below):
        return
    result.removals += [Removal("preface-above-rule", lines[index]) for index in preface]
    result.lines = [line for index, line in enumerate(lines) if index not in preface]


def drop_introduction_section(result: CleanResult) -> None:
    """A page's note on the speaker or the writer set under a bracketed heading of its own ('【演讲人介绍】',
    '【作者简介】') up to the next bracketed heading ('【正文】', '【相关文章】'): the page's words about the person,
    not the text (introduction-section in cruft.yml). Only a short section (INTRODUCTION_MAX_LINES lines, a short
    share of the page's text) closed by another bracketed heading; a section running to the page's end may be the
    text itself."""
    words = "|".join(code_rule_words("introduction-section"))
    heading = re.compile(rf"[【\[]\s*[^【】\[\]]{{0,8}}(?:{words})\s*[】\]]")
    lines = result.lines
    starts = [index for index, line in enumerate(lines) if heading.fullmatch(simplified(line.strip()))]
    total = sum(len(line) for line in lines)
    dropped: set[int] = set()
    for start in starts:
        end = next((index for index in range(start + 1, min(len(lines), start + INTRODUCTION_MAX_LINES + 1))
                    if BRACKETED_HEADING.fullmatch(lines[index].strip(" |"))), None)
        section = range(start, end) if end is not None else range(0)
        if section and sum(len(lines[index]) for index in section) <= INTRODUCTION_MAX_SHARE * total:
            dropped.update(index for index in section if lines[index])
    result.removals += [Removal("introduction-section", lines[index]) for index in sorted(dropped)]
    result.lines = [line for index, line in enumerate(lines) if index not in dropped]


BRACKETED_HEADING = re.compile(r"[【\[]\s*[^【】\[\]\s]{1,10}\s*[】\]]")
INTRODUCTION_MAX_LINES = 30  # lines, blank ones too: a short biography
INTRODUCTION_MAX_SHARE = 0.25  # of the page's characters


LEAD_MAX_SENTENCES = 2  # a reporter's lead over an announced speech: one or two sentences


def join_lead_and_announcement(result: CleanResult, line_rules: list[Rule]) -> None:
    """A reporter's lead and the announcement of the full text printed as two paragraphs ('…以「…」為題發表演說。'
    over '總統致詞全文如下：') are one lead-in: in the page's head, a bare announcement (full-text-lead-in, no
    sentence of its own) is joined to the sentence-ending paragraph right above it when that paragraph is the
    page's first, of a sentence or two, and the rule takes the two as one line, so that the lead goes with it
    and is captured (lead_in) for the metadata steps. Under a report's paragraphs the announcement goes alone. A
    first paragraph of more sentences that the rule still takes with the announcement (up to four) reports the
    event at large, its programme and audience, not the talk: it goes (event-report-lead in cruft.yml), unread,
    as its days are the event's."""
    rule = rules_named(line_rules, "full-text-lead-in")
    lines = result.lines
    filled = [index for index, line in enumerate(lines) if line][:HEAD_LINES]
    for place, (above, index) in enumerate(pairwise(filled)):
        lead, announcement = lines[above], lines[index]
        if any(len(lines[earlier]) >= PREAMBLE_MIN_CHARS and lines[earlier][-1] in SENTENCE_ENDS
               for earlier in filled[:place]):
            return  # a report's paragraphs came first: the page is the report, its lead-in the line alone
        if (rule and lead[-1] in SENTENCE_ENDS and not any(end in announcement[:-1] for end in SENTENCE_ENDS)
                and first_full_match(announcement, rule) and first_full_match(lead + announcement, rule)):
            if len(SENTENCE_END.findall(lead)) <= LEAD_MAX_SENTENCES:
                result.lines = [*lines[:above], lead + announcement, *lines[index + 1:]]
            else:  # the event at large (its programme, its audience): the announcement goes alone, as under a report
                result.removals.append(Removal("event-report-lead", lead))
                result.lines = [*lines[:above], *lines[above + 1:]]
            return


TEASER_END = re.compile(r"(?:…+|\.{2,}|。{3,})\s*$")  # a snippet cut off by the site: '…', '...', '。。。'
TEASER_MAX_CHARS = 200
TEASER_MIN_RUN = 2


def drop_trailing_teasers(result: CleanResult) -> None:
    """Teasers of other articles under the text (a headline and the start of its text, cut off with '…'): the
    page's last lines, two or more, each a short line ending with an ellipsis (trailing-teasers in cruft.yml).
    One such line is the cut-off end of the text itself, and stays."""
    lines = result.lines
    start = len(lines)
    while start > 0 and (not lines[start - 1] or (len(lines[start - 1]) <= TEASER_MAX_CHARS
                                                 and TEASER_END.search(lines[start - 1]))):
        start -= 1
    teasers = [line for line in lines[start:] if line]
    if len(teasers) >= TEASER_MIN_RUN and any(lines[:start]):
        result.removals += [Removal("trailing-teasers", line) for line in teasers]
        result.lines = lines[:start]


# A credits row: a role or a partner's tier and its colon, then names ('主办方： 某某咨询', '导演： 张三',
# 'Keynote制作： 某某工作室'): no sentence in the value.
CREDIT_ROW = re.compile(r"(?P<label>[^\s:：。！？，,；;（）()]{2,16})\s*[:：]\s*(?P<value>[^。！？；;]{1,200})")
# names spaced out, the rest of the row above
NAMES_LINE = re.compile(r"[^。！？；;：:，,]{1,40}(?:\s+[^。！？；;：:，,\s]{1,40}){2,}")
CREDIT_ROWS_MIN = 3  # a signature names one or two (董事长：张三, a date); a credits list runs on
CREDIT_HEADING_MAX = 10  # '合作支持', '鸣谢', '特别鸣谢' over the rows


def drop_trailing_credits(result: CleanResult) -> None:
    """An event's credits under the text of a talk (organisers, partners by tier, director, designers: '主办方：
    某某', '战略合作伙伴： 某某 某某', '导演： 张三'): the page's last lines, CREDIT_ROWS_MIN or more rows of a short
    label naming a role (its last words one of trailing-credits' `words` in cruft.yml: 主办方, 合作伙伴, 导演, 制作
    …), its colon and names with no sentence among them, perhaps with lines of names going on from the row above,
    and a short heading over them ('合作支持'), go (trailing-credits). A signature names one or two people; a
    speech's own points under labels ('第一：…。') are sentences; a table of specifications ('发动机型式：…',
    '总排量：…') names no roles."""
    lines = result.lines
    start, rows = len(lines), 0
    while start > 0:
        line = lines[start - 1]
        row = CREDIT_ROW.fullmatch(line) if line else None
        if row and not re.search(r"[，,]", row.group("value")) \
                and simplified(row.group("label")).endswith(code_rule_words("trailing-credits")):
            rows += 1
        elif line and not NAMES_LINE.fullmatch(line):
            break
        start -= 1
    above = next((index for index in range(start - 1, -1, -1) if lines[index]), None)
    if rows < CREDIT_ROWS_MIN or above is None:
        return
    if len(lines[above]) <= CREDIT_HEADING_MAX and not CLAUSE_MARK.search(lines[above]) and any(lines[:above]):
        start = above
    result.removals += [Removal("trailing-credits", line) for line in lines[start:] if line]
    result.lines = lines[:start]


PROMOTION_LABELS_MIN = 3  # a course's or an event's advertisement names several of its sections; a speech none
PROMOTION_LABEL_MAX = 30  # a label alone on its line, or with a short value ('学习费用：8800元/人')
LABEL_DECORATION = re.compile(r"^[#\s■□●◆◇★☆▲▶►*【\[（(]+|[】\]）)*：:\s]+$")


def promotion_label(line: str) -> str:
    """The promotional section a short line opens ('## 课程收益', '■ 讲师简介', '报名信息：'), or ''."""
    shadow = LABEL_DECORATION.sub("", simplified(line)) if len(line) <= PROMOTION_LABEL_MAX else ""
    return next((word for word in code_rule_words("trailing-promotion") if shadow.startswith(word)), "")


def drop_trailing_promotion(result: CleanResult) -> None:
    """An advertisement for a course or an event after the text ('## 课程引言', '## 课程特色', '## 讲师简介', '## 报名
    信息', '学习费用：…', '加微信咨询'): from a line past the text's first third that opens such a section (the
    advertisement may run as long as the text), when it and the lines after it name PROMOTION_LABELS_MIN different
    sections (trailing-promotion's `words` in cruft.yml) or more, to the end. A speech never offers its listeners a
    course's fee and registration."""
    lines = result.lines
    filled = [index for index, line in enumerate(lines) if line]
    after_a_third = filled[len(filled) // 3:] if len(filled) >= 3 else []
    labels = {index: label for index in after_a_third if (label := promotion_label(lines[index]))}
    start = next((index for index in labels if len({label for at, label in labels.items() if at >= index})
                  >= PROMOTION_LABELS_MIN), None)
    if start is None:
        return
    result.removals += [Removal("trailing-promotion", line) for line in lines[start:] if line]
    result.lines = lines[:start]


POSTSCRIPT_MAX_LINES = 8  # a reposter's afterthought is a few lines; more after the label would be text going on


def drop_trailing_postscript(result: CleanResult) -> None:
    """A reposter's postscript under the text: a line that is only its label ('PS:', 'P.S.', '小编说':
    trailing-postscript's `words` in cruft.yml, any case) in the text's second half, with at most
    POSTSCRIPT_MAX_LINES lines after it, goes with them. A speech's own words never sit under such a label."""
    filled = [index for index, line in enumerate(result.lines) if line]
    words = code_rule_words("trailing-postscript")
    second_half = filled[len(filled) // 2:] if len(filled) >= 2 else []
    start = next((index for index in second_half
                  if LABEL_DECORATION.sub("", simplified(result.lines[index])).replace(" ", "").upper() in words), None)
    if start is None or len([index for index in filled if index > start]) > POSTSCRIPT_MAX_LINES:
        return
    result.removals += [Removal("trailing-postscript", line) for line in result.lines[start:] if line]
    result.lines = result.lines[:start]


# The speaker's last words thanking the audience, on a short line of their own ('谢谢大家！', 'Thank you all').
CLOSING_THANKS = re.compile(r"(?:谢谢|多谢|感谢|非常感谢|万分感谢|thank\s+you)", re.IGNORECASE)
CLOSING_THANKS_MAX_CHARS = 40


def drop_readers_notes(result: CleanResult) -> None:
    """A reposter's notes on the speech under it: a line that is only their label ('个人理解', '读后感':
    readers-notes' `words` in cruft.yml) right under the speaker's closing thanks (CLOSING_THANKS, a short line)
    goes with everything after it, the speech ended with the thanks (readers-notes). The notes are shorter than
    the speech they follow."""
    filled = [index for index, line in enumerate(result.lines) if line]
    words = code_rule_words("readers-notes")
    for before, index in pairwise(filled):
        label = LABEL_DECORATION.sub("", simplified(result.lines[index])).replace(" ", "")
        if label in words and thanks_the_audience(result.lines[before]) \
                and sum(map(len, result.lines[index:])) < sum(map(len, result.lines[:index])):
            result.removals += [Removal("readers-notes", line) for line in result.lines[index:] if line]
            result.lines = result.lines[:index]
            return


def thanks_the_audience(line: str) -> bool:
    """A short line opening with the speaker's thanks (CLOSING_THANKS): the speech's last words."""
    shadow = simplified(line).strip()
    return len(shadow) <= CLOSING_THANKS_MAX_CHARS and bool(CLOSING_THANKS.match(shadow))


def rule_under_the_thanks(lines: list[str], filled: list[int], index: int) -> bool:
    """lines[index] is a typed horizontal rule ('————————') right under the speaker's closing thanks (CLOSING_THANKS,
    a short line): a blogger's rule closing the speech, as an end mark does."""
    above = [at for at in filled if at < index][-1:]
    return typed_rule(lines[index]) and bool(above) and thanks_the_audience(lines[above[0]])


AFTER_END_MARK_MAX_LINES = 4  # a site's few lines under the mark; more would be text going on (a second part)
AFTER_END_MARK_MAX_CHARS = 200


def drop_after_end_mark(result: CleanResult, line_rules: list[Rule]) -> None:
    """The lines under a site's end-of-text mark ('—THE END—', '—EOF—', '（完）': end-mark in cruft.yml) in the
    text's second half, when they are few and short (AFTER_END_MARK_MAX_LINES, AFTER_END_MARK_MAX_CHARS): the
    theme's or the blogger's furniture (what EOF means, the account to follow, an update stamp), never the text,
    which the mark says has ended (after-end-mark). The mark itself goes with the end-mark rule."""
    end_mark = rules_named(line_rules, "end-mark")
    filled = [index for index, line in enumerate(result.lines) if line]
    second_half = filled[len(filled) // 2:] if len(filled) >= 2 else []
    mark = next((index for index in reversed(second_half) if first_full_match(result.lines[index], end_mark)
                 or rule_under_the_thanks(result.lines, filled, index)), None)
    if mark is None:
        return
    after = [line for line in result.lines[mark + 1:] if line]
    if not after or len(after) > AFTER_END_MARK_MAX_LINES or sum(map(len, after)) > AFTER_END_MARK_MAX_CHARS:
        return
    result.removals += [Removal("after-end-mark", line) for line in after]
    result.lines = result.lines[:mark + 1]


ABOUT_MIN_PARAGRAPHS = 5  # a blurb closes a text of some length; a short page may be the blurb itself


@cache
def about_blurb() -> re.Pattern:
    """An 'about' paragraph's opening: a name, then what it is, who runs it and its kind (closing-about-blurb)."""
    kinds = "|".join(map(re.escape, code_rule_words("closing-about-blurb")))
    return re.compile(rf"(?:关于[^：:，。]{{1,20}}[：:]\s*)?(?!本|这|此|今|我|咱|该)[^，。：:！？]{{2,30}}?(?:是|为|系)"
                      rf"[^，。！？]{{0,40}}?(?:推出|主办|发起|举办|创办|打造|组织|创立|成立|举行)的[^，。！？]{{0,20}}?(?:{kinds})"
                      rf"[，,。]")


def drop_closing_about(result: CleanResult) -> None:
    """A blurb about the event or the organiser after the text ('某某大会是某某团队面向开发者推出的技术会议，每年在
    北京举办。…'): the page's last paragraph, opening with a name and what it is, who runs it and its kind (an
    event, a forum, a platform: closing-about-blurb's `words` in cruft.yml), under a text of ABOUT_MIN_PARAGRAPHS
    paragraphs or more. A speaker speaks of 本届大会 or 这次论坛, not of the event by its name in a definition."""
    filled = [index for index, line in enumerate(result.lines) if line]
    if len(filled) <= ABOUT_MIN_PARAGRAPHS:
        return
    last = result.lines[filled[-1]]
    if last[-1] in SENTENCE_ENDS and about_blurb().match(simplified(last)):
        result.removals.append(Removal("closing-about-blurb", last))
        result.lines = result.lines[:filled[-1]]


CLOSING_NAME = re.compile(r"(?<=[。！？!?”」』])\s*[（(]\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[）)]$")


def drop_translation_leftovers(result: CleanResult) -> None:
    """A Chinese text printed with its English translation after each paragraph (translated_paragraph_by_paragraph),
    the translation's lines taken off (english-line): the translation's short lines that rule leaves, each of a few
    English words only — its salutations and headings ('Mr. President,', 'Dear Colleagues,') — go with it
    (translation-leftover in cruft.yml); read as the text's, they became its headings."""
    leftovers = {index for index, line in enumerate(result.lines) if ENGLISH_SHORT_LINE.fullmatch(line.strip())}
    result.removals += [Removal("translation-leftover", result.lines[index].strip()) for index in sorted(leftovers)]
    result.lines = [line for index, line in enumerate(result.lines) if index not in leftovers]


ENGLISH_SHORT_LINE = re.compile(r"[A-Za-z][A-Za-z.'’\-]*(?: [A-Za-z.'’\-]+){0,3}[,:!;]?")


def drop_closing_writer_name(result: CleanResult) -> None:
    """A news report's writer named in brackets after the text's last sentence ('…在阿根廷举行。（张三）'): only on
    the text's last line, and never a transcript's reaction or an end mark (closing-writer-name in cruft.yml)."""
    last = max((index for index, line in enumerate(result.lines) if line), default=None)
    found = CLOSING_NAME.search(result.lines[last]) if last is not None else None
    if found is None or last is None or simplified(found.group("name")).startswith(
            code_rule_words("closing-writer-name")):
        return
    result.removals.append(Removal("closing-writer-name", found.group(0).strip(EDGE_SPACE)))
    result.lines[last] = result.lines[last][:found.start()].rstrip(EDGE_SPACE)


def copy_header_start(lines: list[str], index: int) -> int:
    """Where the copy's header starts: its short lines (title, source, empty labels) right above it, and a lead
    announcing it above those ('国家主席某某4日在某某大学发表了题为《…》的演讲。全文如下：'), but nothing above that
    lead (the first copy's last line may be as short as a header's)."""
    while index > 0 and (not lines[index - 1].strip() or (len(lines[index - 1]) < COPY_HEADER_CHARS
                                                            and not SENTENCE_END.search(lines[index - 1]))):
        index -= 1  # a short line holding a sentence's end ('谢谢！（新华社某地7月4日电）') closes the first copy
    above = index
    while above > 0 and not lines[above - 1].strip():
        above -= 1
    return above - 1 if above > 0 and ANNOUNCES_WHAT_FOLLOWS.search(lines[above - 1]) else index


ANNOUNCES_WHAT_FOLLOWS = re.compile(r"(?:如下|附后)\s*[:：。]?\s*$")  # '…的演讲。全文如下：'


def keep_captures(result: CleanResult, line: str, rules: list[Rule]) -> None:
    """Metadata a line rule would have taken from a line removed for another reason (a running header
    that is also the bulletin's name)."""
    found = first_full_match(line, rules)
    if found:
        result.capture(found[1])


@cache
@reads_rule_file(RULES_FILE)
def reporter_credit(path: Path = RULES_FILE) -> ShadowPattern:
    """A news report's credit line in the page's head (news_report_credit in cruft.yml)."""
    return shadow_compile(rule_section(path, "news_report_credit")["pattern"])


def reads_as_news_report(lines: list[str]) -> bool:
    """A reporter credited in the page's first lines (news_report_credit in cruft.yml): the text is a report."""
    head = [line for line in lines if line][:HEAD_LINES]
    return any(reporter_credit().match(line) for line in head)


def cut_footer(result: CleanResult, rules: list[Rule]) -> None:
    """Drop everything from the first footer line that comes after half of the text, or — for a rule that says
    early_alone — from its label alone on a line ('相关新闻', '【猜你喜欢】') once a paragraph of prose came
    before it: a short report followed by a long feed of teasers has its label before half of the page. A rule
    for a speech's or report's appendix (not_on_news) does not cut a news report: what follows its label there
    (附件：the figures behind the story) is the report's."""
    if any(rule.not_on_news for rule in rules) and reads_as_news_report(result.lines):
        rules = [rule for rule in rules if not rule.not_on_news]
    total = sum(len(line) for line in result.lines)
    prose_before = prose_running_total(result.lines)
    early = [rule for rule in rules if rule.early_alone]
    seen = 0
    prose_seen = False
    amid_text: set[str] = set()  # the between_paragraphs rules whose lines were found standing amid the text
    for index, line in enumerate(result.lines):
        found = first_full_match(line, rules) if line and seen >= total * FOOTER_MIN_SHARE else None
        if found is None and line and prose_seen and label_alone(line):
            found = first_full_match(line, early)
        prose_seen = prose_seen or is_paragraph(line)
        if found and not found[0].early_alone and prose_before[-1] - prose_before[index + 1] > prose_before[index]:
            found = None  # a 来源 row over the text itself: the text is below it, not a footer
        if found and found[0].between_paragraphs and (found[0].name in amid_text
                                                      or recurs_after_a_paragraph(line, result.lines[index + 1:],
                                                                                  found[0])):
            amid_text.add(found[0].name)
            found = None  # a note printed after the paragraph it annotates (the last of them too): the text goes on
        if found:
            rule, match = found
            result.remove(rule, line, match)
            for rest in result.lines[index + 1:]:
                if rest:
                    remove_footer_line(result, rest, rule, rules)
            result.footer = [rest for rest in result.lines[index + 1:] if rest]
            result.lines = result.lines[:index]
            return
        seen += len(line)


NOTES_AMID_PROSE = 2  # notes amid a text: the prose between them outweighs them this many times over


def recurs_after_a_paragraph(line: str, lines: list[str], rule: Rule) -> bool:
    """The rule matches later lines with paragraphs of prose between that outweigh them (NOTES_AMID_PROSE): its
    lines stand between the text's paragraphs (a report's numbered notes, each printed after the paragraph it
    annotates), so the first of them starts no footer. A notes section whose notes run on in paragraphs of their
    own has about as much of them as of the notes' first lines."""
    notes, prose, prose_before_last_note = len(line), 0, 0
    for rest in lines:
        if rest and first_full_match(rest, [rule]):
            notes += len(rest)
            prose_before_last_note = prose
        elif is_paragraph(rest):
            prose += len(rest)
    return prose_before_last_note > NOTES_AMID_PROSE * notes


def prose_running_total(lines: list[str]) -> list[int]:
    """The characters of prose paragraphs before each line (and, last, in all of them). A credit or a button row is
    the page's furniture under the text, so a line with more prose below it than above starts no footer (a
    related-list label may: a short report's feed of teasers is longer than the report, early_alone). A dump
    whose header lines (a reader tool's 'Title:', 'URL Source:' …) outweigh a short speech puts the speech's own
    来源 row past half of the characters; cutting there would drop the speech."""
    totals = [0]
    for line in lines:
        totals.append(totals[-1] + (len(line) if is_paragraph(line) else 0))
    return totals


PARAGRAPH_MIN_CHARS = 40  # a paragraph of prose: at least this long, ending with a sentence
LABEL_ALONE = re.compile(r"[#>\-\s]*[【\[]?\s*[^\s【】\[\]:：]{2,10}\s*[】\]]?\s*[:：]?\s*")


def label_alone(line: str) -> bool:
    """A line that is a short label and nothing else ('相关新闻', '## 你可能还想看', '【相关阅读】：')."""
    return bool(LABEL_ALONE.fullmatch(line))


def is_paragraph(line: str) -> bool:
    stripped = line.strip(EDGE_SPACE)
    return len(stripped) >= PARAGRAPH_MIN_CHARS and stripped[-1:] in "。！？!?”」』）)"


def read_footer_rows(result: CleanResult, field_rules: list[Rule]) -> None:
    """The page's own metadata row under its print/close buttons ('【打印本页】【关闭窗口】' over '发布时间：…
    信息来源：…'): the cut took it off with the footer. Read only when nothing else stated the page's date, since a
    footer also holds the dates of other pages (a related list's); the row's fields count, its removal stays the
    cut's."""
    if result.captures.published or result.captures.date_field:
        return
    for line in result.footer:
        row = CleanResult(lines=[])
        if match_field_rules(row, line, field_rules, {"after_text"}) and row.captures.published:
            for key in CAPTURED_FROM_FOOTER:
                for value in getattr(row.captures, key):
                    result.captures.add(key, value)
            return


CAPTURED_FROM_FOOTER = ("published", "updated", "origin", "publisher")


def remove_footer_line(result: CleanResult, line: str, cutting: Rule, rules: list[Rule]) -> None:
    """A line below the footer's start: credited to the footer rule it matches (keeping its captures,
    such as the link under '本文标题'), else to the rule that cut the footer."""
    found = first_full_match(line, rules)
    if found:
        result.remove(found[0], line, found[1])
    else:
        result.removals.append(Removal(cutting.name, line))


SENTENCE_ENDS = "。！？!?…”」』"  # a line ending with one of these is text, not a page's furniture


# The page's header ends where its text begins. A page whose menus and banners the HTML reader did not know for
# chrome (class names that say nothing, a hand-made page) pushes its headline, byline and date row below the first
# HEAD_LINES lines; every line above the text's first sentence (a line of TEXT_LINE_MIN_CHARS or more ending one:
# a poem's first line too) is still the header, up to LONG_HEAD_LINES lines (cruft.yml, zone head). A menu's items
# (words shorter than TEXT_LINE_MIN_CHARS, a text dump of a portal prints a hundred of them) do not count.
LONG_HEAD_LINES = HEAD_LINES * 3
TEXT_LINE_MIN_CHARS = 8


def opens_text(line: str) -> bool:
    """A line of the text: TEXT_LINE_MIN_CHARS characters or more, ending a sentence."""
    return len(line) >= TEXT_LINE_MIN_CHARS and line[-1] in SENTENCE_ENDS


def drop_lines(result: CleanResult, line_rules: list[Rule], field_rules: list[Rule]) -> None:
    if english_original(result.lines) or translated_in_full(result.lines):
        line_rules = [rule for rule in line_rules if not rule.not_english_original]
    quoted = embedded_english(result.lines)
    quoting_rules = [rule for rule in line_rules if not rule.not_english_original]
    kept: list[str] = []
    index = -1
    text_end = max((at for at, line in enumerate(result.lines) if line and line[-1] in SENTENCE_ENDS), default=-1)
    text_start = next((at for at, line in enumerate(result.lines) if opens_text(line)), len(result.lines))
    longer = -1  # lines of TEXT_LINE_MIN_CHARS or more, menu items left out
    for at, line in enumerate(result.lines):
        if not line:
            kept.append(line)
            continue
        index += 1
        longer += len(line) >= TEXT_LINE_MIN_CHARS
        zone = {"first3"} if index < 3 else set()
        if index < HEAD_LINES or (at < text_start and longer < LONG_HEAD_LINES):
            zone.add("head")
        if at > text_end >= 0:
            zone.add("after_text")
        rules = quoting_rules if at in quoted else line_rules
        if not (match_line_rules(result, line, rules, zone) or match_field_rules(result, line, field_rules, zone)):
            kept.append(without_chrome_ending(result, line, line_rules))
    result.lines = kept


LATIN_SENTENCE = re.compile(r"[(\[“\"‘']*[A-Za-z][^\u3400-\u9fff]*[A-Za-z][^\u3400-\u9fff]*[.!?…\"'”’)]")
CHINESE_PARAGRAPH_ENDS = "。！？…”」』）】.!?"  # the marks a Chinese paragraph (a translation's too) ends with
CHINESE_SENTENCE = re.compile(rf".*[\u3400-\u9fff].*[{CHINESE_PARAGRAPH_ENDS}]")
BILINGUAL_MIN_PAIRS = 3  # paragraphs printed with their translation right after them
BILINGUAL_SHARE = 0.6  # of the English paragraphs


EMBEDDED_ENGLISH_MIN_WORDS = 8  # an English sentence of a paper's abstract or a quotation, not a banner
EMBEDDED_ENGLISH_SHARE = 0.25  # of the page's text at most: more is an English version of the text
LATIN_PER_CHINESE = 3  # letters and spaces of English that say about as much as one Chinese character
CHINESE_PARAGRAPH_MIN_CHARS = 20


def chinese_paragraphs(lines: list[str], english: list[bool]) -> list[bool]:
    """Which lines are Chinese paragraphs: no English line, CHINESE_PARAGRAPH_MIN_CHARS long, ending a sentence."""
    return [not is_english and len(line) >= CHINESE_PARAGRAPH_MIN_CHARS and bool(CHINESE_SENTENCE.fullmatch(line))
            for line, is_english in zip(lines, english, strict=True)]


def embedded_english(lines: list[str]) -> set[int]:
    """Indices of English prose lines that belong to a Chinese text: sentences (eight words or more, ending like a
    sentence) standing between Chinese paragraphs, in a page where English is a small share of the letters and
    no Chinese paragraph is followed by its translation again and again. A paper's English abstract, a quoted
    poem or letter; the rules marked `not_english_original` (english-line) leave them. A banner has no sentence;
    an English version of the whole text, or a translation after each paragraph, is no small share or comes in
    pairs, and stays dropped."""
    filled = [(at, line) for at, line in enumerate(lines) if line]
    english = english_sentence_lines([line for _, line in filled])
    if not any(english):
        return set()
    chinese = chinese_paragraphs([line for _, line in filled], english)
    english_text = sum(len(line) for (_, line), is_english in zip(filled, english, strict=True) if is_english)
    other_text = sum(len(line) for (_, line), is_english in zip(filled, english, strict=True) if not is_english)
    english_text //= LATIN_PER_CHINESE
    translated = translated_pairs(chinese, english)
    if english_text > EMBEDDED_ENGLISH_SHARE * (english_text + other_text) or translated >= BILINGUAL_MIN_PAIRS:
        return set()
    first = next((at for at, is_chinese in enumerate(chinese) if is_chinese), len(filled))
    last = max((at for at, is_chinese in enumerate(chinese) if is_chinese), default=-1)
    return {filled[at][0] for at, is_english in enumerate(english) if is_english and first < at < last}


def translated_paragraph_by_paragraph(lines: list[str]) -> bool:
    """A Chinese text printed with its English translation after each paragraph: BILINGUAL_MIN_PAIRS Chinese
    paragraphs or more each followed by an English one, and most English paragraphs (BILINGUAL_SHARE) so placed.
    An English paragraph is a sentence of EMBEDDED_ENGLISH_MIN_WORDS words or more: headings or slides' titles
    between Chinese paragraphs ('Why is TiDB so popular?') make no pairs."""
    filled = [line for line in lines if line]
    english = english_sentence_lines(filled)
    pairs = translated_pairs(chinese_paragraphs(filled, english), english)
    return pairs >= BILINGUAL_MIN_PAIRS and pairs >= BILINGUAL_SHARE * sum(english)


def english_sentence_lines(lines: list[str]) -> list[bool]:
    """Which lines are English sentences of EMBEDDED_ENGLISH_MIN_WORDS words or more (a banner or a heading is not)."""
    return [bool(LATIN_SENTENCE.fullmatch(line)) and len(line.split()) >= EMBEDDED_ENGLISH_MIN_WORDS for line in lines]


def translated_pairs(chinese: list[bool], english: list[bool]) -> int:
    """How many Chinese paragraphs have an English sentence line right after them (their translation)."""
    return sum(1 for at in range(len(chinese) - 1) if chinese[at] and english[at + 1])


def english_original(lines: list[str]) -> bool:
    """A text in English printed with its Chinese translation paragraph by paragraph (a foreign guest's speech
    and its translation): three or more pairs of a paragraph of English sentences followed by a paragraph of
    Chinese sentences, most of the English paragraphs in such pairs, and the pairs that way round fitting the
    paragraphs' lengths better than the other way (a bilingual edition prints the original first: a Chinese speech
    with its English translation after each paragraph keeps only the Chinese). The English is then the speech
    itself (rules marked `not_english_original` stay off)."""
    filled = english_paragraphs([unicodedata.normalize("NFKC", line) for line in lines if line])
    english = [bool(LATIN_SENTENCE.fullmatch(line)) for line in filled]
    chinese = [not is_english and bool(CHINESE_SENTENCE.fullmatch(line))
               for line, is_english in zip(filled, english, strict=True)]
    translated_after = [(filled[at], filled[at + 1]) for at in range(len(filled) - 1)
                        if english[at] and chinese[at + 1]]
    translated_before = [(filled[at], filled[at - 1]) for at in range(1, len(filled))
                         if english[at] and chinese[at - 1]]
    return len(translated_after) >= BILINGUAL_MIN_PAIRS and len(translated_after) >= BILINGUAL_SHARE * sum(english) \
        and length_misfit(translated_after) < length_misfit(translated_before)


def english_paragraphs(lines: list[str]) -> list[str]:
    """The lines with each paragraph a text dump wrapped at its width joined into one: a run of lines without Chinese
    (an English paragraph: 'Madam President Faust, members of the Harvard Corporation and the Board' / 'of Overseers,
    …'), and a Chinese line that ends no sentence with the Chinese line after it, so that each paragraph is read as
    the one its translation follows."""
    joined: list[str] = []
    for line in lines:
        if joined and LATIN_LINE.fullmatch(line) and LATIN_LINE.fullmatch(joined[-1]):
            joined[-1] = f"{joined[-1]} {line.strip()}"
        elif joined and CJK_CHAR.search(line) and CJK_CHAR.search(joined[-1]) \
                and joined[-1].rstrip()[-1] not in CHINESE_PARAGRAPH_ENDS:
            joined[-1] += line.strip()
        else:
            joined.append(line)
    return joined


LATIN_LINE = re.compile(r"[^\u3400-\u9fff]*[A-Za-z]{2}[^\u3400-\u9fff]*")


TRANSLATED_BLOCK_MIN_PARAGRAPHS = 8  # an English text printed whole before its translation: a speech, not a banner
TRANSLATION_FIT = 2.0  # the translation says as much as the original: their lengths within this factor


def translated_in_full(lines: list[str]) -> bool:
    """A text in English printed whole and then its Chinese translation whole (a foreign guest's speech, the
    original above a divider and the translation below it): a run of TRANSLATED_BLOCK_MIN_PARAGRAPHS English
    paragraphs or more, with no more Chinese before it than a reposter's lead (a Chinese original would say as
    much), and after it Chinese paragraphs that say about as much
    (their length within TRANSLATION_FIT of the English's, LATIN_PER_CHINESE letters to a character) in at least
    half as many paragraphs. The English is then the speech itself, as english_original's pairs are (rules marked
    `not_english_original` stay off). A Chinese text with its English version after it keeps only the Chinese."""
    filled = [unicodedata.normalize("NFKC", line) for line in lines if line]  # a paragraph a line, as pages print
    english = [bool(LATIN_SENTENCE.fullmatch(line)) for line in filled]
    chinese = chinese_paragraphs(filled, english)
    start = next((at for at, is_english in enumerate(english) if is_english), None)
    if start is None:
        return False
    end = start
    while end < len(filled) and not CJK_CHAR.search(filled[end]):  # headings in English stay in the run
        end += 1
    original = [line for line, is_english in zip(filled[start:end], english[start:end], strict=True) if is_english]
    translation = [line for line, is_chinese in zip(filled[end:], chinese[end:], strict=True) if is_chinese]
    if len(original) < TRANSLATED_BLOCK_MIN_PARAGRAPHS or len(translation) * 2 < len(original):
        return False
    said = sum(map(len, original)) / LATIN_PER_CHINESE
    before = sum(len(line) for line, is_chinese in zip(filled[:start], chinese[:start], strict=True) if is_chinese)
    return before < EMBEDDED_ENGLISH_SHARE * said \
        and 1 / TRANSLATION_FIT <= said / max(sum(map(len, translation)), 1) <= TRANSLATION_FIT


def length_misfit(pairs: list[tuple[str, str]]) -> float:
    """How badly each English paragraph's length matches the Chinese one it is paired with (the mean of the log of
    their ratio, LATIN_PER_CHINESE letters to a character): a paragraph and its translation say as much, so the
    right pairing (the original first, or the translation first) fits best, whatever paragraph is left unpaired."""
    if not pairs:
        return math.inf
    return sum(abs(math.log(max(len(english), 1) / LATIN_PER_CHINESE / max(len(chinese), 1)))
               for english, chinese in pairs) / len(pairs)


def without_chrome_ending(result: CleanResult, line: str, rules: list[Rule]) -> str:
    """A line whose last sentence is a whole line of chrome for a rule that says so (at_line_end: a site's
    follow prompt or notice glued after the last paragraph's last sentence) loses that sentence."""
    ending = LAST_SENTENCE.search(line)
    if not ending:
        return line
    found = first_full_match(ending.group("tail"), [rule for rule in rules if rule.at_line_end])
    if not found:
        return line
    result.remove(found[0], ending.group("tail"), found[1])
    return line[:ending.start("tail")].rstrip(EDGE_SPACE)


def match_line_rules(result: CleanResult, line: str, rules: list[Rule], zone: set[str]) -> bool:
    found = first_full_match(line, [rule for rule in rules if rule.zone == "any" or rule.zone in zone])
    if found:
        result.remove(found[0], line, found[1])
    return bool(found)


MARKDOWN_LEAD = re.compile(r"(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|[■□●◆◇★☆▶►▷※][ \t\u3000]*)+")
MARKDOWN_TAIL = re.compile(r"[ \t]+#+$")


def core_span(line: str) -> tuple[int, int]:
    """The line without the Markdown block marks of a scraper's dump ('## 相关阅读', '> 来源：…', '- 上一篇') or
    a news page's bullet ('■ 本报记者 …'), so that a rule sees the words; positions stay those of the line."""
    lead = MARKDOWN_LEAD.match(line) if line[:1] in "#>-*+■□●◆◇★☆▶►▷※" else None
    tail = MARKDOWN_TAIL.search(line) if line.endswith("#") else None
    start, end = lead.end() if lead else 0, tail.start() if tail else len(line)
    return (start, end) if start < end else (0, len(line))


def first_full_match(line: str, rules: list[Rule]) -> tuple[Rule, Found] | None:
    """The first rule whose pattern matches the whole line (on its simplified shadow, computed once), Markdown
    block marks around it aside."""
    shadow = simplified(line)
    spans = {(0, len(shadow)), core_span(shadow)}  # the line as it is ('- 3 -'), and its core
    for rule in rules:
        if rule.trigger is not None and not rule.trigger.regex.search(shadow):
            continue
        found = next(filter(None, (rule.matcher.regex.fullmatch(shadow, *span) for span in sorted(spans))), None)
        if found:
            return rule, ShadowPattern.wrap(found, line, shadow)
    return None


def match_field_rules(result: CleanResult, line: str, rules: list[Rule], zone: set[str]) -> bool:
    """A metadata line in the rule's zone; elsewhere only one with several labels (来源 … 发布时间 … 点击数), or
    labels without values (an empty '文件下载：' or '分享：' under the text)."""
    for rule in rules:
        fields = parse_fields(line, rule.labels)
        outside = rule.zone != "any" and rule.zone not in zone
        empty = rule.empty_anywhere and bool(fields) and not any(value for _, value in fields)
        after_text = rule.after_text and "after_text" in zone
        if outside and not (rule.anywhere_min_fields and len(fields) >= rule.anywhere_min_fields) and not empty \
                and not after_text:
            continue
        if fields:
            result.removals.append(Removal(rule.name, line))
            for key, value in fields:
                if key not in NOT_CAPTURED and value:
                    result.captures.add(key, value)
            return True
    return False


ROW_LEAD_MAX = 40  # a site's name and address opening a metadata row is at most this long
ROW_LEAD_MIN_LABELS = 2  # ... and only before this many known labels, one of them dated
LABELLED_DATE = re.compile(rf"[{CJK_RANGE}]{{2,6}}\s*[:：]\s*(?P<date>{DATE_LINE})")
LEAD_PUNCTUATION = re.compile(r"[：:。！？；，,、!?;]")
# A site or column name, then the row's date ('新华网某某频道 ( 2012-06-04 09:20:26 )'): a news portal's header row.
NAMED_DATE = re.compile(rf"[^：:。！？；，,、!?;\d]{{2,{ROW_LEAD_MAX}}}?\s*(?P<date>{DATE_LINE})")


def row_lead(lead: str, fields: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """What the text before a metadata row's first known label gives (None: the line is no metadata row).
    A bare date is the row's publication date ('2019.05.29 来源：…'), and so is one after a site's or column's name
    ('某某网某某频道 ( 2012-06-04 09:20:26 ) 稿件来源：…'); a date under a label the vocabulary does
    not know ('时间发布：2023-06-12 09:51 阅读次数：…') is too; before two or more known labels, one of them
    dated, a short lead without punctuation is the portal's name and address ('某某省人民政府门户网站
    www.example.gov.cn 时间：2022-08-11 来源：…'), which gives nothing."""
    if not lead:
        return []
    if DATE_LINE_RE.fullmatch(lead):
        return [("published", lead)]
    named = NAMED_DATE.fullmatch(lead)
    if named:
        return [("published", named.group("date").strip(EDGE_SPACE + "（()）【】[]"))]
    labelled = LABELLED_DATE.fullmatch(simplified(lead))
    if labelled:
        return [("published", lead[labelled.start("date"):])]
    dated = any(DATE_LINE_RE.match(value) for _, value in fields)
    if len(fields) >= ROW_LEAD_MIN_LABELS and dated and len(lead) <= ROW_LEAD_MAX and not LEAD_PUNCTUATION.search(lead):
        return []
    if dated and TAG_LIST.fullmatch(lead):
        return []  # the post's tags run into its date row ('王某 , 北京大学 , 毕业典礼 , 演讲日期：2013-09-15')
    return None


TAG_MARKS = re.escape(",，、|｜")  # what sets a post's tags apart, for use inside a [...] character class
# Three tags or more in a row ('王某 , 北京大学 , 毕业典礼'), each a word or two
TAG_LIST = re.compile(rf"[^\s，,。！？：:]{{1,8}}(?:\s*[{TAG_MARKS}]\s*[^\s，,。！？：:]{{1,8}}){{2,}}")


@cache
def bare_label_pattern(labels: tuple[str, ...]) -> ShadowPattern:
    """A known label alone, without its colon ('来源', '【责任编辑】')."""
    alternatives = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    return shadow_compile(rf"[【\[（(]?\s*({alternatives})\s*[】\]）)]?")


@cache
def label_pattern(labels: tuple[str, ...]) -> ShadowPattern:
    alternatives = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    # 'label：value', '【label：value】', or the label set in brackets without a colon ('【来源】某某日报')
    return shadow_compile(rf"(?:【\s*({alternatives})\s*】\s*[:：]?|[【\[（(]?\s*({alternatives})\s*[:：])\s*")


def parse_fields(line: str, labels: dict[str, str]) -> list[tuple[str, str]]:
    """Split 'label:value label:value' metadata lines ('2019.05.29 来源：…' too: a bare date before the first
    label is the row's publication date); [] when the line is not such a line."""
    if len(line) > 160 or not (":" in line or "：" in line or "】" in line):
        return []  # too long for a metadata row, or no 'label：' (nor '【label】') in it
    pattern = label_pattern(tuple(labels))
    matches = list(pattern.finditer(line))
    if not matches:
        return []
    fields: list[tuple[str, str]] = []
    for current, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(line)
        value = line[current.end():end].strip(EDGE_SPACE + "|｜】]）)【[")
        fields.append((labels[simplified(current.group(1) or current.group(2))], value))
    fields = with_the_rows_date_apart(fields, labels)
    lead = row_lead(line[: matches[0].start()].strip(EDGE_SPACE + "|｜【["), fields)
    return [] if lead is None else lead + fields


# A metadata row's value with the row's date after it and no label of its own ('作者：陈某某 2023-05-16', a share
# page's 来源 … 作者 … row): the value, then the publication date.
VALUE_THEN_DATE = re.compile(rf"(?P<value>\S(?:.*?\S)?)\s+(?P<date>{DATE_LINE})")


def with_the_rows_date_apart(fields: list[tuple[str, str]], labels: dict[str, str]) -> list[tuple[str, str]]:
    """A row without a labelled date that prints its date after a value ('来源：某某市委党校 作者：陈某某 2023-05-16'):
    the value is the name alone, and the date is the row's publication date, or what a date label the row prints
    without its colon right before it says the date is ('作者：某某 | 原文发布于 2023年3月22日': the original's)."""
    if any(key in ("published", "updated") for key, _ in fields):
        return fields
    apart: list[tuple[str, str]] = []
    for key, value in fields:
        dated = VALUE_THEN_DATE.fullmatch(value) if key not in NOT_CAPTURED else None
        if not dated:
            apart.append((key, value))
            continue
        named, date_key = without_closing_date_label(dated.group("value"), labels)
        apart += [(key, named), (date_key, dated.group("date"))]
    return apart


DATE_KEYS = ("published", "updated", "original_published")


def without_closing_date_label(value: str, labels: dict[str, str]) -> tuple[str, str]:
    """'某某 | 原文发布于' -> ('某某', 'original_published'): the value without a date label closing it, and the key
    that label gives the date after it ('published' when there is none)."""
    shadow = simplified(value)
    for label in sorted(labels, key=len, reverse=True):
        if labels[label] in DATE_KEYS and shadow.endswith(label) and len(label) < len(value):
            return value[:-len(label)].rstrip(EDGE_SPACE + "|｜"), labels[label]
    return value, "published"


CRUMB_SPLIT = re.compile(rf"\s*[{CRUMB_MARKS}]\s*")


def drop_crumb_echoes(result: CleanResult) -> None:
    """Drop a head line that merely repeats a breadcrumb element (the column name under the trail)."""
    crumbs = {c for trail in result.captures.crumbs for c in CRUMB_SPLIT.split(trail) if c}
    if not crumbs:
        return
    kept = []
    for index, line in enumerate(result.lines):
        if line and index < HEAD_LINES * 2 and line in crumbs and len(line) <= 12:
            result.removals.append(Removal("breadcrumb-echo", line))
        else:
            kept.append(line)
    result.lines = kept


def remove_inline(result: CleanResult, rules: list[Rule]) -> None:
    for rule in rules:
        for index, line in enumerate(result.lines):
            if (rule.trigger is None or rule.trigger.search(line)) and rule.matcher.search(line):
                for match in rule.matcher.finditer(line):
                    result.remove(rule, match.group(0), match)
                result.lines[index] = without_stray_marks(rule.matcher.sub(rule.replace, line))


def without_stray_marks(line: str) -> str:
    """What an inline removal left of a line that held nothing else: a full stop or a bracket once closing the
    removed notice ('全文共5321字，当前仅显示前1500字，开通会员查看全文。' -> '。') is no paragraph of the text."""
    return line if any(unicodedata.category(ch)[0] in "LN" for ch in line) else ""


CRUMB_LABEL = re.compile(r"\s*(?:您|你)?(?:当前|现在|目前|所在)?的?(?:位置|所在位置)\s*[:：是]?\s*")


def crumb_root(trail: str) -> str:
    """A breadcrumb trail's first element without the trail's label ('您的位置：某某网 > 讲话稿 > …' -> '某某网')."""
    label = CRUMB_LABEL.match(simplified(trail))  # the shadow keeps every character's place
    return CRUMB_SPLIT.split(trail[label.end() if label else 0:].strip())[0].strip()


@cache
def farm_site_endings() -> tuple[str, ...]:
    return code_rule_words("site-name-in-text")


def names_a_farm_site(name: str) -> bool:
    """'某某范文网', '某某文库': a name ending as a 范文/文库 site's does (site-name-in-text's `words`)."""
    return bool(name) and simplified(name).endswith(farm_site_endings())


@cache
@reads_rule_file(RULES_FILE)
def website_endings(path: Path = RULES_FILE) -> tuple[str, ...]:
    """How any website's name ends (the vocabulary website_endings of cruft.yml: a writing-sample site's endings,
    another site's, 网, 站 …)."""
    return vocabularies(path, read_rule_file(path))["website_endings"]


def names_a_website(name: str) -> bool:
    """'某某范文网', '某某在线': a name only a website has, which a speech does not say; a portal's body
    ('某某县人民政府', '某某大学') is named in speeches too."""
    return simplified(name).endswith(website_endings())


def without_injected(line: str, name: str) -> str:
    """The line without the copies of `name` injected into a word: the characters on its two sides join into a
    dictionary word ('工' + '作'), as a watermark's seam does; a copy the sentence names ('去年，某某县人民政府出台了')
    stays."""
    shadow = simplified(line)
    pieces: list[str] = []
    start = 0
    while (at := line.find(name, start)) >= 0:
        end = at + len(name)
        injected = at > 0 and end < len(line) and is_word(shadow[at - 1] + shadow[end])
        pieces.append(line[start:at] if injected else line[start:end])
        start = end
    return "".join(pieces) + line[start:]


def remove_watermarks(result: CleanResult, rules: list[Rule], page_crumbs: Iterable[str] = ()) -> None:
    """Remove injected strings; also the site's own name when it turns up inside a sentence: the name its banner,
    greeting or slogan gave, or a 范文/文库 site's name heading its breadcrumb (a portal's root, '某某市人民政府',
    is words a speech says, and stays)."""
    roots = [crumb_root(trail) for trail in [*result.captures.crumbs, *page_crumbs]]
    site_names = list(dict.fromkeys([*(n for n in result.captures.site_name if len(n) >= 3),
                                     *(root for root in roots if len(root) >= 3 and names_a_farm_site(root))]))
    for index, line in enumerate(result.lines):
        for name in site_names:
            if name in line and line != name:
                kept = without_website_name(line, name) if names_a_website(name) else without_injected(line, name)
                if kept != line:
                    result.removals.append(Removal("site-name-in-text", name))
                    result.lines[index] = line = kept
    for rule in rules:
        injected = {text for text, count in count_injections(result.lines, rule).items()
                    if count >= rule.min_repeats}
        for index, line in enumerate(result.lines):
            if any(text in line for text in injected):
                result.lines[index] = strip_injections(line, rule, injected, result)


def title_site_parts(title: str) -> list[str]:
    """The parts of a page's <title> that name a 范文/文库 site ('在…上的讲话_小松范文网' -> ['小松范文网']): read
    as a breadcrumb's root is, so that the name injected into the text goes (site-name-in-text)."""
    return [part for part in TITLE_PIECES.split(title) if len(part) >= 3 and names_a_farm_site(part)]


TITLE_PIECES = re.compile(r"\s*[_|｜\-–—－]+\s*|\s+")
# A <title>'s separators between its headline and the site's name: an underscore, a bar, or a dash between spaces
# (a dash without spaces may be the headline's own, '中国-东盟').
TITLE_PIECES_AROUND_SPACES = re.compile(r"\s*[_|｜]+\s*|\s+[\-–—－]+\s+")
HEADLINE_MIN = 6  # characters of a headline: a shorter <title> part may be a site's or a source's name


def without_website_name(line: str, name: str) -> str:
    """The line without a website's name injected into it, and without the site's web address glued to the name
    ('…导向，某某范文网www.example.com把干部…', '某某文库(https://www.example.com)'), nor the brackets that held only
    the name, perhaps under a source label ('…提高。（本文来源：某某范文网）' -> '…提高。')."""
    named = re.escape(name) + GLUED_ADDRESS
    line = re.sub(rf"[（(【\[]\s*(?:{SOURCE_LABEL}\s*[:：]\s*)?{named}\s*[）)】\]]", "", line)
    return re.sub(named, "", line)


SOURCE_LABEL = r"(?:本文|文章|稿件)?(?:来源|来自|出处|转自|摘自|选自|整理)"


GLUED_ADDRESS = r"(?:\s*[（(]?\s*(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}(?:/[A-Za-z0-9_./?=&%#-]*)?\s*[）)]?)?"


def count_injections(lines: list[str], rule: Rule) -> Counter[str]:
    candidates = [line for line in lines if rule.trigger is None or rule.trigger.search(line)]
    return Counter(text for line in candidates for _, _, text in find_injections(line, rule))


def find_injections(line: str, rule: Rule) -> Iterator[tuple[int, int, str]]:
    position = 0
    while match := rule.matcher.search(line, position):
        start, end = injected_span(line, match, rule.matcher)
        if start is None:
            position = match.start() + 1
        else:
            yield start, end, line[start:end]
            position = end


def strip_injections(line: str, rule: Rule, injected: set[str], result: CleanResult) -> str:
    spans = [(start, end, text) for start, end, text in find_injections(line, rule) if text in injected]
    for start, end, text in reversed(spans):
        result.removals.append(Removal(rule.name, text))
        line = line[:start] + line[end:]
    return line


def injected_span(line: str, match: Found, pattern: ShadowPattern) -> tuple[int | None, int]:
    """Shortest candidate first: the seam test is then least likely to swallow real words."""
    end = match.end()
    line = simplified(line)  # the dictionary's words are simplified; positions are the same
    for start in range(end - 1, match.start() - 1, -1):
        candidate = pattern.match(line, start)  # not fullmatch(pos, endpos): lookaheads must see past end
        if start == 0 or end == len(line) or not candidate or candidate.end() != end:
            continue
        seam, split = line[start - 1] + line[end], line[start - 1:start + 1]
        if is_word(seam) and not is_word(split):
            return start, end
    return None, end
