"""A scroll bar drawn again only when what it shows changes."""

from __future__ import annotations

from collections.abc import Hashable

from textual.geometry import Region
from textual.scrollbar import ScrollBar
from textual.strip import Strip


class SteadyScrollBar(ScrollBar):
    """Textual's ScrollBar, keeping its last drawing until the picture would differ.

    Textual asks a view's scroll bar to draw itself again far more often than it changes:
    once for each scroll-bar colour whenever the view is styled again (each time focus
    moves in or out of it, though the colours stay the same) and at every layout of the
    screen. On the reader's 27-line bar each drawing cost about 1 ms of CPU, up to four
    for one key (/, Enter, a resize).
    """

    _kept: tuple[Hashable, list[Strip]] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        key = self._picture(crop)
        if self._kept is not None and self._kept[0] == key:
            return self._kept[1]
        strips = super().render_lines(crop)
        self._kept = (key, strips)
        return strips

    def _picture(self, crop: Region) -> Hashable:
        """Everything the drawing depends on: where and how big, what the renderable is
        given (thumb, sizes, the colours worked out from the view's styles and the pointer),
        and what Textual lays over it (backgrounds, opacity, the app's line filters)."""
        renderable = self.render()
        given = tuple(sorted(vars(renderable).items()))
        return (
            crop,
            self.size,
            type(renderable),
            given,
            self.background_colors,
            self.opacity,
            tuple(self.get_line_filters()),
        )
