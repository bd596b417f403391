"""Stage 4: page head, notes, captured values and body -> front-matter fields.

Reads what the page states and nothing else: the title and speaker from the head lines, dates from date
lines and metadata lines, the source from the bulletin masthead or the site's banner, notes from
parenthesized lines. Vocabulary lives in scripts/clean/rules/metadata.yml, places in scripts/clean/rules/regions.yml.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from scripts.clean.captures import Captures
from scripts.clean.chinese import BAR_MARKS, CJK_CHAR, CJK_RANGE, CRUMB_MARKS
from scripts.clean.cruft import (
    CRUMB_LABEL,
    CRUMB_SPLIT,
    TAG_MARKS,
    Rule,
    crumb_root,
    load_rules,
    names_a_farm_site,
    said_in_order,
)
from scripts.clean.dates import (
    COMPACT,
    COMPACT_RE,
    DASH,
    DATE,
    DATE_LINE_RE,
    DATE_RE,
    DATED_SUBTITLE,
    MONTH_DAY,
    MONTH_DAY_NOTE,
    MONTH_OF_YEAR_RE,
    TEMPLATE_DATE_RE,
    TIME,
    TIMED_DATE,
    TRAILING_DATE_RE,
    US_STAMP_RE,
    WEEKDAY,
    YEAR,
    chinese_number,
    date_line,
    dates_in,
    english_date,
    field_date,
    from_match,
    instant_date,
    machine_stamp,
    month_day_before,
    parse_date,
    plausible,
    plausible_speech_date,
    spans_days,
    url_date,
    us_stamp,
)
from scripts.clean.document import Removal
from scripts.clean.field_names import field_names, spelling
from scripts.clean.html_page import BAR_SEPARATOR, SITE_SEPARATORS, PageFacts
from scripts.clean.official_documents import load_signs
from scripts.clean.rule_files import RULES_DIR, RuleFileError, read_rule_file, reads_rule_file, shown
from scripts.clean.shadow import in_both_scripts, simplified
from scripts.clean.structure import (
    SPEECH_TITLE_WORDS,
    SPEECH_WORD,
    Block,
    Structure,
    ends_with_greeting,
    full_text_heading,
    load_shapes,
)
from scripts.clean.words import (
    common_words_in,
    dictionary,
    is_word,
    literal_alternation,
    opens_with_a_common_word,
    reads_as_common_words,
    tagged_words,
)

# A transliterated name (Uyghur, Tibetan, Mongolian, foreign: 阿不都·热合曼, 买买提·艾力) joins its parts with a
# middle dot and runs longer than five characters; it opens with no family name. A middle initial may stay in
# Latin letters (约翰·F·肯尼迪).
MIDDLE_DOTS = "·・‧"  # the middle dot, as the pages write it (a stand-in is made one first: STAND_IN_DOT)
DOTTED_NAME = (rf"[{CJK_RANGE}]{{1,8}}(?:[{MIDDLE_DOTS}](?:[{CJK_RANGE}]{{1,8}}|[A-Z]\.?)){{0,2}}"
               rf"[{MIDDLE_DOTS}][{CJK_RANGE}]{{1,8}}")
# The same, its last part as short as what follows allows: a name run into the words after it ('阿某·某某在…上发表').
DOTTED_NAME_UP_TO = (rf"[{CJK_RANGE}]{{1,8}}(?:[{MIDDLE_DOTS}][{CJK_RANGE}]{{1,8}}){{0,2}}"
                     rf"[{MIDDLE_DOTS}][{CJK_RANGE}]{{1,8}}?")
LONGEST_NAME = 5  # a compound family name and a given name of three ('欧阳某某某'), or a dotted name
NAME = rf"(?:{DOTTED_NAME}|[{CJK_RANGE}·]{{2,{LONGEST_NAME}}})"
# The courtesy a name may carry in a title or a lead ('张三同志在…上的讲话', '蔡英文女士就职演说', '孙中山先生'):
# not part of the name.
HONORIFIC = "(?:同志|先生|女士)"
# A speech's words: the words it is titled by (structure.SPEECH_TITLE_WORDS: 演讲 and 演说, a lecture or an
# address, are speeches too) and the genres a title names besides, in both scripts (Big5 pages; 致詞, Taiwan's).
SPEECH_WORDS = in_both_scripts((*SPEECH_TITLE_WORDS, "主持词", "总结讲话", "动员讲话", "讲稿", "工作报告", "辅导报告",
                                "宣讲", "讲课", "党课", "献词", "祝酒辞", "祝酒词"))  # a toast at a banquet is a speech
SPEAKER_TITLE_LINE = re.compile(
    rf"(?P<who>[^，。：]{{2,40}}?){HONORIFIC}?\s*[：:]?\s*(?P<title>在.{{2,80}}?{SPEECH_WORDS}.*)")
# A news headline about a speech, not the speech's own title: the verb of delivering it follows the place
# ('在全县大会上发表重要讲话', '在大会上作政府工作报告'), or the speech word does without 的 ('在大会上发言'); a
# speech's title reads '在…上的讲话'.
NEWS_HEADLINE = re.compile(rf"在.{{2,60}}?(?:上|中|时|期间)(?:(?:发表|作|做)了?[^的]{{0,8}}?)?{SPEECH_WORDS}$")
EVENT = re.compile(rf"在(?P<event>.{{2,60}}?)(?:上|中|时|期间|之际)?的?{SPEECH_WORDS}")
# A subtitle that says where (and perhaps when) the headline's speech was given ('在…座谈会上的发言',
# '2023年1月5日在…会议上的讲话'): printed after a dash on the headline's own line, it is part of the title as printed.
DELIVERY_STATEMENT = re.compile(rf"[（(]?(?:{DATE}\s*)?在.{{2,60}}?(?:上|中|时|期间|之际)?的?.{{0,4}}?"
                                rf"{SPEECH_WORDS}[）)]?")
SUBTITLE = re.compile(rf"^{DASH}{{1,6}}\s*")  # "——", "――", "--", a text file's "-----"
# The day a dashed subtitle gives after its occasion ('——与市场人员座谈，1994年1月26日')
SUBTITLE_CLOSING_DATE = re.compile(rf"(?<=[，,\s])\s*(?:{DATE})\s*[）)]?$")
SUBTITLE_EVENT = re.compile(r"在(?P<event>.{2,60}?)(?:上|中|期间)$")
# A delivery date set after the title with a space or right after its speech word ('…上的讲话 2016年5月6日',
# '…上的讲话2016年5月6日': line cleaning drops a space between Chinese and digits); written with 年, as a CMS stamp
# is not. Read on the simplified shadow.
TRAILING_SPACED_DATE = re.compile(rf"(?:\s+|(?<=[话辞词告言稿课]))(?=\S*年)(?:{DATE})$")
DATE_STAMP = re.compile(rf"(?:{DATE}){TIME}?")
STAMP_AT_END = re.compile(rf"(?:{DATE}){WEEKDAY}?{TIME}?\s*$")  # '… 2024年6月8日 週六 下午2:30'
STAMP_ORIGIN = re.compile(r"来源[：:]\s*([^\s|｜]{2,30})")
# The day and the place a speech was given, in brackets or not: '(2010年10月1日,上海)', '2020年1月17日，内比都'.
DATED_PLACE = re.compile(rf"(?P<open>[（(])?\s*(?:{DATE})\s*(?:上午|下午|中午|晚上|早上)?\s*[，,、]"
                         rf"\s*[{CJK_RANGE}]{{2,10}}\s*(?(open)[）)])")  # '（2016年1月16日上午，钓鱼台国宾馆）' too
NOTE_DATE = re.compile(rf"[（(]?\s*{DASH}{{0,2}}\s*(?:{DATE})(?=\s*[，,、在于）)]|$)")  # '(2010年10月1日,上海)'
SIGNATURE = re.compile(rf"(?P<office>[^，。：:\s]{{2,20}})\s*[：:]\s*(?P<name>{NAME})")
YEAR_IN_EVENT = re.compile(rf"(?P<y>{YEAR})年")  # '2023年全市经济工作会议' (a year, no day)
# '…处长的讲话', '…会长致辞', '…教授演讲全文'
NAMED_SPEECH = re.compile(rf"(?P<who>[^，。：:\s]{{4,40}}?)的?{SPEECH_WORDS}(?:全文)?(?:实录|實錄)?")
# '张三（某某市委书记）'; the closing bracket is optional, as field parsing may strip it
NAME_WITH_OFFICE = re.compile(rf"(?P<name>{NAME})\s*[（(](?P<office>[^（）()]{{2,30}})[）)]?")
# '（张三，某某大学副校长）' under a reposted talk's headline: the speaker's name and office together in brackets.
BRACKETED_NAME_OFFICE = re.compile(rf"[（(]\s*(?P<name>{NAME})\s*[，,、]\s*(?P<office>[^（）()，,。]{{2,30}})\s*[）)]")
PHOTO_POSITION = re.compile(r"\s*[（(](?:[左右中前后後]\w{0,2}|居中)[）)]\s*$")  # '(中)', '（左二）' under a photo
BRACKETED_SPEAKER = re.compile(r"\s*[（(](?P<who>[^（）()，。]{2,20})[）)]$")  # '在…上的讲话（县长 张三）'
# A speaker's name, then the day the speech was given (written with 年), before the occasion:
# '张某同志1966年9月13日在…'.
NAME_THEN_DATE = re.compile(rf"(?P<who>.{{2,40}}?){HONORIFIC}?\s*(?P<date>(?=\S*年)(?:{DATE}))")
TRANSCRIPT_LABEL = re.compile(rf"^{NAME}\s*[：:]\s*")  # '张三：' opening a transcript's paragraph
# A page that states no title keeps none (an invented one would be wrong); the site shows a marked name instead.
NO_TITLE = "no title found — set `title` in the sidecar"
HEADLINE_MAX = 80  # a headline left in the text is one line
OPENING_ROW_MAX = 60  # a page's stamp row left at the top of the text, not a paragraph
TITLE_LINE_MAX = 30  # one line of a title set in two lines ('高举…伟大旗帜' / '为…而团结奋斗')
# A line of a program's comment left among the text ('// 页面数据', '/* 标题 */', ' * 页面的初始数据' inside a
# '/** … */' block, '<!-- 正文 -->'): the programmer's note on the code, never the page's title.
CODE_COMMENT_LINE = re.compile(r"^\s*(?://|/\*|\*/|\*\s|<!--)")
MENU_ROW = re.compile(r"(?:[^\s|｜/]{1,6}[\s|｜/]+){2,}[^\s|｜/]{1,6}")  # '首页 政务公开 新闻中心 互动交流'



@dataclass(frozen=True)
class Vocabulary:
    office_words: tuple[str, ...]
    dharma_titles: tuple[str, ...]
    delivery_note: re.Pattern
    origin_stoplist: frozenset[str]
    organisation_suffixes: tuple[str, ...]
    institution_suffixes: tuple[str, ...]
    genres: dict[str, re.Pattern]
    mask: re.Pattern
    mask_min: int
    note: re.Pattern
    author_note: re.Pattern
    author_label_note: re.Pattern
    author_named_note: re.Pattern
    office_endings: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    japanese_surnames: tuple[str, ...]
    unlisted_name_lengths: tuple[int, ...]
    unlisted_name_initials: frozenset[str]
    cms_defaults: frozenset[str]
    self_introduced_roles: tuple[str, ...]
    farm_rules: frozenset[str]
    title_min_chinese: int
    title_min_chinese_speech: int
    title_min_share: float
    column: re.Pattern
    markup: re.Pattern
    furniture: re.Pattern
    media_prefix: re.Pattern
    dateline: re.Pattern
    min_shared: float
    clause_mark: re.Pattern
    repost_prefix: re.Pattern
    repost_suffix: re.Pattern
    title_open_end: re.Pattern
    credit_line: re.Pattern
    institutional_byline: re.Pattern
    author_credit: re.Pattern
    site_prefix: re.Pattern
    site_name_prefix: re.Pattern
    site_suffix: re.Pattern
    column_max: int
    issue_prefix: re.Pattern
    bracketed_site: re.Pattern
    heading_marks: re.Pattern
    meta_keys: dict[str, tuple[str, ...]]
    speech_verbs: tuple[str, ...]
    attendance_manners: tuple[str, ...]
    speech_occasions: tuple[str, ...]
    body_endings: tuple[str, ...]
    not_bodies: tuple[str, ...]
    honorific_endings: tuple[str, ...]
    news_opening: re.Pattern
    reporter_at_work: re.Pattern
    reporter_at_work_blocks: int
    reported_saying: str
    reported_saying_blocks: int
    event_headline: re.Pattern
    meeting_verbs: tuple[str, ...]
    subject_before_name: str
    subject_after_name: str
    name_then_deed: re.Pattern
    attendance_deck: re.Pattern  # a headline's deck naming who attended and chaired (deck_verbs)
    deck_events: tuple[str, ...]  # what a headline says happened, never in a deck
    foreign_leader: re.Pattern
    name_on_a_day: re.Pattern
    transliteration: frozenset[str]
    foreign_leader_speech: re.Pattern
    countries: frozenset[str]
    speech_title_end: re.Pattern
    speech_openings: tuple[str, ...]
    published_label: re.Pattern
    published_label_max: int
    published_label_alone: re.Pattern
    published_label_us: re.Pattern
    updated_label: re.Pattern
    credit_row_date_label: re.Pattern
    post_stamps: tuple[re.Pattern, ...]
    full_text_announcement: re.Pattern
    lead_dateline: re.Pattern
    sitting_record: re.Pattern
    sitting_record_lines: int
    titled_talk: re.Pattern
    speech_studied: re.Pattern
    notes_title: re.Pattern
    speech_note: re.Pattern
    writing_note: re.Pattern
    speech_note_blocks: int
    today_is: re.Pattern
    transcribed_from: re.Pattern
    speaker_credit: re.Pattern
    speaker_credit_max: int
    source_line_date: re.Pattern
    opening_blocks: dict[str, int]
    announcement_alone_blocks: int
    new_year_message: re.Pattern
    title_bracket_notes: frozenset[str]
    column_kicker: re.Pattern
    lead_name_office: re.Pattern
    lead_titled_speech: re.Pattern
    lead_possessive_speech: re.Pattern
    dialogue_min_turns: int
    dialogue_min_speakers: int
    reporter_turn_labels: frozenset[str]


METADATA_FILE = RULES_DIR / "metadata.yml"
REGIONS_FILE = RULES_DIR / "regions.yml"


def foreign_leader_pattern(rule: dict[str, Any]) -> re.Pattern:
    """foreign_leader_title (metadata.yml): a transliterated name, one of the offices, a word going on to the speech."""
    offices = "|".join(map(re.escape, rule["offices"]))
    then = "|".join(map(re.escape, rule["then"]))
    return re.compile(rf"(?P<name>[{rule['characters']}·]{{2,8}}?)(?P<office>{offices})(?:先生|女士)?(?:{then})")


def name_on_a_day_pattern(rule: dict[str, Any]) -> re.Pattern:
    """A name delivering a speech on a day, no office needed: '(赫鲁晓夫于1956年2月25日在苏共二十大上作的报告)', a
    transliterated name of foreign_leader_title's characters, or a Chinese name of two to four characters (checked
    by the caller against the family names). The day and the place after the name say who spoke."""
    return re.compile(rf"(?:^|(?<=[\s（(《“，,]))(?P<name>[{rule['characters']}·]{{2,8}}|[\u4e00-\u9fff]{{2,4}})"
                      rf"于\s*(?:{DATE})\s*在"
                      rf"[^。！？]{{2,60}}?(?:上|中|时)?(?:作|做|发表)?的?[^。！？]{{0,12}}?(?:{rule['speech']}|报告)")


def name_then_deed_pattern(verbs: list[str]) -> re.Pattern:
    """A name, one of speech_deed_verbs (metadata.yml), whom, and 的 with the speech word closing the title."""
    return re.compile(rf"(?P<who>[{CJK_RANGE}]{{2,4}}?){HONORIFIC}?(?:{'|'.join(map(re.escape, verbs))})"
                      rf"[^，。！？：:]{{2,60}}?(?:时|上)?的{SPEECH_WORDS}")


@cache
@reads_rule_file(METADATA_FILE)
def vocabulary(path: Path = METADATA_FILE) -> Vocabulary:
    """metadata.yml read and compiled (cached); `make check` loads the file it checks through it too."""
    data = read_rule_file(path)
    genres = {k: re.compile(v) for k, v in data["genres"].items() if k != "reason"}
    return Vocabulary(
        office_words=tuple(data["office_words"]["words"]),
        dharma_titles=tuple(data["dharma_titles"]["words"]),
        delivery_note=re.compile(data["delivery_note"]["pattern"]),
        origin_stoplist=frozenset(data["origin_stoplist"]["words"]),
        organisation_suffixes=tuple(data["organisation_suffixes"]["words"]),
        institution_suffixes=tuple(data["institution_suffixes"]["words"]),
        genres=genres,
        mask=re.compile(data["mask_pattern"]["pattern"]),
        mask_min=data["mask_pattern"]["min_count"],
        note=re.compile(data["note_pattern"]["pattern"]),
        author_note=re.compile(data["author_note_pattern"]["pattern"]),
        author_label_note=re.compile(data["author_label_note"]["pattern"]),
        author_named_note=re.compile(data["author_named_note"]["pattern"]),
        office_endings=tuple(data["office_endings"]["words"]),
        surnames=frozenset(data["surnames"]["single"]),
        compound_surnames=tuple(data["surnames"]["compound"]),
        japanese_surnames=tuple(data["japanese_surnames"]["words"]),
        unlisted_name_lengths=tuple(data["unlisted_surname_name"]["lengths"]),
        unlisted_name_initials=frozenset(data["unlisted_surname_name"]["initial_tags"]),
        cms_defaults=frozenset(data["cms_default_names"]["words"]),
        self_introduced_roles=tuple(data["self_introduced_roles"]["words"]),
        farm_rules=frozenset(data["content_farm"]["rules"]),
        title_min_chinese=data["title_checks"]["min_chinese"],
        title_min_chinese_speech=data["title_checks"]["min_chinese_speech_title"],
        title_min_share=data["title_checks"]["min_chinese_share"],
        column=re.compile(data["title_checks"]["column_pattern"]),
        markup=re.compile(data["title_checks"]["markup_pattern"]),
        furniture=re.compile(data["title_checks"]["furniture_pattern"]),
        media_prefix=re.compile(data["title_checks"]["media_prefix_pattern"]),
        dateline=re.compile(data["title_checks"]["dateline_pattern"]),
        min_shared=float(data["title_checks"]["min_shared_with_text"]),
        clause_mark=re.compile(data["title_checks"]["clause_mark"]),
        repost_prefix=re.compile(data["title_checks"]["repost_prefix_pattern"]),
        repost_suffix=re.compile(data["title_checks"]["repost_suffix_pattern"]),
        title_open_end=re.compile(data["title_open_end"]["pattern"]),
        credit_line=re.compile(data["credit_line"]["pattern"]),
        institutional_byline=re.compile(data["institutional_byline"]["pattern"]),
        author_credit=re.compile(data["author_credit"]["pattern"]),
        site_prefix=re.compile(data["title_wrappers"]["site_prefix_pattern"]),
        site_name_prefix=re.compile(data["title_wrappers"]["site_name_prefix_pattern"]),
        site_suffix=re.compile(data["title_wrappers"]["site_suffix_pattern"]),
        column_max=data["title_wrappers"]["column_max"],
        issue_prefix=re.compile(data["title_wrappers"]["issue_prefix_pattern"]),
        bracketed_site=re.compile(data["title_wrappers"]["bracketed_site_pattern"]),
        heading_marks=re.compile(data["title_wrappers"]["heading_marks_pattern"]),
        meta_keys={k: tuple(v) for k, v in data["meta_keys"].items() if k != "reason"},
        speech_verbs=tuple(data["speech_verbs"]["words"]),
        attendance_manners=tuple(data["attendance_manners"]["words"]),
        speech_occasions=tuple(data["speech_occasions"]["words"]),
        body_endings=tuple(data["body_endings"]["words"]),
        not_bodies=tuple(data["body_endings"]["not_bodies"]),
        honorific_endings=tuple(data["honorific_endings"]["words"]),
        news_opening=re.compile(data["news_opening"]["pattern"]),
        reporter_at_work=re.compile(data["reporter_at_work"]["pattern"]),
        reporter_at_work_blocks=data["reporter_at_work"]["min_blocks"],
        reported_saying=data["reported_saying"]["pattern"],
        reported_saying_blocks=data["reported_saying"]["min_blocks"],
        event_headline=re.compile(data["event_headline"]["pattern"]),
        meeting_verbs=tuple(data["meeting_verbs"]["words"]),
        subject_before_name="|".join(map(re.escape, data["talk_subject"]["before_name"])),
        subject_after_name="|".join(map(re.escape, data["talk_subject"]["after_name"])),
        name_then_deed=name_then_deed_pattern(data["speech_deed_verbs"]["words"]),
        attendance_deck=re.compile(rf"(?:[{CJK_RANGE}·、，,]{{2,40}}?"
                                   rf"(?:{literal_alternation(data['deck_verbs']['words'])})\s*)+"),
        deck_events=tuple(data["deck_events"]["words"]),
        foreign_leader=foreign_leader_pattern(data["foreign_leader_title"]),
        name_on_a_day=name_on_a_day_pattern(data["foreign_leader_title"]),
        transliteration=frozenset(data["foreign_leader_title"]["characters"] + "·"),
        foreign_leader_speech=re.compile(data["foreign_leader_title"]["speech"]),
        countries=frozenset(data["foreign_leader_title"]["countries"]),
        speech_title_end=re.compile(rf'(?:{SPEECH_WORDS}|{in_both_scripts(tuple(data["event_headline"]["title_genres"]))})'
                                    r"(?:[（(][^（）()]{1,20}[）)])?$"),
        speech_openings=tuple(data["speech_openings"]["words"]),
        published_label=re.compile(rf'(?:{data["published_label"]["pattern"]})(?:{DATE})'),
        published_label_max=data["published_label"]["max_line"],
        published_label_alone=re.compile(rf'(?:{data["published_label"]["pattern"]})$'),
        published_label_us=re.compile(rf'(?:{data["published_label"]["pattern"]}){US_STAMP_RE.pattern}'),
        updated_label=re.compile(rf'(?:{data["updated_label"]["pattern"]})(?:{DATE})'),
        credit_row_date_label=re.compile(rf'(?:{data["credit_row_date_label"]["pattern"]})(?:{DATE})'),
        post_stamps=(re.compile(rf'(?:{data["published_label"]["pattern"]})(?P<stamp>(?:{DATE}){TIME})'),
                     re.compile(data["post_stamp"]["posted_pattern"].replace("{DATE}", DATE).replace("{TIME}", TIME))),
        full_text_announcement=re.compile(data["full_text_announcement"]["pattern"]),
        lead_dateline=re.compile(data["lead_dateline"]["pattern"]),
        sitting_record=re.compile(data["sitting_record"]["pattern"]),
        sitting_record_lines=data["sitting_record"]["max_lines"],
        speech_note=re.compile(data["speech_note"]["pattern"]),
        writing_note=re.compile(data["writing_note"]["pattern"]),
        speech_note_blocks=data["speech_note"]["max_blocks"],
        speech_studied=re.compile(rf'{SPEECH_WORDS}(?:{literal_alternation(set(data["speech_studied"]["words"]))})'),
        notes_title=re.compile(rf'(?:{literal_alternation(set(data["notes_title"]["words"]))})\W*$'),
        titled_talk=re.compile(data["titled_talk"]["pattern"].replace(
            "{FLOURISH}", literal_alternation(set(data["headline_flourishes"]["words"])))),
        today_is=re.compile(rf'(?:{data["today_is"]["pattern"]})(?P<date>{DATE})'),
        transcribed_from=re.compile(rf'(?:{data["transcribed_from"]["pattern"]})(?P<date>{DATE})'),
        speaker_credit=re.compile(data["speaker_credit"]["pattern"]),
        speaker_credit_max=data["speaker_credit"]["max_line"],
        source_line_date=re.compile(data["source_line_date"]["pattern"]),
        new_year_message=re.compile(data["new_year_message"]["pattern"]),
        title_bracket_notes=frozenset(data["title_bracket_notes"]["words"]),
        column_kicker=re.compile(data["column_kicker"]["pattern"]),
        lead_name_office=re.compile(data["lead_name_office"]["pattern"].replace(
            "{office}", "|".join(map(re.escape, sorted(data["office_endings"]["words"], key=len, reverse=True))))),
        lead_titled_speech=re.compile(data["lead_titled_speech"]["pattern"]),
        lead_possessive_speech=re.compile(data["lead_possessive_speech"]["pattern"]),
        dialogue_min_turns=data["dialogue_turns"]["min_turns"],
        dialogue_min_speakers=data["dialogue_turns"]["min_speakers"],
        reporter_turn_labels=frozenset(data["dialogue_turns"]["reporter_labels"]),
        opening_blocks={key: data[key]["max_blocks"] for key in ("full_text_announcement", "today_is",
                                                                  "transcribed_from")},
        announcement_alone_blocks=data["full_text_announcement"]["max_blocks_alone"],
    )


@dataclass
class Head:
    """What the page head says, line by line."""

    title: str = ""
    speaker: str = ""
    speaker_title: str = ""
    date: dt.date | None = None
    date_in_brackets: bool = False  # the date line under the title stood in round brackets ('（1949年8月14日）')
    dates_before_title: list[dt.date] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    subtitle: str = ""
    datelines: list[dt.date] = field(default_factory=list)  # '2017年05月14日08:19来源：…' above the text
    stamp_origins: list[str] = field(default_factory=list)  # … and the 来源 such a line names
    reported_speaker: tuple[str, str] | None = None  # (office, name) a news headline names ('…在…上发表讲话')
    month_days: list[str] = field(default_factory=list)  # '（5月6日）' under the title: a date without its year
    title_lines: list[str] = field(default_factory=list)  # the line(s) the head's title was read from
    reposted: bool = False  # the title carried a repost mark ('转：', '[转]', '【转载】', '记录：'): another's text
    repost_mark: str = ""  # a mark in brackets ('[转]', '【转载】') is the headline's own, printed with it
    repost_suffix: str = ""  # ... or closing it ('…《转》', '…（转载）'), printed after it
    kicker: str = ""  # a column's kicker printed before a spaced bar ('时局 | '): kept in the title, not read
    printed_subtitle: str = ""  # what the headline prints after its dash on the same line, no byline or date
    # ('——在…座谈会上的发言'): kept in the title as printed, read as the subtitle
    unlisted_names: list[str] = field(default_factory=list)  # a bare name line under the title whose family name is
    # not listed ('禤某强'): a speaker only when the page names that person again (name_line_named_again)
    dropped: list[Removal] = field(default_factory=list)  # head lines that gave nothing (reported as removed)


@dataclass(frozen=True)
class HeadLine:
    """A line above the speech as classified: its kind, and in the subclasses what the classification read."""

    kind: str  # date | dateline | closing-stamp | dated-byline | byline | delivery-note | note | subtitle | month-day
    # | plain | other


@dataclass(frozen=True)
class DateHeadLine(HeadLine):
    date: dt.date  # kind date (a line holding a date), dateline or closing-stamp (a publication stamp opening or
    # closing a line)


@dataclass(frozen=True)
class DatedBylineHeadLine(HeadLine):
    who: str
    date: dt.date


@dataclass(frozen=True)
class BylineHeadLine(HeadLine):
    office: str
    name: str


@dataclass(frozen=True)
class NoteHeadLine(HeadLine):
    text: str


@dataclass(frozen=True)
class DeliveryNoteHeadLine(HeadLine):
    office: str
    name: str
    date: dt.date | None  # the day, when the note gives a whole one


# ---------------------------------------------------------------------------------------- the head
HEADING_MARK = re.compile(r"^#{1,6}[ \t]+(?=\S)")  # a scraper's Markdown heading mark: no part of a head line's words


def read_head(lines: list[str], site_titles: list[str], removals: list[Removal],
              marked: frozenset[str] = frozenset()) -> Head:
    """Title, speaker, dates and notes from the lines above the speech.

    The title is the last plain line before the speech (menus and banners come earlier); a date above
    it is the publication date (a bulletin's masthead), a date below it the delivery date; a bare name
    below it is the speaker. A line too short for a title ('组织起来') is one when the page's markup names it
    the headline twice (`marked`: marked_headlines).
    """
    head = Head()
    vocab = vocabulary()
    fillers = [line for line in lines if is_filler_line(line)]
    lines = [HEADING_MARK.sub("", line) for line in split_title_blocks(rejoined_subtitles(
        [line for line in lines if not is_filler_line(line)]))]
    classified = [HeadLine("plain") if found.kind == "other" and comparable(line) in marked
                  and title_like(line, confirmed=True) else found
                  for line, found in ((line, classify_head_line(line, vocab)) for line in lines)]
    values = field_values(lines)
    plain = [i for i, found in enumerate(classified)
             if found.kind == "plain" and not labelled_by(lines, i) and comparable(lines[i]) not in values]
    kept = set(drop_site_title_copies([lines[i] for i in plain], site_titles, removals))
    copies = {i for i in plain if lines[i] not in kept}
    plain = [i for i in plain if lines[i] in kept]
    offices = {i: name for i in plain if i + 1 < len(lines)  # '某某委员、某某主任' / '张某': a byline in two lines
               and (name := office_over_a_name(lines[i], lines[i + 1].strip().removesuffix("同志")))}
    bylined = set(offices) | {i + 1 for i in offices}
    titled = [i for i in plain if not names_a_person(lines[i]) and i not in bylined] or plain
    title_at = titled[-1] if titled else len(lines)
    decks = 0  # '…新年茶话会 某某发表重要讲话' over its deck '李某张某出席 王某主持', perhaps set in two lines
    while decks + 1 < len(titled) and attendance_deck(lines[titled[-1 - decks]]):
        decks += 1
    title_at = titled[-1 - decks] if titled else title_at
    if len(titled) >= 2 and repeats_and_extends(lines[titled[-2]], lines[title_at]):
        title_at = titled[-2]  # '岁末感恩 同心前行' over '岁末感恩 同心前行 2019/2020年度冬季通讯'
    title_at = headline_over_its_lede(lines, titled, title_at)
    used = {i for i, (line, found) in enumerate(zip(lines, classified, strict=True))
            if read_head_line(line, found, i > title_at or stamp_under_the_headline(found, bool(titled)), head)}
    for i, name in sorted(offices.items()):
        if i > title_at and head.speaker in ("", name):  # the name may have a family name no list holds ('禤某强')
            head.speaker, head.speaker_title = name, head.speaker_title or lines[i].strip()
            used |= {i, i + 1}
    head.unlisted_names = [line.strip().removesuffix("同志") for i, line in enumerate(lines) if i > title_at
                           and not names_a_person(line.strip()) and placed_name(line.strip().removesuffix("同志"))]
    if titled:
        title = wrapped_title(lines, title_at, plain) or two_line_title(lines, title_at, plain, classified)
        head.title_lines = [lines[title_at - 1], lines[title_at]] if title != lines[title_at] else [title]
        used |= {title_at, title_at - 1} if title != lines[title_at] else {title_at}
        read_title_line(title, head)
    head.dropped = [Removal(head_drop_rule(classified[i].kind, i < title_at), line) for i, line in enumerate(lines)
                    if i not in used | copies] + [Removal("head-chrome", line) for line in fillers]
    return head


def marked_headlines(facts: PageFacts) -> frozenset[str]:
    """The headlines (comparable) the page's markup gives in two places or more of: its og:title, its <title>'s
    first part, its <h1>s and its title elements ('组织起来' as og:title and before '| 某某博客'): the page's own
    headline, however short, never a menu word."""
    sources = [[facts.meta.get("og:title", "")], title_parts(facts.title)[:1], facts.headings, facts.title_elements]
    named = Counter(text for source in sources for text in {comparable(item) for item in source} if text)
    return frozenset(text for text, places in named.items() if places >= 2)


def office_over_a_name(above: str, below: str) -> str:
    """The name `below` gives when `above` is an office (or a chain of them, '中共中央政治局委员、某某办公室主任') and
    `below` a person's name alone: a byline or a signature set in two lines, never a title; '' otherwise."""
    name = re.sub(r"\s+", "", below)
    return name if is_office_line(above) and placed_name(name) else ""


def is_filler_line(line: str) -> bool:
    """A head line of punctuation alone ('?', '□', '*'): a converter's mark for a character it could not write
    (an encoding's lost line end, a blank line turned into '?'), standing between the real lines. It is no head
    line of its own, and the lines around it are read as adjacent (a title set in two lines stays one title)."""
    return bool(line.strip()) and not any(unicodedata.category(ch)[0] in "LN" for ch in line)


def read_head_line(line: str, found: HeadLine, after: bool, head: Head) -> bool:
    """Read one head line into `head`; False when it says nothing the head keeps (it is then dropped)."""
    match found:
        case DateHeadLine(kind="date", date=date) if is_cms_stamp(line):  # '2013-11-29': the page's stamp
            head.datelines.append(date)
        case DateHeadLine(kind="date", date=date) if after:
            bracketed = bool(DATE_IN_BRACKETS.fullmatch(line))
            if head.date and not (bracketed and not head.date_in_brackets and date != head.date):
                return False
            if head.date:  # the post's bare date, then the text's own in brackets: the first is the page's stamp
                head.datelines.append(head.date)
            head.date, head.date_in_brackets = date, bracketed
        case DateHeadLine(kind="date", date=date):
            head.dates_before_title.append(date)
        case HeadLine(kind="month-day") if after:
            head.month_days.append(line)
        case DateHeadLine(kind="dateline", date=date):
            head.datelines.append(date)
        case DateHeadLine(kind="closing-stamp", date=date) if after:  # above the title: a reposted source's stamp
            head.datelines.append(date)
            head.stamp_origins += STAMP_ORIGIN.findall(line)
        case NoteHeadLine(text=text):
            head.notes.append(text)
        case HeadLine(kind="subtitle") if after or DATED_SUBTITLE.fullmatch(line):
            head.subtitle = SUBTITLE.sub("", line)
            read_subtitle_speaker(head)
        case _ if after and names_a_person(line):
            if head.speaker:
                return False
            head.speaker = line.removesuffix("同志")
        case DatedBylineHeadLine(who=who, date=date) if after or byline(who):  # an office with a name and the
            office_name = byline(who)                                        # day: above the title too
            head.speaker = head.speaker or (office_name[1] if office_name else who)
            head.speaker_title = head.speaker_title or (office_name[0] if office_name else "")
            head.date = head.date or date
        case DeliveryNoteHeadLine(office=office, name=name, date=date) if after:
            head.speaker, head.speaker_title = (head.speaker, head.speaker_title) if head.speaker else (name, office)
            head.date = head.date or date
        case BylineHeadLine(kind="body-byline", name=name) if after:  # under the title only: above it, a reposted
            if head.speaker:                                          # source's or a column's credit
                return False
            head.speaker = name
        case BylineHeadLine(kind="body-byline"):
            return False
        case BylineHeadLine(office=office, name=name):  # an office with a name is unambiguous, above the title too
            head.speaker = head.speaker or name
            head.speaker_title = head.speaker_title or office
        case _:
            return False
    return True


def labelled_by(lines: list[str], at: int) -> bool:
    """The line is the value of a field whose label stands alone on the line above ('学校：' over '某某实验小学'):
    a page's field split over two lines, never its title. Not under a breadcrumb's label ('当前位置：'): its trail
    was a line of its own, and the cleaning took it away; the line under the label now is the headline."""
    label = simplified(lines[at - 1].strip()) if at > 0 else ""
    trail_gone = CRUMB_LABEL.fullmatch(label) and not CRUMB_TRAIL.search(lines[at])
    return bool(LABEL_ALONE.fullmatch(label)) and not trail_gone


def field_values(lines: list[str]) -> set[str]:
    """The values of the field rows among the head lines ('学校： 某某实验小学' -> 某某实验小学): a line repeating
    one (the school's name printed again above its field) is the page's field, never its title."""
    rows = (LABELLED_VALUE.fullmatch(line.strip()) for line in lines if is_field_row(line))
    return {comparable(row.group("value")) for row in rows if row}


LABEL_ALONE = re.compile(r"[^\s：:，。！？]{1,6}\s*[：:]")
# A breadcrumb trail still there under its label (its home link or its marks)
CRUMB_TRAIL = re.compile(rf"^\s*(?:网站)?(?:首页|主页|首頁|主頁)|[{BAR_MARKS}{CRUMB_MARKS}]")


def stamp_under_the_headline(found: HeadLine, titled: bool) -> bool:
    """With no title among the head lines, the page's headline (its <title>, its <h1>, a record's title field)
    stands above all of them: a stamp row closing with the date ('某某日报客户端 2024-03-12 15:35:47') is then the
    page's own stamp under it, not the stamp of a source a repost copied above its title; and a name with the day
    ('张某某（2024年3月5日）', a speech's byline opening a scraper's text field) is the speaker's under it."""
    return found.kind in ("closing-stamp", "dated-byline") and not titled


def rejoined_subtitles(lines: list[str]) -> list[str]:
    """A delivery statement wrapped onto two lines ('——2026年1月26日在某省第十四届' / '人民代表大会第五次会议上') is
    one subtitle: joined when neither line is one alone and together they are."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if SUBTITLE.match(previous) and DATE_RE.search(previous) and not DATED_SUBTITLE.fullmatch(previous) \
                and DATED_SUBTITLE.fullmatch(previous + line):
            joined[-1] = previous + line
        else:
            joined.append(line)
    return joined


def split_title_blocks(lines: list[str]) -> list[str]:
    """A speech's title block run onto one line ('在…大会上的讲话（2024年3月5日）某某县委书记张某明', '…——在…上的
    讲话 某某县委书记 张某明 2024年3月5日') is read as the lines it stands for: the title, the office with the name,
    the date. Only when the line is a speech's title up to its speech word and what follows is an office with a
    name and dates alone."""
    split: list[str] = []
    for line in lines:
        split += title_block_parts(line) or [line]
    return split


def title_block_parts(line: str) -> list[str] | None:
    """The title, the byline and the dates of one line holding a whole title block; None for any other line."""
    ends = [found.end() for found in re.finditer(SPEECH_WORDS, line)]
    if not ends or "。" in line:
        return None
    title, rest = line[:ends[-1]].strip(), line[ends[-1]:].strip()
    if not rest or not DELIVERY_STATEMENT.search(title):
        return None
    if rest[:1] in "（(" and rest[-1:] in "）)" and not DATE_LINE_RE.fullmatch(rest):
        rest = rest[1:-1].strip()  # '（某某县委书记 张三 2024年3月5日）': the brackets hold the byline and its date
    dates = []
    for at_start in (True, False):
        found = next((m for m in DATE_LINE_RE.finditer(rest) if (m.start() == 0 if at_start else m.end() == len(rest))),
                     None)
        if found and found.group(0).strip():
            dates.append(found.group(0).strip())
            rest = (rest[found.end():] if at_start else rest[:found.start()]).strip()
    if not rest or not byline(rest):  # a bare name is not told from words ('…讲话金句') once the spaces are gone
        return None
    return [title, *dates[:1], rest, *dates[1:]]


def headline_over_its_lede(lines: list[str], titled: list[int], title_at: int) -> int:
    """A news page prints its headline, then the article's own heading of several lines, the first repeating the
    headline and adding to it ('…座谈会' / '…座谈会强调' / '推动…' / '张某某李某某出席'): the headline is the title, not
    the heading's last line."""
    repeated = [i for i in titled[:-1] if any(repeats_and_extends(without_speaker_label(lines[i]), lines[j])
                                              and j - i <= LEDE_GAP for j in titled if j > i)]
    return repeated[-1] if repeated and repeated[-1] < title_at else title_at


LEDE_GAP = 3  # the heading's first line stands within a few lines under the headline (a stamp row between)


def without_speaker_label(headline: str) -> str:
    """A portal's headline without the speaker it names before a colon ('张某：勇攀高峰 服务大局' -> '勇攀高峰
    服务大局'), for comparing it with the print headline's main deck under it, which names nobody ('勇攀高峰 服务大局
    为…作贡献')."""
    found = re.match(r"(?P<who>[^：:，。\s]{2,8})\s*[：:]\s*(?=\S)", headline)
    return headline[found.end():] if found and is_bare_name(found.group("who")) else headline


def repeats_and_extends(title: str, line: str) -> bool:
    """A subheading under a title that repeats it and adds the issue, the column or the date: the title is the
    shorter line above, the longer one its kicker."""
    shorter, longer = comparable(title), comparable(line)
    return len(shorter) >= 4 and len(longer) > len(shorter) and longer.startswith(shorter)


def head_drop_rule(kind: str, above_title: bool) -> str:
    """The name under which a head line that gives no metadata is reported as removed (rules/cruft.yml)."""
    if kind == "other":
        return "head-chrome"  # markup, a menu row, a column name, a widget's letters, a field line
    if kind == "plain":
        return "head-above-title" if above_title else "head-under-title"
    return "head-extra-line"  # a second date, subtitle or byline after the first was read


def unused_head_lines(head: Head, title: str) -> list[Removal]:
    """The head lines that reached no field: those read_head dropped, and its title line when the cascade
    took the title from a more reliable source. A line holding the chosen title is the title, not dropped."""
    chosen = comparable(title)
    candidates = head.dropped + [Removal("head-title-candidate", line) for line in head.title_lines
                                 if chosen not in comparable("".join(head.title_lines))]
    return [removal for removal in candidates if comparable(removal.text) != chosen]


def wrapped_title(lines: list[str], title_at: int, plain: list[int]) -> str:
    """A title the PDF wrapped onto two lines ('在全市优化营商环境暨招商引资' / '大会上的讲话') is rejoined
    when only the two lines together read as a speech title; '' when it is not such a title."""
    title = lines[title_at]
    previous = title_at - 1
    if previous in plain and not EVENT.search(title) and not SPEAKER_TITLE_LINE.fullmatch(title) \
            and not EVENT.search(lines[previous]):  # a whole speech title is not half of a wrapped one
        joined = lines[previous] + title
        if EVENT.search(joined) and lines[previous][-1] not in "。！？：；，":
            return joined
    return ""


def attendance_deck(line: str) -> bool:
    """A headline's deck naming who attended and chaired ('李某张某出席 王某主持', deck_verbs in metadata.yml): names
    and those verbs only, no event (deck_events)."""
    shadow = simplified(line).strip()
    vocab = vocabulary()
    return bool(vocab.attendance_deck.fullmatch(shadow)) and not any(word in shadow for word in vocab.deck_events)


def two_line_title(lines: list[str], title_at: int, plain: list[int], classified: list[HeadLine]) -> str:
    """A main title set in two lines over its subtitle ('高举…旗帜' / '为…而团结奋斗' / '——在…大会上的报告'): the
    two headline lines right above a '——' subtitle are one title, joined with a space; else the last line alone.
    Neither line may be a speech title of its own, a sentence, the name of an institution (a site's banner) or a
    document's number ('电邮讲话【2019】37号 签发人：某某', document-number in documents.yml), and the second opens
    with no speaker's name and colon ('某某：为…而努力' is a headline of its own). Two lines that the page also prints
    as one line higher up are that one headline."""
    title, previous = lines[title_at], title_at - 1
    if previous in plain and comparable(lines[previous] + title) in {comparable(line) for line in lines[:previous]}:
        return f"{lines[previous]} {title}"  # printed whole above, then in two lines
    under = classified[title_at + 1].kind if title_at + 1 < len(lines) else ""
    if under != "subtitle" or previous not in plain or comparable(title) in comparable(lines[previous]):
        return title  # a title printed twice ('某某的报告' / '某某的报告' / '——…上'), the first time perhaps after
        # its speaker ('某某教授：为…而读书' / '为…而读书'), is one title
    above = lines[previous]
    numbered = load_signs()["document-number"].pattern.fullmatch
    if all(title_like(line) and not EVENT.search(line) and not names_an_institution(line) and not numbered(line)
           and len(line) <= TITLE_LINE_MAX and line[-1] not in "。！？：；，" for line in (above, title)) \
            and not colon_speaker(title):  # '某某：为…而努力' is a whole headline, under a site's banner
        return f"{above} {title}"
    return title


def classify_head_line(line: str, vocab: Vocabulary) -> HeadLine:
    """The kind of a head line, with what the test that classified it read from it."""
    if date := date_line(SUBTITLE.sub("", line)) or (parse_date(line) if DATED_PLACE.fullmatch(line) else None):
        return DateHeadLine("date", date)  # '——2024年3月5日' under a title is its date as '（2024年3月5日）' is
    if SUBTITLE.match(line) and (closing := SUBTITLE_CLOSING_DATE.search(line)) and (date := parse_date(closing[0])):
        return DateHeadLine("date", date)  # '——与市场人员座谈，1994年1月26日': the occasion, then the day
    if (labelled := DELIVERY_LABEL_LINE.fullmatch(line)) and (date := parse_date(labelled.group("date"))):
        return DateHeadLine("date", date)  # '讲话时间：2024年3月5日 讲话地点：…': the day it was given
    if date := adoption_date(line):  # '（2013年2月28日中国共产党…全体会议通过）': the day it was adopted
        return DateHeadLine("date", date)
    if DATED_SUBTITLE.fullmatch(line):
        return HeadLine("subtitle")
    if MONTH_DAY_NOTE.fullmatch(line) and not SUBTITLE.match(line):
        return HeadLine("month-day")
    if found := delivered_then_byline(line):
        return DatedBylineHeadLine("dated-byline", *found)
    if found := dash_credit(line):
        return DatedBylineHeadLine("dated-byline", *found)
    if date := dated_stamp(line) or masthead_date(line):
        return DateHeadLine("dateline", date)
    if found := dated_byline(line):
        return DatedBylineHeadLine("dated-byline", *found)
    if date := closing_stamp(line) or stamp_in_a_row_of_cells(line):
        return DateHeadLine("closing-stamp", date)
    if glued_head(line):  # '政府工作报告——2023年1月12日在…会议上市长 张某某': the title line, not a byline
        return HeadLine("plain")
    if delivered := delivery_note(line):
        return DeliveryNoteHeadLine("delivery-note", *delivered)
    if office_name := byline(line) or described_name(line) or name_then_office(line):
        return BylineHeadLine("byline", *office_name)
    body_name = body_then_name(re.sub(r"\s+", "", line))  # '某某大学张某': the writer with their institution
    if body_name and reads_as_a_name(body_name[1]):  # not a body's section ('某某办公室信息科')
        return BylineHeadLine("body-byline", "", body_name[1])
    if note := vocab.note.fullmatch(simplified(line)):  # '（根據錄音整理）' too; the note keeps its characters
        return NoteHeadLine("note", line[note.start(1):note.end(1)].strip())
    if SUBTITLE.match(line):
        return HeadLine("subtitle")
    return HeadLine("plain" if names_a_person(line) or title_like(line) else "other")


COLUMN_TAG = re.compile(r"^\s*[【\[][^】\]]{1,12}[】\]]\s*")  # '【开学第一课】校长': the headline's column, no office


LEADING_DATE = re.compile(rf"[（(]\s*(?:{DATE})\s*[）)]\s*")  # a bracketed date opening a title line


# A head line labelling the day a speech was given ('讲话时间：2024年3月5日', '致辞日期：…'), perhaps with the place
# after it ('讲话地点：县会议中心'): a delivery date, never a title.
DELIVERY_LABEL_LINE = re.compile(rf"[（(]?\s*(?:讲话|致辞|发言|演讲|演说|报告|讲课|宣讲|講話|致辭|發言|演講|演說)"
                                 rf"(?:时间|日期|時間)\s*[：:]\s*(?P<date>{DATE})[^。！？]{{0,30}}")


# A report's or a communiqué's note in brackets under its title, the day the meeting adopted it first
# ('（2013年2月28日中国共产党第十八届中央委员会第二次全体会议通过）', '（…通过 根据…修正）'): its date, never
# page furniture.
ADOPTION_NOTE = re.compile(rf"[（(]\s*(?P<date>{DATE})\s*[^（）()。！？]{{2,80}}?(?:通过|批准)"
                           rf"[^（）()。！？]{{0,120}}[）)]")


def adoption_date(line: str) -> dt.date | None:
    """The day a bracketed note under a title says the meeting adopted the text (ADOPTION_NOTE)."""
    adopted = ADOPTION_NOTE.fullmatch(line.strip())
    return parse_date(adopted.group("date")) if adopted else None


def delivered_then_byline(line: str) -> tuple[str, dt.date] | None:
    """'2026年1月27日在某省人民代表大会第四次会议上 某省省长 张三': a delivery statement with the byline after it on
    one line (no dash) -> (byline, date); the statement ends at the first place word after which a byline stands."""
    if not DATE_RE.match(line.lstrip("（( ")):
        return None
    for place in re.finditer(r"[上中]|期间", line):
        statement, who = line[:place.end()], line[place.end():].strip()
        if DATED_SUBTITLE.fullmatch(statement) and byline(who) and (date := parse_date(statement)):
            return who, date
    return None


def dated_stamp(line: str) -> dt.date | None:
    """A page's publication stamp: a date (and time) opening a short line that is no sentence
    ('2017年05月14日08:19来源：广西新闻网', '2015-07-21 17:36:12华东五金网')."""
    line = re.sub(r"^\s*https?://\S+\s*", "", line)  # 'http://www.sina.com.cn  2011年10月25日21:58 新华网'
    match = DATE_STAMP.match(line)
    rest = line[match.end():] if match else ""
    if not match or not rest.strip() or len(rest) > 40 or re.search(r"[。！？]", rest):
        return None
    return parse_date(match.group(0))


# An e-paper's masthead row: the paper's name, the issue's date and its weekday ('某某日报 2023年06月12日 星期一').
MASTHEAD = re.compile(rf"(?P<paper>[^\s。！？，、；：:\d]{{1,16}}(?:报|刊))\s*(?P<date>{DATE})\s*"
                      r"[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?")


def masthead_date(line: str) -> dt.date | None:
    """An e-paper's masthead row over the article ('某某日报 2023年06月12日 星期一'): the issue's date, the day the
    page was published, never the speech's. The weekday marks it as the issue's line; a speech's date is not
    printed after a paper's name."""
    found = MASTHEAD.fullmatch(line.strip())
    return parse_date(found.group("date")) if found else None


def closing_stamp(line: str) -> dt.date | None:
    """'某某发布 2020-09-09', '来源：某某网 2019-05-08 10:00': a short row that no sentence is, ending in a numeric
    date (perhaps with its time): under the title, the account's or the site's publication stamp (above it, the
    stamp of the source a repost copied). A delivery date is written with 年, so a numeric date closing such a
    row is the CMS's."""
    found = STAMP_AT_END.search(line)
    if vocabulary().updated_label.search(simplified(line)):  # '最后更新：2012-12-10 10:41': an update, read apart
        return None
    before = line[:found.start()].strip() if found else ""
    if not found or not before or len(before) > 30 or re.search(r"[。！？]", before) or names_a_speech(before):
        return None
    return parse_date(found.group(0))


CELL_SEPARATOR = re.compile(r"\s*[|｜•●∙]\s*")  # a row's cells may be set apart by bullets ('某某•2015-04-29•栏目')


def stamp_in_a_row_of_cells(line: str) -> dt.date | None:
    """'栏目名 | 人民日报2015-11-07 | 我要分享': a row of short cells set apart by bars or bullets under a headline (the
    column, the source with its date, a share widget), one of them a publication stamp: the row is the page's stamp
    row, never a title, whatever the other cells say. A sentence is no such row."""
    cells = [cell for cell in CELL_SEPARATOR.split(line.strip()) if cell]
    if len(cells) < 2 or len(line) > 80 or re.search(r"[。！？]", line):
        return None
    stamps = [closing_stamp(cell) or dated_stamp(cell) or (date_cell(cell, len(cells)) if at else None)
              for at, cell in enumerate(cells)]
    return next(filter(None, stamps), None)


def date_cell(cell: str, cells: int) -> dt.date | None:
    """A cell of a stamp row after its first that is a date alone ('某某科技•2015-04-29•栏目', perhaps with its
    clock): a numeric date is a CMS's; a date written with 年 is the row's only between two other cells (the site
    and the column, '某某科技•2015年4月29日•栏目'), since a speech's title row may carry its delivery date after it
    ('在某某大会上的讲话 | 2015年4月29日'). A row opening with a bare date is a date line, read as one."""
    if not DATE_LINE_RE.fullmatch(cell) or ("年" in cell and cells < DATE_CELL_ROW_MIN):
        return None
    return parse_date(cell)


DATE_CELL_ROW_MIN = 3  # cells of a row whose date written with 年 is its stamp


def names_a_speech(line: str) -> bool:
    """A line that titles a speech ('在某某大会上的讲话', '董事长致辞'): a date set after it on its line is the
    speech's own (TRAILING_SPACED_DATE), never a stamp closing a row of fields."""
    shadow = simplified(line)
    return bool(EVENT.search(shadow) or vocabulary().speech_title_end.search(shadow))


def is_cms_stamp(text: str) -> bool:
    """A date a CMS printed, told by how it stands and never by the form of its digits (a site may print a speech's
    date 2018-09-03 and its own stamp 2018年9月3日; scripts/measure/variants.py's date variants check this): a date
    with its time of day ('2026年02月10日 07时41分', '2013-11-29 10:21'; a speech is dated by its day, never by the
    minute), or a template's date that drops the 日 ('2020年09月09', TEMPLATE_DATE in dates.py). A bare date line
    is read by where it stands: under a speech's title it dates the speech, under a report's headline it is the
    day the page was posted (report_under_a_dated_headline)."""
    return bool(TIMED_DATE.search(text) or TEMPLATE_DATE_RE.search(text) or CMS_BRACKET.match(text))


CMS_BRACKET = re.compile(r"\s*\[")  # '[2021-10-12]': a CMS list's square bracket (a text dates itself in （）)
DATE_IN_BRACKETS = re.compile(r"\s*[（(].*[）)]\s*")  # '（一九四九年八月十四日）': how a text dates itself


def title_like(line: str, confirmed: bool = False) -> bool:
    """Could be a title: enough Chinese, no markup, no column name, no date or field line. A `confirmed` title
    (the page's <title> and a line it shows both give it: confirmed_short_title) may be as short as a poem's
    ('夜雨'), hold a foreign word ('为什么 ChatGPT 不火了？') and set its phrases apart with spaces as a menu row
    does ('共迎时代挑战 共建美好未来 G20 2022': a site's <title> never holds its menu)."""
    vocab = vocabulary()
    undated = MONTH_OF_YEAR_RE.sub("", DATE_RE.sub("", line))  # '（2010年10月1日，上海）', '（一九三七年七月）'
    # are a date (and a place), not a title
    letters = re.sub(r"[\W_]", "", undated)
    chinese = len(CJK_CHAR.findall(undated))
    speech_title = vocab.speech_title_end.search(simplified(line))
    least = vocab.title_min_chinese_speech if speech_title else vocab.title_min_chinese
    if confirmed:
        least, letters = CONFIRMED_TITLE_MIN, ""
    if chinese < least or chinese < vocab.title_min_share * len(letters) or vocab.title_open_end.search(line):
        return False
    shadow = simplified(line)  # the vocabularies are written in simplified characters ('返回首頁', '頁面' too)
    if vocab.markup.search(line) or vocab.furniture.search(shadow) or vocab.column.fullmatch(shadow) \
            or vocab.institutional_byline.match(shadow.strip()) \
            or DATE_STAMP.match(line) or vocab.dateline.match(shadow) \
            or (MENU_ROW.fullmatch(line) and not confirmed) or CODE_COMMENT_LINE.match(line):
        return False
    return not field_line().match(shadow) and not is_salutation(line) and not is_credit_line(line) \
        and not is_field_row(line) and not BRACKETED_NOTE.fullmatch(line.strip())


# A line wholly in one pair of brackets: a note under a title (where or when it was said: '（在多伦多大学）'), never
# the title itself.
BRACKETED_NOTE = re.compile(r"[（(][^（）()]*[）)]")


# A headline opening with the day it names ('2026-03-25 某某主题演讲', '2024年3月5日：某某座谈会'): an archive's way of
# heading a talk or a meeting by its date. A day written with 日 may run straight into the words, as a ministry
# titles its spokesperson's briefings ('2004年7月13日外交部发言人某某在例行记者会上答记者问').
DATED_HEADLINE = re.compile(rf"\s*(?P<date>{DATE})(?:\s+|\s*[：:｜|]\s*|(?<=[日号])(?=[{CJK_RANGE}]))(?P<title>\S.*)")


def dated_headline(line: str) -> tuple[dt.date, str] | None:
    """(day, words) of a headline that opens with its day and goes on as a title; None for any other line (a stamp
    row: '2019-03-06 某某新闻网' is title-like too, so only a page's headline element is read this way)."""
    found = DATED_HEADLINE.fullmatch(line)
    day = parse_date(found.group("date")) if found else None
    glued = found is not None and found.end("date") == found.start("title")  # '…13日外交部发言人…'
    if not found or not day or (glued and len(found.group("title")) < GLUED_TITLE_MIN):
        return None  # a dateline's source run into its day ('…日新华社北京电') is no headline
    return (day, found.group("title")) if title_like(found.group("title")) else None


GLUED_TITLE_MIN = 10  # characters of the words a headline's day runs straight into


LABELLED_VALUE = re.compile(r"(?P<label>[^\s：:]{1,6})\s*[：:]\s*(?P<value>\S.*)")


def is_field_row(line: str) -> bool:
    """'学校： 某某外国语实验小学', '主持人：张三': a short label, a colon and only the name of a body or a person — a
    page's field, whatever its label (field_line knows the common ones). A title names its speaker before the
    colon ('张三：坚定信心…'), never a name alone after it."""
    found = LABELLED_VALUE.fullmatch(line.strip())
    value = found.group("value").strip() if found else ""
    if found and reads_as_a_name(found.group("label")):  # '张三：服务发展大局': a headline, whatever its words end with
        return False
    return bool(value) and (names_an_institution(value) or is_bare_name(value))


def reads_as_a_name(text: str) -> bool:
    """A person's name (is_bare_name) that jieba's tagger also reads as one name ('张某明', not '来源于')."""
    words = tagged_words(simplified(text))
    return is_bare_name(text) and len(words) == 1 and words[0][1].startswith("nr")


def is_credit_line(line: str) -> bool:
    """'摄影 张三', '文/李四', '朱某峻　摄' (credit_line in metadata.yml): a role and a person's name (on the simplified
    shadow)."""
    found = vocabulary().credit_line.match(simplified(line.strip()))
    return found is not None and is_bare_name(found.group("name") or found.group("spaced") or found.group("before"))


def is_salutation(line: str) -> bool:
    """'各位代表：', '同志们！', '女士们、先生们', '尊敬的各位来宾' (structure.yml's salutations, read as a whole
    line): the speaker addressing the audience, never a title. Without a closing mark the line must address a
    group (们, 各位), so that a title opening with 亲爱的 or 尊敬的 stays one."""
    bare = line.strip().rstrip("：:！!，,")
    found = load_shapes().salutation.match(bare + "：")
    if not found or found.end() != len(bare) + 1:
        return False
    return bare != line.strip() or bool(re.search(r"[们們]|各位", bare))


@cache
def glued_fields() -> re.Pattern:
    """A source/date row a page set on the title's line ('…座谈会 来源：新华社 作者： 2023-12-01 14:43'): a field
    label of cruft.yml's `fields` rules, a date stamp with its time, or a numeric date closing the line ('…召开
    2023-08-19': a CMS's stamp; a title's own date is written with 年), after a space."""
    labels = {label for rule in load_rules() if rule.kind == "fields" for label in rule.labels}
    return re.compile(rf"\s+(?:[【\[（(]?\s*{literal_alternation(labels)}\s*[：:]|(?:{DATE}){TIME}"
                      rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\s*$)")


# A WeChat article copied as text prints its headline, then the day and the account's name on the same line
# ('…定档1月9日上线2016-12-28 微信公开课'): the post's stamp, not part of the title.
ACCOUNT_STAMP = re.compile(r"(?<=\S)\s*(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s*[^\s，。！？：:、,.!?\d]{0,15}$")


def without_glued_fields(line: str) -> str:
    """The title without the source/date row glued after it, when what stays still reads as a title (the labels
    are read on the simplified shadow: '來源：' too); the row may open with its date ('…召开 2023-08-19 来源：某某
    日报'), which goes once the labels have gone."""
    match = glued_fields().search(simplified(line))
    if not match or not title_like(line[:match.start()]):
        return line
    return without_glued_fields(line[:match.start()])


@cache
def field_line() -> re.Pattern:
    """A line opening with one of the field labels of cruft.yml's `fields` rules (来源：, 发布时间：…)."""
    labels = {label for rule in load_rules() if rule.kind == "fields" for label in rule.labels}
    return re.compile(rf"[【\[（(]?\s*{literal_alternation(labels)}\s*[：:]")


def byline(line: str) -> tuple[str, str] | None:
    """'市长 张志强' / '市委书记王建国' -> (office, name); None for anything else.

    Chinese names have 2-4 characters; the split is where the text before the name ends with an office.
    Read on the simplified shadow ('縣長 李某明' is a byline as '县长 李某明' is); the parts keep the page's
    characters.
    """
    line = re.sub(r"\s+", "", line).replace("同志", "")
    shadow = simplified(line)
    for length in (2, 3, 4):
        office, name = shadow[:-length], shadow[-length:]
        if len(office) >= 2 and office.endswith(vocabulary().office_endings) and placed_name(name) \
                and not re.search(SPEECH_WORDS, name) and office_chain(office):
            return line[:-length], line[-length:]
    at = dotted_name_after(shadow, vocabulary().office_endings)  # '某某主席阿某·某某'
    return (line[:at], line[at:]) if at >= 2 else None


# Prepositions that never open an office (和, 向, 从, 让 open place names: 和平区, 向阳区, 从江县, 让胡路区).
PREPOSITIONS = ("为", "给", "对", "跟", "请", "被", "把", "在")


def office_chain(office: str) -> bool:
    """The offices before a byline's name: no sentence ('。：；'), no preposition opening them ('为百岁教授祝寿' is a
    headline, not the 教授 祝寿), no verb of meeting someone (meeting_verbs in metadata.yml), and a comma only
    between offices that each end with an office word ('市委常委、组织部部长，市委党校校长'; not '会议由县长主持，
    县委书记')."""
    if re.search(r"[。：；]", office) or office.startswith(PREPOSITIONS) \
            or any(verb in office for verb in vocabulary().meeting_verbs):  # '某某会见某国主席': a headline
        return False
    return all(part.endswith(vocabulary().office_endings) for part in re.split(r"[，,]", office))


def offices_of(note: str) -> str:
    """The offices opening an author's note, up to the first clause that is none ('某某县委书记，本文系作者在…上的
    讲话，有删节' -> '某某县委书记'; '市委常委、组织部部长，市委党校校长' stays whole)."""
    parts = re.split(r"([，,；;。])", note)
    kept = parts[0]
    for mark, part in zip(parts[1::2], parts[2::2], strict=False):
        if mark not in "，," or not simplified(part).endswith(vocabulary().office_endings):
            break
        kept += mark + part
    return kept.strip()


def dotted_name_after(shadow: str, endings: tuple[str, ...]) -> int:
    """Where a transliterated name closing `shadow` ('…主席阿某·某某', '某某部阿某·某某') starts: right after the
    longest run before it that ends with one of `endings` (an office, a body) and is not itself cut out of an office
    ('某某部长阿某·某某': the name does not open with 长), the name's first part keeping two characters or more
    ('国务委员兼外交部长阿某·某某' -> 阿某·某某); 0 when there is none."""
    dot = re.search(f"[{MIDDLE_DOTS}]", shadow)
    for at in range((dot.start() - 2) if dot else 0, 1, -1):
        if shadow[:at].endswith(endings) and not shadow[:at + 1].endswith(vocabulary().office_endings) \
                and dotted(shadow[at:]):
            return at
    return 0


def described_name(line: str) -> tuple[str, str] | None:
    """'张三（某某县委书记）' under a title -> (office, name): a name with its office in brackets, or both in brackets
    ('（张三，某某大学副校长）'), or a name with the body it works for in brackets ('张三（法学院）')."""
    described = NAME_WITH_OFFICE.fullmatch(line.strip()) or BRACKETED_NAME_OFFICE.fullmatch(line.strip())
    office = simplified(described.group("office")) if described else ""
    if described and placed_name(described.group("name")) and (is_office(office) or names_a_body(office)):
        return described.group("office"), described.group("name")
    return None


def names_a_body(text: str) -> bool:
    """'法学院', '某某市财政局', '某某有限公司': a run of Chinese characters ending as a body's name does."""
    vocab = vocabulary()
    return bool(re.fullmatch(rf"[{CJK_RANGE}]{{2,20}}", text)) \
        and text.endswith(vocab.body_endings + vocab.organisation_suffixes + vocab.institution_suffixes)


def delivery_note(line: str) -> tuple[str, str, dt.date | None] | None:
    """'弘一法师癸酉正月在厦门妙释寺讲', '张某明教授2019年5月6日在某某大学讲演' under a title -> (office, name, the day
    if it is whole): who gave the talk, when and where (delivery_note in metadata.yml)."""
    found = vocabulary().delivery_note.fullmatch(simplified(line.strip()))
    who = line.strip()[found.start("who"):found.end("who")] if found else ""
    office_name = (name_then_office(who) or (("", who) if placed_name(who) else None) or byline(who)) if who else None
    return (*office_name, parse_date(found.group("when"))) if found and office_name else None


def dash_credit(line: str) -> tuple[str, dt.date] | None:
    """'以学术为志业——Max Weber   1917.11.7': the title printed again with its author and day after a dash, as a
    translation credits a foreign speaker -> (name, date). The name is Latin (LATIN_NAME) or a person's name."""
    found = DASH_CREDIT.fullmatch(line.strip())
    date = date_line(found.group("date")) if found else None
    who = found.group("who") if found else ""
    return (who, date) if date and (LATIN_NAME.fullmatch(who) or placed_name(who)) else None


# A name in Latin letters: two to four capitalised words ('Max Weber', 'Theresa May', 'Martin Luther King').
LATIN_NAME_PATTERN = r"[A-Z][a-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){1,3}"
LATIN_NAME = re.compile(LATIN_NAME_PATTERN)
DASH_CREDIT = re.compile(rf"(?P<title>[^—]{{2,60}}?)\s*(?:——|—)\s*"
                         rf"(?P<who>{LATIN_NAME_PATTERN}|[\u4e00-\u9fff·]{{2,10}})\s+(?P<date>\S.{{4,30}})")


def dated_byline(line: str) -> tuple[str, dt.date] | None:
    """'张三（2023年5月6日）' / '市委书记 张三 2023年5月6日' -> (who, date)."""
    match = DATE_LINE_RE.search(line)
    if not match or match.start() == 0 or match.end() != len(line):
        return None
    who = line[:match.start()].strip()
    if line.startswith(("（", "(")) and match.group(0).rstrip().endswith(("）", ")")):
        who = who[1:].strip()  # '（某某县委书记 张三 2023年5月6日）': the brackets hold the whole byline
    if is_bare_name(who) or byline(who):
        date = parse_date(match.group(0))
        return (who, date) if date else None
    return None


def office_before(name: str, texts: list[str]) -> str:
    """The office written right before a known name ('…召开。市委书记王建国出席…' -> 市委书记)."""
    for text in texts:
        for match in re.finditer(rf"([{CJK_RANGE}、]{{2,30}}?)(?:同志)?{re.escape(name)}", text):
            run = re.split(rf"[^{CJK_RANGE}、]", text[:match.end(1)])[-1]
            office = longest_office_suffix(run)
            if office:
                return office
    return ""


def longest_office_suffix(run: str) -> str:
    """The longest tail of `run` that reads as an office: '会议召开市委书记' -> '市委书记'. It ends with an office
    ending, of two characters or more ('书记', '董事长', '首席执行官')."""
    ending = max((word for word in vocabulary().office_endings if run.endswith(word)), key=len, default="")
    for start in range(len(run) - len(ending), -1, -1) if ending else ():
        tail = run[start:]
        if start == 0 or not is_office(run[start - 1:]) or run[start - 1] in "。，":
            return tail if is_office(tail) else ""
    return ""


def dotted(line: str) -> bool:
    """A transliterated name whose parts a middle dot joins (阿不都·热合曼): never a run that holds two common words
    ('…馆向保罗·高更中学捐赠图书' is a headline round a name, not a name), nor one whose part is a person's name and a
    noun after it (a citation's '某某文集・杂文集・某某集': a collection of someone's works)."""
    return re.fullmatch(DOTTED_NAME, line) is not None and len(common_words_in(line)) < 2 \
        and not any(map(names_a_work, re.split(f"[{MIDDLE_DOTS}]", line)))


def names_a_work(part: str) -> bool:
    """'某某文集': a name jieba tags a person's, then a noun of two characters or more (read on the simplified
    shadow: jieba knows '魯迅' as 鲁迅)."""
    words = tagged_words(simplified(part))
    return any(tag.startswith("nr") and following == "n" and len(noun) >= 2
               for (_, tag), (noun, following) in pairwise(words))


def is_bare_name(line: str, placed: bool = False) -> bool:
    """A person's name: 2-5 characters opening with a family name (or a transliterated name with middle dots, which
    opens with none), not an office, not a CMS default or a forum's '楼主', not a province's name, not a run of
    common words that opens with a family name's character ('全文下载', '武汉动态', '信箱': words.reads_as_common_words)
    (read on the simplified shadow, so that 陳嘉文 is a name as 陈嘉文 is). A middle dot joins the parts of a
    transliterated name and never opens or closes one ('阿不都·' is a name cut short).

    `placed`: the page sets the run where only a person's name stands (after a 作者 label or an office, before an
    office, opening a speech's headline, signing the text): a family name missing from the list is then accepted
    when the run has a name's shape (unlisted_surname_name in metadata.yml)."""
    vocab = vocabulary()
    if not re.fullmatch(NAME, line) or (re.search(f"[{MIDDLE_DOTS}]", line) and not dotted(line)):
        return False
    line = simplified(line)
    if placed and has_a_japanese_names_shape(line):
        return not is_office(line) and line not in vocab.cms_defaults
    if len(line) == LONGEST_NAME and not line.startswith(vocab.compound_surnames) and not dotted(line):
        return False  # a given name of four characters after a one-character family name: a phrase ('信息学竞赛')
    if len(line) == LONGEST_NAME - 1 and not line.startswith(vocab.compound_surnames) \
            and opens_with_a_common_word(line):
        return False  # '成功|励志', a column's name: a given name of three after a one-character family name is rare
    return not is_office(line) and line not in vocab.cms_defaults and line not in province_short_names() \
        and not line.endswith(vocab.body_endings + vocab.honorific_endings) \
        and not line.endswith("同志") and not SPEECH_WORD.search(line) \
        and (line[0] in vocab.surnames or line.startswith(vocab.compound_surnames) or dotted(line)
             or (placed and has_a_names_shape(line))) \
        and not reads_as_common_words(line)


def placed_name(line: str) -> bool:
    """is_bare_name for a run the page sets where only a person's name stands (see is_bare_name's `placed`)."""
    return is_bare_name(line, placed=True)


def has_a_names_shape(shadow: str) -> bool:
    """A run whose family name is not listed that still reads as a name (unlisted_surname_name in metadata.yml): a
    name's length, a first character jieba's tagger reads alone as a name's or a rare character, and no word the
    dictionary knows as anything but a name ('专栏', '要闻', '五年'), nor a column's name."""
    vocab = vocabulary()
    if len(shadow) not in vocab.unlisted_name_lengths or not re.fullmatch(rf"[{CJK_RANGE}]+", shadow):
        return False
    initial = tagged_words(shadow[0])
    if not initial or initial[0][1] not in vocab.unlisted_name_initials:
        return False
    whole = tagged_words(shadow)
    known = dictionary().get(shadow, 0) > 0
    return not (known and not (len(whole) == 1 and whole[0][1].startswith("nr") and not is_word(shadow))) \
        and not vocab.column.fullmatch(shadow)


def has_a_japanese_names_shape(shadow: str) -> bool:
    """'村上春树', '稻盛和夫': a Japanese family name (japanese_surnames in metadata.yml) and a given name of one to
    three characters that the dictionary does not know as a word ('上野公园' is a park). The dictionary's own
    reading of the whole run is not asked: jieba files some such names as nouns."""
    family = next((name for name in vocabulary().japanese_surnames if shadow.startswith(name)), "")
    given = shadow[len(family):]
    return bool(family) and 1 <= len(given) <= 3 and bool(re.fullmatch(rf"[{CJK_RANGE}]+", given)) \
        and not is_word(given)


def names_a_person(line: str) -> bool:
    """A line that is a person's name, perhaps with 同志 after it ('李某明同志' under a title); not a photo's credit
    ('朱某峻　摄', whose 摄 a four-character name could end with)."""
    return is_bare_name(line.removesuffix("同志")) and not is_credit_line(line)


def read_subtitle_speaker(head: Head) -> None:
    """A subtitle naming the speaker ('——李某明在全县大会上的讲话', '——县长李某明同志在…上的讲话') gives the speaker
    and office the head has not found yet."""
    named = Head()
    read_title_line(head.subtitle, named)
    if named.speaker and not head.speaker:
        head.speaker, head.speaker_title = named.speaker, head.speaker_title or named.speaker_title


def name_then_office(who: str) -> tuple[str, str] | None:
    """'马卫光书记' / '陈国阳局长' / '阿不都·热合曼总理' -> (office, name): a name followed by an office word (read on
    the simplified shadow: '馬衛光書記' too; the parts keep the page's characters)."""
    vocab = vocabulary()
    who = re.sub(r"\s+", "", who).replace("同志", "")
    shadow = simplified(who)
    dotted = [length for length in range(3, len(shadow)) if re.fullmatch(DOTTED_NAME, shadow[:length])]
    for length in (2, 3, 4, *dotted):  # a transliterated name with its dot: '阿不都·热合曼总理'
        name, office = shadow[:length], shadow[length:]
        plain_office = DEPUTY_OPENING.sub("", office)  # '王某霞副总经理'
        if plain_office and (plain_office in vocab.office_endings or plain_office in vocab.office_words) \
                and (placed_name(name) or dharma_name(name, office)):
            return who[length:], who[:length]
    return None


# A deputy's office is its office with 副 before it (副总经理, 常务副市长), and a professor's may carry an honour or a
# chair (名誉教授, 客座教授, 讲席教授): the word is the office's, not the name's ('上野千某子名誉教授').
DEPUTY = r"(?:(?:常务|执行)?副|名誉|荣誉|客座|特聘|讲席|终身|资深)"
DEPUTY_OPENING = re.compile(f"^{DEPUTY}")
DEPUTY_CLOSING = re.compile(f"{DEPUTY}$")


def dharma_name(name: str, title: str) -> bool:
    """'弘一' before 法师: a monk's two-character Dharma name before his title (dharma_titles in metadata.yml), no
    common word ('星云' is a nebula)."""
    return simplified(title) in vocabulary().dharma_titles and len(name) == 2 \
        and re.fullmatch(rf"[{CJK_RANGE}]+", name) is not None and not is_word(simplified(name))


def name_office_closing(who: str) -> tuple[str, str] | None:
    """'国家某某委投资司韩某峰处长' -> ('处长', '韩某峰'): an organisation, then a name and its office (a three-
    character name is tried first, as most are)."""
    who = re.sub(r"\s+", "", who).replace("同志", "")
    shadow = simplified(who)
    vocab = vocabulary()
    office = next((end for end in sorted(vocab.office_endings, key=len, reverse=True)
                   if shadow.endswith(end)), "")
    if office and (deputy := DEPUTY_CLOSING.search(shadow[:-len(office)])):  # '…王某霞副总经理'
        office = deputy.group(0) + office
    # a Japanese name may run to five characters ('…大学上野千某子教授'): tried last, as is_bare_name reads its shape
    splits = [(len(who) - len(office) - length, len(who) - len(office)) for length in (3, 2, 4, 5)]
    splits = [(start, end) for start, end in splits if office and start >= 0]
    named = [(start, end) for start, end in splits if is_bare_name(who[start:end])]

    def bounded(start: int) -> bool:  # the name starts where the body's name ends ('…公司张某总经理')
        return start == 0 or shadow[:start].endswith(vocab.body_endings + vocab.organisation_suffixes
                                                     + vocab.institution_suffixes)
    # Between the body and the office only a name stands, so its family name need not be a listed one ('…司禤某强处长');
    # a name opening with a compound family name is whole ('…司司马某如处长', not '马某如').
    placed = [(start, end) for start, end in splits if bounded(start) and placed_name(who[start:end])]
    compound = [(start, end) for start, end in splits if end - start >= 3
                and shadow[start:end].startswith(vocab.compound_surnames) and placed_name(who[start:end])]
    bounded_compound = [split for split in compound if split in placed]
    # unbounded ('…年会欧阳某远总经理'), a compound family name still opens the name, unless a body's name ends
    # right before a shorter one ('…投资司马某处长': 司 closes the department's name)
    start, end = (bounded_compound or [split for split in named if bounded(split[0])] or compound or placed or named
                  or [(0, 0)])[0]
    return (who[end:], who[start:end]) if end else None


def colon_speaker(title: str) -> tuple[str, str] | None:
    """'张三：坚定信心 奋力开创新局面' / '市长张三：…' -> (office, name): the speaker named before a colon."""
    match = COLON_NAMED.match(title)
    who = match.group("who").removesuffix("同志") if match else ""
    if within_body := body_then_name(who):  # '商务部高某明' is no five-character name opening with 商
        return within_body
    if placed_name(who):
        return "", who
    return (byline(who) or name_then_office(who)) if who else None


def colon_titles_a_speech(e: Evidence) -> bool:
    """'某某：就任某某大学校长的演说': after the colon the headline names the speech itself (speech_title_end), or
    only a work's title in 书名号 ('某某：《语言的剥夺》'), on a page that does not read as news: the text is that
    speech, however it opens (an old address speaks to its listeners as 诸君 inside its sentences, with no
    salutation)."""
    title = e.title_head.title
    found = COLON_NAMED.match(title)
    after = simplified(title[found.end():]) if found else ""
    return bool(found and (vocabulary().speech_title_end.search(after) or QUOTED_WORK.fullmatch(after))) \
        and not reads_as_news(e)


# After a name and a colon, the title of a work in 书名号 and nothing more but a short repost mark ('某某：《语言的
# 剥夺》', '…》RT'): the page is that work of that person, as a repost titles a lecture or an essay.
QUOTED_WORK = re.compile(r"\s*《[^《》]{2,40}》\s*(?:[A-Za-z]{1,3}|[（(\[【]?转载?[）)\]】]?)?\s*")


COLON_NAMED = re.compile(r"(?P<who>[^：:，。\s]{2,20})\s*[：:]")  # the words a headline sets before its colon


def body_then_name(who: str) -> tuple[str, str] | None:
    """'某某部张某明' (a headline's '某某部张某明：…') -> ('', '张某明'): a body's name (body_endings,
    organisation_suffixes, institution_suffixes in metadata.yml) and a person's name right after it, as a news
    headline names a ministry's spokesperson or a bureau's head before the words it quotes. The body is no office,
    so none is given. A three-character name is tried first, as most are."""
    vocab = vocabulary()
    endings = vocab.body_endings + vocab.organisation_suffixes + vocab.institution_suffixes
    shadow = simplified(who)
    for length in (3, 2, 4):
        body, name = shadow[:-length], who[-length:]
        if len(body) >= 2 and body.endswith(endings) and not body.endswith(vocab.not_bodies) and placed_name(name):
            return "", name
    at = dotted_name_after(shadow, endings)  # '某某部阿某·某某'
    return ("", who[at:]) if at else None


def speech_named_by(title: str) -> tuple[str, str] | None:
    """A title naming its speaker before the speech word ('某某委投资司韩某峰处长的讲话', '校长王某某致辞'), perhaps
    after the occasion and a space ('2019年某某大学入学典礼 王某某教授演讲全文')."""
    match = NAMED_SPEECH.fullmatch(title) or NAMED_SPEECH.fullmatch(re.split(r"\s+", title.strip())[-1])
    return name_office_closing(match.group("who")) if match else None


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


# The number a collection or a corpus gives each of its texts before the title ('17. 习近平主席在…上的致辞'): figures
# and a full stop or an enumeration comma, then the title's first Chinese character or its opening bracket.
LIST_INDEX = re.compile(rf"^\s*\d{{1,3}}\s*[.．、]\s*(?=[{CJK_RANGE}《“「])")


def read_title_line(line: str, head: Head) -> None:
    """'武文罡同志在…座谈会上的讲话' -> speaker and title; '市委常委、…副市长在…' -> office and title. Read on the
    simplified shadow ('張某某書記在…上的講話', '縣長某某在…上發表講話'); what is kept is cut from the page's line."""
    shadow = simplified(line)
    if shadow == line:
        read_simplified_title_line(line, head)
        return
    found = Head()
    read_simplified_title_line(shadow, found)
    head.date = head.date or found.date
    head.title = in_original(found.title, shadow, line)
    head.speaker = head.speaker or in_original(found.speaker, shadow, line)
    head.speaker_title = head.speaker_title or in_original(found.speaker_title, shadow, line)
    if found.reported_speaker:
        office, name = found.reported_speaker
        head.reported_speaker = (in_original(office, shadow, line), in_original(name, shadow, line))


# A collected work's title closing on its author and the month it was written ('工作方法六十条（草案）某某明
# （一九五八年一月）'): the name is set apart from the title by a space or a closing mark.
SIGNED_MONTH_AT_END = re.compile(rf"(?<=[\s）)》”])(?P<who>[{CJK_RANGE}·]{{2,5}})"
                                 rf"\s*[（(]\s*{MONTH_OF_YEAR_RE.pattern}\s*[）)]$")


def signed_and_dated_in_the_title(line: str) -> tuple[str, str] | None:
    """The title and its author's name when a title line closes on the name and a year and month in brackets, the
    way collected works head a text; the month is too vague for a date, and neither is part of the title."""
    found = SIGNED_MONTH_AT_END.search(line)
    title = line[:found.start()].strip() if found else ""
    return (title, found.group("who")) if found and is_bare_name(found.group("who"), placed=True) \
        and title_like(title) else None


def in_original(part: str, shadow: str, line: str) -> str:
    """The page's own characters for a piece of a line's simplified shadow (same length, same positions)."""
    at = shadow.find(part) if part else -1
    return line[at:at + len(part)] if at >= 0 else part


def read_simplified_title_line(line: str, head: Head) -> None:
    line = LIST_INDEX.sub("", line)  # '55.习近平在…上的祝酒辞': a collection's number, no part of the title
    date_in_title = TRAILING_DATE_RE.search(line) or TRAILING_SPACED_DATE.search(line)
    if date_in_title:
        head.date = head.date or parse_date(date_in_title.group(0))
        line = line[:date_in_title.start()].strip()
    if not date_in_title and (signed := signed_and_dated_in_the_title(line)):
        line, head.speaker = signed[0], head.speaker or signed[1]
    if (opening := LEADING_DATE.match(line)) and EVENT.match(line[opening.end():]):
        head.date = head.date or parse_date(opening.group(0))  # '（2024年3月5日）在…上的讲话': the day, then the title
        line = line[opening.end():].strip()
    match = SPEAKER_TITLE_LINE.fullmatch(line)
    if match and vocabulary().speech_studied.search(match.group("title")):  # '学习…在…上的讲话精神': no speech's title
        head.title = line
        return
    who = match.group("who").strip().rstrip("《“\"「 ") if match else ""
    if dated := NAME_THEN_DATE.fullmatch(who):  # '张某同志2019年5月6日在…上的讲话': the day it was given
        head.date = head.date or parse_date(dated.group("date"))
        who = dated.group("who") if head.date else who
    if match and REPORTS_ON_A_SPEECH.search(who):  # '央广《某某节目》报道某某在…上重要讲话引起反响': the medium's
        head.title = line                        # report on the speech, no speaker's title
        return
    if match and NEWS_HEADLINE.search(match.group("title")):  # '县长张三在大会上发表讲话': a report's headline
        head.title = line
        head.reported_speaker = ("", who) if placed_name(who) else name_then_office(who) or byline(who)
        return
    if match and placed_name(who) and not re.search(r"\d|[省市县区]$", who):
        head.speaker = head.speaker or who
        head.title = own_title(line, match)
        return
    if match and (found := name_then_office(who) or name_office_closing(who)):  # '张某某书记在…': the name stays
        office, name = found
        head.speaker, head.speaker_title = head.speaker or name, head.speaker_title or office
        head.title = line
        return
    if match and (found := byline(who)):
        office, name = found
        head.speaker, head.speaker_title = head.speaker or name, head.speaker_title or office
        head.title = own_title(line, match)
        return
    if match and is_office(who):
        head.speaker_title = head.speaker_title or who.rstrip("、，")
    head.title = line


def own_title(line: str, match: re.Match) -> str:
    """A byline set apart on the title line ('张三同志在…上的讲话', '市长张三：在…') is cut off; a headline that
    names its speaker ('市长张三在…上的讲话') is the title as the page shows it."""
    between = line[match.end("who"):match.start("title")]
    return match.group("title") if re.search(r"\s|[：:]|同志", between) else line


def is_office(text: str) -> bool:
    vocab = vocabulary()
    return any(word in text for word in vocab.office_words) or any(word in text for word in vocab.office_endings)


# ---------------------------------------------------------------------------------------- assembling
@dataclass
class Evidence:
    """Everything the cascade steps may read about one page."""

    structure: Structure
    captures: Captures  # what the cleaning rules took from the lines they removed
    facts: PageFacts  # what the HTML page states (<title>, breadcrumb, meta tags …)
    fields: dict[str, str]  # a scraped container's own fields (a front matter's title:, date: …)
    head: Head
    after_article: list[str] = field(default_factory=list)  # the page's lines after the text's element
    title_head: Head = field(default_factory=Head)  # the winning title, read for its speaker and date
    published: dt.date | None = None  # once the published cascade has run: dates a year-less delivery date
    cleaned_off: list[Removal] = field(default_factory=list)  # the lines the cleaning rules removed, in order
    echoed_author: str = ""  # the name under the title printed again over the text (echo_over_its_author)

    def field(self, key: str) -> str:
        """The container's own value for `key` (title, published, author, source_url, record_name: what the
        container readers found under the names of containers.yml's `fields`)."""
        return str(self.fields.get(key) or "").strip()

    def meta(self, key: str) -> str:
        """The first meta tag stating `key` (see meta_keys in metadata.yml)."""
        return next((self.facts.meta[k] for k in vocabulary().meta_keys.get(key, ()) if self.facts.meta.get(k)), "")

    def crumbs(self) -> list[str]:
        """Breadcrumb trails: the text's own trail lines (cleaning captured them), then the page's."""
        return self.captures.crumbs + self.facts.crumbs


Step = tuple[str, Callable[[Evidence], Any]]


def cascade(steps: list[Step], evidence: Evidence, accept: Callable[[Any], bool]) -> tuple[Any, str]:
    """The first step whose value passes `accept`, and that step's name; (None, '') when none does."""
    for name, step in steps:
        value = step(evidence)
        if value not in (None, "", []) and accept(value):
            return value, name
    return None, ""


def matching_title(candidates: list[str], title_part: str) -> str:
    """The first candidate that is the title part of the page's <title> ('speech title_column_site'), or
    most of it (a <title> may be cut short, a headline may add a word)."""
    return next((candidate for candidate in candidates if same_headline(candidate, title_part)), "")


def headline_opening_page_title(e: Evidence) -> str:
    """An <h1> that is a whole part of the <title>, however many separators it holds itself ('某某学院张某校长 |
    2015级新生开学典礼上的讲话' before '| 某某博客', or after a site's and a column's names): the page prints its
    headline so, and the <title> adds the site's name around it. Split at every separator, the <title> would part
    the headline too."""
    title = e.facts.title.strip()
    for heading in (heading.strip() for heading in e.facts.headings):
        at = title.find(heading)
        if len(comparable(heading)) < HEADLINE_IN_TITLE_MIN or at < 0 or len(heading) == len(title):
            continue
        opens = at == 0 or any(found.end() == at for separator in SITE_SEPARATORS
                               for found in separator.finditer(title, 0, at))
        closes = at + len(heading) == len(title) or any(separator.match(title, at + len(heading))
                                                        for separator in SITE_SEPARATORS)
        if opens and closes:
            return heading
    return ""


HEADLINE_IN_TITLE_MIN = 5  # characters: a shorter <h1> (a site's name, '首页') opens many a <title> by chance


def same_headline(line: str, title_part: str) -> bool:
    """`line` is `title_part`, or most of it, or it with a few words more (five characters at least), or it with
    a word changed (reworded)."""
    part, head = comparable(line), comparable(title_part)
    return len(part) >= 5 and ((part in head and 2 * len(part) >= len(head))
                               or (head in part and 2 * len(head) >= len(part)) or reworded(part, head))


REWORDED_SHARE = 0.9  # of the longer headline's characters standing in the other, in order
REWORDED_MIN_CHARS = 10  # a short headline with a word changed is another headline


def reworded(first: str, second: str) -> bool:
    """Two long headlines that differ by a word or two ('部长亲自答疑解惑：…' in the <title>, '部长答疑解惑：…' on
    the page): REWORDED_SHARE of the longer one's characters stand in the other in the same order."""
    longer = max(len(first), len(second))
    if min(len(first), len(second)) < REWORDED_MIN_CHARS or longer - min(len(first), len(second)) > \
            (1 - REWORDED_SHARE) * longer:
        return False
    return said_in_order(first, second) >= REWORDED_SHARE * longer


def page_title_parts(e: Evidence) -> list[str]:
    """The parts of the page's <title>, the page's title first and the site's name last (title_parts); a <title>
    whose last part is the headline the page shows (a head line, an <h1>, a title element, the text's first
    block) and whose first is not names its site (and column) first, whatever the site's name looks like. A
    <title> the page shows whole as a headline is one part: its dash sets the headline's subtitle off, no site
    (and so is all of it before the site's name the page declares, when the page shows that as its headline);
    so are its last parts, when the page shows them whole after a site's name and column before them. A <title>
    closing with the site's name the page declares, a separator inside it, is that name and the rest before it."""
    parts = title_parts(e.facts.title)
    if (declared := parts_beside_site_name(e.facts.title, e.meta("site"))) != parts:
        return declared  # the site's declared name, whole, closes the <title>: no order to guess
    shown = [*e.structure.head, *e.facts.headings, *e.facts.title_elements, *(b.text for b in e.structure.blocks[:2])]
    if len(parts) >= 2 and any(comparable(line) == comparable(e.facts.title) for line in shown):
        return [e.facts.title.strip()]  # the page shows the whole <title> as its headline ('主题——在…上的发言')
    rest = title_before_site_name(e.facts.title, e.meta("site"))
    if rest and any(comparable(line) == comparable(rest) for line in shown):
        return [rest, e.meta("site").strip()]  # ... or all before the declared site name ('标题 - 副题 - 某某社区')
    if len(parts) >= 2 and (headline := shown_title_end(e.facts.title, shown)):
        return headline  # ... or its end whole, after the site's name and column ('某某中学_栏目_主题-张某校长')
    if len(parts) >= 2 and any(shows_title_part(line, parts[-1]) for line in shown) \
            and not any(same_headline(line, parts[0]) or comparable(line) == comparable(parts[0]) for line in shown) \
            and not any(comparable(crumb) == comparable(parts[0]) for crumb in crumb_leaves(e.crumbs())):
        return parts[::-1]  # (a short headline shown as it is, '校长致辞', is shown too: same_headline wants five)
    return parts


def crumb_leaves(trails: list[str]) -> list[str]:
    """Each breadcrumb trail's last element: the page's own column or title ('主页 > 关于我们 > 领导致辞 >'), which a
    <title> opening with it names first, even when the page's logo in an <h1> shows the site's name after it."""
    return [crumbs[-1] for trail in trails if (crumbs := [c.strip() for c in CRUMB_SPLIT.split(trail) if c.strip()])]


SHORT_TITLE_PART = 8  # a <title> part this short is more often a site's name than a headline


def shows_title_part(line: str, part: str) -> bool:
    """A line the page shows gives this part of its <title>: as it is, or (a part long enough to be a headline)
    most of it or with a word more. A short part inside a longer line is a site's name in a link or a banner
    ('登录某某藏书网' holds '某某藏书网'): no headline shown."""
    if len(comparable(part)) < SHORT_TITLE_PART:
        return comparable(line) == comparable(part)
    return same_headline(line, part)


def shown_title_end(title: str, shown: list[str]) -> list[str]:
    """[headline, column …, site] when the page shows the end of its <title> whole as its headline, after a
    separator that sets the site's name (and column) off before it, and the headline holds a separator of its own
    ('某某中学_栏目_主题讲话-张某校长' shown as '主题讲话-张某校长'). Not when the page shows all before it whole as a
    line too: that is the headline, and the end the site's banner with a bar of its own ('标题 | 某某's blog|某某的个人
    博客', a text export printing the <title>, the headline and the banner one under the other)."""
    squeezed = re.sub(r"\s+", "", title)
    shown_whole = {comparable(line) for line in shown}
    for line in shown:
        key = re.sub(r"\s+", "", line)
        if len(comparable(key)) < SHOWN_TITLE_END_MIN or not squeezed.endswith(key) or squeezed == key \
                or not any(pattern.search(key) for pattern in SITE_SEPARATORS):
            continue  # a shown end without a separator of its own is a part, read as the others are
        before = squeezed[:-len(key)]
        if DANGLING_SEPARATOR.search(before) and (rest := DANGLING_SEPARATOR.sub("", before)) \
                and comparable(rest) not in shown_whole:
            return [line.strip(), *title_parts(rest)]
    return []


SHOWN_TITLE_END_MIN = 6  # characters of a headline shown whole (a short one may be a column's name)


def site_names(e: Evidence) -> set[str]:
    """Names of the site itself (its <title> suffix, meta site name, breadcrumb root, any <title> part that names
    an institution, '某某科技(天津)有限公司_某某网'): never a title. A <title> that is only the site's name and its
    address ('某某人民政府门户网站 - www.example.gov.cn') names no page."""
    parts = page_title_parts(e)
    named = [part for part in parts if not DOMAIN.fullmatch(part)]
    names = {part for part in parts if names_an_institution(part)} | ({parts[-1]} if len(named) > 1 else set())
    names |= {e.meta("site"), host_site(e), *e.captures.site_name}
    return {comparable(name) for name in names if name}


def names_an_institution(text: str) -> bool:
    """'某某大学', '某某市人民政府门户网站', '某某科技(天津)有限公司': a name ending as a body's does, with no space or
    punctuation in it but a bracketed place."""
    vocab = vocabulary()
    return bool(re.fullmatch(rf"[{CJK_RANGE}]{{2,30}}", re.sub(rf"[（(][{CJK_RANGE}]{{1,6}}[）)]", "", text))) \
        and simplified(text).endswith(vocab.organisation_suffixes + vocab.institution_suffixes)


def acceptable_title(e: Evidence) -> Callable[[str], bool]:
    """A title candidate reads as a headline (title_like, or a headline opening with its day: dated_headline), is
    not the site's own name, and is no clause cut at a comma that the text does not take up (a sentence's opening,
    not a headline) — unless the page's head sets it over a subtitle of its own ('坚持…，奋力…' over '——在…会议上
    的讲话'): a title block, whose headline may well have a comma."""
    sites = site_names(e)
    text = body_text(e)
    return lambda t: (title_like(split_title(t).title) or confirmed_short_title(e, t) or declared_title(e, t)
                      or dated_headline(t) is not None or short_title_over_its_date(e, t)
                      or (headline_and_page_title(e, t) and title_like(split_title(t).title, confirmed=True))) \
        and comparable(t) not in sites \
        and not (vocabulary().clause_mark.search(t) and not taken_up(t, text) and not over_its_subtitle(e, t)
                 and not headline_and_page_title(e, t))


def headline_and_page_title(e: Evidence, title: str) -> bool:
    """The page's <h1> (or its title element, or a line of its head) and a part of its <title> both give the
    candidate: a headline the page names twice, however it reads ('须知少时凌云志，曾许人间第一流' as <h1> and
    before '| 某某的博客'), not a sentence's opening."""
    shown = [*e.facts.headings, *e.facts.title_elements, *e.structure.head]
    return any(comparable(heading) == comparable(title) for heading in shown) \
        and any(comparable(part) == comparable(title) for part in page_title_parts(e))


def over_its_subtitle(e: Evidence, title: str) -> bool:
    """The head's title, with a subtitle read under it ('——在全市经济工作会议上的讲话')."""
    return bool(e.head.subtitle) and comparable(e.head.title) == comparable(title)


CONFIRMED_TITLE_MIN = 2  # Chinese characters of a title the <title> and the page both give ('夜雨')


def declared_title(e: Evidence, candidate: str) -> bool:
    """The title field a container declares (front matter, a record's title) may hold foreign words as a page's
    <title> and headline confirmed together may ('EU DisinfoLab 年度研討會致詞'): its writer named the text so."""
    declared = e.field("title")
    title = split_title(candidate).title
    return bool(declared) and comparable(candidate) == comparable(declared) \
        and (title_like(title, confirmed=True) or foreign_title(title))


def foreign_title(title: str) -> bool:
    """A declared title written wholly in another language ('Supplying energy to Japan: Letter from Premier Smith',
    a ministry's English headline over its Chinese speech): words of letters, at least three, and no markup, date
    or web address. Read only from a container's title field, where the scraper wrote what the text is called;
    an English line on the page itself is a banner or a translation."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", title)
    return len(words) >= 3 and not CJK_CHAR.search(title) and not vocabulary().markup.search(title) \
        and not DATE_STAMP.match(title) and not re.search(r"https?://|www\.|[{}<>=]", title)


def bracketed_date_under_the_title(e: Evidence) -> dt.date | None:
    """The day in brackets on the head line right under the chosen title ('组织起来' / '（一九四三年十一月二十九日）'),
    where the head lines took no title of their own (a title too short for them, confirmed elsewhere)."""
    head = [line.strip() for line in e.structure.head]
    title = comparable(e.title_head.title)
    at = next((index for index, line in enumerate(head) if title and comparable(line) == title), None)
    under = head[at + 1] if at is not None and at + 1 < len(head) else ""
    return date_line(under) if DATE_IN_BRACKETS.fullmatch(under) else None


def short_title_over_its_date(e: Evidence, candidate: str) -> bool:
    """A title too short for title_like that opens the page right over the day the text was given, in brackets, as
    collected works print a short title ('组织起来' over '（一九四三年十一月二十九日）'): the page's first line, with
    nothing but the bracketed date under it before the text. Not a genre word alone ('讲话')."""
    head = [line.strip() for line in e.structure.head]
    return len(head) == 2 and comparable(head[0]) == comparable(candidate) \
        and bool(DATE_IN_BRACKETS.fullmatch(head[1])) and not names_a_genre(candidate) \
        and title_like(split_title(candidate).title, confirmed=True)


def confirmed_short_title(e: Evidence, candidate: str) -> bool:
    """A title too short or too foreign for title_like that the page gives twice: it is the first part of a
    <title> that names a site after it ('夜雨_原文及赏析_某某诗词网', '为什么 ChatGPT 不火了？-某某博客') and a line the
    page shows (a head line, an <h1>, a title element) — a poem's or a blog post's title. Not a speech word
    alone ('致辞': the genre steps read that, last)."""
    parts = page_title_parts(e)
    shown = {comparable(line) for line in [*e.structure.head, *e.facts.headings, *e.facts.title_elements]}
    return len(parts) > 1 and comparable(candidate) == comparable(parts[0]) and comparable(candidate) in shown \
        and not names_a_genre(candidate) and title_like(split_title(candidate).title, confirmed=True)


def without_site_name_steps(steps: list[Step], e: Evidence) -> list[Step]:
    """The title steps, each candidate without the site's own name set before it (without_site_name)."""
    sites = site_names(e)

    def stripped(step: Callable[[Evidence], Any]) -> Callable[[Evidence], Any]:
        return lambda evidence: without_site_name(step(evidence), sites)

    return [(name, stripped(step)) for name, step in steps]


def without_site_name(title: Any, sites: set[str]) -> Any:
    """'某某市人民政府网——某某市召开全市大会' -> '某某市召开全市大会' (site_name_prefix in metadata.yml): a CMS that
    writes the site's name before the article's title in its ArticleTitle or <title>. Only a name this page gives
    as its site's (site_names: meta SiteName, the <title>'s site part, the breadcrumb's root) is taken off."""
    if not isinstance(title, str) or not sites:
        return title
    found = vocabulary().site_name_prefix.match(title.strip())
    rest = title.strip()[found.end():] if found else ""
    return rest if found and comparable(found.group("site")) in sites and title_like(rest) else title


def body_text(e: Evidence) -> str:
    return simplified("\n".join(block.text for block in e.structure.blocks))


def taken_up(title: str, text: str) -> bool:
    """Enough of the title's two-character pieces (min_shared_with_text) occur in the text: it is about the
    text. A speech's title may share little ('董事长致辞'), so this only weighs candidates that are doubtful."""
    chinese = "".join(CJK_CHAR.findall(simplified(title)))
    pieces = {chinese[i:i + 2] for i in range(len(chinese) - 1)}
    return bool(pieces) and sum(piece in text for piece in pieces) >= vocabulary().min_shared * len(pieces)


def relevant_crumb(e: Evidence) -> str:
    """The last breadcrumb names the page only when the text takes it up: it may be the column, or the title of
    the document the template was made for."""
    crumb = last_crumb(e.crumbs())
    return crumb if crumb and (taken_up(crumb, body_text(e)) or short_speech_title(crumb)) else ""


def names_a_genre(text: str) -> bool:
    """'致辞', '贺词', '寄语': a speech word alone, too short to be a title of its own (speech_title_end)."""
    shadow = simplified(text.strip())
    return 0 < len(comparable(shadow)) < vocabulary().title_min_chinese_speech \
        and bool(vocabulary().speech_title_end.fullmatch(shadow))


def genre_heading(e: Evidence) -> str:
    """The page's heading that names only its genre ('致辞', '贺词', '寄语'), when the page prints no fuller title and
    names itself so in its breadcrumb or its <title> as well: a company's or a school's page of one message. Too
    short for a title elsewhere; here it is all the page says, and an invented title would be worse."""
    crumbs = [c.strip() for trail in e.crumbs() for c in CRUMB_SPLIT.split(trail) if c.strip()]
    named = {comparable(part) for part in [*crumbs[-1:], *title_parts(e.facts.title)]}
    for heading in [*e.facts.headings, *e.structure.head]:
        if names_a_genre(heading) and comparable(heading) in named:
            return heading.strip()
    return ""


def current_speech_item(e: Evidence) -> str:
    """A company's or a school's page of one message ('董事长致辞', '校长寄语') may print no heading over its text and
    name itself only in its section menu, the item of the page shown marked as current ('<a class="on">'): that item,
    when it is the only current item reading as a speech's short title and the page shows no headline (no <h1>, no
    title element)."""
    if e.facts.headings or e.facts.title_elements:
        return ""
    named = list(dict.fromkeys(item for item in e.facts.current_items if short_speech_title(item)))
    return named[0] if len(named) == 1 else ""


def short_speech_title(line: str) -> bool:
    """A short line ending in a speech word ('董事长致辞', '校长寄语'): a speech's own title, which may share
    little with its text (min_chinese_speech_title and speech_title_end in metadata.yml)."""
    vocab = vocabulary()
    return bool(vocab.speech_title_end.search(simplified(line))) \
        and len(CJK_CHAR.findall(line)) >= vocab.title_min_chinese_speech


def title_part_on_page(e: Evidence) -> str:
    """The part of the <title> that the page also shows as a line and that reads as a headline: a <title> that
    puts the site's and the column's names first ('某某市人民政府 - 新闻中心 - 标题') shows the column too, in its
    menu or breadcrumb. A <title> of several parts that the page shows whole ('主题讲话-张某校长') is its headline,
    whatever marks the line (a class the page names it by, or nothing)."""
    first = [block.text for block in e.structure.blocks[:1]]  # a headline the markup does not mark opens the text
    shown = {comparable(line) for line in e.structure.head + e.facts.headings + e.facts.title_elements + first}
    parts = page_title_parts(e)
    if len(parts) == 1 and len(title_parts(e.facts.title)) > 1:  # the page shows its <title> whole as a line
        return parts[0] if comparable(parts[0]) in shown and title_like(parts[0]) else ""
    return next((part for part in parts[:-1] if comparable(part) in shown and title_like(part)), "") \
        if len(parts) > 1 else ""


def headline_without_widget_words(e: Evidence, heading: str) -> str:
    """An <h1> (or a title element) that holds the headline and, after it, the words of a widget set inside it
    ('某某事件始末 播报文章 语音播报文章', a forum's badge: '某某问题 精华'): when the <title>'s part is the start of
    the <h1> and the head shows that part as a line of its own, the headline is that part. Not an <h1> with a date
    in it (a speech's title and its delivery date)."""
    part = comparable(page_title_parts(e)[0])
    whole = comparable(heading)
    if heading and part and whole != part and whole.startswith(part) and not DATE_RE.search(heading) \
            and any(comparable(line) == part for line in e.structure.head):
        for space in re.finditer(r"\s+", heading.strip()):  # the widget's words stand apart; a <title> cut short
            if comparable(heading.strip()[:space.start()]) == part:  # ends mid-phrase ('…暨省管领导')
                return heading.strip()[:space.start()]
    return heading


def head_line_matching_title(e: Evidence) -> str:
    """A head line that is the page's <title> part (or most of it, same_headline) when the line the head reads
    as the title is not: the headline stands over what the head would take for it, a byline or a credit
    ('土豆不“土” 土豆无“土”' over '某某日报记者张某李某', '社会资本与再就业' over '赵某、王某'). A title the head joins
    from two lines is the <title> whole and keeps its two lines. Not when the head's title names a speech and the
    <title> does not: the line matching it is the site's banner (a share page titled with its platform's name)."""
    parts = page_title_parts(e)
    if not parts or not e.head.title or same_headline(e.head.title, parts[0]):
        return ""
    if names_a_speech(e.head.title) and not names_a_speech(parts[0]):
        return ""  # a <title> of the platform's name alone ('某某平台') over the speech's own headline: the banner
    bylines = {line for line in e.structure.head if byline(line)}  # '某某县人民政府县长张三': a byline, even when
    return matching_title([line for line in e.structure.head if line not in bylines], parts[0])  # the site opens it


def head_lines_title(e: Evidence) -> str:
    """The title read from the lines above the text, unless it is a menu row and the <title> reads as a
    speech title; else the site's own copy of it (an editor blurb)."""
    page_title = page_title_head(e)
    if (page_title and looks_untitled(e.head.title, page_title)) or banner_heading(e, e.head.title):
        return ""
    if reports_a_sitting(e) and not re.search(rf"{SPEECH_WORDS}$", simplified(e.head.title)):
        return ""  # a record's head lists who attended: only the item of a speech titles it
    if BUTTONS_ROUND_A_TITLE.fullmatch(e.head.title):
        return ""  # '【收藏】《…》【打印】': a button row naming the title, read by the 《title》 step
    return whole_title_element(e, e.head.title) or e.head.title or first_of(e.captures.site_title)


def whole_title_element(e: Evidence, line: str) -> str:
    """The page's one title element when the head line is its last piece: a banner repeating the headline over the
    text, broken into lines ('共同呵护好孩子的眼睛' / '让他们拥有一个光明的未来' under the <h2 class="rich_media_title">
    '某某作出重要指示强调：共同呵护好孩子的眼睛 让他们拥有一个光明的未来'), whose last line is no title by itself."""
    if len(e.facts.title_elements) != 1 or not line:
        return ""
    element, piece = e.facts.title_elements[0], comparable(line)
    return element if len(piece) >= HEADLINE_IN_TITLE_MIN and comparable(element).endswith(piece) \
        and len(comparable(element)) > len(piece) and len(title_parts(element)) == 1 else ""  # no site's name in it


BUTTONS_ROUND_A_TITLE = re.compile(r"(?:【[^【】]{1,4}】\s*)+《[^《》]+》(?:\s*【[^【】]{1,4}】)+")


def quoted_speech_title(lines: list[str]) -> str:
    """A speech title quoted in a short head line that is no sentence ('【收藏】《在全市…会议上的讲话》')."""
    for line in lines:
        if len(line) > 60 or re.search(r"[。！？]", line):
            continue
        for quoted in re.findall(r"《([^《》]{6,80})》", line):
            if EVENT.search(quoted):
                return quoted
    return ""


def own_title_in_headline(e: Evidence) -> str:
    """A repost's headline wraps the speech's own title ('重磅！市委书记在…上的讲话全文' over '在…上的讲话'):
    the speech title printed below the headline, when the headline contains it, is the better title. Not when one
    of the page's headlines only credits the speech to its speaker ('《在…上的讲话》-某某'): that is the page's own
    title, however a <title> split at its separators or a shorter og:title cut it."""
    own = e.head.title
    if not own or not EVENT.search(own):
        return ""
    headlines = [e.meta("title"), *e.facts.headings, *e.facts.title_elements, page_title_parts(e)[0]]
    part = comparable(own)
    wrapping = [h for h in headlines if h and part in comparable(h) and part != comparable(h)]
    return own if wrapping and not any(credits_the_title(h, own) for h in wrapping) else ""


TRAILING_ADDRESS = re.compile(r"\s+https?://\S+$")


def credits_the_title(headline: str, own: str) -> bool:
    """The headline is the speaker's name and office around the speech's title and nothing more ('陈某局长《在…上的
    讲话》', '《在…上的讲话》-某某'): the page's own title, which names who spoke; no repost's wrapping ('重磅！…全文')
    to take off. A permalink a title element prints after the headline is no part of it."""
    headline = TRAILING_ADDRESS.sub("", headline)
    said = split_title(headline)
    rest = comparable(headline).replace(comparable(own), "", 1)
    return bool(said.speaker) and rest in {comparable(said.speaker_title + said.speaker), comparable(said.speaker),
                                           comparable(said.speaker + said.speaker_title)}


def only_heading_above_the_footer(e: Evidence) -> str:
    """The page's only <h1>, unless the page prints it after the text's element: a heading in the footer is a
    web designer's credit or the site's slogan ('某某网站建设'), shared by every page of the site. Nor when the
    text does not take it up and it names no speech: a page with no headline of its own sets the site's name
    ('某某数据管理系统') as its only <h1>, in the banner over every page."""
    if len(e.facts.headings) != 1 or banner_heading(e, e.facts.headings[0]):
        return ""
    heading = e.facts.headings[0]
    return "" if comparable(heading) in {comparable(line) for line in e.after_article} else heading


def headline_day(e: Evidence) -> dt.date | None:
    """The day the chosen headline opens with (dated_headline), when it does."""
    found = dated_headline(e.title_head.title)
    return found[0] if found else None


def dated_heading_day(e: Evidence) -> dt.date | None:
    """The day a heading of the article opens with before a colon and a title ('<h2>2005-07-26：与对手做朋友</h2>' under
    '2005年（1次讲话）'): a collection of talks heads each by the day it was given. Only a heading element and only
    with the colon: a stamp row ('2019-03-06 某某新闻网') sets its date apart with a space, as a headline never does."""
    return next((day for heading in e.facts.marked_headings if (day := colon_dated_title(heading))), None)


def colon_dated_title(line: str) -> dt.date | None:
    """The day of a title that opens with it and a colon ('2000-03-20：一个职业管理者的责任和使命'); None otherwise."""
    found = DATED_HEADLINE.fullmatch(line)
    if found and re.match(r"\s*[：:]", line[found.end("date"):]) and (dated := dated_headline(line)):
        return dated[0]
    return None


def headline_over_its_subtitle(e: Evidence) -> str:
    """A page that sets two <h1> one right under the other prints its headline, then its subtitle (a theme over the
    event it reports: '弘扬…精神，勇探…模式' / '某某协会成立大会成功举办'): the first is the title. Not when the first
    is the site's banner (an institution's or the site's name), a person's name or no headline at all."""
    if len(e.facts.headings) != 2:
        return ""
    first, second = (comparable(heading) for heading in e.facts.headings)
    head = [comparable(line) for line in e.structure.head if comparable(line)]
    together = any(head[i:i + 2] == [first, second] for i in range(len(head) - 1))
    headline, under = (heading.strip() for heading in e.facts.headings)
    if not together or first == second or names_a_site(headline) or names_a_person(headline) \
            or comparable(headline) in site_names(e) or len(first) < HEADLINE_MIN:
        return ""
    speech_under = vocabulary().speech_title_end.search(simplified(under)) or EVENT.search(simplified(under))
    return "" if speech_under and not SUBTITLE.match(under) else headline  # '领导讲话' over '在…上的讲话': a column


HEADLINE_MIN = 8  # a headline over its subtitle is a sentence's worth; a column's name ('领导讲话') is shorter


def banner_heading(e: Evidence, line: str) -> bool:
    """`line` is the page's only <h1> and reads as the site's banner, not the text's headline: the text does not
    take it up, and it names no speech. A Markdown file's '#' heading is never a banner: a site's template sets
    its banner in HTML, and a scraper's or a note's Markdown heads the document with its own headline."""
    if e.fields.get("kind") in MARKDOWN_KINDS:
        return False
    headings = [comparable(heading) for heading in e.facts.headings]
    return headings == [comparable(line)] and not (taken_up(line, body_text(e)) or short_speech_title(line)
                                                    or EVENT.search(simplified(line)))


def headline_over_a_report(e: Evidence) -> str:
    """A report's headline left as the text's first block, right above its dateline or its day ('…项目签约仪式举行！'
    over '5月27日上午，…'): one short line, no sentence inside it, reading as a title."""
    blocks = e.structure.blocks
    if len(blocks) < 3 or not vocabulary().news_opening.match(simplified(blocks[1].text)):
        return ""
    first = blocks[0].text
    inner = first.rstrip("！!？?")
    return first if len(first) <= HEADLINE_MAX and not re.search(r"[。！？；]", inner) and title_like(inner) else ""


def own_headline_in_container_title(e: Evidence) -> str:
    """A scraper may build its title field from the page's headline and its own columns ('2026年某省' + '政府工作
    报告'): when the page never prints the field's title but prints a headline the field contains, that headline
    is the page's own title. Not when the field only puts the speaker's name before it ('某某某在…上的讲话' over a
    text headed '在…上的讲话', a wire copy's form): that is the whole headline the news site printed."""
    wanted, own = comparable(container_title(e)), comparable(e.head.title)
    printed = comparable("".join(page_strings(e)))
    if not wanted or len(own) < 4 or own not in wanted or own == wanted or wanted in printed:
        return ""
    return "" if wanted.endswith(own) and names_a_person(wanted.removesuffix(own)) else e.head.title


def container_title(e: Evidence) -> str:
    """The container's title field, unless it is the page's own <title> that the scraper copied, whole or cut
    ('讲话标题--栏目-某某中学', '讲话标题', or only the site's name): that is read as the <title> is, after the
    headline the page shows."""
    title = e.field("title")
    if e.facts.title and comparable(title) in comparable(e.facts.title):
        return ""
    return as_printed(e, copied_page_title_headline(title) or fullest_of_nested_parts(title))


def copied_page_title_headline(title: str) -> str:
    """A crawler's title field that holds the page's <title> as it was ('某某大学2025年新年贺词-要闻-某某大学'): the
    headline, the column and the site's name (names_a_site), the headline the longest part. Two parts are no such
    copy (a dash may set a subtitle off), nor are parts that name no site last ('中国-东盟-日韩论坛致辞')."""
    parts = title_parts(title)
    if len(parts) >= COPIED_TITLE_PARTS and names_a_site(parts[-1]) and all(len(parts[0]) > len(part)
                                                                            for part in parts[1:]):
        return parts[0]
    return ""


COPIED_TITLE_PARTS = 3  # the headline, a column and the site's name


def as_printed(e: Evidence, title: str) -> str:
    """The title as the page prints it above the text, when a container's field has the same words with other
    marks (a bot's file name or field that turned '“咬住”' into '_咬住_')."""
    key = comparable(title)
    printed = (HEADING_MARK.sub("", line).strip() for line in e.structure.head + [r.text for r in e.structure.removals])
    return next((line for line in printed if line != title and comparable(line) == key), title)


def fullest_of_nested_parts(title: str) -> str:
    """'施政報告 | 行政長官2025年施政報告' -> the part that holds every other: a document's title written after its
    short name or its section's; any other title as it is."""
    parts = title_parts(title)
    fullest = max(parts, key=len)
    return fullest if len(parts) > 1 and all(comparable(part) in comparable(fullest) for part in parts) else title


def page_strings(e: Evidence) -> list[str]:
    """Every string the page printed: its head, its text, what the cleaning removed and what it captured."""
    captured = [value for name in Captures.names() for value in getattr(e.captures, name)]
    return [*e.structure.head, *(b.text for b in e.structure.blocks), *(r.text for r in e.structure.removals),
            *captured, *e.after_article]


# The signer of a text sent round as a numbered document ('电邮讲话【2020】120号  签发人：某某某').
DOCUMENT_SIGNER = re.compile(rf"签\s*发\s*人\s*[：:]\s*(?P<name>[{CJK_RANGE}]{{2,4}})(?![{CJK_RANGE}])")


def signer_the_title_calls_by_family_name(e: Evidence) -> tuple[str, str] | None:
    """'——任总在…座谈会上的讲话' under '电邮讲话【2020】120号 签发人：任某某': a company's staff call their chief by the
    family name and 总 (honorific_endings in metadata.yml), which names nobody alone; the document's signer with that
    family name is the one the title means. Read on the simplified shadow of the head's lines."""
    lines = [simplified(line) for line in e.structure.head]
    signers = [found.group("name") for line in lines if (found := DOCUMENT_SIGNER.search(line))]
    if not signers:
        return None
    called = {found.group(1) for line in [*lines, simplified(e.title_head.title)]
              for found in chief_by_family_name().finditer(line)}
    named = [name for name in signers if placed_name(name) and any(name.startswith(family) for family in called)]
    return ("", named[0]) if len(set(named)) == 1 else None


@cache
def chief_by_family_name() -> re.Pattern[str]:
    """A family name and a form of address (honorific_endings: '任总') opening a title or a subtitle, before the
    occasion ('——任总在…', '任总与…')."""
    honorifics = literal_alternation(list(vocabulary().honorific_endings))
    return re.compile(rf"(?:^|——|—|-)\s*([{CJK_RANGE}]{{1,2}}?)(?:{honorifics})(?=在|与|同|和|对|给|向|的)")


def name_line_named_again(e: Evidence) -> tuple[str, str] | None:
    """A bare name under the title whose family name is not a listed one ('禤某强' alone on its line, Head's
    unlisted_names): a byline when the page prints that name again somewhere else (its container's or its <title>'s
    title, a caption, a lead, the text) -> ('', name). A run of that shape printed once under a title may be a
    column's or a widget's word; a person the page is about is named more than once."""
    elsewhere = [*page_strings(e), *(r.text for r in e.cleaned_off), e.field("title"), e.facts.title,
                 *e.facts.headings, *e.facts.title_elements]
    for name in e.head.unlisted_names:
        if sum(name in text for text in elsewhere if text.strip().removesuffix("同志") != name) >= 1:
            return "", name
    return None


def credited_speaker(e: Evidence) -> tuple[str, str] | None:
    """'口述｜张三、整理｜李四', '致辞：张三（教师代表）' in the credit line the cleaning took off (the speaker-credit
    rule), a short head line or an opening block (speaker_credit in metadata.yml) -> ('', name), in the page's own
    characters. Credits naming two people or more ('主讲：张三' … '主讲：李四') list courses or a panel's talks: the
    page is nobody's speech."""
    lines = [*e.captures.credit, *e.structure.head, *(b.text for b in e.structure.blocks[:CREDIT_BLOCKS])]
    credits = [found for line in lines if (found := speaker_credit(line))]
    names = [simplified(name) for name, placed in credits if placed]
    people = {next((name for name in names if simplified(value).startswith(name)), simplified(value))
              for value, _ in credits}  # '主讲：张某' and '主讲人：张某教授' credit one person
    return ("", next(name for name, placed in credits if placed)) if names and len(people) == 1 else None


CREDIT_BLOCKS = 5  # a speaker's credit stands among the text's first blocks


def credited_name(line: str) -> str:
    """The name a speaker's credit gives ('口述｜张三', '致辞：张三（…）'), in the page's characters; '' if none."""
    found = speaker_credit(line)
    return found[0] if found and found[1] else ""


def speaker_credit(line: str) -> tuple[str, bool] | None:
    """What a speaker's credit line gives after its label, in the page's characters, and whether that is a person's
    name ('主讲：张三' -> ('张三', True); '主讲：某某老师' -> ('某某老师', False)); None for any other line."""
    vocab = vocabulary()
    found = vocab.speaker_credit.search(simplified(line)) if len(line) <= vocab.speaker_credit_max else None
    return (line[found.start("name"):found.end("name")], placed_name(found.group("name"))) if found else None


def heading_under_the_credit(e: Evidence) -> str:
    """A repost introduces the speech with its speaker's credit and the speech's own title as a heading under it
    ('致辞：张三（教师代表）' over '做一个有担当的人'): that heading is the speech's title, not the post's headline.
    When the cleaning took the credit line off (speaker-credit, captured as credit), it is the first heading
    among the text's first blocks, where the credit stood, or else the head's last line when the markup marks it
    a heading (the post's meta row above it gone, the heading closes the head)."""
    blocks = e.structure.blocks[:CREDIT_BLOCKS + 1]
    under = [after for block, after in pairwise(blocks) if credited_name(block.text)]
    credited = any(map(credited_name, e.captures.credit))
    if credited:
        under += [block for block in blocks if block.kind == "heading"][:1]
    found = next((block.text for block in under if block.kind == "heading" and len(block.text) <= TITLE_LINE_MAX
                  and title_like(block.text)), "")
    if found or not credited:
        return found
    # the credit's heading may be the head's last line, once the post's furniture above it went (a meta row)
    last = next((line.strip() for line in reversed(e.structure.head) if line.strip()), "")
    return last if last in e.facts.marked_headings and len(last) <= TITLE_LINE_MAX and title_like(last) else ""


def announced_speech_title(e: Evidence) -> str:
    """A headline made only of an office, a name, a verb of delivering and the speech's own title ('县长某某某发表
    二〇一九年新年贺词') over the speech itself: the speech's title is what was delivered. A year in Chinese
    numerals is written with 〇 for zero, as a speech's title gives it (二零一五年 -> 二〇一五年). The headline is
    wherever the page prints it: a head line, a title element, an <h1>, the last breadcrumb, the <title>."""
    if not speaks_to_an_audience(e):
        return ""
    return next(filter(None, map(delivered_title, printed_headlines(e))), "")


def printed_headlines(e: Evidence) -> list[str]:
    """Where a page prints its headline: a head line, a title element, an <h1>, the last breadcrumb, the <title>."""
    return [line for line in [e.head.title, *e.facts.title_elements, *e.facts.headings, last_crumb(e.crumbs()),
                              page_title_parts(e)[0]] if line]


def delivered_title(headline: str) -> str:
    """The speech's own title in a headline announcing its delivery by an office and a name; '' if none."""
    who = office_name_delivering(headline)
    if not who or not headline.startswith("".join(who)):
        return ""
    rest = re.sub(rf"^{HONORIFIC}?(?:今天|今日)?(?:发表|發表|作|做|致)了?", "", headline[len("".join(who)):])
    title = re.sub(r"[〇○零Ｏ一二三四五六七八九]{4}(?=年)", lambda m: re.sub("[○零Ｏ]", "〇", m.group(0)), rest)
    return title if rest != headline[len("".join(who)):] and short_speech_title(title) else ""


TITLE_STEPS: list[Step] = [
    ("the page's own headline inside the container's title", own_headline_in_container_title),
    ("speech title the lead-in quotes, inside a longer headline",
     lambda e: title_named_in_lead(e)),  # defined with the other lead-in steps
    ("container title field", container_title),
    ("labelled title line", lambda e: first_of(e.captures.labelled_title)),
    ("heading under the speaker's credit", heading_under_the_credit),
    ("speech title inside the headline", own_title_in_headline),
    ("meta ArticleTitle", lambda e: e.meta("title")),
    ("<h1> matching <title>", lambda e: headline_without_widget_words(e, matching_title(e.facts.headings,
                                                                                     page_title_parts(e)[0]))),
    ("<h1> opening <title> before a separator", headline_opening_page_title),
    ("title element matching <title>", lambda e: headline_without_widget_words(e, matching_title(
        e.facts.title_elements, page_title_parts(e)[0]))),
    ("<title> part shown on the page", title_part_on_page),
    ("JSON-LD headline", lambda e: e.facts.json_ld.get("headline", "")),  # declared by the page, as ArticleTitle
    ("meta og:title", lambda e: title_parts(e.facts.meta.get("og:title", ""))[0]),
    ("the page's only <h1>", only_heading_above_the_footer),
    ("the first of two <h1> set one under the other: headline over subtitle", headline_over_its_subtitle),
    ("the speech's own title inside a headline announcing it", announced_speech_title),
    ("agenda item over the chair's first turn in a proceedings record",
     lambda e: agenda_item_over_the_first_turn(e)),  # defined with the other proceedings steps
    ("title field of a data record left among the text", lambda e: record_title_left(e)),
    ("head line matching <title>", head_line_matching_title),
    ("head lines", head_lines_title),
    ("the page's only title element",
     lambda e: e.facts.title_elements[0] if len(e.facts.title_elements) == 1 else ""),
    ("《title》 in the head", lambda e: quoted_speech_title(
        e.structure.head + [b.text for b in e.structure.blocks[:3]])),
    ("the menu's current item naming a speech, over a text without a heading, the <title> naming none",
     lambda e: current_speech_item(e) if not short_speech_title(page_title_head(e)) else ""),
    ("<title> split on _ - |", lambda e: page_title_head(e)),
    ("last breadcrumb", relevant_crumb),
    ("headline over the report's dateline", headline_over_a_report),
]

# Read only when no step above gives a title.
GENRE_TITLE_STEPS: list[Step] = [
    ("heading naming the genre alone, as the breadcrumb or <title> does", genre_heading),
]


def signature(e: Evidence) -> tuple[str, str] | None:
    """'董事局主席：李某某' / '市长 张三' closing the text -> (office, name)."""
    return next(filter(None, (signed_by(block.text) for block in reversed(e.structure.blocks[-4:]))), None)


# A letter's courtesy after the signer's name ('校長 黃某某 敬上', '张三 谨启'): no part of the name.
CLOSING_COURTESY = re.compile(r"\s*(?:敬上|謹上|谨上|敬啟|敬启|謹啟|谨启|拜上|謹識|谨识|敬書|敬书)\s*$")


def signed_by(text: str) -> tuple[str, str] | None:
    """A signature line -> (office, name); a photo position after it ('张三 校长 (中)') is no part of it."""
    text = CLOSING_COURTESY.sub("", PHOTO_POSITION.sub("", text))
    match = SIGNATURE.fullmatch(text)
    if match and simplified(match.group("office")).endswith(vocabulary().office_endings) \
            and placed_name(match.group("name")):
        return match.group("office"), match.group("name")
    return byline(text) or name_office_signature(text)


def closing_signature(e: Evidence) -> tuple[str, str, dt.date] | None:
    """A signature block closing the text: the signer on one line ('张三', '总经理 张三', '张三董事长'), perhaps
    under a line with the office ('某某公司总经理' / '张三'), and the date under it, written with 年 ('2015年3月31日')
    -> (office, name, date). 致辞, 贺词 and 欢迎辞 pages of companies, schools and governments sign their text so,
    set right-aligned after it. The lines are read where the text ends: its last blocks, and the short lines the
    cleaning took off after them (trailing-site-text), where a signer's line with an office may have gone while
    the date stayed; else the first lines after the text's element, where a page may set its signature apart.
    Not under a news report, whose closing name and date are its reporter's; a name without an office signs only
    a speech (its title names one, or it addresses its audience) or a text whose title names its signer ('颜某：勇敢做
    …' over '颜某' / '2016年7月1日'), not an article's byline."""
    if reads_as_news(e):
        return None
    kept = [b.text.strip() for b in e.structure.blocks[-SIGNATURE_LINES:]]
    removed = [r.text.strip() for r in e.structure.removals if r.rule == "trailing-site-text"][:SIGNATURE_LINES]
    after = [line.strip() for line in e.after_article[:SIGNATURE_LINES]]  # set apart from the text's element
    for lines, others in ((kept, removed), (removed, kept), (after, [])):
        for at in range(len(lines) - 1, -1, -1):
            if one_line := signed_and_dated(lines[at]):
                return one_line
            date = date_line(lines[at]) if not is_cms_stamp(lines[at]) else None
            who = signer_above(lines, at) or name_over_office(lines, at) \
                or first_of([*filter(None, map(signed_by, others)), *filter(None, map(dash_signer, others))])
            if date and who:
                office = who[0] or (lines[at - 2] if at >= 2 and is_office_line(lines[at - 2]) else "")
                signs = office or titled_or_spoken_as_a_speech(e) or who[1] in e.title_head.title \
                    or any(dash_signer(line) == who for line in [*lines, *others])
                return (office, who[1], date) if signs else None
    return None


def signed_and_dated(line: str) -> tuple[str, str, dt.date] | None:
    """A signature of one line: each signer's office and name after a colon, then the day ('党委书记：张某明 校长：李某
    2025年1月1日', a school's New Year message signed by its two heads; a crawler may have run it together) ->
    (offices, names, date), two signers' joined with '、' as a joint signature names them."""
    dated = re.search(rf"(?:{DATE})\s*$", line)
    day = parse_date(dated.group(0)) if dated else None
    signers = signers_before_colons(line[:dated.start()]) if dated else []
    if not day or not signers:
        return None
    offices, names = zip(*signers, strict=True)
    return JOINT.join(offices), JOINT.join(names), day


JOINT = "、"  # two signers of one text, named together


def signers_before_colons(text: str) -> list[tuple[str, str]]:
    """'党委书记：张某明校长：李某' -> [('党委书记', '张某明'), ('校长', '李某')]: offices each before a colon, the name
    after it, a name running into the next office where the spaces were lost."""
    pieces = re.split(r"\s*[：:]\s*", text.strip())
    if len(pieces) < 2:
        return []
    offices, names = [pieces[0]], []
    for piece in (piece.replace(" ", "") for piece in pieces[1:-1]):
        length = next((n for n in LEAD_NAME_LENGTHS if placed_name(piece[:n]) and is_office_line(piece[n:])), 0)
        if not length:
            return []
        names.append(piece[:length])
        offices.append(piece[length:])
    names.append(pieces[-1].replace(" ", ""))
    if all(is_office_line(office) for office in offices) and all(placed_name(name) for name in names):
        return list(zip(offices, names, strict=True))
    return []


def titled_or_spoken_as_a_speech(e: Evidence) -> bool:
    """The title names a speech ('总经理致辞', '在…上的讲话'), or the text addresses its audience."""
    title = simplified(e.title_head.title)
    return bool(vocabulary().speech_title_end.search(title) or EVENT.search(title)) or speaks_to_an_audience(e)


def signer_above(lines: list[str], at: int) -> tuple[str, str] | None:
    """The signer on the line above lines[at]: a signature line (signed_by), a name signed after a dash
    (dash_signer), or a name alone, perhaps spaced out to the width of a longer one ('王  明') -> (office, name)."""
    above = lines[at - 1] if at else ""
    name = re.sub(r"\s+", "", above)
    return (signed_by(above) or dash_signer(above) or (("", name) if placed_name(name) else None)) if above else None


def dash_signer(line: str) -> tuple[str, str] | None:
    """'——戈尔巴乔夫', '—— 张某': a name after a dash closing a text, the way a writer signs a letter or an address
    -> ('', name). A transliterated foreign name counts (foreign_leader_title's characters), as a Chinese one does."""
    found = DASH_SIGNED.fullmatch(line.strip())
    if not found:
        return None
    name = found.group("name")
    return ("", name) if placed_name(name) or transliterated(name) else None


def transliterated(name: str) -> bool:
    """A foreign name written in the characters Chinese transliterates with (foreign_leader_title's characters)."""
    return set(simplified(name)) <= vocabulary().transliteration


DASH_SIGNED = re.compile(r"(?:——|—|－－|--)\s*(?P<name>[\u4e00-\u9fff·]{2,10})")


def two_line_signature(e: Evidence) -> tuple[str, str] | None:
    """A speech signed in two lines where its text ends, undated: the office over the name ('董事长' / '石田某') or the
    name over the office ('张某' / '某某中学校长') -> (office, name). Read in the text's last blocks, the site's text
    the cleaning took off under it and the first lines after its element; only under a speech (titled as one, or
    addressing its audience), never under a news report."""
    if reads_as_news(e) or not titled_or_spoken_as_a_speech(e):
        return None
    kept = [b.text.strip() for b in e.structure.blocks[-SIGNATURE_LINES:]]
    taken_off = [r.text.strip() for r in e.structure.removals if r.rule == "trailing-site-text"][:SIGNATURE_LINES]
    for lines in (kept, taken_off, [line.strip() for line in e.after_article[:SIGNATURE_LINES]]):
        for above, below in pairwise(lines):
            if name := office_over_a_name(above, below):
                return above, name
            if placed_name(re.sub(r"\s+", "", above)) and is_office_line(below):
                return below, re.sub(r"\s+", "", above)
    return None


def name_over_office(lines: list[str], at: int) -> tuple[str, str] | None:
    """A signature block set name first, then the office, over the date ('张某' / '某某中学校长' / '2023年9月1日')
    -> (office, name): the two lines above lines[at]."""
    if at < 2 or not is_office_line(lines[at - 1]):
        return None
    name = re.sub(r"\s+", "", lines[at - 2])
    return (lines[at - 1].strip(), name) if placed_name(name) else None


SIGNATURE_LINES = 4  # a signature block (office, name, date) and a line of the text's ending or the site's


def closing_signer(e: Evidence) -> tuple[str, str] | None:
    """The signature block's (office, name); a transliterated name a dash signs ('——戈尔巴乔夫') read by its shape."""
    found = closing_signature(e)
    if not found:
        return None
    joint = JOINT in found[1] and all(map(placed_name, found[1].split(JOINT)))  # names checked one by one
    return ShapedName(found[:2]) if joint or (not placed_name(found[1]) and transliterated(found[1])) else found[:2]


def closing_signature_date(e: Evidence) -> dt.date | None:
    found = closing_signature(e)
    return found[2] if found else None


def is_office_line(line: str) -> bool:
    """A short line that is an office, perhaps with its body before it ('某某公司总经理', '校长'): no sentence, and
    ending with an office word (office_endings in metadata.yml)."""
    shadow = simplified(line)
    return len(shadow) <= TITLE_LINE_MAX and not re.search(r"[，。！？：:；\s]", shadow) \
        and shadow.endswith(vocabulary().office_endings)


def signature_below_the_text(e: Evidence) -> tuple[str, str] | None:
    """An office and a name signing a speech just under its text where the page set them apart: the first lines
    after the text's element, or the short lines after the text the cleaning took off as the site's
    (trailing-site-text: '董事长 石田某' set right-aligned under a company's message), or a name a dash signs there
    ('——李某成' under a '总经理致辞'). Only under a speech (its title names one, or it addresses its audience), never
    under a news report; a name alone there, undashed, may be anybody's (a web designer, a contact)."""
    if reads_as_news(e) or not titled_or_spoken_as_a_speech(e):
        return None
    taken_off = [r.text.strip() for r in e.structure.removals if r.rule == "trailing-site-text"][:SIGNATURE_LINES]
    return next((who for who in map(office_or_dash_signer, [*e.after_article[:2], *taken_off]) if who), None)


def office_or_dash_signer(line: str) -> tuple[str, str] | None:
    """(office, name) of a line signing a text with the signer's office ('董事长 石田某'), or with a dash before the
    name ('——李某成')."""
    who = signed_by(line)
    return who if who and who[0] else dash_signer(line)


def name_office_signature(text: str) -> tuple[str, str] | None:
    """'陳嘉文校長' / '王明 董事长' signing the text: a name followed by an office (read on the simplified
    shadow, so traditional signatures count too) -> (office, name) in the page's own characters."""
    plain = re.sub(r"\s+", "", text)
    shadow = simplified(plain)
    found = name_then_office(shadow) if len(shadow) == len(plain) else None
    if not found:
        return None
    name_length = len(found[1])
    return plain[name_length:], plain[:name_length]


# A mark a page writes for a transliterated name's middle dot ('某某德•某某茨', '某某德*某某茨'), between characters.
STAND_IN_DOT = re.compile(rf"(?<={CJK_CHAR.pattern})[・‧•∙*](?={CJK_CHAR.pattern})")


def labelled_speaker(values: list[str]) -> tuple[str, str] | None:
    """A 作者/讲话人 value: '张三', '张三同志', '市长 张三' -> (office, name); two names or a CMS default -> None."""
    for value in values:
        name = STAND_IN_DOT.sub("·", value.strip().removesuffix("同志"))  # '霍某德*舒某茨': the name's middle dot
        if placed_name(name):
            return "", name
        if described := described_name(name):  # '张三（某某市委书记）'
            return described
        if byline(value):
            return byline(value)
        if found := name_then_institution(name):
            return found
    return None


def name_then_institution(value: str) -> tuple[str, str] | None:
    """'赵某南京某某学院教授' -> ('南京某某学院教授', '赵某'): a name run into the description after it, split
    where the description starts with a place name (an institution is named by its place) and ends as an office."""
    plain = re.sub(r"\s+", "", value)
    shadow = simplified(plain)
    places = region_pattern(tuple(load_regions()))
    for length in (2, 3, 4):
        name, rest = shadow[:length], shadow[length:]
        if placed_name(name) and rest.endswith(vocabulary().office_endings) and places.match(rest):
            return plain[length:], plain[:length]
    return None


def reads_as_news(e: Evidence) -> bool:
    """A news report opens with its dateline or its reporter ('本报讯（记者 …）', '5月7日，…'), unless that opening
    is an editor's lead-in announcing the speech in full (lead_ins); its 作者 field
    names the reporter, not a speaker. So does a page titled by an event (reports_an_event), or one whose text
    follows its reporter about (follows_its_reporter), when the text does not address its audience."""
    announcing = set(lead_ins(e))  # an editor's dated lead over '以下是演讲全文：' opens a speech, not a report
    return any(vocabulary().news_opening.match(simplified(b.text)) for b in e.structure.blocks[:2]
               if b.text not in announcing) \
        or ((reports_an_event(e.title_head.title) or follows_its_reporter(e)) and not speaks_to_an_audience(e))


def follows_its_reporter(e: Evidence) -> bool:
    """'记者首先前往…', '记者发现…' in several paragraphs (reporter_at_work in metadata.yml): a report that opens with a
    scene rather than its dateline."""
    vocab = vocabulary()
    found = sum(bool(vocab.reporter_at_work.search(simplified(block.text))) for block in e.structure.blocks)
    return found >= vocab.reporter_at_work_blocks


def reported_in_third_person(e: Evidence, name: str) -> bool:
    """The text tells what `name` said ('张某明说，…', '张某明认为，…', reported_saying in metadata.yml) in several
    paragraphs and does not address its audience: a report or an interview written about them by a reporter, whose
    subject is no speaker of the text. A speaker does not report their own words by name."""
    if not name or speaks_to_an_audience(e):
        return False
    saying = re.compile(vocabulary().reported_saying.replace("{NAME}", re.escape(simplified(name))))
    found = sum(bool(saying.search(simplified(block.text))) for block in e.structure.blocks)
    return found >= vocabulary().reported_saying_blocks


def several_speakers_take_turns(structure: Structure) -> bool:
    """The text is a transcript of two people or more taking turns (dialogue_turns in metadata.yml): its paragraphs
    open with their names and a colon ('张某：…', '李某：…'), each name min_turns times or more."""
    vocab = vocabulary()
    turns: Counter[str] = Counter()
    for block in structure.blocks:
        label = TRANSCRIPT_LABEL.match(block.text)
        name = label.group(0).rstrip("：: \t") if label else ""
        if name and is_bare_name(name):
            turns[simplified(name)] += 1
    return sum(count >= vocab.dialogue_min_turns for count in turns.values()) >= vocab.dialogue_min_speakers


# A turn's label in a transcript: a name, a host's or a questioner's role, or a letter standing for a person
# ('张某：', '主持人：', '问：', 'N：', 'Q:').
TURN_LABEL = re.compile(rf"^(?P<label>{NAME}|[A-Z]{{1,3}})\s*[：:]\s*\S")


LONE_LABEL = re.compile(rf"\s*(?P<name>{NAME})\s*[：:]\s*")  # a turn's label alone on its line


def lone_turn_label(e: Evidence) -> tuple[str, str] | None:
    """A name and a colon alone on the last line over the text ('张某明：', a transcript's heading '### 某某：')
    while no paragraph of the text opens with another name and a colon, or opening its first paragraph ('张某明：
    非常高兴参加…') while no other paragraph opens with a label and a colon at all (an interview's '记者：' asks): a
    transcript of one voice, labelled once where it starts. Not a page's own label ('原标题：', labels_a_page_line)
    or a narrator's '某某说：', nor a name the text goes on to speak of: '孔子：吾十有五…' opening an essay is its
    epigraph."""
    alone = LONE_LABEL.fullmatch(e.structure.head[-1]) if e.structure.head else None
    opening = TURN_LABEL.match(e.structure.blocks[0].text) if e.structure.blocks and not alone else None
    name = alone.group("name") if alone else opening.group("label") if opening else ""
    if not name or not names_a_person(name) or labels_a_page_line(name) or introduces_a_quotation(name):
        return None
    if opening and any(simplified(name) in simplified(block.text) for block in e.structure.blocks[1:]):
        return None  # the text goes on to speak of them: their words opened it as an epigraph
    labels = {turn.group("label") for block in e.structure.blocks if (turn := TURN_LABEL.match(block.text))}
    others = {label for label in labels if names_a_person(label)} if alone else labels - {name}
    return None if others else ("", name)


def labels_a_page_line(label: str) -> bool:
    """'原标题', '编者按', '来源': a label the page's own lines open with — a field's (field_line) or one that a line
    rule of cruft.yml takes off with its value ('原标题：…', original-title-line) — never a voice's in a transcript,
    however much it reads as a name (原 and 编 are family names)."""
    line = f"{label}：{LABEL_PROBE_VALUE}"
    return bool(field_line().match(line)) \
        or any(rule.pattern is not None and rule.pattern.fullmatch(line) for rule in chrome_line_rules())


LABEL_PROBE_VALUE = "在全县大会上的讲话"  # a value any labelled line could carry, to ask the line rules of a label


@cache
def chrome_line_rules() -> tuple[Rule, ...]:
    """cruft.yml's rules that take off a whole line."""
    return tuple(rule for rule in load_rules() if rule.kind == "line" and rule.pattern is not None)


def named_voice_of_turns(e: Evidence) -> tuple[str, str] | None:
    """A transcript of questions and answers in which one person alone is labelled by name (or, in brackets, by a
    transliterated name: '某某尔：' before a colon may be a car's), min_turns times or more, and the other turns by a
    role or a letter ('N：…' / '某某：…', '主持人：' / '张某：', '[某某]' in brackets): that person is the one whose
    words the page records. An interview labelled Q and A names nobody, a reporter's ('记者：') is a news report,
    and turns of two names or more are a dialogue (several_speakers_take_turns) or a page quoting several people."""
    labels: Counter[str] = Counter()
    bracketed = set()
    for block in e.structure.blocks:
        found = TURN_LABEL.match(block.text) or BRACKETED_TURN_LABEL.match(block.text)
        if found and not FIGURE_AFTER_LABEL.match(block.text, found.end() - 1):
            labels[found.group("label")] += 1
            bracketed |= {found.group("label")} if found.re is BRACKETED_TURN_LABEL else set()
    named = [label for label in labels if not introduces_a_quotation(label)
             and (is_bare_name(label) or (label in bracketed and len(label) >= 3 and transliterated(label)))]
    others = [label for label in labels if label not in named]
    if len(named) == 1 and others and labels[named[0]] >= vocabulary().dialogue_min_turns \
            and not any(simplified(label) in vocabulary().reporter_turn_labels for label in others):
        return ("", named[0]) if is_bare_name(named[0]) else ShapedName(("", named[0]))
    return None


def introduces_a_quotation(label: str) -> bool:
    """'古人云', '孔子曰', '子曰', '某某师说': who said the words quoted after the colon, with a verb of saying (曰 or
    说, which no name ends with; or 云 after a common word that is no name: '王云', '刘青云' and '张家云' are names),
    a narrator's, never a turn's label."""
    shadow = simplified(label)
    words = tagged_words(shadow[:-1])
    return shadow.endswith(("曰", "说")) or (shadow.endswith("云") and len(words) == 1 and len(words[0][0]) >= 2
                                    and is_word(words[0][0]) and not words[0][1].startswith("nr"))


# A label's value that opens with a figure ('成交价：1.306亿港币', '面积：120平方米'): a field's, never a voice's words.
FIGURE_AFTER_LABEL = re.compile(r"[\d０-９]")


# A turn's label in brackets, as a transcript of a town hall or a press conference prints it ('[某某]好吧，…').
BRACKETED_TURN_LABEL = re.compile(rf"^[\[【［](?P<label>{NAME})[\]】］]\s*\S")



def reports_an_event(title: str) -> bool:
    """'全县秋季工作推进会召开', '县长某某赴某镇调研': a headline of what happened, not a speech's own title."""
    shadow = simplified(title)
    vocab = vocabulary()
    return bool(vocab.event_headline.search(shadow)) and not vocab.speech_title_end.search(shadow) \
        and not EVENT.search(shadow)


def author_field(e: Evidence) -> tuple[str, str] | None:
    """The page's 作者 field ('张三', '张三同志', '市长 张三') -> (office, name), or a writer's credit line among
    the head lines and the page's title elements ('作者 张三', author_credit in metadata.yml). Not <meta
    name=author>: CMSs fill it with the editor or the reporter. Not on a page whose title marks a repost ('转：',
    '记录：'): its 作者 is whoever posted someone else's text."""
    return None if e.title_head.reposted else labelled_speaker(e.captures.author + author_credits(e))


def author_credits(e: Evidence) -> list[str]:
    """The names that writer's credit lines in the page's title elements or its head give, in the page's own
    characters (read on the simplified shadow, which keeps every character's place)."""
    lines = [line.strip() for line in [*e.facts.title_elements, *e.structure.head]]
    credits = ((line, vocabulary().author_credit.match(simplified(line))) for line in lines)
    return [line[found.start("name"):found.end("name")] for line, found in credits if found]


def office_name_delivering(text: str) -> tuple[str, str] | None:
    """'县长张某某发表二〇一九年新年贺词' / '省长李某某在大会上作政府工作报告' -> (office, name): an office and a
    name right before a verb of delivering a speech (speech_verbs in metadata.yml) and a speech word."""
    shadow = simplified(text)
    if ANNOUNCING_PREFIX.match(shadow):  # '以下是司長某某今日於開幕禮的致辭：': 於 is 在 there (same length)
        shadow = shadow.replace("于", "在")
    for match in delivering_pattern().finditer(shadow):
        office = longest_office_suffix(match.group("run"))
        name = match.group("name")
        office = ANNOUNCING_PREFIX.sub("", office)  # '以下为财政司司长陈某今日…的致辞全文': the office is 财政司司长
        occasion = runs_into_an_occasion(simplified(name))  # '校长毕业典礼致辞': the occasion, no Mr 毕
        if office and placed_name(name) and not occasion:
            start = match.start("name")
            return text[start - len(office):start], text[start:match.end("name")]
    return None


def runs_into_an_occasion(name: str) -> bool:
    """A run read as a name that is the occasion ('毕业典礼'), or a name of two characters or more run into it
    ('王某新春' in '董事长王某新春致辞'): speech_occasions in metadata.yml."""
    occasions = vocabulary().speech_occasions
    return name in occasions or any(name.endswith(word) and len(name) - len(word) >= 2 for word in occasions)


# Words that open with a family name's character and make a compound with the speech word after them, never a name
# between an office and the speech: '行政长官施政报告', '市长施政报告' (a policy address, by whoever holds the office).
NOT_A_NAME_BEFORE_THE_SPEECH = "施政(?:报告|報告)"

# The words announcing the text below, opening the run before an office in a lead-in ('以下为…致辞全文'): not the
# office's.
ANNOUNCING_PREFIX = re.compile(r"^(?:以下|下面|下文)(?:为|是|系|為|係)")


@cache
def delivering_pattern() -> re.Pattern:
    verbs = literal_alternation(set(vocabulary().speech_verbs))
    endings = literal_alternation(set(vocabulary().office_endings))
    manners = literal_alternation(set(vocabulary().attendance_manners))
    return re.compile(rf"(?P<run>[{CJK_RANGE}、]{{0,30}}?{endings})"
                      rf"(?!{NOT_A_NAME_BEFORE_THE_SPEECH})(?P<name>{DOTTED_NAME_UP_TO}|[{CJK_RANGE}·]{{2,4}}?){HONORIFIC}?"
                      rf"(?=(?:今天|今日|昨天|昨日)?(?:[（(][^（）()]{{1,12}}[）)])?"  # '今日（五月六日）'
                      rf"(?:[今昨][（(]\d{{1,2}}[）)]日|\d{{1,2}}日)?"  # Taiwan's, Hong Kong's news: '今（5）日', '8日'
                      rf"(?:通过[^，。！？]{{1,30}}?[，,]?)?"  # the medium: '通过电视和网络', '通过…互联网，发表了…'
                      rf"(?:{manners})?"  # how they took part: '线上出席', '视频致辞' (attendance_manners)
                      # '出席…开幕典礼，致词', '出席…并讲话', '出席…时的致辞', '出席…开幕礼致辞全文'
                      # (not '出席…听取…报告')
                      rf"(?:出席(?:(?!听取|审议|聆听|观看)[^。！？]){{1,60}}?(?:[，,]\s*并?|并|时的?)?)?"
                      rf"(?:(?:{verbs})[^。！？]{{0,60}}?)?{SPEECH_WORDS})")


def speaks_to_an_audience(e: Evidence) -> bool:
    """The text is the speech itself, not a report on it: it opens by addressing its audience (同志们：,
    大家好！), or the page announces it in full (…全文如下：)."""
    opening = [TRANSCRIPT_LABEL.sub("", b.text, count=1) for b in e.structure.blocks[:2]]  # '张三：尊敬的…'
    return e.structure.addresses_audience or bool(lead_ins(e)) \
        or any(simplified(text).startswith(vocabulary().speech_openings) or names_listeners(text) for text in opening) \
        or greets_first(e.structure.blocks)


def speech_not_report(e: Evidence) -> bool:
    """The text is the speech, not a report quoting it: it addresses its audience, or the page files it as a speech
    and does not read as news; and no report of several paragraphs stands around it."""
    return (speaks_to_an_audience(e) or (filed_as_speech(e) and not reads_as_news(e))) \
        and not report_around_the_speech(e)


def filed_as_speech(e: Evidence) -> bool:
    """The page files itself under a speech genre: a short tag among its keywords, article tags or tag links ends
    with a speech word ('演讲', '名人演讲', '讲话稿'), as a blog files the talk it reposts. A news site's keyword list
    names topics, and the caller still asks that the page not read as news."""
    tags = filed_tags(e)
    return any(0 < len(tag) <= FILED_TAG_MAX_CHARS and FILED_SPEECH_TAG.search(simplified(tag)) for tag in tags)


def filed_tags(e: Evidence) -> list[str]:
    """What the page files itself under: its keywords, its article tags and its tag links, one by one."""
    listed = ",".join([e.facts.meta.get("keywords", ""), e.facts.meta.get("article:tag", ""), *e.facts.tags])
    return TAG_SEPARATOR.split(listed)


def filed_under_speaker(e: Evidence) -> tuple[str, str] | None:
    """The one person a blog files the talk it reposts under (its tags, keywords or tag links: '梁某某', '投资'), when
    the text is the speech, or a lead-in over it names that person, or the post files itself under them twice (its
    keywords and its tag links), or once and someone in it calls the speaker by that person's family name ('老罗，…':
    called_by_family_name), and the text speaks in the first person and never names them (first_person_voice). A
    tag is a person's name when jieba tags it one of two or three characters and it has a name's shape. Of several
    people, the one the page links more often than any other (the post's own tag, and again in its keywords, beside a
    menu of categories naming others once); two people as often name nobody in particular."""
    if len(e.facts.tags) > FILED_TAGS_MAX:
        return None  # an index of posts, each with its tags: nobody's page
    filed = list(filter(None, map(person_filed, filed_tags(e))))
    spelled = {simplified(name): name for name in filed}  # counted in either script, spelled as the tag links (last)
    names = Counter(map(simplified, filed)).most_common(2)
    name = spelled[names[0][0]] if names and (len(names) == 1 or names[0][1] > names[1][1]) else ""
    if not name or ADMINISTRATIVE_END.search(name) or reads_as_news(e):
        return None
    twice = names[0][1] >= 2  # in the post's keywords and its tag links both: its own filing, not a menu's item
    if titled_as_its_subject(e.title_head.title, name):  # a talk about them ('关于雷某的演讲稿'), not by them
        return None
    return ("", name) if speech_not_report(e) or any(name in lead for lead in announcing_leads(e)) \
        or ((twice or called_by_family_name(body_text(e), name)) and first_person_voice(e, name)) else None


def titled_as_its_subject(title: str, name: str) -> bool:
    """The title makes the person the talk's subject, not its speaker: '关于雷某的演讲稿', '学习雷某精神演讲稿',
    '纪念某某某同志诞辰一百周年' (talk_subject in metadata.yml: its words before the name and after it)."""
    shadow, name, words = simplified(title), re.escape(simplified(name)), vocabulary()
    return bool(re.search(rf"(?:{words.subject_before_name}){name}|{name}{HONORIFIC}?的?(?:{words.subject_after_name})",
                          shadow))


def called_by_family_name(text: str, name: str) -> bool:
    """Someone in the text calls the speaker by family name, as friends do ('老罗，咱们那时候…', '小王，你…'): the
    familiar 老 or 小 and the family name of `name`, then a pause (a comma, a stop, a closing quote)."""
    shadow = simplified(name)
    family = next((f for f in vocabulary().compound_surnames if shadow.startswith(f)), shadow[:1])
    return bool(re.search(rf"(?<![\u4e00-\u9fff])[老小]{re.escape(family)}[，,。！？!?：:”」\s]", simplified(text)))


def person_filed(tag: str) -> str:
    """The person a tag files a post under: the tag is their name (jieba tags it one), or their name before the speech
    word ('某某某演讲稿', '某某某讲话', name_occasion_speech), as a blog files its reposts of one person's talks."""
    tag = tag.strip()
    if len(tag) >= 2 and len(words := tagged_words(simplified(tag))) == 1 and jieba_name(*words[0]):
        return tag
    named = name_occasion_speech(tag)
    return named[1] if named else ""


def own_voice_colon(e: Evidence) -> tuple[str, str] | None:
    """'某某大学校长王某明：从上大学到上好大学' over an article in the first person that never names 王某明: the
    person before the colon wrote or said the text (first_person_voice). A report's headline quotes its subject so
    too, but its text names the person it reports on; never on a page that reads as news, nor under a headline naming
    notes on the talk ('某某：…笔记', notes_title in metadata.yml), which keep the lecturer's voice."""
    title = e.title_head.title
    found = colon_speaker(title)
    if not found or reads_as_news(e) or vocabulary().notes_title.search(simplified(title)):
        return None
    return found if first_person_voice(e, found[1]) else None


def first_person_voice(e: Evidence, name: str) -> bool:
    """The text says 我 (我们) again and again and never names `name`: it is that person's own talk or article
    ('你们毕业之后…依我个人的观察', filed under the writer), not a piece about them, which would name them."""
    return speaks_in_the_first_person(e) and simplified(name) not in body_text(e)


def speaks_in_the_first_person(e: Evidence) -> bool:
    """The text says 我 (我们) again and again: a voice speaking, not one quoted phrase."""
    return body_text(e).count("我") >= FIRST_PERSON_MIN


def spoken_by_someone(e: Evidence) -> bool:
    """The text is a voice's own: it addresses its audience or speaks in the first person."""
    return speaks_to_an_audience(e) or speaks_in_the_first_person(e)


FIRST_PERSON_MIN = 5  # 我 and 我们 in the text: a voice speaking, not one quoted phrase


def author_before_work_title(e: Evidence) -> tuple[str, str] | None:
    """'胡某《容忍与自由》', '妙论——钱某先生《中国文化对人类未来可有的贡献》': a headline (or its part after a dash)
    that is a person's name, perhaps with 先生, before the work's own title in 书名号, as a blog heads the text it
    reposts, over a text speaking in the first person: that person wrote or said it. Not notes on the work
    (notes_title in metadata.yml: '…《某书》读后感'), nor a headline reading it ('读某某《…》'), nor news."""
    title = e.title_head.title.strip()
    found = WORK_CREDITED.search(simplified(title))
    if not found or reads_as_news(e) or vocabulary().notes_title.search(simplified(title)):
        return None
    name = title[found.start("who"):found.end("who")]
    return ("", name) if is_bare_name(name) and speaks_in_the_first_person(e) else None


WORK_CREDITED = re.compile(r"(?:^|——|—|[-:：|｜\s])(?P<who>[\u4e00-\u9fff]{2,4}?)(?:先生|教授|女士)?\s*"
                           r"《[^《》]{2,40}》$")


def name_opening_its_speech_title(e: Evidence) -> tuple[str, str] | None:
    """'某某欢迎某某团队回归华为的讲话', '某某同各界优秀青年代表座谈时的讲话': a title that opens with the speaker's
    name, says what they did with whom, and closes with 的 and the speech word (SPEAKER_TITLE_LINE reads the '在…上的
    讲话' form), over a text that addresses its audience or speaks in the first person. Not a headline about studying
    the speech (speech_studied in metadata.yml)."""
    title = e.title_head.title.strip()
    found = vocabulary().name_then_deed.fullmatch(simplified(title))
    if not found or about_the_speech(title):
        return None
    name = title[found.start("who"):found.end("who")]
    return ("", name) if spoken_by_someone(e) and placed_name(name) and is_bare_name(name) else None


def author_after_work_title(e: Evidence) -> tuple[str, str] | None:
    """'《高举…而团结奋斗》 习某', '《在…大会上的讲话》-习某': a headline that is only the speech's own title in
    书名号, then the name of who gave it after a space or a dash, as a collection or a corpus heads each text, over
    a text that addresses its audience or speaks in the first person. Not news (a report quotes a title too)."""
    title = e.title_head.title.strip()
    found = WORK_THEN_CREDIT.fullmatch(simplified(title))
    if not found or reads_as_news(e):
        return None
    name = title[found.start("who"):found.end("who")]
    return ("", name) if spoken_by_someone(e) and is_bare_name(name) else None


WORK_THEN_CREDIT = re.compile(r"《[^《》]{2,60}》\s*(?:[-－—–]{1,2}\s*)?(?P<who>[\u4e00-\u9fff]{2,4})")


def possessive_title_voice(e: Evidence) -> tuple[str, str] | None:
    """A title opening with a person's name and 的 ('某某某的七个学分', '某某的一封信') over a text that speaks in
    the first person and never names them (first_person_voice): their own talk or letter, as the title says whose
    it is. A piece about them would name them; a report is read elsewhere."""
    title = e.title_head.title
    words = tagged_words(simplified(title))  # jieba knows simplified names ('李開復' is read as 李开复)
    if len(words) < 3 or words[1][0] != "的" or not jieba_name(*words[0]) or ADMINISTRATIVE_END.search(words[0][0]) \
            or reads_as_news(e):
        return None
    name = title[:len(words[0][0])]  # as the page writes it
    return ("", name) if first_person_voice(e, name) else None


def writer_to_an_audience(e: Evidence) -> tuple[str, str] | None:
    """A title, or its part after a dash or a colon, naming who writes to whom ('某某博士给中国计算机系学生的建议',
    '董事长某某致全体员工的一封信', '某某写给新生的话'): the writer's name, perhaps with a degree or an office, then
    给/致/写给, the audience and the kind of message. Never on a page that reads as news."""
    if reads_as_news(e):
        return None
    for part in re.split(r"\s*(?:——|—|--|-|－|[：:])\s*", e.title_head.title):
        found = WRITER_TO_AUDIENCE.fullmatch(simplified(part))  # the name as the page writes it ('李開復')
        who = DEGREE_AFTER_NAME.sub("", part[found.start("who"):found.end("who")]) if found else ""
        if who and (named := (("", who) if placed_name(who) else name_then_office(who) or byline(who))):
            return named
    return None


WRITER_TO_AUDIENCE = re.compile(r"(?P<who>[^，,。\s]{2,16}?)(?:写给|给|致)(?P<audience>[^，,。]{2,30})的"
                                r"(?:一封信|公开信|信|建议|寄语|忠告|话)")
DEGREE_AFTER_NAME = re.compile(r"(?:博士|先生|女士)$")  # '某某博士': a degree or a courtesy, no office (one script)


FILED_TAGS_MAX = 24  # one post's tags, a menu of categories, a related post's tags; an index lists dozens


TAG_SEPARATOR = re.compile(rf"\s*[{TAG_MARKS};；]\s*")  # a keyword list may use semicolons too
FILED_TAG_MAX_CHARS = 8  # a tag is a word or two; a longer keyword is a headline repeated
FILED_SPEECH_TAG = re.compile(rf"(?:{SPEECH_WORDS})稿?$")


def greets_first(blocks: list[Block]) -> bool:
    """The text's first sentence (past a title block of lines without one: its title, its date) names the listeners
    and greets them ('某某大臣、各位议员、秘书，大家好！我是…'): the text is the speech."""
    first = next((block.text for block in blocks if re.search(r"[。！？!?]", block.text)), "")
    sentence = re.split(r"[。！？!?]", first, maxsplit=1)[0]
    return bool(sentence) and ends_with_greeting(sentence, load_shapes())


def report_around_the_speech(e: Evidence) -> bool:
    """Two or more paragraphs of reporting (prose sentences) before the salutation: the page is a news report that
    quotes the speech in full after its own account, not an editor's one-paragraph lead-in to the speech. A long
    account (up to REPORT_MAX_PARAGRAPHS before the salutation) is one too, when its paragraphs are all prose."""
    shapes = load_shapes()
    before = []
    for block in e.structure.blocks[:REPORT_MAX_PARAGRAPHS + 1]:
        if shapes.salutation.match(block.text) or names_listeners(block.text):
            break
        before.append(block.text)
    else:
        return False
    reported = [text for text in e.captures.lead_in if re.search(r"[。！？].", text)]  # account, then '以下是…全文'
    paragraphs = reported + before
    return len(paragraphs) >= REPORT_PARAGRAPHS and all(re.search(r"[。！？]", text) for text in paragraphs)


REPORT_PARAGRAPHS = 2  # an editor's lead-in is one paragraph; a report's own account is more
REPORT_MAX_PARAGRAPHS = 8  # ... and seldom more than this many before the speech it quotes


def names_listeners(text: str) -> bool:
    """'主任委员、各位委员、各位来宾：': a short line ending in a colon that lists who is addressed
    (各位, …们, 女士, 先生), with no sentence in it: a salutation the structure's shapes did not know."""
    shadow = simplified(text.strip())
    return len(shadow) <= 100 and shadow.endswith(("：", ":")) and not re.search(r"[。！？]", shadow) \
        and bool(re.search(r"各位|(?<![我你他她它人咱])们|女士|先生", shadow))


def closes_with_a_full_text_mark(shadow: str) -> bool:
    """A paragraph ending with the bracketed mark that the full text follows ('…腾讯科技对此进行了整理。（演讲全文）',
    full_text_announcement's last form), under an editor's or a blogger's paragraphs as the announcement alone is."""
    found = vocabulary().full_text_announcement.search(shadow)
    return found is not None and shadow[found.start()] in "。！？" and bool(re.search(r"[）)]\s*[：:]?\s*$", shadow))


def lead_ins(e: Evidence) -> list[str]:
    """The lead-ins announcing the text: the one the cleaning took off ('…全文如下：'), and an opening block saying
    the full text follows ('…以下为发言全文。', full_text_announcement in metadata.yml), or a paragraph saying only
    that further down, under an editor's introduction of several paragraphs."""
    vocab = vocabulary()
    paragraphs = [b.text for b in e.structure.blocks if b.kind == "paragraph"]  # a heading above is no lead-in
    opening = paragraphs[:vocab.opening_blocks["full_text_announcement"]]
    at = next((i for i, text in enumerate(opening) if vocab.full_text_announcement.search(simplified(text))), None)
    if at is None:  # a paragraph that is the announcement alone, under an editor's longer introduction
        opening = paragraphs[:vocab.announcement_alone_blocks]
        at = next((i for i, text in enumerate(opening) if vocab.full_text_announcement.match(simplified(text))
                   or closes_with_a_full_text_mark(simplified(text))), None)
    if at is None:
        return e.captures.lead_in + paragraphs_above_a_full_text_heading(e)
    return e.captures.lead_in + opening[:at + 1]  # the editor's blocks up to it


def paragraphs_above_a_full_text_heading(e: Evidence) -> list[str]:
    """The paragraphs above a heading among the text's first blocks that names the text below as the speech itself
    ('演讲稿', '【演讲全文】'; full_text_headings in structure.yml): the editor's introduction, a lead-in."""
    first = e.structure.blocks[:load_shapes().full_text_heading_reach]
    at = next((i for i, block in enumerate(first) if block.kind == "heading" and full_text_heading(block.text)), 0)
    return [block.text for block in first[:at] if block.kind == "paragraph"]


def office_name_titling(title: str) -> tuple[str, str] | None:
    """'某某集团董事长王某新春致辞' / '校长张某致辞' / '县长李某2024年新年贺词' -> (office, name): a speech's own title
    made of an office, a name and the speech word, perhaps with the occasion between (speech_occasions in
    metadata.yml). Read on the simplified shadow; the parts keep the page's characters."""
    plain = re.sub(r"\s+", "", title)
    shadow = simplified(plain)
    ending = vocabulary().speech_title_end.search(shadow)
    if not ending or len(shadow) != len(plain) or NEWS_HEADLINE.search(shadow):
        return None
    before = shadow[:ending.start()]
    occasions = literal_alternation(set(vocabulary().speech_occasions))
    occasion = re.compile(rf"{HONORIFIC}?的?(?:(?:{YEAR})年度?)?(?:{occasions})?的?")
    for length in (2, 3, 4):
        for start in range(len(before) - length, 1, -1):
            name, rest = before[start:start + length], before[start + length:]
            office = re.split(r"[，。：:；！？\s]", before[:start])[-1]  # the body and the office before the name
            opens_an_occasion = any(word.startswith(name) for word in vocabulary().speech_occasions)  # '毕业典礼'
            if office.endswith(vocabulary().office_endings) and placed_name(name) and occasion.fullmatch(rest) \
                    and not opens_an_occasion:
                return plain[start - len(office):start], plain[start:start + length]
    return None


def office_name_in_speech_title(e: Evidence) -> tuple[str, str] | None:
    """office_name_titling of the chosen title, unless the page reads as a news report."""
    return None if reads_as_news(e) else office_name_titling(e.title_head.title)


def delivering_in_title(e: Evidence) -> tuple[str, str] | None:
    return office_name_delivering(e.title_head.title) if speaks_to_an_audience(e) else None


def full_text_of(title: str, text: str) -> tuple[str, str] | None:
    """'前某某局局长某某某宣布退休记者会全文' -> (office, name): a title that opens with an office and a name and
    announces the full text of what they said. Where the name ends is unsaid ('某某某宣布'): the longest name
    that the text also prints after the office is it."""
    plain = re.sub(r"\s+", "", title)
    if not simplified(plain).endswith("全文"):
        return None
    found = [who for end in range(4, min(len(plain), 24)) if (who := byline(plain[:end])) and "".join(who) in text]
    return found[-1] if found else name_before_speech_word(plain, text)


NAMED_FULL_TEXT = re.compile(rf"(?P<who>[^！!？?：:，,]{{2,60}}?)的?(?:最新|年度|主旨|主题|重要|公开|内部|完整)?"
                             rf"(?:演讲|演說|演说|{SPEECH_WORDS})(?:全文|实录)$")


def name_before_speech_word(title: str, text: str) -> tuple[str, str] | None:
    """'…！某某集团董事长、总裁兼CEO张某某最新演讲全文' -> (office, name): the title's last clause names the speaker
    right before the speech word; the name (three, two or four characters, a listed surname) is printed in the text
    too. The office before it may hold words the byline grammar does not know ('兼CEO')."""
    found = NAMED_FULL_TEXT.search(simplified(title))
    who = title[found.start("who"):found.end("who")] if found else ""
    for length in (3, 2, 4):
        name = who[-length:]
        if len(who) > length and placed_name(name) and name in text:
            return who[:-length].strip("、，, "), name
    return None


def full_text_in_title(e: Evidence) -> tuple[str, str] | None:
    """full_text_of the chosen title, when the text below is the speech itself."""
    text = "\n".join([*e.captures.lead_in, *(block.text for block in e.structure.blocks)])
    return full_text_of(e.title_head.title, text) if speaks_to_an_audience(e) else None


def delivering_in_headline(e: Evidence) -> tuple[str, str] | None:
    """The office and name delivering the speech in the headline the page prints over its title (a head line, or
    the headline whose own title the cascade took: announced_speech_title)."""
    if not speaks_to_an_audience(e):
        return None
    return next(filter(None, map(office_name_delivering, printed_headlines(e))), None)


def office_labelled_address(e: Evidence) -> str:
    """'县长：各位代表、同志们：…' — a record labels each turn by who speaks, and a speaker known by their office is
    labelled by it alone: the office (in the page's characters) labelling the first turn that addresses the
    audience; '' if none."""
    for block in e.structure.blocks:
        found = OFFICE_LABEL.match(block.text)
        office = found.group("office") if found else ""
        rest = block.text[found.end():] if found else ""
        if office and is_office_line(office) and not is_bare_name(office) \
                and (rest.startswith(vocabulary().speech_openings) or names_listeners(rest.split("：")[0] + "：")):
            return office
    return ""


OFFICE_LABEL = re.compile(r"(?P<office>[^，。：:\s]{2,12})\s*[：:]\s*")


def office_named_elsewhere(e: Evidence) -> tuple[str, str] | None:
    """The speaker of an address labelled by an office alone (office_labelled_address), named with that office
    elsewhere on the page ('…县长李某明出席…') -> (office, name)."""
    office = office_labelled_address(e)
    if not office:
        return None
    for text in page_strings(e):
        for at in (m.end() for m in re.finditer(re.escape(office), text)):
            if name := name_opening(text[at:at + NAME_WINDOW]):
                return office, name
    return None


NAME_WINDOW = 8  # a name and the word after it


def name_opening(text: str) -> str:
    """The person's name `text` opens with, as jieba's tagger reads it ('李某明出席…' -> '李某明'; '向本会…' -> '');
    in the page's characters."""
    words = tagged_words(simplified(text))
    first, tag = words[0] if words else ("", "")
    return text[:len(first)] if tag == "nr" and is_bare_name(text[:len(first)]) else ""


def delivering_in_lead_in(e: Evidence) -> tuple[str, str] | None:
    """'县长张某某发表…讲话' or '张某某县长今天…发表讲话' (lead_name_office in metadata.yml) in a lead-in; a news report
    quoting the speech after its own account of several paragraphs is the text, and it names no speaker."""
    if report_around_the_speech(e):
        return None
    return next(filter(None, map(delivering_named, announcing_leads(e))), None)


def delivering_named(text: str) -> tuple[str, str] | None:
    """(office, name) of whoever a lead says gave the speech, office first or name first (lead_name_office), or
    whose speech the lead says took place."""
    return office_name_delivering(text) or name_office_delivering(text) or named_speech_took_place(text) \
        or possessive_speech(text)


def possessive_speech(text: str) -> tuple[str, str] | None:
    """'…，上野千某子名誉教授的致词就好像一颗深水炸弹' -> ('名誉教授', '上野千某子'): a lead's clause opening with a
    person's speech as its subject (lead_possessive_speech in metadata.yml). The words before 的 are that person's
    name, perhaps with the office after it, and nothing else; in the page's characters."""
    for clause in map(str.strip, re.split(r"[，,。；;！？]", text)):
        found = vocabulary().lead_possessive_speech.match(simplified(clause))
        who = clause[:found.end("who")] if found else ""
        if not who:
            continue
        if placed_name(who):
            return "", who
        closing = name_then_office(who) or name_office_closing(who)
        if closing and who.startswith(closing[1]):  # the name opens the clause: '学习某某书记的…' names nobody
            return closing
    return None


def named_speech_took_place(text: str) -> tuple[str, str] | ShapedName | None:
    """'…，罗某宇“时间的朋友”跨年演讲如约而至。' -> ('', '罗某宇'): a lead's clause whose subject is a person's speech
    on an occasion (name_occasion_speech) and whose verb says it took place (TOOK_PLACE)."""
    for clause in re.split(r"[，,。；;！？]", text):
        took_place = re.search(rf"{TOOK_PLACE}$", simplified(clause).strip())
        subject = clause.strip()[:took_place.start()] if took_place else ""
        if took_place and (who := name_occasion_speech(subject) or name_before_a_series(subject)):
            return who
    return None


# A name right before a series' quoted name or its year ('禤某强“时间的朋友”跨年演讲', '某某2024“…”演讲').
NAME_BEFORE_SERIES = re.compile(rf"(?P<name>[{CJK_RANGE}·]{{2,10}}?)(?:\d{{4}})?[“「『\"]")


def name_before_a_series(subject: str) -> tuple[str, str] | None:
    """The name opening a speech's subject before the series' quoted name, one the dictionary may not know (a rare
    surname: '禤某强“…”跨年演讲'), read by its shape (placed_name)."""
    found = NAME_BEFORE_SERIES.match(subject)
    return ("", found.group("name")) if found and placed_name(found.group("name")) else None


def description_delivering(e: Evidence) -> tuple[str, str] | None:
    """The page's meta description saying who gave the talk ('…重庆市原市长黄某帆在某某论坛上发表演讲时，分享了…'),
    as a blog's repost of a talk may say only there (lead_name_office in metadata.yml, as a lead-in is read)."""
    text = e.facts.meta.get("description") or e.facts.meta.get("og:description", "")
    return delivering_named(text) if text else None


def speech_note_speaker(e: Evidence) -> tuple[str, str] | None:
    """An editor's note at the text's opening or close saying whose speech it is ('本文为张某明教授2008年在…上的
    讲演，由…整理', '本文系县委书记张某在…上的讲话', speech_note in metadata.yml) -> (office, name); the lead-in
    announcing the text in full is one, however many paragraphs of the editor's stand above it
    ('以下为张某演讲全文：')."""
    blocks = [b.text for b in e.structure.blocks]
    near = vocabulary().speech_note_blocks
    announcing = [] if report_around_the_speech(e) else lead_ins(e)  # a report kept whole is the text: no speaker
    texts = [*blocks[:near], *blocks[-near:], *e.structure.tail_notes, *e.captures.note, *announcing]
    return next(filter(None, map(note_speaker, texts)), None)


def note_speaker(text: str) -> tuple[str, str] | None:
    """(office, name) of the speaker an editor's note names (speech_note in metadata.yml), or the author of a collected
    work (writing_note), in the page's characters."""
    shadow = simplified(text)
    found = vocabulary().speech_note.search(shadow) or vocabulary().writing_note.search(shadow)
    who = text[found.start("who"):found.end("who")].removesuffix("同志") if found else ""
    return ("", who) if placed_name(who) else (name_then_office(who) or byline(who)) if who else None


def name_office_delivering(text: str) -> tuple[str, str] | None:
    """'张某某县长今天上午出席…，并发表讲话。' -> (office, name): a lead opening with a name and an office, saying the
    speech was given (lead_name_office in metadata.yml); in the page's characters."""
    shadow = simplified(text)
    compound = shadow.startswith(vocabulary().compound_surnames)  # '欧阳某远县长…': four characters, not '欧阳某'
    for length in (4, 3) if compound else LEAD_NAME_LENGTHS:
        found = vocabulary().lead_name_office.match(shadow, length) if placed_name(text[:length]) else None
        if found:
            return text[found.start("office"):found.end("office")], text[:length]
    return None


LEAD_NAME_LENGTHS = (3, 2, 4)  # a name opening a lead: most are three characters, then two, then four

def announcing_leads(e: Evidence) -> list[str]:
    """Every lead-in over the speech: those lead_ins finds, a reporting sentence opening the text above a '…全文如下'
    line (reported_opening), and a record's lead field, left among the text or read before it into the head
    (record_leads)."""
    return [*lead_ins(e), *reported_opening(e), *record_leads(e)]


# A lead's clause saying a speech was given ('并发表讲话', '发表视频致辞', '以「…」为题发表演说'), read on the
# simplified shadow.
# '工作报告' holds no verb: '听取政府工作报告' says nothing of who spoke.
# The speech taking place as the clause's subject, perhaps at a place ('某某“时间的朋友”跨年演讲如约而至',
# '…演讲在北京举行').
TOOK_PLACE = "(?:在[^。！？，,；]{1,20}?)?(?:如约而至|如期而至|如期举行|隆重举行|举行|开讲)"
DELIVERY_CLAUSE = re.compile(r"(?:发表|(?<!工)作|做|致)[^。！？，,；]{0,12}?"
                             r"(?:讲话|演说|演讲|致辞|发言|谈话|贺词|献词|报告)|并(?:讲话|致辞|发言|演讲)|致辞"
                             rf"|(?:讲话|演说|演讲|报告){TOOK_PLACE}")
LEAD_MAX = 200  # a reporter's lead over a speech is one sentence or two


def reported_opening(e: Evidence) -> list[str]:
    """A news page's reporting sentence over the speech ('张某某县长今天上午出席…大会，并发表讲话。') when the line
    after it announcing the full text was taken off by the cleaning (full-text-lead-in, captured as lead_in), or
    when it opens with the day ('2019年5月31日，…会议在北京召开。…出席会议并发表重要讲话。') and the speaker's own
    words in the first person follow it: the text's first block, one paragraph in the third person saying a speech
    was given, is the lead-in too."""
    if not e.structure.blocks:
        return []
    text = e.structure.blocks[0].text
    shadow = simplified(text)
    reporting = len(text) <= LEAD_MAX and shadow.endswith("。") and "我" not in shadow
    if not reporting or not DELIVERY_CLAUSE.search(shadow):
        return []
    return [text] if e.captures.lead_in or dated_lead_over_the_speech(e, text) else []


SPEECH_AFTER_LEAD_BLOCKS = 3  # the speech's own first paragraphs, one of which speaks in the first person


def dated_lead_over_the_speech(e: Evidence, lead: str) -> bool:
    """The lead opens with a full date, and the speaker's own words follow it: a paragraph in the first person among
    the next few ('下面，我讲3个问题。')."""
    following = [block.text for block in e.structure.blocks[1:1 + SPEECH_AFTER_LEAD_BLOCKS]]
    opening = re.split(r"[，,]", lead, maxsplit=1)[0]
    return bool(DATE_LINE_RE.fullmatch(opening.strip())) and any("我" in simplified(text) for text in following)


RECORD_FIELD_LINE = re.compile(r"""\s*["']?(?P<name>[A-Za-z_][A-Za-z0-9_-]{0,40})["']?\s*[:=]\s*"""
                               r"""(?P<q>["'])(?P<value>.*?)(?P=q)\s*[,;]?\s*""")
RECORD_LEAD_MIN = 12  # Chinese characters of a record's lead field: a sentence, not a label or a count


def record_fields_left(e: Evidence) -> list[tuple[str, str]]:
    """The fields of a data record whose lines the cleaning took off the text ('title: "…",', the cruft rule
    record-field-line): (name as spelled for comparison, value), in order."""
    found = (RECORD_FIELD_LINE.fullmatch(r.text) for r in e.cleaned_off if r.rule == "record-field-line")
    return [(spelling(m.group("name")), m.group("value").strip()) for m in found if m]


def record_title_left(e: Evidence) -> str:
    """A program's or a scraper's record printed as text (a mini-program's 'data: { title: "…", content: [ … ] }')
    states its title in its title field (containers.yml's `fields`), a line the cleaning took off."""
    return record_field_left(e, "title", lambda value: bool(CJK_CHAR.search(value)))


def record_field_left(e: Evidence, key: str, fits: Callable[[str], bool] = bool) -> str:
    """The first value of a record's field left among the text whose name is one of containers.yml's names for
    `key` (and that `fits`: by default, any that is not empty)."""
    names = getattr(field_names(), key)
    return next((value for name, value in record_fields_left(e) if name in names and fits(value)), "")


def record_author_left(e: Evidence) -> str:
    """A record printed as text names who gave or wrote the text in its author field ('author: "张某某"'), as a
    scraper's author column does: read as container_author reads that column (signing_author)."""
    return signing_author(e, record_field_left(e, "author"))


def record_leads(e: Evidence) -> list[str]:
    """A record's lead field, a sentence saying the speech was given ('9月2日，某某在…上发表致辞'), over a text that
    addresses its audience: the record's lead-in to the speech. It is found where either reading of a record leaves
    it: a field line the cleaning took off the text (record_fields_left; not the record's title), or the page head's
    last line, where program_source.lead_fields puts a program's lead field read before the article (written with
    its clauses as a sentence, as a headline is not, and not the page's title)."""
    if not speaks_to_an_audience(e):
        return []
    title = record_title_left(e)
    fields = [value for _, value in record_fields_left(e) if value != title]
    last = next((line.strip() for line in reversed(e.structure.head) if line.strip()), "")
    sentence = "，" in simplified(last) or simplified(last).endswith("。")
    head = [last] if last and sentence and comparable(last) != comparable(e.field("title")) else []
    return [lead for lead in [*fields, *head] if says_a_speech_was_given(lead)]


def says_a_speech_was_given(lead: str) -> bool:
    """A sentence (RECORD_LEAD_MIN Chinese characters or more, not a label or a count) with a clause saying a speech
    was given (DELIVERY_CLAUSE)."""
    return len(CJK_CHAR.findall(lead)) >= RECORD_LEAD_MIN and bool(DELIVERY_CLAUSE.search(simplified(lead)))


def title_named_in_lead(e: Evidence) -> str:
    """A lead naming the speech's own title ('以「团结向前」为题发表演说', lead_titled_speech in metadata.yml) over a
    headline or a record's title that holds it and adds a report clause ('团结向前　总统发表国庆演说'): the quoted
    title, in the page's characters."""
    headlines = [comparable(line) for line in (e.field("title"), e.head.title, record_title_left(e)) if line]
    for lead in announcing_leads(e):
        for found in vocabulary().lead_titled_speech.finditer(simplified(lead)):
            group = "title" if found.group("title") else "title2"
            quoted = lead[found.start(group):found.end(group)]
            if any(comparable(quoted) in line and comparable(quoted) != line for line in headlines):
                return quoted
    return ""


def author_note(e: Evidence) -> tuple[str, str] | None:
    """'(作者：某某读书会创办人、代表作《某书》张三，)' closing the last paragraph (or taken off it by the
    closing-author-note cruft rule, which keeps it as a captured author_note), or a tail note '作者：某某大学教授 张三'
    (author_label_note in metadata.yml) -> ('', name)."""
    texts = [f"（{note}）" for note in e.structure.tail_notes] + [b.text for b in e.structure.blocks[-2:]] \
        + [f"（作者：{note}）" for note in e.captures.author_note]
    for text in reversed(texts):
        found = vocabulary().author_label_note.search(text)
        name = named_in(found.group("value")) if found else ""
        named = vocabulary().author_named_note.search(text)  # '（作者韩某系某某智库研究员）'
        name = name or (named.group("name") if named and placed_name(named.group("name")) else "")
        if name:
            return "", name
    return labelled_speaker(e.captures.author_note)  # '方某某大学教授': a name then the writer's institution


def named_in(value: str) -> str:
    """The person a note's value names: a part between commas, '、' or spaces that is a name (or a byline's
    name), or the name after the last punctuation inside a part ('代表作《某书》张三')."""
    for part in filter(None, re.split(r"[，,、；;\s]+", value)):
        tail = re.split(rf"[^{CJK_RANGE}·]", part)[-1]
        for candidate in (part, tail):
            if placed_name(candidate):
                return candidate
        if found := byline(part):
            return found[1]
    return ""


SELF_INTRODUCTION = re.compile(r"(?:^|[，。！？!,\s])我(?:是|叫)(?:来自)?(?P<who>[^，。！？!,；;：:“”]{2,30}?)"
                               r"(?=[，。！？!,；;]|$)")  # '大家好！我是高三（2）班的张三，…'
SELF_INTRODUCTION_BLOCKS = 3  # the speaker introduces themself in the greeting, at the speech's opening


def self_introduced_speaker(e: Evidence) -> tuple[str, str] | None:
    """'大家好，我是高三（2）班的张某。' / '我是来自某某公司的李某。' / '我是校长王某。' opening a speech that addresses
    its audience -> (office, name): student representatives, employees and new officials name themselves so. The
    name closes the clause: after 的, or alone, or after an office. The speech opens at its first sentence: the
    lines of a title block the text starts with (its title, its date) hold none. Read on the simplified shadow
    ('我是來自台灣的某某'); the name keeps its characters."""
    if reads_as_news(e):
        return None
    blocks = [b.text for b in e.structure.blocks]
    if speaks_to_an_audience(e):
        first = next((at for at, text in enumerate(blocks) if re.search(r"[。！？!?]", text)), 0)
        opening = blocks[first:first + SELF_INTRODUCTION_BLOCKS]
    else:
        opening = greeting_blocks(blocks)
    for text in opening:
        shadow = simplified(text)
        for found in SELF_INTRODUCTION.finditer(shadow):
            who = text[found.start("who"):found.end("who")].strip()
            name = who.rsplit("的", 1)[-1]
            if is_bare_name(name) and not reads_as_common_words(name):
                return (who[:-len(name)].rstrip("的") if who != name else ""), name
            if office_name := byline(who) or role_then_name(name):
                return office_name
    return None


def role_then_name(words: str) -> tuple[str, str] | None:
    """'博士毕业生王某明' -> ('', '王某明'): a role the speaker calls themself by (self_introduced_roles in
    metadata.yml), then their name. A role is no office: none is given."""
    shadow = simplified(words)
    for length in (3, 2, 4):
        role, name = shadow[:-length], words[-length:]
        if role.endswith(vocabulary().self_introduced_roles) and is_bare_name(name) and not reads_as_common_words(name):
            return "", name
    return None


GREETING_BLOCKS = 8  # where a speech set under an editor's notes greets its audience


def greeting_blocks(blocks: list[str]) -> list[str]:
    """A speech that an editor's or a translator's notes open (not addressing the audience in its first blocks)
    still greets its audience where it starts ('…各位来宾，大家好！我是来自某某的张某。'): the first block among the
    first GREETING_BLOCKS holding a greeting (speech_openings in metadata.yml) before a self-introduction; []
    if none does."""
    openings = vocabulary().speech_openings
    for text in blocks[:GREETING_BLOCKS]:
        shadow = simplified(text)
        introduced = SELF_INTRODUCTION.search(shadow)
        if introduced and any(word in shadow[:introduced.start() + 1] for word in openings):
            return [text]
    return []


def container_author(e: Evidence) -> str:
    """The container's author field (a blog's front matter, a scraper's column) names the speaker of a text the
    author wrote or gave; not of a text the author reposts: one the title marks as a repost ('转：', '记录：') or
    credits to someone else who gave it ('张三在…上的讲话' under the blogger 李四). Of several authors a speech's
    container lists ('唐某、冯某' over '…研讨会致词'), the first gave it: the others wrote it down or translated it."""
    return signing_author(e, first_author_of_a_speech(e, e.field("author")))


AUTHOR_LIST = re.compile(r"\s*[、，,/；;]\s*")


def first_author_of_a_speech(e: Evidence, author: str) -> str:
    names = [name for name in AUTHOR_LIST.split(author.strip()) if name]
    speech = vocabulary().speech_title_end.search(simplified(e.field("title")))
    return names[0] if len(names) > 1 and speech else author


def signing_author(e: Evidence, author: str) -> str:
    """An author a container or a record names (its author field or column), who signs the text: not a stock value
    ('网友投稿', origin_stoplist), nor on a page whose title marks a repost or credits someone else with the text."""
    if not author or e.title_head.reposted or simplified(author) in vocabulary().origin_stoplist:
        return ""
    named = e.title_head.speaker
    return "" if named and simplified(named) != simplified(author) else author


def content_farm_page(e: Evidence) -> bool:
    """A 范文/文库 site's page (content_farm in metadata.yml): its site's name (captured from its banner, slogan or
    blurb, or its breadcrumb's first element) ends as such a site's does, or a cleaning rule removed furniture only
    such sites print. Its 作者 is the copy's uploader, never the speaker."""
    if any(names_a_farm_site(name) for name in [*e.captures.site_name, *map(crumb_root, e.crumbs())]):
        return True
    return any(removal.rule in vocabulary().farm_rules for removal in e.cleaned_off)


def record_author(e: Evidence) -> str:
    """A scraper's record (a CSV row, a JSON object, a wiki page's header) names the speaker in its author column."""
    return "" if e.fields.get("kind") == BLOG_FRONT_MATTER or content_farm_page(e) else container_author(e)


def blog_author(e: Evidence) -> str:
    """A blog post's front-matter author is whoever posted it: the speaker only when nothing on the page names
    another (a title, a credit, a signature, a lead-in), as a page's own 作者 line is."""
    return container_author(e) if e.fields.get("kind") == BLOG_FRONT_MATTER else ""


def post_author_not_the_owner(e: Evidence) -> tuple[str, str] | None:
    """A blog post's author naming a person who is not the blog's owner, over a text that is a speech: whoever
    reposts a talk (a church its sermons) and sets its speaker as the post's author. The author is the one its
    <meta name=author> or JSON-LD names, or the 'By' field of the post's meta row under the title ('发表于 … |
    分类于 … | By 王某'). A blogger's own name is every post's author and is printed as the site's too: in its
    footer ('© 2023 - 2024 张某', '©2017 By 李某') or in the <title>'s site part, which rules it out. A CMS fills
    the meta with its editor or its reporter, so a page that reads as news, a 范文 site's page, and one naming the
    speaker anywhere else are never read so (the step comes after every other)."""
    authors = [e.facts.meta.get("author", ""), e.facts.json_ld.get("author", ""), *post_row_authors(e.structure.head)]
    people = [name for author in authors if placed_name(name := author.strip())]
    if not people or not speech_not_report(e) or reads_as_news(e) or content_farm_page(e):
        return None
    owner = simplified(" ".join([e.facts.footer_text, *page_title_parts(e)[1:], *site_names(e)]))
    named = next((name for name in people if simplified(name) not in owner and signing_author(e, name)), "")
    return ("", named) if named else None


# The author's field of a blog post's meta row: 'By' (or 作者 without its colon) and the name, between the row's
# separators ('发表于2017-06-12 | 分类于雅各书｜By王某'); a row with a date in it.
POST_ROW_AUTHOR = re.compile(r"(?:^|[|｜·•])\s*(?:[Bb]y|BY|作者)\s*(?P<name>[^\s|｜·•:：]{2,8})\s*(?=$|[|｜·•])")


def post_row_authors(lines: list[str]) -> list[str]:
    """The names the 'By' fields of dated rows among `lines` give."""
    return [found.group("name") for line in lines if DATE_RE.search(line)
            for found in [POST_ROW_AUTHOR.search(line)] if found]


BLOG_FRONT_MATTER = "front-matter"  # containers.py's kind for a Markdown file's YAML front matter
MARKDOWN_KINDS = ("markdown", BLOG_FRONT_MATTER)  # containers.py's kinds of a Markdown file


# An English credit over a speech a ministry publishes in two languages: 'Speech by Ms Grace Fu, Minister for …, at
# the … Conference on 6 March 2022' (gov.sg), 'Remarks by Dr Tan Ah Kow, …'. The genre, by, perhaps an honorific, a
# capitalised name of two to four words and the comma before the office. A university's news office heads a transcript
# so too ('This is the text of the Commencement address by …, delivered on June 12, 2005.').
ENGLISH_SPEECH_CREDIT = re.compile(
    r"(?i:this\s+is\s+the\s+(?:full\s+)?(?:text|transcript)\s+of\s+(?:the\s+|an?\s+)?)?"
    r"(?i:(?:opening|welcome|closing|keynote|commencement|inaugural|graduation|farewell|acceptance)\s+)?"
    r"(?i:speech|remarks|address|statement|message)\s+"
    r"(?i:(?:delivered|given)\s+)?by\s+(?:the\s+)?(?:(?:Mr|Ms|Mrs|Mdm|Madam|Miss|Dr|Prof|Professor)\.?\s+)?"
    rf"(?P<name>{LATIN_NAME_PATTERN})\s*,")


def english_speech_credit(e: Evidence) -> re.Match | None:
    """The English credit line over the text ('Speech by Ms Grace Fu, Minister for …, … on 6 March 2022'), among
    the head lines or the English lines the cleaning took off (english-line)."""
    lines = [*e.structure.head, *(r.text for r in e.cleaned_off if r.rule == "english-line")]
    return next(filter(None, (ENGLISH_SPEECH_CREDIT.match(line.strip()) for line in lines)), None)


class ShapedName(tuple):
    """(office, name) whose name placed_name (a Chinese name's shape) cannot judge and the step has read by its own
    shape: a name in Latin letters in an English credit, a transliterated name before a head of state's office."""


def head_lines_speaker(e: Evidence) -> tuple[str, str] | ShapedName | None:
    """(office, name) the head lines give; a name in Latin letters ('Max Weber' credited after the title's dash) is
    read by its own shape. A name line is no byline when the speech's greeting names someone else as the speaker
    ('大家下午好，我是葛某友' under a post's tag list that ends '罗某斯' / '康某'): the speaker's own words win."""
    who = (e.head.speaker_title, e.head.speaker) if e.head.speaker else None
    introduced = self_introduced_speaker(e) if who else None
    if who and introduced and introduced[1] != who[1] and who[1] not in introduced[1]:
        return None
    return ShapedName(who) if who and LATIN_NAME.fullmatch(who[1]) else who


def english_credit_speaker(e: Evidence) -> ShapedName | None:
    credit = english_speech_credit(e)
    return ShapedName(("", credit.group("name"))) if credit else None


def foreign_leader_in_title(title: str) -> ShapedName | None:
    """'特朗普总统就职演说全文' -> ('总统', '特朗普'): a transliterated name opening the title, a head of state's or
    government's office, and the speech (foreign_leader_title in metadata.yml); never a country's name."""
    vocab = vocabulary()
    title = title.strip()  # the shadow's positions are the stripped title's
    shadow = simplified(title)
    found = vocab.foreign_leader.match(shadow)
    if not found or found.group("name").strip("·") in vocab.countries \
            or not vocab.foreign_leader_speech.search(shadow, found.end("office")):
        return None
    return ShapedName((title[found.start("office"):found.end("office")], title[:found.end("name")]))


def name_delivering_on_a_day(title: str) -> ShapedName | None:
    """'《…》（赫鲁晓夫于1956年2月25日在苏共二十大上作的报告）' -> ('', '赫鲁晓夫'): a name giving a speech on a day at
    a place, transliterated (the characters of foreign_leader_title in metadata.yml; never a country's name) or
    Chinese with a listed family name."""
    vocab = vocabulary()
    title = title.strip()  # the shadow's positions are the stripped title's
    found = vocab.name_on_a_day.search(simplified(title))
    if not found or found.group("name").strip("·") in vocab.countries \
            or not (set(found.group("name")) <= vocab.transliteration or placed_name(found.group("name"))):
        return None
    return ShapedName(("", title[found.start("name"):found.end("name")]))


def english_credit_date(e: Evidence) -> dt.date | None:
    """The day the English credit says the speech was given ('… at the Conference on 6 March 2022')."""
    credit = english_speech_credit(e)
    day = re.search(r"\bon\s+(.{6,30})", credit.string[credit.end():]) if credit else None
    return english_date(day.group(1)) if day else None


SPEAKER_STEPS: list[Step] = [
    ("container author field", record_author),
    ("讲话人 field", lambda e: labelled_speaker(e.captures.speaker)),
    ("credit naming who gave the talk", credited_speaker),
    ("head lines", head_lines_speaker),
    ("title naming the speaker",
     lambda e: (e.title_head.speaker_title, e.title_head.speaker) if e.title_head.speaker else None),
    ("name line under the title, the page naming that person again", name_line_named_again),
    ("the document's signer, whom the title calls by family name and 总 ('任总在…的讲话' / '签发人：任某某')",
     signer_the_title_calls_by_family_name),
    ("name line under the title printed again over the text", lambda e: ("", e.echoed_author) if e.echoed_author
     else None),
    ("title: the name its headline credits after a dash, in brackets, after a closing space or before the talk's title",
     lambda e: credited_in_headline(e)),
    ("news headline naming the speaker of the text below",
     lambda e: (e.title_head.reported_speaker or e.head.reported_speaker) if speaks_to_an_audience(e) else None),
    ("title: office and name delivering the speech", delivering_in_title),
    ("headline above the title: office and name delivering the speech", delivering_in_headline),
    ("title: name and office before the speech word", lambda e: speech_named_by(e.title_head.title)),
    ("title: the speaker before a bar, the speech's title after it", lambda e: speaker_before_bar(e.title_head.title)),
    ("title: office and name, the occasion, then the speech word", office_name_in_speech_title),
    ("title: a foreign leader's transliterated name and office before the speech",
     lambda e: foreign_leader_in_title(e.title_head.title)),
    ("title: a name giving the speech on a day at a place",
     lambda e: name_delivering_on_a_day(e.title_head.title)),
    ("title: office and name, then the full text of what they said", full_text_in_title),
    ("title: name and office before a talk word and a colon",  # a report's headline may quote its subject so
     lambda e: talk_named_before_colon(e.title_head.title) if speaks_to_an_audience(e) or not reads_as_news(e)
     else None),
    ("title opening with the speaker's name and a colon",  # a report's headline quotes its subject so
     lambda e: colon_speaker(e.title_head.title) if speech_not_report(e) or colon_titles_a_speech(e) else None),
    ("title opening with a name and a colon over a text in that person's own first-person voice", own_voice_colon),
    ("title: a name, the occasion, then the speech word ('某某员工大会演讲：…')",
     lambda e: name_occasion_speech(e.title_head.title) if speech_not_report(e) or not reads_as_news(e) else None),
    ("lead-in: office and name delivering the speech", delivering_in_lead_in),
    ("editor's note saying whose speech the text is", speech_note_speaker),
    ("a name and a colon alone over, or opening, a transcript of one voice", lone_turn_label),
    ("office labelling the address, named with it elsewhere on the page", office_named_elsewhere),
    ("English credit over the text ('Speech by Ms …, Minister for …')", english_credit_speaker),
    ("signature under the text", lambda e: None if reads_as_news(e) else signature(e)),
    ("signature block closing the text: name, then date", closing_signer),
    ("signature just after the text's element", signature_below_the_text),
    ("signature in two lines closing a speech: office and name", two_line_signature),
    ("the speaker introducing themself in the greeting ('我是…张某')", self_introduced_speaker),
    ("author's note closing the text", lambda e: None if reads_as_news(e) else author_note(e)),
    ("the one person a transcript of questions and answers labels by name", named_voice_of_turns),
    ("the one person the post is filed under, the text being the speech", filed_under_speaker),
    ("title: a name and 的, the text in that person's first-person voice", possessive_title_voice),
    ("title: a name before the work's title in 书名号, the text in the first person ('某某《…》')",
     author_before_work_title),
    ("title: the work's title in 书名号, then the name of who gave it ('《…》 某某')", author_after_work_title),
    ("title: the speaker's name, what they did with whom, then the speech word ('某某欢迎…的讲话')",
     name_opening_its_speech_title),
    ("title: a name writing to an audience ('某某博士给…学生的建议', '某某致全体员工的信')", writer_to_an_audience),
    ("meta description: office and name delivering the speech",
     lambda e: None if reads_as_news(e) else description_delivering(e)),
    ("author field", lambda e: None if reads_as_news(e) or content_farm_page(e) else author_field(e)),
    ("blog post's front-matter author",
     lambda e: None if reads_as_news(e) or content_farm_page(e) else blog_author(e)),
    ("author field of a data record left among the text",
     lambda e: None if reads_as_news(e) or content_farm_page(e) else record_author_left(e)),
    ("blog post's author (meta author, 'By' in its meta row), a person other than the blog's owner, over a speech",
     post_author_not_the_owner),
]


def opening_date_line(e: Evidence) -> dt.date | None:
    """A date line among the first blocks: a reposted speech's own title block ('…讲话 / 张三 / （日期）'); or the
    day in brackets opening the text's first block, run together with what follows it, as a collected work's copy
    sets its date before the editor's headnote ('（一九三〇年一月五日）这是某某给某某的一封信…')."""
    opening = e.structure.blocks[:min(6, len(e.structure.blocks) - 3)]
    on_its_line = next((date_line(b.text) for b in opening if date_line(b.text) and not is_cms_stamp(b.text)), None)
    run_on = OPENING_BRACKETED_DATE.match(e.structure.blocks[0].text) if e.structure.blocks else None
    return on_its_line or (parse_date(run_on.group(0)) if run_on else None)


OPENING_BRACKETED_DATE = re.compile(rf"\s*[（(]\s*(?:{DATE})\s*[）)]")


def note_date(e: Evidence) -> dt.date | None:
    """'(2010年10月1日,上海)' or '——2026年2月3日在…会议上' before or after the text. A bare date line closing the
    text is no note: whether it dates a speech is the closing date line's step to say."""
    closing = [b.text for b in e.structure.blocks[-3:] if not date_line(b.text)]
    for text in [*e.head.notes, *e.structure.tail_notes, *closing]:
        match = NOTE_DATE.match(text)
        if match:
            return parse_date(match.group(0))
    return closing_dated_subtitle(e)


def closing_dateline_date(e: Evidence) -> dt.date | None:
    """'（新华社北京9月9日电）' set after a speech's text, as the agency released it: the speech's day, in the year of
    publication (a dateline without its year, read as the labels read one). Only under a speech that addresses its
    audience: under a report the dateline dates the report."""
    if not speaks_to_an_audience(e):
        return None
    for note in e.structure.tail_notes:
        shadow = simplified(note)
        if vocabulary().dateline.match(shadow) and (found := re.search(MONTH_DAY, shadow)):
            return month_day_before(found.group(0), e.published)
    return None


def closing_dated_subtitle(e: Evidence) -> dt.date | None:
    """'——2026年2月3日在…会议上' set after the text: the cleaning removes it as a short line closing the page,
    but a delivery statement (a date, then where) dates the speech."""
    closing = [removal.text for removal in e.structure.removals if removal.rule == "trailing-site-text"]
    return next((parse_date(text) for text in closing if DATED_SUBTITLE.fullmatch(text.strip())), None)


def lead_in_date(e: Evidence) -> dt.date | None:
    """An editor's lead-in announcing the text ('今天上午，…召开，市长张三作讲话。全文如下', '5月6日，…'; any of
    announcing_leads) dates it: its full date, its month and day in the year of publication (else of the New Year
    greeted, else of the occasion the title names), 今天/今日 = the publication day, 今（6）日 = the 6th of the
    publication's month."""
    return date_of_leads(e, announcing_leads(e))


def lead_above_title_date(e: Evidence) -> dt.date | None:
    """A repost's lead set above the speech's own title ('12月29日，…峰会在南昌开幕。代省长某某出席开幕式并致辞。' over
    '致辞全文' and the title), a head line the metadata reads for no field: it dates the speech as a lead-in does,
    when the text below addresses its audience (a report's lead is its text, not a line above a title)."""
    if not speaks_to_an_audience(e):
        return None
    above = [line for line in e.structure.head if len(line) <= LEAD_MAX and line.rstrip().endswith("。")
             and DELIVERY_CLAUSE.search(simplified(line))]
    return date_of_leads(e, above)


def date_of_leads(e: Evidence, leads: list[str]) -> dt.date | None:
    """The day the first lead that dates the talk gives (day_a_lead_gives), read past its agency's dateline; a
    dateline giving a month and day alone ('某某社北京12月31日电', '某某科技讯4月16日下午消息') dates the talk only
    when the lead after it names no day of its own ('…董事长王某15日在…上表示')."""
    for text in leads:
        dated, undated = lead_dateline_date(text), without_lead_dateline(text)
        wire_day_only = undated != text and not dated
        if day := day_a_lead_gives(e, text, undated, dated) \
                or (day_a_lead_gives(e, text, text, dated) if wire_day_only else None):
            return day
    return None


def day_a_lead_gives(e: Evidence, text: str, undated: str, dated: dt.date | None) -> dt.date | None:
    """A full date or a month and day in the lead's first clause (the year from its dateline, `dated`, or the page),
    今天/昨天/今（10）日 counted from the publication day, or a day after the subject."""
    clause = re.split(r"[，,]", undated, maxsplit=1)[0]
    if day_of_clause := parse_date(clause):
        return day_of_clause
    found = re.search(MONTH_DAY, clause)
    if found:
        return month_day_before(found.group(0), dated or e.published or new_year_greeted(e) or end_of_titled_year(e))
    if re.search(r"今天|今日", clause) and said_or_held(simplified(re.split(r"[。！？]", text, maxsplit=1)[0])):
        return e.published  # '今天上午，…召开，…作讲话', '某某今天举行记者会'; not '今天闲来无事，看到了…'
    if re.search(r"昨天|昨日", clause) and e.published:  # a morning paper's '某某昨天在议会发表…': the day before
        return e.published - dt.timedelta(days=1)
    if day := TODAY_NUMBERED.search(clause) or DAY_ONLY_DOING.search(clause):  # '某某总统今（10）日上午出席…',
        return day_of_the_month(int(day.group("d")), e.published)  # '市長某某8日出席…': on or before publication
    sentence = re.split(r"[。！？]", undated, maxsplit=1)[0]
    if found := DAY_AFTER_SUBJECT.search(sentence):  # '…团长、副总理某某，四月十日在大会上发言。'
        return month_day_before(found.group("day"), dated or e.published)
    return None


HELD_TODAY = re.compile(r"召开|举行|举办|开幕|出席|主持|会见|参加")  # what happened today, on the simplified shadow


def said_or_held(shadow: str) -> bool:
    """The lead's first sentence says what happened today: a speech given ('作讲话', '在…典礼上发言') or an event held
    ('…召开')."""
    return bool(DELIVERY_CLAUSE.search(shadow) or EVENT.search(shadow) or HELD_TODAY.search(shadow))


# A lead's long subject, then the day and what was done that day after a comma ('出席…的代表团团长、副总理某某，四月十日
# 在大会一般性辩论中发言。'): the day of the speech the lead announces.
DAY_AFTER_SUBJECT = re.compile(rf"[，,]\s*(?P<day>{MONTH_DAY})\s*(?:上午|下午|中午|晚上|晚间)?\s*"
                               r"(?:在|出席|于|发表|作|做)")


# A day of the month alone before what the speaker did, as Taiwanese news writes it ('市長某某8日出席…'): the day, in
# the publication's month.
DAY_ONLY_DOING = re.compile(r"(?<![\d月年/.\-])(?P<d>[1-3]?\d)日(?:上午|下午|中午|晚上|晚间|晚間)?"
                            r"(?:出席|在|赴|于|於|参加|參加|主持|发表|發表|致)")
TODAY_NUMBERED = re.compile(r"今\s*[（(]\s*(?P<d>\d{1,2})\s*[）)]\s*日")  # Taiwan's and Hong Kong's news: '今（10）日'


# A report's first clause saying what happened today: '總統今天上午出席…', '某某部长今（5）日出席…', '今天上午，…召开'.
REPORT_TODAY = re.compile(r"^[^，。！？,]{0,24}?(?:今天|今日|今[（(]\s*(?P<d>\d{1,2})\s*[）)]日)")
REPORT_SPEECH_WORD = re.compile(r"(?:致辞|致词|讲话|演讲|发言|表示|指出|强调)")


def report_opening_today(e: Evidence) -> dt.date | None:
    """A government news release or a paper's report on a speech, kept whole, opens by saying it happened today
    ('總統今天上午出席…年會'), and the speech is reported in it (致詞時表示, 讲话中指出): the speech's day is the
    publication's (今（5）日: the 5th of its month). Only the text's first sentence, only once nothing else dates
    the speech, and never in the speech itself (it addresses its audience, says 我, or stands under its own title
    '在…上的讲话': its 今天 is the day it was given, which its page may print weeks later)."""
    if not e.published or not e.structure.blocks or speaks_to_an_audience(e) or EVENT.search(e.title_head.title):
        return None  # the speech itself ('同志们：今天…', under '在…会议上的讲话'): its 今天 is the day it was given
    sentence = re.split(r"[。！？]", simplified(e.structure.blocks[0].text), maxsplit=1)[0]
    found = REPORT_TODAY.search(sentence) if "我" not in sentence else None  # '今天我们召开…': the speaker's own
    if not found or not any(REPORT_SPEECH_WORD.search(simplified(block.text)) for block in e.structure.blocks[:3]):
        return None
    return day_of_the_month(int(found.group("d")), e.published) if found.group("d") else e.published


def day_of_the_month(day: int, published: dt.date | None) -> dt.date | None:
    """The day `day` of the publication's month, when it is not after the publication day."""
    return published.replace(day=day) if published and 1 <= day <= published.day else None


def end_of_titled_year(e: Evidence) -> dt.date | None:
    """31 December of the year a speech's title names for its occasion ('在2021年某某峰会上的致辞'): a month and day in
    its lead fall in that year."""
    found = YEAR_IN_EVENT.search(event_of(e.title_head.subtitle, e.title_head.title) or "")
    return dt.date(int(found.group("y")), 12, 31) if found and found.group("y").isdigit() else None


def lead_dateline_date(text: str) -> dt.date | None:
    """The date in an agency's dateline opening a lead-in ('某某网2024年5月8日消息：…', lead_dateline in
    metadata.yml): the report's date, not the speech's."""
    found = vocabulary().lead_dateline.match(simplified(text))
    return parse_date(found.group(0)) if found else None


def without_lead_dateline(text: str) -> str:
    """The lead-in after its agency's dateline, when the dateline holds a date (a month and day will do)."""
    found = vocabulary().lead_dateline.match(simplified(text))
    return text[found.end():] if found and (parse_date(found.group(0)) or re.search(MONTH_DAY, found.group(0))) \
        else text


def talk_named_before_colon(title: str) -> tuple[str, str] | None:
    """'王某明教授的演讲摘要：开放与合作' -> ('教授', '王某明'): the speaker (a name, perhaps with an office after it)
    a title names before the talk word and its colon (titled_talk in metadata.yml)."""
    found = vocabulary().titled_talk.match(simplified(title))
    who = title[found.start("who"):found.end("who")] if found else ""
    if not who:
        return None
    shadow = simplified(who)
    if where := name_then_where(shadow):  # '李某清华演讲：…': the name, then where the talk was given
        return ("", who[:len(who) - len(where)])
    office = max((end for end in vocabulary().office_endings if shadow.endswith(end)), key=len, default="")
    name = who[:len(who) - len(office)]
    return ("", who) if placed_name(who) else (who[len(name):], name) if office and placed_name(name) \
        else name_office_closing(who)


def name_then_where(text: str) -> str:
    """The place or body after a person's name ('李某清华' -> '清华', '王某北大' -> '北大'): jieba reads the run as a
    name and one word naming a place, an organisation, another proper noun or a short form (PLACE_TAGS: 北大 is
    one); '' for any other run."""
    words = tagged_words(text)
    if len(words) == 2 and words[0][1] == "nr" and words[1][1] in PLACE_TAGS and is_bare_name(words[0][0]):
        return words[1][0]
    return ""


PLACE_TAGS = frozenset({"ns", "nt", "nz", "j"})  # jieba's tags of a place, an organisation, a proper noun, a short form


def name_occasion_speech(title: str) -> tuple[str, str] | ShapedName | None:
    """'马某员工大会演讲：今年…', '蔡某某就任北大校长之演说', '2012奥某某连任成功竞选演讲' -> ('', '马某'): the
    title's first clause, past the year it may open with, opens with a person's name and ends with the speech's
    word, the occasion or topic between. The name is one jieba tags a name, of two or three characters and a name's
    shape where only a name stands (jieba tags '谢谢你们' a name too), a transliterated name of three characters
    or more (jieba tags some a place), or one with its dot (opening_dotted_name: '马某·塞某尔经典演讲'). Words
    about another's speech between them (学习, 传达, a preposition, a pronoun, a second name) make the clause about
    someone else's ('某某学习总书记讲话'). A clause the dictionary knows as one word names a talk, not its speaker
    ('南巡讲话'). A series' quoted name between them is no word ('某某2024“时间的朋友”跨年演讲全文稿')."""
    shadow = simplified(title).strip()
    clause = TITLE_CLAUSE_END.split(shadow, maxsplit=1)[0]
    year = TITLE_YEAR.match(clause)
    start = year.end() if year else 0
    clause = QUOTED_OCCASION.sub("", SPEECH_CLAUSE_TAIL.sub("", clause[start:]))
    speech = re.search(rf"(?:{SPEECH_WORDS})$", clause)
    dotted_name = opening_dotted_name(clause)
    words = tagged_words(clause[len(dotted_name):speech.start()]) if speech else ()
    if dotted_name and speech:  # jieba cuts a dotted name apart ('马某·某勒尔经典' -> 马某 / · / 某 / 勒尔 / 经典)
        words = ((dotted_name, "nr"), *words)
    if not words or len(words) > OCCASION_WORDS_MAX + 1 or len(tagged_words(clause)) == 1:
        return None  # the dictionary's one word, a name for the talk itself ('南巡讲话'), names nobody
    first, tag = words[0]
    who = title.strip()[start:start + len(first)]
    chinese = jieba_name(first, tag) and not ADMINISTRATIVE_END.search(first)
    shaped = not chinese and (first == dotted_name or (len(first) >= 3 and transliterated(first)))
    if not (chinese or shaped) or any(second_person(word, tag) or tag.startswith(("r", "p", "c"))
                                     or word in REPORTING_VERBS for word, tag in words[1:]):
        return None
    return ShapedName(("", who)) if shaped else ("", who)


def opening_dotted_name(text: str) -> str:
    """The transliterated name with its dot that opens `text` ('马某·塞某尔经典演讲' -> '马某·塞某尔',
    '比某·盖某哈佛大学…' -> '比某·盖某'): the parts before the dot mostly in the characters Chinese transliterates
    with (a few, such as 卫 and 翰, are not among them), the last part the words jieba cuts that are all such
    characters, up to DOTTED_LAST_MAX of them ('哈佛' runs on after '扎某伯格' too); '' when no such name opens it."""
    found = re.match(rf"(?:[{CJK_RANGE}]{{1,8}}[{MIDDLE_DOTS}])+", text)
    parts = re.sub(f"[{MIDDLE_DOTS}]", "", found.group()) if found else ""
    if not found or 2 * sum(map(transliterated, parts)) < len(parts):
        return ""
    start = end = found.end()
    for word, _ in tagged_words(text[start:]):
        if not transliterated(word) or end + len(word) - start > DOTTED_LAST_MAX:
            break
        end += len(word)
    return text[:end] if end > start else ""


DOTTED_LAST_MAX = 4  # characters of a transliterated name's last part ('扎某伯格')


def second_person(word: str, tag: str) -> bool:
    """A second name after the speaker's ('张某明李建国讲话'). A transliterated word of three characters or more there
    is the occasion's place, which jieba tags a name too ('某某达沃斯演讲')."""
    return tag.startswith("nr") and not (len(word) >= 3 and transliterated(word))


def jieba_name(word: str, tag: str) -> bool:
    """A word jieba tags a person's name with a name's shape, of two or three characters (jieba also tags places
    so: the callers turn away an administrative division's word, ADMINISTRATIVE_END)."""
    return tag.startswith("nr") and 2 <= len(word) <= 3 and placed_name(word)


TITLE_YEAR = re.compile(r"(?:19|20)\d{2}年?")
TITLE_CLAUSE_END = re.compile(r"[：:，,|｜\s（(—-]")
# The quoted name of a series or an occasion after the speaker's name ('某某2024“时间的朋友”跨年演讲'): one word.
QUOTED_OCCASION = re.compile(r"(?<=..)[“\"「《][^”\"」》]{1,20}[”\"」》]")
# What a headline puts after the speech word, one or more ('演讲整理稿', '演讲全文翻译')
SPEECH_CLAUSE_TAIL = re.compile(r"(?:全文|实录|原文|节选|(?:整理|文字|速记)?稿|整理版?|文字版|翻译|译文|中文版)+$")
OCCASION_WORDS_MAX = 6  # '环球|转型|论坛|压轴': the occasion and the topic in a few words
ADMINISTRATIVE_END = re.compile("[省市县区镇乡村州]$")  # '高新区': a place jieba's dictionary tags as a name
REPORTING_VERBS = {"学习", "传达", "贯彻", "解读", "点评", "评", "谈", "听", "聆听", "观看", "回应", "领会"}
# Before the speaker's name in a headline, a medium reporting on the speech ('央广《某某节目》报道…', '…播发…') or
# people taking it up ('我校研究生热议…', '…收看…'): the headline is a report's, about someone else's speech. The
# reporting verbs of two characters or more (one alone may be a family name: 谈).
MEDIA_VERBS = {"报道", "报导", "播发", "播报", "转播", "综述", "获悉", "热议", "收看", "畅谈", "研讨"}
REPORTS_ON_A_SPEECH = re.compile("|".join(sorted({verb for verb in REPORTING_VERBS if len(verb) > 1} | MEDIA_VERBS)))


def new_year_greeted(e: Evidence) -> dt.date | None:
    """1 January of the year a New Year message's title greets ('二〇一八年新年献词' -> 2018-01-01; new_year_message in
    metadata.yml): the day such a message is given on or before."""
    found = vocabulary().new_year_message.search(simplified(e.title_head.title))
    digits = re.sub("[零Ｏ0]", "〇", found.group("year")) if found and not found.group("year").isdigit() else ""
    return dt.date(chinese_number(digits or found.group("year")), 1, 1) if found else None


def opening_date(e: Evidence, pattern: re.Pattern, blocks: int) -> dt.date | None:
    """The first date `pattern` finds (its group 'date') in the head's notes, the editor's notes the cleaning took
    off, or the text's first blocks."""
    for text in [*e.head.notes, *e.captures.note, *(b.text for b in e.structure.blocks[:blocks])]:
        if found := pattern.search(simplified(text)):
            return parse_date(found.group("date"))
    return None


def today_is_date(e: Evidence) -> dt.date | None:
    """'今天是中华民国八十八年元旦' opening a speech (today_is in metadata.yml): the day it was given."""
    vocab = vocabulary()
    return opening_date(e, vocab.today_is, vocab.opening_blocks["today_is"]) if speaks_to_an_audience(e) else None


def transcribed_from_date(e: Evidence) -> dt.date | None:
    """'本文整理自2018年11月3日…的演讲' (transcribed_from in metadata.yml): the date of the talk transcribed."""
    vocab = vocabulary()
    return opening_date(e, vocab.transcribed_from, vocab.opening_blocks["transcribed_from"])


def source_line_date(e: Evidence) -> dt.date | None:
    """'来源：某某社 （2012年9月3日）（节录）' over a speech (source_line_date in metadata.yml): the agency's date
    of the speech, in brackets and written with 年."""
    if not speaks_to_an_audience(e):
        return None
    for origin in [*e.captures.origin, *e.head.stamp_origins]:
        for found in vocabulary().source_line_date.finditer(origin):
            if not is_cms_stamp(found.group("date")) and (date := date_line(found.group("date"))):
                return date
    return None


def record_name_date(e: Evidence) -> dt.date | None:
    """A collection names its records by date and title ('19951116-在…上的发言', '2019-05-06_在…上的讲话.md'): the date
    opening the name of a record whose text has that title dates the text."""
    name = e.field("record_name")
    found = RECORD_NAME_DATE.match(name)
    title = comparable(e.title_head.title)
    rest = comparable(re.sub(r"\.\w{1,5}$", "", name[found.end():])) if found else ""
    return date_opening(name) if found and title and rest == title else None


def date_opening(name: str) -> dt.date | None:
    """The date a record's name opens with ('19951116-…', '2019-05-06_…': RECORD_NAME_DATE)."""
    found = RECORD_NAME_DATE.match(name)
    return (parse_date(found.group(0)) or url_date(found.group(0))) if found else None


def microdata_date(e: Evidence) -> dt.date | None:
    """The day the page's schema.org microdata declares its publication (itemprop="datePublished"), when every such
    mark names the same day: an index of posts marks each post's own. It comes after the dates the page prints, as
    its instant is read in China time and a theme may print the day in another zone."""
    days = set(map(field_date, e.facts.microdata_published)) - {None}
    return days.pop() if len(days) == 1 else None


def url_stamp(e: Evidence) -> dt.date | None:
    """The first date a page's addresses hold, unless it is the one opening the title that the slug repeats."""
    title_day = title_name_date(e)
    return next((day for day in map(url_date, addresses_of(e)) if day not in (None, title_day)), None)


def title_name_date(e: Evidence) -> dt.date | None:
    """A collection's record name printed as the title ('19950618_在…上的致辞'): the date opening it dates the text,
    and an address whose slug repeats the title holds that date, not the day the post went up."""
    return date_opening(e.title_head.title)


RECORD_NAME_DATE = re.compile(rf"(?:{COMPACT}|{DATE})(?=\s*[-_—\s])")


def reports_a_sitting(e: Evidence) -> bool:
    """The page is a sitting's proceedings record: a line among its first head lines, or among the first lines of
    the record the cleaning took off around the one address it keeps (frame_lines), is only the record's name
    ('会议过程正式纪录', sitting_record in metadata.yml)."""
    vocab = vocabulary()
    return any(len(line) <= TITLE_LINE_MAX and vocab.sitting_record.fullmatch(re.sub(r"\s+", "", simplified(line)))
               for lines in (e.structure.head, frame_lines(e)) for line in lines[:vocab.sitting_record_lines])


def frame_lines(e: Evidence) -> list[str]:
    """The lines of a proceedings record that the cleaning took off around the one long address it keeps
    (cruft.yml's transcript-frame): the record's name, date, attendance and agenda before it, the debate after."""
    return [r.text.strip() for r in e.cleaned_off if r.rule == "transcript-frame"]


def sitting_date(e: Evidence) -> dt.date | None:
    """A proceedings record's date line ('2013年1月16日星期三' under its name) is the sitting's: the day the
    speeches it records were delivered; read in the head, or in the record's own head the cleaning took off."""
    if not reports_a_sitting(e):
        return None
    opening = frame_lines(e)[:vocabulary().sitting_record_lines]
    return first_of([*filter(None, [*e.head.dates_before_title, e.head.date, *map(date_line, opening)])])


TURN = re.compile(r"[^，。：:\s]{1,12}\s*[：:]\s*\S")  # '主席：行政长官现在进入会议厅。' a labelled turn


def agenda_item_over_the_first_turn(e: Evidence) -> str:
    """In a proceedings record, the agenda item the address belongs to stands right above the chair's first turn
    ('行政长官发表施政报告' / '主席：行政长官现在进入会议厅。'): the title of the address the page keeps."""
    if not reports_a_sitting(e):
        return ""
    lines = [line for line in frame_lines(e) if line]
    first_turn = next((at for at, line in enumerate(lines) if TURN.match(line)), 0)
    return lines[first_turn - 1] if first_turn and title_like(lines[first_turn - 1]) else ""


def posted_over_an_announced_text(e: Evidence) -> bool:
    """A bare date line under a headline over an editor's lead-in announcing the full text ('某某发表新年贺词' /
    '2023-12-31' / '新华社北京12月31日电 …全文如下：'): the headline and the lead-in are the page's report of the
    speech, and the bare date between them is the day the page posted it (the lead-in dates the speech); so is a
    reporting sentence over the speech (reported_opening: '2019年5月31日，…并发表重要讲话。'). A date in
    brackets under the title ('（2023年12月31日）') is the speech's own, as everywhere."""
    dated = head_date_lines(e)
    return bool(e.head.date and dated and (lead_ins(e) or reported_opening(e))) and not printed_in_brackets(dated)


def head_date_lines(e: Evidence) -> list[str]:
    """The head lines that give the date read under the title (e.head.date)."""
    return [line for line in e.structure.head
            if date_line(line) == e.head.date or (e.head.date and adoption_date(line) == e.head.date)]


def printed_in_brackets(dated: list[str]) -> bool:
    """A date line in brackets ('（2019年5月6日）', '（一九五六年四月二十五日）', '（1956-04-25）'): how a speech or an
    article prints its own date under its title, in whatever digits."""
    return any(re.match(r"\s*[（(【\[]", line) for line in dated)


def date_under_the_title_is_the_pages(e: Evidence) -> bool:
    """The bare date line under the title is the page's posting day, not the speech's (report_under_a_dated_headline,
    posted_over_an_announced_text, bare_beside_a_bracketed_source_date, printed_by_the_post_date_element). A span of
    days ('2017年10月4日-6日': a meeting's) never is: no site stamps a page so."""
    if any(spans_days(line) for line in head_date_lines(e)):
        return False
    return report_under_a_dated_headline(e) or posted_over_an_announced_text(e) \
        or bare_beside_a_bracketed_source_date(e) or printed_by_the_post_date_element(e)


def printed_by_the_post_date_element(e: Evidence) -> bool:
    """The bare date under the title is the very text of the element the template names the post's date ('<div
    class="post-date">2018-08-26</div>', post_dates in html.yml) or of a <time> element (a forum's or a blog's
    post header, '<time datetime="2021-03-05">'): the day it was posted. A date line beside such an element
    ('2012年6月24日' over '发布日期: 2012-06-24') may be the speech's, and so is a day before the web, which a
    repost site sets in that element for the text it reposts ('1945-10-01' over an essay of that year)."""
    elements = [*e.facts.dated_elements, *e.facts.time_texts]
    return bool(posted_on_the_web(e.head.date)) and any(line.strip() == element.strip()
                                                        for line in head_date_lines(e) for element in elements)


def bare_beside_a_bracketed_source_date(e: Evidence) -> bool:
    """'2016-05-01' under the title and '来源：某某社 （2016年4月26日）（节录）' under it: the 来源 line's bracketed
    date is the speech's (source_line_date), so the other, bare date is the day the page posted it."""
    dated = head_date_lines(e)
    source = source_line_date(e)
    return bool(e.head.date and dated and source and source != e.head.date) and not printed_in_brackets(dated)


WEB_EARLIEST = dt.date(1995, 1, 1)  # no site posted a page before the mid-1990s: an earlier date is a text's own


def posted_on_the_web(date: dt.date | None) -> dt.date | None:
    """The date, if a site could have posted a page on it (WEB_EARLIEST or later): a post's date element may hold an
    earlier day, the reposted text's own."""
    return date if date and date >= WEB_EARLIEST else None


def report_under_a_dated_headline(e: Evidence) -> bool:
    """A headline that names no speech and no speaker ('纪念某某同志逝世40周年'), nor a subtitle under it a speech
    ('——在…表彰大会上的讲话'), over a text that opens as a report,
    not by addressing an audience: the bare date line under it is the day the page was posted, not a delivery
    date (a date in brackets, '（2019年5月6日）', is how a speech or an article is dated under its title; the form
    of its digits says nothing: 2019-05-06 and 二〇一九年五月六日 stand as 2019年5月6日 does)."""
    title = simplified(e.title_head.title)
    opening = e.structure.blocks[0].text if e.structure.blocks else ""
    if e.head.date and not posted_on_the_web(e.head.date):
        return False  # '一九五六年四月二十五日' under a title: no page was posted then; it is the text's own date
    printed_as_a_texts = printed_in_brackets(head_date_lines(e))
    subtitles = [simplified(SUBTITLE.sub("", line)) for line in e.structure.head if SUBTITLE.match(line)]
    speech_title = vocabulary().speech_title_end.search(title) or EVENT.search(title) \
        or any(vocabulary().speech_title_end.search(subtitle) for subtitle in subtitles)  # '——…大会上的讲话'
    return bool(e.head.date and title) and not printed_as_a_texts and not speech_title \
        and not (e.head.speaker or e.title_head.speaker) \
        and not (opening.startswith(vocabulary().speech_openings) or is_salutation(opening))


def day_inside_a_speech_title(e: Evidence) -> dt.date | None:
    """The one whole day a speech's title names inside it, not at either end ('郭某某2022年5月4日直播',
    '某某20250107CES主题演讲（全文）'): the day the speech was given. Only the title of a speech (a speech word in it,
    or over a text that addresses its audience), never the headline of a report studying one ('学习…讲话精神'), and
    only when the title names one day: a headline naming two, or a span of days ('每周一学（1月19日-25日）…'), is a
    schedule's. Nor a news headline saying a speech was given ('…在…上发表重要讲话'): its day is the report's."""
    title = simplified(e.title_head.title)
    days = {*dates_in(title), *filter(None, map(from_match, COMPACT_RE.finditer(title)))}
    if len(days) != 1 or vocabulary().speech_studied.search(title) or spans_days(title) or NEWS_HEADLINE.search(title):
        return None
    return days.pop() if re.search(SPEECH_WORDS, title) or speaks_to_an_audience(e) else None


DATE_STEPS: list[Step] = [
    ("date of the sitting a proceedings record reports", sitting_date),
    ("date under the title", lambda e: None if date_under_the_title_is_the_pages(e) else e.head.date),
    ("date in brackets under the title the head lines did not read", bracketed_date_under_the_title),
    ("date in the title", lambda e: e.title_head.date),
    ("date opening the title as it opens a record's name in a collection ('19950618_…')", title_name_date),
    ("the day the headline opens with", headline_day),
    ("the day a heading of the article opens with, before a colon", dated_heading_day),
    ("date in the subtitle", lambda e: parse_date(e.head.subtitle)),
    ("date line closing the text", lambda e: closing_date(e.structure) if signed_or_spoken(e) else None),
    ("date under the signature block closing the text", closing_signature_date),
    ("date line opening the text", opening_date_line),
    ("dated note or subtitle", note_date),
    ("the one day a speech's title names inside it ('某某2022年5月4日直播')", day_inside_a_speech_title),
    ("month and day under the title, year of publication", lambda e: next(filter(None, (
        month_day_before(text, e.published) for text in [*e.head.month_days, e.head.subtitle])), None)),
    ("agency's dateline after the speech, year of publication", closing_dateline_date),
    ("lead-in dating the speech, year of publication, of the New Year greeted or of the titled occasion",
     lead_in_date),
    ("lead above the speech's own title dating it, year of publication", lead_above_title_date),
    ("the speech naming its day ('今天是…')", today_is_date),
    ("editor's note: transcribed from a talk on a day", transcribed_from_date),
    ("bracketed date on the 来源 line of a speech", source_line_date),
    ("date opening the record's name in its collection, before the title", record_name_date),
    ("a report's first sentence saying the speech was given today, the day of publication",
     report_opening_today),
    ("the day in the English credit over the text ('… on 6 March 2022')", english_credit_date),
    ("the original's date on a repost's source row, for a signed text ('原文发布于…')", lambda e: original_date(e)),
]


def original_date(e: Evidence) -> dt.date | None:
    """'作者：某某 | 原文发布于 2023年3月22日' over a reposted text that addresses no audience and reads as no news (a
    signed essay or letter): the original's date is the text's. A speech's original may be printed days after it was
    given, and a report's date is its own, so neither is dated so."""
    if speaks_to_an_audience(e) or reads_as_news(e):
        return None
    return next(filter(None, map(parse_date, e.captures.original_published)), None)


CONTRIBUTED_BY = re.compile(r"[（(]\s*(?P<name>[^（）()]+?)\s*(?:供稿|提供|供)?\s*[）)]?")


def origin_name(value: str) -> str:
    """The publication a 来源 value names, without the date or note printed after it ('某某日报 2019-05-08',
    '新华社 （2016年4月26日）（节录'): bracketed dates, an unclosed bracket at the end and a closing stamp go. A
    value in brackets of its own is the name a contributor's credit gives ('（驻某某领事馆供稿）' -> 驻某某领事馆)."""
    credit = CONTRIBUTED_BY.fullmatch(value.strip())
    value = credit.group("name") if credit else value
    name = re.sub(r"\s*[（(][^（）()]*\d[^（）()]*[）)]", "", value)
    name = STAMP_AT_END.sub("", re.sub(r"\s*[（(][^（）()]*$", "", name)).strip(" []【】")  # '[某某网](http…'
    return name or value.strip()


def stamp_on_the_origin_line(e: Evidence) -> dt.date | None:
    """'来源：某某日报 2019-05-08': a numeric date closing the 来源 value is the page's publication stamp (a date
    written with 年 in brackets there dates a speech: source_line_date)."""
    for origin in e.captures.origin:
        found = STAMP_AT_END.search(origin)
        if found and origin[:found.start()].strip():
            return parse_date(found.group(0))
    return None


def url_of(e: Evidence) -> str:
    return next(iter(addresses_of(e)), "")


def addresses_of(e: Evidence) -> list[str]:
    """The page's addresses, most reliable first: its container's url field, a labelled address line or permalink
    on the page, its canonical link; a whole address before a path on the site (a post's `permalink`)."""
    addresses = [address for address in [e.field("source_url"), *e.captures.url, e.facts.url] if address]
    return sorted(addresses, key=lambda address: not re.match(r"\s*https?://", address))


def labelled_head_date(e: Evidence, label: re.Pattern | None = None) -> dt.date | None:
    """'发表于 2022-01-30 | 分类于 新闻' above the text: a publication label right before a date (published_label
    in metadata.yml, or the `label` given), in a short head line no cleaning rule read."""
    return first_labelled_date(e.structure.head, label or vocabulary().published_label)


def first_labelled_date(lines: list[str], label: re.Pattern) -> dt.date | None:
    """The date `label` sets first in the short rows among `lines`; not a date the row uses as an attribute
    ('——发表于1994年1月18日的《某某报》' under a related post's title says where another text appeared)."""
    vocab = vocabulary()
    for line in lines:
        shadow = simplified(line)
        found = label.search(shadow) if len(line) <= vocab.published_label_max else None
        if found and not shadow[found.end():].startswith("的"):
            return parse_date(found.group(0))
    return None


def labelled_date_after_the_text(e: Evidence) -> dt.date | None:
    """'发布日期：2019-05-06 责任编辑：张三' or '网页制作日期：2020/5/6 ©版权所有' in the rows a page sets after the
    text (the first lines after the text's element, or a row the cleaning took off as the site's): a publication
    label right before a date (published_label in metadata.yml) dates the page as it does above the text."""
    closing = [r.text for r in [*e.cleaned_off, *e.structure.removals] if r.rule in AFTER_TEXT_RULES]
    return first_labelled_date([*e.after_article[:AFTER_TEXT_ROWS], *closing], vocabulary().published_label)


def labelled_date_in_a_credit_row(e: Evidence) -> dt.date | None:
    """'编辑：某某网 发布时间：2017-4-11 21:25:00 阅读：144': a byline row of editor credits, read count and the
    publication label with its date, which the cleaning took off whole as the editor's credit; the label dates the
    page as it does in any other row."""
    rows = [r.text for r in [*e.cleaned_off, *e.structure.removals] if r.rule in CREDIT_ROW_RULES]
    return first_labelled_date(rows, vocabulary().published_label)


def bare_labelled_date_in_a_credit_row(e: Evidence) -> dt.date | None:
    """'编辑：张三 时间：2022-05-09' (credit_row_date_label in metadata.yml): in the editor's credit row the cleaning
    took off whole, a date under the bare label 时间 or 日期 is the page's, when the row names no publication label."""
    vocab = vocabulary()
    rows = [r.text for r in [*e.cleaned_off, *e.structure.removals] if r.rule in CREDIT_ROW_RULES]
    for line in rows:
        shadow = simplified(line)
        found = vocab.credit_row_date_label.search(shadow) if len(line) <= vocab.published_label_max else None
        if found:
            return parse_date(found.group(0))
    return None


CREDIT_ROW_RULES = {"editor-credit"}  # cruft.yml rules that take a byline row off whole, its stamp with it
AFTER_TEXT_ROWS = 4  # the stamp row sits right under the text, before the print and close buttons
AFTER_TEXT_RULES = {"copyright-line", "trailing-site-text"}  # rows the cleaning took off where the text ends


def opening_stamp(e: Evidence) -> dt.date | None:
    """A short row among the first blocks holding a date with its time of day ('某某网 ( 2012-06-04 09:20:26 )
    稿件来源：'): a CMS's publication stamp the cleaning left; a speech is never dated to the minute."""
    for block in e.structure.blocks[:2]:
        found = TIMED_DATE.search(block.text)
        if found and len(block.text) <= OPENING_ROW_MAX and not re.search(r"[。！？]", block.text):
            return parse_date(found.group(0))
    return None


CLOCK_TIME = re.compile(r"\d\s*[:：]\s*[0-5]\d")  # '08:19': a CMS's clock; a lede writes 8时19分


def clock_stamp(e: Evidence) -> dt.date | None:
    """A date with a clock time ('2022-02-14 03:01', '2004年7月16日08:19') as the page's publication stamp, where
    the head's own steps do not read it: inside a short row under the headline that no sentence is ('同人连载
    2022-02-14 03:01 阅读'; the earliest, as a page is never published after a date it prints — a later one is a
    widget's 'latest article at …'; above the headline a stamp is a copied source's), or opening one of the first
    blocks of the text, where the stamp row was joined to the paragraph under it ('2005-04-27 14:32更新 来源：某某网
    近日，…'), not followed by a comma (a lede's '10:30，'). A speech is never dated to the minute, and a news lede
    writes its hour with 时."""
    updated = vocabulary().updated_label  # '最后更新：2012-12-10 10:41' is an update, read after every stamp
    head = e.structure.head
    headlines = [text for text in [*e.facts.headings, *page_title_parts(e)[:1]] if text]  # <h1>, <title>
    titled = [i for i, line in enumerate(head) if any(same_headline(line, text) for text in headlines)]
    dates = []
    for line in head[titled[0] + 1:] if titled else []:
        found = TIMED_DATE.search(line)
        if (found and CLOCK_TIME.search(found.group(0)) and len(line) <= OPENING_ROW_MAX
                and not re.search(r"[。！？]", line) and not updated.search(simplified(line))
                and not dated_stamp(line) and not closing_stamp(line)):  # rows the head reads itself
            dates.append(parse_date(found.group(0)))
    if any(dates):
        return min(date for date in dates if date)
    for block in e.structure.blocks[:2]:
        found = TIMED_DATE.match(block.text)
        if found and CLOCK_TIME.search(found.group(0)) and block.text[found.end():found.end() + 1] not in "，,":
            return parse_date(found.group(0))
    return None


YEAR_MONTH = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m>1[0-2]|0?[1-9])\s*月|[-./](?P<m2>1[0-2]|0[1-9]))")
DAY_ALONE = re.compile(r"(?P<d>3[01]|[12]\d|0?[1-9])\s*日?")


