"""The one date grammar: every date pattern the pipeline uses is built here from named parts, and
`parse` reads everything any of them matches.

Parts: a year (four digits, or four Chinese numerals 二〇二三 with 〇/○/零 for zero), a month and a day
(digits, or Chinese numerals with 十 and 廿/卅: 十一, 二十五, 廿五). Forms: 2023年5月6日 (any mix of digit and
numeral parts, 日 or 号; figures full-width too, ２０１２年１１月８日; a range's first day, 2023年5月6－8日),
2023-05-06 / 2023/5/6 / 2023.05.06 / 2023 / 05 / 06, a Republic of China year (中華民國九十年元旦,
民国102年5月6日, or three figures without the era: 102年5月6日 and Taiwan's stamps 112-12-05), a Japanese era's
year (平成31年4月12日, 令和元年5月1日: a translated Japanese speech's signature), and the compact
20230506 of CMS addresses (/t20230506_123.html). A time may follow (07:41, 07时41分, 17:36:12). Plausibility
(no date after today; no
publication before 1949, no speech before the Republic's first year, 1912; a page is published on or after the
speech) is checked apart from reading.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_TENS = {"十": 1, "廿": 2, "卅": 3}
_CN = "〇○零Ｏ一二三四五六七八九"
_UNIT = "一二三四五六七八九"

# The named parts. A year, month and day in figures may be typed in full-width figures too ('（２０１２年１１月８日）',
# as GB2312-era texts and papers' archives print them): Python reads them as numbers (int('１１') == 11), and `\d`
# matches them already.
YEAR = rf"(?:\d{{4}}|[{_CN}]{{4}})"
MONTH = r"(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九])"
DAY = (rf"(?:3[01]|[12]\d|0?[1-9]|３[０１]|[１２]\d|０?[１-９]"
       rf"|三十一?|卅一?|二十[{_UNIT}]?|廿[{_UNIT}]?|十[{_UNIT}]?|[{_UNIT}])")
SPACE = r"\s*"
# A dash opening a subtitle: the em dash (——), the horizontal bar some fonts and pages use for it (――), the
# full-width and the ASCII hyphen.
DASH = "[—―－─━-]"  # the box-drawing lines (─, ━) a text file types for a dash too
# A year of the Republic of China (Taiwan, Hong Kong and older pages): 民国九十年 = 2001, 中華民國一一〇年 = 2021.
ROC_ERA = r"(?:中华民国|中華民國|民国|民國)"
ROC_YEAR = (rf"(?:\d{{1,3}}|[{_CN}]{{2,3}}"  # 90, 一一〇
            rf"|[{_UNIT}]?百(?:[〇○零]?[{_UNIT}]|[{_UNIT}]?十[{_UNIT}]?)?"  # 一百零二, 一百一十
            rf"|[{_UNIT}]?十[{_UNIT}]?|[{_UNIT}])")  # 九十, 五
ROC_OFFSET = 1911
# A year of a Japanese era, as a translated Japanese speech is signed ('平成31年4月12日', '令和元年5月1日'): each era's
# year 1 and the last year it ran (令和 runs on).
JAPANESE_ERAS = {"明治": (1868, 45), "大正": (1912, 15), "昭和": (1926, 64), "平成": (1989, 31), "令和": (2019, 99)}
JAPANESE_ERA = "(?:" + "|".join(JAPANESE_ERAS) + ")"
ERA_YEAR = rf"(?:元|\d{{1,2}}|[{_UNIT}]?十[{_UNIT}]?|[{_UNIT}])"  # 元 is the first year: 令和元年
# A time of day, perhaps after a comma ('2021年3月5日, 10:21', as phpBB stamps a post) and the part of the day a
# Taiwanese or Hong Kong stamp names ('下午2:30').
TIME = (r"(?:\s*[,，]?\s*(?:上午|下午|中午|晚上|凌晨|早上)?\s*(?:[01]?\d|2[0-3])\s*[:：时時]\s*[0-5]\d\s*(?:分\s*)?"
        r"(?:[:：]\s*[0-5]\d\s*(?:秒)?)?)")

# The end of a meeting of several days after its first day ('2025年11月22－23日', '2020年11月2至4日').
DAY_RANGE_END = rf"{SPACE}(?:{DASH}|[~～至到]){SPACE}{DAY}{SPACE}[日号號]"
# A CMS stamp that drops the 日 ('2011年09月26来源：', '某某公众号2020年09月09'): zero-padded month and day, as
# templates print them. A text dates itself with the 日 (2018年9月3日), so such a date is the page's stamp; a
# range's first day is no stamp.
TEMPLATE_DATE = rf"(?P<y>\d{{4}})年(?P<m>0[1-9]|1[0-2])月(?P<d>0[1-9]|[12]\d|3[01])(?![\d日号號])(?!{DAY_RANGE_END})"
TEMPLATE_DATE_RE = re.compile(TEMPLATE_DATE)

# A numeric date's day ends where no digit follows, or where a clock time is glued to it: a template that prints
# 2011年10月25日21:58 prints 2011-10-2521:58 as well (the day 25, then 21:58). Only a day of two figures (a
# template's zero-padded day) takes a glued time, and only an hour with its colon and minutes: '2011-10-251' and
# '2011-10-2516' stay unread, and '2011-10-116:12' is the 11th at 6:12.
NUMERIC_DAY_END = r"(?:(?!\d)|(?<=\d\d)(?=(?:[01]?\d|2[0-3])\s*[:：时]\s*[0-5]\d))"

# The forms, each with groups named y, m, d (alternatives are numbered apart by `grouped`).
FORMS = (
    rf"(?P<y>{YEAR}){SPACE}年{SPACE}(?P<m>{MONTH}){SPACE}月{SPACE}(?P<d>{DAY}){SPACE}[日号號]",
    # A meeting of several days: its first day, the day it opened.
    rf"(?P<y>{YEAR}){SPACE}年{SPACE}(?P<m>{MONTH}){SPACE}月{SPACE}(?P<d>{DAY}){DAY_RANGE_END}",
    # The separator may stand between spaces, as some templates print it ('2014 / 08 / 15'), the same both times.
    rf"(?P<y>\d{{4}})(?P<sep> ?[-/.] ?)(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9]){NUMERIC_DAY_END}",
    TEMPLATE_DATE,
    # Figures parted by commas, as some writers type a date under a signature or in a subtitle's brackets
    # ('2013,1,15', '（2012,6,12,上午11时）'): a year of this century or the last, and no fourth figure after it.
    r"(?<![\d,，])(?P<y>(?:19|20)\d{2})[,，](?P<m>1[0-2]|0?[1-9])[,，](?P<d>3[01]|[12]\d|0?[1-9])(?![\d亿万千百元个%％]|[,，]\d)",
    rf"{ROC_ERA}{SPACE}(?P<r>{ROC_YEAR}){SPACE}年{SPACE}"
    rf"(?:(?P<m>{MONTH}){SPACE}月{SPACE}(?P<d>{DAY}){SPACE}[日号號]|(?P<n>元旦))",  # 元旦: 1 January
    rf"(?P<e>{JAPANESE_ERA}){SPACE}(?P<k>{ERA_YEAR}){SPACE}年{SPACE}(?P<m>{MONTH}){SPACE}月{SPACE}(?P<d>{DAY}){SPACE}[日号號]",
    # A Republic of China year of three figures without the era's name, as Taiwan's pages print dates
    # ('102年1月16日' = 2013-01-16); two figures stay unread ('89年' is also how 1989 is said).
    rf"(?<!\d)(?P<r>1\d\d){SPACE}年{SPACE}(?P<m>{MONTH}){SPACE}月{SPACE}(?P<d>{DAY}){SPACE}[日号號]",
    # The same year in figures with a dash, a slash or a dot ('發布日期：112-12-05', '112/03/08'), as Taiwan's
    # government sites print their stamps: only years 100–119 (2011–2030) and a two-figure month and day, so that
    # a code or a count of three figures is not read as a date.
    r"(?<![\d.\-/])(?P<r>1[01]\d)(?P<sep>[-/.])(?P<m>1[0-2]|0[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0[1-9])(?![\d.\-/])",
    # Day first, as Hong Kong's and Macau's papers and government pages print a date ('05/03/2024' = 5 March 2024):
    # only a two-figure day and month with slashes and a four-figure year; a stamp with an AM/PM clock is the
    # United States' month-first order (US_STAMP_RE) and is left to it.
    r"(?<![\d.\-/])(?P<d>3[01]|[12]\d|0[1-9])/(?P<m>1[0-2]|0[1-9])/(?P<y>(?:19|20)\d{2})(?![\d/])"
    r"(?!\s+(?:1[0-2]|0?\d):[0-5]\d(?::[0-5]\d)?\s*[AaPp]\.?[Mm]\b)",
)
COMPACT = r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])(?!\d)"
EARLIEST = dt.date(1949, 1, 1)  # a publication date: the archive's pages are the People's Republic's
# A delivery date: the speeches of the Republic's and the revolutionary years (1912 is 民国元年, the first year
# the ROC calendar names) are speeches of Chinese officials too ('改造我们的学习（一九四一年五月）').
EARLIEST_SPEECH = dt.date(1912, 1, 1)


def grouped(forms: tuple[str, ...]) -> str:
    """One alternation of the forms, their groups renamed y0, m0, d0, y1 … so they can share a pattern."""
    return "|".join(re.sub(r"\(\?P(<|=)(\w+)", rf"(?P\g<1>\g<2>{index}", form)
                     for index, form in enumerate(forms))


DATE = grouped(FORMS)  # a date in running text
DATE_RE = re.compile(DATE)
# A year and month alone ('一九三七年七月', '2019年5月'): a text's time, too vague for a date, never a title.
MONTH_OF_YEAR_RE = re.compile(rf"{YEAR}{SPACE}年{SPACE}{MONTH}{SPACE}月(?:{SPACE}[上中下]旬)?")
# The same date without its groups, for a rule file's pattern to name as `{date}` (cruft.yml: '发布时间：{date}'),
# so that a rule written with one form in mind reads every form the grammar reads (2024年3月5日, 2024-03-05,
# 二〇二四年三月五日) and may wrap it in a group of its own ('(?P<published>{date})').
DATE_PATTERN = re.sub(r"\(\?P=sep\d+\)", " ?[-/.] ?", re.sub(r"\(\?P<\w+>", "(?:", DATE))
# A line that is only a date, as printed under a title or a signature: (2023年5月6日), 2015-07-21 17:36:12.
WEEKDAY = rf"(?:{SPACE}[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?)"  # '2019年5月6日（星期一）'
TIMED_DATE = re.compile(rf"(?:{DATE}){TIME}")  # a date and its time of day: a machine's stamp
# A news site's note of its later update after its stamp: '2024/03/05 15:32（3/5 16:10 更新）'.
UPDATE_NOTE = rf"(?:{SPACE}[（(][^（）()]{{0,24}}?(?:更新|更正|修改|updated?)[^（）()]{{0,6}}[）)])"
# '[2023-05-06]': a CMS list's bracket
# The last day of a meeting of several days after a whole first date ('2017年10月4日-6日', '2023年5月6日至8日'): the
# line dates the text by its first day, and no site stamps a page with a span of days (spans_days).
LAST_DAY = rf"{SPACE}(?:{DASH}|[~～至到]){SPACE}(?:{MONTH}{SPACE}月{SPACE})?{DAY}{SPACE}[日号號]"
SPAN_OF_DAYS = re.compile(rf"(?:{DATE}){LAST_DAY}")
DATE_LINE = rf"[（(【\[]?{SPACE}(?:{DATE})(?:{LAST_DAY})?{WEEKDAY}?{TIME}?{SPACE}[）)】\]]?{UPDATE_NOTE}?"
DATE_LINE_RE = re.compile(DATE_LINE)
# A publication stamp alone on its line: a date with its time of day, perhaps after the name of the site or app that
# printed it ('某某日报客户端 2024-03-12 15:35:47'). A speech is dated by its day, never by the minute.
STAMP_LINE_RE = re.compile(rf"[^\s。！？，、；：:]{{0,20}}?{SPACE}[（(【\[]?{SPACE}(?:{DATE}){WEEKDAY}?{TIME}"
                           rf"{SPACE}[）)】\]]?")
# A delivery date closing a title line: '…上的讲话（2018年9月3日）'.
TRAILING_DATE_RE = re.compile(rf"[（(]{SPACE}(?:{DATE}){SPACE}[）)]$")
COMPACT_RE = re.compile(COMPACT)
# A delivery statement printed under or after a title: '——2026年2月3日在…会议上', '（2018年9月3日在…大会上）', or
# as collected works print it, the verb of speaking closing it ('一九二七年二月十六日在某某青年会讲').
DATED_SUBTITLE = re.compile(rf"{DASH}{{0,2}}{SPACE}[（(]?{SPACE}(?:{DATE}){SPACE}在.{{2,60}}?"
                            rf"(?:上|中|期间|(?:的)?(?:讲|講|演讲|演講|讲演|講演|讲话|講話|发言|發言))[）)]?")


def chinese_number(text: str) -> int:
    """'2021' -> 2021, '二〇二一' -> 2021, '十一' -> 11, '二十五' -> 25, '廿五' -> 25, '三十' -> 30."""
    if text.isdigit():
        return int(text)
    if "百" in text:  # ROC years: '一百零二' -> 102, '一百一十' -> 110
        before, _, after = text.partition("百")
        after = after.lstrip("〇○零Ｏ")
        return (CN_DIGITS[before] if before else 1) * 100 + (chinese_number(after) if after else 0)
    for tens_char, tens in CN_TENS.items():
        if tens_char in text:
            before, _, after = text.partition(tens_char)
            return (CN_DIGITS[before] if before else 1) * 10 * tens + (CN_DIGITS[after] if after else 0)
    return int("".join(str(CN_DIGITS[c]) for c in text))


def from_match(match: re.Match) -> dt.date | None:
    """The date a match of DATE, DATE_LINE or COMPACT names; None when it is no calendar day (2月30日)."""
    parts = {name[0]: value for name, value in match.groupdict().items()
             if value and name[0] in "ymdrnek" and (len(name) == 1 or name[1:].isdigit())}
    if "r" in parts:
        parts["y"] = str(chinese_number(parts["r"]) + ROC_OFFSET)
    if "e" in parts:
        first, last = JAPANESE_ERAS[parts["e"]]
        era_year = 1 if parts["k"] == "元" else chinese_number(parts["k"])
        if not 1 <= era_year <= last:  # '平成40年' is no year
            return None
        parts["y"] = str(first + era_year - 1)
    if "n" in parts:
        parts["m"], parts["d"] = "1", "1"
    year, month, day = (chinese_number(parts[key]) for key in "ymd")
    try:
        return dt.date(year, month, day)
    except ValueError:  # the grammar allows 2月30日 and year 0000; the calendar does not
        return None


def dates_in(text: str) -> Iterator[dt.date]:
    """Every calendar date written in `text`, in order."""
    for match in DATE_RE.finditer(text):
        date = from_match(match)
        if date:
            yield date


def parse_date(text: str) -> dt.date | None:
    """The first calendar date written in `text` (2021年11月5日, 2022-09-13, 二〇二一年十一月五日)."""
    return next(dates_in(text), None)


def date_line(text: str) -> dt.date | None:
    """The date of a line that holds only a date (and perhaps a time, in parentheses or not)."""
    match = DATE_LINE_RE.fullmatch(text.strip())
    return parse_date(match.group(0)) if match else None


def spans_days(line: str) -> bool:
    """The line names a span of days after a whole date ('2017年10月4日-6日'): a meeting's, never a page's stamp."""
    return bool(SPAN_OF_DAYS.search(line))


def url_date(url: str) -> dt.date | None:
    """The date in a CMS address: /t20260903_123.html, /202602/t20260209_5163871.html, /2023-05-06/,
    /2023-10/18/c_123.htm, /2024/1118/c1001-123.html."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    for match in [*COMPACT_RE.finditer(path), *SPLIT_PATH_DATE.finditer(path)]:
        date = from_match(match)
        if date:
            return date
    return parse_date(path) or year_last_path_date(path)


