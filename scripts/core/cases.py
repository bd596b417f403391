"""Test cases written as data beside the rules they prove (a rule's `examples` and `keep` lists), and the
known gaps among them.

A case is a plain value (the line a line rule must remove or keep) or a mapping (a page with what it must
lose and keep, a title with what it becomes). Either may be written as a mapping that also says
`expect: fail` with a `reason`: a known gap, recorded instead of left out. The tests run it as an expected
failure (pytest's xfail, strict), so it shows in the report as one, and the day it starts to pass the run
fails until `expect: fail` is removed. A plain value in such a mapping is written as `text`:

    examples:
      - '您好,欢迎访问三七文档'
      - {text: '欢迎您访问本网', expect: fail, reason: 'the site is not named: the rule wants a name'}

`expect` is `pass` (the default) or `fail`; anything else, a `fail` without a reason, a reason on a case
expected to pass, or `text` beside other keys is an error naming the file, the rule and the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

EXPECTS = ("pass", "fail")
CASE_KEYS = {"expect", "reason"}  # what a case says about itself; any other key is the case's value


class CaseError(ValueError):
    """A case whose `expect` or `reason` is not as the module docstring says."""


@dataclass(frozen=True)
class Case:
    value: object  # the example itself: a line, or a mapping of what the test needs
    expect: Literal["pass", "fail"] = "pass"
    reason: str = ""  # why it fails today (expect: fail only)


def load_case(item: object, where: str) -> Case:
    """One case; `where` ('cruft.yml: site-greeting: examples[2]') names it in an error."""
    if not isinstance(item, dict) or not CASE_KEYS & item.keys():
        return Case(item)
    expect, reason = item.get("expect", "pass"), item.get("reason", "")
    if expect == "pass" and reason:
        raise CaseError(f"{where}: a reason is for a case with `expect: fail` (expect is {expect!r})")
    if expect == "fail" and not (isinstance(reason, str) and reason.strip()):
        raise CaseError(f"{where}: `expect: fail` needs a reason (what is not handled yet, and why)")
    if expect not in EXPECTS:
        raise CaseError(f"{where}: expect must be one of {', '.join(EXPECTS)}, not {expect!r}")
    rest = {key: value for key, value in item.items() if key not in CASE_KEYS}
    if "text" in rest and len(rest) > 1:
        raise CaseError(f"{where}: `text` is a whole case; other keys beside it: {sorted(rest.keys() - {'text'})}")
    return Case(rest.get("text", rest), "fail" if expect == "fail" else "pass", reason)


def load_cases(items: object, where: str) -> list[Case]:
    """The cases of one list (a rule's `examples` or `keep`); `where` is 'file: rule: key'."""
    if not isinstance(items, list):
        raise CaseError(f"{where}: expected a list of cases, got {type(items).__name__}")
    return [load_case(item, f"{where}[{number}]") for number, item in enumerate(items)]