def date_tile(e: Evidence) -> dt.date | None:
    """A news list's calendar tile printed by the headline: the day alone on one line and the year and month on the
    next, or the other way round ('21' over '2024年02月', '2024-02' over '21'), as a CMS sets the date in two boxes
    for its big day figure. Only two head lines that are nothing else, one right after the other."""
    for first, second in pairwise(e.structure.head):
        for day_line, month_line in ((first, second), (second, first)):
            day, month = DAY_ALONE.fullmatch(day_line.strip()), YEAR_MONTH.fullmatch(month_line.strip())
            if day and month:
                try:
                    return dt.date(int(month.group("y")), int(month.group("m") or month.group("m2")),
                                   int(day.group("d")))
                except ValueError:
                    return None
    return None


def labelled_date_apart(e: Evidence) -> dt.date | None:
    """A publication label whose date the page reader set apart: the label closing a row of the head or of the
    text's first blocks and the date opening the next row ('作者： 来源： 发布日期：' over '2019-05-06 10:21'), or a
    date in the United States' order with its AM/PM clock, on the label's row, the next or a row of its own
    ('发布日期：9/17/2004 5:54:13 AM', as ASP.NET pages print it: dates.US_STAMP_RE; a machine's stamp to the
    second, never a speech's date), the 发布时间 row the cleaning took off included, where a date with the
    month's English name counts too ('日期：Tue, 16 Jun 2020 18:28:37 +0000', a feed's stamp: dates.machine_stamp).
    Read on the simplified shadow."""
    vocab = vocabulary()
    if captured := next(filter(None, map(machine_stamp, e.captures.published)), None):  # the 发布时间 row read
        return captured
    opening = [block.text for block in e.structure.blocks[:CREDIT_BLOCKS]]
    rows = [simplified(row.strip()) for row in [*e.structure.head, *opening]]
    for row, under in pairwise([*rows, ""]):
        if len(row) > vocab.published_label_max:
            continue
        if found := vocab.published_label_us.search(row) or US_STAMP_RE.fullmatch(row):
            return us_stamp(found.group(0))
        if vocab.published_label_alone.search(row) and len(under) <= OPENING_ROW_MAX:
            stamp = DATE_STAMP.match(under)
            date = parse_date(stamp.group(0)) if stamp else us_stamp(under) if US_STAMP_RE.match(under) else None
            if date:
                return date
    return None


