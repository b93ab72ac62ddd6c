"""Sentence splitting fit for news: abbreviations, initials, quotations, header lines, lists.

One pass of regular expressions over the text, so the cost is linear in its length (see
`benchmarks/bench_analysis.py`). Offsets are into the text given; spans never overlap and
carry no leading or trailing whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.analysis.cues import (
    CONTINUING_ABBREVIATIONS,
    ENDING_ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    NUMBER_ABBREVIATIONS,
    SENTENCE_STARTERS,
    SPEAKER_TAG_VERBS,
)

# A block of text between blank lines; its lines are joined only when all are short
# (hard-wrapped prose), the same rule as `tui.articles.split_paragraphs`.
_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_HARD_WRAP_MAX = 100
_LIST_MARKER = re.compile(r"\s*(?:[-*\u2022\u2013]|\d{1,3}[.)])\s+")

# A possible end: terminal punctuation (or an ellipsis), then closing quotes or brackets,
# then whitespace. The word before it and the text after it decide.
_CANDIDATE = re.compile(r"(?:\.\.\.|\u2026|[.!?]+)[\"'\u201d\u2019)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.'\u2019-]*)$")
_NEXT_WORD = re.compile(r"\s*([\"'\u201c\u2018(\[]*)([\w\u2019'.-]*)")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+")
_LIST_NUMBER = re.compile(r"\s*\d{1,3}\.")
# A short tag naming who spoke the quotation before it: " Ann Roe said on Monday."
_SPEAKER_TAG_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.\u2019'-]*\s+){1,4}(?:"
    + "|".join(sorted(SPEAKER_TAG_VERBS))
    + r")\b(?:\s+(?!that\b)[\w\u2019'-]+){0,5}[.,]"
)
_OPEN_QUOTES = "“"
_CLOSE_QUOTES = "”"


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text`, in order, trimmed of whitespace."""
    return list(iter_spans(text))


def iter_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of `split_spans`, one at a time: the analyser labels the first sentences
    of a long article before the last ones are found."""
    for start, end in _units(text):
        yield from _split_unit(text, start, end)


def _units(text: str) -> Iterator[tuple[int, int]]:
    """Stretches no sentence crosses: lines, or whole blocks of hard-wrapped prose."""
    for block in _BLOCK.finditer(text):
        lines = [
            (m.start() + block.start(), m.end() + block.start())
            for m in _LINE.finditer(block.group())
        ]
        wrapped = len(lines) > 1 and all(end - start <= _HARD_WRAP_MAX for start, end in lines)
        if not wrapped:
            yield from lines
            continue
        unit_start, unit_end = lines[0]
        unit_lines = 1
        for start, end in lines[1:]:
            # Only a one-line unit can be a heading; looking at longer ones would copy a long
            # hard-wrapped block once per line (quadratic).
            heading = unit_lines == 1 and _is_heading(text[unit_start:unit_end])
            if _LIST_MARKER.match(text, start) or heading:
                yield unit_start, unit_end
                unit_start, unit_lines = start, 0
            unit_end = end
            unit_lines += 1
        yield unit_start, unit_end


def _is_heading(unit: str) -> bool:
    """A short unpunctuated title-case line at the top of a wrapped block stands alone."""
    last_line = unit.strip()
    return (
        "\n" not in last_line
        and len(last_line.split()) <= 10
        and not last_line.endswith((",", ";", "-", "—"))
        and last_line[-1:].isalnum()
        and (last_line.istitle() or last_line.isupper())
    )


def _split_unit(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of one line or block, trimmed."""
    sentence_start = start
    open_quotes = 0
    scanned = start
    for match in _CANDIDATE.finditer(text, start, end):
        # Curly quotes seen since the last candidate tell whether a quotation is open.
        segment = text[scanned : match.start()]
        open_quotes += segment.count(_OPEN_QUOTES) - segment.count(_CLOSE_QUOTES)
        closing = text[match.start() : match.end()]
        open_quotes -= closing.count(_CLOSE_QUOTES)
        open_quotes = max(open_quotes, 0)
        scanned = match.end()
        if _LIST_NUMBER.fullmatch(text, sentence_start, match.end()):
            continue
        if _ends_sentence(text, match, end, open_quotes > 0):
            yield _trim(text, sentence_start, match.end())
            sentence_start = match.end()
            open_quotes = 0
    if text[sentence_start:end].strip():
        yield _trim(text, sentence_start, end)


def _ends_sentence(text: str, match: re.Match[str], end: int, in_quote: bool) -> bool:
    """Whether the punctuation at `match` ends a sentence, judged by its neighbours."""
    marks = match.group()
    following = _NEXT_WORD.match(text, match.end(), end)
    assert following is not None
    opener, next_word = following.group(1), following.group(2)
    if not next_word and not opener:
        return match.end() >= end or not text[match.end() : end].strip()
    first = next_word[:1]
    starts_upper = first.isupper() or first.isdigit() or bool(opener and not first.islower())
    if not starts_upper:
        return False
    if marks.startswith(("...", "…")):
        return not in_quote
    if marks[0] in "!?":
        # "“... NOW!” Trump said on Twitter.": the speaker's tag belongs to the quotation.
        return not (marks[-1] in '"\u201d' and _SPEAKER_TAG_AFTER.match(text, match.end(), end))
    if marks.endswith(")") and _short_parenthesis(text, match.start()):
        return False
    word = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    before = (word.group(1) if word else "").rsplit("-", 1)[-1]
    bare = before.rstrip(".").lstrip("\"'\u201c\u2018(").lower()
    if bare in CONTINUING_ABBREVIATIONS:
        return False
    if len(before) == 1 and before.isupper():
        # "Gonzalo P. Curiel": a middle initial, not "p." for a page.
        return next_word in SENTENCE_STARTERS
    if bare in MONTH_ABBREVIATIONS or bare in NUMBER_ABBREVIATIONS:
        return not first.isdigit()
    if bare in ENDING_ABBREVIATIONS or _INITIALISM.fullmatch(
        before.lstrip("\"'\u201c\u2018(") + "."
    ):
        # "the U.S. Army" continues; "in the U.S. The" ends: decided by the next word.
        return next_word in SENTENCE_STARTERS
    return True


def _short_parenthesis(text: str, at: int) -> bool:
    """Whether `at` closes a short aside such as "(D-N.Y.)" or "(Reuters.)"."""
    opening = text.rfind("(", max(0, at - 40), at)
    return opening >= 0 and ")" not in text[opening:at] and len(text[opening:at].split()) <= 3


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
