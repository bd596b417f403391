"""`make add`: one command to add a text; every refusal leaves the archive exactly as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from scripts.clean.document import Document, Removal
from scripts.clean.pipeline import normalize_file
from scripts.clean.render import split_front_matter
from scripts.core.paths import REPO
from scripts.site.ingest import raw_files
from scripts.tools import add

SEEDS = REPO / "source_texts"
ARCHIVED_SEEDS = ("000", "002", "003", "004")  # 001 is left out so that adding it is a real addition
NAME = re.compile(r"(\d{4}-\d{2}-\d{2}|date-unknown)-[a-z0-9]{1,16}-[0-9a-f]{8}\.(txt|html)")

GBK_SPEECH_HTML = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    "<title>在全县秋季农业生产工作会议上的讲话</title></head><body>"
    "<div class='nav'>首页 &gt; 领导讲话</div>"
    "<h1>在全县秋季农业生产工作会议上的讲话</h1>"
    "<p>（2023年9月12日）</p>"
    "<p>同志们：</p>"
    "<p>今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。"
    "刚才，几个乡镇作了交流发言，讲得都很好，请大家认真学习借鉴。下面，我讲三点意见。</p>"
    "<p>一、充分认识做好秋季农业生产工作的重要意义</p>"
    "<p>秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收、"
    "推进乡村振兴具有十分重要的意义。各乡镇、各部门要切实增强责任感和紧迫感。</p>"
    "<p>二、突出抓好秋收秋种各项重点工作</p>"
    "<p>要抢抓晴好天气，组织农机具跨区作业，确保颗粒归仓。要落实粮食播种面积，推广良种良法，"
    "加强高标准农田建设，提高耕地质量。要做好防灾减灾工作，加强气象监测预警。</p>"
    "<p>同志们，做好秋季农业生产工作责任重大，希望大家扎实工作，确保各项任务圆满完成。谢谢大家！</p>"
    "</body></html>"
).encode("gbk")


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A scratch archive: four seeds in source_texts/ and their pages in docs/speeches/."""
    root = tmp_path / "archive"
    (root / "source_texts").mkdir(parents=True)
    for prefix in ARCHIVED_SEEDS:
        shutil.copy2(seed(prefix), root / "source_texts" / seed(prefix).name)
        document = normalize_file(root / "source_texts" / seed(prefix).name, root)
        page = root / "docs" / document.relative_path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(document.markdown, encoding="utf-8")
    return root


def seed(prefix: str) -> Path:
    """The seed's raw file (never its sidecar: CONTRIBUTING's example adds `000_….meta.yml`)."""
    (path,) = [p for p in raw_files(SEEDS) if p.name.startswith(f"{prefix}_")]
    return path


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and directory under root."""
    return {str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None) for p in root.rglob("*")}


def run_add(root: Path, *args: str) -> int:
    return add.main([*args, "--root", str(root)])


def added_files(before: dict[str, bytes | None], root: Path) -> set[str]:
    return {path for path, content in snapshot(root).items() if content is not None and path not in before}


def rescrape(text: str) -> str:
    """The same speech from another site: its banner, a watermark in every 300 characters."""
    marked = "".join(text[i : i + 300] + "某某范文网整理" for i in range(0, len(text), 300))
    return "您好，欢迎访问某某范文网\n当前位置：首页 > 讲话稿\n" + marked + "\n责任编辑：某某\n"


@contextmanager
def serving(path: str, body: bytes, content_type: str) -> Iterator[str]:
    """A one-page site on 127.0.0.1: `path` answers `body`, anything else 404."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = self.path == path
            data = body if found else b"missing"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def gbk_server() -> Iterator[str]:
    """A page on 127.0.0.1 whose GBK charset is stated only in its <meta> tag."""
    with serving("/speech.html", GBK_SPEECH_HTML, "text/html") as url:
        yield url


# ---------------------------------------------------------------- adding


