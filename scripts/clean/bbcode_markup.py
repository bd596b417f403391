"""A forum post's BBCode ('[size=4][b]…[/b][/size]', '[img]…[/img]') as HTML, so that the HTML reader takes it.

Discuz, phpwind and phpBB store every post in BBCode; a board's database dump, a scraper that took the post's edit
box, or a backup keeps it. Read as plain text, its tags stayed in the speech and its lines ran into one paragraph.
The `bbcode` package parses it (nesting, unclosed tags, escaping the text); containers.yml's `bbcode` section says
what each tag becomes: formatting tags only their words, block tags a block of their own, pictures and players
nothing. A tag the section does not name stays as the text has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import bbcode

from scripts.clean.rule_files import RULES_DIR, read_rule_file, reads_rule_file

RULES_FILE = RULES_DIR / "containers.yml"


@dataclass(frozen=True)
class BBCodeRules:
    min_tags: int
    inline: tuple[str, ...]
    blocks: tuple[str, ...]
    dropped: tuple[str, ...]
    quotes: tuple[str, ...]
    sign: re.Pattern[str]


@cache
@reads_rule_file(RULES_FILE)
def bbcode_rules(path: Path = RULES_FILE) -> BBCodeRules:
    """containers.yml's `bbcode` section: the tags by what they become, and the sign of a tag of any of them."""
    section = read_rule_file(path)["bbcode"]
    names = [*section["inline"], *section["blocks"], *section["dropped"], *section["quotes"]]
    sign = re.compile(rf"\[/?(?:{'|'.join(map(re.escape, names))})(?:=[^\]\n]{{0,120}})?\]", re.I)
    return BBCodeRules(min_tags=int(section["min_tags"]), inline=tuple(section["inline"]),
                       blocks=tuple(section["blocks"]), dropped=tuple(section["dropped"]),
                       quotes=tuple(section["quotes"]), sign=sign)


def looks_like_bbcode(text: str) -> bool:
    """The text holds `min_tags` BBCode tags of the section's names at least, one of them a closing tag."""
    tags = bbcode_rules().sign.findall(text)
    return len(tags) >= bbcode_rules().min_tags and any(tag.startswith("[/") for tag in tags)


def bbcode_html(text: str) -> str:
    """The BBCode text as an HTML page's body: a line break stays one, a blank line ends a paragraph."""
    return f"<html><body><div>{bbcode_parser().format(text)}</div></body></html>"


def bbcode_in_markdown(text: str) -> str:
    """A Markdown file's BBCode (a forum backup's posts kept as their boards stored them) read in place: each tag
    its words (pictures and players nothing), the Markdown's own lines and blocks left for its renderer."""
    return bbcode_parser(in_markdown=True).format(text)


@cache
def bbcode_parser(in_markdown: bool = False) -> bbcode.Parser:
    """The parser for a text (its line breaks as <br />, its blocks as <div>), or for BBCode inside Markdown (line
    breaks and blocks left to the Markdown, the text not escaped: the Markdown renderer escapes it)."""
    rules = bbcode_rules()
    parser = bbcode.Parser(newline="\n" if in_markdown else "<br />\n", install_defaults=True,
                           escape_html=not in_markdown, replace_links=False, replace_cosmetic=False)
    for name in rules.inline:
        parser.add_formatter(name, words_only)
    for name in rules.blocks:
        parser.add_formatter(name, words_only if in_markdown else block, swallow_trailing_newline=not in_markdown)
    for name in rules.quotes:
        parser.add_formatter(name, words_only if in_markdown else quotation, swallow_trailing_newline=not in_markdown)
    for name in rules.dropped:
        parser.add_formatter(name, nothing, render_embedded=False, replace_links=False)
    return parser


def words_only(tag_name: str, value: str, options: dict[str, Any], parent: Any, context: Any) -> str:
    return value


def block(tag_name: str, value: str, options: dict[str, Any], parent: Any, context: Any) -> str:
    return f"<div>{value}</div>"


def quotation(tag_name: str, value: str, options: dict[str, Any], parent: Any, context: Any) -> str:
    return f"<blockquote>{value}</blockquote>"


def nothing(tag_name: str, value: str, options: dict[str, Any], parent: Any, context: Any) -> str:
    return ""
