"""`make add SRC=<file>` / `make add URL=<address>`: add one scraped speech to the archive.

Copies the raw bytes unchanged into source_texts/ under a clean ASCII name chosen once, normalizes it,
writes its page under docs/speeches/ and prints what it found. Refuses (message on stderr, exit 1, the
archive untouched) empty or binary input (the pipeline's decoder says why), a file already in the
archive, a name already taken, a text that duplicates a speech already in the archive, and an
unreachable URL.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pypinyin import Style, lazy_pinyin

from scripts.clean.containers import records_in
from scripts.clean.document import Document
from scripts.clean.pipeline import check_raw_name, normalize_file, slug_for
from scripts.clean.rule_files import reporting_rule_file_errors
from scripts.clean.schema import RAW_SUFFIXES, related_file_problems
from scripts.clean.sidecar import sidecar_path
from scripts.core import fields
from scripts.core.errors import InputError
from scripts.core.paths import REPO
from scripts.core.staging import Staging, recover
from scripts.site import duplicates
from scripts.site.ingest import raw_files, record_addresses
from scripts.site.site_corpus import read_speeches
from scripts.tools.fetch import FetchError, fetch

SOURCE_DIR = "source_texts"
PAGES_DIR = "docs"
VERSION_RELATION = "同一讲话的另一版本 / another version of the same speech"
INITIALS_MAX = 16
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")

# Words of portal chrome; a body line containing one may be site text the cruft rules missed. (The
# pipeline itself warns about web addresses, short caption-like lines and missing metadata.)
CHROME_WORDS = re.compile(r"来源[:：]|编辑[:：]|分享到|扫一扫|上一篇|下一篇|版权所有|ICP备|©|打印本页|关闭窗口")


class Refused(Exception):
    """`make add` will not add this input; the message says why and what to do."""


@dataclass
class Candidate:
    """Raw bytes to add, where they came from, and the sidecar to write with them (if any)."""

    content: bytes
    suffix: str
    origin: str  # the file or address, for messages
    sidecar: dict[str, Any] = field(default_factory=dict)
    how: str = "copied"  # how the bytes were obtained, for the summary
    refusal: str = ""  # why a record of a file of several cannot be added ("" when it may be)


@dataclass(frozen=True)
class ArchivedText:
    """A speech page already in the archive."""

    page: str
    body: str


@dataclass
class Added:
    """What `add` wrote, for the summary."""

    document: Document
    origin: str
    raw_file: str
    page_file: str
    sidecar_file: str | None
    related: list[duplicates.Similarity]


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    for message in recover(args.root.resolve()):
        print(f"make add: {message}", file=sys.stderr)
    try:
        candidate = candidate_from_url(args.url) if args.url else candidate_from_file(Path(args.src))
        records = [] if args.url else record_candidates(candidate, Path(args.src))
        if records:
            return add_records(records, args)
        added = add(candidate, args.root.resolve(), name=args.name, version_of=args.version_of)
    except Refused as refusal:
        print(f"make add: refused, nothing was changed.\n{refusal}", file=sys.stderr)
        return 1
    print(summary(added))
    return 0


def record_candidates(candidate: Candidate, path: Path) -> list[Candidate]:
    """One candidate per record of a scraper's CSV/JSON/JSONL file holding several ([] for one page):
    each record's own bytes (a CSV record with the header line), with where it came from in the sidecar."""
    records, kind = records_in(candidate.content, path)
    if len(records) < 2:
        return []
    digest = hashlib.sha256(candidate.content).hexdigest()
    return [Candidate(record.raw, candidate.suffix,
                      f"{path} record {record.number} of {len(records)} (line {record.line})",
                      {"extracted_from": {"file": path.name, "sha256": digest, "record": record.number,
                                          "line": record.line, "format": kind}},
                      f"record {record.number} of a {kind} file",
                      f"the {kind} record {record.problem}" if record.problem else "")
            for record in records]


