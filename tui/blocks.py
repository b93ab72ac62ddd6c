"""The structure of an article body: its blocks and inline styles, as offsets into one text.

Every loader produces one plain body string; the reader styles it from these, the analyser
reads the string itself, so search, highlights and sentence offsets always line up.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Block kinds: the reader indents quotes and items, styles headings, keeps code lines.
BLOCK_KINDS = ("paragraph", "heading", "quote", "item", "code", "table")

#: Inline kinds: styles over a stretch of a block; a link carries its address.
INLINE_KINDS = ("emphasis", "strong", "link", "code")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of the body (a paragraph, heading, quote, list item ...); offsets into it.

    `level` is a heading's level (1-6) or how deeply a quote or list item is nested (1 for
    the outermost); `marker` is what the reader shows before a list item ("•", "3.").
    """

    start: int
    end: int
    kind: str = "paragraph"
    level: int = 0
    marker: str = ""


@dataclass(frozen=True, slots=True)
class Inline:
    """A styled stretch of the body: emphasis, strong, a link (with its URL) or code."""

    start: int
    end: int
    kind: str
    url: str | None = None
