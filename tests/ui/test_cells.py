"""Table columns share the terminal's width: the title first, then by importance."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from tui.widgets.cells import PADDING, Column, PlainTable, fit, share_width

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


class _Tables(App[None]):
    def compose(self) -> ComposeResult:
        yield PlainTable(id="plain", cursor_type="row", zebra_stripes=True)


#: Cells of every kind the fast path sees or must leave to Textual: plain, wide, cut to the
#: column, empty, exactly the column's width, styled, justified, with a tab or a newline.
_CELLS = [
    fit("Kayhan Life: U.S.-Trained Spies", 12),
    fit("日本語の記事", 12),
    fit("", 12),
    fit("twelve cells", 12),
    fit("a–b · “c”", 12),
    Text("bold", style="bold"),
    Text("right", justify="right"),
    Text("a\tb"),
    Text("two\nlines"),
    Text("much wider than its column"),
]


async def test_a_plain_table_draws_its_cells_as_textual_does() -> None:
    """The fast path gives Textual's own segments for every cell, cursor and stripe or not;
    the cells it cannot draw are left to Textual (this guards a Textual upgrade)."""
    app = _Tables()
    async with app.run_test(size=(60, 20)):
        table = app.query_one("#plain", PlainTable)
        table.add_column(Text("Cell"), key="cell", width=12)
        table.add_column(Text("More"), key="more", width=4)
        for index, cell in enumerate(_CELLS):
            table.add_row(cell, fit(str(index), 4))
        for row in range(table.row_count):
            for column, width in ((0, 14), (1, 6)):
                for cursor in (False, True):
                    base = table._get_row_style(row, table.rich_style)
                    table._clear_caches()
                    ours = table._render_cell(row, column, base, width, cursor=cursor)
                    table._clear_caches()
                    textual = DataTable._render_cell(table, row, column, base, width, cursor)
                    assert ours == textual
                    assert [[s.style for s in line] for line in ours] == [
                        [s.style for s in line] for line in textual
                    ]