# A folder named by the day with the year last ('/article/11-22-2014/19750/'): month first on a site in the United
# States' habit, day first elsewhere. Read only when one order is impossible (a figure over 12 is the day).
YEAR_LAST_PATH_DATE = re.compile(r"/(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<y>(?:19|20)\d{2})/")


def year_last_path_date(path: str) -> dt.date | None:
    """The day of a year-last folder in an address, when its order is plain ('11-22-2014' is 22 November)."""
    for match in YEAR_LAST_PATH_DATE.finditer(path):
        first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        if (first > 12) == (second > 12):
            continue  # both could be the month, or neither: no telling
        month, day = (second, first) if first > 12 else (first, second)
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


# A CMS address that files its pages by month, then day, in two folders: '/2023-10/18/c_123.htm' and
# '/202405/22/WS665.html' (the month's folder, then the day's) and '/2024/1118/c1001-123.html' (the year's, then
# the month and day). Two figures each.
SPLIT_PATH_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})-?(?P<m>1[0-2]|0[1-9])/(?P<d>3[01]|[12]\d|0[1-9])/"
                             r"|/(?P<y2>(?:19|20)\d{2})/(?P<m2>1[0-2]|0[1-9])(?P<d2>3[01]|[12]\d|0[1-9])/")


# A stamp in the United States' order with a 12-hour clock, as ASP.NET pages print a date by default
# ('9/17/2004 5:54:13 AM' = 17 September 2004). The AM/PM marks the order as month first (a day-first template
# writes a 24-hour clock); without it 7/5/2005 is left unread. Not part of DATE: read only where a step asks.
US_STAMP_RE = re.compile(r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4})\s+"
                         r"(?:1[0-2]|0?\d):[0-5]\d(?::[0-5]\d)?\s*[AaPp]\.?[Mm]\b")


