"""The end of a quiz: the score, every question with both answers and the explanation."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui import paths
from tui.navigation import CloseQuiz, OpenHistory, OpenQuiz, ShowHelp
from tui.quiz.grading import QuizResult, accepted_note, points_text, right_answer_text
from tui.quiz.recording import SittingRecorder
from tui.quiz.session import QuizSession
from tui.terminal_text import visible
from tui.widgets.markdown_content import markdown_content
from tui.widgets.verdict_look import VERDICT_LOOK

ABOUT = (
    "Your result, question by question: what you answered, the right answer and why. "
    "Press r to try the questions you missed again; h shows all your past attempts. "
    "If the database could not take your answers, they are kept and saved as soon as it "
    "can; e exports them to a file meanwhile."
)

#: Seconds between tries to save answers the database refused.
RETRY_EVERY = 5.0


class QuizSummaryScreen(Screen[None]):
    """What the student got right and wrong, with a way to retry the missed questions."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    BINDINGS = [
        Binding("r", "retry", "Retry missed", id="summary.retry"),
        Binding("h", "history", "History", id="summary.history"),
        Binding("e", "export", "Export answers", id="summary.export"),
        Binding("j,down", "scroll(1)", "Down", id="summary.down", show=False),
        Binding("k,up", "scroll(-1)", "Up", id="summary.up", show=False),
        Binding("question_mark,f1", "help", "Keys", id="summary.help"),
        Binding("escape,q", "back", "Done", id="summary.back"),
    ]

    def __init__(
        self,
        session: QuizSession,
        result: QuizResult,
        responses: dict[str, str],
        recorder: SittingRecorder,
        retry: bool = False,
    ) -> None:
        super().__init__()
        self.retry = retry
        self.session = session
        self.result = result
        self.responses = responses
        self.recorder = recorder

    class Retried(Message):
        """A try to save the waiting answers ended; `error` is None when all are saved."""

        def __init__(self, error: str | None) -> None:
            super().__init__()
            self.error = error

    def compose(self) -> ComposeResult:
        result = self.result
        score = f"{points_text(result.score)} of {points_text(result.max_score)} points"
        if self.retry:
            # A retry covers the missed questions only: no pass or fail for the quiz.
            outcome: list[tuple[str, str] | str] = [
                "retry of the questions you missed: ",
                (score, "bold"),
                f" ({result.percent:g}%)",
            ]
        else:
            verdict = "passed" if result.passed else "not passed"
            outcome = [
                (score, "bold"),
                f" ({result.percent:g}%) · ",
                (verdict, "bold $success" if result.passed else "bold $error"),
                f" (pass mark {result.pass_mark:g}%)",
            ]
        headline = Content.assemble((visible(self.session.quiz.title), "bold"), "\n", *outcome)
        with VerticalScroll(id="summary-body"):
            yield Static(headline, id="summary-score")
            yield Static(id="summary-unsaved")
            for number, (question, judgement) in enumerate(
                zip(self.session.questions, result.judgements, strict=True), start=1
            ):
                sign, words, style = VERDICT_LOOK[judgement.verdict]
                parts: list[Content | tuple[str, str] | str] = [
                    markdown_content(question.prompt, "bold")
                ]
                if question.sentence is not None:
                    parts += ["\n", (visible(f"“{question.sentence.text}”"), "italic")]
                parts += [
                    "\n",
                    (f"{sign} {words}", style),
                    f"  {points_text(judgement.points)}/{points_text(judgement.max_points)}",
                    "\nYour answer: ",
                    visible(self.responses.get(question.id, "(skipped)")),
                    " (hint used)" if self.session.hint_used(question.id) else "",
                    "\nRight answer: ",
                    (visible(right_answer_text(question)), "bold"),
                ]
                note = accepted_note(
                    question.type,
                    self.responses.get(question.id, ""),
                    right_answer_text(question),
                    judgement.verdict,
                )
                if note is not None:
                    parts += ["\n", (visible(note), "$warning")]
                if question.explain:
                    parts += ["\n", markdown_content(question.explain, "italic")]
                # The number in a column of its own, so wrapped lines keep their indent.
                with Horizontal(classes="summary-question"):
                    yield Static(f"{number}.", classes="summary-number")
                    yield Static(Content.assemble(*parts), classes="summary-detail")
        yield Footer()

    def on_mount(self) -> None:
        self._show_unsaved()
        if self.recorder.pending:
            self.set_interval(RETRY_EVERY, self._retry_save)

    def _show_unsaved(self) -> None:
        """Say how many answers wait for the database, and why; hidden once all are saved."""
        line = self.query_one("#summary-unsaved", Static)
        recorder = self.recorder
        line.display = bool(recorder.pending)
        if recorder.pending:
            count = recorder.unsaved_answers
            what = f"{count} answer{'s' if count != 1 else ''}" if count else "Your result"
            if count and recorder.result_pending:
                what += " and your result"
            line.update(
                Content.styled(
                    visible(
                        f"{what} not saved yet: {recorder.error}. Kept here, and saved as "
                        "soon as the database can be written; e exports your answers to a "
                        "file now."
                    ),
                    "$warning",
                )
            )
        self.refresh_bindings()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _retry_save(self) -> None:
        """Try again off the UI thread: a locked database may keep a write waiting."""
        if self.recorder.pending:
            self.post_message(self.Retried(self.recorder.flush()))

    def on_quiz_summary_screen_retried(self, message: Retried) -> None:
        self._show_unsaved()
        if message.error is None:
            self.notify("Your answers are saved now.", timeout=4, markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Export shows only while answers wait for the database."""
        if action == "export":
            return bool(self.recorder.pending)
        return True

    def action_export(self) -> None:
        """Write the sitting to a CSV file in the data folder (or home, or here)."""
        try:
            target = self.recorder.export_file([paths.data_dir(), Path.home(), Path.cwd()])
        except OSError as error:
            self.notify(
                f"The answers could not be exported: {error}", severity="error", markup=False
            )
            return
        self.notify(f"Your answers were written to {target}", timeout=10, markup=False)

    def action_scroll(self, lines: int) -> None:
        self.query_one("#summary-body", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_retry(self) -> None:
        """A new sitting over the questions not answered correctly."""
        missed = self.session.missed()
        if not missed:
            self.notify("Nothing to retry: every answer was right.", timeout=3, markup=False)
            return
        self.post_message(
            OpenQuiz(
                self.session.quiz,
                questions=missed,
                retry_of=self.recorder.attempt_id,
                replace=True,
            )
        )

    def action_history(self) -> None:
        self.post_message(OpenHistory())

    def action_back(self) -> None:
        self.post_message(CloseQuiz())

    def action_help(self) -> None:
        self.post_message(ShowHelp("Quiz results", ABOUT))
