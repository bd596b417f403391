"""Pages kept in a front-end component's source (JSX/TSX) and in a static-site blog post (shortcodes), and a
speech given in English printed with its Chinese translation: made-up inputs in the shape of those files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.clean.component_markup import WORK_PER_CHAR, Budget, component_markup
from scripts.clean.containers import RULES_FILE
from scripts.clean.cruft import clean_lines, english_original
from scripts.clean.pipeline import normalize_file
from scripts.clean.subtitles import looks_like_subtitles, subtitle_lines
from scripts.core.errors import InputError
from tests.conftest import case_params

RULES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
COMPONENT = [RULES["component_markup"]]
SHORTCODES = [RULES["shortcodes"]]

SPEECH = [
    "同志们：",
    "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
    "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
    "同志们，做好秋季农业生产工作责任重大，希望大家扎实工作，确保各项任务圆满完成。谢谢大家！",
]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("entry", "example"), case_params(COMPONENT, "examples", RULES_FILE.name))
@pytest.mark.parametrize("suffix", [".jsx", ".tsx", ".html", ".txt"])
def test_a_component_is_read_as_the_page_it_renders(tmp_path: Path, entry: dict, example: dict,
                                                    suffix: str) -> None:
    document = normalize_file(write(tmp_path, "page" + suffix, example["source"]), tmp_path)
    for line in example["text"]:
        assert line in document.body
    for code in example["not"]:
        assert code not in document.body
    assert any("markup a component renders" in warning for warning in document.warnings)


@pytest.mark.parametrize(("entry", "keep"), case_params(COMPONENT, "keep", RULES_FILE.name))
def test_a_component_without_an_article_in_its_markup_stays_refused(tmp_path: Path, entry: dict,
                                                                    keep: dict) -> None:
    with pytest.raises(InputError, match=r"program source code .*" + keep["says"]):
        normalize_file(write(tmp_path, "Component.jsx", keep["source"]), tmp_path)


def test_jsx_reads_as_html() -> None:
    source = ("const Page = () => (\n  <Layout title=\"x\">\n    <Link to=\"/a\" className=\"nav\">首页</Link>\n"
              "    <p className='lead'>第一句，{' '}第二句。{/* 注释 */}{name}</p>\n"
              "    <Image src=\"/a.jpg\" alt=\"图\" />\n    <br/>\n"
              "    {items.length > 0 ? <ul><li>甲</li></ul> : null}\n  </Layout>\n);\n")
    markup = component_markup(source)
    assert markup.elements == 1
    assert markup.html == ('<div title="x">\n    <a href="/a" class="nav">首页</a>\n    <p class="lead">第一句，'
                           ' 第二句。</p>\n    <img src="/a.jpg" alt="图">\n    <br>\n'
                           '    <ul><li>甲</li></ul>\n  </div>')
    assert "首页" not in markup.code and "const Page = () => (" in markup.code
    assert markup.code.count("\n") == source.count("\n")


@pytest.mark.parametrize("code", [
    "if (a < b && c > d) { return a; }",
    "const list: Array<string> = [];\nfunction f<T>(x: T): T { return x; }",
    "const s = '<p>not markup in a string</p>';",
    "// return <div>in a comment</div>\nlet x = 1;",
    "for (let i = 0; i <n; i++) {}",
])
def test_code_that_is_not_jsx_gives_no_markup(code: str) -> None:
    assert component_markup(code).elements == 0


def test_a_component_whose_strings_hold_the_article_reads_the_string(tmp_path: Path) -> None:
    """The markup only shows a variable ({content}); the article is the one prose literal of the code."""
    literal = "\\n".join(SPEECH)
    source = (f"import React from 'react';\nimport Layout from './Layout';\n\nconst CONTENT = \"{literal}\";\n\n"
              "export default function Article() {\n  return (<Layout><h1>讲话</h1><div className=\"text\">{CONTENT}"
              "</div></Layout>);\n}\n")
    document = normalize_file(write(tmp_path, "Article.jsx", source), tmp_path)
    assert SPEECH[2] in document.body and "Layout" not in document.body
    assert any("taken from program source" in warning for warning in document.warnings)


def test_a_short_component_file_with_one_declaration_is_read(tmp_path: Path) -> None:
    paragraphs = "".join(f"      <p>{line}</p>\n" for line in SPEECH)
    source = ("export default function Speech() {\n  return (\n    <article>\n      {/* 讲话正文 */}\n"
              f"{paragraphs}    </article>\n  );\n}}\n")
    document = normalize_file(write(tmp_path, "speech.tsx", source), tmp_path)
    assert SPEECH[3] in document.body and "讲话正文" not in document.body and "export" not in document.body


@pytest.mark.parametrize(("entry", "example"), case_params(SHORTCODES, "examples", RULES_FILE.name))
def test_a_blog_posts_shortcodes_are_read_as_the_site_shows_them(tmp_path: Path, entry: dict,
                                                                 example: dict) -> None:
    post = f"---\ntitle: {SPEECH[0]}\ndate: 2023-09-13\n---\n\n{example['markdown']}"
    document = normalize_file(write(tmp_path, "post.md", post), tmp_path)
    for line in example["text"]:
        assert line in document.body
    for chrome in example["not"]:
        assert chrome not in document.body


ENGLISH = [
    "Thank you all for coming here today, it is an honour to speak to you.",
    "Four years ago you arrived on this campus full of questions.",
    "Today you leave it with a few answers and many more questions.",
    "Keep asking them, and the world will be better for it.",
]
CHINESE = [
    "感谢大家今天来到这里，能向你们讲话是我的荣幸。",
    "四年前，你们带着满腹疑问来到这个校园。",
    "今天，你们带着一些答案和更多的问题离开。",
    "继续提问吧，世界会因此变得更好。",
]


def test_an_english_speech_printed_with_its_translation_keeps_both() -> None:
    lines = [line for pair in zip(ENGLISH, CHINESE, strict=True) for line in pair]
    assert english_original(lines)
    assert clean_lines(lines).lines == lines


def test_a_chinese_speech_printed_with_its_english_translation_keeps_the_chinese() -> None:
    lines = [line for pair in zip(CHINESE, ENGLISH, strict=True) for line in pair]
    assert not english_original(lines)
    kept = [line for line in clean_lines(lines).lines if line]
    assert kept == CHINESE


def test_a_few_english_banners_are_no_bilingual_text() -> None:
    lines = ["MESSAGE FROM THE PRESIDENT", CHINESE[0], "NEWS CENTER HOME PAGE", CHINESE[1], CHINESE[2]]
    assert not english_original(lines)
    assert "MESSAGE FROM THE PRESIDENT" not in clean_lines(lines).lines


ABSTRACT = ("Based on a survey of rural households, this paper describes how village committees organise "
            "the autumn harvest and what they could do better.")


def test_an_english_sentence_between_chinese_paragraphs_is_part_of_the_text() -> None:
    """A paper's English abstract or a quoted English sentence inside a Chinese text stays (embedded_english);
    a banner beside it still goes."""
    lines = [CHINESE[0] + CHINESE[1], "MESSAGE FROM THE PRESIDENT", ABSTRACT, CHINESE[2] + CHINESE[3], CHINESE[1] * 3]
    kept = clean_lines(lines).lines
    assert ABSTRACT in kept
    assert "MESSAGE FROM THE PRESIDENT" not in kept


def test_an_english_version_after_the_chinese_text_is_still_dropped() -> None:
    """English sentences that make a large share of the page (the whole text again in English) are a translation."""
    lines = [CHINESE[0] + CHINESE[1], CHINESE[2] + CHINESE[3], *ENGLISH, ABSTRACT, CHINESE[1]]
    kept = [line for line in clean_lines(lines).lines if line]
    assert ABSTRACT not in kept and ENGLISH[0] not in kept


PARAGRAPHS = "".join(f"    <p>{line}</p>\n" for line in SPEECH)


@pytest.mark.parametrize("source", [
    ("import { Component } from '@angular/core';\n\n@Component({\n  selector: 'app-speech',\n  template: `\n"
     f"  <div class=\"article\">\n{PARAGRAPHS}  </div>`,\n}})\nexport class SpeechComponent {{}}\n"),
    f"export const html = `\n<div class=\"article\">\n{PARAGRAPHS}</div>\n`;\n\nexport default {{}};\n",
])
def test_a_template_literal_of_markup_in_a_short_module_is_the_page(tmp_path: Path, source: str) -> None:
    """An Angular component's template, a module exporting a page's markup: a template literal opening with a
    tag, in a file too short in declarations to be taken for program source by its declarations alone."""
    for name in ("speech.component.ts", "data.js"):
        document = normalize_file(write(tmp_path, name, source), tmp_path)
        assert SPEECH[2] in document.body and "export" not in document.body and "`" not in document.body
        assert any("taken from program source" in warning for warning in document.warnings)


def test_a_file_of_unclosed_elements_is_read_within_its_work_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each unclosed '(<div>' would be scanned to the file's end (quadratic: about 10⁹ characters here): the parse
    gives up once it has scanned WORK_PER_CHAR characters per character of the file. Counted, not timed."""
    spent: list[int] = []
    spend = Budget.spend.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Budget], chars: int) -> None:
        spent.append(max(chars, 1))
        spend(cls, chars)

    monkeypatch.setattr(Budget, "spend", classmethod(counted))
    text = "x = (<div>\n" * 20_000
    assert component_markup(text).elements == 0
    assert WORK_PER_CHAR * len(text) <= sum(spent) <= (WORK_PER_CHAR + 1) * len(text) + 10_000


