"""`make check`: what a pull request must pass.

1. every rule file of scripts/clean/rules/ loads (YAML, and the entries its loader checks): a problem
   names the file, the line and the reason;
2. front matter of every docs/speeches/**/*.md against the schema (scripts/clean/schema.py), and its
   source.file / sha256 / related files against source_texts/; a speech whose source gives no title is
   noted, with the sidecar to set `title:` in;
3. docs/speeches/ is exactly what `make ingest` generates from source_texts/ (no hand edits, nothing
   stale, no orphan pages, no raw file without its page);
4. every address published in docs/addresses.txt is still a page or redirected to one
   (scripts/site/addresses.py);
5. no speech is in the archive twice (scripts/site/duplicates.py) unless a sidecar declares the relation;
   related texts are listed with their similarity;
6. the site builds with `mkdocs build --strict`;
7. the GitHub workflows keep their promises: actions pinned by commit, and the deploy cache holds only the
   build's outputs, keyed by the code (scripts/tools/workflow_audit.py).
(`make check` then runs ruff, mypy, check-jsonschema and zizmor.) Every problem names the file and, where
there is one, the field.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from scripts.clean.bbcode_markup import bbcode_rules
from scripts.clean.component_markup import component_rules
from scripts.clean.containers import shortcode_rules, template_engines, title_setter
from scripts.clean.cruft import load_rules, reporter_credit, website_endings
from scripts.clean.feeds import feed_rules
from scripts.clean.field_names import field_names
from scripts.clean.html_page import cms_property_names, load_hints, script_date_names
from scripts.clean.metadata import load_regions, vocabulary
from scripts.clean.official_documents import load_signs
from scripts.clean.prose import prose_rule
from scripts.clean.rule_files import RULES_DIR, RuleFileError, read_rule_file, reporting_rule_file_errors
from scripts.clean.schema import check_meta, load_theme_names
from scripts.clean.sidecar import is_sidecar, sidecar_path
from scripts.clean.structure import load_shapes
from scripts.clean.themes import load_themes
from scripts.core.paths import REPO
from scripts.core.staging import recover
from scripts.site import addresses, duplicates
from scripts.site.ingest import render_all
from scripts.site.site_corpus import Speech, read_speeches
from scripts.tools.workflow_audit import audit_all

DOCS = "docs"
SPEECHES = Path(DOCS) / "speeches"
RULES_IN_REPO = RULES_DIR.relative_to(REPO)  # the rule files of the checkout `make check` checks
THEMES_FILE = RULES_IN_REPO / "themes.yml"
# The rule files a loader checks entry by entry; any other is read as YAML.
RULE_LOADERS: dict[str, tuple[Callable[[Path], object], ...]] = {
    "cruft.yml": (load_rules, reporter_credit, website_endings), "structure.yml": (load_shapes,),
    "documents.yml": (load_signs,), "themes.yml": (load_themes,),
    "html.yml": (load_hints, cms_property_names, script_date_names),
    "containers.yml": (field_names, shortcode_rules, title_setter, prose_rule, feed_rules, component_rules,
                       template_engines, bbcode_rules),
    "metadata.yml": (vocabulary,), "regions.yml": (load_regions,)}
BUILD_OUTPUT_LINES = 40


@dataclass
class Report:
    """Problems (fail the check) and notes (information) per section."""

    problems: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)

    def add(self, section: str, problems: list[str], notes: list[str] | None = None) -> None:
        self.problems[section] = problems
        self.notes[section] = notes or []

    @property
    def failed(self) -> bool:
        return any(self.problems.values())

    def render(self) -> str:
        lines = []
        for section, problems in self.problems.items():
            status = f"{len(problems)} problem(s)" if problems else "ok"
            lines.append(f"== {section}: {status}")
            lines += [f"  ✗ {problem}" for problem in problems]
            lines += [f"  · {note}" for note in self.notes[section]]
        lines.append("make check: FAILED" if self.failed else "make check: all passed")
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description="What a pull request must pass.")
    parser.add_argument("--skip-site", action="store_true", help="do not build the site (quicker)")
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    report = run_checks(args.root.resolve(), today_in_china(), build=not args.skip_site)
    print(report.render())
    return 1 if report.failed else 0


def today_in_china() -> dt.date:
    """Today where the speeches are dated: a page published this morning in Beijing is not from the future
    for a CI machine on UTC."""
    return dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()


def run_checks(root: Path, today: dt.date, build: bool = True) -> Report:
    report = Report()
    repaired = recover(root)
    if repaired:
        report.add("Interrupted `make add` (repaired)", [], repaired)
    report.add("Rule files (scripts/clean/rules/)", check_rule_files(root))
    if report.failed:  # the other checks normalize pages with these rules
        return report
    pages, unreadable = read_pages(root)
    report.add("Front matter", unreadable + check_front_matter(root, pages, today), untitled_notes(pages))
    report.add("Pages match source_texts/ (make ingest)", check_in_sync(root))
    report.add("Published addresses (docs/addresses.txt)", check_addresses(root, pages))
    report.add("Duplicates", *check_duplicates(pages))
    if build:
        report.add("Site build (mkdocs build --strict)", check_site_build(root))
    report.add("GitHub workflows (pins, the deploy cache)", audit_all(root / ".github" / "workflows"))
    return report


def check_rule_files(root: Path) -> list[str]:
    """Every rule file reads as YAML, and each one a loader checks entry by entry loads (cruft.yml: kinds, keys,
    zones, patterns, vocabularies): the problem names the file, the line and the reason. A rule file that cannot
    load would stop the first `make ingest` or `make add` that needs it."""
    problems = []
    for path in sorted((root / RULES_IN_REPO).glob("*.yml")):
        try:
            for load in RULE_LOADERS.get(path.name, (read_rule_file,)):
                load(path)
        except RuleFileError as error:
            problems.append(str(error))
    return problems


def read_pages(root: Path) -> tuple[list[Speech], list[str]]:
    """Every speech page, parsed; and a problem line for each that cannot be parsed."""
    return read_speeches(root / DOCS)


def page_name(page: Speech) -> str:
    """The page's path in the repository, as problems name it."""
    return f"{DOCS}/{page.path}"


