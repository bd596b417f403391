"""The one definition of a Chinese character used by every stage: CJK Unified Ideographs, Extension A and
the compatibility ideographs (U+F900–U+FAFF) that some GB18030 and Big5 pages use; and of a sentence's end mark,
used to count the sentences of a block or a field."""

from __future__ import annotations

import re

CJK_RANGE = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # for use inside a [...] character class
CJK_CHAR = re.compile(f"[{CJK_RANGE}]")
SENTENCE_END = re.compile(r"[。！？!?]")
