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
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class ReadingPosition:
    """Where a reader was: a paragraph, a character offset in it, and the share read."""

    paragraph: int
    offset: int
    progress: float


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
        """A transaction: everything inside is written together or not at all."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            self._connection.execute("COMMIT")

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            return self._connection.execute(sql, params).fetchall()

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

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        with self._lock:
            self._connection.close()


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
