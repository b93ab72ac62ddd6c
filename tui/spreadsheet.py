"""CSV a spreadsheet can open safely: no cell of a student's answer runs as a formula.

A response typed as `=HYPERLINK("http://...")` or `@SUM(...)` is text to whosays, but a
spreadsheet would run it. OWASP's rule for CSV injection: a cell that begins with = + - @,
a tab or a carriage return is prefixed with a single quote, which spreadsheets show as text.
Every CSV whosays writes (results, and anything built on them) goes through `writer`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Protocol

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(_FORMULA_START)
# A plain number keeps its sign ("-2" points) and stays a number in the spreadsheet.
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


class _Writable(Protocol):
    def write(self, text: str, /) -> int: ...


def safe_cell(value: object) -> object:
    """The cell as a spreadsheet should see it: text that would start a formula is quoted."""
    if (
        isinstance(value, str)
        and value.startswith(_FORMULA_START)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


class SafeWriter:
    """A csv.writer whose every cell passes through `safe_cell`."""

    def __init__(self, handle: _Writable) -> None:
        self._writer = csv.writer(handle)

    def writerow(self, row: Iterable[object]) -> None:
        # The first-character test inline: calling safe_cell for every cell was most of the
        # time of a 100,000-answer export.
        self._writer.writerow(
            [
                safe_cell(cell) if type(cell) is str and cell[:1] in _FORMULA_FIRST else cell
                for cell in row
            ]
        )


def writer(handle: _Writable) -> SafeWriter:
    """The CSV writer for everything whosays exports."""
    return SafeWriter(handle)
