"""A news CMS's story record (an article as typed parts: text parts and image parts with their address and
caption, the headline in a field of its forms) is one article, not a list of records. Every input is made up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file
from scripts.core.errors import InputError
from tests.conftest import text_page

PARAS = ["【本報訊】某某公司兩名前高層今日在裁判法院應訊，控方申請將案件轉介高等法院審理。",
         "兩名被告早前被控串謀罪，今日由律師代表應訊，二人均沒有申請保釋，須繼續還押。",
         "控方指警方仍需時處理大量證物，包括電子器材及文件，案件押後至明年一月再訊。"]


def story(parts: list[dict]) -> str:
    return json.dumps({"_id": "ABC123", "type": "story", "headlines": {"basic": "某某公司兩前高層應訊 案件押後"},
                       "display_date": "2021-08-02T06:30:00.000Z", "content_elements": parts}, ensure_ascii=False)


def test_a_story_of_typed_parts_with_an_image_part_is_one_article(tmp_path: Path) -> None:
    parts = [{"type": "text", "content": PARAS[0], "_id": "p1"},
             {"type": "image", "caption": "被告由囚車押送到法院。資料圖片", "url": "https://example.com/a.jpg",
              "_id": "i1"},
             *({"type": "text", "content": text, "_id": f"p{n}"} for n, text in enumerate(PARAS[1:], 2))]
    document = normalize_file(text_page(tmp_path, story(parts), "page.json"), tmp_path)
    assert document.meta["title"] == "某某公司兩前高層應訊 案件押後"
    assert str(document.meta["published"]) == "2021-08-02"
    assert all(text in document.body for text in PARAS)
    assert "資料圖片" not in document.body


def test_a_list_of_articles_with_their_own_titles_stays_a_list(tmp_path: Path) -> None:
    items = [{"title": f"第{n}篇報道", "content": text} for n, text in enumerate(PARAS, 1)]
    page = text_page(tmp_path, json.dumps({"items": items}, ensure_ascii=False), "page.json")
    try:
        normalize_file(page, tmp_path)
    except Exception as error:
        assert "3 records" in str(error)
    else:
        raise AssertionError("a list of three titled articles was read as one text")


@pytest.mark.parametrize("content", [
    {"rendered": "".join(f"<p>{text}</p>" for text in PARAS), "protected": False},  # a CMS API's forms of the text
    {"zh": {"text": "\n\n".join(PARAS)}, "version": 3},  # forms nested a level deeper
    [PARAS[0], {"type": "image", "caption": "資料圖片", "url": "https://example.com/a.jpg"}, *PARAS[1:]],  # mixed
])
def test_a_text_field_that_is_no_string_gives_its_words(tmp_path: Path, content: object) -> None:
    record = {"id": 7, "title": {"rendered": "某某公司兩前高層應訊"}, "date": "2021-08-02T14:30:00", "content": content}
    document = normalize_file(text_page(tmp_path, json.dumps(record, ensure_ascii=False), "page.json"), tmp_path)
    assert document.meta["title"] == "某某公司兩前高層應訊"
    assert all(text in document.body for text in PARAS)
    assert "資料圖片" not in document.body and "rendered" not in document.body


def test_a_text_field_without_words_is_refused_not_printed(tmp_path: Path) -> None:
    parts = [{"type": "image", "url": f"https://example.com/{n}.jpg"} for n in range(3)]
    page = text_page(tmp_path, json.dumps({"title": "某某報道", "content": parts}, ensure_ascii=False), "page.json")
    with pytest.raises(InputError, match=r"no Chinese text|holds no text"):
        normalize_file(page, tmp_path)
