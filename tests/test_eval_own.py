"""Every labelled set in the repository (eval/*/ with a gold/ folder: the held-out eval/own and eval/own2, the
development sets eval/dev2, eval/dev3 and eval/dev4, the benchmark-converted eval/ext-*) is well-formed and each
label names a page that the set's MANIFEST.tsv accounts for.

The pages themselves are not in git; `make eval SET=eval/own` checks them (sha256, markers) before scoring.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from scripts.core.paths import REPO
from scripts.measure.evaluate import manifest_digests

SETS = sorted(path for path in (REPO / "eval").iterdir() if (path / "gold").is_dir())
MIN_LABELS = 10  # fewer pages measure noise, not a set
KINDS = {"speech", "report", "event", "multi", "fragment"}
KEYS = {"file", "kind", "score", "body_start", "body_end", "inner_cruft", "neutral", "leaks", "meta", "notes"}


def labels(set_dir: Path) -> list[Path]:
    return sorted((set_dir / "gold").glob("*.json"))


def load(gold: Path) -> dict:
    return json.loads(gold.read_text(encoding="utf-8"))


def test_the_sets_are_all_found() -> None:
    assert {path.name for path in SETS} >= {"own", "own2", "dev2", "dev3", "dev4"}


@pytest.mark.parametrize("set_dir", SETS, ids=lambda path: path.name)
def test_every_label_has_the_development_sets_fields(set_dir: Path) -> None:
    assert len(labels(set_dir)) >= MIN_LABELS
    for gold in labels(set_dir):
        label = load(gold)
        assert set(label) == KEYS and label["kind"] in KINDS and isinstance(label["score"], bool), gold.name
        assert label["file"].split(".")[0] == gold.stem and label["body_start"] and label["body_end"], gold.name
        if set_dir.name.startswith("ext-"):  # converted from a benchmark: only the fields it labels, speaker null
            assert "speaker" in label["meta"] and set(label["meta"]) <= {"title", "speaker", "date", "published"}
        else:
            assert set(label["meta"]) == {"title", "speaker", "date", "published"}, gold.name
        for field in ("date", "published"):
            assert label["meta"].get(field) is None or re.fullmatch(r"\d{4}-\d\d-\d\d", label["meta"][field]), gold.name
        assert label["kind"] == "speech" or label["meta"]["speaker"] is None, f"{gold.name}: speaker only for speeches"
        assert label["kind"] not in {"multi", "fragment"} or not label["score"], f"{gold.name}: multi is not scored"


@pytest.mark.parametrize("set_dir", SETS, ids=lambda path: path.name)
def test_every_labelled_page_is_in_the_manifest_with_its_provenance(set_dir: Path) -> None:
    manifest = (set_dir / "MANIFEST.tsv").open(encoding="utf-8")
    rows = {row["file"]: row for row in csv.DictReader(manifest, delimiter="\t")}
    assert sorted(rows) == sorted(load(gold)["file"] for gold in labels(set_dir))
    for name, row in rows.items():
        assert re.fullmatch(r"[0-9a-f]{40}", row["commit"]) and "/" in row["repository"] and row["path"], name
        assert re.fullmatch(r"[0-9a-f]{64}", manifest_digests(set_dir)[name]), name

