"""The article view's screen lines, packed in arrays: a 5 MB article has 75,000 of them."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import repeat
from typing import NamedTuple


class ViewLine(NamedTuple):
    """One screen line: a slice of the body (block < 0: a header line), or a blank line."""

    block: int
    start: int
    end: int
    kind: str = "body"


class ViewLines:
    """The lines of the view in order, each given back as a ViewLine when asked for.

    Kept as four arrays, about 13 bytes a line: as a list of tuples they were about 140
    (each tuple and its two offsets objects of their own), 10 MB for a 5 MB article.
    """

    def __init__(self) -> None:
        # Four bytes each: no article read is over 16 MB (MAX_ARTICLE_BYTES), so no offset
        # or paragraph number nears 2**31; in eight, a 5 MB article's lines took 1.2 MB more.
        self._block = array("i")
        self._start = array("i")
        self._end = array("i")
        self._kind = array("B")
        self._kinds: list[str] = []

    def __len__(self) -> int:
        return len(self._start)

    def __getitem__(self, index: int) -> ViewLine:
        return ViewLine(
            self._block[index], self._start[index], self._end[index], self._kinds[self._kind[index]]
        )

    def _code(self, kind: str) -> int:
        if kind not in self._kinds:
            self._kinds.append(kind)
        return self._kinds.index(kind)

    def append(self, line: ViewLine) -> None:
        self._block.append(line.block)
        self._start.append(line.start)
        self._end.append(line.end)
        self._kind.append(self._code(line.kind))

    def extend(self, lines: Iterable[ViewLine]) -> None:
        for line in lines:
            self.append(line)

    def add_body(self, block: int, offset: int, spans: list[tuple[int, int]]) -> None:
        """The body lines of paragraph `block`: `spans` within it, the paragraph at `offset`."""
        self._block.extend(repeat(block, len(spans)))
        self._start.extend([offset + start for start, _end in spans])
        self._end.extend([offset + end for _start, end in spans])
        self._kind.extend(repeat(self._code("body"), len(spans)))
