"""A one-line text field whose editing keys act in the order they were typed."""

from __future__ import annotations

from textual import events
from textual.binding import NoBinding
from textual.widgets import Input


class TextField(Input):
    """Textual's Input, with its own editing keys (backspace, arrows, Enter) run at once.

    Input types a letter as soon as the key reaches it, but leaves its bound keys to the
    app's binding pass, which runs after the key has bubbled up through the screen. Keys
    that arrive together (a fast typist, a loaded machine, tmux send-keys) were therefore
    applied out of order: 'river', five backspaces and 'spy' typed at once gave 'riv', the
    letters inserted before the deletions ran (Textual issue #6605). Every answer and search
    field uses this one so that what is typed is what is kept.
    """

    async def _on_key(self, event: events.Key) -> None:
        # Textual calls each class's handler in turn, Input's after this one, unless a
        # handler prevents the default: printable keys go on to Input's.
        if not event.is_printable and await self._own_binding(event.key):
            event.stop()
            event.prevent_default()

    async def _own_binding(self, key: str) -> bool:
        """Run this field's own (non-priority) binding for `key`; whether one ran."""
        try:
            bindings = self._bindings.get_bindings_for_key(key)
        except NoBinding:
            return False
        for binding in bindings:
            if not binding.priority and await self.app.run_action(binding.action, self):
                return True
        return False
