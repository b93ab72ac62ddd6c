"""The end of a quiz: the score, every question with both answers and the explanation."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.navigation import OpenHistory, OpenQuiz, ShowHelp
from tui.quiz.grading import QuizResult, points_text, right_answer_text
from tui.quiz.session import QuizSession
from tui.terminal_text import visible
from tui.widgets.verdict_look import VERDICT_LOOK

ABOUT = (
    "Your result, question by question: what you answered, the right answer and why. "
    "Press r to try the questions you missed again; h shows all your past attempts."
)


class QuizSummaryScreen(Screen[None]):
    """What the student got right and wrong, with a way to retry the missed questions."""

    BINDINGS = [
        Binding("r", "retry", "Retry missed", id="summary.retry"),
        Binding("h", "history", "History", id="summary.history"),
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
        attempt_id: int,
        retry: bool = False,
    ) -> None:
        super().__init__()
        self.retry = retry
        self.session = session
        self.result = result
        self.responses = responses
        self.attempt_id = attempt_id

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
            for number, (question, judgement) in enumerate(
                zip(self.session.questions, result.judgements, strict=True), start=1
            ):
                sign, words, style = VERDICT_LOOK[judgement.verdict]
                parts: list[tuple[str, str] | str] = [
                    (visible(f"{number}. {question.prompt}"), "bold")
                ]
                if question.sentence is not None:
                    parts += ["\n   ", (visible(f"“{question.sentence.text}”"), "italic")]
                parts += [
                    "\n   ",
                    (f"{sign} {words}", style),
                    f"  {points_text(judgement.points)}/{points_text(judgement.max_points)}",
                    "\n   Your answer: ",
                    visible(self.responses.get(question.id, "(none)")),
                    " (hint used)" if self.session.hint_used(question.id) else "",
                    "\n   Right answer: ",
                    (visible(right_answer_text(question)), "bold"),
                ]
                if question.explain:
                    parts += ["\n   ", (visible(question.explain), "italic")]
                yield Static(Content.assemble(*parts), classes="summary-question")
        yield Footer()

    def action_scroll(self, lines: int) -> None:
        self.query_one("#summary-body", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_retry(self) -> None:
        """A new sitting over the questions not answered correctly."""
        missed = self.session.missed()
        if not missed:
            self.notify("Nothing to retry: every answer was right.", timeout=3, markup=False)
            return
        self.post_message(
            OpenQuiz(self.session.quiz, questions=missed, retry_of=self.attempt_id, replace=True)
        )

    def action_history(self) -> None:
        self.post_message(OpenHistory())

    def action_back(self) -> None:
        self.dismiss()

    def action_help(self) -> None:
        self.post_message(ShowHelp("Quiz results", ABOUT))
