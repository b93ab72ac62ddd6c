"""Editing an imported article's title, outlet and date, in a small box over the library."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from tui.terminal_text import visible
from tui.widgets.text_field import TextField

#: The fields, in order: key, label, placeholder.
FIELDS = (
    ("title", "Title", "the headline"),
    ("outlet", "Outlet", "the site or paper (empty: none)"),
    ("date", "Date", "2026-11-28 (empty: none)"),
)


class MetadataScreen(ModalScreen[dict[str, str] | None]):
    """Dismisses with {"title": ..., "outlet": ..., "date": ...} (Save) or None (Escape)."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="metadata.cancel")]

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__()
        self._values = values

    def compose(self) -> ComposeResult:
        with Vertical(id="metadata-box"):
            for key, label, placeholder in FIELDS:
                yield Label(Content(label))
                yield TextField(
                    visible(self._values.get(key, "")),
                    placeholder=placeholder,
                    id=f"metadata-{key}",
                )
            with Horizontal(id="metadata-buttons"):
                yield Button("Save (Enter)", id="metadata-save", variant="primary")
                yield Button("Cancel (Esc)", id="metadata-cancel")

    def on_mount(self) -> None:
        self.query_one("#metadata-title", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#metadata-save")
    def _save(self) -> None:
        self.dismiss(
            {key: self.query_one(f"#metadata-{key}", Input).value for key, _l, _p in FIELDS}
        )

    @on(Button.Pressed, "#metadata-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
