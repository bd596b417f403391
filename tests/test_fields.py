"""The field registry (scripts/core/fields.py) is the one definition: every place that names a field derives from
it, as each field's flags say, and a field added to the registry appears in every derived place."""

from __future__ import annotations

import bz2
import csv
import dataclasses
import datetime as dt
import importlib
import io
import json
import re
from collections.abc import Iterator
from types import SimpleNamespace

import jinja2
import pytest

from scripts.clean import schema, sidecar
from scripts.core import fields
from scripts.core.paths import REPO
from scripts.site import browse, search_index
from scripts.site.site_corpus import Speech
from scripts.tools import add

DERIVED = (schema, sidecar, browse, search_index)  # modules whose constants are computed from the registry
VALUES = {str: "值一", int: 2021, bool: True, list: ["人才"], dict: {}}


def value_for(f: fields.Field, name: str) -> object:
    """A plausible, distinctive value of the field's type (text carries the field's name to find it)."""
    kind = f.types[0]
    if kind is dt.date:
        return dt.date(2021, 3, 4)
    if kind is str:
        return f"值{name}值"
    if kind is list and f.name == "related":
        return [{"file": "source_texts/a.txt", "relation": "另一版本"}]
    return VALUES[kind]


def full_speech() -> Speech:
    """A speech with every registered field set."""
    meta = {f.name: value_for(f, f.name) for f in fields.FIELDS}
    meta["source"] = {s.name: value_for(s, f"source.{s.name}") for s in fields.SOURCE_FIELDS}
    meta["source"]["file"] = "source_texts/a.txt"
    return Speech("speeches/2021/a.md", meta, "正文。\n")


def test_schema_checks_every_field_with_its_type_and_requirement() -> None:
    for registry, derived in ((fields.FIELDS, schema.FIELDS), (fields.SOURCE_FIELDS, schema.SOURCE_FIELDS)):
        assert derived == {f.name: (f.types, f.required) for f in registry}
    required = {f.name for f in fields.FIELDS if f.required}
    problems = schema.check_meta("p.md", {}, set(), dt.date(2026, 1, 1))
    assert {re.match(r"p\.md: (\w+): required", p).group(1) for p in problems if "required" in p} == required


def test_sidecar_loader_accepts_exactly_the_sidecar_fields() -> None:
    assert {f.name for f in fields.FIELDS if f.sidecar} == sidecar.FIELDS
    assert {f.name for f in fields.SOURCE_FIELDS if f.sidecar} == sidecar.SOURCE_FIELDS
    assert {f.name for f in fields.CORRECTIONS} == sidecar.CORRECTIONS
    assert {f.name for f in fields.FIELDS if f.required} == sidecar.REQUIRED
    assert [f.name for f in fields.FIELDS] == sidecar.FIELD_ORDER
    for f in (*fields.FIELDS, *fields.CORRECTIONS):
        wrong = 3.5  # no field is a float
        assert any(p.startswith(f"{f.name}:") for p in sidecar.sidecar_problems({f.name: wrong})), f.name
    for s in fields.SOURCE_FIELDS:
        problems = sidecar.source_problems({s.name: 3.5})
        assert problems and ("not settable" in problems[0]) != s.sidecar, s.name


def downloads(speech: Speech) -> tuple[dict[str, str], dict]:
    """(the CSV row, the JSONL record) of one speech."""
    rows = list(csv.DictReader(io.StringIO(browse.corpus_csv([speech]))))
    record = json.loads(browse.corpus_jsonl([speech]))
    return rows[0], record


def test_downloads_hold_the_download_fields() -> None:
    row, record = downloads(full_speech())
    columns = {"slug", "url"} | {f.name for f in fields.FIELDS if f.csv and f.name != "source"}
    columns |= {f"source_{s.name}" for s in fields.SOURCE_FIELDS if s.csv}
    assert set(row) == columns
    assert set(record) == {"slug", "url", "body"} | {f.name for f in fields.FIELDS if f.jsonl}
    assert set(record["source"]) == {s.name for s in fields.SOURCE_FIELDS if s.jsonl}
    assert row["date"] == "2021-03-04" and row["anonymized"] == "true" and row["source_name"] == "值source.name值"