def check_front_matter(root: Path, pages: list[Speech], today: dt.date) -> list[str]:
    """Schema problems, plus source files, hashes and related files that do not match source_texts/."""
    themes = load_theme_names(root / THEMES_FILE)
    problems = []
    for page in pages:
        problems += check_meta(page_name(page), page.meta, themes, today)
        problems += check_source_links(root, page)
    return problems


def untitled_notes(pages: list[Speech]) -> list[str]:
    """A note (not a problem: a source may give no title) for each speech without one, saying how to set it."""
    return [f"{page_name(page)}: no title found, shown as “{page.title}”; if the source has a title, set `title:` in"
            f" {sidecar_path(Path(page.source_file or 'source_texts/<raw file>')).as_posix()}"
            for page in pages if not page.meta.get("title")]


def check_addresses(root: Path, pages: list[Speech]) -> list[str]:
    """Every published address still leads to a speech page; every page's address is recorded."""
    try:
        published = addresses.load(root / "docs")
    except ValueError as error:
        return [str(error)]
    return addresses.problems(published, [Path(p.path).as_posix() for p in pages])


def check_source_links(root: Path, page: Speech) -> list[str]:
    problems = []
    name = page_name(page)
    raw = root / page.source_file if page.source_file else None
    if raw and not raw.is_file():
        problems.append(f"{name}: source.file: {page.source_file} does not exist")
    elif raw and hashlib.sha256(raw.read_bytes()).hexdigest() != page.source.get("sha256"):
        problems.append(f"{name}: source.sha256: does not match the bytes of {page.source_file}")
    problems += [f"{name}: related: {other} does not exist"
                 for other in sorted(page.declared_related) if not (root / other).is_file()]
    return problems


