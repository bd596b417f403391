"""Stage 4: page head, notes, captured values and body -> front-matter fields.

Reads what the page states and nothing else: the title and speaker from the head lines, dates from date
lines and metadata lines, the source from the bulletin masthead or the site's banner, notes from
parenthesized lines. Vocabulary lives in scripts/rules/metadata.yml, places in scripts/rules/regions.yml.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from scripts.cruft import CRUMB_SPLIT
from scripts.document import Removal
from scripts.shadow import simplified
from scripts.structure import DATE_LINE, Structure, load_shapes
from scripts.words import literal_alternation

RULES_DIR = Path(__file__).parent / "rules"
NAME = r"[\u4e00-\u9fff·]{2,5}"
SPEECH_WORDS = (r"(?:讲话|发言|致辞|主持词|总结讲话|动员讲话|讲稿|报告|工作报告|辅导报告|宣讲|讲课|党课"
                r"|講話|發言|致辭|主持詞|報告|講稿)")  # traditional forms: Big5 pages
SPEAKER_TITLE_LINE = re.compile(
    rf"(?P<who>[^，。：]{{2,40}}?)(?:同志)?\s*[：:]?\s*(?P<title>在.{{2,80}}?{SPEECH_WORDS}.*)")
EVENT = re.compile(rf"在(?P<event>.{{2,60}}?)(?:上|中|时|期间|之际)?的?{SPEECH_WORDS}")
SUBTITLE = re.compile(r"^[—－-]{1,2}\s*")
SUBTITLE_EVENT = re.compile(r"在(?P<event>.{2,60}?)(?:上|中|期间)$")
CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}
DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日"),
)
YEAR_IN_EVENT = re.compile(r"(?P<y>(?:19|20)\d{2})年")


@dataclass(frozen=True)
class Vocabulary:
    office_words: tuple[str, ...]
    origin_stoplist: frozenset[str]
    organisation_suffixes: tuple[str, ...]
    genres: dict[str, re.Pattern]
    mask: re.Pattern
    mask_min: int
    note: re.Pattern
    author_note: re.Pattern


@cache
def vocabulary() -> Vocabulary:
    data = yaml.safe_load((RULES_DIR / "metadata.yml").read_text(encoding="utf-8"))
    genres = {k: re.compile(v) for k, v in data["genres"].items() if k != "reason"}
    return Vocabulary(
        office_words=tuple(data["office_words"]["words"]),
        origin_stoplist=frozenset(data["origin_stoplist"]["words"]),
        organisation_suffixes=tuple(data["organisation_suffixes"]["words"]),
        genres=genres,
        mask=re.compile(data["mask_pattern"]["pattern"]),
        mask_min=data["mask_pattern"]["min_count"],
        note=re.compile(data["note_pattern"]["pattern"]),
        author_note=re.compile(data["author_note_pattern"]["pattern"]),
    )


@dataclass
class Head:
    """What the page head says, line by line."""

    title: str = ""
    speaker: str = ""
    speaker_title: str = ""
    date: dt.date | None = None
    dates_before_title: list[dt.date] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    subtitle: str = ""


def parse_date(text: str) -> dt.date | None:
    """The first calendar date written in `text` (2021年11月5日, 2022-09-13, 二〇二一年十一月五日)."""
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            try:
                return dt.date(*(chinese_number(match.group(k)) for k in ("y", "m", "d")))
            except ValueError:
                continue
    return None


def chinese_number(text: str) -> int:
    """'2021' -> 2021, '二〇二一' -> 2021, '十一' -> 11, '二十五' -> 25."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)


