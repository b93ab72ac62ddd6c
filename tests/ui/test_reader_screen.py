"""The reader: scrolling, search, going back, the remembered position, big files, themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import LoadingIndicator, Static

from tests.conftest import SEED
from tests.ui.conftest import make_app, settle
from tui.reading import find_phrase
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.store import Store
from tui.widgets.article_view import MEASURE, ArticleView


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """What the article view shows right now, line by line."""
    view = app.screen.query_one(ArticleView)
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


def status(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#reader-status", Static).content)


async def test_reader_shows_header_and_body_at_a_measure() -> None:
    """Outlet, date, kicker and headline come first; body lines never pass the measure."""
    app = make_app(article=SEED)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "kayhan.ir · 1 November 2021" in text
        assert "Wall Street Journal Reports" in text
        assert "U.S.-Trained Spies Joining Daesh in Afghanistan" in text
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert max(len(line) for line in lines) <= MEASURE
        # Centred in the view: the text starts well to the right on a wide terminal.
        view_width = app.screen.query_one(ArticleView).scrollable_content_region.width
        first_body = next(line for line in text.splitlines() if "WASHINGTON" in line)
        assert first_body.index("WASHINGTON") == (view_width - MEASURE) // 2


async def test_scroll_keys_move_the_view() -> None:
    """j, space, G and g move through the article; k goes back up."""
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        await pilot.press("j", "j")
        assert view.scroll_offset.y == 2
        await pilot.press("k")
        assert view.scroll_offset.y == 1
        await pilot.press("space")
        assert view.scroll_offset.y > 10
        await pilot.press("G")
        assert "flee the war-torn country." in screen_text(app)
        await pilot.press("g")
        assert view.scroll_offset.y == 0


async def test_search_highlights_and_steps_through_matches() -> None:
    """/ searches; the status counts matches; n and N step and scroll to them."""
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"the report", "enter")
        assert "match 1 of 2 for “the report”" in status(app)
        await pilot.press("n")
        assert "match 2 of 2" in status(app)
        assert "the report said" in screen_text(app)
        await pilot.press("N")
        assert "match 1 of 2" in status(app)


async def test_a_letter_searched_in_a_long_article_is_counted_once_typing_pauses(
    tmp_path: Path,
) -> None:
    """A first letter matches thousands of places: the search jumps to the first after the
    top of the view at once, says it is counting, then gives the right count and place;
    Enter right after typing gives them too, and n goes on to the next match."""
    path = tmp_path / "long.txt"
    paragraphs = [f"Paragraph {number} says the river rose again." for number in range(3000)]
    path.write_text("A long file\n\n" + "\n\n".join(paragraphs), "utf-8")
    app = make_app(article=path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*["pagedown"] * 30)
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.article is not None
        every = find_phrase(screen.article.body, "r")
        top = screen.query_one(ArticleView).top_offset()
        place = next(index for index, (start, _end) in enumerate(every) if start >= top)
        assert place > 1000
        await pilot.press("slash", "r")
        assert "counting the matches for “r”" in status(app)
        await pilot.pause(0.5)
        assert f"match {place + 1} of {len(every)} for “r”" in status(app)
        await pilot.press("escape", "slash", "r", "enter")
        assert f"match {place + 1} of {len(every)} for “r”" in status(app)
        await pilot.press("n")
        assert f"match {place + 2} of {len(every)} for “r”" in status(app)


async def test_search_finds_a_phrase_that_wraps() -> None:
    """A phrase split over two screen lines is still found."""
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = [line.strip() for line in screen_text(app).splitlines()]
        assert "members of the" in lines[9] and lines[10].startswith("U.S.-trained forces")
        await pilot.press("slash", *"of the U.S.-trained forces", "enter")
        assert "match 1 of 1" in status(app)


async def test_escape_goes_back_to_the_library() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_reading_position_survives_a_restart_at_another_width(tmp_path: Path) -> None:
    """The paragraph read last is on top again after a restart, even at a different width."""
    db = tmp_path / "w.db"
    app = make_app(db, article=SEED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*["j"] * 30)
        paragraph, offset = app.screen.query_one(ArticleView).top_position()
        assert paragraph > 3
        await pilot.press("q")
    again = make_app(db, article=SEED)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = again.screen.query_one(ArticleView)
        new_paragraph, new_offset = view.top_position()
        assert new_paragraph == paragraph
        assert new_offset <= offset


async def test_article_text_is_not_markup(tmp_path: Path) -> None:
    """[sic] and [b] in an article show as written."""
    path = tmp_path / "sic.txt"
    path.write_text("Markup test\n\nThe mayor said [sic] it was [b]fine[/b].\n", "utf-8")
    app = make_app(article=path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "The mayor said [sic] it was [b]fine[/b]." in screen_text(app)


async def test_a_five_megabyte_file_loads_in_a_worker(tmp_path: Path) -> None:
    """While a 5 MB article loads the screen shows a loading state, then the text."""
    path = tmp_path / "big.txt"
    paragraph = "Officials said the river rose again overnight, according to the agency. " * 12
    path.write_text("A long file\n\n" + "\n\n".join([paragraph] * 5800), "utf-8")
    assert path.stat().st_size > 5_000_000
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.push_screen(ReaderScreen(path))
        loading = app.screen.query_one("#reader-loading", LoadingIndicator)
        assert loading.display and not app.screen.query(ArticleView)
        await settle(pilot)
        assert not loading.display
        await pilot.press("G")
        assert "according to the agency." in screen_text(app)


async def test_help_lists_the_reader_keys() -> None:
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.content) for w in app.screen.query(Static))
        for words in ("Search", "Next match", "Page down", "Back"):
            assert words in text


async def test_bad_file_is_reported_not_raised(tmp_path: Path) -> None:
    """A file that turns bad after the command checked it: a notification, back to the library."""
    path = tmp_path / "gone.txt"
    app = make_app(article=path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert any("no such file" in str(n.message) for n in app._notifications)


async def test_theme_choice_is_remembered(tmp_path: Path) -> None:
    """A theme picked in one run is the theme of the next."""
    db = tmp_path / "w.db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await pilot.pause()
    again = make_app(db)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "textual-light"


async def test_ctrl_c_quits_from_the_library_filter_and_keeps_the_reading_position(
    tmp_path: Path,
) -> None:
    """Ctrl+C quits even with the filter focused; a reader open at the time saves its place."""
    db = tmp_path / "w.db"
    app = make_app(db, article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*["j"] * 25)
        paragraph, _offset = app.screen.query_one(ArticleView).top_position()
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running
    assert Store(db).reading_position("000_f3345cb7f8af5719").paragraph == paragraph
    library = make_app(db)
    async with library.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert not library.is_running


async def test_mouse_wheel_scrolls_the_article() -> None:
    """A wheel turn over the article moves it down, and back up."""
    from textual import events

    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        view.post_message(events.MouseScrollDown(view, 10, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert view.scroll_offset.y > 0
        view.post_message(events.MouseScrollUp(view, 10, 5, 0, -1, 0, False, False, False))
        await pilot.pause()
        assert view.scroll_offset.y == 0


async def test_a_failing_worker_is_reported_not_left_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If loading breaks in an unexpected way, the student is told and taken back."""
    import tui.screens.reader as reader_module

    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(reader_module, "load_article", broken)
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.5)
        assert isinstance(app.screen, LibraryScreen)
        assert any("disk on fire" in str(n.message) for n in app._notifications)


