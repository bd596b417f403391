"""Shapes first seen on eval/own16's pages (opened in the seventeenth session), each rebuilt here from made-up text:
a school paper's year-end chronicle of events, each entry opening with its month after a bullet."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import name_office_closing
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import load_shapes, rejoin_hard_wrapped
from scripts.core.errors import InputError
from tests.conftest import text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"


@pytest.mark.parametrize("example", [
    "★ 2015年3月，在中层干部会议上，董事长提出要求。", "◆ 9月12日，学校举行开学典礼。",
    "10月下旬，学院召开教学工作会议。"])
def test_a_chronicle_entry_opens_with_its_month(example: str) -> None:
    assert load_shapes().chronicle_entry.match(example)


@pytest.mark.parametrize("keep", ["2015年，我们克服了重重困难。", "3月份以来，全县上下共同努力。",
                                  "今年3月，我们召开了全县大会。"])
def test_a_year_or_a_month_inside_a_sentence_opens_no_entry(keep: str) -> None:
    assert not load_shapes().chronicle_entry.match(keep)


def test_a_chronicle_of_the_years_events_is_refused(tmp_path: Path) -> None:
    """A year-end round-up ('★ 2015年3月，…' twelve times) lists events, not one speech: refused, saying so. A speech
    that dates a few of its paragraphs by month is one text."""
    entries = "".join(f"★ 2015年{month}月，学校召开第{month}次工作会议。{OTHER}\n\n" for month in range(1, 13))
    chronicle = f"# 2015年学校大事记盘点\n\n年末岁初，编辑部回顾一年来的大事。\n\n{entries}"
    with pytest.raises(InputError, match="12 dated entries, each opening with its month"):
        normalize_file(text_page(tmp_path, chronicle, "chronicle.md"), tmp_path)
    dated = "".join(f"{month}月，我们召开第{month}次工作会议。{OTHER}\n\n" for month in range(3, 9))
    rest = "".join(f"第{n}，{PROSE}\n\n" for n in "一二三四五六七")
    speech = f"# 在全县总结大会上的讲话\n\n同志们：\n\n{PROSE}\n\n{dated}{rest}"
    assert normalize_file(text_page(tmp_path, speech, "speech.md"), tmp_path).meta["title"] == "在全县总结大会上的讲话"


def test_a_news_lead_reposting_a_signed_article_goes_and_names_its_writer(tmp_path: Path) -> None:
    """'某某网北京5月4日消息 驻某国大使张某明在某某日报撰文指出：…' over the article: the medium's lead is not the
    article, and it names the article's writer; the repost's source glued after the last sentence goes too."""
    page = (f"# 驻某国大使张某明：两国关系有三点值得关注\n\n"
            f"某某网北京5月4日消息 中国驻某国大使张某明在某某日报撰文指出：两国关系有三点值得关注。\n\n"
            f"{PROSE}\n\n{OTHER}\n\n我们期待访问取得圆满成功。(本文来源：某某网 )\n")
    document = normalize_file(text_page(tmp_path, page, "repost.md"), tmp_path)
    assert "撰文" not in document.body and "本文来源" not in document.body
    assert document.body.rstrip().endswith("我们期待访问取得圆满成功。")
    assert document.meta["speaker"] == "张某明"


def test_a_web_address_filling_a_wrapped_dumps_column_is_not_glued_to_the_title_under_it() -> None:
    """A text dump wrapped at one width opens with the page's address, as long as the column, over the title: the
    address is whole, so the title stays a line of its own; the wrapped paragraph under them is joined."""
    text = (PROSE + OTHER) * 2
    width = 30
    wrapped = [text[i:i + width] for i in range(0, len(text), width)]
    address = "https://news.example.com/19/0626/abcdefg.html"[:width]
    lines = [address, "某某官员介绍某某工作成就", *wrapped]
    joined = rejoin_hard_wrapped(lines)
    assert joined[:2] == [address, "某某官员介绍某某工作成就"]
    assert joined[2] == text


def test_an_office_line_over_a_name_line_is_a_byline_not_the_title(tmp_path: Path) -> None:
    """'中共中央某某委员、某某办公室主任' over '禤某强' under the speech's headline and its delivery note: the two lines
    are the speaker's byline (a name no list of family names holds, placed under an office), never the title; the
    delivery date above them dates the speech."""
    page = (f"# 禤某强在某某安全会议上的主旨演讲\n\n倡导国际合作\n\n——在某某安全会议上的主旨演讲\n\n"
            f"（2019年2月16日，慕尼黑）\n\n中共中央某某委员、某某办公室主任\n\n禤某强\n\n尊敬的主席先生，女士们，先生们：\n\n"
            f"{PROSE}\n\n{OTHER}\n")
    document = normalize_file(text_page(tmp_path, page, "speech.md"), tmp_path)
    assert document.meta["speaker"] == "禤某强"
    assert str(document.meta["date"]) == "2019-02-16"
    assert "办公室主任" not in document.meta["title"]


def test_a_compound_family_name_opens_the_name_before_an_office_in_a_title() -> None:
    """'…年会欧阳晓远总经理的讲话': the name is 欧阳晓远, not 阳晓远; a department's name closing with 司 before a
    shorter name still parts it ('…投资司马某处长': 马某)."""
    assert name_office_closing("某某公司2015年年会欧阳晓远总经理") == ("总经理", "欧阳晓远")
    assert name_office_closing("国家某某委投资司马某处长") == ("处长", "马某")
