"""Unit tests for paragraphs, headings, spacing and punctuation (scripts/clean/structure.py)."""

from __future__ import annotations

import pytest
import yaml

from scripts.clean.structure import (
    RULES_FILE,
    build_structure,
    closing_signature_blocks,
    load_shapes,
    normalize_punctuation,
    normalize_spacing,
    normalize_text,
)
from tests.conftest import case_params

PROSE = "这是一段完整的讲话内容，讲的是推动高质量发展的各项工作，必须认真抓好落实，确保取得实效。"


def blocks_of(lines: list[str]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in build_structure(["同志们：", *lines]).blocks][1:]


@pytest.mark.parametrize(("raw", "clean"), [
    ("刚刚过去的 2020 年，增幅达到 44.1%和 78.2%", "刚刚过去的2020年，增幅达到44.1%和78.2%"),
    ("全市工业和信息化暨 国资监管工作会议", "全市工业和信息化暨国资监管工作会议"),
    ("有序推进 5G 网络建设，加快 IPv6 规模部署", "有序推进5G网络建设，加快IPv6规模部署"),
    ("see https://www.gov.cn/a b and Material for MkDocs", "see https://www.gov.cn/a b and Material for MkDocs"),
    ("(一 ) 引言", "(一)引言"),
    ("see (Material for MkDocs) now", "see (Material for MkDocs) now"),
])
def test_spacing(raw: str, clean: str) -> None:
    assert normalize_spacing(raw) == clean


@pytest.mark.parametrize(("raw", "clean"), [
    ("同志们:这次会议,是一次重要会议;大家说好不好?好!", "同志们：这次会议，是一次重要会议；大家说好不好？好！"),
    ("X原(X)创新促进中心", "X原（X）创新促进中心"),
    ("增长6.5%,比全省高出2.6个百分点", "增长6.5%，比全省高出2.6个百分点"),
    ("发布时间 2022-09-13 10:10:54", "发布时间 2022-09-13 10:10:54"),
    ("力争在1-2年内突破1,000亿元", "力争在1-2年内突破1,000亿元"),
    ("访问https://www.gov.cn查询", "访问https://www.gov.cn查询"),
    ("Hello, world (test): ok!", "Hello, world (test): ok!"),
])
def test_punctuation(raw: str, clean: str) -> None:
    assert normalize_punctuation(raw) == clean


def test_normalizing_is_idempotent_on_examples() -> None:
    for text in ["刚刚过去的 2020 年", "同志们:好!", "X原(X)中心", "5G 网络"]:
        once = normalize_text(text)
        assert normalize_text(once) == once


def test_pdf_page_break_joined_but_heading_not_glued() -> None:
    lines = ["对于安康来讲，“十四五”追赶超越、绿色崛起的实", "", "践道路上，必须始终坚持创新驱动。", "",
             "第一，要突出科技创新，壮大产业发展核心引擎", "", "科技创新是创新之首、核心所在。"]
    assert blocks_of(lines) == [
        ("paragraph", "对于安康来讲，“十四五”追赶超越、绿色崛起的实践道路上，必须始终坚持创新驱动。"),
        ("heading", "第一，要突出科技创新，壮大产业发展核心引擎"),
        ("paragraph", "科技创新是创新之首、核心所在。")]


def test_run_in_heading_split_at_full_stop() -> None:
    blocks = blocks_of(["第一，要坚定信心、保持定力，夯实工业在经济发展中的主导地位。工业是国民经济的主导。"])
    assert blocks == [("heading", "第一，要坚定信心、保持定力，夯实工业在经济发展中的主导地位"),
                      ("paragraph", "工业是国民经济的主导。")]


def test_run_on_heading_cut_by_parallel_clauses() -> None:
    blocks = blocks_of(["第二，突出企业主体，提升创新动能企业是科技与产业、经济紧密结合的重要载体。"])
    assert blocks == [("heading", "第二，突出企业主体，提升创新动能"),
                      ("paragraph", "企业是科技与产业、经济紧密结合的重要载体。")]