def us_stamp(text: str) -> dt.date | None:
    """The date of the first month-first stamp with its AM/PM clock in `text` ('9/17/2004 5:54:13 AM')."""
    match = US_STAMP_RE.search(text)
    return from_match(match) if match else None


# A date with the month's English name, as feeds (RFC 822: 'Tue, 16 Jun 2020 18:28:37 +0000'), English-language
# templates and blog engines print a stamp ('June 16, 2020', '16 June 2020', 'Jun. 16th, 2020'). The name says
# which figure is the month, so no clock is needed. Not part of DATE (a Chinese text writes its dates in
# Chinese): read only where a step asks, in a publication label's value.
ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENGLISH_MONTH = (r"(?P<mon>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                  r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))(?![A-Za-z])\.?")
_ENGLISH_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# 'Fri Mar  5 10:21:00 2021': C's ctime(), as Unix bulletin boards (Firebird, KBS) stamp a post.
_CTIME = (rf"{_ENGLISH_MONTH.replace('mon>', 'mon3>')}\s+{_ENGLISH_DAY.replace('d>', 'd3>')}"
          rf"\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(?P<y3>\d{{4}})")
ENGLISH_DATE_RE = re.compile(
    rf"(?<![A-Za-z\d])(?:{_ENGLISH_DAY}\s+{_ENGLISH_MONTH},?\s+(?P<y>\d{{4}})"
    rf"|{_ENGLISH_MONTH.replace('mon>', 'mon2>')}\s+{_ENGLISH_DAY.replace('d>', 'd2>')},?\s+(?P<y2>\d{{4}})"
    rf"|{_CTIME})(?!\d)")


