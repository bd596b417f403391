"""Turn a public news-extraction benchmark's ground truth into this project's gold labels (eval/ext-<name>).

Benchmarks such as opendatalab/magic-html hold real pages with the main text their authors extracted by hand.
This converts each Chinese page's ground truth into the development set's label format
(../shared/devset/README.md), so that `make -s eval SET=eval/ext-<name>` scores the cleaner on it unchanged:

- body_start / body_end: the shortest piece of the ground truth's first / last line whose first occurrence in
  the page's canonical visible text (the scorer's own reading: evaluate.visible_text, evaluate.canonical) is
  where the ground truth starts / ends there. The ground truth's lines are found in the visible text in order,
  around its longest line; a ground truth less than MIN_COVERAGE found is skipped (text the page does not show).
- edge furniture: leading video-player lines and trailing editor / source / correction lines that a benchmark
  counts as content but this format puts outside the body are left outside and listed as `neutral`.
- inner_cruft: visible lines inside start..end that the ground truth leaves out (captions, share buttons …),
  unless the line's text also occurs in the ground truth (the scorer removes every occurrence of a string).
- leaks: visible lines outside the main text (chrome) of at least MIN_LEAK characters that occur nowhere in the
  ground truth and are not the headline or the <title>; a line of digits only counts from 8 digits (a date and
  time such as 2024-05-09 22:27), since a bare year or page number occurs in real text.
- meta: speaker null (news is no speech); title and published only where the benchmark labels them.

`python -m scripts.measure.benchmark_gold magic-html MIRROR_GIT_DIR eval/ext-magic` writes gold/NNN.json,
raw/NNN.html (UTF-8; a GBK page is re-encoded and its sha256 is that of the UTF-8 bytes, as restore_eval
accepts), MANIFEST.tsv and skipped.tsv (page, reason). raw/ is git-ignored: third-party pages are not committed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup

from scripts.measure.evaluate import canonical

MIN_COVERAGE = 0.9  # share of the ground truth's characters that must be found in the visible text, in order
MIN_LEAK = 4  # shorter chrome lines ('首页', '分享') occur inside real text too often to count as leaks
MIN_KEY = 8  # body_start / body_end are at least this long (canonical characters) where the line allows
WINDOW = 4000  # a ground-truth line found further than this from its neighbour is taken as a stray match

# Lines at the edges of a benchmark's content that this format keeps outside the body (README: "before any
# footer, byline, editor line"). Each is a general label many sites use, not a page's text.
EDGE_FURNITURE = [
    ("video-player", re.compile(r"^(Play Video|Pause|/?\d{1,2}:\d\d(:\d\d)?|播放|视频加载中.*)$", re.I),
     "a video player's controls before the text"),
    ("editor", re.compile(r"^[（(【\[]?\s*(责任编辑|责编|编辑|审核|校对|值班编辑)\s*[:：]"),
     "editor line after the text"),
    ("correction", re.compile(r"^【?\s*纠错\s*】?$"), "correction button"),
    ("next-article", re.compile(r"^(阅读下一篇|下一篇|上一篇)\s*[:：]?"), "link to the next article"),
    ("paper-source", re.compile(r"^《\s*\S+\s*》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日.*版\s*[）)]$"),
     "print edition credit (《人民日报》（2024年5月10日 04 版）)"),
    ("source-line", re.compile(r"^[（(]?\s*(来源|文章来源|稿件来源)\s*[:：]"), "source credit line"),
]


def chrome(piece: str, truth_canon: str, heads: list[str]) -> bool:
    """A canonical line outside the main text counts as a leak: long enough, not in the ground truth, not the
    headline or <title>, and not a bare number shorter than a date and time."""
    return (len(piece) >= MIN_LEAK and piece not in truth_canon and (not piece.isdigit() or len(piece) >= 8)
            and not any(piece in head or head in piece for head in heads))


def furniture(line: str) -> str:
    """The name of the EDGE_FURNITURE rule a line matches, or ''."""
    stripped = line.strip()
    return next((name for name, pattern, _ in EDGE_FURNITURE if pattern.search(stripped)), "")


@dataclass
class Visible:
    """The page's visible lines and their places in the canonical visible text."""

    canon: str
    lines: list[tuple[str, int, int]] = field(default_factory=list)  # (raw line, start, end) in canon

    @classmethod
    def of(cls, text: str) -> Visible:
        parts, lines, pos = [], [], 0
        for line in text.split("\n"):
            piece = canonical(line)
            if piece:
                lines.append((line.strip(), pos, pos + len(piece)))
                parts.append(piece)
                pos += len(piece)
        return cls("".join(parts), lines)


