"""A page a crawler saved as one line of its visible strings joined by spaces (get_text(' ', strip=True)): the
menus, the headline, the date row, the text and the sidebar lists run together; made-up text."""
import datetime as dt
from pathlib import Path

from scripts.clean.decode import page_strings, scraped_paragraphs
from scripts.clean.pipeline import normalize_file, titled_speeches
from scripts.clean.render import split_document
from scripts.clean.structure import Block, Structure, build_structure
from tests.conftest import text_page

LEAD = "省委副书记、代省长 王某明 出席开幕式并致辞。"
PARAGRAPHS = [
    "尊敬的各位企业家、各位来宾，女士们、先生们、朋友们：",
    "上午好！这几天，我们经历了今年以来的 最强寒潮 ，但各位企业家如约来到了峰会，让我们感受到了炽烈的热情。",
    "我代表省委、省政府，向各位嘉宾的光临表示热烈欢迎！对长期以来关心支持我省发展的各界人士表示衷心感谢！",
    "希望大家在这里找到合作的机会，把更多的项目落到我们这片热土上。我们将一如既往地当好服务企业的店小二。",
    "最后，预祝本届峰会取得圆满成功！祝大家身体健康、万事如意！谢谢大家！",
]
MENU = "首页 新闻中心 政务公开 领导讲话 互动交流"
SIDEBAR = "最新文章 某某县召开秋收工作会议 某某市举办招商推介会 某某区开展安全生产大检查 友情链接 某某省人民政府"


def test_a_run_of_strings_without_marks_is_cut_into_the_pages_strings() -> None:
    assert page_strings(f"{MENU} {PARAGRAPHS[0]}") == [*MENU.split(), PARAGRAPHS[0]]


def test_one_or_two_strings_set_apart_inside_a_sentence_stay_in_it_without_the_crawlers_spaces() -> None:
    """A link or a bold name inside a sentence is a string of its own in the crawler's line: the sentence stays whole,
    as the page printed it."""
    assert page_strings(LEAD) == ["省委副书记、代省长王某明出席开幕式并致辞。"]
    assert page_strings(PARAGRAPHS[1]) == [PARAGRAPHS[1].replace(" ", "")]
    assert page_strings("我们向 Hexo 社区和 2025 年的各位作者致谢，") == ["我们向 Hexo 社区和 2025 年的各位作者致谢，"]


def test_a_sidebar_list_after_the_last_sentence_is_cut_from_it() -> None:
    strings = page_strings(f"{PARAGRAPHS[-1]} {SIDEBAR}")
    assert strings[0] == PARAGRAPHS[-1] and strings[1:3] == ["最新文章", "某某县召开秋收工作会议"]


def test_latin_words_of_one_string_stay_together() -> None:
    strings = ["关于我们", "联系我们", "网站地图", "Powered by Hexo"]
    assert page_strings(" ".join(strings)) == strings


def test_a_numbered_entry_after_a_sentence_starts_a_line() -> None:
    headings = ["认清形势", "突出重点", "压实责任"]
    entries = [f"{number}. {heading}，{PARAGRAPHS[3]}" for number, heading in enumerate(headings, 1)]
    assert scraped_paragraphs(" ".join(entries * 2)) == entries * 2


def flattened_page(tmp_path: Path) -> Path:
    text = " ".join(["在第三届某某创投峰会上的致辞_领导讲话_某某省人民政府网", MENU, "当前位置： 首页 > 领导讲话",
                     "在第三届某某创投峰会上的致辞", "发布时间：2022-12-30 来源：某某日报 字号：大 中 小",
                     "12月29日，第三届某某创投峰会在省城开幕。" + LEAD, "致辞全文 携手共进 共创未来", *PARAGRAPHS,
                     SIDEBAR,
                     "版权所有：某某省人民政府办公厅 某ICP备05002345号"])
    return text_page(tmp_path, text + "\n", "export.txt")


