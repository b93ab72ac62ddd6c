"""What the reader keeps between frames looks exactly as a fresh drawing would."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import DataTable

from tests.ui.conftest import make_app, settle
from tests.ui.test_reader_long import long_article
from tui.screens.library import LibraryScreen
from tui.widgets.article_view import ArticleView


def drawn(widget: Widget) -> list[list[object]]:
    """The widget's rows as the compositor gets them now, segment by segment."""
    strips: list[Strip] = widget.render_lines(Region(0, 0, *widget.size))
    return [list(strip) for strip in strips]


def redrawn(widget: Widget) -> list[list[object]]:
    """The widget's rows drawn again from nothing."""
    widget.refresh()
    return drawn(widget)


async def test_rows_and_scrollbar_kept_through_scrolling_look_as_drawn_afresh(
    tmp_path: Path,
) -> None:
    """A line, a page, back, a search match and the cursor: each kept row of the view and
    the scrollbar left as it was are what drawing them again gives."""
    app = make_app(article=long_article(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        steps = (("j",), ("j", "j"), ("space",), ("k",), ("b",), ("tab",), ("j",), ("G",))
        steps += (("slash", *"river", "enter", "n"), ("j",), ("k",), ("N",))
        for keys in steps:
            await pilot.press(*keys)
            await pilot.pause()
            assert drawn(view) == redrawn(view), keys
            bar = view.vertical_scrollbar
            assert drawn(bar) == redrawn(bar), keys


async def test_the_library_under_the_reader_fits_a_resize_when_shown_again() -> None:
    """Resized while the reader covers it, the library is laid out for the new size on
    the way back."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.resize_terminal(120, 30)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.size == (120, 30)
        table = app.screen.query_one("#library-table", DataTable)
        assert table.region.width > 80  # laid out at 120 columns, not at 80


async def test_leaving_the_reader_lets_go_of_the_search_copy(tmp_path: Path) -> None:
    """A search keeps a lower-cased copy of the body; it goes when the article is closed."""
    from tui.reading import _lowered_alike

    app = make_app(article=long_article(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "r", "i", "v", "enter")
        await pilot.pause()
        assert _lowered_alike.cache_info().currsize == 1
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert _lowered_alike.cache_info().currsize == 0


async def test_what_the_reader_froze_is_thawed_when_it_closes(tmp_path: Path) -> None:
    """While an analysed article is open the collector leaves what is alive alone (frozen:
    walking it cost 35-45 ms every few keys); closing the reader thaws it, so the article
    and its analysis can be collected, not kept for the rest of the session."""
    app = make_app(article=long_article(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.analysis is not None
        assert gc.get_freeze_count() > 0
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert gc.get_freeze_count() == 0
