"""Joining and cutting at the end of a page: bylines are not glued on, a cut-off last line is kept with a
warning, paywall notices go with a warning, and `normalize` shows the pipeline's warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import RULES_FILE, build_structure, load_shapes
from scripts.site import ingest

OPENING = ["在全县秋季农业生产工作会议上的讲话", "同志们：",
           "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
           "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。"]


def write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "speech.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_long_unpunctuated_line_is_not_glued_to_a_byline() -> None:
    unpunctuated = "全县上下要以更加饱满的热情投入到秋收秋种工作中去确保颗粒归仓不误农时力争全年粮食丰收"
    assert len(unpunctuated) >= 24
    for byline in ("（记者 王明 通讯员 李华）", "发布时间 2023-09-12", "2023年9月12日"):
        structure = build_structure([*OPENING[1:], unpunctuated, byline, OPENING[2]])
        texts = [block.text for block in structure.blocks]
        assert unpunctuated in texts, byline


def test_a_page_break_inside_a_sentence_is_still_joined() -> None:
    first = "全县上下要以更加饱满的热情投入到秋收秋种工作中去，抓住晴好天气抢收抢种确保"
    structure = build_structure([*OPENING[1:], first, "颗粒归仓。"])
    assert first + "颗粒归仓。" in [block.text for block in structure.blocks]


def test_a_cut_off_last_line_is_kept_with_a_warning(tmp_path: Path) -> None:
    last = "同志们，做好秋季农业生产工作"
    document = normalize_file(write(tmp_path, [*OPENING, last]), tmp_path)
    assert last in document.body
    assert any("mid-sentence" in warning for warning in document.warnings)


def test_a_trailing_link_list_still_goes(tmp_path: Path) -> None:
    document = normalize_file(write(tmp_path, [*OPENING, "全县秋粮收购工作会议召开", "县长调研秋收工作"]), tmp_path)
    assert "全县秋粮收购工作会议召开" not in document.body
    assert not any("mid-sentence" in warning for warning in document.warnings)


def test_a_paywall_notice_goes_and_the_text_is_marked_incomplete(tmp_path: Path) -> None:
    cut = OPENING[3] + "……(未完,全文共3876字,当前仅显示1958字,请阅读下面提示信息)"
    document = normalize_file(write(tmp_path, [*OPENING[:3], cut]), tmp_path)
    assert "未完" not in document.body and "3876" not in document.body
    assert OPENING[3] in document.body
    assert any("incomplete" in warning for warning in document.warnings)


def test_normalize_prints_warnings_on_stderr(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, [*OPENING, "详见 https://www.example.gov.cn/a.html 的说明。"])
    assert ingest.main(["normalize", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("---\n") and "warning:" not in captured.out
    assert "warning:" in captured.err and "web address" in captured.err


def test_byline_shape_examples_and_keep_lines() -> None:
    entry = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["byline"]
    for example in entry["examples"]:
        assert load_shapes().byline.match(example), example
    for keep in entry["keep"]:
        assert not load_shapes().byline.match(keep), keep


def test_a_shape_file_with_an_unknown_key_is_an_error(tmp_path: Path) -> None:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    data["byline"]["zone"] = "head"
    bad = tmp_path / "structure.yml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match=r"structure\.yml: byline: unknown key\(s\) \['zone'\]"):
        load_shapes(bad)

