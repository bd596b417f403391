"""An article carried inside program source: the one long prose string literal or comment of a code file.

Developers paste an article into a Java or JavaScript class (a constant, a test fixture, a template string)
or into a long comment. Such a file is mostly code, and its article is one string: the lexer here finds
the file's string literals (double, single and back quotes, triple quotes; literals joined by `+`, `.` or
nothing are one string) and its comments (markers stripped), unescapes them (\\n, \\", \\uXXXX …), and
measures each as prose (scripts/clean/prose.py). One clear prose piece is the page. Several prose pieces of
similar length (a pasted API response with many articles, a table of records) or none leave the file
refused as program source, with a message that says which. A page's data object often keeps the article's
lead and salutation in fields of their own right before its paragraphs (`head: "…", welcome: "同志们：",
content: ["…", …]`): literals written in sentences that stand just before the article, a key apart, open it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from scripts.clean.chinese import CJK_CHAR
from scripts.clean.prose import PROSE_LINE, Piece, distinct_prose, measure

# Each literal ends at its closing quote, or (unclosed) at its line's end or the file's end, never failing once
# opened: a file of stray quotes is read in one pass. A backslash escapes the next character, a line end too.
STRING_PATTERNS = (r"(?P<triple>\"\"\"(?:[^\\]|\\.|\\\Z)*?(?:\"\"\"|\Z)|'''(?:[^\\]|\\.|\\\Z)*?(?:'''|\Z))"
                   r"|(?P<string>\"(?:[^\"\\\n]|\\.|\\\Z)*(?:\"|$)|'(?:[^'\\\n]|\\.|\\\Z)*(?:'|$)"
                   r"|`(?:[^`\\]|\\.|\\\Z)*(?:`|\Z))")
TOKEN = re.compile(r"(?P<block>/\*.*?(?:\*/|\Z))|(?P<line>//[^\n]*)|" + STRING_PATTERNS, re.S | re.M)
STRING = re.compile(STRING_PATTERNS, re.S | re.M)  # inside a comment: only the literals a pasted response holds
JOIN = re.compile(r"\s*[+.\\]?\s*")  # "a" + "b", "a" . "b" (PHP), "a" "b" (C, Python), a continued line
COMMENT_MARKS = re.compile(r"^[ \t]*(?:/\*+|\*+/|\*+(?!/)|//+)[ \t]?|[ \t]*\*+/[ \t]*$", re.M)
# Between two paragraphs of one text: an array's comma, one call after another (`");\n sb.append("`,
# `").append("`, `document.write(…)`), or `html += ` statements.
PARAGRAPH_GLUE = re.compile(r"\s*(?:,|\)\s*;?\s*[\w$.]*\s*\(|\)\s*\.\s*\w+\s*\(|;\s*[\w$.]+\s*\+=)\s*")
PARAGRAPH_BREAK = re.compile(r"\n|<(?:p|br|div)\b", re.I)
ESCAPE = re.compile(r"\\(u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|\r?\n|.)", re.S)
SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": "", "\n": "", "\r\n": ""}
INTERPOLATION = re.compile(r"\$\{[^{}]*\}")  # a JavaScript template literal's ${expression}
# Between a field's literal and the next field's value in one object or dict: a comma and the next key, perhaps
# opening the array of paragraphs (`welcome: "…",\n content: [\n "…"`), or an array's comma alone.
NEXT_FIELD = re.compile(r"\s*,\s*(?:[\"']?[\w$\u4e00-\u9fff]+[\"']?\s*:\s*\[?\s*)?")
MAX_LEAD_FIELDS = 3  # how many such fields may open the article (a lead, a salutation, a dateline)


@dataclass(frozen=True)
class Found:
    """The article found in the source (its text, where it starts), or why there is none."""

    text: str = ""
    line: int = 0
    kind: str = ""  # "string literal" or "comment"
    pieces: int = 0  # how many prose pieces the file holds (for the refusal)
    start: int = 0  # where in the file it starts


def article_in_source(text: str) -> Found:
    """The one prose string literal or comment of a code file; Found without text (and the number of prose
    texts it holds) when there is none, or several: then it is a file of records, not one article."""
    pieces = prose_candidates(text)
    prose = distinct_prose([piece for piece, _ in pieces])
    if len(prose) != 1:
        return Found(pieces=len(prose))
    at = next(index for index, (piece, _) in enumerate(pieces) if piece is prose[0])
    chosen = pieces[at][1]
    leads = lead_fields(text, pieces[:at], chosen)
    first = leads[0] if leads else chosen
    return Found("\n".join([lead.text.strip() for lead in leads] + [chosen.text]), first.line, chosen.kind, 1,
                 first.start)


def lead_fields(text: str, before: list[tuple[Piece, Found]], chosen: Found) -> list[Found]:
    """The fields that open the article from just before it in its object (`head: "9月2日，…"`, `welcome:
    "同志们："`): one-line string literals written in sentences or opening what follows with a colon, each only a
    comma and the next key before the next; a title, a label or a count (no sentence punctuation) ends the
    walk."""
    leads: list[Found] = []
    after = chosen
    for piece, found in reversed(before[-MAX_LEAD_FIELDS:]):
        literal = STRING.match(text, found.start)
        opening = piece.chars or (CJK_CHAR.search(found.text) and found.text.strip().endswith(("：", ":")))
        if (found.kind != "string literal" or not opening or "\n" in found.text.strip() or literal is None
                or not NEXT_FIELD.fullmatch(text, literal.end(), after.start)):
            break
        leads.insert(0, found)
        after = found
    return leads


def prose_candidates(text: str) -> list[tuple[Piece, Found]]:
    """Every string (joined across `+`) and every comment without strings of its own, measured."""
    found: list[tuple[Piece, Found]] = []
    for value, start, kind in strings_and_comments(text):
        line = text.count("\n", 0, start) + 1
        found.append((measure(f"{kind} at line {line}", value), Found(value, line, kind, start=start)))
    return found


def strings_and_comments(text: str) -> list[tuple[str, int, str]]:
    """(unescaped value, position, kind) of each string literal and comment. A comment that holds string
    literals (a pasted JSON response in a Javadoc) yields those literals, not itself."""
    found: list[tuple[str, int, str]] = []
    for start, match in literal_runs(text, TOKEN):
        if isinstance(match, str):
            found.append((match, start, "string literal"))
            continue
        inner = [(value, start + 2 + at, "string literal") for at, value in literal_runs(match.group()[2:], STRING)
                 if isinstance(value, str)]
        found += inner or [(COMMENT_MARKS.sub("", match.group()), start, "comment")]
    return found


def literal_runs(text: str, pattern: re.Pattern) -> Iterator[tuple[int, str | re.Match]]:
    """(position, value) of each run of string literals, and (position, match) of each comment, in order. A
    run is literals joined by `+` (or nothing), and paragraphs one literal each, in an array or in one call
    after another (`sb.append("…");`, `html += "…";`), joined by line breaks."""
    run: list[str] = []
    paragraph = ""  # the run's last paragraph
    run_start = run_end = -1
    for match in pattern.finditer(text):
        if match.lastgroup in {"block", "line"}:
            if run:
                yield run_start, "".join(run)
                run = []
            yield match.start(), match
            continue
        value = literal_value(match.group())
        if run and JOIN.fullmatch(text, run_end, match.start()):
            run.append(value)
            paragraph += value
        elif run and PARAGRAPH_GLUE.fullmatch(text, run_end, match.start()) and one_paragraph(paragraph) \
                and one_paragraph(value):
            run.append("\n" + value)
            paragraph = value
        else:
            if run:
                yield run_start, "".join(run)
            run, paragraph, run_start = [value], value, match.start()
        run_end = match.end()
    if run:
        yield run_start, "".join(run)


def one_paragraph(value: str) -> bool:
    """A single paragraph of prose: written in sentences, without line or paragraph breaks of its own (a
    literal holding several paragraphs is a text of its own, not one paragraph of a longer one)."""
    return bool(PROSE_LINE.search(value)) and not PARAGRAPH_BREAK.search(value.strip())


def literal_value(literal: str) -> str:
    """A literal's text: quotes removed, escapes read, a template literal's ${…} removed."""
    quote = 3 if literal.startswith(('"""', "'''")) else 1
    closed = len(literal) >= 2 * quote and literal.endswith(literal[:quote])  # an unclosed one ends at the line's end
    body = literal[quote:-quote] if closed else literal[quote:]
    if literal.startswith("`"):
        body = INTERPOLATION.sub("", body)
    return unescape(body)


def unescape(text: str) -> str:
    """Backslash escapes as Java, JavaScript, JSON, C# and Python write them; surrogate pairs joined."""
    if "\\" not in text:
        return text
    out = ESCAPE.sub(escaped_char, text)
    return out.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def escaped_char(match: re.Match) -> str:
    code = match.group(1)
    if code.startswith("u{"):
        return chr(min(int(code[2:-1], 16), 0x10FFFF))
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return SIMPLE_ESCAPES.get(code, code)
