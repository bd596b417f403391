"""Every cruft rule proves itself with the examples and keep lines written beside it in cruft.yml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from scripts.clean.captures import NOT_CAPTURED, Captures
from scripts.clean.cruft import (
    KIND_KEYS,
    RULES_FILE,
    RuleFileError,
    broken_apart,
    clean_lines,
    load_rules,
    parse_fields,
)
from scripts.clean.pipeline import normalize_file
from scripts.core.errors import InputError
from tests.conftest import case_params

ALL_ENTRIES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["rules"]
ENTRIES = [entry for entry in ALL_ENTRIES if entry["kind"] != "code"]  # rules applied line by line
CODE_ENTRIES = [entry for entry in ALL_ENTRIES if entry["kind"] == "code"]  # rules applied by code
SPEECH = ["同志们：", "这是一段足够长的讲话正文，讲的是推动高质量发展的各项工作，必须认真抓好落实，确保取得实效。" * 3]


def page_with(line: str, where: str) -> list[str]:
    """Put `line` where its rule looks: at the top for head rules, at the bottom for footers."""
    if where in {"head", "first3"}:
        return [line, *SPEECH]
    return [*SPEECH, line]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["name"])
def test_line_rule_is_documented(entry: dict) -> None:
    assert entry["name"] and entry["reason"]
    assert entry["kind"] in KIND_KEYS
    assert entry.get("examples"), f"rule {entry['name']} needs examples"
    assert entry.get("keep"), f"rule {entry['name']} needs keep lines"


def rule_named(name: str):
    return next(rule for rule in load_rules() if rule.name == name)


def removed_by(entry: dict, lines: list[str]) -> tuple[list[str], list[str]]:
    result = clean_lines(lines)
    return result.lines, [r.rule for r in result.removals]


def without(line: str, removed: list[str], entry: dict) -> str:
    """The line with each removed piece taken out (an inline rule with `replace` keeps what it says)."""
    for text in removed:
        assert text in line, f"{entry['name']} recorded {text!r}, which is not in {line!r}"
        kept = rule_named(entry["name"]).matcher.sub(entry["replace"], text) if "replace" in entry else ""
        line = line.replace(text, kept, 1)
    return line


@pytest.mark.parametrize(("entry", "example"), case_params(ENTRIES, "examples", RULES_FILE.name))
def test_rule_removes_its_examples(entry: dict, example: str) -> None:
    if entry["kind"] == "break":
        parts, set_apart = broken_apart([example], [rule_named(entry["name"])])
        assert len(parts) > 1, f"{entry['name']} left {example!r} whole"
        assert "".join(parts) == example  # set apart, nothing lost
        assert set_apart and all(piece.rule == entry["name"] and piece.text in parts for piece in set_apart)
        assert example not in clean_lines([*SPEECH, example]).lines
    elif entry["kind"] == "repeated":
        lines, fired = removed_by(entry, [example, SPEECH[1], example, SPEECH[1], example, SPEECH[1]])
        assert example not in lines
        assert entry["name"] in fired
    elif entry["kind"] in {"inline", "watermark"}:
        result = clean_lines([*SPEECH, example])
        removed = [r.text for r in result.removals if r.rule == entry["name"]]
        assert removed, f"{entry['name']} removed nothing from {example!r}"
        assert result.lines[:len(SPEECH)] == SPEECH
        cleaned = result.lines[len(SPEECH)] if len(result.lines) > len(SPEECH) else ""
        assert cleaned == without(example, removed, entry)  # exactly the recorded pieces went, nothing else
    else:
        lines, fired = removed_by(entry, page_with(example, entry.get("zone", "any")))
        assert example not in lines
        assert entry["name"] in fired


@pytest.mark.parametrize(("entry", "keep"), case_params(ENTRIES, "keep", RULES_FILE.name))
def test_rule_keeps_speech_text(entry: dict, keep: str) -> None:
    if entry["kind"] == "break":
        assert broken_apart([keep], [rule_named(entry["name"])]) == ([keep], [])
    lines = clean_lines(page_with(keep, entry.get("zone", "any"))).lines
    assert keep in lines
    lines = clean_lines([*SPEECH, keep]).lines
    assert keep in lines


def test_removals_name_the_rule_and_the_text() -> None:
    result = clean_lines(["您好,欢迎访问三七文档", *SPEECH, "本文标题:某讲话", "链接地址:https://a.cn/x .html"])
    assert ("site-greeting", "您好,欢迎访问三七文档") in [(r.rule, r.text) for r in result.removals]
    assert result.captures.site_name == ["三七文档"]
    assert result.captures.url == ["https://a.cn/x .html"]


def test_footer_never_cut_at_the_top() -> None:
    lines = ["抄送：这一行在开头，不是页脚", *SPEECH]
    assert clean_lines(lines).lines[0] == lines[0]


def test_a_related_list_label_alone_cuts_a_short_report_before_its_long_feed() -> None:
    report = "本报讯 某市昨日召开防汛工作会议，部署今年汛期各项工作，要求各部门压实责任，确保安全度汛。"
    teasers = ["某区开展汛前检查，排查隐患点十余处，逐一落实整改措施，确保群众安全。" * 2] * 6
    for label in ["相关新闻", "## 你可能还想看", "【猜你喜欢】"]:
        assert clean_lines([report, label, *teasers]).lines == [report], label


def test_a_related_list_label_does_not_cut_before_a_paragraph_of_prose() -> None:
    teasers = ["某区开展汛前检查，排查隐患点十余处，逐一落实整改措施，确保群众安全。" * 2] * 6
    head = ["某市召开防汛工作会议", "2030-06-01 来源：示例日报"]
    assert SPEECH[1] in clean_lines([*head, "相关新闻", *SPEECH, *teasers]).lines  # no paragraph before the label
    short = "本报讯 某市召开会议，部署工作。"  # too short to be a paragraph of the report
    assert teasers[0] in clean_lines([short, "相关新闻", *teasers]).lines


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


@pytest.mark.parametrize("entry", CODE_ENTRIES, ids=lambda e: e["name"])
def test_rule_applied_by_code_is_documented(entry: dict) -> None:
    assert entry["reason"] and entry["where"] and entry["examples"]


@pytest.mark.parametrize(("entry", "example"), case_params(CODE_ENTRIES, "examples", RULES_FILE.name))
def test_rule_applied_by_code_proves_itself(entry: dict, example: dict, tmp_path: Path) -> None:
    """The example page, run through the whole pipeline, has the rule's removal reported under its name,
    and keeps the text the example says it keeps."""
    page = tmp_path / f"page{example.get('suffix', '.txt')}"
    page.write_text(example["page"], encoding="utf-8")
    document = normalize_file(page, tmp_path)
    assert (entry["name"], example["removes"]) in [(r.rule, r.text) for r in document.removals]
    assert example["removes"] not in document.body
    assert example["keeps"] in document.markdown


def test_every_rule_name_reported_by_code_has_an_entry() -> None:
    """A removal's rule name is one a contributor can look up in cruft.yml."""
    names = {entry["name"] for entry in ALL_ENTRIES}
    reported = set()
    for path in (Path(__file__).parents[1] / "scripts").rglob("*.py"):
        reported |= set(re.findall(r'Removal\("([a-z0-9-]+)"', path.read_text(encoding="utf-8")))
    assert reported and reported <= names, reported - names