def visible_of_html(text: str) -> str:
    """The scorer's visible text (evaluate.visible_text) from a decoded page."""
    soup = BeautifulSoup(text, "html.parser")
    for element in soup(["script", "style", "noscript"]):
        element.decompose()
    return soup.get_text("\n")


def headlines(text: str) -> list[str]:
    """Canonical <title> and <h1> texts: the headline is metadata, never a leak."""
    soup = BeautifulSoup(text, "html.parser")
    found = [soup.title.get_text(" ")] if soup.title else []
    found += [h.get_text(" ") for h in soup.find_all("h1")]
    return [c for c in (canonical(t) for t in found) if len(c) >= MIN_LEAK]


def locate(canon: str, pieces: list[str]) -> list[tuple[int, int] | None]:
    """Place each canonical ground-truth line in the canonical visible text, in order: the longest line first
    (its first occurrence), then outwards; a line not found near its neighbour is None."""
    places: list[tuple[int, int] | None] = [None] * len(pieces)
    if not pieces:
        return places
    anchor = max(range(len(pieces)), key=lambda i: len(pieces[i]))
    at = canon.find(pieces[anchor])
    if at < 0:
        return places
    places[anchor] = (at, at + len(pieces[anchor]))
    cursor = at + len(pieces[anchor])
    for i in range(anchor + 1, len(pieces)):
        found = canon.find(pieces[i], cursor)
        if found >= 0 and found - cursor <= WINDOW:
            places[i] = (found, found + len(pieces[i]))
            cursor = found + len(pieces[i])
    cursor = at
    for i in range(anchor - 1, -1, -1):
        found = canon.rfind(pieces[i], 0, cursor)
        if found >= 0 and cursor - (found + len(pieces[i])) <= WINDOW:
            places[i] = (found, found + len(pieces[i]))
            cursor = found
    return places


def raw_prefix(line: str, length: int) -> str:
    """The shortest start of a raw line whose canonical form has `length` characters."""
    for end in range(1, len(line) + 1):
        if len(canonical(line[:end])) >= length:
            return line[:end].strip()
    return line.strip()


def raw_suffix(line: str, length: int) -> str:
    for start in range(len(line) - 1, -1, -1):
        if len(canonical(line[start:])) >= length:
            return line[start:].strip()
    return line.strip()


def start_key(canon: str, start: int, end: int, first_line: str) -> str:
    """The shortest start of the body (at least MIN_KEY) whose first occurrence in the page is the body's start;
    in the first line's own characters while the line is long enough, else canonical."""
    for length in range(min(MIN_KEY, end - start), end - start + 1):
        key = canon[start : start + length]
        if canon.find(key) == start:
            raw = raw_prefix(first_line, length)
            return raw if canonical(raw) == key else key
    return ""


def end_key(canon: str, start: int, end: int, last_line: str) -> str:
    for length in range(min(MIN_KEY, end - start), end - start + 1):
        key = canon[end - length : end]
        if canon.find(key, start) == end - length:
            raw = raw_suffix(last_line, length)
            return raw if canonical(raw) == key else key
    return ""


@dataclass
class Converted:
    label: dict | None
    reason: str = ""  # why the page was skipped
    coverage: float = 0.0


