"""A list of choices to tick whose long choices wrap, as a single-choice list's do.

Textual's SelectionList cuts every choice to one line, because it draws the tick box by
taking each screen line for a choice of its own; an answer longer than the terminal then
ends in "…" and cannot be read. This one wraps the text and draws the box on a choice's
first line only, its other lines indented under the text.
"""

from __future__ import annotations

from typing import TypeVar

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets._toggle_button import ToggleButton

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
        button = self.get_component_rich_style(component) + Style(meta={"option": index})
        side = Style.from_color(button.bgcolor, underlying.bgcolor) + Style(meta={"option": index})
        return Strip(
            [
                Segment(ToggleButton.BUTTON_LEFT, side),
                Segment(ToggleButton.BUTTON_INNER, button),
                Segment(ToggleButton.BUTTON_RIGHT, side),
                Segment(" ", underlying),
                *line,
            ]
        )