def test_points_stay_paragraphs() -> None:
    blocks = blocks_of(["一是以企业为主体，提升创新能力。大力支持企业创新。", "二要强化要素保障。加强政策研究。"])
    assert [kind for kind, _ in blocks] == ["paragraph", "paragraph"]


def test_subsection_heading_levels() -> None:
    structure = build_structure(["同志们：", "一、总体要求", PROSE, "（一）指导思想", PROSE, "（二）基本原则。", PROSE])
    assert [(b.text, b.rank) for b in structure.blocks if b.kind == "heading"] == [
        ("一、总体要求", 1), ("（一）指导思想", 2), ("（二）基本原则", 2)]


def test_run_on_page_split_into_paragraphs() -> None:
    run_on = ("这次会议很重要。" * 60 + "下面，我讲三点意见：第一，提高认识，统一思想。" + "要认真学习。" * 60
              + "一要抓好落实。" + "要认真学习。" * 40 + "同志们，让我们共同努力！")
    blocks = blocks_of([run_on])
    texts = [t for _, t in blocks]
    assert ("heading", "第一，提高认识，统一思想") in blocks
    assert any(t.startswith("一要抓好落实。") for t in texts)
    assert texts[-1].startswith("同志们，让我们共同努力")
    assert "".join(texts).replace("第一，提高认识，统一思想", "第一，提高认识，统一思想。") == run_on


def test_title_glued_to_salutation_goes_to_head() -> None:
    line = "市长在全市大会上的讲话同志们:今天召开大会，主要任务是部署今年的工作，大家要认真抓好落实。"
    structure = build_structure([line])
    assert structure.head == ["市长在全市大会上的讲话"]
    assert structure.blocks[0].text == "同志们："


@pytest.mark.parametrize("salutation", ["各位某某市民：", "各位参议员先生，", "全国同胞们：", "各位师生：",
                                        "弟兄姊妹们平安！", "主内弟兄姐妹们：", "大家平安！"])
def test_an_address_to_the_public_opens_the_text(salutation: str) -> None:
    """The speaker names the people addressed; the salutation is the text's first line, not a head line."""
    structure = build_structure(["市长新年致辞", salutation, PROSE, PROSE])
    assert structure.blocks[0].text.startswith(salutation) and structure.addresses_audience


@pytest.mark.parametrize("line", ["我们要团结全国同胞们，共同奋斗。", "请各位认真学习，抓好落实。",
                                  "值此新春佳节之际，我谨代表公司向关心支持我们的各位领导、各界朋友表示衷心的感谢，"
                                  "并致以节日的问候！"])
def test_a_sentence_naming_people_is_not_a_salutation(line: str) -> None:
    structure = build_structure(["同志们：", line, PROSE])
    assert line in [block.text for block in structure.blocks]


def test_caption_removed_parallel_headings_kept() -> None:
    lines = [PROSE, "", "必须坚持党的领导", "", PROSE, "", "必须坚持人民至上", "", PROSE, "",
             "市长在项目现场调研", "", PROSE]
    structure = build_structure(["同志们：", *lines])
    headings = [b.text for b in structure.blocks if b.kind == "heading"]
    assert headings == ["必须坚持党的领导", "必须坚持人民至上"]
    assert [r.text for r in structure.removals if r.rule == "photo-caption"] == ["市长在项目现场调研"]


def test_short_lines_a_line_announces_are_its_list() -> None:
    """Names under '…名单：' are the list it announces: neither captions (a unit's name may hold a caption cue
    word) nor title lines, and the page's other short lines are read as before."""
    units = ["某某县城关镇社区服务中心", "某某市经济开发区管委会", "某某县农业农村局", "某某县文化广电旅游体育局"]
    lines = [PROSE, "", "参加会议的单位名单：", "", *[part for unit in units for part in (unit, "")], PROSE, "",
             "市长在项目现场调研", "", PROSE]
    structure = build_structure(["同志们：", *lines])
    assert [text for kind, text in [(b.kind, b.text) for b in structure.blocks] if text in units] == units
    assert all(b.kind == "paragraph" for b in structure.blocks if b.text in units)
    assert [r.text for r in structure.removals if r.rule == "photo-caption"] == ["市长在项目现场调研"]