def convert(page_text: str, truth: str, file: str, *, title: str | None = None, published: str | None = None,
            kind: str = "event", notes: str = "") -> Converted:  # kind multi: not scored (the format's rule)
    """One gold label from a page (decoded HTML) and its benchmark ground truth (plain text, one block a line).
    title / published None: not labelled; published '': labelled, the page shows no date (null)."""
    visible = Visible.of(visible_of_html(page_text))
    lines = [line.strip() for line in truth.split("\n") if canonical(line)]
    neutral = []
    while lines and furniture(lines[0]):
        neutral.append(lines.pop(0))
    while lines and furniture(lines[-1]):
        neutral.append(lines.pop())
    pieces = [canonical(line) for line in lines]
    total = sum(map(len, pieces))
    if not total:
        return Converted(None, "the ground truth has no text")
    places = locate(visible.canon, pieces)
    found = [i for i, place in enumerate(places) if place]
    coverage = sum(len(pieces[i]) for i in found) / total
    if coverage < MIN_COVERAGE:
        return Converted(None, f"only {coverage:.0%} of the ground truth is in the page's visible text", coverage)
    first, last = found[0], found[-1]
    start, end = places[first][0], places[last][1]  # type: ignore[index]
    body_start = start_key(visible.canon, start, end, lines[first])
    body_end = end_key(visible.canon, start, end, lines[last])
    truth_canon = "".join(pieces)
    covered = [False] * (end - start)
    for i in found:
        s, e = places[i]  # type: ignore[misc]
        for j in range(s, e):
            covered[j - start] = True
    heads = headlines(page_text)
    inner, leaks = [], []
    for raw, s, e in visible.lines:
        piece = canonical(raw)
        if s >= start and e <= end:
            if sum(not covered[j - start] for j in range(s, e)) * 2 > e - s and piece not in truth_canon:
                inner.append(raw)
        elif (e <= start or s >= end) and chrome(piece, truth_canon, heads) and raw not in neutral:
            leaks.append(raw)
    label = {
        "file": file,
        "kind": kind,
        "score": kind not in {"multi", "fragment"},
        "body_start": body_start,
        "body_end": body_end,
        "inner_cruft": list(dict.fromkeys(inner)),
        "neutral": [line for line in dict.fromkeys(neutral) if len(canonical(line)) >= MIN_LEAK],
        "leaks": list(dict.fromkeys(leaks)) if kind not in {"multi", "fragment"} else [],  # the other
        # documents of a multi page are outside the ground truth but no chrome
        "meta": {"speaker": None}
        | ({"title": title} if title is not None else {})
        | ({"published": published or None} if published is not None else {}),
        "notes": notes,
    }
    return Converted(label, "", coverage)


# --- benchmarks ------------------------------------------------------------------------------------------

KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def chinese(text: str) -> bool:
    """Mostly Chinese: Han characters are at least a fifth of the text and kana (Japanese) are rare."""
    han = len(HAN.findall(text))
    return han >= 0.2 * max(len(text), 1) and len(KANA.findall(text)) < 0.05 * max(han, 1)


DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
# The encodings a page may be re-encoded from (restore_eval.ORIGINAL_ENCODINGS accepts the same).
LEGACY = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5", "big5-hkscs": "big5hkscs"}


def decode(data: bytes) -> tuple[str, bytes]:
    """(text, the UTF-8 bytes the set stores): UTF-8 as it is; else the encoding the page declares (GB2312 and
    GBK read as GB18030, Big5), else GB18030; re-encoded to UTF-8. UnicodeDecodeError when none fits."""
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    declared = DECLARED_CHARSET.search(data[:4096])
    encoding = LEGACY.get(declared.group(1).decode("ascii").lower(), "gb18030") if declared else "gb18030"
    text = data.decode(encoding, errors="strict")
    return text, text.encode("utf-8")


@dataclass
class Page:
    ident: str  # the benchmark's own key for the page
    repository: str
    path: str
    commit: str
    data: bytes
    truth: str
    url: str
    title: str | None = None
    published: str | None = None
    note: str = ""
    kind: str = "event"


