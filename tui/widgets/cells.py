"""Text for table cells: plain (never markup), cut to a width with an ellipsis."""

from __future__ import annotations

from rich.text import Text


def fit(text: str, width: int) -> Text:
    """Text cut to `width` cells with an ellipsis (a Text, so "[sic]" is never markup)."""
    return Text(text if len(text) <= width else text[: max(1, width - 1)].rstrip() + "…")
