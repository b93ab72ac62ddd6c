"""A review session: the quiz questions and practice sentences due today, most overdue first,
each judged by the quiz's or the practice's own judge and kept (which moves its schedule)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, LoadingIndicator, Static
from textual.worker import Worker, WorkerState

from tui.navigation import ShowHelp
from tui.practice.labels import LETTERS, label_words, parse_label
from tui.practice.review import due_today
from tui.practice.review_cards import Card, QuizCard, ReviewAnswer, answer, prepare
from tui.quiz.grading import option_letter, options
from tui.store import StoreError
from tui.terminal_text import visible
from tui.widgets.markdown_content import markdown_content
from tui.widgets.text_field import TextField

ABOUT = (
    "Questions and sentences you missed come back here when they are due (scheduled by "
    "FSRS: soon after a miss, then at growing intervals). Type the answer and press Enter; "
    "Enter again goes on. A practice sentence takes a label letter: n, a, v, u or x."
)


class ReviewScreen(Screen[None]):
    """One due item at a time, typed answer, feedback, next."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    BINDINGS = [
        Binding("question_mark,f1", "help", "Keys", id="review.help"),
        Binding("escape", "back", "Back", id="review.back"),
    ]

    class Loaded(Message):
        """The due items, loaded as cards off the UI thread."""

        def __init__(self, cards: list[Card]) -> None:
            super().__init__()
            self.cards = cards

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[Card] = []
        self.position = 0
        self.right = 0
        self.judged: ReviewAnswer | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content("whosays · review"), id="review-title")
        yield LoadingIndicator(id="review-loading")
        with VerticalScroll(id="review-body"):
            yield Static(id="review-card")
            yield TextField(placeholder="Your answer, then Enter", id="review-input")
            yield Static(id="review-feedback")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#review-input").display = False
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        self.post_message(self.Loaded(prepare(store, due_today(store))))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.query_one("#review-loading").display = False
            self.query_one("#review-card", Static).update(
                Content(f"The review could not be loaded: {event.worker.error}")
            )

    def on_review_screen_loaded(self, message: Loaded) -> None:
        self.cards = message.cards
        self.query_one("#review-loading").display = False
        self._show()

    def _show(self) -> None:
        """The current card, or the end of the session."""
        card_view = self.query_one("#review-card", Static)
        field = self.query_one("#review-input", Input)
        self.query_one("#review-feedback", Static).update("")
        self.judged = None
        if self.position >= len(self.cards):
            field.display = False
            done = (
                f"Review done: {self.right} of {len(self.cards)} right. Missed ones come "
                "back in ten minutes, the rest later. Escape goes back."
                if self.cards
                else "Nothing is due for review today. Escape goes back."
            )
            card_view.update(Content(done))
            return
        card = self.cards[self.position]
        self.query_one("#review-title", Static).update(
            Content(f"whosays · review · {self.position + 1} of {len(self.cards)} due today")
        )
        card_view.update(_card_content(card))
        field.value = ""
        field.display = True
        field.focus()

    @on(Input.Submitted, "#review-input")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.judged is not None:
            self.position += 1
            self._show()
            return
        card = self.cards[self.position]
        response = event.value.strip()
        if not isinstance(card, QuizCard) and parse_label(response) is None:
            self.notify("Answer with a label letter: n, a, v, u or x.", timeout=3, markup=False)
            return
        try:
            self.judged = answer(self.app.store, card, response)  # type: ignore[attr-defined]
        except StoreError as error:
            self.notify(f"Not saved: {error}", severity="warning", timeout=8, markup=False)
            return
        self.right += self.judged.correct
        self._show_feedback(self.judged)

    def _show_feedback(self, judged: ReviewAnswer) -> None:
        parts: list[Content | tuple[str, str] | str] = (
            [("✓ Right", "bold $success")]
            if judged.correct
            else [("✗ Not right", "bold $error"), f": the answer is {visible(judged.right)}"]
        )
        if judged.why:
            parts += ["\nwhy: ", markdown_content(judged.why)]
        parts.append("\nEnter goes on.")
        self.query_one("#review-feedback", Static).update(Content.assemble(*parts))
        self.query_one("#review-input", Input).value = ""

    def action_help(self) -> None:
        self.post_message(ShowHelp("Review", ABOUT))

    def action_back(self) -> None:
        self.dismiss()


def _card_content(card: Card) -> Content:
    """What a card asks, as text the student reads (file text never read as markup)."""
    if isinstance(card, QuizCard):
        question = card.question
        parts: list[Content | tuple[str, str] | str] = [
            (f"From the quiz “{visible(card.quiz.title)}”", "$text-muted"),
            "\n\n",
            markdown_content(question.prompt, "bold"),
        ]
        if question.sentence is not None:
            parts += ["\n\n  ", visible(" ".join(question.sentence.text.split()))]
        for index, choice in enumerate(options(question)):
            parts.append(f"\n  {option_letter(question, index)}) {visible(choice)}")
        return Content.assemble(*parts)
    keys = ", ".join(f"{key} {label_words(label)}" for key, label in LETTERS.items())
    parts = [(f"From “{visible(card.key.article.title)}”: who says so?", "$text-muted")]
    if card.before:
        parts += ["\n\n", (visible(" ".join(card.before.split())), "$text-muted")]
    parts += ["\n\n▶ ", (visible(" ".join(card.text.split())), "bold"), f"\n\nLabel it: {keys}."]
    return Content.assemble(*parts)
