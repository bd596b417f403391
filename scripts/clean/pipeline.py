"""One raw scraped file -> one finished Document (front matter + speech Markdown).

raw bytes -> the page inside a scraper's container (containers) -> text lines (decode) -> cleaned lines
(cruft) -> head, paragraphs and headings (structure) -> front matter (metadata, themes, sidecar)
-> Markdown (markdown). Each stage only reads what the previous stages produced.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from scripts.clean.captures import Captures
from scripts.clean.containers import fill_metadata, unwrap
from scripts.clean.cruft import CHINESE_SENTENCE, clean_lines
from scripts.clean.dates import date_line
from scripts.clean.decode import decode_source
from scripts.clean.document import Document, Removal
from scripts.clean.html_page import PageFacts, lists_linked_excerpts, lists_post_excerpts, prints_whole_posts
from scripts.clean.metadata import colon_dated_title, extract_metadata, load_regions, missing_warnings, vocabulary
from scripts.clean.official_documents import refuse_documents, refuse_programme
from scripts.clean.render import render_body, render_document
from scripts.clean.schema import RAW_NAME, RAW_SUFFIXES
from scripts.clean.shadow import simplified
from scripts.clean.sidecar import apply_sidecar, load_sidecar
from scripts.clean.structure import (
    Block,
    Structure,
    build_structure,
    closing_signature_blocks,
    full_text_heading,
    has_chinese,
    load_shapes,
    speech_title_line,
    starts_heading,
)
from scripts.clean.themes import MIN_THEMES, apply_corrections, choose_themes, score_themes
from scripts.core.errors import InputError
from scripts.core.paths import REPO

MIN_SPEECH_CHARS = 50  # less Chinese text than this after cleaning means the file held only page chrome
SENTENCE_END = "。！？…”’」』）)】》!?.\"'"  # a complete text ends with one of these
URL_IN_TEXT = re.compile(r"https?://|www\.")
# An item marker of a 范文 collection: '篇一：', '第二篇', '范文3', and bracketed '【篇一】新年贺词'.
ORIGINAL_TITLES_MIN = 3  # original-title notes ('原标题：…') that make a file several reposted items
COLLECTION_MARKER = re.compile(r"(?:篇[一二三四五六七八九十]{1,2}|第[一二三四五六七八九十]{1,2}篇"
                               r"|范文[一二三四五六七八九十\d]{1,2})(?:[：:、.．\s]|$)"
                               r"|[【\[]\s*(?:篇|范文|第)\s*[一二三四五六七八九十\d]{1,3}\s*篇?\s*[】\]]")


def slug_for(path: Path) -> str:
    """ASCII and stable: from the raw file's name, which never changes (a title may be corrected)."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    if not slug:
        raise InputError(path, "the file name has no ASCII letters or digits to make a page address from; "
                               "rename it (make add does this for you)")
    return slug


def check_raw_name(path: Path) -> None:
    """Refuse a raw file whose name could break a link or a path (quotes, brackets, spaces, non-ASCII)."""
    if not RAW_NAME.fullmatch(path.name):
        raise InputError(path, "the file name may use only ASCII letters, digits, '.', '_' and '-' (it is "
                               "published in links and in site/raw/); rename it, or add it with `make add`, "
                               "which chooses a clean name")
    if path.suffix.lower() not in RAW_SUFFIXES:
        raise InputError(path, f"not a raw text file ({path.suffix or 'no extension'}; the archive reads "
                               f"{', '.join(sorted(RAW_SUFFIXES))}): a leftover of an interrupted command? "
                               "delete it, or add the page with `make add`")


def refuse_headings_only(blocks: list[Block], path: Path) -> None:
    """Refuse a post whose text is only pictures: once the metadata took its headline echo and date row off, what
    is left is a heading or two and a line of the blogger's ('…（含48页PPT）' over nothing but images)."""
    text_chars = sum(len(b.text) for b in blocks if b.kind == "paragraph" and has_chinese(b.text))
    if text_chars < MIN_SPEECH_CHARS:
        raise InputError(path, f"no speech text under the headings ({text_chars} characters of paragraphs): is "
                               "the text only in pictures or in an attachment? add the text itself")


