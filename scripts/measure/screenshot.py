"""`make screenshot`: the README's pictures of the site, taken from the built site/ in headless Chromium.

Regenerated from the site as it is built now, so they show what a reader sees (run it after a change to the
pages' look and commit the PNGs). The speech shown is the archive's first raw file, so the picture changes
only when the site does.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

from scripts.core.paths import REPO
from scripts.measure import browser as chromium_browser
from scripts.site.serve import serve_in_thread
from scripts.site.site_corpus import Speech, load_speeches

OUT_DIR = REPO / ".github" / "screenshots"


@dataclass(frozen=True)
class Shot:
    file: str
    width: int
    height: int


HOME = Shot("home.png", 1280, 800)  # the front page at desktop width: search, themes, latest speeches
SPEECH = Shot("speech.png", 390, 844)  # a speech page on a phone: title, theme chips, metadata panel


def first_speech(docs_dir: Path) -> Speech:
    """The page of the first raw file by name: a stable choice, not the newest speech."""
    speeches = load_speeches(docs_dir)
    if not speeches:
        raise SystemExit(f"screenshot: no speech pages under {docs_dir}/speeches; run `make site` first")
    return min(speeches, key=lambda speech: str(speech.source.get("file", "")))


def take(site_dir: Path, docs_dir: Path, out_dir: Path) -> list[Path]:
    """Save HOME and SPEECH (at device scale 2, as on a phone or a retina screen) into out_dir."""
    if not (site_dir / "index.html").is_file():
        raise SystemExit(f"screenshot: {site_dir}/index.html not found; run `make site` first")
    out_dir.mkdir(parents=True, exist_ok=True)
    server, base_url = serve_in_thread(site_dir)
    saved = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_browser.find_chromium(),
                                                 args=chromium_browser.ARGS)
            for shot, path in ((HOME, ""), (SPEECH, first_speech(docs_dir).url)):
                context = browser.new_context(viewport={"width": shot.width, "height": shot.height},
                                              device_scale_factor=2, color_scheme="light")
                page = context.new_page()
                page.goto(base_url + path, wait_until="networkidle")
                page.evaluate("document.fonts.ready")
                page.screenshot(path=out_dir / shot.file)
                saved.append(out_dir / shot.file)
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return saved


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="make screenshot", description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=REPO / "site")
    parser.add_argument("--docs-dir", type=Path, default=REPO / "docs")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    for path in take(args.site_dir, args.docs_dir, args.out_dir):
        print(f"screenshot: {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")


if __name__ == "__main__":
    main()