def post_stamp_in_the_text(e: Evidence) -> dt.date | None:
    """A forum's or a blog's stamp for the post, joined to a block of the text by the page reader
    ('发表于2021年3月5日10:21 - （阅读：12）', '〓某某论坛发布时间2021/03/05 10:21:40 by某网友〓',
    '本帖由某某于2021年3月5日10:21:40在〖某某版〗发表'; post_stamp in metadata.yml): a publication label with a date
    and its clock time, the first in the text (the replies' stamps come after the post's)."""
    return first_post_stamp(block.text for block in e.structure.blocks)


def first_post_stamp(rows: Iterable[str]) -> dt.date | None:
    """The day of the first post stamp (post_stamp in metadata.yml) in these rows, read on their simplified shadow."""
    for row in rows:
        shadow = simplified(row)
        found = [match for pattern in vocabulary().post_stamps if (match := pattern.search(shadow))]
        if found:
            return parse_date(min(found, key=lambda match: match.start()).group("stamp"))
    return None


BARE_DATE_LINE_STEP = "bare 时间/日期 line"
PUBLISHED_STEPS: list[Step] = [
    ("meta PubDate", lambda e: field_date(e.meta("published"))),
    ("JSON-LD datePublished", lambda e: field_date(e.facts.json_ld.get("datePublished", ""))),
    ("发布时间 line", lambda e: first_date(e.captures.published)),
    (BARE_DATE_LINE_STEP, lambda e: first_date(e.captures.date_field)),
    ("labelled date in a head line", labelled_head_date),
    ("date line above the title",  # a proceedings record's date is its sitting's (sitting_date), not a stamp
     lambda e: None if reports_a_sitting(e) else first_of(e.head.dates_before_title)),
    ("date stamp line", lambda e: first_of([day for day in [*e.head.datelines, *e.title_head.datelines]
                                            if day not in (headline_day(e), dated_heading_day(e))])),
    ("date tile in the head: the day over the year and month", date_tile),
    ("date under a headline over a report or an announced text",
     lambda e: e.head.date if date_under_the_title_is_the_pages(e) else None),
    ("date stamp closing the text", lambda e: first_date(e.captures.stamp)),
    ("date line closing the text with its clock time under it", lambda e: closing_timed_date_line(e)),
    ("date stamp closing the 来源 line", stamp_on_the_origin_line),
    ("timed date stamp in a row opening the text", opening_stamp),
    ("clock-timed stamp in a head row or opening the text", clock_stamp),
    ("labelled date in a row after the text", labelled_date_after_the_text),
    ("labelled date in the editor's credit row", labelled_date_in_a_credit_row),
    ("date under a bare 时间/日期 label in the editor's credit row", bare_labelled_date_in_a_credit_row),
    ("labelled date set apart from its label, or in a Western form", labelled_date_apart),
    ("labelled post stamp in the text", post_stamp_in_the_text),
    ("labelled post stamp in a row the page reader dropped as chrome (a forum's post header)",
     lambda e: first_post_stamp(e.facts.dropped_rows)),
    ("更新时间 line", lambda e: first_date(e.captures.updated)),
    ("更新时间 in a head line", lambda e: labelled_head_date(e, vocabulary().updated_label)),
    ("microdata datePublished, one day however often it is marked", microdata_date),
    ("URL date", url_stamp),
    ("<time> element", lambda e: first_date(e.facts.times)),
    ("the post's date element: its class names it ('post-date'), or it stands in the post's meta row",
     lambda e: posted_on_the_web(first_date(e.facts.dated_elements))),
    ("the one day among the menus over the headline, or opening the text under it, of a page saved on one line",
     lambda e: first_date(e.facts.menu_dates)),
    ("date in the page's script (WeChat's ct)", lambda e: first_date(e.facts.script_dates)),
    # A scraper's date column may be its own crawl or index date: it fills only what the page does not print.
    ("dateline of the lead-in announcing the text", lambda e: next(filter(None, map(lead_dateline_date,
                                                                                  lead_ins(e))), None)),
    ("container date field", lambda e: parse_date(e.field("published")) or machine_stamp(e.field("published"))),
    ("date field of a data record left among the text", lambda e: parse_date(record_field_left(e, "published"))),
]
# The dates a page prints with the article as its publication's (not read from its meta tags or its URL).
PRINTED_PUBLISHED_STEPS: list[Step] = [step for step in PUBLISHED_STEPS if step[0] in
                                       {"发布时间 line", BARE_DATE_LINE_STEP, "labelled date in a head line",
                                        "date stamp line"}]


