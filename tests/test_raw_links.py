"""Raw files linked in the repository instead of copied (scripts/site/raw_links.py, mkdocs.yml's raw_url)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from scripts.core.paths import REPO
from scripts.site.build_site import build
from scripts.site.raw_links import configured_template, raw_links

TEMPLATE = "https://forge.example/o/r/blob/{commit}/{path}"


def git(top: Path, *args: str) -> str:
    environment = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", "-C", str(top), *args], capture_output=True, text=True, check=True,
                          env=environment).stdout.strip()


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """source_texts/ with a.txt (committed twice), b.txt (committed once), link.txt (a committed symbolic link)."""
    sources = tmp_path / "source_texts"
    sources.mkdir()
    git(tmp_path, "init", "-q")
    (sources / "a.txt").write_text("一\n", encoding="utf-8")
    (sources / "b.txt").write_text("二\n", encoding="utf-8")
    (sources / "link.txt").symlink_to("b.txt")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "first")
    (sources / "a.txt").write_text("一改\n", encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "second")
    return sources


def test_links_go_to_the_last_commit_that_changed_each_file(repository: Path) -> None:
    top = repository.parent
    first, second = git(top, "rev-list", "--reverse", "HEAD").split()
    links = raw_links(TEMPLATE, repository, ["a.txt", "b.txt"])
    assert links == {"a.txt": f"https://forge.example/o/r/blob/{second}/source_texts/a.txt",
                     "b.txt": f"https://forge.example/o/r/blob/{first}/source_texts/b.txt"}


def test_a_new_commit_changes_no_other_files_link(repository: Path) -> None:
    before = raw_links(TEMPLATE, repository, ["a.txt", "b.txt"])
    (repository / "c.txt").write_text("三\n", encoding="utf-8")
    git(repository.parent, "add", "-A")
    git(repository.parent, "commit", "-q", "-m", "third")
    after = raw_links(TEMPLATE, repository, ["a.txt", "b.txt", "c.txt"])
    assert {name: after[name] for name in before} == before and "c.txt" in after


def test_uncommitted_changed_and_linked_files_are_not_linked(repository: Path) -> None:
    (repository / "a.txt").write_text("未提交的修改\n", encoding="utf-8")
    (repository / "new.txt").write_text("新\n", encoding="utf-8")
    links = raw_links(TEMPLATE, repository, ["a.txt", "b.txt", "new.txt", "link.txt"])
    assert set(links) == {"b.txt"}


def test_no_template_links_nothing(repository: Path) -> None:
    assert raw_links("", repository, ["a.txt"]) == {}


@pytest.mark.parametrize("address", ["javascript:alert(1)//{commit}{path}", "data:text/html,{commit}{path}",
                                     "//forge.example/{commit}/{path}", "https://forge.example/{path}"])
def test_only_http_addresses_with_both_placeholders(address: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAW_URL", address)
    with pytest.raises(SystemExit, match="raw_url"):
        configured_template(REPO / "mkdocs.yml")


def test_built_pages_link_the_repository_and_the_site_has_no_copy(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample archive committed to a repository and built with RAW_URL: every raw link is the forge's,
    and site/raw/ holds only the file changed since the commit."""
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", tmp_path / "overrides")
    shutil.copytree(REPO / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns(
        "themes", "speakers", "years", "sources", "regions", "downloads", "compare", "stats", "search"))
    shutil.copytree(REPO / "source_texts", tmp_path / "source_texts")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "source_texts")
    git(tmp_path, "commit", "-q", "-m", "archive")
    changed = sorted((tmp_path / "source_texts").glob("00*.txt"))[0]
    changed.write_bytes(changed.read_bytes() + b"\n")
    monkeypatch.setenv("RAW_URL", TEMPLATE)
    build(tmp_path / "site", tmp_path / "docs", tmp_path / "source_texts", tmp_path / "mkdocs.yml")
    links = [line for page in (tmp_path / "site" / "speeches").glob("*/index.html")
             for line in page.read_text(encoding="utf-8").splitlines() if "archive-raw__link" in line]
    assert len(links) == len(list((tmp_path / "docs" / "speeches").glob("*.md")))
    forge = [line for line in links if 'href="https://forge.example/o/r/blob/' in line]
    assert len(forge) == len(links) - 1
    assert [p.name for p in (tmp_path / "site" / "raw").iterdir()] == [changed.name]
