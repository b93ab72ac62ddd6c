"""A class's results: students' `whosays results --csv` files merged into one gradebook and
an item analysis per question, for `whosays class`.

Each student exports on their own machine; the teacher merges the files. The same export
given twice (or two exports that overlap) counts once. What the item analysis reports is
meant to be acted on: the wrong answers exactly as students typed them (add them to
`accept:` or `reject:`), and the label questions most students answer otherwise.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from tui.practice.records import local_time
from tui.quiz.answers import label_meant
from tui.results import CSV_COLUMNS, SUMMARY_COLUMNS, read_cell, write_rows
from tui.wording import counted

#: How many of the commonest wrong answers the item analysis lists per question.
COMMON_WRONG = 3


class ClassError(Exception):
    """A file that cannot be merged (missing, not a whosays export); the message names it."""


@dataclass(frozen=True)
class AnswerRow:
    """One row of a student's export: an answer, with its attempt's totals."""

    student: str
    attempt: str
    quiz: str
    quiz_title: str
    started_at: str
    finished_at: str
    status: str
    retry_of: str
    percent: float
    number: int
    question: str
    question_type: str
    prompt: str
    response: str
    verdict: str
    right_answer: str

    @property
    def attempt_key(self) -> tuple[str, str, str, str]:
        """Who, which quiz, which attempt: the same in every copy of an export."""
        return (self.student, self.quiz, self.attempt, self.started_at)


def read_export(path: Path) -> list[AnswerRow]:
    """The rows of one student's export; ClassError naming the file if it is not one."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None or tuple(header) != CSV_COLUMNS:
                raise ClassError(_not_an_export(path, header))
            rows = [
                _row(path, reader.line_num, cells)
                for cells in reader
                if any(cells) and _kind(cells) != "practice"  # practice rows: not a quiz
            ]
    except FileNotFoundError:
        raise ClassError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ClassError(f"{path}: is a folder, not a results file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ClassError(f"{path}: cannot be read as a whosays results export ({error})") from None
    return rows


def _kind(cells: list[str]) -> str:
    index = CSV_COLUMNS.index("kind")
    return cells[index] if len(cells) > index else ""


def _not_an_export(path: Path, header: list[str] | None) -> str:
    if header is not None and tuple(header) == SUMMARY_COLUMNS:
        return (
            f"{path}: is a per-attempt summary (--summary); whosays class needs the "
            "per-answer export: whosays results --csv FILE --student NAME"
        )
    return (
        f"{path}: not a whosays results export (its first line should start "
        "'student,attempt,quiz'); students make one with: whosays results --csv FILE"
    )


def _row(path: Path, line: int, cells: list[str]) -> AnswerRow:
    if len(cells) != len(CSV_COLUMNS):
        raise ClassError(
            f"{path}:{line}: {len(cells)} cells where an export has {len(CSV_COLUMNS)}; "
            "was the file edited in a spreadsheet? Export it again"
        )
    values = dict(zip(CSV_COLUMNS, (read_cell(c) for c in cells), strict=True))
    try:
        percent = float(values["percent"] or 0)
        number = int(values["question_number"] or 0)
    except ValueError:
        raise ClassError(f"{path}:{line}: a number column holds text; export it again") from None
    texts = {name: values[name] for name in _TEXT_FIELDS}
    texts["student"] = texts["student"].strip() or path.stem
    return AnswerRow(**texts, percent=percent, number=number)


#: The AnswerRow fields that are the CSV's columns of the same name, as text.
_TEXT_FIELDS = (
    *("student", "attempt", "quiz", "quiz_title", "started_at", "finished_at", "status"),
    *("retry_of", "question", "question_type", "prompt", "response", "verdict", "right_answer"),
)


def merge(exports: Iterable[list[AnswerRow]]) -> list[AnswerRow]:
    """Every answer once, however many copies of an export were given."""
    seen: dict[tuple[str, str, str, str, str], AnswerRow] = {}
    for rows in exports:
        for row in rows:
            seen.setdefault((*row.attempt_key, row.question), row)
    return list(seen.values())


@dataclass(frozen=True)
class Attempt:
    """One attempt, from its rows."""

    student: str
    quiz: str
    quiz_title: str
    started_at: str
    finished_at: str
    status: str
    retry: bool
    percent: float
    answers: tuple[AnswerRow, ...]

    @property
    def minutes(self) -> float | None:
        """Time from start to finish, or None when unfinished."""
        try:
            start = dt.datetime.fromisoformat(self.started_at)
            end = dt.datetime.fromisoformat(self.finished_at)
        except ValueError:
            return None
        return round((end - start).total_seconds() / 60, 1)


def attempts(rows: list[AnswerRow]) -> list[Attempt]:
    """The attempts the rows belong to, oldest first."""
    grouped: dict[tuple[str, str, str, str], list[AnswerRow]] = {}
    for row in rows:
        grouped.setdefault(row.attempt_key, []).append(row)
    found = []
    for group in grouped.values():
        first = group[0]
        found.append(
            Attempt(
                student=first.student,
                quiz=first.quiz,
                quiz_title=first.quiz_title,
                started_at=first.started_at,
                finished_at=first.finished_at,
                status=first.status,
                retry=bool(first.retry_of),
                percent=first.percent,
                answers=tuple(sorted(group, key=lambda r: r.number)),
            )
        )
    return sorted(found, key=lambda a: (a.started_at, a.student))


@dataclass(frozen=True)
class GradebookRow:
    """One student's standing on one quiz (retries of missed questions are not attempts)."""

    student: str
    quiz: str
    quiz_title: str
    attempts: int
    best_percent: float | None
    latest_percent: float | None
    latest_status: str
    last_taken: str
    minutes: float | None


def gradebook(every: list[Attempt]) -> list[GradebookRow]:
    """One row per student per quiz, by quiz then student."""
    table: dict[tuple[str, str], list[Attempt]] = {}
    for attempt in every:
        if not attempt.retry and attempt.status != "abandoned":
            table.setdefault((attempt.quiz, attempt.student), []).append(attempt)
    rows = []
    for (quiz, student), taken in sorted(
        table.items(), key=lambda kv: (kv[0][0], kv[0][1].casefold())
    ):
        finished = [a for a in taken if a.status == "finished"]
        # "latest" is one attempt throughout, its score, status, time and minutes: the last
        # finished one, or the last of all when none is finished (a newer unfinished attempt
        # still counts in `attempts`).
        latest = finished[-1] if finished else taken[-1]
        rows.append(
            GradebookRow(
                student=student,
                quiz=quiz,
                quiz_title=latest.quiz_title,
                attempts=len(taken),
                best_percent=max((a.percent for a in finished), default=None),
                latest_percent=latest.percent if finished else None,
                latest_status=latest.status,
                last_taken=local_time(latest.started_at),
                minutes=latest.minutes,
            )
        )
    return rows


@dataclass(frozen=True)
class ItemStats:
    """How a class did on one question, from each student's first attempt at the quiz."""

    quiz: str
    number: int
    question: str
    question_type: str
    prompt: str
    right_answer: str
    students: int
    correct: int
    skipped: int
    #: The commonest wrong answers as students typed them, with how many gave each.
    wrong_answers: tuple[tuple[str, int], ...]
    #: For a label question: the other label most students gave, when it was most of them.
    disputed_label: str | None = None

    @property
    def percent_correct(self) -> float:
        return round(100 * self.correct / self.students, 1) if self.students else 0.0


def item_analysis(every: list[Attempt]) -> list[ItemStats]:
    """Per question of each quiz, over each student's first (not abandoned) attempt."""
    first: dict[tuple[str, str], Attempt] = {}
    for attempt in every:
        if not attempt.retry and attempt.status != "abandoned":
            first.setdefault((attempt.quiz, attempt.student), attempt)
    answers: dict[tuple[str, str], list[AnswerRow]] = {}
    for attempt in first.values():
        for row in attempt.answers:
            answers.setdefault((row.quiz, row.question), []).append(row)
    stats = []
    for (quiz, question), rows in answers.items():
        wrong = [r for r in rows if r.verdict not in ("correct", "skipped")]
        spelled: dict[str, str] = {}
        counts: Counter[str] = Counter()
        for row in wrong:
            key = " ".join(row.response.casefold().split())
            spelled.setdefault(key, row.response.strip())
            counts[key] += 1
        latest = rows[-1]
        stats.append(
            ItemStats(
                quiz=quiz,
                number=latest.number,
                question=question,
                question_type=latest.question_type,
                prompt=latest.prompt,
                right_answer=latest.right_answer,
                students=len(rows),
                correct=sum(r.verdict == "correct" for r in rows),
                skipped=sum(r.verdict == "skipped" for r in rows),
                wrong_answers=tuple((spelled[k], n) for k, n in counts.most_common(COMMON_WRONG)),
                disputed_label=_disputed(rows) if latest.question_type == "label" else None,
            )
        )
    return sorted(stats, key=lambda s: (s.quiz, s.number, s.question))


def _disputed(rows: list[AnswerRow]) -> str | None:
    """The other label at least half the students gave, if any: a sign the sentence reads
    otherwise to them (or that the key is wrong)."""
    said = Counter(
        label
        for row in rows
        if row.verdict != "correct" and (label := label_meant(row.response)) is not None
    )
    if not said:
        return None
    label, count = said.most_common(1)[0]
    return label if count * 2 >= len(rows) else None


@dataclass(frozen=True)
class ClassResults:
    """Everything `whosays class` reports."""

    students: tuple[str, ...]
    gradebook: tuple[GradebookRow, ...]
    items: tuple[ItemStats, ...]


def class_results(paths: list[Path]) -> ClassResults:
    """Read, merge and analyse the exports; ClassError for the first file that is not one."""
    rows = merge(read_export(path) for path in paths)
    every = attempts(rows)
    students = tuple(sorted({a.student for a in every}, key=str.casefold))
    return ClassResults(students, tuple(gradebook(every)), tuple(item_analysis(every)))


GRADEBOOK_COLUMNS = (
    "student",
    "quiz",
    "quiz_title",
    "attempts",
    "best_percent",
    "latest_percent",
    "latest_status",
    "last_taken",
    "minutes",
)


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def write_gradebook(results: ClassResults, handle: TextIO) -> int:
    """The gradebook as CSV (protected cells, as every whosays CSV)."""
    return write_rows(
        handle,
        GRADEBOOK_COLUMNS,
        (
            {
                **{column: getattr(r, column) for column in GRADEBOOK_COLUMNS},
                "best_percent": _percent(r.best_percent),
                "latest_percent": _percent(r.latest_percent),
                "minutes": "" if r.minutes is None else f"{r.minutes:g}",
            }
            for r in results.gradebook
        ),
    )


def to_json(results: ClassResults) -> dict[str, object]:
    """What `whosays class --json` prints."""
    return {
        "students": list(results.students),
        "gradebook": [
            {column: getattr(row, column) for column in GRADEBOOK_COLUMNS}
            for row in results.gradebook
        ],
        "items": [
            {
                "quiz": item.quiz,
                "number": item.number,
                "question": item.question,
                "type": item.question_type,
                "prompt": item.prompt,
                "right_answer": item.right_answer,
                "students": item.students,
                "correct": item.correct,
                "skipped": item.skipped,
                "percent_correct": item.percent_correct,
                "wrong_answers": [{"response": r, "count": n} for r, n in item.wrong_answers],
                "disputed_label": item.disputed_label,
            }
            for item in results.items
        ],
    }


def report(results: ClassResults) -> str:
    """The gradebook and the item analysis as text for a teacher's terminal."""
    if not results.gradebook:
        return "No attempts in these files."
    lines = [f"Gradebook: {counted(len(results.students), 'student')}", ""]
    width = max(len(r.student) for r in results.gradebook)
    lines.append(f"{'student':<{width}}  attempts    best  latest  last taken        min  quiz")
    for r in results.gradebook:
        latest = (
            f"{_percent(r.latest_percent)}%" if r.latest_percent is not None else r.latest_status
        )
        best = f"{_percent(r.best_percent)}%" if r.best_percent is not None else "-"
        minutes = "" if r.minutes is None else f"{r.minutes:g}"
        lines.append(
            f"{r.student:<{width}}  {r.attempts:>8}  {best:>6}  {latest:>6}  "
            f"{r.last_taken:<16}  {minutes:>4}  {r.quiz_title}"
        )
    titles = {row.quiz: row.quiz_title for row in results.gradebook}
    quiz = None
    for item in results.items:
        if item.quiz != quiz:
            quiz = item.quiz
            title = titles.get(quiz, quiz)
            lines += ["", f"Item analysis: {title} (each student's first attempt)"]
        lines.append(
            f"{item.number:>3}. {item.percent_correct:>5g}% right ({item.correct} of "
            f"{item.students})  {item.question}: {_short(item.prompt)}"
        )
        if item.wrong_answers:
            typed = ", ".join(f"{r!r} ({n})" for r, n in item.wrong_answers)
            lines.append(f"       wrong answers as typed: {typed}")
        if item.skipped:
            lines.append(f"       skipped by {item.skipped}")
        if item.disputed_label:
            lines.append(
                f"       most students say {item.disputed_label}, not {item.right_answer}: "
                "discuss the sentence, or add it to accept:"
            )
        elif item.question_type == "label" and item.percent_correct < 50:
            lines.append("       most students missed this label: worth going over in class")
    return "\n".join(lines)


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
