"""Generate the browse pages, downloads and search dictionary from the speeches' front matter.

`python -m scripts.site.browse [--docs-dir docs]` writes, and owns (stale files there are deleted):
  docs/index.md, docs/{themes,speakers,years,sources}/*.md, docs/downloads/{index.md,corpus.jsonl.bz2,corpus.csv},
  docs/stats/ (statistics page, SVG charts, CSV data: scripts/site/stats.py), docs/compare/*.md (speeches sharing
  passages side by side), overrides/partials/archive-pages/<slug>.html
  (per-speech notes: scripts/site/speech_notes.py), overrides/partials/archive-slugs.html (name -> page slug maps
  for the speech-page template; with --overrides-dir, in another copy of the overrides, as `make bench-site` does),
  docs/search/index.md (the search page, scripts/site/search_facets.py).
These files are generated: edit this script or the data, never the files.
"""

from __future__ import annotations

import argparse
import bz2
import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

import yaml

from scripts.clean.metadata import split_region
from scripts.clean.themes import MIN_SHARE, MIN_THEMES, Theme, load_themes
from scripts.core import fields
from scripts.core.atomic import write_atomically
from scripts.core.paths import REPO
from scripts.site import shared_passages, stats
from scripts.site.search_facets import PAGE_PATH as SEARCH_PAGE
from scripts.site.search_facets import WITHIN, search_page, within_link
from scripts.site.site_corpus import (
    UNKNOWN,
    UNKNOWN_SLUG,
    Speech,
    iso_date,
    load_speeches,
    md_escape,
    unique_slugs,
)
from scripts.site.speech_notes import speech_partial

SECTIONS = ("themes", "speakers", "years", "sources", "regions")
OVERRIDES = REPO / "overrides"
SLUG_TEMPLATE = Path("partials") / "archive-slugs.html"
SPEECH_PARTIALS = Path("partials") / "archive-pages"  # one per speech with notes: scripts/site/speech_notes.py
COMPARE = "compare"  # comparison pages of speeches sharing passages
STATS = "stats"  # the statistics page, its SVG charts and their CSV data (scripts/site/stats.py)
OWNED_IN_DOCS = (*SECTIONS, "downloads", COMPARE, STATS, SEARCH_PAGE.parts[0])  # docs/ directories written whole here
CORPUS_JSONL = "corpus.jsonl.bz2"  # bzip2: the full text once more, at a third of its size (gzip: a half)
LATEST = 10
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_FIELDS = ("slug", "url", *(column for column, _, _ in fields.csv_columns()))
JSONL_FIELDS = tuple(f.name for f in fields.FIELDS if f.jsonl)
JSONL_SOURCE_FIELDS = tuple(f.name for f in fields.SOURCE_FIELDS if f.jsonl)


@dataclass
class Group:
    """One browse page: a theme, speaker, year or source and the speeches filed under it."""

    name: str
    slug: str
    description: str = ""
    speeches: list[Speech] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- grouping


def group_by(
    speeches: list[Speech], key: Callable[[Speech], str | None], slugs: dict[str, str]
) -> list[Group]:
    """Groups for each distinct key (speeches keep their newest-first order); None goes to 未注明, last."""
    groups: dict[str, Group] = {}
    for speech in speeches:
        name = key(speech)
        slug = slugs[name] if name is not None else UNKNOWN_SLUG
        groups.setdefault(slug, Group(name or UNKNOWN, slug)).speeches.append(speech)
    return sorted(groups.values(), key=lambda g: (g.slug == UNKNOWN_SLUG, -len(g.speeches), g.slug))


def theme_groups(speeches: list[Speech], themes: tuple[Theme, ...]) -> list[Group]:
    """One group per vocabulary theme that has speeches (an empty theme gets no page: nothing links to it),
    in vocabulary order, then any stray tags."""
    groups = {t.name: Group(t.name, t.slug, t.description) for t in themes}
    stray = sorted({tag for s in speeches for tag in s.tags} - groups.keys())
    taken = {g.slug for g in groups.values()}
    for name, slug in unique_slugs(stray).items():
        groups[name] = Group(name, slug if slug not in taken else f"tag-{slug}", "（不在主题词表中的标签）")
    for speech in speeches:
        for tag in speech.tags:
            groups[tag].speeches.append(speech)
    return [group for group in groups.values() if group.speeches]


