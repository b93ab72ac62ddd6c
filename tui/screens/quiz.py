"""Taking a quiz: one question at a time, a hint on request, feedback at once, nothing lost.

The screen only renders a QuizSession and saves each judgement as it is made; every rule
(judging, order, retries) lives in tui.quiz, the same code `whosays grade` runs.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from tui.navigation import AskConfirm, CloseQuiz, OpenArticle, ShowHelp, ShowQuizSummary
from tui.quiz.answers import label_meant
from tui.quiz.grading import (
    Judgement,
    Response,
    choice_letter,
    option_letter,
    options,
    points_text,
    refusal,
    right_answer_text,
    skipped,
)
from tui.quiz.model import SENTENCE_LABELS, Question, Quiz
from tui.quiz.recording import SittingRecorder
from tui.quiz.session import QuizSession
from tui.results import ResumedAttempt
from tui.store import AnswerRecord
from tui.terminal_text import PRINTABLE, visible
from tui.widgets.markdown_content import markdown_content
from tui.widgets.text_field import TextField
from tui.widgets.tick_list import TickList
from tui.widgets.verdict_look import VERDICT_LOOK

ABOUT = (
    "Answer one question at a time. Pick a choice with the arrows and Enter or its letter "
    "(Space or the letter ticks the choices of a question with several answers, Enter "
    "submits them). For a label, type the label or its letter and press Enter. Or type an "
    "answer and press Enter: small typos are forgiven, and a near miss gets one more try. "
    "You see at once whether you were right, the right answer and why. Every answer is "
    "saved as soon as it is judged: leave, and you can go on where you stopped next time."
)

#: What is stored and shown as the response to a skipped question.
SKIPPED = "(skipped)"


class MultiChoice(TickList[int]):
    """Choices to tick with Space; Enter submits them all (a plain list would toggle).

    A ticked choice shows [x] and an unticked one [ ] (TickList draws them, and wraps long
    choices): told apart by a character, not by colour or reverse video alone.
    """

    BINDINGS = [Binding("enter", "submit", "Submit answer", id="quiz.submit-multi")]

    class Submitted(Message):
        """The student pressed Enter to submit the ticked choices."""

    def action_submit(self) -> None:
        self.post_message(self.Submitted())


class QuizScreen(Screen[None]):
    """One sitting of a quiz (or of its missed questions, for a retry)."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

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
    #: The clock the pause is measured on (a test steps its own instead of sleeping).
    clock = staticmethod(time.monotonic)

    def __init__(
        self,
        quiz: Quiz,
        questions: Sequence[Question] | None = None,
        retry_of: int | None = None,
        seed: int | None = None,
        resume: ResumedAttempt | None = None,
    ) -> None:
        super().__init__()
        self.quiz = quiz
        if resume is not None:
            seed = resume.seed
        self.session = QuizSession(
            quiz, seed=seed, questions=questions, done=resume.judgements if resume else None
        )
        self.retry_of = retry_of
        self.recorder: SittingRecorder | None = None
        self._resumed_attempt = resume.attempt_id if resume else None
        self._unsaved_said = False
        self.judgement: Judgement | None = None
        self._responses: dict[str, str] = dict(resume.responses) if resume else {}
        self._verdicts: dict[str, str] = {
            key: j.verdict for key, j in (resume.judgements.items() if resume else ())
        }
        self._judged_at = 0.0
        #: What the student has typed for a label question, before Enter.
        self._typed_label = ""
        #: The option indices in the order shown for the current question.
        self._shown: list[int] = []

    @property
    def attempt_id(self) -> int | None:
        """The sitting's attempt in the database (None until the first answer is saved)."""
        return self.recorder.attempt_id if self.recorder else self._resumed_attempt

    @property
    def quiz_id(self) -> str:
        """The id results are stored under: the quiz file's name without its extension."""
        return self.quiz.id

    def compose(self) -> ComposeResult:
        yield Static(id="quiz-title")
        yield ProgressBar(total=len(self.session.questions), show_eta=False, id="quiz-progress")
        with VerticalScroll(id="quiz-body"):
            yield Static(id="quiz-prompt")
            yield Static(id="quiz-sentence")
            yield Static(id="quiz-hint")
            yield OptionList(id="quiz-options")
            yield Static(id="quiz-typed")
            yield MultiChoice(id="quiz-multi")
            yield TextField(id="quiz-input", restrict=PRINTABLE)
            yield Static(id="quiz-feedback")
            yield Button("Next question (Enter)", id="quiz-next", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.recorder = SittingRecorder(
            self.app.store,  # type: ignore[attr-defined]
            self.quiz_id,
            self.quiz.title,
            str(self.quiz.path) if self.quiz.path else None,
            max_score=sum(q.points for q in self.session.questions),
            retry_of=self.retry_of,
            seed=self.session.seed,
            attempt_id=self._resumed_attempt,
        )
        self._show_question()

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
        self.query_one("#quiz-prompt", Static).update(markdown_content(question.prompt, "bold"))
        sentence = self.query_one("#quiz-sentence", Static)
        sentence.display = question.sentence is not None
        if question.sentence is not None:
            sentence.update(Content.styled(visible(f"“{question.sentence.text}”"), "italic"))
        hint = self.query_one("#quiz-hint", Static)
        hint.display = False
        self.query_one("#quiz-feedback", Static).display = False
        self.query_one("#quiz-next", Button).display = False
        picks = options(question)
        self._shown = self.session.shown_options(question)
        self._typed_label = ""
        self.query_one("#quiz-typed", Static).display = False
        single = self.query_one("#quiz-options", OptionList)
        multi = self.query_one("#quiz-multi", MultiChoice)
        typed = self.query_one("#quiz-input", Input)
        single.display = bool(picks) and question.type != "multi"
        multi.display = question.type == "multi"
        typed.display = not picks
        for widget in (single, multi, typed):
            widget.disabled = False
        shown = [(self._letter(question, place), index) for place, index in enumerate(self._shown)]
        if question.type == "multi":
            multi.clear_options()
            multi.add_options([(Content(visible(f"{key}) {picks[i]}")), i) for key, i in shown])
            multi.border_title = "Space or a letter ticks a choice · Enter submits"
            multi.highlighted = 0
            multi.focus(scroll_visible=False)
        elif picks:
            single.clear_options()
            single.add_options(
                [Option(Content(visible(f"{key}) {picks[i]}")), id=str(i)) for key, i in shown]
            )
            single.border_title = (
                "Type a label or its letter · Enter answers" if question.type == "label" else None
            )
            single.highlighted = 0
            single.focus(scroll_visible=False)
        else:
            typed.value = ""
            typed.placeholder = (
                "Type a number and press Enter"
                if question.type == "number"
                else "Type your answer and press Enter"
            )
            typed.focus(scroll_visible=False)
        # After the layout: focusing the answer scrolls it into view, and in a small
        # terminal (40x12) that scrolled the prompt out of sight before it was read. The
        # prompt comes first; the scrollbar shows there is more, and the keys answer anyway.
        body = self.query_one("#quiz-body", VerticalScroll)
        self.call_after_refresh(body.scroll_home, animate=False, immediate=True)

    # Answering ---------------------------------------------------------------------------

    def _letter(self, question: Question, place: int) -> str:
        """The letter of the option shown at `place`: by position, but a label's initial."""
        if question.type in ("label", "truefalse"):
            return option_letter(question, self._shown[place])
        return choice_letter(place)

    @on(OptionList.OptionSelected, "#quiz-options")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        question = self.session.current
        if question is None or event.option.id is None:
            return
        if question.type == "label" and self._typed_label.strip():
            self._submit_typed_label(question)
            return
        self._submit_option(question, int(event.option.id))

    def _submit_option(self, question: Question, index: int) -> None:
        """Submit option `index` (in file order); the stored answer is its text."""
        picked = options(question)[index]
        self._submit(picked, picked)

    def _submit_typed_label(self, question: Question) -> None:
        typed = self._typed_label.strip()
        if (reason := refusal(question, typed)) is not None:
            # Not judged: the student gets another go, as with a number that is not one.
            self.notify(visible(f"'{typed}' {reason}."), timeout=4, markup=False)
            return
        # A letter is stored as its label ("named"); a word as the student typed it.
        label = label_meant(typed)
        self._submit(typed, label if label and len(typed) == 1 else typed)

    def on_key(self, event: events.Key) -> None:
        """A label question reads typed words ("unnamed"), answering only on Enter.

        Any key also brings the focused answer into view: it is focused without scrolling
        to it, so that in a small terminal the prompt is read first."""
        focused = self.focused
        if focused is not None and focused.id in ("quiz-options", "quiz-multi", "quiz-input"):
            focused.scroll_visible(animate=False, immediate=True)
        question = self.session.current
        if question is None or question.type != "label" or self.judgement is not None:
            return
        if event.key == "backspace" and self._typed_label:
            self._typed_label = self._typed_label[:-1]
        elif event.character and (
            event.character.isalpha() or (self._typed_label and event.character in " -")
        ):
            self._typed_label += event.character
        else:
            return
        event.stop()
        event.prevent_default()
        label = label_meant(self._typed_label) if self._typed_label else None
        self._echo_typed_label(label)
        if label is not None:
            single = self.query_one("#quiz-options", OptionList)
            single.highlighted = self._shown.index(SENTENCE_LABELS.index(label))

    def _echo_typed_label(self, label: str | None) -> None:
        """Under the choices, in plain sight: what the student has typed, and what Enter will
        answer with it (a student typing a word must see it, not a corner of the frame)."""
        echo = self.query_one("#quiz-typed", Static)
        echo.display = bool(self._typed_label)
        meaning = f"Enter answers “{label}”" if label else "not a label yet"
        echo.update(Content(visible(f"You typed: {self._typed_label}▏ · {meaning}")))
        if echo.display:  # below the choices: in a small terminal, it is scrolled to
            self.call_after_refresh(echo.scroll_visible, animate=False)

    def action_pick(self, key: str) -> None:
        """A letter key picks the option shown with it (ticks it, in a multi question)."""
        question = self.session.current
        if question is None or self.judgement is not None or not options(question):
            return
        letters = [self._letter(question, place) for place in range(len(self._shown))]
        if question.type == "truefalse" and key in "tf":
            index = "tf".index(key)
        elif key in letters:
            index = self._shown[letters.index(key)]
        else:
            return
        if question.type == "multi":
            self.query_one("#quiz-multi", MultiChoice).toggle(index)
        else:
            self._submit_option(question, index)

    @on(MultiChoice.Submitted)
    def _ticked(self) -> None:
        question = self.session.current
        if question is None or self.judgement is not None:
            return
        picks = options(question)
        chosen = [
            i for i in self._shown if i in self.query_one("#quiz-multi", MultiChoice).selected
        ]
        if not chosen:

            def decided(skip: bool) -> None:
                if skip:
                    self.action_skip()

            self.post_message(
                AskConfirm(
                    "Nothing is ticked",
                    "Tick every right choice with Space or its letter, then press Enter. "
                    "Or skip this question?",
                    decided,
                    yes="Skip it",
                    no="Go back",
                )
            )
            return
        texts = [picks[i] for i in chosen]
        self._submit(texts, "; ".join(texts))

    @on(Input.Changed, "#quiz-input")
    def _typing(self, event: Input.Changed) -> None:
        """The box takes its keys itself: typing brings it into view (see on_key)."""
        event.input.scroll_visible(animate=False, immediate=True)

    @on(Input.Submitted, "#quiz-input")
    def _typed(self, event: Input.Submitted) -> None:
        question = self.session.current
        if not event.value.strip():
            self.notify("Type an answer first, or press Ctrl+N to skip.", timeout=3, markup=False)
            return
        reason = refusal(question, event.value) if question is not None else None
        if reason is not None:
            # Not judged: a student who wrote "about 500 or so" deserves a second go, not a zero.
            self.notify(visible(f"'{event.value.strip()}' {reason}."), timeout=4, markup=False)
            return
        self._submit(event.value, event.value)

    def _submit(self, response: Response, shown: str) -> None:
        """Judge the response, save it at once, and show the feedback."""
        question = self.session.current
        if question is None or self.judgement is not None:
            return
        judgement = self.session.answer(response)
        self._save(question, shown, judgement)
        if self.session.may_try_again(question.id):
            self._offer_second_try()
            return
        self._show_feedback(question, judgement)

    def _offer_second_try(self) -> None:
        """A near miss: say so, and leave the answer in the box to correct once."""
        feedback = self.query_one("#quiz-feedback", Static)
        sign, _words, style = VERDICT_LOOK["close"]
        feedback.update(
            Content.assemble(
                (f"{sign} Close: check your spelling and try once more.", style),
            )
        )
        feedback.display = True
        self.query_one("#quiz-input", Input).focus()

    def _save(self, question: Question, shown: str, judgement: Judgement) -> None:
        """Store the answer at once; if the database refuses, keep it and say so (once)."""
        self._responses[question.id] = shown
        self._verdicts[question.id] = judgement.verdict
        prompt = question.prompt
        if question.sentence is not None:
            prompt += f" “{question.sentence.text}”"
        assert self.recorder is not None
        error = self.recorder.record(
            AnswerRecord(
                question_id=question.id,
                prompt=prompt,
                response=shown,
                verdict=judgement.verdict,
                points=judgement.points,
                max_points=judgement.max_points,
                right_answer=right_answer_text(question),
                hint_used=self.session.hint_used(question.id),
                position=self.quiz.questions.index(question),
                question_type=question.type,
            )
        )
        self._say_if_unsaved(error)

    def _say_if_unsaved(self, error: str | None) -> None:
        """One notice when saving starts failing, not one per answer."""
        if error is None:
            self._unsaved_said = False
            return
        if not self._unsaved_said:
            self._unsaved_said = True
            self.notify(
                f"Your answers are kept but not saved yet ({error}). They are saved as soon "
                "as the database can be written; the results screen can also export them.",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def _show_feedback(self, question: Question, judgement: Judgement) -> None:
        self.judgement = judgement
        self._judged_at = self.clock()
        sign, words, style = VERDICT_LOOK[judgement.verdict]
        points = f"{points_text(judgement.points)} of {points_text(judgement.max_points)} pt"
        # The grader's own words ("Not right.", "Partly right: ..."), after the sign; then,
        # for every answer that is not right, the same two things: the answer, and why.
        parts: list[Content | tuple[str, str] | str] = [
            (f"{sign} ", style),
            (visible(judgement.feedback or words), style),
            f"   {points}",
        ]
        if judgement.verdict != "correct":
            parts += ["\nThe answer: ", (visible(right_answer_text(question)), "bold")]
        if question.explain:
            parts += ["\n\n", markdown_content(question.explain)]
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
        if self.clock() - self._judged_at < self.feedback_pause:
            return
        self.session.advance()
        self._show_question()

    def action_skip(self) -> None:
        """Leave this question unanswered and go on."""
        question = self.session.current
        if question is None or self.judgement is not None:
            return
        # Stored as skipped, so a teacher's export has a row for every question seen.
        self._save(question, SKIPPED, skipped(question))
        self.session.skip()
        self._show_question()

    def action_hint(self) -> None:
        question = self.session.current
        if question is None:
            return
        text = self.session.use_hint()
        hint = self.query_one("#quiz-hint", Static)
        hint.update(
            Content("Hint: ") + markdown_content(text)
            if text
            else Content("This question has no hint.")
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
        """Ask before leaving a quiz with answers in it (they are saved, and the quiz can be
        resumed); with nothing answered there is nothing to ask about."""
        answered = sum(1 for verdict in self._verdicts.values() if verdict != "skipped")
        if self.session.finished or not answered:
            self.post_message(CloseQuiz())
            return
        _done, total = self.session.progress
        detail = (
            f"You answered {answered} of {total} questions; those answers are saved. "
            "Open the quiz again to go on where you stopped."
        )

        def decided(leave: bool | None) -> None:
            if leave:
                self.post_message(CloseQuiz())

        self.post_message(
            AskConfirm("Leave this quiz?", detail, decided, yes="Leave", no="Keep going")
        )

    def confirm_leave(self) -> None:
        """Ctrl+C (see WhosaysApp.action_interrupt) asks first, as Escape does."""
        self.action_leave()

    def _finish(self) -> None:
        """All questions done: store the totals and show the summary in place of the quiz."""
        result = self.session.summary()
        assert self.recorder is not None
        self._say_if_unsaved(self.recorder.finish(result.score, result.percent, result.passed))
        self.post_message(
            ShowQuizSummary(
                self.session,
                result,
                self._responses,
                self.recorder,
                retry=self.retry_of is not None,
            )
        )

    def action_help(self) -> None:
        self.post_message(ShowHelp("Quiz", ABOUT))