def test_toml_front_matter_gives_the_posts_fields(tmp_path: Path) -> None:
    """Hugo's other front matter: TOML between '+++' lines; its title, date and author are the container's."""
    body = "\n\n".join(SPEECH)
    post = ('+++\ntitle = "在全县秋季农业生产工作会议上的讲话"\ndate = 2023-09-13T10:00:00+08:00\nauthor = "张三"\n'
            f'tags = ["讲话"]\n+++\n\n{body}\n')
    for name in ("post.md", "post.txt"):
        document = normalize_file(write(tmp_path, name, post), tmp_path)
        assert document.meta["title"] == "在全县秋季农业生产工作会议上的讲话"
        assert str(document.meta["published"]) == "2023-09-13" and document.meta["speaker"] == "张三"
        assert SPEECH[2] in document.body and "+++" not in document.body and "tags" not in document.body


def test_a_single_file_component_whose_template_shows_a_variable_reads_its_script(tmp_path: Path) -> None:
    """A Vue component's template only shows a variable ('<div v-html="article">'); the article is the one prose
    literal of its <script>, whose line the warning names."""
    html = "".join(f"<p>{line}</p>" for line in SPEECH)
    source = ("<template>\n  <div class=\"page\">\n    <h1>{{ title }}</h1>\n    <div v-html=\"article\"></div>\n"
              "  </div>\n</template>\n\n<script>\nexport default {\n  data() {\n    return {\n"
              f"      title: '在全县秋季农业生产工作会议上的讲话',\n      article: '{html}'\n"
              "    }\n  }\n}\n</script>\n")
    document = normalize_file(write(tmp_path, "Speech.vue", source), tmp_path)
    assert SPEECH[2] in document.body and "export" not in document.body
    assert document.meta["title"] == "在全县秋季农业生产工作会议上的讲话"
    assert any("string literal at line 13" in warning for warning in document.warnings)
    empty = source.replace(f"article: '{html}'", "article: ''")
    with pytest.raises(InputError):
        normalize_file(write(tmp_path, "Empty.vue", empty), tmp_path)


