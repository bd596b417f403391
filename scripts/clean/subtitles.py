"""A speech saved as the subtitles of its video (SubRip .srt, WebVTT .vtt): the cues' words, as the transcript.

A speech's video, downloaded with its captions, leaves a file of numbered cues, each a timing line
('00:00:03,000 --> 00:00:05,500') over one or two lines of what was said. The numbers, the timings, the WebVTT
header and notes, cue settings and the inline tags of styled captions ('<c.yellow>', '<00:00:04.120>',
'{\\an8}') are the player's, never words. What is left is the transcript: cues are joined into lines up to each
sentence end (captions break a sentence wherever the screen is full), and a cue repeating the one before (rolling
captions show each line twice) is read once. Captions without punctuation stay one cue a line, which the
structure stage reads as a transcript printed one phrase per line.
"""

from __future__ import annotations

import re

from scripts.clean.chinese import CJK_CHAR

CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"  # '00:00:03,000', '01:02.500'
TIMING = re.compile(rf"^\s*{CLOCK}\s*-->\s*{CLOCK}[^\n]*$", re.M)  # a cue's timing line, its settings after it
MIN_CUES = 3  # a file with this many timing lines, one for every few lines, is subtitles
CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
HEADER = re.compile(r"^\s*(?:WEBVTT\b|NOTE\b|STYLE\b|REGION\b|Kind:|Language:)", re.I)
INLINE_TAG = re.compile(r"</?(?:c|v|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>"
                        r"|\{\\[^{}]*\}|<font\b[^>]*>|</font>", re.I)
SENTENCE_END = re.compile(r"[。！？!?…”」』.：]$")  # a sentence's end, or a salutation's colon


def looks_like_subtitles(text: str) -> bool:
    """Three or more cue timing lines ('00:00:03,000 --> 00:00:05,500'), one for every few lines of the file."""
    timings = len(TIMING.findall(text))
    lines = sum(1 for line in text.splitlines() if line.strip())
    return timings >= MIN_CUES and timings * 5 >= lines


def subtitle_lines(text: str) -> list[str]:
    """The transcript: each cue's words (its lines joined), cues joined up to a sentence's end, a repeated cue
    read once; blank lines between the lines so that each is a paragraph."""
    cues: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines or HEADER.match(lines[0]):
            continue
        words = [INLINE_TAG.sub("", line).strip() for line in lines
                 if not TIMING.match(line) and not CUE_NUMBER.fullmatch(line)]
        cue = join([word for word in words if word])
        if cue and (not cues or cue != cues[-1]):
            cues.append(cue)
    punctuated = any(SENTENCE_END.search(cue) for cue in cues)
    out: list[str] = []
    current: list[str] = []
    for cue in cues:
        current.append(cue)
        if not punctuated or SENTENCE_END.search(cue):
            out.append(join(current))
            current = []
    if current:
        out.append(join(current))
    return out


def join(parts: list[str]) -> str:
    """Pieces of one sentence: Chinese runs on without a space, other scripts take one."""
    text = ""
    for part in parts:
        if text and not (CJK_CHAR.match(text[-1]) or CJK_CHAR.match(part[0]) or text[-1] in "，、；：（“"):
            text += " "
        text += part
    return text