def year_groups(speeches: list[Speech]) -> list[Group]:
    """Years newest first; undated speeches under 未注明."""
    names = {str(s.year) for s in speeches if s.year}
    groups = group_by(speeches, lambda s: str(s.year) if s.year else None, {n: n for n in names})
    return sorted(groups, key=lambda g: (g.slug != UNKNOWN_SLUG, g.slug), reverse=True)


def offices_with_years(speeches: list[Speech]) -> list[str]:
    """'中共安康市委副书记、安康市市长（2021—2022）' for each office a speaker held, from the speeches, in
    order of first year (offices without a year last)."""
    years: dict[str, set[int]] = {}
    for speech in speeches:
        if speech.office:
            years.setdefault(speech.office, set()).update([speech.year] if speech.year else [])
    def span(found: set[int]) -> str:
        if not found:
            return ""
        low, high = min(found), max(found)
        return f"（{low}）" if low == high else f"（{low}—{high}）"
    ordered = sorted(years, key=lambda office: (min(years[office], default=10_000), office))
    return [office + span(years[office]) for office in ordered]


# ---------------------------------------------------------------------------------------------- Markdown


def speech_line(speech: Speech, prefix: str, why_year: bool = False) -> str:
    """`- date · speaker · [title](link)` for a listing page `prefix` levels below docs/; with why_year, the
    reason the speech is filed under its year when no delivery date gives it."""
    date = md_escape(speech.date_label)
    speaker = md_escape(speech.speaker or f"讲话人{UNKNOWN}")
    reason = f" <small>（{md_escape(speech.year_reason)}）</small>" if why_year and speech.year_reason else ""
    return f"- {date} · {speaker} · [{md_escape(speech.title)}]({prefix}{speech.path}){reason}"


def speech_list(speeches: Iterable[Speech], prefix: str, why_year: bool = False) -> str:
    """A listing excluded from the search index (so a search finds the speech, not every list naming it)."""
    lines = [speech_line(s, prefix, why_year) for s in speeches] or ["（暂无）"]
    return '<div class="speech-list" markdown data-search-exclude>\n\n' + "\n".join(lines) + "\n\n</div>\n"


def page(title: str, body: str, *, search: bool = True) -> str:
    """A generated page: front matter (title, search exclusion) and body."""
    meta: dict[str, object] = {"title": title}
    if not search:
        meta["search"] = {"exclude": True}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    notice = "<!-- Generated by scripts/site/browse.py from the speeches' front matter: do not edit. -->"
    return f"---\n{front}---\n\n{notice}\n\n# {md_escape(title)}\n\n{body}"


def group_page(label: str, group: Group, section: str, profile: str = "") -> str:
    """The page of one theme / speaker / year / source / region (profile: Markdown shown above the list),
    with a link to search within it where the search page has that filter."""
    intro = f"{md_escape(group.description)}\n\n" if group.description else ""
    intro += f"{profile}\n\n" if profile else ""
    searchable = section in WITHIN and group.slug != UNKNOWN_SLUG and group.speeches
    within = f"{within_link(section, group.name)}\n\n" if searchable else ""
    count = within + f"共 {len(group.speeches)} 篇，按讲话日期从新到旧排列。\n\n"
    back = f"[← 全部{label}](index.md)\n"
    return page(group.name, intro + count + speech_list(group.speeches, "../", section == "years") + "\n" + back)


def speaker_page(group: Group, region_slugs: dict[str, str]) -> str:
    """A speaker's page: the regions and offices (with years) the speeches give, then the speeches. The speeches
    under 未注明 have no speaker in common: their offices and regions are other people's, not a profile."""
    if group.slug == UNKNOWN_SLUG:
        return group_page("讲话人", group, "speakers", profile="这些讲话的来源没有注明讲话人，未必出自同一人。")
    regions = sorted({s.region for s in group.speeches if s.region})
    lines = []
    if regions:
        links = "、".join(f"[{md_escape(r)}](../regions/{region_slugs[r]}.md)" for r in regions)
        lines.append(f"**地区**：{links}")
    offices = offices_with_years(group.speeches)
    if offices:
        lines.append("**职务**（据讲话时的署名，括号内为讲话年份）：" + "；".join(md_escape(o) for o in offices))
    return group_page("讲话人", group, "speakers", profile="\n\n".join(lines))


