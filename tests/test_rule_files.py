"""The rule files' reader (scripts/clean/rule_files.py): a file that cannot be read stops every command that needs it
with the file, the line and the reason; a vocabulary is written once and named by the rules that share it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.clean.cruft import RULES_FILE, clean_lines, code_rule_words, load_rules, reporter_credit, rule_entries
from scripts.clean.rule_files import RULES_DIR, RuleFileError, expand, read_rule_file, vocabularies
from scripts.clean.structure import load_shapes
from scripts.core.paths import REPO
from scripts.tools.check import check_rule_files

SPEECH = ["同志们：", "这是一段足够长的讲话正文，讲的是推动高质量发展的各项工作，必须认真抓好落实，确保取得实效。" * 3]
BROKEN = "rules:\n  - name: site-banner\n   kind: [line\n"  # a key indented one space off, a list never closed


def test_a_yaml_error_names_the_file_the_line_and_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "cruft.yml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"cruft\.yml:3:4: not valid YAML: .+"):
        read_rule_file(path)
    with pytest.raises(RuleFileError, match=r"cruft\.yml:3:4: not valid YAML"):
        load_rules(path)


def test_a_file_that_is_no_mapping_or_lacks_a_section_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "cruft.yml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"cruft\.yml: a rule file is a mapping of sections"):
        load_rules(path)
    path.write_text("rules: []\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"cruft\.yml: no section 'news_report_credit'"):
        reporter_credit(path)


def test_an_entry_error_gives_the_entry_and_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cruft.yml"
    path.write_text("rules:\n  - name: good\n    kind: line\n    reason: r\n    pattern: a\n"
                    "  - name: bad\n    kind: line\n    reason: r\n    pattern: '(unclosed'\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"cruft\.yml: rule bad: pattern: missing \), unterminated subpattern"
                                            r".*\(line 6\)"):
        load_rules(path)


def test_a_pattern_names_a_vocabulary_written_once(tmp_path: Path) -> None:
    path = tmp_path / "cruft.yml"
    path.write_text("vocabularies:\n  endings: {reason: r, words: [范文网, 范文, a.b]}\n"
                    "rules:\n  - name: banner\n    kind: line\n    reason: r\n"
                    "    pattern: '(?P<site_name>[\\u4e00-\\u9fff]{2,6}(?:{endings}|在线))'\n"
                    "    examples: ['某某范文网']\n    keep: ['同志们：']\n"
                    "  - name: in-text\n    kind: code\n    reason: r\n    where: f\n    words: ['{endings}', 文库]\n",
                    encoding="utf-8")
    (banner,) = load_rules(path)
    assert banner.matcher.regex.pattern == "(?P<site_name>[\\u4e00-\\u9fff]{2,6}(?:(?:范文网|范文|a\\.b)|在线))"
    assert code_rule_words("in-text", path) == ("范文网", "范文", "a.b", "文库")
    result = clean_lines(["某某范文网", *SPEECH], load_rules(path))
    assert result.captures.site_name == ["某某范文网"]


@pytest.mark.parametrize(("text", "message"), [
    ("vocabularies:\n  endings: {words: [网]}\nrules: []\n", "endings: a vocabulary has `words`"),
    ("vocabularies:\n  endings: {reason: r, words: []}\nrules: []\n", "endings: a vocabulary has `words`"),
    ("rules:\n  - {name: x, kind: line, reason: r, pattern: 'a{endings}'}\n", r"x: \{endings\} names no vocabulary"),
    ("rules:\n  - {name: x, kind: code, reason: r, where: f, words: ['{endings}']}\n",
     r"x: \{endings\} names no vocabulary"),
])
def test_a_vocabulary_error_names_the_file_and_the_entry(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "cruft.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"cruft\.yml: {message}"):
        load_rules(path)


def test_a_quantifier_is_no_placeholder() -> None:
    assert expand(Path("f.yml"), "x", r"[a-z]{2,12}\{raw\}", {}) == r"[a-z]{2,12}\{raw\}"


def test_the_farm_site_endings_are_written_once() -> None:
    """site-banner, site-slogan and site-name-in-text share the vocabulary; what only one of them takes is written
    beside its placeholder."""
    raw = {entry["name"]: entry for entry in read_rule_file(RULES_FILE)["rules"]}
    endings = vocabularies(RULES_FILE, read_rule_file(RULES_FILE))["farm_site_endings"]
    assert "{farm_site_endings}" in raw["site-banner"]["pattern"]
    assert "{farm_site_endings}" in raw["site-slogan"]["pattern"]
    assert raw["site-name-in-text"]["words"] == ["{farm_site_endings}"]
    assert code_rule_words("site-name-in-text") == endings
    for entry in rule_entries():
        for key in ("pattern", "trigger"):
            assert "{farm_site_endings}" not in entry.get(key, ""), entry["name"]
    # a word before the shorter one it starts with (范文网, 范文大全 before 范文): a lazy name takes the longer ending
    assert all(not later.startswith(word) for at, word in enumerate(endings) for later in endings[at + 1:])


def test_a_farm_site_slogan_ending_in_fanwen_daquan_is_taken() -> None:
    """The slogan now takes every ending of the shared list (it lacked 范文大全 when it kept its own copy)."""
    result = clean_lines(["晨光范文大全，海量范文免费下载", *SPEECH])
    assert result.lines[0] != "晨光范文大全，海量范文免费下载"
    assert result.captures.site_name == ["晨光范文大全"]


# ---------------------------------------------------------------- the commands stop, loudly

def broken_checkout(tmp_path: Path) -> Path:
    """A copy of the repository's code and rules with cruft.yml broken, and one raw page and a labelled set."""
    root = tmp_path / "repo"
    shutil.copytree(REPO / "scripts", root / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "scripts" / "clean" / "rules" / "cruft.yml").write_text(BROKEN, encoding="utf-8")
    for folder in ("source_texts", "docs/speeches", "set/raw", "set/gold"):
        (root / folder).mkdir(parents=True)
    (root / "set" / "raw" / "001.txt").write_text("\n".join(SPEECH), encoding="utf-8")
    (root / "set" / "gold" / "001.json").write_text('{"file": "001.txt", "kind": "speech", "score": false}',
                                                    encoding="utf-8")
    (root / "page.txt").write_text("\n".join(SPEECH), encoding="utf-8")
    return root