def display_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def normalize_file(path: Path, root: Path = REPO) -> Document:
    """The finished Document for one raw file, or InputError naming the file and the reason."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read the file: {error.strerror}") from error
    return normalize_bytes(data, path, root)


SENTENCE_MARKS = re.compile(r"[。！？；，!?;]|[,.](?=\s)")


UNPUNCTUATED_RUN = 80  # characters in one block: a video's subtitles, one short line each, never run so long


def refuse_unpunctuated(structure: Structure, path: Path) -> None:
    """A text with no sentence in it, not a comma nor a full stop, and a block of UNPUNCTUATED_RUN characters or more:
    what is left is headlines or links run together (a list page whose items lost their line breaks), never a speech.
    A video's transcript has no marks either, but one short line a subtitle. A contributor's sidecar setting the genre
    lets such a text through (a transcript typed without punctuation)."""
    text = "".join(block.text for block in structure.blocks)
    longest = max((len(block.text) for block in structure.blocks), default=0)
    if longest >= UNPUNCTUATED_RUN and not SENTENCE_MARKS.search(text):
        raise InputError(path, f"the text left has no sentence ({len(text)} characters, no 。，！？): headlines or "
                               "links run together, not a speech; save the speech's own page, or set `genre:` in a "
                               "sidecar if the text really has no punctuation")


def normalize_bytes(data: bytes, path: Path, root: Path = REPO) -> Document:
    corrections = load_sidecar(path)
    page = unwrap(data, path, corrections.get("encoding"))
    source = decode_source(page.data, path, page.encoding, page.html)
    refuse_a_document_per_line(source.lines, path)
    cleaned = clean_lines(source.lines, page_crumbs=source.facts.crumbs, page_title=source.facts.title,
                          posts_read=source.facts.posts_read)
    if not corrections.get("genre"):
        refuse_programme(cleaned.lines, path)
    structure = build_structure(cleaned.lines, marked_headings=source.facts.marked_headings)
    removals = ([Removal(rule, line) for rule, line in source.dropped]
                + [Removal("html-after-article", line) for line in source.after_article]
                + cleaned.removals + structure.removals)
    body_chars = sum(len(b.text) for b in structure.blocks if has_chinese(b.text))
    if body_chars < MIN_SPEECH_CHARS:
        raise InputError(path, f"no speech text left after removing page chrome ({body_chars} characters); "
                               "is this only a site's navigation or an index page?")
    if not corrections.get("genre"):
        refuse_unpunctuated(structure, path)
    refuse_collections(structure, cleaned.removals, path)
    refuse_post_index(source.facts, path)
    source_file = display_path(path, root)
    found = extract_metadata(structure, cleaned.captures, source_file, hashlib.sha256(data).hexdigest(),
                             load_regions(), facts=source.facts, after_article=source.after_article,
                             cleaned_off=cleaned.removals,
                             fields={"title": page.fields.title, "published": page.fields.published,
                                     "record_name": page.fields.record_name, "author": page.fields.author,
                                     "kind": page.fields.kind,
                                     "source_url": page.fields.source_url})  # a CMS address dates the page
    meta, warnings, provenance = found.meta, [*page.warnings, *found.warnings], found.provenance
    removals += found.removals
    if not corrections.get("genre"):
        refuse_documents(page.fields.title or meta.get("title", ""), structure.head,
                         [b.text for b in structure.blocks], path)
    signed = closing_signature_blocks(structure)  # read by the metadata steps above; not the text
    text_blocks = structure.blocks[:len(structure.blocks) - signed]
    removals += [Removal("closing-signature", block.text) for block in structure.blocks[len(text_blocks):]]
    refuse_headings_only(text_blocks, path)
    body = render_body(text_blocks)
    text = "\n".join(b.text for b in text_blocks)
    meta["tags"] = choose_themes(score_themes(text), [score_themes(s) for s in section_texts(structure.blocks)])
    meta["tags"] = apply_corrections(meta["tags"], corrections.get("tags_add", []),
                                     corrections.get("tags_remove", []))
    # the container's author is read by the metadata cascade (which may turn a blogger down), never refilled here
    filled = fill_metadata(meta, replace(page.fields, author=""))
    provenance.update({key: f"{page.fields.kind} field" for key in filled if filled[key] != meta.get(key)})
    meta = apply_sidecar(filled, corrections)
    provenance.update({key: "sidecar" for key in corrections if key in meta})
    # a field the container or the sidecar filled is no longer missing: its warning goes
    stale = set(missing_warnings(found.meta)) - set(missing_warnings(meta))
    warnings = [warning for warning in warnings if warning not in stale]
    warnings += leftover_warnings(structure) + incomplete_warnings(structure, cleaned.captures) \
        + paged_warnings([*source.after_article, *(removal.text for removal in removals)])
    if len(meta.get("tags", [])) < MIN_THEMES:
        warnings.append(f"only {len(meta.get('tags', []))} theme(s) have keyword evidence; add more with "
                        "`tags_add` in the sidecar if they apply")
    return Document(source_file=source_file, slug=slug_for(path), meta=meta, body=body,
                    markdown=render_document(meta, body), removals=removals, warnings=warnings,
                    provenance=provenance, set_apart=cleaned.set_apart)


def section_texts(blocks) -> list[str]:
    """The text under each heading (the heading included); the text before the first heading is one too."""
    sections: list[list[str]] = [[]]
    for block in blocks:
        if block.kind == "heading":
            sections.append([])
        sections[-1].append(block.text)
    return ["\n".join(section) for section in sections if section]


# A corpus file keeps one whole document per line (a report's paragraphs joined by a separator, or run together):
# DOCUMENT_LINES_MIN lines of DOCUMENT_LINE_MIN characters or more. A speech's paragraph runs to a few hundred
# characters; one saved without line breaks is one such line, not five.
DOCUMENT_LINE_MIN = 3000
DOCUMENT_LINES_MIN = 5


def refuse_a_document_per_line(lines: list[str], path: Path) -> None:
    """A corpus file (DOCUMENT_LINES_MIN lines of a whole document each) holds many texts: refused, naming them."""
    documents = [line.strip() for line in lines if len(line) >= DOCUMENT_LINE_MIN]
    if len(documents) >= DOCUMENT_LINES_MIN:
        raise InputError(path, f"the file has {len(documents)} lines of {DOCUMENT_LINE_MIN:,} characters or more "
                               f"({'、'.join(d[:12] for d in documents[:3])} …): a corpus with one document per line; "
                               "save each text as its own file and add them one by one")


def refuse_collections(structure: Structure, removals: list[Removal], path: Path) -> None:
    """范文 pages often bundle several speeches ('篇一：…', '篇二：…', '【篇三】'); one file must hold one text. The
    bare markers the cleaning removed (collection-item-marker in cruft.yml) count too. A dump of reposted items
    gives each its original-title note ('原标题：…', original-title-line): a repost has one, perhaps repeated
    under the text; ORIGINAL_TITLES_MIN or more make the file several items."""
    lines = structure.head + [block.text for block in structure.blocks]
    markers = [line for line in lines if COLLECTION_MARKER.match(line)]
    markers += [removal.text for removal in removals if removal.rule == "collection-item-marker"]
    if len(markers) >= 2:
        raise InputError(path, f"the page holds {len(markers)} texts ({'、'.join(m[:12] for m in markers[:4])}); "
                               "save each one as its own file and add them one by one")
    titled = titled_speeches(structure)
    if len(titled) >= 2:
        raise InputError(path, f"the page holds {len(titled)} speeches, each under its own title "
                               f"({'、'.join(title[:20] for title in titled[:3])}); save each one as its own file "
                               "and add them one by one")
    datelined = news_items(structure)
    if len(datelined) >= NEWS_ITEMS_MIN:
        raise InputError(path, f"the page holds {len(datelined)} news items, each opening with its own dateline "
                               f"({'、'.join(text[:16] for text in datelined[:3])} …): a news bulletin, not one "
                               "speech; save the one you want as its own file")
    entries = chronicle_entries(structure)
    if len(entries) >= CHRONICLE_ENTRIES_MIN:
        raise InputError(path, f"the page holds {len(entries)} dated entries, each opening with its month "
                               f"({'、'.join(text[:16] for text in entries[:3])} …): a chronicle of events, not one "
                               "speech; save the speech you want as its own file")
    listed = dated_titles(structure)
    if listed:
        raise InputError(path, f"the page lists {len(listed)} titles, each with its date "
                               f"({'、'.join(text[:16] for text in listed[:3])} …), and no sentence: an index of "
                               "articles, not a speech; save the article you want as its own file")
    originals = [removal.text for removal in removals if removal.rule == "original-title-line"]
    if len(originals) >= ORIGINAL_TITLES_MIN:
        raise InputError(path, f"the page holds {len(originals)} reposted items, each under its own original-title "
                               f"line ({'、'.join(m[:14] for m in originals[:3])} …); save each one as its own file "
                               "and add them one by one")


def refuse_post_index(facts: PageFacts, path: Path) -> None:
    """A blog's front page, archive or tag page: each post's opening with a link to the rest (post_excerpts), each
    post whole in its own <article> element (whole_posts), or each article's linked headline over its opening
    (linked_excerpts)."""
    if lists_post_excerpts(facts):
        raise InputError(path, f"the page lists {facts.excerpt_links} posts' openings, each with a link to the rest "
                               "('阅读全文 »'): an index of posts, not one speech; save the post's own page and add "
                               "that")
    if prints_whole_posts(facts):
        raise InputError(path, f"the page prints {facts.whole_posts} posts whole, each in its own <article> element: "
                               "a blog's front page, not one speech; save the post's own page and add that")
    if lists_linked_excerpts(facts):
        raise InputError(path, f"the page lists {facts.linked_excerpts} linked headlines, each over the opening of its "
                               "article: a column's or a tag's list page, not one speech; save the article's own page "
                               "and add that")


TITLED_SPEECH_MIN_CHARS = 500  # text under a speech's title before the next: a whole speech, not a quoted title


def titled_speeches(structure: Structure) -> list[str]:
    """The headings in the text that title a speech ('美国总统某某告别演讲全文', '在…大会上的讲话': speech_title_line,
    no section number) and stand over a speech's worth of text before the next such heading, the first perhaps in
    the page's head: a blog post or a file holding two speeches titles each. A collection of talks titles each with
    the day it was given ('2000-03-20：一个职业管理者的责任和使命', colon_dated_title), as a heading or a line of its
    own. A title repeated (the headline echoed in the text) counts once."""
    shapes = load_shapes()
    headline = next((line for line in reversed(structure.head)
                     if speech_title_line(line, shapes) or colon_dated_title(line)), None)
    chars: dict[str, int] = {headline: 0} if headline else {}  # each title's text, the first heading the page
    for block in structure.blocks:
        titled = speech_title_line(block.text, shapes) and not starts_heading(block.text, shapes) \
            and not full_text_heading(block.text)  # '致辞全文' over the headline's speech names that speech again
        if (block.kind == "heading" and titled) or colon_dated_title(block.text):
            chars.setdefault(block.text, 0)
        elif chars and block.kind == "paragraph":
            chars[next(reversed(chars))] += len(block.text)  # under the latest title
    return [title for title, count in chars.items() if count >= TITLED_SPEECH_MIN_CHARS]


DATED_TITLES_MIN = 4  # an index of articles: titles and their dates as lines of their own ...
DATED_TITLES_SHARE = 1 / 3  # ... the dates this share of the lines at least


def dated_titles(structure: Structure) -> list[str]:
    """The lines before each date line when the text is a list of titles and their dates with no sentence in it
    (a tag page's or a column's index: '携手构建网络空间命运共同体' / '2022-11-07'); none otherwise. A speech has
    sentences, and a live report's stamped entries are sentences under their stamps."""
    texts = [block.text for block in structure.blocks]
    dated = [at for at, text in enumerate(texts) if date_line(text)]
    if len(dated) < DATED_TITLES_MIN or len(dated) < DATED_TITLES_SHARE * len(texts) \
            or any(CHINESE_SENTENCE.match(text) for text in texts):
        return []
    return [texts[at - 1] for at in dated if at > 0 and not date_line(texts[at - 1])]


