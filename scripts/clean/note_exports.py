"""A note app's raw export: Joplin's "RAW - Joplin Export Directory" writes each note as a `.md` file holding the
note's title on its first line, a blank line, the note's body (Markdown), then a blank line and the note's
properties, one `key: value` a line (`id: <32 hex digits>`, `parent_id:`, `created_time:`, `source_url:`, `author:`
…), always closing with `type_: <number>`.

The properties are no part of the text: the page's address and author are metadata candidates, the note's times are
when it was clipped (never the page's date), the rest is the app's bookkeeping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PROPERTY = re.compile(r"(?P<key>[a-z][a-z0-9_]*): ?(?P<value>.*)")
ID_LINE = re.compile(r"id: [0-9a-f]{32}")
TYPE_LINE = re.compile(r"type_: \d+")
PROPERTIES_MIN = 5  # Joplin writes twenty or more; a text's own 'key: value' lines never end with type_


@dataclass(frozen=True)
class Note:
    title: str
    body: str
    source_url: str
    author: str


def raw_note(text: str) -> Note | None:
    """The note in a Joplin raw export's text; None for any other text."""
    lines = text.rstrip().split("\n")
    if not lines or not TYPE_LINE.fullmatch(lines[-1].strip()):
        return None
    start = len(lines)
    while start > 0 and PROPERTY.fullmatch(lines[start - 1].strip()):
        start -= 1
    properties = [PROPERTY.fullmatch(line.strip()) for line in lines[start:]]
    if len(properties) < PROPERTIES_MIN or not any(ID_LINE.fullmatch(line.strip()) for line in lines[start:]):
        return None
    values = {found.group("key"): found.group("value").strip() for found in properties if found}
    head = lines[:start]
    title = head[0].strip() if head and (len(head) == 1 or not head[1].strip()) else ""
    body = "\n".join(head[1:] if title else head).strip()
    return Note(title.lstrip("# ").strip(), body, values.get("source_url", ""), values.get("author", ""))
