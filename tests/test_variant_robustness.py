"""Fixes found by the metamorphic variants of `make eval VARIANT=` (scripts/measure/variants.py): the same
made-up page must give the same result however its bytes are written (line endings, punctuation width, class
names, encodings, wrapping)."""

from pathlib import Path

from scripts.clean.pipeline import normalize_bytes
from scripts.clean.render import split_document

PARAGRAPH = ("同志们：今天我们召开全市教育工作会议，主要任务是总结过去一年的工作，分析当前面临的形势，"
             "部署今年的重点任务。希望大家认真学习，抓好落实。")
POST = f"""---
title: 在全市教育工作会议上的讲话
author: 王某某
date: 2021-03-04
categories: [讲话]
---

{PARAGRAPH}

{PARAGRAPH}
"""


def read(text: str, name: str = "post.md", encoding: str = "utf-8") -> tuple[dict, str]:
    """(front matter without the checksum, body) of a made-up page written in `encoding`."""
    meta, body = split_document(normalize_bytes(text.encode(encoding), Path(name)).markdown)
    meta["source"].pop("sha256", None)
    return meta, body


def test_front_matter_is_read_the_same_with_crlf_line_endings():
    plain, crlf = read(POST), read(POST.replace("\n", "\r\n"))
    assert plain == crlf
    assert crlf[0]["title"] == "在全市教育工作会议上的讲话"
    assert "categories" not in crlf[1]


FOLDED = PARAGRAPH.translate({ord("，"): ",", ord("："): ":", ord("！"): "!", ord("？"): "?", ord("；"): ";"})


def test_prose_folded_to_ascii_punctuation_is_still_prose():
    from scripts.clean.prose import measure, prose_rule
    text = "\n".join([FOLDED] * 3)
    assert measure("folded", text).is_prose(prose_rule()) == measure("plain", "\n".join([PARAGRAPH] * 3)).is_prose(
        prose_rule()) is True
    assert not measure("code", "import { a, b } from 'x';\nconst c = [1, 2, 3];").is_prose(prose_rule())


COMPONENT = """import Link from 'next/link';
import Image from 'next/image';

export default function Page() {
  return (
    <main>
      <h1>校长致辞</h1>
      <p>
        %s
      </p>
      <p>
        %s
      </p>
    </main>
  );
}
"""


def test_a_component_whose_text_has_ascii_punctuation_renders_its_page():
    plain = read(COMPONENT % (PARAGRAPH, PARAGRAPH), "page.tsx")
    folded = read(COMPONENT % (FOLDED, FOLDED), "page.tsx")
    assert "总结过去一年的工作" in folded[1]
    assert len(folded[1]) >= len(FOLDED) * 2 and plain[0]["title"] == folded[0]["title"]


HTML_PAGE = """<html><head><title>在全市工作会议上的讲话</title></head><body>
<div><a href="/">首页</a> <a href="/a">新闻</a> <a href="/b">通知</a> <a href="/c">领导讲话</a></div>
<div><h1>在全市工作会议上的讲话</h1>
<p>%s</p><p>%s</p><p>%s</p></div>
<div>版权所有 某某市人民政府</div>
</body></html>
"""


def test_an_html_article_with_ascii_punctuation_is_found_as_with_full_width():
    plain = read(HTML_PAGE % (PARAGRAPH, PARAGRAPH, PARAGRAPH), "page.html")
    folded = read(HTML_PAGE % (FOLDED, FOLDED, FOLDED), "page.html")
    assert "版权所有" not in folded[1] and "领导讲话" not in folded[1]
    assert folded[1].count("总结过去一年的工作") == plain[1].count("总结过去一年的工作") == 3


BOXED = """<html><head><title>在全市工作会议上的讲话</title></head><body>
<div><h1>在全市工作会议上的讲话</h1>
<p>%s</p>
<div><div><img src="a.jpg" alt=""><p>%s</p></div></div>
<p>%s</p><p>%s</p>
</div></body></html>
"""


