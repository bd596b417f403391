"""Where the repository is: the one definition every script and test derives its paths from."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
