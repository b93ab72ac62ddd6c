"""Table cells and columns: plain text (never markup), cut to a width the terminal can give.

The tables (library, quizzes, results) share the terminal's width the same way: the title
column first, then the other columns in order of importance while the title keeps a useful
width; a column that does not fit is left out rather than squeezed to nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.widgets import DataTable

from tui.terminal_text import visible

#: Cells a DataTable adds around every column (one on each side).
PADDING = 2

#: The style Rich's Padding gives the blanks it adds around a cell.
_NO_STYLE = Style.null()


def fit(text: str, width: int) -> Text:
    """Text cut to `width` cells (wide characters count two) with an ellipsis.

    A Text, not a str, so "[sic]" is never read as markup; control characters are made
    visible, so a cell never drives the terminal.
    """
    cell = Text(visible(text))
    cell.truncate(width, overflow="ellipsis")
    return cell


@dataclass(frozen=True)
class Column:
    """A table column: how narrow it may get, how wide its longest value is, and its rank.

    `rank` 0 is the title; the other columns are left out from the highest rank down when
    the terminal is too narrow for them. `want` is the width a column gets before the others
    grow (the title's: enough to tell articles apart).
    """

    key: str
    label: str
    least: int
    most: int = 0
    rank: int = 1
    want: int = 0

    def widest(self) -> int:
        """The most it can use: its longest value, and never narrower than its label."""
        return max(self.most, self.least, cell_len(self.label))


def longest(texts: Iterable[str]) -> int:
    """Cells the longest of `texts` takes (0 for none): a column's `most`."""
    return max(map(cell_len, texts), default=0)


def share_width(width: int, columns: Sequence[Column]) -> dict[str, int]:
    """Each shown column's width (in `columns`' order), given `width` cells for the table.

    A column is shown, in order of rank, if the title keeps at least its `least` beside it.
    Spare cells go first to each column's `want`, then to the other columns up to their
    longest value, then to the title up to its longest. What is left stays at the right:
    on a wide screen the outlet stays next to the title it belongs to.
    """
    by_rank = sorted(columns, key=lambda column: column.rank)
    title, *others = by_rank
    shown = [title]
    used = title.least + PADDING
    for column in others:
        if used + column.least + PADDING <= width:
            shown.append(column)
            used += column.least + PADDING
    widths = {column.key: column.least for column in shown}
    spare = max(0, width - used)
    targets = [(column, min(column.want, column.widest())) for column in shown]
    targets += [(column, column.widest()) for column in (*shown[1:], title)]
    for column, target in targets:
        grow = min(spare, target - widths[column.key])
        if grow > 0:
            widths[column.key] += grow
            spare -= grow
    return {column.key: widths[column.key] for column in columns if column.key in widths}


def set_columns(table: DataTable[Text], columns: Sequence[Column], width: int) -> dict[str, int]:
    """Clear the table and give it the columns that fit in `width` cells, in their order.

    Returns the widths, for `row_cells`.
    """
    widths = share_width(width, columns)
    table.clear(columns=True)
    for column in columns:
        if column.key in widths:
            # A Text label, as the cells: a str is read as markup, and Rich's markup reader
            # imports its table of emoji codes (about 11M instructions, 1% of the start-up).
            label = Text(column.label)
            table.add_column(label, key=column.key, width=widths[column.key])
    return widths


def row_cells(widths: Mapping[str, int], values: Mapping[str, str]) -> list[Text]:
    """A row's cells for the shown columns, in the order the columns were added, each fitted."""
    return [fit(values.get(key, ""), width) for key, width in widths.items()]


class PlainTable(DataTable[Text]):
    """A DataTable whose one-line plain cells (what `fit` makes) are drawn straight to
    segments, the same segments Textual draws through Rich's layout.

    Textual renders every cell as Styled(Padding(text)) through the console: about 45 µs a
    cell, most of the library's first paint (some 8 ms of CPU of its start-up in a terminal,
    for about 100 cells). Anything else (headers, styled or wrapped text, a cell too wide)
    is left to Textual. This overrides a private method of the pinned Textual: the test
    beside tests/ui/test_cells.py compares it with Textual's own drawing.
    """

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> list[list[Segment]]:
        drawn = self._plain_cell(row_index, column_index, base_style, width, cursor, hover)
        if drawn is None:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        return drawn

    def _plain_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool,
        hover: bool,
    ) -> list[list[Segment]] | None:
        """The cell's one line, cached under Textual's key; None if Textual must draw it."""
        if row_index < 0 or column_index < 0 or self.fixed_rows or self.fixed_columns:
            return None
        row_key = self._row_locations.get_key(row_index)
        cache_key = (
            row_key,
            self._column_locations.get_key(column_index),
            base_style,
            cursor,
            hover,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        if cache_key in self._cell_render_cache:
            return self._cell_render_cache[cache_key]
        if row_key is None or self.rows[row_key].height != 1:
            return None
        cell = self._get_row_renderables(row_index).cells[column_index]
        if type(cell) is not Text or cell.style or cell.justify or cell._spans:
            return None
        text = cell.plain
        length = cell_len(text)
        inner = width - 2 * self.cell_padding
        if not text.isprintable() or length > inner or not self.cell_padding:
            return None
        component_style, post_style = self._get_styles_to_render_cell(
            False,
            False,
            False,
            hover,
            cursor,
            self.show_cursor,
            self._show_hover_cursor,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css",
        )
        # What Padding and the console give for one line of plain text: the padding, the
        # text, the rest of the width, the padding; then the cell's styles, as Styled does.
        pad = Segment(" " * self.cell_padding, _NO_STYLE)
        raw = [pad, Segment(text)]
        if length < inner:
            raw.append(Segment(" " * (inner - length), _NO_STYLE))
        raw.append(pad)
        style = base_style + Style.from_meta({"row": row_index, "column": column_index})
        line = list(Segment.apply_style(raw, style + component_style, post_style))
        self._cell_render_cache[cache_key] = [line]
        return [line]
