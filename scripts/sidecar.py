"""Corrections beside the raw text: `source_texts/<name>.meta.yml` overrides or adds front-matter fields.

Generated pages are never edited by hand; a sidecar is how a contributor fixes a title, adds a
speaker's office, adds or removes themes (`tags_add`, `tags_remove`), declares related texts, or
records the URL a page was fetched from, or states the raw file's `encoding` when only the web server's
HTTP header gave it. A field set to null removes what the pipeline detected.
"""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import yaml

from scripts.errors import InputError

FIELD_ORDER = ["title", "speaker", "speaker_title", "date", "published", "year", "event", "region", "genre",
               "source", "tags", "anonymized", "notes", "related", "corrected"]
SOURCE_ORDER = ["name", "publisher", "url", "issue", "file", "sha256"]
FIELDS = set(FIELD_ORDER) - {"corrected"}  # `corrected` is written by the pipeline, never by a sidecar
# Sidecar entries that record where a text came from or what it relates to, not a correction of what the
# pipeline read: a fetched page's address (make add --url), the raw file's encoding, related texts.
NOT_CORRECTIONS = {"encoding", "related"}
PROVENANCE_SOURCE_FIELDS = {"url"}
CORRECTIONS = {"tags_add", "tags_remove", "encoding"}  # not front matter: how to build it
SOURCE_FIELDS = {"name", "publisher", "url", "issue"}  # file and sha256 always describe the raw file
SIDECAR_SUFFIX = ".meta.yml"


def sidecar_path(raw: Path) -> Path:
    return raw.with_name(raw.stem + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def load_sidecar(raw: Path) -> dict:
    """The sidecar's corrections ({} when there is none); InputError naming the sidecar when invalid."""
    path = sidecar_path(raw)
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(path, f"sidecar is not valid UTF-8 YAML: {error}") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "sidecar must be a mapping of front-matter fields")
    unknown = set(data) - FIELDS - CORRECTIONS
    if unknown:
        raise InputError(path, f"unknown sidecar field(s): {', '.join(sorted(unknown))}; "
                               f"allowed: {', '.join(sorted(FIELDS | CORRECTIONS))}")
    if "source" in data and not isinstance(data["source"], dict | None):
        raise InputError(path, "`source` must be a mapping (name, publisher, url, issue)")
    if "encoding" in data and not is_codec(data["encoding"]):
        raise InputError(path, f"`encoding: {data['encoding']}` is not a text encoding Python knows (e.g. gb18030)")
    bad_source = set(data.get("source") or {}) - SOURCE_FIELDS
    if bad_source:
        raise InputError(path, f"`source` may set {', '.join(sorted(SOURCE_FIELDS))}, not "
                               f"{', '.join(sorted(bad_source))}")
    return data


def is_codec(name: object) -> bool:
    try:
        codecs.lookup(str(name))
    except LookupError:
        return False
    return isinstance(name, str)


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
