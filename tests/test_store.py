"""The SQLite store: migrations, positions, settings, and databases that cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tui.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    AnswerRecord,
    ReadingPosition,
    Store,
    StoreError,
)


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
    assert again.reading_positions() == {"a1": ReadingPosition(5, 2, 0.6)}


def test_the_furthest_point_read_only_grows(tmp_path: Path) -> None:
    """Going back to the start moves the place, not how far the student has read."""
    store = Store(tmp_path / "w.db")
    store.save_reading_position("a1", ReadingPosition(9, 0, 0.64, furthest=0.64))
    store.save_reading_position("a1", ReadingPosition(2, 0, 0.27, furthest=0.3))
    assert store.reading_position("a1") == ReadingPosition(2, 0, 0.27, furthest=0.64)


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
    """When another program holds the lock, the store still works, in memory, and says so.

    The file is made by another program, without WAL: its exclusive lock keeps readers out
    (a whosays file in WAL mode is readable while another process writes).
    """
    path = tmp_path / "w.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE other (x)")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = Store(path, busy_timeout=0.1)
        assert store.notice is not None and "locked" in store.notice
        store.set_setting("theme", "x")
        assert store.setting("theme") == "x"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert list(tmp_path.glob("w.db.broken-*")) == []


def test_a_version_1_database_is_migrated_keeping_its_positions(tmp_path: Path) -> None:
    """Opening a database from the first schema adds the quiz tables and keeps every position."""
    path = tmp_path / "w.db"
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0].split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute(
            "INSERT INTO reading_position VALUES ('old', 3, 9, 0.25, '2025-01-01T00:00:00+00:00')"
        )
        db.execute("PRAGMA user_version = 1")
    store = Store(path)
    assert store.notice is None
    # The one number version 1 kept is the best guess of how far the student read.
    assert store.reading_position("old") == ReadingPosition(3, 9, 0.25, furthest=0.25)
    assert store.attempts() == []


def _version_5_database(path: Path, remembered: str | None) -> None:
    """A file as whosays left it before attempts recorded a student: one quiz attempt with
    an answer, one practice attempt, and perhaps a remembered name."""
    with sqlite3.connect(path) as db:
        for script in MIGRATIONS[:5]:
            db.executescript(script)
        db.execute(
            "INSERT INTO attempt (quiz_id, quiz_title, started_at, max_score, score, percent)"
            " VALUES ('kayhan', 'Who says so?', '2025-01-01T00:00:00+00:00', 2, 1, 50)"
        )
        db.execute(
            "INSERT INTO answer VALUES (1, 'q1', 'Who?', 'nabil', 'correct', 1, 1, 'Nabil', 0,"
            " '2025-01-01T00:01:00+00:00', 0, 'text')"
        )
        db.execute(
            "INSERT INTO practice_attempt (article_id, article_title, key_kind, sentences,"
            " started_at) VALUES ('a', 'An article', 'answer key', 4, '2025-01-02T00:00:00')"
        )
        if remembered is not None:
            db.execute("INSERT INTO setting VALUES ('student_name', ?)", (remembered,))
        db.execute("PRAGMA user_version = 5")


@pytest.mark.parametrize("remembered", [None, "Ana Lima"])
def test_a_version_5_database_keeps_its_attempts_and_gives_them_the_remembered_name(
    tmp_path: Path, remembered: str | None
) -> None:
    """Attempts from before students were recorded are kept whole; they are the student's
    whose name was already remembered (one machine, one student), else nobody's yet."""
    from tui.practice import records

    path = tmp_path / "w.db"
    _version_5_database(path, remembered)
    store = Store(path)
    assert store.notice is None
    (attempt,) = store.attempts()
    assert (attempt.quiz_title, attempt.score, attempt.answered) == ("Who says so?", 1, 1)
    assert attempt.student == remembered
    assert store.answers(attempt.id)[0].response == "nabil"
    (practice,) = records.attempts(store)
    assert (practice.article_title, practice.student) == ("An article", remembered)
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_new_attempts_record_the_remembered_student(tmp_path: Path) -> None:
    """An attempt records the name remembered when it starts; the first name remembered goes
    to the attempts made before, and a later one never takes them."""
    store = Store(tmp_path / "w.db")
    before = store.start_attempt("q", "Q", None, max_score=1)
    store.remember_student("Ana")
    ana = store.start_attempt("q", "Q", None, max_score=1)
    store.remember_student("Bo")
    bo = store.start_attempt("q", "Q", None, max_score=1)
    whose = {a.id: a.student for a in store.attempts()}
    assert whose == {before: "Ana", ana: "Ana", bo: "Bo"}
    assert store.student() == "Bo"


def test_answers_are_saved_one_by_one_and_totals_follow(tmp_path: Path) -> None:
    """Each answer is stored at once; an unfinished attempt keeps its answers and running score."""
    path = tmp_path / "w.db"
    store = Store(path)
    attempt = store.start_attempt("kayhan", "Who says so?", "/q.yaml", max_score=4)
    store.record_answer(attempt, AnswerRecord("q1", "Which paper?", "wsj", "correct", 1, 1, "WSJ"))
    store.record_answer(attempt, AnswerRecord("q2", "Who?", "kahl", "wrong", 0, 2, "Nabil", True))
    store.close()
    again = Store(path)
    [record] = again.attempts("kayhan")
    assert record.finished_at is None and record.answered == 2
    assert record.score == 1 and record.percent == 25
    answers = again.answers(attempt)
    assert [a.question_id for a in answers] == ["q1", "q2"] and answers[1].hint_used
    again.finish_attempt(attempt, score=1, percent=25, passed=False)
    assert again.attempts()[0].finished_at is not None
    assert again.attempts("other quiz") == []


def test_a_refused_write_raises_store_error_and_the_store_stays_usable(tmp_path: Path) -> None:
    """A write while another program holds the lock fails cleanly; later writes work."""
    path = tmp_path / "w.db"
    store = Store(path, busy_timeout=0.1)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="cannot write"):
            store.set_setting("theme", "x")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.set_setting("theme", "y")
    assert store.setting("theme") == "y"
