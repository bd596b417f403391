"""The one definition of a Chinese character used by every stage: CJK Unified Ideographs, Extension A and
the compatibility ideographs (U+F900–U+FAFF) that some GB18030 and Big5 pages use; of a sentence's end mark,
used to count the sentences of a block or a field; of where a line ends; and of the marks that set a breadcrumb's
elements and a title's parts apart."""

from __future__ import annotations

import re

CJK_RANGE = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # for use inside a [...] character class
CJK_CHAR = re.compile(f"[{CJK_RANGE}]")
SENTENCE_END = re.compile(r"[。！？!?]")
# Control characters and invisible marks a page carries in its text (a zero-width space, a byte-order mark inside
# a headline, direction marks): never part of the words.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\ufeff]")
# Where a line ends besides \n: CRLF, a lone CR, NEL and the Unicode line and paragraph separators (U+2028, U+2029)
# that some editors and exports write. Every stage that splits a text into lines replaces these by \n first.
LINE_BREAKS = re.compile(r"\r\n?|[\u0085\u2028\u2029]")
# What a breadcrumb puts between its elements ('首页 > 新闻 » 讲话'), and what a <title> or a row of links puts
# between its parts ('标题_栏目-某某网', '首页 | 新闻'): escaped, for use inside a [...] character class.
CRUMB_MARKS = re.escape(">＞»›→/")
BAR_MARKS = re.escape("-_|｜")