def english_date(text: str) -> dt.date | None:
    """The first date written with an English month name in `text` ('Tue, 16 Jun 2020 18:28:37 +0000',
    'June 16, 2020', 'Fri Mar  5 10:21:00 2021'); None when there is none or it is no calendar day."""
    for match in ENGLISH_DATE_RE.finditer(text):
        month_name = (match.group("mon") or match.group("mon2") or match.group("mon3"))[:3].lower()
        try:
            return dt.date(int(match.group("y") or match.group("y2") or match.group("y3")),
                           ENGLISH_MONTHS.index(month_name) + 1,
                           int(match.group("d") or match.group("d2") or match.group("d3")))
        except ValueError:
            continue
    return None


def machine_stamp(text: str) -> dt.date | None:
    """The date of a stamp a machine printed in a Western form: month-first with its AM/PM clock, or with the
    month's English name."""
    return us_stamp(text) or english_date(text)


MONTH_DAY = rf"(?<![\d年])(?P<m>{MONTH}){SPACE}月{SPACE}(?P<d>{DAY}){SPACE}[日号號]"
# A delivery date printed without its year, alone or opening a subtitle: '（5月6日）', '——5月6日在…会议上'.
MONTH_DAY_NOTE = re.compile(rf"{DASH}{{0,2}}{SPACE}[（(]?{SPACE}{MONTH_DAY}{SPACE}"
                            rf"(?:[）)]|在.{{2,60}}?(?:上|中|期间)[）)]?)?")


