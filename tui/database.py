"""Opening the SQLite file so that nothing in it can stop whosays, and saying what was found.

Checked at every start: the file is a database (`PRAGMA quick_check`), its schema version is
one this whosays knows, and the tables that version promises are there. A damaged file is
renamed aside (kept, never deleted) and a fresh one started; a file from a newer whosays or
locked by another program is left untouched and the run keeps its data in memory; a healthy
file that cannot be written is opened read-only. The file is put in WAL mode with a busy
timeout, so two whosays processes (two terminals, a class on one machine) read and write at
once: readers never wait, writers wait their turn.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

#: How long a write waits for another process's write to finish, in seconds. whosays's own
#: transactions take milliseconds; only another program holding the lock waits this out.
BUSY_TIMEOUT = 5.0


@dataclass
class Opened:
    """A connection, what the user should be told about it, and whether it is read-only."""

    connection: sqlite3.Connection
    notice: str | None = None
    read_only: bool = False
    in_memory: bool = False


class _Damaged(Exception):
    """The file is a database that cannot be trusted; the message says why."""


class _Newer(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version


def error_code(error: sqlite3.Error) -> int:
    """SQLite's primary result code of an error (SQLITE_BUSY, SQLITE_CORRUPT ...), or -1."""
    return getattr(error, "sqlite_errorcode", -1) & 0xFF


def is_damage(error: sqlite3.Error) -> bool:
    """The file is not a database, or its pages are malformed."""
    return error_code(error) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def explain(error: sqlite3.Error) -> str:
    """What a SQLite error means for the user, in words."""
    code = error_code(error)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return "another program is writing to it (another whosays?)"
    if code == sqlite3.SQLITE_READONLY:
        return "it is read-only"
    if code == sqlite3.SQLITE_FULL:
        return "the disk is full"
    if is_damage(error):
        return f"it is damaged ({error}); whosays sets it aside at the next start"
    return str(error)


def open_database(
    path: Path | None, migrations: Sequence[str], busy_timeout: float = BUSY_TIMEOUT
) -> Opened:
    """Open (or create) the database at `path`, migrated; never raises for a bad file.

    None, or a file that cannot be used, gives a database in memory and a notice saying that
    nothing is saved this run.
    """
    if path is None:
        return Opened(_memory(migrations), in_memory=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            # Found before SQLite quietly opens it read-only and the first save fails.
            return _read_only(path, migrations)
        return Opened(_open_file(path, migrations, busy_timeout))
    except _Newer as error:
        return _in_memory(
            migrations,
            f"{path} was written by a newer whosays (schema {error.version}, this one knows "
            f"{len(migrations)}); it is left untouched and nothing is saved this run.",
        )
    except _Damaged as error:
        return _set_aside(path, str(error), migrations, busy_timeout)
    except sqlite3.Error as error:
        if is_damage(error):
            return _set_aside(path, f"could not be read ({error})", migrations, busy_timeout)
        if error_code(error) == sqlite3.SQLITE_READONLY or (
            # A writable file in a folder whosays may not write: no room for its journal.
            error_code(error) == sqlite3.SQLITE_CANTOPEN and path.is_file()
        ):
            return _read_only(path, migrations)
        if error_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            why = "is locked by another program (another whosays?)"
        else:
            why = f"cannot be opened ({error})"
        return _in_memory(migrations, f"{path} {why}; nothing is saved this run.")
    except OSError as error:
        return _in_memory(
            migrations, f"{path} cannot be opened ({error.strerror}); nothing is saved this run."
        )


def _connect(target: str, busy_timeout: float, uri: bool = False) -> sqlite3.Connection:
    # Autocommit mode: transactions are begun and ended explicitly (Store.transaction).
    return sqlite3.connect(
        target, timeout=busy_timeout, check_same_thread=False, isolation_level=None, uri=uri
    )


def _open_file(path: Path, migrations: Sequence[str], busy_timeout: float) -> sqlite3.Connection:
    connection = _connect(str(path), busy_timeout)
    try:
        check(connection, migrations)
        # WAL lets readers and one writer work at once; it is kept in the file from now on.
        connection.execute("PRAGMA journal_mode = WAL")
        # SQLite's advice for WAL: a commit is in the log before it returns, so a crash or
        # kill -9 loses nothing; only a power cut may lose the last moments, never the file.
        # Saving an answer went from about 6 ms (a disk flush each) to well under 1 ms.
        connection.execute("PRAGMA synchronous = NORMAL")
        migrate(connection, migrations)
        connection.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def check(connection: sqlite3.Connection, migrations: Sequence[str]) -> int:
    """Raise _Damaged or _Newer unless the file is sound and of a version we know; the version.

    quick_check reads every page (about 20 ms for 100,000 stored answers, measured in
    benchmarks/bench_storage.py), so corruption is found at the start, not mid-quiz.
    """
    problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise _Damaged(f"failed its integrity check ({'; '.join(problems)})")
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version < 0:
        raise _Damaged(f"has a schema version whosays never writes ({version})")
    if version > len(migrations):
        raise _Newer(version)
    missing = sorted(_objects_after(tuple(migrations[:version])) - _objects(connection))
    if missing:
        raise _Damaged(f"is at schema version {version} but lacks {', '.join(missing)}")
    return version


def _objects(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'index')"
        " AND name NOT LIKE 'sqlite_%'"
    )
    return {str(row[0]) for row in rows}


