"""Build the static site: browse pages, the site engine, then the raw sources and the archive's search index.

`build()` is the one definition of the build order; `make build`, `make check`, the tests and the benchmarks
all call it (`python -m scripts.site.build_site --site-dir site [--docs-dir docs] [--engine mkdocs|zensical]`).
  - scripts.site.browse generates the home, theme, speaker, year and source pages and the downloads;
  - the engine renders docs/ with the theme overrides: `mkdocs build --strict` (default), or Zensical
    (Material's successor, which reads mkdocs.yml and the same overrides) with `--engine zensical`; the pages
    it wrote lose the templates' indentation and blank lines (scripts/site/compact_html.py).
After the engine:
  - every raw file of source_texts/ that a speech page cites is copied byte for byte to site/raw/<name>.txt
    (always .txt, so a scraped HTML page is shown as text, never run as HTML in the reader's browser), unless
    mkdocs.yml's raw_url links it in the repository instead (scripts/site/raw_links.py);
  - each speech's Markdown page of docs/ is copied to site/md/ (the speech page's Markdown download);
  - a redirect page at every address in docs/addresses.txt that moved (scripts/site/addresses.py);
  - the search index of scripts/site/search_index.py is written to site/search/archive/ (speeches with their
    speaker, office, event, region and source, and the browse pages): when few documents changed since its last
    full build, only a delta segment of them and the manifest (scripts/site/search_index.py: update_index);
    an index written whole is built while the engine runs, with worker processes (StagedIndex; ARCHIVE_WORKERS=1:
    after the engine, in this process), and moved in at this point;
  - for the search page (/search/): the per-speech facet table (scripts/site/search_facets.py) and the
    traditional→simplified folding table the browser applies to queries (scripts/site/script_fold.py).
Material's search plugin stays on for its search box, keyboard shortcut and result list, but indexes no
page: its search_index.json holds only its configuration, and the overridden template points Material to
the archive's own search worker (overrides/assets/javascripts/archive-search.js).
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Collection, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

from scripts.clean.sidecar import is_sidecar, sidecar_path
from scripts.core.atomic import write_atomically
from scripts.core.errors import InputError
from scripts.core.paths import REPO
from scripts.core.workers import Cancel, worker_count
from scripts.site import addresses, browse, incremental
from scripts.site.compact_html import compact_pages
from scripts.site.ingest import check_raw_file, raw_files
from scripts.site.raw_links import configured_template, raw_links
from scripts.site.script_fold import write_fold_file
from scripts.site.search_facets import write_facets
from scripts.site.search_index import (
    INDEX_DIR,
    SearchDoc,
    announce_whole,
    page_docs,
    record_path,
    speech_doc,
    update_index,
    written_whole,
)
from scripts.site.site_corpus import Speech, load_speeches, raw_name

SOURCE_TEXTS = REPO / "source_texts"
CONFIG = REPO / "mkdocs.yml"
ENGINES = ("mkdocs", "zensical")


def without_page_indexing(config: MkDocsConfig) -> MkDocsConfig:
    """Drop Material's search plugin from the page_context event: it would segment every page with jieba
    into a search_index.json that grows with the archive (75 MB at 1,000 speeches) and is never used."""
    plugin = config.plugins["material/search"]
    handlers = config.plugins.events["page_context"]
    handlers[:] = [h for h in handlers if getattr(h, "__self__", None) is not plugin]
    return config


# Files of the theme that no page of the site loads: Material's own search worker and its lunr language
# support (the archive's worker, overrides/assets/javascripts/archive-search.js, replaces them), and the scripts' and
# stylesheets' source maps (2.2 MB and 38 files of every build); and MkDocs' sitemap.xml.gz, a second copy of
# sitemap.xml (the address crawlers look for; robots.txt and search consoles name it). Removed after the engine.
UNUSED_THEME_FILES = ("assets/javascripts/workers", "assets/javascripts/lunr", "assets/javascripts/*.map",
                      "assets/stylesheets/*.map", "sitemap.xml.gz")


def remove_unused_theme_files(site_dir: Path) -> None:
    for pattern in UNUSED_THEME_FILES:
        for path in site_dir.glob(pattern):
            shutil.rmtree(path) if path.is_dir() else path.unlink()


def run_mkdocs(site_dir: Path, docs_dir: Path, config_file: Path = CONFIG, dirty: bool = False) -> None:
    """`mkdocs build --strict` through the API; SystemExit saying why when MkDocs warns or fails (its Abort
    is a silent SystemExit, and without the mkdocs command's log handler its warnings go nowhere). `dirty`:
    MkDocs renders only the pages without output (scripts/site/incremental.py prepared site_dir); strict in the
    same way, except for the notice MkDocs logs as a warning on every dirty build."""
    warnings = WarningLog()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    try:
        config = load_config(config_file=str(config_file), site_dir=str(site_dir), docs_dir=str(docs_dir),
                             strict=not dirty)
        mkdocs_build(without_page_indexing(config), dirty=dirty)
        if any(incremental.DIRTY_NOTICE not in line for line in warnings.lines):
            raise MkDocsException("warnings in strict mode")
    except MkDocsException as error:  # Abort included
        reasons = "\n".join(f"  {line}" for line in warnings.lines) or "  (MkDocs gave no warning)"
        raise SystemExit(f"build_site: mkdocs build --strict failed: {error}\n{reasons}") from error
    finally:
        logger.removeHandler(warnings)


def run_engine(site_dir: Path, docs_dir: Path, config_file: Path, engine: str, lookups: dict[str, bytes],
               clean: bool) -> dict[str, Any] | None:
    """The engine over docs/: MkDocs renders only what changed since the last build when it can
    (scripts/site/incremental.py), else everything; Zensical always everything. Returns the last build's record
    when the build was incremental, else None."""
    if engine == "zensical":
        incremental.manifest_path(site_dir).unlink(missing_ok=True)
        start = time.time()
        run_zensical(site_dir, docs_dir, config_file)
        compact_pages(site_dir, since=start)
        return None
    overrides = config_file.parent / "overrides"
    config = load_config(config_file=str(config_file), site_dir=str(site_dir), docs_dir=str(docs_dir))
    key = incremental.site_key(config, config_file, overrides, docs_dir)

    def inputs(source: str) -> bytes:
        partial = overrides / browse.SPEECH_PARTIALS / f"{Path(source).stem}.html"
        extra = partial.read_bytes() if source in lookups and partial.is_file() else b""
        return lookups.get(source, b"") + extra

    keys = incremental.page_keys(docs_dir, inputs)
    last = None if clean else incremental.prepare(site_dir, docs_dir, key, keys)
    if last is None:
        start_afresh(site_dir)
    else:
        for address in last.get("outputs", {}).get("redirects", []):
            (site_dir / address / "index.html").unlink(missing_ok=True)
    incremental.manifest_path(site_dir).unlink(missing_ok=True)  # a failed build leaves no record
    start = time.time()
    run_mkdocs(site_dir, docs_dir, config_file, dirty=last is not None)
    compact_pages(site_dir, since=start)  # only the pages MkDocs wrote
    incremental.record(site_dir, key, keys, {})
    return last


def start_afresh(site_dir: Path) -> None:
    """A clean build starts from an empty site directory: nothing of an earlier build (or of a cache restored
    into it) stays, not even what MkDocs' own cleaning leaves (hidden files, symbolic links to folders)."""
    if site_dir.is_symlink() or site_dir.is_file():
        site_dir.unlink()
    elif site_dir.is_dir():
        shutil.rmtree(site_dir)


def site_url(config_file: Path) -> str:
    """The permanent address the site is published at (mkdocs.yml's site_url, SITE_URL when set)."""
    return str(load_config(config_file=str(config_file)).site_url or "")


def zensical_config(config_file: Path, docs_dir: Path, site_dir: Path) -> Path:
    """mkdocs.yml restated for Zensical, written where Zensical wants it: Zensical takes no --docs-dir or
    --site-dir and refuses a site_dir outside the config file's folder, so the config is written into the
    folder that holds both (hidden, removed after the build), with the theme overrides as an absolute path."""
    root = Path(os.path.commonpath([docs_dir, site_dir]))
    text = config_file.read_text(encoding="utf-8")
    custom_dir = (config_file.parent / "overrides").resolve()
    lines = [f"docs_dir: {docs_dir.relative_to(root).as_posix() or '.'}",
             f"site_dir: {site_dir.relative_to(root).as_posix()}"]
    restated = "\n".join(line for line in text.splitlines()
                         if not line.startswith(("docs_dir:", "site_dir:")))
    restated = restated.replace("custom_dir: overrides", f"custom_dir: {custom_dir.as_posix()}")
    path = root / ".zensical-build.yml"
    path.write_text("\n".join(lines) + "\n" + restated + "\n", encoding="utf-8")
    return path


def run_zensical(site_dir: Path, docs_dir: Path, config_file: Path = CONFIG) -> None:
    """`zensical build --strict --clean`; its own full-text search.json (every page's text, so it grows
    with the archive) is removed: the archive's search index replaces it (see README, Zensical)."""
    config = zensical_config(config_file, docs_dir, site_dir)
    try:
        result = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict", "--clean", "-f", str(config)],
                                capture_output=True, text=True, check=False)
    finally:
        config.unlink()
    if result.returncode != 0:
        raise SystemExit(f"build_site: zensical build failed (exit {result.returncode}):\n"
                         + (result.stdout + result.stderr).strip())
    (site_dir / "search.json").unlink(missing_ok=True)


