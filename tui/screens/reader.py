"""The reader: one article at a comfortable measure, with search and a remembered position."""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from pathlib import Path
from sys import intern
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import Reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, LoadingIndicator, Static
from textual.worker import Worker, WorkerState, get_current_worker

from tui.articles import Article, ArticleError, load_article
from tui.language import labels_supported, unlabelled_reason
from tui.navigation import DraftQuiz, OpenPractice, OpenQuiz, ShowGlossary, ShowHelp
from tui.reading import find_phrase, find_phrase_near, finished, forget_search_copy
from tui.store import ReadingPosition, StoreError
from tui.terminal_text import PRINTABLE, visible
from tui.widgets.article_view import ArticleView, Mark
from tui.widgets.coverable import CoverableScreen
from tui.widgets.footer import SteadyFooter
from tui.widgets.label_style import unsure_flag
from tui.widgets.legend import Legend
from tui.widgets.search_field import SearchField
from tui.widgets.sentence_panel import SentencePanel
from tui.widgets.sources_panel import SourcesPanel

if TYPE_CHECKING:
    from tui.analysis import Analysis, Sentence
    from tui.analysis.cited import SourcesSummary
    from tui.quiz.catalogue import CatalogueEntry

ABOUT = (
    "Read the article and ask of every sentence: who says so? Highlights show each "
    "sentence's sourcing: N named, A anonymous, V vague, U unattributed (no source); a ? in "
    "the margin marks a label the analyser is unsure of. "
    "Press h to hide them and read first; Tab or ] steps through the sentences and the panel "
    "below says why each has its label; s shows every source the article cites; e "
    "explains the labels, with examples; p lets you label the sentences yourself and check. "
    "Your place is remembered, by paragraph, for next time."
)

# The sources panel opens by itself when there is room for it beside a full measure.
_SOURCES_SHOWN_FROM = 120

# Narrower than this, the sources panel beside the article would leave it under 40 columns
# of text (the panel takes 36, the scrollbar and margins 3): the panel covers it instead.
_SIDE_BY_SIDE_FROM = 79

# Saving on every scroll step would write to disk for each line; a short pause batches them.
_SAVE_DELAY = 0.6

# Typing a search finds only the matches in view: all of a first letter's took 8 ms on a
# long article. They are counted for the status line once the student stops this long.
_COUNT_PAUSE = 0.3


class _Closed(Exception):
    """The reader closed while its analysis ran: the rest is not labelled."""


