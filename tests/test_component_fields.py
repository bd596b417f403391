"""A component post's data beside its markup: a publication date written as a list of year, month and day
('latest_update: [2024, 10, 4]'), or under an update name when the post states no publication date, dates it."""

from pathlib import Path

from scripts.clean.pipeline import normalize_file

PARAGRAPH = "今天，我们在这里隆重集会，庆祝学校建校六十周年。六十年来，一代代师生艰苦奋斗，为国家培养了大批人才。"


def component(tmp_path: Path, field: str) -> str:
    source = ('import React from "react";\nimport Fig from "../Fig";\n\n'
              f'export const info = {{\n  title: "在建校六十周年大会上的讲话",\n  {field},\n}};\n\n'
              "export default function Post() {\n  return (\n    <div>\n"
              + "".join(f"      <p>{PARAGRAPH}</p>\n" for _ in range(4))
              + "    </div>\n  );\n}\n")
    path = tmp_path / "Post.tsx"
    path.write_text(source, encoding="utf-8")
    return normalize_file(path).markdown


def test_a_date_list_under_an_update_name_dates_the_post(tmp_path):
    assert "published: 2024-10-04" in component(tmp_path, "latest_update: [2024, 10, 4]")


def test_a_date_string_under_a_publication_name_dates_the_post(tmp_path):
    assert "published: 2023-05-06" in component(tmp_path, 'publishDate: "2023-05-06"')


def test_a_list_of_other_numbers_is_no_date(tmp_path):
    assert "published:" not in component(tmp_path, "latest_update: [3, 10, 4]")
