"""Encodings, line ends, HTML and bad input: clear refusals naming the file, never a partial page."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from scripts.clean.decode import decode_source
from scripts.clean.pipeline import normalize_file
from scripts.core.errors import InputError
from scripts.core.paths import REPO

SPEECH = ("在全市经济工作会议上的讲话\n\n同志们：\n\n今天召开全市经济工作会议，主要任务是总结去年工作，部署今年任务。"
          "我们要坚定信心，真抓实干，推动高质量发展取得新成效。\n\n第一，要坚持稳中求进\n\n"
          "稳是大局，进是方向。各级各部门要认真抓好落实，确保各项目标任务圆满完成。\n")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


TRADITIONAL = ("在全市經濟工作會議上的講話\n\n同志們：\n\n"
               "今天召開全市經濟工作會議，主要任務是總結去年工作，部署今年任務。"
               "我們要堅定信心，真抓實幹，推動高品質發展取得新成效。各級各部門要認真抓好落實，確保各項目標任務圓滿完成。\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5"])
def test_encodings_detected(tmp_path: Path, encoding: str) -> None:
    text = TRADITIONAL if encoding == "big5" else SPEECH
    document = normalize_file(write(tmp_path, "speech.txt", text.encode(encoding)))
    assert document.meta["title"] == text.split("\n")[0]
    assert text.split("\n")[4][:20] in document.body


def test_crlf_cr_and_nul(tmp_path: Path) -> None:
    crlf = normalize_file(write(tmp_path, "a.txt", SPEECH.replace("\n", "\r\n").encode()))
    cr = normalize_file(write(tmp_path, "b.txt", SPEECH.replace("\n", "\r").encode()))
    nul = normalize_file(write(tmp_path, "c.txt", SPEECH.replace("今天", "今\x00天\x07").encode()))
    plain = normalize_file(write(tmp_path, "d.txt", SPEECH.encode()))
    assert crlf.body == cr.body == nul.body == plain.body
    assert "\r" not in crlf.markdown and "\x00" not in nul.markdown


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"   \n\t\r\n  \n", "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (bytes(range(256)) * 20, "binary"),
    (b"Just an English page with no Chinese at all.\n" * 10, "no Chinese"),
    ("您好,欢迎访问三七文档\n当前位置:首页 > 办公文档\n打印本页\n关闭窗口\n".encode(), "no speech text"),
])
def test_bad_input_refused_with_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as error:
        normalize_file(path)
    assert str(path) in str(error.value)
    assert reason.lower() in error.value.reason.lower()


def test_html_page_scripts_and_handlers_never_reach_the_page(tmp_path: Path) -> None:
    html = ("<!doctype html><html><head><meta charset='gbk'><title>站点</title><script>alert(1)</script></head>"
            "<body><nav>首页 &gt; 领导讲话</nav><header>某市政府网</header>"
            "<div class='content'><h1>在全市大会上的讲话</h1><p onclick='steal()'>同志们：</p>"
            "<p>今天召开大会，主要任务是部署工作，大家要认真抓好落实，确保取得实效。</p>"
            "<p>我们要坚持&lt;script&gt;不是代码&lt;/script&gt;，推动发展。</p>"
            "<style>p{color:red}</style><img src=x onerror='alert(2)'></div>"
            "<footer>版权所有 某市人民政府</footer></body></html>")
    path = write(tmp_path, "page.html", html.encode("gbk"))
    document = normalize_file(path)
    assert document.meta["title"] == "在全市大会上的讲话"
    for forbidden in ["alert", "onclick", "onerror", "steal", "color:red", "版权所有", "<script", "<p"]:
        assert forbidden not in document.body
    assert "&lt;script&gt;不是代码&lt;/script&gt;" in document.body


def test_markdown_and_html_specials_render_literally(tmp_path: Path) -> None:
    text = (SPEECH + "1. 这一行以数字和点开头，不是列表，而是讲话的内容。\n\n"
            "# 这一行以井号开头，*星号*和_下划线_与[方括号]都照原样。\n")
    document = normalize_file(write(tmp_path, "md.txt", text.encode()))
    assert "\n1\\.这一行" in document.body
    assert "\n\\# 这一行" in document.body
    assert "\\*星号\\*" in document.body and "\\[方括号\\]" in document.body


def test_five_megabyte_file_in_linear_time(tmp_path: Path) -> None:
    """No regex backtracking blow-up: a 5 MB page (one huge run-on line plus many lines) finishes."""
    paragraph = "要坚持稳中求进工作总基调，推动高质量发展取得新成效，确保各项目标任务圆满完成。"
    lines = ["在全市大会上的讲话", "同志们："] + [paragraph * 30] * 1500 + [paragraph * 3000]
    data = "\n".join(lines).encode()
    assert len(data) > 5_000_000
    path = write(tmp_path, "big.txt", data)
    started = time.perf_counter()
    document = normalize_file(path)
    elapsed = time.perf_counter() - started
    assert document.body.count("要坚持稳中求进") == 1500 * 30 + 3000
    assert elapsed < 120  # generous bound for slow CI; linear processing takes a few seconds


def test_normalize_command_prints_only_the_document() -> None:
    seed = REPO / "source_texts" / "000_290bc3203928de73.txt"
    result = subprocess.run(["make", "-s", "normalize", f"SRC={seed}"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout == normalize_file(seed).markdown
    assert result.stdout.startswith("---\ntitle: ")


def test_normalize_command_refuses_bad_input(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    result = subprocess.run([sys.executable, "-m", "scripts.site.ingest", "normalize", str(path)], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stdout == ""
    assert str(path) in result.stderr and "empty" in result.stderr


def test_decode_reports_gbk_encoding() -> None:
    source = decode_source(SPEECH.encode("gbk"), Path("x.txt"))
    assert source.encoding == "gb18030"


def test_page_bundling_several_speeches_is_refused(tmp_path: Path) -> None:
    prose = "今天召开全县经济工作会议，主要任务是总结去年工作，部署今年任务，大家要认真抓好落实。\n"
    text = ("县长讲话3篇\n篇一：县长在全县经济工作会议上的讲话\n同志们：\n" + prose
            + "篇二：县长在全县安全生产会议上的讲话\n同志们：\n" + prose)
    path = write(tmp_path, "bundle.txt", text.encode())
    with pytest.raises(InputError, match="holds 2 texts"):
        normalize_file(path)
    single = normalize_file(write(tmp_path, "single.txt", ("在大会上的讲话\n同志们：\n" + prose * 2).encode()))
    assert single.meta["title"] == "在大会上的讲话"
    assert single.body.count(prose.strip()) == 2  # one text: the whole speech, once


def test_a_page_whose_text_is_all_furniture_is_refused_saying_so(tmp_path: Path) -> None:
    menu = "".join(f"<li><a href='/n{i}'>第{i}条新闻标题，点击查看详情</a></li>" for i in range(12))
    page = f"<html><body><ul class='nav'><li><a href='/'>首页</a></li></ul><ul class='list'>{menu}</ul></body></html>"
    path = tmp_path / "list.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(InputError, match=r"no article found: all \d+ blocks of text on the page read as navigation"):
        decode_source(path.read_bytes(), path)
    path.write_text("<html><body><div> </div></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="the file has no text"):
        decode_source(path.read_bytes(), path)


def test_character_references_in_a_plain_text_dump_are_decoded(tmp_path: Path) -> None:
    """A scraper's text dump keeps the page's references ('&nbsp;', '&ldquo;', '&#12290;'): the text shows the
    characters; '&' that starts no reference ('R&D') stays."""
    text = SPEECH.replace("今天召开", "&nbsp;&nbsp;今天召开")
    text = text.replace("部署今年任务。", "部署&ldquo;今年任务&rdquo;&#12290;R&D")
    source = decode_source(text.encode("utf-8"), write(tmp_path, "a.txt", b""))
    joined = "\n".join(source.lines)
    assert "部署“今年任务”。R&D" in joined and "&nbsp" not in joined and "\u00a0\u00a0今天召开" in joined


def test_a_post_whose_text_is_only_pictures_is_refused_saying_so(tmp_path: Path) -> None:
    """The headline, printed again over the images, and a date row are no text: refused, not archived empty."""
    title = "某某最新演讲万字文章：房地产可能的发展趋势（含48页PPT）"
    pictures = "".join(f"<p><img src='/{i}.jpg'></p>" for i in range(20))
    page = (f"<html><head><title>{title} | 某某博客</title></head><body><article><h1>{title}</h1>"
            "<div class='post-meta'>| 发表于 2018-02-19 | |</div>"
            f"<div class='post-body'><h2>{title}</h2><p>让某某飞得更快更高：</p>{pictures}</div>"
            "</article></body></html>")
    path = write(tmp_path, "pictures.html", page.encode("utf-8"))
    with pytest.raises(InputError, match=r"pictures\.html.*no speech text under the headings .*only in pictures"):
        normalize_file(path)
    path.write_text(page.replace("<p>让某某", f"<p>{SPEECH}</p><p>让某某"), encoding="utf-8")
    assert "今天召开全市经济工作会议" in normalize_file(path).body


def test_a_long_row_of_bar_separated_fields_is_no_backtracking_trap(tmp_path: Path) -> None:
    """A row of many '|'-separated fields with spaces around them (a meta row's shape, post-meta-row) once took
    exponential time in the number of fields; each field is now matched whole."""
    row = "发表于 2018 | " * 60 + "阅读 " + "| " * 200
    path = write(tmp_path, "row.txt", "\n".join(["在全市大会上的讲话", "同志们：", row, SPEECH]).encode())
    started = time.perf_counter()
    normalize_file(path)
    assert time.perf_counter() - started < 60  # exponential matching took minutes at 24 fields
