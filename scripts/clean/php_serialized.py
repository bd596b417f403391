"""A PHP CMS's cache file: a record written with PHP's serialize() ('a:4:{s:5:"title";s:51:"…";…}'), often behind
an '<?php exit;?>' guard (DedeCMS, Discuz and many self-made CMSs cache their articles so). Read as text, its
type and length marks stay around every field. Here the serialized value is read (strings by their byte length,
as PHP writes them; integers, floats, booleans, null, nested arrays and objects' properties), in one pass over
the bytes, and handed on as JSON, which the containers stage reads as any scraper's record.
"""

from __future__ import annotations

import json
import re
from typing import Any

GUARD = re.compile(rb"\A\s*(?:<\?php[^?]*\?>\s*)?")  # '<?php exit;?>' before the data
START = re.compile(rb"[aO]:\d+:")
SCALAR = re.compile(rb"(?:i:(-?\d+)|d:(-?[\d.]+(?:[eE][+-]?\d+)?|NAN|-?INF)|b:([01])|(N));")
STRING = re.compile(rb's:(\d+):"')
ARRAY = re.compile(rb'a:(\d+):\{|O:\d+:"[^"]*":(\d+):\{')
MAX_DEPTH = 20


class NotSerialized(ValueError):
    """The bytes are no PHP serialized value (or one cut short)."""


def serialized_as_json(text: str) -> str | None:
    """The JSON of a file that is one PHP serialized array or object (after a PHP guard), or None."""
    data = text.encode("utf-8")
    guard = GUARD.match(data)
    position = guard.end() if guard else 0
    if not START.match(data, position):
        return None
    try:
        value, end = read_value(data, position, 0)
    except (NotSerialized, UnicodeDecodeError, RecursionError):
        return None
    if data[end:].strip() or not isinstance(value, dict | list):
        return None
    return json.dumps(value, ensure_ascii=False)


def read_value(data: bytes, position: int, depth: int) -> tuple[Any, int]:
    if depth > MAX_DEPTH:
        raise NotSerialized("nested too deep")
    if string := STRING.match(data, position):
        end = string.end() + int(string.group(1))
        if data[end:end + 2] != b'";':
            raise NotSerialized("a string of the wrong length")
        return data[string.end():end].decode("utf-8"), end + 2
    if scalar := SCALAR.match(data, position):
        number, real, boolean, _ = scalar.groups()
        value: Any = int(number) if number else float(real) if real else boolean == b"1" if boolean else None
        return value, scalar.end()
    if array := ARRAY.match(data, position):
        return read_array(data, array.end(), int(array.group(1) or array.group(2)), depth)
    raise NotSerialized(f"no value at byte {position}")


def read_array(data: bytes, position: int, count: int, depth: int) -> tuple[Any, int]:
    """An array's (or object's) pairs; a list when its keys are 0, 1, 2 …"""
    pairs: list[tuple[Any, Any]] = []
    for _ in range(count):
        key, position = read_value(data, position, depth + 1)
        value, position = read_value(data, position, depth + 1)
        pairs.append((key, value))
    if data[position:position + 1] != b"}":
        raise NotSerialized("an array without its end")
    if [key for key, _ in pairs] == list(range(len(pairs))):
        return [value for _, value in pairs], position + 1
    return {str(key): value for key, value in pairs}, position + 1
