"""The Chinese word list (jieba's dictionary) used to tell a real word from text broken by an injection."""

from __future__ import annotations

import logging
import re
from functools import cache

import jieba

MIN_WORD_FREQ = 50  # jieba's dictionary also lists rare fragments; only common words count as evidence


@cache
def dictionary() -> dict[str, int]:
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def is_word(text: str) -> bool:
    return dictionary().get(text, 0) >= MIN_WORD_FREQ


def literal_alternation(words: list[str] | set[str]) -> str:
    """A regex matching any of `words`, longest first, built as a trie.

    Python's re tries the branches of a flat 'a|b|c' one by one at every position; with hundreds of place
    names or keywords that is the slowest part of the pipeline. Sharing prefixes makes each position cost
    one branch per distinct first character.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: dict) -> str:
    branches = [re.escape(char) + _trie_to_regex(child) for char, child in sorted(node.items()) if char]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body
