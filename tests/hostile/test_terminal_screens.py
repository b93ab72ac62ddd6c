"""Escape sequences in files, names, answers and the keymap never reach the terminal from a screen.

Each test drives the app with Pilot to a screen showing hostile text, then renders the whole
screen as the driver would write it (`screen_output`) and checks that nothing but Textual's
own colours and cursor moves is a control sequence, and that the attack is shown visibly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input

from tests.hostile.conftest import PAYLOAD, assert_screen_inert
from tests.hostile.test_terminal_commands import ARTICLE, QUIZ
from tests.ui.conftest import make_app, settle
from tui import paths
from tui.quiz.validate import check_file
from tui.screens.history import HistoryScreen
from tui.screens.quiz import QuizScreen
from tui.screens.quiz_summary import QuizSummaryScreen
from tui.screens.reader import ReaderScreen
from tui.store import AnswerRecord, Store


@pytest.fixture
def hostile_library(whosays_home: Path) -> Path:
    """A user folder with a hostile article, an unreadable file with a hostile name and a
    hostile quiz."""
    articles = whosays_home / "articles"
    articles.mkdir(parents=True)
    (articles / "hostile.txt").write_text(ARTICLE, "utf-8")
    (articles / "bad\x1b]0;owned\x07.txt").write_bytes(b"\xff\xfe\x00")
    quizzes = whosays_home / "quizzes"
    quizzes.mkdir()
    (quizzes / "hostile.yaml").write_text(QUIZ, "utf-8")
    return articles / "hostile.txt"


async def test_library_rows_of_hostile_titles_and_names_are_inert(
    hostile_library: Path,
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        written = assert_screen_inert(app)
        assert "Harbour <␛" in written and "bad␛]0;owned␇.txt" in written


async def test_a_pasted_escape_sequence_never_enters_the_filter(hostile_library: Path) -> None:
    """A paste holding controls is refused by the text box, so it is never drawn or searched."""
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        box = app.screen.query_one("#library-filter", Input)
        box.post_message(events.Paste("\x1b]52;c;cm0gLXJmIH4=\x07"))
        await pilot.pause()
        assert box.value == ""
        assert_screen_inert(app)


async def test_reader_shows_a_hostile_article_inertly(hostile_library: Path) -> None:
    """Header, body, status line, sentence panel and sources panel of a hostile article."""
    app = make_app(article=hostile_library)
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        written = assert_screen_inert(app)
        assert "␛]52;c;cm0gLXJmIH4=␇" in written
        await pilot.press("tab", "tab")
        await pilot.pause()
        written = assert_screen_inert(app)
        assert "source:" in written


async def test_reader_search_for_hostile_text_is_inert(hostile_library: Path) -> None:
    app = make_app(article=hostile_library)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"owned", "enter")
        await pilot.pause()
        written = assert_screen_inert(app)
        assert "match 1 of" in written


async def test_quiz_question_hint_feedback_and_summary_are_inert(tmp_path: Path) -> None:
    """Title, prompt, choices, hint, feedback, explanation and the summary of a hostile quiz."""
    path = tmp_path / "hostile.yaml"
    path.write_text(QUIZ.replace("    explain:", '    hint: "Hint \\e]0;owned\\a"\n    explain:'))
    quiz = check_file(path).quiz
    assert quiz is not None
    app = make_app()
    async with app.run_test(size=(100, 34), notifications=True) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen(quiz))
        await pilot.pause()
        assert "Quiz <␛" in assert_screen_inert(app)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert_screen_inert(app)
        await pilot.press("b")
        await pilot.pause()
        written = assert_screen_inert(app)
        assert "Because" in written and "␛]52;c;cm0gLXJmIH4=␇" in written
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizSummaryScreen)
        assert "Right answer: Right" in assert_screen_inert(app)


async def test_history_of_hostile_attempts_is_inert() -> None:
    """Titles, prompts and typed answers stored in the database are shown visibly."""
    store = Store(paths.database_path())
    attempt = store.start_attempt("q", f"Quiz {PAYLOAD}", None, max_score=1)
    store.record_answer(
        attempt, AnswerRecord("q1", f"Which {PAYLOAD}?", f"typed {PAYLOAD}", "wrong", 0, 1, "r")
    )
    app = make_app(paths.database_path())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await app.push_screen(HistoryScreen())
        await pilot.pause()
        written = assert_screen_inert(app)
        assert "typed <␛" in written and "Quiz <␛" in written
    store.close()


async def test_help_naming_a_hostile_data_directory_is_inert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WHOSAYS_HOME", str(tmp_path / "home\x1b]0;owned\x07"))
    app = make_app()
    async with app.run_test(size=(100, 60), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        shown = assert_screen_inert(app)
        assert "Every article whosays knows" in shown and "home␛" in shown and "owned␇" in shown


async def test_a_notice_naming_a_hostile_file_is_inert(tmp_path: Path) -> None:
    """The notice for an article that cannot be opened quotes its name visibly."""
    app = make_app(article=tmp_path / "gone\x1b]52;c;cm0gLXJmIH4=\x07.txt")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert "gone␛]52;c;" in assert_screen_inert(app)


async def test_a_keymap_binding_a_control_character_is_refused_inertly(
    whosays_home: Path,
) -> None:
    """A key name holding ESC would be drawn in the footer: the keymap is refused, visibly."""
    whosays_home.mkdir(parents=True)
    (whosays_home / "keymap.yaml").write_text('library.open: "\\e]0;owned\\a"\n', "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        written = assert_screen_inert(app)
        assert "control character" in written


async def test_practice_on_a_hostile_article_is_inert(hostile_library: Path) -> None:
    """Labelling and checking the sentences of a hostile article, then its progress."""
    from tui.screens.practice import PracticeScreen

    app = make_app()
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        await app.push_screen(PracticeScreen(hostile_library))
        await settle(pilot)
        assert "␛]52;c;" in assert_screen_inert(app)
        await pilot.press("u", "n", "a", "c")
        await settle(pilot)
        assert_screen_inert(app)
