"""An extracted article before it is written down: metadata and blocks of styled runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Characters of scripts written without spaces between words: each counts as a word.
_UNSPACED = re.compile("[\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Run:
    """A piece of a block's text, plain or styled ("strong", "emphasis", "code")."""

    text: str
    style: str = ""


@dataclass(frozen=True)
class PageBlock:
    """One block of the article: a paragraph, heading, quote, list item, code or table.

    `level` is a heading's level, or how deeply a quote or item is nested; `rows` holds a
    table's cells; `ordered` marks an item of a numbered list.
    """

    kind: str
    runs: tuple[Run, ...] = ()
    level: int = 0
    ordered: bool = False
    rows: tuple[tuple[str, ...], ...] = ()

    @property
    def text(self) -> str:
        """The block's words, spaces collapsed (a table's cells joined by spaces)."""
        if self.rows:
            return " ".join(" ".join(cell for cell in row) for row in self.rows)
        return " ".join("".join(run.text for run in self.runs).split())


@dataclass(frozen=True)
class Page:
    """What the extractor found: the article's blocks and its metadata (None when unknown)."""

    blocks: tuple[PageBlock, ...]
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = field(default=None, repr=False)

    @property
    def words(self) -> int:
        """How long the article is, in words (a Chinese or Thai character counts as one)."""
        return sum(
            max(len(block.text.split()), len(_UNSPACED.findall(block.text)))
            for block in self.blocks
        )
