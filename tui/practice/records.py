"""Practice in SQLite: attempts, each label as it is given, disputes, review answers.

The tables are made by the store's migrations (tui/store.py); the queries live here so the
store stays about settings and quizzes. Every write is one transaction, so a crash loses at
most the label being given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.store import REMEMBERED_STUDENT, Store

if TYPE_CHECKING:
    from tui.practice.judge import PracticeResult, SentenceVerdict
    from tui.practice.keys import AnswerKey


def timestamp(moment: dt.datetime | None = None) -> str:
    """UTC in ISO 8601 to the second, the form every table of the store uses."""
    return (moment or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")


def local_time(stamp: str) -> str:
    """A stored time (UTC, ISO 8601) as the student's clock shows it, to the minute: they
    remember starting a quiz at ten past two, not at 13:10 UTC. A naive stamp is read as UTC,
    as the store writes them; one that is no time at all is shown as it is."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class PracticeAttempt:
    """One practice attempt; the scores are None until it is checked."""

    id: int
    article_id: str
    article_title: str
    article_path: str | None
    key_kind: str
    sentences: int
    started_at: str
    checked_at: str | None
    hits: int | None
    misses: int | None
    false_alarms: int | None
    correct_rejections: int | None
    unanswered: int | None
    discernment: float | None
    accuracy: float | None
    kappa: float | None
    tendency: str | None
    answered: int
    #: The name remembered when it started; None if none was (tui/students.py).
    student: str | None = None


@dataclass(frozen=True)
class PracticeAnswer:
    """One sentence's label in an attempt; the key's label and the verdict once checked."""

    sentence: int
    text: str
    label: str
    key_label: str | None
    verdict: str | None
    answered_at: str
    disputed: bool = False
    dispute_reason: str = ""


_ATTEMPT_COLUMNS = (
    "a.id, a.article_id, a.article_title, a.article_path, a.key_kind, a.sentences,"
    " a.started_at, a.checked_at, a.hits, a.misses, a.false_alarms, a.correct_rejections,"
    " a.unanswered, a.discernment, a.accuracy, a.kappa, a.tendency,"
    " (SELECT COUNT(*) FROM practice_answer WHERE attempt_id = a.id), {student}"
)


def _columns(store: Store) -> str:
    return _ATTEMPT_COLUMNS.format(student=store.student_column)


def _attempt(row: tuple[object, ...]) -> PracticeAttempt:
    def number(value: object) -> int | None:
        return None if value is None else int(value)  # type: ignore[call-overload]

    def real(value: object) -> float | None:
        return None if value is None else float(value)  # type: ignore[arg-type]

    return PracticeAttempt(
        id=int(row[0]),  # type: ignore[call-overload]
        article_id=str(row[1]),
        article_title=str(row[2]),
        article_path=None if row[3] is None else str(row[3]),
        key_kind=str(row[4]),
        sentences=int(row[5]),  # type: ignore[call-overload]
        started_at=str(row[6]),
        checked_at=None if row[7] is None else str(row[7]),
        hits=number(row[8]),
        misses=number(row[9]),
        false_alarms=number(row[10]),
        correct_rejections=number(row[11]),
        unanswered=number(row[12]),
        discernment=real(row[13]),
        accuracy=real(row[14]),
        kappa=real(row[15]),
        tendency=None if row[16] is None else str(row[16]),
        answered=int(row[17]),  # type: ignore[call-overload]
        student=None if row[18] is None else str(row[18]),
    )


def start_attempt(store: Store, key: AnswerKey) -> int:
    """Record that a student (the one remembered) began labelling an article; its id."""
    article = key.article
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO practice_attempt (article_id, article_title, article_path, key_kind,"
            f" sentences, started_at, student) VALUES (?, ?, ?, ?, ?, ?, {REMEMBERED_STUDENT})",
            (
                article.id,
                article.title,
                str(article.path) if article.path else None,
                key.kind,
                len(key.sentences),
                timestamp(),
            ),
        )
        return int(cursor.lastrowid or 0)


def save_label(store: Store, attempt_id: int, index: int, text: str, label: str | None) -> None:
    """Save (or, with None, clear) the label of one sentence, the moment it is given."""
    with store.transaction() as db:
        if label is None:
            db.execute(
                "DELETE FROM practice_answer WHERE attempt_id = ? AND sentence = ?",
                (attempt_id, index),
            )
            return
        db.execute(
            "INSERT INTO practice_answer (attempt_id, sentence, text, label, answered_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(attempt_id, sentence) DO UPDATE SET"
            " text = excluded.text, label = excluded.label, answered_at = excluded.answered_at",
            (attempt_id, index, text, label, timestamp()),
        )


def unfinished_attempt(store: Store, article_id: str) -> PracticeAttempt | None:
    """The newest attempt at this article not yet checked, to resume."""
    rows = store.read(
        f"SELECT {_columns(store)} FROM practice_attempt a WHERE a.article_id = ?"
        " AND a.checked_at IS NULL ORDER BY a.started_at DESC, a.id DESC LIMIT 1",
        (article_id,),
    )
    return _attempt(rows[0]) if rows else None


