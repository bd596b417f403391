"""Character references that a page's text still shows after parsing (entities in html.yml).

An HTML parser decodes `&nbsp;` and `&#12288;`, but Python's leaves a reference it does not recognise as a
whole: `&nbsp2014` (a legacy entity written without its semicolon before a digit, which a browser shows as a
space and '2014') and a double-escaped `&amp;nbsp;` (which it turns into the text `&nbsp;`). A scraper's plain-text
dump keeps every reference as it was. Each reference is decoded once (never a second time): named ones with their
semicolon, numeric ones with or without it, and the legacy names HTML lets go without it (nbsp, amp, copy …) when
no letter or '=' follows (`&copy=2` in a web address stays, as it is no reference). References to HTML's own
characters (&lt; &amp; …) are never decoded here: what is left of them is text meant as written.
"""

from __future__ import annotations

import html
import re
from functools import cache
from html.entities import html5


@cache
def reference_pattern() -> re.Pattern:
    legacy = sorted((name for name in html5 if not name.endswith(";")), key=len, reverse=True)
    return re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};"
                      rf"|(?:{'|'.join(map(re.escape, legacy))})(?![A-Za-z=]))")


MARKUP_CHARACTERS = frozenset("<>&\"'")  # what a reference to them shows is text a page or a file means literally


def decode_references(text: str) -> str:
    """`text` with the character references it shows decoded (an unknown name is left as it is). A reference to
    one of HTML's own characters (&lt; &gt; &amp; &quot; &apos;, by name or number) stays as written: the parser
    decoded those the page meant, and what is left ('&lt;script&gt;' in a text file, a double-escaped '&amp;lt;')
    is the text the file or the page shows."""
    if "&" not in text:
        return text
    return reference_pattern().sub(decoded, text)


def decoded(match: re.Match) -> str:
    value = html.unescape(match.group(0))
    return match.group(0) if value in MARKUP_CHARACTERS else value
