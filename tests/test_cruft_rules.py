"""Every cruft rule proves itself with the examples and keep lines written beside it in cruft.yml."""

from __future__ import annotations

import pytest
import yaml

from scripts.cruft import RULES_FILE, clean_lines, load_rules, parse_fields

ENTRIES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["rules"]
SPEECH = ["同志们：", "这是一段足够长的讲话正文，讲的是推动高质量发展的各项工作，必须认真抓好落实，确保取得实效。" * 3]


def page_with(line: str, where: str) -> list[str]:
    """Put `line` where its rule looks: at the top for head rules, at the bottom for footers."""
    if where in {"head", "first3"}:
        return [line, *SPEECH]
    return [*SPEECH, line]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["name"])
def test_rule_is_documented(entry: dict) -> None:
    assert entry["name"] and entry["reason"]
    assert entry["kind"] in {"line", "cut", "fields", "inline", "watermark", "repeated"}
    assert entry.get("examples"), f"rule {entry['name']} needs examples"
    assert entry.get("keep"), f"rule {entry['name']} needs keep lines"


def removed_by(entry: dict, lines: list[str]) -> tuple[list[str], list[str]]:
    result = clean_lines(lines)
    return result.lines, [r.rule for r in result.removals]


@pytest.mark.parametrize(("entry", "example"), [(e, x) for e in ENTRIES for x in e["examples"]],
                         ids=lambda v: v["name"] if isinstance(v, dict) else v[:12])
def test_rule_removes_its_examples(entry: dict, example: str) -> None:
    if entry["kind"] == "repeated":
        lines, fired = removed_by(entry, [example, SPEECH[1], example, SPEECH[1], example, SPEECH[1]])
        assert example not in lines
        assert entry["name"] in fired
    elif entry["kind"] in {"inline", "watermark"}:
        lines, fired = removed_by(entry, [*SPEECH, example])
        assert entry["name"] in fired
        assert lines[-1] != example
    else:
        lines, fired = removed_by(entry, page_with(example, entry.get("zone", "any")))
        assert example not in lines
        assert entry["name"] in fired


@pytest.mark.parametrize(("entry", "keep"), [(e, x) for e in ENTRIES for x in e["keep"]],
                         ids=lambda v: v["name"] if isinstance(v, dict) else v[:12])
def test_rule_keeps_speech_text(entry: dict, keep: str) -> None:
    lines = clean_lines(page_with(keep, entry.get("zone", "any"))).lines
    assert keep in lines
    lines = clean_lines([*SPEECH, keep]).lines
    assert keep in lines


def test_removals_name_the_rule_and_the_text() -> None:
    result = clean_lines(["您好,欢迎访问三七文档", *SPEECH, "本文标题:某讲话", "链接地址:https://a.cn/x .html"])
    assert ("site-greeting", "您好,欢迎访问三七文档") in [(r.rule, r.text) for r in result.removals]
    assert result.captures["site_name"] == ["三七文档"]
    assert result.captures["url"] == ["https://a.cn/x .html"]


def test_footer_never_cut_at_the_top() -> None:
    lines = ["抄送：这一行在开头，不是页脚", *SPEECH]
    assert clean_lines(lines).lines[0] == lines[0]


def test_fields_line_parsed_into_values() -> None:
    rule = next(r for r in load_rules() if r.kind == "fields")
    assert parse_fields("作者:武文罡 来源:安康微政务 发布时间:2022-02-10 18:18", rule.labels) == [
        ("author", "武文罡"), ("origin", "安康微政务"), ("published", "2022-02-10 18:18")]
    assert parse_fields("来源于群众的智慧", rule.labels) == []


def test_injected_watermark_needs_repetition_and_a_broken_word() -> None:
    once = clean_lines([*SPEECH, "切实提高服笔扫千军整理务质效。"]).lines
    assert "切实提高服笔扫千军整理务质效。" in once
    twice = clean_lines([*SPEECH, "切实提高服笔扫千军整理务质效，推动发笔扫千军整理展。"]).lines
    assert "切实提高服务质效，推动发展。" in twice


def test_site_name_inside_text_removed() -> None:
    result = clean_lines(["百事通范文网", *SPEECH, "要全面加强百事通范文网党的建设。"])
    assert "要全面加强党的建设。" in result.lines
