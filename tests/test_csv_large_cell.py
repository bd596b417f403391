"""A scraper's CSV row whose content cell holds a whole saved page longer than the csv module's default field
cap (131,072 characters) is read like any other row, not taken for data without a text field."""

import csv
import io
from pathlib import Path

from scripts.clean.pipeline import normalize_file

PARAGRAPH = "同志们：今天我们召开全县工作会议，主要任务是总结去年的工作，部署今年的任务，动员全县上下真抓实干。"


def csv_file(tmp_path: Path, content: str) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "url", "content"])
    writer.writerow([1, "https://www.example.org/a/1.html", content])
    path = tmp_path / "page.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_a_page_longer_than_the_default_field_cap_is_read_from_its_cell(tmp_path):
    chrome = "<div class='nav'>\n" + "<a href='/x'>栏目</a>\n" * 9000 + "</div>"  # a long menu, a line an item
    speech = f"<h1>在全县工作会议上的讲话</h1>\n<p>{PARAGRAPH}</p>\n<p>{PARAGRAPH}</p>"
    page = f"<html><body>{chrome}\n{speech}\n</body></html>"
    assert len(page) > 131_072
    document = normalize_file(csv_file(tmp_path, page))
    assert PARAGRAPH in document.markdown and "栏目" not in document.markdown