def add_records(candidates: list[Candidate], args: argparse.Namespace) -> int:
    """Add each record as its own raw file; report each; a refused record leaves the others added."""
    if args.name or args.version_of:
        raise Refused("--name and --version-of apply to one text; a file of several records takes neither")
    refused = 0
    for candidate in candidates:
        try:
            if candidate.refusal:
                raise Refused(candidate.refusal)
            print(summary(add(candidate, args.root.resolve())))
        except Refused as refusal:
            refused += 1
            print(f"make add: {candidate.origin}: refused, nothing was changed for this record.\n{refusal}",
                  file=sys.stderr)
    print(f"make add: {len(candidates) - refused} of {len(candidates)} records added, {refused} refused")
    return 1 if refused else 0


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make add", description=__doc__.splitlines()[0])
    given = parser.add_mutually_exclusive_group()
    given.add_argument("--src", help="a scraped file (.txt, .html, .htm, ...); default $ARCHIVE_SRC")
    given.add_argument("--url", help="the address of a page to fetch; default $ARCHIVE_URL")
    parser.add_argument("--name", help="raw file name without extension (default: date-initials-hash)")
    parser.add_argument("--version-of", metavar="SOURCE_FILE",
                        help="declare this text another version of source_texts/<file> (it is not refused "
                             "as a duplicate; the relation is written to its sidecar)")
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.src and not args.url:  # `make add` passes SRC= and URL= through the environment, as typed
        args.src, args.url = os.environ.get("ARCHIVE_SRC") or None, os.environ.get("ARCHIVE_URL") or None
    if bool(args.src) == bool(args.url):
        parser.error("give one file or address: make add SRC=<file> or make add URL=<address>")
    return args


