"""A Footer that redraws its keys only when they change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen


class SteadyFooter(Footer):
    """Textual's Footer, composed again once for a burst of binding changes, and only when
    the keys it shows differ.

    Textual's own composes itself again on every "bindings changed" signal: the library's
    start sent five (focus, the screen stack, the first row highlighted), each mounting a
    dozen keys anew, about 30 ms apiece, for the same keys.
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[object, ...] | None = None
        self._pending = False

    def _keys(self) -> tuple[object, ...]:
        """Everything compose() draws from: the shown bindings and the palette's key.

        Hidden bindings are left out: focusing a text field brings a dozen hidden ones, and
        composing the reader's footer again for them cost about 10 ms on / and on Enter.
        """
        bindings = tuple(
            (binding, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
        return (bindings, self.show_command_palette, self.app.ENABLE_COMMAND_PALETTE)

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        if self.is_attached and self._keys() != self._shown:
            await self.recompose()
