"""A scraper's or read-it-later tool's record whose text is Markdown is read as Markdown, as a .md file is: its
setext or '#' headline is the title and a link's words stay without '[…](…)' (the json-record eval variant of a
Markdown repost found it)."""

import json
from pathlib import Path

from scripts.clean.containers import reads_as_markdown
from scripts.clean.pipeline import normalize_file

HEADLINE = "示例市长在全市优化营商环境大会上的讲话（全文）"
PARAGRAPH = ("同志们：今天召开全市优化营商环境大会，主要任务是总结经验、分析形势，部署下一阶段工作。"
             "我们要以更大力度推进改革，让企业办事更方便、更省心。")
MARKDOWN = (f"{HEADLINE}\n{'=' * 24}\n\n[示例公众号](https://mp.example.org/s?id=1)示例城市观察\n\n"
            f"![图片](https://img.example.org/1.jpg)\n\n{PARAGRAPH}\n\n**一是要抓落实。**{PARAGRAPH}\n")


def test_markdown_shapes_are_told_from_plain_text_and_html():
    assert reads_as_markdown(MARKDOWN)
    assert reads_as_markdown("# 标题\n\n正文")
    assert not reads_as_markdown(f"{HEADLINE}\n\n{PARAGRAPH}\n")  # plain text
    assert not reads_as_markdown(f"<p>{PARAGRAPH}</p><p>**说明**：**注意**</p>")  # HTML stays HTML
    assert not reads_as_markdown("他说：“**这**”")  # one bold run is not enough


def test_a_json_record_holding_markdown_reads_like_the_markdown_file(tmp_path: Path):
    record = tmp_path / "record.json"
    record.write_text(json.dumps({"id": 7, "url": "https://www.example.org/7.html", "content": MARKDOWN},
                                 ensure_ascii=False), encoding="utf-8")
    markdown = normalize_file(record).markdown
    assert f"title: {HEADLINE}" in markdown
    assert "](" not in markdown and "====" not in markdown
    assert PARAGRAPH in markdown
