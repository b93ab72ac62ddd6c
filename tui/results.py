"""Quiz results for people: a table for the terminal and CSV for a teacher's spreadsheet."""

from __future__ import annotations

import csv
from typing import TextIO

from tui.practice import records
from tui.practice.export import attempt_line, csv_rows
from tui.quiz.grading import points_text
from tui.store import AttemptRecord, Store

#: Columns of `whosays results --csv`, one row per answer.
CSV_COLUMNS = (
    "student",
    "attempt",
    "quiz",
    "quiz_title",
    "started_at",
    "finished_at",
    "retry_of",
    "question",
    "prompt",
    "response",
    "verdict",
    "points",
    "max_points",
    "right_answer",
    "hint_used",
    "answered_at",
    # Added with practice (docs/practice.md): quiz or practice, the key that marked a
    # practice answer, and the student's dispute of that key.
    "kind",
    "key",
    "disputed",
    "dispute_reason",
)


def result_text(attempt: AttemptRecord) -> str:
    """passed / not passed, or how far an unfinished attempt got.

    A retry covers only the missed questions, so it never claims to pass the quiz.
    """
    if attempt.finished_at is None:
        return f"unfinished ({attempt.answered} answered)"
    if attempt.retry_of is not None:
        return "retry of missed ones"
    return "passed" if attempt.passed else "not passed"


def attempt_cells(attempt: AttemptRecord) -> tuple[str, str, str, str, str]:
    """(quiz, started, score, percent, result) as people read them, for any listing."""
    return (
        attempt.quiz_title + (" (retry)" if attempt.retry_of else ""),
        attempt.started_at.replace("T", " ")[:16],
        f"{points_text(attempt.score)}/{points_text(attempt.max_score)}",
        f"{attempt.percent:.0f}",
        result_text(attempt),
    )


def attempts_table(store: Store) -> str:
    """One line per attempt, newest first: when, which quiz, score, result; then practice."""
    attempts = store.attempts()
    lines = [] if attempts else ["No quiz attempts yet."]
    for attempt in attempts:
        title, started, score, percent, result = attempt_cells(attempt)
        lines.append(f"{started}  {title}  {score} ({percent}%)  {result}")
    practice = records.attempts(store)
    if practice:
        lines.append("")
        lines.extend(attempt_line(attempt) for attempt in reversed(practice))
    return "\n".join(lines)


def write_csv(store: Store, handle: TextIO, student: str = "") -> int:
    """Every answer of every quiz attempt, oldest attempt first, then every sentence answer
    of every practice attempt; returns the number of rows.

    `student` fills the first column, so a teacher can put several students' files together.
    """
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for attempt in reversed(store.attempts()):
        for answer in store.answers(attempt.id):
            writer.writerow(
                (
                    student,
                    attempt.id,
                    attempt.quiz_id,
                    attempt.quiz_title,
                    attempt.started_at,
                    attempt.finished_at or "",
                    attempt.retry_of or "",
                    answer.question_id,
                    answer.prompt,
                    answer.response,
                    answer.verdict,
                    points_text(answer.points),
                    points_text(answer.max_points),
                    answer.right_answer,
                    "yes" if answer.hint_used else "no",
                    answer.answered_at,
                    "quiz",
                    "",
                    "",
                    "",
                )
            )
            rows += 1
    for row in csv_rows(store, student):
        writer.writerow(row)
        rows += 1
    return rows
