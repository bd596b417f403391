"""Match rules written in simplified characters on traditional text too, keeping the original characters.

Every rule, label and vocabulary of the pipeline is written in simplified Chinese. A page from Taiwan, Hong
Kong or Macao (or a site serving 繁體) writes 首頁, 發布時間, 攝. Rather than doubling every pattern, a rule
is matched on the line's *simplified shadow* (OpenCC's t2s conversion) — which has the same length as the
line, so every position found in the shadow is a position in the original — and whatever the match
captures or keeps is cut from the original line. `ShadowPattern` wraps a compiled pattern that way; its
matches answer group(), groupdict(), span() … with the original text, so code written for `re` works
unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Literal, TypeAlias, overload

import opencc

TEMPLATE_GROUP = re.compile(r"\\g<(\w+)>|\\(\d+)")
CJK_BLOCKS = ((0x3400, 0xA000), (0xF900, 0xFB00))  # extension A, unified ideographs, compatibility ideographs


@cache
def converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def traditional_converter() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def in_both_scripts(words: tuple[str, ...]) -> str:
    """A pattern matching any of `words` (written in simplified characters) in either script: each word, then its
    traditional form (OpenCC's s2t), for the few patterns matched on a page's own characters, not on its shadow."""
    forms = dict.fromkeys([*words, *(traditional_converter().convert(word) for word in words)])
    return f"(?:{'|'.join(re.escape(form) for form in forms)})"


@cache
def traditional_characters() -> re.Pattern:
    """A character class of every CJK character OpenCC's t2s changes, to skip text that has none."""
    chars = [chr(code) for block in CJK_BLOCKS for code in range(*block)]
    converted = converter().convert("\n".join(chars)).split("\n")  # one call; newlines keep them apart
    changed = "".join(char for char, one in zip(chars, converted, strict=True) if one != char)
    return re.compile(f"[{re.escape(changed)}]")


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """`text` in simplified characters, character for character (same length, same positions).

    Text without a traditional character (the usual case) is returned unchanged (equal to `text`: then
    a match needs no mapping back). Cached: every rule of a stage asks for the same line's shadow.
    """
    if not traditional_characters().search(text):
        return text
    return converted(text)


def converted(text: str) -> str:
    """OpenCC's t2s conversion of `text`, kept to its length: where a phrase conversion would change the
    length, each character is converted on its own (one that would not stay one character is kept)."""
    shadow = converter().convert(text)
    if len(shadow) == len(text):
        return shadow
    return "".join(one if len(one := converter().convert(char)) == 1 else char for char in text)


class ShadowMatch:
    """A match found on the shadow, answering with the original text's characters."""

    def __init__(self, match: re.Match, string: str) -> None:
        self._match = match
        self.string = string
        self.re = match.re
        self.pos, self.endpos, self.lastindex, self.lastgroup = match.pos, match.endpos, match.lastindex, \
            match.lastgroup

    def _slice(self, group: int | str) -> str | None:
        start, end = self._match.span(group)
        return None if start < 0 else self.string[start:end]

    @overload
    def group(self, group: Literal[0] = 0, /) -> str: ...
    @overload
    def group(self, group: int | str, /) -> str | None: ...
    @overload
    def group(self, first: int | str, second: int | str, /, *groups: int | str) -> tuple[str | None, ...]: ...
    def group(self, *groups: int | str) -> str | tuple[str | None, ...] | None:
        values = tuple(self._slice(group) for group in groups or (0,))
        return values[0] if len(values) == 1 else values

    __getitem__ = group

    def groups(self, default: str | None = None) -> tuple[str | None, ...]:
        return tuple(default if (value := self._slice(index)) is None else value
                     for index in range(1, self.re.groups + 1))

    def groupdict(self, default: str | None = None) -> dict[str, str | None]:
        return {name: default if (value := self._slice(name)) is None else value for name in self.re.groupindex}

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._match.span(group)

    def expand(self, template: str) -> str:
        """`\\g<name>`, `\\g<1>` and `\\1` in `template` replaced by the original text of those groups."""
        return TEMPLATE_GROUP.sub(lambda t: self._slice(group_key(t.group(1) or t.group(2))) or "", template)


def group_key(reference: str) -> int | str:
    """A template's group reference: a number ('1') or a name."""
    return int(reference) if reference.isdigit() else reference


# A match of a ShadowPattern: a plain re.Match when the text was already simplified, else a ShadowMatch.
Found: TypeAlias = re.Match[str] | ShadowMatch


class ShadowPattern:
    """A compiled pattern that searches the simplified shadow of what it is given."""

    def __init__(self, pattern: re.Pattern | str) -> None:
        self.regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        self.pattern = self.regex.pattern
        self.groupindex = self.regex.groupindex
        self.groups = self.regex.groups

    @overload
    @staticmethod
    def wrap(found: re.Match[str], string: str, shadow: str) -> Found: ...
    @overload
    @staticmethod
    def wrap(found: None, string: str, shadow: str) -> None: ...
    @staticmethod
    def wrap(found: re.Match[str] | None, string: str, shadow: str) -> Found | None:
        """A match found on `shadow` (= simplified(string)), answering with `string`'s characters. For
        loops that try many patterns on one line: compute the shadow once, match `pattern.regex` on it."""
        return found if found is None or shadow == string else ShadowMatch(found, string)

    # Text already simplified (the usual case) is matched as it is: a plain re.Match, no wrapping.
    def match(self, string: str, pos: int = 0, endpos: int = 2**31) -> re.Match | ShadowMatch | None:
        shadow = simplified(string)
        found = self.regex.match(shadow, pos, endpos)
        return found if found is None or shadow == string else ShadowMatch(found, string)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = 2**31) -> re.Match | ShadowMatch | None:
        shadow = simplified(string)
        found = self.regex.fullmatch(shadow, pos, endpos)
        return found if found is None or shadow == string else ShadowMatch(found, string)

    def search(self, string: str, pos: int = 0, endpos: int = 2**31) -> re.Match | ShadowMatch | None:
        shadow = simplified(string)
        found = self.regex.search(shadow, pos, endpos)
        return found if found is None or shadow == string else ShadowMatch(found, string)

    def finditer(self, string: str, pos: int = 0, endpos: int = 2**31) -> Iterator[re.Match | ShadowMatch]:
        shadow = simplified(string)
        for match in self.regex.finditer(shadow, pos, endpos):
            yield match if shadow == string else ShadowMatch(match, string)

    def findall(self, string: str) -> list:
        """Like re.findall, with the original text."""
        found = []
        for match in self.finditer(string):
            found.append(match.group() if not self.groups else
                         match.group(1) if self.groups == 1 else match.groups(""))
        return found

    def sub(self, repl: str, string: str) -> str:
        """Like re.sub with a template: what is not matched, and the groups used, keep the original text."""
        if simplified(string) == string:
            return self.regex.sub(repl, string)
        pieces, last = [], 0
        for match in self.finditer(string):
            pieces += [string[last:match.start()], match.expand(repl)]
            last = match.end()
        return "".join(pieces) + string[last:]

    def __repr__(self) -> str:
        return f"ShadowPattern({self.pattern!r})"


def shadow_compile(pattern: str, flags: int = 0) -> ShadowPattern:
    return ShadowPattern(re.compile(pattern, flags))
