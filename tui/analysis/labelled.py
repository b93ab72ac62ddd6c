"""Labelled sentences, and the table that keeps an article's many of them small.

A `Sentence` is what the rest of the code reads. `SentenceTable` keeps an analysed
article's sentences as offsets into its text and codes in arrays, about 40 bytes a
sentence, and makes a Sentence only when one is asked for: as objects, each with its text,
source and cue copied out of the article, they held about 1.5 KB a sentence (90 MB of a
5 MB article's 116 MB in the reader, benchmarks/bench_memory.py).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from tui.analysis.confidence import confidence
from tui.codebook import Codebook


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A piece of a sentence (a source or a cue) with offsets into the analysed text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its label and the evidence for it.

    `source` and `cue` lie inside the sentence, except in a quotation that runs over several
    sentences: there the speaker named in a neighbouring sentence is the `source` (offsets
    into the same text) and `cue` is None.
    """

    start: int
    end: int
    text: str
    label: str
    source: TextSpan | None = None
    cue: TextSpan | None = None
    quote: bool = False
    reason: str = ""
    evidence: str = "no cue"

    @property
    def confidence(self) -> float:
        """How sure the label is, 0 to 1, from the kind of evidence (`confidence.EVIDENCE`)."""
        return confidence(self.evidence)


# A source or cue that is not there, in the offset arrays.
_ABSENT = -1


class _Columns:
    """The arrays of a table, shared by the views cut from it.

    Words (labels, reasons, kinds of evidence) are kept once each and stored as codes: a
    long article repeats a few dozen labels and evidence kinds and, per source, its reason.
    """

    def __init__(self, cut: Callable[[int, int], str]) -> None:
        self.cut = cut
        # Offsets in four bytes: up to 2**31, and no article read is over 16 MB
        # (MAX_ARTICLE_BYTES); in eight, the arrays were 2.4 MB more for a 5 MB article.
        self.start = array("i")
        self.end = array("i")
        self.source_start = array("i")
        self.source_end = array("i")
        self.cue_start = array("i")
        self.cue_end = array("i")
        self.quote = array("b")
        self.label = array("I")
        self.reason = array("I")
        self.evidence = array("I")
        self.book = Codebook()
        self.words = self.book.words
        self.code = self.book.code


class SentenceTable(Sequence[Sentence]):
    """Sentences of one text in order, each made into a Sentence when asked for.

    Their texts, sources and cues are not stored but cut from the text by `cut(start, end)`
    (e.g. `Article.text_between`): every one of them is that text at its offsets. A slice
    is a view sharing the arrays; only a whole table (not a view) takes more sentences.
    """

    def __init__(self, cut: Callable[[int, int], str]) -> None:
        self._columns = _Columns(cut)
        self._first = 0
        self._stop: int | None = None  # None: the whole table, to its end as it grows

    def __len__(self) -> int:
        stop = len(self._columns.start) if self._stop is None else self._stop
        return stop - self._first

    @overload
    def __getitem__(self, index: int) -> Sentence: ...

    @overload
    def __getitem__(self, index: slice) -> SentenceTable | tuple[Sentence, ...]: ...

    def __getitem__(self, index: int | slice) -> Sentence | SentenceTable | tuple[Sentence, ...]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return tuple(self[i] for i in range(start, stop, step))
            return self.view(start, stop)
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("sentence index out of range")
        return self._sentence(self._first + index)

    def view(self, start: int, stop: int) -> SentenceTable:
        """Sentences `start` to `stop` (0 <= start, stop <= len), sharing this table's arrays."""
        view = SentenceTable.__new__(SentenceTable)
        view._columns = self._columns
        view._first = self._first + start
        view._stop = self._first + max(start, stop)
        return view

    def __iter__(self) -> Iterator[Sentence]:
        return map(self._sentence, range(self._first, self._first + len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SentenceTable):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal by content, which can grow

    def _sentence(self, at: int) -> Sentence:
        columns = self._columns
        words, cut = columns.words, columns.cut
        start, end = columns.start[at], columns.end[at]
        return Sentence(
            start,
            end,
            cut(start, end),
            words[columns.label[at]],
            self._span(columns.source_start[at], columns.source_end[at]),
            self._span(columns.cue_start[at], columns.cue_end[at]),
            bool(columns.quote[at]),
            words[columns.reason[at]],
            words[columns.evidence[at]],
        )

    def _span(self, start: int, end: int) -> TextSpan | None:
        return None if start == _ABSENT else TextSpan(self._columns.cut(start, end), start, end)

    def append(self, sentence: Sentence, shift: int = 0) -> None:
        """Add `sentence`, its offsets moved by `shift` (its text's place in the table's)."""
        assert self._stop is None, "a view of a table takes no sentences"
        columns = self._columns
        columns.start.append(sentence.start + shift)
        columns.end.append(sentence.end + shift)
        for span, starts, ends in (
            (sentence.source, columns.source_start, columns.source_end),
            (sentence.cue, columns.cue_start, columns.cue_end),
        ):
            starts.append(_ABSENT if span is None else span.start + shift)
            ends.append(_ABSENT if span is None else span.end + shift)
        columns.quote.append(sentence.quote)
        columns.label.append(columns.code(sentence.label))
        columns.reason.append(columns.code(sentence.reason))
        columns.evidence.append(columns.code(sentence.evidence))

    def extend(self, sentences: Iterable[Sentence]) -> None:
        """Add `sentences` in order (the parts of an analysis as they arrive)."""
        for sentence in sentences:
            self.append(sentence)


def joined(earlier: Sequence[Sentence], part: Sequence[Sentence]) -> Sequence[Sentence]:
    """`earlier` sentences and the `part` after them, as one sequence: the reader gathers an
    analysis's parts so. Parts that are consecutive views of one table (as `analyze_article`
    gives them) make one view, copying nothing; other sequences are copied into a tuple."""
    if not earlier:
        return part
    if (
        isinstance(earlier, SentenceTable)
        and isinstance(part, SentenceTable)
        and earlier._columns is part._columns
        and earlier._stop == part._first
    ):
        return earlier.view(0, len(earlier) + len(part))
    return (*earlier, *part)
