"""Text for table cells: plain (never markup), cut to a width with an ellipsis."""

from __future__ import annotations

from rich.text import Text

from tui.terminal_text import visible


def fit(text: str, width: int) -> Text:
    """Text cut to `width` cells (wide characters count two) with an ellipsis.

    A Text, not a str, so "[sic]" is never read as markup; control characters are made
    visible, so a cell never drives the terminal.
    """
    cell = Text(visible(text))
    cell.truncate(width, overflow="ellipsis")
    return cell
