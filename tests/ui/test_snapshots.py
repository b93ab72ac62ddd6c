"""SVG snapshots of the main screens at fixed sizes (update with --snapshot-update)."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.conftest import SEED
from tests.ui.conftest import make_app, settle


async def _ready(pilot: Pilot[None]) -> None:
    await settle(pilot)


def test_library_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The library at 80x24: the filter, the table with the seed, the footer."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_ready)


def test_reader_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The reader at 100x30: header, body at a measure, status line, footer."""
    assert snap_compare(make_app(article=SEED), terminal_size=(100, 30), run_before=_ready)


def test_reader_search(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """Search matches highlighted, the current one distinct."""

    async def search(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("slash", *"daesh", "enter")
        await settle(pilot)

    assert snap_compare(make_app(article=SEED), terminal_size=(80, 24), run_before=search)


def test_reader_sentence_details(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The sentence cursor on the anonymous sentence, its details panel, at 80x24."""

    async def step(pilot: Pilot[None]) -> None:
        await settle(pilot)
        screen = pilot.app.screen
        target = next(i for i, s in enumerate(screen.sentences) if s.label == "anonymous")
        await pilot.press(*["tab"] * (target + 1))
        await settle(pilot)

    assert snap_compare(make_app(article=SEED), terminal_size=(80, 24), run_before=step)


def test_quiz_feedback(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """A bundled quiz question answered wrongly: verdict, answer and explanation."""
    from tui.quiz.validate import check_quiz
    from tui.screens.quiz import QuizScreen

    async def answer(pilot: Pilot[None]) -> None:
        await settle(pilot)
        quiz = check_quiz("who-says-so-kayhan").quiz
        await pilot.app.push_screen(QuizScreen(quiz, seed=1))
        await pilot.pause()
        await pilot.press("down", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=answer)


def test_reader_markdown(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A Markdown article at 80x24: heading, quote bars, list markers, styles, no markup."""
    from tests.test_markdown_text import STORY

    path = tmp_path / "harbour.md"
    path.write_text(STORY, "utf-8")
    assert snap_compare(make_app(article=path), terminal_size=(80, 24), run_before=_ready)


UNSURE_ARTICLE = (
    "Harbour Ferry Closes\n\n"
    "The Marlow ferry will close in May after eighty years of service.\n\n"
    "“Nobody asked the people who use it every single day.”\n\n"
    "Councillor Ada Brent said the vote was the hardest of her career.\n"
)


def test_reader_marks_an_unsure_label(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A quotation whose speaker was not found: "?" in the margin, "? unsure" in the legend,
    and the details panel gives the confidence and why it is low (80x24)."""
    article = tmp_path / "ferry.txt"
    article.write_text(UNSURE_ARTICLE, encoding="utf-8")

    async def step(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("tab", "tab")
        await settle(pilot)

    assert snap_compare(make_app(article=article), terminal_size=(80, 24), run_before=step)
