"""A long article is drawn before it is all wrapped; the rest follows without being lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import make_app, settle
from tui.widgets import article_view
from tui.widgets.article_view import ArticleView


def long_article(folder: Path, paragraphs: int = 1500) -> Path:
    """Numbered paragraphs, so a test can tell which one it is looking at."""
    body = "\n\n".join(
        f"Paragraph {n} says the river rose again, officials said on Tuesday."
        for n in range(paragraphs)
    )
    path = folder / "long.txt"
    path.write_text(f"A long article\n\n{body}\nThe last word is zanzibar.\n", "utf-8")
    return path


def shown(app) -> str:  # type: ignore[no-untyped-def]
    view = app.screen.query_one(ArticleView)
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


async def test_every_paragraph_gets_its_lines(tmp_path: Path) -> None:
    """After the first screen, wrapping goes on until the view is as long as the article."""
    app = make_app(article=long_article(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        assert view.wrapped_all
        # The title, a blank line, then per paragraph a line and a blank line between.
        assert view.virtual_size.height >= 1500 * 2


async def test_end_and_search_reach_past_what_is_wrapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End goes to the real end, and a search finds the last word, however early it is asked."""
    monkeypatch.setattr(article_view, "_WRAP_STEP", 1)  # wrapping still under way
    app = make_app(article=long_article(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("G")
        assert "zanzibar" in shown(app)
        await pilot.press("g")
        assert "Paragraph 0 says" in shown(app)
        await pilot.press("slash", *"zanzibar", "enter")
        assert "zanzibar" in shown(app)
        await pilot.press("g", "space")
        assert "Paragraph 0 says" not in shown(app)


async def test_the_scroll_bar_follows_its_thumb_and_the_pointer_but_keeps_its_look(
    tmp_path: Path,
) -> None:
    """The bar keeps its drawing between changes (SteadyScrollBar), yet is drawn anew when
    the thumb moves or the pointer is over it, and looks as before once focus has been to
    the search field and back."""
    app = make_app(article=long_article(tmp_path, paragraphs=300))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(ArticleView).vertical_scrollbar

        def picture() -> list[list[object]]:
            return [list(strip) for strip in bar.render_lines(bar.size.region)]

        top = picture()
        await pilot.press("pagedown", "pagedown", "pagedown")
        await settle(pilot, 0.1)
        lower = picture()
        assert lower != top
        bar.mouse_over = True
        await settle(pilot, 0.1)
        assert picture() != lower
        bar.mouse_over = False
        await pilot.press("slash", "escape")
        await settle(pilot, 0.1)
        assert picture() == lower
