"""Spaced review: missed items come back on an FSRS schedule replayed from the answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui.practice.keys import AnswerKey
from tui.practice.review import PRACTICE, QUIZ, Outcome, due_today, outcomes, schedule
from tui.practice.review_cards import QuizCard, SentenceCard, answer, prepare
from tui.practice.session import PracticeSession
from tui.store import AnswerRecord, Store

T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def _outcome(correct: bool, minutes: float, item: str = "q1") -> Outcome:
    return Outcome(QUIZ, "quiz", item, correct, T0 + dt.timedelta(minutes=minutes))


def test_right_first_time_never_comes_back() -> None:
    assert schedule([_outcome(True, 0)]) == []


def test_a_miss_comes_back_soon_then_later_each_time_it_is_right() -> None:
    missed = schedule([_outcome(False, 0)])[0]
    assert missed.due == T0 + dt.timedelta(minutes=10) and missed.misses == 1
    once = schedule([_outcome(False, 0), _outcome(True, 10)])[0]
    twice = schedule([_outcome(False, 0), _outcome(True, 10), _outcome(True, 60 * 24 * 3)])[0]
    assert once.due - (T0 + dt.timedelta(minutes=10)) >= dt.timedelta(days=1)
    assert twice.due - (T0 + dt.timedelta(days=3)) > once.due - (T0 + dt.timedelta(minutes=10))


def test_the_schedule_is_the_same_every_time_it_is_rebuilt() -> None:
    """No fuzz: replaying the same answers gives the same dates, in due order."""
    answers = [_outcome(False, 0, "a"), _outcome(False, 5, "b"), _outcome(True, 20, "a")]
    first = schedule(answers)
    assert first == schedule(answers)
    assert [item.item for item in first] == ["b", "a"]


def test_missed_quiz_questions_and_practice_sentences_are_due_today(
    cats_key: AnswerKey, tmp_path: Path
) -> None:
    """From the store: a wrong quiz answer and a wrong practice label are due; a disputed
    sentence is not; answering in review moves the item on."""
    store = Store(tmp_path / "w.db")
    attempt = store.start_attempt("sourcing-basics", "Sourcing basics", None, max_score=2)
    store.record_answer(attempt, AnswerRecord("q1", "Q?", "x", "wrong", 0, 1, "y"))
    store.record_answer(attempt, AnswerRecord("q2", "Q?", "y", "correct", 1, 1, "y"))
    session = PracticeSession.resume_or_start(store, cats_key)
    session.give(1, "vague")
    session.give(3, "named")
    session.check()
    session.dispute(3, "")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=11)
    due = due_today(store, later)
    assert {(item.kind, item.item) for item in due} == {
        (QUIZ, "q1"),
        (PRACTICE, cats_key.sentences[1].text),
    }
    assert [o.kind for o in outcomes(store)].count(PRACTICE) == 1  # the disputed one left out
    cards = prepare(store, due)
    sentence = next(card for card in cards if isinstance(card, SentenceCard))
    assert sentence.before == cats_key.sentences[0].text
    judged = answer(store, sentence, "n")
    assert judged.correct and judged.right == "named"
    assert all(item.kind == QUIZ for item in due_today(store, later))


def test_a_quiz_card_is_judged_by_the_quiz_judge(tmp_path: Path) -> None:
    store = Store(tmp_path / "w.db")
    attempt = store.start_attempt("sourcing-basics", "Sourcing basics", None, max_score=1)
    store.record_answer(attempt, AnswerRecord("named-meaning", "Q?", "x", "wrong", 0, 1, "y"))
    cards = prepare(store, due_today(store, dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)))
    assert len(cards) == 1 and isinstance(cards[0], QuizCard)
    card = cards[0]
    judged = answer(store, card, card.question.answer)
    assert judged.correct
    assert due_today(store, dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)) == []
