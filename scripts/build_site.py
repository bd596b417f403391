"""Build the static site: `mkdocs build --strict`, then the raw sources and the search metadata.

`python -m scripts.build_site --site-dir site [--docs-dir docs]` (run `python -m scripts.browse` first;
`make build` does both). After MkDocs:
  - every file of source_texts/ is copied byte for byte to site/raw/<name>.txt (always .txt, so a scraped
    HTML page is shown as text, never run as HTML in the reader's browser);
  - each speech's first search-index entry gets its speaker, office, event, region and source prepended,
    because the front matter is not part of the page body that Material's search plugin indexes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import time
from pathlib import Path

import jieba
from mkdocs.commands.build import build
from mkdocs.config import load_config

from scripts.site_corpus import REPO, Speech, load_speeches, raw_name

SOURCE_TEXTS = REPO / "source_texts"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
SEARCH_FIELDS = ("speaker", "speaker_title", "event", "region", "genre")
SOURCE_FIELDS = ("name", "publisher", "issue")


def run_mkdocs(site_dir: Path, docs_dir: Path) -> None:
    """`mkdocs build --strict` through the API (raises mkdocs.exceptions.Abort on any warning)."""
    config = load_config(
        config_file=str(REPO / "mkdocs.yml"), site_dir=str(site_dir), docs_dir=str(docs_dir), strict=True
    )
    build(config)


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


def segment(text: str) -> str:
    """Chinese runs split into jieba words joined by zero-width spaces, as Material's search plugin does."""
    return _HAN.sub(lambda m: "\u200b" + "\u200b".join(jieba.cut(m.group(0))) + "\u200b", text)


def search_metadata(speech: Speech) -> str:
    """The front matter a reader may search for, as one HTML paragraph of the search index."""
    values = [speech.meta.get(key) for key in SEARCH_FIELDS]
    values += [speech.source.get(key) for key in SOURCE_FIELDS]
    words = [str(v).strip() for v in values if v and str(v).strip()]
    text = " · ".join(dict.fromkeys(words))
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<p>{segment(escaped)}</p>"


def add_search_metadata(site_dir: Path, speeches: list[Speech]) -> int:
    """Prepend each speech's metadata to its page entry in search/search_index.json; returns how many."""
    index_path = site_dir / "search" / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    by_url = {s.url: s for s in speeches}
    done = 0
    for entry in index["docs"]:
        speech = by_url.get(entry["location"])
        if speech is not None:
            entry["text"] = search_metadata(speech) + entry["text"]
            done += 1
    index_path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return done


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=REPO / "site")
    parser.add_argument("--docs-dir", type=Path, default=REPO / "docs")
    args = parser.parse_args(argv)
    site_dir, docs_dir = args.site_dir.resolve(), args.docs_dir.resolve()
    os.chdir(REPO)  # mkdocs.yml's jieba_dict_user is relative to the working directory
    start = time.perf_counter()
    run_mkdocs(site_dir, docs_dir)
    raws = copy_raw(site_dir)
    indexed = add_search_metadata(site_dir, load_speeches(docs_dir))
    elapsed = time.perf_counter() - start
    print(f"build_site: {site_dir} built in {elapsed:.1f}s; {raws} raw files; {indexed} speeches indexed")


if __name__ == "__main__":
    main()
