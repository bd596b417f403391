"""Which cleaning rule and metadata step fires on which page: `make rule-usage`.

A rule written for one page is the defect the developers' guide warns about ("rules fitted to the pages you test
on"): it moves the set it was written on and no other. This report finds the candidates, from what the pipeline
already records for `make -s explain SRC=…` (no second rule engine):

- every removal a rule made (`Document.removals`: the rule's name and the text it took), and
- every metadata field's winning cascade step (`Document.provenance`: 'title ← meta ArticleTitle'),

on every labelled page of the development sets (DEVELOPMENT_SETS; never the held-out set) and on source_texts/.
The table lists each named rule (scripts/clean/rules/cruft.yml, its `code` entries included, and any name the
pipeline reports that the rule file lacks) and each metadata step (the step lists of scripts/clean/metadata.py),
sorted by the number of pages it fired on: DEAD marks a rule that fired on no page (are its examples general, or
written for a site we do not have?), ONE a rule that fired on exactly one page (the line it took is shown). A page
the pipeline refuses (an official document, a CSV of many records …) yields no Document: what fired on it before
the refusal is not counted.

Then the literal check: every run of LITERAL_MIN or more Chinese characters that a rule's pattern or vocabulary
(scripts/clean/rules/*.yml, cleaning files only) or a string constant in the cleaner's code (scripts/clean/*.py,
docstrings aside) can match only verbatim, looked up in the text of the development pages and of source_texts/.
A long literal found in a page or two is a fitting suspect: a label many sites print is found on many pages, a
sentence copied from one page on that page alone. The same check on the rules' example and keep lines finds test
lines copied from a page.

    make -s rule-usage [SETS="eval/dev2 eval/dev3"]
    python -m scripts.measure.rule_usage [--set DIR …] [--source-dir DIR] [--all-pages]
"""

from __future__ import annotations

import argparse
import ast
import html
import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scripts.clean.chinese import CJK_CHAR, CJK_RANGE
from scripts.clean.cruft import RULES_FILE
from scripts.clean.decode import decode_bytes
from scripts.clean.document import Document
from scripts.clean.metadata import DATE_STEPS, PUBLISHED_STEPS, SPEAKER_STEPS, TITLE_STEPS, Step
from scripts.clean.pipeline import normalize_file
from scripts.clean.rule_files import read_rule_file, rule_section
from scripts.clean.shadow import simplified
from scripts.core.errors import InputError
from scripts.core.paths import REPO
from scripts.measure.evaluate import SetError, load_set
from scripts.site.ingest import raw_files

# The development sets: open to reading and to rule writing (ext-*: benchmark pages with converted labels, their
# READMEs). The held-out set is never run here.
DEVELOPMENT_SETS = ("../shared/devset", "eval/dev2", "eval/dev3", "eval/dev4", "eval/dev5", "eval/dev6",
                    "eval/own", "eval/own2", "eval/own3", "eval/own4", "eval/own5", "eval/own6", "eval/own7",
                    "eval/own8", "eval/own9", "eval/own10", "eval/own11", "eval/own12", "eval/own13", "eval/own14",
                    "eval/own15", "eval/own16", "eval/own17", "eval/own18", "eval/own19", "eval/own20",
                    "eval/own21", "eval/own23", "eval/own24", "eval/own25", "eval/own26", "eval/own27",
                    "eval/own28", "eval/own29", "eval/own30", "eval/own31", "eval/own32", "eval/ext-magic",
                    "eval/ext-cwce")
HELD_OUT_SETS = ("eval/own33",)
SOURCE_TEXTS = "source_texts"
LITERAL_MIN = 6  # Chinese characters: shorter runs are labels and words ('发布时间', '责任编辑')
CJK_RUN = re.compile(f"[{CJK_RANGE}]{{{LITERAL_MIN},}}")
SUSPECT_MAX_PAGES = 2  # a long literal found on this many development pages or fewer is a fitting suspect
RULE_FILES = ("cruft.yml", "metadata.yml", "structure.yml", "html.yml", "documents.yml", "containers.yml")
CODE_DIR = REPO / "scripts" / "clean"
# Keys of a rule file entry that describe a rule rather than match text; EXAMPLE_KEYS hold its test lines.
EXAMPLE_KEYS = {"examples", "keep", "keep_as_caption"}
PROSE_KEYS = {"name", "kind", "reason", "where", "zone", "expect", "replace", *EXAMPLE_KEYS}
METADATA_STEPS: dict[str, list[Step]] = {"title": TITLE_STEPS, "speaker": SPEAKER_STEPS, "published": PUBLISHED_STEPS,
                                         "date": DATE_STEPS}
