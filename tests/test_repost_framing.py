"""A reposter's framing above a first-person speech (the speaker's biography, a blurb calling the speech a piece)
and a site's rights statement under the article go; a speech's own paragraphs stay (cruft.yml repost-framing,
site-rights-statement, page-meta-fields' 文章类型)."""

from __future__ import annotations

from scripts.clean.cruft import clean_lines

OPENING = "今天我们几代校友聚在这里，我想起了三十年前的一件事，那时候我们刚刚进校，对大学充满了向往。"
MIDDLE = "大学要有自己的精神，我们每个人都要想一想，自己究竟为什么读书，为什么做学问，为什么活着。"
CLOSING = "我就讲这些，谢谢大家！"
PROFILE = "李四，1948年生于某某省，某某大学历史系教授，博士生导师，长期研究近代史。他的著作影响了几代学人。"
BLURB = "十年前，李四教授在一次座谈会上谈了读书的意义。这篇讲话今天重读，仍然发人深省。"


def kept(lines: list[str]) -> list[str]:
    return [line for line in clean_lines(lines).lines if line]


def test_a_profile_and_a_blurb_above_a_first_person_speech_go() -> None:
    result = clean_lines([PROFILE, "", BLURB, "", OPENING, "", MIDDLE, "", CLOSING])
    assert [line for line in result.lines if line] == [OPENING, MIDDLE, CLOSING]
    assert {(removal.rule, removal.text) for removal in result.removals} >= {("repost-framing", PROFILE),
                                                                             ("repost-framing", BLURB)}


def test_traditional_script_framing_goes_too() -> None:
    profile = "李四，1948年生於某某省，某某大學歷史系教授，博士生導師，長期研究近代史。他的著作影響了幾代學人。"
    assert kept([profile, "", OPENING, "", MIDDLE]) == [OPENING, MIDDLE]


def test_a_profile_inside_the_speakers_own_paragraph_stays() -> None:
    eulogy = "张三同志，1950年3月生于某某县，今天我们怀着沉痛的心情，在这里送别这位好同志、好党员。"
    assert kept([eulogy, "", MIDDLE]) == [eulogy, MIDDLE]


def test_a_profile_after_the_speech_has_begun_stays_for_the_other_rules() -> None:
    assert PROFILE in kept([OPENING, "", PROFILE, "", MIDDLE])


def test_a_text_with_no_first_person_in_its_head_is_left_alone() -> None:
    report = ["5月6日，全县秋季农业生产工作会议召开，县长张三发表讲话，对秋收秋种工作作出部署。",
              "会议指出，这篇讲话所部署的各项任务要逐项落实，各乡镇要抓好秋收秋种，确保颗粒归仓。"]
    assert kept([PROFILE, "", *report]) == [PROFILE, *report]


def test_a_reporters_quote_in_the_first_person_does_not_open_the_speech() -> None:
    quoted = "李四教授说：“我们这一代人，读书是为了国家。”这篇讲话在当时影响很大。"
    lines = [BLURB, "", quoted, "", OPENING]
    assert kept(lines) == [OPENING]


def test_a_news_lead_is_no_framing() -> None:
    lead = "5月6日，全县大会召开，县长张三出席会议并发表讲话，对下一阶段的工作作出了全面部署。"
    assert lead in kept([lead, "", OPENING, "", MIDDLE])


def test_a_site_rights_statement_under_the_text_goes() -> None:
    statement = ("1.凡本网标明“原创”的全部作品，著作权归某某网所有。"
                 "其他单位转载时必须注明：“来源：某某网”。")
    reprint = ("2.本网刊登的外来稿件，刊登目的在于传递更多信息，"
               "并不代表本网赞同其立场。")
    result = clean_lines([OPENING, "", MIDDLE, "", CLOSING, "", "版权与免责声明", statement, reprint])
    assert statement not in result.lines and reprint not in result.lines
    assert "site-rights-statement" in {removal.rule for removal in result.removals}


def test_an_article_type_label_row_goes() -> None:
    lines = ["发布时间：2023-03-15 来源：某某局 文章类型：原创", "", OPENING, "", MIDDLE]
    assert kept(lines) == [OPENING, MIDDLE]
    assert kept(["文章类型：转载", "", OPENING, "", MIDDLE]) == [OPENING, MIDDLE]


def test_the_header_reaches_the_first_paragraph_below_a_long_menu() -> None:
    menu = [f"栏目{number}" for number in range(14)]  # a site's menu the HTML reader did not know for chrome
    lines = [*menu, "某某会议召开", "本报记者  王小明  方  敏", OPENING, MIDDLE]
    assert "本报记者  王小明  方  敏" not in clean_lines(lines).lines
    later = [OPENING, *menu, "本报记者 王小明"]  # under the text's first paragraph it is no header
    assert "本报记者 王小明" in clean_lines(later).lines


def test_a_poems_short_lines_end_the_header_where_its_first_sentence_ends() -> None:
    verses = [f"第{number}句诗。" for number in range(12)]
    poem = ["夜雨", "作者：某某", "我有所念人，隔在远远乡。", "我有所感事，结在深深肠。", *verses, "作者：佚名", MIDDLE]
    assert "作者：佚名" in clean_lines(poem).lines  # under the poem's first line the header is over


def test_an_accounts_counters_and_a_rating_widget_go() -> None:
    widgets = ["12 篇文章 3 订阅", "觉得有用？", "“延伸阅读”对您有帮助吗？", "8人参与3评论"]
    assert kept([OPENING, "", MIDDLE, "", CLOSING, "", *widgets]) == [OPENING, MIDDLE, CLOSING]
    assert kept([OPENING, "", "全县1200人参与了这次活动。"]) == [OPENING, "全县1200人参与了这次活动。"]
