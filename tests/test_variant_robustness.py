"""Fixes found by the metamorphic variants of `make eval VARIANT=` (scripts/measure/variants.py): the same
made-up page must give the same result however its bytes are written (line endings, punctuation width, class
names, encodings, wrapping)."""

from pathlib import Path

from scripts.clean.pipeline import normalize_bytes
from scripts.clean.render import split_document

PARAGRAPH = ("同志们：今天我们召开全市教育工作会议，主要任务是总结过去一年的工作，分析当前面临的形势，"
             "部署今年的重点任务。希望大家认真学习，抓好落实。")
POST = f"""---
title: 在全市教育工作会议上的讲话
author: 王某某
date: 2021-03-04
categories: [讲话]
---

{PARAGRAPH}

{PARAGRAPH}
"""


def read(text: str, name: str = "post.md", encoding: str = "utf-8") -> tuple[dict, str]:
    """(front matter without the checksum, body) of a made-up page written in `encoding`."""
    meta, body = split_document(normalize_bytes(text.encode(encoding), Path(name)).markdown)
    meta["source"].pop("sha256", None)
    return meta, body


def test_front_matter_is_read_the_same_with_crlf_line_endings():
    plain, crlf = read(POST), read(POST.replace("\n", "\r\n"))
    assert plain == crlf
    assert crlf[0]["title"] == "在全市教育工作会议上的讲话"
    assert "categories" not in crlf[1]
