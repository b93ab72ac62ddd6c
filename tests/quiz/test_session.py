"""The quiz session: what the quiz screen drives, with no logic left for the screen."""

from __future__ import annotations

from tui.quiz.model import Question, Quiz
from tui.quiz.session import QuizSession


def _quiz(shuffle: bool = False) -> Quiz:
    questions = tuple(
        Question(
            id=f"q{n}",
            type="short",
            prompt=f"p{n}",
            answers=(f"answer {n}",),
            hint="look again" if n == 1 else None,
        )
        for n in range(1, 7)
    )
    return Quiz(title="t", questions=questions, shuffle=shuffle)


def test_order_is_the_quiz_order_without_shuffle() -> None:
    """shuffle: false keeps the teacher's order."""
    session = QuizSession(_quiz())
    assert [q.id for q in session.questions] == ["q1", "q2", "q3", "q4", "q5", "q6"]


def test_shuffle_is_reproducible_with_a_seed() -> None:
    """The same seed gives the same order; the seed is kept for replay."""
    first = QuizSession(_quiz(shuffle=True), seed=7)
    second = QuizSession(_quiz(shuffle=True), seed=7)
    assert [q.id for q in first.questions] == [q.id for q in second.questions]
    assert sorted(q.id for q in first.questions) == [f"q{n}" for n in range(1, 7)]
    assert first.seed == 7
    orders = {tuple(q.id for q in QuizSession(_quiz(True), seed=s).questions) for s in range(20)}
    assert len(orders) > 1


def test_walk_through_answer_advance_and_summary() -> None:
    """Answer, advance, skip; the summary counts skipped questions as unanswered."""
    session = QuizSession(_quiz())
    assert session.current is not None and session.current.id == "q1"
    assert session.answer("answer 1").correct
    session.advance()
    assert session.answer("answer 9").verdict == "wrong"
    session.advance()
    session.skip()
    assert session.progress == (3, 6)
    while not session.finished:
        session.advance()
    assert session.current is None
    summary = session.summary()
    assert [j.verdict for j in summary.judgements][:3] == ["correct", "wrong", "skipped"]
    assert summary.score == 1 and summary.max_score == 6


def test_a_question_is_judged_once() -> None:
    """Answering again returns the first judgement: no trying until right."""
    session = QuizSession(_quiz())
    session.answer("nonsense")
    assert session.answer("answer 1").verdict == "wrong"


def test_hint_is_recorded() -> None:
    """use_hint returns the hint and remembers it; no hint gives None."""
    session = QuizSession(_quiz())
    assert session.use_hint() == "look again"
    assert session.hint_used("q1")
    session.advance()
    assert session.use_hint() is None and not session.hint_used("q2")


def test_retry_missed_covers_only_missed_questions() -> None:
    """A retry holds the wrong, close, partial and skipped questions, and is judged afresh."""
    session = QuizSession(_quiz())
    session.answer("answer 1")
    session.advance()
    session.answer("wrong")
    retry = session.retry_missed()
    assert [q.id for q in retry.questions] == ["q2", "q3", "q4", "q5", "q6"]
    assert retry.answer("answer 2").correct
    assert retry.summary().max_score == 5


def test_answer_after_the_end_raises() -> None:
    """A finished session has no current question to answer (a bug in the caller)."""
    session = QuizSession(_quiz())
    for _ in range(6):
        session.advance()
    try:
        session.answer("x")
    except IndexError:
        return
    raise AssertionError("expected IndexError")
