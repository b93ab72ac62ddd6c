"""The quiz screen: to the end, hints, retry, history, leaving safely; grade agrees with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from tests.ui.conftest import make_app, settle
from tui.cli import main
from tui.quiz.grading import VERDICTS
from tui.quiz.model import Question, Quiz
from tui.quiz.validate import check_file
from tui.screens.confirm import ConfirmScreen
from tui.screens.history import HistoryScreen
from tui.screens.library import LibraryScreen
from tui.screens.quiz import QuizScreen
from tui.screens.quiz_summary import QuizSummaryScreen
from tui.store import Store
from tui.widgets.verdict_look import VERDICT_LOOK

QUIZ = """\
title: Practice quiz
pass_mark: 60
shuffle_choices: false
questions:
  - id: paper
    prompt: Which paper?
    choices: [The Wall Street Journal, Reuters, The Times]
    answer: The Wall Street Journal
    hint: Look at the kicker.
    explain: The kicker names it.
  - id: who
    prompt: Who spoke to the Journal?
    answer: Rahmatullah Nabil
  - id: months
    prompt: In how many months could an attack come?
    answer: 6
  - id: fact
    prompt: The article names the Pentagon official.
    answer: false
  - id: named
    prompt: Which sources are named?
    choices: [Nabil, Kahl, a senior official]
    answer: [Nabil, Kahl]
"""

#: What the student types or picks, per question, for the screen and for `whosays grade`.
RESPONSES = {"paper": "b", "who": "Rahmatulah Nabil", "months": "6", "fact": "b", "named": "a"}


@pytest.fixture
def quiz_file(tmp_path: Path) -> Path:
    path = tmp_path / "practice.yaml"
    path.write_text(QUIZ, "utf-8")
    return path


async def answer_current(pilot, response: str) -> None:  # type: ignore[no-untyped-def]
    """Answer the question on screen as a student would: letters pick, text is typed."""
    screen = pilot.app.screen
    question = screen.session.current
    if question.type in ("choice", "truefalse", "label"):
        await pilot.press(response)
    elif question.type == "multi":
        await pilot.press(*[letter.strip() for letter in response.split(",")], "enter")
    else:
        await pilot.press(*response, "enter")
    await pilot.pause()


async def answer_all(pilot, question_ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Answer each question in turn with its RESPONSES entry, to the summary."""
    for question_id in question_ids:
        await answer_current(pilot, RESPONSES[question_id])
        await pilot.press("enter")
    await pilot.pause()


async def start(pilot, screen: QuizScreen) -> None:  # type: ignore[no-untyped-def]
    """Wait for the library, then put the quiz on screen."""
    await settle(pilot)
    await pilot.app.push_screen(screen)
    await pilot.pause()


def feedback(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#quiz-feedback", Static).content)


async def test_take_a_quiz_to_the_end_with_a_hint(quiz_file: Path) -> None:
    """Every question gets feedback; the summary lists each answer and the score."""
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        assert "question 1 of 5" in str(app.screen.query_one("#quiz-title", Static).content)
        await pilot.press("ctrl+t")
        assert "Hint: Look at the kicker." in str(app.screen.query_one("#quiz-hint").content)
        await answer_current(pilot, "b")
        assert "Not right" in feedback(app) and "The kicker names it." in feedback(app)
        await pilot.press("enter")
        await answer_current(pilot, "Rahmatulah Nabil")
        assert "Correct" in feedback(app) and "Rahmatullah Nabil" in feedback(app)
        for question_id in ("months", "fact", "named"):
            await pilot.press("enter")
            await answer_current(pilot, RESPONSES[question_id])
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizSummaryScreen)
        text = " ".join(str(w.content) for w in app.screen.query(Static))
        assert "3.5 of 5 points" in text and "70%" in text and "passed" in text
        # The stored answer is the choice's text (issue 12), not the letter it had on screen.
        assert "Your answer: Reuters" in text and "Right answer: The Wall Street Journal" in text


