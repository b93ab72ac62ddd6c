"""The library: every bundled and user article in a table, filtered as you type."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Input, LoadingIndicator, Static
from textual.worker import Worker, WorkerState

from tui import paths
from tui.articles import ArticleError
from tui.library import Listing, describe, list_articles, matches_words, user_files_state
from tui.navigation import (
    AskConfirm,
    AskImportSource,
    AskMetadata,
    OpenArticle,
    OpenHistory,
    OpenPractice,
    OpenProgress,
    OpenQuiz,
    OpenReview,
    ShowHelp,
)
from tui.reading import finished
from tui.store import ReadingPosition, StoreError
from tui.terminal_text import PRINTABLE, visible
from tui.user_articles import delete_article, edit_metadata, is_user_article
from tui.widgets.cells import Column, PlainTable, fit, longest, row_cells, set_columns
from tui.widgets.coverable import CoverableScreen
from tui.widgets.footer import SteadyFooter
from tui.widgets.text_field import TextField

if TYPE_CHECKING:
    from tui.importing import Imported
    from tui.practice.review import ReviewItem
    from tui.quiz.catalogue import CatalogueEntry

# Importing and the review schedule are imported where they are used, after the first paint
# (their modules, with hashlib and tempfile, cost the start-up about 8 ms).


def about() -> str:
    """The help text (built when shown: the data directory can change between runs)."""
    return (
        "Every article whosays knows: the bundled ones and any .txt, .md or saved web page "
        f"in {paths.user_articles_dir()}. Type to filter (letters typed in the tables go to "
        "the filter too, but for an i that starts a word); ↑ and ↓ choose; Enter opens. Ctrl+O "
        "(or i in a table) "
        "imports a page, file or web address; on one of your own articles F2 edits its "
        "title, outlet and date and Delete deletes it (after asking). "
        "Tab moves to the article table and then to the quizzes (Enter starts one); "
        f"add your own quizzes to {paths.user_quizzes_dir()}. Ctrl+R shows your results. "
        "Files added, changed or removed there show up by themselves (F5 reads the folders "
        "again). Read is how far you have read; the line above the table says where Enter "
        "resumes. "
        "Ctrl+L practises the article: you label the sentences, then "
        "check. Ctrl+T reviews what is due today, Ctrl+G shows your practice progress."
    )


#: Seconds between looks at the user's folders for added, changed or removed files.
WATCH_INTERVAL = 2.0

#: A library whose own articles hold no more than this is read before the first paint: the
#: bundled dozen take about 10 ms, less than drawing the screen empty with a spinner and
#: then again (and the worker that read them held the interpreter while it was drawn).
#: A bigger one is read in a worker, behind the spinner.
QUICK_LIBRARY_BYTES = 300_000


def read_cell(position: ReadingPosition | None) -> str:
    """The Read column: how far the student has read (opening alone is not reading)."""
    furthest = position.furthest if position else 0.0
    if furthest <= 0:
        return "–"
    return "read" if finished(furthest) else f"{furthest:.0%}"


def reading_line(position: ReadingPosition | None) -> str:
    """Above the table: how far the student read, and where Enter takes them back to."""
    if position is None:
        return "Not opened yet."
    if finished(position.furthest):
        return "Read to the end · Enter starts again at the top."
    read = f"Read to {position.furthest:.0%}" if position.furthest > 0 else "Opened, not read yet"
    return f"{read} · Enter resumes at {position.progress:.0%}."


class FilterInput(TextField):
    """The filter box: `?` in an empty box shows the keys; after a word it is typed.

    Decided here, as the key arrives, not by a screen binding: keys typed quickly reach the
    screen before the box has taken the letters in front of them.
    """

    async def _on_key(self, event: events.Key) -> None:
        if event.character == "?" and not self.value:
            event.stop()
            event.prevent_default()  # the Input's own handler would type it
            await self.run_action("screen.help")


#: The columns the library sorts by (Ctrl+S cycles them; a click on the header picks one).
SORTS = ("title", "outlet", "date", "read")
# Newest first and most read first are what a reader looks for; names go A to Z.
_DESCENDING_FIRST = ("date", "read")


def sort_listings(
    listings: list[Listing], by: str | None, descending: bool, progress: dict[str, float]
) -> list[Listing]:
    """The listings in the chosen order; files that cannot be read always come last."""
    if by is None:
        return listings
    readable = [listing for listing in listings if listing.article is not None]
    unreadable = [listing for listing in listings if listing.article is None]

    def key(listing: Listing) -> tuple[object, ...]:
        article = listing.article
        assert article is not None
        if by == "outlet":
            return ((article.outlet or "").casefold(), article.title.casefold())
        if by == "date":
            return (article.date.toordinal() if article.date else 0, article.title.casefold())
        if by == "read":
            return (progress.get(listing.entry.id, 0.0), article.title.casefold())
        return (article.title.casefold(),)

    return sorted(readable, key=key, reverse=descending) + unreadable


class LibraryScreen(CoverableScreen):
    """The first screen: pick an article to read."""

    BINDINGS = [
        Binding("enter", "open", "Open", id="library.open"),
        Binding("down", "cursor(1)", "Next article", id="library.down", show=False),
        Binding("up", "cursor(-1)", "Previous article", id="library.up", show=False),
        Binding("escape", "clear_filter", "Clear filter", id="library.clear"),
        Binding("ctrl+r", "results", "Results", id="library.results"),
        Binding(
            "ctrl+o,i",
            "import",
            "Import",
            id="library.import",
            tooltip="Import a saved page (.html), a .txt/.md file or a web address",
        ),
        Binding(
            "ctrl+s",
            "sort",
            "Sort",
            id="library.sort",
            show=False,  # 80 columns hold the other keys; help and a header click show it
            tooltip="Sort by title, outlet, date or progress (or click a column's name)",
        ),
        Binding(
            "f2",
            "edit",
            "Edit",
            id="library.edit",
            tooltip="Edit your article's title, outlet, date",
        ),
        Binding("delete", "delete", "Delete", id="library.delete", tooltip="Delete your article"),
        Binding(
            "ctrl+l",
            "practice",
            "Practise",
            id="library.practice",
            tooltip="Practise the article: label every sentence yourself, then check",
        ),
        Binding(
            "ctrl+t",
            "review",
            "Review",
            id="library.review",
            show=False,
            tooltip="Review the quiz questions and sentences due today",
        ),
        Binding(
            "ctrl+g",
            "progress",
            "Progress",
            id="library.progress",
            show=False,
            tooltip="Your practice progress over time",
        ),
        Binding(
            "f5",
            "refresh",
            "Refresh",
            id="library.refresh",
            show=False,
            tooltip="Read the article and quiz folders again",
        ),
        # In the filter box, `?` is FilterInput's to decide.
        Binding("question_mark,f1", "help", "Keys", id="library.help"),
    ]

    class ReviewDue(Message):
        """How many quiz questions and practice sentences are due for review today."""

        def __init__(self, items: list[ReviewItem]) -> None:
            from tui.practice.review import QUIZ

            super().__init__()
            self.quiz = sum(item.kind == QUIZ for item in items)
            self.practice = len(items) - self.quiz

    class Loaded(Message):
        """The articles have been read from disk (in a worker)."""

        def __init__(self, listings: list[Listing], positions: dict[str, ReadingPosition]) -> None:
            super().__init__()
            self.listings = listings
            self.positions = positions

    class QuizzesChecked(Message):
        """Every quiz has been listed: read back before the first paint, or checked in a
        worker after the articles were shown."""

        def __init__(self, listings: list[Listing], quizzes: list[CatalogueEntry]) -> None:
            from tui.quiz.catalogue import quizzes_by_article

            super().__init__()
            self.quizzes = quizzes
            # Worked out once, here: filtering redraws the tables on every key.
            by_article = quizzes_by_article(quizzes)
            about_listing = {
                listing.entry.id: by_article.get(listing.entry.path.resolve(), [])
                for listing in listings
            }
            self.quiz_counts = {key: len(found) for key, found in about_listing.items()}
            self.quiz_about = {
                item.entry.id: next(
                    (
                        listing.article.title
                        for listing in listings
                        if listing.article is not None and item in about_listing[listing.entry.id]
                    ),
                    "–",
                )
                for item in quizzes
            }

    class FoldersChanged(Message):
        """A file in the user's article or quiz folder was added, changed or removed."""

    class ImportStep(Message):
        """The import worker reached a slow step ("Fetching …")."""

        def __init__(self, step: str) -> None:
            super().__init__()
            self.step = step

    class ImportDone(Message):
        """An article was imported (or was already there)."""

        def __init__(self, imported: Imported) -> None:
            super().__init__()
            self.imported = imported

    class ImportFailed(Message):
        """The import failed; `error` is one line fit to show."""

        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(self) -> None:
        super().__init__()
        self._sort: str | None = None
        self._descending = False
        #: The article to put the cursor on once the library is read again (a new import).
        self._select_id: str | None = None
        self._listings: list[Listing] = []
        self._positions: dict[str, ReadingPosition] = {}
        #: The user folders as last read (see tui.library.user_files_state).
        self._files_state: tuple[tuple[str, int, int], ...] | None = None
        self._shown: list[Listing] = []
        self._quizzes: list[CatalogueEntry] = []
        self._quiz_counts: dict[str, int] = {}
        #: The article table's column widths as last filled (the quiz counts arrive later).
        self._widths: dict[str, int] = {}
        self._filled_width = 0
        self._quiz_about: dict[str, str] = {}
        self._shown_quizzes: list[CatalogueEntry] = []
        #: The articles were shown at least once (what is due is counted after that).
        self._loaded_once = False
        #: Set once the articles read by `_load` are painted: its quiz check waits for it.
        self._articles_shown = threading.Event()

    def compose(self) -> ComposeResult:
        yield Static(Content("whosays · library"), id="library-title")
        yield Static(id="library-review")
        yield FilterInput(
            placeholder="Type to filter · ↑↓ choose · Enter opens · ? keys",
            id="library-filter",
            restrict=PRINTABLE,
            # Keys typed in the list carry on the filter's word, not replace it.
            select_on_focus=False,
        )
        yield LoadingIndicator(id="library-loading")
        # The chosen article's detail sits above the table, by the filter, so that it stays
        # beside what the student is looking at however tall the terminal is.
        yield Static(id="library-detail")
        yield PlainTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="library-empty")
        yield Static(Content("Quizzes"), id="library-quizzes-title")
        yield PlainTable(id="library-quizzes", cursor_type="row")
        yield Static(id="library-status")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#library-filter", Input).focus()
        self.query_one("#library-review").display = False
        state = user_files_state()
        if sum(size for _path, _mtime, size in state) <= QUICK_LIBRARY_BYTES:
            self._files_state = state
            listed = self.Loaded(list_articles(), self.app.store.reading_positions())  # type: ignore[attr-defined]
            from tui.quiz.catalogue import saved_catalogue

            # Quizzes unchanged since they were last listed show with the articles: listing
            # them after the first paint drew the library twice (about 40 ms of CPU more
            # before they showed); a changed one is checked in the worker, after the paint.
            quizzes = saved_catalogue()
            if quizzes is not None:
                self._take_quizzes(self.QuizzesChecked(listed.listings, quizzes))
            self.on_library_screen_loaded(listed)
            if quizzes is None:
                self._load(listed)
        else:
            self._load()
        self._watch = self.set_interval(WATCH_INTERVAL, self._look_at_folders)

    def on_resize(self) -> None:
        # The columns depend on the width alone: a resize that keeps it refills nothing.
        # Under the reader nobody sees the table: Textual lays the library out when it shows
        # again and sends it a Resize then, which refills it for the width of that moment.
        if self._listings and self.size.width != self._filled_width and not self._covered():
            self._fill()

    def on_screen_suspend(self) -> None:
        # Another screen is on top: nobody sees the library, so nothing to keep up with.
        self._watch.pause()

    def on_screen_resume(self) -> None:
        self._watch.resume()
        # Shown first, or back from the reader: reading progress, what is due and the files
        # may have changed (the table is filled again only if the reading did).
        if self._listings:
            positions = self.app.store.reading_positions()  # type: ignore[attr-defined]
            if positions != self._positions:
                self._positions = positions
                self._fill()
        self._look_at_folders()
        if self._loaded_once:  # on the first show, counted once the articles are on screen
            self._count_due()

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def _count_due(self) -> None:
        """What is due for review today (replayed from the stored answers)."""
        from tui.practice.review import due_today

        self.post_message(self.ReviewDue(due_today(self.app.store)))  # type: ignore[attr-defined]

    def on_library_screen_review_due(self, message: ReviewDue) -> None:
        line = self.query_one("#library-review", Static)
        total = message.quiz + message.practice
        line.display = bool(total)
        if total:
            line.update(
                Content(
                    f"Review due today: {total} ({message.quiz} from quizzes, "
                    f"{message.practice} from practice) · Ctrl+T starts"
                )
            )

    # Described here: Textual would describe the worker by the repr of `listed`, every
    # article's listing, built on the UI thread for a large library.
    @work(thread=True, exclusive=True, exit_on_error=False, description="reading the library")
    def _load(self, listed: Loaded | None = None) -> None:
        """Read every article (unless `listed` holds them, shown already), then list every
        quiz, off the UI thread.

        Each table is filled once: the articles as soon as they are read, the quizzes when
        listed, and then only the articles' quiz counts change, cell by cell.
        """
        if listed is None:
            # Taken first, so a file that changes while the rest is read is read again.
            self._files_state = user_files_state()
            self._articles_shown.clear()
            listed = self.Loaded(list_articles(), self.app.store.reading_positions())  # type: ignore[attr-defined]
            self.post_message(listed)
        listings = listed.listings
        # The quizzes are listed once the articles are painted: checking one that changed
        # held the interpreter while the screen was being drawn. (Bounded, should the
        # message never be handled.)
        self._articles_shown.wait(timeout=2.0)
        from tui.quiz.catalogue import catalogue

        self.post_message(self.QuizzesChecked(listings, catalogue()))

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def _look_at_folders(self) -> None:
        """Compare the user folders with what was read; a difference reads them again."""
        if self._files_state is not None and user_files_state() != self._files_state:
            self.post_message(self.FoldersChanged())

    def on_library_screen_folders_changed(self) -> None:
        self._load()

    def action_refresh(self) -> None:
        """F5: read the folders again now (they are also watched every few seconds)."""
        self._load()
        self.notify("Reading the library again.", timeout=2, markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A bug in loading must not leave the spinner turning forever: say what broke."""
        if event.state == WorkerState.ERROR and event.worker.group == "import":
            self.post_message(self.ImportFailed(f"Import failed: {event.worker.error}"))
        elif event.state == WorkerState.ERROR:
            self.query_one("#library-loading").display = False
            empty = self.query_one("#library-empty", Static)
            empty.update(Content(visible(f"The library could not be read: {event.worker.error}")))
            empty.display = True

    def on_library_screen_loaded(self, message: Loaded) -> None:
        if not self._loaded_once:
            # Replaying the stored answers competed with reading the articles for the
            # interpreter, and the line it fills is not what the student opened whosays for.
            # Under another screen (`whosays read`), the next resume counts it.
            self._loaded_once = True
            if self.is_current:
                self._after_paint(self._count_due)
        if self.is_current:
            self._after_paint(self._articles_shown.set)
        else:
            self._articles_shown.set()  # nothing of the library is being drawn
        self._listings = message.listings
        self._positions = message.positions
        self.query_one("#library-loading").display = False
        if self._select_id is not None:
            if not any(
                listing.entry.id == self._select_id
                and matches_words(describe(listing), self._query())
                for listing in self._listings
            ):
                self.query_one("#library-filter", Input).value = ""
            self._fill(select=self._select_id)
            self._select_id = None
            return
        self._fill()

    def _after_paint(self, callback: Callable[[], object]) -> None:
        """Call `callback` once what the screen holds now has been painted.

        Sent through the app's queue first: while the app starts, Textual holds the screen
        back and runs "after refresh" callbacks before anything is painted, so the workers
        these start (what is due, the quiz check, and their imports) ran while the articles
        were drawn: 30M to 100M instructions more before they showed, varying run to run.
        """
        self.app.call_later(self.call_after_refresh, callback)

    def _take_quizzes(self, message: QuizzesChecked) -> None:
        """Keep what the quiz table and the articles' quiz counts show."""
        self._quizzes = message.quizzes
        self._quiz_counts = message.quiz_counts
        self._quiz_about = message.quiz_about

    def on_library_screen_quizzes_checked(self, message: QuizzesChecked) -> None:
        self._take_quizzes(message)
        table = self.query_one("#library-table", DataTable)
        width = self._widths.get("quiz")
        for listing in self._shown if width else ():
            if listing.article is not None:  # a file that cannot be read has no quiz cell
                count = fit(self._quiz_count_text(listing), width)
                table.update_cell(listing.entry.id, "quiz", count)
        self._fill_quizzes(self.query_one("#library-filter", Input).value)

    def _query(self) -> str:
        return self.query_one("#library-filter", Input).value

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self) -> None:
        self._fill()

    def _fill(self, select: str | None = None) -> None:
        """Show the articles that pass the filter, keeping the cursor on the same one
        (or moving it to the article `select` names)."""
        table = self.query_one("#library-table", DataTable)
        query = self.query_one("#library-filter", Input).value
        current = self._current()
        shown = [listing for listing in self._listings if matches_words(describe(listing), query)]
        furthest = {key: position.furthest for key, position in self._positions.items()}
        self._shown = sort_listings(shown, self._sort, self._descending, furthest)
        rows = [self._row_values(listing) for listing in self._shown]
        # Set anew for the terminal's width: auto-sized columns left the header behind.
        columns = [
            Column("title", "Title", 28, longest(row["title"] for row in rows), rank=0, want=40),
            Column("outlet", "Outlet", 8, longest(row["outlet"] for row in rows), 5),
            Column("date", "Date", 10, rank=3),
            Column("words", "Words", 5, longest(row.get("words", "") for row in rows), 4),
            Column("read", "Read", 4, rank=1),
            Column("quiz", "Quiz", 4, rank=2),
        ]
        # The sorted column says so, and which way.
        mark = " ▼" if self._descending else " ▲"
        columns = [replace(c, label=c.label + mark) if c.key == self._sort else c for c in columns]
        self._filled_width = self.size.width
        widths = self._widths = set_columns(table, columns, self._table_width())
        for listing, values in zip(self._shown, rows, strict=True):
            table.add_row(*row_cells(widths, values), key=listing.entry.id)
        # By id: the files were maybe read again, and an edited article is a new Listing.
        ids = [listing.entry.id for listing in self._shown]
        chosen = select if select in ids else (current.entry.id if current else None)
        if chosen in ids:
            table.move_cursor(row=ids.index(chosen))
        empty = self.query_one("#library-empty", Static)
        if not self._listings:
            empty.update(
                Content(
                    visible(
                        f"No articles yet. Add .txt or .md files to {paths.user_articles_dir()}"
                    )
                )
            )
        elif not self._shown:
            empty.update(
                Content(visible(f"No article matches “{query}”. Escape clears the filter."))
            )
        empty.display = not self._shown
        self._show_detail()
        self._fill_quizzes(query)

    def _quiz_count_text(self, listing: Listing) -> str:
        return str(self._quiz_counts.get(listing.entry.id) or "–")

    def _row_values(self, listing: Listing) -> dict[str, str]:
        """A row's cells by column, before they are fitted to the columns' widths."""
        article = listing.article
        if article is None:
            # The reason in the wide column: "report.pdf: is a PDF: whosays reads ...".
            return {
                "title": f"{listing.entry.path.name}: {listing.error or ''}",
                "outlet": "unreadable",
            }
        return {
            "title": article.title,
            "outlet": article.outlet or "–",
            "date": article.date.isoformat() if article.date else "–",
            "words": f"{article.word_count:,}",
            "read": read_cell(self._positions.get(listing.entry.id)),
            "quiz": self._quiz_count_text(listing),
        }

    def _table_width(self) -> int:
        """Cells the columns may use: the screen less the margins and a scrollbar."""
        return self.size.width - 4

    def _show_detail(self) -> None:
        """The line under the table: the chosen article's reading, or why it cannot be read."""
        detail = self.query_one("#library-detail", Static)
        listing = self._current()
        detail.display = listing is not None
        if listing is None:
            return
        if listing.article is None:
            detail.update(Content(visible(f"{listing.entry.path}: {listing.error}")))
        else:
            detail.update(Content(reading_line(self._positions.get(listing.entry.id))))

    def _fill_quizzes(self, query: str) -> None:
        """The quizzes that pass the filter (by their title or their article's)."""
        table = self.query_one("#library-quizzes", DataTable)
        widths = set_columns(
            table,
            [
                Column("title", "Quiz", 24, longest(q.title for q in self._quizzes), 0, want=40),
                Column("about", "About", 16, longest(self._quiz_about.values()), 2),
                Column("questions", "Questions", 9, rank=1),
            ],
            self._table_width(),
        )
        self._shown_quizzes = []
        for item in self._quizzes:
            about = self._quiz_about.get(item.entry.id, "–")
            if not matches_words(f"{item.title} {about} {item.entry.id}", query):
                continue
            self._shown_quizzes.append(item)
            values = (
                {"title": item.title, "about": about, "questions": str(item.questions)}
                if item.usable
                else {"title": item.title, "about": "has errors: whosays check shows them"}
            )
            table.add_row(*row_cells(widths, values))
        self.query_one("#library-quizzes-title").display = bool(self._quizzes)
        table.display = bool(self._quizzes)
        # A header and up to seven rows; set here, as "auto" lagged a layout behind the rows.
        table.styles.height = min(8, 1 + max(1, len(self._shown_quizzes)))

    def _current(self) -> Listing | None:
        table = self.query_one("#library-table", DataTable)
        if not self._shown or table.cursor_row < 0 or table.cursor_row >= len(self._shown):
            return None
        return self._shown[table.cursor_row]

    def action_cursor(self, step: int) -> None:
        table = self.query_one("#library-table", DataTable)
        if self._shown:
            table.move_cursor(row=max(0, min(len(self._shown) - 1, table.cursor_row + step)))

    def action_clear_filter(self) -> None:
        self.query_one("#library-filter", Input).value = ""

    @on(DataTable.RowSelected, "#library-quizzes")
    def _start_quiz(self, event: DataTable.RowSelected) -> None:
        """Enter on a quiz starts it; a quiz with errors says where to look."""
        item = self._shown_quizzes[event.cursor_row]
        # Checked now: the list shows what was checked before, the quiz taken is the file now.
        quiz, problem = item.checked() if item.usable else (None, item.problem)
        if quiz is None:
            self.notify(
                problem or "This quiz has errors.", severity="error", timeout=10, markup=False
            )
            return
        self.post_message(OpenQuiz(quiz))

    def action_results(self) -> None:
        self.post_message(OpenHistory())

    def on_key(self, event: events.Key) -> None:
        """In the lists a typed character goes to the filter, as the box promises, so no
        letter acts on an article: a word typed into the table once deleted one with its
        "d" and "y". Acting on an article takes a key nobody types in a word (Delete, F2);
        only `i` starting a word, which opens the import prompt and changes nothing, stays
        a key (later letters of a fast-typed word reach here before the filter has focus)."""
        if not isinstance(self.focused, DataTable) or not event.is_printable:
            return
        box = self.query_one("#library-filter", Input)
        if event.character in (None, "?") or (event.character == "i" and not box.value):
            return  # ? shows the keys from anywhere; i starting a word imports (it only asks)
        event.stop()
        event.prevent_default()
        box.focus()
        box.insert_text_at_cursor(event.character)

    def action_practice(self) -> None:
        """Practise the article under the cursor."""
        listing = self._current()
        if listing is None or listing.article is None:
            return
        self.post_message(OpenPractice(listing.entry.path, article_id=listing.entry.id))

    def action_review(self) -> None:
        self.post_message(OpenReview())

    def action_progress(self) -> None:
        self.post_message(OpenProgress())

    @on(Input.Submitted, "#library-filter")
    @on(DataTable.RowSelected, "#library-table")
    def action_open(self) -> None:
        """Open the article under the cursor in the reader."""
        listing = self._current()
        if listing is None:
            return
        if listing.article is None:
            self.notify(
                f"{listing.entry.path}: {listing.error}", severity="error", timeout=8, markup=False
            )
            return
        self.post_message(OpenArticle(listing.entry.path, article_id=listing.entry.id))

    def action_help(self) -> None:
        self.post_message(ShowHelp("Library", about()))

    # Sorting -----------------------------------------------------------------------------

    def action_sort(self) -> None:
        """Cycle the order: title, outlet, date, progress, then the files' own order."""
        order = (*SORTS, None)
        self._set_sort(order[(order.index(self._sort) + 1) % len(order)])

    @on(DataTable.HeaderSelected, "#library-table")
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        """A click on a column's name sorts by it; a second click reverses the order."""
        key = event.column_key.value
        if key not in SORTS:
            return
        if key == self._sort:
            self._descending = not self._descending
            self._fill()
        else:
            self._set_sort(key)

    def _set_sort(self, key: str | None) -> None:
        self._sort = key
        self._descending = key in _DESCENDING_FIRST
        self._fill()

    # Managing the user's own articles ----------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit and delete show when the list has focus and its row is the user's own file."""
        if action in ("edit", "delete"):
            table = self.query_one("#library-table", DataTable)
            listing = self._current()
            return table.has_focus and listing is not None and is_user_article(listing.entry.path)
        return True

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowHighlighted, "#library-table")
    def _row_highlighted(self) -> None:
        self.refresh_bindings()
        self._show_detail()

    def _status(self, text: str) -> None:
        self.query_one("#library-status", Static).update(Content(text))

    def action_import(self) -> None:
        """Ask for a source, then import it in a worker."""

        def chosen(source: str | None) -> None:
            if source:
                self._status(f"Importing {source}…")
                self._import(source)

        self.post_message(AskImportSource(chosen))

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def _import(self, source: str) -> None:
        """Fetch or read, extract and save off the UI thread; messages report each step."""
        from tui.importing import import_source

        try:
            imported = import_source(
                source, progress=lambda step: self.post_message(self.ImportStep(step))
            )
        except ArticleError as error:
            self.post_message(self.ImportFailed(str(error)))
            return
        self.post_message(self.ImportDone(imported))

    def on_library_screen_import_step(self, message: ImportStep) -> None:
        self._status(message.step)

    def on_library_screen_import_failed(self, message: ImportFailed) -> None:
        self._status("")
        self.notify(message.error, title="Not imported", severity="error", timeout=10, markup=False)

    def on_library_screen_import_done(self, message: ImportDone) -> None:
        imported = message.imported
        title = imported.article.title
        self._status(
            f"Already in your library: {title}" if imported.duplicate else f"Imported: {title}"
        )
        self._select_id = imported.id
        self._load()

    def action_edit(self) -> None:
        """Edit the title, outlet and date of one of the user's articles."""
        listing = self._current()
        if listing is None or listing.article is None or not is_user_article(listing.entry.path):
            return
        article = listing.article
        values = {
            "title": article.title,
            "outlet": article.outlet or "",
            "date": article.date.isoformat() if article.date else (article.date_text or ""),
        }

        def answered(changes: dict[str, str] | None) -> None:
            if changes is None:
                return
            try:
                edit_metadata(listing.entry.path, changes)
            except ArticleError as error:
                self.notify(str(error), severity="error", timeout=10, markup=False)
                return
            self._select_id = listing.entry.id
            self._load()

        self.post_message(AskMetadata(values, answered))

    def action_delete(self) -> None:
        """Delete one of the user's articles, after asking; its reading position goes too."""
        listing = self._current()
        if listing is None or not is_user_article(listing.entry.path):
            return
        name = listing.article.title if listing.article else listing.entry.path.name

        def answered(yes: bool) -> None:
            if not yes:
                return
            try:
                delete_article(listing.entry.path)
                self.app.store.forget_reading_position(listing.entry.id)  # type: ignore[attr-defined]
            except (ArticleError, StoreError) as error:
                self.notify(str(error), severity="error", timeout=10, markup=False)
            self._status(f"Deleted: {name}")
            self._load()

        self.post_message(
            AskConfirm(
                f"Delete “{name}”?",
                f"{listing.entry.path} is removed from your articles folder and your reading "
                "position in it is forgotten. Your quiz results are kept.",
                answered,
                yes="Delete",
                no="Keep",
            )
        )
