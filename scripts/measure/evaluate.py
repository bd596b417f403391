"""Score the cleaner on a directory of labelled pages: `make eval SET=dir`.

The scoring is the development set's own (../shared/devset/README.md), step for step:
1. visible text: for .html, BeautifulSoup(raw, "html.parser") without script/style/noscript, get_text("\n");
   for anything else the file as it is. Canonical form of any string: NFKC, then only letters, digits and
   CJK characters.
2. gold text: the canonical visible text from the first `body_start` to the end of the first `body_end`
   after it, with every `inner_cruft` and `neutral` string removed.
3. output text: the canonical body of the finished Markdown (front matter dropped, a first line equal to
   the title dropped), with `neutral` strings removed.
4. matched characters by difflib.SequenceMatcher (autojunk off); recall and precision summed over pages.
5. a leak is any `leaks` or `inner_cruft` string (canonical, 2+ characters) in the output of a page that
   was not refused.
6. metadata: each labelled field against the front matter (title canonical, the rest exact; null means
   absent or empty).
A set is a directory with `raw/` (the pages) and `gold/NNN.json` (the labels).

`--baseline trafilatura` (or `make eval SET=dir BASELINE=trafilatura`) scores trafilatura on the same pages in
the same run and prints its table after the cleaner's: body = its extracted text; title, author (as speaker)
and date (as published: it finds a page's publication date, not a delivery date) from `bare_extraction`.
It reads HTML only, so a plain-text page (CSV, Markdown, text) is handed to it as one <p> per line.

`--variant NAME` (or `make eval SET=dir VARIANT=name`; several, comma-separated, or `all`) scores each page
again after a label-preserving rewrite of its raw bytes (scripts/measure/variants.py: traditional characters,
neutral class names, GBK/Big5, CRLF, no blank lines, ASCII punctuation, hard-wrapped lines), one table per
variant after the plain one. The gold text is the plain page's (its strings mapped as the variant maps
characters), so the scoring is the same; only the cleaner's input changes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import json
import os
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from bs4 import BeautifulSoup, UnicodeDammit

from scripts.clean.decode import HTML_SUFFIXES, decode_bytes, looks_like_html
from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_document
from scripts.clean.rule_files import reporting_rule_file_errors
from scripts.core.errors import InputError
from scripts.measure.variants import Variant
from scripts.measure.variants import parse as parse_variants

META_FIELDS = ("title", "speaker", "date", "published")


def canonical(text: str) -> str:
    """NFKC, then only letters, digits and CJK characters (punctuation, spaces and markup dropped)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch)[0] in "LN")


def visible_text(path: Path) -> str:
    """The page's visible text as the devset README defines it. A page kept in its site's own encoding (a GB2312
    page a crawler saved as it came, a GBK text or record) is decoded as BeautifulSoup decodes bytes (an HTML
    page's charset declaration first, else the encoding its bytes show); every other page as UTF-8."""
    data = path.read_bytes()
    html = path.suffix.lower() in {".html", ".htm"}
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raw = UnicodeDammit(data, is_html=html).unicode_markup or data.decode("utf-8-sig", "replace")
    if not html:
        return raw
    soup = BeautifulSoup(raw, "html.parser")
    for element in soup(["script", "style", "noscript"]):
        element.decompose()
    return soup.get_text("\n")


def without(text: str, strings: list[str]) -> str:
    for string in strings:
        piece = canonical(string)
        if piece:
            text = text.replace(piece, "")
    return text


def gold_text(path: Path, label: dict) -> str:
    visible = canonical(visible_text(path))
    start_key, end_key = canonical(label["body_start"]), canonical(label["body_end"])
    start = visible.find(start_key)
    end = visible.find(end_key, max(start, 0))
    if start < 0 or end < 0:
        raise ValueError(f"{path.name}: body_start or body_end not found in the visible text")
    return without(visible[start : end + len(end_key)], label.get("inner_cruft", []) + label.get("neutral", []))


