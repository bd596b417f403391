"""A blog theme's post meta row spaced out to line up ('发表于2019-03-06    |    分类于…') is no prose: it stays in
the head and goes from the text. When it stood between the post's headline and a reposted speech whose title is a
heading under its speaker's credit, the speech's title is still that heading (made-up page)."""

from __future__ import annotations

from pathlib import Path

from scripts.clean.pipeline import normalize_file
from scripts.clean.render import body_text
from tests.conftest import html_page

SPEECH = ("<p>亲爱的同学们：</p>"
          "<p>今天是你们毕业的日子，我代表全体老师向你们表示祝贺。希望你们走出校门以后，始终记得自己为什么出发，"
          "做一个对社会有用的人。</p>"
          "<p>人生的道路很长，会有顺境，也会有逆境。希望你们在顺境中不骄傲，在逆境中不气馁，做一个自己尊重的人。</p>"
          "<p>祝你们前程似锦！谢谢大家！</p>")


def test_a_post_meta_row_goes_and_the_heading_under_the_credit_is_the_title(tmp_path: Path) -> None:
    body = ("<header><h1 class='post-title'>读某某毕业致辞有感</h1>"
            "<div class='post-meta'>发表于 2019-03-06 | 分类于 某某随笔 | | 阅读次数</div></header>"
            "<div class='post-body'><p>有人说，理想是廉价的，不能带来财富。我觉得理想是昂贵的，它让人活得更有意义，"
            "哪怕只让世界变好一点点。</p><p>以下是原文：</p><p>致辞：张三（教师代表）</p>"
            f"<h2>做一个有担当的人</h2>{SPEECH}</div>")
    document = normalize_file(html_page(tmp_path, "<title>读某某毕业致辞有感 | 某某随想录</title>", body), tmp_path)
    text = body_text(document.body)
    assert "发表于" not in text and "阅读次数" not in text
    assert document.meta["title"] == "做一个有担当的人"
    assert document.meta["speaker"] == "张三"