async def test_retry_missed_then_history_shows_both_attempts(quiz_file: Path) -> None:
    """r retries only the missed questions; the history lists the attempt and the retry."""
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        for question_id in ("paper", "who", "months", "fact", "named"):
            await answer_current(pilot, RESPONSES[question_id])
            await pilot.press("enter")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        retry = app.screen
        assert isinstance(retry, QuizScreen)
        assert [q.id for q in retry.session.questions] == ["paper", "named"]
        await answer_current(pilot, "a")
        await pilot.press("enter")
        await answer_current(pilot, "a, b")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizSummaryScreen) and app.screen.result.percent == 100
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one(DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert rows[0][0] == "Practice quiz (retry)" and rows[0][4] == "retry of missed ones"
        assert rows[1][0] == "Practice quiz" and rows[1][2] == "3.5/5"
        answers = str(app.screen.query_one("#history-answers", Static).content)
        assert "Which paper?" in answers and "Which sources are named?" in answers
        assert "Who spoke to the Journal?" not in answers


async def test_escape_asks_before_leaving_and_keeps_answers(
    quiz_file: Path, tmp_path: Path
) -> None:
    """Escape mid-quiz asks; 'n' stays; 'y' leaves with the answers given already saved."""
    db = tmp_path / "w.db"
    quiz = check_file(quiz_file).quiz
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        await answer_current(pilot, "a")
        await pilot.press("enter")
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("ctrl+c")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
    [attempt] = Store(db).attempts()
    assert attempt.finished_at is None and attempt.answered == 1 and attempt.score == 1


async def test_grade_judges_exactly_as_the_screen(
    quiz_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same responses through `whosays grade --json` and the screen: same verdicts."""
    responses = tmp_path / "answers.yaml"
    responses.write_text(
        "\n".join(f"{key}: {json.dumps(value)}" for key, value in RESPONSES.items()), "utf-8"
    )
    assert main(["grade", str(quiz_file), str(responses), "--json"]) == 0
    graded = json.loads(capsys.readouterr().out)
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        for question in quiz.questions:
            await answer_current(pilot, RESPONSES[question.id])
            await pilot.press("enter")
        await pilot.pause()
        result = app.screen.result
    on_screen = [(j.question_id, j.verdict, j.points) for j in result.judgements]
    from_grade = [(q["id"], q["verdict"], q["points"]) for q in graded["questions"]]
    assert on_screen == from_grade
    assert (result.score, result.percent, result.passed) == (
        graded["score"],
        graded["percent"],
        graded["passed"],
    )


async def test_typed_answer_must_not_be_empty(quiz_file: Path) -> None:
    """Enter on an empty answer box does nothing but say how to skip."""
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz, questions=[quiz.questions[1]]))
        assert isinstance(app.screen.focused, Input)
        await pilot.press("enter")
        assert app.screen.judgement is None


async def test_library_lists_quizzes_and_the_article_they_are_about() -> None:
    """The bundled seed quiz shows under Quizzes with its article, and in the Quiz column."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        quizzes = app.screen.query_one("#library-quizzes", DataTable)
        rows = [[str(c) for c in quizzes.get_row_at(i)] for i in range(quizzes.row_count)]
        about = {row[0]: row[1] for row in rows}
        assert about["Who says so? Spies joining Daesh"].startswith("U.S.-Trained Spies")
        articles = app.screen.query_one("#library-table", DataTable)
        assert str(articles.get_row_at(0)[-1]) == "1"


async def test_the_article_is_one_key_away_and_the_quiz_waits() -> None:
    """Ctrl+O opens the linked article; Escape returns to the same question."""
    from tui.quiz.validate import check_quiz
    from tui.screens.reader import ReaderScreen

    quiz = check_quiz("who-says-so-kayhan").quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz, seed=3))
        first = app.screen.session.current
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == "000_f3345cb7f8af5719"
        await pilot.press("escape")
        assert isinstance(app.screen, QuizScreen) and app.screen.session.current == first


async def test_arrows_and_enter_pick_a_choice_too(quiz_file: Path) -> None:
    """Without letters: the arrow keys and Enter pick the highlighted choice."""
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        await pilot.press("down", "enter")
        assert app.screen.judgement.matched == "Reuters"