def test_every_capture_is_written_by_a_rule_and_read_downstream() -> None:
    """No Captures field that no rule fills, and none that no later stage reads."""
    written = {key for entry in ALL_ENTRIES for key in entry.get("labels", {}).values()} - NOT_CAPTURED
    patterns = [re.compile(entry["pattern"]) for entry in ALL_ENTRIES if "pattern" in entry]
    written |= {group for pattern in patterns for group in pattern.groupindex}
    assert written == Captures.names()
    code = "\n".join(path.read_text(encoding="utf-8") for path in (Path(__file__).parents[1] / "scripts").rglob("*.py"))
    unread = {name for name in Captures.names() if not re.search(rf"captures\.{name}\b", code)}
    assert not unread, unread


@pytest.mark.parametrize(("entry", "message"), [
    ("- {name: x, kind: lines, reason: r, pattern: a}", "rule x: unknown kind 'lines'"),
    ("- {name: x, kind: line, reason: r, pattern: a, zone: tail}", "rule x: unknown zone 'tail'"),
    ("- {name: x, kind: line, reason: r, pattern: a, replace: b}", "rule x: unknown key(s) replace for kind line"),
    ("- {name: x, kind: cut, reason: r}", "rule x: missing key(s) pattern"),
    ("- {name: x, kind: line, reason: r, pattern: '(?P<sitename>a)'}", "rule x: captures into sitename, not a field"),
    ("- {name: x, kind: fields, reason: r, labels: {来源: source}}", "rule x: captures into source, not a field"),
    ("- {name: x, kind: line, reason: r, pattern: a}\n  - {name: x, kind: line, reason: r, pattern: b}",
     "rule x: a second rule of this name"),
])
def test_rule_file_errors_name_the_file_and_the_rule(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "bad_rules.yml"
    path.write_text(f"rules:\n  {entry}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=re.escape(f"bad_rules.yml: {message}")):
        load_rules(path)



def test_a_header_row_split_over_lines_is_read_whole() -> None:
    """A site's name and the row's date before a label whose value went onto the next line: one row, its date
    the publication date and the next line its source (page-meta-fields)."""
    result = clean_lines(["某某网某某频道 ( 2012-06-04 09:20:26 )        稿件来源：", "某某日报", *SPEECH])
    assert result.lines[:len(SPEECH)] == SPEECH
    assert result.captures.published == ["2012-06-04 09:20:26"]
    assert result.captures.origin == ["某某日报"]
    kept = clean_lines([*SPEECH, "我们的主要经验是：", "抓落实"]).lines  # no known label: a sentence and its list
    assert kept[-2:] == ["我们的主要经验是：", "抓落实"]


def test_a_closing_name_in_brackets_goes_only_from_the_last_line() -> None:
    """The writer's name after the last sentence goes (closing-writer-name); the same shape inside the text, a
    transcript's reaction and an end mark stay."""
    result = clean_lines([*SPEECH, "要把工作做实做细。（张三）", "", "全县秋收工作全面展开。（李四）"])
    assert result.lines[-1] == "全县秋收工作全面展开。" and "要把工作做实做细。（张三）" in result.lines
    assert ("closing-writer-name", "（李四）") in [(r.rule, r.text) for r in result.removals]
    for ending in ("（掌声）", "（全文完）", "（众笑）"):
        assert clean_lines([*SPEECH, f"谢谢大家！{ending}"]).lines[-1] == f"谢谢大家！{ending}"


FARM_OPENING = ["【导语】新春到，祝福到，愿你万事如意！以下是某某考试网为您整理的《全县秋季农业生产工作会议讲话》，"
                "希望大家能够喜欢。", "【篇一】"]
FARM_CLOSING = ["以上就是小编为大家整理的全县秋季农业生产工作会议讲话，希望对您有所帮助。",
                "更多讲话稿请访问本站讲话栏目", "【拓展阅读】", "全县秋粮收购工作会议讲话",
                "县长在秋收工作会议上的讲话"]


def test_a_content_farm_page_keeps_only_the_speech(tmp_path: Path) -> None:
    """A 范文/文库 site's furniture around one speech — the 导语 blurb naming the site, an item marker, the closing
    blurb, the pointer to the site's column, the related list — goes; the site's name is kept as its name."""
    path = tmp_path / "farm.txt"
    path.write_text("\n\n".join([*FARM_OPENING, *SPEECH, *FARM_CLOSING]) + "\n", encoding="utf-8")
    document = normalize_file(path, tmp_path)
    for line in [*FARM_OPENING, *FARM_CLOSING]:
        assert line not in document.body
    assert SPEECH[1] in document.body
    assert "某某考试网" in clean_lines([FARM_OPENING[0], *SPEECH]).captures.site_name


def test_a_content_farm_collection_is_refused(tmp_path: Path) -> None:
    """Two or more item markers ('【篇一】', '【篇二】') make the page a collection of texts, even once the cleaning
    has taken the bare markers off."""
    path = tmp_path / "farm.txt"
    path.write_text("\n\n".join([*FARM_OPENING, *SPEECH, "【篇二】", *SPEECH[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"holds 2 texts \(【篇一】、【篇二】\)"):
        normalize_file(path, tmp_path)
    titled = [SPEECH[0], "【篇一】秋收工作讲话", SPEECH[1], "【篇二】秋种工作讲话", SPEECH[1]]
    path.write_text("\n\n".join(titled) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"holds 2 texts"):
        normalize_file(path, tmp_path)


def test_running_headers_with_their_page_numbers_and_bare_page_numbers_go() -> None:
    """A PDF's running header with the page number beside it ('某某公报 12') counts as the same header on every page;
    bare numbers counting up inside the text are its page numbers. Section numbers over short titles stay."""
    pages = [line for page in range(11, 15) for line in (SPEECH[1], f"某某市人民政府公报 {page}", str(page), SPEECH[1])]
    result = clean_lines([SPEECH[0], *pages])
    assert [line for line in result.lines if line] == [SPEECH[0], *[SPEECH[1]] * 8]
    assert {r.rule for r in result.removals} == {"running-header"}
    sections = [SPEECH[0], "1", "要坚持稳中求进", SPEECH[1], "2", "要坚持改革创新", SPEECH[1],
                "3", "要坚持人民至上", SPEECH[1]]
    assert clean_lines(sections).lines == sections


def test_a_tables_repeated_cells_and_a_repeated_section_heading_are_no_running_headers() -> None:
    """A table repeats its cells ('成人票：30元' under several parks, '1、外语' in every row) among other short
    cells, and an article may head each expert's remarks with the same '点评' line after a finished paragraph:
    both are content. A header printed where the page breaks, mid-paragraph, still goes."""
    table = [SPEECH[0], ""]
    for park, price in (("甲公园", 30), ("乙公园", 60), ("丙公园", 30), ("丁公园", 60), ("戊公园", 30)):
        table += [f"{park}门票", f"成人票：{price}元", "儿童票：免费", f"咨询电话：1234567{price}", ""]
    subjects = [SPEECH[0], ""]
    for major in ("甲专业", "乙专业", "丙专业"):
        subjects += [major, "张三", "1、外语", f"2、{major}概论", ""]
    kept = clean_lines(table).lines
    assert kept.count("成人票：30元") == 3 and kept.count("儿童票：免费") == 5
    assert clean_lines(subjects).lines.count("1、外语") == 3
    remarks = [SPEECH[0], ""]
    for expert in ("张三", "李四", "王五"):
        remarks += [SPEECH[1], "", "专家点评", "", f"{expert}（某某大学教授）认为，" + SPEECH[1], ""]
    assert clean_lines(remarks).lines.count("专家点评") == 3
    stories = [SPEECH[0], ""]
    for story in ("月亮的故事", "星星的故事", "太阳的故事"):
        stories += [story, "", SPEECH[1], "", "[以上故事由本文作者翻译]", ""]
    assert clean_lines([*stories, "后记", SPEECH[1]]).lines.count("[以上故事由本文作者翻译]") == 3
    broken = [SPEECH[0]]
    for _ in range(3):
        broken += ["要把农田水利修好，把乡村公路修通，", "某某市人民政府公报", "把学校和卫生院的房子修好。" + SPEECH[1]]
    assert "某某市人民政府公报" not in clean_lines(broken).lines


def test_page_numbers_under_a_running_header_go_even_over_headings() -> None:
    """A PDF record prints its running header, then the page number, on every page; a page may open with a short
    heading, so the number is the page's when it stands under the header, not only when text goes on after it."""
    header = "某某市议会  ─  2020年1月6日"
    pages = [line for page in range(31, 36)
             for line in (SPEECH[1], header, str(page), f"第{page}项任务" if page % 2 else SPEECH[1], SPEECH[1])]
    result = clean_lines([SPEECH[0], *pages])
    kept = [line for line in result.lines if line]
    assert not any(line.isdigit() for line in kept)
    assert [line for line in kept if line.endswith("项任务")] == ["第31项任务", "第33项任务", "第35项任务"]


def test_a_speech_quoting_line_by_line_is_no_record_of_turns() -> None:
    """'某某强调：…' and '他说：…' at the start of lines are quotations inside a speech, not a record's speakers:
    transcript-frame leaves every line."""
    lines = [SPEECH[0]]
    for _ in range(3):
        lines += ["", "书记强调：" + SPEECH[1], SPEECH[1], SPEECH[1], "", "会议指出：要把农田水利修好。", "",
                  "他说：果子要卖得出去。"]
    result = clean_lines(lines)
    assert "transcript-frame" not in [r.rule for r in result.removals]
    assert result.lines.count("会议指出：要把农田水利修好。") == 3


RECORD_TURNS = ["某某会议记录", "", "主席：会议开始。请市长作报告。", "",
                "市长：各位委员：", SPEECH[1], "", SPEECH[1], "", "张甲委员：我有意见！", "",
                "主席：请保持肃静。市长，请继续。", "", "市长：" + SPEECH[1], "", SPEECH[1], "", SPEECH[1], "",
                "主席：市长现在离开会场。", "", "李乙委员：主席，我想就议程发言。", "", "主席：现在休会。"]


def test_a_proceedings_record_is_framed_and_an_articles_labelled_paragraphs_are_not() -> None:
    """A record whose chair, members and one office holder take turns is cut to the address; an article whose
    paragraphs open with labels — two products and a reviewer's remarks, a programme's rows, a writer's notes —
    keeps every line: no office holders take the turns there, or the same label opens turn after turn."""
    framed = clean_lines(RECORD_TURNS)
    assert "transcript-frame" in [r.rule for r in framed.removals]
    assert "主席：现在休会。" not in framed.lines and SPEECH[1] in framed.lines
    by_name = clean_lines([line.replace("市长：", "王某某：") for line in RECORD_TURNS])  # the address by its name
    assert "主席：现在休会。" not in by_name.lines and SPEECH[1] in by_name.lines
    review = ["两款小车对比试驾", "", "2020年5月6日", "", SPEECH[1], ""]
    for aspect in ("空间大", "动力足", "油耗低"):
        review += [f"甲车：{aspect}", "", SPEECH[1], "", SPEECH[1], "", "试驾员点评：座椅偏硬，别的都好。", ""]
    review += ["乙车：外观好", "", "试驾员点评：颜色鲜艳。", "", "乙车：价格低", ""]
    programme = ["某某学术年会会议议程", "", "主持人：某某大学校长 张甲教授", ""]
    for session in range(1, 8):
        programme += [f"第{session}场 分组报告", f"王丙{session}（某某大学）关于第{session}个问题的研究",
                      f"孙戊{session}（某某研究所）关于第{session}个办法的讨论",
                      f"评论人：赵丁{session}（某某大学）", ""]
    programme += ["主持人：某某学院院长 李乙教授", "", "闭幕式", "",
                  "报到地点：某某大学东门", "", "报到地点：某某宾馆大堂"]
    notes = [SPEECH[0], "", "作者按：这是我听来的几个故事。", ""]
    for _ in range(4):
        notes += ["译注：这个故事另有一个版本，这里不译了。", "", SPEECH[1], "", SPEECH[1], ""]
    notes += ["又注：谢谢朋友帮我查资料。", "", "又注：故事的出处见上。", "", "作者按：以上几个故事都很短。"]
    for page in (review, programme, notes):
        result = clean_lines(page)
        assert "transcript-frame" not in [r.rule for r in result.removals]
        assert result.lines.count(SPEECH[1]) == page.count(SPEECH[1])
    assert "甲车：空间大" in clean_lines(review).lines and "评论人：赵丁3（某某大学）" in clean_lines(programme).lines
    assert "译注：这个故事另有一个版本，这里不译了。" in clean_lines(notes).lines


def test_a_source_row_naming_an_app_is_no_follow_prompt() -> None:
    """'来源：某某日报客户端' (the 来源 row, its value perhaps on the next line) names where the page came from: the
    row rules read it as the source, and follow-prompt, which wants an invitation to follow the app, leaves it."""
    for head in (["来源：某某日报客户端"], ["来源：", "某某日报客户端"], ["發布時間：2026-02-09 来源：某某日报客户端"]):
        result = clean_lines([*head, "在全县秋季农业生产工作会议上的讲话", *SPEECH])
        assert "follow-prompt" not in [r.rule for r in result.removals], head
        assert result.captures.origin == ["某某日报客户端"], head


def test_a_blog_posts_footer_stamp_is_its_publication() -> None:
    post = "这是一篇博客文章的正文，写的是入住博客的感想，希望以后和各位多多交流，互相学习，共同进步。"
    footer = "发表于 2020年12月27日 12:40 - (阅读:3727;评论:63)"
    result = clean_lines([post, footer])
    assert result.lines == [post]
    assert result.captures.published == ["2020年12月27日"]
