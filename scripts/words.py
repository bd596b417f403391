"""The Chinese word list (jieba's dictionary) used to tell a real word from text broken by an injection."""

from __future__ import annotations

import logging
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