async def test_a_quick_second_enter_does_not_skip_the_feedback(
    quiz_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter right after answering keeps the feedback on screen; a later Enter moves on."""
    now = [100.0]  # the screen's clock, stepped by hand: no timing depends on the machine
    monkeypatch.setattr(QuizScreen, "feedback_pause", 0.4)
    monkeypatch.setattr(QuizScreen, "clock", staticmethod(lambda: now[0]))
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        await pilot.press("a", "enter")
        assert app.screen.session.index == 0 and app.screen.judgement is not None
        now[0] += 0.1
        await pilot.press("enter")
        assert app.screen.session.index == 0, "an Enter 0.1 s after the feedback moved on"
        now[0] += 0.5
        await pilot.pause(0.3)  # Textual's Button ignores a press during its 0.2 s press effect
        await pilot.press("enter")
        assert app.screen.session.index == 1


async def test_an_answer_that_is_not_one_number_is_not_judged(quiz_file: Path) -> None:
    """'more than 5' is refused with a hint; the question stays open. (Number words are read
    since issue 10, so 'five hundred' is no longer the example.)"""
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz, questions=[quiz.questions[2]]))
        await pilot.press(*"more than 5", "enter")
        assert app.screen.judgement is None
        assert any("one number" in str(n.message) for n in app._notifications)
        await pilot.press(*["backspace"] * 11, *"six months", "enter")
        assert app.screen.judgement.verdict == "correct"


def kayhan_label() -> tuple[Quiz, Question]:
    """The bundled Kayhan quiz and its first label question."""
    from tui.quiz.validate import check_quiz

    quiz = check_quiz("who-says-so-kayhan").quiz
    assert quiz is not None
    return quiz, next(q for q in quiz.questions if q.type == "label")


async def test_label_letters_are_the_initials_the_reader_shows() -> None:
    """In a label question, 'a' picks anonymous (the reader's A), not the first option."""
    quiz, label = kayhan_label()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz, questions=[label]))
        options = app.screen.query_one("#quiz-options")
        shown = [str(options.get_option_at_index(i).prompt) for i in range(4)]
        assert shown == ["n) named", "a) anonymous", "v) vague", "u) unattributed"]
        await pilot.press("a")
        assert app.screen.judgement is None  # a letter chooses; Enter answers (issue 10)
        assert app.screen.query_one("#quiz-options").highlighted == 1
        await pilot.press("enter")
        assert app.screen.judgement.matched == "anonymous"
        assert app.screen._responses[label.id] == "anonymous"  # stored as the label, not "a"


async def test_a_label_typed_as_a_word_is_not_cut_short_by_its_first_letter() -> None:
    """Typing 'unnamed' does not commit 'u' (unattributed): it answers anonymous on Enter."""
    quiz, label = kayhan_label()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz, questions=[label]))
        await pilot.press(*"unnamed")
        assert app.screen.judgement is None
        assert app.screen.query_one("#quiz-options").highlighted == 1
        await pilot.press("enter")
        assert app.screen.judgement.matched == "anonymous"


async def test_article_opened_from_a_quiz_hides_the_labels() -> None:
    """The reader opened with Ctrl+O shows no highlights and cannot reveal them."""
    from tui.quiz.validate import check_quiz
    from tui.screens.reader import ReaderScreen
    from tui.widgets.article_view import ArticleView

    quiz = check_quiz("who-says-so-kayhan").quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("h", "tab", "s")
        assert app.screen.query_one(ArticleView)._marks == []
        assert app.screen.cursor is None
        assert "hidden while you take the quiz" in str(
            app.screen.query_one("#reader-legend", Static).content
        )


async def test_skipped_questions_are_stored_as_skipped(quiz_file: Path, tmp_path: Path) -> None:
    """Ctrl+N skips; the teacher's export still has a row saying so."""
    db = tmp_path / "w.db"
    quiz = check_file(quiz_file).quiz
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        await pilot.press("ctrl+n")
        assert app.screen.session.index == 1
    store = Store(db)
    [answer] = store.answers(store.attempts()[0].id)
    assert (answer.question_id, answer.verdict, answer.response) == (
        "paper",
        "skipped",
        "(skipped)",
    )


async def test_a_quiz_skipped_to_the_end_shows_its_summary(quiz_file: Path) -> None:
    """Skipping every question, the last one too, ends on the summary, each question marked
    "Skipped" (it once ended in a KeyError: the summary knew no "skipped" verdict)."""
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        for _ in quiz.questions:
            await pilot.press("ctrl+n")
            await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, QuizSummaryScreen)
        details = [str(s.content) for s in app.screen.query(".summary-detail").results(Static)]
        assert len(details) == len(quiz.questions)
        assert all("– Skipped" in d and "Your answer: (skipped)" in d for d in details)


def test_every_verdict_has_a_look() -> None:
    """Each verdict the grader gives has a sign, words and a style on screen."""
    assert set(VERDICT_LOOK) == set(VERDICTS)


async def test_history_shows_a_prompts_markdown_as_the_quiz_did(tmp_path: Path) -> None:
    """ "A *named* source?" reads with emphasis in the history too, never with asterisks."""
    path = tmp_path / "emphasis.yaml"
    path.write_text(
        "title: Emphasis\nquestions:\n  - prompt: A *named* source says so.\n    answer: true\n",
        "utf-8",
    )
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(check_file(path).quiz))
        await answer_current(pilot, "a")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        answers = app.screen.query_one("#history-answers", Static).content
        assert "A named source says so." in str(answers) and "*" not in str(answers)
        assert any("italic" in str(span.style) for span in answers.spans)


