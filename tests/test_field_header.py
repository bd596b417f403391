"""A scraper's text dump that opens with its record's fields as `name: value` lines (no '---' around them) gives
those fields as metadata and the text after them as the page; a speech opening with one 'Note:' line does not."""

from pathlib import Path

from scripts.clean.containers import field_header
from scripts.clean.pipeline import normalize_file

HEADLINE = "示例市长：坚定不移推进城市更新行动"
TEXT = ("同志们：今天我们召开全市城市更新工作会议，主要任务是总结去年工作，部署今年任务。"
        "城市更新是一项系统工程，关系群众切身利益，必须坚持规划引领、民生优先、稳步推进。")
DUMP = (f"title: {HEADLINE}\nurl: https://www.example.gov.cn/art/2024/3/5/art_1_2.html\n"
        f"author: 示例市人民政府网\ncontent: \n{TEXT}\n{TEXT}\n")


def test_the_header_fields_are_metadata_and_the_rest_is_the_text():
    fields, body = field_header(DUMP)
    assert fields.title == HEADLINE and fields.source_url.startswith("https://www.example.gov.cn/")
    assert body.startswith(TEXT) and "url:" not in body


def test_a_header_ended_by_a_blank_line_or_a_content_value_works_too():
    assert field_header(f"title: {HEADLINE}\ndate: 2024-03-05\n\n{TEXT}\n")[1].strip() == TEXT
    assert field_header(f"Title: {HEADLINE}\nURL: https://a.example.org/1\nContent: {TEXT}\n")[1].strip() == TEXT


def test_a_text_with_one_or_no_field_line_is_left_alone():
    assert field_header(f"Note: 本文根据录音整理\n\n{TEXT}\n") is None
    assert field_header(f"{HEADLINE}\n\n{TEXT}\n") is None
    assert field_header("title: 甲\nurl: https://a.example.org/1\n") is None  # fields and no text


def test_the_dump_normalizes_without_its_field_lines(tmp_path: Path):
    path = tmp_path / "dump.txt"
    path.write_text(DUMP, encoding="utf-8")
    markdown = normalize_file(path).markdown
    assert f"title: {HEADLINE}" in markdown and "title: title:" not in markdown
    assert "author: 示例市人民政府网" not in markdown.split("---")[-1] and "content:" not in markdown
