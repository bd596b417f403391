"""A value of the wrong type in a rule file (a word where a number belongs, a number in a list of words) stops the
command with the file and the field, not with a traceback from deep inside the cleaner."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import METADATA_FILE, vocabulary
from scripts.clean.rule_files import RuleFileError, misfit


def edited_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = METADATA_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "metadata.yml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(("old", "new", "message"), [
    ("  column_max: 8", "  column_max: eight", "column_max: int expected, got str 'eight'"),
    ("  words: [全文, 原文,", "  words: [8, 原文,", "title_bracket_notes: an item is int 8, str expected"),
])
def test_a_value_of_the_wrong_type_names_the_file_and_the_field(tmp_path: Path, old: str, new: str,
                                                                  message: str) -> None:
    with pytest.raises(RuleFileError, match=r"metadata\.yml: a value has the wrong type") as raised:
        vocabulary(edited_copy(tmp_path, old, new))
    assert message in str(raised.value)


def test_the_rule_files_as_they_are_fit_their_types() -> None:
    vocabulary.cache_clear()
    assert vocabulary().column_max == 8


@pytest.mark.parametrize(("value", "declared", "fits"), [
    (3, int, True), (True, int, False), (3, float, True), ("3", int, False), (None, int | None, True),
    (("a", "b"), tuple[str, ...], True), (("a", 1), tuple[str, ...], False), (frozenset({"a"}), frozenset[str], True),
    ({"a": 1}, dict[str, str], True),  # a dict's items are not checked
])
def test_what_fits_a_declared_type(value: object, declared: object, fits: bool) -> None:
    assert (misfit(value, declared) == "") is fits
