"""Joining and cutting at the end of a page: bylines are not glued on, a cut-off last line is kept with a
warning, paywall notices go with a warning, and `normalize` shows the pipeline's warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import RULES_FILE, build_structure, load_shapes
from scripts.site import ingest
from tests.conftest import case_params

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


BYLINE = [{"name": "byline", **yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["byline"]}]


@pytest.mark.parametrize(("entry", "example"), case_params(BYLINE, "examples", RULES_FILE.name))
def test_byline_shape_matches_its_examples(entry: dict, example: str) -> None:
    assert load_shapes().byline.match(example)


@pytest.mark.parametrize(("entry", "keep"), case_params(BYLINE, "keep", RULES_FILE.name))
def test_byline_shape_leaves_its_keep_lines(entry: dict, keep: str) -> None:
    assert not load_shapes().byline.match(keep)


def test_a_shape_file_with_an_unknown_key_is_an_error(tmp_path: Path) -> None:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    data["byline"]["zone"] = "head"
    bad = tmp_path / "structure.yml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match=r"structure\.yml: byline: unknown key\(s\) \['zone'\]"):
        load_shapes(bad)



def test_markdown_marks_do_not_hide_chrome(tmp_path: Path) -> None:
    """A scraper's Markdown dump: '## 相关阅读', '> 责任编辑：…' and '**来源：** …' are the same chrome as
    without the marks, and a picture or a link-only line is never text."""
    path = write(tmp_path, [*OPENING[:3], "![会议现场](https://example.com/a.jpg)", "> 责任编辑：张三", OPENING[3],
                            "**来源：** 某某日报", "## 相关阅读", "- [县长调研秋收秋种工作](https://example.com/b.html)"])
    document = normalize_file(path)
    for chrome in ("example.com", "会议现场", "责任编辑", "来源", "相关阅读", "县长调研"):
        assert chrome not in document.body, chrome
    assert OPENING[3] in document.body
    assert ("markdown-bold-markers", "**来源：**") in [(r.rule, r.text) for r in document.removals]


def test_a_page_flattened_to_one_line_is_cut_at_its_paragraph_gaps(tmp_path: Path) -> None:
    """A scraper's record whose text lost its line breaks keeps runs of spaces (any width) between paragraphs;
    cut there, each caption, credit and button row is a line the rules can see."""
    gap = "\u2003\u2003"
    flat = gap.join([OPENING[2], "县长在会上讲话。某某日报记者 王明 摄", OPENING[3], OPENING[2].replace("今天", "昨天"),
                     "各乡镇要切实加强组织领导，层层落实责任，确保各项措施落到实处。 【纠错】", "【责任编辑：张三】"])
    path = tmp_path / "record.json"
    path.write_text('{"title": "在全县秋季农业生产工作会议上的讲话", "content": "' + flat + '"}', encoding="utf-8")
    body = normalize_file(path).body
    assert OPENING[3] in body and "确保各项措施落到实处。" in body
    for chrome in ("王明", "纠错", "责任编辑"):
        assert chrome not in body, chrome


def test_a_follow_prompt_glued_after_the_last_sentence_goes(tmp_path: Path) -> None:
    """A site's follow prompt or reprint notice glued after a paragraph's last sentence is cut off (rules with
    at_line_end); a last sentence that is speech stays."""
    last = "同志们，让我们齐心协力，夺取全年农业丰收！"
    path = write(tmp_path, [*OPENING, last + "歡迎關注我們的微信公眾號。",
                            "要坚持以人民为中心，扎实推进各项工作。要关注群众的急难愁盼问题。"])
    document = normalize_file(path)
    assert last in document.body and "公眾號" not in document.body
    assert "要关注群众的急难愁盼问题。" in document.body
    assert ("follow-prompt", "歡迎關注我們的微信公眾號。") in [(r.rule, r.text) for r in document.removals]


def test_a_second_copy_of_the_article_goes_but_a_repeated_sentence_stays() -> None:
    from scripts.clean.cruft import clean_lines
    first = "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。"
    second = "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。"
    third = "各级各部门要切实加强组织领导，层层压实责任，确保秋收秋种各项工作落到实处，不误农时。"
    copied = clean_lines(["同志们：", first, second, third, "谢谢大家！", "打印版", "本站讯", first, second, third])
    assert copied.lines[-1] == "谢谢大家！" and copied.lines.count(first) == 1
    removed = [r.text for r in copied.removals if r.rule == "second-copy"]
    assert removed == ["打印版", "本站讯", first, second, third]
    refrain = clean_lines(["同志们：", first, second, "我再强调一遍：", first, third, "谢谢大家！"])
    assert refrain.lines.count(first) == 2 and not any(r.rule == "second-copy" for r in refrain.removals)
    fourth = "让我们更加紧密地团结起来，同心同德，埋头苦干，为建设美好家园而努力奋斗，奋力开创新局面！"
    chorus = clean_lines(["同志们：", first, second, third, fourth, "最后，让我们再一起重温：", third, fourth])
    assert chorus.lines[-2:] == [third, fourth], "a closing refrain is no copy: a copy starts with the opening"


def test_a_second_copy_running_the_paragraphs_together_goes_but_an_opening_said_again_stays() -> None:
    """A scraper that saved the text twice, the second time with its line breaks gone: the copy is one long line
    made of the article's paragraphs in order, and goes with the date line over it. A speaker who opens the last
    paragraph with the first one again (and goes on) makes no copy."""
    from scripts.clean.cruft import clean_lines
    first = "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。"
    second = "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。"
    third = "各级各部门要切实加强组织领导，层层压实责任，确保秋收秋种各项工作落到实处，不误农时。"
    copied = clean_lines(["2014年1月14日", first, second, third, "2014年1月14日", f"{first} {second}   {third}"])
    assert copied.lines == ["2014年1月14日", first, second, third]
    closing = f"{first}我们要以更加昂扬的斗志，奋力夺取秋收秋种的全面胜利。"
    bookend = clean_lines(["同志们：", first, second, third, closing])
    assert bookend.lines[-1] == closing and not any(r.rule == "second-copy" for r in bookend.removals)


LONG_SPEECH = ["同志们：", *(f"第{n}项工作要认真抓好落实，确保各项目标任务圆满完成，推动高质量发展取得新成效。"
                          for n in range(14))]


def test_a_metadata_row_after_the_texts_last_sentence_goes_but_not_one_inside_it() -> None:
    from scripts.clean.cruft import clean_lines
    for row in ("作者：佚名", "发布者：管理员", "字号：T|T"):
        tail = clean_lines([*LONG_SPEECH, "谢谢大家！", row])
        assert row not in tail.lines and "page-meta-fields" in [r.rule for r in tail.removals], row
        inside = clean_lines([*LONG_SPEECH, row, "谢谢大家！"])
        assert row in inside.lines, row


def test_a_time_stamp_under_the_text_is_no_signature_but_a_date_is() -> None:
    """A clock time makes a date under the text a site's stamp; a bare date closes the text as its date, whichever
    form its digits take (a date's role comes from where and how it stands, not from 年月日 or dashes)."""
    for stamp in ("2023-05-06 15:30:12", "2023年5月6日 15:30"):
        stamped = build_structure([*OPENING[1:], stamp])
        assert stamp not in [block.text for block in stamped.blocks], stamp
    for date in ("2023-05-06", "2023年5月6日"):
        assert [block.text for block in build_structure([*OPENING[1:], date]).blocks][-1] == date
    signed = build_structure([*OPENING[1:], "某某县人民政府", "2023年5月6日"])
    assert [block.text for block in signed.blocks][-2:] == ["某某县人民政府", "2023年5月6日"]


def test_a_profile_appended_after_the_text_goes_but_a_person_inside_it_stays() -> None:
    from scripts.clean.cruft import clean_lines
    profile = ["关于专家组：", "张三，男，1950年出生，某某县人，毕业于某某师范学院，中国共产党党员。",
               "1972年-1980年某某县第一中学任教师"]
    appended = clean_lines([*LONG_SPEECH, *profile])
    assert appended.lines == LONG_SPEECH
    assert [r.text for r in appended.removals if r.rule == "trailing-profile"] == profile
    inside = clean_lines([*LONG_SPEECH[:10], *profile, *LONG_SPEECH[10:]])
    assert profile[1] in inside.lines, "a profile followed by the text is part of it"
    mention = "李四，女，1980年出生，是全县第一位返乡创业的大学生，她的事迹值得大家学习。"
    assert mention in clean_lines([*LONG_SPEECH, mention]).lines, "one sentence about a person is no profile"


def test_teasers_under_the_text_go_but_a_text_cut_off_with_an_ellipsis_stays() -> None:
    from scripts.clean.cruft import clean_lines
    teasers = ["市长主持召开常务会议，研究部署下一阶段经济工作…", "全县秋粮收购工作全面展开，各收购点秩序井然..."]
    listed = clean_lines([*LONG_SPEECH, *teasers])
    assert listed.lines == LONG_SPEECH and [r.rule for r in listed.removals] == ["trailing-teasers"] * 2
    cut = "第十四项工作要认真抓好落实，确保……"
    assert clean_lines([*LONG_SPEECH, cut]).lines[-1] == cut


def test_a_known_label_without_its_colon_reads_with_the_value_on_the_next_line() -> None:
    from scripts.clean.cruft import clean_lines
    for cells in (["来源", "某某日报"], ["责任编辑", "张三"], ["浏览次数"], ["【发布时间】", "2023-05-06"]):
        result = clean_lines([*LONG_SPEECH, "谢谢大家！", *cells])
        assert result.lines[-1] == "谢谢大家！", cells
    heading = "来源于群众的智慧最宝贵"
    assert heading in clean_lines([*LONG_SPEECH, heading, "谢谢大家！"]).lines


def test_closing_wishes_without_a_full_stop_stay_but_a_headline_list_goes(tmp_path: Path) -> None:
    document = normalize_file(write(tmp_path, [*OPENING, "祝大家新年快乐", "谢谢大家"]), tmp_path)
    assert "祝大家新年快乐" in document.body and "谢谢大家" in document.body
    document = normalize_file(write(tmp_path, [*OPENING, "祝贺我县荣获全国文明城市称号", "县长调研秋收工作"]), tmp_path)
    assert "祝贺我县荣获全国文明城市称号" not in document.body


def test_a_summary_repeating_the_next_paragraph_goes_but_a_repeated_point_stays() -> None:
    from scripts.clean.cruft import clean_lines
    first = LONG_SPEECH[1]
    for echo in (first, f"摘要：{first[:20]}……", f"{first[:18]}...", f"{first}{LONG_SPEECH[2][:10]}…"):
        result = clean_lines([LONG_SPEECH[0], echo, *LONG_SPEECH[1:]])
        assert result.lines == LONG_SPEECH and [r.rule for r in result.removals] == ["summary-echo"], echo
    above_date = clean_lines([f"{first[:20]}…", "2023年5月6日", *LONG_SPEECH])
    assert above_date.lines[0] == "2023年5月6日", "a cut-off summary may stand a few lines above its paragraph"
    said_again = clean_lines([*LONG_SPEECH[:3], "我再强调一遍：", LONG_SPEECH[2], *LONG_SPEECH[3:]])
    assert said_again.lines.count(LONG_SPEECH[2]) == 2
    opening = f"{first[:18]}，这一点大家要记住。"
    assert opening in clean_lines([LONG_SPEECH[0], opening, *LONG_SPEECH[1:]]).lines


def test_a_second_copy_differing_only_in_white_space_goes() -> None:
    from scripts.clean.cruft import clean_lines
    spaced = [line.replace("工作", "工 作") for line in LONG_SPEECH[1:]]
    copied = clean_lines([*LONG_SPEECH, "谢谢大家！", "打印版", *spaced])
    assert copied.lines == [*LONG_SPEECH, "谢谢大家！"]
