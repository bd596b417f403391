"""A speech saved as a news feed (RSS, Atom, a WordPress export): its one item's text and fields.

Scrapers and CMS exports save a site's feed: a channel (the site's name, address and description) and its items,
each with a title, a link, a date, an author and the article's HTML (in <content:encoded>, <content>,
<description> or <summary>, in CDATA or entity-escaped). The channel's own fields are the site's, never the
text. A feed of one item is that item's page, its fields the container's; a feed of several items holds several
articles and is refused, saying how many. The element names are data (rules/containers.yml, `feeds`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path

from scripts.clean.prose import without_cdata
from scripts.clean.rule_files import RULES_DIR, reads_rule_file, rule_section

RULES_FILE = RULES_DIR / "containers.yml"
# The root element of RSS 2.0, RSS 1.0 or Atom opening the file, after its declaration, style sheets and comments
# (a blog page that only embeds an <rdf:RDF> block is no feed).
FEED_ROOT = re.compile(r"\A\ufeff?\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<\?xml-stylesheet\b[^>]*\?>\s*|<!--.*?-->\s*)*"
                       r"<(?:rss|rdf:RDF|feed)\b", re.I | re.S)
SNIFF_CHARS = 4096
ATTRIBUTE_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.I)


@dataclass(frozen=True)
class FeedRules:
    """The elements that hold a feed's items and each field of an item, in order of preference."""

    items: tuple[str, ...]
    fields: dict[str, tuple[str, ...]]  # content, title, published, author, url


@cache
@reads_rule_file(RULES_FILE)
def feed_rules(path: Path = RULES_FILE) -> FeedRules:
    entry = rule_section(path, "feeds")
    return FeedRules(tuple(entry["items"]), {role: tuple(names) for role, names in entry["fields"].items()})


@dataclass(frozen=True)
class FeedItem:
    content: str
    title: str = ""
    published: str = ""
    author: str = ""
    url: str = ""


def looks_like_feed(text: str) -> bool:
    """An RSS or Atom document: its root element opens the file (after the XML declaration and comments)."""
    return bool(FEED_ROOT.match(text[:SNIFF_CHARS]))


def feed_items(text: str) -> list[FeedItem]:
    """The items of the feed, each with its text (HTML, CDATA and escaped markup read) and fields."""
    rules = feed_rules()
    names = "|".join(re.escape(name) for name in rules.items)
    items = []
    for match in re.finditer(rf"<({names})\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        body = match.group(2)
        fields = {role: element_text(body, role, tags) for role, tags in rules.fields.items()}
        fields["published"] = iso_date(fields["published"])
        items.append(FeedItem(**fields))
    return items


def iso_date(value: str) -> str:
    """RSS writes its dates as e-mail does ('Wed, 13 Sep 2023 10:00:00 +0800'): the day as YYYY-MM-DD, in the
    time zone written; any other form as written (the metadata stage's date grammar reads it)."""
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def element_text(body: str, role: str, tags: tuple[str, ...]) -> str:
    """The first of `tags` in the item that has a value: its text (CDATA and escaped markup read, so that the
    content is HTML again); a link element's href when it has no text (Atom's <link href="…"/>)."""
    for tag in tags:
        for match in re.finditer(rf"<{re.escape(tag)}\b([^>]*?)(?:/>|>(.*?)</{re.escape(tag)}\s*>)", body, re.S | re.I):
            value = without_cdata(match.group(2) or "").strip()
            if value and "<" not in value and ("&lt;" in value or "&amp;" in value):
                value = html.unescape(value)  # entity-escaped HTML (an RSS <description>)
            if not value and role == "url" and (href := ATTRIBUTE_HREF.search(match.group(1))):
                value = href.group(1)
            if value:
                return value if role == "content" else html.unescape(re.sub(r"<[^>]+>", "", value)).strip()
    return ""
