"""Spaced review: quiz questions and practice sentences the student missed come back, on a
schedule from FSRS (the `fsrs` package; docs/practice.md says why and how).

The schedule is never stored: it is replayed from the answers in SQLite (quiz answers,
checked practice answers, review answers) each time it is asked for, so the answers stay
the only source of truth and the schedule can always be rebuilt from them. Replaying is
cheap: 2,000 answers to 200 items take about 26 ms here (it runs in a worker).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.store import Store

if TYPE_CHECKING:
    from fsrs import Card, Scheduler

QUIZ = "quiz"
PRACTICE = "practice"

#: One short step on the day of a miss, then days: the student sees a missed item once more
#: the same day (after ten minutes), and then when FSRS expects it half-forgotten.
STEP = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Outcome:
    """One answer to a reviewable item: a quiz question (source = quiz id, item = question
    id) or a practice sentence (source = article id, item = the sentence's text)."""

    kind: str
    source: str
    item: str
    correct: bool
    at: dt.datetime

    @property
    def identity(self) -> tuple[str, str, str]:
        return (self.kind, self.source, _squeeze(self.item) if self.kind == PRACTICE else self.item)


@dataclass(frozen=True)
class ReviewItem:
    """A missed item on the schedule: when it is next due, and how often it was missed."""

    kind: str
    source: str
    item: str
    due: dt.datetime
    misses: int
    reviews: int


def _squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


def _moment(text: str) -> dt.datetime:
    """A stored timestamp as an aware UTC datetime (FSRS insists on UTC)."""
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def outcomes(store: Store) -> list[Outcome]:
    """Every answer that counts for review, oldest first.

    Practice answers count once their attempt is checked (before that the student may still
    change them), at the time of the check; a sentence the student disputed never comes
    back (they think the key is wrong, and asking again would not settle it).
    """
    found: list[Outcome] = []
    for quiz_id, question_id, verdict, at in store.read(
        "SELECT a.quiz_id, an.question_id, an.verdict, an.answered_at"
        " FROM answer an JOIN attempt a ON a.id = an.attempt_id"
    ):
        found.append(
            Outcome(QUIZ, str(quiz_id), str(question_id), verdict == "correct", _moment(str(at)))
        )
    for article_id, text, verdict, at in store.read(
        "SELECT a.article_id, p.text, p.verdict, a.checked_at FROM practice_answer p"
        " JOIN practice_attempt a ON a.id = p.attempt_id WHERE a.checked_at IS NOT NULL"
        " AND p.verdict IN ('agree', 'disagree')"
    ):
        found.append(
            Outcome(PRACTICE, str(article_id), str(text), verdict == "agree", _moment(str(at)))
        )
    for kind, source, item, correct, at in store.read(
        "SELECT kind, source, item, correct, answered_at FROM review_answer"
    ):
        found.append(Outcome(str(kind), str(source), str(item), bool(correct), _moment(str(at))))
    disputed = {
        (PRACTICE, str(article_id), _squeeze(str(text)))
        for article_id, text in store.read(
            "SELECT a.article_id, d.text FROM practice_dispute d"
            " JOIN practice_attempt a ON a.id = d.attempt_id"
        )
    }
    found = [o for o in found if o.identity not in disputed]
    found.sort(key=lambda o: o.at)
    return found


def _scheduler() -> Scheduler:
    from fsrs import Scheduler

    # No fuzz: the same answers must always give the same schedule (it is rebuilt each time).
    return Scheduler(learning_steps=(STEP,), relearning_steps=(STEP,), enable_fuzzing=False)


def schedule(answers: Iterable[Outcome]) -> list[ReviewItem]:
    """Replay the answers through FSRS: an item joins at its first miss (rated Again), and
    each later answer is a review (Good when right, Again when missed)."""
    from fsrs import Card, Rating

    scheduler = _scheduler()
    cards: dict[tuple[str, str, str], tuple[Card, Outcome, int, int]] = {}
    for outcome in answers:
        identity = outcome.identity
        held = cards.get(identity)
        if held is None and outcome.correct:
            continue  # right the first time: nothing to review
        card = held[0] if held else Card(card_id=len(cards) + 1, due=outcome.at)
        misses = (held[2] if held else 0) + (not outcome.correct)
        reviews = (held[3] + 1) if held else 0
        rating = Rating.Good if outcome.correct else Rating.Again
        card, _log = scheduler.review_card(card, rating, outcome.at)
        cards[identity] = (card, held[1] if held else outcome, misses, reviews)
    return sorted(
        (
            ReviewItem(first.kind, first.source, first.item, card.due, misses, reviews)
            for card, first, misses, reviews in cards.values()
        ),
        key=lambda item: (item.due, item.kind, item.source, item.item),
    )


def end_of_today(now: dt.datetime | None = None) -> dt.datetime:
    """Midnight at the end of the student's local day, in UTC."""
    local = (now or dt.datetime.now(dt.UTC)).astimezone()
    midnight = (local + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.astimezone(dt.UTC)


def due_today(store: Store, now: dt.datetime | None = None) -> list[ReviewItem]:
    """The items due by the end of today, most overdue first: a review session's order."""
    until = end_of_today(now)
    return [item for item in schedule(outcomes(store)) if item.due <= until]
