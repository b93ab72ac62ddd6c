"""The reader on Markdown, saved web pages and articles not in English."""

from __future__ import annotations

from pathlib import Path

from tests.test_language import FRENCH
from tests.test_markdown_text import STORY
from tests.ui.conftest import make_app, settle
from tests.webpage.pages import CLUTTERED
from tui.screens.reader import ReaderScreen
from tui.widgets.legend import Legend
from tui.widgets.sentence_panel import SentencePanel


def _screen_text(app) -> str:  # type: ignore[no-untyped-def]
    view = app.screen.view
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


async def test_markdown_is_drawn_as_text(tmp_path: Path) -> None:
    """No asterisks or '>' on screen: quote bars and list markers are drawn instead."""
    path = tmp_path / "harbour.md"
    path.write_text(STORY, "utf-8")
    app = make_app(article=path)
    async with app.run_test(size=(80, 60)) as pilot:
        await settle(pilot)
        shown = _screen_text(app)
        assert "**" not in shown and "](" not in shown
        assert '▌ "This plan was written for developers," said Lena Ortiz.' in shown
        assert "▌ ▌ A quote inside a quote." in shown
        assert "1. The cost." in shown and "◦ Some stalls would move." in shown


async def test_the_details_panel_shows_a_link_address(tmp_path: Path) -> None:
    path = tmp_path / "harbour.md"
    path.write_text(STORY, "utf-8")
    app = make_app(article=path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        panel = str(app.screen.query_one(SentencePanel).content)
        assert "link: statement → https://example.org/s" in panel


async def test_a_saved_page_opens_in_the_reader(tmp_path: Path) -> None:
    """read PAGE.html: extracted in the reader's worker, clutter gone."""
    path = tmp_path / "dam.html"
    path.write_text(CLUTTERED, "utf-8")
    app = make_app(article=path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article is not None
        assert app.screen.article.author == "Priya Raman"
        assert "Advertisement" not in _screen_text(app)


async def test_french_is_shown_without_labels(tmp_path: Path) -> None:
    """One line says why; the sentence keys do nothing."""
    path = tmp_path / "greve.txt"
    path.write_text(FRENCH, "utf-8")
    app = make_app(article=path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # The language is checked once the text is painted, later on a busy machine.
        for _ in range(50):
            legend = str(app.screen.query_one(Legend).content)
            if legend != "Finding who says so…":
                break
            await pilot.pause(0.1)
        assert legend == "French (fr) text: whosays labels sources in English only."
        await pilot.press("tab")
        assert app.screen.cursor is None and app.screen.analysis is None
