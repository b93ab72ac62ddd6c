"""Past quiz attempts, newest first, and the answers of the one under the cursor."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from tui.navigation import ShowHelp
from tui.quiz.grading import accepted_note
from tui.results import attempt_cells
from tui.store import AttemptRecord
from tui.terminal_text import visible
from tui.widgets.cells import Column, longest, row_cells, set_columns
from tui.widgets.markdown_content import markdown_content

ABOUT = (
    "Every quiz you have started, newest first, with its score. Move the cursor to see that "
    "attempt's answers below. Attempts you left and then started afresh are hidden; a shows "
    "them. `whosays results --csv FILE` exports your answers for a teacher."
)


class HistoryScreen(Screen[None]):
    """A table of attempts; the panel under it lists the chosen attempt's answers."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    BINDINGS = [
        Binding("a", "toggle_abandoned", "Abandoned", id="history.abandoned"),
        Binding("question_mark,f1", "help", "Keys", id="history.help"),
        Binding("escape,q", "back", "Back", id="history.back"),
    ]

    def __init__(self, quiz_id: str | None = None) -> None:
        super().__init__()
        self.quiz_id = quiz_id
        self.attempts: list[AttemptRecord] = []
        self.show_abandoned = False

    def compose(self) -> ComposeResult:
        yield Static(Content("Your quiz results"), id="history-title")
        yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="history-answers")
        yield Footer()

    def on_mount(self) -> None:
        self._load()
        self.query_one("#history-table", DataTable).focus()

    def on_resize(self) -> None:
        if self.attempts:
            self._fill()

    def _load(self) -> None:
        """The attempts, without the abandoned ones unless asked for."""
        every = self.app.store.attempts(self.quiz_id)  # type: ignore[attr-defined]
        self.attempts = [a for a in every if self.show_abandoned or not a.abandoned]
        self._fill()
        if not self.attempts:
            hidden = len(every) - len(self.attempts)
            note = f" ({hidden} abandoned: press a)" if hidden else ""
            self.query_one("#history-answers", Static).update(
                Content(f"No attempts yet: start a quiz from the library.{note}")
            )

    def _fill(self) -> None:
        """The attempts in columns fitted to the terminal's width, the cursor kept."""
        table = self.query_one("#history-table", DataTable)
        cursor = table.cursor_row
        rows = [attempt_cells(attempt) for attempt in self.attempts]
        # The quiz's title first, then score and result; the rest where the width allows.
        widths = set_columns(
            table,
            [
                Column("quiz", "Quiz", 20, longest(row[0] for row in rows), rank=0, want=28),
                Column("started", "Started", 16, rank=3),
                Column("score", "Score", 6, longest(row[2] for row in rows), 1),
                Column("percent", "%", 3, rank=4),
                Column("result", "Result", 10, longest(row[4] for row in rows), 2, want=16),
            ],
            self.size.width - 4,
        )
        for attempt, row in zip(self.attempts, rows, strict=True):
            values = dict(zip(("quiz", "started", "score", "percent", "result"), row, strict=True))
            table.add_row(*row_cells(widths, values), key=str(attempt.id))
        if rows:
            table.move_cursor(row=min(max(cursor, 0), len(rows) - 1))

    def action_toggle_abandoned(self) -> None:
        self.show_abandoned = not self.show_abandoned
        self._load()

    @on(DataTable.RowHighlighted, "#history-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key is None or event.row_key.value is None:
            return
        # As the student met them: a shuffled quiz's answers in its shuffled order.
        store = self.app.store  # type: ignore[attr-defined]
        answers = store.answers(int(event.row_key.value), as_shown=True)
        if not answers:
            self.query_one("#history-answers", Static).update(Content("No answers saved."))
            return
        parts: list[Content | tuple[str, str] | str] = []
        for answer in answers:
            if parts:
                parts.append("\n")
            hint = " (hint used)" if answer.hint_used else ""
            parts += [
                (f"{answer.verdict:<10} ", "bold"),
                markdown_content(answer.prompt),  # "*named*" as emphasis, as the quiz showed it
                visible(f"{hint}\n           you: {answer.response}"),
                visible(f" · right: {answer.right_answer}"),
            ]
            note = accepted_note(
                answer.question_type, answer.response, answer.right_answer, answer.verdict
            )
            if note is not None:
                parts.append(visible(f" · {note}"))
        self.query_one("#history-answers", Static).update(Content.assemble(*parts))

    def action_back(self) -> None:
        self.dismiss()

    def action_help(self) -> None:
        self.post_message(ShowHelp("Results", ABOUT))
