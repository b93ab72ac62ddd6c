"""The library screen: the table, type-to-filter, opening an article, help."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from tests.ui.conftest import make_app, settle
from tui.library import article_entries
from tui.screens.help import HelpScreen
from tui.screens.history import HistoryScreen
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen


def rows(app) -> list[str]:  # type: ignore[no-untyped-def]
    table = app.screen.query_one("#library-table", DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_library_lists_the_bundled_seed() -> None:
    """The seed's title, outlet, date and word count are in the table."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one("#library-table", DataTable)
        first = [str(cell) for cell in table.get_row_at(0)]
        assert first[0].startswith("U.S.-Trained Spies Joining Daesh")
        assert first[1:4] == ["kayhan.ir", "2021-11-01", "587"]


async def test_typing_filters_and_escape_clears(whosays_home: Path) -> None:
    """Typing narrows the list; no match says so; Escape brings every article back."""
    folder = whosays_home / "articles"
    folder.mkdir(parents=True)
    (folder / "garden.txt").write_text("Tomatoes in [sic] March\n\nPlant them late.\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        everything = len(rows(app))
        assert everything == len(article_entries()) and "Tomatoes in [sic] March" in rows(app)
        await pilot.press(*"tomato")
        assert rows(app) == ["Tomatoes in [sic] March"]
        await pilot.press(*"zzz")
        empty = app.screen.query_one("#library-empty", Static)
        assert rows(app) == [] and empty.display and "No article matches" in str(empty.content)
        await pilot.press("escape")
        assert len(rows(app)) == everything


async def test_enter_opens_the_article_under_the_cursor(whosays_home: Path) -> None:
    """Arrow keys move the cursor while the filter has focus; Enter opens that article."""
    folder = whosays_home / "articles"
    folder.mkdir(parents=True)
    (folder / "zz.txt").write_text("Zebra crossing news\n\nA zebra crossed.\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("end")
        zebra = rows(app).index("Zebra crossing news")
        await pilot.press(*["down"] * zebra, "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article is not None and app.screen.article.title == "Zebra crossing news"


async def test_question_mark_shows_the_keys() -> None:
    """F1 (or ? outside the filter) lists the library's keys."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.content) for w in app.screen.query(Static))
        assert "Open" in text and "Clear filter" in text
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_question_mark_in_the_empty_filter_shows_the_keys_and_after_words_is_typed() -> None:
    """The filter has the focus at start: `?` there shows the keys; "who?" is a filter."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press(*"who?")
        assert app.screen.query_one("#library-filter", Input).value == "who?"


async def test_files_added_changed_or_removed_appear_without_a_restart(
    whosays_home: Path,
) -> None:
    """The folders are watched: a new article appears, an edit shows, a removal goes."""
    folder = whosays_home / "articles"
    folder.mkdir(parents=True)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        library = app.screen
        (folder / "zebra.txt").write_text("Zebras Escape\n\nThree zebras left.\n", "utf-8")
        library._look_at_folders()  # what the two-second watch does
        await settle(pilot)
        assert "Zebras Escape" in rows(app)
        (folder / "zebra.txt").write_text("Zebras Caught Again\n\nAll three.\n", "utf-8")
        library._look_at_folders()
        await settle(pilot)
        assert "Zebras Caught Again" in rows(app) and "Zebras Escape" not in rows(app)
        (folder / "zebra.txt").unlink()
        library._look_at_folders()
        await settle(pilot)
        assert not any("Zebras" in row for row in rows(app))


async def test_f5_reads_the_folders_again_and_a_new_quiz_appears(whosays_home: Path) -> None:
    folder = whosays_home / "quizzes"
    folder.mkdir(parents=True)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        (folder / "mine.yaml").write_text(
            "title: My own quiz\nquestions:\n  - prompt: Who?\n    answer: Nabil\n", "utf-8"
        )
        await pilot.press("f5")
        await settle(pilot)
        table = app.screen.query_one("#library-quizzes", DataTable)
        titles = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "My own quiz" in titles


async def test_columns_share_the_width_titles_first() -> None:
    """60 columns: whole dates and the Read column, titles of at least 28 cells; 200: the
    longest title and outlet whole."""
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#library-table", DataTable)
        widths = {str(column.label): column.width for column in table.columns.values()}
        assert list(widths) == ["Title", "Date", "Read", "Quiz"] and widths["Title"] >= 28
        await pilot.resize_terminal(200, 60)
        await settle(pilot)
        table = app.screen.query_one("#library-table", DataTable)
        first = [str(cell) for cell in table.get_row_at(0)]
        assert first[:2] == ["U.S.-Trained Spies Joining Daesh in Afghanistan", "kayhan.ir"]
        assert not any(
            "…" in str(cell) for i in range(table.row_count) for cell in table.get_row_at(i)
        )


@pytest.mark.parametrize(("key", "covering"), [("enter", ReaderScreen), ("ctrl+r", HistoryScreen)])
async def test_columns_fit_a_terminal_resized_while_another_screen_covered_the_library(
    key: str, covering: type
) -> None:
    """The library is not refilled unseen under the reader or the results, but back from
    them its columns fit the new width: the longest title and outlet whole (the results
    change no reading, so only the width can call for the refill)."""
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, covering)
        await pilot.resize_terminal(200, 60)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one("#library-table", DataTable)
        first = [str(cell) for cell in table.get_row_at(0)]
        assert first[:2] == ["U.S.-Trained Spies Joining Daesh in Afghanistan", "kayhan.ir"]
        assert not any(
            "…" in str(cell) for i in range(table.row_count) for cell in table.get_row_at(i)
        )


async def test_a_corrupt_database_is_reported_and_the_app_starts(whosays_home: Path) -> None:
    """A broken whosays.db: the library still opens, and a notification says what happened."""
    from tui.app import WhosaysApp

    whosays_home.mkdir(parents=True)
    (whosays_home / "whosays.db").write_bytes(b"not a database" * 50)
    app = WhosaysApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        messages = [str(n.message) for n in app._notifications]
        assert any("kept as whosays.db.broken-" in m for m in messages)
    assert list(whosays_home.glob("whosays.db.broken-*"))


async def test_the_chosen_articles_detail_stays_by_the_table_on_a_tall_terminal() -> None:
    """At 200x60 the line about the chosen article ("Not opened yet.") is right by the
    table, not forty rows below its last row."""
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        detail = app.screen.query_one("#library-detail", Static)
        table = app.screen.query_one("#library-table", DataTable)
        assert str(detail.render()).strip()
        assert detail.region.bottom == table.region.y
