"""How a website's name ends is one vocabulary of cruft.yml (website_endings), read through the rule-file reader:
it holds the writing-sample sites' endings and the other sites' that site-banner takes, written once each."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.cruft import RULES_FILE, load_rules, names_a_website, website_endings
from scripts.clean.rule_files import RuleFileError, read_rule_file, vocabularies
from scripts.tools.check import check_rule_files


def test_website_endings_hold_the_narrower_vocabularies() -> None:
    words = vocabularies(RULES_FILE, read_rule_file(RULES_FILE))
    assert set(words["farm_site_endings"]) <= set(website_endings())
    assert set(words["other_site_endings"]) <= set(website_endings())
    assert {"网", "站", "网站", "官网"} <= set(website_endings())


def test_every_vocabulary_of_the_rule_files_gives_a_reason_and_examples() -> None:
    for entry in (read_rule_file(RULES_FILE).get("vocabularies") or {}).values():
        assert entry["reason"] and entry["examples"]


def test_the_banner_names_the_other_sites_endings_not_a_list_of_its_own() -> None:
    raw = {entry["name"]: entry for entry in read_rule_file(RULES_FILE)["rules"]}
    assert "{other_site_endings}" in raw["site-banner"]["pattern"]
    for word in ("文档", "之家", "在线"):
        assert word not in raw["site-banner"]["pattern"]


@pytest.mark.parametrize(("name", "website"), [
    ("青松文档", True), ("某某在线", True), ("某某之家", True), ("小溪范文网", True), ("某某县门户网站", True),
    ("某某官网", True), ("某某服务站", True), ("某某文库", True),
    ("某某县人民政府", False), ("某某大学", False), ("", False),
])
def test_a_name_only_a_website_has(name: str, website: bool) -> None:
    assert names_a_website(name) is website


def test_the_banner_takes_a_name_ending_as_another_sites_alone_on_a_line() -> None:
    (banner,) = [rule for rule in load_rules() if rule.name == "site-banner"]
    assert banner.matcher.fullmatch("青松文档")
    assert banner.matcher.fullmatch("某某学习网")
    assert not banner.matcher.fullmatch("某某新闻网")  # 网 alone is no banner's ending


def vocabulary_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cruft.yml"
    path.write_text(text + "rules: []\n", encoding="utf-8")
    return path


def test_a_vocabulary_may_hold_one_written_before_it(tmp_path: Path) -> None:
    path = vocabulary_file(tmp_path, "vocabularies:\n  narrow: {reason: r, words: [文库, 范文]}\n"
                                     "  wide: {reason: r, examples: [某某网], words: ['{narrow}', 网]}\n")
    assert vocabularies(path, read_rule_file(path))["wide"] == ("文库", "范文", "网")


@pytest.mark.parametrize(("text", "message"), [
    ("vocabularies:\n  wide: {reason: r, words: ['{narrow}', 网]}\n  narrow: {reason: r, words: [文库]}\n",
     r"wide: \{narrow\} names no vocabulary"),
    ("vocabularies:\n  endings: {reason: r, examples: [某某网, 某某大学], words: [网]}\n",
     r"endings: the example '某某大学' holds none of the vocabulary's words \(line 2\)"),
    ("vocabularies:\n  endings: {reason: r, words: [网], note: n}\n", "endings: a vocabulary has `words`"),
])
def test_a_vocabulary_that_does_not_fit_names_the_file_and_the_entry(tmp_path: Path, text: str,
                                                                     message: str) -> None:
    path = vocabulary_file(tmp_path, text)
    with pytest.raises(RuleFileError, match=rf"cruft\.yml: {message}"):
        vocabularies(path, read_rule_file(path))


def test_a_cruft_file_without_website_endings_fails_the_check(tmp_path: Path) -> None:
    rules = tmp_path / "scripts" / "clean" / "rules"
    rules.mkdir(parents=True)
    text = RULES_FILE.read_text(encoding="utf-8")
    start = text.index("  website_endings:")
    end = text.index("\nrules:", start)
    (rules / "cruft.yml").write_text(text[:start] + text[end:], encoding="utf-8")
    problems = check_rule_files(tmp_path)
    assert any("no key 'website_endings'" in problem for problem in problems), problems