def git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, check=True).stdout


MAGIC_DIR = "benchmark/data/article"
# Page types of the magic-html article benchmark that are no news or article text (README: skipped).
MAGIC_NOT_ARTICLES = [
    ("encyclopedia", re.compile(r"//(baike\.baidu\.com|zh\.wikipedia\.org)/")),
    ("novel chapter", re.compile(r"//www\.qidian\.com/chapter/")),
    ("journal's table of contents", re.compile(r"//www\.theorychina\.org\.cn/llzg-xs/qkyl/")),
]


def magic_html(git_dir: Path) -> tuple[list[Page], list[tuple[str, str]]]:
    """The Chinese pages of opendatalab/magic-html's article benchmark: base.json maps a page's sha256 name to
    {url, content[, remark]}; content is the main text the authors extracted, one block a line."""
    commit = git(git_dir, "rev-parse", "HEAD").decode().strip()
    base = json.loads(git(git_dir, "show", f"{commit}:{MAGIC_DIR}/base.json"))
    pages, skipped = [], []
    for ident, entry in base.items():
        content, url = entry.get("content") or "", entry.get("url", "")
        if not content.strip():
            skipped.append((ident, "no ground truth"))
            continue
        if not chinese(content):
            continue  # not counted: the benchmark is mostly English, Japanese and other languages
        kind = next((name for name, pattern in MAGIC_NOT_ARTICLES if pattern.search(url)), "")
        if kind:
            skipped.append((ident, f"{kind}, no news or article ({url})"))
            continue
        path = f"{MAGIC_DIR}/htmls/{ident}.html"
        try:
            data = git(git_dir, "show", f"{commit}:{path}")
        except subprocess.CalledProcessError:
            skipped.append((ident, "page missing from the repository"))
            continue
        pages.append(Page(ident, "opendatalab/magic-html", path, commit, data, content, url,
                          note=entry.get("remark") or ""))
    return pages, skipped


CWCE_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def cwce_date(text: str) -> tuple[bool, str | None]:
    """(labelled, date) from the Chinese-Web-Content-Extraction-Dataset's date file: 'YYYY-M-D[ time]' is a
    date; 'UNKNOWN' means the page shows none (labelled null); anything else (a year alone, a name put in the
    wrong file) is no label."""
    text = text.strip()
    if text.upper() in {"UNKNOWN", "UNKNWON"}:
        return True, None
    found = CWCE_DATE.match(text)
    if not found:
        return False, None
    year, month, day = (int(part) for part in found.groups())
    return True, f"{year:04d}-{month:02d}-{day:02d}"


# Pages of the dataset that hold no article to extract, looked at by hand (README: skipped).
CWCE_SKIP = {
    "386d70f8-19dc-495b-aa14-18cc057e1544": "a forum's error page (a login form): its ground truth is that form",
    "e8847578-12f0-44cb-bdb7-4eec53c18ed1": "a provincial government's notice (通告) with its document fields: the"
                                            " archive refuses official documents by design",
}


# Blog home pages holding many posts, of which the dataset's author copied one: kind multi, run for crashes and
# leaks only (the format's rule for a page holding several documents).
CWCE_MULTI = {
    "8f1cdd94-6326-49be-bfd0-f3681cc7e89d": "a blog's home page with a dozen posts",
    "59562291-5657-476d-9902-ad76b53ef82b": "a blog's home page with a dozen posts",
}