def test_a_flattened_pages_menus_and_sidebar_leave_its_text(tmp_path: Path) -> None:
    body = normalize_file(flattened_page(tmp_path)).body
    assert "店小二" in body and "祝大家身体健康" in body and "经历了今年以来的最强寒潮，但" in body
    for chrome in ["新闻中心", "互动交流", "最新文章", "招商推介会", "友情链接", "字号"]:
        assert chrome not in body, chrome


def test_a_flattened_pages_date_row_and_lead_give_its_metadata(tmp_path: Path) -> None:
    meta, _ = split_document(normalize_file(flattened_page(tmp_path)).markdown)
    assert meta["title"] == "在第三届某某创投峰会上的致辞"
    assert meta.get("published") == dt.date(2022, 12, 30)
    assert meta.get("speaker") == "王某明"


def test_a_contents_widget_whose_numbers_the_crawler_joined_to_its_entries_goes(tmp_path: Path) -> None:
    """'目录 你已经读了 0 % 1. 一、认清形势 2. 二、突出重点 …': a reading gauge runs into the first number, and each
    later number is joined to its entry; the entries are printed again in the text as its headings."""
    sections = ["同志们：", "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
                "一、认清形势，明确方向。",
                "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产具有重要意义。",
                "二、突出重点，抓好落实。", "要抓好秋收，确保颗粒归仓；要抓好秋种，确保面积稳定。",
                "三、压实责任，确保成效。", "希望大家扎实工作，确保各项任务圆满完成。"]
    contents = "目录 你已经读了 0 % 1. 一、认清形势，明确方向。 2. 二、突出重点，抓好落实。 3. 三、压实责任，确保成效。"
    strings = ["在全县秋季农业生产工作会议上的讲话 | 某某的博客", "首页 归档 分类 友情链接 留言板", contents,
               "某某的博客 首页 友情链接 留言板", "在全县秋季农业生产工作会议上的讲话", *sections]
    page = text_page(tmp_path, " ".join(strings) + "\n", "export.txt")
    body = normalize_file(page).body
    assert body.count("二、突出重点") == 1 and "希望大家扎实工作" in body and "目录" not in body


def test_a_heading_naming_the_speech_under_the_lead_is_no_caption() -> None:
    """'致辞全文' holds a caption's cue word (致辞); over the speech's two-line motto it heads the text."""
    lead = "12月29日，第三届某某创投峰会在省城开幕。省委副书记、代省长王某明出席开幕式并致辞。"
    paragraphs = [lead, "致辞全文", "携手共进", "共创未来", *PARAGRAPHS[1:]]
    lines = [line for paragraph in paragraphs for line in (paragraph, "")]
    blocks = build_structure(lines).blocks
    assert ("heading", "致辞全文") in [(block.kind, block.text) for block in blocks]


def test_a_forum_threads_starter_label_is_no_speaker(tmp_path: Path) -> None:
    """A saved thread prints '楼主' where the poster's name would stand, under the post's title and time."""
    text = "\n".join(["从原子弹爆炸原理想开去", "2005-09-11 18:04:42", "楼主", *PARAGRAPHS[1:]])
    meta, _ = split_document(normalize_file(text_page(tmp_path, text + "\n")).markdown)
    assert meta.get("speaker") is None


def test_a_provinces_name_under_the_headline_is_no_speaker(tmp_path: Path) -> None:
    """A news site's regional channel ('江苏') on the line under the headline: a place, though 江 is a family name."""
    text = "\n".join(["在第三届某某创投峰会上的致辞", "江苏", *PARAGRAPHS[1:]])
    meta, _ = split_document(normalize_file(text_page(tmp_path, text + "\n")).markdown)
    assert meta.get("speaker") is None