def test_a_client_component_opening_with_its_directive_is_read(tmp_path: Path) -> None:
    """Next.js' "'use client';" before the declarations is no page text: the file is a component like any other."""
    paragraphs = "".join(f"      <p>{line}</p>\n" for line in SPEECH)
    source = (f"'use client';\n\nexport default function Speech() {{\n  return (\n    <article>\n{paragraphs}"
              "    </article>\n  );\n}\n")
    document = normalize_file(write(tmp_path, "page.tsx", source), tmp_path)
    assert SPEECH[3] in document.body and "use client" not in document.body


def test_a_component_with_its_code_between_fences_reads_its_markup(tmp_path: Path) -> None:
    """An Astro component: code between '---' fences, then markup with {expressions}, comments and a style."""
    paragraphs = "".join(f"    <p>{line}</p>\n" for line in SPEECH)
    source = ("---\nimport Layout from '../layouts/Layout.astro';\n"
              "const title = '在全县秋季农业生产工作会议上的讲话';\nconst tags = ['讲话', '农业'];\n---\n\n"
              "<Layout title={title}>\n  <!-- 正文 -->\n  <article>\n"
              f"    <h1>{{title}}</h1>\n{paragraphs}    <ul>{{tags.map((tag) => <li>{{tag}}</li>)}}</ul>\n"
              "  </article>\n"
              "  <style>article { color: #333; } p { margin: 0 }</style>\n</Layout>\n")
    document = normalize_file(write(tmp_path, "speech.astro", source), tmp_path)
    assert SPEECH[2] in document.body
    for code in ("import", "const", "正文", "{", "color", "tags.map"):
        assert code not in document.body
    assert document.meta["title"] == "在全县秋季农业生产工作会议上的讲话"


