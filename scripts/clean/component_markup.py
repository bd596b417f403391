"""The markup a front-end component renders, taken out of its program source (JSX/TSX elements in code).

A React or Next.js page (`.jsx`, `.tsx`, a `.js` component) keeps its article as markup inside the code:
`return (<div className="article"><p>…</p></div>)`. None of that text is a string literal, so the program-
source reader (scripts/clean/program_source.py) finds no prose in it. This module finds every element that
stands where code expects a value (after `return`, `(`, `=`, `=>`, `,`, `?`, `:`, `&&` …), parses it as JSX
(tags, attributes with "…" or {…} values, children with {…} expressions, fragments <>…</>), and writes it out
as plain HTML: `className` becomes `class`, a component is the HTML element it stands for (rules/containers.yml,
`component_markup`: <Link> an <a>, <Image> an <img>, any other a <div> or <span>), a self-closing element is
closed, an expression child is its string literal ({' '}, {"…"}) or the elements inside it ({cond && <p>…</p>})
and nothing else ({/* comments */}, {variables}), an attribute given by an expression goes. The code around
the markup (imports, exports, props, hooks) is not part of it. The caller decides from what the file holds —
prose in the markup or prose in the code's strings and comments — which one is the page (containers.py).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.clean.program_source import unescape
from scripts.clean.rule_files import RULES_DIR, reads_rule_file, rule_section

RULES_FILE = RULES_DIR / "containers.yml"
NAME = re.compile(r"[A-Za-z_$][\w$.:-]*")
ATTRIBUTE_NAME = re.compile(r"[A-Za-z_$][\w$.:-]*")
SPACE = re.compile(r"(?:\s|//[^\n]*|/\*.*?\*/)*", re.S)  # white space and comments inside a tag
# What code has just before a value: an element may start here (not after a name or a number: `a < b`, `List<T>`).
VALUE_BEFORE = re.compile(r"(?:[(\[{,=:?&|]|\breturn|\byield|\bdefault|=>)\Z")
STRING_START = "\"'`"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = re.compile(r"<(?:p|div|h[1-6]|section|article|table|ul|ol|li|blockquote|header|footer|nav|main|aside|"
                   r"figure|form|dl|pre)\b", re.I)
MAX_DEPTH = 200
CHILD_MARK = re.compile(r"[<{]")  # where an element's text ends: a tag or an expression
WORK_PER_CHAR = 10  # parsing gives up past this many scanned characters per character of the file (a file of
# unclosed '(<x>' would otherwise be scanned to its end from each of them: quadratic time)


@dataclass(frozen=True)
class ComponentRules:
    """How a component's tags and attributes read as HTML (rules/containers.yml, `component_markup`)."""

    tags: dict[str, str]  # component name -> HTML tag
    attributes: dict[str, str]  # JSX attribute -> HTML attribute
    dropped_attributes: frozenset[str]


@cache
@reads_rule_file(RULES_FILE)
def component_rules(path: Path = RULES_FILE) -> ComponentRules:
    entry = rule_section(path, "component_markup")
    tags = {str(name): str(tag) for tag, names in entry["tags"].items() for name in names}
    attributes = {str(name): str(html_name) for html_name, names in entry["attributes"].items() for name in names}
    return ComponentRules(tags, attributes, frozenset(str(name) for name in entry["dropped_attributes"]))


@dataclass(frozen=True)
class Markup:
    """The elements found in the source, as HTML, and the source with them blanked (same length and lines)."""

    html: str
    code: str
    elements: int


class NotJsx(Exception):
    """What looked like an element's start is not one (a comparison, a type argument, text)."""


class Budget:
    """How many more characters the parse may scan (WORK_PER_CHAR per character of the file)."""

    left = 0

    @classmethod
    def spend(cls, chars: int) -> None:
        cls.left -= max(chars, 1)
        if cls.left < 0:
            raise NotJsx


