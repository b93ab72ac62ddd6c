"""Counts in words: "1 error", "2 errors", never "1 error(s)"."""

from __future__ import annotations


def counted(number: int, one: str, many: str | None = None) -> str:
    """The number with its noun agreeing ("1 miss", "3 misses"); `many` is the plural when
    adding an s is wrong."""
    return f"{number} {one if number == 1 else many or one + 's'}"
