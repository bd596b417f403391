"""Rules written in simplified characters match traditional text (on a simplified shadow); the output keeps
the page's own characters."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from scripts.clean.cruft import clean_lines
from scripts.clean.pipeline import normalize_file
from scripts.clean.shadow import ShadowPattern, simplified
from scripts.clean.structure import build_structure
from scripts.clean.themes import score_themes
from scripts.core.paths import REPO as ROOT

SPEECH = ["同志們：",
          "這次會議的主要任務是，深入貫徹落實黨中央決策部署，推動經濟社會高質量發展，切實保障和改善民生。" * 2]


def test_shadow_has_the_same_length_and_positions() -> None:
    for text in ("首頁 > 新聞中心", "發布時間：2018年09月05日", "乾隆年間的頭髮著作", "記者 王明 攝", "abc 123"):
        assert len(simplified(text)) == len(text)
    assert simplified("發布時間") == "发布时间"


def test_a_shadow_match_answers_with_the_original_characters() -> None:
    match = ShadowPattern("(?P<label>发布时间)：(?P<value>.+)").fullmatch("發布時間：二〇一八年")
    assert match is not None
    assert match.group("label") == "發布時間" and match.groupdict()["value"] == "二〇一八年"
    assert ShadowPattern(r"\*\*(?P<text>[^*]+)\*\*").sub(r"\g<text>", "這是**重點**內容") == "這是重點內容"


@pytest.mark.parametrize(("line", "rule"), [("首頁 > 新聞中心 > 領導講話", "bare-breadcrumb"),
                                            ("發布時間：2018年09月05日 來源：本站 訪問次數：1024", "page-meta-fields")])
def test_traditional_chrome_is_removed(line: str, rule: str) -> None:
    result = clean_lines([line, *SPEECH])
    assert line not in result.lines
    assert rule in [removal.rule for removal in result.removals]
    assert result.lines == SPEECH  # the speech keeps its traditional characters


def test_traditional_captures_keep_their_characters() -> None:
    result = clean_lines(["發布時間：2018年09月05日 來源：臺灣新聞網", *SPEECH])
    assert result.captures["published"] == ["2018年09月05日"]
    assert result.captures["origin"] == ["臺灣新聞網"]


def test_traditional_photo_caption_is_recognised() -> None:
    lines = [*SPEECH, "", "會議現場 記者 王明 攝", "", SPEECH[1]]
    structure = build_structure(clean_lines(lines).lines)
    assert all("攝" not in block.text for block in structure.blocks)


def test_traditional_salutation_opens_the_speech() -> None:
    structure = build_structure(["在全市工作會議上的講話", *SPEECH])
    assert structure.head == ["在全市工作會議上的講話"]
    assert structure.blocks[0].text == "同志們："


def test_themes_read_traditional_text() -> None:
    simplified_themes = [item.theme for item in score_themes(simplified(SPEECH[1]))]
    assert simplified_themes
    assert [item.theme for item in score_themes(SPEECH[1])] == simplified_themes


@pytest.mark.parametrize("seed", sorted((ROOT / "source_texts").glob("0*.txt")), ids=lambda p: p.name[:3])
def test_a_traditional_copy_of_a_seed_gets_the_same_page(seed: Path, tmp_path: Path) -> None:
    """Every stage reads traditional text: the same body (in traditional characters) and the same metadata."""
    to_traditional = opencc.OpenCC("s2t").convert
    copy = tmp_path / "copy.txt"
    copy.write_text(to_traditional(seed.read_text(encoding="utf-8")), encoding="utf-8")
    original, traditional = normalize_file(seed), normalize_file(copy, tmp_path)
    assert traditional.body == to_traditional(original.body)
    for key in ("title", "speaker", "speaker_title", "date", "published", "event", "region", "genre", "tags"):
        assert simplified(str(traditional.meta.get(key))) == simplified(str(original.meta.get(key))), key
    names = [simplified(str(meta.get("source", {}).get("name"))) for meta in (traditional.meta, original.meta)]
    assert names[0] == names[1]
