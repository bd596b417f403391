"""Stage 6: front matter + blocks -> the Markdown file.

The page must render exactly the text: nothing in a scraped speech may turn into Markdown or HTML
syntax. Characters that Markdown (and the extensions in mkdocs.yml) could read as markup are escaped:
HTML's & < > as entities, the rest with entities or backslashes that Python-Markdown honours whatever
extensions are enabled. Front matter is emitted with PyYAML, never by pasting strings.
"""

from __future__ import annotations

import html
import re

import yaml

from scripts.clean.structure import Block

# libyaml's C emitter and parser when PyYAML was built with it (the PyPI wheels are): same output, 10x faster.
try:
    from yaml import CSafeDumper as SafeDumper
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # a PyYAML built without libyaml: the same classes in Python
    from yaml import SafeDumper, SafeLoader  # type: ignore[assignment]


# Always-escaped characters -> their safe spelling. Entities for characters that are only special to
# optional extensions (| tables, ~ ^ = pymdownx), so they render literally with or without them.
ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;", "^": "&#94;",
            "=": "&#61;"}
BACKSLASHED = "\\`*_{}[]#"
INLINE = re.compile("[" + re.escape("".join(ENTITIES) + BACKSLASHED) + "]")
# At the start of a line: list markers, ordered lists ("1." / "1)"), admonitions (!!!), definitions (:).
LINE_START = re.compile(r"^(\s*)([-+!:]|\d+(?=[.)]))")
UNESCAPE = re.compile(r"\\([\\`*_{}\[\]#+\-.!()])")


def escape(text: str) -> str:
    """Markdown source that renders as exactly `text` (one line)."""
    escaped = INLINE.sub(lambda m: ENTITIES.get(m.group(0)) or "\\" + m.group(0), text)
    # Inside a link's brackets (`[title](…)` on the browse pages) `\]:` would still close a reference
    # definition (`[label]: url`): an entity there is a bracket no Markdown rule reads.
    escaped = escaped.replace("\\]:", "&#93;:")
    match = LINE_START.match(escaped)
    if match:
        marker = match.group(2)
        if marker == ":":
            escaped = match.group(1) + "&#58;" + escaped[match.end():]
        elif marker in "-+!":
            escaped = match.group(1) + "\\" + escaped[match.end(1):]
        else:
            end = match.end()
            escaped = escaped[:end] + "\\" + escaped[end:]
    return escaped


def unescape(markdown: str) -> str:
    """The text a Markdown line written by `escape` stands for."""
    return html.unescape(UNESCAPE.sub(r"\1", markdown))


def render_body(blocks: list[Block]) -> str:
    """Headings as ## (sections) and ### (subsections); a lone subsection level is promoted."""
    top = min((b.rank for b in blocks if b.kind == "heading"), default=1)
    parts = []
    for block in blocks:
        if block.kind == "heading":
            level = 2 + (block.rank - top)
            parts.append("#" * level + " " + escape(block.text))
        else:
            parts.append(escape(block.text))
    return "\n\n".join(parts) + "\n"


class PlainDumper(SafeDumper):
    """Writes a value shared by two fields twice, never as an anchor and alias (which pages refuse)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def render_front_matter(meta: dict) -> str:
    return yaml.dump(meta, Dumper=PlainDumper, allow_unicode=True, sort_keys=False, default_flow_style=False,
                     width=10_000)


def render_document(meta: dict, body: str) -> str:
    return f"---\n{render_front_matter(meta)}---\n\n{body}"


class FrontMatterError(ValueError):
    """A page that does not start with a parseable YAML front matter block."""


def split_front_matter(text: str) -> tuple[dict, str]:
    """(front matter, body) of a page that starts with `---` ... `---`; FrontMatterError otherwise."""
    if not text.startswith("---\n"):
        raise FrontMatterError("does not start with a '---' front matter block")
    end = text.find("\n---\n", 3)
    if end < 0:
        raise FrontMatterError("front matter block is not closed by '---'")
    front = text[4 : end + 1]
    try:
        if uses_aliases(front):
            raise FrontMatterError("front matter uses YAML anchors or aliases (&name, *name); pages never do, "
                                   "and a few nested aliases expand to gigabytes")
        meta = yaml.load(front, Loader=SafeLoader)
    except yaml.YAMLError as error:
        raise FrontMatterError(f"front matter is not valid YAML: {error}") from error
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter is not a mapping of fields")
    return meta, text[end + 5 :]


def uses_aliases(front: str) -> bool:
    """Whether YAML text has an anchor or alias (checked on the parser's events, only when it could)."""
    if "&" not in front and "*" not in front:
        return False
    return any(isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None)
               for event in yaml.parse(front, Loader=SafeLoader))


def split_document(text: str) -> tuple[dict, str]:
    """Front matter and body (without the blank line that follows the front matter) of a page."""
    meta, body = split_front_matter(text)
    return meta, body.lstrip("\n")


def body_text(body: str) -> str:
    """Plain text of a generated body: heading marks and escapes removed, one block per line."""
    lines = [re.sub(r"^#{2,6} ", "", line) for line in body.split("\n\n") if line.strip()]
    return "\n".join(unescape(line.strip()) for line in lines)