def test_lone_unnumbered_heading_is_kept_not_dropped() -> None:
    structure = build_structure(["同志们：", PROSE, "坚持改革不停步", PROSE])
    assert ("heading", "坚持改革不停步") in [(b.kind, b.text) for b in structure.blocks]


def test_subheadings_of_a_sectioned_document_are_no_captions() -> None:
    """A report divided into numbered sections, with short unnumbered subheadings all through it (two of them together
    under a section's heading), keeps every subheading: a news page's captions are a few."""
    lines = [PROSE]
    for number, section in enumerate(("一、农业", "二、工业", "三、服务业")):
        lines += ["", section, "", f"第{number + 1}项总体目标", "", f"第{number + 1}项具体举措", "", PROSE,
                  "", f"第{number + 1}项保障措施", "", PROSE, "", f"第{number + 1}项组织领导", "", PROSE]
    structure = build_structure(["同志们：", *lines])
    headings = [b.text for b in structure.blocks if b.kind == "heading"]
    assert "第2项总体目标" in headings and "第3项保障措施" in headings
    assert not [r for r in structure.removals if r.rule == "photo-caption"]


def test_a_line_heading_each_of_several_sections_is_no_caption() -> None:
    """On a page with a title pair (which makes its single short lines captions), the same short line standing
    between paragraphs before each expert's remarks heads those sections; the one caption still goes."""
    lines = [PROSE, "", "全县秋收工作综述", "", "秋收秋种两不误", "", PROSE]
    for _ in range(3):
        lines += ["", "专家点评", "", PROSE]
    lines += ["", "市长在项目现场调研", "", PROSE]
    structure = build_structure(["同志们：", *lines])
    assert [b.text for b in structure.blocks if b.kind == "heading"].count("专家点评") == 3
    assert [r.text for r in structure.removals if r.rule == "photo-caption"] == ["市长在项目现场调研"]


def test_a_flattened_tables_numbered_cells_are_no_captions() -> None:
    """A table printed one cell a line (each row's name, a person, then its subjects '1、…' '2、…' '3、…') between
    paragraphs is a list: every cell stays, none is read as a caption or a title line."""
    rows = [part for major in ("甲专业", "乙专业") for part in (major, "张三", "1、外语", f"2、{major}概论", "3、综合")]
    lines = [PROSE, "", *[part for cell in rows for part in (cell, "")], PROSE]
    structure = build_structure(["同志们：", *lines])
    assert [b.text for b in structure.blocks if b.text in rows] == rows
    assert not [r for r in structure.removals if r.rule == "photo-caption"]


def test_a_flattened_tables_label_and_value_cells_are_no_captions() -> None:
    """Each park's name over its fields ('成人票：30元', '电话：…'), one a line, between paragraphs: the table's cells
    stay, even on a page whose title pair makes single short lines captions."""
    parks = [part for park, price in (("甲公园", 30), ("乙公园", 60))
             for part in (f"{park}门票优惠", f"成人票：{price}元", "儿童票：免费", f"电话：1234{price}")]
    lines = [PROSE, "", "全市公园门票优惠一览", "", "春节期间门票半价", "", PROSE, "",
             *[part for cell in parks for part in (cell, "")], PROSE]
    structure = build_structure(["同志们：", *lines])
    assert [b.text for b in structure.blocks if b.text in parks] == parks
    assert not [r for r in structure.removals if r.rule == "photo-caption"]


