"""What the cleaning stage hands the metadata stage: the values its rules took from the lines they removed.

A cruft rule captures with a named group (`(?P<site_name>…)`) or, for a fields rule, a label
(`来源: origin`); the name must be a field of `Captures` (the rule loader refuses any other, naming the file
and the rule), so a misspelt name fails when the rules are read, not silently at the metadata stage.
Each field holds the values in the order the rules found them; the metadata steps read the fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

IGNORED = "ignore"  # a fields rule's label whose value nobody needs ('字号：', '标签：'): the line goes, no capture
COUNTED = "count"  # a counter's label ('阅读次数：', '点击数：'): its value is a number; the line goes, no capture
NOT_CAPTURED = frozenset({IGNORED, COUNTED})


@dataclass
class Captures:
    site_name: list[str] = field(default_factory=list)  # the site's name in a banner or greeting ('欢迎访问三七文档')
    site_title: list[str] = field(default_factory=list)  # the site's copy of the title (editor blurb, '本文标题:')
    labelled_title: list[str] = field(default_factory=list)  # '标题：…' above the text
    crumbs: list[str] = field(default_factory=list)  # a breadcrumb line of the text ('当前位置:首页 > …')
    published: list[str] = field(default_factory=list)  # 发布时间 and other dated meta rows
    original_published: list[str] = field(default_factory=list)  # a repost's '原文发布于': the original's date
    date_field: list[str] = field(default_factory=list)  # a date under a bare 时间 or 日期 label
    updated: list[str] = field(default_factory=list)  # 更新时间
    stamp: list[str] = field(default_factory=list)  # the date before a source credit under the text
    origin: list[str] = field(default_factory=list)  # 来源 (the publication the page took the text from)
    publisher: list[str] = field(default_factory=list)  # the issuing office (a bulletin's masthead, 发布机构)
    bulletin: list[str] = field(default_factory=list)  # a bulletin's name in its masthead (安政通报)
    issue: list[str] = field(default_factory=list)  # a bulletin's issue line (第四十六期)
    author: list[str] = field(default_factory=list)  # 作者
    author_note: list[str] = field(default_factory=list)  # closing note on the writer ('（作者：…）')
    speaker: list[str] = field(default_factory=list)  # 讲话人 / 主讲人 / 报告人 / 致辞人
    credit: list[str] = field(default_factory=list)  # a speaker's credit line ('致辞：张三（…）', '口述｜张三')
    note: list[str] = field(default_factory=list)  # an editor's note (编者按, 导读), kept in the front matter
    lead_in: list[str] = field(default_factory=list)  # a lead-in announcing the text ('…全文如下：')
    url: list[str] = field(default_factory=list)  # the page's permalink in a footer
    truncated: list[str] = field(default_factory=list)  # a paywall notice: the page cut the text

    @classmethod
    def names(cls) -> frozenset[str]:
        """The names a rule may capture into."""
        return frozenset(f.name for f in fields(cls))

    def add(self, name: str, value: str) -> None:
        """Keep `value` under the field `name` (checked when the rules were loaded)."""
        values: list[str] = getattr(self, name)
        values.append(value)