SUBTITLES = [RULES["subtitles"]]


@pytest.mark.parametrize(("entry", "example"), case_params(SUBTITLES, "examples", RULES_FILE.name))
def test_subtitle_cues_give_the_transcripts_lines(entry: dict, example: dict) -> None:
    assert looks_like_subtitles(example["file"])
    assert subtitle_lines(example["file"]) == example["lines"]


def test_a_speechs_subtitles_are_read_as_its_transcript(tmp_path: Path) -> None:
    """Cue numbers and timings go; a sentence broken over two cues is one line; a rolling repeat is read once."""
    pieces = [SPEECH[0], *[part + "，" for part in SPEECH[1].rstrip("。").split("，")[:-1]],
              SPEECH[1].rstrip("。").split("，")[-1] + "。", SPEECH[2], SPEECH[2], SPEECH[3]]
    cues = [f"{n}\n00:00:{n:02d},000 --> 00:00:{n + 1:02d},000\n{piece}\n" for n, piece in enumerate(pieces, 1)]
    for suffix in (".srt", ".txt"):
        document = normalize_file(write(tmp_path, "speech" + suffix, "\n".join(cues)), tmp_path)
        body = [line for line in document.body.splitlines() if line]
        assert body == SPEECH
    assert not looks_like_subtitles("会议时间：09:00:00,000 --> 10:00:00,000\n" + "\n".join(SPEECH))


FEEDS = [RULES["feeds"]]


@pytest.mark.parametrize(("entry", "example"), case_params(FEEDS, "examples", RULES_FILE.name))
@pytest.mark.parametrize("suffix", [".xml.txt", ".html"])
def test_a_feed_of_one_item_is_that_items_page(tmp_path: Path, entry: dict, example: dict, suffix: str) -> None:
    document = normalize_file(write(tmp_path, "feed" + suffix, example["feed"]), tmp_path)
    assert document.meta["title"] == example["title"]
    for line in example["text"]:
        assert line in document.body
    for chrome in example["not"]:
        assert chrome not in document.body


@pytest.mark.parametrize(("entry", "keep"), case_params(FEEDS, "keep", RULES_FILE.name))
def test_a_feed_of_several_items_is_refused_saying_so(tmp_path: Path, entry: dict, keep: dict) -> None:
    with pytest.raises(InputError, match=keep["says"]):
        normalize_file(write(tmp_path, "feed.txt", keep["feed"]), tmp_path)


def test_an_rss_date_is_read() -> None:
    from scripts.clean.feeds import iso_date

    assert iso_date("Wed, 13 Sep 2023 10:00:00 +0800") == "2023-09-13"
    assert iso_date("2024-01-01T08:00:00+08:00") == "2024-01-01T08:00:00+08:00"


@pytest.mark.parametrize("script", [
    '<script id="__NEXT_DATA__" type="application/json">{data}</script>',
    "<script>window.__INITIAL_STATE__={data};</script>",
])
def test_a_page_rendered_from_its_embedded_data_gives_that_data(tmp_path: Path, script: str) -> None:
    """A single-page application saved before it ran shows no text; its scripts carry the article."""
    import json

    data = json.dumps({"props": {"article": {"title": "在全县秋季农业生产工作会议上的讲话", "id": 12,
                                             "content": "".join(f"<p>{line}</p>" for line in SPEECH)}}},
                      ensure_ascii=False)
    page = ("<!DOCTYPE html><html><head><title>某某县人民政府</title></head><body><div id=\"app\">加载中…</div>"
            + script.format(data=data) + "</body></html>")
    document = normalize_file(write(tmp_path, "page.html", page), tmp_path)
    assert SPEECH[2] in document.body and "props" not in document.body
    assert any("data its scripts carry" in warning for warning in document.warnings)


def test_a_page_with_its_own_text_is_read_as_it_shows(tmp_path: Path) -> None:
    """Visible prose wins: a script's string (an analytics note, a share text) is not the page."""
    paragraphs = "".join(f"<p>{line}</p>" for line in SPEECH)
    other = ("各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。"
             "过去一年，全市经济运行总体平稳，群众生活水平不断提高。")
    page = (f"<html><body><div class='article'>{paragraphs}</div><script>var share = \"{other * 3}\";</script>"
            "</body></html>")
    document = normalize_file(write(tmp_path, "page.html", page), tmp_path)
    assert SPEECH[2] in document.body and "各位代表" not in document.body
