"""The import prompt: a path (Tab completes it) or a web address, for the library to import."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.completion import complete_path
from tui.terminal_text import visible
from tui.widgets.text_field import TextField


class ImportPromptScreen(ModalScreen[str | None]):
    """Dismisses with what was typed (Enter), or None (Escape)."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    BINDINGS = [
        Binding("tab", "complete", "Complete", id="import.complete", priority=True),
        Binding("escape", "cancel", "Cancel", id="import.cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="import-box"):
            yield Static(Content("Import an article"), id="import-question")
            yield TextField(
                placeholder="a saved page (.html), a .txt or .md file, or an https:// address",
                id="import-source",
            )
            yield Static(
                Content("Tab completes a path · Enter imports · Escape cancels"),
                id="import-detail",
            )

    def on_mount(self) -> None:
        self.query_one("#import-source", Input).focus()

    def action_complete(self) -> None:
        """Complete the path as far as it is unambiguous; list the names that still fit."""
        source = self.query_one("#import-source", Input)
        completed, candidates = complete_path(source.value)
        source.value = completed
        source.cursor_position = len(completed)
        detail = self.query_one("#import-detail", Static)
        if candidates:
            detail.update(Content(visible("  ".join(candidates))))
        else:
            detail.update(Content("Tab completes a path · Enter imports · Escape cancels"))

    @on(Input.Submitted, "#import-source")
    def _submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
