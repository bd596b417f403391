"""The Chinese word list (jieba's dictionary) used to tell a real word from text broken by an injection."""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache

import jieba
import jieba.posseg

MIN_WORD_FREQ = 50  # jieba's dictionary also lists rare fragments; only common words count as evidence


@cache
def dictionary() -> dict[str, int]:
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def is_word(text: str) -> bool:
    return dictionary().get(text, 0) >= MIN_WORD_FREQ


@lru_cache(maxsize=16384)
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """`text` cut into words with their part of speech (jieba's tags: 'nr' a person's name, 'n' a noun …)."""
    jieba.setLogLevel(logging.WARNING)
    return tuple((pair.word, pair.flag) for pair in jieba.posseg.cut(text))


# jieba: verbs, nouns, function words, and words of place, position and time (国内, 上面, 今年)
COMMON_TWO_CHARACTER_TAGS = {"v", "vn", "vd", "n", "d", "c", "p", "u", "r", "s", "f", "t"}


def reads_as_common_words(text: str) -> bool:
    """A short run made of common words, not a person's name: one common word of four characters or more that is
    no name ('常见问题', '万家灯火'), or a word of two characters or more then two characters or more of common words
    ('全文|下载', '武汉|动态'); a full name before a common word is a phrase about that person ('邓小平|理论'). A name
    cuts as a name ('江泽民', '王某明'), as a one-character family name before the given name ('袁|汉源'), into rare
    pieces ('金志|国'), or leaves one character after a word its family name makes ('方向|东', '黄金|华'). A word of
    three characters alone is never judged so, nor one of two tagged as a numeral, a place or an adjective: the
    dictionary tags some leaders' names as common words (周恩来, 万里). A two-character verb, noun or function word
    the dictionary knows is no name ('关注', '分享', '简介', '程序': a page's buttons and section headings), nor one of
    place, position or time ('国内', '上面', '今年'); nor four characters cut into a two-character name and a noun
    or a verb ('高亮|划线') or into a two-character name and a quantity ('雷某|万|字', a headline's '万字演讲实录'): a
    given name of three characters after a one-character family name is rare enough."""
    words = tagged_words(text)
    first, tag = words[0] if words else ("", "")
    if len(words) == 1:
        if len(first) == 2:
            return tag in COMMON_TWO_CHARACTER_TAGS and is_word(first)
        return len(first) >= 4 and not tag.startswith("nr") and first in dictionary()
    if len(text) == 4 and len(first) == 2 and tag.startswith("nr") and (
            (len(words) == 2 and words[1][1] in COMMON_TWO_CHARACTER_TAGS and words[1][0] in dictionary())
            or words[1][1] == "m"):
        return True  # '高亮|划线', '雷某|万|字': a two-character name, then a word or a quantity: a phrase
    if len(first) < 2 or not is_word(first) or (tag.startswith("nr") and len(first) < 3):
        return False
    return len(text) - len(first) >= 2 and all(is_word(word) for word, _ in words[1:])


def opens_with_a_common_word(text: str) -> bool:
    """'成功|励志', '热门|推荐': the run opens with a common word of two characters — a verb, a noun, an adjective or a
    function word the dictionary knows well — that jieba does not read as a name's or a place's."""
    words = tagged_words(text)
    first, tag = words[0] if words else ("", "")
    return len(first) == 2 and is_word(first) and tag in COMMON_TWO_CHARACTER_TAGS | {"a", "ad", "an"}


def common_words_in(text: str) -> list[str]:
    """The common nouns, verbs and function words of two characters or more in `text` ('高更中学捐赠图书' ->
    中学, 捐赠, 图书)."""
    return [word for word, tag in tagged_words(text) if len(word) >= 2 and tag in COMMON_TWO_CHARACTER_TAGS
            and is_word(word)]


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