def output_text(meta: dict, body: str, label: dict) -> str:
    """The body's text as a reader sees it: the Markdown's entity escapes (&amp; &#124; …) read back, so
    that an escaped '&' or '|' does not count as the letters 'amp' or the digits '124'."""
    lines = [html.unescape(line) for line in body.split("\n") if line.strip()]
    if lines and canonical(lines[0]) == canonical(str(meta.get("title") or "")):
        lines = lines[1:]
    return without(canonical("\n".join(lines)), label.get("neutral", []))


def field_matches(name: str, expected: object, actual: object) -> bool:
    if expected is None:
        return actual in (None, "", [])
    if name == "title":
        return canonical(str(expected)) == canonical(str(actual or ""))
    return str(expected) == str(actual or "")


@dataclass
class PageScore:
    file: str
    kind: str
    scored: bool
    refused: str = ""
    gold_chars: int = 0
    output_chars: int = 0
    matched: int = 0
    leaks: list[str] = field(default_factory=list)
    meta_right: int = 0
    meta_total: int = 0
    meta_misses: list[str] = field(default_factory=list)
    meta_wrong: list[tuple[str, str]] = field(default_factory=list)  # (field, how: missed | extra | other)
    changed: bool = False  # a variant rewrote the page (False: it did not apply, the plain page was scored)


Extractor = Callable[[Path], tuple[dict, str]]


def pipeline_extractor(path: Path) -> tuple[dict, str]:
    """(front matter, body) as `make -s normalize SRC=path` prints them."""
    return split_document(normalize_file(path).markdown)


def trafilatura_extractor(path: Path) -> tuple[dict, str]:
    """(metadata, body) from trafilatura's bare_extraction; nothing extracted gives an empty body."""
    import trafilatura  # only when the baseline is asked for: it pulls in lxml, dateparser, htmldate
    from trafilatura.settings import Document

    text, _ = decode_bytes(path.read_bytes(), path)
    if path.suffix.lower() not in HTML_SUFFIXES and not looks_like_html(text):
        text = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if not isinstance(document, Document):  # None: nothing extracted (a dict only when as_dict is asked for)
        return {}, ""
    return {"title": document.title, "speaker": document.author, "published": document.date}, document.text or ""


BASELINES: dict[str, Extractor] = {"trafilatura": trafilatura_extractor}


def mapped_label(label: dict, change: Callable[[str], str]) -> dict:
    """The label with its strings (cruft, neutral, leaks, title and speaker) written as a variant writes them."""
    label = dict(label)
    for key in ("inner_cruft", "neutral", "leaks"):
        label[key] = [change(s) for s in label.get(key, [])]
    label["meta"] = {k: (change(v) if k in ("title", "speaker") and isinstance(v, str) else v)
                     for k, v in label.get("meta", {}).items()}
    return label


def score_page(path: Path, label: dict, extract: Extractor, variant: Variant | None = None) -> PageScore:
    """One page's score; with a variant, the cleaner reads the variant's bytes of the page (written beside
    nothing else, under its own name, in a temporary directory) and the label's strings are mapped the same way,
    while the gold text stays the plain page's (mapped likewise)."""
    score = PageScore(path.name, label["kind"], bool(label.get("score", True)))
    gold = gold_text(path, label) if score.scored else ""
    page = path
    if variant is not None:  # a label-aware variant is bound to this page's label (None: it does not apply)
        variant = variant.for_page(label, path)
    with tempfile.TemporaryDirectory(prefix="eval-variant-") as scratch:
        changed = variant.apply(path.read_bytes(), path) if variant is not None else None
        if variant is not None and changed is not None:  # a page the variant leaves alone is scored as it is
            score.changed = True
            gold, label = variant.text(gold), mapped_label(label, variant.text)
            page = Path(scratch) / variant.file_name(path)
            page.write_bytes(changed)
        try:
            meta, body = extract(page)
        except InputError as error:
            score.refused = error.reason
            meta, body = {}, ""
    out = output_text(meta, body, label) if not score.refused else ""
    if score.scored:
        gold = canonical(gold)
        score.gold_chars, score.output_chars = len(gold), len(out)
        matcher = SequenceMatcher(None, gold, out, autojunk=False)
        score.matched = sum(block.size for block in matcher.get_matching_blocks())
        for name in META_FIELDS:
            if name not in label.get("meta", {}):
                continue
            expected, actual = label["meta"][name], meta.get(name)
            score.meta_total += 1
            if not score.refused and field_matches(name, expected, actual):
                score.meta_right += 1
            else:
                score.meta_misses.append(f"{name}: want {expected!r}, got {actual!r}")
                score.meta_wrong.append((name, miss_kind(expected, actual)))
    if not score.refused:
        suspects = label.get("leaks", []) + label.get("inner_cruft", [])
        score.leaks = [s for s in suspects if len(canonical(s)) >= 2 and canonical(s) in out]
    return score