class WarningLog(logging.Handler):
    """MkDocs' warnings and errors, kept to say why a strict build failed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname}: {record.getMessage()}")


def cited_files(speeches: list[Speech]) -> dict[str, str]:
    """Name of each raw file the speech pages cite (source.file, related[].file, and the sidecar of a speech
    whose page names its corrections) -> the citing page."""
    cited: dict[str, str] = {}
    for speech in speeches:
        related = speech.meta.get("related")
        related = related if isinstance(related, list) else []
        files = [speech.source.get("file")] + [entry.get("file") for entry in related if isinstance(entry, dict)]
        files.append(speech.correction_sidecar)
        for file in files:
            if isinstance(file, str) and file:
                cited.setdefault(Path(file).name, speech.path)
    return cited


def copy_raw(site_dir: Path, speeches: list[Speech], sources: Path = SOURCE_TEXTS,
             linked: Collection[str] = ()) -> int:
    """Copy each raw file a speech page cites, unchanged, to site/raw/, except those linked in the repository
    (linked: their names, scripts/site/raw_links.py); returns how many are copied. An unchanged copy is not rewritten.

    Nothing else in source_texts/ is published: no uncited sidecar, hidden or temporary file, no file without
    a page, and never a symbolic link (it could point at the build machine's secrets). A corrected speech's
    sidecar is cited by its page's correction notice and published as text like the raw files."""
    raw_dir = site_dir / "raw"
    publishable = {path.name: path for path in raw_files(sources)}
    publishable |= {sidecar.name: sidecar for sidecar in map(sidecar_path, publishable.values())
                    if sidecar.is_file() and not sidecar.is_symlink()}
    seen: dict[str, Path] = {}
    for name, page in sorted(cited_files(speeches).items()):
        path = publishable.get(name)
        if path is None:
            raise SystemExit(f"build_site: {page} cites {name}, which is not a raw file of {sources}")
        try:
            if not is_sidecar(path):  # a sidecar here is a regular file named after a checked raw file
                check_raw_file(path)
        except InputError as error:
            raise SystemExit(f"build_site: {error}") from error
        copy = raw_name(name)
        if copy in seen:
            raise SystemExit(f"build_site: {path} and {seen[copy]} would both be raw/{copy}")
        seen[copy] = path
        if name not in linked:
            write_atomically(raw_dir / copy, path.read_bytes())
    return sum(name not in linked for name in cited_files(speeches))


MARKDOWN_DIR = "md"  # site/md/<address>.md: each speech's finished Markdown, as docs/ holds it


def copy_markdown(site_dir: Path, docs_dir: Path, speeches: list[Speech]) -> int:
    """Each speech's page in docs/ (front matter and text, as ingest wrote it), byte for byte, to
    site/md/<its address below speeches/>.md: the speech page's "Markdown" download, for a reader who wants the
    cleaned text with its metadata. Written again whole at every build (a removed speech leaves no copy)."""
    target = site_dir / MARKDOWN_DIR
    shutil.rmtree(target, ignore_errors=True)
    for speech in speeches:
        copy = target / (speech.url.removeprefix("speeches/").strip("/") + ".md")
        copy.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(copy, (docs_dir / speech.path).read_bytes())
    return len(speeches)


def build(site_dir: Path, docs_dir: Path, source_dir: Path = SOURCE_TEXTS, config_file: Path = CONFIG,
          engine: str = "mkdocs", index_only: bool = False, clean: bool = False, full_index: bool = False) -> str:
    """The whole build, in its one order: browse pages -> engine -> raw files -> redirects -> search index ->
    the search page's facet and folding tables. `index_only` keeps the browse pages (the index holds them)
    and the search index, to measure the index build alone. `full_index` (also implied by `clean`) writes the
    search index in full even when a delta segment would do. Returns a one-line summary with the time each
    step took."""
    site_dir, docs_dir, config_file = site_dir.resolve(), docs_dir.resolve(), config_file.resolve()
    start = time.perf_counter()
    speeches = load_speeches(docs_dir)  # newest first: the one order of document ids (index and facet table)
    links = raw_links(configured_template(config_file), source_dir, sorted(cited_files(speeches)))
    lookups: dict[str, bytes] = {}
    pages = browse.generate(docs_dir, config_file.parent / "overrides", links, lookups, speeches)
    browse.write(pages, docs_dir)
    generated = len(pages)
    del pages  # written: not held through the engine and the search index
    browsed = time.perf_counter()
    last, whole = None, clean or index_only or full_index
    index_docs = itertools.chain((speech_doc(s) for s in speeches), page_docs(docs_dir))
    staged = None if index_only else beside_engine(site_dir, index_docs, len(speeches), whole)
    try:
        if not index_only:
            last = run_engine(site_dir, docs_dir, config_file, engine, lookups, clean)
            remove_unused_theme_files(site_dir)
    except BaseException:
        if staged:
            staged.abandon()
        raise
    if last is not None:  # raw copies are written again whole (the search index: its delta; the cards: changed ones)
        shutil.rmtree(site_dir / "raw", ignore_errors=True)
    built = time.perf_counter()
    raws = 0 if index_only else copy_raw(site_dir, speeches, source_dir, links.keys())
    if not index_only:
        copy_markdown(site_dir, docs_dir, speeches)
    redirects = [] if index_only else addresses.write_redirects(site_dir, addresses.load(docs_dir),
                                                                 site_url(config_file))
    if not index_only and engine == "mkdocs":
        record = json.loads(incremental.manifest_path(site_dir).read_text(encoding="utf-8"))
        incremental.record(site_dir, record["site"], record["pages"], {"redirects": redirects})
    counts = staged.result() if staged else update_index(site_dir, index_docs, len(speeches), full=whole)
    facet_bytes, fold_bytes = (0, 0) if index_only else (write_facets(site_dir, speeches), write_fold_file(site_dir))
    done = time.perf_counter()
    incremental_note = "" if last is None else f" (incremental: {len(last['stale'])} files of docs/ changed)"
    incremental_note += " (search index built beside it)" if staged else ""
    return (f"build_site: {site_dir}: browse {browsed - start:.1f}s ({generated} files), "
            f"{'no engine (index only)' if index_only else engine}"
            f"{incremental_note} "
            f"{built - browsed:.1f}s, raw + search index "
            f"{done - built:.1f}s; {raws} raw files copied, {len(links)} linked in the repository; "
            f"{len(redirects)} redirects; {len(speeches)} speeches and "
            f"{counts['documents'] - len(speeches)} pages indexed ({counts['partitions']} partitions, "
            f"{counts['shards']} shards{delta_note(counts['delta'])}); search page: facets {facet_bytes:,} B, "
            f"script folding {fold_bytes:,} B (gzip)")


class StagedIndex:
    """The search index built in a thread (its work in worker processes) while the engine renders the pages,
    into a staging directory beside the site (the engine empties the site directory on a clean build), then
    moved into site/search/archive/ (result). Its files are those update_index writes after the engine.
    When the engine fails, abandon() stops it at once, so the build ends with the engine's message within
    moments, not after the index is done."""

    def __init__(self, site_dir: Path, docs: Iterable[SearchDoc], speeches: int) -> None:
        self.site_dir, self.staging = site_dir, site_dir.with_name(f".{site_dir.name}.index-staging")
        shutil.rmtree(self.staging, ignore_errors=True)
        self.cancel = Cancel()
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-index")
        self.task = self.thread.submit(update_index, site_dir, docs, speeches, staging=self.staging,
                                       cancel=self.cancel)

    def result(self) -> dict[str, int]:
        """The index's counts, once it is in site/search/archive/ (the old index, if any, removed)."""
        try:
            counts = self.task.result()
            target = self.site_dir / INDEX_DIR
            shutil.rmtree(target, ignore_errors=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            self.staging.rename(target)
            return counts
        finally:
            self.thread.shutdown(wait=True)
            shutil.rmtree(self.staging, ignore_errors=True)

    def abandon(self) -> None:
        """Give the index up (the engine failed, or the build was interrupted): its thread stops at its next
        document or piece of work, its worker processes are stopped where they are, and nothing of it is left
        (the staging directory, or the record of an index that finished but never moved in, which would
        describe files that are not there). The index on disk before this build, if any, is not touched."""
        self.cancel.set()
        self.thread.shutdown(wait=True)
        shutil.rmtree(self.staging, ignore_errors=True)
        if self.task.exception() is None:  # it finished before the engine failed
            record_path(self.site_dir).unlink(missing_ok=True)


def beside_engine(site_dir: Path, docs: Iterable[SearchDoc], speeches: int, full: bool) -> StagedIndex | None:
    """The index started beside the engine when it will be written in full whatever the documents are (a delta
    needs the index on disk, and is quick) and there are worker processes to build it (ARCHIVE_WORKERS=1: the
    serial build, the index after the engine); else None."""
    why = written_whole(site_dir, full)
    if why is None or worker_count() <= 1:
        return None
    announce_whole(site_dir, why)
    return StagedIndex(site_dir, docs, speeches)


def delta_note(delta: int) -> str:
    return f"; delta of {delta} documents over the last full index" if delta else ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=REPO / "site")
    parser.add_argument("--docs-dir", type=Path, default=REPO / "docs")
    parser.add_argument("--source-dir", type=Path, default=SOURCE_TEXTS)
    parser.add_argument("--config", type=Path, default=CONFIG, help="mkdocs.yml (its custom_dir is beside it)")
    parser.add_argument("--engine", choices=ENGINES, default="mkdocs", help="the site generator (default mkdocs)")
    parser.add_argument("--index-only", action="store_true",
                        help="browse pages and the search index only (to measure the index alone; site-dir must "
                             "not hold one)")
    parser.add_argument("--clean", action="store_true",
                        help="render every page, not only those whose inputs changed (scripts/site/incremental.py)")
    parser.add_argument("--full-index", action="store_true",
                        help="write the search index in full, folding its delta segment in (--clean implies it)")
    args = parser.parse_args(argv)
    print(build(args.site_dir, args.docs_dir, args.source_dir, args.config, args.engine, args.index_only, args.clean,
                args.full_index))


if __name__ == "__main__":
    main()