def test_search_finds_the_searchable_fields() -> None:
    text = search_index.speech_doc(full_speech()).text
    for f in fields.FIELDS:
        if isinstance(value_for(f, f.name), str):
            assert (f"值{f.name}值" in text) == f.searchable, f.name
    for s in fields.SOURCE_FIELDS:
        if s.name != "file":
            assert (f"值source.{s.name}值" in text) == s.searchable, s.name


def test_browse_sections_are_the_facets() -> None:
    assert set(browse.SECTIONS) == {f.facet for f in (*fields.FIELDS, *fields.SOURCE_FIELDS) if f.facet}


def test_panel_template_shows_the_panel_fields() -> None:
    template = "".join((REPO / "overrides/partials" / name).read_text(encoding="utf-8")
                       for name in ("speech.html", "speech-extras.html"))
    for f in fields.FIELDS:
        assert (f"m.{f.name}" in template) or not f.panel, f.name
    for s in fields.SOURCE_FIELDS:
        assert (f"src.{s.name}" in template) or not s.panel, s.name


def summary_of(meta: dict) -> str:
    document = SimpleNamespace(meta=meta, provenance={}, removals=[], warnings=[], body="")
    return add.summary(SimpleNamespace(document=document, origin="o", raw_file="r", sidecar_file=None,
                                       page_file="p", related=[]))  # type: ignore[arg-type]


def test_add_summary_lists_the_panel_fields() -> None:
    speech = full_speech()
    lines = summary_of(speech.meta).splitlines()
    for f in fields.FIELDS:
        assert any(line.startswith(f"  {f.name} ") for line in lines) == f.panel, f.name


def test_docs_field_lists_are_generated_from_the_registry() -> None:
    for path, text in fields.generated_docs().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run `python -m scripts.core.fields`"
    table = fields.readme_table()
    for f in fields.FIELDS:
        assert f"| `{f.name}` | {f.label} | {f.meaning} |" in table
    for s in fields.SOURCE_FIELDS:
        assert f"| `source.{s.name}` |" in table


# ---------------------------------------------------------------------------------------------- a new field

VENUE = fields.Field("venue", (str,), "地点", "地点 / venue", searchable=True)
PAGE = fields.Field("page", (int,), "版面", "版面 / page of the print issue")


