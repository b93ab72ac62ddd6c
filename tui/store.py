"""The SQLite database: reading positions, settings and quiz results, with migrations.

A database that cannot be used never stops the app: a corrupt file is renamed aside and a
fresh one started; a locked file or one from a newer whosays is left untouched and this run
keeps its data in memory. Either way `Store.notice` says what happened, for the user.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class ReadingPosition:
    """Where a reader was: a paragraph, a character offset in it, and the share read."""

    paragraph: int
    offset: int
    progress: float


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


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """One connection to the database, safe to share between the UI thread and workers."""

    def __init__(self, path: Path | None) -> None:
        """Open (or create) the database at `path`; None keeps everything in memory."""
        self.path = path
        self.notice: str | None = None
        self._lock = threading.Lock()
        self._connection = self._open(path)

    def _open(self, path: Path | None) -> sqlite3.Connection:
        if path is None:
            return self._connect(":memory:")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = self._connect(str(path))
            return connection
        except _NewerSchemaError as error:
            self.notice = (
                f"{path} was written by a newer whosays (schema {error.version}, this one "
                f"knows {SCHEMA_VERSION}); it is left untouched and nothing is saved this run."
            )
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                return self._set_aside(path, error)
            self.notice = (
                f"{path} is locked by another program (another whosays?); "
                "nothing is saved this run."
            )
        except sqlite3.DatabaseError as error:
            return self._set_aside(path, error)
        except OSError as error:
            self.notice = f"{path} cannot be opened ({error.strerror}); nothing is saved this run."
        return self._connect(":memory:")

    def _set_aside(self, path: Path, error: Exception) -> sqlite3.Connection:
        """Rename a broken database aside (kept, never deleted) and start a fresh one."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.broken-{stamp}")
        try:
            path.rename(aside)
        except OSError:
            self.notice = f"{path} cannot be used ({error}); nothing is saved this run."
            return self._connect(":memory:")
        self.notice = (
            f"{path} could not be read ({error}); it was kept as {aside.name} "
            "and a fresh database was started."
        )
        return self._connect(str(path))

    @staticmethod
    def _connect(target: str) -> sqlite3.Connection:
        # Autocommit mode: transactions are begun and ended explicitly in `transaction()`.
        connection = sqlite3.connect(
            target, timeout=1.0, check_same_thread=False, isolation_level=None
        )
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _NewerSchemaError(version)
            _migrate(connection, version)
        except BaseException:
            connection.close()
            raise
        return connection

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A transaction: everything inside is written together or not at all.

        Raises StoreError, with the database left usable, when SQLite refuses the write.
        """
        with self._lock:
            try:
                self._connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: cannot write ({error})") from None
            try:
                yield self._connection
                self._connection.execute("COMMIT")
            except BaseException as error:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise StoreError(f"{self.path}: cannot write ({error})") from None
                raise

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            return self._connection.execute(sql, params).fetchall()

    def read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """The rows of a query, for modules that keep their own tables (tui/practice)."""
        return self._query(sql, params)

    def reading_position(self, article_id: str) -> ReadingPosition | None:
        """The saved reading position of an article, if any."""
        rows = self._query(
            "SELECT paragraph, offset, progress FROM reading_position WHERE article_id = ?",
            (article_id,),
        )
        if not rows:
            return None
        paragraph, offset, progress = rows[0]
        return ReadingPosition(int(paragraph), int(offset), float(progress))  # type: ignore[arg-type]

    def reading_progress(self) -> dict[str, float]:
        """Share read (0-1) of every article with a saved position."""
        rows = self._query("SELECT article_id, progress FROM reading_position")
        return {str(article_id): float(progress) for article_id, progress in rows}  # type: ignore[arg-type]

    def save_reading_position(self, article_id: str, position: ReadingPosition) -> None:
        """Remember where the reader is in an article."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reading_position (article_id, paragraph, offset, progress, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET"
                " paragraph = excluded.paragraph, offset = excluded.offset,"
                " progress = excluded.progress, updated_at = excluded.updated_at",
                (article_id, position.paragraph, position.offset, position.progress, _now()),
            )

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

    # Quiz results ------------------------------------------------------------------------

    def start_attempt(
        self,
        quiz_id: str,
        quiz_title: str,
        quiz_path: str | None,
        max_score: float,
        retry_of: int | None = None,
    ) -> int:
        """Record that a student started a quiz; returns the attempt's id."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO attempt (quiz_id, quiz_title, quiz_path, retry_of, started_at,"
                " max_score) VALUES (?, ?, ?, ?, ?, ?)",
                (quiz_id, quiz_title, quiz_path, retry_of, _now(), max_score),
            )
            return int(cursor.lastrowid or 0)

    def record_answer(self, attempt_id: int, answer: AnswerRecord) -> None:
        """Save one answer and the attempt's running score, together, as soon as it is judged.

        One transaction per answer: a crash loses at most the answer being typed.
        """
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO answer (attempt_id, question_id, prompt, response,"
                " verdict, points, max_points, right_answer, hint_used, answered_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                ),
            )
            db.execute(
                "UPDATE attempt SET score = (SELECT COALESCE(SUM(points), 0) FROM answer"
                " WHERE attempt_id = ?), percent = CASE WHEN max_score > 0 THEN 100.0 *"
                " (SELECT COALESCE(SUM(points), 0) FROM answer WHERE attempt_id = ?)"
                " / max_score ELSE 0 END WHERE id = ?",
                (attempt_id, attempt_id, attempt_id),
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
            "SELECT a.id, a.quiz_id, a.quiz_title, a.quiz_path, a.retry_of, a.started_at,"
            " a.finished_at, a.score, a.max_score, a.percent, a.passed,"
            " (SELECT COUNT(*) FROM answer WHERE attempt_id = a.id) FROM attempt a"
        )
        params: tuple[object, ...] = ()
        if quiz_id is not None:
            sql += " WHERE a.quiz_id = ?"
            params = (quiz_id,)
        rows = self._query(sql + " ORDER BY a.started_at DESC, a.id DESC", params)
        return [
            AttemptRecord(
                id=int(row[0]),  # type: ignore[arg-type]
                quiz_id=str(row[1]),
                quiz_title=str(row[2]),
                quiz_path=None if row[3] is None else str(row[3]),
                retry_of=None if row[4] is None else int(row[4]),  # type: ignore[arg-type]
                started_at=str(row[5]),
                finished_at=None if row[6] is None else str(row[6]),
                score=float(row[7]),  # type: ignore[arg-type]
                max_score=float(row[8]),  # type: ignore[arg-type]
                percent=float(row[9]),  # type: ignore[arg-type]
                passed=bool(row[10]),
                answered=int(row[11]),  # type: ignore[arg-type]
            )
            for row in rows
        ]

    def answers(self, attempt_id: int) -> list[AnswerRecord]:
        """The answers of one attempt, in the order they were given."""
        rows = self._query(
            "SELECT question_id, prompt, response, verdict, points, max_points, right_answer,"
            " hint_used, answered_at FROM answer WHERE attempt_id = ? ORDER BY answered_at, rowid",
            (attempt_id,),
        )
        return [
            AnswerRecord(
                question_id=str(row[0]),
                prompt=str(row[1]),
                response=str(row[2]),
                verdict=str(row[3]),
                points=float(row[4]),  # type: ignore[arg-type]
                max_points=float(row[5]),  # type: ignore[arg-type]
                right_answer=str(row[6]),
                hint_used=bool(row[7]),
                answered_at=str(row[8]),
            )
            for row in rows
        ]

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        with self._lock:
            self._connection.close()


class StoreError(Exception):
    """A write that did not happen (the disk is full, another program holds the lock ...).

    Nothing was half-written: the transaction was rolled back. The message is fit to show.
    """


class _NewerSchemaError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version


def _migrate(connection: sqlite3.Connection, version: int) -> None:
    """Run the migrations after `version`, each in its own transaction with its version bump."""
    for number in range(version, SCHEMA_VERSION):
        connection.execute("BEGIN")
        try:
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