def region_index(groups: list[Group]) -> str:
    """Regions index: province (with its count) -> cities (with counts) -> the city's page of speeches."""
    by_province: dict[str, list[Group]] = {}
    for group in groups:
        if group.slug != UNKNOWN_SLUG:
            by_province.setdefault(split_region(group.name)[0], []).append(group)
    parts = ["按讲话所在地浏览：省 → 市 → 讲话。地区由讲话的来源和正文推断（政府公报、署名单位），"
             f"推断不出的列在“{UNKNOWN}”下。"]
    for province, members in sorted(by_province.items(), key=lambda item: (-sum(len(g.speeches) for g in
                                                                                  item[1]), item[0])):
        total = sum(len(g.speeches) for g in members)
        parts.append(f"## {md_escape(province)}（{total} 篇）")
        lines = []
        for group in sorted(members, key=lambda g: (split_region(g.name)[1] != "", -len(g.speeches),
                                                    g.name)):
            city = split_region(group.name)[1]
            label = md_escape(city) if city else "全省（或城市未注明）"
            lines.append(f"- [{label}]({group.slug}.md)（{len(group.speeches)} 篇）")
        parts.append("\n".join(lines))
    unknown = [g for g in groups if g.slug == UNKNOWN_SLUG]
    if unknown:
        parts.append(f"## {UNKNOWN}\n\n- [{UNKNOWN}]({UNKNOWN_SLUG}.md)（{len(unknown[0].speeches)} 篇）")
    return page("地区", "\n\n".join(parts) + "\n")


def index_page(title: str, intro: str, groups: list[Group]) -> str:
    """The index of a section: one line per group with its count (and description for themes)."""
    lines = []
    for group in groups:
        desc = f"：{md_escape(group.description)}" if group.description else ""
        lines.append(f"- [{md_escape(group.name)}]({group.slug}.md)（{len(group.speeches)} 篇）{desc}")
    return page(title, f"{intro}\n\n" + "\n".join(lines) + "\n")


def home_page(speeches: list[Speech], sections: dict[str, list[Group]]) -> str:
    """Home: one line on what the archive is, the search box and the latest speeches first (the first screen
    of a phone), then the counts, themes, how search works and the downloads. Every count is computed."""
    known = {
        name: sum(g.slug != UNKNOWN_SLUG and bool(g.speeches) for g in gs) for name, gs in sections.items()
    }
    themes = " · ".join(
        f"[{md_escape(g.name)}](themes/{g.slug}.md)（{len(g.speeches)}）" for g in sections["themes"]
    )
    body = f"""公开发表的中国各级官员讲话、文章和报告，附原始来源、主题与全文检索。

<label class="archive-search-launch" for="__search" role="button" tabindex="0">\
<span class="archive-search-launch__box">搜索讲话全文、讲话人、会议……</span></label>

## 最近的讲话

{speech_list(speeches[:LATEST], "")}
按[年份](years/index.md)、[讲话人](speakers/index.md)、[地区](regions/index.md)、[来源](sources/index.md)\
浏览全部讲话；[统计](stats/index.md)页有逐年、分主题、分地区的图表。

**{len(speeches)}** 篇讲话 · **{known["speakers"]}** 位讲话人 · **{known["themes"]}** 个主题 · \
**{known["years"]}** 个年份 · **{known["regions"]}** 个地区 · **{known["sources"]}** 个来源

## 主题

{themes}

## 关于本档案

每一篇都从公开来源（政府公报、政务公众号、文档网站等）取得原文，清理掉网页和排版的杂质后保存为正文，\
并注明讲话人、日期、来源和主题；每篇都附有抓取时的原始文件，方便核对清理是否得当。

**搜索**：点击页面顶部的搜索框（或按 `/` 键）输入中文关键词，例如“新质生产力”“营商环境”或讲话人姓名。\
默认精确匹配整个词组；用空格分开的几个词必须全部出现；以 `~` 开头为宽松匹配（任一个词即可，字不必相连）。\
在搜索框里按回车进入[搜索页](search/index.md)，可按讲话人、主题、年份与日期范围、体裁、地区、来源筛选和排序；\
简体、繁体均可。搜索完全在浏览器内进行，不向任何其他网站发送请求。

**下载**：整个语料库可供研究使用：[corpus.jsonl.bz2](downloads/corpus.jsonl.bz2)（bzip2 压缩，每行一篇：\
全部元数据加正文）和 [corpus.csv](downloads/corpus.csv)（仅元数据），说明见[下载](downloads/index.md)页。
"""
    return page("讲话档案", body, search=False)