# ---------------------------------------------------------------------------------------- the head
def read_head(lines: list[str], site_titles: list[str], removals: list[Removal]) -> Head:
    """Title, speaker, dates and notes from the lines above the speech.

    The title is the last plain line before the speech (menus and banners come earlier); a date above
    it is the publication date (a bulletin's masthead), a date below it the delivery date; a bare name
    below it is the speaker.
    """
    head = Head()
    vocab = vocabulary()
    kinds = [head_line_kind(line, vocab) for line in lines]
    plain = [i for i, kind in enumerate(kinds) if kind == "plain"]
    kept = set(drop_site_title_copies([lines[i] for i in plain], site_titles, removals))
    plain = [i for i in plain if lines[i] in kept]
    titled = [i for i in plain if not is_bare_name(lines[i])] or plain
    title_at = titled[-1] if titled else len(lines)
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        after = index > title_at
        if kind == "date":
            if after:
                head.date = head.date or parse_date(line)
            else:
                head.dates_before_title.append(parse_date(line))
        elif kind == "note":
            head.notes.append(vocab.note.fullmatch(line).group(1).strip())
        elif after and kind == "subtitle":
            head.subtitle = SUBTITLE.sub("", line)
        elif after and is_bare_name(line):
            head.speaker = head.speaker or line
        elif after and kind == "dated-byline":
            who, date = dated_byline(line)
            office_name = byline(who)
            head.speaker = head.speaker or (office_name[1] if office_name else who)
            head.speaker_title = head.speaker_title or (office_name[0] if office_name else "")
            head.date = head.date or date
        elif kind == "byline":  # an office with a name is unambiguous, above the title too
            office, name = byline(line)
            head.speaker = head.speaker or name
            head.speaker_title = head.speaker_title or office
    if titled:
        read_title_line(wrapped_title(lines, title_at, plain), head)
    return head


def wrapped_title(lines: list[str], title_at: int, plain: list[int]) -> str:
    """A title the PDF wrapped onto two lines ('在全市优化营商环境暨招商引资' / '大会上的讲话') is rejoined
    when only the two lines together read as a speech title."""
    title = lines[title_at]
    previous = title_at - 1
    if previous in plain and not EVENT.search(title) and not SPEAKER_TITLE_LINE.fullmatch(title):
        joined = lines[previous] + title
        if EVENT.search(joined) and lines[previous][-1] not in "。！？：；，":
            return joined
    return title


def head_line_kind(line: str, vocab: Vocabulary) -> str:
    if DATE_LINE.fullmatch(line) and parse_date(line):
        return "date"
    if dated_byline(line):
        return "dated-byline"
    if byline(line):
        return "byline"
    if vocab.note.fullmatch(line):
        return "note"
    if SUBTITLE.match(line):
        return "subtitle"
    return "plain"


OFFICE_ENDINGS = ("书记", "市长", "省长", "县长", "区长", "镇长", "主任", "部长", "局长", "厅长", "处长", "主席",
                  "委员", "代表", "院长", "检察长", "秘书长", "理事长", "董事长", "总经理", "组长", "校长", "常委")
def byline(line: str) -> tuple[str, str] | None:
    """'市长 张志强' / '市委书记王建国' -> (office, name); None for anything else.

    Chinese names have 2-4 characters; the split is where the text before the name ends with an office.
    """
    line = re.sub(r"\s+", "", line).replace("同志", "")
    for length in (2, 3, 4):
        office, name = line[:-length], line[-length:]
        if len(office) >= 2 and office.endswith(OFFICE_ENDINGS) and re.fullmatch(NAME, name) \
                and not re.search(SPEECH_WORDS, name) and not re.search(r"[，。：；]", office):
            return office, name
    return None


def dated_byline(line: str) -> tuple[str, dt.date] | None:
    """'张三（2023年5月6日）' / '市委书记 张三 2023年5月6日' -> (who, date)."""
    match = DATE_LINE.search(line)
    if not match or match.start() == 0 or match.end() != len(line):
        return None
    who = line[:match.start()].strip()
    if is_bare_name(who) or byline(who):
        date = parse_date(match.group(0))
        return (who, date) if date else None
    return None


def office_before(name: str, texts: list[str]) -> str:
    """The office written right before a known name ('…召开。市委书记王建国出席…' -> 市委书记)."""
    for text in texts:
        for match in re.finditer(rf"([\u4e00-\u9fff、]{{2,30}}?)(?:同志)?{re.escape(name)}", text):
            run = re.split(r"[^\u4e00-\u9fff、]", text[:match.end(1)])[-1]
            office = longest_office_suffix(run)
            if office:
                return office
    return ""


