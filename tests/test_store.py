"""The SQLite store: migrations, positions, settings, and databases that cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tui.store import SCHEMA_VERSION, ReadingPosition, Store


def test_new_database_is_migrated_to_the_current_schema(tmp_path: Path) -> None:
    """A fresh file gets every migration and records the schema version."""
    path = tmp_path / "w.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_reading_position_survives_reopening(tmp_path: Path) -> None:
    """A saved position (paragraph, offset, progress) is there after a restart."""
    path = tmp_path / "w.db"
    store = Store(path)
    store.save_reading_position("a1", ReadingPosition(4, 17, 0.5))
    store.save_reading_position("a1", ReadingPosition(5, 2, 0.6))
    store.close()
    again = Store(path)
    assert again.reading_position("a1") == ReadingPosition(5, 2, 0.6)
    assert again.reading_position("other") is None
    assert again.reading_progress() == {"a1": 0.6}


def test_settings_round_trip(tmp_path: Path) -> None:
    """Settings are saved and read back; a missing one gives the default."""
    store = Store(tmp_path / "w.db")
    assert store.setting("theme", "textual-dark") == "textual-dark"
    store.set_setting("theme", "textual-light")
    assert store.setting("theme") == "textual-light"


def test_corrupt_database_is_kept_aside_and_a_fresh_one_started(tmp_path: Path) -> None:
    """A file that is not a database is renamed, never deleted, and the user is told."""
    path = tmp_path / "w.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    store = Store(path)
    assert store.notice is not None and "kept as" in store.notice
    kept = list(tmp_path.glob("w.db.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not sqlite")
    store.save_reading_position("a", ReadingPosition(1, 0, 0.1))
    assert Store(path).reading_position("a") == ReadingPosition(1, 0, 0.1)


def test_newer_database_is_left_untouched(tmp_path: Path) -> None:
    """A database from a newer whosays is not migrated or moved; this run works in memory."""
    path = tmp_path / "w.db"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = path.read_bytes()
    store = Store(path)
    assert store.notice is not None and "newer whosays" in store.notice
    store.save_reading_position("a", ReadingPosition(1, 0, 0.1))
    assert path.read_bytes() == before


def test_locked_database_does_not_stop_the_app(tmp_path: Path) -> None:
    """When another program holds the lock, the store still works, in memory, and says so."""
    path = tmp_path / "w.db"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = Store(path)
        assert store.notice is not None and "locked" in store.notice
        store.set_setting("theme", "x")
        assert store.setting("theme") == "x"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert list(tmp_path.glob("w.db.broken-*")) == []