class ReaderScreen(CoverableScreen):
    """One article: the header, then the body; loads in a worker so big files never freeze."""

    CSS_PATH = "screens.tcss"  # read when the first screen after the library opens

    #: Textual's own repaints the whole screen whenever focus moves. The widgets that gain
    #: and lose focus are styled and drawn again anyway; the whole reader drawn once more
    #: cost about 4 ms of CPU on each of /, Enter, s and Escape.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    # Footer words are short (80 columns hold them all); the tooltip is what help lists.
    # Keys first: in a 60-column terminal the footer cannot show every key, but ? lists them;
    # Back comes before Search and Quiz so that the way out is a key that always shows.
    BINDINGS = [
        Binding("question_mark,f1", "help", "Keys", id="reader.help", tooltip="These keys"),
        Binding(
            "tab,right_square_bracket",
            "sentence(1)",
            "Next",
            id="reader.next",
            tooltip="Next sentence, with its evidence below",
        ),
        Binding(
            "shift+tab,left_square_bracket",
            "sentence(-1)",
            "Previous",
            id="reader.previous",
            show=False,
            tooltip="Previous sentence",
        ),
        Binding(
            "h",
            "toggle_highlights",
            "Labels",
            id="reader.highlights",
            tooltip="Hide or show the labels (read first, then check yourself)",
        ),
        Binding(
            "s",
            "toggle_sources",
            "Sources",
            id="reader.sources",
            tooltip="Every source the article cites and its sourcing mix (↑↓ scroll it, s closes)",
        ),
        Binding(
            "e",
            "glossary",
            "Glossary",
            id="reader.glossary",
            show=False,
            tooltip="What each label means, with examples (the glossary)",
        ),
        Binding(
            "D",
            "draft",
            "Draft quiz",
            id="reader.draft",
            show=False,
            tooltip="Draft a quiz on this article, for a teacher to review and edit",
        ),
        Binding(
            "p",
            "practice",
            "Practise",
            id="reader.practice",
            tooltip="Label every sentence yourself, then check against the key",
        ),
        Binding(
            "escape",
            "back",
            "Back",
            id="reader.back",
            tooltip="Close the search or the sentence cursor, then back to the library",
        ),
        Binding("slash", "search", "Search", id="reader.search", tooltip="Search the article"),
        Binding("z", "quiz", "Quiz", id="reader.quiz", tooltip="Take the quiz on this article"),
        Binding("n", "next_match", "Next match", id="reader.next-match", show=False),
        Binding("N", "previous_match", "Previous match", id="reader.previous-match", show=False),
        Binding("j,down", "scroll(1)", "Down a line", id="reader.down", show=False),
        Binding("k,up", "scroll(-1)", "Up a line", id="reader.up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", id="reader.page-down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", id="reader.page-up", show=False),
        Binding("g,home", "top", "Top", id="reader.top", show=False),
        Binding("G,end", "bottom", "End", id="reader.bottom", show=False),
        Binding("q", "leave", "Back to the library", id="reader.leave", show=False),
    ]

    class Loaded(Message):
        """The article file has been read and parsed."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    class Labelled(Message):
        """The analysis worker has labelled the next sentences of the body, in order."""

        def __init__(self, sentences: Sequence[Sentence]) -> None:
            super().__init__()
            self.sentences = sentences

    class Analysed(Message):
        """The analysis worker has labelled every sentence and found who is cited."""

        def __init__(self, analysis: Analysis, sources: SourcesSummary) -> None:
            super().__init__()
            self.analysis = analysis
            self.sources = sources

    class Unlabelled(Message):
        """The article is not in English: shown as text, with `reason` instead of labels."""

        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    class QuizzesFound(Message):
        """The quizzes about this article (none, one or several)."""

        def __init__(self, quizzes: list[CatalogueEntry]) -> None:
            super().__init__()
            self.quizzes = quizzes

    class Failed(Message):
        """The article file could not be read; `error` is fit to show."""

        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(
        self,
        path: Path,
        article_id: str | None = None,
        reveal: bool = True,
        article: Article | None = None,
    ) -> None:
        """`reveal=False` (opened from a quiz) keeps every label hidden: the quiz asks for them.

        `article`, if given, is the file already loaded: it is shown without reading it again.
        """
        super().__init__()
        self._loaded = article
        self.path = path
        self.reveal = reveal
        self.article_id = article_id
        self.article: Article | None = None
        self._view: ArticleView | None = None
        self._matches: list[tuple[int, int]] = []
        self._match_index = -1
        self._query = ""
        #: Whether `_matches` holds every match, or only those about the view while the
        #: student types (counted once typing pauses, or on Enter).
        self._counted = True
        self._count_timer: Timer | None = None
        #: Whether the search was started after the sentence cursor was put down: Escape
        #: closes the most recent of the two first.
        self._search_is_newer = False
        self._save_timer: Timer | None = None
        self._save_failed = False
        self.analysis: Analysis | None = None
        #: The body's sentences labelled so far: views of the analysis's packed table.
        self.sentences: Sequence[Sentence] = ()
        self.cursor: int | None = None
        self.highlights = reveal
        self.quizzes: list[CatalogueEntry] = []
        #: The furthest share of the article the student has read by moving through it;
        #: opening an article shows its first screen but is not reading it.
        self.furthest = 0.0
        #: None while the sources panel shows by itself on wide screens; True or False once
        #: the student has opened or closed it.
        self._sources_wanted: bool | None = None
        #: A passing message in the status line ("no match for ..."), gone at the next key.
        self._notice: str | None = None
        #: Why the article has no labels (not English), once the worker has found out.
        self.unlabelled: str | None = None

    def compose(self) -> ComposeResult:
        yield LoadingIndicator(id="reader-loading")
        yield Static(Content(visible(f"Opening {self.path.name}…")), id="reader-opening")
        yield Horizontal(
            VerticalScroll(SourcesPanel(), id="reader-sources"),
            id="reader-main",
        )
        with Vertical(id="reader-bar"):
            yield SentencePanel(id="reader-details")
            yield Legend(id="reader-legend")
            yield SearchField(
                placeholder="Search the article (Enter keeps the matches, Escape closes)",
                id="reader-search",
                compact=True,
                restrict=PRINTABLE,
            )
            yield Static(id="reader-status")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one(SentencePanel).fit_screen(self.app.size.height)
        self._fit_panels()
        self.query_one("#reader-search").display = False
        self.query_one("#reader-details").display = False
        self.query_one("#reader-sources").display = False
        self.query_one("#reader-main").display = False
        if self._loaded is not None:
            self.post_message(self.Loaded(self._loaded))
        else:
            self._load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _load(self) -> None:
        """Read and parse the file off the UI thread (a 5 MB file takes a moment)."""
        try:
            article = load_article(self.path, self.article_id)
        except ArticleError as error:
            self.post_message(self.Failed(str(error)))
            return
        self.post_message(self.Loaded(article))

    # Described here: by default Textual describes a worker by the repr of its arguments.
    # A 5 MB article's repr (its body, then every paragraph) is a 13 MB string, held twice
    # while the description was built: 26 MB more at once, the reader's peak memory
    # (benchmarks/bench_memory.py), and 0.2 s of the UI thread.
    @work(
        thread=True,
        exclusive=True,
        group="analysis",
        exit_on_error=False,
        description="labelling the article's sentences",
    )
    def _analyse(self, article: Article) -> None:
        """Label every sentence off the UI thread; the text is already on screen."""
        # Imported here, in the worker: compiling the analyser's patterns delayed the
        # first paint of every article when the reader imported it.
        from tui.analysis import analyze_article
        from tui.analysis.cited import summarise_sources
        from tui.quiz.catalogue import catalogue, quizzes_about

        if not labels_supported(article):
            self.post_message(self.Unlabelled(unlabelled_reason(article)))
            return
        worker = get_current_worker()

        def post(part: Sequence[Sentence]) -> None:
            # Each part is posted as it is labelled: the highlights arrive from the top down.
            # Once the reader is closed, the rest of a long article is not worth the CPU
            # the student's next screen needs (a 5 MB file took another 40 s).
            if worker.is_cancelled:
                raise _Closed
            self.post_message(self.Labelled(part))

        try:
            analysis = analyze_article(article, post)
        except _Closed:
            return
        self.post_message(self.Analysed(analysis, summarise_sources(analysis)))
        if article.path is not None:
            self.post_message(self.QuizzesFound(quizzes_about(article.path, catalogue())))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A bug in a worker is reported, never left as an endless "Opening…"."""
        if event.state != WorkerState.ERROR:
            return
        if event.worker.group == "analysis":
            self.query_one(Legend).update(
                Content(visible(f"Could not find who says so: {event.worker.error}"))
            )
        else:
            self.post_message(self.Failed(f"{self.path}: {event.worker.error}"))

    def on_reader_screen_failed(self, message: Failed) -> None:
        self.app.notify(
            message.error,
            title="Cannot open the article",
            severity="error",
            timeout=10,
            markup=False,
        )
        self.dismiss()

    async def on_reader_screen_loaded(self, message: Loaded) -> None:
        self.article = message.article
        self.query_one("#reader-loading").display = False
        self.query_one("#reader-opening").display = False
        main = self.query_one("#reader-main")
        main.display = True
        view = ArticleView(message.article, id="reader-view")
        mounting = main.mount(view, before="#reader-sources")
        self._view = view  # in the screen's DOM from here, as a query would have found it
        await mounting
        self.query_one(Legend).show_waiting()
        saved = self.app.store.reading_position(message.article.id)  # type: ignore[attr-defined]
        if saved is not None:
            self.furthest = saved.furthest
            if not finished(saved.furthest):  # a finished article starts again at its top
                view.go_to_position(saved.paragraph, saved.offset)
        view.focus()
        self.call_after_refresh(self._show_status)

    @on(ArticleView.Painted)
    def _painted(self) -> None:
        """Start the analysis once the text is on screen: its thread competes for the GIL,
        and starting it earlier delayed the first paint of a 100,000-word article from
        about 0.3 s to 1.2 s (benchmarks/bench_app.py)."""
        if self.article is not None and self.analysis is None:
            self._analyse(self.article)

    def on_reader_screen_labelled(self, message: Labelled) -> None:
        """More of the body labelled: its highlights show now, the legend waits for all."""
        from tui.analysis.labelled import joined  # loaded already, by the worker

        self.sentences = joined(self.sentences, message.sentences)
        if self.highlights and self.view is not None:
            self.view.add_marks(self._marks(message.sentences))
        self._show_status()

    def on_reader_screen_analysed(self, message: Analysed) -> None:
        analysis = message.analysis
        self.analysis = analysis
        self.sentences = analysis.body
        self.query_one(SourcesPanel).show_analysis(analysis, message.sources)
        self._fit_panels()
        self._draw_labels(marks_shown=True)
        self._show_status()
        # Everything alive now (Textual, the app, the article and its analysis) lives as long
        # as the reader: frozen, the collector no longer walks it. A full collection walked it
        # every few keys, 35-45 ms each on a 100,000-word article (gc.callbacks in
        # bench_keys), half of the first letter typed into the search. Thawed on closing.
        gc.freeze()

    def _marks(self, sentences: list[Sentence]) -> list[Mark]:
        """The highlights of some body sentences, as the view draws them."""
        shift = self.article.body_start if self.article is not None else 0
        return [
            # One string a label, shared by all the marks (a 5 MB article has 60,000).
            Mark(s.start - shift, s.end - shift, intern(f"article-view--{s.label}"), unsure_flag(s))
            for s in sentences
        ]

    def _draw_labels(self, marks_shown: bool = False) -> None:
        """Highlights (unless hidden or `marks_shown`: drawn as they came), the legend and
        the cursor."""
        view = self.view
        if view is None or self.article is None:
            return
        if not marks_shown:
            view.set_marks(self._marks(self.sentences) if self.highlights else [])
        legend = self.query_one(Legend)
        if self.analysis is None:
            return  # the legend's counts wait for the whole article
        if not self.reveal:
            legend.show_quiz_mode()
        else:
            legend.show_counts(self.analysis, self.highlights)

    def on_reader_screen_unlabelled(self, message: Unlabelled) -> None:
        self.unlabelled = message.reason
        self.query_one(Legend).update(Content(message.reason))
        self.refresh_bindings()
        self._show_status()

    def on_reader_screen_quizzes_found(self, message: QuizzesFound) -> None:
        self.quizzes = message.quizzes
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The quiz key shows only when a quiz is about this article."""
        if action == "quiz":
            return bool(self.quizzes) and self.reveal
        if action in ("toggle_highlights", "sentence", "toggle_sources", "practice", "draft"):
            return self.reveal and self.unlabelled is None
        return True

    def action_quiz(self) -> None:
        """Take the (first) quiz about this article."""
        quiz = self.quizzes[0].quiz if self.quizzes else None
        if quiz is not None:
            self._save_position()
            self.post_message(OpenQuiz(quiz))

    def action_draft(self) -> None:
        """Offer to draft a quiz on this article (the app asks, writes and says where)."""
        if self.analysis is None:
            self.notify(
                "Still finding who says so; try again in a moment.", timeout=3, markup=False
            )
            return
        self.post_message(DraftQuiz(self.analysis))

    def action_practice(self) -> None:
        """Practise this article: the labels are hidden there until the check."""
        self._save_position()
        self.post_message(OpenPractice(self.path, article_id=self.article_id))

    def action_toggle_highlights(self) -> None:
        """Hide the labels to read first; show them again to check your own judgement."""
        self.highlights = not self.highlights
        self._draw_labels()

    def on_resize(self, event: events.Resize) -> None:
        # Before Textual lays the screen out for the new size.
        self.query_one(SentencePanel).fit_screen(event.size.height)
        self._fit_panels()

    def _fit_panels(self) -> None:
        """Sources beside the article where both fit, over it where they do not; shown by
        itself on a wide screen until the student opens or closes it."""
        self.set_class(self.size.width < _SIDE_BY_SIDE_FROM, "-narrow")
        panel = self.query_one("#reader-sources")
        if self.analysis is None or not self.reveal:
            panel.display = False
        elif self._sources_wanted is None:
            panel.display = self.size.width >= _SOURCES_SHOWN_FROM
        else:
            panel.display = self._sources_wanted

    def action_toggle_sources(self) -> None:
        """s opens the sources and moves the keys to them; s again (or Escape) closes them."""
        if self.analysis is None:
            self._show_notice("Still finding who says so; try again in a moment.")
            return
        panel = self.query_one("#reader-sources")
        if panel.display and not panel.has_focus:
            panel.focus()  # shown by itself on a wide screen: s goes to it
            return
        self._sources_wanted = not panel.display
        self._fit_panels()
        if panel.display:
            panel.focus()
        elif self.view is not None:
            self.view.focus()

    def _show_the_article(self) -> None:
        """Moving in the article closes the sources where they lie over it (narrow screens)."""
        if self.has_class("-narrow") and self.query_one("#reader-sources").display:
            self._sources_wanted = False
            self._fit_panels()
            if self.view is not None:
                self.view.focus()

    def action_glossary(self, label: str | None = None) -> None:
        """The glossary at `label` (a tip's link), or at the sentence under the cursor."""
        if label is None and self.cursor is not None:
            label = self.sentences[self.cursor].label
        self.post_message(ShowGlossary(label))

    @on(Legend.Clicked)
    def _legend_clicked(self) -> None:
        self.post_message(ShowGlossary())

    def action_sentence(self, step: int) -> None:
        """Move the sentence cursor and show that sentence's evidence."""
        self._show_the_article()
        view = self.view
        if view is None or not self.sentences or self.analysis is None:
            return
        shift = self.analysis.article.body_start
        if self.cursor is None:
            self._search_is_newer = False
            top = view.top_offset() + shift
            ends_after = bisect_right(self.sentences, top, key=lambda s: s.end)
            first = min(ends_after, len(self.sentences) - 1)
            self.cursor = first if step > 0 else max(0, first - 1)
        else:
            self.cursor = max(0, min(len(self.sentences) - 1, self.cursor + step))
        sentence = self.sentences[self.cursor]
        start, end = sentence.start - shift, sentence.end - shift
        view.set_cursor(Mark(start, end, "article-view--cursor"))
        self._note_reading()
        details = self.query_one(SentencePanel)
        appearing = not details.display
        details.display = True
        resized = details.show_sentence(
            sentence, self.cursor + 1, len(self.sentences), self._links(start, end)
        )
        if resized or appearing:
            # After the layout: the details panel takes lines from the view as it changes.
            self.call_after_refresh(view.show_span, start, end)
        else:
            view.show_span(start, end)

    def _links(self, start: int, end: int) -> list[tuple[str, str]]:
        """(text, URL) of each link inside a stretch of the body, for the details panel."""
        if self.article is None:
            return []
        body = self.article.body
        return [
            (body[style.start : style.end], style.url)
            for style in self.article.inline
            if style.kind == "link" and style.url and style.start < end and style.end > start
        ]

    def _clear_cursor(self) -> None:
        self.cursor = None
        if self.view:
            self.view.set_cursor(None)
        self.query_one(SentencePanel).close()

    @property
    def view(self) -> ArticleView | None:
        """The article view, once the article has loaded.

        Kept, not queried: a query walks the screen's widgets, and the keys asked for the
        view up to four times each (about 2 ms of a j press on a 100,000-word article).
        """
        return self._view

    # Moving ------------------------------------------------------------------------------

    def action_scroll(self, lines: int) -> None:
        self._show_the_article()
        if self.view:
            self.view.scroll_relative(y=lines, animate=False)
            self._note_reading()

    def action_page(self, pages: int) -> None:
        self._show_the_article()
        if self.view:
            step = max(1, self.view.scrollable_content_region.height - 2)
            self.view.scroll_relative(y=pages * step, animate=False)
            self._note_reading()

    def action_top(self) -> None:
        self._show_the_article()
        if self.view:
            self.view.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._show_the_article()
        if self.view:
            self.view.scroll_to_end()
            self._note_reading()

    def _note_reading(self) -> None:
        """The student moved through the article: what is on screen now counts as read."""
        if self.view is not None:
            self.furthest = max(self.furthest, self.view.seen_progress())

    @on(ArticleView.Scrolled)
    def _scrolled(self, message: ArticleView.Scrolled) -> None:
        if message.by_reader:
            self._note_reading()
            self._notice = None
        self._show_status()
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(_SAVE_DELAY, self._save_position)

    def _save_position(self) -> None:
        view = self.view
        if view is None or self.article is None:
            return
        paragraph, offset = view.top_position()
        try:
            self.app.store.save_reading_position(  # type: ignore[attr-defined]
                self.article.id,
                ReadingPosition(paragraph, offset, view.top_progress(), self.furthest),
            )
        except StoreError as error:
            if not self._save_failed:  # once is enough: this runs on every scroll
                self._save_failed = True
                self.notify(
                    f"Your reading position is not being saved: {error}",
                    severity="warning",
                    timeout=8,
                    markup=False,
                )

    def save_state(self) -> None:
        """Called by the app before it exits (Ctrl+Q, Ctrl+C): keep the reading position."""
        self._save_position()

    def action_back(self) -> None:
        """Escape closes the search, the sources the keys are in, the cursor, the article:
        of a kept search and the cursor, the one opened last goes first."""
        search = self.query_one("#reader-search", Input)
        if search.display:
            self._close_search(keep=False)
            return
        panel = self.query_one("#reader-sources")
        if panel.has_focus:
            if self.has_class("-narrow") or self._sources_wanted:
                self._sources_wanted = False
                self._fit_panels()
            if self.view is not None:
                self.view.focus()
            return
        kept = bool(self._query.strip())
        if kept and (self._search_is_newer or self.cursor is None):
            self._close_search(keep=False)
            return
        if self.cursor is not None:
            self._clear_cursor()
            return
        self.action_leave()

    def on_unmount(self) -> None:
        forget_search_copy()
        gc.unfreeze()  # the article and its analysis may be collected once the reader goes

    def action_leave(self) -> None:
        """Back to the library at once, the reading position saved."""
        self._save_position()
        self.dismiss()

    # Search ------------------------------------------------------------------------------

    def action_search(self) -> None:
        self._show_the_article()
        if self.view is None:
            return
        search = self.query_one("#reader-search", Input)
        self._show_search_field(True)
        self._search_is_newer = True
        search.value = self._query
        search.focus()

    def _show_search_field(self, shown: bool) -> None:
        """The search field takes the legend's line while it is open: the bar keeps its
        height, so the article does not move, and only that line is drawn again."""
        self.query_one("#reader-search").display = shown
        self.query_one(Legend).display = not shown

    @on(Input.Changed, "#reader-search")
    def _search_changed(self, event: Input.Changed) -> None:
        if not event.input.display:
            # A word typed at once after '/' and Enter: the field was closed, its search run
            # and counted, before its own "changed" messages came; they would start it again.
            return
        self._run_search(event.value)

    @on(Input.Submitted, "#reader-search")
    def _search_submitted(self) -> None:
        self._close_search(keep=True)

    def _close_search(self, keep: bool) -> None:
        self._show_search_field(False)
        if keep:
            self._stop_count_timer()
            self._count_matches()
        if keep and self._query.strip() and not self._matches:
            # Said once, not left in the status line for the rest of the reading.
            self._show_notice(f"No match for “{self._query}”.")
        if not keep:
            self._run_search("")
        if self.view:
            self.view.focus()

    def _run_search(self, query: str) -> None:
        """Highlight the matches in view and jump to the first one at or after the top of
        the view; every match is counted once typing pauses."""
        view = self.view
        if view is None or self.article is None:
            return
        self._query = query
        self._stop_count_timer()
        top = view.top_offset()
        self._matches = find_phrase_near(self.article.body, query, top, view.bottom_offset())
        self._counted = not self._matches
        self._match_index = -1
        if self._matches:
            following = bisect_left(self._matches, (top, -1))
            self._match_index = following if following < len(self._matches) else 0
            self._count_timer = self.set_timer(_COUNT_PAUSE, self._count_matches)
        self._draw_matches()

    def _count_matches(self) -> None:
        """Every match of the search, the one shown still the current one."""
        if self._counted or self.article is None:
            return
        shown = self._matches[self._match_index]
        self._matches = find_phrase(self.article.body, self._query)
        self._match_index = bisect_left(self._matches, shown)
        self._counted = True
        self._draw_matches()

    def _stop_count_timer(self) -> None:
        if self._count_timer is not None:
            self._count_timer.stop()
            self._count_timer = None

    def _step_match(self, step: int) -> None:
        self._show_the_article()
        if not self._matches:
            self._show_notice(
                "No search yet: press / to search."
                if not self._query
                else f"No match for “{self._query}”."
            )
            return
        self._match_index = (self._match_index + step) % len(self._matches)
        self._draw_matches()

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _draw_matches(self) -> None:
        view = self.view
        if view is None:
            return
        view.set_matches(self._matches, self._match_index)
        if self._matches:
            view.show_span(*self._matches[self._match_index])
        self._show_status()

    def _show_status(self) -> None:
        """The status line: where the reader is, and the search state."""
        view = self.view
        if view is None or self.article is None:
            return
        here = view.top_progress()
        parts = [f"at {here:.0%}"]
        if self.furthest > here + 0.005:
            parts[0] += f", read to {self.furthest:.0%}"
        if self.analysis is None and self.unlabelled is None:
            parts.append(f"analysing… {self._labelled_share():.0%}")
        searching = self.query_one("#reader-search", Input).display
        if self._query.strip() and (self._matches or searching):
            if not self._counted:
                parts.append(f"counting the matches for “{self._query}”…")
            elif self._matches:
                count = len(self._matches)
                parts.append(f"match {self._match_index + 1} of {count} for “{self._query}”")
            else:
                parts.append(f"no match for “{self._query}”")
        if self._notice is not None:
            parts.append(self._notice)
        parts.append(self.article.title)
        # One line whatever it says: no layout of the screen for it (every scroll step
        # updates it, and a layout on each one cost more than the scrolling itself).
        status = Content(visible(" · ".join(parts)))
        self.query_one("#reader-status", Static).update(status, layout=False)

    def _labelled_share(self) -> float:
        """How much of the body the highlights have reached while the analysis runs."""
        if self.article is None or not self.sentences or not self.article.body:
            return 0.0
        return (self.sentences[-1].end - self.article.body_start) / len(self.article.body)

    def _show_notice(self, text: str) -> None:
        """A passing message in the status line, until the next key or scroll."""
        self._notice = text
        self._show_status()

    def on_key(self, event: events.Key) -> None:
        # Before the key's action runs (bindings come after the screen sees the key), so
        # an action may leave a new notice.
        if self._notice is not None:
            self._notice = None
            self._show_status()
        search = self.query_one("#reader-search", Input)
        if event.key == "slash" and not search.display:
            # Opened here rather than by the binding, which runs only once the key has
            # bubbled up to the app: the letters typed right after '/' are already queued
            # on this screen and would pass first, as the reader's own keys.
            event.stop()
            event.prevent_default()
            self.action_search()
        elif search.display and not search.has_focus:
            self._type_into_search(search, event)

    def _type_into_search(self, search: Input, event: events.Key) -> None:
        """'/' then a word typed at once (a fast typist, a paste): focus reaches the search
        field after the keys already sent, which acted as the article's keys ('b' paged up,
        'p' opened practice) while the search ran empty. While the field is open and
        waiting for focus, what is typed belongs to it."""
        if event.key == "enter":
            self._run_search(search.value)
            self._close_search(keep=True)
        elif event.is_printable and event.character:
            search.insert_text_at_cursor(event.character)
        else:
            return
        event.stop()
        event.prevent_default()

    def action_help(self) -> None:
        self.post_message(ShowHelp("Reader", ABOUT))