def test_add_src_copies_raw_bytes_writes_page_and_summarizes(archive: Path, capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    before = snapshot(archive)
    assert run_add(archive, "--src", str(seed("001"))) == 0
    new = added_files(before, archive)
    (raw,) = [path for path in new if path.startswith("source_texts/")]
    (page,) = [path for path in new if path.startswith("docs/speeches/")]
    assert NAME.fullmatch(Path(raw).name), raw
    assert (archive / raw).read_bytes() == seed("001").read_bytes()
    expected = normalize_file(archive / raw, archive)
    assert page == f"docs/{expected.relative_path}"
    assert (archive / page).read_text(encoding="utf-8") == expected.markdown
    assert Path(page).stem == Path(raw).stem  # the slug is the raw file's name
    assert expected.meta["source"]["file"] == raw
    out = capsys.readouterr().out
    assert f"Added: {expected.meta['title']}" in out
    assert f"raw file   {raw}" in out and f"page       {page}" in out
    for rule in {removal.rule for removal in expected.removals}:
        count = sum(1 for removal in expected.removals if removal.rule == rule)
        assert f"{rule} ×{count}" in out
    assert "speaker    (name masked in the source)" in out  # seed 001 hides the vice-mayor's name


def test_add_url_keeps_bytes_as_received_and_url_in_sidecar(archive: Path, gbk_server: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(archive)
    url = f"{gbk_server}/speech.html"
    assert run_add(archive, "--url", url) == 0
    new = added_files(before, archive)
    (raw,) = [path for path in new if path.startswith("source_texts/") and path.endswith(".html")]
    (sidecar,) = [path for path in new if path.endswith(".meta.yml")]
    assert NAME.fullmatch(Path(raw).name)
    assert raw.startswith("source_texts/2023-09-12-")  # named from the detected delivery date
    assert (archive / raw).read_bytes() == GBK_SPEECH_HTML
    assert sidecar == f"source_texts/{Path(raw).stem}.meta.yml"
    assert yaml.safe_load((archive / sidecar).read_text(encoding="utf-8")) == {"source": {"url": url}}
    (page,) = [path for path in new if path.startswith("docs/speeches/")]
    meta, body = split_front_matter((archive / page).read_text(encoding="utf-8"))
    assert meta["title"] == "在全县秋季农业生产工作会议上的讲话"  # GBK decoded from the meta tag
    assert meta["source"]["url"] == url
    assert "同志们：" in body and "谢谢大家！" in body
    out = capsys.readouterr().out
    assert f"from       {url} (fetched {len(GBK_SPEECH_HTML):,} bytes (text/html, charset gbk from the page's" in out


def test_added_archive_passes_the_sync_and_duplicate_checks(archive: Path) -> None:
    from scripts.tools import check

    assert run_add(archive, "--src", str(seed("001"))) == 0
    assert check.check_in_sync(archive) == []
    pages, unreadable = check.read_pages(archive)
    assert unreadable == []
    assert check.check_duplicates(pages)[0] == []


def test_version_of_accepts_a_duplicate_and_declares_the_relation(archive: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-site.txt"
    other.write_text(rescrape(seed("002").read_text(encoding="utf-8")), encoding="utf-8")
    before = snapshot(archive)
    assert run_add(archive, "--src", str(other), "--version-of", seed("002").name) == 0
    (sidecar,) = [path for path in added_files(before, archive) if path.endswith(".meta.yml")]
    related = yaml.safe_load((archive / sidecar).read_text(encoding="utf-8"))["related"]
    assert related == [{"file": f"source_texts/{seed('002').name}", "relation": add.VERSION_RELATION}]


# ---------------------------------------------------------------- refusals leave the archive unchanged


def refused(archive: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run `make add` expecting a refusal; assert nothing changed; return the message."""
    before = snapshot(archive)
    assert run_add(archive, *args) == 1
    assert snapshot(archive) == before
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "refused, nothing was changed" in captured.err
    return captured.err


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"  \r\n\t\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "PNG image"),
    (bytes(range(256)) * 40, "binary"),
])
def test_refuses_empty_and_binary_files(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        content: bytes, message: str) -> None:
    bad = tmp_path / "scraped.txt"
    bad.write_bytes(content)
    assert message in refused(archive, capsys, "--src", str(bad))


def test_refuses_a_file_already_in_the_archive_under_another_name(archive: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "downloaded-again.txt"
    copy.write_bytes(seed("003").read_bytes())
    message = refused(archive, capsys, "--src", str(copy))
    assert f"already in the archive as source_texts/{seed('003').name}" in message


def test_refuses_the_same_speech_scraped_from_another_site(archive: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other-site.txt"
    other.write_text(rescrape(seed("002").read_text(encoding="utf-8")), encoding="utf-8")
    message = refused(archive, capsys, "--src", str(other))
    assert f"is the same speech as source_texts/{seed('002').name}" in message
    assert re.search(r"\(page docs/speeches/002-[0-9a-f]+\.md\): \d+% shared passages", message)
    assert f"--version-of source_texts/{seed('002').name}" in message


def test_refuses_an_archived_speech_saved_in_another_encoding(archive: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    gbk = tmp_path / "saved-as-gbk.txt"
    gbk.write_bytes(seed("004").read_text(encoding="utf-8").replace("\n", "\r\n").encode("gb18030"))
    message = refused(archive, capsys, "--src", str(gbk))
    assert f"is the same speech as source_texts/{seed('004').name}" in message
    assert "100% shared passages" in message


def test_refuses_a_name_that_collides_with_an_existing_raw_file(archive: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    message = refused(archive, capsys, "--src", str(seed("001")), "--name", seed("000").stem)
    assert f"collides with source_texts/{seed('000').name}" in message


def test_refuses_a_name_whose_page_exists_and_removes_the_raw_copy(
        archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stray = archive / "docs" / "speeches" / "taken.md"  # a stray page where seed 001's page would go
    stray.write_text("hand-made page\n", encoding="utf-8")
    message = refused(archive, capsys, "--src", str(seed("001")), "--name", "taken")
    assert "already exists; choose another --name" in message
    assert stray.read_text(encoding="utf-8") == "hand-made page\n"


@pytest.mark.parametrize("name", ["Has Spaces", "讲话", "../escape", "-dash-first", "UPPER"])
def test_refuses_names_that_are_not_clean_ascii(archive: Path, capsys: pytest.CaptureFixture[str],
                                                name: str) -> None:
    message = refused(archive, capsys, "--src", str(seed("001")), f"--name={name}")
    assert "use lower-case ASCII letters" in message


def test_refuses_missing_and_unsupported_files(archive: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert "no such file" in refused(archive, capsys, "--src", str(tmp_path / "nothing.txt"))
    pdf = tmp_path / "bulletin.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    assert "unsupported file type .pdf" in refused(archive, capsys, "--src", str(pdf))


def test_refuses_version_of_a_file_not_in_the_archive(archive: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    message = refused(archive, capsys, "--src", str(seed("001")), "--version-of", "no-such.txt")
    assert "--version-of no-such.txt: no such file in source_texts/" in message


def test_refuses_unreachable_and_missing_urls(archive: Path, gbk_server: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert "cannot be reached" in refused(archive, capsys, "--url", f"http://127.0.0.1:{port}/a.html")
    assert "HTTP 404" in refused(archive, capsys, "--url", f"{gbk_server}/gone.html")


def test_page_failure_rolls_back_raw_file_and_sidecar(archive: Path, gbk_server: str,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    real_write = add.Staging.write

    def fail_on_page(self: add.Staging, relative: str, content: bytes) -> Path:
        if relative.endswith(".md"):
            raise OSError("disk full")
        return real_write(self, relative, content)

    monkeypatch.setattr(add.Staging, "write", fail_on_page)
    before = snapshot(archive)
    with pytest.raises(OSError, match="disk full"):
        run_add(archive, "--url", f"{gbk_server}/speech.html")
    assert snapshot(archive) == before


# ---------------------------------------------------------------- naming and warnings


@pytest.mark.parametrize(("title", "initials"), [
    ("在创新驱动推进高质量发展座谈会上的讲话", "zcxqdtjgzlfzzths"),
    ("在5G与IPv6产业大会上的讲话", "z5gyipv6cydhsdjh"),
    ("", "untitled"),
    ("《》——", "untitled"),
])
def test_title_initials_are_clean_ascii(title: str, initials: str) -> None:
    assert add.title_initials(title) == initials


def test_clean_name_prefers_delivery_date_then_published() -> None:
    digest = hashlib.sha256(b"x").hexdigest()
    meta = {"title": "讲话", "date": dt.date(2021, 11, 5), "published": dt.date(2021, 11, 9)}
    assert add.clean_name(meta, digest) == f"2021-11-05-jh-{digest[:8]}"
    assert add.clean_name({"published": dt.date(2021, 11, 9)}, digest) == f"2021-11-09-untitled-{digest[:8]}"
    assert add.clean_name({}, digest) == f"date-unknown-untitled-{digest[:8]}"


def test_furniture_warnings_point_at_site_text_left_in_the_body() -> None:
    body = "同志们：\n\n要坚持创新驱动发展。\n\n责任编辑：张三\n\n来源：某某网  分享到：\n"
    document = Document("source_texts/x.txt", "x", {"title": "讲话"}, body, body, [Removal("breadcrumb", "首页")])
    assert add.furniture_warnings(document) == [
        "body line 5 looks like site text, not speech: 责任编辑：张三",
        "body line 7 looks like site text, not speech: 来源：某某网  分享到：",
    ]


def test_summary_lists_the_pipeline_warnings(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    text = seed("004").read_text(encoding="utf-8").replace("(2021年2月8日)", "")
    speech = tmp_path / "no-date.txt"
    speech.write_text(text, encoding="utf-8")
    shutil.rmtree(archive / "docs")  # so that it is not refused as a duplicate of seed 004
    for path in (archive / "source_texts").glob("004_*"):
        path.unlink()
    assert run_add(archive, "--src", str(speech)) == 0
    warnings = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  warning ")]
    assert any("no delivery date found" in line for line in warnings), warnings


def test_an_untitled_speech_is_added_without_a_title_and_the_summary_says_how_to_set_one(
        archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = seed("004").read_text(encoding="utf-8").split("\n")
    speech = tmp_path / "untitled.txt"
    speech.write_text("新华社北京12月31日电\n\n" + "\n".join(lines[14:]), encoding="utf-8")  # no title line
    shutil.rmtree(archive / "docs")  # so that it is not refused as a duplicate of seed 004
    for path in (archive / "source_texts").glob("004_*"):
        path.unlink()
    before = snapshot(archive)
    assert run_add(archive, "--src", str(speech)) == 0
    out = capsys.readouterr().out
    assert "Added: （无题）" in out and "set `title:` in the sidecar" in out
    assert "title ←" not in out  # the summary names no step for a title it did not find
    assert any(line.startswith("  warning ") and "no title found" in line for line in out.splitlines())
    (page,) = [archive / p for p in added_files(before, archive) if p.endswith(".md")]
    meta, _ = split_front_matter(page.read_text(encoding="utf-8"))
    assert "title" not in meta  # nothing invented from the first characters of the text


BIG5_PAGE = ("<html><body><h1>在全縣經濟工作會議上的講話</h1><p>同志們：</p>"
             "<p>今天召開全縣經濟工作會議，主要任務是總結去年工作，部署今年任務。我們要堅定信心，真抓實幹，"
             "推動高品質發展取得新成效。各級各部門要認真抓好落實，確保各項目標任務圓滿完成。</p></body></html>")


def test_add_url_keeps_a_header_only_charset_in_the_sidecar(archive: Path) -> None:
    """The bytes do not say they are Big5, only the HTTP header does: the sidecar records it."""
    before = snapshot(archive)
    with serving("/page.html", BIG5_PAGE.encode("big5"), "text/html; charset=big5") as url:
        assert run_add(archive, "--url", f"{url}/page.html") == 0
    new = added_files(before, archive)
    (sidecar,) = [path for path in new if path.endswith(".meta.yml")]
    assert yaml.safe_load((archive / sidecar).read_text(encoding="utf-8"))["encoding"] == "big5"
    (page,) = [path for path in new if path.startswith("docs/speeches/")]
    meta, _ = split_front_matter((archive / page).read_text(encoding="utf-8"))
    assert meta["title"] == "在全縣經濟工作會議上的講話"