def longest_office_suffix(run: str) -> str:
    """The longest tail of `run` that reads as an office: '会议召开市委书记' -> '市委书记'."""
    for start in range(len(run) - 2, -1, -1):
        tail = run[start:]
        if not tail.endswith(OFFICE_ENDINGS):
            return ""
        if start == 0 or not is_office(run[start - 1:]) or run[start - 1] in "。，":
            return tail if is_office(tail) else ""
    return ""


def is_bare_name(line: str) -> bool:
    return bool(re.fullmatch(NAME, line)) and not is_office(line)


def comparable(text: str) -> str:
    return re.sub(r"[\W_]", "", text)


def drop_site_title_copies(candidates: list[str], site_titles: list[str], removals: list[Removal]) -> list[str]:
    """The site's copy of the title is dropped when the page also carries the speech's own title."""
    copies = {comparable(t) for t in site_titles}
    own = [c for c in candidates if comparable(c) not in copies]
    copied = [c for c in candidates if comparable(c) in copies]
    if not own or (copied and not any(EVENT.search(c) for c in own) and any(EVENT.search(c) for c in copied)):
        return copied[-1:] or candidates[-1:]  # the page has no title of its own: the site's copy is it
    for line in candidates:
        if comparable(line) in copies:
            removals.append(Removal("site-title-copy", line))
    return own


def read_title_line(line: str, head: Head) -> None:
    """'武文罡同志在…座谈会上的讲话' -> speaker and title; '市委常委、…副市长在…' -> office and title."""
    date_in_title = re.search(r"[（(]\s*(\d{4}\s*年[^（）()]{2,10}日)\s*[）)]$", line)
    if date_in_title:
        head.date = head.date or parse_date(date_in_title.group(1))
        line = line[:date_in_title.start()].strip()
    match = SPEAKER_TITLE_LINE.fullmatch(line)
    who = match.group("who").strip() if match else ""
    if match and is_bare_name(who) and not re.search(r"\d|[省市县区]$", who):
        head.speaker = head.speaker or who
        head.title = match.group("title")
        return
    if match and byline(who):
        office, name = byline(who)
        head.speaker, head.speaker_title = head.speaker or name, head.speaker_title or office
        head.title = match.group("title")
        return
    if match and is_office(who):
        head.speaker_title = head.speaker_title or who.rstrip("、，")
    head.title = line


def is_office(text: str) -> bool:
    return any(word in text for word in vocabulary().office_words)


# ---------------------------------------------------------------------------------------- assembling
def extract_metadata(structure: Structure, captures: dict[str, list[str]], source_file: str, sha256: str,
                     removals: list[Removal], regions: list[tuple[str, str, str]]) -> tuple[dict, list[str]]:
    """All front-matter fields the page states, in emission order, and warnings for the contributor."""
    vocab = vocabulary()
    warnings: list[str] = []
    site_titles = captures.get("site_title", [])
    head = read_head(structure.head, site_titles, removals)
    body = "\n".join(block.text for block in structure.blocks)
    notes = list(head.notes) + captures.get("note", [])
    speaker_title = head.speaker_title
    signed = False
    for note in structure.tail_notes:
        author = vocab.author_note.match(note)
        if author:
            speaker_title = author.group("office").strip()
            signed = True
        else:
            notes.append(note)
    page_title = page_title_head(captures)
    if page_title and looks_untitled(head.title, page_title):
        head.title = ""
        read_title_line(page_title, head)  # a page without a visible title: its <title> names the speech
    title = head.title or first_of(site_titles) or page_title or last_crumb(captures)
    if not title:
        title = body[:30]
        warnings.append("no title found: used the first characters of the text; set `title` in the sidecar")
    speaker = head.speaker or person_name(first_of(captures.get("author", [])))
    if speaker and not speaker_title:
        speaker_title = office_before(speaker, captures.get("note", []) + structure.head)
    published = first_date(captures.get("published", [])) or first_of(head.dates_before_title)
    date = head.date or parse_date(head.subtitle) or closing_date(structure)
    event = event_of(head.subtitle, title)
    year = date.year if date else year_of_event(event) or (published.year if published else None)
    meta: dict = {"title": title}
    put(meta, "speaker", speaker)
    put(meta, "speaker_title", speaker_title)
    put(meta, "date", date)
    put(meta, "published", published)
    put(meta, "year", year)
    put(meta, "event", event)
    put(meta, "region", detect_region(structure.head, captures, body, regions))
    meta["genre"] = genre_of(title, signed or (bool(captures.get("author")) and not speaker_opens(structure)))
    meta["source"] = source_of(captures, source_file, sha256)
    meta["tags"] = []
    meta["anonymized"] = is_anonymized(title + "\n" + body, vocab)
    if notes:
        meta["notes"] = notes
    warnings.extend(missing_warnings(meta))
    return meta, warnings