def test_paired_title_lines_and_caption_before_them() -> None:
    lines = [PROSE, "", "高质量发展中的城市面貌", "", "发展为要项目为王", "", "以高质量项目引领高质量发展", "", PROSE]
    structure = build_structure(["同志们：", *lines])
    assert [(b.text, b.rank) for b in structure.blocks if b.kind == "heading"] == [
        ("发展为要项目为王", 1), ("以高质量项目引领高质量发展", 2)]
    assert [r.text for r in structure.removals] == ["高质量发展中的城市面貌"]


def test_semicolon_lines_rejoined_but_points_separate() -> None:
    lines = ["我们咬住经济发展目标不放松，固定资产投资实现两位数增长；", "我们紧抓科技创新不动摇。", "",
             "一要培育主导产业；", "二要健全产业机制。"]
    assert blocks_of(lines) == [
        ("paragraph", "我们咬住经济发展目标不放松，固定资产投资实现两位数增长；我们紧抓科技创新不动摇。"),
        ("paragraph", "一要培育主导产业；"), ("paragraph", "二要健全产业机制。")]


def test_tail_author_note_leaves_the_body() -> None:
    structure = build_structure(["同志们：", PROSE, "", "(作者系某市市长)"])
    assert structure.tail_notes == ["作者系某市市长"]
    assert all("作者系" not in b.text for b in structure.blocks)


def test_trailing_link_list_dropped_signature_kept() -> None:
    structure = build_structure(["同志们：", PROSE, "市政府召开第12次常务会议", "全市安全生产工作会议召开",
                                 "中共某某市委员会", "2023年5月6日"])
    texts = [b.text for b in structure.blocks]
    assert texts[-2:] == ["中共某某市委员会", "2023年5月6日"]
    assert [r.text for r in structure.removals if r.rule == "trailing-site-text"] == [
        "市政府召开第12次常务会议", "全市安全生产工作会议召开"]


def test_a_poem_the_speaker_announces_closes_the_text() -> None:
    """A closing run of short lines under a title the paragraph above names in 《》 is the poem read out, not the
    site's link list; without the announcement the same lines are a link list."""
    poem = ["山高水长情意在", "春风化雨润心田", "此时此刻再相聚", "共祝家乡更美好"]
    announcing = "最后，我用一首《家乡情》的诗，向大家表达心意。"
    announced = build_structure(["同志们：", PROSE, announcing, "家乡情", *poem, "张某某"])
    assert [b.text for b in announced.blocks][-5:-1] == poem
    unannounced = build_structure(["同志们：", PROSE, "最后，我向大家表达心意。", "家乡情", *poem, "张某某"])
    assert not any(b.text in poem for b in unannounced.blocks)


def test_translation_paragraph_is_not_glued_to_the_chinese_one() -> None:
    """Bilingual pages put an English paragraph after each Chinese one; a change of script ends the paragraph
    even when the English line ends with ':' or '.', which a Chinese text would not use as a full stop."""
    structure = build_structure(["同志们：", "在新的一年里，我们要继续努力奋斗，推动各项事业不断向前发展。",
                                 "In the new year we will keep working hard to move every cause forward:",
                                 "我们要坚定信心，真抓实干，把各项任务落到实处，努力实现全年目标任务。"])
    texts = [block.text for block in structure.blocks]
    assert any(text.startswith("In the new year") and text.endswith("forward:") for text in texts)
    assert any(text.startswith("我们要坚定信心") for text in texts)


def test_name_and_office_signature_closing_the_text_stays() -> None:
    lines = ["各位家长：", "圣诞节快将来临，希望各位同学善用时间，在家里积极学习，注意健康，保重身体！",
             "陳嘉文校長", "二零一三年十二月二日"]
    assert [text for _, text in blocks_of(lines)][-2:] == ["陳嘉文校長", "二零一三年十二月二日"]


