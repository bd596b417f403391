"""Stage 7: source_texts/ -> docs/speeches/, and the command-line front door of the pipeline.

    python -m scripts.site.ingest                    regenerate docs/speeches/ (make ingest)
    python -m scripts.site.ingest normalize FILE     print one finished document (make -s normalize SRC=…)
    python -m scripts.site.ingest explain FILE       where each field came from, what was removed (make -s explain)
    python -m scripts.site.ingest explain-tags FILE  show the theme evidence (make -s explain-tags SRC=…)

Every page's address is recorded in docs/addresses.txt (scripts/site/addresses.py); a page that moved leaves a
redirect behind. Ingest is all-or-nothing per file: a file that fails leaves its existing page untouched and no partial
page is ever written (pages are written to a temporary file and renamed). Pages whose raw file is gone
are removed. Running it twice changes nothing.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from scripts.clean.document import Document
from scripts.clean.pipeline import check_raw_name, normalize_file, section_texts, slug_for
from scripts.clean.render import body_text
from scripts.clean.rule_files import reporting_rule_file_errors
from scripts.clean.sidecar import SIDECAR_SUFFIX, is_sidecar, sidecar_path
from scripts.clean.structure import Block
from scripts.clean.themes import MIN_SHARE, score_themes, section_leader
from scripts.core.atomic import write_atomically
from scripts.core.errors import InputError
from scripts.core.paths import REPO
from scripts.core.staging import recover
from scripts.core.workers import pool
from scripts.site import addresses

SPEECHES = Path("docs") / "speeches"
INGEST_CHUNK = 16  # raw files a worker normalizes per task
IGNORED_NAMES = {"README.md", "README", ".gitkeep", ".DS_Store"}


@dataclass
class IngestResult:
    pages: dict[str, str] = field(default_factory=dict)  # path under docs/ -> file text
    documents: list[Document] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    failed_raw: list[Path] = field(default_factory=list)  # the raw files behind the failures
    kept: list[str] = field(default_factory=list)  # pages of failing raw files, left as they were


def raw_files(source_dir: Path) -> list[Path]:
    """Every raw scraped file: all files (and links) except sidecars, READMEs and hidden files."""
    return sorted(p for p in source_dir.iterdir()
                  if (p.is_file() or p.is_symlink()) and not is_sidecar(p) and p.name not in IGNORED_NAMES
                  and not p.name.startswith("."))


def check_raw_file(path: Path) -> None:
    """Refuse what must never be read or published as a raw file: a link (it could point anywhere, e.g. at
    /proc/self/environ or .git/config) or a name unsafe in links."""
    if path.is_symlink() or not path.is_file():
        raise InputError(path, "not a regular file (a symbolic link or special file); the archive keeps only "
                               "the scraped bytes themselves: copy the file in with `make add`")
    check_raw_name(path)


def render_all(source_dir: Path, root: Path = REPO) -> tuple[dict[str, str], list[InputError]]:
    """What docs/speeches/ must contain: {path relative to docs/: text}, and the files that failed."""
    result = render(source_dir, root)
    return result.pages, result.failures


def orphan_sidecars(source_dir: Path, raws: list[Path]) -> list[InputError]:
    """Sidecars with no raw file beside them (a typo in the name): their corrections would be lost."""
    owned = {sidecar_path(raw) for raw in raws}
    return [InputError(path, f"sidecar without a raw file: no {path.name.removesuffix(SIDECAR_SUFFIX)}.* "
                             "beside it, so its corrections apply to nothing (is the name mistyped?)")
            for path in sorted(source_dir.iterdir())
            if is_sidecar(path) and not path.name.startswith(".") and path not in owned]


def normalized(path: Path, root: Path) -> Document | InputError:
    """One raw file checked and normalized (a worker's task): its document, or why it cannot become one."""
    try:
        check_raw_file(path)
        return normalize_file(path, root)
    except InputError as error:
        return error


def render(source_dir: Path, root: Path = REPO, workers: int | None = None) -> IngestResult:
    """Every raw file normalized, in worker processes when there are many (scripts/core/workers.py; workers:
    their count), the results taken in file order: the same pages and failures, in the same order, for any
    count. A file that fails is named and the others are still processed."""
    result = IngestResult()
    owners: dict[str, Path] = {}
    raws = raw_files(source_dir)
    result.failures += orphan_sidecars(source_dir, raws)
    with pool(math.ceil(len(raws) / INGEST_CHUNK), workers) as executor:
        outcomes = executor.map(normalized, raws, itertools.repeat(root), chunksize=INGEST_CHUNK)
        for path, document in zip(raws, outcomes, strict=True):
            if isinstance(document, InputError):
                result.failures.append(document)
                result.failed_raw.append(path)
            else:
                owned(result, owners, path, document)
    return result


def owned(result: IngestResult, owners: dict[str, Path], path: Path, document: Document) -> None:
    """A normalized file's page into result, unless another file already has its address."""
    if document.slug in owners:
        result.failures.append(InputError(path, f"its page address '{document.slug}' is already taken by "
                                                f"{owners[document.slug].name}; rename one of the files"))
        result.failed_raw.append(path)
        return
    owners[document.slug] = path
    result.documents.append(document)
    result.pages[document.relative_path] = document.markdown


def ingest(source_dir: Path, docs_dir: Path, root: Path = REPO) -> IngestResult:
    """Bring docs/speeches/ in line with source_texts/ (see the module docstring for the guarantees)."""
    result = render(source_dir, root)
    speeches = docs_dir / "speeches"
    failed_slugs = {slug_for(path) for path in result.failed_raw if safe_slug(path)}
    for relative, text in result.pages.items():
        write_atomically(docs_dir / relative, text)
    for existing in sorted(speeches.rglob("*.md")):
        relative = existing.relative_to(docs_dir).as_posix()
        if relative in result.pages:
            continue
        if existing.stem in failed_slugs:
            result.kept.append(relative)
        else:
            existing.unlink()
    for directory in speeches.glob("*"):
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
    record_addresses(docs_dir, [*result.pages, *result.kept])
    return result


def record_addresses(docs_dir: Path, pages: list[str]) -> None:
    """Add the pages' addresses to docs/addresses.txt, turning moved pages' old addresses into redirects."""
    before = addresses.load(docs_dir)
    text = addresses.render(addresses.record(before, pages))
    path = docs_dir / addresses.ADDRESSES_FILE
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        write_atomically(path, text)


def safe_slug(path: Path) -> bool:
    try:
        slug_for(path)
    except InputError:
        return False
    return True


def explain_tags(document: Document) -> str:
    """A table of every theme's keyword evidence, marking the ones the speech got."""
    text = body_text(document.body)
    evidence = score_themes(text)
    total = sum(item.score for item in evidence) or 1
    leaders = {section_leader(found) for found in map(score_themes, body_sections(document.body)) if found}
    lines = [f"{document.source_file}: themes {', '.join(document.meta.get('tags', [])) or '(none)'}",
             f"(chosen: {MIN_SHARE:.0%} or more of the evidence, or the theme a section is about [section];"
             " see scripts/clean/themes.py)", ""]
    for item in evidence:
        mark = "*" if item.theme in document.meta.get("tags", []) else " "
        hits = "、".join(f"{word}×{count}" for word, count in sorted(item.hits, key=lambda h: -h[1]))
        section = " [section]" if item.theme in leaders else ""
        lines.append(f"{mark} {item.theme:<8} score {item.score:>4} ({item.score / total:5.1%}){section}  {hits}")
    return "\n".join(lines)


def explain(document: Document) -> str:
    """Where each front-matter field came from, what was removed by which rule, and the warnings."""
    lines = [f"{document.source_file}:"]
    for key, step in document.provenance.items():
        value = document.meta.get(key)
        lines.append(f"  {key:<10} {value}  ← {step}")
    lines.append("removed:")
    lines += [f"  {removal.rule:<22} {removal.text[:70]}" for removal in document.removals] or ["  nothing"]
    if document.set_apart:
        lines.append("set on a line of its own (then read by the rules above):")
        lines += [f"  {piece.rule:<22} {piece.text[:70]}" for piece in document.set_apart]
    lines += [f"warning: {warning}" for warning in document.warnings]
    return "\n".join(lines)


def body_sections(body: str) -> list[str]:
    """Sections of a generated body, split the way the pipeline splits the blocks it came from."""
    blocks = [Block("heading" if part.startswith("#") else "paragraph", body_text(part))
              for part in body.split("\n\n") if part.strip()]
    return section_texts(blocks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.site.ingest", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", default="ingest",
                        choices=["ingest", "normalize", "explain", "explain-tags"])
    parser.add_argument("file", nargs="?", type=Path, help="default: $ARCHIVE_SRC (how make passes SRC=)")
    parser.add_argument("--source-dir", type=Path, default=REPO / "source_texts")
    parser.add_argument("--docs-dir", type=Path, default=REPO / "docs")
    args = parser.parse_args(argv)
    if args.command == "ingest":
        return run_ingest(args.source_dir, args.docs_dir)
    args.file = args.file or (Path(os.environ["ARCHIVE_SRC"]) if os.environ.get("ARCHIVE_SRC") else None)
    if not args.file or not str(args.file).strip():
        print(f"error: `{args.command}` needs a file: make -s {args.command} SRC=path/to/file", file=sys.stderr)
        return 2
    try:
        document = normalize_file(args.file)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    views = {"normalize": lambda d: d.markdown, "explain": lambda d: explain(d) + "\n",
             "explain-tags": lambda d: explain_tags(d) + "\n"}
    sys.stdout.write(views[args.command](document))
    for warning in document.warnings:  # on stderr: stdout stays the finished document
        print(f"warning: {document.source_file}: {warning}", file=sys.stderr)
    return 0


def run_ingest(source_dir: Path, docs_dir: Path) -> int:
    root = source_dir.resolve().parent  # the archive source_dir belongs to: pages cite source_texts/<name>
    for message in recover(root):
        print(f"ingest: {message}", file=sys.stderr)
    result = ingest(source_dir, docs_dir, root)
    print(f"ingest: {len(result.pages)} speech page(s) written to {docs_dir / 'speeches'}, "
          f"{len(result.failures)} file(s) failed")
    for error in result.failures:
        for line in error.lines():
            print(f"  FAILED {line}", file=sys.stderr)
    for relative in result.kept:
        print(f"  kept the previous page {relative} (its raw file failed)", file=sys.stderr)
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(reporting_rule_file_errors(main))
