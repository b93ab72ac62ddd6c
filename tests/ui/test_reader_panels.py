"""The reader's panels fit the terminal; reading is counted by moving, not by opening."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Footer, Static
from textual.widgets._footer import FooterKey

from tests.conftest import SEED
from tests.ui.conftest import make_app, settle
from tests.ui.test_reader_screen import status
from tui.screens.glossary import GlossaryScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.store import Store
from tui.widgets.article_view import ArticleView
from tui.widgets.legend import Legend
from tui.widgets.sentence_panel import SentencePanel

SEED_ID = "000_f3345cb7f8af5719"


def text_width(app) -> int:  # type: ignore[no-untyped-def]
    """Columns of article text the view wraps to."""
    return app.screen.query_one(ArticleView).measure


async def test_sources_scroll_by_keys_to_the_mix_bar_at_80x24() -> None:
    """s opens the sources beside the article and takes the keys: End reaches the mix bar."""
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot, 0.1)
        panel = app.screen.query_one("#reader-sources")
        assert panel.display and panel.has_focus and panel.max_scroll_y > 0
        assert text_width(app) >= 40
        await pilot.press("end")
        await settle(pilot, 0.1)
        assert panel.scroll_y == panel.max_scroll_y
        await pilot.press("escape")
        assert not panel.display and app.screen.query_one(ArticleView).has_focus


async def test_at_60_columns_the_sources_cover_the_article_instead_of_squeezing_it() -> None:
    """60x20: the article keeps its 40+ columns; the sources lie over it, the whole width."""
    app = make_app(article=SEED)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        before = text_width(app)
        await pilot.press("s")
        await settle(pilot, 0.1)
        panel = app.screen.query_one("#reader-sources")
        assert before >= 40 and text_width(app) == before
        assert panel.display and panel.outer_size.width == 60
        await pilot.press("down")  # the arrows scroll the sources ...
        assert panel.display and panel.scroll_y == 1
        await pilot.press("s")
        assert not panel.display
        await pilot.press("s", "j")  # ... the article's keys uncover the article
        assert not panel.display and app.screen.query_one(ArticleView).has_focus


async def test_the_article_does_not_jump_as_tab_moves_and_the_bar_leaves_no_gap() -> None:
    """80x24, Tab through every sentence: the details panel grows to the tallest it has
    shown but never shrinks, so the article above it only ever gets shorter. Closed and
    opened again on the first sentence, the panel fits it as it did at first. At 60x20 the
    panel keeps to two fifths of the screen and the footer sits right under the status line.
    """
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        panel = screen.query_one(SentencePanel)
        heights = []
        for _sentence in screen.sentences:
            await pilot.press("tab")
            await settle(pilot)
            heights.append(view.outer_size.height)
        assert heights == sorted(heights, reverse=True) and heights[0] > heights[-1]
        await pilot.press("escape", "home", "tab")
        await settle(pilot)
        assert screen.cursor == 0 and view.outer_size.height == heights[0]
        await pilot.resize_terminal(60, 20)
        for _sentence in range(6):  # the tallest details come early in this article
            await pilot.press("tab")
            await settle(pilot)
            assert panel.outer_size.height <= 8
            assert screen.query_one("#reader-status").region.bottom == (
                screen.query_one(Footer).region.y
            )


async def test_after_a_resize_the_chosen_sentence_stays_in_view() -> None:
    """A sentence chosen at 200x60 is still on screen at 60x20, and back again."""
    app = make_app(article=SEED)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        await pilot.press(*["tab"] * 18)
        for size in ((60, 20), (200, 60), (60, 20)):
            await pilot.resize_terminal(*size)
            await settle(pilot, 0.1)
            screen = app.screen
            view = screen.query_one(ArticleView)
            sentence = screen.sentences[screen.cursor]
            shift = screen.analysis.article.body_start
            top = int(view.scroll_offset.y)
            height = view.scrollable_content_region.height
            assert top <= view.line_of_offset(sentence.start - shift) < top + height
            assert view.line_of_offset(sentence.end - shift - 1) < top + height


async def test_opening_an_article_is_not_reading_it(tmp_path: Path) -> None:
    """Open and leave: nothing read. Page down: read that far; back up: the place moves,
    the furthest point does not. The library's Read column and line say both."""
    db = tmp_path / "w.db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the first article: the seed
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        saved = Store(db).reading_position(SEED_ID)
        assert saved is not None and saved.furthest == 0
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert "not read yet" in str(library.query_one("#library-detail", Static).content)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("space", "space", "space")
        await settle(pilot)
        furthest = app.screen.furthest
        await pilot.press("home", "escape")
        await settle(pilot)
        saved = Store(db).reading_position(SEED_ID)
        assert saved is not None and 0.3 < saved.furthest == furthest < 1
        assert saved.progress < saved.furthest
        detail = str(library.query_one("#library-detail", Static).content)
        assert f"Read to {furthest:.0%}" in detail and f"resumes at {saved.progress:.0%}" in detail


async def test_a_passing_message_goes_at_the_next_key() -> None:
    """ "No match for 'zebra'" is said once, then gone when the student moves on."""
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zebra", "enter")
        assert "No match for “zebra”" in status(app)
        await pilot.press("j")
        assert "zebra" not in status(app)
        await pilot.press("n")
        assert "No match for “zebra”" in status(app)
        await pilot.press("k")
        assert "zebra" not in status(app)