# The publication dates a page declares for machines, not for its reader.
DECLARED_PUBLISHED_STEPS = {"meta PubDate": "the meta PubDate", "JSON-LD datePublished": "JSON-LD's datePublished"}


def printed_before_meta(e: Evidence, published: dt.date | None, step: str) -> tuple[dt.date | None, str]:
    """A CMS rewrites its PubDate meta (and its JSON-LD) each time it regenerates the page, and a page is never
    published after the date it prints as its publication: when the declared date is later than such a printed
    date, the printed date is the publication and the declared one the regeneration (or an update)."""
    if step not in DECLARED_PUBLISHED_STEPS or published is None:
        return published, step
    printed, name = cascade(PRINTED_PUBLISHED_STEPS, e, lambda d: plausible(d) and d < published)
    if name == BARE_DATE_LINE_STEP and printed == date_of_leads(e, announcing_leads(e)):
        return published, step  # '时间：2019年8月30日' over '2019年8月30日，某某在…发表演讲': the talk's day
    return (printed, f"{name}, earlier than {DECLARED_PUBLISHED_STEPS[step]}") if printed else (published, step)


@dataclass
class Metadata:
    """What the metadata stage found: the front-matter fields in emission order, warnings for the contributor,
    for each field the cascade step it came from ('title' -> 'meta ArticleTitle'), and the head lines it
    dropped (a site-title copy, a line above the title …), for the pipeline to report with the cleaning's."""
    meta: dict
    warnings: list[str]
    provenance: dict[str, str]
    removals: list[Removal]


