"""A reader tool's Markdown dump ('Title: …', 'URL Source: …', 'Published Time: …', 'Markdown Content:', the
page's Markdown) gives its header as fields, and a 来源 row over a short speech is no footer even when the dump's
header lines outweigh the speech. Every input is made up."""

from __future__ import annotations

from pathlib import Path

from scripts.clean.cruft import CleanResult, cut_footer, load_rules
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page

SPEECH = ["同志们：",
          "今天，我们召开全县招商引资工作推进会，目的是进一步统一思想，明确任务，推动招商引资工作取得新突破。",
          "各乡镇各部门要紧盯重点项目，强化跟踪服务，推动项目早落地、早投产、早见效。",
          "同志们，让我们以更加昂扬的斗志，推动全县招商引资工作再上新台阶！"]
BODY = ["[首页](https://www.example.com/) [要闻](https://www.example.com/yw) [登录](https://www.example.com/login)",
        "# 县长张某明在全县招商引资工作推进会上的讲话", "2021-05-06 09:30 来源：某某县人民政府", *SPEECH,
        "[上一篇：全县春耕生产工作会议召开](https://www.example.com/1)", "Copyright © 2021 某某县人民政府 版权所有"]
HEADER = ["Title: 县长张某明在全县招商引资工作推进会上的讲话_某某县人民政府", "",
          "URL Source: https://www.example.gov.cn/art/2021/5/6/art_1_2.html", "",
          "Published Time: 2021-05-06T09:30:00+08:00", "", "Markdown Content:"]


def test_a_reader_tool_s_dump_gives_its_header_as_fields_and_keeps_the_speech(tmp_path: Path) -> None:
    page = text_page(tmp_path, "\n".join([*HEADER, *"\n\n".join(BODY).split("\n")]) + "\n", "page.md")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "县长张某明在全县招商引资工作推进会上的讲话"
    assert document.meta["source"]["url"] == "https://www.example.gov.cn/art/2021/5/6/art_1_2.html"
    assert str(document.meta["published"]) == "2021-05-06"
    assert all(line in document.body for line in SPEECH)
    assert "URL Source" not in document.body and "首页" not in document.body


def test_a_source_row_over_more_prose_than_it_closes_starts_no_footer() -> None:
    header = ["Title: 县长张某明在全县招商引资工作推进会上的讲话",
              "URL Source: https://www.example.gov.cn/art/2021/5/6/art_1_2.html?channel=ldjh&from=index&page=1",
              "Published Time: 2021-05-06T09:30:00+08:00",
              "Description: " + "县长张某明在全县招商引资工作推进会上讲话" * 6]
    lines = [*header, "2021-05-06 09:30 来源：某某县人民政府", *SPEECH]
    result = CleanResult(lines=list(lines))
    cut_footer(result, [rule for rule in load_rules() if rule.kind == "cut"])
    assert result.lines == lines


def test_a_source_row_under_the_text_still_cuts_what_follows() -> None:
    lines = [*SPEECH, "来源：某某县人民政府", "相关新闻：全县春耕生产工作会议召开"]
    result = CleanResult(lines=list(lines))
    cut_footer(result, [rule for rule in load_rules() if rule.kind == "cut"])
    assert result.lines == SPEECH
