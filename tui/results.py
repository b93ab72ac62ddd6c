"""Quiz results for people: a table for the terminal and CSV for a teacher's spreadsheet."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import TextIO

from tui.quiz.grading import Judgement, points_text
from tui.quiz.model import Quiz
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
)


def result_text(attempt: AttemptRecord) -> str:
    """passed / not passed, or how far an unfinished attempt got.

    A retry covers only the missed questions, so it never claims to pass the quiz.
    """
    if attempt.abandoned:
        return f"abandoned ({attempt.answered} answered)"
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
    """One line per attempt, newest first: when, which quiz, score, result."""
    attempts = store.attempts()
    if not attempts:
        return "No quiz attempts yet."
    lines = []
    for attempt in attempts:
        title, started, score, percent, result = attempt_cells(attempt)
        lines.append(f"{started}  {title}  {score} ({percent}%)  {result}")
    return "\n".join(lines)


def write_csv(store: Store, handle: TextIO, student: str = "") -> int:
    """Every answer of every attempt, oldest attempt first; returns the number of rows.

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
                )
            )
            rows += 1
    return rows


@dataclass(frozen=True)
class ResumedAttempt:
    """An unfinished sitting to go on with: its seed (the same order) and what was answered."""

    attempt_id: int
    seed: int | None
    judgements: dict[str, Judgement]
    responses: dict[str, str]
    started_at: str

    @property
    def answered(self) -> int:
        return len(self.judgements)


def resumable_attempt(store: Store, quiz: Quiz) -> ResumedAttempt | None:
    """The student's unfinished sitting of `quiz`, if any, with its answers as judged then."""
    attempt = store.unfinished_attempt(quiz.id)
    if attempt is None:
        return None
    judgements: dict[str, Judgement] = {}
    responses: dict[str, str] = {}
    for answer in store.answers(attempt.id):
        if quiz.question(answer.question_id) is None:
            continue  # the quiz changed since: that question is gone
        judgements[answer.question_id] = Judgement(
            answer.question_id,
            answer.verdict,
            answer.points,
            answer.max_points,
            response=answer.response,
        )
        responses[answer.question_id] = answer.response
    if not judgements:
        return None
    return ResumedAttempt(attempt.id, attempt.seed, judgements, responses, attempt.started_at)
