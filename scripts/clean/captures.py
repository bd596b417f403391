"""What the cleaning stage hands the metadata stage: the values its rules took from the lines they removed.

A cruft rule captures with a named group (`(?P<site_name>…)`) or, for a fields rule, a label
(`来源: origin`); the name must be a field of `Captures` (the rule loader refuses any other, naming the file
and the rule), so a misspelt name fails when the rules are read, not silently at the metadata stage.
Each field holds the values in the order the rules found them; the metadata steps read the fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

IGNORED = "ignore"  # a fields rule's label whose value nobody needs ('点击数：', '字号：'): the line goes, no capture


@dataclass
class Captures:
    site_name: list[str] = field(default_factory=list)  # the site's own name in a banner or greeting line
    site_title: list[str] = field(default_factory=list)  # the site's copy of the title (editor blurb, title echo)
    labelled_title: list[str] = field(default_factory=list)  # '标题：…' above the text
    crumbs: list[str] = field(default_factory=list)  # a breadcrumb trail line ('首页 > 要闻 > …')
    published: list[str] = field(default_factory=list)  # 发布时间 / a dated meta row
    updated: list[str] = field(default_factory=list)  # 更新时间
    stamp: list[str] = field(default_factory=list)  # the date of a source credit closing the text
    origin: list[str] = field(default_factory=list)  # 来源 (the publication the page copied from)
    publisher: list[str] = field(default_factory=list)  # a bulletin's or page's 主办 / publisher
    bulletin: list[str] = field(default_factory=list)  # a bulletin's name (a running header)
    issue: list[str] = field(default_factory=list)  # a bulletin's issue line
    author: list[str] = field(default_factory=list)  # 作者
    speaker: list[str] = field(default_factory=list)  # 讲话人 / 主讲人 / 报告人
    note: list[str] = field(default_factory=list)  # an editor's note kept for the front matter's notes
    lead_in: list[str] = field(default_factory=list)  # a repost's lead-in ('以下为讲话全文'), naming the speaker
    url: list[str] = field(default_factory=list)  # the page's own address in a footer
    truncated: list[str] = field(default_factory=list)  # a paywall or 'read the rest' notice: the text is cut

    @classmethod
    def names(cls) -> frozenset[str]:
        """The names a rule may capture into."""
        return frozenset(f.name for f in fields(cls))

    def add(self, name: str, value: str) -> None:
        """Keep `value` under the field `name` (checked when the rules were loaded)."""
        values: list[str] = getattr(self, name)
        values.append(value)
