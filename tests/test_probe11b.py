"""Shapes found by probing the cleaner with made-up pages in the eleventh session (probe11b): a byline whose offices
a comma joins, a speech's whole title block run onto one line, a salutation listing offices, a site's web address
glued to its name injected into the text, a paywall notice's full stop, a related list's header naming the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.metadata import byline, title_block_parts
from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

SPEECH = ["今天召开全县优化营商环境大会，主要是动员全县上下进一步解放思想、转变作风，全力打造一流营商环境。",
          "一、提高思想认识。营商环境就是生产力，优化营商环境就是解放生产力。",
          "二、聚焦重点任务。要深化“放管服”改革，推动更多事项网上办、就近办、一次办。",
          "同志们，让我们以时不我待的紧迫感，推动营商环境持续优化！"]


def page(tmp_path: Path, head_lines: list[str], salutation: str = "同志们：", after: str = "") -> Path:
    paragraphs = "".join(f"<p>{line}</p>" for line in [*head_lines, salutation, *SPEECH])
    body = (f"<div class='crumb'>当前位置：首页 &gt; 领导讲话</div><div class='article'>{paragraphs}{after}</div>"
            "<div class='bar'>发布时间：2024-03-08 来源：县政府办</div>")
    return html_page(tmp_path, "<title>某某县人民政府</title>", body)


# ------------------------------------------------------------------ a byline whose offices a comma joins
@pytest.mark.parametrize(("line", "office"), [
    ("市委常委、组织部部长，市委党校校长 张某明", "市委常委、组织部部长，市委党校校长"),
    ("省委常委，某某市委书记 李某华", "省委常委，某某市委书记"),
    ("某某县委书记 张某明", "某某县委书记")])
def test_offices_a_comma_joins_still_make_a_byline(line: str, office: str) -> None:
    found = byline(line)
    assert found is not None and found[0] == office and found[1] in line


@pytest.mark.parametrize("line", ["会议由县长主持，县委书记张某明", "大家要认真学习。县委书记张某明",
                                  "要求：县委书记张某明"])
def test_a_sentence_before_an_office_is_no_byline(line: str) -> None:
    assert byline(line) is None


def test_a_byline_with_comma_joined_offices_under_the_title_names_the_speaker(tmp_path: Path) -> None:
    path = page(tmp_path, ["在全县优化营商环境大会上的讲话", "市委常委、组织部部长，市委党校校长 张某明",
                           "（2024年3月5日）"])
    meta = normalize_file(path, tmp_path).meta
    assert meta["speaker"] == "张某明" and str(meta["date"]) == "2024-03-05"


# ------------------------------------------------------------------ a title block run onto one line
@pytest.mark.parametrize("line", [
    "在全县优化营商环境大会上的讲话（2024年3月5日） 某某县委书记 张某明",
    "在全县优化营商环境大会上的讲话 某某县委书记 张某明 2024年3月5日",
    "凝心聚力 全力打造一流营商环境——在全县优化营商环境大会上的讲话 某某县委书记 张某明 （2024年3月5日）"])
def test_a_title_block_on_one_line_gives_title_speaker_and_date(tmp_path: Path, line: str) -> None:
    meta = normalize_file(page(tmp_path, [line]), tmp_path).meta
    assert str(meta["title"]).endswith("在全县优化营商环境大会上的讲话")
    assert meta["speaker"] == "张某明" and meta["speaker_title"] == "某某县委书记"
    assert str(meta["date"]) == "2024-03-05"


def test_a_title_block_without_a_date_still_splits(tmp_path: Path) -> None:
    meta = normalize_file(page(tmp_path, ["在全县优化营商环境大会上的讲话 某某县委书记 张某明"]), tmp_path).meta
    assert meta["title"] == "在全县优化营商环境大会上的讲话" and meta["speaker"] == "张某明"
    assert "date" not in meta or meta["date"] is None


@pytest.mark.parametrize("line", [
    "在全县优化营商环境大会上的讲话",  # nothing after the speech word
    "在全县优化营商环境大会上的讲话稿",  # a word, not a byline, after it
    "学习县委书记在全县大会上的讲话精神",  # a news headline about the speech
    "县委书记在全县大会上的讲话。会议要求张某明"])  # a sentence
def test_other_lines_are_no_title_block(line: str) -> None:
    assert title_block_parts(line) is None


# ------------------------------------------------------------------ a salutation listing offices
@pytest.mark.parametrize("salutation", ["各位校长、老师们，同志们：", "各位校长、老师们：", "各位院长、各位主任："])
def test_a_salutation_listing_offices_stays_in_the_text(tmp_path: Path, salutation: str) -> None:
    path = page(tmp_path, ["在全市教育工作会议上的讲话", "市长 张某明", "（2022年8月25日）"], salutation=salutation)
    document = normalize_file(path, tmp_path)
    assert document.body.lstrip().startswith(salutation)
    assert document.meta["speaker"] == "张某明"


def test_a_sentence_opening_with_an_address_is_no_salutation(tmp_path: Path) -> None:
    sentence = "各位校长、各单位要抓好以下工作："
    path = page(tmp_path, ["在全市教育工作会议上的讲话", "市长 张某明"], salutation=f"同志们：</p><p>{sentence}")
    assert sentence in normalize_file(path, tmp_path).body


# ------------------------------------------------------------------ 范文/文库 copies
FARM_BANNER = "<div class='logo'>小溪范文网 - 专业的范文写作平台</div>"


def farm_page(tmp_path: Path, extra: str) -> Path:
    paragraphs = "".join(f"<p>{line}</p>" for line in ["同志们：", *SPEECH])
    body = (f"{FARM_BANNER}<div class='crumbs'>您的位置：小溪范文网 &gt; 讲话稿 &gt; 正文</div>"
            f"<h1>在全县优化营商环境大会上的讲话</h1><div class='content'>{paragraphs}{extra}</div>")
    return html_page(tmp_path, "<title>在全县优化营商环境大会上的讲话-小溪范文网</title>", body)


@pytest.mark.parametrize("glued", ["小溪范文网www.xiaoxi-example.com", "小溪范文网(https://www.xiaoxi-example.com)",
                                   "小溪范文网 www.xiaoxi-example.com/fanwen/"])
def test_a_site_name_injected_with_its_address_goes_whole(tmp_path: Path, glued: str) -> None:
    sentence = f"要坚持好干部标准，树立重实干重实绩的鲜明导向，{glued}把干部选好用好。"
    body = normalize_file(farm_page(tmp_path, f"<p>{sentence}</p>"), tmp_path).body
    assert "要坚持好干部标准，树立重实干重实绩的鲜明导向，把干部选好用好。" in body
    assert "xiaoxi" not in body


def test_a_paywall_notice_alone_leaves_no_full_stop(tmp_path: Path) -> None:
    notice = "<p>全文共5321字，当前仅显示前1500字，<a>开通会员</a>查看全文或<a>下载word版</a>。</p>"
    body = normalize_file(farm_page(tmp_path, notice), tmp_path).body
    assert "仅显示" not in body and "\n。" not in body and not body.rstrip().endswith("\n\n。")
    assert SPEECH[-1] in body


@pytest.mark.parametrize("notice", ["以上内容为文档预览，如需完整文档请下载。",
                                    "温馨提示：本站所有文档均为用户上传，仅供学习参考。"])
def test_a_document_site_s_preview_and_upload_notices_go(tmp_path: Path, notice: str) -> None:
    body = normalize_file(farm_page(tmp_path, f"<p>{notice}</p>"), tmp_path).body
    assert notice not in body and SPEECH[-1] in body


def test_a_related_list_headed_by_the_bracketed_title_goes(tmp_path: Path) -> None:
    related = ("<p>【在全县优化营商环境大会上的讲话】相关文章：</p><p>县长在全县优化营商环境大会上的讲话03-28</p>"
               "<p>在全县安全生产工作会议上的讲话03-15</p>")
    body = normalize_file(farm_page(tmp_path, related), tmp_path).body
    assert "相关文章" not in body and "03-28" not in body and SPEECH[-1] in body


@pytest.mark.parametrize("kept", ["以上内容是我的预览意见，供大家讨论。", "【基层声音】相关部门要推荐一批典型。"])
def test_speech_sentences_like_the_notices_stay(tmp_path: Path, kept: str) -> None:
    body = normalize_file(farm_page(tmp_path, f"<p>{kept}</p><p>{SPEECH[0]}</p>"), tmp_path).body
    assert kept in body


# ------------------------------------------------------------------ a 信息公开 table read as rows
def test_the_drafting_date_of_an_open_government_table_is_not_the_page_s_date(tmp_path: Path) -> None:
    table = ("<table><tr><th>索 引 号</th><td>000014349/2024-00045</td><th>信息分类</th><td>领导讲话</td></tr>"
             "<tr><th>发文机关</th><td>某某市人民政府</td><th>成文日期</th><td>2024年04月10日</td></tr>"
             "<tr><th>发文字号</th><td></td><th>发布日期</th><td>2024年04月12日</td></tr></table>")
    paragraphs = "".join(f"<p>{line}</p>" for line in ["同志们：", *SPEECH])
    body = f"{table}<div class='zw'><h2>在全县优化营商环境大会上的讲话</h2>{paragraphs}</div>"
    document = normalize_file(html_page(tmp_path, "<title>某某市人民政府</title>", body), tmp_path)
    assert str(document.meta["published"]) == "2024-04-12"
    assert "成文日期" not in document.body and "2024年04月10日" not in document.body


@pytest.mark.parametrize("note", ["（本文来源：小溪范文网）", "(来源:小溪范文网 www.xiaoxi-example.com)",
                                  "【小溪范文网】"])
def test_brackets_that_held_only_the_injected_site_name_go_with_it(tmp_path: Path, note: str) -> None:
    sentence = "今年以来，全镇上下攻坚克难，主要经济指标保持稳定增长。"
    body = normalize_file(farm_page(tmp_path, f"<p>{sentence}{note}</p>"), tmp_path).body
    assert f"{sentence}\n" in body and "来源" not in body and "（）" not in body and "【】" not in body


def test_a_template_site_s_note_to_adapt_the_text_goes(tmp_path: Path) -> None:
    note = "某某范文网温馨提示：本文仅供参考，请根据实际情况修改使用。"
    body = normalize_file(farm_page(tmp_path, f"<p>{note}</p>"), tmp_path).body
    assert "仅供参考" not in body and SPEECH[-1] in body


# ------------------------------------------------------------------ delivery lines under the title
@pytest.mark.parametrize("line", ["讲话时间：2024年3月5日", "讲话时间：2024年3月5日 讲话地点：县会议中心",
                                  "致辞日期：2024-03-05"])
def test_a_labelled_delivery_date_under_the_title_dates_the_speech(tmp_path: Path, line: str) -> None:
    document = normalize_file(page(tmp_path, ["在全县优化营商环境大会上的讲话", "某某县委书记 张某明", line]), tmp_path)
    assert document.meta["title"] == "在全县优化营商环境大会上的讲话"
    assert str(document.meta["date"]) == "2024-03-05" and str(document.meta["published"]) == "2024-03-08"
    assert "讲话时间" not in document.body and "地点" not in document.body


def test_a_bracketed_byline_with_its_date_keeps_no_bracket(tmp_path: Path) -> None:
    path = page(tmp_path, ["在全县优化营商环境大会上的讲话", "（某某县委书记 张某明 2024年3月5日）"])
    meta = normalize_file(path, tmp_path).meta
    assert meta["speaker"] == "张某明" and meta["speaker_title"] == "某某县委书记"
    assert str(meta["date"]) == "2024-03-05"


@pytest.mark.parametrize("lines", [
    ["某某县委书记 张某明（2024年3月5日）", "在全县优化营商环境大会上的讲话"],  # the dated byline above the title
    ["在全县优化营商环境大会上的讲话", "——2024年3月5日", "某某县委书记 张某明"],  # a dash before the date
    ["（2024年3月5日）在全县优化营商环境大会上的讲话", "某某县委书记 张某明"]])  # the date opening the title line
def test_the_title_block_s_date_and_byline_in_other_orders(tmp_path: Path, lines: list[str]) -> None:
    meta = normalize_file(page(tmp_path, lines), tmp_path).meta
    assert meta["title"] == "在全县优化营商环境大会上的讲话"
    assert meta["speaker"] == "张某明" and meta["speaker_title"] == "某某县委书记"
    assert str(meta["date"]) == "2024-03-05" and str(meta["published"]) == "2024-03-08"


def test_a_date_above_the_title_without_a_byline_is_still_no_delivery_date(tmp_path: Path) -> None:
    meta = normalize_file(page(tmp_path, ["2024年3月1日", "在全县优化营商环境大会上的讲话", "张某明"]), tmp_path).meta
    assert str(meta.get("date")) != "2024-03-01"


def test_a_headline_s_column_tag_is_no_part_of_the_office(tmp_path: Path) -> None:
    body = ("<h1>【开学第一课】校长张某明：做新时代的追梦人</h1><div class='meta'>日期：2024-09-02</div>"
            + "".join(f"<p>{line}</p>" for line in ["亲爱的同学们：", *SPEECH]))
    path = html_page(tmp_path, "<title>【开学第一课】校长张某明：做新时代的追梦人</title>", body)
    meta = normalize_file(path, tmp_path).meta
    assert meta["speaker"] == "张某明" and meta["speaker_title"] == "校长"


@pytest.mark.parametrize(("title", "name"), [("在全县优化营商环境大会上的讲话_小松范文网", "小松范文网"),
                                             ("在全县优化营商环境大会上的讲话 - 青禾文库 - 海量文档", "青禾文库")])
def test_a_site_name_known_only_from_the_title_goes_from_the_text(tmp_path: Path, title: str, name: str) -> None:
    sentence = f"主要任务是动员全县上下迅速掀起优化营商环境{name}热潮。"
    body = ("<h1>在全县优化营商环境大会上的讲话</h1><div class='info'>发布时间：2022-03-01</div>"
            + "".join(f"<p>{line}</p>" for line in ["同志们：", sentence, *SPEECH]))
    document = normalize_file(html_page(tmp_path, f"<title>{title}</title>", body), tmp_path)
    assert "主要任务是动员全县上下迅速掀起优化营商环境热潮。" in document.body


def test_a_portal_s_name_in_the_title_stays_in_the_text(tmp_path: Path) -> None:
    sentence = "某某县人民政府网要及时公开营商环境政策，方便群众查询办事。"
    body = "".join(f"<p>{line}</p>" for line in ["同志们：", sentence, *SPEECH])
    path = html_page(tmp_path, "<title>在全县优化营商环境大会上的讲话_某某县人民政府网</title>", body)
    assert sentence in normalize_file(path, tmp_path).body


# ------------------------------------------------------------------ a text split over pages
def test_a_pager_saying_page_one_of_two_warns_that_the_text_goes_on(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in ["同志们：", *SPEECH, "第1页/共2页 上一页 1 2 下一页"])
    path = html_page(tmp_path, "<title>在全县优化营商环境大会上的讲话</title>",
                     f"<h1>在全县优化营商环境大会上的讲话</h1>{paragraphs}")
    document = normalize_file(path, tmp_path)
    assert "下一页" not in document.body
    assert any("over 2 pages" in warning for warning in document.warnings)


def test_the_last_page_of_a_split_text_does_not_warn(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in ["同志们：", *SPEECH, "第2页/共2页 上一页 1 2 下一页"])
    path = html_page(tmp_path, "<title>在全县优化营商环境大会上的讲话</title>",
                     f"<h1>在全县优化营商环境大会上的讲话</h1>{paragraphs}")
    assert not any("pages" in warning for warning in normalize_file(path, tmp_path).warnings)


@pytest.mark.parametrize(("note", "office"), [
    ("（作者系某某县委书记，本文系作者在县委全会上的讲话，有删节）", "某某县委书记"),
    ("（作者系市委常委、组织部部长，市委党校校长）", "市委常委、组织部部长，市委党校校长")])
def test_an_author_note_gives_only_its_offices(tmp_path: Path, note: str, office: str) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in ["同志们：", *SPEECH, note])
    body = ("<h1>奋力打造一流营商环境</h1><div class='src'>2024-01-15 08:30 来源：某某日报 作者：张某明</div>"
            + paragraphs)
    meta = normalize_file(html_page(tmp_path, "<title>奋力打造一流营商环境</title>", body), tmp_path).meta
    assert meta["speaker"] == "张某明" and meta["speaker_title"] == office


def test_a_bracketed_byline_closing_the_title_line(tmp_path: Path) -> None:
    path = page(tmp_path, ["在全县优化营商环境大会上的讲话（某某县委书记 张某明 2024年3月5日）"])
    meta = normalize_file(path, tmp_path).meta
    assert meta["title"] == "在全县优化营商环境大会上的讲话" and meta["speaker"] == "张某明"
    assert meta["speaker_title"] == "某某县委书记" and str(meta["date"]) == "2024-03-05"


@pytest.mark.parametrize("word", ["金句", "和谐", "全文"])
def test_words_after_the_speech_word_are_no_byline(word: str) -> None:
    assert title_block_parts(f"在全县优化营商环境大会上的讲话{word}") is None


def test_a_byline_opening_with_the_site_s_name_is_no_headline(tmp_path: Path) -> None:
    """The <title> is the portal's name alone; the byline under the speech's title opens with it."""
    path = page(tmp_path, ["在全县优化营商环境大会上的致辞", "某某县人民政府县长 张某明", "2024年3月5日"])
    assert "<title>某某县人民政府</title>" in path.read_text(encoding="utf-8")
    meta = normalize_file(path, tmp_path).meta
    assert meta["title"] == "在全县优化营商环境大会上的致辞"
    assert meta["speaker"] == "张某明" and meta["speaker_title"] == "某某县人民政府县长"


# ------------------------------------------------------------------ the page's row under its buttons
def footer_page(tmp_path: Path, footer: list[str]) -> Path:
    paragraphs = "".join(f"<p>{line}</p>" for line in ["在全县优化营商环境大会上的讲话", "县委书记 周某平", "同志们：",
                                                       *SPEECH, "打印本页 关闭窗口", *footer])
    return html_page(tmp_path, "<title>在全县优化营商环境大会上的讲话</title>",
                     f"<div class='content'>{paragraphs}</div>")


def test_the_page_s_row_under_its_print_and_close_buttons_dates_it(tmp_path: Path) -> None:
    path = footer_page(tmp_path, ["发布时间：2024-01-02 信息来源：县委办公室 访问次数：2035"])
    document = normalize_file(path, tmp_path)
    assert str(document.meta["published"]) == "2024-01-02"
    assert document.meta["source"]["name"] == "县委办公室"
    assert "2024-01-02" not in document.body and "打印本页" not in document.body


def test_a_date_in_the_footer_does_not_outrank_the_page_s_own(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in ["同志们：", *SPEECH, "打印本页 关闭窗口",
                                                       "发布时间：2020-05-06 来源：某某网 点击数：12"])
    body = (f"<h1>在全县优化营商环境大会上的讲话</h1><div class='info'>发布时间：2024-01-02 来源：县委办公室</div>"
            f"<div class='content'>{paragraphs}</div>")
    path = html_page(tmp_path, "<title>在全县优化营商环境大会上的讲话</title>", body)
    assert str(normalize_file(path, tmp_path).meta["published"]) == "2024-01-02"
