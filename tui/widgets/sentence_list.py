"""An article as a list of sentences, each with a gutter of markers (the student's label, the
key's, a verdict), wrapped with a hanging indent. Line API: only visible lines are drawn.

Sentence text is never markup: each line is a plain Segment. Styles are the reader's
(tui/widgets/label_style.py), parsed with the app's theme variables, so a label looks the
same here as in the reader, and its letter carries it without colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rich.segment import Segment
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from tui.terminal_text import visible
from tui.widgets.article_view import MEASURE, show_lines, wrap


@dataclass(frozen=True)
class Row:
    """One sentence: gutter pieces (text, style), its text and the text's style."""

    gutter: tuple[tuple[str, str], ...]
    text: str
    style: str = ""
    #: Sentences of one paragraph sit together; a blank line comes before a new paragraph.
    paragraph: int = 0


class _Line(NamedTuple):
    row: int  # -1: a blank line between paragraphs
    start: int
    end: int
    first: bool


class SentenceList(ScrollView, can_focus=True):
    """Sentences with gutters; the one under the cursor is shown reversed."""

    class Chosen(Message):
        """A sentence was clicked."""

        def __init__(self, row: int) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Row] = []
        self.cursor: int | None = None
        self._lines: list[_Line] = []
        self._first_line: list[int] = []
        self._wrapped_width = 0
        self._styles: dict[tuple[str, str], Style] = {}

    @property
    def gutter_width(self) -> int:
        return max((sum(len(text) for text, _ in row.gutter) for row in self.rows), default=0)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show these sentences (the cursor is kept if it still points at one)."""
        self.rows = list(rows)
        if self.cursor is not None and self.cursor >= len(self.rows):
            self.cursor = len(self.rows) - 1 if self.rows else None
        self._wrapped_width = 0
        self._rewrap()

    def update_row(self, index: int, row: Row) -> None:
        """Change one sentence's gutter or style (same text: no rewrapping needed)."""
        if self.rows[index].text != row.text:
            self.rows[index] = row
            self._wrapped_width = 0
            self._rewrap()
            return
        self.rows[index] = row
        self.refresh()

    def set_cursor(self, index: int | None) -> None:
        """Put the cursor on a sentence and scroll it wholly into view."""
        self.cursor = index
        self.refresh()
        if index is not None and self._lines:
            self.call_after_refresh(self._show_row, index)

    def _show_row(self, index: int) -> None:
        if index >= len(self._first_line):
            return
        first = self._first_line[index]
        last = first
        while last + 1 < len(self._lines) and self._lines[last + 1].row == index:
            last += 1
        show_lines(self, first, last)

    # Layout ------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._rewrap()

    def _text_width(self) -> int:
        """The measure, leaving room for the gutter, a space and the scrollbar (which comes
        and goes with the text's length, so it is always left room for)."""
        return max(10, min(MEASURE, self.size.width - self.gutter_width - 2))

    def _rewrap(self) -> None:
        width = self._text_width()
        if width == self._wrapped_width and self._lines:
            return
        lines: list[_Line] = []
        first_line: list[int] = []
        for number, row in enumerate(self.rows):
            if number and row.paragraph != self.rows[number - 1].paragraph:
                lines.append(_Line(-1, 0, 0, False))
            first_line.append(len(lines))
            spans = wrap(row.text, width) or [(0, 0)]
            lines.extend(_Line(number, s, e, i == 0) for i, (s, e) in enumerate(spans))
        self._lines = lines
        self._first_line = first_line
        self._wrapped_width = width
        self.virtual_size = Size(self.scrollable_content_region.width, len(lines))
        if self.cursor is not None:
            self.call_after_refresh(self._show_row, self.cursor)
        self.refresh()

    # Drawing -----------------------------------------------------------------------------

    def _style(self, text: str) -> Style:
        """A style string with theme variables ("on $label-vague 35%"), parsed once a theme."""
        cache_key = (self.app.theme, text)
        style = self._styles.get(cache_key)
        if style is None:
            style = Style.parse(text) if text else Style()
            self._styles[cache_key] = style
        return style

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        base = self.visual_style
        blank = base.rich_style
        if index >= len(self._lines) or self._lines[index].row < 0:
            return Strip.blank(width, blank)
        line = self._lines[index]
        row = self.rows[line.row]
        segments = []
        if line.first:
            segments.extend(
                Segment(text, (base + self._style(style)).rich_style) for text, style in row.gutter
            )
        else:
            segments.append(Segment(" " * self.gutter_width, blank))
        segments.append(Segment(" ", blank))
        text_style = base + self._style(row.style)
        if line.row == self.cursor:
            text_style = text_style + self._style("reverse")
        text = visible(row.text[line.start : line.end].replace("\n", " "))
        segments.append(Segment(text, text_style.rich_style))
        return Strip(segments).extend_cell_length(width, blank).crop(0, width)

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_offset.y) + event.y
        if 0 <= index < len(self._lines) and self._lines[index].row >= 0:
            self.post_message(self.Chosen(self._lines[index].row))