def event_of(subtitle: str, title: str) -> str:
    """'在XX会议上的讲话' -> XX会议; a subtitle may stop at the place ('——2023年1月5日在XX会议上')."""
    match = EVENT.search(subtitle or title) or (SUBTITLE_EVENT.search(subtitle) if subtitle else None)
    return match.group("event") if match else ""


def closing_date(structure: Structure) -> dt.date | None:
    """A date line closing the text (under the signature) dates it when the head does not."""
    last = structure.blocks[-1].text if structure.blocks else ""
    return parse_date(last) if DATE_LINE.fullmatch(last) else None


def put(meta: dict, key: str, value: object) -> None:
    if value not in (None, "", []):
        meta[key] = value


def first_of(values: list):
    return values[0] if values else None


def first_date(values: list[str]) -> dt.date | None:
    for value in values:
        date = parse_date(value)
        if date:
            return date
    return None


def last_crumb(captures: dict[str, list[str]]) -> str:
    crumbs = [c for trail in captures.get("crumbs", []) for c in CRUMB_SPLIT.split(trail) if c.strip()]
    return crumbs[-1].strip() if crumbs and len(crumbs[-1]) > 8 else ""


def person_name(text: str | None) -> str:
    return text if text and re.fullmatch(NAME, text) and not is_office(text) else ""


def year_of_event(event: str) -> int | None:
    match = YEAR_IN_EVENT.search(event)
    return int(match.group("y")) if match else None


def speaker_opens(structure: Structure) -> bool:
    """Speeches address their audience near the start (同志们：)."""
    salutation = load_shapes().salutation
    return any(salutation.match(block.text) for block in structure.blocks[:3])


def genre_of(title: str, signed: bool) -> str:
    for genre, pattern in vocabulary().genres.items():
        if pattern.search(title):
            return genre
    return "文章" if signed else "讲话"


MASK_CHARS = re.compile(r"[XＸxｘ×＊*~～]")


def is_anonymized(text: str, vocab: Vocabulary) -> bool:
    """Masks counted where a mask character occurs (a fast scan), with the configured pattern there."""
    masks = 0
    position = 0
    while (found := MASK_CHARS.search(text, position)) and masks < vocab.mask_min:
        match = vocab.mask.match(text, found.start())
        masks += bool(match)
        position = match.end() if match else found.end()
    return masks >= vocab.mask_min


def source_of(captures: dict[str, list[str]], source_file: str, sha256: str) -> dict:
    vocab = vocabulary()
    origin = next((o for o in captures.get("origin", []) if simplified(o) not in vocab.origin_stoplist), "")
    host = host_site(captures)
    name = first_of(captures.get("bulletin", [])) or origin or first_of(captures.get("site_name", [])) or host
    site = host or first_of(captures.get("site_name", [])) or ""
    publisher = first_of(captures.get("publisher", [])) or (site if site != name else "")
    source: dict = {}
    put(source, "name", name)
    put(source, "publisher", publisher)
    put(source, "url", clean_url(first_of(captures.get("url", []))))
    put(source, "issue", first_of(captures.get("issue", [])))
    source["file"] = source_file
    source["sha256"] = sha256
    return source


PAGE_TITLE_SPLIT = re.compile(r"\s*(?:_|——|--|-|–|\||｜|·)\s*")