def test_text_starts_at_the_salutation_after_its_own_title_block() -> None:
    """A blog or portal reposting a speech writes a line of its own above the speech's title block; the
    text starts at the salutation, and the title block (dated subtitle, office and name) is the head."""
    lines = ["我看了之后都觉着头晕，可想而知，好官确实不好当啊。", "", "政府工作报告", "",
             "——2019年3月5日在第十三届全国人民代表大会第二次会议上", "", "国务院总理　李克强", "",
             "各位代表：", "", "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。"]
    structure = build_structure(lines)
    assert structure.head[0].startswith("我看了之后") and "国务院总理李克强" in structure.head
    assert structure.blocks[0].text == "各位代表："


def test_data_table_rows_stay_paragraph_lines() -> None:
    lines = ["各位家长：", "", "本校学生成绩卓越，到目前为止已获得不少奖项，详情如下：", "", "班别 | 姓名 | 成绩", "",
             "6D | 邓淑湞 | 季军", "", "4C | 陈慧荞 | 亚军", "", "此外，获得优异成绩的学生共有26人，全赖老师的训练。"]
    assert [b for b in blocks_of(lines) if "|" in b[1]] == [
        ("paragraph", "班别 | 姓名 | 成绩"), ("paragraph", "6D | 邓淑湞 | 季军"), ("paragraph", "4C | 陈慧荞 | 亚军")]


def test_headline_list_headings_closing_the_page_are_no_signature() -> None:
    """Each 2-4 character heading would pass for a signature's name; two or more headline-list headings in the
    closing run make it the portal's (list_headings in structure.yml). A body, a name and a date stay."""
    structure = build_structure(["同志们：", PROSE, "重点推荐", "证券要闻", "行业动态", "公司新闻"])
    assert [b.text for b in structure.blocks][-1] == PROSE
    signed = build_structure(["同志们：", PROSE, "某某新闻中心", "张三", "2023年5月6日"])
    assert [b.text for b in signed.blocks][-3:] == ["某某新闻中心", "张三", "2023年5月6日"]


def test_an_authors_note_glued_to_the_last_sentence_is_a_tail_note() -> None:
    """'…。（作者张三系某某智库研究员）' closing the last paragraph leaves the text for the tail notes, where the
    author's-note step reads it; the same bracket inside the text stays."""
    structure = build_structure(["同志们：", PROSE, f"{PROSE}（作者张三系某某智库研究员）"])
    assert structure.tail_notes == ["作者张三系某某智库研究员"]
    assert structure.blocks[-1].text == PROSE
    inside = build_structure(["同志们：", f"{PROSE}（作者张三系某某智库研究员）", PROSE])
    assert inside.tail_notes == []


SPOKEN_PHRASES = ["我今天来看看大家", "到了这个年纪的时候", "我就想起当年的事情", "那时候我们条件很差",
                  "所以大家都很辛苦", "实验室只有两间平房", "但是没有一个人叫苦", "后来我们把设备搞出来了",
                  "你们现在的条件好多了", "我希望你们珍惜啊", "谢谢大家"]


def test_a_transcript_printed_one_phrase_per_line_is_the_text() -> None:
    """Informal remarks printed one spoken phrase per line, no punctuation at the line ends: the whole run is the
    text (spoken_phrases in structure.yml), from its first phrase; the title and byline above stay the head, no
    phrase is glued to the next, taken for a heading or a caption, or dropped as the site's closing links."""
    lines = [line for phrase in SPOKEN_PHRASES for line in (phrase, "")]
    structure = build_structure(["视察某某研究所", "", "作者 张某某", "", *lines])
    assert structure.head == ["视察某某研究所", "作者张某某"]
    assert [(b.kind, b.text) for b in structure.blocks] == [("paragraph", text) for text in SPOKEN_PHRASES]
    assert not structure.removals


