"""The one registry of front-matter fields: everything that names a field derives from FIELDS below.

Derived from it: the page schema (scripts/clean/schema.py), the sidecar loader's allowed and required keys and
the field order of a page (scripts/clean/sidecar.py), the columns of corpus.csv and the keys of corpus.jsonl.bz2
(scripts/site/browse.py), the metadata a search finds (scripts/site/search_index.py), `make add`'s summary, and
the field tables of README.md and CONTRIBUTING.md, and the labels of the speech page's panel
(overrides/partials/archive-labels.html, which speech.html imports). `python -m scripts.core.fields` rewrites
the tables between their marker comments and the labels partial; tests/test_fields.py fails when they differ.
Adding a field is one entry here (then the pipeline in scripts/clean/metadata.py may emit it, and
overrides/partials/speech.html may show it under `labels["<name>"]`).
`title` is not required: a speech whose source gives none has none (nothing is invented), and `display_title` below
is the one definition of the marked name ("（无题）" + speaker + date) the site shows and lists it under.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.core.paths import REPO


@dataclass(frozen=True)
class Field:
    """One front-matter field (or a `source.*` field, or a sidecar-only correction) and where it appears."""

    name: str  # the key; a `source.*` field is named without the prefix
    types: tuple[type, ...]  # the Python types YAML may load its value as
    label: str  # Chinese label, as in the speech page's panel
    meaning: str  # one line for the docs table: Chinese / English
    required: bool = False  # a page cannot do without it (a sidecar cannot set it to null)
    sidecar: bool = True  # a contributor's sidecar may set it
    csv: bool = True  # a column of corpus.csv (`source_<name>` for a source field)
    jsonl: bool = True  # a key of each corpus.jsonl.bz2 record
    searchable: bool = False  # its text is in the search index, so a search for it finds the speech
    facet: str = ""  # the browse section (docs/<facet>/) that groups speeches by it
    panel: bool = True  # shown in the speech page's metadata panel (overrides/partials/speech.html)


FIELDS: tuple[Field, ...] = (
    Field("title", (str,), "标题", "标题；原文没有标题时不写（网站显示“（无题）”加讲话人和日期，下载文件里为空）"
          "/ title; absent when the source gives none (the site shows “（无题）” with the speaker and date; "
          "empty in the downloads)", searchable=True, panel=False),
    Field("speaker", (str,), "讲话人", "讲话人 / the speaker", searchable=True, facet="speakers"),
    Field("speaker_title", (str,), "职务", "讲话人讲话时的职务 / the speaker's office at the time",
          searchable=True),
    Field("date", (dt.date,), "日期", "讲话（或写作）日期 / when it was delivered (or written)"),
    Field("published", (dt.date,), "发布日期", "发布日期，不早于 `date` / when it was published, not before `date`"),
    Field("year", (int,), "年份", "归档年份（`date` 的年份，或会议名称里的年份；不影响页面地址）/ the year it is "
          "filed under (the date's, or the year the event names; never part of the page's address)", facet="years",
          panel=False),
    Field("event", (str,), "场合", "会议或场合 / the meeting or occasion", searchable=True),
    Field("region", (str,), "地区", "地区 / region", searchable=True, facet="regions"),
    Field("genre", (str,), "体裁", "讲话 speech、文章 article 或 报告 report；公文（通知、决定……）须在 sidecar 中写明"
          " / speech, article or report; an official document only when a sidecar says so",
          required=True, searchable=True),
    Field("source", (dict,), "来源", "出处，见下面的 `source.*` / where it came from, see `source.*` below",
          required=True),
    Field("tags", (list,), "主题", "至少 3 个主题，来自受控词表 `scripts/clean/rules/themes.yml`"
          "（证据占 6% 以上的主题，及某一节专讲的主题）/ 3 or more themes from a fixed vocabulary",
          required=True, facet="themes"),
    Field("anonymized", (bool,), "隐去姓名", "原文隐去了讲话人姓名 / the source masks the speaker's name"),
    Field("notes", (list,), "附注", "附注（如“根据录音整理”）/ notes such as \"transcribed from a recording\""),
    Field("related", (list,), "相关文本", "同一讲话的其他版本或相关文本 / other versions of the speech, or related "
          "texts", csv=False),
    Field("corrected", (list,), "经编辑更正", "旁注文件更正过的字段（由流水线写出，页面会注明）/ the fields a sidecar "
          "corrected (written by the pipeline, disclosed on the page)", sidecar=False),
)
SOURCE_FIELDS: tuple[Field, ...] = (
    Field("name", (str,), "来源", "刊物或网站 / the periodical or website", searchable=True, facet="sources"),
    Field("publisher", (str,), "发布机构", "发布机构 / the publishing body", searchable=True),
    Field("url", (str,), "原文链接", "原文网址 / the web address it was fetched from"),
    Field("issue", (str,), "期号", "期号 / the issue", searchable=True),
    Field("file", (str,), "原始文件", "原始文件 `source_texts/<name>` / the raw file", required=True,
          sidecar=False),
    Field("sha256", (str,), "SHA-256", "原始文件的校验和 / the raw file's checksum", required=True, sidecar=False),
)
# Not front matter: how a page is built, and where a raw file split out of a scraper's CSV/JSONL came from.
CORRECTIONS: tuple[Field, ...] = (
    Field("tags_add", (list,), "增加主题", "增加主题 / themes to add", csv=False, jsonl=False, panel=False),
    Field("tags_remove", (list,), "去掉主题", "去掉主题 / themes to remove", csv=False, jsonl=False, panel=False),
    Field("encoding", (str,), "编码", "原始文件的编码 / the raw file's text encoding", csv=False, jsonl=False,
          panel=False),
    Field("extracted_from", (dict,), "取自", "拆分自哪个抓取容器 / the scraper's container it was split out of",
          csv=False, jsonl=False, panel=False),
)


def field_types(fields: tuple[Field, ...]) -> dict[str, tuple[tuple[type, ...], bool]]:
    """name -> (types, required), the shape scripts/clean/schema.py checks."""
    return {f.name: (f.types, f.required) for f in fields}


def csv_columns() -> tuple[tuple[str, bool, Field], ...]:
    """corpus.csv's field columns (after `slug` and `url`) in front-matter order, each as (column name,
    whether it is a `source` field, field): `source` is flattened into `source_<name>` columns."""
    columns: list[tuple[str, bool, Field]] = []
    for f in FIELDS:
        if f.name == "source" and f.csv:
            columns += [(f"source_{s.name}", True, s) for s in SOURCE_FIELDS if s.csv]
        elif f.csv:
            columns.append((f.name, False, f))
    return tuple(columns)


def field_text(value: object, field: Field) -> str:
    """One value as a line of text (a CSV cell, a summary line): a list joined by `;`, a mapping as
    `key: value, …`, a flag true/false (absent is false), a date YYYY-MM-DD, nothing for an absent value."""
    if bool in field.types:
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(field_text(item, field) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {item}" for key, item in value.items())
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, dt.date) else str(value)


UNTITLED = "（无题）"  # marks the name the site shows for a speech whose source gives no title


def display_title(meta: Mapping[str, Any]) -> str:
    """The name a speech is shown and listed under (page heading, <title>, browse lists, search results,
    citations): its title, or for a speech whose source gives none "（无题）" with its speaker and date when
    known. The one definition of it; never written to the front matter or the downloads."""
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        return title
    day = meta.get("date") or meta.get("published")
    known = [str(meta.get("speaker") or "").strip(), day.isoformat() if isinstance(day, dt.date) else str(day or "")]
    return UNTITLED + " ".join(part for part in known if part)


def search_fields() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(front-matter fields, source fields) whose text the search index holds after the title, before the body."""
    return (tuple(f.name for f in FIELDS if f.searchable and f.name != "title"),
            tuple(s.name for s in SOURCE_FIELDS if s.searchable))