def extract_metadata(structure: Structure, captures: Captures, source_file: str, sha256: str,
                     regions: list[tuple[str, str, str]], facts: PageFacts | None = None,
                     fields: dict[str, str] | None = None, after_article: list[str] | None = None,
                     cleaned_off: list[Removal] | None = None) -> Metadata:
    """All front-matter fields the page states, with where each came from (see Metadata)."""
    vocab = vocabulary()
    warnings: list[str] = []
    removals: list[Removal] = []
    facts = facts or PageFacts()
    head = read_head(structure.head, captures.site_title, removals, marked_headlines(facts))
    evidence = Evidence(structure, captures, facts, fields or {}, head, after_article or [],
                        cleaned_off=cleaned_off or [])
    body = "\n".join(block.text for block in structure.blocks)
    notes = list(head.notes) + captures.note
    provenance: dict[str, str] = {}

    raw_title, provenance["title"] = cascade(without_site_name_steps(TITLE_STEPS, evidence), evidence,
                                             acceptable_title(evidence))
    if not raw_title:  # too short for any step above: the genre word the page names itself by, or nothing
        raw_title, provenance["title"] = cascade(GENRE_TITLE_STEPS, evidence, bool)
    evidence.title_head = split_title(raw_title or "")
    title = printed_title(evidence.title_head)
    if not title:  # no title is better than an invented one: the site shows a marked name (fields.display_title)
        warnings.append(NO_TITLE)
    removals.extend(unused_head_lines(head, title))
    echoed, evidence.echoed_author = echo_over_its_author(structure, title)
    echoed = echoed or drop_title_echo(structure, title)
    head.datelines += [date for removal in echoed
                       if machine_timed_stamp(removal.text) and (date := parse_date(removal.text))]
    removals.extend(echoed)
    dialogue = several_speakers_take_turns(evidence.structure)  # a conversation's transcript: nobody's speech
    who, provenance["speaker"] = cascade(SPEAKER_STEPS, evidence, lambda v: has_a_speakers_shape(v)
                                         and not dialogue
                                         and not reported_in_third_person(evidence, speaker_name(v)))
    speaker = speaker_name(who) if who else ""
    speaker_title = who[0] if isinstance(who, tuple) else ""
    signed = False
    for note in structure.tail_notes:
        author = vocab.author_note.match(simplified(note))  # '作者係…' too; the office keeps its characters
        if author:
            speaker_title = offices_of(note[author.start("office"):author.end("office")].strip())
            signed = True
        else:
            notes.append(note)
    reported = [name for name in (head.speaker, evidence.title_head.speaker)
                if reported_in_third_person(evidence, name)]
    speaker_title = speaker_title or ("" if head.speaker in reported else head.speaker_title) \
        or ("" if evidence.title_head.speaker in reported else evidence.title_head.speaker_title)
    if speaker and not speaker_title:
        speaker_title = office_before(speaker, captures.note + structure.head)
    published, provenance["published"] = printed_before_meta(evidence, *cascade(PUBLISHED_STEPS, evidence, plausible))
    evidence.published = published
    news = reads_as_news(evidence) or dialogue  # a report about an event: its dates are the report's, no delivery date
    date, provenance["date"] = cascade(DATE_STEPS, evidence, lambda d: not news and plausible_speech_date(d)
                                       and given_by_publication(d, published))
    event = event_of(head.subtitle or evidence.title_head.subtitle, title)
    year = date.year if date else year_of_event(event) or (published.year if published else None)
    meta: dict = {}
    put(meta, "title", title)
    put(meta, "speaker", speaker)
    put(meta, "speaker_title", COLUMN_TAG.sub("", speaker_title).strip())
    put(meta, "date", date)
    put(meta, "published", published)
    put(meta, "year", year)
    put(meta, "event", event)
    put(meta, "region", detect_region(issuer_lines(evidence), body, regions))
    by_author = bool(signing_authors(captures) or captures.author_note) and not structure.addresses_audience \
        and not content_farm_page(evidence)  # a 范文 site's 作者 uploaded the copy: it signs no article
    meta["genre"] = genre_of(title, signed or by_author)
    meta["source"] = source_of(evidence, source_file, sha256)
    meta["tags"] = []
    meta["anonymized"] = is_anonymized(title + "\n" + body, vocab)
    if notes:
        meta["notes"] = notes
    warnings.extend(missing_warnings(meta))
    return Metadata(meta, warnings, {key: step for key, step in provenance.items() if step and key in meta},
                    removals)


