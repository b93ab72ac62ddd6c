"""The library manages the user's articles: import (with Tab completion), edit, delete, sort."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input

from tests.ui.conftest import make_app, settle
from tests.webpage.pages import CLUTTERED
from tui.screens.confirm import ConfirmScreen
from tui.screens.import_prompt import ImportPromptScreen
from tui.screens.library import LibraryScreen
from tui.screens.metadata import MetadataScreen
from tui.store import ReadingPosition


def rows(app) -> list[str]:  # type: ignore[no-untyped-def]
    table = app.screen.query_one("#library-table", DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


def current_title(app) -> str:  # type: ignore[no-untyped-def]
    table = app.screen.query_one("#library-table", DataTable)
    return str(table.get_row_at(table.cursor_row)[0])


def _articles(whosays_home: Path) -> Path:
    folder = whosays_home / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def test_import_a_page_with_tab_completion(tmp_path: Path, whosays_home: Path) -> None:
    """Ctrl+O, a path completed with Tab, Enter: imported in a worker, then selected."""
    pages = tmp_path / "saved-pages"
    pages.mkdir()
    (pages / "larch-dam.html").write_text(CLUTTERED, "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, ImportPromptScreen)
        field = app.screen.query_one("#import-source", Input)
        field.value = str(tmp_path / "saved-p")
        await pilot.press("tab")
        assert field.value == str(pages) + "/"
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await settle(pilot)
        assert current_title(app).startswith("Larch Valley dam to be raised")
        status = str(app.screen.query_one("#library-status").content)
        assert status.startswith("Imported: Larch Valley dam")
    assert len(list((whosays_home / "articles").glob("*.md"))) == 1


async def test_a_failed_import_is_a_notice(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        app.screen.query_one("#import-source", Input).value = str(tmp_path / "nope.html")
        await pilot.press("enter")
        await settle(pilot)
        messages = [str(n.message) for n in app._notifications]
        assert any("nope.html: no such file" in m for m in messages)


async def test_delete_asks_first_and_forgets_the_position(whosays_home: Path) -> None:
    """Delete asks; No keeps the file; Yes removes it and its reading position."""
    path = _articles(whosays_home) / "zz-mine.txt"
    path.write_text("Zebra crossing news\n\nA zebra crossed. It said so.\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.store.save_reading_position("zz-mine", ReadingPosition(0, 0, 0.5))
        await pilot.press(*"zebra", "tab")
        assert current_title(app) == "Zebra crossing news"
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert path.exists() and app.store.reading_position("zz-mine") is not None
        await pilot.press("delete", "y")
        await settle(pilot)
        assert not path.exists() and app.store.reading_position("zz-mine") is None


async def test_bundled_articles_cannot_be_deleted() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "delete")
        assert isinstance(app.screen, LibraryScreen)


async def test_edit_the_title_outlet_and_date(whosays_home: Path) -> None:
    path = _articles(whosays_home) / "mine.md"
    path.write_text("---\ntitle: Zebra story\n---\n\nA zebra crossed. It said so.\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*"zebra", "tab", "f2")
        assert isinstance(app.screen, MetadataScreen)
        app.screen.query_one("#metadata-title", Input).value = "Zebra crossing reopened"
        app.screen.query_one("#metadata-outlet", Input).value = "Stripe Times"
        app.screen.query_one("#metadata-date", Input).value = "2026-11-02"
        await pilot.press("enter")
        await settle(pilot)
        assert current_title(app) == "Zebra crossing reopened"
    assert "outlet: Stripe Times" in path.read_text("utf-8")


async def test_sort_by_title_and_filter_by_author(whosays_home: Path) -> None:
    """Ctrl+S sorts by title (A to Z); the filter matches an author's name."""
    folder = _articles(whosays_home)
    (folder / "b.md").write_text(
        "---\ntitle: Aardvark escapes\nauthor: Quentin Blume\n---\n\nIt ran. Keepers said so.\n",
        "utf-8",
    )
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        titles = rows(app)
        assert titles == sorted(titles, key=str.casefold) and titles[0] == "Aardvark escapes"
        assert "Title ▲" in str(app.screen.query_one("#library-table", DataTable).columns)
        await pilot.press(*"blume")
        assert rows(app) == ["Aardvark escapes"]


async def test_unreadable_files_are_listed_with_the_reason(whosays_home: Path) -> None:
    (_articles(whosays_home) / "report.pdf").write_bytes(b"%PDF-1.7")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*"report")
        (row,) = rows(app)
        assert row.startswith("report.pdf: is a PDF: whosays reads .txt, .md and web pages")


async def test_a_word_typed_in_the_list_filters_and_never_deletes(whosays_home: Path) -> None:
    """Typing "daily" with the list focused goes to the filter: no delete dialog opens on
    its d, and no y confirms anything; the file stays."""
    path = _articles(whosays_home) / "zz-mine.txt"
    path.write_text("Zebra crossing news\n\nA zebra crossed. It said so.\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*"zebra", "tab")  # the list, on the student's own article
        assert current_title(app) == "Zebra crossing news"
        await pilot.press(*"daily")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen) and path.exists()
        assert app.screen.query_one("#library-filter", Input).value == "zebradaily"


async def test_i_in_the_list_opens_the_import_prompt() -> None:
    """`i` with the list focused asks for a page to import (and Escape changes nothing)."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "i")
        await pilot.pause()
        assert app.screen.query("#import-source")
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
