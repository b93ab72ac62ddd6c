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
from tui.practice.feedback import discernment_word, few_labels
from tui.practice.records import PracticeAttempt, local_time
from tui.store import Store
from tui.students import kept, owner


def attempt_line(attempt: PracticeAttempt) -> str:
    """One line for a terminal: when, which article, and the score or how far it got."""
    started = local_time(attempt.started_at)
    title = f"practice: {attempt.article_title}"
    if attempt.checked_at is None or attempt.discernment is None:
        return f"{started}  {title}  unchecked ({attempt.answered} of {attempt.sentences} labelled)"
    accuracy = "–" if attempt.accuracy is None else f"{attempt.accuracy:.0%}"
    scored = (attempt.hits or 0) + (attempt.misses or 0)
    scored += (attempt.false_alarms or 0) + (attempt.correct_rejections or 0)
    few = few_labels(scored, attempt.unanswered or 0)
    return (
        f"{started}  {title}  d′ {attempt.discernment:.1f} "
        f"({discernment_word(attempt.discernment)}), agreement {accuracy}, {attempt.tendency}"
        + (f" ({few})" if few else "")
    )


def csv_rows(store: Store, student: str, only: str | None = None) -> Iterator[dict[str, object]]:
    """One row per sentence answer of every practice attempt (only `only`'s, if given),
    oldest attempt first, by column name (tui.results.CSV_COLUMNS; a column not named here
    stays empty). `student` names attempts recorded before any name was remembered."""
    for attempt in records.attempts(store):
        if not kept(attempt.student, student, only):
            continue
        for answer in records.answers(store, attempt.id):
            scored = answer.verdict in ("agree", "disagree")
            yield {
                "student": owner(attempt.student, student),
                "attempt": f"p{attempt.id}",
                "quiz": attempt.article_id,
                "quiz_title": attempt.article_title,
                "started_at": attempt.started_at,
                "finished_at": attempt.checked_at or "",
                "question_number": answer.sentence + 1,
                "question": answer.sentence + 1,
                "prompt": answer.text,
                "response": answer.label,
                "verdict": answer.verdict or "",
                "points": int(answer.verdict == "agree") if scored else 0,
                "max_points": 1 if scored else 0,
                "right_answer": answer.key_label or "",
                "hint_used": "no",
                "answered_at": answer.answered_at,
                "kind": "practice",
                "key": attempt.key_kind,
                "disputed": "yes" if answer.disputed else "no",
                "dispute_reason": answer.dispute_reason,
            }