def given_by_publication(date: dt.date, published: dt.date | None) -> bool:
    """A text is given on or before the day it is published, but for a New Year message put out on New Year's Eve and
    dated the New Year's Day it greets ('…2025年1月1日' under a message published on 31 December 2024)."""
    return published is None or date <= published or (
        (date.month, date.day) == (1, 1) and date - published == dt.timedelta(days=1))


def signing_authors(captures: Captures) -> list[str]:
    """The 作者 values that sign the text: not a CMS's default or a content farm's stock value ('佚名', '网友投稿',
    cms_default_names and origin_stoplist in metadata.yml), which say nobody signed it."""
    vocab = vocabulary()
    return [value for value in captures.author
            if simplified(value.strip()) not in vocab.cms_defaults | vocab.origin_stoplist]


TITLE_ECHO_BLOCKS = 6  # the title printed again is among the text's first blocks (a page head of short lines above it)
TITLE_ECHO_MIN_CHARS = 6  # ... and long enough to be the title, not a section word ('致辞')
ECHO_HEAD_MAX_CHARS = 60  # a block above the echo is a head line: a slogan or a notice, not a paragraph


PAGE_TITLE_ECHO_MIN_CHARS = 10  # a title printed again inside the text is a whole headline, not a phrase
BEGUN_PARAGRAPHS = 2  # this many sentences' paragraphs, or the salutation, above the title: the text has begun
BEGUN_PARAGRAPH_CHARS = 30


