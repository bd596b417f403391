"""A plain text that quotes template syntax ('{{ 7*7 }}', '{% if %}') without any markup is text, kept as it
stands; the same syntax in a view (HTML, or server-side tags such as '<%@ page' or '<c:set') is a template whose
directives go."""

from pathlib import Path

from scripts.clean.containers import looks_like_template
from scripts.clean.pipeline import normalize_file

QUOTED = "{{ 7*7 }}{% if 1 %}x{% endif %}"
SPEECH = ("同志们：今天我们召开全县工作会议，主要任务是总结过去一年的工作，部署今年的各项任务。"
          "我们要坚持稳中求进工作总基调，扎实推进各项改革举措落地见效。")


def test_syntax_in_plain_text_is_no_template_but_in_a_view_it_is():
    assert not looks_like_template(f"{SPEECH}\n\n{QUOTED}\n")
    assert looks_like_template(f"<div>{{% if speech %}}<p>{SPEECH}</p>{{% endif %}}</div>")
    assert looks_like_template(f'<%@ page contentType="text/html" %>\n{SPEECH}\n')


def test_a_plain_text_keeps_the_syntax_it_quotes(tmp_path: Path):
    path = tmp_path / "speech.txt"
    path.write_text(f"{SPEECH}\n\n{QUOTED}，这是正文中的一句话。\n\n{SPEECH}\n", encoding="utf-8")
    body = normalize_file(path).markdown.split("---")[-1].replace("\\", "")
    assert QUOTED in body
