"""Drop the indentation and blank lines the theme's templates leave in every page (about 4 KB a page).

Material's templates are indented for reading, and Jinja keeps every indent and empty line: about a fifth of
a speech page's bytes is whitespace. A run of white space that holds a line break is shown exactly like a single
line break wherever white space collapses (CSS `white-space: normal`), so each such run becomes one line break.
Where white space is kept as written — <pre>, <textarea>, and <script> (a string or template literal may span
lines) — nothing is changed; no stylesheet of the site sets `white-space: pre-line` elsewhere (a test checks).
The build applies this to the pages the engine wrote (scripts/site/build_site.py); the step is idempotent, so an
unchanged page is not rewritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from scripts.core.atomic import write_atomically

KEPT = re.compile(r"<(pre|textarea|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
BREAKING_SPACE = re.compile(r"[ \t\r\f]*\n\s*")


def compact(html: str) -> str:
    """html with every white-space run that holds a line break made one line break, outside <pre>,
    <textarea> and <script>."""
    parts, last = [], 0
    for kept in KEPT.finditer(html):
        parts.append(BREAKING_SPACE.sub("\n", html[last:kept.start()]))
        parts.append(kept.group(0))
        last = kept.end()
    parts.append(BREAKING_SPACE.sub("\n", html[last:]))
    return "".join(parts).lstrip()


def compact_pages(site_dir: Path, since: float = 0.0) -> int:
    """Compact every .html file under site_dir written at or after `since` (a time.time()); how many changed."""
    changed = 0
    for page in site_dir.rglob("*.html"):
        if page.stat().st_mtime >= since:
            changed += write_atomically(page, compact(page.read_text(encoding="utf-8")))
    return changed
