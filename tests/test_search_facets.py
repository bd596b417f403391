"""The search page's build side: script folding, the facet table, region splitting, the generated pages."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

from scripts.clean.metadata import split_region
from scripts.core.paths import REPO
from scripts.site.script_fold import fold, fold_file_text, fold_map, write_fold_file
from scripts.site.search_facets import card_place, facet_table, search_page, within_link, write_facets
from scripts.site.search_index import normalize, runs
from scripts.site.site_corpus import Speech, load_speeches


def test_traditional_folds_to_simplified() -> None:
    assert fold("經濟發展 營商環境 創新驅動") == "经济发展 营商环境 创新驱动"
    assert normalize("營商環境") == normalize("营商环境") == "营商环境"
    assert runs("ＡＢＣ經濟") == ["abc经济"]  # NFKC and lower case first, then the folding


def test_simplified_text_is_left_as_it_is() -> None:
    for speech in load_speeches(REPO / "docs"):
        text = speech.title + speech.body
        changed = sum(a != b for a, b in zip(text, fold(text), strict=True))
        assert changed <= len(text) // 1000, (speech.path, changed)  # at most a rare variant character


def test_folding_is_one_character_for_one_and_settled() -> None:
    table = fold_map()
    assert len(table) > 2000
    assert all(len(k) == len(v) == 1 for k, v in table.items())
    assert all(fold(v) == v for v in table.values())  # folding twice changes nothing


def test_fold_file_is_the_same_table(tmp_path: Path) -> None:
    size = write_fold_file(tmp_path)
    text = gzip.decompress((tmp_path / "search" / "fold.txt.gz").read_bytes()).decode("utf-8")
    pairs = list(text)
    assert dict(zip(pairs[::2], pairs[1::2], strict=True)) == fold_map() and text == fold_file_text()
    assert size < 30_000  # small enough to ship to every reader who searches


def test_split_region() -> None:
    assert split_region("陕西省安康市") == ("陕西省", "安康市")
    assert split_region("甘肃省") == ("甘肃省", "")
    assert split_region("内蒙古自治区呼和浩特市") == ("内蒙古自治区", "呼和浩特市")
    assert split_region("某地") == ("某地", "")  # not in the gazetteer: kept whole, never dropped


def decoded(table: dict, key: str, row: int) -> str | None:
    code = table[key][row]
    return table["values"][key][code] if code >= 0 else None


def test_facet_table_follows_the_index_order() -> None:
    speeches = load_speeches(REPO / "docs")  # the order scripts/site/build_site.py indexes them in
    table = facet_table(speeches)
    assert table["count"] == len(speeches)
    for row, speech in enumerate(speeches):
        assert decoded(table, "speaker", row) == speech.speaker
        assert decoded(table, "source", row) == speech.source_name
        assert [table["values"]["theme"][t] for t in table["theme"][row]] == speech.tags
        assert table["year"][row] == (speech.year or 0)
        assert table["sort"][row] == (speech.date or speech.published or "")
        region = (decoded(table, "province", row) or "") + (decoded(table, "city", row) or "")
        assert region == str(speech.meta.get("region") or "")


def test_facet_table_grows_like_a_result_list(tmp_path: Path) -> None:
    """Bytes per speech stay flat as the archive grows (no per-value or per-pair blow-up)."""
    seeds = load_speeches(REPO / "docs")

    def archive(size: int) -> list[Speech]:
        return [Speech(f"speeches/x/{n}.md", {**seeds[n % 5].meta, "speaker": f"讲话人{n % 600}",
                                              "region": f"陕西省{'安康汉中商洛宝鸡'[n % 4]}{n % 7}市"}, "")
                for n in range(size)]

    per_speech = []
    for size in (1_000, 8_000):
        out = tmp_path / str(size)
        per_speech.append(write_facets(out, archive(size)) / size)
    assert per_speech[1] <= per_speech[0] * 1.1 and per_speech[1] < 20, per_speech


def test_search_page_and_links() -> None:
    page = search_page()
    assert "template: archive-search-page.html" in page and "JavaScript" in page
    for section in ("themes", "speakers", "years", "sources"):
        assert f"](../{section}/index.md)" in page
    link = within_link("speakers", "武文罡")
    assert "(../search/index.md?speaker=%E6%AD%A6%E6%96%87%E7%BD%A1)" in link
    assert "武文罡" not in link.split("(", 1)[1]  # the address is percent-encoded


def test_cards_give_each_speech_its_address_and_title(tmp_path: Path) -> None:
    speeches = load_speeches(REPO / "docs")
    write_facets(tmp_path, speeches)
    for number, speech in enumerate(speeches):
        file, place = card_place(number, len(speeches))
        path = tmp_path / "search" / "cards" / f"{file}.json.gz"
        assert json.loads(gzip.decompress(path.read_bytes()))[place] == [speech.url, speech.title]


def test_a_newer_speech_changes_only_the_last_card_file(tmp_path: Path) -> None:
    """Cards count from the oldest speech: adding the newest changes one card file (the others keep their
    bytes and are not rewritten); removing it again gives the same files."""
    speeches = load_speeches(REPO / "docs")
    many = [replace(speeches[k % len(speeches)], path=f"speeches/s{k}.md") for k in range(40)]
    write_facets(tmp_path, many[1:])
    cards = tmp_path / "search" / "cards"
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in cards.iterdir()}
    write_facets(tmp_path, many)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in cards.iterdir()}
    assert sorted(after) == sorted(before) == ["0.json.gz", "1.json.gz", "2.json.gz"]
    assert [name for name in after if after[name] != before[name]] == ["2.json.gz"]
    write_facets(tmp_path, many[1:])
    assert {p.name: p.read_bytes() for p in cards.iterdir()} == {name: data for name, (data, _) in before.items()}
