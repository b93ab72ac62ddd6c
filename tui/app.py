"""The Textual application: screens, the saved theme, app-wide keys."""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import Footer

from tui import paths
from tui.keymap import load_keymap
from tui.navigation import (
    AskConfirm,
    AskImportSource,
    AskMetadata,
    CloseQuiz,
    DraftQuiz,
    OpenArticle,
    OpenHistory,
    OpenPractice,
    OpenProgress,
    OpenQuiz,
    OpenReview,
    ShowGlossary,
    ShowHelp,
    ShowQuizSummary,
)
from tui.screens.library import LibraryScreen
from tui.startup import resume_collector
from tui.store import Store, StoreError
from tui.terminal_text import visible
from tui.widgets.footer import SteadyFooter
from tui.widgets.label_style import LABEL_COLOURS

if TYPE_CHECKING:
    from tui.articles import Article
    from tui.quiz.model import Quiz
    from tui.results import ResumedAttempt

# The other screens are imported by the handlers that open them: only the library is on
# the first screen, and importing the reader (with the analyser's patterns), the quiz (with
# the grader) and the rest at start-up cost about 100 ms before anything showed.

_STARTED = time.perf_counter()


class WhosaysApp(App[None]):
    """whosays: a library of articles, a reader that shows who says so, and quizzes."""

    CSS_PATH = "app.tcss"
    TITLE = "whosays"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True, show=False),
        # Students press Ctrl+C to leave: it quits, even from a text box (where it would copy),
        # unless the screen has something to ask first (a quiz in progress).
        Binding("ctrl+c", "interrupt", "Quit", id="quit-ctrl-c", show=False, priority=True),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            id="palette",
            show=False,
            tooltip="Commands, including the theme (light or dark)",
        ),
    ]

    def __init__(
        self,
        article_path: Path | None = None,
        store: Store | None = None,
        quiz: Quiz | None = None,
        practice_path: Path | None = None,
        article: Article | None = None,
    ) -> None:
        """`article`, already loaded, opens in the reader without being read again."""
        super().__init__()
        self._article = article
        self._article_path = article_path
        self._quiz = quiz
        self._practice_path = practice_path
        self._store = store
        self.ready_ms: float | None = None

    @property
    def store(self) -> Store:
        """The database, opened by the first screen or handler that asks (tests pass their own).

        The library, the first screen, may mount before the app does (see
        `get_default_screen`) and reads the reading positions from it.
        """
        if self._store is None:
            self._store = Store(paths.database_path())
        return self._store

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notice of every screen comes here: its text is shown, never obeyed.

        Notices carry file names, quiz text and database errors, so control characters are
        made visible (tui.terminal_text.visible) and markup is never read.
        """
        super().notify(
            visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False
        )

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """The label colours, as theme variables so a theme may change them."""
        return {f"label-{label}": colour for label, colour in LABEL_COLOURS.items()}

    def get_default_screen(self) -> Screen[None]:
        """The library, as the bottom of the stack (`whosays quiz` has a blank screen there).

        Pushed from `on_mount` instead, it was composed, laid out and drawn while Textual
        still held the app's first update back, and drawn again once that was let go: about
        15 ms of CPU before the library showed.
        """
        if self._quiz is not None:
            return super().get_default_screen()
        return LibraryScreen()

    def on_mount(self) -> None:
        # Reads that fail mid-session (a damaged or vanished file) say so here; the screens
        # get nothing back and carry on. May be called from a worker: notify is thread-safe.
        self.store.listen(self._database_problem)
        saved_theme = self.store.setting("theme")
        if saved_theme in self.available_themes:
            self.theme = saved_theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.screen_change_signal.subscribe(self, lambda _screen: self._fit_footer())
        keymap, keymap_error = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        if keymap_error:
            self.notify(keymap_error, title="Keymap", severity="warning", timeout=10, markup=False)
        if self.store.notice:
            self.notify(
                self.store.notice, title="Database", severity="warning", timeout=15, markup=False
            )
        if self._quiz is not None:
            # `whosays quiz`: the quiz alone, and back to the shell when it is done.
            self.post_message(OpenQuiz(self._quiz))
        if self._article is not None and self._article.path is not None:
            self.on_open_article(OpenArticle(self._article.path, article=self._article))
        elif self._article_path is not None:
            self.on_open_article(OpenArticle(self._article_path))
        if self._practice_path is not None:
            self.on_open_practice(OpenPractice(self._practice_path))
        # Through the app's queue: Textual runs "after refresh" callbacks before the first
        # paint while the app starts, and the collector was let go before anything showed.
        self.call_later(self.call_after_refresh, self._log_ready)

    async def action_interrupt(self) -> None:
        """Ctrl+C: quit at once, or let the screen ask first if it defines `confirm_leave`."""
        # A quiz under the article it opened must still ask first.
        for screen in reversed(self.screen_stack):
            confirm = getattr(screen, "confirm_leave", None)
            if confirm is not None:
                while self.screen is not screen:
                    await self.pop_screen()  # show the quiz behind its question
                confirm()
                return
        await self.action_quit()

    async def action_quit(self) -> None:
        """Let every open screen save what it holds (a reading position), then exit."""
        for screen in self.screen_stack:
            save = getattr(screen, "save_state", None)
            if save is not None:
                save()
        self.exit()

    # Navigation: screens ask, the app opens (see tui/navigation.py) ---------------------

    def on_open_article(self, request: OpenArticle) -> None:
        from tui.screens.reader import ReaderScreen

        self.push_screen(
            ReaderScreen(
                request.path,
                article_id=request.article_id,
                reveal=request.reveal,
                article=request.article,
            )
        )

    def on_open_quiz(self, request: OpenQuiz) -> None:
        """Open a sitting; offer to go on with an unfinished one first (a retry never is)."""
        from tui.practice.records import local_time
        from tui.results import resumable_attempt

        resume = None
        if request.retry_of is None and request.questions is None:
            resume = resumable_attempt(self.store, request.quiz)
        if resume is None:
            self._open_quiz(request)
            return
        total = len(request.quiz.questions)
        when = local_time(resume.started_at)

        def answered(start_again: bool) -> None:
            if not start_again:
                self._open_quiz(request, resume)
                return
            try:
                self.store.abandon_attempt(resume.attempt_id)
            except StoreError as error:
                self.notify(str(error), severity="warning", timeout=8, markup=False)
            self._open_quiz(request)

        # "Go on" is the safe answer (Escape, n, the focused button): nothing is given up.
        self.post_message(
            AskConfirm(
                "Give up your unfinished attempt and start again?",
                f"You stopped after answering {resume.answered} of {total} questions ({when}). "
                "No (n, Enter) goes on where you stopped; yes (y) starts again, and that "
                "attempt is kept, marked abandoned.",
                answered,
                yes="Start again",
                no="Go on",
            )
        )

    def _open_quiz(self, request: OpenQuiz, resume: ResumedAttempt | None = None) -> None:
        from tui.screens.quiz import QuizScreen

        screen = QuizScreen(
            request.quiz, questions=request.questions, retry_of=request.retry_of, resume=resume
        )
        if request.replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def on_draft_quiz(self, request: DraftQuiz) -> None:
        """Ask, then write a draft quiz into the user's quizzes, and say where it is."""
        from tui.quiz.draft import DraftError, answer_key_file, draft_target, write_draft

        article = request.analysis.article
        assert article.path is not None
        target = draft_target(article.path, paths.user_quizzes_dir())

        def answered(yes: bool) -> None:
            if not yes:
                return
            try:
                _text, draft = write_draft(request.analysis, target)
            except DraftError as error:
                self.notify(str(error), severity="error", timeout=10, markup=False)
                return
            self.notify(
                f"Wrote {len(draft.quiz.questions)} questions to {target}. Review and edit "
                f"it, then: whosays check {target.name}",
                title="Draft quiz",
                timeout=20,
                markup=False,
            )
            editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
            if editor:
                self._offer_editor(editor, target)

        self.post_message(
            AskConfirm(
                "Draft a quiz on this article?",
                f"whosays writes a starter quiz to {target} from "
                + ("your answer key" if answer_key_file(article.path) else "the analyser's labels")
                + ". A teacher must review every question before students take it.",
                answered,
                yes="Draft it",
                no="Cancel",
            )
        )

    def _offer_editor(self, editor: str, target: Path) -> None:
        def answered(yes: bool) -> None:
            if yes:
                with self.suspend():
                    subprocess.run([*shlex.split(editor), str(target)], check=False)

        self.post_message(
            AskConfirm(f"Open it in {editor} now?", str(target), answered, yes="Open", no="Later")
        )

    def on_close_quiz(self, _request: CloseQuiz) -> None:
        if self._quiz is not None and len(self.screen_stack) <= 2:
            self.exit()  # `whosays quiz`: nothing under the quiz but the blank default screen
        else:
            self.pop_screen()

    def on_show_quiz_summary(self, request: ShowQuizSummary) -> None:
        from tui.screens.quiz_summary import QuizSummaryScreen

        self.switch_screen(
            QuizSummaryScreen(
                request.session,
                request.result,
                request.responses,
                request.recorder,
                retry=request.retry,
            )
        )

    def on_open_practice(self, request: OpenPractice) -> None:
        from tui.screens.practice import PracticeScreen

        self.push_screen(PracticeScreen(request.path, article_id=request.article_id))

    def on_open_progress(self, _request: OpenProgress) -> None:
        from tui.screens.progress import ProgressScreen

        self.push_screen(ProgressScreen())

    def on_open_review(self, _request: OpenReview) -> None:
        from tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen())

    def on_open_history(self, _request: OpenHistory) -> None:
        from tui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen())

    def on_show_help(self, request: ShowHelp) -> None:
        from tui.screens.help import HelpScreen, key_lines

        self.push_screen(HelpScreen(request.title, request.about, key_lines(self.screen)))

    def on_show_glossary(self, request: ShowGlossary) -> None:
        from tui.screens.glossary import GlossaryScreen

        self.push_screen(GlossaryScreen(request.label))

    def on_ask_confirm(self, request: AskConfirm) -> None:
        from tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            request.answered(bool(yes))

        self.push_screen(
            ConfirmScreen(request.question, request.detail, yes=request.yes, no=request.no),
            answered,
        )

    def on_ask_import_source(self, request: AskImportSource) -> None:
        from tui.screens.import_prompt import ImportPromptScreen

        self.push_screen(ImportPromptScreen(), request.answered)

    def on_ask_metadata(self, request: AskMetadata) -> None:
        from tui.screens.metadata import MetadataScreen

        self.push_screen(MetadataScreen(request.values), request.answered)

    def on_resize(self, event: events.Resize) -> None:
        # The event's size: this runs before Textual's own handler updates `self.size`.
        self._fit_footer(event.size.width)

    def _fit_footer(self, width: int | None = None) -> None:
        """Below 80 columns the footer's keys close up; below 100 the palette's key goes
        (Ctrl+P still opens it, and ? lists it): the reader's keys then all show, "esc
        Back" included, at 60 and 80 columns."""
        width = self.size.width if width is None else width
        palette = width >= 100
        for footer in self.screen.query(Footer):
            footer.compact = width < 80
            if footer.show_command_palette != palette:
                footer.show_command_palette = palette  # a SteadyFooter redraws for this itself
                if not isinstance(footer, SteadyFooter):
                    footer.refresh(recompose=True)  # Textual's Footer does not

    def _log_ready(self) -> None:
        resume_collector()
        self.ready_ms = (time.perf_counter() - _STARTED) * 1000
        self.log.info(f"whosays ready in {self.ready_ms:.0f} ms")

    def _database_problem(self, message: str) -> None:
        self.notify(message, title="Database", severity="warning", timeout=10)

    def _remember_theme(self, theme: Theme) -> None:
        try:
            self.store.set_setting("theme", theme.name)
        except StoreError as error:
            self.notify(
                f"The theme will not be remembered: {error}",
                severity="warning",
                timeout=8,
                markup=False,
            )

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()