NEWS_ITEMS_MIN = 3  # a report opens with its dateline once; a bulletin of items opens each with one


def news_items(structure: Structure) -> list[str]:
    """The paragraphs opening with a news dateline ('新华社北京5月7日电', '央视网消息（新闻联播）：', dateline_pattern
    in metadata.yml): one report has one, a day's bulletin of news items one per item."""
    dateline = vocabulary().dateline
    return [block.text for block in structure.blocks
            if block.kind == "paragraph" and dateline.match(simplified(block.text))]


CHRONICLE_ENTRIES_MIN = 6  # paragraphs opening with their month (chronicle_entries in structure.yml) ...
CHRONICLE_SHARE = 0.5  # ... and this share of the text's paragraphs at least: a speech dates a few of its own


def chronicle_entries(structure: Structure) -> list[str]:
    """The paragraphs of a chronicle's entries ('★ 2015年3月，…'), when they are half the text's paragraphs or more;
    none when they are not."""
    shapes = load_shapes()
    paragraphs = [block.text for block in structure.blocks if block.kind == "paragraph"]
    entries = [text for text in paragraphs if shapes.chronicle_entry.match(text)]
    return entries if len(entries) >= CHRONICLE_SHARE * len(paragraphs) else []


def leftover_warnings(structure: Structure) -> list[str]:
    """Things a human should look at: links in the text, very short lines that may be captions (one warning for
    a transcript printed one spoken phrase per line, whose lines are all short)."""
    warnings = []
    for block in structure.blocks:
        if URL_IN_TEXT.search(block.text):
            warnings.append(f"a web address is left in the text: {block.text[:60]}")
        elif block.kind == "paragraph" and len(block.text) < 15 and block.text[-1] not in "。！？：；”" \
                and block.text not in structure.phrases:
            warnings.append(f"a short unpunctuated line may be a caption or site text: {block.text}")
    if structure.phrases:
        warnings.append(f"the text is printed one phrase per line ({len(structure.phrases)} lines kept as the "
                        "speech's own): check its first and last lines")
    return warnings


