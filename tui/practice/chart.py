"""A bar chart in plain text: block characters and a labelled axis, no colour needed.

Plain text reads the same under NO_COLOR, in a monochrome terminal and in a test, and an
80-column terminal holds the last 35 or so attempts. A plotting library would draw lines
in colour; bars in eighths of a cell say as much here with no dependency.
"""

from __future__ import annotations

#: Eighths of a cell, from empty to full.
_BLOCKS = " ▁▂▃▄▅▆▇█"


def bar_chart(
    values: list[float], low: float, high: float, height: int, width: int, unit: str = ""
) -> list[str]:
    """Rows of a chart of the last values that fit in `width`, oldest on the left.

    `low` and `high` bound the axis (values beyond are drawn at the bound); every value
    gets at least a sliver, so an attempt at the bottom of the scale is still seen.
    """
    top, bottom = f"{high:g}{unit}", f"{low:g}{unit}"
    margin = max(len(top), len(bottom))
    room = max(1, (width - margin - 2) // 2)
    shown = values[-room:]
    eighths = [_eighths(value, low, high, height) for value in shown]
    rows = []
    for row in range(height):
        floor = (height - 1 - row) * 8
        cells = "".join(
            _BLOCKS[min(8, max(0, filled - floor))] + " " for filled in eighths
        ).rstrip()
        axis = top if row == 0 else bottom if row == height - 1 else ""
        rows.append(f"{axis:>{margin}} ┤{cells}")
    rows.append(" " * margin + " └" + "─" * (2 * len(shown)))
    return rows


def _eighths(value: float, low: float, high: float, height: int) -> int:
    span = high - low or 1.0
    share = min(1.0, max(0.0, (value - low) / span))
    return max(1, round(share * height * 8))
