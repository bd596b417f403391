"""A Python module holding one text: `import x` lines, a triple-quoted string bound to a name, then calls."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.containers import looks_like_code
from scripts.clean.pipeline import normalize_file
from scripts.core.errors import InputError

PARAGRAPHS = [
    "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
    "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
    "做好秋季农业生产工作责任重大，希望大家扎实工作，确保各项任务圆满完成，为全年目标打下坚实基础。",
]
OTHER = ["各位代表，过去一年，全市上下坚持稳中求进工作总基调，经济运行稳中有进，民生事业持续改善。",
         "新的征程已经开启，让我们团结一心、奋勇争先，为全面建设社会主义现代化而努力奋斗，谢谢大家！",
         "我们要坚持以人民为中心的发展思想，办好民生实事，让群众的获得感、幸福感、安全感更加充实。"]

MODULE = ("import json\nimport numpy as np\nimport gradio as gr, pandas as pd\n\n\nSAMPLE_TEXT = \"\"\"" +
          "\n\n".join(PARAGRAPHS) + "\"\"\"\n\n\ngr.Markdown(\"Text demo\")\n"
          "box = gr.Textbox(\"Input:\", SAMPLE_TEXT)\n"
          "labels = [\"PERSON\", \"DATE\"]\nresult = pipeline(box)\nfor label in labels:\n    gr.Label(label)\n")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("opening", ["import json\nimport os\n", "import numpy as np\nimport os.path\n",
                                     "import os, sys\nimport re  # patterns\n"])
def test_a_module_opening_with_plain_import_lines_is_program_source(opening: str) -> None:
    assert looks_like_code(opening + 'TEXT = """' + PARAGRAPHS[0] + '"""\nprint(TEXT)\n')


@pytest.mark.parametrize("text", ["import 和 export 数据要规范。\n" + "\n".join(PARAGRAPHS),
                                  "import these goods from abroad\nexport them again\n" + "\n".join(PARAGRAPHS),
                                  "Import duties\n" + "\n".join(PARAGRAPHS)])
def test_prose_that_mentions_import_is_not_program_source(text: str) -> None:
    assert not looks_like_code(text)


def test_the_one_triple_quoted_text_of_a_module_is_the_page_and_its_code_is_left_out(tmp_path: Path) -> None:
    document = normalize_file(write(tmp_path, "app.txt", MODULE), tmp_path)
    assert all(paragraph in document.body for paragraph in PARAGRAPHS)
    for code in ("import", "gr.Markdown", "Input:", "labels", "SAMPLE_TEXT", '"""'):
        assert code not in document.body
    assert any("program source" in warning for warning in document.warnings)


def test_a_module_binding_two_different_texts_is_refused_as_records(tmp_path: Path) -> None:
    text = MODULE.replace("\n\ngr.Markdown", '\nOTHER_TEXT = """' + "\n\n".join(OTHER) + '"""\n\ngr.Markdown')
    with pytest.raises(InputError, match="2 separate prose texts"):
        normalize_file(write(tmp_path, "app.txt", text), tmp_path)


def test_a_module_opening_with_a_coding_line_and_comments_is_program_source() -> None:
    assert looks_like_code("#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n# a demo\nimport os\nimport sys\n"
                           'TEXT = """' + PARAGRAPHS[0] + '"""\n')


def test_a_c_file_opening_with_include_lines_is_still_program_source() -> None:
    assert looks_like_code('#include <stdio.h>\n#include "news.h"\n#include <string.h>\nint main() {}\n')
