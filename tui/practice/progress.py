"""Progress over time: the checked attempts, the label confused most, and a library article
that practises it (one the student has not tried yet, when there is one)."""

from __future__ import annotations

from dataclasses import dataclass

from tui.analysis import analyze_article
from tui.library import list_articles
from tui.practice import records
from tui.practice.keys import load_key, refusal
from tui.practice.records import PracticeAttempt
from tui.store import Store


@dataclass(frozen=True)
class Confusion:
    """The commonest disagreement over every checked attempt: the key's label, the
    student's, and how often."""

    key: str
    student: str
    count: int


@dataclass(frozen=True)
class Suggestion:
    """A library article with many sentences of the label to practise."""

    article_id: str
    title: str
    path: str
    count: int
    tried: bool


@dataclass(frozen=True)
class Progress:
    """What the progress screen shows."""

    attempts: list[PracticeAttempt]
    confusion: Confusion | None


def progress(store: Store) -> Progress:
    """The checked attempts, oldest first, and the commonest confusion."""
    rows = store.read(
        "SELECT key_label, label, COUNT(*) AS n FROM practice_answer WHERE verdict = 'disagree'"
        " GROUP BY key_label, label ORDER BY n DESC, key_label, label LIMIT 1"
    )
    confusion = (
        Confusion(str(rows[0][0]), str(rows[0][1]), int(rows[0][2]))  # type: ignore[call-overload]
        if rows
        else None
    )
    return Progress(records.attempts(store, checked_only=True), confusion)


def suggest_article(label: str, tried: set[str]) -> Suggestion | None:
    """The library article whose key has most sentences of `label`, untried ones first."""
    best: Suggestion | None = None
    for listing in list_articles():
        article = listing.article
        if article is None or article.path is None or refusal(article):
            continue
        key = load_key(analyze_article(article))
        count = sum(1 for item in key.labels if item is not None and item.label == label)
        if not count:
            continue
        found = Suggestion(
            listing.entry.id, article.title, str(article.path), count, listing.entry.id in tried
        )
        if best is None or (not found.tried, found.count) > (not best.tried, best.count):
            best = found
    return best
