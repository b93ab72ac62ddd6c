"""Progress: discernment and agreement over the checked practice attempts, as text charts,
the label confused most, and an article to practise it on."""

from __future__ import annotations

import math
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, LoadingIndicator, Static
from textual.worker import Worker, WorkerState

from tui.navigation import OpenPractice, ShowHelp
from tui.practice.chart import bar_chart
from tui.practice.export import attempt_line
from tui.practice.labels import label_words
from tui.practice.progress import Progress, Suggestion, progress, suggest_article
from tui.terminal_text import visible
from tui.wording import counted

ABOUT = (
    "Every checked practice attempt, oldest on the left. Discernment (d′) measures telling "
    "sourced from unsourced claims apart, whatever your bias: 0 is guessing, 2 or more is "
    "good. Agreement is the share of claims labelled as the key does. Enter practises the "
    "suggested article, which has many sentences of the label you confuse most."
)

#: Chart height in lines: two charts and the words around them fit 80x24.
_CHART_HEIGHT = 4


class ProgressScreen(Screen[None]):
    """Charts and advice from the stored attempts (read in a worker)."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    BINDINGS = [
        Binding("enter", "practise", "Practise it", id="progress.practise"),
        Binding("j,down", "scroll(1)", "Down", id="progress.down", show=False),
        Binding("k,up", "scroll(-1)", "Up", id="progress.up", show=False),
        Binding("question_mark,f1", "help", "Keys", id="progress.help"),
        Binding("escape,q", "back", "Back", id="progress.back"),
    ]

    class Loaded(Message):
        """The attempts and the suggestion, read off the UI thread."""

        def __init__(self, found: Progress, suggestion: Suggestion | None) -> None:
            super().__init__()
            self.found = found
            self.suggestion = suggestion

    def __init__(self) -> None:
        super().__init__()
        self.found: Progress | None = None
        self.suggestion: Suggestion | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content("whosays · practice progress"), id="progress-title")
        yield LoadingIndicator(id="progress-loading")
        with VerticalScroll(id="progress-body"):
            yield Static(id="progress-charts")
            yield Static(id="progress-advice")
            yield Static(id="progress-attempts")
        yield Footer()

    def on_screen_resume(self) -> None:
        """Shown first, or back from practising the suggested article: read afresh."""
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _load(self) -> None:
        found = progress(self.app.store)  # type: ignore[attr-defined]
        suggestion = None
        if found.confusion is not None:
            tried = {attempt.article_id for attempt in found.attempts}
            suggestion = suggest_article(found.confusion.key, tried)
        self.post_message(self.Loaded(found, suggestion))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.query_one("#progress-loading").display = False
            self.query_one("#progress-charts", Static).update(
                Content(f"Progress could not be read: {event.worker.error}")
            )

    def on_progress_screen_loaded(self, message: Loaded) -> None:
        self.found = message.found
        self.suggestion = message.suggestion
        self.query_one("#progress-loading").display = False
        self._draw()

    def on_resize(self) -> None:
        if self.found is not None:
            self._draw()

    def _draw(self) -> None:
        found = self.found
        assert found is not None
        charts = self.query_one("#progress-charts", Static)
        attempts = found.attempts
        if not attempts:
            charts.update(
                Content(
                    "No checked practice yet. Open an article and press p to practise it: "
                    "label every sentence, then press c to check."
                )
            )
            return
        width = max(20, self.size.width - 4)
        discernment = [a.discernment or 0.0 for a in attempts]
        accuracy = [100 * (a.accuracy or 0.0) for a in attempts]
        low = min(-1.0, math.floor(min(discernment)))
        high = max(4.0, math.ceil(max(discernment)))
        lines = [
            f"Discernment d′, {counted(len(attempts), 'checked attempt')}, oldest first "
            "(0 is guessing, 2+ good)",
            *bar_chart(discernment, low, high, _CHART_HEIGHT, width),
            "Agreement with the key, %",
            *bar_chart(accuracy, 0, 100, _CHART_HEIGHT, width),
        ]
        charts.update(Content("\n".join(lines)))
        self.query_one("#progress-advice", Static).update(Content(self._advice()))
        listed = [visible(attempt_line(a)) for a in reversed(attempts)]
        self.query_one("#progress-attempts", Static).update(
            Content("Latest first:\n" + "\n".join(listed))
        )

    def _advice(self) -> str:
        found = self.found
        assert found is not None
        confusion = found.confusion
        if confusion is None:
            return "No label confused yet: every checked claim agreed with its key."
        times = "time" if confusion.count == 1 else "times"
        lines = [
            f"Confused most: {label_words(confusion.key)} sentences, which you called "
            f"{label_words(confusion.student)} ({confusion.count} {times})."
        ]
        suggestion = self.suggestion
        if suggestion is not None:
            again = " again" if suggestion.tried else ""
            lines.append(
                f"Practise{again}: {visible(suggestion.title)} ({suggestion.count} "
                f"{label_words(confusion.key)} sentences) — press Enter."
            )
        return "\n".join(lines)

    def action_practise(self) -> None:
        suggestion = self.suggestion
        if suggestion is None:
            self.notify("Nothing to suggest yet: practise an article first.", markup=False)
            return
        self.post_message(OpenPractice(Path(suggestion.path), article_id=suggestion.article_id))

    def action_scroll(self, lines: int) -> None:
        self.query_one("#progress-body").scroll_relative(y=lines, animate=False)

    def action_help(self) -> None:
        self.post_message(ShowHelp("Progress", ABOUT))

    def action_back(self) -> None:
        self.dismiss()
