"""Test cases as data (scripts/core/cases.py): every rule file's cases load, a known gap is a strict expected
failure, and a case with a wrong `expect` is an error naming the file, the rule and the case."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts.core.cases import Case, CaseError, load_case, load_cases
from scripts.core.paths import REPO
from tests.conftest import case_params

RULE_FILES = sorted((REPO / "scripts" / "clean" / "rules").glob("*.yml"))
CASE_LISTS = ("examples", "keep")


def case_lists(node: object, where: str) -> list[tuple[str, object]]:
    """Every `examples` and `keep` list anywhere in a rule file, with where it is."""
    if isinstance(node, list):
        return [found for number, item in enumerate(node) for found in case_lists(item, f"{where}[{number}]")]
    if not isinstance(node, dict):
        return []
    name = f"{where}: {node['name']}" if isinstance(node.get("name"), str) else where
    found = []
    for key, value in node.items():
        found += [(f"{name}: {key}", value)] if key in CASE_LISTS else case_lists(value, f"{name}.{key}")
    return found


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_every_case_in_a_rule_file_loads(path: Path) -> None:
    for where, items in case_lists(yaml.safe_load(path.read_text(encoding="utf-8")), path.name):
        assert load_cases(items, where)


def test_the_rule_files_have_cases() -> None:
    found = [where for path in RULE_FILES
             for where, _ in case_lists(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)]
    assert any(w.startswith("cruft.yml") for w in found) and any(w.startswith("documents.yml") for w in found)


def test_a_plain_case_and_a_known_gap() -> None:
    assert load_case("来源：某某日报", "f: r: examples[0]") == Case("来源：某某日报")
    gap = load_case({"text": "欢迎您访问本网", "expect": "fail", "reason": "no site name"}, "f: r: examples[1]")
    assert gap == Case("欢迎您访问本网", "fail", "no site name")
    page = load_case({"page": "p", "removes": "x", "expect": "pass"}, "f: r: examples[2]")
    assert page == Case({"page": "p", "removes": "x"})


@pytest.mark.parametrize(("item", "message"), [
    ({"text": "x", "expect": "fails", "reason": "r"}, "expect must be one of pass, fail, not 'fails'"),
    ({"text": "x", "expect": "fail"}, "`expect: fail` needs a reason"),
    ({"text": "x", "expect": "fail", "reason": " "}, "`expect: fail` needs a reason"),
    ({"text": "x", "reason": "r"}, "a reason is for a case with `expect: fail`"),
    ({"text": "x", "title": "y", "expect": "fail", "reason": "r"},
     "`text` is a whole case; other keys beside it: ['title']"),
])
def test_a_wrong_case_is_an_error_naming_file_rule_and_case(item: dict, message: str) -> None:
    with pytest.raises(CaseError, match=re.escape(f"cruft.yml: site-greeting: examples[3]: {message}")):
        load_cases(["a", "b", "c", item], "cruft.yml: site-greeting: examples")


def test_a_known_gap_is_a_strict_expected_failure() -> None:
    entries = [{"name": "r", "examples": ["a", {"text": "b", "expect": "fail", "reason": "not yet"}]}]
    passing, gap = case_params(entries, "examples", "f.yml")
    assert passing.values == (entries[0], "a") and not passing.marks
    assert gap.values == (entries[0], "b") and gap.id == "r-b"
    assert [(m.name, m.kwargs) for m in gap.marks] == [("xfail", {"strict": True, "reason": "not yet"})]


def test_a_known_gap_that_passes_fails_the_run(tmp_path: Path) -> None:
    """The point of `strict`: a gap that got fixed is noticed, so its `expect: fail` is removed."""
    module = tmp_path / "test_gap.py"
    module.write_text(
        "import pytest\nfrom tests.conftest import case_params\n"
        "ENTRIES = [{'name': 'r', 'examples': [{'text': 'fixed', 'expect': 'fail', 'reason': 'was a gap'},"
        " {'text': 'open', 'expect': 'fail', 'reason': 'still a gap'}]}]\n"
        "@pytest.mark.parametrize(('entry', 'example'), case_params(ENTRIES, 'examples', 'f.yml'))\n"
        "def test_example(entry, example):\n    assert example == 'fixed'\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module)],
                            cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stdout
    assert "1 failed, 1 xfailed" in result.stdout and "XPASS(strict)" in result.stdout
