"""Which Chromium the browser tests, `make screenshot` and `make bench-site` drive, and how it is started.

Playwright drives a Chromium that is already installed (never `playwright install`): the one named by the
CHROMIUM environment variable, else the first of the usual names on PATH, else the usual macOS app.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ENV_VAR = "CHROMIUM"
NAMES_ON_PATH = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
MACOS_APPS = (
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOW_TO_INSTALL = (
    "Install Chromium and the Noto CJK fonts (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`;"
    " macOS: `brew install --cask chromium`), or point CHROMIUM at a Chromium or Chrome executable"
    " (e.g. `make test CHROMIUM=/path/to/chrome`)."
)


class ChromiumNotFound(RuntimeError):
    """No usable Chromium; the message says what was looked for and how to install one."""


def find_chromium() -> str:
    """The Chromium executable to drive, or ChromiumNotFound naming where it looked."""
    stated = os.environ.get(ENV_VAR)
    if stated:
        found = shutil.which(stated)
        if not found:
            raise ChromiumNotFound(f"{ENV_VAR}={stated}: no such executable. {HOW_TO_INSTALL}")
        return found
    for name in NAMES_ON_PATH:
        found = shutil.which(name)
        if found:
            return found
    for app in MACOS_APPS:
        if Path(app).is_file():
            return app
    raise ChromiumNotFound(
        f"no Chromium found: {ENV_VAR} is not set, none of {', '.join(NAMES_ON_PATH)} is on PATH and no"
        f" {' or '.join(MACOS_APPS)}. {HOW_TO_INSTALL}"
    )
