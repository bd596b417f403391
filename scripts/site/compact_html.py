"""Drop the indentation and blank lines the theme's templates leave in every page (about 4 KB a page).

Material's templates are indented for reading, and Jinja keeps every indent and empty line: about a fifth of
a speech page's bytes is whitespace. A run of white space that holds a line break is shown exactly like a single
line break wherever white space collapses (CSS `white-space: normal`), so each such run becomes one line break.
Where white space is kept as written — <pre>, <textarea>, and <script> (a string or template literal may span
lines) — nothing is changed; no stylesheet of the site sets `white-space: pre-line` elsewhere (a test checks).
Data in a <script type="application/json"> block (Material's __config, the archive's own) or in a single-quoted
`data-archive-…` attribute (the header's palette and search texts, overrides/partials/) is written again without
the spaces after its separators and with its characters as UTF-8 instead of \\uXXXX escapes (Jinja's `tojson` writes
a Chinese character in 6 bytes instead of 3): the same values, about 0.3 KB less a page. `<`, `>` and `&` stay
escaped, so the data can never close its <script>.
The build applies this to the pages the engine wrote (scripts/site/build_site.py); the step is idempotent, so an
unchanged page is not rewritten.
"""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

from scripts.core.atomic import write_atomically

KEPT = re.compile(r"<(pre|textarea|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
BREAKING_SPACE = re.compile(r"[ \t\r\f]*\n\s*")
JSON_SCRIPT = re.compile(r"(<script\b[^>]*\btype=[\"']?application/json[\"']?[^>]*>)(.*?)(</script\s*>)",
                         re.IGNORECASE | re.DOTALL)
JSON_ATTRIBUTE = re.compile(r"(\sdata-archive-[a-z-]+=')([\[{][^']*)(')")
# What keeps JSON inside <script> from ending it, or inside '…' from ending the attribute (as Jinja's
# htmlsafe_json_dumps escapes).
HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})


def compact(html: str) -> str:
    """html with every white-space run that holds a line break made one line break, outside <pre>,
    <textarea> and <script>."""
    parts, last = [], 0
    for kept in KEPT.finditer(html):
        parts.append(compact_markup(html[last:kept.start()]))
        parts.append(JSON_SCRIPT.sub(compact_json, kept.group(0)))
        last = kept.end()
    parts.append(compact_markup(html[last:]))
    return "".join(parts).lstrip()


def compact_markup(markup: str) -> str:
    return BREAKING_SPACE.sub("\n", JSON_ATTRIBUTE.sub(compact_json_attribute, markup))


def shortest_json(data: str) -> str | None:
    """data's JSON value written in the shortest form that is safe in a <script> and in a '…' attribute; None if
    data is not JSON."""
    try:
        value = json.loads(data)
    except ValueError:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(HTML_SAFE)


def compact_json(script: re.Match[str]) -> str:
    """A <script type="application/json"> block with its data in the shortest form (unchanged if not JSON)."""
    opening, data, closing = script.groups()
    shortest = shortest_json(data)
    return script.group(0) if shortest is None else opening + shortest + closing


def compact_json_attribute(attribute: re.Match[str]) -> str:
    """A data-archive-…='…' attribute with its JSON value in the shortest form (unchanged if not JSON)."""
    opening, value, closing = attribute.groups()
    shortest = shortest_json(unescape(value))
    return attribute.group(0) if shortest is None else opening + shortest + closing


def compact_pages(site_dir: Path, since: float = 0.0) -> int:
    """Compact every .html file under site_dir, and the sitemap (indented XML, where white space between elements
    means nothing), written at or after `since` (a time.time()); how many changed."""
    changed = 0
    for page in [*site_dir.rglob("*.html"), *site_dir.glob("sitemap.xml")]:
        if page.stat().st_mtime >= since:
            changed += write_atomically(page, compact(page.read_text(encoding="utf-8")))
    return changed
