"""An editor's autosave stored as a record's content (a JSON, JSON Lines, CSV or SQL record whose text field holds
the guarded file): the save stamp after the guard goes, as it does from the file itself (containers.yml save_stamp);
a date written in words after the guard is the text's and stays."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file

TITLE = "在全县秋季农业生产工作会议上的讲话"
PARAGRAPHS = ["同志们：",
              "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。" * 3,
              "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。" * 3]
PAGE = f"<p>{TITLE}</p>" + "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
URL = "https://www.example.org/news/show/7.html"  # no date in the address: only the save stamp could date it


def autosave(stamp: str) -> str:
    return f"<?php exit;?>{stamp}{PAGE}"


def json_file(content: str) -> str:
    return json.dumps({"id": 7, "url": URL, "content": content}, ensure_ascii=False, indent=2)


def jsonl_file(content: str) -> str:
    return json.dumps({"id": 7, "url": URL, "body": content}, ensure_ascii=False) + "\n"


def csv_file(content: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "url", "content"])
    writer.writerow([7, URL, content])
    return out.getvalue()


def sql_file(content: str) -> str:
    escaped = content.replace("'", "''")
    return f"INSERT INTO `article` (`id`, `url`, `content`) VALUES (7, '{URL}', '{escaped}');\n"


CONTAINERS = [("record.json", json_file), ("record.jsonl", jsonl_file), ("record.csv", csv_file),
              ("record.sql", sql_file)]


def normalized(tmp_path: Path, name: str, text: str) -> tuple[dict, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = normalize_file(path, tmp_path)
    return document.meta, document.body


@pytest.mark.parametrize(("name", "container"), CONTAINERS, ids=[name for name, _ in CONTAINERS])
@pytest.mark.parametrize("stamp", ["2023-09-13 10:20:00", "1694571600"])
def test_a_records_autosave_loses_its_save_stamp(tmp_path: Path, name: str, container, stamp: str) -> None:
    meta, body = normalized(tmp_path, name, container(autosave(stamp)))
    assert "published" not in meta and "year" not in meta
    assert stamp not in body and PARAGRAPHS[1] in body
    assert meta["title"] == TITLE


@pytest.mark.parametrize(("name", "container"), CONTAINERS, ids=[name for name, _ in CONTAINERS])
def test_the_record_reads_as_the_autosave_file_itself(tmp_path: Path, name: str, container) -> None:
    record_meta, record_body = normalized(tmp_path, name, container(autosave("2023-09-13 10:20:00")))
    file_meta, file_body = normalized(tmp_path, "autosave.php.txt", autosave("2023-09-13 10:20:00"))
    assert record_body == file_body
    assert {key: record_meta.get(key) for key in ("title", "published", "date")} == \
        {key: file_meta.get(key) for key in ("title", "published", "date")}


def test_a_date_in_words_after_the_guard_stays(tmp_path: Path) -> None:
    """Right after the guard, a sentence opening with a date (no title below it: with the speech's title between,
    such a sentence is a reposter's lead and goes to the head) is the text's, not a save stamp."""
    paragraphs = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    content = "<?php exit;?>2023年9月13日，全县秋季农业生产工作会议召开。" + paragraphs
    _, body = normalized(tmp_path, "record.json", json_file(content))
    assert "2023年9月13日，全县秋季农业生产工作会议召开。" in body


def test_a_stamp_without_a_guard_is_the_records_text(tmp_path: Path) -> None:
    """Only an autosave's guard marks the time after it as the editor's: a record's text opening with a time is
    read as before."""
    content = "2023-09-13 10:20:00" + PAGE
    meta, _ = normalized(tmp_path, "record.json", json_file(content))
    assert meta.get("published") == normalized(tmp_path, "page.html", content)[0].get("published")