def paged_warnings(taken_off: list[str]) -> list[str]:
    """A pager the cleaning took off says the site split the text over several pages and this is not the last
    ('第1页/共2页 上一页 1 2 下一页'): the rest of the speech is on the next page."""
    for line in taken_off:
        pager = PAGE_OF.search(line)
        if pager and NEXT_PAGE.search(line) and int(pager.group("at")) < int(pager.group("of")):
            return [f"the site split the text over {pager.group('of')} pages and this is page {pager.group('at')} "
                    f"('{line.strip()[:40]}'): the speech is incomplete; save the other pages too"]
    return []


PAGE_OF = re.compile(r"第\s*(?P<at>\d{1,3})\s*页\s*[/,，、]?\s*共\s*(?P<of>\d{1,3})\s*页")
NEXT_PAGE = re.compile(r"下一页|下页")


def incomplete_warnings(structure: Structure, captures: Captures) -> list[str]:
    """The page cut the text (a paywall notice), or the text stops in the middle of a sentence."""
    warnings = [f"the page cut the text ({notice[:40]}): the speech is incomplete; find a full copy"
                for notice in captures.truncated[:1]]
    paragraphs = [block.text for block in structure.blocks if block.kind == "paragraph"]
    if paragraphs and paragraphs[-1][-1] not in SENTENCE_END and not structure.ends_with_signature:
        warnings.append(f"the text ends mid-sentence ('…{paragraphs[-1][-20:]}'): it may be incomplete")
    return warnings