def candidate_from_file(path: Path) -> Candidate:
    """The file's bytes, or Refused if it cannot be read or has an unsupported extension."""
    if not path.is_file():
        raise Refused(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix not in RAW_SUFFIXES:
        raise Refused(f"{path}: unsupported file type {suffix or '(no extension)'};"
                      f" use one of {', '.join(sorted(RAW_SUFFIXES))}")
    return Candidate(path.read_bytes(), suffix, str(path))


def candidate_from_url(url: str) -> Candidate:
    """The fetched page's bytes as received, with the URL for the sidecar."""
    try:
        page = fetch(url)
    except FetchError as error:
        raise Refused(str(error)) from error
    charset = {"header": f"charset {page.charset} from the HTTP header",
               "meta": f"charset {page.charset} from the page's <meta> tag",
               "none": "no charset stated; detected from the bytes"}[page.charset_source]
    how = f"fetched {len(page.content):,} bytes ({page.media_type}, {charset})"
    sidecar: dict[str, Any] = {"source": {"url": page.final_url}}
    if page.charset_source == "header":
        sidecar["encoding"] = page.charset  # the bytes do not say it; detection alone could guess wrong
    return Candidate(page.content, page.suffix, url, sidecar, how)


def add(candidate: Candidate, root: Path, name: str | None = None, version_of: str | None = None) -> Added:
    """Add `candidate` to the archive at `root`, or raise Refused leaving the archive unchanged."""
    digest = hashlib.sha256(candidate.content).hexdigest()
    refuse_known_bytes(digest, root)
    if version_of:
        declared = {"file": _archive_file(version_of, root), "relation": VERSION_RELATION}
        candidate.sidecar["related"] = [declared]
    preview = preview_document(candidate)
    raw_name = (_checked_name(name) if name else clean_name(preview.meta, digest)) + candidate.suffix
    try:
        check_raw_name(Path(raw_name))
    except InputError as error:
        raise Refused(str(error)) from error
    refuse_taken_name(raw_name, root)
    archive = archived_texts(root)
    related = duplicates.similar_to(candidate.origin, preview.body,
                                    {source: text.body for source, text in archive.items()})
    refuse_duplicates(candidate, related, archive)
    return write_to_archive(candidate, raw_name, root, related)


def refuse_known_bytes(digest: str, root: Path) -> None:
    """Refuse bytes already in source_texts/ (same sha256)."""
    for raw in _raw_files(root):
        if hashlib.sha256(raw.read_bytes()).hexdigest() == digest:
            raise Refused(f"this exact file is already in the archive as {raw.relative_to(root)}")


def refuse_taken_name(raw_name: str, root: Path) -> None:
    """Refuse a name whose page slug is already used by a raw file, or whose sidecar already exists."""
    slug = slug_for(Path(raw_name))
    for existing in _raw_files(root):
        if slug_for(existing) == slug:
            raise Refused(f"the name {raw_name} collides with {existing.relative_to(root)} (both would be the"
                          f" page '{slug}'); choose another with --name")
    orphan_sidecar = sidecar_path(root / SOURCE_DIR / raw_name)
    if orphan_sidecar.exists():
        raise Refused(f"the name {raw_name} collides with {orphan_sidecar.relative_to(root)}, a sidecar without"
                      " its raw file; choose another with --name")


def refuse_duplicates(candidate: Candidate, related: list[duplicates.Similarity],
                      archive: dict[str, ArchivedText]) -> None:
    """Refuse a text that is the same speech as one in the archive, unless declared with --version-of."""
    declared = {entry["file"] for entry in candidate.sidecar.get("related", [])}
    for similarity in related:
        source_file = similarity.second
        if similarity.is_duplicate and source_file not in declared:
            raise Refused(
                f"{candidate.origin} is the same speech as {source_file} (page {archive[source_file].page}):"
                f" {similarity.containment:.0%} shared passages (Jaccard {similarity.jaccard:.0%}).\n"
                f"If it is another version worth keeping, run again with --version-of {source_file}")


def preview_document(candidate: Candidate) -> Document:
    """Normalize the candidate in a scratch archive to learn its title and date (for the name)."""
    with tempfile.TemporaryDirectory(prefix="speech-add-") as scratch:
        sources = Path(scratch) / SOURCE_DIR
        sources.mkdir()
        raw = sources / f"candidate{candidate.suffix}"
        raw.write_bytes(candidate.content)
        if candidate.sidecar:
            _write_yaml(sidecar_path(raw), candidate.sidecar)
        return _normalize(raw, Path(scratch), candidate.origin)


def clean_name(meta: dict[str, Any], digest: str) -> str:
    """`<YYYY-MM-DD or date-unknown>-<pinyin initials of the title>-<first 8 hex of sha256>`."""
    day = meta.get("date") or meta.get("published")
    day_part = day.isoformat() if day else "date-unknown"
    return f"{day_part}-{title_initials(meta.get('title') or '')}-{digest[:8]}"


def title_initials(title: str) -> str:
    """ASCII initials of a Chinese title (Latin words and digits kept): 在创新驱动… -> zcxqd…"""
    letters = "".join(lazy_pinyin(title, style=Style.FIRST_LETTER, errors="default")).lower()
    return re.sub(r"[^a-z0-9]", "", letters)[:INITIALS_MAX] or "untitled"


def archived_texts(root: Path) -> dict[str, ArchivedText]:
    """Source file -> page and body of every speech page in the archive (`make check` reports the pages
    that cannot be read; they cannot be compared here)."""
    speeches, _ = read_speeches(root / PAGES_DIR)
    return {speech.source_file or f"{PAGES_DIR}/{speech.path}": ArchivedText(f"{PAGES_DIR}/{speech.path}", speech.body)
            for speech in speeches}


def write_to_archive(candidate: Candidate, raw_name: str, root: Path, related: list[duplicates.Similarity]
                     ) -> Added:
    """Sidecar, raw file and page, all or nothing (scripts/core/staging.py): staged, committed, moved."""
    raw_file = f"{SOURCE_DIR}/{raw_name}"
    sidecar = f"{SOURCE_DIR}/{sidecar_path(Path(raw_name)).name}" if candidate.sidecar else None
    staging = Staging(root)
    try:
        if sidecar:
            staging.write(sidecar, _yaml_bytes(candidate.sidecar))
        staged_raw = staging.write(raw_file, candidate.content)
        document = _normalize(staged_raw, staging.directory, candidate.origin)
        page_file = f"{PAGES_DIR}/{document.relative_path}"
        for relative in filter(None, (sidecar, raw_file, page_file)):
            if (root / relative).exists():
                raise Refused(f"{relative} already exists; choose another --name")
        staging.write(page_file, document.markdown.encode("utf-8"))
    except BaseException:
        staging.abandon()
        raise
    staging.commit()
    # After the commit: a run killed here leaves the address unlisted, and the next `make ingest` lists it.
    record_addresses(root / PAGES_DIR, [document.relative_path])
    return Added(document, f"{candidate.origin} ({candidate.how})", raw_file, page_file, sidecar, related)


def _normalize(raw: Path, root: Path, origin: str) -> Document:
    try:
        return normalize_file(raw, root)
    except InputError as error:
        raise Refused("\n".join(f"{origin}: {line}" for line in error.reason.splitlines())) from error


def _raw_files(root: Path) -> list[Path]:
    sources = root / SOURCE_DIR
    return raw_files(sources) if sources.is_dir() else []


def _archive_file(name: str, root: Path) -> str:
    """`source_texts/<name>` for --version-of, which must name a raw file of the archive (nothing outside it)."""
    relative = name if name.startswith(f"{SOURCE_DIR}/") else f"{SOURCE_DIR}/{name}"
    problems = related_file_problems(relative)
    if problems:
        raise Refused(f"--version-of {name}: {problems[0]}")
    if (root / relative) not in _raw_files(root):
        raise Refused(f"--version-of {name}: no such file in {SOURCE_DIR}/")
    return relative


def _checked_name(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name):
        raise Refused(f"--name {name!r}: use lower-case ASCII letters, digits, '-' and '_'"
                      " (it becomes the page's URL)")
    return name


def _yaml_bytes(data: dict[str, Any]) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def _write_yaml(path: Path, data: dict[str, Any]) -> None:
    path.write_bytes(_yaml_bytes(data))


def summary(added: Added) -> str:
    """What a contributor should read before committing: metadata, cruft removed, warnings."""
    meta = added.document.meta
    lines = [
        f"Added: {_added_name(meta)}",
        f"  from       {added.origin}",
        f"  raw file   {added.raw_file}",
        f"  sidecar    {added.sidecar_file or '-'}",
        f"  page       {added.page_file}",
        *(f"  {f.name:<10} {_field_value(meta, f) or '-'}" for f in fields.FIELDS if f.panel),
        "  removed    " + _removal_counts(added.document),
    ]
    lines.append("  found      " + (", ".join(f"{key} ← {step}" for key, step in added.document.provenance.items())
                                     or "-"))
    lines += [f"  related    {s.second}: {s.describe()}" for s in added.related]
    warnings = added.document.warnings + furniture_warnings(added.document)
    lines += [f"  warning    {warning}" for warning in warnings] or ["  warnings   none"]
    lines.append("Next: read the page, correct anything wrong in a sidecar (see CONTRIBUTING.md),"
                 " run `make check`, then commit the raw file, its sidecar if any, and the page.")
    return "\n".join(lines)


def _added_name(meta: dict[str, Any]) -> str:
    """The speech's title; for one whose source gives none, the marked name the site will show, and the fix."""
    if meta.get("title"):
        return str(meta["title"])
    return (f"{fields.display_title(meta)} (no title found: the site shows this name; if the source has a title,"
            " set `title:` in the sidecar, see CONTRIBUTING.md)")


def _field_value(meta: dict[str, Any], f: fields.Field) -> str:
    """A panel field as the summary shows it: `source` as its contributor-editable parts."""
    value = meta.get(f.name)
    if f.name == "source" and isinstance(value, dict):
        shown = [s.name for s in fields.SOURCE_FIELDS if s.panel and s.sidecar]  # file, sha256: the raw file
        return ", ".join(str(value[name]) for name in shown if value.get(name))
    if f.name == "speaker" and not value and meta.get("anonymized"):
        return "(name masked in the source)"
    return fields.field_text(value, f)


def _removal_counts(document: Document) -> str:
    counts = Counter(removal.rule for removal in document.removals)
    if not counts:
        return "no site text found"
    per_rule = ", ".join(f"{rule} ×{n}" for rule, n in counts.most_common())
    return f"{sum(counts.values())} piece(s) of site text: {per_rule}"


def furniture_warnings(document: Document) -> list[str]:
    """Body lines with words of portal chrome (来源：, 责任编辑：, 分享到 ...) that the cruft rules kept."""
    return [f"body line {number} looks like site text, not speech: {line.strip()[:60]}"
            for number, line in enumerate(document.body.splitlines(), 1) if CHROME_WORDS.search(line)]


if __name__ == "__main__":
    sys.exit(reporting_rule_file_errors(main))
