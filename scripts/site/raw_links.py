"""Where a speech page links its raw files: a copy on the site, or the file in the repository on the forge.

mkdocs.yml's `extra.raw_url` (environment RAW_URL) decides, once for the whole site:
  - empty (the default, and `make serve`): the build copies every cited raw file to site/raw/<name>.txt;
  - a web address with `{commit}` and `{path}`, e.g. https://github.com/OWNER/REPO/blob/{commit}/{path}: each
    cited raw file that is committed, unchanged and a regular file links to that file at the last commit that
    changed it, and the site carries no copy. A raw file not committed yet (a `make add` before the commit), or
    changed since, is still copied, so every link works. The last commit that changed a file, not HEAD: a page's
    link stays the same from one commit to the next, so adding a speech changes no other page.
Raw files are 0.9× the Markdown and one file per speech: linking them keeps a 10,000-speech site under the
static hosts' limits (GitHub Pages 1 GB, Cloudflare Pages 20,000 files; PERFORMANCE.md).
Only `https://` and `http://` templates are accepted (a javascript: or data: address would run in the reader's
browser), only files a page cites get a link, and only regular files (never a symbolic link) are linked.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import quote

from mkdocs.config import load_config

PLACEHOLDERS = ("{commit}", "{path}")
REGULAR_MODES = ("100644", "100755")  # git's modes of a regular file (120000 is a symbolic link)


def configured_template(config_file: Path) -> str:
    """mkdocs.yml's extra.raw_url (RAW_URL when set); SystemExit when it is set but not an http(s) address
    with both placeholders."""
    extra: dict[str, object] = dict(load_config(config_file=str(config_file)).extra or {})
    template = str(extra.get("raw_url") or "").strip()
    if template and (not template.startswith(("https://", "http://"))
                     or not all(p in template for p in PLACEHOLDERS)):
        raise SystemExit(f"build_site: raw_url (RAW_URL) {template!r} must be an https:// or http:// address "
                         "with {commit} and {path}, e.g. https://github.com/OWNER/REPO/blob/{commit}/{path}")
    return template


def git(top: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(top), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build_site: raw_url is set, but `git {' '.join(args[:2])}` failed in {top}: "
                         f"{result.stderr.strip()}")
    return result.stdout


def repository_root(source_dir: Path) -> Path:
    return Path(git(source_dir, "rev-parse", "--show-toplevel").strip())


def last_commits(top: Path, folder: str) -> dict[str, str]:
    """Path (from the repository root) -> the last commit that changed it, for every file ever under folder."""
    commits: dict[str, str] = {}
    commit = ""
    for line in git(top, "log", "--format=%x00%H", "--name-only", "--no-renames", "--", folder).splitlines():
        if line.startswith("\0"):
            commit = line[1:]
        elif line:
            commits.setdefault(line, commit)  # the log runs newest first
    return commits


def committed_regular_files(top: Path, folder: str) -> set[str]:
    """Paths under folder that git tracks as regular files and that match HEAD in the index and work tree."""
    tracked = set()
    for entry in git(top, "ls-files", "-s", "-z", "--", folder).split("\0"):
        if entry:
            mode, _, rest = entry.partition(" ")
            if mode in REGULAR_MODES:
                tracked.add(rest.split("\t", 1)[1])
    changed = {entry[3:] for entry in git(top, "status", "--porcelain", "-z", "--untracked-files=all", "--",
                                          folder).split("\0") if len(entry) > 3}
    return tracked - changed


def raw_links(template: str, source_dir: Path, names: list[str]) -> dict[str, str]:
    """Raw file name -> its address on the forge, for each of names (files in source_dir) that is committed
    unchanged; {} when no template is configured."""
    if not template:
        return {}
    top = repository_root(source_dir)
    folder = source_dir.resolve().relative_to(top.resolve()).as_posix()
    commits = last_commits(top, folder)
    committed = committed_regular_files(top, folder)
    links = {}
    for name in names:
        path = f"{folder}/{name}" if folder != "." else name
        if path in committed and path in commits:
            links[name] = template.replace("{commit}", commits[path]).replace("{path}", quote(path))
    return links
