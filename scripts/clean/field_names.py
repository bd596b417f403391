"""The names scrapers give a record's fields (CSV header cells, JSON keys, YAML front-matter keys, a program's
field names), by the metadata they carry: the `fields` section of rules/containers.yml, read once here for the
container readers (containers.py) and for the metadata stage, which reads a record's fields left among a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.clean.rule_files import RULES_DIR, RuleFileError, reads_rule_file, rule_section, shown

RULES_FILE = RULES_DIR / "containers.yml"
FIELD_ROLES = ("content", "title", "published", "date", "author", "url", "source", "record_name")


@dataclass(frozen=True)
class FieldNames:
    """The names scrapers give each kind of field (rules/containers.yml), lower-case."""

    content: tuple[str, ...]
    title: tuple[str, ...]
    published: tuple[str, ...]
    date: tuple[str, ...]
    author: tuple[str, ...]
    url: tuple[str, ...]
    source: tuple[str, ...]
    record_name: tuple[str, ...]

    def all(self) -> set[str]:
        return {name for role in FIELD_ROLES for name in getattr(self, role)}


@cache
@reads_rule_file(RULES_FILE)
def field_names(path: Path = RULES_FILE) -> FieldNames:
    """The field vocabulary; a missing or unknown role is an error naming the file."""
    fields = rule_section(path, "fields")
    if set(fields) != set(FIELD_ROLES):
        raise RuleFileError(f"{shown(path)}: fields must be exactly {', '.join(FIELD_ROLES)} (has {', '.join(fields)})")
    return FieldNames(**{role: tuple(dict.fromkeys(spelling(n) for n in fields[role]["names"]))
                         for role in FIELD_ROLES})


FIELD_NAME_SEPARATORS = re.compile(r"[\s_\-.]+")
COLUMN_PREFIX = re.compile(r"\A[a-z][_\-.](?=[a-z]{3})")  # 'c_title', 'f_content': a database's column prefix


def spelling(name: object) -> str:
    """'publishTime', 'publish_time', 'Publish-Time', 'pub time' -> 'publishtime': a field's name as it is compared
    with the lists in containers.yml. Scrapers write one name in many ways; case and the underscores, hyphens,
    dots and spaces between its words do not matter, nor does a one-letter prefix that a database schema gives
    every column ('c_title', 'f_content', 't_author' -> 'title', 'content', 'author')."""
    return FIELD_NAME_SEPARATORS.sub("", COLUMN_PREFIX.sub("", str(name).strip().lower()))