def test_a_heading_naming_the_speech_again_titles_no_second_speech() -> None:
    """A blog's repost: '致辞全文' over the speech its lead announced, the tag '致辞' over another post's teaser under
    it: one speech titled, not two (the page would be refused as a collection)."""
    speech = [Block("paragraph", paragraph * 3) for paragraph in PARAGRAPHS]
    blocks = [Block("paragraph", LEAD), Block("heading", "致辞全文", 1), *speech, Block("heading", "致辞", 1), *speech]
    assert titled_speeches(Structure(head=[], blocks=blocks)) == ["致辞"]


def blog_export(tmp_path: Path, headline: str, site: str, meta_row: str, separator: str = "|") -> Path:
    """A blog post saved on one line: its <title> ('headline | site'), the menu, the headline again, the post's
    meta row and the text."""
    text = " ".join([f"{headline} {separator} {site}", site, "首页 归档 分类 标签 关于", headline, meta_row,
                     *PARAGRAPHS[:-1], *PARAGRAPHS[1:-1] * 6, PARAGRAPHS[-1],  # a line of 1,000 characters and more
                     "Copyright © 2021 某某的博客"])
    return text_page(tmp_path, text + "\n", "export.txt")


def test_a_headline_holding_a_separator_of_its_own_is_the_title(tmp_path: Path) -> None:
    """'时间的朋友-罗某宇(2020) | 某某博客' over the headline '时间的朋友-罗某宇(2020)': the title was cut at the
    headline's own dash, and the rest of it ran into the text's first paragraph."""
    page = blog_export(tmp_path, "时间的朋友-罗某宇(2020)", "某某博客", "Jan 1, 2021 3 min read")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "时间的朋友-罗某宇(2020)"
    assert "罗某宇(2020)" not in document.body


def test_the_one_day_in_the_menus_over_the_headline_is_the_posts_date(tmp_path: Path) -> None:
    """'首页 归档 分类 标签 关于 2021年1月1日 上午 6.1k 字' between the <title> and the headline: the post's meta row,
    taken off with the menus, and the page went without its date."""
    page = blog_export(tmp_path, "时间的朋友-罗某宇(2020)", "My note", "")
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("关于 时间的朋友", "关于 2021年1月1日 上午 6.1k 字 时间的朋友"), encoding="utf-8")
    document = normalize_file(page, tmp_path)
    assert document.meta["title"] == "时间的朋友-罗某宇(2020)"
    assert document.meta["published"] == dt.date(2021, 1, 1)


OPENING = "我想给新入职的同事讲一讲我的期望，再提几个建议。"


def test_the_date_opening_the_text_under_the_headline_is_the_posts_date(tmp_path: Path) -> None:
    """'… 在某某新员工入职培训上的讲话 2015-08-13 · 全文 5673 字 我想给新入职的同事…': the post's meta row under the
    headline runs into the text's first sentence; its day dates the page. A day inside the text's first clause does
    not."""
    page = blog_export(tmp_path, "在某某新员工入职培训上的讲话", "RainySat", f"2015-08-13 · 全文 5673 字 {OPENING}")
    assert normalize_file(page, tmp_path).meta["published"] == dt.date(2015, 8, 13)
    (tmp_path / "late").mkdir()
    late = blog_export(tmp_path / "late", "在某某新员工入职培训上的讲话", "RainySat",
                       f"{OPENING[:-1]}，2015年8月13日。")
    assert not normalize_file(late, tmp_path / "late").meta.get("published")


def test_a_blog_themes_double_slash_parts_the_headline_from_the_site(tmp_path: Path) -> None:
    """'360需要的，不是打工者（周某祎） ——在新员工入职培训上的讲话 // RainySat': the title was cut at the subtitle's
    dash, the only separator read."""
    headline = "我们需要的，不是打工者（周某祎） ——在新员工入职培训上的讲话"
    page = blog_export(tmp_path, headline, "RainySat", f"2015-08-13 {OPENING}", separator="//")
    assert normalize_file(page, tmp_path).meta["title"].replace(" ", "") == headline.replace(" ", "")