def host_site(captures: dict[str, list[str]]) -> str:
    """The portal: the first breadcrumb element (汉阴县人民政府>政务要闻>…) or the last part of the
    HTML title ('讲话标题_领导讲话_某某县人民政府')."""
    names = [CRUMB_SPLIT.split(trail.strip())[0].strip() for trail in captures.get("crumbs", [])]
    names += [PAGE_TITLE_SPLIT.split(title)[-1] for title in captures.get("page_title", [])
              if len(PAGE_TITLE_SPLIT.split(title)) > 1]
    for name in names:
        if name.endswith(vocabulary().organisation_suffixes) and name not in {"首页", "网站首页"}:
            return name
    return ""


def looks_untitled(title: str, page_title: str) -> bool:
    """The head's last line is page furniture (a menu row), not the speech's title, when the HTML <title>
    reads as a speech title ('…在…会议上的讲话') and that line neither does nor is part of it."""
    if not title:
        return True
    speechlike = bool(EVENT.search(page_title))
    return speechlike and not EVENT.search(title) and comparable(title) not in comparable(page_title)


def page_title_head(captures: dict[str, list[str]]) -> str:
    """The speech's part of an HTML title, used only when the page shows no title of its own."""
    titles = captures.get("page_title", [])
    return PAGE_TITLE_SPLIT.split(titles[0])[0] if titles else ""


def clean_url(url: str | None) -> str:
    """Scraped links carry stray spaces ('doc-12786173 .html'); a URL never contains whitespace."""
    if not url:
        return ""
    url = re.sub(r"\s+", "", url)
    return url if re.match(r"https?://", url) else ""


def detect_region(head: list[str], captures: dict[str, list[str]], body: str,
                  regions: list[tuple[str, str, str]]) -> str:
    """'陕西省安康市' when a city is named by the issuer or often in the text; else a province if clear."""
    issuer = " ".join(head + captures.get("publisher", []) + captures.get("bulletin", [])
                      + captures.get("crumbs", []) + captures.get("origin", []))
    places = place_index(tuple(regions))
    for short in region_pattern(tuple(regions)).findall(simplified(issuer)):  # place names are simplified
        if places[short][1]:
            return "".join(places[short])
    counts = Counter(region_pattern(tuple(regions)).findall(simplified(body)))
    cities = [(count, short) for short, count in counts.items() if places[short][1]]
    if cities and max(cities)[0] >= 3:
        return "".join(places[max(cities)[1]])
    provinces = Counter()
    for short, count in counts.items():
        provinces[places[short][0]] += count
    province, count = provinces.most_common(1)[0] if provinces else ("", 0)
    return province if count >= 2 else ""


@cache
def place_index(regions: tuple[tuple[str, str, str], ...]) -> dict[str, tuple[str, str]]:
    return {short: (province, city) for province, city, short in regions}


@cache
def region_pattern(regions: tuple[tuple[str, str, str], ...]) -> re.Pattern:
    """All place names, longest first, so '马鞍山' is not read as '鞍山'."""
    return re.compile(literal_alternation({short for _, _, short in regions}))


@cache
def load_regions() -> list[tuple[str, str, str]]:
    """(province, city, short) rows; province rows have city ''. Longest short names first."""
    data = yaml.safe_load((RULES_DIR / "regions.yml").read_text(encoding="utf-8"))
    rows: list[tuple[str, str, str]] = []
    for province in data["provinces"]:
        shorts = [s for s in province.get("short", []) if len(s) >= 2] + [province["name"]]
        rows.extend((province["name"], "", s) for s in shorts)
        for city in province.get("cities") or []:
            if province["name"] in {"北京市", "天津市", "上海市", "重庆市"}:
                continue  # districts: too ambiguous in running text (朝阳, 河北区 ...)
            rows.append((province["name"], city["name"], str(city["short"])))
    return sorted(rows, key=lambda row: -len(row[2]))


def missing_warnings(meta: dict) -> list[str]:
    warnings = []
    if "date" not in meta:
        warnings.append("no delivery date found in the text (add `date:` in the sidecar if known)")
    if "speaker" not in meta:
        warnings.append("no speaker name found" + (" (the source masks names)" if meta["anonymized"] else ""))
    if "name" not in meta["source"]:
        warnings.append("no source name found (add `source: {name: …}` in the sidecar)")
    return warnings