def downloads_page(count: int) -> str:
    """The downloads page: what the two corpus files hold."""
    body = f"""两个文件都由构建脚本根据全部 {count} 篇讲话的元数据和正文生成，随网站一同更新。

- [corpus.jsonl.bz2](corpus.jsonl.bz2)：bzip2 压缩的 JSON Lines（`bunzip2 corpus.jsonl.bz2`，或 Python \
`bz2.open(..., "rt")`，pandas `read_json(..., lines=True)` 可直接读取；压缩后约为原文的三分之一），\
UTF-8，每行一篇讲话：全部元数据字段（与页面的 YAML 头相同，\
日期写作 `YYYY-MM-DD`），加上 `slug`、`url`（本站页面路径）和 `body`（正文 Markdown）。
- [corpus.csv](corpus.csv)：仅元数据，UTF-8（带 BOM，便于 Excel 直接打开），每行一篇；\
`tags` 和 `notes` 中的多个值以分号 `;` 分隔；以 `=`、`+`、`-`、`@` 开头的单元格前加了一个撇号 `'`，\
以免电子表格把它当作公式执行。

原始抓取文件可在每篇讲话页面底部的“原始文件”链接下载；同一处的“Markdown”链接下载单篇整理后的文本（YAML 头加正文）。
"""
    return page("下载", body)


# ---------------------------------------------------------------------------------------------- downloads


@overload
def plain(value: dict) -> dict[str, object]: ...
@overload
def plain(value: object) -> object: ...
def plain(value: object) -> object:
    """Front matter value as JSON: dates to YYYY-MM-DD, containers recursively."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return iso_date(value)


def corpus_lines(speeches: list[Speech]) -> Iterator[str]:
    """One JSON object per line: the front matter's download fields, plus slug, url and body."""
    for s in speeches:
        meta = {key: s.meta[key] for key in JSONL_FIELDS if key in s.meta}
        if "source" in meta:
            meta["source"] = {key: s.source[key] for key in JSONL_SOURCE_FIELDS if key in s.source}
        record = {"slug": s.slug, "url": s.url, **plain(meta), "body": s.body.strip() + "\n"}
        yield json.dumps(record, ensure_ascii=False) + "\n"


def corpus_jsonl(speeches: list[Speech]) -> str:
    """The corpus download's text (corpus_lines)."""
    return "".join(corpus_lines(speeches))


def corpus_bz2(speeches: list[Speech]) -> bytes:
    """The corpus download, compressed a line at a time: only the compressed file is held in memory, not its
    text (the same bytes as bz2.compress of corpus_jsonl)."""
    compressor = bz2.BZ2Compressor(9)
    chunks = [compressor.compress(line.encode("utf-8")) for line in corpus_lines(speeches)]
    return b"".join([*chunks, compressor.flush()])


def csv_row(s: Speech) -> dict[str, str]:
    """The metadata of one speech as flat CSV cells (a source field `x` as column `source_x`)."""
    row = {"slug": s.slug, "url": s.url}
    for column, in_source, f in fields.csv_columns():
        row[column] = fields.field_text((s.source if in_source else s.meta).get(f.name), f)
    return row


def corpus_csv(speeches: list[Speech]) -> str:
    """Metadata only, one row per speech."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: inert_cell(value) for key, value in csv_row(s).items()} for s in speeches)
    return out.getvalue()


def inert_cell(value: str) -> str:
    """A cell no spreadsheet runs as a formula (OWASP, CSV injection): one starting with = + - @, a tab or
    a carriage return gets a leading apostrophe, which spreadsheets show as text."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


# ---------------------------------------------------------------------------------------------- side files