# ---------------------------------------------------------------------------------------------- docs

README = REPO / "README.md"
CONTRIBUTING = REPO / "CONTRIBUTING.md"
LABELS_PARTIAL = REPO / "overrides" / "partials" / "archive-labels.html"  # imported by the speech page's panel
BEGIN = "<!-- fields:{name} (generated by `python -m scripts.core.fields` from scripts/core/fields.py: do not edit) -->"
END = "<!-- /fields:{name} -->"


def readme_table() -> str:
    """README's table of what each front-matter field means."""
    rows = ["| 字段 / Field | 标签 / Label | 含义 / Meaning | 出现在 / Appears in |", "| --- | --- | --- | --- |"]
    rows += [f"| `{f.name}` | {f.label} | {f.meaning} | {appears_in(f)} |" for f in FIELDS]
    rows += [f"| `source.{s.name}` | {s.label} | {s.meaning} | {appears_in(s)} |" for s in SOURCE_FIELDS]
    return "\n".join(rows)


def appears_in(f: Field) -> str:
    """The field's flags, as README's table shows them."""
    flags = [("required", f.required), ("panel", f.panel), ("CSV", f.csv), ("JSONL", f.jsonl),
             ("search", f.searchable), (f"browse: {f.facet}", bool(f.facet)), ("sidecar", f.sidecar)]
    return ", ".join(name for name, on in flags if on)


