"""A speaker whose family name is not in the surname list, or whose name has another shape (a compound family name,
a transliterated name with a middle dot), is found where the page sets the name in a place only a name takes;
non-names stay refused there. Made-up names and lines throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import (
    Head,
    body_then_name,
    byline,
    colon_speaker,
    is_bare_name,
    name_office_closing,
    name_office_delivering,
    office_name_delivering,
    placed_name,
    read_title_line,
)
from scripts.clean.pipeline import normalize_file
from tests.conftest import text_page


@pytest.mark.parametrize("name", ["笪立新", "仉文清", "眭红", "禚德明"])
def test_a_rare_family_name_is_a_name_only_where_placed(name: str) -> None:
    assert not is_bare_name(name)
    assert placed_name(name)


@pytest.mark.parametrize("run", ["五年", "专栏", "佚名", "要闻", "头条", "小编", "本站", "更多", "上一篇", "快讯",
                                 "寄语"])
def test_non_names_stay_refused_where_a_name_would_stand(run: str) -> None:
    assert not placed_name(run)


def test_a_name_cut_at_its_middle_dot_is_no_name() -> None:
    assert is_bare_name("买买提·艾力")
    assert not is_bare_name("买买提·")
    assert not placed_name("·艾力")


def test_an_office_before_a_rare_name_makes_a_byline() -> None:
    assert byline("县长 笪立新") == ("县长", "笪立新")
    assert byline("某某集团董事长仉文清") == ("某某集团董事长", "仉文清")
    assert byline("市长 专栏") is None


def test_a_headline_naming_a_rare_name_gives_the_speaker() -> None:
    head = Head()
    read_title_line("仉文清书记在全县秋季工作推进会上的讲话", head)
    assert (head.speaker, head.speaker_title) == ("仉文清", "书记")
    head = Head()
    read_title_line("笪立新在全县秋季工作推进会上的讲话", head)
    assert head.speaker == "笪立新"


def test_a_name_before_a_colon_opening_the_title() -> None:
    assert colon_speaker("眭红：坚定信心 奋力开创新局面") == ("", "眭红")
    assert colon_speaker("头条：全县秋季工作推进会召开") is None
    assert colon_speaker("五年：砥砺奋进的足迹") is None


def test_the_name_between_a_body_and_an_office_is_whole() -> None:
    assert name_office_closing("某某委投资司笪立新处长") == ("处长", "笪立新")
    assert name_office_closing("某某委投资司司马相远处长") == ("处长", "司马相远")


def test_a_compound_family_name_opening_a_lead_keeps_four_characters() -> None:
    assert name_office_delivering("欧阳明远县长今天上午出席全县秋季工作推进会，并发表讲话。") == ("县长", "欧阳明远")


def test_a_transliterated_name_after_an_office_or_a_body() -> None:
    assert byline("国务委员兼外交部长买买提·艾力") == ("国务委员兼外交部长", "买买提·艾力")
    assert body_then_name("外交部买买提·艾力") == ("", "买买提·艾力")
    assert office_name_delivering("9月2日晚，州长买买提·艾力在全州大会上发表视频致辞") == ("州长", "买买提·艾力")


def test_a_rare_name_alone_under_the_title_counts_when_the_page_names_that_person_again(tmp_path: Path) -> None:
    body = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
            "大家要坚定信心，真抓实干，推动各项工作取得新成效。{again}\n\n谢谢大家。\n")
    again = "在全县秋季工作推进会上的讲话\n\n笪立新\n\n" + body.format(again="我笪立新在这里向大家保证。")
    assert normalize_file(text_page(tmp_path, again), tmp_path).meta.get("speaker") == "笪立新"
    once = "在全县秋季工作推进会上的讲话\n\n笪立新\n\n" + body.format(again="")
    assert "speaker" not in normalize_file(text_page(tmp_path, once), tmp_path).meta
