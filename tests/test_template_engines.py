"""Template source of other engines than JSP/ASP.NET/PHP (FreeMarker, Jinja/Django, Go templates, Thymeleaf,
Velocity, Razor, Smarty): its directives go, its text stays (rules/containers.yml, `templates`)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.clean.containers import RULES_FILE, engine_stripped, looks_like_template, strip_template, template_engines
from scripts.clean.pipeline import normalize_file
from scripts.clean.rule_files import RuleFileError
from tests.conftest import case_params

ENTRIES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["templates"]
ENGINES = {engine.name: engine for engine in template_engines().engines}

SPEECH = ["同志们：",
          "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
          "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
          "做好秋季农业生产工作责任重大，希望大家扎实工作，确保各项任务圆满完成。"]
TITLE = "在全县秋季农业生产工作会议上的讲话"


@pytest.mark.parametrize(("entry", "example"), case_params(ENTRIES, "examples", RULES_FILE.name))
def test_template_examples(entry: dict, example: dict) -> None:
    assert strip_template(example["text"]) == example["becomes"]
    if entry.get("marks"):
        assert looks_like_template(example["text"])


@pytest.mark.parametrize(("entry", "keep"), case_params(ENTRIES, "keep", RULES_FILE.name))
def test_template_keeps(entry: dict, keep: str) -> None:
    assert engine_stripped(ENGINES[entry["name"]], keep) == keep


@pytest.mark.parametrize(("entry", "text"), case_params(ENTRIES, "not_template", RULES_FILE.name))
def test_not_template(entry: dict, text: str) -> None:
    engine = ENGINES[entry["name"]]
    assert engine.mark is not None and not engine.mark.search(text)


def test_every_engine_has_a_reason_and_examples() -> None:
    for entry in ENTRIES:
        assert entry["name"] and entry["reason"].strip() and entry["examples"] and entry["strip"]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def paragraphs() -> str:
    return "\n".join(f"    <p>{line}</p>" for line in SPEECH)


FREEMARKER = f"""<#import "/layout/base.ftl" as layout>
<@layout.main
title="{TITLE}"
keywords="秋收 秋种"
description="全县秋季农业生产工作会议召开"
>
<div class="box">
  <div class="head"><div>{TITLE}</div><p>时间：2023-09-13</p></div>
  <div class="text">
{paragraphs()}
  </div>
  <div class="pic">
    <img src="<@site.url path="images/2023/0913-01.jpg"/>" alt="">
    <div>会议现场</div>
  </div>
</div>
</@layout.main>
"""


def test_a_freemarker_view_shows_neither_its_macro_call_nor_a_broken_attribute(tmp_path: Path) -> None:
    document = normalize_file(write(tmp_path, "detail.ftl.html", FREEMARKER), tmp_path)
    for code in ("<@", "@layout", "keywords=", "description=", "alt=", '">', "<#"):
        assert code not in document.body
    assert SPEECH[2] in document.body and SPEECH[3] in document.body
    assert "会议现场" not in document.body  # the line under the picture is its caption, once the <img> parses


@pytest.mark.parametrize(("name", "text"), [
    ("jinja.html", '{% extends "base.html" %}\n{% block content %}\n<h1>{{ article.title }}</h1>\n'
                   + "{# 旧版 #}\n" + paragraphs() + "\n{% endblock %}\n"),
    ("go.tmpl.html", '{{ define "main" }}\n<h1>{{ .Title }}</h1>\n' + paragraphs() + "\n{{ end }}\n"),
    ("view.vm.html", '#set($layout = "main.vm")\n#parse("header.vm")\n<h1>$!{article.title}</h1>\n'
                     + "## 旧版\n#if($show)\n" + paragraphs() + "\n#end\n"),
    ("view.cshtml.html", "@model ArticleModel\n@{\n    ViewBag.Title = \"详情\";\n}\n<h1>@Model.Title</h1>\n"
                         + "@if (Model.Show) {\n" + paragraphs() + "\n}\n"),
    ("view.th.html", '<html xmlns:th="http://www.thymeleaf.org"><body><h1 th:text="${a.title}">[[${a.title}]]</h1>'
                     + paragraphs() + "</body></html>"),
])
def test_other_engines_directives_go_and_the_text_stays(tmp_path: Path, name: str, text: str) -> None:
    document = normalize_file(write(tmp_path, name, text), tmp_path)
    for code in ("{%", "{{", "{#", "#set", "#parse", "#if", "#end", "$!", "@model", "@Model", "@if", "[[", "ViewBag"):
        assert code not in document.body, code
    assert all(line in document.body for line in SPEECH[1:])
    assert not any(line.strip() in {"}", "{"} for line in document.body.splitlines())


def test_an_ordinary_page_with_an_address_and_a_hash_is_no_template(tmp_path: Path) -> None:
    text = ('<html><body><p>联系邮箱：office@example.com</p><a href="#top">返回顶部</a>'
            "<style>@media (max-width: 600px) { p { margin: 0 } }</style>" + paragraphs() + "</body></html>")
    assert not looks_like_template(text)
    document = normalize_file(write(tmp_path, "page.html", text), tmp_path)
    assert SPEECH[1] in document.body


def test_an_engine_without_a_reason_is_a_rule_file_error(tmp_path: Path) -> None:
    bad = tmp_path / "containers.yml"
    bad.write_text("templates:\n  - name: bare\n    strip: ['<%.*?%>']\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"templates: bare: a template engine has a `reason`"):
        template_engines(bad)


def test_a_pattern_that_does_not_compile_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "containers.yml"
    bad.write_text("templates:\n  - name: broken\n    reason: x\n    examples: [{text: a, becomes: a}]\n"
                   "    strip: ['<%(']\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="does not compile"):
        template_engines(bad)
