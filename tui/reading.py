"""Reading positions and in-article search, in body offsets, free of any UI."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from tui.articles import Article

# Straight and curly apostrophes and quotes are the same letter to a student searching.
_EQUIVALENT = {"'": "['‘’]", "’": "['‘’]", "‘": "['‘’]", '"': '["“”]', "“": '["“”]', "”": '["“”]'}


def body_position(article: Article, paragraph: int, offset: int) -> int | None:
    """The body offset of (paragraph, offset), clamped into the article; None if it has none."""
    if not article.paragraphs:
        return None
    paragraph = min(max(paragraph, 0), len(article.paragraphs) - 1)
    block = article.paragraphs[paragraph]
    return min(block.start + max(offset, 0), block.end)


#: Read this far, an article counts as read to the end (the last line is rarely a full one).
FINISHED = 0.99


def progress_at(article: Article, body_offset: int) -> float:
    """Share of the body before `body_offset`, from 0 to 1: the one measure of progress.

    Where the student is is this share at the top of the screen (where they resume, the same
    in any terminal size); how far they have read is it at the bottom of the furthest screen.
    """
    if not article.body:
        return 1.0
    return min(1.0, max(0.0, body_offset / len(article.body)))


def finished(furthest: float) -> bool:
    """Whether the student has read to the end (a finished article opens again at its top)."""
    return furthest >= FINISHED


def phrase_pattern(query: str, ignore_case: bool = True) -> re.Pattern[str] | None:
    """A case-insensitive pattern for a phrase: any run of spaces or line breaks between words."""
    words = query.split()
    if not words:
        return None
    parts = ["".join(_EQUIVALENT.get(char, re.escape(char)) for char in word) for word in words]
    return re.compile(r"\s+".join(parts), re.IGNORECASE if ignore_case else 0)


# Letters that re.IGNORECASE matches to an ASCII letter though their lower case is not it
# (dotless ı and long ſ): with them in the text, the lowered copy would miss matches.
_FOLDED_TO_ASCII = ("ı", "ſ")


def find_phrase(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every match of `query` in `text`, wherever the lines happen to wrap."""
    pattern, searched = _searchable(text, query)
    if pattern is None:
        return []
    return [match.span() for match in pattern.finditer(searched)]


def find_phrase_near(text: str, query: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The matches of `query` that `find_phrase` finds from about `start` to `stop`, then
    the next one (the first of the text if none follows): what a screen shows and where a
    search jumps, without finding the rest.

    The first letter of a search matched 37,000 places in a 100,000-word article: finding
    them all took 7.8 ms of each letter typed, and the collector walked them after.
    """
    pattern, searched = _searchable(text, query)
    if pattern is None:
        return []
    if len(query.split()) > 1:
        # A phrase's matches hold spaces, so one may straddle any place a scan could start
        # from: only a scan from the top is exact (and phrases match few places).
        every = find_phrase(text, query)
        first = bisect_left(every, (start, -1))
        return every[first : bisect_left(every, (stop, -1)) + 1] or every[:1]
    # A word's matches hold no space: one that starts after a space or a line break is
    # where a scan from the top would find it, and so is every one after.
    scan_from = max(searched.rfind(" ", 0, start), searched.rfind("\n", 0, start)) + 1
    near: list[tuple[int, int]] = []
    for match in pattern.finditer(searched, scan_from):
        near.append(match.span())
        if match.start() >= stop:
            break
    if not near or near[-1][0] < start:
        # None at or after `start`: the search goes round to the first of the text.
        first_of_text = pattern.search(searched)
        if first_of_text is not None and first_of_text.start() < scan_from:
            near.insert(0, first_of_text.span())
    return near


def _searchable(text: str, query: str) -> tuple[re.Pattern[str] | None, str]:
    """The pattern for `query` and the text to run it over: the text itself, or for an
    ASCII query a lower-cased copy where that finds the same matches without IGNORECASE.

    On a 100,000-word article "riv" took 25 ms case-insensitively and 5 ms this way, a
    search on every key typed; the copy is made once a text, not once a key (lowering the
    body was 3 of those 5 ms).
    """
    if query.isascii() and (lowered := _lowered_alike(text)) is not None:
        return phrase_pattern(query.lower(), ignore_case=False), lowered
    return phrase_pattern(query), text


@lru_cache(maxsize=1)
def _lowered_alike(text: str) -> str | None:
    """`text` lower-cased, if its offsets and matches hold there (else None).

    Kept for the last text asked about: the reader searches one body on every key typed,
    and lowering a 100,000-word body again each time was most of a key's search.
    """
    lowered = text.lower()
    # Same length: every character lowered to one, so offsets hold.
    if len(lowered) == len(text) and not any(c in lowered for c in _FOLDED_TO_ASCII):
        return lowered
    return None


def forget_search_copy() -> None:
    """Let go of the lower-cased copy kept for searching: the reader calls it on closing, so
    a long article's body and its copy do not outlive it."""
    _lowered_alike.cache_clear()