def finish_attempt(store: Store, attempt_id: int, result: PracticeResult) -> None:
    """Store the check: the scores, and the key's label and verdict of every answer."""
    scores = result.scores
    with store.transaction() as db:
        db.execute(
            "UPDATE practice_attempt SET checked_at = ?, key_kind = ?, hits = ?, misses = ?,"
            " false_alarms = ?, correct_rejections = ?, unanswered = ?, discernment = ?,"
            " accuracy = ?, kappa = ?, tendency = ? WHERE id = ?",
            (
                timestamp(),
                result.key.kind,
                scores.hits,
                scores.misses,
                scores.false_alarms,
                scores.correct_rejections,
                scores.unanswered,
                scores.discernment,
                scores.accuracy,
                scores.kappa,
                scores.tendency,
                attempt_id,
            ),
        )
        for index, verdict in enumerate(result.verdicts):
            if verdict.student is None:
                continue
            db.execute(
                "UPDATE practice_answer SET key_label = ?, verdict = ?, text = ?"
                " WHERE attempt_id = ? AND sentence = ?",
                (
                    verdict.key.label if verdict.key else None,
                    verdict.verdict,
                    verdict.sentence.text,
                    attempt_id,
                    index,
                ),
            )


def save_dispute(
    store: Store, attempt_id: int, index: int, verdict: SentenceVerdict, reason: str
) -> None:
    """Keep "I think the key is wrong" about one sentence, with the student's reason."""
    assert verdict.key is not None, "only a sentence the key labels can be disputed"
    with store.transaction() as db:
        db.execute(
            "INSERT INTO practice_dispute (attempt_id, sentence, text, student_label,"
            " key_label, reason, disputed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(attempt_id, sentence) DO UPDATE SET reason = excluded.reason,"
            " disputed_at = excluded.disputed_at",
            (
                attempt_id,
                index,
                verdict.sentence.text,
                verdict.student,
                verdict.key.label,
                reason,
                timestamp(),
            ),
        )


def attempts(store: Store, checked_only: bool = False) -> list[PracticeAttempt]:
    """Practice attempts, oldest first (the order of a chart and of the teacher's CSV)."""
    where = " WHERE a.checked_at IS NOT NULL" if checked_only else ""
    rows = store.read(
        f"SELECT {_columns(store)} FROM practice_attempt a{where} ORDER BY a.started_at, a.id"
    )
    return [_attempt(row) for row in rows]


def answers(store: Store, attempt_id: int) -> list[PracticeAnswer]:
    """An attempt's labels in reading order, each with its dispute if there is one; a
    sentence disputed but never labelled comes with an empty label."""
    rows = store.read(
        "SELECT p.sentence, p.text, p.label, p.key_label, p.verdict, p.answered_at,"
        " d.reason IS NOT NULL, COALESCE(d.reason, '') FROM practice_answer p"
        " LEFT JOIN practice_dispute d ON d.attempt_id = p.attempt_id"
        " AND d.sentence = p.sentence WHERE p.attempt_id = ?"
        " UNION ALL SELECT d.sentence, d.text, '', d.key_label, 'unanswered', d.disputed_at,"
        " 1, d.reason FROM practice_dispute d WHERE d.attempt_id = ? AND NOT EXISTS"
        " (SELECT 1 FROM practice_answer p WHERE p.attempt_id = d.attempt_id"
        " AND p.sentence = d.sentence) ORDER BY 1",
        (attempt_id, attempt_id),
    )
    return [
        PracticeAnswer(
            sentence=int(row[0]),  # type: ignore[call-overload]
            text=str(row[1]),
            label=str(row[2]),
            key_label=None if row[3] is None else str(row[3]),
            verdict=None if row[4] is None else str(row[4]),
            answered_at=str(row[5]),
            disputed=bool(row[6]),
            dispute_reason=str(row[7]),
        )
        for row in rows
    ]


def disputes(store: Store, attempt_id: int) -> dict[int, str]:
    """Sentence index -> reason, for the sentences of an attempt the student disputed."""
    rows = store.read(
        "SELECT sentence, reason FROM practice_dispute WHERE attempt_id = ?", (attempt_id,)
    )
    return {int(row[0]): str(row[1]) for row in rows}  # type: ignore[call-overload]


def record_review(
    store: Store,
    kind: str,
    source: str,
    item: str,
    response: str,
    correct: bool,
    at: dt.datetime | None = None,
) -> None:
    """Keep one answer of a review session (a quiz question or a practice sentence)."""
    with store.transaction() as db:
        db.execute(
            "INSERT INTO review_answer (kind, source, item, response, correct, answered_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (kind, source, item, response, int(correct), timestamp(at)),
        )
