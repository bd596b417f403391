"""Pages from sites other than the seeds' (a county portal in GBK HTML, a document-sharing site):
the rules are general, not fitted to the five samples."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.clean.pipeline import normalize_file
from scripts.clean.render import body_text
from scripts.core.paths import REPO

FIXTURES = REPO / "tests" / "fixtures"


def test_county_portal_html_page() -> None:
    document = normalize_file(FIXTURES / "gov_portal_gbk.html")
    meta, text = document.meta, body_text(document.body)
    assert meta["title"] == "在全县优化营商环境大会上的讲话"
    assert meta["speaker"] == "李明"
    assert meta["date"] == dt.date(2023, 4, 10)
    assert meta["published"] == dt.date(2023, 4, 12)
    assert meta["source"] == {"name": "县政府办公室", "publisher": "某某县人民政府",
                              "file": "tests/fixtures/gov_portal_gbk.html", "sha256": meta["source"]["sha256"]}
    assert "营商环境" in meta["tags"]
    assert text.startswith("同志们：\n今天，我们召开全县优化营商环境大会")
    assert text.endswith("奋力开创全县营商环境工作新局面！")
    for chrome in ["首页", "政务公开", "浏览次数", "字体", "会议现场", "分享到", "上一篇", "打印本页", "网站地图",
                   "ICP", "_hmt", "window.print"]:
        assert chrome not in text, chrome
    headings = [line for line in document.body.splitlines() if line.startswith("#")]
    assert headings == ["## 一、提高站位，深刻认识优化营商环境的重大意义", "## 二、聚焦重点，全力打造一流营商环境",
                        "### （一）持续深化“放管服”改革", "### （二）着力优化政务服务",
                        "## 三、强化保障，确保各项任务落地见效"]
    rules = {r.rule for r in document.removals}
    assert {"html-breadcrumb", "html-chrome", "page-meta-fields", "html-photo-caption", "html-after-article"} <= rules
    after = [r.text for r in document.removals if r.rule == "html-after-article"]
    assert after[0].startswith("分享到") and any("ICP" in line for line in after)


def test_document_sharing_site_page() -> None:
    document = normalize_file(FIXTURES / "wenku_page.txt")
    meta, text = document.meta, body_text(document.body)
    assert meta["title"] == "县委书记在全县乡村振兴工作推进会上的讲话"
    assert meta["speaker_title"] == "县委书记"
    assert meta["event"] == "全县乡村振兴工作推进会"
    assert meta["anonymized"] is True
    assert meta["tags"][0] == "乡村振兴"
    for chrome in ["导语", "word格式", "第 1 页", "第1页", "下载文档", "相关热词", "首页"]:
        assert chrome not in text, chrome
    assert "一是抓好粮食生产" in text
    assert text.endswith("奋力谱写乡村振兴新篇章！")


def test_removal_report_counts_rules(tmp_path: Path) -> None:
    document = normalize_file(FIXTURES / "wenku_page.txt")
    counts: dict[str, int] = {}
    for removal in document.removals:
        counts[removal.rule] = counts.get(removal.rule, 0) + 1
    assert counts["page-number"] == 2
    assert counts["editor-blurb"] == 1
    assert counts["doc-farm-notice"] == 1


def test_wechat_article_with_editor_note_and_byline() -> None:
    document = normalize_file(FIXTURES / "wechat_article.html")
    meta, text = document.meta, body_text(document.body)
    assert meta["title"] == "在全市经济工作会议上的讲话"
    assert (meta["speaker"], meta["speaker_title"]) == ("王建国", "市委书记")
    assert meta["date"] == dt.date(2024, 1, 5)
    assert meta["published"] == dt.date(2024, 1, 8)
    assert meta["source"]["name"] == "某某日报" and meta["source"]["publisher"] == "某某发布"
    assert meta["notes"][0].startswith("1月5日，全市经济工作会议召开")
    assert text.startswith("同志们：") and text.endswith("作出新的更大贡献！")
    for chrome in ["蓝字", "关注", "编者按", "往期推荐", "阅读原文", "点赞", "审核", "某某日报", "常务会议"]:
        assert chrome not in text, chrome


def test_pdf_bulletin_with_running_headers_and_byline() -> None:
    document = normalize_file(FIXTURES / "bulletin_running_headers.txt")
    meta, text = document.meta, body_text(document.body)
    assert meta["title"] == "在全市优化营商环境暨招商引资大会上的讲话"
    assert (meta["speaker"], meta["speaker_title"]) == ("张志强", "市长")
    assert meta["date"] == dt.date(2023, 3, 2)
    assert meta["source"]["name"] == "某某市人民政府公报" and meta["source"]["issue"] == "2023年第5期"
    assert "公报" not in text and "—" not in text
    assert [line for line in document.body.splitlines() if line.startswith("#")] == [
        "## 一、充分认识优化营商环境和招商引资的重要意义", "## 二、突出重点，全力打造一流营商环境",
        "## 三、强化责任，确保各项任务落地见效"]
    assert sum(1 for r in document.removals if r.rule == "running-header") == 3  # the masthead and two pages


def test_html_sidebar_after_the_article_is_dropped(tmp_path: Path) -> None:
    paragraph = "<p>要坚持稳中求进工作总基调，推动高质量发展取得新成效，确保各项目标任务圆满完成。</p>"
    html = ("<html><body><div class='main'><h1>在全市大会上的讲话</h1><div class='text'><p>同志们：</p>"
            + paragraph * 8 + "</div></div><div class='side'><h3>热点新闻</h3><ul><li>市长调研重点项目建设</li>"
            "<li>全市召开安全生产工作会议部署节日期间安全防范工作</li></ul></div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    document = normalize_file(path)
    assert "热点新闻" not in document.body and "调研" not in document.body
    assert next(r.text for r in document.removals if r.rule == "html-after-article") == "热点新闻"


def test_letter_spaced_pdf_text() -> None:
    """PDF extraction that put a space after every character, digits included."""
    document = normalize_file(FIXTURES / "letter_spaced_pdf.txt")
    meta, text = document.meta, body_text(document.body)
    assert meta["title"] == "在全市安全生产工作会议上的讲话"
    assert meta["speaker"] == "刘德华" and meta["date"] == dt.date(2023, 1, 10)
    assert "总结2022年安全生产工作" in text and " " not in text
    assert "## 一、清醒认识当前安全生产形势" in document.body


def test_government_work_report_with_dated_subtitle() -> None:
    meta = normalize_file(FIXTURES / "government_work_report.txt").meta
    assert (meta["title"], meta["genre"]) == ("政府工作报告", "报告")
    assert (meta["speaker"], meta["speaker_title"]) == ("张三", "某某市市长")
    assert meta["date"] == dt.date(2023, 1, 5)
    assert meta["event"] == "某某市第十七届人民代表大会第二次会议"


def test_html_page_titled_only_by_its_title_tag() -> None:
    meta = normalize_file(FIXTURES / "portal_without_visible_title.html").meta
    assert meta["title"] == "在全区城市更新工作会议上的讲话"
    assert meta["speaker"] == "王强" and meta["event"] == "全区城市更新工作会议"
    assert meta["source"]["name"] == "某某区人民政府"


def test_hard_wrapped_copy_is_rejoined() -> None:
    """A copy wrapped at a fixed width (20 characters), numbers split across lines."""
    document = normalize_file(FIXTURES / "hard_wrapped_copy.txt")
    text = body_text(document.body)
    assert document.meta["title"] == "在全市经济工作会议上的讲话"
    assert "主要任务是总结去年工作，部署今年任务。刚才，几位同志作了很好的发言" in text
    assert "增长6.1%，固定资产投资增长8.3%，经济运行总体平稳" in text
    assert [line for line in document.body.splitlines() if line.startswith("#")] == [
        "## 一、2023年经济工作回顾", "## 二、强化责任担当"]
