"""Practice: the student labels every sentence, then checks against the key.

The rules live in tui/practice (session, judge, feedback); this screen shows them. Each
label is saved as it is given, so leaving and coming back resumes the attempt.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, LoadingIndicator, Static
from textual.worker import Worker, WorkerState

from tui.analysis import analyze_article
from tui.articles import ArticleError, load_article
from tui.navigation import OpenProgress, ShowHelp
from tui.practice.feedback import summary_lines
from tui.practice.keys import ANALYSER, AnswerKey, load_key, refusal
from tui.practice.labels import LETTERS
from tui.practice.session import PracticeSession
from tui.store import StoreError
from tui.terminal_text import PRINTABLE, visible
from tui.widgets.practice_marks import (
    checked_details,
    checked_row,
    labelling_details,
    labelling_row,
)
from tui.widgets.sentence_list import Row, SentenceList
from tui.widgets.text_field import TextField
from tui.wording import counted

ABOUT = (
    "Decide for yourself who says so. Step through the sentences (Tab or j, Shift+Tab or k, "
    "the arrows) and label each: n named, a anonymous, v vague, u unattributed (no source), "
    "x not a claim; Backspace clears. Every label is saved at once: leave and come back to "
    "go on. Press c to check against the key: each sentence then shows your letter beside "
    "the key's, d steps through only the disagreements, w says you think the key is wrong. "
    "The score rewards finding unsourced claims and not doubting sourced ones."
)


def _label_binding(key: str, label: str) -> Binding:
    return Binding(key, f"label('{label}')", label, id=f"practice.{label}", show=False)


class PracticeScreen(Screen[None]):
    """One article to label, then the check; loads and analyses in a worker."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    BINDINGS = [
        *(_label_binding(key, label) for key, label in LETTERS.items()),
        Binding("backspace,delete", "label(None)", "Clear", id="practice.clear", show=False),
        Binding("tab,j,down", "step(1)", "Next", id="practice.next"),
        Binding("shift+tab,k,up", "step(-1)", "Previous", id="practice.previous", show=False),
        Binding("home", "jump(0)", "First sentence", id="practice.first", show=False),
        Binding("end", "jump(-1)", "Last sentence", id="practice.last", show=False),
        Binding("c", "check", "Check", id="practice.check", tooltip="Check against the key"),
        Binding(
            "d",
            "disagreements",
            "Disagreements",
            id="practice.disagreements",
            tooltip="Step through only the sentences where you and the key disagree",
        ),
        Binding(
            "w",
            "dispute",
            "Key wrong?",
            id="practice.dispute",
            tooltip="Say you think the key is wrong here (kept for your teacher)",
        ),
        Binding("r", "again", "Again", id="practice.again", tooltip="Practise this article again"),
        Binding("p", "progress", "Progress", id="practice.progress", tooltip="Your progress"),
        Binding("question_mark,f1", "help", "Keys", id="practice.help"),
        Binding("escape", "back", "Back", id="practice.back"),
    ]

    class Ready(Message):
        """The article is analysed, its key loaded and any earlier attempt resumed."""

        def __init__(self, session: PracticeSession) -> None:
            super().__init__()
            self.session = session

    class Failed(Message):
        """The article cannot be practised; `error` is fit to show."""

        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(self, path: Path, article_id: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.article_id = article_id
        self.session: PracticeSession | None = None
        self.cursor: int | None = None
        self.only_disagreements = False
        #: Sentence indices in the order the list shows them.
        self.shown: list[int] = []
        self._paragraphs: list[int] = []
        self._save_failed = False

    def compose(self) -> ComposeResult:
        yield Static(Content(f"Practice · {visible(self.path.name)}"), id="practice-title")
        yield Static(id="practice-key")
        yield LoadingIndicator(id="practice-loading")
        yield SentenceList(id="practice-list")
        with VerticalScroll(id="practice-panel"):
            yield Static(id="practice-details")
        yield TextField(
            placeholder="Why is the key wrong here? (optional) Enter saves, Escape cancels",
            id="practice-dispute",
            compact=True,
            restrict=PRINTABLE,
        )
        yield Static(id="practice-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#practice-dispute").display = False
        self.query_one("#practice-panel").display = False
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _load(self) -> None:
        """Read, analyse, load the key and resume, off the UI thread."""
        try:
            article = load_article(self.path, self.article_id)
        except ArticleError as error:
            self.post_message(self.Failed(str(error)))
            return
        why = refusal(article)
        if why:
            self.post_message(self.Failed(why))
            return
        key = load_key(analyze_article(article))
        store = self.app.store  # type: ignore[attr-defined]
        self.post_message(self.Ready(PracticeSession.resume_or_start(store, key)))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.post_message(self.Failed(f"{self.path}: {event.worker.error}"))

    def on_practice_screen_failed(self, message: Failed) -> None:
        self.app.notify(
            message.error, title="Cannot practise", severity="error", timeout=10, markup=False
        )
        self.dismiss()

    def on_practice_screen_ready(self, message: Ready) -> None:
        session = message.session
        self.session = session
        article = session.key.article
        self._paragraphs = [p.start + article.body_start for p in article.paragraphs]
        self.query_one("#practice-loading").display = False
        self.query_one("#practice-title", Static).update(
            Content(f"Practice · {visible(article.title)}")
        )
        self._show_key(session.key)
        first = session.next_unlabelled(-1)
        self._fill()
        self._move_to(first if first is not None else 0)
        self.query_one(SentenceList).focus()
        if session.resumed:
            self.notify(
                f"Welcome back: {len(session.answers)} of {session.total} already labelled.",
                timeout=4,
                markup=False,
            )

    def _show_key(self, key: AnswerKey) -> None:
        """Say which key marks this attempt; a machine key is said to be fallible."""
        line = self.query_one("#practice-key", Static)
        if key.kind == ANALYSER:
            line.update(
                Content.assemble(
                    ("Key: the analyser's labels", "bold $warning"),
                    " — a machine key, which can be wrong",
                )
            )
        else:
            name = key.path.name if key.path else "the teacher's key"
            line.update(
                Content.assemble(("Key: ", "bold"), f"a teacher's answer key ({visible(name)})")
            )
        if key.problems:
            self.notify(
                f"{visible(str(key.problems[0]))} (and {len(key.problems) - 1} more; "
                "whosays check lists them). Sentences it does not cover are not scored.",
                title="The answer key has problems",
                severity="warning",
                timeout=10,
                markup=False,
            )

    # The list ----------------------------------------------------------------------------

    def _paragraph(self, index: int) -> int:
        assert self.session is not None
        return bisect_right(self._paragraphs, self.session.key.sentences[index].start)

    def _row(self, index: int) -> Row:
        assert self.session is not None
        session = self.session
        if session.result is None:
            sentence = session.key.sentences[index]
            return labelling_row(sentence.text, session.answers.get(index), self._paragraph(index))
        return checked_row(
            session.result.verdicts[index], index in session.disputes, self._paragraph(index)
        )

    def _fill(self) -> None:
        """Show every sentence, or only the disagreements."""
        session = self.session
        if session is None:
            return
        if session.result is not None and self.only_disagreements:
            self.shown = session.result.disagreements()
        else:
            self.shown = list(range(session.total))
        self.query_one(SentenceList).set_rows([self._row(i) for i in self.shown])
        self._show_status()

    def _move_to(self, index: int | None) -> None:
        """Put the cursor on a sentence (an index into the article's sentences)."""
        self.cursor = index
        sentences = self.query_one(SentenceList)
        sentences.set_cursor(self.shown.index(index) if index in self.shown else None)
        self._show_details()

    def _show_details(self) -> None:
        session = self.session
        panel = self.query_one("#practice-panel")
        details = self.query_one("#practice-details", Static)
        if session is None:
            return
        if session.result is not None and self.cursor is None:
            details.update(Content("\n".join(summary_lines(session.result.scores))))
            panel.display = True
            return
        if self.cursor is None:
            panel.display = False
            return
        number = self.cursor + 1
        if session.result is None:
            content = labelling_details(number, session.total, session.answers.get(self.cursor))
        else:
            content = checked_details(
                session.result.verdicts[self.cursor],
                number,
                session.total,
                session.disputes.get(self.cursor),
            )
        details.update(content)
        panel.display = True

    def _show_status(self) -> None:
        session = self.session
        status = self.query_one("#practice-status", Static)
        if session is None:
            return
        if session.result is not None:
            count = len(session.result.disagreements())
            view = "only the disagreements" if self.only_disagreements else "every sentence"
            status.update(
                Content(
                    f"Checked · {counted(count, 'disagreement')} · showing {view} · d toggles · "
                    "w: the key is wrong · r: again"
                )
            )
            return
        done = len(session.answers)
        left = session.total - done
        status.update(
            Content(
                f"All {done} labelled: press c to check"
                if not left
                else f"{done} of {session.total} labelled, {left} left · c checks · ? keys"
            )
        )

    @on(SentenceList.Chosen)
    def _chosen(self, event: SentenceList.Chosen) -> None:
        self._move_to(self.shown[event.row])

    # Actions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Labelling keys before the check; disagreements, disputes and again after it."""
        checked = self.session is not None and self.session.result is not None
        if action in ("label", "check"):
            return not checked
        if action in ("disagreements", "dispute", "again"):
            return checked
        return True

    def action_step(self, step: int) -> None:
        if not self.shown:
            return
        if self.cursor is None or self.cursor not in self.shown:
            self._move_to(self.shown[0 if step > 0 else -1])
            return
        position = self.shown.index(self.cursor) + step
        self._move_to(self.shown[max(0, min(len(self.shown) - 1, position))])

    def action_jump(self, position: int) -> None:
        if self.shown:
            self._move_to(self.shown[position])

    def action_label(self, label: str | None) -> None:
        """Give (or clear) the label of the sentence under the cursor, save it, move on."""
        session = self.session
        if session is None or self.cursor is None or session.result is not None:
            return
        index = self.cursor
        try:
            session.give(index, label)
        except StoreError as error:
            if not self._save_failed:
                self._save_failed = True
                self.notify(
                    f"Your labels are not being saved: {error}",
                    severity="warning",
                    timeout=8,
                    markup=False,
                )
        self.query_one(SentenceList).update_row(self.shown.index(index), self._row(index))
        self._show_status()
        if label is None:
            self._show_details()
            return
        if not session.unlabelled():
            self._show_details()
            self.notify("Every sentence is labelled: press c to check.", timeout=4, markup=False)
            return
        self._move_to(min(index + 1, session.total - 1))

    def action_check(self) -> None:
        session = self.session
        if session is None or session.result is not None:
            return
        if not session.answers:
            self.notify("Label some sentences first (n, a, v, u or x).", timeout=4, markup=False)
            return
        try:
            session.check()
        except StoreError as error:
            self.notify(
                f"The result is not saved: {error}", severity="warning", timeout=8, markup=False
            )
        self.cursor = None
        self._fill()
        self._move_to(None)
        self.refresh_bindings()

    def action_disagreements(self) -> None:
        session = self.session
        if session is None or session.result is None:
            return
        if not session.result.disagreements() and not self.only_disagreements:
            self.notify("No disagreements with the key.", timeout=3, markup=False)
            return
        self.only_disagreements = not self.only_disagreements
        self._fill()
        self._move_to(self.shown[0] if self.only_disagreements and self.shown else None)

    def action_dispute(self) -> None:
        session = self.session
        if session is None or session.result is None:
            return
        if self.cursor is None or session.result.verdicts[self.cursor].key is None:
            self.notify("Move to a sentence first (Tab or j).", timeout=3, markup=False)
            return
        field = self.query_one("#practice-dispute", Input)
        field.value = session.disputes.get(self.cursor, "")
        field.display = True
        field.focus()

    @on(Input.Submitted, "#practice-dispute")
    def _dispute_given(self, event: Input.Submitted) -> None:
        session = self.session
        self._close_dispute()
        if session is None or self.cursor is None:
            return
        try:
            session.dispute(self.cursor, event.value.strip())
        except StoreError as error:
            self.notify(f"Not saved: {error}", severity="warning", timeout=8, markup=False)
            return
        self.query_one(SentenceList).update_row(
            self.shown.index(self.cursor), self._row(self.cursor)
        )
        self._show_details()
        self.notify("Noted: your teacher sees it in the export.", timeout=4, markup=False)

    def _close_dispute(self) -> None:
        field = self.query_one("#practice-dispute", Input)
        field.display = False
        self.query_one(SentenceList).focus()

    def action_again(self) -> None:
        """A fresh attempt at the same article (the checked one stays in the progress)."""
        if self.session is None:
            return
        self.session = PracticeSession(self.session.store, self.session.key)
        self.only_disagreements = False
        self.refresh_bindings()
        self._fill()
        self._move_to(0)

    def action_progress(self) -> None:
        self.post_message(OpenProgress())

    def action_help(self) -> None:
        self.post_message(ShowHelp("Practice", ABOUT))

    def action_back(self) -> None:
        """Escape closes the dispute box, then the sentence (showing the summary), then leaves."""
        field = self.query_one("#practice-dispute", Input)
        if field.display:
            self._close_dispute()
            return
        if self.session is not None and self.session.result is not None and self.cursor is not None:
            self._move_to(None)
            return
        self.dismiss()