def test_a_menu_or_headline_list_is_no_spoken_transcript() -> None:
    """Eight or more short lines that name things and events (a menu, a headline list) read as no speech: the
    closing run is still the site's link list, the lines above the text still the head."""
    headlines = ["市政府召开第12次常务会议", "全市安全生产工作会议召开", "我市举行重点项目集中开工仪式",
                 "市领导调研秋收工作", "全市招商引资推进会召开", "其他工作动态", "市场监管局开展专项检查",
                 "科技创新大会在市会议中心举行"]
    structure = build_structure(["同志们：", PROSE, *headlines])
    assert [b.text for b in structure.blocks][-1] == PROSE
    assert [r.text for r in structure.removals if r.rule == "trailing-site-text"] == headlines
    menu = ["首页", "政务公开", "新闻中心", "办事服务", "互动交流", "专题专栏", "数据发布", "走进本市"]
    assert build_structure([*menu, "同志们：", PROSE]).head == menu


SPOKEN = [{"name": "spoken_phrases", **yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["spoken_phrases"]}]


@pytest.mark.parametrize(("entry", "example"), case_params(SPOKEN, "examples", RULES_FILE.name))
def test_spoken_phrase_markers_match_their_examples(entry: dict, example: str) -> None:
    assert load_shapes().spoken.match(example)


@pytest.mark.parametrize(("entry", "keep"), case_params(SPOKEN, "keep", RULES_FILE.name))
def test_no_spoken_marker_in_a_headline_or_menu(entry: dict, keep: str) -> None:
    assert not load_shapes().spoken.match(keep)


def test_a_headline_ending_like_a_sentence_stays_the_head_over_its_timed_stamp() -> None:
    """A headline may end with '!'; the timed stamp right under it ('某某客户端 2024-03-12 15:35:47') makes it the
    head's title, and the text starts after the stamp. A stamp dated by the day alone is no such stamp."""
    headline = "这场演出，唱出了乡村振兴的“精气神”！"
    structure = build_structure(["登录", headline, "某某日报客户端 2024-03-12 15:35:47", PROSE, PROSE])
    assert structure.head == ["登录", headline, "某某日报客户端2024-03-12 15:35:47"]
    assert [b.text for b in structure.blocks] == [PROSE, PROSE]
    assert build_structure(["登录", headline, "2024年3月12日", PROSE]).blocks[0].text == headline


def test_a_menu_of_first_person_items_or_a_comment_list_is_no_spoken_transcript() -> None:
    """A portal's 互动 menu ('我要咨询', '我要投诉' …) names pages in a word; a few short comments under an article are
    not most of the page: neither is read as a phrase-per-line transcript."""
    menu = ["我要咨询", "我要投诉", "我要建议", "我要写信", "你问我答", "我要查询", "我要办事", "我要评价"]
    assert build_structure([*menu, "同志们：", PROSE]).head == menu
    comments = ["我觉得说得很好啊", "你们辛苦了真不容易", "他讲得太实在了吧", "我们都要好好学习",
                "大家一起加油干吧", "说到我心坎里了呢", "你说的完全正确啊", "我也支持这个做法"]
    structure = build_structure(["同志们：", PROSE, PROSE, PROSE, PROSE, PROSE, *comments])
    assert [b.text for b in structure.blocks][-1] == PROSE


def test_a_transcript_under_a_long_menu_is_still_the_text() -> None:
    """The share a phrase-per-line transcript must hold is of the page's text (its phrases and prose), not of its
    menus and head lines, which a saved page may keep in numbers."""
    menu = [f"栏目{number}" for number in range(60)]
    lines = [*menu, "视察某某研究所", *SPOKEN_PHRASES]
    assert [b.text for b in build_structure(lines).blocks] == SPOKEN_PHRASES


def test_a_single_headline_list_heading_closing_the_page_is_no_signers_name() -> None:
    """'影音新闻' under the text would pass for a 2-4 character name; it is a column's heading (list_headings)."""
    structure = build_structure(["同志们：", PROSE, "影音新闻"])
    assert [b.text for b in structure.blocks][-1] == PROSE
    assert build_structure(["同志们：", PROSE, "张三"]).blocks[-1].text == "张三"


