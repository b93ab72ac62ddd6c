"""Quiz results for people: a table for the terminal and CSV for a teacher's spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO

from tui.quiz.grading import Judgement, points_text
from tui.quiz.model import Quiz
from tui.store import AttemptRecord, Store

#: Columns of `whosays results --csv`, one row per answer, in the quiz's question order.
#: The attempt's totals are on every row, so `whosays class` needs no other file.
CSV_COLUMNS = (
    "student",
    "attempt",
    "quiz",
    "quiz_title",
    "started_at",
    "finished_at",
    "status",
    "retry_of",
    "score",
    "max_score",
    "percent",
    "question_number",
    "question",
    "question_type",
    "prompt",
    "response",
    "verdict",
    "points",
    "max_points",
    "right_answer",
    "hint_used",
    "answered_at",
)

#: Columns of `whosays results --csv FILE --summary`: one row per attempt.
SUMMARY_COLUMNS = (
    "student",
    "attempt",
    "quiz",
    "quiz_title",
    "started_at",
    "finished_at",
    "status",
    "retry_of",
    "answered",
    "score",
    "max_score",
    "percent",
    "passed",
)

#: What a spreadsheet reads as the start of a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text, never runs: "=HYPERLINK(...)" gets a leading
    apostrophe, as OWASP advises; `read_cell` takes it off again."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def read_cell(text: str) -> str:
    """A cell as written before `spreadsheet_cell` protected it."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def write_rows(handle: TextIO, columns: tuple[str, ...], rows: Iterable[Iterable[object]]) -> int:
    """The one CSV writer of whosays: a header, then rows of protected cells; returns the
    number of rows."""
    writer = csv.writer(handle)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_cell(cell) for cell in row])
        count += 1
    return count


def attempt_status(attempt: AttemptRecord) -> str:
    """finished, unfinished or abandoned: one word for a spreadsheet."""
    if attempt.abandoned:
        return "abandoned"
    return "unfinished" if attempt.finished_at is None else "finished"


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


def attempts_table(store: Store, quiz_id: str | None = None) -> str:
    """One line per attempt, newest first: when, which quiz, score, result."""
    attempts = store.attempts(quiz_id)
    if not attempts:
        return "No quiz attempts yet."
    lines = []
    for attempt in attempts:
        title, started, score, percent, result = attempt_cells(attempt)
        lines.append(f"{started}  {title}  {score} ({percent}%)  {result}")
    return "\n".join(lines)


def write_csv(
    store: Store,
    handle: TextIO,
    student: str = "",
    quiz_id: str | None = None,
    summary: bool = False,
) -> int:
    """Every answer (or, with `summary`, every attempt), oldest attempt first; returns the
    number of rows. `student` fills the first column, so a teacher can merge a class's
    files (`whosays class`); `quiz_id` keeps one quiz's attempts."""
    attempts = list(reversed(store.attempts(quiz_id)))
    if summary:
        return write_rows(
            handle,
            SUMMARY_COLUMNS,
            (
                (
                    student,
                    a.id,
                    a.quiz_id,
                    a.quiz_title,
                    a.started_at,
                    a.finished_at or "",
                    attempt_status(a),
                    a.retry_of or "",
                    a.answered,
                    points_text(a.score),
                    points_text(a.max_score),
                    f"{a.percent:.1f}",
                    "yes" if a.passed else "no",
                )
                for a in attempts
            ),
        )

    def rows() -> Iterator[tuple[object, ...]]:
        for attempt in attempts:
            for number, answer in enumerate(store.answers(attempt.id), start=1):
                yield (
                    student,
                    attempt.id,
                    attempt.quiz_id,
                    attempt.quiz_title,
                    attempt.started_at,
                    attempt.finished_at or "",
                    attempt_status(attempt),
                    attempt.retry_of or "",
                    points_text(attempt.score),
                    points_text(attempt.max_score),
                    f"{attempt.percent:.1f}",
                    answer.position + 1 if answer.position is not None else number,
                    answer.question_id,
                    answer.question_type,
                    answer.prompt,
                    answer.response,
                    answer.verdict,
                    points_text(answer.points),
                    points_text(answer.max_points),
                    answer.right_answer,
                    "yes" if answer.hint_used else "no",
                    answer.answered_at,
                )

    return write_rows(handle, CSV_COLUMNS, rows())


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
