"""The duplicate measure: same speech from another site is a duplicate; seeds 000/003 are only related."""

from __future__ import annotations

import itertools
import random

import pytest

from scripts.core.paths import REPO
from scripts.site import duplicates

SEEDS = REPO / "source_texts"


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def similarity(first: str, second: str) -> duplicates.Similarity:
    return duplicates.compare("a", duplicates.shingles(first), "b", duplicates.shingles(second))


def rescrape(text: str, watermark: str = "笔扫千军整理", every: int = 300) -> str:
    """The same speech as another site would serve it: banner, watermarks mid-sentence, other breaks."""
    marked = "".join(text[i : i + every] + watermark for i in range(0, len(text), every))
    banner = "您好，欢迎访问某某文库\n当前位置：首页 > 讲话\n"
    return banner + marked.replace("。", "。\n\n") + "\n责任编辑：某某"


def random_chinese(rng: random.Random, length: int) -> str:
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(length))


def test_canonical_text_ignores_punctuation_whitespace_and_markdown() -> None:
    text = "## 第一，要突出\\*科技创新！\n\n 5G  IPv6"
    assert duplicates.canonical_text(text) == "第一要突出科技创新5gipv6"


def test_seed_000_and_003_are_related_not_duplicates() -> None:
    found = similarity(seed_text("000"), seed_text("003"))
    assert found.is_related and not found.is_duplicate
    assert 0.12 < found.containment < 0.30  # measured 19%: the article reuses passages of the speech
    assert found.describe().startswith("related: 19% shared passages")


@pytest.mark.parametrize("pair", [p for p in itertools.combinations(["000", "001", "002", "003", "004"], 2)
                                  if p != ("000", "003")])
def test_unrelated_seeds_stay_below_the_related_threshold(pair: tuple[str, str]) -> None:
    found = similarity(seed_text(pair[0]), seed_text(pair[1]))
    assert not found.is_related, found.describe()
    assert found.containment < duplicates.RELATED_AT / 2  # the margin the thresholds claim


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_same_speech_scraped_elsewhere_is_a_duplicate(prefix: str) -> None:
    original = seed_text(prefix)
    found = similarity(original, rescrape(original))
    assert found.is_duplicate, found.describe()
    assert found.containment > 0.9


def test_truncated_copy_is_still_a_duplicate() -> None:
    original = seed_text("002")
    found = similarity(original, rescrape(original[: len(original) // 2]))
    assert found.is_duplicate
    assert found.jaccard < 0.6  # why containment, not Jaccard, decides


def test_empty_text_is_related_to_nothing() -> None:
    assert similarity("", seed_text("000")).containment == 0.0
    assert duplicates.similar_to("new", "", {"old": seed_text("000")}) == []


def test_similar_to_lists_related_archive_texts_most_similar_first() -> None:
    archive = {name: seed_text(name) for name in ("001", "002", "003", "004")}
    archive["copy"] = rescrape(seed_text("000"))
    found = duplicates.similar_to("000", seed_text("000"), archive)
    assert [s.second for s in found] == ["copy", "003"]
    assert found[0].is_duplicate and not found[1].is_duplicate


def test_similar_pairs_over_the_seeds_reports_only_000_003() -> None:
    archive = {name: seed_text(name) for name in ("000", "001", "002", "003", "004")}
    pairs = duplicates.similar_pairs(archive)
    assert [(p.first, p.second) for p in pairs] == [("000", "003")]


def test_similar_pairs_finds_a_duplicate_among_many_texts_sharing_stock_phrases() -> None:
    rng = random.Random(4)
    stock = "深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神"
    archive = {f"t{i:03}": stock + random_chinese(rng, 1500) + stock for i in range(120)}
    archive["t999"] = rescrape(archive["t042"])
    pairs = duplicates.similar_pairs(archive)
    assert [(p.first, p.second) for p in pairs] == [("t042", "t999")]
    assert pairs[0].is_duplicate


def test_candidate_search_in_many_parts_finds_the_same_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sampled shingles are spooled by part so memory holds one part; parts of a few samples each (so a
    text's samples spread over many) give the same pairs as one part."""
    rng = random.Random(7)
    stock = "深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神"
    archive = {f"t{i:03}": stock + random_chinese(rng, 800) + stock for i in range(40)}
    archive["t900"] = rescrape(archive["t007"])
    archive["t901"] = archive["t011"][:500] + random_chinese(rng, 1200)
    whole = [duplicates.similar_pairs(archive), duplicates.similar_pairs(archive, best_per_text=2)]
    monkeypatch.setattr(duplicates, "SAMPLES_PER_PART", 50)
    assert duplicates.sample_parts(sum(map(len, archive.values()))) > 50
    parted = [duplicates.similar_pairs(archive), duplicates.similar_pairs(archive, best_per_text=2)]
    assert parted == whole
    assert {(p.first, p.second) for p in whole[0]} == {("t007", "t900"), ("t011", "t901")}