def begun(above: list[Block]) -> bool:
    """The text has begun above a copy of the title: the salutation ('同志们：') or paragraphs of whole sentences
    stand there. The copy is then where a scraper joined the pages of a text split over several (the title and
    the page's rows printed again over page 2), and only the copy goes."""
    salutation = load_shapes().salutation
    paragraphs = [block for block in above if len(block.text) >= BEGUN_PARAGRAPH_CHARS
                  and block.text[-1] in "。！？!?…”"]
    return any(salutation.fullmatch(block.text) for block in above) or len(paragraphs) >= BEGUN_PARAGRAPHS


def drop_title_echo(structure: Structure, title: str) -> list[Removal]:
    """The page's title printed again at the start of the text (a 范文 page's or a portal's heading repeating the
    headline inside the article, '## 在…会议上的讲话') is no part of the text; a speech does not open with its own
    title. Short lines the text's start took above it (a site's slogan or notice that read as a sentence) are the
    page's head, not the speech, and go with it, and so does a date stamp with its clock right under it (the
    headline's date row, read as a date stamp line of the head) (title-echo in cruft.yml)."""
    key = comparable(simplified(title))
    if len(key) < TITLE_ECHO_MIN_CHARS:
        return []
    blocks = structure.blocks
    echoes = [index for index, block in enumerate(blocks)
              if prints_the_title(block, key)]
    if echoes and echoes[0] and begun(blocks[:echoes[0]]) and len(key) >= PAGE_TITLE_ECHO_MIN_CHARS:
        structure.blocks = [block for index, block in enumerate(blocks) if index not in echoes]
        return [Removal("title-echo", blocks[index].text) for index in echoes]
    echo = echoes[0] if echoes and echoes[0] < TITLE_ECHO_BLOCKS else None
    width = 1  # blocks the copy takes
    if echo is None and (split := title_in_two_blocks(blocks, key)) is not None:
        echo, width = split, 2
    if echo is None or any(len(block.text) > ECHO_HEAD_MAX_CHARS for block in blocks[:echo]) \
            or len(blocks) <= echo + width:
        return []
    end = echo + width
    while end < len(blocks) - 1 and machine_timed_stamp(blocks[end].text):  # the echoed headline's date row
        end += 1
    structure.blocks = blocks[end:]
    structure.addresses_audience = any(load_shapes().salutation.match(block.text)
                                       for block in structure.blocks[:3])
    return [Removal("title-echo", block.text) for block in blocks[:end]]


