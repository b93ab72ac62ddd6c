"""The glossary: what each label means, two invented examples, and the question to ask."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.analysis.attribution import LABELS
from tui.analysis.teaching import DEFINITIONS, EXAMPLES, QUESTIONS
from tui.navigation import ShowHelp
from tui.widgets.label_style import LABEL_MARKERS, label_style, marker_style

INTRO = (
    "Every sentence of an article gets one label for who says so. Read an example, then "
    "ask its question of the sentences you read."
)


def entry(label: str) -> Vertical:
    """One label: its marker and name, what it means, two examples, and the question.

    A widget a line, so the examples keep their indent when they wrap.
    """
    heading = Content.assemble(
        (f" {LABEL_MARKERS[label]} ", marker_style(label)),
        " ",
        (label, f"bold {label_style(label)}"),
    )
    return Vertical(
        Static(heading),
        Static(Content(DEFINITIONS[label])),
        *[
            Static(Content.styled(f"“{example}”", "italic"), classes="glossary-example")
            for example in EXAMPLES[label]
        ],
        Static(Content.assemble("Ask: ", (QUESTIONS[label], "bold")), classes="glossary-question"),
        id=f"glossary-{label}",
        classes="glossary-entry",
    )


#: On the frame, so they stay in sight wherever the glossary is scrolled to.
TITLE = "Glossary: who says so?"
CLOSE_HINT = "Esc closes · ↑↓ scroll · ? keys"

ABOUT = (
    "What each label means, with two invented examples and the question to ask. "
    "Escape (or q, or g) closes it and goes back where you were."
)


class GlossaryScreen(ModalScreen[None]):
    """Over the current screen; Escape closes it, the arrows scroll it, ? shows its keys as
    it does on every screen."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    BINDINGS = [
        Binding("escape,q,g", "dismiss", "Close glossary", id="glossary.close"),
        Binding("question_mark,f1", "help", "Keys", id="glossary.help", tooltip="These keys"),
    ]

    def __init__(self, label: str | None = None) -> None:
        """`label` is scrolled into view and marked first (from a sentence's tip)."""
        super().__init__()
        self.label = label if label in LABELS else None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="glossary-box") as box:
            box.border_title = TITLE
            box.border_subtitle = CLOSE_HINT
            yield Static(Content(INTRO), id="glossary-intro")
            for label in LABELS:
                yield entry(label)

    def on_mount(self) -> None:
        box = self.query_one("#glossary-box", VerticalScroll)
        box.focus()
        if self.label is not None:
            chosen = self.query_one(f"#glossary-{self.label}")
            chosen.add_class("-chosen")
            self.call_after_refresh(box.scroll_to_widget, chosen, animate=False, top=True)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)

    def action_help(self) -> None:
        self.post_message(ShowHelp("Glossary", ABOUT))
