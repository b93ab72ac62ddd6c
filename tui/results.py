"""Quiz results for people: a table for the terminal and CSV for a teacher's spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TextIO

from tui.practice import records
from tui.practice.export import attempt_line, csv_rows
from tui.quiz.grading import Judgement, points_text
from tui.quiz.model import Quiz
from tui.store import AnswerRecord, AttemptRecord, Store
from tui.students import kept, name_key, names, owner

#: The columns that say which attempt a row belongs to, and its totals.
ATTEMPT_COLUMNS = (
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
)

#: Columns of `whosays results --csv`, one row per answer, in the quiz's question order.
#: The attempt's totals are on every row, so `whosays class` needs no other file.
CSV_COLUMNS = (
    *ATTEMPT_COLUMNS,
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
    # Added with practice (docs/practice.md): quiz or practice, the key that marked a
    # practice answer, and the student's dispute of that key.
    "kind",
    "key",
    "disputed",
    "dispute_reason",
)

#: Columns of `whosays results --csv FILE --summary`: one row per attempt.
SUMMARY_COLUMNS = (*ATTEMPT_COLUMNS, "answered", "passed")

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


def write_rows(
    handle: TextIO, columns: tuple[str, ...], rows: Iterable[Mapping[str, object]]
) -> int:
    """The one CSV writer of whosays: a header, then each row's cells by column name (a
    column a row lacks is empty), every cell protected; returns the number of rows."""
    writer = csv.writer(handle)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_cell(row.get(column, "")) for column in columns])
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
        records.local_time(attempt.started_at),
        f"{points_text(attempt.score)}/{points_text(attempt.max_score)}",
        f"{attempt.percent:.0f}",
        result_text(attempt),
    )


def _stored(
    store: Store, quiz_id: str | None
) -> tuple[list[AttemptRecord], list[records.PracticeAttempt]]:
    """Quiz attempts newest first, and practice ones oldest first (none with one quiz)."""
    return store.attempts(quiz_id), records.attempts(store) if quiz_id is None else []


def students(store: Store, quiz_id: str | None = None, student: str = "") -> list[str]:
    """Who has results (quiz and practice; one quiz's when `quiz_id` is given), each once;
    `student` stands for attempts recorded before any name was remembered."""
    quizzes, practice = _stored(store, quiz_id)
    return names([a.student for a in [*quizzes, *practice]], student)


def no_results_line(student: str, others: list[str]) -> str:
    """What is said when `student` has no results, naming those who have."""
    stored = f"; results are stored for {', '.join(others)}" if others else ""
    return f"no results for '{student.strip()}'{stored}"


def attempts_table(
    store: Store, quiz_id: str | None = None, student: str = "", only: str | None = None
) -> str:
    """One line per attempt, newest first: when, which quiz, score, result; then practice
    (unless one quiz is asked for).

    `only` names the one student listed (if they have no results: one line naming those
    who have). Otherwise all are, each line named when they are more than one student's.
    `student` names attempts recorded before any name was remembered, as in the CSV.
    """
    quizzes, every_practice = _stored(store, quiz_id)
    everyone = names([a.student for a in [*quizzes, *every_practice]], student)
    if only is not None and everyone and name_key(only) not in map(name_key, everyone):
        return no_results_line(only, everyone)
    attempts = [a for a in quizzes if kept(a.student, student, only)]
    practice = [a for a in every_practice if kept(a.student, student, only)]
    if only is not None:  # as the name was stored, not as it was typed
        whose = next((n for n in everyone if name_key(n) == name_key(only)), only.strip())
    else:
        whose = student if not everyone else everyone[0] if len(everyone) == 1 else ""
    by = f" by {whose}" if whose else f" by {len(everyone)} students" if everyone else ""
    if not attempts:
        lines = [f"No quiz attempts{by} yet."]
    else:
        lines = [f"Quiz attempts{by}, newest first:"] if by else []
    width = 0 if whose else max(map(len, everyone), default=0)

    def named(recorded: str | None, line: str) -> str:
        return f"{owner(recorded, student):<{width}}  {line}" if width else line

    for attempt in attempts:
        title, started, score, percent, result = attempt_cells(attempt)
        lines.append(named(attempt.student, f"{started}  {title}  {score} ({percent}%)  {result}"))
    if practice:
        lines.append("")
        lines.extend(named(a.student, attempt_line(a)) for a in reversed(practice))
    return "\n".join(lines)


def shared_cells(student: str, attempt: AttemptRecord) -> dict[str, object]:
    """The columns every row of an attempt shares; `student` names an attempt recorded
    before any name was remembered."""
    return {
        "student": owner(attempt.student, student),
        "attempt": attempt.id,
        "quiz": attempt.quiz_id,
        "quiz_title": attempt.quiz_title,
        "started_at": attempt.started_at,
        "finished_at": attempt.finished_at or "",
        "status": attempt_status(attempt),
        "retry_of": attempt.retry_of or "",
        "score": points_text(attempt.score),
        "max_score": points_text(attempt.max_score),
        "percent": f"{attempt.percent:.1f}",
    }


def answer_cells(
    shared: Mapping[str, object], answer: AnswerRecord, number: int
) -> dict[str, object]:
    """One quiz answer's row of CSV_COLUMNS: its attempt's cells, then the answer's own
    (`number`: its place among the attempt's answers, for answers saved without one)."""
    return {
        **shared,
        "question_number": answer.position + 1 if answer.position is not None else number,
        "question": answer.question_id,
        "question_type": answer.question_type,
        "prompt": answer.prompt,
        "response": answer.response,
        "verdict": answer.verdict,
        "points": points_text(answer.points),
        "max_points": points_text(answer.max_points),
        "right_answer": answer.right_answer,
        "hint_used": "yes" if answer.hint_used else "no",
        "answered_at": answer.answered_at,
        "kind": "quiz",
    }


def write_csv(
    store: Store,
    handle: TextIO,
    student: str = "",
    quiz_id: str | None = None,
    summary: bool = False,
    only: str | None = None,
) -> int:
    """Every answer of every quiz attempt (oldest attempt first, questions in quiz order),
    then every sentence answer of every practice attempt; returns the number of rows.

    The first column is each attempt's student (`student` for one recorded before any name
    was remembered), so a teacher can merge a class's files (`whosays class`). `only` keeps
    that student's attempts alone; `quiz_id` keeps one quiz's (no practice); `summary` writes
    one row per quiz attempt instead.
    """
    if summary:
        attempts = (a for a in reversed(store.attempts(quiz_id)) if kept(a.student, student, only))
        return write_rows(
            handle,
            SUMMARY_COLUMNS,
            (
                {
                    **shared_cells(student, a),
                    "answered": a.answered,
                    "passed": "yes" if a.passed else "no",
                }
                for a in attempts
            ),
        )

    def rows() -> Iterator[Mapping[str, object]]:
        # Streamed from one query, a batch at a time: 100,000 answers take no more memory
        # than ten (an attempt's answers were a list each).
        shared: dict[str, object] = {}
        number = 0
        for attempt, answer in store.answer_rows(quiz_id):
            if not kept(attempt.student, student, only):
                continue
            if shared.get("attempt") != attempt.id:
                shared, number = shared_cells(student, attempt), 0
            number += 1
            yield answer_cells(shared, answer, number)
        if quiz_id is None:
            yield from csv_rows(store, student, only)

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