class SetError(Exception):
    """A labelled set that cannot be scored as it is (the message names the file and the reason)."""


def manifest_digests(set_dir: Path) -> dict[str, str]:
    """file name → sha256 from the set's MANIFEST.tsv, when it has a sha256 column (else nothing to check)."""
    manifest = set_dir / "MANIFEST.tsv"
    if not manifest.is_file():
        return {}
    rows = csv.DictReader(manifest.read_text(encoding="utf-8").splitlines(), delimiter="\t")
    return {row["file"]: row["sha256"] for row in rows if row.get("sha256")}


def load_set(set_dir: Path) -> list[tuple[Path, dict]]:
    """Every labelled page of a set. A page that is missing, or whose bytes differ from the sha256 its
    MANIFEST.tsv records, stops the run with the page's name: figures on other bytes would not compare."""
    digests = manifest_digests(set_dir)
    pages = []
    for gold in sorted((set_dir / "gold").glob("*.json")):
        try:
            label = json.loads(gold.read_text(encoding="utf-8"))
        except ValueError as error:
            raise SetError(f"{gold}: not a label ({error})") from error
        page = set_dir / "raw" / label["file"]
        if not page.is_file():
            raise SetError(f"{gold}: its page {page} is missing (a set's MANIFEST.tsv says where each"
                                    " page comes from)")
        expected = digests.get(label["file"])
        if expected and hashlib.sha256(page.read_bytes()).hexdigest() != expected:
            raise SetError(f"{page}: not the page MANIFEST.tsv lists (its sha256 differs)")
        if label.get("score", True):
            try:
                gold_text(page, label)
            except ValueError as error:
                raise SetError(f"{gold}: {error}") from error
        pages.append((page, label))
    return pages


def report(scores: list[PageScore], out=None) -> dict[str, float]:
    out = out or sys.stdout  # looked up per call, so a redirected stdout (tests, pipes) gets the table
    for s in scores:
        status = f"refused: {s.refused[:60]}" if s.refused else ""
        if s.scored:
            recall = s.matched / s.gold_chars if s.gold_chars else 1.0
            precision = s.matched / s.output_chars if s.output_chars else (1.0 if s.refused else 0.0)
            print(f"{s.file:10} {s.kind:8} recall {recall:.3f} precision {precision:.3f} "
                  f"leaks {len(s.leaks)} meta {s.meta_right}/{s.meta_total} {status}", file=out)
        else:
            print(f"{s.file:10} {s.kind:8} (not scored) leaks {len(s.leaks)} {status}", file=out)
        for leak in s.leaks:
            print(f"    leak: {leak}", file=out)
        for miss in s.meta_misses:
            print(f"    meta {miss}", file=out)
    scored = [s for s in scores if s.scored]
    gold = sum(s.gold_chars for s in scored)
    output = sum(s.output_chars for s in scored)
    matched = sum(s.matched for s in scored)
    totals = {
        "recall": matched / gold if gold else 1.0,
        "precision": matched / output if output else 1.0,
        "leaks": sum(len(s.leaks) for s in scores),
        "meta_right": sum(s.meta_right for s in scored),
        "meta_total": sum(s.meta_total for s in scored),
    }
    changed = sum(s.changed for s in scores)
    if changed:
        print(f"(the variant changed {changed} of {len(scores)} pages; the others were scored as they are)",
              file=out)
    print(f"TOTAL {len(scored)} scored pages of {len(scores)}: recall {totals['recall']:.3f} "
          f"precision {totals['precision']:.3f} leaks {totals['leaks']} "
          f"metadata {totals['meta_right']}/{totals['meta_total']}{summary_of_misses(scored)}", file=out)
    return totals