STEP_ARROW = " ← "
CRUFT_PREFIX = f"{RULES_FILE.name}: "  # how the literal check names a rule of the cleaning rule file
SHOWN_PAGES = 4  # pages named per rule in the table (--all-pages names every one)


@dataclass(frozen=True)
class Page:
    """One page to run: `label` names it in the report ('dev2/005.html', 'source_texts/000_….txt')."""

    label: str
    path: Path


@dataclass
class Usage:
    """For each rule or step, the pages it fired on and the first text it took (or gave) on each."""

    fired: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    refused: dict[str, str] = field(default_factory=dict)  # page -> the reason the pipeline gave
    pages: list[str] = field(default_factory=list)

    def record(self, rule: str, page: str, text: str) -> None:
        self.fired[rule].setdefault(page, text)

    def development_pages(self, rule: str) -> list[str]:
        return [page for page in self.fired.get(rule, {}) if not page.startswith(SOURCE_TEXTS + "/")]


# ---------------------------------------------------------------------------------------------- the names

def step_key(field_name: str, step: str) -> str:
    """How a metadata step is named in the report: 'title ← meta ArticleTitle'."""
    return f"{field_name}{STEP_ARROW}{step}"


def named_rules(rules_file: Path = RULES_FILE) -> dict[str, str]:
    """Every rule the cleaning rule file names, with its kind, then every metadata step ('metadata')."""
    entries = rule_section(rules_file, "rules")
    names = {entry["name"]: entry["kind"] for entry in entries}
    for field_name, steps in METADATA_STEPS.items():
        names.update({step_key(field_name, name): "metadata" for name, _ in steps})
    return names


def step_of(field_name: str, provenance: str) -> str:
    """The cascade step a provenance note names: 'meta PubDate', or '发布时间 line' for '发布时间 line, earlier
    than the meta PubDate'; any other note (a container's field, a sidecar) as it is."""
    for name, _ in METADATA_STEPS.get(field_name, []):
        if provenance == name or provenance.startswith(name + ","):
            return name
    return provenance


# ---------------------------------------------------------------------------------------------- firing

def firings(document: Document) -> Iterator[tuple[str, str]]:
    """(rule or step, text) for everything a document's cleaning removed or set apart and every field's winning
    step."""
    for removal in [*document.removals, *document.set_apart]:
        yield removal.rule, removal.text
    for field_name, provenance in document.provenance.items():
        yield step_key(field_name, step_of(field_name, provenance)), str(document.meta.get(field_name, ""))


def collect(pages: Iterable[Page]) -> Usage:
    """Run the pipeline on every page and record what fired where (a refused page is recorded as such)."""
    usage = Usage()
    for page in pages:
        usage.pages.append(page.label)
        try:
            document = normalize_file(page.path)
        except InputError as error:
            usage.refused[page.label] = error.reason
            continue
        for rule, text in firings(document):
            usage.record(rule, page.label, text)
    return usage


def set_pages(set_dir: Path) -> list[Page]:
    """The labelled pages of a set (as `make eval` scores them); none when its raw pages are not here."""
    if (set_dir / "raw").is_dir():
        try:
            return [Page(f"{set_dir.name}/{path.name}", path) for path, _ in load_set(set_dir)]
        except SetError as error:
            print(f"rule-usage: skipped {set_dir}: {error}", file=sys.stderr)
            return []
    print(f"rule-usage: skipped {set_dir}: no raw/ pages (they are not in git; see its MANIFEST.tsv)",
          file=sys.stderr)
    return []


def development_pages(set_dirs: Iterable[Path]) -> list[Page]:
    held_out = {(REPO / name).resolve() for name in HELD_OUT_SETS}
    pages: list[Page] = []
    for set_dir in set_dirs:
        if set_dir.resolve() in held_out:
            raise SystemExit(f"rule-usage: {set_dir} is the held-out set: rules are never measured on it page by "
                             "page (`make -s eval SET=… | tail -1` only)")
        pages += set_pages(set_dir)
    return pages


def archive_pages(source_dir: Path) -> list[Page]:
    return [Page(f"{SOURCE_TEXTS}/{path.name}", path) for path in raw_files(source_dir)]


# ---------------------------------------------------------------------------------------------- literals

def class_end(pattern: str, start: int) -> int:
    """The index after the `]` closing the character class opened at `start`."""
    index = start + 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index + 1


def optional_next(pattern: str, index: int) -> bool:
    """The quantifier after position `index` lets the character there be absent ('?', '*', '{0,…}')."""
    following = pattern[index + 1 : index + 3]
    return following[:1] in {"?", "*"} or following == "{0"


def repeated_next(pattern: str, index: int) -> bool:
    """The quantifier after position `index` repeats the character there ('+', '{2}', '{1,3}')."""
    return pattern[index + 1 : index + 2] in {"+", "{"}


