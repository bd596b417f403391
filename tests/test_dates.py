"""The one date grammar (scripts/clean/dates.py): every form it matches, it reads."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.clean.dates import (
    DATE_LINE_RE,
    DATE_RE,
    JAPANESE_ERAS,
    chinese_number,
    date_line,
    month_day_before,
    parse_date,
    plausible,
    url_date,
)


@pytest.mark.parametrize(("text", "date"), [
    ("2018年9月3日", dt.date(2018, 9, 3)),
    ("发布时间：2018年09月05日", dt.date(2018, 9, 5)),
    ("二〇二一年十一月五日", dt.date(2021, 11, 5)),
    ("二○一九年三月廿六日", dt.date(2019, 3, 26)),
    ("二零二三年五月三十一日", dt.date(2023, 5, 31)),
    ("2023年五月6日", dt.date(2023, 5, 6)),
    ("2015-07-21 17:36:12", dt.date(2015, 7, 21)),
    ("时间：2019/3/6", dt.date(2019, 3, 6)),
    ("2019.03.06", dt.date(2019, 3, 6)),
    ("2026年02月10日 07时41分", dt.date(2026, 2, 10)),
    ("2011年09月26来源：某某网", dt.date(2011, 9, 26)),
    ("2011年9月26", None),  # not a template's zero-padded stamp
    ("中華民國九十年元旦", dt.date(2001, 1, 1)),
    ("民国102年5月6日", dt.date(2013, 5, 6)),
    ("中华民国一百零二年十月十日", dt.date(2013, 10, 10)),
    ("中華民國一一〇年三月一日", dt.date(2021, 3, 1)),
    ("九十年元旦", None),
    ("發布日期：102年1月16日", dt.date(2013, 1, 16)),  # Taiwan's pages: a three-figure ROC year without its era
    ("到了89年底的时候", None), ("89年5月6日", None),  # two figures: 1989 as it is said, or ROC 89 — unread
    ("平成31年4月12日", dt.date(2019, 4, 12)),  # a Japanese era's year, as a translated Japanese speech is signed
    ("令和元年5月1日", dt.date(2019, 5, 1)),  # 元年: the era's first year
    ("昭和二十年八月十五日", dt.date(1945, 8, 15)),
    ("平成40年1月1日", None),  # 平成 ran 31 years
    ("2023年2月30日", None),
    ("2023-13-01", None),
    ("第2023期", None),
    ("（２０１２年１１月８日）", dt.date(2012, 11, 8)),  # full-width figures, as GB2312-era texts type them
    ("１９５５年１２月３１日", dt.date(1955, 12, 31)),
    ("２０２３年２月３０日", None),
])
def test_parse_date(text: str, date: dt.date | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(("line", "date"), [
    ("（2018年9月3日）", dt.date(2018, 9, 3)),
    ("(2010年10月1日)", dt.date(2010, 10, 1)),
    ("2015-07-21 17:36:12", dt.date(2015, 7, 21)),
    ("2026年02月10日 07时41分", dt.date(2026, 2, 10)),
    ("[2023-05-06]", dt.date(2023, 5, 6)),
    ("2019年5月6日（星期一）", dt.date(2019, 5, 6)),
    ("2023年05月06日 星期六 10:20", dt.date(2023, 5, 6)),
    ("【2023年5月6日】", dt.date(2023, 5, 6)),
    ("（２０１２年１１月８日）", dt.date(2012, 11, 8)),
    ("2018年9月3日在全市大会上", None),
    ("来源：2018年9月3日", None),
])
def test_date_line(line: str, date: dt.date | None) -> None:
    assert date_line(line) == date


@pytest.mark.parametrize(("url", "date"), [
    ("http://www.example.gov.cn/zwgk/t20260903_123.html", dt.date(2026, 9, 3)),
    ("https://www.nx.gov.cn/zwxx_11337/nxyw/202602/t20260209_5163871.html", dt.date(2026, 2, 9)),
    ("https://news.example.com/2023-05-06/article.html", dt.date(2023, 5, 6)),
    ("http://20231301.example.com/a_123456789.html", None),
    ("http://example.com/content_12345678.htm", None),
    ("http://www.example.hk/article/11-22-2014/19750/", dt.date(2014, 11, 22)),  # year last, month first
    ("http://www.example.eu/news/22-11-2014/19750/", dt.date(2014, 11, 22)),  # year last, day first
    ("http://www.example.hk/article/05-06-2014/19750/", None),  # either order: no telling
])
def test_url_date(url: str, date: dt.date | None) -> None:
    assert url_date(url) == date


def test_chinese_numbers() -> None:
    numerals = ("十", "十二", "二十", "廿一", "卅", "三十一", "〇五", "二〇二〇", "九十", "一百零二", "一百一十")
    assert [chinese_number(t) for t in numerals] == [10, 12, 20, 21, 30, 31, 5, 2020, 90, 102, 110]


@settings(max_examples=300, deadline=None)
@given(st.from_regex(DATE_LINE_RE, fullmatch=True))
def test_every_date_line_the_grammar_matches_is_read(line: str) -> None:
    """No pattern matches what parse cannot read: every part converts to a number, and the line's date is
    exactly that year, month and day, or none when they name no calendar day (2月30日)."""
    match = DATE_RE.search(line)
    parts = {name[0]: value for name, value in match.groupdict().items() if value and name[0] in "ymdrnek"}
    if "r" in parts:  # a Republic of China year
        parts["y"] = str(chinese_number(parts["r"]) + 1911)
    if "e" in parts:  # a Japanese era's year: 元 is its first, and no era year runs past the era's last
        first, last = JAPANESE_ERAS[parts["e"]]
        era_year = 1 if parts["k"] == "元" else chinese_number(parts["k"])
        if not 1 <= era_year <= last:
            assert date_line(line) is None
            return
        parts["y"] = str(first + era_year - 1)
    if "n" in parts:  # 元旦
        parts["m"], parts["d"] = "1", "1"
    year, month, day = (chinese_number(parts[key]) for key in "ymd")
    try:
        expected: dt.date | None = dt.date(year, month, day)
    except ValueError:
        expected = None
    assert date_line(line) == expected


def test_plausible() -> None:
    today = dt.date(2026, 12, 2)
    assert plausible(dt.date(2018, 9, 3), today)
    assert not plausible(dt.date(1900, 1, 1), today)
    assert not plausible(dt.date(2027, 1, 1), today)
    assert not plausible(None, today)


@pytest.mark.parametrize(("text", "published", "date"), [
    ("（5月6日）", dt.date(2023, 5, 9), dt.date(2023, 5, 6)),
    ("——12月30日在全县大会上", dt.date(2024, 1, 2), dt.date(2023, 12, 30)),  # given before New Year
    ("(十月八日)", dt.date(2021, 10, 12), dt.date(2021, 10, 8)),
    ("（5月6日）", None, None),  # no publication date: no year to give it
    ("2023年5月6日", dt.date(2023, 5, 9), None),  # a full date is read by the full grammar
    ("5月6日，全县大会召开。", dt.date(2023, 5, 9), None),  # a sentence, not a date note
])
def test_month_and_day_take_the_year_of_publication(text: str, published: dt.date | None,
                                                     date: dt.date | None) -> None:
    assert month_day_before(text, published) == date