def chinese_web_content(git_dir: Path) -> tuple[list[Page], list[tuple[str, str]]]:
    """immortal-autumn/Chinese-Web-Content-Extraction-Dataset: original/<id>.html with cleaned/<id>.txt (the
    content area copied by hand, header, date and author left out), date/<id>.txt (the publication date as
    'YYYY-MM-DD HH:MM:SS', 'UNKNOWN' when the page shows none) and author/<id>.txt (not used: no speaker)."""
    commit = git(git_dir, "rev-parse", "HEAD").decode().strip()
    names = git(git_dir, "ls-tree", "-r", "--name-only", commit, "original").decode().split("\n")
    pages, skipped = [], []
    for path in filter(None, names):
        ident = Path(path).stem
        if CWCE_SKIP.get(ident):
            skipped.append((ident, CWCE_SKIP[ident]))
            continue
        try:
            truth = git(git_dir, "show", f"{commit}:cleaned/{ident}.txt").decode("utf-8-sig")
            date_text = git(git_dir, "show", f"{commit}:date/{ident}.txt").decode("utf-8-sig")
        except (subprocess.CalledProcessError, UnicodeDecodeError):
            skipped.append((ident, "no ground truth (cleaned/ or date/ file missing or unreadable)"))
            continue
        if not chinese(truth):
            skipped.append((ident, "ground truth not Chinese"))
            continue
        labelled, published = cwce_date(date_text)
        page = Page(ident, "immortal-autumn/Chinese-Web-Content-Extraction-Dataset", path, commit,
                    git(git_dir, "show", f"{commit}:{path}"), truth, f"original/{ident}.html",
                    note="" if labelled else f"date file says {date_text.strip()[:20]!r}: not labelled")
        if labelled:
            page.published = published or ""  # '' marks a labelled null (Page.published None: not labelled)
        if ident in CWCE_MULTI:
            page.kind, page.note = "multi", CWCE_MULTI[ident]
        pages.append(page)
    return pages, skipped


BENCHMARKS = {"magic-html": magic_html, "chinese-web-content": chinese_web_content}


def write_set(pages: list[Page], skipped: list[tuple[str, str]], out: Path, first_number: int = 1) -> int:
    """Write gold/, raw/, MANIFEST.tsv and skipped.tsv; return the number of labels written."""
    (out / "gold").mkdir(parents=True, exist_ok=True)
    (out / "raw").mkdir(exist_ok=True)
    rows, skips = [], list(skipped)
    number = first_number
    for page in sorted(pages, key=lambda p: p.url):
        try:
            text, stored = decode(page.data)
        except UnicodeDecodeError:
            skips.append((page.ident, "invalid bytes in UTF-8, in its declared encoding and in GB18030"))
            continue
        file = f"{number:03d}.html"
        converted = convert(text, page.truth, file, title=page.title, published=page.published, kind=page.kind,
                            notes=f"{page.url} — converted from the benchmark's ground truth"
                                  f" ({converted_note(page)}); see README")
        if converted.label is None or not converted.label["body_start"] or not converted.label["body_end"]:
            skips.append((page.ident, converted.reason or "no unique start or end in the visible text"))
            continue
        (out / "raw" / file).write_bytes(stored)
        (out / "gold" / f"{number:03d}.json").write_text(
            json.dumps(converted.label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        rows.append({"file": file, "repository": page.repository, "path": page.path, "commit": page.commit,
                     "sha256": hashlib.sha256(stored).hexdigest(),
                     "git_sha256": hashlib.sha256(page.data).hexdigest(), "url": page.url,
                     "coverage": f"{converted.coverage:.3f}"})
        number += 1
    with (out / "MANIFEST.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["file"], delimiter="\t",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with (out / "skipped.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("page\treason\n")
        for ident, reason in skips:
            handle.write(f"{ident}\t{reason}\n")
    return len(rows)


def converted_note(page: Page) -> str:
    return f"{page.repository} {page.ident[:12]}" + (f", remark {page.note}" if page.note else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benchmark", choices=sorted(BENCHMARKS))
    parser.add_argument("git_dir", type=Path, help="the benchmark repository's git directory (a bare mirror)")
    parser.add_argument("out", type=Path, help="the set's directory, eval/ext-<name>")
    args = parser.parse_args(argv)
    pages, skipped = BENCHMARKS[args.benchmark](args.git_dir)
    written = write_set(pages, skipped, args.out)
    print(f"{written} labels written to {args.out}; {len(skipped) + len(pages) - written} pages skipped"
          " (skipped.tsv)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
