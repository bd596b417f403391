"""The YAML trap: an unquoted on/off/yes/no reads as a boolean in PyYAML (YAML 1.1). The rule-file reader refuses a
boolean where a rule file means a word (a list's item, a key, a value written on/off/yes/no), naming the file, the
line and the fix; every rule file under scripts/ reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.cruft import load_rules
from scripts.clean.rule_files import RuleFileError, read_rule_file
from scripts.core.paths import REPO
from scripts.tools.check import check_rule_files

RULE_FILES = sorted((REPO / "scripts").rglob("*.yml"))


def test_there_are_rule_files_to_check() -> None:
    assert len(RULE_FILES) >= 9


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda path: path.name)
def test_every_rule_file_under_scripts_reads(path: Path) -> None:
    assert isinstance(read_rule_file(path), dict)


@pytest.mark.parametrize(("text", "where", "word"), [
    ("words: [yes, 是的]\n", r":1:9", "yes"),  # a list of words
    ("keys:\n  - title\n  - on\n", r":3:5", "on"),
    ("labels:\n  off: ignored\n", r":2:3", "off"),  # a key
    ("rule:\n  replace: No\n", r":2:12", "No"),  # a value written as a word
    ("rule:\n  words:\n    - ON\n", r":3:7", "ON"),
])
def test_a_word_read_as_a_boolean_is_refused_with_the_fix(tmp_path: Path, text: str, where: str, word: str) -> None:
    path = tmp_path / "cruft.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"cruft\.yml{where}: {word} reads as a boolean .*quote it \('{word}'\)"):
        read_rule_file(path)


def test_true_in_a_list_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "cruft.yml"
    path.write_text("words: [网, true]\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"cruft\.yml:1:12: true reads as a boolean"):
        read_rule_file(path)


def test_a_flag_written_true_or_false_and_quoted_words_read(tmp_path: Path) -> None:
    path = tmp_path / "cruft.yml"
    path.write_text("rule:\n  after_text: true\n  empty_anywhere: False\n  words: ['on', \"off\", 'yes', 是]\n"
                    "  replace: 'no'\n", encoding="utf-8")
    assert read_rule_file(path) == {"rule": {"after_text": True, "empty_anywhere": False,
                                             "words": ["on", "off", "yes", "是"], "replace": "no"}}


def test_a_rule_loader_and_the_check_refuse_it(tmp_path: Path) -> None:
    rules = tmp_path / "scripts" / "clean" / "rules"
    rules.mkdir(parents=True)
    (rules / "cruft.yml").write_text("rules:\n  - name: x\n    kind: code\n    reason: r\n    where: f\n"
                                     "    words: [off, 关闭]\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"cruft\.yml:6:13: off reads as a boolean"):
        load_rules(rules / "cruft.yml")
    problems = check_rule_files(tmp_path)
    assert any("cruft.yml:6:13: off reads as a boolean" in problem for problem in problems), problems