def title_in_two_blocks(blocks: list[Block], key: str) -> int | None:
    """Where the title is printed again over two lines among the text's first blocks, as an article's centred
    headline breaks it ('某学院开展“不忘初心，牢记使命”' / '新党员入党宣誓暨…活动'): the first line's index."""
    parts = [printed_key(block) for block in blocks[:TITLE_ECHO_BLOCKS + 1]]
    return next((at for at in range(len(parts) - 1)
                 if parts[at] and parts[at + 1] and parts[at] + parts[at + 1] == key), None)


def prints_the_title(block: Block, key: str) -> bool:
    """The block is the title printed again (`key`: the title, comparable), a scraper's heading mark and all."""
    return printed_key(block) == key


def printed_key(block: Block) -> str:
    """A block's words as a title is compared: without a scraper's heading mark, simplified, comparable."""
    return comparable(simplified(HEADING_MARK.sub("", block.text)))


def echo_over_its_author(structure: Structure, title: str) -> tuple[list[Removal], str]:
    """A blog's preface, then the piece's title printed again and its author's name alone under it, then the piece
    ('梁某某先生肺腑之言，…特摘录至此与诸君分享。' / '治国学杂话' / '梁某某' / …) -> (removals, the author): the
    preface is the reposter's (reposter-preface in cruft.yml), the title and the name are the piece's head
    (title-echo). Only among the text's first blocks, under a preface of a few short paragraphs."""
    key = comparable(simplified(title))
    blocks = structure.blocks
    for at, block in enumerate(blocks[:PREFACE_MAX_BLOCKS + 1]):
        if len(key) < ECHO_OVER_AUTHOR_MIN_CHARS or not prints_the_title(block, key):
            continue
        author = HEADING_MARK.sub("", blocks[at + 1].text).strip() if at + 2 < len(blocks) else ""
        if not is_bare_name(author) or sum(len(b.text) for b in blocks[:at]) > PREFACE_MAX_CHARS:
            break
        structure.blocks = blocks[at + 2:]
        return [*(Removal("reposter-preface", b.text) for b in blocks[:at]), Removal("title-echo", block.text),
                Removal("title-echo", blocks[at + 1].text)], author
    return [], ""


PREFACE_MAX_BLOCKS = 3  # a reposter's preface over the piece's own head: a few short paragraphs
PREFACE_MAX_CHARS = 300
ECHO_OVER_AUTHOR_MIN_CHARS = 3  # with its author's name under it, a short title ('治国学杂话') is the title


def machine_timed_stamp(text: str) -> bool:
    """A line that is a date and its clock time alone ('2024-05-13 06:15'): a CMS's publication stamp, never a
    speech's delivery date (a speech's date line has no clock: '（2024年5月13日）')."""
    return bool(DATE_LINE_RE.fullmatch(text.strip()) and CLOCK_TIME.search(text))


def has_a_speakers_shape(value: Any) -> bool:
    """A speaker step's answer names a person: a name a step read by its own shape (ShapedName), a name where only a
    name stands (placed_name), or a monk's Dharma name before his title (dharma_name)."""
    return isinstance(value, ShapedName) or placed_name(speaker_name(value)) \
        or (isinstance(value, tuple) and dharma_name(value[1], value[0]))


def speaker_name(value: Any) -> str:
    return value[1] if isinstance(value, tuple) else str(value)


def glued_head(line: str) -> tuple[str, str, str] | None:
    """A whole head on one line: title, '——' and the delivery statement (date, then where), perhaps the speaker
    after it ('政府工作报告——2023年1月12日在…会议上市长 张某某') -> (title, statement, who)."""
    main, dash, rest = partition_outside_quotes(line, "——")
    statement = DATED_SUBTITLE.match(rest.strip()) if dash else None
    if not statement or not title_like(main.strip()):
        return None
    return main.strip(), statement.group(0), rest.strip()[statement.end():].strip()


QUOTE_PAIRS = {"“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "〈": "〉"}


def partition_outside_quotes(line: str, separator: str) -> tuple[str, str, str]:
    """str.partition at the first `separator` outside quotation marks and 书名号: a dash inside a quoted name
    ('“奋进新征程——庆祝…美术书法展”开幕') belongs to the name and divides no title from its subtitle."""
    quoted = quoted_positions(line)
    at = next((found.start() for found in re.finditer(re.escape(separator), line) if found.start() not in quoted), -1)
    return (line[:at], separator, line[at + len(separator):]) if at >= 0 else (line, "", "")


def quoted_positions(line: str) -> set[int]:
    """The positions inside quotation marks or 书名号 (“…”, 《…》, 「…」 …). A mark never closed encloses nothing: a
    line cut inside a quotation is read as if it had none."""
    inside: set[int] = set()
    closing: list[tuple[str, int]] = []  # (the mark that closes, where its quotation opened)
    for at, char in enumerate(line):
        if closing and char == closing[-1][0]:
            inside.update(range(closing.pop()[1] + 1, at))
        elif char in QUOTE_PAIRS:
            closing.append((QUOTE_PAIRS[char], at))
    return inside


def without_year_field(line: str) -> str:
    """A corpus record opens with its year field before the title ('2016 政府工作报告——2016年3月5日在…'): a bare
    year, not written as 2016年, that repeats the year of the delivery date later on the line is no part of it."""
    field_year = re.match(r"(?P<year>\d{4})(?![\d年])\s*", line)
    later = DATE_RE.search(line, field_year.end()) if field_year else None
    if field_year and later and (date := parse_date(later.group(0))) and date.year == int(field_year["year"]):
        return line[field_year.end():]
    return line


def without_title_wrappers(line: str) -> str:
    """The title without what a site, a mirror or a column wrapped around it (title_wrappers in metadata.yml):
    the site's name before an arrow, its name or domain after a bar, an issue label, a
    bracketed site's name ('【某某在线】…'), a Markdown copy's heading marks ('## …'), and a note's mark closing it
    (FOOTNOTE_MARK)."""
    vocab = vocabulary()
    line = vocab.heading_marks.sub("", line.strip(), count=1)
    if (found := vocab.bracketed_site.match(line)) and names_a_site(found.group("site")) \
            and title_like(line[found.end():]):
        line = line[found.end():]
    if (found := vocab.site_prefix.match(line)) and names_a_site(found.group("site")):
        line = line[found.end():]
    if (found := vocab.site_suffix.search(line)) and names_a_site(found.group("site")):
        line = without_trailing_columns(line[:found.start()], found.group("sep").strip())
    line = vocab.issue_prefix.sub("", line, count=1).strip()
    return line if line.startswith("*") else FOOTNOTE_MARK.sub("", line)


# A note's mark closing a title, as collected works link a title to the note on its occasion ('向全国进军的命令*',
# '…新发展格局※', '…的讲话①', '…的讲话[1]'); not a Markdown emphasis's closing star ('*…*' opens with one).
FOOTNOTE_MARK = re.compile(r"(?<=[^\s*])\s*(?:\*{1,3}|※|[①-⑳]|[\[［〔]\d{1,2}[\]］〕])$")


def without_trailing_columns(line: str, separator: str) -> str:
    """'讲话标题_领导讲话' once the site's name is gone -> '讲话标题': short parts after the site's own separator
    are its columns (column_max in metadata.yml); the title is the first part."""
    parts = line.split(separator) if separator else [line]
    while len(parts) > 1 and len(parts[-1].strip()) <= vocabulary().column_max and title_like(parts[0]):
        parts.pop()
    return separator.join(parts).strip()


DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")  # 'www.example.gov.cn'


def names_a_site(text: str) -> bool:
    """A domain name ('example.edu.cn'), an institution's or a body's name ('某某大学'), or a column's."""
    return bool(DOMAIN.fullmatch(text)) or names_an_institution(text) \
        or bool(vocabulary().column.fullmatch(simplified(text)))


def split_title(line: str) -> Head:
    """A title line read for what it says besides the title: its speaker, office and date."""
    head = Head()
    line = without_year_field(without_glued_fields(without_title_wrappers(line)))
    if (stamp := ACCOUNT_STAMP.search(line)) and title_like(line[:stamp.start()]):
        line = line[:stamp.start()]  # '…（内附演讲全文）2016-12-28 微信公开课': the post's stamp and its account
        head.datelines += [day for day in [parse_date(stamp.group("date"))] if day]
    head.kicker, line = column_kicker(line)
    if glued := glued_head(line):
        line, head.subtitle, who = glued
        head.date = parse_date(head.subtitle)
        office_name = byline(who) or (("", who) if placed_name(who) else None)
        if office_name:
            head.speaker_title, head.speaker = office_name
        read_title_line(line, head)
        return head
    repost = vocabulary().repost_prefix.match(simplified(line))  # '转：', '【转载】' (轉： too)
    head.reposted = bool(repost)
    head.repost_mark = line[:repost.end()] if repost and BRACKETED_MARK.match(line) else ""
    line = line[repost.end():] if repost else line
    if closing := vocabulary().repost_suffix.search(simplified(line)):  # '…——某某演讲《转》'
        head.reposted, head.repost_suffix, line = True, line[closing.start():], line[:closing.start()]
    media = vocabulary().media_prefix.match(simplified(line))  # '某某新聞網：' too
    line = line[media.end():] if media else line
    main, dash, rest = partition_outside_quotes(line, "——")
    if dash and title_like(main.strip()):  # '欢迎词 ——分公司总经理 张某某': the subtitle is not the title
        line, head.subtitle = main.strip(), rest.strip()
        office_name = byline(head.subtitle) or (("", head.subtitle) if placed_name(head.subtitle) else None)
        said = Head()  # '——县长李某明在…上的讲话（2016年5月6日）': the subtitle's own speaker and date
        read_title_line(head.subtitle, said)
        head.speaker_title, head.speaker = office_name or (said.speaker_title, said.speaker)
        head.date = said.date
        if not office_name and not said.speaker and not DATE_LINE_RE.fullmatch(head.subtitle):
            head.printed_subtitle = dash + head.subtitle
    elif dash:  # '文化——李某在本科生开学典礼上的讲话': a theme too short for a title alone; the title stays whole
        said = Head()
        read_title_line(rest.strip(), said)
        if said.speaker and DELIVERY_STATEMENT.search(simplified(rest)):
            head.speaker_title, head.speaker, head.date = said.speaker_title, said.speaker, said.date
    if speaker_in_brackets := BRACKETED_SPEAKER.search(line):  # '在…上的讲话（张三）'
        who = speaker_in_brackets.group("who")
        office_name = byline(who) or (("", who) if names_in_brackets(who) else None)
        if office_name and re.search(rf"{SPEECH_WORDS}$", simplified(line[:speaker_in_brackets.start()])):
            line = line[:speaker_in_brackets.start()]
            head.speaker_title, head.speaker = head.speaker_title or office_name[0], head.speaker or office_name[1]
    if line:
        read_title_line(line.strip(), head)
    if line and not head.speaker and not about_the_speech(line) and (around := speaker_around_speech(line.strip())):
        head.speaker_title, head.speaker = around
    return head


def about_the_speech(line: str) -> bool:
    """The words right after a speech word say it was studied or received ('…的讲话精神', '…的讲话引起师生热烈反响':
    speech_studied in metadata.yml): a report's headline on the speech, naming no speaker of the page."""
    return bool(vocabulary().speech_studied.search(simplified(line)))


# '某某2022年新年贺词', '某某发表二〇二一年新年贺词', '国家主席某某发表…': who gave the speech opening the title, then
# 发表, a year or an occasion's word (at least one: '金句讲话' names nobody), then the speech's words closing it.
OCCASION_WORDS = "新年|新春|元旦|春节|国庆|就职|告别"
NAME_THEN_SPEECH = re.compile(rf"(?P<who>[{CJK_RANGE}·]{{2,20}}?){HONORIFIC}?"
                              rf"(?=发表|{YEAR}年|{OCCASION_WORDS})(?:发表)?"
                              rf"(?:{YEAR}年度?)?的?(?:{OCCASION_WORDS}|年度)?{SPEECH_WORDS}(?:全文)?")
# '《在…大会上的讲话》-某某': the speech's own title in 书名号, then who gave it after a dash or a bar.
QUOTED_SPEECH_BY = re.compile(r"《(?P<speech>[^《》]+)》\s*(?:[-—–_|｜]{1,2})\s*(?P<who>[^《》\s]{2,12})")


def speaker_around_speech(line: str) -> tuple[str, str] | None:
    """The speaker a title names around its speech: before it ('某某2022年新年贺词', '国家主席某某发表二〇二一年新年
    贺词') or after the speech's own title in 书名号 ('《在…大会上的讲话》-某某'). The name must read as a person's (a
    family name's or a transliterated name's shape, not common words), perhaps after an office."""
    shadow = simplified(line)
    quoted = QUOTED_SPEECH_BY.fullmatch(shadow)
    found = NAME_THEN_SPEECH.fullmatch(shadow)
    if quoted and vocabulary().speech_title_end.search(quoted.group("speech")):
        who = line[quoted.start("who"):quoted.end("who")]
    elif found:
        who = line[:found.end("who")]
    else:
        return None
    named = is_bare_name(who, placed=True) or (len(who) >= 3 and transliterated(who))
    return byline(who) or (("", who) if named else None)


def column_kicker(line: str) -> tuple[str, str]:
    """'时局 | 张三：…' -> ('时局 | ', '张三：…'): a column's short kicker (column_kicker in metadata.yml) and the
    headline after it, at least twice as long and with no bar of its own. The kicker stays in the printed title;
    the headline after it is what names the speaker and the date."""
    found = vocabulary().column_kicker.match(line)
    rest = line[found.end():] if found else ""
    if found and len(rest) >= 2 * len(found.group("kicker")) and not re.search(r"[|｜]", rest) and title_like(rest):
        return line[:found.end()], rest
    return "", line


BRACKETED_MARK = re.compile(r"\s*[【\[［(（]")  # '[转]', '【转载】', as against a label: '转：', '记录：'


def printed_title(head: Head) -> str:
    """The title as the page prints it: its column kicker and its repost mark ('[转]'), if any, then the headline,
    then what it prints after a dash on the same line ('主题——在…座谈会上的发言', '某某成果展——文化产业新'), as
    eval/README's convention keeps it; a speaker or a date after the dash is read apart, never part of the title."""
    return head.kicker + head.repost_mark + head.title + head.printed_subtitle + head.repost_suffix if head.title \
        else ""


def event_of(subtitle: str, title: str) -> str:
    """'在XX会议上的讲话' -> XX会议; a subtitle may stop at the place ('——2023年1月5日在XX会议上')."""
    match = EVENT.search(subtitle or title) or (SUBTITLE_EVENT.search(subtitle) if subtitle else None)
    return match.group("event") if match else ""


def signed_or_spoken(e: Evidence) -> bool:
    """A date line closing the text dates a speech or a signed text (it addresses its audience, or a signature
    closes it, or the page names a speaker); under a report of an event it is only the day the report was written."""
    return speaks_to_an_audience(e) or signature(e) is not None or bool(e.head.speaker or e.title_head.speaker)


# A clock time alone on a line, perhaps with its zone ('香港時間11時32分', '北京时间 09:30', '15:02').
CLOCK_LINE = re.compile(r"(?:[\u4e00-\u9fff]{2}时间)?\s*\d{1,2}\s*[时:：]\s*\d{2}\s*分?(?:\s*[:：]\s*\d{2}\s*秒?)?")


ZONED_STAMP = re.compile(rf"(?:{DATE}){WEEKDAY}?\s*[\u4e00-\u9fff]{{2}}时间\s*\d{{1,2}}\s*[时:：]\s*\d{{2}}\s*分?")


def closing_timed_date_line(e: Evidence) -> dt.date | None:
    """A government press release closes with its issue stamp: the date on a line, then the clock time on the next
    ('2024年3月5日（星期二）' over '香港時間11時32分'). The date line stays the text's closing date; the clock time the
    cleaning took off after it says the date is the release's, so it is the publication date too."""
    day = closing_date(e.structure)
    trailing = [r.text.strip() for r in e.structure.removals if r.rule == "trailing-site-text"]
    if day and any(CLOCK_LINE.fullmatch(simplified(text)) for text in trailing):
        return day
    # the same stamp on one line under the text ('2024年4月12日（星期五）香港時間16時05分'), taken off with the
    # site's lines
    return next((parse_date(text) for text in trailing if ZONED_STAMP.fullmatch(simplified(text))), None)


def closing_date(structure: Structure) -> dt.date | None:
    """A date line closing the text (under the signature) dates it when the head does not."""
    last = structure.blocks[-1].text if structure.blocks else ""
    return date_line(last)


def put(meta: dict, key: str, value: object) -> None:
    if value not in (None, "", []):
        meta[key] = value


def first_of(values: list):
    return values[0] if values else None


def first_date(values: list[str]) -> dt.date | None:
    for value in values:
        date = instant_date(value) or parse_date(value)
        if date:
            return date
    return None


def last_crumb(trails: list[str]) -> str:
    """The trail's last element when it can name the page: longer than a column name, or a short speech title."""
    leaf = (crumb_leaves(trails) or [""])[-1]
    return leaf if len(leaf) > 8 or short_speech_title(leaf) else ""


def person_name(text: str | None) -> str:
    """A container's author value that names a person (not an office, a body or a CMS default such as 管理员)."""
    return text if text and placed_name(text) else ""


def year_of_event(event: str) -> int | None:
    match = YEAR_IN_EVENT.search(event)
    return chinese_number(match.group("y")) if match else None


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


def names_a_publication(origin: str) -> bool:
    """'本站原创', '网络整理' (made only of stoplist words) name no publication; '某某日报' does."""
    rest = literal_pattern(tuple(sorted(vocabulary().origin_stoplist))).sub("", simplified(origin))
    return bool(re.sub(r"[\W_]", "", rest))


@cache
def literal_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(literal_alternation(set(words)))


# A meta tag 'source' holding a program's token, not a publication's name: a note app's export writes where the
# note came from ('web.clip7', 'mobile.android'): letters with dots and digits, no space, no Chinese.
APP_TOKEN = re.compile(r"[A-Za-z][\w-]*(?:\.[\w-]+)*(?<=\d)|[a-z][\w-]*\.[a-z][\w-]*")


def source_of(e: Evidence, source_file: str, sha256: str) -> dict:
    """The publication (a bulletin, the 来源 the page names, the site's own name) and the host site."""
    meta_origin = "" if APP_TOKEN.fullmatch(e.meta("origin") or "") else e.meta("origin")
    origins = [origin_name(origin) for origin in (meta_origin, *e.head.stamp_origins, *e.captures.origin)]
    sites = [e.meta("site"), e.facts.json_ld.get("publisher", "")]
    origin = next((o for o in origins if o and names_a_publication(o)), "")
    site_name = next((n for n in e.captures.site_name + sites if n), "")
    host = host_site(e)
    suffix = title_suffix(e.facts.title)
    name = first_of(e.captures.bulletin) or origin or site_name or host or suffix
    site = host or site_name or suffix
    publisher = first_of(e.captures.publisher) or (site if site != name else "")
    source: dict = {}
    put(source, "name", name)
    put(source, "publisher", publisher)
    put(source, "url", clean_url(url_of(e)))
    put(source, "issue", first_of(e.captures.issue))
    source["file"] = source_file
    source["sha256"] = sha256
    return source


def parts_beside_site_name(title: str, site: str) -> list[str]:
    """title_parts, unless they cut apart the site's name the page declares (meta SiteName, og:site_name) at the
    <title>'s end: a separator inside that name ('标题 | 某某之城 - City of Time') parts nothing of the title, which is
    then the rest before the name, whole."""
    parts = title_parts(title)
    if site.strip() in parts:
        return parts
    rest = title_before_site_name(title, site)
    return [rest, site.strip()] if rest else parts


def title_before_site_name(title: str, site: str) -> str:
    """The <title> before the site's name it closes with ('标题 - 副题 - 某某社区' -> '标题 - 副题'), or ''."""
    site, title = site.strip(), title.strip()
    if len(site) < 2 or not title.endswith(site):
        return ""
    return DANGLING_SEPARATOR.sub("", title.removesuffix(site))


def title_parts(title: str) -> list[str]:
    """'中国-东盟博览会上的致辞_新闻_某某网' -> ['中国-东盟博览会上的致辞', '新闻', '某某网']: the page's title first,
    the site's name last (a two-part <title> naming its site first is turned round: names_its_site_first). A
    separator inside quotation marks or 书名号 is part of a name ('“奋进新征程——…展”开幕_某某网')."""
    quoted = quoted_positions(title)
    last = max(unquoted_separators(title), default=None, key=lambda match: match.start())
    if not last:
        return [title]
    parts, start = [], 0
    for cut in (match for match in last.re.finditer(title) if match.start() not in quoted):
        parts.append(title[start:cut.start()])
        start = cut.end()
    parts.append(title[start:])
    underscore = SITE_SEPARATORS[0]  # never inside a headline: it parts the title from the site before a keyword list
    cuts = [match for match in underscore.finditer(parts[0]) if match.start() not in quoted]
    if last.re is not underscore and cuts:
        parts[:1] = [parts[0][:cuts[0].start()], parts[0][cuts[0].end():]]  # '标题_某某公司|关键词|关键词'
    parts = [part for part in (DANGLING_SEPARATOR.sub("", part) for part in parts) if part]
    if len(parts) > 1 and (inner := site_and_message_title(parts[0]) or titled_by_its_own_site(parts[0])
                           or opened_by_its_own_site(parts[0])):
        return [*inner, *parts[1:]]
    return parts[::-1] if names_its_site_first(parts) else parts


def titled_by_its_own_site(part: str) -> list[str]:
    """A <title>'s first part that is itself 'title-column-site' ('某某座谈会-某某网' before a portal's
    '_某某门户网站', a reposting site's name after the original's): its pieces, when the part ends with a site's
    name and its first piece names none; [] otherwise (a dash inside the title, '中国-东盟博览会', parts no site; a
    column kicker before the headline, '时局 | 标题', is the headline's own)."""
    pieces = title_parts(part)
    return pieces if len(pieces) >= 2 and part.rstrip().endswith(pieces[-1]) and names_a_site(pieces[-1]) \
        and not names_a_site(pieces[0]) else []


def opened_by_its_own_site(part: str) -> list[str]:
    """A <title>'s first part that is itself 'site-column-title' ('某某市人民政府 - 新闻中心 - 标题' before a reposting
    blog's '| 某某的博客'): [title, column, site], when the part opens with a site's name and a short column, each
    followed by the same separator; [] otherwise. Only those two are cut off: a dash further on is the title's own
    ('…公开信全文——AI的时代已经到来'), and a kicker alone before a bar ('时局 | 标题') is the headline's."""
    cut = first_separator(part)
    after = first_separator(part, cut.end()) if cut else None
    if not cut or not after or after.re is not cut.re:
        return []
    site, column, title = part[:cut.start()].strip(), part[cut.end():after.start()].strip(), part[after.end():].strip()
    short_column = 0 < len(comparable(column)) <= SHORT_TITLE_PART
    return [title, column, site] if short_column and names_a_site(site) and title and not names_a_site(title) else []


def first_separator(text: str, start: int = 0) -> re.Match | None:
    """The first separator of any family in the text from `start`, outside quotation marks and 书名号."""
    return min(unquoted_separators(text, start), key=lambda match: match.start(), default=None)


def unquoted_separators(text: str, start: int = 0) -> list[re.Match]:
    """Every separator of every family (SITE_SEPARATORS) in the text from `start`, outside quotation marks and 书名号
    (a dash inside '“奋进新征程——…展”' is part of a name)."""
    quoted = quoted_positions(text)
    return [match for pattern in SITE_SEPARATORS for match in pattern.finditer(text, start)
            if match.start() not in quoted]


MESSAGE_TITLE_MAX = 8  # Chinese characters of a page's genre title ('总经理致辞', '校长寄语'): no occasion in it


def site_and_message_title(part: str) -> list[str]:
    """A <title>'s first part that is itself 'site-genre title' ('某某公司-总经理致辞' before a portal's '_某某网'):
    [genre title, site] when one half is a short message title naming no occasion ('总经理致辞', not
    '东盟博览会上的致辞', whose dash is part of a name) and the other is not; [] otherwise."""
    pieces = title_parts(part)
    if len(pieces) != 2:
        return []
    short = [short_speech_title(piece) and len(CJK_CHAR.findall(piece)) <= MESSAGE_TITLE_MAX
             and not OCCASION.search(simplified(piece)) for piece in pieces]
    if short == [False, True]:
        return pieces[::-1]
    return pieces if short == [True, False] else []


OCCASION = re.compile(r"在|上的|会的|时的")  # '在…会上的讲话', '…大会的致辞': a speech title naming its occasion


DANGLING_SEPARATOR = re.compile(r"^[\s\-－–—_|｜·]+|[\s\-－–—_|｜·]+$")  # '某某公司－ ｜ 致辞': the dash is left over


def names_its_site_first(parts: list[str]) -> bool:
    """A <title> usually gives the page's title, then its column and the site's name; some sites put their name
    (and column) first ('某某网—视察某地', '某某公司-总经理致辞', '某某市人民政府 - 新闻中心 - 标题'). The order is
    the other way round when the last part is no site's name and the first part is one (names_a_site), or the
    last is a speech's short title and the first is not."""
    if len(parts) < 2 or names_a_site(parts[-1]):
        return False
    site_first = names_a_site(parts[0]) and len(parts[0]) < len(parts[-1])  # a site's name is short beside a title
    speech_last = short_speech_title(parts[-1]) or names_a_genre(parts[-1])  # '某某公司 ｜ 致辞'
    return site_first or (speech_last and not short_speech_title(parts[0]) and not names_its_speaker(parts[0]))


def speaker_before_bar(title: str) -> tuple[str, str] | None:
    """'某某学院张某校长 | 2015级新生开学典礼上的讲话' -> ('某某学院校长', '张某'): who gives the speech, then its
    title after a bar, ending with a speech word or naming its theme after one and a colon ('…毕业典礼校长讲话：今天
    这个日子')."""
    parts = BAR_SEPARATOR.split(title.strip(), maxsplit=1)
    speech = simplified(parts[-1])
    if len(parts) != 2 or not any(map(vocabulary().speech_title_end.search, (speech, re.split("[：:]", speech)[0]))):
        return None
    return names_its_speaker(parts[0])


def names_in_brackets(who: str) -> bool:
    """What a title sets in brackets at its end is a person's name, not one of its notes ('（摘要）', '（全文）':
    title_bracket_notes in metadata.yml)."""
    return placed_name(who) and simplified(who) not in vocabulary().title_bracket_notes


def credited_in_headline(e: Evidence) -> tuple[str, str] | ShapedName | None:
    """The person a speech's headline credits where a blog or a collection sets the speaker's name: alone after its
    dash ('在…葬礼上的讲话——伯某克里', a transliterated name the head's reading leaves), in brackets closing its
    first part ('…不是打工者（周某祎）——在…培训上的讲话'), after a space closing it ('…国旗下讲话-激励自我 马某',
    CLOSING_NAME), or with an office before the talk's own title in 书名号 in its subtitle ('坚守营造梦想——尹某教授
    《…》演讲实录'). The headline, subtitle and all, must name a speech and be no
    headline about studying one (speech_studied in metadata.yml): a study note's dash credits its writer."""
    head = e.title_head
    subtitle = head.printed_subtitle.lstrip("—").strip()
    headline = simplified(head.title + subtitle)
    if not re.search(SPEECH_WORDS, headline) or vocabulary().speech_studied.search(headline):
        return None
    if len(subtitle) >= 3 and transliterated(subtitle) and simplified(subtitle) not in vocabulary().countries:
        return ShapedName(("", subtitle))
    if named := name_occasion_speech(SPEECH_CLAUSE_TAIL.sub("", subtitle)):  # '…——某某·某某演讲'
        return named
    bracket = BRACKETED_SPEAKER.search(head.title.strip())
    who = bracket.group("who").strip() if bracket else ""
    if who and names_in_brackets(who):
        return "", who
    if (closing := CLOSING_NAME.search(head.title.strip())) and is_bare_name(closing.group("who")) \
            and (closing.group("honorific") or not closing.group("dash")):
        return "", closing.group("who")
    shadow = simplified(subtitle)
    talk = SPEECH_CLAUSE_TAIL.sub("", re.sub(r"《[^《》]+》", "", shadow))
    named = speech_named_by(talk) if talk != shadow else None  # only a subtitle quoting the talk's own title
    return (named[0], in_original(named[1], shadow, subtitle)) if named else None


# A name set apart by a space closing a speech's headline, as a school's site credits a talk under the flag
# ('第二十周升旗仪式国旗下讲话-激励自我 马某'), or by a dash when a teacher's or a student's honorific follows it
# ('…-国旗下讲话-刘某老师': after a dash without one, a short word may be the talk's topic).
CLOSING_NAME = re.compile(r"\S(?:\s+|\s*(?P<dash>[-－—]+)\s*)(?P<who>[^\s\d\-－—]{2,4}?)(?P<honorific>老师|同学)?$")


def names_its_speaker(part: str) -> tuple[str, str] | None:
    """'某某学院张某校长', '某某大学校长张某', '张某校长': who gives the speech, perhaps with the body they lead before
    their name -> (office, name). Set before a bar in a headline ('某某学院张某校长 | 2015级新生开学典礼上的讲话'), it
    is the headline's own, never a site's name."""
    plain = part.strip()
    if found := signed_by(plain):
        return found
    closing = name_office_closing(plain)  # the body, the name, the office: the body must name an institution
    body = plain[:plain.find(closing[1])] if closing else ""
    return (body + closing[0], closing[1]) if closing and body and names_an_institution(body) else None


def host_site(e: Evidence) -> str:
    """The portal: the first breadcrumb element (某某县人民政府>政务要闻>…) or the last part of the
    HTML title ('讲话标题_领导讲话_某某县人民政府')."""
    names = [crumb_root(trail) for trail in e.crumbs()]
    parts = page_title_parts(e)
    names += [parts[-1]] if len(parts) > 1 else []
    for name in names:
        if name.endswith(vocabulary().organisation_suffixes) and name not in {"首页", "网站首页"}:
            return name
    return ""


def title_suffix(page_title: str) -> str:
    """The site's name closing a <title> of the form 'title_column_site' ('…讲话--学习专栏-某某中学' -> 某某中学).
    With only two parts either may be the site's name, so nothing is guessed."""
    parts = title_parts(page_title)
    name = parts[-1] if len(parts) > 2 else ""
    return name if 2 <= len(name) <= 20 and CJK_CHAR.search(name) \
        and not vocabulary().column.fullmatch(simplified(name)) \
        else ""


def looks_untitled(title: str, page_title: str) -> bool:
    """The head's last line is page furniture (a menu row), not the speech's title, when the HTML <title>
    reads as a speech title ('…在…会议上的讲话') and that line neither does nor is part of it."""
    if not title:
        return True
    speechlike = bool(EVENT.search(page_title))
    return speechlike and not EVENT.search(title) and comparable(title) not in comparable(page_title)


def page_title_head(e: Evidence) -> str:
    """The speech's part of an HTML title, used only when the page shows no title of its own."""
    return page_title_parts(e)[0] if e.facts.title else ""


def clean_url(url: str | None) -> str:
    """Scraped links carry stray spaces ('doc-12786173 .html'); a URL never contains whitespace."""
    if not url:
        return ""
    url = re.sub(r"\s+", "", url)
    return url if re.match(r"https?://", url) else ""


def issuer_lines(e: Evidence) -> list[str]:
    """What names the text's issuer: the head lines, the publisher, bulletin, breadcrumbs and 来源."""
    return e.structure.head + e.captures.publisher + e.captures.bulletin + e.crumbs() + e.captures.origin


def detect_region(issuer_lines: list[str], body: str, regions: list[tuple[str, str, str]]) -> str:
    """'陕西省安康市' when a city is named by the issuer or often in the text; else a province if clear."""
    issuer = " ".join(issuer_lines)
    places = place_index(tuple(regions))
    for short in region_pattern(tuple(regions)).findall(simplified(issuer)):  # place names are simplified
        if places[short][1]:
            return "".join(places[short])
    counts = Counter(region_pattern(tuple(regions)).findall(simplified(body)))
    cities = [(count, short) for short, count in counts.items() if places[short][1]]
    if cities and max(cities)[0] >= 3:
        return "".join(places[max(cities)[1]])
    provinces: Counter[str] = Counter()
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
@reads_rule_file(REGIONS_FILE)
def load_regions(path: Path = REGIONS_FILE) -> list[tuple[str, str, str]]:
    """(province, city, short) rows; province rows have city ''. Longest short names first. A province or a city
    without its name, or whose name or short name is no text, is a RuleFileError naming the file and its line."""
    data = read_rule_file(path)
    rows: list[tuple[str, str, str]] = []
    for province in data["provinces"]:
        check_place(path, province, province.get("short", []))
        shorts = [s for s in province.get("short", []) if len(s) >= 2] + [province["name"]]
        rows.extend((province["name"], "", s) for s in shorts)
        for city in province.get("cities") or []:
            check_place(path, city, [city["short"]])
            if province["name"] in {"北京市", "天津市", "上海市", "重庆市"}:
                continue  # districts: too ambiguous in running text (朝阳, 河北区 ...)
            rows.append((province["name"], city["name"], city["short"]))
    return sorted(rows, key=lambda row: -len(row[2]))


@cache
def province_names() -> tuple[str, ...]:
    """The gazetteer's provincial-level names (regions.yml), longest first, so that a prefix test is unambiguous."""
    return tuple(sorted({province for province, _, _ in load_regions()}, key=len, reverse=True))


@cache
def province_short_names() -> frozenset[str]:
    """Every name a province goes by in running text ('江苏', '江苏省'; regions.yml): a place, never a person's name,
    though a family name's character opens it (a site's footer or its regional channel under the title)."""
    return frozenset(short for _, city, short in load_regions() if not city)


def split_region(region: str) -> tuple[str, str]:
    """'陕西省安康市' -> ('陕西省', '安康市'); '甘肃省' -> ('甘肃省', ''); a region not in the gazetteer is
    kept whole as its own province, so no speech loses its region filter."""
    region = region.strip()
    for province in province_names():
        if region.startswith(province):
            return province, region[len(province):]
    return region, ""


def check_place(path: Path, place: dict, shorts: object) -> None:
    """A gazetteer entry names its place and the short names running text uses, each a word of text (a list of
    them for a province): otherwise a RuleFileError naming the file, the entry's line and the value."""
    words = [place["name"], *shorts] if isinstance(shorts, list) else [place["name"], shorts]
    wrong = [word for word in words if not isinstance(word, str) or not word]
    if wrong or not isinstance(shorts, list):
        raise RuleFileError(f"{shown(path)}:{getattr(place, 'line', '?')}: {place['name']}: a place's name and its "
                            f"short names are words of text, not {(wrong or [shorts])[0]!r}")


def missing_warnings(meta: dict) -> list[str]:
    warnings = []
    if "date" not in meta:
        warnings.append("no delivery date found in the text (add `date:` in the sidecar if known)")
    if "speaker" not in meta:
        warnings.append("no speaker name found" + (" (the source masks names)" if meta["anonymized"] else ""))
    if "name" not in meta["source"]:
        warnings.append("no source name found (add `source: {name: …}` in the sidecar)")
    return warnings
