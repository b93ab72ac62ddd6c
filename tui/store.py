"""The SQLite database: reading positions, settings and quiz results, with migrations.

A database that cannot be used never stops the app (tui/database.py opens it): a damaged
file is renamed aside and a fresh one started; a locked file or one from a newer whosays is
left untouched and this run keeps its data in memory; a read-only one is shown but not
written. `Store.notice` says what happened, for the user. Mid-session, a refused write
raises StoreError and a failed read returns nothing and tells the listener.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tui.database import BUSY_TIMEOUT, Opened, error_code, explain, open_database
from tui.students import STUDENT_SETTING

#: Seconds a write waits once the lock has already been refused, until a write succeeds.
_IMPATIENT = 0.25

#: One script per schema version; the database's `user_version` says how many have run.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE reading_position (
        article_id TEXT PRIMARY KEY,
        paragraph  INTEGER NOT NULL,
        offset     INTEGER NOT NULL,
        progress   REAL NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    """
    CREATE TABLE attempt (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        quiz_id     TEXT NOT NULL,
        quiz_title  TEXT NOT NULL,
        quiz_path   TEXT,
        retry_of    INTEGER REFERENCES attempt(id),
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        score       REAL NOT NULL DEFAULT 0,
        max_score   REAL NOT NULL,
        percent     REAL NOT NULL DEFAULT 0,
        passed      INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE answer (
        attempt_id  INTEGER NOT NULL REFERENCES attempt(id),
        question_id TEXT NOT NULL,
        prompt      TEXT NOT NULL,
        response    TEXT NOT NULL,
        verdict     TEXT NOT NULL,
        points      REAL NOT NULL,
        max_points  REAL NOT NULL,
        right_answer TEXT NOT NULL,
        hint_used   INTEGER NOT NULL DEFAULT 0,
        answered_at TEXT NOT NULL,
        PRIMARY KEY (attempt_id, question_id)
    );
    CREATE INDEX attempt_by_quiz ON attempt (quiz_id, started_at);
    """,
    # Practice (tui/practice/records.py): attempts, the label given to each sentence (saved
    # as it is given), disputes of the key, and the answers of spaced-review sessions.
    """
    CREATE TABLE practice_attempt (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id    TEXT NOT NULL,
        article_title TEXT NOT NULL,
        article_path  TEXT,
        key_kind      TEXT NOT NULL,
        sentences     INTEGER NOT NULL,
        started_at    TEXT NOT NULL,
        checked_at    TEXT,
        hits          INTEGER,
        misses        INTEGER,
        false_alarms  INTEGER,
        correct_rejections INTEGER,
        unanswered    INTEGER,
        discernment   REAL,
        accuracy      REAL,
        kappa         REAL,
        tendency      TEXT
    );
    CREATE TABLE practice_answer (
        attempt_id  INTEGER NOT NULL REFERENCES practice_attempt(id),
        sentence    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        label       TEXT NOT NULL,
        key_label   TEXT,
        verdict     TEXT,
        answered_at TEXT NOT NULL,
        PRIMARY KEY (attempt_id, sentence)
    );
    CREATE TABLE practice_dispute (
        attempt_id    INTEGER NOT NULL REFERENCES practice_attempt(id),
        sentence      INTEGER NOT NULL,
        text          TEXT NOT NULL,
        student_label TEXT,
        key_label     TEXT NOT NULL,
        reason        TEXT NOT NULL DEFAULT '',
        disputed_at   TEXT NOT NULL,
        PRIMARY KEY (attempt_id, sentence)
    );
    CREATE TABLE review_answer (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        kind        TEXT NOT NULL,
        source      TEXT NOT NULL,
        item        TEXT NOT NULL,
        response    TEXT NOT NULL,
        correct     INTEGER NOT NULL,
        answered_at TEXT NOT NULL
    );
    CREATE INDEX practice_by_article ON practice_attempt (article_id, started_at);
    """,
    # The seed that orders a sitting (so it can be resumed as it was), attempts left for a
    # fresh start (kept, but marked), each answer's place in the quiz and its question's
    # type (so exports list questions in quiz order, and item analysis knows label ones),
    # and one word for an empty answer everywhere.
    """
    ALTER TABLE attempt ADD COLUMN seed INTEGER;
    ALTER TABLE attempt ADD COLUMN abandoned_at TEXT;
    ALTER TABLE answer ADD COLUMN position INTEGER;
    ALTER TABLE answer ADD COLUMN question_type TEXT NOT NULL DEFAULT '';
    UPDATE answer SET verdict = 'skipped' WHERE verdict = 'unanswered';
    """,
    # How far a reader got, apart from where they are: `progress` is the place (resume at),
    # `furthest` the most of the article ever shown by their own scrolling. Before this,
    # one number did both, so the place is the best guess of the furthest.
    """
    ALTER TABLE reading_position ADD COLUMN furthest REAL NOT NULL DEFAULT 0;
    UPDATE reading_position SET furthest = progress;
    """,
    # Whose each attempt is (tui/students.py): the name remembered when it started. Attempts
    # from before take the name already remembered, if any (one machine, one student).
    f"""
    ALTER TABLE attempt ADD COLUMN student TEXT;
    ALTER TABLE practice_attempt ADD COLUMN student TEXT;
    UPDATE attempt SET student =
        (SELECT NULLIF(TRIM(value), '') FROM setting WHERE key = '{STUDENT_SETTING}');
    UPDATE practice_attempt SET student =
        (SELECT NULLIF(TRIM(value), '') FROM setting WHERE key = '{STUDENT_SETTING}');
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

#: SQL for the name remembered now, recorded on each new attempt (NULL when none is).
REMEMBERED_STUDENT = f"(SELECT value FROM setting WHERE key = '{STUDENT_SETTING}')"


@dataclass(frozen=True)
class ReadingPosition:
    """Where a reader was (a paragraph and a character offset in it, and that place as a
    share of the article), and the furthest share of it they have read."""

    paragraph: int
    offset: int
    progress: float
    furthest: float = 0.0


@dataclass(frozen=True)
class AnswerRecord:
    """One answered question of an attempt, as stored."""

    question_id: str
    prompt: str
    response: str
    verdict: str
    points: float
    max_points: float
    right_answer: str
    hint_used: bool = False
    answered_at: str = ""
    #: The question's place in the quiz file (0 first), and its type.
    position: int | None = None
    question_type: str = ""


@dataclass(frozen=True)
class AttemptRecord:
    """One sitting of a quiz; `finished_at` is None when the student left before the end."""

    id: int
    quiz_id: str
    quiz_title: str
    quiz_path: str | None
    retry_of: int | None
    started_at: str
    finished_at: str | None
    score: float
    max_score: float
    percent: float
    passed: bool
    answered: int
    seed: int | None = None
    #: Left unfinished, then replaced by a fresh start: kept, but not offered for resuming.
    abandoned: bool = False
    #: The name remembered when it started; None if none was (tui/students.py).
    student: str | None = None


_ATTEMPT_COLUMNS = (
    "a.id, a.quiz_id, a.quiz_title, a.quiz_path, a.retry_of, a.started_at, a.finished_at,"
    " a.score, a.max_score, a.percent, a.passed, a.seed, a.abandoned_at, {student}"
)
_ANSWER_COLUMNS = (
    "n.question_id, n.prompt, n.response, n.verdict, n.points, n.max_points,"
    " n.right_answer, n.hint_used, n.answered_at, n.position, n.question_type"
)
#: An attempt's answers in the quiz's order (older ones, without a position: as given).
_ANSWER_ORDER = "n.position IS NULL, n.position, n.answered_at, n.rowid"
#: In the order the student answered them, which is the order they were shown (a second
#: try replaces its row, just after the first).
_SHOWN_ORDER = "n.answered_at, n.rowid"
#: Where the answer's columns start in a row of attempt columns, a count, answer columns.
_ANSWERS_FROM = 15


def _attempt_record(row: tuple[object, ...]) -> AttemptRecord:
    """An attempt from _ATTEMPT_COLUMNS and then its number of answers."""
    return AttemptRecord(
        id=int(row[0]),  # type: ignore[call-overload]
        quiz_id=str(row[1]),
        quiz_title=str(row[2]),
        quiz_path=None if row[3] is None else str(row[3]),
        retry_of=None if row[4] is None else int(row[4]),  # type: ignore[call-overload]
        started_at=str(row[5]),
        finished_at=None if row[6] is None else str(row[6]),
        score=float(row[7]),  # type: ignore[arg-type]
        max_score=float(row[8]),  # type: ignore[arg-type]
        percent=float(row[9]),  # type: ignore[arg-type]
        passed=bool(row[10]),
        seed=None if row[11] is None else int(row[11]),  # type: ignore[call-overload]
        abandoned=row[12] is not None,
        student=None if row[13] is None else str(row[13]),
        answered=int(row[14]),  # type: ignore[call-overload]
    )


def _answer_record(row: tuple[object, ...]) -> AnswerRecord:
    """An answer from _ANSWER_COLUMNS."""
    return AnswerRecord(
        question_id=str(row[0]),
        prompt=str(row[1]),
        response=str(row[2]),
        verdict=str(row[3]),
        points=float(row[4]),  # type: ignore[arg-type]
        max_points=float(row[5]),  # type: ignore[arg-type]
        right_answer=str(row[6]),
        hint_used=bool(row[7]),
        answered_at=str(row[8]),
        position=None if row[9] is None else int(row[9]),  # type: ignore[call-overload]
        question_type=str(row[10]),
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """One connection to the database, safe to share between the UI thread and workers.

    Nothing here stops the app (see tui/database.py for opening): a write SQLite refuses
    raises StoreError, for the screen to say so and keep what it holds; a read that fails
    returns nothing and tells the listener (`listen`), so a screen still opens.
    """

    def __init__(self, path: Path | None, busy_timeout: float = BUSY_TIMEOUT) -> None:
        """Open (or create) the database at `path`; None keeps everything in memory."""
        self.path = path
        self._busy_timeout = busy_timeout
        self._patience = busy_timeout
        self._lock = threading.RLock()
        self._listener: Callable[[str], None] | None = None
        #: The latest failed read, fit to show; None once reads work again.
        self.problem: str | None = None
        #: Counts new files started under this store (the old one vanished mid-session):
        #: ids handed out before belong to a file that is gone.
        self.generation = 0
        self._use(open_database(path, MIGRATIONS, busy_timeout))

    def _use(self, opened: Opened) -> None:
        self._connection = opened.connection
        self._patience = self._busy_timeout
        #: What happened when the file was opened, for the user (None: all well).
        self.notice = opened.notice
        self.read_only = opened.read_only
        self._identity = None if opened.in_memory else _identity(self.path)
        #: An attempt's student in SQL (attempt tables as `a`): NULL in a read-only file
        #: from before students were recorded, which could not be migrated.
        self.student_column = "a.student" if _has_student(self._connection) else "NULL"

    def listen(self, listener: Callable[[str], None]) -> None:
        """Call `listener` with a message fit to show when reads start failing, or the file
        is replaced (at once, if they already have); it may be called from a worker thread."""
        self._listener = listener
        if self.problem is not None:
            listener(self.problem)

    def _report(self, message: str) -> None:
        if message != self.problem:
            self.problem = message
            if self._listener is not None:
                self._listener(message)

    def _same_file(self) -> None:
        """Start afresh at the same path if the file was deleted or replaced mid-session.

        SQLite would go on writing to the deleted file, and every answer would be lost at
        exit; a new file keeps the answers that follow (the quiz writes its own again).
        """
        if self._identity is None or self.path is None or _identity(self.path) == self._identity:
            return
        self._connection.close()
        self._use(open_database(self.path, MIGRATIONS, self._busy_timeout))
        self.generation += 1
        self._report(
            f"{self.path} was deleted or replaced while whosays ran; a new one was started."
        )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A transaction: everything inside is written together or not at all.

        Raises StoreError, with the database left usable, when SQLite refuses the write.
        """
        with self._lock:
            if self.read_only:
                raise StoreError(f"{self.path} is read-only; nothing new is saved")
            try:
                self._same_file()
                self._connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._refused(error) from None
            try:
                yield self._connection
                self._connection.execute("COMMIT")
            except BaseException as error:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise self._refused(error) from None
                raise
            self._set_patience(self._busy_timeout)

    def _refused(self, error: sqlite3.Error) -> StoreError:
        """The error for a refused write; after a lock held past the busy timeout, later
        writes wait only briefly until one succeeds (each answer froze the quiz for the
        whole timeout while another program kept the lock)."""
        if error_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            self._set_patience(min(self._busy_timeout, _IMPATIENT))
        return StoreError(f"{self.path}: cannot write: {explain(error)}")

    def _set_patience(self, seconds: float) -> None:
        if seconds != self._patience:
            self._patience = seconds
            self._connection.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """The rows of a read; none when it fails, and the listener is told why."""
        with self._lock:
            try:
                self._same_file()
                rows = self._connection.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                # A read-only file from an older whosays lacks the newer tables (and columns):
                # nothing there.
                older = "no such table" in str(error) or "no such column" in str(error)
                if not (self.read_only and older):
                    self._report(f"{self.path}: cannot read: {explain(error)}")
                return []
        self.problem = None
        return rows

    def read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """The rows of a query, for modules that keep their own tables (tui/practice)."""
        return self._query(sql, params)

    def reading_position(self, article_id: str) -> ReadingPosition | None:
        """The saved reading position of an article, if any."""
        return self.reading_positions(article_id).get(article_id)

    def reading_positions(self, article_id: str | None = None) -> dict[str, ReadingPosition]:
        """Every saved reading position (or the one article's), by article id."""
        where, params = (" WHERE article_id = ?", (article_id,)) if article_id else ("", ())
        sql = "SELECT article_id, paragraph, offset, progress, {} FROM reading_position" + where
        rows = self._query(sql.format("furthest"), params)
        if not rows and self.read_only:
            # A read-only file from before `furthest` (it could not be migrated): its one
            # number stands for both, as the migration would have made it.
            rows = self._query(sql.format("progress"), params)
        return {
            str(row[0]): ReadingPosition(
                int(row[1]),  # type: ignore[call-overload]
                int(row[2]),  # type: ignore[call-overload]
                float(row[3]),  # type: ignore[arg-type]
                float(row[4]),  # type: ignore[arg-type]
            )
            for row in rows
        }

    def save_reading_position(self, article_id: str, position: ReadingPosition) -> None:
        """Remember where the reader is in an article; the furthest point only ever grows."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reading_position"
                " (article_id, paragraph, offset, progress, furthest, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET"
                " paragraph = excluded.paragraph, offset = excluded.offset,"
                " progress = excluded.progress,"
                " furthest = MAX(reading_position.furthest, excluded.furthest),"
                " updated_at = excluded.updated_at",
                (
                    article_id,
                    position.paragraph,
                    position.offset,
                    position.progress,
                    position.furthest,
                    _now(),
                ),
            )

    def forget_reading_position(self, article_id: str) -> None:
        """Drop an article's reading position (the article was deleted, with the user's word)."""
        with self.transaction() as connection:
            connection.execute("DELETE FROM reading_position WHERE article_id = ?", (article_id,))

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A saved setting (theme, ...) or the default."""
        rows = self._query("SELECT value FROM setting WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: str) -> None:
        """Save a setting."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def student(self) -> str | None:
        """The student's name this data directory remembers, if any."""
        return self.setting(STUDENT_SETTING)

    def remember_student(self, name: str) -> None:
        """Remember the student's name: every attempt started from now on records it.

        Attempts that have none yet (made before any name was remembered) take it too:
        one machine, one student is the common case. Attempts that have a name keep it.
        """
        with self.transaction() as db:
            db.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (STUDENT_SETTING, name),
            )
            for table in ("attempt", "practice_attempt"):
                db.execute(f"UPDATE {table} SET student = ? WHERE student IS NULL", (name,))

    # Quiz results ------------------------------------------------------------------------

    def start_attempt(
        self,
        quiz_id: str,
        quiz_title: str,
        quiz_path: str | None,
        max_score: float,
        retry_of: int | None = None,
        seed: int | None = None,
    ) -> int:
        """Record that a student started a quiz, as the student remembered; the attempt's id."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO attempt (quiz_id, quiz_title, quiz_path, retry_of, started_at,"
                f" max_score, seed, student) VALUES (?, ?, ?, ?, ?, ?, ?, {REMEMBERED_STUDENT})",
                (quiz_id, quiz_title, quiz_path, retry_of, _now(), max_score, seed),
            )
            return int(cursor.lastrowid or 0)

    def abandon_attempt(self, attempt_id: int) -> None:
        """Mark an unfinished attempt as given up (the student started afresh)."""
        with self.transaction() as db:
            db.execute(
                "UPDATE attempt SET abandoned_at = ? WHERE id = ? AND finished_at IS NULL",
                (_now(), attempt_id),
            )

    def unfinished_attempt(self, quiz_id: str) -> AttemptRecord | None:
        """The latest attempt at a quiz that was left before the end and may be resumed."""
        return next(
            (
                a
                for a in self.attempts(quiz_id)
                if a.finished_at is None and not a.abandoned and a.answered and a.retry_of is None
            ),
            None,
        )

    def record_answer(self, attempt_id: int, answer: AnswerRecord) -> None:
        """Save one answer and the attempt's running score, together, as soon as it is judged.

        One transaction per answer: a crash loses at most the answer being typed. The score
        is kept as a running total (the answer's points less those of any answer it
        replaces), so a save costs the same with 10 or 100,000 answers stored.
        """
        with self.transaction() as db:
            replaced = db.execute(
                "SELECT points FROM answer WHERE attempt_id = ? AND question_id = ?",
                (attempt_id, answer.question_id),
            ).fetchone()
            change = answer.points - (float(replaced[0]) if replaced else 0.0)
            db.execute(
                "INSERT OR REPLACE INTO answer (attempt_id, question_id, prompt, response,"
                " verdict, points, max_points, right_answer, hint_used, answered_at, position,"
                " question_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    attempt_id,
                    answer.question_id,
                    answer.prompt,
                    answer.response,
                    answer.verdict,
                    answer.points,
                    answer.max_points,
                    answer.right_answer,
                    int(answer.hint_used),
                    answer.answered_at or _now(),
                    answer.position,
                    answer.question_type,
                ),
            )
            db.execute(
                "UPDATE attempt SET score = score + ?, percent = CASE WHEN max_score > 0"
                " THEN 100.0 * (score + ?) / max_score ELSE 0 END WHERE id = ?",
                (change, change, attempt_id),
            )

    def finish_attempt(self, attempt_id: int, score: float, percent: float, passed: bool) -> None:
        """Mark an attempt finished with its final totals."""
        with self.transaction() as db:
            db.execute(
                "UPDATE attempt SET finished_at = ?, score = ?, percent = ?, passed = ?"
                " WHERE id = ?",
                (_now(), score, percent, int(passed), attempt_id),
            )

    def attempts(self, quiz_id: str | None = None) -> list[AttemptRecord]:
        """Attempts, newest first; only one quiz's when `quiz_id` is given."""
        sql = (
            f"SELECT {_ATTEMPT_COLUMNS.format(student=self.student_column)},"
            " (SELECT COUNT(*) FROM answer WHERE attempt_id = a.id) FROM attempt a"
        )
        params: tuple[object, ...] = ()
        if quiz_id is not None:
            sql += " WHERE a.quiz_id = ?"
            params = (quiz_id,)
        rows = self._query(sql + " ORDER BY a.started_at DESC, a.id DESC", params)
        return [_attempt_record(row) for row in rows]

    def answers(self, attempt_id: int, as_shown: bool = False) -> list[AnswerRecord]:
        """The answers of one attempt in the quiz file's order (older ones: in the order
        given), or `as_shown`, in the order the student met them (a shuffled quiz's own)."""
        order = _SHOWN_ORDER if as_shown else _ANSWER_ORDER
        rows = self._query(
            f"SELECT {_ANSWER_COLUMNS} FROM answer n WHERE attempt_id = ? ORDER BY {order}",
            (attempt_id,),
        )
        return [_answer_record(row) for row in rows]

    def answer_rows(
        self, quiz_id: str | None = None
    ) -> Iterator[tuple[AttemptRecord, AnswerRecord]]:
        """Every answer with its attempt (oldest attempt first, each in the order `answers`
        gives), one quiz's when `quiz_id` is given, fetched a batch at a time.

        For exports of any size: memory stays flat however many answers are stored. Raises
        StoreError when the database cannot be read (an export must not be quietly short).
        """
        where, params = ("WHERE a.quiz_id = ?", (quiz_id,)) if quiz_id is not None else ("", ())
        with self._lock:
            try:
                cursor = self._connection.execute(
                    f"SELECT {_ATTEMPT_COLUMNS.format(student=self.student_column)}, 0,"
                    f" {_ANSWER_COLUMNS}"
                    f" FROM attempt a JOIN answer n ON n.attempt_id = a.id {where}"
                    f" ORDER BY a.started_at, a.id, {_ANSWER_ORDER}",
                    params,
                )
                attempt: AttemptRecord | None = None
                while batch := cursor.fetchmany(500):
                    for row in batch:
                        if attempt is None or attempt.id != row[0]:
                            attempt = _attempt_record(row)
                        yield attempt, _answer_record(row[_ANSWERS_FROM:])
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: cannot read: {explain(error)}") from None

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        with self._lock:
            self._connection.close()


class StoreError(Exception):
    """A write that did not happen (the disk is full, another program holds the lock ...).

    Nothing was half-written: the transaction was rolled back. The message is fit to show.
    """


def _has_student(connection: sqlite3.Connection) -> bool:
    """Whether the attempt table records students (false only in an older read-only file)."""
    try:
        return any(row[1] == "student" for row in connection.execute("PRAGMA table_info(attempt)"))
    except sqlite3.Error:
        return False


def _identity(path: Path | None) -> tuple[int, int] | None:
    """Which file is at `path` (device and inode), or None when there is none."""
    try:
        info = os.stat(path) if path is not None else None
    except OSError:
        return None
    return None if info is None else (info.st_dev, info.st_ino)
