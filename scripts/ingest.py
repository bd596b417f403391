"""Stage 7: source_texts/ -> docs/speeches/, and the command-line front door of the pipeline.

    python -m scripts.ingest                      regenerate docs/speeches/ (make ingest)
    python -m scripts.ingest normalize FILE       print one finished document (make -s normalize SRC=…)
    python -m scripts.ingest explain-tags FILE    show the theme evidence (make -s explain-tags SRC=…)

Every page's address is recorded in docs/addresses.txt (scripts/addresses.py); a page that moved leaves a
redirect behind. Ingest is all-or-nothing per file: a file that fails leaves its existing page untouched and no partial
page is ever written (pages are written to a temporary file and renamed). Pages whose raw file is gone
are removed. Running it twice changes nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from scripts import addresses
from scripts.document import Document
from scripts.errors import InputError
from scripts.markdown import body_text
from scripts.pipeline import ROOT, normalize_file, section_texts, slug_for
from scripts.sidecar import is_sidecar
from scripts.structure import Block
from scripts.themes import MIN_SHARE, score_themes, section_leader

SPEECHES = Path("docs") / "speeches"
IGNORED_NAMES = {"README.md", "README", ".gitkeep", ".DS_Store"}


@dataclass
class IngestResult:
    pages: dict[str, str] = field(default_factory=dict)  # path under docs/ -> file text
    documents: list[Document] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    failed_raw: list[Path] = field(default_factory=list)  # the raw files behind the failures
    kept: list[str] = field(default_factory=list)  # pages of failing raw files, left as they were


def raw_files(source_dir: Path) -> list[Path]:
    """Every raw scraped file: all files except sidecars, READMEs and hidden files."""
    return sorted(p for p in source_dir.iterdir()
                  if p.is_file() and not is_sidecar(p) and p.name not in IGNORED_NAMES
                  and not p.name.startswith("."))


def render_all(source_dir: Path, root: Path = ROOT) -> tuple[dict[str, str], list[InputError]]:
    """What docs/speeches/ must contain: {path relative to docs/: text}, and the files that failed."""
    result = render(source_dir, root)
    return result.pages, result.failures


def render(source_dir: Path, root: Path = ROOT) -> IngestResult:
    result = IngestResult()
    owners: dict[str, Path] = {}
    for path in raw_files(source_dir):
        try:
            document = normalize_file(path, root)
        except InputError as error:
            result.failures.append(error)
            result.failed_raw.append(path)
            continue
        if document.slug in owners:
            result.failures.append(InputError(path, f"its page address '{document.slug}' is already taken by "
                                                    f"{owners[document.slug].name}; rename one of the files"))
            result.failed_raw.append(path)
            continue
        owners[document.slug] = path
        result.documents.append(document)
        result.pages[document.relative_path] = document.markdown
    return result


def ingest(source_dir: Path, docs_dir: Path, root: Path = ROOT) -> IngestResult:
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


def write_atomically(path: Path, text: str) -> None:
    """Write only when the content changes, through a temporary file, so no reader sees half a page."""
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".md")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def explain_tags(document: Document) -> str:
    """A table of every theme's keyword evidence, marking the ones the speech got."""
    text = body_text(document.body)
    evidence = score_themes(text)
    total = sum(item.score for item in evidence) or 1
    leaders = {section_leader(found) for found in map(score_themes, body_sections(document.body)) if found}
    lines = [f"{document.source_file}: themes {', '.join(document.meta.get('tags', [])) or '(none)'}",
             f"(chosen: {MIN_SHARE:.0%} or more of the evidence, or the theme a section is about [section];"
             " see scripts/themes.py)", ""]
    for item in evidence:
        mark = "*" if item.theme in document.meta.get("tags", []) else " "
        hits = "、".join(f"{word}×{count}" for word, count in sorted(item.hits, key=lambda h: -h[1]))
        section = " [section]" if item.theme in leaders else ""
        lines.append(f"{mark} {item.theme:<8} score {item.score:>4} ({item.score / total:5.1%}){section}  {hits}")
    return "\n".join(lines)


def body_sections(body: str) -> list[str]:
    """Sections of a generated body, split the way the pipeline splits the blocks it came from."""
    blocks = [Block("heading" if part.startswith("#") else "paragraph", body_text(part))
              for part in body.split("\n\n") if part.strip()]
    return section_texts(blocks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.ingest", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", default="ingest", choices=["ingest", "normalize", "explain-tags"])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--source-dir", type=Path, default=ROOT / "source_texts")
    parser.add_argument("--docs-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    if args.command == "ingest":
        return run_ingest(args.source_dir, args.docs_dir)
    if not args.file or not str(args.file).strip():
        print(f"error: `{args.command}` needs a file: make -s {args.command} SRC=path/to/file", file=sys.stderr)
        return 2
    try:
        document = normalize_file(args.file)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(document.markdown if args.command == "normalize" else explain_tags(document) + "\n")
    return 0


def run_ingest(source_dir: Path, docs_dir: Path) -> int:
    result = ingest(source_dir, docs_dir)
    print(f"ingest: {len(result.pages)} speech page(s) written to {docs_dir / 'speeches'}, "
          f"{len(result.failures)} file(s) failed")
    for error in result.failures:
        print(f"  FAILED {error.path}: {error.reason}", file=sys.stderr)
    for relative in result.kept:
        print(f"  kept the previous page {relative} (its raw file failed)", file=sys.stderr)
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
