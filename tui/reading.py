"""Reading positions and in-article search, in body offsets, free of any UI."""

from __future__ import annotations

import re
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
    """(start, end) of every match of `query` in `text`, wherever the lines happen to wrap.

    An ASCII query is looked for in a lower-cased copy of the text, without IGNORECASE,
    where that finds the same matches: on a 100,000-word article "riv" took 25 ms
    case-insensitively and 5 ms this way, a search on every key typed; the copy is made
    once a text, not once a key (lowering the body was 3 of those 5 ms).
    """
    pattern = None
    if query.isascii() and (lowered := _lowered_alike(text)) is not None:
        pattern = phrase_pattern(query.lower(), ignore_case=False)
        text = lowered
    pattern = pattern or phrase_pattern(query)
    if pattern is None:
        return []
    return [match.span() for match in pattern.finditer(text)]


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