async def test_ctrl_c_in_the_article_opened_from_a_quiz_still_asks() -> None:
    """Ctrl+C over a quiz (reading its article) returns to the quiz and asks before leaving."""
    from tui.quiz.validate import check_quiz

    quiz = check_quiz("who-says-so-kayhan").quiz
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        await pilot.press("a", "ctrl+o")
        await settle(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert isinstance(app.screen_stack[-2], QuizScreen)


async def test_opening_and_leaving_a_quiz_stores_no_attempt(tmp_path: Path) -> None:
    """An attempt begins with the first answer: looking at a quiz leaves no empty result."""
    from tui.quiz.validate import check_quiz

    db = tmp_path / "w.db"
    quiz = check_quiz("who-says-so-kayhan").quiz
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot, QuizScreen(quiz))
        await pilot.press("escape", "y")
        await pilot.pause()
    assert Store(db).attempts() == []


async def test_a_label_being_typed_shows_in_plain_sight() -> None:
    """Each letter typed for a label question shows under the choices as it is typed, with
    what Enter will answer; Backspace takes it back."""
    quiz, label = kayhan_label()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, QuizScreen(quiz, questions=[label]))
        typed = app.screen.query_one("#quiz-typed", Static)
        assert not typed.display
        await pilot.press(*"unn")
        assert typed.display and "You typed: unn" in str(typed.content)
        await pilot.press(*"amed")
        assert "You typed: unnamed▏ · Enter answers “anonymous”" in str(typed.content)
        await pilot.press(*["backspace"] * 7)
        assert not typed.display


async def test_history_lists_a_shuffled_quizs_answers_in_the_order_shown(
    tmp_path: Path,
) -> None:
    """A shuffled quiz is reviewed in the order its questions were asked, not the file's."""
    path = tmp_path / "shuffled.yaml"
    path.write_text(QUIZ.replace("shuffle_choices: false", "shuffle: true"), "utf-8")
    quiz = check_file(path).quiz
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        for seed in range(20):  # a seed whose order is not the file's
            screen = QuizScreen(quiz, seed=seed)
            if [q.id for q in screen.session.questions] != [q.id for q in quiz.questions]:
                break
        await start(pilot, screen)
        asked = [q.prompt for q in screen.session.questions]
        await answer_all(pilot, [q.id for q in screen.session.questions])
        await pilot.press("h")
        await pilot.pause()
        answers = str(app.screen.query_one("#history-answers", Static).content)
        assert sorted(asked, key=answers.index) == asked


async def test_a_forgiven_typo_is_named_in_the_summary_and_the_history(quiz_file: Path) -> None:
    """A near miss marked correct says what was accepted for what, after the quiz and later
    in the history; an answer spelled right says nothing more."""
    quiz = check_file(quiz_file).quiz
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await start(pilot, QuizScreen(quiz))
        await answer_all(pilot, ["paper", "who", "months", "fact", "named"])
        assert isinstance(app.screen, QuizSummaryScreen)
        summary = " ".join(str(s.content) for s in app.screen.query(".summary-detail"))
        near_miss = "accepted: 'Rahmatulah Nabil' for 'Rahmatullah Nabil'"
        assert summary.count("accepted:") == 1 and near_miss in summary
        await pilot.press("h")
        await pilot.pause()
        answers = str(app.screen.query_one("#history-answers", Static).content)
        assert answers.count("accepted:") == 1 and near_miss in answers


async def test_at_40x12_the_prompt_is_in_sight_first_and_a_key_brings_the_answer() -> None:
    """In a tiny terminal each question opens at its prompt (focusing the choices used to
    scroll it away unread); the first key brings the focused answer into view."""
    quiz, label = kayhan_label()
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await start(pilot, QuizScreen(quiz, questions=[label]))
        await pilot.pause()
        body = app.screen.query_one("#quiz-body")
        assert body.scroll_y == 0 and body.max_scroll_y > 0
        prompt = app.screen.query_one("#quiz-prompt")
        assert prompt.region.y >= body.region.y and prompt.region.height > 0
        await pilot.press("down")
        await pilot.pause()
        options = app.screen.query_one("#quiz-options")
        assert body.scroll_y > 0 and options.region.bottom <= body.region.bottom


async def test_at_40x12_a_label_being_typed_is_scrolled_into_sight() -> None:
    """Below the choices, the typed label would be off a 40x12 screen: it is scrolled to."""
    quiz, label = kayhan_label()
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await start(pilot, QuizScreen(quiz, questions=[label]))
        await pilot.press(*"vague")
        await pilot.pause()
        body = app.screen.query_one("#quiz-body")
        typed = app.screen.query_one("#quiz-typed")
        assert body.region.y <= typed.region.y and typed.region.bottom <= body.region.bottom
