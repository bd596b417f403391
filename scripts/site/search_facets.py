"""The search page (/search/): its no-JavaScript Markdown, its links from browse pages, and its facet table.

The page itself is overrides/archive-search-page.html (layout) and
overrides/assets/javascripts/search-page.js (the reader's side): the query goes to the archive's search
worker for the exact list of matching speech ids, and every filter, count, sort and page is computed in
the browser from one small per-speech attribute table, written here to site/search/facets.json.gz and
loaded once per visit (the browser caches it). It grows by a few bytes per speech, like a result list, and
never with the text. The lines of the 20 results shown (address and title) come from small card files of
CARDS_PER_FILE speeches, so a page of results scattered over the archive costs about 1 KB each; the snippets
of the results in view come from the search index's text files. The cards are counted from the oldest speech
(card_place), so that adding a speech newer than all others changes only the last card file (an incremental
build writes only the card files whose bytes changed).

Table layout (JSON, gzip): `values` holds the names of each facet once; per-speech columns then refer to
them by position (-1: not stated). Speech ids are the search index's document ids: the speeches come first
in the index, newest first (scripts/site/build_site.py indexes them in the order of load_speeches).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from urllib.parse import urlencode

import yaml

from scripts.clean.metadata import split_region
from scripts.clean.themes import load_themes
from scripts.site.site_corpus import Speech, md_escape

FACETS_FILE = Path("search") / "facets.json.gz"
CARDS_DIR = Path("search") / "cards"  # <n>.json.gz: [url, title] of CARDS_PER_FILE speeches (card_place)
CARDS_PER_FILE = 16  # small files: a page of 20 scattered results fetches about 1 KB per result
PAGE_TEMPLATE = "archive-search-page.html"  # in overrides/
PAGE_PATH = Path("search") / "index.md"  # under docs/
# Browse section -> the search page's URL parameter that narrows a search to one of its pages.
WITHIN = {"speakers": "speaker", "themes": "theme", "years": "year", "sources": "source"}
WITHIN_LABEL = {"speakers": "在此讲话人的讲话中搜索", "themes": "在此主题中搜索", "years": "在这一年的讲话中搜索",
                "sources": "在此来源中搜索"}


class Column:
    """One facet: the distinct names, and for each speech the position of its name (-1 when not stated)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.index: dict[str, int] = {}

    def code(self, name: str | None) -> int:
        if not name:
            return -1
        if name not in self.index:
            self.index[name] = len(self.names)
            self.names.append(name)
        return self.index[name]


def facet_table(speeches: list[Speech]) -> dict[str, object]:
    """The attribute table of the speeches, in search-index order (see the module docstring)."""
    theme_names = [t.name for t in load_themes()]
    columns = {name: Column() for name in ("speaker", "genre", "province", "city", "source", "theme")}
    for name in theme_names:
        columns["theme"].code(name)
    rows: dict[str, list[object]] = {name: [] for name in ("speaker", "genre", "province", "city", "source",
                                                            "theme", "year", "date", "sort")}
    city_province: dict[int, int] = {}
    for speech in speeches:
        province, city = split_region(str(speech.meta.get("region") or ""))
        rows["speaker"].append(columns["speaker"].code(speech.speaker))
        rows["genre"].append(columns["genre"].code(str(speech.meta.get("genre") or "")))
        rows["province"].append(columns["province"].code(province))
        city_code = columns["city"].code(f"{province}\t{city}" if city else "")
        if city_code >= 0:
            city_province[city_code] = columns["province"].code(province)
        rows["city"].append(city_code)
        rows["source"].append(columns["source"].code(speech.source_name))
        rows["theme"].append([columns["theme"].code(tag) for tag in speech.tags])
        rows["year"].append(speech.year or 0)
        rows["date"].append(speech.date or "")
        rows["sort"].append(speech.date or speech.published or "")
    values = {name: column.names for name, column in columns.items()}
    values["city"] = [name.split("\t", 1)[1] for name in values["city"]]
    return {"version": 2, "count": len(speeches), "cards_per_file": CARDS_PER_FILE, "values": values,
            "city_province": [city_province[c] for c in range(len(values["city"]))], **rows}


def gz_json(value: object) -> bytes:
    """JSON, gzip-compressed with mtime 0 (reproducible builds)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def write_if_changed(path: Path, data: bytes) -> int:
    """data at path, unless it is there already (an unchanged file keeps its time); returns its size."""
    if not path.is_file() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return len(data)


def card_place(speech_id: int, count: int) -> tuple[int, int]:
    """(card file, place in it) of a speech id (newest first) among count speeches: counted from the oldest.
    Mirrored by search-page.js (cards)."""
    return divmod(count - 1 - speech_id, CARDS_PER_FILE)


def write_cards(site_dir: Path, speeches: list[Speech]) -> None:
    """The result cards (CARDS_DIR): [url, title] of each speech at its card_place; card files no longer needed
    are removed, unchanged ones not rewritten."""
    oldest_first = speeches[::-1]
    wanted = {f"{start // CARDS_PER_FILE}.json.gz": gz_json([[s.url, s.title]
                                                              for s in oldest_first[start : start + CARDS_PER_FILE]])
              for start in range(0, len(oldest_first), CARDS_PER_FILE)}
    folder = site_dir / CARDS_DIR
    for path in folder.glob("*") if folder.is_dir() else []:
        if path.name not in wanted:
            path.unlink()
    for name, data in wanted.items():
        write_if_changed(folder / name, data)


def write_facets(site_dir: Path, speeches: list[Speech]) -> int:
    """Write the facet table (FACETS_FILE) and the result cards (CARDS_DIR); returns the table's size in bytes."""
    write_cards(site_dir, speeches)
    return write_if_changed(site_dir / FACETS_FILE, gz_json(facet_table(speeches)))


# ---------------------------------------------------------------------------------------------- pages


def within_link(section: str, name: str, prefix: str = "../") -> str:
    """Markdown link from a browse page to the search page narrowed to that page's speaker/theme/year/source."""
    query = urlencode({WITHIN[section]: name})
    return f"[{WITHIN_LABEL[section]} →]({prefix}search/index.md?{query}){{ .archive-search-within }}"


def search_page() -> str:
    """docs/search/index.md: what a reader without JavaScript sees (the page's script replaces it)."""
    meta = {"title": "搜索", "template": PAGE_TEMPLATE, "search": {"exclude": True}, "hide": ["navigation", "toc"]}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    notice = "<!-- Generated by scripts/site/search_facets.py: do not edit. -->"
    links = " · ".join(f"[{label}](../{section}/index.md)" for section, label in
                       (("themes", "主题"), ("speakers", "讲话人"), ("years", "年份"), ("sources", "来源")))
    body = (f"# {md_escape('搜索')}\n\n"
            "搜索页需要在浏览器中启用 JavaScript（检索、筛选和计数都在您的浏览器里完成，不向其他网站发送请求）。"
            f"不用 JavaScript 也可以按以下方式浏览全部讲话：{links}。\n")
    return f"---\n{front}---\n\n{notice}\n\n{body}"