def test_a_line_in_a_picture_box_is_its_caption_whatever_the_class_names():
    _, body = read(BOXED % (PARAGRAPH, "市长在会上讲话", PARAGRAPH, PARAGRAPH), "page.html")
    assert "市长在会上讲话" not in body
    assert body.count("总结过去一年的工作") == 3
    two_lines = BOXED.replace("<p>%s</p></div></div>", "<p>%s</p><p>第二行文字</p></div></div>")
    _, kept = read(two_lines % (PARAGRAPH, "市长在会上讲话", PARAGRAPH, PARAGRAPH), "page.html")
    assert "第二行文字" in kept  # a box with more text in it is part of the article


def test_a_long_mostly_ascii_page_without_a_charset_is_read_as_chinese():
    from scripts.clean.decode import decode_bytes
    template = "".join(f'<div class="menu-item-{i}"><a href="/section/{i}.html">Section {i}</a></div>\n'
                       for i in range(3000))
    page = f"<html><head><title>講話</title></head><body>{template}<p>{PARAGRAPH}</p></body></html>"
    for codec in ("big5", "gb18030"):
        text = page if codec == "gb18030" else page.replace("为", "為").replace("们", "們")
        data = text.replace("过", "過" if codec == "big5" else "过").encode(codec, errors="ignore")
        decoded, found = decode_bytes(data, Path("page.html"))
        assert "今天我" in decoded and found in ("big5", "big5hkscs", "gb18030"), (codec, found)


def test_a_wrapped_dump_with_long_markup_lines_is_still_rejoined():
    """A Markdown dump wrapped at one width keeps its <img>, <figcaption> and link lines whole, longer than the
    column: they do not hide the width, so the cut paragraphs are joined again. A full line ending with the colon
    that opens a quotation goes on into the quotation ('他续道：' / '「…」')."""
    from scripts.clean.structure import rejoin_hard_wrapped

    text = ("中聯辦今晚舉行新春酒會，多名官員出席。主任致辭時三度以同一句話為段落開首，先後述及法治文明以及繁榮發展。"
            "他又說，要守護法治文明，一家人之間有商有量，再大的事情都好解決。")
    quote = "「只要各界團結齊心，共同努力，堅決維護法治這一核心價值，這個家就一定能讓我們引以為傲。」"
    width = 30
    lead = text + "他續道："
    lead = "據報道，" * ((width - len(lead) % width) // 4) + "。" * ((width - len(lead) % width) % 4) + lead
    cut = [lead[i:i + width] for i in range(0, len(lead), width)]
    assert len(cut[-1]) == width  # the colon closes a full line
    picture = '<img src="https://example.com/images/2020/01/a-very-long-picture-name-20200115212539_large.jpg" alt="">'
    lines = [*cut, *[quote[i:i + width] for i in range(0, len(quote), width)], "", picture,
             "<figcaption>主任致辭近18分鐘，6次停頓鼓掌。電台直播截圖</figcaption>", "", *cut]
    joined = rejoin_hard_wrapped(lines)
    assert joined[0] == lead + quote
    assert picture in joined and joined[-1] == lead


def test_a_salutation_opens_a_paragraph_under_a_lead_in_that_filled_its_line():
    """'…以下为省委书记在大会上的讲话实录——' fills its line of a wrapped dump; the next line opens with the salutation
    ('同志们，朋友们： 今天…'): the speech starts there, it does not go on the lead-in's paragraph."""
    from scripts.clean.structure import rejoin_hard_wrapped

    width = 30
    lead = ("1月28日，全省高质量发展大会在广州召开，大会以视频直播的形式开至全省各地市、县（市、区）。"
            "以下为省委书记在大会上的讲话实录——")
    lead = "据报道，" * ((width - len(lead) % width) // 4) + "。" * ((width - len(lead) % width) % 4) + lead
    speech = ("同志们，朋友们： 今天是农历新春上班开工的第一天，我们隆重召开全省高质量发展大会，"
              "就是要奏响走在前列、当好示范的强音。")
    lines = [lead[i:i + width] for i in range(0, len(lead), width)]
    lines += [speech[i:i + width] for i in range(0, len(speech), width)]
    assert len(lines[len(lead) // width - 1]) == width
    joined = rejoin_hard_wrapped(lines * 3)
    assert joined[:2] == [lead, speech]
