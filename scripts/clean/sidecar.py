"""Corrections beside the raw text: `source_texts/<name>.meta.yml` overrides or adds front-matter fields.

Generated pages are never edited by hand; a sidecar is how a contributor fixes a title, adds a
speaker's office, adds or removes themes (`tags_add`, `tags_remove`), declares related texts, or
records the URL a page was fetched from, or states the raw file's `encoding` when only the web server's
HTTP header gave it. A field set to null removes what the pipeline detected.

A sidecar is contributor input like the raw file: it is read without YAML anchors, aliases or merge keys,
every field is type-checked against the page schema (scripts/clean/schema.py), file references must name a raw
file in source_texts/, and every problem is reported as `<sidecar>: <field>: <reason>`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from scripts.clean import schema
from scripts.clean.decode import is_text_encoding
from scripts.core import fields
from scripts.core.errors import InputError

FIELD_ORDER = [f.name for f in fields.FIELDS]
SOURCE_ORDER = [f.name for f in fields.SOURCE_FIELDS]
FIELDS = {f.name for f in fields.FIELDS if f.sidecar}
# Sidecar entries that record where a text came from or what it relates to, not a correction of what the
# pipeline read: a fetched page's address (make add --url), the raw file's encoding, related texts, and
# where a raw file split out of a scraper's CSV/JSONL came from.
NOT_CORRECTIONS = {"encoding", "related", "extracted_from"}
PROVENANCE_SOURCE_FIELDS = {"url"}
# Not front matter: how to build it, and where a raw file split out of a scraper's CSV/JSONL came from.
CORRECTIONS = {f.name for f in fields.CORRECTIONS}
CORRECTION_TYPES = {f.name: f.types for f in fields.CORRECTIONS}
SOURCE_FIELDS = {f.name for f in fields.SOURCE_FIELDS if f.sidecar}  # file and sha256 always describe the raw file
REQUIRED = {f.name for f in fields.FIELDS if f.required}  # front matter cannot do without them: null is no correction
SIDECAR_SUFFIX = ".meta.yml"
MAX_SIDECAR_BYTES = 64 * 1024


def sidecar_path(raw: Path) -> Path:
    return raw.with_name(raw.stem + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


class NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader without anchors, aliases and merge keys: a few hundred bytes of nested aliases
    expand to gigabytes (a "billion laughs"), and a correction never needs them."""

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:  # as PyYAML passes it
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.composer.ComposerError(None, None, "anchors (&name) and aliases (*name) are not allowed",
                                              event.start_mark)
        return super().compose_node(parent, index)

    def flatten_mapping(self, node: yaml.MappingNode) -> None:
        for key, _ in node.value:
            if key.tag == "tag:yaml.org,2002:merge":
                raise yaml.constructor.ConstructorError(None, None, "merge keys (<<) are not allowed",
                                                        key.start_mark)
        super().flatten_mapping(node)


def load_sidecar(raw: Path) -> dict:
    """The sidecar's corrections ({} when there is none); InputError naming the sidecar and listing every
    problem (`field: reason`, one per line) when any is invalid."""
    path = sidecar_path(raw)
    if not path.exists() and not path.is_symlink():
        return {}
    if path.is_symlink() or not path.is_file():
        raise InputError(path, "a sidecar must be a regular file, not a link")
    if path.stat().st_size > MAX_SIDECAR_BYTES:
        raise InputError(path, f"sidecar is over {MAX_SIDECAR_BYTES:,} bytes; corrections are a few lines")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=NoAliasLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(path, f"sidecar is not valid UTF-8 YAML: {yaml_problem(error)}") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "sidecar must be a mapping of front-matter fields")
    problems = sidecar_problems(data)
    if problems:
        raise InputError(path, "\n".join(problems))
    return data


def yaml_problem(error: Exception) -> str:
    """One line: what is wrong and where (PyYAML's own message spans several lines)."""
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        return f"{error.problem} (line {error.problem_mark.line + 1}, column {error.problem_mark.column + 1})"
    return " ".join(str(error).split())


def sidecar_problems(data: dict) -> list[str]:
    """Every problem of a sidecar's fields, as `field: reason`."""
    problems = []
    for key, value in data.items():
        if not isinstance(key, str):
            problems.append(f"{key!r}: field names must be text")
        elif key not in FIELDS | CORRECTIONS:
            problems.append(f"{key}: unknown sidecar field; allowed: {', '.join(sorted(FIELDS | CORRECTIONS))}")
        elif value is None and key in FIELDS - REQUIRED:
            continue  # null removes what the pipeline detected
        elif key == "source":
            problems += source_problems(value)
        elif key == "encoding":
            problems += [] if is_text_encoding(value) else [
                f"encoding: {value!r} is not a text encoding Python knows (e.g. gb18030, big5, utf-8)"]
        elif key == "extracted_from":
            problems += schema.field_problems(key, value, CORRECTION_TYPES[key])
        else:
            types = CORRECTION_TYPES[key] if key in CORRECTIONS else schema.FIELDS[key][0]
            problems += schema.field_problems(key, value, types)
            if key in ("tags", "tags_add") and isinstance(value, list):
                problems += schema.unknown_theme_problems(key, value, schema.load_theme_names())
    return problems


def source_problems(value: object) -> list[str]:
    if not isinstance(value, dict):
        return ["source: must be a mapping (name, publisher, url, issue)"]
    problems = []
    for key, field_value in value.items():
        if key not in SOURCE_FIELDS:
            problems.append(f"source.{key}: not settable; `source` may set {', '.join(sorted(SOURCE_FIELDS))}"
                            " (file and sha256 always describe the raw file)")
        elif field_value is not None:
            problems += schema.field_problems(f"source.{key}", field_value, schema.SOURCE_FIELDS[key][0])
    return problems


def apply_sidecar(meta: dict, corrections: dict) -> dict:
    """Front matter with the sidecar's fields applied, in the pipeline's field order."""
    merged = dict(meta)
    for key, value in corrections.items():
        if key in CORRECTIONS:
            continue
        if key == "source":
            source = dict(merged.get("source", {}))
            for field, field_value in (value or {}).items():
                set_or_remove(source, field, field_value)
            merged["source"] = {k: source[k] for k in SOURCE_ORDER if k in source}
        else:
            set_or_remove(merged, key, value)
    if "date" in corrections and "year" not in corrections and isinstance(merged.get("date"), dt.date):
        merged["year"] = merged["date"].year
    corrected = corrected_fields(corrections)
    if corrected:
        merged["corrected"] = corrected
    return {key: merged[key] for key in FIELD_ORDER if key in merged}


def corrected_fields(corrections: dict) -> list[str]:
    """The front-matter fields an editor corrected in the sidecar, in field order (`tags_add` and
    `tags_remove` correct `tags`), so the page can disclose them."""
    fields = {"tags" if key in ("tags_add", "tags_remove") else key for key in corrections} - NOT_CORRECTIONS
    if not set(corrections.get("source") or {}) - PROVENANCE_SOURCE_FIELDS:
        fields.discard("source")
    return [key for key in FIELD_ORDER if key in fields]


def set_or_remove(mapping: dict, key: str, value: object) -> None:
    if value is None:
        mapping.pop(key, None)
    else:
        mapping[key] = value