def slug_maps(sections: dict[str, list[Group]], speeches: list[Speech],
              raw_links: dict[str, str]) -> dict[str, dict[str, str]]:
    """The Jinja maps imported by overrides/partials/speech.html: name -> slug to link chips and the panel, the
    sidecar file of each corrected speech and the shown name of each untitled one (by page slug: the template
    cannot call fields.display_title), so the template needs no string methods, and the
    raw files linked in the repository instead of copied (name -> address: scripts/site/raw_links.py)."""
    maps = {f"{section}_slugs": {g.name: g.slug for g in sections[section] if g.slug != UNKNOWN_SLUG}
            for section in ("themes", "speakers", "sources")}
    maps["sidecars"] = {s.slug: s.correction_sidecar for s in speeches if s.correction_sidecar}
    maps["display_titles"] = {s.slug: s.title for s in speeches if s.title != s.meta.get("title")}  # "（无题）…"
    maps["raw_links"] = raw_links
    return maps


def speech_lookups(speech: Speech, maps: dict[str, dict[str, str]]) -> bytes:
    """Every entry of the maps that speech's page may read (its tags, speaker, source, sidecar, raw files):
    with the page's Markdown and partial, all its output depends on (scripts/site/incremental.py)."""
    related: list[object] = speech.meta["related"] if isinstance(speech.meta.get("related"), list) else []
    files = [speech.source_file, speech.correction_sidecar or "",
             *(str(r.get("file") or "") for r in related if isinstance(r, dict))]
    wanted = {"themes_slugs": speech.tags, "speakers_slugs": [speech.speaker or ""],
              "sources_slugs": [speech.source_name or "", str(speech.source.get("publisher") or "")],
              "sidecars": [speech.slug], "display_titles": [speech.slug],
              "raw_links": [Path(f).name for f in files if f]}
    return json.dumps({name: {key: maps[name].get(key) for key in keys} for name, keys in wanted.items()},
                      sort_keys=True, ensure_ascii=False).encode("utf-8")


def slug_template(maps: dict[str, dict[str, str]]) -> str:
    """archive-slugs.html: the maps of slug_maps as Jinja `set` statements."""
    lines = ["{#- Generated by scripts/site/browse.py: do not edit. -#}"]
    for variable, mapping in maps.items():
        pairs = ", ".join(f"{jinja_string(name)}: {jinja_string(slug)}" for name, slug in sorted(mapping.items()))
        lines.append(f"{{%- set {variable} = {{{pairs}}} -%}}")
    return "\n".join(lines) + "\n"


def jinja_string(text: str) -> str:
    """A Jinja string literal of only ASCII letters, digits and escapes: a name can neither end the literal
    nor the tag, nor open Jinja syntax; \\U escapes keep characters outside the BMP whole (JSON's surrogate
    pairs would not match the name in the page)."""
    def escaped(char: str) -> str:
        if char.isascii() and char.isalnum():
            return char
        return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"
    return '"' + "".join(escaped(char) for char in text) + '"'


# ---------------------------------------------------------------------------------------------- writing


