"""Table columns share the terminal's width: the title first, then by importance."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.widgets.cells import PADDING, Column, share_width

#: The library's columns, as the library screen sets them (longest values of the seeds).
LIBRARY = [
    Column("title", "Title", 28, 63, rank=0, want=40),
    Column("outlet", "Outlet", 8, 24, rank=5),
    Column("date", "Date", 10, rank=3),
    Column("words", "Words", 5, 5, rank=4),
    Column("read", "Read", 4, rank=1),
    Column("quiz", "Quiz", 4, rank=2),
]


def total(widths: dict[str, int]) -> int:
    return sum(width + PADDING for width in widths.values())


def test_a_narrow_table_keeps_the_title_and_drops_the_least_important() -> None:
    """60 columns: title, Read, Quiz and Date; no Words or Outlet squeezed to nothing."""
    widths = share_width(56, LIBRARY)
    assert list(widths) == ["title", "date", "read", "quiz"]
    assert widths["title"] >= 28 and total(widths) == 56


def test_at_80_columns_every_column_fits_and_the_title_comes_first() -> None:
    widths = share_width(76, LIBRARY)
    assert set(widths) == {column.key for column in LIBRARY}
    assert widths["title"] > widths["outlet"] and total(widths) == 76


def test_a_wide_table_shows_whole_titles_and_outlets() -> None:
    """200 columns: nothing is cut, and no column is wider than its longest value."""
    widths = share_width(196, LIBRARY)
    assert widths == {
        "title": 63,
        "outlet": 24,
        "date": 10,
        "words": 5,
        "read": 4,
        "quiz": 4,
    }


@given(st.integers(min_value=30, max_value=400))
def test_the_columns_never_overflow_the_table(width: int) -> None:
    """Whatever the width, the shown columns fit in it, each at least its least; the title is
    cut only when the table is full."""
    widths = share_width(width, LIBRARY)
    assert total(widths) <= width
    assert all(widths[c.key] >= c.least for c in LIBRARY if c.key in widths)
    if widths["title"] < 63:
        assert total(widths) == width
