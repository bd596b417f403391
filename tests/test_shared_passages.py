"""Versions and shared passages (scripts/site/shared_passages.py), the per-speech notes, and dates that say what
they are (scripts/site/site_corpus.py)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from scripts.core.paths import REPO
from scripts.site import shared_passages
from scripts.site.site_corpus import Speech, load_speeches
from scripts.site.speech_notes import speech_partial


@pytest.fixture(scope="module")
def seeds() -> dict[str, Speech]:
    return {Path(str(s.source["file"])).name[:3]: s for s in load_speeches(REPO / "docs")}


def copy_of(speech: Speech, slug: str, **meta: object) -> Speech:
    return Speech(f"speeches/{slug}.md", {**speech.meta, **meta}, speech.body)


def test_000_and_003_share_passages_but_are_not_versions(seeds: dict[str, Speech]) -> None:
    found = shared_passages.find(list(seeds.values()))
    (relation,) = found.relations[seeds["000"].slug]
    assert relation.other is seeds["003"] and not relation.is_version
    assert 0.12 <= relation.share <= 0.3
    assert [r.other for r in found.relations[seeds["003"].slug]] == [seeds["000"]]
    assert found.versions == {}
    assert [r.other for r in found.relations[seeds["004"].slug]] == []


def test_reposts_are_grouped_as_versions_best_source_first(seeds: dict[str, Speech]) -> None:
    original = seeds["000"]
    repost = copy_of(original, "zz-repost", speaker=None, date=None, anonymized=True,
                     source={"name": "范文网", "file": "source_texts/zz.txt"})
    found = shared_passages.find([repost, *seeds.values()])
    assert found.versions[repost.slug] == [original, repost] == found.versions[original.slug]
    partial = speech_partial(repost, found)
    assert "同一讲话有 2 个版本" in partial and "最佳来源" in partial


def test_a_sentence_said_in_another_speech_marks_its_paragraph(seeds: dict[str, Speech]) -> None:
    found = shared_passages.find(list(seeds.values()))
    marked = found.elsewhere[seeds["000"].slug]
    assert marked, "000 and 003 share at least one whole sentence"
    for index, others in marked.items():
        (other,) = others
        mine = shared_passages.paragraphs(seeds["000"].body)[index - 1]
        theirs = shared_passages.paragraphs(other.speech.body)[other.index - 1]
        assert set(shared_passages.sentences(mine)) & set(shared_passages.sentences(theirs))


def test_a_stock_sentence_in_many_speeches_lists_ten_and_counts_all(seeds: dict[str, Speech]) -> None:
    stock = "我们要深入学习贯彻党的二十大精神，坚定不移推动高质量发展。"
    many = [Speech(f"speeches/s{n:02}.md", {"title": f"讲话{n}"}, f"第{n}篇的开头，各不相同。\n\n{stock}\n")
            for n in range(30)]
    found = shared_passages.find(many)
    assert len(found.elsewhere["s00"][2]) == shared_passages.ELSEWHERE_SHOWN
    assert found.elsewhere_count["s00"][2] == 29
    assert 1 not in found.elsewhere["s00"]


def test_comparison_pairs_rewritten_paragraphs_and_marks_shared_characters(seeds: dict[str, Speech]) -> None:
    body = shared_passages.comparison_body(seeds["000"], seeds["003"], 0.19)
    assert "有 19% 的内容相同" in body
    assert body.count("archive-compare__row--changed") >= 3
    assert "<mark>深入学习贯彻习近平总书记" in body
    assert f'href="../../{seeds["003"].url}#p1"' in body


def test_comparison_and_notes_escape_page_text(seeds: dict[str, Speech]) -> None:
    evil = "{{ 7*7 }}{% endraw %}<script>alert(1)</script>"
    first = copy_of(seeds["000"], "evil", title=evil)
    body = shared_passages.comparison_body(first, seeds["003"], 0.19)
    assert "<script>" not in body and "{{" not in body and "{%" not in body
    found = shared_passages.find([first, seeds["003"]])
    partial = speech_partial(seeds["003"], found)
    inner = partial.split("{% raw %}", 1)[1]
    assert "<script>alert" not in inner and "{%" not in inner.removesuffix("{% endraw %}\n")
    data = re.search(r'<script type="application/json" id="archive-shared">(.*?)</script>', partial)
    assert data and all(isinstance(count, int) for count in json.loads(data.group(1)).values())


def test_dates_say_what_they_are() -> None:
    event_year = Speech("speeches/a.md", {"title": "t", "published": dt.date(2022, 9, 13), "year": 2021,
                                         "event": "高新区2021年工作会议"}, "")
    posted = Speech("speeches/b.md", {"title": "t", "published": dt.date(2022, 2, 10), "year": 2022}, "")
    dated = Speech("speeches/c.md", {"title": "t", "date": dt.date(2021, 11, 5), "year": 2021}, "")
    assert event_year.date_label == "2021年（发布于 2022-09-13）"
    assert "年份据场合名称“高新区2021年工作会议”" in event_year.year_reason
    assert posted.date_label == "发布于 2022-02-10" and posted.year_reason
    assert dated.date_label == "2021-11-05" and dated.year_reason == ""
    newest_first = sorted([event_year, posted, dated], key=lambda s: s.sort_key, reverse=True)
    assert newest_first == [posted, dated, event_year]  # a 2021 meeting is not listed as of its 2022 posting
    assert "2022-09-13 是发布日期" in speech_partial(event_year, shared_passages.find([event_year]))


def test_offices_are_listed_with_the_years_of_the_speeches() -> None:
    from scripts.clean.metadata import split_region
    from scripts.site.browse import offices_with_years

    def speech(office: str | None, year: int | None) -> Speech:
        return Speech("speeches/x.md", {"title": "t", "speaker_title": office, "year": year}, "")

    found = offices_with_years([speech("市长", 2022), speech("副市长", 2019), speech("市长", 2020),
                                speech("副市长", 2019), speech("书记", None), speech(None, 2023)])
    assert found == ["副市长（2019）", "市长（2020—2022）", "书记"]
    assert split_region("陕西省安康市") == ("陕西省", "安康市")
    assert split_region("甘肃省") == ("甘肃省", "")
    assert split_region("内蒙古自治区呼和浩特市") == ("内蒙古自治区", "呼和浩特市")


def test_themes_are_chosen_by_evidence_share_and_by_sections() -> None:
    from scripts.clean.themes import Evidence, choose_themes

    def evidence(**scores: int) -> list[Evidence]:
        return sorted((Evidence(name, score, ()) for name, score in scores.items()), key=lambda e: -e.score)

    whole = evidence(A=40, B=30, C=20, D=10, E=6, F=5, G=4, H=4, I=4, J=4, K=4, L=4, M=4, N=4, O=4)
    assert choose_themes(whole) == ["A", "B", "C", "D"]  # D has 6.8% of 147; E (4.1%) has not
    section = evidence(G=7, A=4, B=3, C=3)  # a section about G: 41% of its 17
    assert choose_themes(whole, [section]) == ["A", "B", "C", "D", "G"]
    too_short = evidence(H=4, A=2)  # a section with too little evidence to say what it is about
    assert choose_themes(whole, [too_short]) == ["A", "B", "C", "D"]
    assert choose_themes(evidence(A=1, B=1)) == ["A", "B"]  # the strongest three, however weak
    many = evidence(**{chr(65 + n): 10 for n in range(12)})  # twelve equal themes, 8% each: no cap
    assert len(choose_themes(many)) == 12


def test_boilerplate_in_many_speeches_is_not_a_relation_but_a_repost_is(seeds: dict[str, Speech]) -> None:
    """Passages found in more than COMMON_SAMPLE_MIN_TEXTS speeches do not relate them (the work would grow
    with the square of the archive); the paragraphs are still marked as said elsewhere."""
    from scripts.site.duplicates import COMMON_SAMPLE_MIN_TEXTS

    stock = shared_passages.paragraphs(seeds["002"].body)[5:25]
    own = shared_passages.paragraphs(seeds["004"].body)
    many = [Speech(f"speeches/s{n:03}.md", {"title": f"讲话{n}"},
                   "\n\n".join([f"第{n}篇讲话。" + own[n % len(own)], *stock]) + "\n")
            for n in range(COMMON_SAMPLE_MIN_TEXTS + 10)]
    repost = copy_of(seeds["000"], "zz-repost")
    found = shared_passages.find([*many, seeds["000"], repost])
    assert not found.relations["s000"]
    assert found.elsewhere_count["s000"][2] == len(many) - 1
    assert [r.other for r in found.relations[repost.slug]] == [seeds["000"]]
