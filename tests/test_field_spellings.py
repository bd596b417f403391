"""A scraper's field name is matched with containers.yml's lists whatever its case and whatever separates its words
('pub_time', 'pubTime', 'Pub-Time' and 'pubtime' are one name). Every input is made up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.clean.containers import spelling
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

TEXT = ("<p>同志们：</p>"
        "<p>今天，我们召开全县招商引资工作推进会，目的是进一步统一思想，明确任务，推动招商引资工作取得新突破。</p>"
        "<p>各乡镇各部门要紧盯重点项目，强化跟踪服务，推动项目早落地、早投产、早见效。</p><p>谢谢大家。</p>")


@pytest.mark.parametrize("name", ["pub_time", "pubTime", "Pub-Time", "PUBTIME", "pub time", "publish.time"])
def test_a_publication_field_is_read_however_its_name_is_written(tmp_path: Path, name: str) -> None:
    record = {"标题": "在全县招商引资工作推进会上的讲话", name: "2021-05-06 09:30:00", "Article-Content": TEXT}
    document = normalize_file(text_page(tmp_path, json.dumps(record, ensure_ascii=False), "page.json"), tmp_path)
    assert str(document.meta["published"]) == "2021-05-06"
    assert document.meta["title"] == "在全县招商引资工作推进会上的讲话"


@pytest.mark.parametrize(("name", "spelled"), [("publishTime", "publishtime"), ("publish_time", "publishtime"),
                                               ("Source URL", "sourceurl"), ("发布时间", "发布时间"),
                                               ("c_title", "title"), ("F_Content", "content"),
                                               ("n_pub_date", "pubdate"),
                                               ("bt", "bt"), ("x_id", "xid"), ("pub_date", "pubdate")])
def test_how_a_field_name_is_compared(name: str, spelled: str) -> None:
    assert spelling(name) == spelled


def test_a_database_records_column_prefix_is_no_part_of_its_names(tmp_path: Path) -> None:
    """A record saved from a database whose schema prefixes every column with a letter ('c_title', 'c_main') is
    read by its names: the title is its title."""
    record = {"c_title": "在全县招商引资工作推进会上的讲话", "c_intro": "None", "c_content": TEXT}
    document = normalize_file(text_page(tmp_path, json.dumps(record, ensure_ascii=False), "page.json"), tmp_path)
    assert document.meta["title"] == "在全县招商引资工作推进会上的讲话"