def test_a_menu_of_short_words_closing_the_page_is_no_signature() -> None:
    """Each of '公司简介', '企业文化' … would pass for a signer's name; more of them than a signature's one or two names
    make the closing run a menu. A body with two names and a date stays, and so do the wishes after '祝大家'."""
    menu = ["关于我们", "公司简介", "企业文化", "组织架构", "联系我们"]
    assert [b.text for b in build_structure(["同志们：", PROSE, *menu]).blocks][-1] == PROSE
    signed = ["中共某某市委员会", "张三", "李四", "2023年5月6日"]
    assert [b.text for b in build_structure(["同志们：", PROSE, *signed]).blocks][-4:] == signed
    wishes = ["最后祝大家", "新年快乐", "万事如意", "阖家幸福"]
    assert [b.text for b in build_structure(["同志们：", PROSE, *wishes]).blocks][-4:] == wishes


@pytest.mark.parametrize("lead", ["最后谨祝各位校友", "最後謹祝各位來賓", "敬祝各位老师"])
def test_a_short_line_leading_into_the_closing_wish_is_text(lead: str) -> None:
    """'最后谨祝各位校友' over '身体健康，事业成功！': the wish's first half, not a caption between paragraphs (on a
    page with title pairs every other short line is read as one)."""
    lines = ["同志们：", PROSE, "坚持创新", "推动发展", PROSE, "现场照片", PROSE, lead, "身体健康，事业成功！"]
    structure = build_structure(lines)
    texts = [b.text for b in structure.blocks]
    assert lead in texts and texts[-1] == "身体健康，事业成功！"


@pytest.mark.parametrize(("ending", "signed"), [
    (["张三校长", "2024年1月1日"], 2),
    (["中共某某县委员会", "2023年5月6日"], 2),
    (["张三"], 0),
    (["记者刘涛"], 0),
    (["董事长：张三"], 1),
    (["最后祝大家", "新年快乐"], 0),
    (["谢谢大家！"], 0),
])
def test_the_signature_block_closing_the_text(ending: list[str], signed: int) -> None:
    """The lines under the last sentence that sign the text (body, office and name, date) are its signature; a
    closing wish and a sentence are the text."""
    structure = build_structure(["同志们：", PROSE, *ending])
    assert closing_signature_blocks(structure) == signed


def test_short_lines_after_an_unfinished_line_are_no_signature() -> None:
    structure = build_structure(["同志们：", PROSE, "我们要坚持创新驱动，", "张三"])
    assert closing_signature_blocks(structure) == 0


@pytest.mark.parametrize("greeting", ["大家好！", "各位下午好！", "新年好！", "同学们好！", "女士们、先生们，晚上好！"])
def test_a_greeting_opens_the_text(greeting: str) -> None:
    """'大家好！' alone on the line under the title is the speech's first line, not a head line."""
    structure = build_structure(["新年致辞", greeting, PROSE, PROSE])
    assert structure.head == ["新年致辞"] and structure.blocks[0].text == greeting


@pytest.mark.parametrize("line", ["大家好好学习，天天向上。", "我们要让大家好起来。"])
def test_good_in_a_sentence_is_no_greeting(line: str) -> None:
    assert not load_shapes().salutation.fullmatch(line)


@pytest.mark.parametrize("opening", ["春天来了。", "今天我很高兴来到这里。", "又是一年春光好！"])
def test_a_short_first_sentence_is_the_texts_first_paragraph(opening: str) -> None:
    """Too short to be read as prose by itself, a sentence right above the first paragraph opens the text: a
    title does not end with 。, and one ending with ！ stands under the title."""
    structure = build_structure(["新年致辞", opening, PROSE, PROSE])
    assert structure.head == ["新年致辞"] and structure.blocks[0].text == opening


