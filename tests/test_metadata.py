"""Reading the page head, dates, places and masks (scripts/clean/metadata.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from scripts.clean.captures import Captures
from scripts.clean.metadata import (
    byline,
    detect_region,
    is_anonymized,
    is_bare_name,
    load_regions,
    name_office_signature,
    parse_date,
    read_head,
    vocabulary,
)


@pytest.mark.parametrize(("lines", "title", "speaker", "office", "date"), [
    (["武文罡同志 在创新驱动推进高质量发展座谈会上的讲话", "2021年11月5日"],
     "在创新驱动推进高质量发展座谈会上的讲话", "武文罡", "", dt.date(2021, 11, 5)),
    (["坚定信心 真抓实干", "——在全市经济工作会议上的讲话", "张三", "（2023年5月6日）"],
     "坚定信心 真抓实干", "张三", "", dt.date(2023, 5, 6)),
    (["在全市经济工作会议上的讲话", "张三（2023年5月6日）"],
     "在全市经济工作会议上的讲话", "张三", "", dt.date(2023, 5, 6)),
    (["在全市经济工作会议上的讲话", "市委书记 张三", "2023年5月6日"],
     "在全市经济工作会议上的讲话", "张三", "市委书记", dt.date(2023, 5, 6)),
    (["张三：在全市经济工作会议上的讲话"], "在全市经济工作会议上的讲话", "张三", "", None),
    (["市委书记王建国在全市经济工作会议上的讲话"], "市委书记王建国在全市经济工作会议上的讲话", "王建国", "市委书记",
     None),  # a headline naming its speaker is the title as shown; a byline set apart by '：' is cut off
    (["市委书记王建国：在全市经济工作会议上的讲话"], "在全市经济工作会议上的讲话", "王建国", "市委书记", None),
    (["县委书记在全县乡村振兴工作推进会上的讲话"], "县委书记在全县乡村振兴工作推进会上的讲话", "", "县委书记", None),
    (["首页", "政务公开", "走进某县", "李明同志在全县大会上的讲话"], "在全县大会上的讲话", "李明", "", None),
    (["在全市经济工作会议上的讲话", "二〇二三年五月六日"], "在全市经济工作会议上的讲话", "", "", dt.date(2023, 5, 6)),
    (["在全市优化营商环境暨招商引资", "大会上的讲话"], "在全市优化营商环境暨招商引资大会上的讲话", "", "", None),
    (["市委书记 张三", "在全市经济工作会议上的讲话"], "在全市经济工作会议上的讲话", "张三", "市委书记", None),
])
def test_head_lines(lines: list[str], title: str, speaker: str, office: str, date: dt.date | None) -> None:
    head = read_head(lines, [], [])
    assert (head.title, head.speaker, head.speaker_title, head.date) == (title, speaker, office, date)


def test_date_above_the_title_is_the_publication_date() -> None:
    head = read_head(["2021年11月9日", "在座谈会上的讲话", "2021年11月5日"], [], [])
    assert head.dates_before_title == [dt.date(2021, 11, 9)]
    assert head.date == dt.date(2021, 11, 5)


@pytest.mark.parametrize(("text", "date"), [
    ("2022-09-13 10:10:54", dt.date(2022, 9, 13)), ("2021年2月8日", dt.date(2021, 2, 8)),
    ("二〇二一年十一月五日", dt.date(2021, 11, 5)), ("2021/3/01", dt.date(2021, 3, 1)),
    ("2021年2月30日", None), ("第四十六期", None),
])
def test_parse_date(text: str, date: dt.date | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(("text", "result"), [
    ("市长 张志强", ("市长", "张志强")), ("市委书记王建国", ("市委书记", "王建国")),
    ("中共某某市委书记 张三", ("中共某某市委书记", "张三")), ("在全市大会上的讲话", None), ("县委书记讲话", None),
])
def test_byline(text: str, result: tuple[str, str] | None) -> None:
    assert byline(text) == result


def test_region_from_issuer_then_from_mentions() -> None:
    regions = load_regions()
    assert detect_region(["安康市人民政府办公室"], "", regions) == "陕西省安康市"
    assert detect_region([], "马鞍山" * 3, regions) == "安徽省马鞍山市"
    assert detect_region([], "对甘肃重要讲话；甘肃机遇与挑战并存", regions) == "甘肃省"
    assert detect_region([], "在湖南考察时强调", regions) == ""


@pytest.mark.parametrize(("text", "masked"), [
    ("X原（X）创新促进中心，X农业有限公司", True), ("×高新区在省、市党委政府领导下，×自创区建设", True),
    ("XX镇、XX村作了交流发言", True), ("5G网络、IPv6部署、X光机", False), ("3×4的矩阵，PACK电池", False),
])
def test_anonymized(text: str, masked: bool) -> None:
    assert is_anonymized(text, vocabulary()) is masked


def test_closing_date_line_dates_the_text() -> None:
    from scripts.clean.metadata import extract_metadata
    from scripts.clean.structure import build_structure

    prose = "今天召开全市大会，主要任务是部署今年的重点工作，大家要认真抓好落实，确保取得实效。"
    structure = build_structure(["在全市大会上的讲话", "同志们：", prose, "某某市人民政府", "2023年5月6日"])
    meta = extract_metadata(structure, Captures(), "x.txt", "0" * 64, load_regions()).meta
    assert meta["date"] == dt.date(2023, 5, 6)


def test_name_then_office_signature_in_either_script() -> None:
    """A letter signed '陳嘉文校長' (name, then office, traditional script) names its writer."""
    assert name_office_signature("陳嘉文校長") == ("校長", "陳嘉文")
    assert name_office_signature("王明 董事长") == ("董事长", "王明")
    assert name_office_signature("谢谢大家") is None
    assert is_bare_name("陳嘉文") and is_bare_name("陈嘉文") and not is_bare_name("校長")
