"""The bundled quizzes are clean and cover what they promise."""

from __future__ import annotations

from pathlib import Path

from tui.quiz.model import QUESTION_TYPES
from tui.quiz.validate import check_file

QUIZZES = Path(__file__).resolve().parents[2] / "quizzes"


def test_bundled_quizzes_have_no_problems() -> None:
    """Every bundled quiz passes `whosays check` with no error and no warning."""
    paths = sorted(QUIZZES.glob("*.yaml"))
    assert len(paths) >= 2
    for path in paths:
        assert check_file(path).problems == (), path


def test_kayhan_quiz_uses_every_question_type() -> None:
    """The seed article's quiz has each type, label questions included, and explanations."""
    quiz = check_file(QUIZZES / "who-says-so-kayhan.yaml").quiz
    assert quiz is not None
    assert {q.type for q in quiz.questions} == set(QUESTION_TYPES)
    assert all(q.explain for q in quiz.questions)
    assert quiz.article_path is not None and quiz.article_path.name == "000_f3345cb7f8af5719.txt"


def test_kayhan_quiz_quotes_are_verbatim() -> None:
    """Every passage quoted in a prompt or explanation appears exactly in the article."""
    quiz = check_file(QUIZZES / "who-says-so-kayhan.yaml").quiz
    assert quiz is not None and quiz.article_path is not None
    article = " ".join(quiz.article_path.read_text(encoding="utf-8").split())
    for question in quiz.questions:
        for text in (question.prompt, question.explain or ""):
            for quoted in text.split('"')[1::2]:
                assert " ".join(quoted.split()) in article, (question.id, quoted)


def test_bundled_quizzes_do_not_teach_pick_a() -> None:
    """The right answer is written first in at most a third of the choice and multi questions
    (shuffling hides the order from students; exports to Moodle and Canvas keep it)."""
    questions = [
        question
        for path in sorted(QUIZZES.glob("*.yaml"))
        for question in (check_file(path).quiz or ()).questions  # type: ignore[union-attr]
        if question.type in ("choice", "multi")
    ]
    first = [q for q in questions if q.choices[0] in q.answers]
    assert len(questions) >= 4
    assert len(first) <= len(questions) / 3, [q.id for q in first]
