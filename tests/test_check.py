"""`make check`: schema messages name file and field; pages in sync with source_texts/; duplicates."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import schema

REPO = Path(__file__).resolve().parents[1]
THEMES = schema.load_theme_names(REPO / "scripts" / "rules" / "themes.yml")
TODAY = dt.date(2026, 11, 22)
PAGE = "docs/speeches/2021/x.md"
GOOD_META: dict[str, Any] = {
    "title": "在创新驱动推进高质量发展座谈会上的讲话",
    "speaker": "武文罡",
    "date": dt.date(2021, 11, 5),
    "published": dt.date(2021, 11, 9),
    "year": 2021,
    "genre": "讲话",
    "source": {"name": "安政通报", "issue": "第四十六期", "file": "source_texts/x.txt", "sha256": "a" * 64},
    "tags": ["科技创新", "产业发展"],
    "anonymized": False,
    "notes": ["根据录音整理"],
}


def meta_with(**changes: Any) -> dict[str, Any]:
    meta = copy.deepcopy(GOOD_META)
    for name, value in changes.items():
        if value is None:
            meta.pop(name)
        else:
            meta[name] = value
    return meta


def problems(meta: dict[str, Any]) -> list[str]:
    return schema.check_meta(PAGE, meta, THEMES, TODAY)


# ---------------------------------------------------------------- schema


def test_good_front_matter_passes() -> None:
    assert problems(GOOD_META) == []


def test_optional_fields_may_be_absent() -> None:
    assert problems(meta_with(speaker=None, date=None, published=None, year=None, notes=None)) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"title": None}, "title: required field is missing"),
    ({"genre": None}, "genre: required field is missing"),
    ({"tags": None}, "tags: required field is missing"),
    ({"source": {"name": "x", "sha256": "a" * 64}}, "source.file: required field is missing"),
    ({"source": {"file": "source_texts/x.txt"}}, "source.sha256: required field is missing"),
    ({"year": "2021"}, "year: expected a whole number, got str '2021'"),
    ({"year": True}, "year: expected a whole number, got bool True"),
    ({"date": "2021-11-05"}, "date: expected a date YYYY-MM-DD, got str '2021-11-05'"),
    ({"date": dt.datetime(2021, 11, 5, 9, 30)}, "date: expected a date YYYY-MM-DD"),
    ({"tags": "科技创新"}, "tags: expected a list"),
    ({"anonymized": "no"}, "anonymized: expected true/false"),
    ({"speaker_tilte": "市长"}, "speaker_tilte: unknown field"),
    ({"genre": "演讲"}, "genre: '演讲' is not one of 讲话, 文章, 报告"),
    ({"title": "  "}, "title: is empty"),
    ({"tags": ["科技创新", "宇宙探索"]}, "tags: '宇宙探索' is not a theme of scripts/rules/themes.yml"),
    ({"notes": ["ok", 3]}, "notes: 3 is not text"),
    ({"date": dt.date(2031, 11, 5), "year": 2031, "published": dt.date(2031, 11, 9)},
     "date: 2031-11-05 is in the future"),
    ({"date": dt.date(1021, 11, 5), "year": 1021}, "date: 1021-11-05 is before 1900-01-01"),
    ({"published": dt.date(2021, 11, 1)}, "published: 2021-11-01 is before the speech was delivered"),
    ({"year": 2020}, "year: 2020 does not match the date 2021-11-05"),
    ({"source": {**GOOD_META["source"], "sha256": "XYZ"}}, "source.sha256: 'XYZ' is not 64 lower-case hex"),
    ({"source": {**GOOD_META["source"], "edition": 2}}, "source.edition: unknown field"),
    ({"related": [{"file": "x.txt", "relation": "版本"}]}, "related[0].file: 'x.txt' should be a path like"),
    ({"related": ["source_texts/y.txt"]}, "related[0]: expected a mapping with `file`"),
    ({"related": [{"file": "source_texts/y.txt"}]}, "related[0].relation: expected text"),
])
def test_each_problem_names_file_and_field(changes: dict[str, Any], expected: str) -> None:
    found = problems(meta_with(**changes))
    assert any(line.startswith(f"{PAGE}: {expected}") for line in found), found


def test_year_follows_published_when_there_is_no_delivery_date() -> None:
    assert problems(meta_with(date=None, year=2021)) == []
    expected = f"{PAGE}: year: 2020 does not match the date 2021-11-09"
    assert problems(meta_with(date=None, year=2020)) == [expected]


def test_split_front_matter_reads_yaml_dates_and_body() -> None:
    text = "---\n" + yaml.safe_dump(GOOD_META, allow_unicode=True) + "---\n\n同志们：\n"
    meta, body = schema.split_front_matter(text)
    assert meta == GOOD_META
    assert body == "\n同志们：\n"


@pytest.mark.parametrize(("text", "message"), [
    ("同志们：\n", "does not start with a '---' front matter block"),
    ("---\ntitle: x\n同志们：\n", "not closed"),
    ("---\ntitle: [x\n---\n", "not valid YAML"),
    ("---\n- a list\n---\n", "not a mapping"),
])
def test_split_front_matter_refuses_broken_blocks(text: str, message: str) -> None:
    with pytest.raises(schema.FrontMatterError, match=message):
        schema.split_front_matter(text)