def literals(pattern: str, min_chars: int = LITERAL_MIN) -> list[str]:
    """The runs of `min_chars` or more Chinese characters that `pattern` (a regular expression, or a plain
    word: the same reading) matches only verbatim: outside character classes, unbroken by an escape, a group,
    an alternation or a quantifier (a character a quantifier makes optional is left out of the run)."""
    runs, run, index = [], "", 0
    while index < len(pattern):
        char = pattern[index]
        if CJK_CHAR.fullmatch(char) and not optional_next(pattern, index):
            run += char
            if repeated_next(pattern, index):
                runs.append(run)
                run = ""
            index += 1
            continue
        runs.append(run)
        run = ""
        if char == "[":
            index = class_end(pattern, index)
        else:
            index += 2 if char == "\\" else 1
    runs.append(run)
    return [run for run in runs if len(run) >= min_chars]


def yaml_strings(value: object, examples: bool = False) -> Iterator[str]:
    """Every string a rule file value matches text with (patterns, words, labels), not its prose keys; with
    `examples`, the strings of its example and keep lines instead."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from yaml_strings(item, examples)
    elif isinstance(value, dict):
        for key, item in value.items():
            if examples and key in EXAMPLE_KEYS:
                yield from yaml_strings(item)
            elif key not in PROSE_KEYS and key != "text":  # 'text': an example's own line ({text: …, expect: …})
                if not examples:
                    yield str(key)
                yield from yaml_strings(item, examples)


def rule_entries(rules_dir: Path) -> Iterator[tuple[str, object]]:
    """('file: rule', entry) for every entry of the cleaning rule files (a list of named entries gives each
    its own name, any other top-level key is one rule)."""
    for file_name in RULE_FILES:
        data = read_rule_file(rules_dir / file_name)
        for key, value in data.items():
            named = isinstance(value, list) and all(isinstance(item, dict) and "name" in item for item in value)
            for name, entry in ([(item["name"], item) for item in value] if named else [(key, value)]):
                yield f"{file_name}: {name}", entry


def rule_file_strings(rules_dir: Path) -> dict[str, list[str]]:
    """'file: rule' -> the strings it matches text with."""
    return {rule: list(yaml_strings(entry)) for rule, entry in rule_entries(rules_dir)}


def example_runs(rules_dir: Path) -> dict[str, list[str]]:
    """'file: rule' -> the runs of LITERAL_MIN or more Chinese characters in its example and keep lines."""
    runs = {rule: [run for text in yaml_strings(entry, examples=True) for run in CJK_RUN.findall(simplified(text))]
            for rule, entry in rule_entries(rules_dir)}
    return {rule: found for rule, found in runs.items() if found}


def docstring_nodes(tree: ast.AST) -> set[int]:
    """The ids of the docstring constants of a module, its classes and its functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def code_strings(code_dir: Path) -> dict[str, list[str]]:
    """'file.py: function' (or the module level) -> the string constants in it, docstrings aside."""
    strings: dict[str, list[str]] = defaultdict(list)
    for path in sorted(code_dir.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = docstring_nodes(tree)
        for top in tree.body:
            where = top.name if isinstance(top, ast.FunctionDef | ast.ClassDef) else "(module)"
            for node in ast.walk(top):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                    strings[f"{path.name}: {where}"].append(node.value)
    return dict(strings)


@dataclass
class Literal:
    """A long literal of a rule, and the development pages whose text holds it."""

    rule: str
    text: str
    pages: list[str]

    @property
    def suspect(self) -> bool:
        return 0 < len(self.pages) <= SUSPECT_MAX_PAGES


def page_text(path: Path) -> str:
    """A page's text as the rules see it: decoded, entities read, in simplified characters."""
    try:
        text, _ = decode_bytes(path.read_bytes(), path)
    except InputError:  # a page no encoding reads has no literal in it
        return ""
    return simplified(html.unescape(text))


def literal_hits(strings: dict[str, list[str]], texts: dict[str, str]) -> list[Literal]:
    """Every long literal of every rule with the pages holding it verbatim (most suspect first)."""
    found = []
    for rule, values in strings.items():
        for text in sorted({run for value in values for run in literals(value)}):
            found.append(Literal(rule, text, [page for page, page_body in texts.items() if text in page_body]))
    return sorted(found, key=lambda item: (not item.suspect, -bool(item.pages), len(item.pages), item.rule))


# ---------------------------------------------------------------------------------------------- report

def mark(count: int) -> str:
    return "DEAD" if count == 0 else "ONE" if count == 1 else ""


def shorten(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def usage_rows(usage: Usage, names: dict[str, str]) -> list[tuple[str, str, int, int, int, str]]:
    """(rule, kind, development pages, development sets, source_texts pages, mark), fewest pages first."""
    rows = []
    for rule in sorted(set(names) | set(usage.fired)):
        development = usage.development_pages(rule)
        archive = len(usage.fired.get(rule, {})) - len(development)
        sets = len({page.split("/")[0] for page in development})
        kind = names.get(rule, "metadata (other)" if STEP_ARROW in rule else "not in cruft.yml")
        rows.append((rule, kind, len(development), sets, archive, mark(len(development) + archive)))
    return sorted(rows, key=lambda row: (row[2] + row[4], row[0]))


def render_usage(usage: Usage, names: dict[str, str], all_pages: bool = False) -> list[str]:
    archive = sum(page.startswith(SOURCE_TEXTS + "/") for page in usage.pages)
    lines = [f"# rule usage: {len(usage.pages) - archive} development pages, {archive} in {SOURCE_TEXTS}/, "
             f"{len(usage.refused)} refused", "",
             "| mark | pages | sets | source_texts | rule | kind | fired on |", "|---|---|---|---|---|---|---|"]
    for rule, kind, pages, sets, archive_count, flag in usage_rows(usage, names):
        fired = usage.fired.get(rule, {})
        shown = list(fired) if all_pages else list(fired)[:SHOWN_PAGES]
        where = ", ".join(shown) + (f" +{len(fired) - len(shown)}" if len(fired) > len(shown) else "")
        if len(fired) == 1:
            where += f": «{shorten(next(iter(fired.values())))}»"
        lines.append(f"| {flag} | {pages} | {sets} | {archive_count} | {rule} | {kind} | {where} |")
    lines += ["", f"refused ({len(usage.refused)}):"]
    lines += [f"  {page}: {shorten(reason, 100)}" for page, reason in usage.refused.items()] or ["  none"]
    return lines


def render_literals(found: list[Literal], usage: Usage, title: str, only_found: bool = False) -> list[str]:
    """The literals, suspects first; with `only_found`, those in no development page are counted, not listed."""
    suspects = [item for item in found if item.suspect]
    listed = [item for item in found if item.pages or not only_found]
    lines = ["", f"# {title} (runs of {LITERAL_MIN}+ Chinese characters): {len(found)}, {len(suspects)} found on "
             f"1–{SUSPECT_MAX_PAGES} pages (SUSPECT)"
             f"{f', {len(found) - len(listed)} found on none (not listed)' if only_found else ''}", "",
             "| mark | pages | rule | literal | found on |", "|---|---|---|---|---|"]
    for item in listed:
        flag = "SUSPECT" if item.suspect else ""
        lines.append(f"| {flag} | {len(item.pages)} | {item.rule} | {shorten(item.text)} | "
                     f"{', '.join(item.pages[:SHOWN_PAGES])}{' …' if len(item.pages) > SHOWN_PAGES else ''}"
                     f"{fired_there(item, usage)} |")
    return lines


def fired_there(item: Literal, usage: Usage) -> str:
    """For a suspect of a named cleaning rule: the line the rule took on the page holding the literal."""
    fired = usage.fired.get(item.rule.removeprefix(CRUFT_PREFIX), {}) if item.rule.startswith(CRUFT_PREFIX) else {}
    taken = [f"{page} «{shorten(fired[page])}»" for page in item.pages if page in fired]
    return f"; fired there: {'; '.join(taken)}" if item.suspect and taken else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.measure.rule_usage", description=__doc__.split("\n")[0])
    parser.add_argument("--set", dest="sets", action="append", type=Path,
                        help=f"a labelled set (repeatable; default: {' '.join(DEVELOPMENT_SETS)})")
    parser.add_argument("--source-dir", type=Path, default=REPO / SOURCE_TEXTS)
    parser.add_argument("--all-pages", action="store_true", help="name every page a rule fired on")
    args = parser.parse_args(argv)
    named = os.environ.get("RULE_USAGE_SETS", "").split()  # how `make rule-usage SETS=…` passes them
    set_dirs = args.sets or [Path(name) for name in named] or [REPO / name for name in DEVELOPMENT_SETS]
    pages = [*development_pages(set_dirs), *archive_pages(args.source_dir)]
    usage = collect(pages)
    texts = {page.label: page_text(page.path) for page in pages}  # the seeds were developed on too
    strings = {**rule_file_strings(RULES_FILE.parent), **code_strings(CODE_DIR)}
    lines = (render_usage(usage, named_rules(), args.all_pages)
             + render_literals(literal_hits(strings, texts), usage, "long literals in patterns, vocabularies and code")
             + render_literals(literal_hits(example_runs(RULES_FILE.parent), texts), usage,
                               "example and keep lines holding a page's words", only_found=True))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