def summary_of_misses(scored: list[PageScore]) -> str:
    """What the totals line adds so that a held-out set, whose pages nobody reads, still says where it fails:
    the wrong metadata by field, the scored pages refused and those below 0.9 recall."""
    kinds = Counter(miss for s in scored for miss in s.meta_wrong)
    wrong = Counter(name for s in scored for name, _ in s.meta_wrong)
    refused = sum(1 for s in scored if s.refused)
    low = sum(1 for s in scored if not s.refused and s.gold_chars and s.matched / s.gold_chars < LOW_RECALL)
    fields = ", ".join(f"{name} {wrong[name]} ({how_wrong(name, kinds)})" for name in META_FIELDS if wrong[name])
    return (f" (wrong: {fields or 'none'}; refused {refused}, recall under {LOW_RECALL} {low})")


LOW_RECALL = 0.9
MISS_KINDS = ("missed", "extra", "other")  # the page gives it and the output lacks it; the reverse; both, unequal


def how_wrong(name: str, kinds: Counter) -> str:
    """'missed 2 extra 1': how a field went wrong, counted over the pages."""
    return " ".join(f"{kind} {kinds[name, kind]}" for kind in MISS_KINDS if kinds[name, kind])


def miss_kind(expected: object, actual: object) -> str:
    if expected is None:
        return "extra"
    return "missed" if actual in (None, "", []) else "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set_dir", type=Path, nargs="?", default=os.environ.get("EVAL_SET"),
                        help="a directory with raw/ and gold/ (default: $EVAL_SET, which `make eval SET=` sets)")
    parser.add_argument("--baseline", default=os.environ.get("EVAL_BASELINE") or None,
                        help=f"also score this extractor on the same pages: {', '.join(BASELINES)} (default:"
                             " $EVAL_BASELINE, which `make eval BASELINE=` sets)")
    parser.add_argument("--variant", action="append", default=[os.environ.get("EVAL_VARIANT") or ""],
                        help="also score each page after this label-preserving rewrite of its bytes (repeat, or"
                             " comma-separate; 'all' for every one; 'list' lists them; default: $EVAL_VARIANT,"
                             " which `make eval VARIANT=` sets)")
    args = parser.parse_args(argv)
    if "list" in args.variant:
        from scripts.measure.variants import VARIANTS
        for name, v in VARIANTS.items():
            print(f"{name:20} {v.doc}")
        return 0
    try:
        variants = parse_variants(args.variant)
    except KeyError as error:
        parser.error(f"unknown variant {error.args[0]} (`--variant list` lists them)")
    if not args.set_dir or not (Path(args.set_dir) / "gold").is_dir():
        parser.error(f"{args.set_dir or 'no SET given'}: not a labelled set (a directory with raw/ and gold/)")
    if args.baseline and args.baseline not in BASELINES:
        parser.error(f"unknown baseline {args.baseline!r}: choose one of {', '.join(BASELINES)}")
    try:
        pages = load_set(Path(args.set_dir))
    except SetError as error:
        parser.error(str(error))
    extractors: dict[str, Extractor] = {"cleaner (make normalize)": pipeline_extractor}
    if args.baseline:
        extractors[f"baseline: {args.baseline}"] = BASELINES[args.baseline]
    for name, extract in extractors.items():
        print(f"== {name} ==")
        report([score_page(path, label, extract) for path, label in pages])
        for variant in variants:
            print(f"== {name}, variant {variant.name} ==")
            report([score_page(path, label, extract, variant) for path, label in pages])
    return 0


if __name__ == "__main__":
    raise SystemExit(reporting_rule_file_errors(main))
