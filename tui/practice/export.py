"""Practice attempts for people: lines for `whosays results` and rows for its CSV.

The CSV shares the quiz columns (tui/results.py, documented in docs/practice.md) so one
spreadsheet holds both: a practice row is one sentence answer, `attempt` is `p` and the
attempt's number, `question` the sentence's number, `prompt` its text, `response` the
student's label, `right_answer` the key's, and the last columns say it is practice, which
key marked it, and whether the student disputed that key (and why).
"""

from __future__ import annotations

from collections.abc import Iterator

from tui.practice import records
from tui.practice.feedback import discernment_word
from tui.practice.records import PracticeAttempt
from tui.store import Store


def attempt_line(attempt: PracticeAttempt) -> str:
    """One line for a terminal: when, which article, and the score or how far it got."""
    started = attempt.started_at.replace("T", " ")[:16]
    title = f"practice: {attempt.article_title}"
    if attempt.checked_at is None or attempt.discernment is None:
        return f"{started}  {title}  unchecked ({attempt.answered} of {attempt.sentences} labelled)"
    accuracy = "–" if attempt.accuracy is None else f"{attempt.accuracy:.0%}"
    return (
        f"{started}  {title}  d′ {attempt.discernment:.1f} "
        f"({discernment_word(attempt.discernment)}), agreement {accuracy}, {attempt.tendency}"
    )


def csv_rows(store: Store, student: str) -> Iterator[tuple[object, ...]]:
    """One row per sentence answer of every practice attempt, oldest attempt first."""
    for attempt in records.attempts(store):
        for answer in records.answers(store, attempt.id):
            scored = answer.verdict in ("agree", "disagree")
            yield (
                student,
                f"p{attempt.id}",
                attempt.article_id,
                attempt.article_title,
                attempt.started_at,
                attempt.checked_at or "",
                "",
                answer.sentence + 1,
                answer.text,
                answer.label,
                answer.verdict or "",
                int(answer.verdict == "agree") if scored else 0,
                1 if scored else 0,
                answer.key_label or "",
                "no",
                answer.answered_at,
                "practice",
                attempt.key_kind,
                "yes" if answer.disputed else "no",
                answer.dispute_reason,
            )
