"""Hard-wrapped text dumps (a PHP or PDF dump cutting every line at one width: the wrapped variant of make eval)
are rejoined before the line rules read them, so a dateline or a photo credit cut in two is still found
(rejoin_hard_wrapped in structure.py)."""

from __future__ import annotations

from pathlib import Path

from scripts.clean.pipeline import normalize_bytes
from scripts.clean.render import split_document
from scripts.clean.structure import normalize_text, rejoin_hard_wrapped

WIDTH = 30
SPEECH = ("同志们：今天我们召开全县经济工作会议，主要任务是总结过去一年的经济工作，"
          "分析当前面临的形势，部署今年的重点任务。"
          "过去一年，全县上下团结一心，攻坚克难，经济社会发展取得了新的成绩，地区生产总值稳步增长，群众生活持续改善。"
          "今年是关键之年，我们要坚定信心，真抓实干，推动高质量发展取得新成效，各级各部门要认真抓好落实。")
PARAGRAPHS = [SPEECH.replace("全县", place) for place in ("全县", "全市", "全区")]
CREDIT = "5月6日，全县经济工作会议在县会议中心召开。县委书记张某某出席会议并讲话。 记者 王某某 摄"


def wrap(line: str) -> list[str]:
    return [line[at:at + WIDTH] for at in range(0, len(line), WIDTH)] or [""]


def dump(lines: list[str]) -> str:
    return "\n".join(piece for line in lines for piece in wrap(line)) + "\n"


def test_a_wrapped_dump_is_rejoined_line_for_line() -> None:
    lines = ["在全县经济工作会议上的讲话", CREDIT, *PARAGRAPHS]
    cut = dump(lines).splitlines()
    assert rejoin_hard_wrapped(cut) == lines


def test_a_short_last_piece_ends_its_paragraph() -> None:
    first, second = "甲" * (WIDTH + 5), "乙" * (2 * WIDTH - 5)
    assert rejoin_hard_wrapped([*wrap(first), *wrap(second)] * 2) == [first, second] * 2


def test_a_running_header_is_never_a_lines_rest() -> None:
    header = "某某县人民代表大会  2024年1月5日"
    lines = [*wrap("丙" * (WIDTH * 3)), header, *wrap("丁" * (WIDTH * 3)), header, *wrap("戊" * (WIDTH * 2)), header]
    assert header in rejoin_hard_wrapped(lines)


def test_lines_of_a_page_not_wrapped_are_left_alone() -> None:
    lines = ["标题", "", "　　第一段很长的文字，" * 3, "短的一行", "　　第二段。"]
    assert rejoin_hard_wrapped(lines) is lines
    programme = ["某某推介会会议日程", "会议时间：2018年5月18日", "09:30~10:00", "签到", "10:00~10:30", "项目推介",
                 "10:30~10:45", "企业代表发言", "10:45~11:00", "领导讲话"]  # rows of one length: no dump's column
    assert rejoin_hard_wrapped(programme) is programme


def test_a_photo_credit_cut_in_two_by_the_dump_is_still_a_caption() -> None:
    text = dump(["在全县经济工作会议上的讲话", "（2024年5月6日）", "张某某", CREDIT, *PARAGRAPHS])
    meta, body = split_document(normalize_bytes(text.encode("utf-8"), Path("speech.txt")).markdown)
    assert "记者" not in body and "全县经济工作会议在县会议中心召开" not in body
    assert str(meta.get("date")) == "2024-05-06"


def test_a_wrapped_markdown_dump_is_rejoined_before_its_line_breaks_are_kept() -> None:
    text = "# 在全县经济工作会议上的讲话\n\n" + dump([CREDIT, *PARAGRAPHS])
    body = split_document(normalize_bytes(text.encode("utf-8"), Path("speech.md")).markdown)[1]
    assert "记者" not in body


def test_normalize_text_is_idempotent_where_punctuation_turns_full_width() -> None:
    line = "我们的目标是： (一 )协助基层市民"
    assert normalize_text(line) == normalize_text(normalize_text(line)) == "我们的目标是：（一）协助基层市民"
