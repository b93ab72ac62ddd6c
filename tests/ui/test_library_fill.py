"""The library fills its article table once at start-up; the quiz counts arrive cell by cell."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from tests.ui.conftest import make_app, settle
from tui.screens import library


async def test_the_article_table_is_filled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """One fill for the articles; the quizzes' arrival changes cells, not the whole table."""
    fills: list[int] = []
    fill = library.LibraryScreen._fill

    def counted(screen: library.LibraryScreen) -> None:
        fills.append(1)
        fill(screen)

    monkeypatch.setattr(library.LibraryScreen, "_fill", counted)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert len(fills) == 1
        table = app.screen.query_one("#library-table", DataTable)
        seed = "000_f3345cb7f8af5719"
        assert str(table.get_cell(seed, "quiz")) == "1"  # the bundled Kayhan quiz
        quizzes = app.screen.query_one("#library-quizzes", DataTable)
        assert quizzes.row_count >= 2


@pytest.mark.parametrize("quick_bytes", [library.QUICK_LIBRARY_BYTES, -1])
async def test_a_small_library_is_shown_with_the_first_paint(
    monkeypatch: pytest.MonkeyPatch, quick_bytes: int
) -> None:
    """A small library is read before the first paint, no spinner; a big one (here, any)
    is read in a worker behind the spinner; either way the same rows and quizzes show."""
    monkeypatch.setattr(library, "QUICK_LIBRARY_BYTES", quick_bytes)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        table = app.screen.query_one("#library-table", DataTable)
        spinner = app.screen.query_one("#library-loading")
        if quick_bytes >= 0:
            assert table.row_count > 0 and not spinner.display
        await settle(pilot)
        assert not spinner.display
        assert "000_f3345cb7f8af5719" in {key.value for key in table.rows}
        assert app.screen.query_one("#library-quizzes", DataTable).row_count >= 2
