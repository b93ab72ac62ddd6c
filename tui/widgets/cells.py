"""Text for table cells: plain (never markup), cut to a width with an ellipsis."""

from __future__ import annotations

from rich.text import Text


def fit(text: str, width: int) -> Text:
    """Text cut to `width` cells (wide characters count two) with an ellipsis.

    A Text, not a str, so "[sic]" is never read as markup.
    """
    cell = Text(text)
    cell.truncate(width, overflow="ellipsis")
    return cell
