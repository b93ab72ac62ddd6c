"""Taking a quiz: one question at a time, a hint on request, feedback at once, nothing lost.

The screen only renders a QuizSession and saves each judgement as it is made; every rule
(judging, order, retries) lives in tui.quiz, the same code `whosays grade` runs.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, OptionList, ProgressBar, SelectionList, Static
from textual.widgets.option_list import Option

from tui.navigation import AskConfirm, OpenArticle, ShowHelp, ShowQuizSummary
from tui.quiz.grading import (
    Judgement,
    Response,
    judge,
    option_letter,
    options,
    points_text,
    right_answer_text,
)
from tui.quiz.matching import parse_number
from tui.quiz.model import Question, Quiz
from tui.quiz.session import QuizSession
from tui.store import AnswerRecord, StoreError
from tui.terminal_text import PRINTABLE, visible
from tui.widgets.verdict_look import VERDICT_LOOK

ABOUT = (
    "Answer one question at a time. Pick a choice with the arrows and Enter (Space ticks "
    "the choices of a question with several answers, Enter submits them), or type an answer "
    "and press Enter: small typos are forgiven. You see at once whether you were right and "
    "why. Every answer is saved as soon as it is judged, so leaving loses nothing."
)

#: What is stored and shown as the response to a skipped question.
SKIPPED = "(skipped)"


class MultiChoice(SelectionList[int]):
    """Choices to tick with Space; Enter submits them all (a plain list would toggle)."""

    BINDINGS = [Binding("enter", "submit", "Submit answer", id="quiz.submit-multi")]

    class Submitted(Message):
        """The student pressed Enter to submit the ticked choices."""

    def action_submit(self) -> None:
        self.post_message(self.Submitted())


class QuizScreen(Screen[None]):
    """One sitting of a quiz (or of its missed questions, for a retry)."""

    BINDINGS = [
        Binding("ctrl+t,f2", "hint", "Hint", id="quiz.hint"),
        Binding("ctrl+o,f3", "article", "Article", id="quiz.article"),
        Binding("ctrl+n,f4", "skip", "Skip", id="quiz.skip"),
        Binding("question_mark,f1", "help", "Keys", id="quiz.help"),
        Binding("escape", "leave", "Leave", id="quiz.leave"),
        # A choice's letter picks it (or ticks it); a text box takes letters as typing.
        *[Binding(key, f"pick('{key}')", f"Pick {key})", show=False) for key in "abcdefghnvutf"],
    ]

    #: Seconds after feedback appears during which Enter does not move on (a reflexive
    #: second Enter, or key repeat, would skip the feedback just shown).
    feedback_pause = 0.4

    def __init__(
        self,
        quiz: Quiz,
        questions: Sequence[Question] | None = None,
        retry_of: int | None = None,
        seed: int | None = None,
    ) -> None:
        super().__init__()
        self.quiz = quiz
        self.session = QuizSession(quiz, seed=seed, questions=questions)
        self.retry_of = retry_of
        self.attempt_id: int | None = None
        self.judgement: Judgement | None = None
        self._responses: dict[str, str] = {}
        self._verdicts: dict[str, str] = {}
        self._judged_at = 0.0

    @property
    def quiz_id(self) -> str:
        """The id results are stored under: the quiz file's name without its extension."""
        return self.quiz.path.stem if self.quiz.path else self.quiz.title

    def compose(self) -> ComposeResult:
        yield Static(id="quiz-title")
        yield ProgressBar(total=len(self.session.questions), show_eta=False, id="quiz-progress")
        with VerticalScroll(id="quiz-body"):
            yield Static(id="quiz-prompt")
            yield Static(id="quiz-sentence")
            yield Static(id="quiz-hint")
            yield OptionList(id="quiz-options")
            yield MultiChoice(id="quiz-multi")
            yield Input(id="quiz-input", restrict=PRINTABLE)
            yield Static(id="quiz-feedback")
            yield Button("Next question (Enter)", id="quiz-next", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self._show_question()

    def _attempt(self) -> int:
        """The attempt's id, recorded at the first answer (opening a quiz is not an attempt)."""
        if self.attempt_id is None:
            self.attempt_id = self.app.store.start_attempt(  # type: ignore[attr-defined]
                self.quiz_id,
                self.quiz.title,
                str(self.quiz.path) if self.quiz.path else None,
                max_score=sum(q.points for q in self.session.questions),
                retry_of=self.retry_of,
            )
        return self.attempt_id

    # Showing a question ------------------------------------------------------------------

    def _show_question(self) -> None:
        """Fill the screen for the current question, its answer widget focused."""
        question = self.session.current
        if question is None:
            self._finish()
            return
        self.judgement = None
        done, total = self.session.progress
        title = (
            f"{self.quiz.title} · question {done + 1} of {total}"
            f" · {points_text(question.points)} pt"
        )
        if self.retry_of is not None:
            title += " · retrying missed questions"
        self.query_one("#quiz-title", Static).update(Content(visible(title)))
        self.query_one(ProgressBar).update(progress=done)
        self.query_one("#quiz-prompt", Static).update(
            Content.styled(visible(question.prompt), "bold")
        )
        sentence = self.query_one("#quiz-sentence", Static)
        sentence.display = question.sentence is not None
        if question.sentence is not None:
            sentence.update(Content.styled(visible(f"“{question.sentence.text}”"), "italic"))
        hint = self.query_one("#quiz-hint", Static)
        hint.display = False
        self.query_one("#quiz-feedback", Static).display = False
        self.query_one("#quiz-next", Button).display = False
        picks = options(question)
        single = self.query_one("#quiz-options", OptionList)
        multi = self.query_one("#quiz-multi", MultiChoice)
        typed = self.query_one("#quiz-input", Input)
        single.display = bool(picks) and question.type != "multi"
        multi.display = question.type == "multi"
        typed.display = not picks
        for widget in (single, multi, typed):
            widget.disabled = False
        if question.type == "multi":
            multi.clear_options()
            multi.add_options(
                [
                    (Content(visible(f"{option_letter(question, i)}) {text}")), i)
                    for i, text in enumerate(picks)
                ]
            )
            multi.border_title = "Space ticks a choice · Enter submits"
            multi.highlighted = 0
            multi.focus()
        elif picks:
            single.clear_options()
            single.add_options(
                [
                    Option(Content(visible(f"{option_letter(question, i)}) {text}")), id=str(i))
                    for i, text in enumerate(picks)
                ]
            )
            single.highlighted = 0
            single.focus()
        else:
            typed.value = ""
            typed.placeholder = (
                "Type a number and press Enter"
                if question.type == "number"
                else "Type your answer and press Enter"
            )
            typed.focus()
        self.query_one("#quiz-body", VerticalScroll).scroll_home(animate=False)

    # Answering ---------------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#quiz-options")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        question = self.session.current
        if question is None or event.option.id is None:
            return
        self._submit_option(question, int(event.option.id))

    def _submit_option(self, question: Question, index: int) -> None:
        picked = options(question)[index]
        self._submit(picked, f"{option_letter(question, index)}) {picked}")

    def action_pick(self, key: str) -> None:
        """A letter key picks that option (ticks it, in a question with several answers)."""
        question = self.session.current
        if question is None or self.judgement is not None or not options(question):
            return
        letters = [option_letter(question, i) for i in range(len(options(question)))]
        if question.type == "truefalse" and key in "tf":
            index = "tf".index(key)
        elif key in letters:
            index = letters.index(key)
        else:
            return
        if question.type == "multi":
            self.query_one("#quiz-multi", MultiChoice).toggle(index)
        else:
            self._submit_option(question, index)

    @on(MultiChoice.Submitted)
    def _ticked(self) -> None:
        question = self.session.current
        if question is None:
            return
        picks = options(question)
        chosen = sorted(self.query_one("#quiz-multi", MultiChoice).selected)
        texts = [picks[i] for i in chosen]
        shown = "; ".join(f"{option_letter(question, i)}) {picks[i]}" for i in chosen)
        self._submit(texts, shown)

    @on(Input.Submitted, "#quiz-input")
    def _typed(self, event: Input.Submitted) -> None:
        question = self.session.current
        if not event.value.strip():
            self.notify("Type an answer first, or press Ctrl+N to skip.", timeout=3, markup=False)
            return
        if question is not None and question.type == "number" and parse_number(event.value) is None:
            # Not judged: a student who wrote "five hundred" deserves a second go, not a zero.
            self.notify("Write the answer in digits, like 500 or 2.5.", timeout=4, markup=False)
            return
        self._submit(event.value, event.value)

    def _submit(self, response: Response, shown: str) -> None:
        """Judge the response, save it at once, and show the feedback."""
        question = self.session.current
        if question is None or self.judgement is not None:
            return
        judgement = self.session.answer(response)
        self._save(question, shown, judgement)
        self._show_feedback(question, judgement)

    def _save(self, question: Question, shown: str, judgement: Judgement) -> None:
        """Store the answer at once; if the database refuses, say so and carry on."""
        self._responses[question.id] = shown
        self._verdicts[question.id] = judgement.verdict
        prompt = question.prompt
        if question.sentence is not None:
            prompt += f" “{question.sentence.text}”"
        try:
            self._record(question, shown, judgement, prompt)
        except StoreError as error:
            self.notify(
                f"Your answer could not be saved: {error}",
                severity="error",
                timeout=8,
                markup=False,
            )

    def _record(self, question: Question, shown: str, judgement: Judgement, prompt: str) -> None:
        self.app.store.record_answer(  # type: ignore[attr-defined]
            self._attempt(),
            AnswerRecord(
                question_id=question.id,
                prompt=prompt,
                response=shown,
                verdict=judgement.verdict,
                points=judgement.points,
                max_points=judgement.max_points,
                right_answer=right_answer_text(question),
                hint_used=self.session.hint_used(question.id),
            ),
        )

    def _show_feedback(self, question: Question, judgement: Judgement) -> None:
        self.judgement = judgement
        self._judged_at = time.monotonic()
        sign, words, style = VERDICT_LOOK[judgement.verdict]
        points = f"{points_text(judgement.points)} of {points_text(judgement.max_points)} pt"
        parts: list[tuple[str, str] | str] = []
        if judgement.feedback:
            # The grader's own words ("Not right: the answer is ..."), after the sign.
            parts += [(f"{sign} ", style), (visible(judgement.feedback), style), f"   {points}"]
        else:
            parts += [(f"{sign} {words}", style), f"   {points}"]
            if judgement.verdict != "correct":
                parts += ["\nThe answer: ", (visible(right_answer_text(question)), "bold")]
        if question.explain:
            parts += ["\n\n", visible(question.explain)]
        feedback = self.query_one("#quiz-feedback", Static)
        feedback.update(Content.assemble(*parts))
        feedback.display = True
        for selector in ("#quiz-options", "#quiz-multi", "#quiz-input"):
            self.query_one(selector).disabled = True
        button = self.query_one("#quiz-next", Button)
        last = self.session.index + 1 >= len(self.session.questions)
        button.label = "See your results (Enter)" if last else "Next question (Enter)"
        button.display = True
        button.focus()
        # After the layout that makes room for the feedback, so the button is in view.
        body = self.query_one("#quiz-body", VerticalScroll)
        self.call_after_refresh(body.scroll_end, animate=False)

    @on(Button.Pressed, "#quiz-next")
    def _next(self) -> None:
        # Enter pressed twice by reflex would skip the feedback just shown.
        if time.monotonic() - self._judged_at < self.feedback_pause:
            return
        self.session.advance()
        self._show_question()

    def action_skip(self) -> None:
        """Leave this question unanswered and go on."""
        question = self.session.current
        if question is None or self.judgement is not None:
            return
        # Stored as unanswered, so a teacher's export has a row for every question seen.
        self._save(question, SKIPPED, judge(question, None))
        self.session.skip()
        self._show_question()

    def action_hint(self) -> None:
        question = self.session.current
        if question is None:
            return
        text = self.session.use_hint()
        hint = self.query_one("#quiz-hint", Static)
        hint.update(
            Content(visible(f"Hint: {text}")) if text else Content("This question has no hint.")
        )
        hint.display = True

    def action_article(self) -> None:
        """Open the linked article over the quiz; Escape comes back to the same question."""
        if self.quiz.article_path is None:
            self.notify("This quiz is not about a particular article.", timeout=3, markup=False)
            return
        # Labels stay hidden: the quiz asks for them.
        self.post_message(OpenArticle(self.quiz.article_path, reveal=False))

    # Leaving and finishing ---------------------------------------------------------------

    def action_leave(self) -> None:
        """Ask before leaving a quiz that is not finished; answers so far are already saved."""
        if self.session.finished:
            self.dismiss()
            return
        _done, total = self.session.progress
        answered = sum(1 for verdict in self._verdicts.values() if verdict != "unanswered")
        detail = (
            f"You answered {answered} of {total} questions; those answers are saved "
            "and show in your results. The rest stay unanswered."
            if answered
            else "You have not answered anything yet, so there is nothing to lose."
        )

        def decided(leave: bool | None) -> None:
            if leave:
                self.dismiss()

        self.post_message(
            AskConfirm("Leave this quiz?", detail, decided, yes="Leave", no="Keep going")
        )

    def confirm_leave(self) -> None:
        """Ctrl+C (see WhosaysApp.action_interrupt) asks first, as Escape does."""
        self.action_leave()

    def _finish(self) -> None:
        """All questions done: store the totals and show the summary in place of the quiz."""
        result = self.session.summary()
        try:
            self.app.store.finish_attempt(  # type: ignore[attr-defined]
                self._attempt(), result.score, result.percent, result.passed
            )
        except StoreError as error:
            self.notify(
                f"Your result could not be saved: {error}",
                severity="error",
                timeout=8,
                markup=False,
            )
        self.post_message(
            ShowQuizSummary(
                self.session,
                result,
                self._responses,
                self._attempt(),
                retry=self.retry_of is not None,
            )
        )

    def action_help(self) -> None:
        self.post_message(ShowHelp("Quiz", ABOUT))
