"""Incremental site builds: MkDocs renders only the pages whose inputs changed since the last build.

MkDocs re-renders every page on every build (about 8 CPU ms a speech page, 80 s at 10,000 speeches); its
`--dirty` mode skips a page whose output is newer than its Markdown file, which misses every other input (the
templates, the generated per-speech partial, the name -> slug maps). Here the build decides instead, from
content hashes, and hands MkDocs a site directory in which exactly the pages to re-render have no output:
  - a key for the whole site: mkdocs.yml and its values from the environment, the theme overrides (except
    the generated files below), docs/assets/, and the MkDocs and Material versions. When it differs from the
    last build's, the build is a clean one, as before;
  - a key per file of docs/: its bytes, and for a speech page also its generated partial and the values of
    the slug maps it reads (`browse.speech_lookups`, defined beside the maps);
  - the keys of the last build are kept beside the site directory (`<site>.build.json`, never published).
A page whose key is unchanged keeps its output (no older than its Markdown, so MkDocs' dirty mode skips it); a page
whose key changed, or that is new, has its output deleted (MkDocs renders it); a page gone from docs/ has its
output deleted. tests/test_incremental.py checks that an incremental build gives the same bytes as a clean one.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from scripts.core.atomic import write_atomically

GENERATED_OVERRIDES = ("partials/archive-pages/", "partials/archive-slugs.html")  # keyed per page instead
DIRTY_NOTICE = "A 'dirty' build is being performed"  # MkDocs' warning for every dirty build


def manifest_path(site_dir: Path) -> Path:
    return site_dir.with_name(site_dir.name + ".build.json")


def digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def tree_digest(root: Path, skip: tuple[str, ...] = ()) -> str:
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []
    parts = [part for p in files if not p.relative_to(root).as_posix().startswith(skip)
             for part in (p.relative_to(root).as_posix().encode(), p.read_bytes())]
    return digest(*parts)


# The packages that turn a page's Markdown into HTML, and the code that rewrites what MkDocs wrote: a new
# version of either changes pages whose inputs did not change.
RENDERERS = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2")
POST_PROCESSING = (Path(__file__).with_name("compact_html.py"),)


def site_key(config: MkDocsConfig, config_file: Path, overrides_dir: Path, docs_dir: Path) -> str:
    """What every page depends on: mkdocs.yml and the values it takes from the environment, the overrides,
    docs/assets/, the rendering packages' versions and the code that compacts the pages."""
    settings = json.dumps({"site_url": config.site_url, "extra": dict(config.extra)}, sort_keys=True, default=str)
    return digest(config_file.read_bytes(), settings.encode(), tree_digest(overrides_dir, GENERATED_OVERRIDES).encode(),
                  tree_digest(docs_dir / "assets").encode(), *(version(name).encode() for name in RENDERERS),
                  *(path.read_bytes() for path in POST_PROCESSING))


def inside(address: object) -> bool:
    """A path the build may have written under docs/ or the site directory: relative, without `..`."""
    return isinstance(address, str) and not Path(address).is_absolute() and ".." not in Path(address).parts


def well_formed(last: object) -> bool:
    """A record as `record` writes it: page keys by paths under docs/, and the extra outputs as addresses inside
    the site (a path that climbs out could make the build delete a file elsewhere)."""
    if not isinstance(last, dict) or not isinstance(last.get("pages"), dict) or not all(map(inside, last["pages"])):
        return False
    outputs = last.get("outputs", {})
    redirects = outputs.get("redirects", []) if isinstance(outputs, dict) else None
    return isinstance(redirects, list) and all(map(inside, redirects))


def last_record(site_dir: Path) -> tuple[dict[str, Any] | None, str]:
    """The last build's record (manifest_path), or None and why it cannot be used: missing, unreadable or
    malformed (a build killed while writing it, a cache restored from elsewhere), or a site directory holding a
    symbolic link, which no build writes (a clean build starts the directory afresh)."""
    path = manifest_path(site_dir)
    if not path.is_file() or not site_dir.is_dir():
        return None, ""
    try:
        last = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return None, f"{path.name} is unreadable ({error.__class__.__name__})"
    if not well_formed(last):
        return None, f"{path.name} is not a record of a build"
    if any(entry.is_symlink() for entry in site_dir.rglob("*")):
        return None, f"{site_dir.name}/ holds a symbolic link"
    return last, ""


def page_keys(docs_dir: Path, extra: Callable[[str], bytes]) -> dict[str, str]:
    """Path under docs/ -> key of every file there; extra(path) is what else the page's output depends on."""
    return {path.relative_to(docs_dir).as_posix(): digest(path.read_bytes(), extra(path.relative_to(docs_dir)
                                                                                     .as_posix()))
            for path in sorted(docs_dir.rglob("*")) if path.is_file()}


def output_of(source: str, docs_dir: Path, site_dir: Path) -> Path:
    """Where MkDocs writes the file docs/<source> (its own mapping: x.md -> x/index.html)."""
    return Path(File(source, str(docs_dir), str(site_dir), use_directory_urls=True).abs_dest_path)


def prepare(site_dir: Path, docs_dir: Path, key: str, keys: dict[str, str]) -> dict[str, Any] | None:
    """Make site_dir ready for MkDocs' dirty mode against the last build's keys; None when the build must be a
    clean one (no last build, or the site's key changed). Returns what the last build recorded, with "stale":
    the files of docs/ MkDocs will render (or copy) again. Why a record that exists cannot be used is said on
    stderr."""
    last, why = last_record(site_dir)
    if last is not None and last.get("site") != key:
        last, why = None, "the templates, mkdocs.yml, its settings or the rendering code changed"
    if why:
        print(f"build_site: every page rendered again: {why}", file=sys.stderr)
    if last is None:
        return None
    old: dict[str, str] = last.get("pages", {})
    for source in old.keys() - keys.keys():
        output_of(source, docs_dir, site_dir).unlink(missing_ok=True)
    stale = []
    for source, page_key in keys.items():
        output = output_of(source, docs_dir, site_dir)
        if old.get(source) != page_key or not output.exists():
            output.unlink(missing_ok=True)
            stale.append(source)
            continue
        written, changed = output.stat().st_mtime_ns, (docs_dir / source).stat().st_mtime_ns
        if written < changed:  # the same bytes rewritten: as new as its Markdown, MkDocs' dirty mode leaves it
            os.utime(output, ns=(changed, changed))
    last["stale"] = stale
    return last


def record(site_dir: Path, key: str, keys: dict[str, str], outputs: dict[str, list[str]]) -> None:
    """Keep this build's keys (and the extra files other steps wrote, to remove them next time)."""
    write_atomically(manifest_path(site_dir), json.dumps({"site": key, "pages": keys, "outputs": outputs},
                                                         sort_keys=True, indent=0) + "\n")