@pytest.fixture
def new_field(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The registry with one more field and one more source field, the derived modules re-derived."""
    monkeypatch.setattr(fields, "FIELDS", (*fields.FIELDS, VENUE))
    monkeypatch.setattr(fields, "SOURCE_FIELDS", (*fields.SOURCE_FIELDS, PAGE))
    for module in DERIVED:
        importlib.reload(module)
    yield
    monkeypatch.undo()
    for module in DERIVED:
        importlib.reload(module)


def test_a_new_field_appears_everywhere_its_flags_say(new_field: None) -> None:
    assert schema.FIELDS["venue"] == ((str,), False) and schema.SOURCE_FIELDS["page"] == ((int,), False)
    meta = {"title": "t", "genre": "讲话", "tags": [], "venue": 3, "source": {"file": "source_texts/a.txt",
                                                                         "sha256": "0" * 64, "page": "x"}}
    problems = schema.check_meta("p.md", meta, set(), dt.date(2026, 1, 1))
    assert "p.md: venue: expected text, got int 3" in problems
    assert "p.md: source.page: expected a whole number, got str 'x'" in problems
    assert sidecar.sidecar_problems({"venue": "人民大会堂", "source": {"page": 4}}) == []
    applied = sidecar.apply_sidecar({"title": "t", "related": [], "source": {"name": "n"}},
                                    {"venue": "人民大会堂", "source": {"page": 4}})
    assert list(applied) == ["title", "source", "related", "corrected", "venue"]  # corrected: what the sidecar set
    assert applied["source"] == {"name": "n", "page": 4}
    speech = Speech("speeches/2021/a.md", {**full_speech().meta, "venue": "人民大会堂"}, "正文。\n")
    speech.meta["source"]["page"] = 4
    row, record = downloads(speech)
    assert row["venue"] == "人民大会堂" and row["source_page"] == "4"
    assert record["venue"] == "人民大会堂" and record["source"]["page"] == 4
    assert "人民大会堂" in search_index.speech_doc(speech).text
    assert "  venue      人民大会堂" in summary_of(speech.meta).splitlines()
    assert "| `venue` | 地点 | 地点 / venue |" in fields.readme_table()
    assert "`venue`" in fields.sidecar_list() and "`page`" in fields.sidecar_list(chinese=True)
    assert "venue" in browse.CSV_FIELDS and "source_page" in browse.CSV_FIELDS


# ---------------------------------------------------------------------------------------------- panel labels

# The fields whose label the speech page shows (the panel's terms, the original link, the raw file and related
# texts under the citation, the chips' name, a corrected field in the correction notice); the others are
# shown by their value alone (speaker_title beside the speaker, the checksum) or not at all.
LABELLED = ("speaker", "date", "event", "region", "genre", "source", "published", "notes", "related", "tags",
            "source.url", "source.file")


def render_speech_page(meta: dict, labels: str) -> str:
    """overrides/partials/speech.html rendered by Jinja2 as MkDocs renders it, with `labels` as the generated
    labels partial (the browse-generated slug maps empty)."""
    slugs = browse.slug_template(browse.slug_maps({"themes": [], "speakers": [], "sources": []}, [], {}))
    loader = jinja2.ChoiceLoader([
        jinja2.DictLoader({"partials/archive-labels.html": labels, "partials/archive-slugs.html": slugs}),
        jinja2.FileSystemLoader(REPO / "overrides")])
    environment = jinja2.Environment(loader=loader)
    environment.filters["url"] = lambda value: value
    page = SimpleNamespace(meta=meta, content="<p>正文。</p>", toc=[], url="speeches/a/",
                           canonical_url="https://example.org/speeches/a/")
    config = {"site_name": "讲话档案", "extra": {}}
    return environment.get_template("partials/speech.html").render(page=page, config=config)


def test_the_labels_partial_is_the_registry() -> None:
    text = (REPO / "overrides/partials/archive-labels.html").read_text(encoding="utf-8")
    assert text == fields.labels_partial(), "run `python -m scripts.core.fields`"
    for f in fields.FIELDS:
        assert f'"{f.name}": "{f.label}"' in text
    assert all(name in {f.name for f in fields.FIELDS} or name.startswith("source.") for name in LABELLED)


def test_a_label_changed_in_the_registry_reaches_the_speech_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each labelled field's label replaced by a marker in the registry: the rendered page shows every marker,
    and none of the labels it had before."""
    def marked(f: fields.Field, name: str) -> fields.Field:
        return dataclasses.replace(f, label=f"〔{name}〕")
    monkeypatch.setattr(fields, "FIELDS", tuple(marked(f, f.name) for f in fields.FIELDS))
    monkeypatch.setattr(fields, "SOURCE_FIELDS", tuple(marked(s, f"source.{s.name}") for s in fields.SOURCE_FIELDS))
    meta = {**full_speech().meta, "genre": "讲话", "corrected": ["anonymized"]}
    meta["source"]["url"] = "https://example.org/a.html"  # only a web address is linked
    html = render_speech_page(meta, fields.labels_partial())
    missing = [name for name in (*LABELLED, "anonymized") if f"〔{name}〕" not in html]
    assert not missing, f"labels not taken from the registry: {missing}"
    terms = [term.strip() for term in re.findall(r"<dt>(.*?)</dt>", html, re.DOTALL)]
    written = [term for term in terms if not term.startswith("〔") and term != "篇幅"]  # 篇幅: counted, not a field
    assert not written, f"panel labels written in the template instead: {written}"


def test_the_compressed_corpus_is_the_jsonl_download_compressed_a_line_at_a_time() -> None:
    speeches = [full_speech(), dataclasses.replace(full_speech(), body="第二篇。\n")]
    packed = browse.corpus_bz2(speeches)
    assert packed == bz2.compress(browse.corpus_jsonl(speeches).encode("utf-8"), 9)
    assert len(bz2.decompress(packed).decode("utf-8").splitlines()) == 2
