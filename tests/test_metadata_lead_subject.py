"""A scraper's record of a press release that opens with a lead naming its speaker before the office and the title
the speech was given under ('林志明總統今（10）日上午出席…以「…」為題發表演說。' over '總統致詞全文如下：'), as
Taiwan's and Hong Kong's press write it (made-up record)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from scripts.clean.pipeline import normalize_file
from scripts.clean.render import body_text

SPEECH = ("各位鄉親：\n\n"
          "今天是我們共同的節日，我要感謝每一位在崗位上默默付出的朋友，因為有你們，這個社會才能穩定前進。\n\n"
          "過去一年，我們面對很多挑戰，但是我們沒有退縮，大家一起努力，讓經濟穩定成長，也讓生活更加安心。\n\n"
          "未來，我們要繼續團結，繼續向前，讓下一代生活在更好的環境裡。謝謝大家。")


def record(tmp_path: Path, lead: str) -> Path:
    path = tmp_path / "release.json"
    content = f"{lead}\n\n總統致詞全文如下：\n\n{SPEECH}"
    path.write_text(json.dumps({"title": "做一個更好的國家　總統發表節慶演說", "date": "2022-10-10",
                                "content": content}, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_lead_gives_speaker_date_and_title(tmp_path: Path) -> None:
    lead = "林志明總統今（10）日上午出席在府前廣場舉行的慶祝大會，以「做一個更好的國家」為題發表演說。"
    document = normalize_file(record(tmp_path, lead), tmp_path)
    assert document.meta["speaker"] == "林志明"
    assert document.meta["date"] == dt.date(2022, 10, 10)
    assert document.meta["title"] == "做一個更好的國家"
    text = body_text(document.body)
    assert text.startswith("各位鄉親：") and "發表演說" not in text


def test_a_title_the_container_does_not_hold_is_not_taken(tmp_path: Path) -> None:
    lead = "林志明總統今（10）日上午出席在府前廣場舉行的慶祝大會，以「團結向前」為題發表演說。"
    document = normalize_file(record(tmp_path, lead), tmp_path)
    assert document.meta["title"] != "團結向前"
