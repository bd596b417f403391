"""What an account adds under a speech it reposts (eval/own23's web clips, rebuilt from made-up text): an
advertisement for its own course, section by section, and a postscript of its own under a 'PS:' line."""

from __future__ import annotations

from pathlib import Path

from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，公司经营稳中向好，主要指标好于预期，团队建设有力有效，各项业务和谐发展，成绩来之不易。"
MORE = "互联网最大的作用就是提升效率。一个公司没有效率，就没有未来；规模和速度的背后，是效率。"
SPEECH = ["# 在公司年会上的讲话", "", "各位同事：", "", PROSE, "", OTHER, "", MORE, "", PROSE, ""]
AD = ["## 课程特色", "", "某某咨询特邀两位资深高管莅临分享，结合企业实际，分享管理实践与思考。", "", "## 讲师简介", "",
      "李老师，二十年企业管理经验，先后担任人力资源部部长、干部部部长。", "", "## 报名信息", "",
      "学习费用：8800元/人", "", "加微信咨询", ""]


def cleaned(tmp_path: Path, lines: list[str]) -> str:
    return normalize_file(text_page(tmp_path, "\n".join(lines), "page.md"), tmp_path).body


def test_a_course_advertised_section_by_section_under_the_speech_goes(tmp_path: Path) -> None:
    body = cleaned(tmp_path, SPEECH + AD)
    assert "规模和速度的背后" in body
    assert not any(ad in body for ad in ("课程特色", "莅临分享", "讲师简介", "学习费用", "加微信咨询"))


def test_a_speech_naming_one_course_section_keeps_it(tmp_path: Path) -> None:
    """One section's word in the text (the speaker's own '课程特色' heading) is no advertisement."""
    body = cleaned(tmp_path, SPEECH + AD[:4] + [MORE, ""])
    assert "莅临分享" in body


def test_a_reposters_postscript_under_a_ps_line_goes(tmp_path: Path) -> None:
    body = cleaned(tmp_path, [*SPEECH, "PS:", "", "这篇讲话的核心观点其实很简单，就是实事求是。", ""])
    assert "规模和速度的背后" in body and "核心观点" not in body and "PS" not in body


def test_a_long_text_going_on_under_a_ps_line_is_kept(tmp_path: Path) -> None:
    """Nine paragraphs under the label, in the text's second half: the text goes on, not a postscript."""
    numbered = [line for number in "一二三四五六七八九十" for line in (f"第{number}，{PROSE}", "")]
    body = cleaned(tmp_path, SPEECH + numbered + ["PS:", ""] + numbered[:18])
    assert body.count("真抓实干") == 21 and "PS:" in body


def test_a_newspapers_closing_comment_is_no_postscript(tmp_path: Path) -> None:
    """'编后' over the paper's own comment closes the article it printed: kept."""
    comment = "当双方尚不能完全为自己的行为负责时，社会的引导就变得格外重要。"
    body = cleaned(tmp_path, [*SPEECH, "编后", "", comment, ""])
    assert "社会的引导" in body
