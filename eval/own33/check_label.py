"""Check one label (gold/NNNN.json) against its raw page, using only BeautifulSoup and the devset README's rules.

usage: python check_label.py RAW_FILE GOLD_JSON
Prints the gold text's length and its first/last 60 characters, and every problem found; exit 1 on a problem.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from bs4 import BeautifulSoup

KINDS = {"speech", "report", "event", "multi", "fragment"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def canonical(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch)[0] in "LN")


def visible(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix.lower() in {".html", ".htm", ".shtml", ".xhtml"}:
        soup = BeautifulSoup(data, "html.parser")
        for tag in soup(["script", "style", "noscript"]):
            tag.decompose()
        return soup.get_text("\n")
    return data.decode("utf-8")


def main(raw: Path, gold_path: Path) -> int:
    problems: list[str] = []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    need = {"file", "kind", "score", "body_start", "body_end", "inner_cruft", "neutral", "leaks", "meta", "notes"}
    if missing := need - gold.keys():
        problems.append(f"missing keys {sorted(missing)}")
    if gold.get("file") != raw.name:
        problems.append(f"file is {gold.get('file')!r}, the raw page is {raw.name!r}")
    if gold.get("kind") not in KINDS:
        problems.append(f"kind {gold.get('kind')!r} not one of {sorted(KINDS)}")
    if gold.get("score") is not (gold.get("kind") in {"speech", "report", "event"}):
        problems.append("score must be true for speech/report/event, false for multi/fragment")
    meta = gold.get("meta", {})
    if set(meta) != {"title", "speaker", "date", "published"}:
        problems.append(f"meta keys {sorted(meta)}: want title, speaker, date, published")
    for field in ("date", "published"):
        if meta.get(field) is not None and not DATE.match(str(meta[field])):
            problems.append(f"meta {field} {meta[field]!r} is not YYYY-MM-DD or null")
    if meta.get("speaker") and gold.get("kind") != "speech":
        problems.append("speaker is set only for kind speech")
    if meta.get("date") and gold.get("kind") in {"report", "event"}:
        problems.append("a report or event has no date (eval/README.md label conventions)")
    text = canonical(visible(raw))
    start_key, end_key = canonical(gold.get("body_start", "")), canonical(gold.get("body_end", ""))
    start = text.find(start_key) if start_key else -1
    if start < 0:
        problems.append("body_start not found in the canonical visible text")
    end_at = text.find(end_key, max(start, 0)) if end_key else -1
    if end_at < 0:
        problems.append("body_end not found after body_start")
    body = text[start : end_at + len(end_key)] if start >= 0 and end_at >= 0 else ""
    for field in ("inner_cruft", "neutral"):
        for string in gold.get(field, []):
            key = canonical(string)
            if key and key not in body:
                problems.append(f"{field} string not inside body_start..body_end: {string!r}")
    cut = body
    for string in [*gold.get("inner_cruft", []), *gold.get("neutral", [])]:
        if key := canonical(string):
            cut = cut.replace(key, "")
    for string in gold.get("leaks", []):
        key = canonical(string)
        if len(key) < 2:
            problems.append(f"leak shorter than 2 canonical characters is never counted: {string!r}")
        elif key not in text:
            problems.append(f"leak not in the page's visible text: {string!r}")
        elif key in cut:
            problems.append(f"leak also occurs inside the gold text (it would punish keeping the speech): {string!r}")
    print(f"{raw.name}: kind {gold.get('kind')}, gold text {len(cut)} characters")
    print(f"  starts: {cut[:60]}")
    print(f"  ends:   {cut[-60:]}")
    for problem in problems:
        print(f"  PROBLEM: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
