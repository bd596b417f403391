"""Build the static site: `mkdocs build --strict`, then the raw sources and the archive's search index.

`python -m scripts.build_site --site-dir site [--docs-dir docs]` (run `python -m scripts.browse` first;
`make build` does both). After MkDocs:
  - every file of source_texts/ is copied byte for byte to site/raw/<name>.txt (always .txt, so a scraped
    HTML page is shown as text, never run as HTML in the reader's browser);
  - the search index of scripts/search_index.py is written to site/search/archive/ (speeches with their
    speaker, office, event, region and source, and the browse pages).
Material's search plugin stays on for its search box, keyboard shortcut and result list, but indexes no
page: its search_index.json holds only its configuration, and the overridden template points Material to
the archive's own search worker (overrides/assets/javascripts/archive-search.js).
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from scripts.search_index import build_index, page_docs, speech_doc
from scripts.site_corpus import REPO, load_speeches, raw_name

SOURCE_TEXTS = REPO / "source_texts"
CONFIG = REPO / "mkdocs.yml"


def without_page_indexing(config: MkDocsConfig) -> MkDocsConfig:
    """Drop Material's search plugin from the page_context event: it would segment every page with jieba
    into a search_index.json that grows with the archive (75 MB at 1,000 speeches) and is never used."""
    plugin = config.plugins["material/search"]
    handlers = config.plugins.events["page_context"]
    handlers[:] = [h for h in handlers if getattr(h, "__self__", None) is not plugin]
    return config


def run_mkdocs(site_dir: Path, docs_dir: Path, config_file: Path = CONFIG) -> None:
    """`mkdocs build --strict` through the API (raises mkdocs.exceptions.Abort on any warning)."""
    config = load_config(config_file=str(config_file), site_dir=str(site_dir), docs_dir=str(docs_dir), strict=True)
    build(without_page_indexing(config))


def copy_raw(site_dir: Path, sources: Path = SOURCE_TEXTS) -> int:
    """Copy each scraped file unchanged to site/raw/; returns how many."""
    raw_dir = site_dir / "raw"
    raw_dir.mkdir(parents=True, exist_ok=True)
    seen: dict[str, Path] = {}
    for path in sorted(p for p in sources.iterdir() if p.is_file()):
        name = raw_name(path.name)
        if name in seen:
            raise SystemExit(f"build_site: {path} and {seen[name]} would both be raw/{name}")
        seen[name] = path
        shutil.copyfile(path, raw_dir / name)
    return len(seen)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=REPO / "site")
    parser.add_argument("--docs-dir", type=Path, default=REPO / "docs")
    parser.add_argument("--source-dir", type=Path, default=SOURCE_TEXTS)
    parser.add_argument("--config", type=Path, default=CONFIG, help="mkdocs.yml (its custom_dir is beside it)")
    parser.add_argument("--index-only", action="store_true",
                        help="write only the search index (to measure it alone; site-dir must not hold one)")
    args = parser.parse_args(argv)
    site_dir, docs_dir = args.site_dir.resolve(), args.docs_dir.resolve()
    start = time.perf_counter()
    if not args.index_only:
        run_mkdocs(site_dir, docs_dir, args.config.resolve())
    built = time.perf_counter()
    raws = 0 if args.index_only else copy_raw(site_dir, args.source_dir)
    speeches = load_speeches(docs_dir)
    counts = build_index(site_dir, [speech_doc(s) for s in speeches] + page_docs(docs_dir), len(speeches))
    done = time.perf_counter()
    print(f"build_site: {site_dir}: mkdocs {built - start:.1f}s, raw + search index {done - built:.1f}s; "
          f"{raws} raw files; {len(speeches)} speeches and {counts['documents'] - len(speeches)} pages indexed "
          f"({counts['partitions']} partitions, {counts['shards']} shards)")


if __name__ == "__main__":
    main()
