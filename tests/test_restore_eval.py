"""restore_eval puts a set's pages back from repository mirrors, accepting only bytes with the manifest's sha256."""

from __future__ import annotations

import gzip
import hashlib
import subprocess
from pathlib import Path

from scripts.measure.restore_eval import main

HEADER = "file\trepository\tpath\tcommit\tsha256\tgit_sha256\tsource_kind\tcruft_note\n"


def commit_file(mirrors: Path, repository: str, path: str, data: bytes) -> str:
    work = mirrors / repository.replace("/", "+") / "repo"
    work.mkdir(parents=True)
    (work / path).write_bytes(data)
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", path], check=True)
    subprocess.run([*git, "commit", "-qm", "page"], check=True)
    return subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()


def write_manifest(set_dir: Path, rows: list[tuple[str, str, str, str, bytes]]) -> None:
    set_dir.mkdir()
    lines = [f"{name}\t{repo}\t{path}\t{commit}\t{hashlib.sha256(data).hexdigest()}\t-\tpage\tnone\n"
             for name, repo, path, commit, data in rows]
    (set_dir / "MANIFEST.tsv").write_text(HEADER + "".join(lines), encoding="utf-8")


def test_pages_come_back_as_stored_including_re_encoded_pages_and_corpus_records(tmp_path: Path) -> None:
    mirrors = tmp_path / "mirrors"
    corpus = "1954\t第一篇报告。\n2016\t第二篇报告。\n".encode()
    third = commit_file(mirrors, "c/corpus", "reports.tsv", corpus)
    utf8_page = "<p>同志们：今天召开会议。</p>".encode()
    gbk_text = "<p>各位来宾：新年好！</p>"
    first = commit_file(mirrors, "a/one", "news.html", utf8_page)
    second = commit_file(mirrors, "b/two", "old.html", gbk_text.encode("gb18030"))
    set_dir = tmp_path / "set"
    write_manifest(set_dir, [("1.html", "a/one", "news.html", first, utf8_page),
                             ("2.html", "b/two", "old.html", second, gbk_text.encode("utf-8")),
                             ("3.txt", "c/corpus", "reports.tsv", third, "2016\t第二篇报告。".encode()),
                             ("4.txt", "c/corpus", "reports.tsv", third, "1954\t第一篇报告。\n".encode())])
    assert main([str(set_dir), "--mirrors", str(mirrors)]) == 0
    assert (set_dir / "raw" / "1.html").read_bytes() == utf8_page
    assert (set_dir / "raw" / "2.html").read_text(encoding="utf-8") == gbk_text
    assert (set_dir / "raw" / "3.txt").read_text(encoding="utf-8") == "2016\t第二篇报告。"
    assert (set_dir / "raw" / "4.txt").read_text(encoding="utf-8") == "1954\t第一篇报告。\n"  # cut with its line end


def test_a_missing_mirror_or_a_changed_page_is_reported_and_nothing_is_guessed(tmp_path: Path, capsys) -> None:
    mirrors = tmp_path / "mirrors"
    commit = commit_file(mirrors, "a/one", "news.html", "<p>原文</p>".encode())
    set_dir = tmp_path / "set"
    write_manifest(set_dir, [("1.html", "a/one", "news.html", commit, "<p>别的内容</p>".encode()),
                             ("2.html", "c/absent", "x.html", commit, b"x")])
    assert main([str(set_dir), "--mirrors", str(mirrors)]) == 1
    assert not (set_dir / "raw" / "1.html").exists()
    message = capsys.readouterr().err
    assert "1.html: the stored bytes differ" in message
    assert "2.html: no mirror of c/absent" in message and "fetch github:c/absent" in message


def test_a_page_a_repository_keeps_gzipped_comes_back_as_the_page(tmp_path: Path) -> None:
    """A parser library's test fixture is stored as 'People_2024_04_24.html.gz'; the set holds the page inside."""
    mirrors = tmp_path / "mirrors"
    page = "<p>同志们：今天召开会议。</p>".encode()
    commit = commit_file(mirrors, "a/fixtures", "page.html.gz", gzip.compress(page))
    set_dir = tmp_path / "set"
    write_manifest(set_dir, [("1.html", "a/fixtures", "page.html.gz", commit, page)])
    assert main([str(set_dir), "--mirrors", str(mirrors)]) == 0
    assert (set_dir / "raw" / "1.html").read_bytes() == page


def test_a_manifest_row_naming_a_folder_is_reported_not_written_elsewhere(tmp_path: Path, capsys) -> None:
    """A labeller's row 'raw/1.html' is reported with the reason; other rows are still restored."""
    mirrors = tmp_path / "mirrors"
    page = "<p>同志们：今天召开会议。</p>".encode()
    commit = commit_file(mirrors, "a/one", "news.html", page)
    set_dir = tmp_path / "set"
    write_manifest(set_dir, [("raw/1.html", "a/one", "news.html", commit, page),
                             ("2.html", "a/one", "news.html", commit, page)])
    assert main([str(set_dir), "--mirrors", str(mirrors)]) == 1
    assert "must be a bare name (NNNN.html), not 'raw/1.html'" in capsys.readouterr().err
    assert sorted(path.name for path in (set_dir / "raw").iterdir()) == ["2.html"]