def check_in_sync(root: Path) -> list[str]:
    """docs/speeches/ must equal what render_all generates from source_texts/."""
    expected, errors = render_all(root / "source_texts", root)
    problems = []
    for error in errors:
        where = _relative(error.path, root)
        if is_sidecar(Path(error.path)):
            problems += [f"{where}: {line}" for line in error.reason.splitlines()]
        else:
            problems.append(f"{where}: cannot become a page ({'; '.join(error.reason.splitlines())}), so it has none")
    docs = root / "docs"
    for relative, text in sorted(expected.items()):
        on_disk = docs / relative
        if not on_disk.is_file():
            problems.append(f"docs/{relative}: missing (a raw file has no page); run `make ingest`")
            continue
        actual = on_disk.read_text(encoding="utf-8")
        if actual != text:
            problems.append(f"docs/{relative}: differs from what `make ingest` generates"
                            f" ({_first_difference(actual, text)}). Stale after a rule or pipeline change?"
                            " run `make ingest` and commit the pages. Edited by hand? put the correction"
                            " in the raw file's sidecar instead")
    generated = {docs / relative for relative in expected}
    problems += [f"{path.relative_to(root)}: orphan page (no raw file in source_texts/ generates it);"
                 " delete it or add its raw file" for path in sorted((root / SPEECHES).rglob("*"))
                 if path.is_file() and path not in generated]
    return problems


def _relative(path: str, root: Path) -> str:
    return str(Path(path).relative_to(root)) if Path(path).is_absolute() else path


def _first_difference(actual: str, expected: str) -> str:
    for number, (mine, theirs) in enumerate(zip(actual.splitlines(), expected.splitlines(), strict=False), 1):
        if mine != theirs:
            return f"line {number}: {mine[:40]!r} instead of {theirs[:40]!r}"
    diff = len(actual.splitlines()) - len(expected.splitlines())
    if diff:
        return f"{abs(diff)} line(s) {'added' if diff > 0 else 'missing'} at the end"
    return "line ends differ"


def check_duplicates(pages: list[Speech]) -> tuple[list[str], list[str]]:
    """Undeclared duplicates are problems; related texts and declared versions are notes."""
    by_source = {page.source_file or page_name(page): page for page in pages}
    problems, notes = [], []
    for pair in duplicates.similar_pairs({source: page.body for source, page in by_source.items()}):
        first, second = by_source[pair.first], by_source[pair.second]
        declared = pair.second in first.declared_related or pair.first in second.declared_related
        where = f"{pair.first} ({page_name(first)}) and {pair.second} ({page_name(second)})"
        if pair.is_duplicate and not declared:
            problems.append(f"{where}: the same speech twice, {pair.describe()}. If both versions are worth"
                            f" keeping, declare the relation with `related:` in a sidecar (CONTRIBUTING.md);"
                            " otherwise remove one")
        else:
            notes.append(f"{where}: {pair.describe()}" + (" [declared in a sidecar]" if declared else ""))
    return problems, notes


def check_site_build(root: Path) -> list[str]:
    """Build the site from a scratch copy of docs/ the way `make build` does (scripts.site.build_site: browse
    pages, `mkdocs build --strict`, raw files, search index); plain mkdocs if the builder is absent."""
    with tempfile.TemporaryDirectory(prefix="speech-check-site-") as scratch:
        docs, site = Path(scratch) / "docs", Path(scratch) / "site"
        shutil.copytree(root / "docs", docs)
        for command in _site_commands(root, docs, site):
            result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                output = (result.stdout + result.stderr).strip().splitlines()[-BUILD_OUTPUT_LINES:]
                return [f"`{' '.join(command[1:3])}` failed (exit {result.returncode}):", *output]
    return []


def _site_commands(root: Path, docs: Path, site: Path) -> list[list[str]]:
    python = sys.executable
    if not (root / "scripts" / "build_site.py").is_file():
        return [[python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]]
    return [[python, "-m", "scripts.site.build_site", "--docs-dir", str(docs), "--site-dir", str(site)]]


if __name__ == "__main__":
    sys.exit(reporting_rule_file_errors(main))
