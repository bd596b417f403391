"""A speech's headline may have a comma ('坚持…，奋力…'): set over a subtitle of its own ('——在…会议上的讲话') it is
the title, whether or not the text repeats its words; a clause cut at a comma with nothing under it is not.
Every input is made up."""

from __future__ import annotations

from pathlib import Path

from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

SPEECH = "\n\n".join(["同志们：", "今天召开全市经济工作会议，主要任务是总结今年经济工作，分析当前形势，部署明年工作。",
                      "要坚持稳中求进工作总基调，推动各项重点工作落地见效，确保完成全年目标任务。", "谢谢大家！"])
HEADLINE = "坚持以人民为中心，奋力谱写高质量发展新篇章"


def test_a_headline_with_a_comma_over_its_subtitle_is_the_title(tmp_path: Path) -> None:
    head = f"{HEADLINE}\n——在全市经济工作会议上的讲话\n\n市委书记 张某明\n\n（2023年12月20日）"
    page = text_page(tmp_path, f"{head}\n\n{SPEECH}")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == HEADLINE
    assert document.meta["speaker"] == "张某明"
    assert str(document.meta["date"]) == "2023-12-20"


def test_a_clause_cut_at_a_comma_alone_is_no_title(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, f"按照上级要求，老旧小区改造工程\n\n{SPEECH}"), tmp_path)
    assert document.meta.get("title") != "按照上级要求，老旧小区改造工程"