@pytest.mark.parametrize("lines", [["奋进新征程！", PROSE], ["新年致辞", "（2024年1月1日）", PROSE],
                                   ["新年致辞", "2024年1月1日", PROSE]])
def test_a_title_or_date_above_the_text_stays_in_the_head(lines: list[str]) -> None:
    structure = build_structure(lines)
    assert structure.head == lines[:-1]


def test_a_pull_quote_above_the_salutation_is_no_part_of_the_text() -> None:
    """A message page sets a quotation apart above the address ('“教育是点亮心灵的火炬。”' over '亲爱的同学们：'); the
    speech starts at the address. A quotation the speaker goes on from ('…”他说。') is the text."""
    quote = "“读书不是为了雄辩和驳斥，而是为了思考和权衡。”"
    structure = build_structure(["校长寄语", quote, "亲爱的同学们：", PROSE, PROSE])
    assert quote in structure.head and structure.blocks[0].text == "亲爱的同学们："
    spoken = "“读书不是为了雄辩和驳斥，而是为了思考和权衡。”这句话我一直记得。"
    structure = build_structure(["校长寄语", spoken, "亲爱的同学们：", PROSE, PROSE])
    assert structure.blocks[0].text == spoken


NUMBERED = [{"name": "numbered_titles", **yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["numbered_titles"]}]


@pytest.mark.parametrize(("entry", "example"), case_params(NUMBERED, "examples", RULES_FILE.name))
def test_numbered_titles_match_their_examples(entry: dict, example: str) -> None:
    assert load_shapes().numbered_title.match(example)


@pytest.mark.parametrize(("entry", "keep"), case_params(NUMBERED, "keep", RULES_FILE.name))
def test_a_quantity_or_a_year_is_no_section_number(entry: dict, keep: str) -> None:
    assert not load_shapes().numbered_title.match(keep)


def test_numbered_section_titles_between_paragraphs_are_not_photo_captions() -> None:
    """A paper's numbered section titles ('3.1. …') stand alone between paragraphs, where a page whose other short
    lines come in pairs reads a lone short line as a caption: the section number says they head sections."""
    pair = ["市长调研秋收", "村民晒秋忙"]
    unnumbered = [text for _, text in blocks_of([PROSE, *pair, PROSE, "服务质量的问题", PROSE, "配送成本偏高", PROSE])]
    assert "服务质量的问题" not in unnumbered
    numbered = [text for _, text in blocks_of([PROSE, *pair, PROSE, "3.1. 服务质量的问题", PROSE, "3.2. 配送成本偏高",
                                               PROSE, "2)物流代理模式", PROSE])]
    assert {"3.1.服务质量的问题", "3.2.配送成本偏高", "2)物流代理模式"} <= set(numbered)


QUOTED = [{"name": "quoted_lines", **yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["quoted_lines"]}]


@pytest.mark.parametrize(("entry", "example"), case_params(QUOTED, "examples", RULES_FILE.name))
def test_quoted_lines_match_their_examples(entry: dict, example: str) -> None:
    assert load_shapes().quoted.fullmatch(example)


@pytest.mark.parametrize(("entry", "keep"), case_params(QUOTED, "keep", RULES_FILE.name))
def test_a_headline_opening_with_a_quote_is_no_quoted_line(entry: dict, keep: str) -> None:
    assert not load_shapes().quoted.fullmatch(keep)


def test_short_lines_of_dialogue_are_text_not_captions_or_site_links() -> None:
    """A story's dialogue ('“这是什么……”') stands in short unpunctuated lines between paragraphs and may close the
    text: it is what someone says, never a caption, a title pair or the site's link list."""
    lines = [PROSE, "“这是什么……”", PROSE, "“你也尝一点吧……”", "“……嗯……？”", PROSE, "“也谢谢你……”"]
    kept = [text for _, text in blocks_of(lines)]
    assert {"“这是什么……”", "“你也尝一点吧……”", "“……嗯……？”", "“也谢谢你……”"} <= set(kept)
