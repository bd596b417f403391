"""metadata.yml and regions.yml are loaded from the path they are given, as every other rule file's loader is: `make
check` validates their entries (patterns compile, the keys the code reads are there, places are named) and a broken
entry names the file and its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import METADATA_FILE, REGIONS_FILE, load_regions, vocabulary
from scripts.clean.rule_files import RuleFileError
from scripts.tools.check import RULE_LOADERS, check_rule_files


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def checkout_with(tmp_path: Path, name: str, text: str) -> list[str]:
    """The problems `make check` finds in a checkout whose rule file `name` is `text`."""
    rules = tmp_path / "scripts" / "clean" / "rules"
    rules.mkdir(parents=True)
    (rules / name).write_text(text, encoding="utf-8")
    return check_rule_files(tmp_path)


def test_the_check_loads_both_files_through_their_loaders() -> None:
    assert vocabulary in RULE_LOADERS["metadata.yml"]
    assert load_regions in RULE_LOADERS["regions.yml"]
    assert vocabulary(METADATA_FILE) == vocabulary()
    assert load_regions(REGIONS_FILE) == load_regions()


def test_the_repository_files_load() -> None:
    assert checkout_with_repository_files() == []


def checkout_with_repository_files() -> list[str]:
    return [problem for problem in check_rule_files(Path(__file__).resolve().parents[1])
            if "metadata.yml" in problem or "regions.yml" in problem]


def test_a_pattern_that_does_not_compile_names_the_file_and_its_line(tmp_path: Path) -> None:
    text = METADATA_FILE.read_text(encoding="utf-8")
    start = text.index("news_opening:\n  pattern: '") + len("news_opening:\n  pattern: '")
    broken = text[:start] + "(?:本报讯" + text[start:]  # a group opened, never closed
    problems = checkout_with(tmp_path, "metadata.yml", broken)
    assert len(problems) == 1
    assert f"metadata.yml:{line_of(broken, 'news_opening:') + 1}: a pattern does not compile: missing )" in problems[0]


def test_a_section_without_the_key_the_code_reads_names_its_line(tmp_path: Path) -> None:
    text = METADATA_FILE.read_text(encoding="utf-8")
    broken = text.replace("office_words:\n  words:", "office_words:\n  word_list:", 1)
    problems = checkout_with(tmp_path, "metadata.yml", broken)
    assert len(problems) == 1
    assert problems[0].endswith(f"metadata.yml:{line_of(broken, 'office_words:') + 1}: no key 'words', which "
                                "vocabulary reads"), problems


def test_a_city_without_its_short_name_names_the_file_and_its_line(tmp_path: Path) -> None:
    path = tmp_path / "regions.yml"
    path.write_text("provinces:\n  - name: 某某省\n    short: [某某]\n    cities:\n"
                    "      - {name: 甲乙市, short: 甲乙}\n      - {name: 丙丁市}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"regions\.yml:6: no key 'short', which load_regions reads"):
        load_regions(path)


@pytest.mark.parametrize(("entry", "value"), [
    ("      - {name: 丙丁市, short: 12}\n", "12"),
    ("      - {name: 丙丁市, short: ''}\n", "''"),
    ("      - {name: 丙丁市, short: [丙丁]}\n", r"\['丙丁'\]"),
])
def test_a_short_name_that_is_no_word_names_the_file_and_its_line(tmp_path: Path, entry: str, value: str) -> None:
    path = tmp_path / "regions.yml"
    path.write_text("provinces:\n  - name: 某某省\n    short: [某某]\n    cities:\n"
                    "      - {name: 甲乙市, short: 甲乙}\n" + entry, encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"regions\.yml:6: 丙丁市: a place's name and its short names are words "
                                            rf"of text, not {value}"):
        load_regions(path)


def test_a_province_whose_short_names_are_no_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "regions.yml"
    path.write_text("provinces:\n  - name: 某某省\n    short: 某某\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"regions\.yml:2: 某某省: .* not '某某'"):
        load_regions(path)


def test_the_check_reports_a_broken_gazetteer(tmp_path: Path) -> None:
    problems = checkout_with(tmp_path, "regions.yml", "provinces:\n  - name: 某某省\n    cities:\n"
                                                      "      - {name: 丙丁市}\n")
    assert len(problems) == 1 and problems[0].endswith("regions.yml:4: no key 'short', which load_regions reads")
