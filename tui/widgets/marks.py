"""Styled stretches of the article view, and the packed list of its label marks."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import overload

from tui.codebook import Codebook


@dataclass(frozen=True, slots=True)
class Mark:
    """A styled stretch of the body: a search match, a sentence label or the cursor.

    `flag` (one character, e.g. "?") is drawn in the margin of the line the mark starts on,
    a sign that reads without colour.
    """

    start: int
    end: int
    component: str
    flag: str = ""


class MarkTable(Sequence[Mark]):
    """Label marks sorted by start, not overlapping, each made into a Mark when asked for.

    Kept as arrays of offsets and codes, about 16 bytes a mark: a 5 MB article has 60,000,
    and as objects (each with its two offsets) they held 7.8 MB.
    """

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        # Four bytes an offset or code: no article read is over 16 MB (MAX_ARTICLE_BYTES).
        self._start = array("i")
        self._end = array("i")
        self._component = array("I")
        self._flag = array("I")
        self._book = Codebook()
        self.extend(marks)

    def __len__(self) -> int:
        return len(self._start)

    @overload
    def __getitem__(self, index: int) -> Mark: ...

    @overload
    def __getitem__(self, index: slice) -> list[Mark]: ...

    def __getitem__(self, index: int | slice) -> Mark | list[Mark]:
        if isinstance(index, slice):
            return [self._mark(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("mark index out of range")
        return self._mark(index)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # equal by content, which changes

    def _mark(self, index: int) -> Mark:
        words = self._book.words
        return Mark(
            self._start[index],
            self._end[index],
            words[self._component[index]],
            words[self._flag[index]],
        )

    def extend(self, marks: Iterable[Mark]) -> None:
        """More marks, in order, all after those already held."""
        for mark in marks:
            self._start.append(mark.start)
            self._end.append(mark.end)
            self._component.append(self._book.code(mark.component))
            self._flag.append(self._book.code(mark.flag))

    def between(self, start: int, end: int) -> list[Mark]:
        """The marks overlapping [start, end)."""
        first = max(0, bisect_right(self._start, start) - 1)
        last = bisect_left(self._start, end)
        ends = self._end
        return [
            self._mark(index)
            for index in range(first, last)
            if ends[index] > start and self._start[index] < end
        ]