def month_day_before(text: str, published: dt.date | None) -> dt.date | None:
    """'（5月6日）' or '——5月6日在…会议上' dated by the page's publication date: the last such day on or before it
    (a speech given on 30 December and published on 2 January belongs to the year before)."""
    match = MONTH_DAY_NOTE.fullmatch(text.strip())
    if not match or published is None:
        return None
    month, day = chinese_number(match.group("m")), chinese_number(match.group("d"))
    for year in (published.year, published.year - 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= published:
            return date
    return None


UNIX_EPOCH = dt.date(1970, 1, 1)  # what a CMS prints for a time it never set ('1970-01-01 08:00:00', China's zone)


def within(date: dt.date | None, earliest: dt.date, today: dt.date | None = None) -> bool:
    return date is not None and earliest <= date <= (today or dt.date.today())


def plausible(date: dt.date | None, today: dt.date | None = None) -> bool:
    """A publication date the archive can hold: not before 1949, not after today, and not the first day of 1970
    (the zero of machine time a page prints for a date its system never stored)."""
    return within(date, EARLIEST, today) and date != UNIX_EPOCH


def plausible_speech_date(date: dt.date | None, today: dt.date | None = None) -> bool:
    """A delivery date the archive can hold: not before 1912, not after today (a speech may be given on New Year's
    Day 1970)."""
    return within(date, EARLIEST_SPEECH, today)


# A machine's count of seconds (or milliseconds) since 1970 in a record's date field ('"pubDate": "1624128762"'),
# as content APIs store a publication time. Read in China Standard Time (UTC+8), where the archive's pages are
# published; only ten or thirteen figures, from 2000 on, count as such a stamp.
EPOCH_STAMP_RE = re.compile(r"(?P<seconds>\d{10})(?P<millis>\d{3})?")
CHINA_TIME = dt.timezone(dt.timedelta(hours=8))
EARLIEST_EPOCH = 946_684_800  # 2000-01-01


def epoch_date(value: str) -> dt.date | None:
    """The day a field holding only a Unix time names, in China Standard Time; None for any other value."""
    found = EPOCH_STAMP_RE.fullmatch(value.strip())
    if not found or int(found.group("seconds")) < EARLIEST_EPOCH:
        return None
    return dt.datetime.fromtimestamp(int(found.group("seconds")), CHINA_TIME).date()


# A date a machine wrote into a meta tag or a JSON-LD field, in figures only: '20240305', '20240305102000'.
COMPACT_FIELD = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])"
                           r"(?:[T ]?\d{4}(?:\d{2})?)?")


# An ISO 8601 instant with its zone, as a generator writes it into article:published_time or <time datetime>:
# '2017-10-02T16:00:00.000Z' (UTC) is 3 October in China, where the page's own date row says so.
ISO_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})")


def instant_date(value: str) -> dt.date | None:
    """The day in China Standard Time of an ISO 8601 instant stated with its zone; None for any other value."""
    if not ISO_INSTANT.fullmatch(value.strip()):
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()).astimezone(CHINA_TIME).date()
    except ValueError:  # a month 13, a day 32
        return None


def field_date(value: str) -> dt.date | None:
    """The date a meta tag's or a JSON-LD field's value names: an instant with its zone (instant_date, read in China
    time), any written date (parse_date), or the forms a machine writes there, figures run together ('20240305'), a
    feed's English stamp ('Tue, 05 Mar 2024 10:20:00 +0800') or a Unix time ('1709605200'). The field holds a date
    and nothing else, so figures alone are read as one."""
    value = value.strip()
    compact = COMPACT_FIELD.fullmatch(value)
    return instant_date(value) or parse_date(value) or (from_match(compact) if compact else None) \
        or english_date(value) or epoch_date(value)
