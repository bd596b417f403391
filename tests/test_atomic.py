"""The one atomic write helper and the one page reader."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scripts.core.atomic import usual_file_mode, write_atomically
from scripts.site.site_corpus import load_speeches, read_speeches


def test_write_atomically_replaces_only_changed_files_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "a" / "page.md"
    assert write_atomically(path, "一\n") is True
    os.utime(path, (1, 1))
    assert write_atomically(path, "一\n".encode()) is False  # unchanged: not touched
    assert path.stat().st_mtime == 1
    assert write_atomically(path, b"\xe4\xba\x8c\n") is True
    assert path.read_text(encoding="utf-8") == "二\n"
    assert path.stat().st_mode & 0o777 == usual_file_mode()
    assert sorted(p.name for p in path.parent.iterdir()) == ["page.md"]


def test_write_atomically_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    path = tmp_path / "page.md"
    path.write_text("old", encoding="utf-8")

    def fail(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]


def test_the_page_reader_names_every_unreadable_page(tmp_path: Path) -> None:
    speeches = tmp_path / "docs" / "speeches" / "2021"
    speeches.mkdir(parents=True)
    (speeches / "good.md").write_text("---\ntitle: 好\n---\n\n正文\n", encoding="utf-8")
    (speeches / "latin1.md").write_bytes("---\ntitle: x\n---\n\n\xe9".encode("latin-1"))
    (speeches / "bare.md").write_text("正文\n", encoding="utf-8")
    pages, problems = read_speeches(tmp_path / "docs")
    assert [(p.path, p.title, p.body) for p in pages] == [("speeches/2021/good.md", "好", "\n正文\n")]
    assert problems == ["docs/speeches/2021/bare.md: does not start with a '---' front matter block",
                        problems[1]]
    assert problems[1].startswith("docs/speeches/2021/latin1.md: not UTF-8 text")
    with pytest.raises(ValueError, match=r"bare\.md"):
        load_speeches(tmp_path / "docs")