def generate(docs_dir: Path, overrides_dir: Path = OVERRIDES, raw_links: dict[str, str] | None = None,
             lookups: dict[str, bytes] | None = None, speeches: list[Speech] | None = None
             ) -> dict[Path, str | bytes]:
    """Every generated file (path -> text, or bytes for the compressed corpus) for the speeches; raw_links:
    the raw files the pages link in the repository (scripts/site/raw_links.py; none: every page links its copy).
    A dict passed as lookups receives each speech page's map entries (page path -> speech_lookups). speeches:
    load_speeches(docs_dir) when the caller has them already (the build), so they are not held twice."""
    speeches = load_speeches(docs_dir) if speeches is None else speeches
    speaker_slugs = unique_slugs([s.speaker for s in speeches if s.speaker])
    source_slugs = unique_slugs([s.source_name for s in speeches if s.source_name])
    region_slugs = unique_slugs([s.region for s in speeches if s.region])
    sections = {
        "themes": theme_groups(speeches, load_themes()),
        "speakers": group_by(speeches, lambda s: s.speaker, speaker_slugs),
        "years": year_groups(speeches),
        "sources": group_by(speeches, lambda s: s.source_name, source_slugs),
        "regions": group_by(speeches, lambda s: s.region, region_slugs),
    }
    titles = {"themes": "主题", "speakers": "讲话人", "years": "年份", "sources": "来源", "regions": "地区"}
    intros = {
        "themes": f"每篇讲话按主题词表标注主题：关键词证据占全篇 {MIN_SHARE:.0%} 以上的主题，以及某一节专门讲的主题"
                  f"（至少 {MIN_THEMES} 个）。这里只列出已有讲话的主题（词表共 {len(load_themes())} 个）。",
        "speakers": f"按讲话人浏览；来源隐去姓名的讲话列在“{UNKNOWN}”下。",
        "years": f"按讲话（或成文）年份浏览。讲话日期不详时，场合名称写明年份的（如“2021年工作会议”）归入该年，"
                 f"只知道发布日期的按发布年份，页面上注明依据；年份也不详的列在“{UNKNOWN}”下。",
        "sources": "按取得原文的来源（刊物、网站、公众号）浏览。",
        "regions": "",
    }
    files: dict[Path, str | bytes] = {docs_dir / "index.md": home_page(speeches, sections)}
    for name, groups in sections.items():
        files[docs_dir / name / "index.md"] = index_page(titles[name], intros[name], groups)
        for group in groups:
            files[docs_dir / name / f"{group.slug}.md"] = group_page(titles[name], group, name)
    files[docs_dir / "regions" / "index.md"] = region_index(sections["regions"])
    for group in sections["speakers"]:
        files[docs_dir / "speakers" / f"{group.slug}.md"] = speaker_page(group, region_slugs)
    files[docs_dir / SEARCH_PAGE] = search_page()
    downloads = docs_dir / "downloads"
    files[downloads / "index.md"] = downloads_page(len(speeches))
    files[downloads / CORPUS_JSONL] = corpus_bz2(speeches)
    files[downloads / "corpus.csv"] = "\ufeff" + corpus_csv(speeches)
    maps = slug_maps(sections, speeches, raw_links or {})
    files[overrides_dir / SLUG_TEMPLATE] = slug_template(maps)
    if lookups is not None:
        lookups.update((speech.path, speech_lookups(speech, maps)) for speech in speeches)
    found = stats.charts(speeches, [t.name for t in load_themes()], lambda r: split_region(r)[0])
    files[docs_dir / STATS / "index.md"] = page("统计", stats.stats_page_body(found, len(speeches), md_escape))
    for chart in found:
        files[docs_dir / STATS / f"{chart.name}.svg"] = chart.svg
        files[docs_dir / STATS / f"{chart.name}.csv"] = chart.csv
    shared = shared_passages.find(speeches)
    for first, second, share in shared.pairs:
        title = f"对照：{first.title} / {second.title}"
        body = shared_passages.comparison_body(first, second, share)
        files[docs_dir / COMPARE / f"{shared_passages.compare_slug(first, second)}.md"] = page(title, body,
                                                                                              search=False)
    for speech in speeches:
        partial = speech_partial(speech, shared)
        if partial:
            files[overrides_dir / SPEECH_PARTIALS / f"{speech.slug}.html"] = partial
    return files


def write(files: dict[Path, str | bytes], docs_dir: Path, overrides_dir: Path = OVERRIDES) -> None:
    """Write changed files; delete stale files in the directories this script owns."""
    owned = [docs_dir / section for section in OWNED_IN_DOCS]
    for directory in [*owned, overrides_dir / SPEECH_PARTIALS]:
        for stale in directory.glob("*"):
            if stale.is_file() and stale not in files:
                stale.unlink()
    for path, content in files.items():
        write_atomically(path, content)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs-dir", type=Path, default=REPO / "docs")
    parser.add_argument("--overrides-dir", type=Path, default=OVERRIDES, help="where archive-slugs.html goes")
    args = parser.parse_args(argv)
    files = generate(args.docs_dir, args.overrides_dir)
    write(files, args.docs_dir, args.overrides_dir)
    print(f"browse: {len(files)} files for {len(load_speeches(args.docs_dir))} speeches in {args.docs_dir}")


if __name__ == "__main__":
    main()
