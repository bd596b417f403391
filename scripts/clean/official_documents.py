"""Refuse official documents (通知, 决定, 意见, 通报, 批复 …) that are not speeches.

A 公文 has signs a speech never has together: a 主送 line addressed to offices, a 发文字号, a title naming
the document's kind and a closing formula (特此通知). The signs are data (scripts/clean/rules/documents.yml);
this module finds them in the page's head and text and says which ones it found. A contributor who wants
such a text in the archive sets `genre` in its sidecar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.clean.rule_files import RULES_DIR, RuleFileError, entry_error, reads_rule_file, rule_section, shown
from scripts.clean.shadow import ShadowPattern, shadow_compile, simplified
from scripts.core.errors import InputError

RULES_FILE = RULES_DIR / "documents.yml"
SIGN_KEYS = {"name", "pattern", "reason", "examples", "keep"}
SIGN_NAMES = ("closing-formula", "addressee-line", "document-number", "document-title", "time-slot")
PROGRAMME_MIN_SLOTS = 4  # a speech may name a time range; a page with this many time-slot lines is an agenda
OPENING_LINES = 6  # the 主送 line is among the first lines of the text
CLOSING_LINES = 8  # the closing formula among the last (before the issuer, the date and attachments)
KIND = re.compile(r"(通知|决定|意见|通报|批复|通告|公告|复函|函|请示|实施方案|办法|细则)")


@dataclass(frozen=True)
class Sign:
    name: str
    reason: str
    pattern: ShadowPattern


@cache
@reads_rule_file(RULES_FILE)
def load_signs(path: Path = RULES_FILE) -> dict[str, Sign]:
    """The signs by name; an unknown key or a missing sign is an error naming the file and the sign."""
    entries = rule_section(path, "signs")
    signs = {}
    for entry in entries:
        name = entry.get("name", "?")
        unknown = set(entry) - SIGN_KEYS
        if unknown or not {"name", "pattern", "reason"} <= set(entry):
            raise entry_error(path, name, f"unknown key(s) {sorted(unknown)} or missing name/pattern/reason", "sign ")
        signs[name] = Sign(name, entry["reason"], shadow_compile(entry["pattern"]))
    missing = set(SIGN_NAMES) - set(signs)
    if missing:
        raise RuleFileError(f"{shown(path)}: missing sign(s) {', '.join(sorted(missing))}")
    return signs


def document_signs(title: str, head: list[str], text: list[str]) -> dict[str, str]:
    """Sign name -> the line that shows it, for each sign of an official document found."""
    signs = load_signs()
    found = {}
    for line in [title, *head]:  # the page's title, or a title line of the head the metadata passed over
        if line and signs["document-title"].pattern.fullmatch(line):
            found["document-title"] = line
            break
    for line in [*head, *text[:OPENING_LINES]]:
        for name in ("addressee-line", "document-number"):
            if name not in found and signs[name].pattern.fullmatch(line):
                found[name] = line
    for line in text[-CLOSING_LINES:]:
        if signs["closing-formula"].pattern.fullmatch(line):
            found["closing-formula"] = line
    return found


def is_document(found: dict[str, str]) -> bool:
    """A closing formula; an addressee line with a document number or a document title; or a document
    number above a title naming the document's kind (临政办函〔2013〕89号 / 关于成立…领导小组的通知)."""
    return "closing-formula" in found or (
        "addressee-line" in found and ("document-number" in found or "document-title" in found)) or (
        "document-number" in found and "document-title" in found)


def refuse_documents(title: str, head: list[str], text: list[str], path: Path) -> None:
    """InputError when the page is an official document rather than a speech."""
    found = document_signs(title, head, text)
    if not is_document(found):
        return
    kinds = KIND.findall(simplified(found.get("closing-formula", "") + " " + found.get("document-title", "")))
    what = f"an official document ({kinds[-1]})" if kinds else "an official document"
    evidence = "; ".join(f"{name} '{line[:30]}'" for name, line in found.items())
    raise InputError(path, f"this looks like {what}, not a speech: {evidence}. If it belongs in the archive, "
                           "set `genre` in its sidecar (e.g. `genre: 通知`)")


def refuse_programme(lines: list[str], path: Path) -> None:
    """InputError when the page is a meeting's programme (several time-slot lines), not a speech."""
    slot = load_signs()["time-slot"].pattern
    slots = [line for line in lines if line and slot.fullmatch(line)]
    if len(slots) >= PROGRAMME_MIN_SLOTS:
        raise InputError(path, f"this looks like a meeting programme ({len(slots)} time slots such as "
                               f"'{slots[0][:20]}'), not a speech. If it belongs in the archive, set `genre` in "
                               "its sidecar")