def component_markup(text: str) -> Markup:
    """Every top-level JSX element of the source, as HTML, and the code around them."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    Budget.left = WORK_PER_CHAR * len(text) + 10_000
    for start, end, markup in elements_in(text, 0, len(text)):
        parts.append(markup)
        spans.append((start, end))
    code = text
    for start, end in reversed(spans):
        code = code[:start] + re.sub(r"[^\n]", " ", code[start:end]) + code[end:]
    return Markup("\n".join(parts), code, len(parts))


def elements_in(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """(start, end, html) of each element standing where code expects a value in text[start:stop], skipping
    strings, template literals and comments."""
    found: list[tuple[int, int, str]] = []
    index = start
    while index < stop:
        char = text[index]
        if char in STRING_START:
            index = string_end(text, index)
        elif text.startswith("//", index):
            index = line_end(text, index)
        elif text.startswith("/*", index):
            end = text.find("*/", index + 2)
            index = stop if end < 0 else end + 2
        elif char == "<" and index + 1 < stop and (text[index + 1].isalpha() or text[index + 1] == ">") \
                and value_expected(text, start, index):
            try:
                end, markup = element(text, index, 0)
            except NotJsx:
                if Budget.left < 0:
                    return found
                index += 1
                continue
            found.append((index, end, markup))
            index = end
        else:
            index += 1
    return found


def value_expected(text: str, start: int, index: int) -> bool:
    """The code before `index` (white space aside) ends where a value is expected."""
    end = index
    while end > start and text[end - 1].isspace():
        end -= 1
    return bool(VALUE_BEFORE.search(text, max(start, end - 8), end)) or end == start == 0


def line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def string_end(text: str, index: int) -> int:
    """The position after the string or template literal opening at `index` (a quoted string ends at its line's
    end when unclosed; a template literal's ${…} may hold code with strings of its own)."""
    quote = text[index]
    position = index + 1
    while position < len(text):
        char = text[position]
        if char == "\\":
            position += 2
            continue
        if char == quote:
            return position + 1
        if char == "\n" and quote != "`":
            return position
        if quote == "`" and text.startswith("${", position):
            position = expression_end(text, position + 1)
            continue
        position += 1
    return len(text)


def expression_end(text: str, index: int) -> int:
    """The position after the `}` closing the expression whose `{` is at `index`."""
    depth = 0
    position = index
    while position < len(text):
        Budget.spend(1)
        char = text[position]
        if char in STRING_START:
            position = string_end(text, position)
            continue
        if text.startswith("//", position):
            position = line_end(text, position)
            continue
        if text.startswith("/*", position):
            end = text.find("*/", position + 2)
            position = len(text) if end < 0 else end + 2
            continue
        if char == "<" and position + 1 < len(text) and (text[position + 1].isalpha() or text[position + 1] == ">") \
                and value_expected(text, index, position):
            try:
                position, _ = element(text, position, 0)
                continue
            except NotJsx:
                pass
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    raise NotJsx


def element(text: str, index: int, depth: int) -> tuple[int, str]:
    """(end, html) of the JSX element or fragment opening at `index`; NotJsx when it is none."""
    if depth > MAX_DEPTH:
        raise NotJsx
    if text.startswith("<>", index):
        end, inner = children(text, index + 2, "", depth)
        return end, inner
    name_match = NAME.match(text, index + 1)
    if not name_match:
        raise NotJsx
    name = name_match.group()
    position, attributes, closed = attributes_of(text, name_match.end())
    tag = html_tag(name)
    if closed:
        inner = ""
        end = position
    else:
        end, inner = children(text, position, name, depth)
    if tag not in VOID and tag in {"div", "span"} and name[:1].isupper():
        tag = "div" if BLOCK.search(inner) else "span"
    opening = f"<{tag}{''.join(attributes)}>"
    return end, opening if tag in VOID else f"{opening}{inner}</{tag}>"


def html_tag(name: str) -> str:
    """The HTML element a JSX tag stands for: an intrinsic element is itself; a component, what the rules say
    (a link, an image), else a container."""
    rules = component_rules()
    if name in rules.tags:
        return rules.tags[name]
    if name[:1].islower() and "." not in name:
        return name
    return "div"


def attributes_of(text: str, index: int) -> tuple[int, list[str], bool]:
    """(position after the tag's end, HTML attributes, whether it closed itself) of a JSX opening tag."""
    rules = component_rules()
    found: list[str] = []
    position = index
    while True:
        position = after_space(text, position)
        if text.startswith("/>", position):
            return position + 2, found, True
        if text.startswith(">", position):
            return position + 1, found, False
        if text.startswith("{", position):  # {...props}
            position = expression_end(text, position)
            continue
        name_match = ATTRIBUTE_NAME.match(text, position)
        if not name_match:
            raise NotJsx
        name = name_match.group()
        position = after_space(text, name_match.end())
        value: str | None = None
        if text.startswith("=", position):
            position = after_space(text, position + 1)
            if position >= len(text):
                raise NotJsx
            if text[position] in "\"'":
                end = text.find(text[position], position + 1)
                if end < 0:
                    raise NotJsx
                value, position = text[position + 1:end], end + 1
            elif text[position] == "{":
                end = expression_end(text, position)
                value = string_value(text[position + 1:end - 1])
                position = end
            elif text[position] == "<":
                position, _ = element(text, position, 0)
            else:
                raise NotJsx
        if name in rules.dropped_attributes or (name.startswith("on") and name[2:3].isupper()):
            continue
        name = rules.attributes.get(name, name)
        if value is None and "=" not in text[name_match.end():position]:
            found.append(f" {name}")
        elif value is not None:
            found.append(f' {name}="{html.escape(html.unescape(value))}"')


def after_space(text: str, index: int) -> int:
    """The position after the white space and comments at `index`."""
    match = SPACE.match(text, index)
    return match.end() if match else index


def children(text: str, index: int, name: str, depth: int) -> tuple[int, str]:
    """(position after the closing tag, HTML of the children) from `index` to the element's closing tag."""
    out: list[str] = []
    position = index
    while position < len(text):
        mark = CHILD_MARK.search(text, position)
        if not mark:
            raise NotJsx
        next_mark = mark.start()
        Budget.spend(next_mark - position)
        out.append(text[position:next_mark])
        position = next_mark
        if text[position] == "{":
            end = expression_end(text, position)
            out.append(expression_markup(text, position + 1, end - 1))
            position = end
            continue
        if text.startswith("</", position):
            close = re.compile(r"</\s*" + re.escape(name) + r"\s*>").match(text, position)
            if not close:
                raise NotJsx
            return close.end(), "".join(out)
        if position + 1 < len(text) and (text[position + 1].isalpha() or text[position + 1] == ">"):
            position, markup = element(text, position, depth + 1)
            out.append(markup)
            continue
        raise NotJsx
    raise NotJsx


def expression_markup(text: str, start: int, end: int) -> str:
    """An expression child as the page shows it: its string literal, else the elements inside it (a condition's
    or a loop's markup), else nothing (a comment, a variable)."""
    literal = string_value(text[start:end])
    if literal is not None:
        return html.escape(literal, quote=False)
    return "\n".join(markup for _, _, markup in elements_in(text, start, end))


LITERAL = re.compile(r"\s*(?:\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\$]|\\.|\$(?!\{))*)`)\s*\Z", re.S)


def string_value(expression: str) -> str | None:
    """The value of an expression that is one string literal ({' '}, {"…"}, {`…`} without ${…}); None otherwise."""
    match = LITERAL.match(expression)
    if not match:
        return None
    return unescape(next(group for group in match.groups() if group is not None))
