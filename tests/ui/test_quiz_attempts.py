"""Quizzes that teach reading, not patterns: shuffled choices, asking before a blank multi
answer, a second try after a near miss, resuming, and leaving without a question."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.ui.conftest import make_app, settle
from tui.app import WhosaysApp
from tui.quiz.validate import check_file
from tui.screens.confirm import ConfirmScreen
from tui.screens.quiz import QuizScreen
from tui.screens.quiz_summary import QuizSummaryScreen
from tui.store import Store

QUIZ = """\
title: Shuffled
questions:
  - id: paper
    prompt: Which paper?
    choices: [The Wall Street Journal, Reuters, The Times, Al Jazeera, Le Monde]
    answer: The Wall Street Journal
  - id: named
    prompt: Which sources are named?
    choices: [Rahmatullah Nabil, Colin Kahl, a senior official]
    answer: [Rahmatullah Nabil, Colin Kahl]
  - id: who
    prompt: Who spoke to the Journal?
    answer: Rahmatullah Nabil
"""


@pytest.fixture
def quiz_file(tmp_path: Path) -> Path:
    path = tmp_path / "shuffled.yaml"
    path.write_text(QUIZ, "utf-8")
    return path


def shown(app: WhosaysApp, selector: str) -> list[str]:
    options = app.screen.query_one(selector)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_choices_are_shuffled_and_letters_follow_the_shown_order(quiz_file: Path) -> None:
    """The letter pressed picks the choice shown beside it; the stored answer is its text."""
    quiz = check_file(quiz_file).quiz
    orders = set()
    for seed in range(6):
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await app.push_screen(QuizScreen(quiz, seed=seed))
            await pilot.pause()
            labels = shown(app, "#quiz-options")
            orders.add(tuple(labels))
            assert [label[:3] for label in labels] == ["a) ", "b) ", "c) ", "d) ", "e) "]
            await pilot.press("c")
            assert app.screen.judgement.matched == labels[2][3:]
            assert app.screen._responses["paper"] == labels[2][3:]
    assert len(orders) > 1


async def test_shuffle_choices_false_keeps_the_order_written(quiz_file: Path) -> None:
    quiz_file.write_text(QUIZ.replace("questions:", "shuffle_choices: false\nquestions:"))
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen(quiz, seed=3))
        await pilot.pause()
        assert shown(app, "#quiz-options")[0] == "a) The Wall Street Journal"


async def test_a_multi_question_shows_ticks_as_characters_and_asks_when_none(
    quiz_file: Path,
) -> None:
    """[x] and [ ] tell ticked from unticked without colour; Enter with none ticked asks."""
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen(quiz, questions=[quiz.questions[1]], seed=1))
        await pilot.pause()
        multi = app.screen.query_one("#quiz-multi")
        assert multi.render_line(0).text.startswith("[ ] a) ")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.judgement is None
        await pilot.press("a")
        assert app.screen.query_one("#quiz-multi").render_line(0).text.startswith("[x] a) ")


async def test_close_gets_one_more_try(quiz_file: Path) -> None:
    """'Close: check your spelling' leaves the box open once; the second answer counts."""
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen(quiz, questions=[quiz.questions[2]]))
        await pilot.pause()
        await pilot.press(*"Rahmtulah Nabl", "enter")
        assert app.screen.judgement is None
        feedback = str(app.screen.query_one("#quiz-feedback", Static).content)
        assert "try once more" in feedback
        await pilot.press("ctrl+a", "ctrl+k", *"Rahmatullah Nabil", "enter")
        assert app.screen.judgement.verdict == "correct"


async def test_leaving_with_nothing_answered_does_not_ask(quiz_file: Path) -> None:
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen(quiz))
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (ConfirmScreen, QuizScreen))


async def test_an_interrupted_quiz_is_resumed_or_abandoned(quiz_file: Path, tmp_path: Path) -> None:
    """Reopened, a quiz left half-way offers to go on at the same question with the same
    choice order; starting again marks the old attempt abandoned."""
    from tui.navigation import OpenQuiz

    db = tmp_path / "w.db"
    quiz = check_file(quiz_file).quiz
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.post_message(OpenQuiz(quiz))
        await pilot.pause()
        first_order = shown(app, "#quiz-options")
        await pilot.press("a")
        await pilot.press("enter")
        await pilot.pause()
        second_order = shown(app, "#quiz-multi")
        await pilot.press("escape", "y")
        await pilot.pause()
        app.post_message(OpenQuiz(quiz))
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # go on
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen) and screen.session.current.id == "named"
        assert shown(app, "#quiz-multi") == second_order
        assert screen.attempt_id is not None
        await pilot.press("escape", "y")
        await pilot.pause()
        app.post_message(OpenQuiz(quiz))
        await pilot.pause()
        await pilot.press("y")  # start again
        await pilot.pause()
        assert app.screen.session.current.id == "paper" and first_order
    attempts = Store(db).attempts()
    assert len(attempts) == 1 and attempts[0].abandoned


async def test_whosays_quiz_returns_to_the_shell_when_done(quiz_file: Path) -> None:
    """Started as `whosays quiz`, the summary's Done ends the app (no library under it)."""
    quiz = check_file(quiz_file).quiz
    app = WhosaysApp(quiz=quiz, store=Store(None))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("a", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Nabil", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizSummaryScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_shift_d_in_the_reader_drafts_a_quiz(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """D on an article asks, writes a draft into the user's quizzes and says where."""
    from tui import paths
    from tui.library import bundled_dir

    monkeypatch.setenv("WHOSAYS_HOME", str(tmp_path))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    article = bundled_dir("seeds") / "101_practice_harbour_bridge.txt"
    app = make_app(article=article)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, 1.0)
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        target = paths.user_quizzes_dir() / "101_practice_harbour_bridge-draft.yaml"
        assert target.is_file() and check_file(target).errors == []
        assert any(str(target) in str(n.message) for n in app._notifications)