async def test_search_text_with_brackets_is_shown_as_typed() -> None:
    """A search for "[sic]" that finds nothing says so with the brackets intact.

    (In the status line since the message became a passing one, not a notification.)
    """
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zz [sic]", "enter", "n")
        status = str(app.screen.query_one("#reader-status", Static).content)
        assert "No match for “zz [sic]”." in status


async def test_a_user_keymap_moves_a_key(whosays_home: Path) -> None:
    """keymap.yaml in the data directory rebinds the reader's next-sentence key."""
    whosays_home.mkdir(parents=True, exist_ok=True)
    (whosays_home / "keymap.yaml").write_text("reader.next: x\n", "utf-8")
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        assert app.screen.cursor == 0


async def test_escape_closes_the_most_recent_of_search_and_cursor_first() -> None:
    """A search started after the sentence cursor goes first; a cursor put down after a
    search goes first; then the other; then the article."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        await pilot.press("tab", "slash", *"the", "enter")
        assert reader.cursor is not None and "for “the”" in status(app)
        await pilot.press("escape")
        assert reader.cursor is not None and "for “the”" not in status(app)
        await pilot.press("escape")
        assert reader.cursor is None and app.screen is reader
        await pilot.press("slash", *"the", "enter", "tab")
        await pilot.press("escape")
        assert reader.cursor is None and "for “the”" in status(app)
        await pilot.press("escape")
        assert "for “the”" not in status(app) and app.screen is reader
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_a_word_typed_at_once_after_slash_is_the_query() -> None:
    """'/' and a word sent in one burst (a fast typist, a paste): the letters reach the
    screen before the search field has focus, and used to act as the reader's keys ('b'
    paged up, 'n' jumped) while the search ran empty. They are the query."""
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in ("slash", *"report", "enter"):
            character = "/" if key == "slash" else None if key == "enter" else key
            app.post_message(events.Key(key, character))
        await settle(pilot)
        assert "match 1 of " in status(app) and "for “report”" in status(app)


async def test_closing_the_reader_stops_its_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long article's analysis stops when the student goes back, rather than labelling
    the rest in the background while the next screen waits for the CPU."""
    from tests.ui.test_reader_long import long_article

    parts: list[int] = []
    labelled = ReaderScreen.Labelled.__init__

    def counted(self: ReaderScreen.Labelled, sentences: object) -> None:
        parts.append(1)
        labelled(self, sentences)  # type: ignore[arg-type]

    monkeypatch.setattr(ReaderScreen.Labelled, "__init__", counted)
    app = make_app(article=long_article(tmp_path, paragraphs=20_000))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if parts:
                break
        assert parts, "the analysis should be under way"
        await pilot.press("escape")
        await pilot.pause(0.5)
        after_closing = len(parts)
        await pilot.pause(1.0)
        assert len(parts) == after_closing, "the analysis went on after the reader closed"


async def test_the_analysis_worker_is_not_described_by_the_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Textual describes a worker by the repr of its arguments unless told otherwise: the
    repr of a 5 MB article was 26 MB more memory at once, the reader's peak."""
    descriptions: list[str] = []
    run_worker = ReaderScreen.run_worker

    def recorded(self: ReaderScreen, *args: object, **kwargs: object) -> object:
        descriptions.append(str(kwargs.get("description", "")))
        return run_worker(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ReaderScreen, "run_worker", recorded)
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.analysis is not None
        body_start = app.screen.article.body[:40]  # type: ignore[union-attr]
    assert len(descriptions) >= 2
    assert not any(body_start in description for description in descriptions)
