"""The keys of the screen underneath, built from its bindings, so it is never out of date."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.navigation import ShowGlossary
from tui.terminal_text import visible


def key_lines(screen: Screen[object]) -> list[tuple[str, str]]:
    """(keys, what they do) for the screen's own bindings, then the app's, in declared order.

    Only bindings with a description are listed, in the words of their tooltip if they have
    one (the footer has room for one word, help for a sentence); keys for one action share
    a line.
    """
    app = screen.app
    by_action: dict[str, tuple[list[str], str]] = {}
    for binding in [*type(screen).BINDINGS, *type(app).BINDINGS]:
        if not isinstance(binding, Binding) or not binding.description:
            continue
        keys, _ = by_action.setdefault(binding.action, ([], binding.tooltip or binding.description))
        for key in binding.key.split(","):
            shown = app.get_key_display(Binding(key.strip(), binding.action))
            if shown not in keys:
                keys.append(shown)
    return [(" ".join(keys), text) for keys, text in by_action.values()]


class HelpScreen(ModalScreen[None]):
    """The keys and a short note on what the screen is for; Escape, q or ? closes it, g opens
    the glossary of labels."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
        Binding("g", "glossary", "Glossary", id="help.glossary"),
    ]

    def __init__(self, title: str, about: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self._title = title
        self._about = about
        self._keys = keys

    def compose(self) -> ComposeResult:
        width = max((len(keys) for keys, _ in self._keys), default=8)
        rows = "\n".join(f"{keys:>{width}}  {text}" for keys, text in self._keys)
        with VerticalScroll(id="help-box"):
            yield Static(Content(visible(self._title)), id="help-title")
            yield Static(Content(visible(self._about)), id="help-about")
            yield Static(Content(visible(rows)), id="help-keys")
            yield Static(
                Content(
                    "g: the glossary (what each label means). Escape, q or ? closes this help."
                ),
                id="help-close",
            )

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)

    def action_glossary(self) -> None:
        """Over the help: closing the glossary comes back here."""
        self.post_message(ShowGlossary())