def sidecar_list(chinese: bool = False) -> str:
    """CONTRIBUTING's list of the fields a sidecar may set (in its English or its Chinese section)."""
    comma = "、" if chinese else ", "

    def names(fields: tuple[Field, ...]) -> str:
        return comma.join(f"`{f.name}`" for f in fields if f.sidecar)
    sources = f"（{names(SOURCE_FIELDS)}）" if chinese else f" ({names(SOURCE_FIELDS)})"
    top = comma.join(f"`{f.name}`{sources}" if f.name == "source" else f"`{f.name}`" for f in FIELDS if f.sidecar)
    if chinese:
        return f"字段名是固定的：{top}；以及 {names(CORRECTIONS)}（说明页面如何生成，不是页面字段）。"
    return f"Field names are fixed: {top}; plus {names(CORRECTIONS)} (how the page is built, not front matter)."


GENERATED = {README: {"table": readme_table},
             CONTRIBUTING: {"sidecar": sidecar_list, "sidecar-zh": lambda: sidecar_list(chinese=True)}}


def block(name: str, text: str) -> str:
    return f"{BEGIN.format(name=name)}\n{text}\n{END.format(name=name)}"


def with_blocks(doc: str, blocks: dict[str, str]) -> str:
    """The document with each generated block replaced; ValueError when a block's markers are missing."""
    for name, text in blocks.items():
        pattern = re.compile(re.escape(BEGIN.format(name=name)) + r"\n.*?" + re.escape(END.format(name=name)),
                             re.DOTALL)
        if not pattern.search(doc):
            raise ValueError(f"the markers of the generated block {name!r} are missing")
        doc = pattern.sub(block(name, text).replace("\\", "\\\\"), doc)
    return doc


def labels_partial() -> str:
    """The Jinja map `labels` (field name, `source.<name>` for a source field -> label) that the speech page's
    panel, citation and correction notice import, so a label is written only here."""
    labels = {f.name: f.label for f in FIELDS} | {f"source.{s.name}": s.label for s in SOURCE_FIELDS}
    for name, label in labels.items():
        if re.search(r'["\\{}%#<>&]', label):
            raise ValueError(f"the label of {name}, {label!r}, would need escaping in a Jinja string")
    pairs = ", ".join(f'"{name}": "{label}"' for name, label in labels.items())
    return ("{#- Generated by `python -m scripts.core.fields` from scripts/core/fields.py: do not edit. The field"
            " labels of overrides/partials/speech.html. -#}\n" f"{{%- set labels = {{{pairs}}} -%}}\n")


def generated_docs() -> dict[Path, str]:
    """Each document with its field blocks as the registry generates them, and the labels partial."""
    docs = {path: with_blocks(path.read_text(encoding="utf-8"), {n: make() for n, make in blocks.items()})
            for path, blocks in GENERATED.items()}
    return docs | {LABELS_PARTIAL: labels_partial()}


def main() -> int:
    for path, text in generated_docs().items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"fields: rewrote the generated field text in {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
