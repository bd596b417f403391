"""A PDF bulletin's running header repeats as the same short line; a hard-wrapped piece of a sentence that a
speech's parallel sentences repeat is text, not a header. Every input is made up."""

from __future__ import annotations

from scripts.clean.cruft import CleanResult, drop_repeated, load_rules

WRAPPED = "各地各部门要切实扛起政治责任，坚持问"


def run(lines: list[str]) -> list[str]:
    rules = load_rules()
    result = CleanResult(lines=list(lines))
    drop_repeated(result, [r for r in rules if r.kind == "repeated"], [r for r in rules if r.kind == "line"])
    return result.lines


def test_a_repeated_wrapped_piece_of_a_sentence_stays() -> None:
    lines = [line for topic in ("产业转型", "生态保护", "重点改革", "对外开放")
             for line in (f"在{topic}方面，", WRAPPED, "题导向和目标导向，确保各项任务落到实处。")]
    assert run(lines) == lines


def test_a_bulletin_s_running_header_still_goes() -> None:
    first, rest = "今天我们召开全省大会，部署全年工作任务，", "确保各项任务落到实处。"  # a page breaks mid-sentence
    lines = [line for number in (3, 4, 5) for line in (first, f"某某省人民政府公报 {number}", rest)]
    assert run(lines) == [first, rest] * 3
