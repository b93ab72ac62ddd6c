"""A list of choices to tick whose long choices wrap, as a single-choice list's do.

Textual's SelectionList cuts every choice to one line, because it draws the tick box by
taking each screen line for a choice of its own; an answer longer than the terminal then
ends in "…" and cannot be read. This one wraps the text and draws the box on a choice's
first line only, its other lines indented under the text. The box is [x] or [ ]: ticked and
unticked differ by a character, not by colour alone (NO_COLOR, monochrome, screen readers).
"""

from __future__ import annotations

from typing import TypeVar

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList

ValueType = TypeVar("ValueType")


class TickList(SelectionList[ValueType]):
    """SelectionList with wrapped choices."""

    DEFAULT_CSS = """
    TickList {
        text-wrap: wrap;
        text-overflow: fold;
    }
    """

    def render_line(self, y: int) -> Strip:
        """The choice's text line from OptionList, after the box (first line) or a blank."""
        line = OptionList.render_line(self, y)
        try:
            index, line_offset = self._lines[self.scroll_offset.y + y]
        except IndexError:
            return line
        selection = self.get_option_at_index(index)
        underlying = next(iter(line)).style or self.rich_style
        if line_offset:
            return Strip([Segment(" " * self._get_left_gutter_width(), underlying), *line])
        component = "selection-list--button"
        if selection.value in self._selected:
            component += "-selected"
        if self.highlighted == index:
            component += "-highlighted"
        meta = Style(meta={"option": index})
        mark = self.get_component_rich_style(component) + meta
        side = underlying + meta
        ticked = "x" if selection.value in self._selected else " "
        return Strip(
            [Segment("[", side), Segment(ticked, mark), Segment("] ", side), *line],
        )
