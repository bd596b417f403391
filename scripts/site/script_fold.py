"""One script for search: traditional characters folded to simplified, character by character.

A reader may type 經濟 for a text that says 经济, or the other way round. The search index and the query are
both folded to simplified Chinese, so either form finds both ("exact modulo script"). The folding is made
from OpenCC's traditional→simplified character data (the pinned `opencc` package, at build time): every
character that OpenCC's t2s converts, on its own, to one other character. It is deliberately character by
character, not OpenCC's phrase conversion: the browser must fold a query exactly as the index was folded,
and a one-to-one character map keeps every folded character at the position of the character it came from,
so the snippet shown is the text as written with the matches marked in it.

The same table is written to the site (FOLD_FILE, a few KB gzip-compressed), where the search worker
(overrides/assets/javascripts/archive-search.js) loads it before its first query.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from pathlib import Path

import opencc

FOLD_FILE = Path("search") / "fold.txt.gz"  # pairs "traditional simplified" concatenated, UTF-8
HAN_BLOCKS = (
    (0x3400, 0x4DC0),  # Extension A
    (0x4E00, 0xA000),  # Unified Ideographs
    (0x20000, 0x2FA20),  # Extensions B–F and the supplementary compatibility block
)


@cache
def fold_map() -> dict[str, str]:
    """Traditional character -> simplified character, for every Han character OpenCC's t2s changes alone.

    Characters that NFKC already replaces are left out (search normalizes with NFKC first); chains such as
    薴 → 苧 → 苎 are followed to their end, so folding twice changes nothing.
    """
    converter = opencc.OpenCC("t2s")
    single: dict[str, str] = {}
    for start, end in HAN_BLOCKS:
        for code in range(start, end):
            char = chr(code)
            if unicodedata.normalize("NFKC", char) != char:
                continue
            converted = converter.convert(char)
            if len(converted) == 1 and converted != char:
                single[char] = converted
    folded = {}
    for char, target in single.items():
        while target in single:
            target = single[target]
        folded[char] = target
    return folded


@cache
def fold_table() -> dict[int, str]:
    """The map as a str.translate table."""
    return {ord(k): v for k, v in fold_map().items()}


def fold(text: str) -> str:
    """text with every traditional character replaced by its simplified form (same length in code points)."""
    return text.translate(fold_table())


def fold_file_text() -> str:
    """The table as the browser reads it: each pair's two characters, one pair after another."""
    return "".join(k + v for k, v in sorted(fold_map().items()))


def write_fold_file(site_dir: Path) -> int:
    """Write site_dir/FOLD_FILE (gzip, mtime 0 so builds are byte-identical); returns its size in bytes."""
    data = gzip.compress(fold_file_text().encode("utf-8"), compresslevel=9, mtime=0)
    path = site_dir / FOLD_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)
