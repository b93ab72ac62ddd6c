"""A Footer that redraws its keys only when they change, and in place where it can."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.binding import Binding
    from textual.screen import Screen

#: What the footer shows of one binding: the binding, whether it is enabled, its tooltip.
ShownBinding = tuple["Binding", bool, str]


class SteadyFooter(Footer):
    """Textual's Footer, updated once for a burst of binding changes, only when the keys it
    shows differ, and without composing its keys again when the same keys come and go.

    Textual's own composes itself again on every "bindings changed" signal: the library's
    start sent five (focus, the screen stack, the first row highlighted), each mounting a
    dozen keys anew, about 30 ms apiece, for the same keys. In the reader, focusing the
    search field drops the letter keys (the field takes letters) and leaving it brings them
    back; composing the footer again for each cost about 40 ms of the seven keys of a
    search, and about 40 ms of a resize across 100 columns (the palette's key). Hiding and
    showing the keys already there, as a freshly composed footer would draw them, does not.
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
        if self.is_attached and screen is self.screen:
            self._update_later()

    def watch_show_command_palette(self) -> None:
        """The app hides the palette's key below 100 columns: shown or hidden in place."""
        if self.is_attached and self._bindings_ready:
            self._update_later()

    def _update_later(self) -> None:
        """Once, after the screen has handled what caused it (a burst comes together).

        The first keys wait for the screen's first paint, as the hello-world app's do:
        composing a dozen keys before it cost the library's start about 20 ms of CPU.
        Through the app's queue, since Textual runs "after refresh" callbacks before the
        first paint while the app starts; then through the footer's own, so that its keys
        are composed in its context.
        """
        if not self._pending:
            self._pending = True
            if self._shown is None:
                self.app.call_later(
                    self.call_after_refresh, self.call_later, self._update_if_changed
                )
            else:
                self.call_after_refresh(self._update_if_changed)

    async def _update_if_changed(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        keys = self._keys()
        if keys == self._shown:
            return
        if self._show_in_place():
            self._shown = keys
        else:
            await self.recompose()

    def _show_in_place(self) -> bool:
        """Show the keys of the current bindings with the FooterKeys already composed,
        hiding those of bindings now gone; False (nothing changed) if a key is missing, in
        another order, or the footer holds groups (compose then draws it again)."""
        wanted = self._wanted()
        composed: list[FooterKey] = []
        palette: FooterKey | None = None
        for child in self.children:
            if not isinstance(child, FooterKey):
                return False  # a group of keys or its label
            if child.has_class("-command-palette"):
                palette = child
            else:
                composed.append(child)
        palette_binding = wanted.pop(None, None)
        actions = [key.action for key in composed]
        if [action for action in actions if action in wanted] != list(wanted):
            return False
        if palette_binding is not None and palette is None:
            return False
        for key in composed:
            key.display = key.action in wanted
            if key.display:
                self._show_binding(key, *wanted[key.action])
        if palette is not None:
            palette.display = palette_binding is not None
            if palette_binding is not None:
                self._show_binding(palette, *palette_binding)
        return True

    def _wanted(self) -> dict[str | None, ShownBinding]:
        """What Footer.compose would show: by action, in order, the first shown binding of
        each (the palette's under None, if its key is to show)."""
        active = self.screen.active_bindings
        wanted: dict[str | None, ShownBinding] = {}
        for _node, binding, enabled, tooltip in active.values():
            if binding.show:
                wanted.setdefault(binding.action, (binding, enabled, tooltip))
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            found = active.get(self.app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, tooltip = found
                wanted[None] = (binding, enabled, binding.tooltip or binding.description)
        return wanted

    def _show_binding(self, key: FooterKey, binding: Binding, enabled: bool, tooltip: str) -> None:
        """Give a composed key what FooterKey(...) in Footer.compose would have been given."""
        display = self.app.get_key_display(binding)
        shown = (binding.key, display, binding.description, not enabled, tooltip or None)
        if shown == (key.key, key.key_display, key.description, key._disabled, key.tooltip):
            return
        key.key, key.key_display, key.description, key._disabled, key.tooltip = shown
        key.set_class(not enabled, "-disabled")
        key.refresh(layout=True)  # "?" and "f1" are not as wide