@functools.lru_cache(maxsize=8)
def _objects_after(migrations: tuple[str, ...]) -> frozenset[str]:
    """The tables and indexes these migrations make (run once, in memory, to find out)."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for script in migrations:
            connection.executescript(script)
        return frozenset(_objects(connection))
    finally:
        connection.close()


def migrate(connection: sqlite3.Connection, migrations: Sequence[str]) -> None:
    """Run the migrations the file lacks, each in its own transaction with its version bump.

    The version is read again inside each write transaction: two processes starting on a new
    file at once must not both run the same migration.
    """
    if int(connection.execute("PRAGMA user_version").fetchone()[0]) >= len(migrations):
        return  # up to date: no write lock taken, so a busy writer elsewhere never delays us
    while True:
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if version >= len(migrations):
                connection.execute("COMMIT")
                return
            for statement in migrations[version].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


def _memory(migrations: Sequence[str]) -> sqlite3.Connection:
    connection = _connect(":memory:", BUSY_TIMEOUT)
    migrate(connection, migrations)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _in_memory(migrations: Sequence[str], notice: str) -> Opened:
    return Opened(_memory(migrations), notice, in_memory=True)


def _set_aside(path: Path, reason: str, migrations: Sequence[str], busy_timeout: float) -> Opened:
    """Rename a damaged database aside (kept, never deleted) and start a fresh one."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    try:
        path.rename(aside)
        for suffix in ("-wal", "-shm", "-journal"):
            # Its journal belongs to it: left behind, it would be replayed into the new file.
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(aside.with_name(aside.name + suffix))
        connection = _open_file(path, migrations, busy_timeout)
    except (OSError, sqlite3.Error, _Damaged, _Newer) as error:
        return _in_memory(
            migrations, f"{path} cannot be used ({reason}; {error}); nothing is saved this run."
        )
    return Opened(
        connection,
        f"{path} {reason}; it was kept as {aside.name} and a fresh database was started.",
    )


def _read_only(path: Path, migrations: Sequence[str]) -> Opened:
    """A healthy file whosays may not write: shown as it is, nothing new saved, not renamed.

    `mode=ro` needs the WAL index beside the file; in a read-only folder without one the
    file is opened `immutable`, which reads it without any locking.
    """
    notice = (
        f"{path} is read-only: your past results and places are shown, "
        "but nothing new is saved this run."
    )
    target = quote(str(path.resolve()))
    for options in ("mode=ro", "immutable=1"):
        try:
            connection = _connect(f"file:{target}?{options}", BUSY_TIMEOUT, uri=True)
        except sqlite3.Error:
            continue
        try:
            check(connection, migrations)
        except (sqlite3.Error, _Damaged, _Newer) as error:
            connection.close()
            if isinstance(error, sqlite3.Error) and not is_damage(error):
                continue
            return _in_memory(
                migrations, f"{path} is read-only and cannot be used ({error}); nothing is saved."
            )
        return Opened(connection, notice, read_only=True)
    return _in_memory(migrations, f"{path} is read-only and cannot be opened; nothing is saved.")
