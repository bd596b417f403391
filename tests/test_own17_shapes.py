"""Shapes first seen on eval/own17's pages (opened in the eighteenth session), each rebuilt here from made-up text:
a paper's edition line run into the article, captions left without their pictures, an editor's long lead over the
announced full text, a transcript labelled once at its start, a template's hidden second headline."""

from __future__ import annotations

from pathlib import Path

from scripts.clean.metadata import colon_speaker, reworded, same_headline
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import Block, label_short_lines, load_shapes
from tests.conftest import text_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"


def test_a_papers_edition_line_run_into_the_article_dates_it_and_goes(tmp_path: Path) -> None:
    """A crawler of a paper's digital edition writes the headline, the writer and then the edition line with the
    first paragraph after it on one line: the line goes, the paper is the source, its day the publication date."""
    page = (f"饮水思源 共创未来\n张某明\n《 某某日报 》（ 2015年01月16日   03 版）\u3000\u3000{PROSE}\n\n"
            f"\u3000\u3000{OTHER}\n\n"
            f"\u3000\u3000{PROSE}\n\n\u3000\u3000（作者为中国驻某国大使张某明）\n")
    document = normalize_file(text_page(tmp_path, page, "edition.txt"), tmp_path)
    assert "版）" not in document.body and document.body.lstrip().startswith(PROSE)
    assert str(document.meta["published"]) == "2015-01-16" and document.meta["source"]["name"] == "某某日报"


def test_captions_left_without_their_pictures_go_though_they_end_a_run(tmp_path: Path) -> None:
    """A run of short lines under a report, each naming someone doing something (the pictures are gone): the last
    two are no title pair when both read as captions ('某某董事长发表重要讲话', '某某主持会议')."""
    captions = ["张某总裁作工作报告", "李某董事宣读表彰决定", "先进单位代表发言", "张某某董事长发表重要讲话",
                "刘某某总裁助理主持会议"]
    page = "# 集团年度工作会议召开\n\n" + f"{PROSE}\n\n" + "\n\n".join(captions) + f"\n\n{OTHER}\n\n{PROSE}\n"
    document = normalize_file(text_page(tmp_path, page, "captions.md"), tmp_path)
    assert not any(caption in document.body for caption in captions)
    assert OTHER in document.body


def test_a_title_pair_between_a_speechs_sections_stays() -> None:
    """Two short lines that describe nothing in a picture still head a section: '第一部分' over its topic."""
    blocks = [Block("paragraph", PROSE), Block("paragraph", "第一部分"), Block("paragraph", "坚持稳中求进"),
              Block("paragraph", OTHER)]
    labelled = label_short_lines(blocks, load_shapes(), [])
    assert [block.kind for block in labelled] == ["paragraph", "heading", "heading", "paragraph"]


def test_a_long_lead_over_an_announced_address_is_the_editors(tmp_path: Path) -> None:
    """An editor's digest of the talk, its points in the speech's words, over '以下是全文：' and the salutation: the
    speech begins at the salutation. A report of several paragraphs over the full text lists no points and stays."""
    speech = "".join(f"第{n}，{PROSE}\n\n" for n in "一二三四五")
    lead = (f"近日，某某院士在一次会议上谈及行业发展的问题。{OTHER}\n\n两条建议：\n\n"
            "一、要坚定信心，真抓实干；\n\n二、各级各部门要认真抓好落实。\n\n")
    page = f"# 张某明院士：补贴不能再这样下去\n\n{lead}以下是全文：\n\n各位同志，{PROSE}\n\n{speech}"
    document = normalize_file(text_page(tmp_path, page, "lead.md"), tmp_path)
    assert document.body.lstrip().startswith("各位同志") and "以下是全文" not in document.body
    assert document.meta["speaker"] == "张某明"
    towns = ("东山", "西河", "南坪", "北岭", "中和", "新桥", "长安", "永丰")
    report = "".join(f"{town}镇：{OTHER}\n\n" for town in towns)
    page = f"# 全县大会召开\n\n{report}以下是全文：\n\n同志们，{PROSE}\n"
    assert OTHER in normalize_file(text_page(tmp_path, page, "report.md"), tmp_path).body
    news = (f"行政长官今早出席升旗仪式及酒会并致辞，她说要坚定信心。{OTHER}\n\n"
            "今早升旗仪式以雨天方案举行，嘉宾在大会堂观看。\n\n")
    page = f"# 长官：要坚定信心\n\n{news}以下是长官今早发言全文：\n\n各位嘉宾，{PROSE}\n\n{speech}"
    assert "升旗仪式以雨天方案举行" in normalize_file(text_page(tmp_path, page, "news.md"), tmp_path).body


def test_an_academician_named_before_a_colon_is_the_speaker() -> None:
    assert colon_speaker("张某明院士：电动汽车补贴不能再这样下去") == ("院士", "张某明")


def test_a_transcript_labelled_once_at_its_start_names_its_speaker(tmp_path: Path) -> None:
    page = f"# 张某明观点：房地产市场不会崩盘\n\n张某明：非常高兴参加本届论坛。{PROSE}\n\n{OTHER}\n\n{PROSE}\n"
    assert normalize_file(text_page(tmp_path, page, "forum.md"), tmp_path).meta["speaker"] == "张某明"
    dialogue = f"# 对话\n\n张某明：{PROSE}\n\n李某：{OTHER}\n\n张某明：{PROSE}\n"
    assert normalize_file(text_page(tmp_path, dialogue, "dialogue.md"), tmp_path).meta.get("speaker") != "张某明"


def test_a_headline_the_title_element_rewords_is_still_the_page_headline() -> None:
    """A <title> may add a word to the headline the page shows ('部长亲自答疑解惑…' over '部长答疑解惑…'); the
    page's headline is its title part still, not a second heading holding the site's name."""
    shown = "移民部长答疑解惑：关于居民签证，这些信息你需要知道"
    titled = "移民部长亲自答疑解惑：关于居民签证，这些信息你需要知道"
    assert same_headline(shown, titled) and reworded(shown, titled)
    assert not same_headline("县长答疑解惑", "县长亲自答疑解惑")  # short headlines: a word changed is another headline
    assert not same_headline("在全县经济工作会议上的讲话", "在全县农村工作会议上的讲话")
