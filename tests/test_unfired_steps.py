"""Metadata steps that fire on no development page (`make -s rule-usage` marks them DEAD) and that no test proved:
each made-up page here is one only that step reads right, so the step stays (scripts/clean/metadata.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file

BODY = "".join(f"<p>{text}</p>" for text in [
    "同志们：", "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
    "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
    "各乡镇要压实责任，抓好落实，确保秋收秋种各项工作顺利完成，为全年经济社会发展打下坚实基础。", "谢谢大家！"])
TITLE = "在全县秋季农业生产工作会议上的讲话"


@pytest.mark.parametrize(("page", "field", "value", "step"), [
    (f'<html><head><script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{TITLE}"}}</script>'
     f'</head><body><div class="content">{BODY}</div></body></html>', "title", TITLE, "JSON-LD headline"),
    ('<html><head><title>重磅！市委书记在全市经济工作会议上的讲话全文_某某网</title></head><body>'
     '<h1>重磅！市委书记在全市经济工作会议上的讲话全文</h1><div class="content"><p>在全市经济工作会议上的讲话</p>'
     f'{BODY}</div></body></html>', "title", "在全市经济工作会议上的讲话", "speech title inside the headline"),
    (f'<html><head><title>某某县人民政府</title></head><body><header><div class="title">{TITLE}</div>'
     f'<nav>首页 新闻 政务</nav></header><div class="content">{BODY}</div></body></html>', "title", TITLE,
     "the page's only title element"),
    ('<html><head><title>张三在全县秋季农业生产工作会议上发表讲话</title></head><body>'
     f'<h1>张三在全县秋季农业生产工作会议上发表讲话</h1><div class="content">{BODY}</div></body></html>',
     "speaker", "张三", "news headline naming the speaker of the text below"),
], ids=["json-ld-headline", "title-inside-headline", "only-title-element", "news-headline-speaker"])
def test_a_step_no_development_page_needs_reads_its_page(tmp_path: Path, page: str, field: str, value: str,
                                                         step: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    document = normalize_file(path, tmp_path)
    assert (document.meta.get(field), document.provenance.get(field)) == (value, step)
