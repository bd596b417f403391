"""A scraper's record names the address it fetched the page from: the metadata steps read it (a CMS address
dates the page) as they read the address a page states itself."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
          "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")


def csv_record(tmp_path: Path, fields: dict[str, str]) -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    writer.writerow(fields)
    return text_page(tmp_path, out.getvalue(), "record.csv")


def test_a_records_source_url_dates_the_page(tmp_path: Path) -> None:
    """No date on the page and no date column: the CMS address in the record's source_url is the publication's."""
    path = csv_record(tmp_path, {"title": "在全县秋季工作推进会上的讲话",
                                 "source_url": "https://www.example.gov.cn/xxgk/201909/t20190917_4567.html",
                                 "content": SPEECH})
    document = normalize_file(path, tmp_path)
    assert document.meta["published"] == dt.date(2019, 9, 17)
    assert document.provenance["published"] == "URL date"
    assert document.meta["source"]["url"] == "https://www.example.gov.cn/xxgk/201909/t20190917_4567.html"