@pytest.mark.parametrize("command", [
    ["scripts.measure.evaluate", "set"],  # make eval
    ["scripts.site.ingest", "normalize", "page.txt"],  # make normalize
    ["scripts.tools.add", "--src", "page.txt"],  # make add
    ["scripts.tools.check", "--skip-site"],  # make check
], ids=["eval", "normalize", "add", "check"])
def test_a_broken_rule_file_stops_the_command_with_its_line(tmp_path: Path, command: list[str]) -> None:
    root = broken_checkout(tmp_path)
    done = subprocess.run([sys.executable, "-m", *command], cwd=root, capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert "scripts/clean/rules/cruft.yml:3:4: not valid YAML" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert not list((root / "source_texts").iterdir())  # make add changed nothing


def test_a_pattern_that_does_not_compile_names_the_file_and_its_line(tmp_path: Path) -> None:
    text = (RULES_DIR / "structure.yml").read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(number for number, line in enumerate(lines) if line.strip().startswith("pattern: '") and
              line.rstrip().endswith("'"))
    lines[at] = lines[at].rstrip()[:-1] + "[未闭合'"  # an unterminated character set
    path = tmp_path / "structure.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"structure\.yml:{at + 1}: a pattern does not compile: unterminated"):
        load_shapes(path)


def test_make_check_names_a_broken_rule_file_first(tmp_path: Path) -> None:
    rules = tmp_path / RULES_DIR.relative_to(REPO)
    shutil.copytree(RULES_DIR, rules)
    (rules / "documents.yml").write_text("signs:\n  - name: closing-formula\n    pattern: '(x'\n    reason: r\n",
                                         encoding="utf-8")
    (rules / "containers.yml").write_text("fields: {}\n", encoding="utf-8")
    problems = check_rule_files(tmp_path)
    assert [problem.split(":")[0] for problem in problems] == [str(rules / "containers.yml"),
                                                               str(rules / "documents.yml")]
    assert "documents.yml:3: a pattern does not compile" in problems[1]


def plain_texts(value: object) -> list[str]:
    """Every string in a loaded rule file."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in plain_texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in plain_texts(item)]
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize("path", sorted(RULES_DIR.glob("*.yml")), ids=lambda p: p.name)
def test_no_text_of_a_rule_file_is_cut_short_by_a_number_sign(path: Path) -> None:
    """In a plain YAML scalar ' #' opens a comment: a reason written '… a row of #topic tags …' loses the rest of
    the line, silently (wechat-page's did). Every loaded text must not stop where the file goes on with ' #'."""
    import yaml

    raw = path.read_text(encoding="utf-8")
    cut = [text[-40:] for text in plain_texts(yaml.safe_load(raw))
           if len(text) >= 15 and f"{text[-15:]} #" in raw and not text.endswith(("#", "# "))]
    assert not cut, f"{path.name}: text cut short at ' #': {cut}"