async def test_the_glossary_opens_from_help_the_legend_and_a_sentence() -> None:
    """? then g; a click on the legend; e on a chosen sentence opens it at that label."""
    app = make_app(article=SEED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark", "g")
        await settle(pilot, 0.1)
        assert isinstance(app.screen, GlossaryScreen)
        text = " ".join(str(line.content) for line in app.screen.query(".glossary-entry Static"))
        for words in ("named", "anonymous", "vague", "unattributed", "Ask: Who exactly says so?"):
            assert words in text
        await pilot.press("escape")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.click(Legend)
        await settle(pilot, 0.1)
        assert isinstance(app.screen, GlossaryScreen) and app.screen.label is None
        await pilot.press("escape")
        reader = app.screen
        target = next(i for i, s in enumerate(reader.sentences) if s.label == "vague")
        await pilot.press(*["tab"] * (target + 1), "e")
        await settle(pilot, 0.1)
        assert isinstance(app.screen, GlossaryScreen) and app.screen.label == "vague"
        assert app.screen.query_one("#glossary-vague").has_class("-chosen")


async def test_the_tip_links_to_the_glossary() -> None:
    """The underlined link after a sentence's tip opens the glossary at its label."""
    app = make_app(article=SEED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot, 0.1)
        label = app.screen.sentences[app.screen.cursor].label
        content = app.screen.query_one("#reader-details", Static).content
        assert f"e: more on {label}" in str(content)
        # The link's action, run as a click on it runs it.
        [link] = [str(span.style) for span in content.spans if "@click=" in str(span.style)]
        await app.screen.run_action(link.split("@click=screen.")[1])
        await settle(pilot, 0.1)
        assert isinstance(app.screen, GlossaryScreen) and app.screen.label == label


async def test_the_footer_always_shows_the_way_back() -> None:
    """At 60 and 80 columns the footer shows "esc Back" whole: it is not pushed off the edge
    by the other keys or by the command palette's key."""
    app = make_app(article=SEED)
    for width, height in ((80, 24), (60, 20)):
        async with app.run_test(size=(width, height)) as pilot:
            await settle(pilot)
            keys = {key.description: key.region for key in app.screen.query(FooterKey)}
            assert "Back" in keys and keys["Back"].right <= width, (width, keys)
        app = make_app(article=SEED)


async def keys_settled(pilot, *steps: str) -> None:  # type: ignore[no-untyped-def]
    """Settle, then each step's keys (comma-separated in one step), settling after each."""
    await settle(pilot)
    for step in steps:
        await pilot.press(*step.split(","))
        await settle(pilot)


async def test_the_library_and_the_reader_agree_on_where_the_reader_is(tmp_path: Path) -> None:
    """One measure of progress: the library's "resumes at" is what the reader's status says
    on reopening, even in a terminal of another size, and "read to" is the same in both."""
    db = tmp_path / "w.db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await keys_settled(pilot, "enter", "space,space,j,j", "escape")
        detail = str(app.screen.query_one("#library-detail", Static).content)
    saved = Store(db).reading_position(SEED_ID)
    assert saved is not None and 0 < saved.progress < saved.furthest < 1
    assert f"Read to {saved.furthest:.0%} · Enter resumes at {saved.progress:.0%}" in detail
    again = make_app(db)
    async with again.run_test(size=(60, 20)) as pilot:
        await keys_settled(pilot, "enter")
        assert f"at {saved.progress:.0%}, read to {saved.furthest:.0%}" in status(again)


async def test_a_finished_article_opens_at_the_top_and_stays_finished(tmp_path: Path) -> None:
    """Read to the end, an article opens again at its top; the library still says it was
    read, and says where Enter takes the student."""
    db = tmp_path / "w.db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await keys_settled(pilot, "enter", "G", "escape")
        detail = str(app.screen.query_one("#library-detail", Static).content)
        assert "Read to the end · Enter starts again at the top." in detail
        await keys_settled(pilot, "enter")
        assert app.screen.query_one(ArticleView).scroll_offset.y == 0
        assert status(app).startswith("at 0%, read to 100%")
        await pilot.press("escape")
        await settle(pilot)
        detail = str(app.screen.query_one("#library-detail", Static).content)
        assert "Read to the end" in detail


async def test_tab_after_resuming_starts_at_the_first_sentence_on_screen(tmp_path: Path) -> None:
    """Reopened halfway down, Tab picks the first sentence on screen, not sentence 1."""
    db = tmp_path / "w.db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await keys_settled(pilot, "enter", "space,space", "escape", "enter")
        await pilot.press("tab")
        await settle(pilot, 0.1)
        screen = app.screen
        view = screen.query_one(ArticleView)
        top = view.top_offset() + screen.analysis.article.body_start
        assert screen.cursor is not None and screen.cursor > 0
        assert screen.sentences[screen.cursor].end > top
        assert screen.sentences[screen.cursor - 1].end <= top


async def test_the_glossary_keeps_its_title_and_close_hint_in_sight_and_question_mark_is_help() -> (
    None
):
    """Opened at the last label, the title and the way out still show; ? lists the keys, as
    on every screen, and Escape closes help, then the glossary."""
    app = make_app(article=SEED)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        reader = app.screen
        target = next(i for i, s in enumerate(reader.sentences) if s.label == "unattributed")
        await pilot.press(*["tab"] * (target + 1), "e")
        await settle(pilot, 0.1)
        glossary = app.screen
        assert isinstance(glossary, GlossaryScreen)
        shown = "\n".join(
            "".join(segment.text for segment in line)
            for line in app.screen._compositor.render_strips()
        )
        assert "Glossary: who says so?" in shown and "Esc closes" in shown
        await pilot.press("question_mark")
        await settle(pilot, 0.1)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.screen is glossary
        await pilot.press("escape")
        assert app.screen is reader
