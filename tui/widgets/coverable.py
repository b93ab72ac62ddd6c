"""Screens that wait to be laid out for a new terminal size until nothing covers them."""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.screen import Screen


class CoverableScreen(Screen[None]):
    """A screen laid out for a new terminal size only while something of it can be seen,
    and not styled twice when it first shows.

    Textual lays out the screen under the top one at every resize, even when the top one
    is opaque and hides it: resizing the reader laid out the library beneath it too (half
    of the layouts of a resize, its tables measured again). A covered screen is laid out
    when it shows again: Textual does that on resume for a screen whose size changed.
    """

    def __init__(self) -> None:
        super().__init__()
        self._resumed = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual styles every widget again when a screen resumes, for a theme or class
        # changed while it was covered; on the first resume each was styled as it mounted
        # moments before (and a theme change restyles every screen of the stack anyway).
        # Styling the library's widgets twice cost about 5 ms of CPU before it showed.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False
        super()._on_screen_resume(event)

    def _screen_resized(self, size: Size) -> None:
        if not self._covered():
            super()._screen_resized(size)

    def _covered(self) -> bool:
        """Whether an opaque screen lies above this one (a modal's dimmed backdrop is not)."""
        stack = self.app.screen_stack
        if self not in stack:
            return False
        above = stack[stack.index(self) + 1 :]
        return any(screen.styles.background.a == 1 for screen in above)
