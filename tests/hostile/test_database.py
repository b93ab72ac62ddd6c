"""Attacks on the database: damage, odd schemas, read-only and vanished files, two writers.

None may crash whosays or lose a judged answer: each gives a notice, keeps the user's data
(a damaged file is renamed aside, never deleted; a healthy one is never renamed), and a quiz
that cannot be saved keeps its answers and writes them when the database returns.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tui import paths
from tui.app import WhosaysApp
from tui.quiz.recording import SittingRecorder
from tui.quiz.validate import check_file
from tui.screens.library import LibraryScreen
from tui.screens.quiz import QuizScreen
from tui.screens.quiz_summary import QuizSummaryScreen
from tui.store import SCHEMA_VERSION, AnswerRecord, ReadingPosition, Store, StoreError

QUIZ = """\
title: Two questions
questions:
  - {id: one, prompt: "First?", choices: [Red, Blue], answer: Red}
  - {id: two, prompt: "Second?", choices: [Red, Blue], answer: Blue}
"""


def _answer(question: str = "q1", points: float = 1) -> AnswerRecord:
    return AnswerRecord(question, "Prompt?", "typed", "correct", points, 1, "right")


def _saved_store(path: Path, answers: int = 3) -> None:
    store = Store(path)
    attempt = store.start_attempt("quiz", "Quiz", None, max_score=answers)
    for number in range(answers):
        store.record_answer(attempt, _answer(f"q{number}"))
    store.save_reading_position("article", ReadingPosition(2, 5, 0.5))
    store.close()


def _kept_aside(path: Path) -> list[Path]:
    """The damaged files renamed aside (their -wal and -shm files go with them)."""
    found = path.parent.glob(f"{path.name}.broken-*")
    return sorted(kept for kept in found if not kept.name.endswith(("-wal", "-shm")))


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Another program holds the write lock (whosays's own file is in WAL: reads go on)."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _break_answer_table(path: Path) -> None:
    """Damage the file behind an open connection's back: the answer table's root page
    points past the end of the file, so any query of it finds 'malformed'."""
    with sqlite3.connect(path, isolation_level=None) as db:
        version = db.execute("PRAGMA schema_version").fetchone()[0]
        db.execute("PRAGMA writable_schema = ON")
        db.execute("UPDATE sqlite_master SET rootpage = 99999 WHERE name = 'answer'")
        db.execute(f"PRAGMA schema_version = {version + 1}")


# Opening --------------------------------------------------------------------------------


def test_a_page_of_garbage_is_found_at_start_and_the_file_kept_aside(tmp_path: Path) -> None:
    """quick_check at start finds a damaged page; the file is renamed, never deleted."""
    path = tmp_path / "w.db"
    _saved_store(path, answers=400)
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad" * 2048)
    store = Store(path)
    assert store.notice is not None and "kept as" in store.notice
    assert len(_kept_aside(path)) == 1 and store.attempts() == []


def test_tables_missing_at_a_known_version_are_damage_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    _saved_store(path)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE answer")
    store = Store(path)
    assert store.notice is not None and "lacks answer" in store.notice
    assert len(_kept_aside(path)) == 1
    store.record_answer(store.start_attempt("q", "Q", None, 1), _answer())


@pytest.mark.parametrize("version", [-1, -2_000_000])
def test_a_negative_schema_version_is_set_aside(tmp_path: Path, version: int) -> None:
    path = tmp_path / "w.db"
    _saved_store(path)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {version}")
    store = Store(path)
    assert store.notice is not None and "never writes" in store.notice
    assert len(_kept_aside(path)) == 1


def test_an_unknown_newer_version_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    _saved_store(path)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    before = path.read_bytes()
    store = Store(path)
    assert store.notice is not None and "newer whosays" in store.notice
    store.set_setting("theme", "x")
    assert path.read_bytes() == before and _kept_aside(path) == []


def test_a_folder_where_the_database_should_be_is_not_renamed(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    path.mkdir()
    store = Store(path)
    assert store.notice is not None and "nothing is saved" in store.notice
    assert path.is_dir() and _kept_aside(path) == []


@pytest.fixture
def make_read_only() -> Iterator[object]:
    """Make a file read-only even for root (chattr +i), undone afterwards; skips if it
    cannot."""
    done: list[Path] = []

    def apply(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o444)
            path.parent.chmod(0o555)
            done.append(path)
            return
        result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if result.returncode != 0:
            pytest.skip("cannot make a file read-only for root here (no chattr +i)")
        done.append(path)

    yield apply
    for path in done:
        if os.geteuid() != 0:
            path.parent.chmod(0o755)
            path.chmod(0o644)
        else:
            subprocess.run(["chattr", "-i", str(path)], check=False)


def test_a_healthy_read_only_file_is_opened_read_only_never_renamed(
    tmp_path: Path, make_read_only: object
) -> None:
    """Past results still show; a write says read-only; the file keeps its name and bytes."""
    path = tmp_path / "w.db"
    _saved_store(path)
    before = path.read_bytes()
    make_read_only(path)  # type: ignore[operator]
    store = Store(path)
    assert store.notice is not None and "read-only" in store.notice
    assert store.read_only and len(store.attempts()) == 1
    assert store.reading_position("article") == ReadingPosition(2, 5, 0.5)
    with pytest.raises(StoreError, match="read-only"):
        store.set_setting("theme", "x")
    store.close()
    assert path.read_bytes() == before and _kept_aside(path) == []


def test_an_older_read_only_file_shows_what_it_has(tmp_path: Path, make_read_only: object) -> None:
    """Too old to migrate and not writable: its positions show; newer tables read as empty."""
    path = tmp_path / "w.db"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE reading_position (article_id TEXT PRIMARY KEY, paragraph INTEGER,"
            " offset INTEGER, progress REAL, updated_at TEXT);"
            "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT);"
            "INSERT INTO reading_position VALUES ('old', 1, 2, 0.25, 'then');"
            "PRAGMA user_version = 1;"
        )
    make_read_only(path)  # type: ignore[operator]
    store = Store(path)
    # (The one number of an old file is also how far the student read, as a migration makes it.)
    expected = ReadingPosition(1, 2, 0.25, furthest=0.25)
    assert store.read_only and store.reading_position("old") == expected
    assert store.attempts() == [] and store.problem is None
    assert _kept_aside(path) == []


def test_a_read_only_file_from_before_students_still_shows_its_attempts(
    tmp_path: Path, make_read_only: object
) -> None:
    """Schema 5 cannot gain the student column read-only: its attempts show, nobody's."""
    from tests.test_store import _version_5_database
    from tui.practice import records

    path = tmp_path / "w.db"
    _version_5_database(path, "Ana")
    make_read_only(path)  # type: ignore[operator]
    store = Store(path)
    assert store.read_only and store.problem is None
    assert [(a.quiz_id, a.student) for a in store.attempts()] == [("kayhan", None)]
    assert [(a.article_id, a.student) for a in records.attempts(store)] == [("a", None)]
    assert [a.quiz_id for a, _ in store.answer_rows()] == ["kayhan"]
    assert _kept_aside(path) == []


# Mid-session ----------------------------------------------------------------------------


def test_damage_found_mid_session_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    """'malformed' at a query: reads return nothing and say why; writes raise StoreError."""
    path = tmp_path / "w.db"
    _saved_store(path)
    store = Store(path)
    told: list[str] = []
    store.listen(told.append)
    _break_answer_table(path)
    assert store.answers(1) == []
    assert told and "damaged" in told[0]
    with pytest.raises(StoreError, match="damaged"):
        store.record_answer(1, _answer("late"))
    store.close()
    assert "kept as" in (Store(path).notice or "")  # and set aside at the next start


def test_a_database_deleted_mid_session_starts_afresh_and_the_quiz_writes_again(
    tmp_path: Path,
) -> None:
    """The file is deleted under a running quiz: the next answer goes to a new file, with
    every answer of the sitting (SQLite alone would write into the deleted file)."""
    path = tmp_path / "w.db"
    store = Store(path)
    recorder = SittingRecorder(store, "quiz", "Quiz", None, max_score=2)
    assert recorder.record(_answer("one")) is None
    path.unlink()
    for side in tmp_path.glob("w.db-*"):
        side.unlink()
    assert recorder.record(_answer("two")) is None
    assert recorder.finish(2, 100, True) is None
    store.close()
    again = Store(path)
    [attempt] = again.attempts()
    assert attempt.answered == 2 and attempt.finished_at is not None


def test_a_locked_database_keeps_the_answers_and_writes_them_when_it_returns(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.db"
    store = Store(path, busy_timeout=0.05)
    recorder = SittingRecorder(store, "quiz", "Quiz", None, max_score=2)
    with _locked(path):
        assert "another program" in (recorder.record(_answer("one")) or "")
        assert recorder.record(_answer("two")) is not None
        assert recorder.pending == 2
    assert recorder.flush() is None and recorder.pending == 0
    [attempt] = store.attempts()
    assert attempt.answered == 2 and attempt.score == 2


def test_a_held_lock_makes_the_quiz_wait_once_not_at_every_answer(tmp_path: Path) -> None:
    """After one write waited out the busy timeout, the next wait briefly until one succeeds
    (checked through SQLite's own setting, not a clock)."""
    path = tmp_path / "w.db"
    store = Store(path, busy_timeout=0.3)
    with _locked(path):
        with pytest.raises(StoreError):
            store.set_setting("a", "1")
        assert store.read("PRAGMA busy_timeout") == [(250,)]
    store.set_setting("a", "2")
    assert store.read("PRAGMA busy_timeout") == [(300,)]


def test_unsaved_answers_export_as_csv_that_no_spreadsheet_runs(tmp_path: Path) -> None:
    import csv
    import io

    store = Store(path := tmp_path / "w.db", busy_timeout=0.05)
    recorder = SittingRecorder(store, "quiz", "Quiz", None, max_score=1)
    with _locked(path):
        recorder.record(AnswerRecord("q1", "Prompt?", "=cmd()", "wrong", 0, 1, "right"))
        target = recorder.export_file([tmp_path / "out"])
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"), newline="")))
    assert rows[0]["response"] == "'=cmd()" and rows[0]["attempt"] == "0"


async def test_a_quiz_on_a_locked_database_ends_in_its_summary_then_saves(
    tmp_path: Path,
) -> None:
    """Every write refused: notices, not a traceback; the summary shows, says the answers
    wait, offers an export, and writes them once the lock is gone."""
    quiz_path = tmp_path / "two.yaml"
    quiz_path.write_text(QUIZ, "utf-8")
    quiz = check_file(quiz_path).quiz
    db = paths.database_path()
    app = WhosaysApp(store=Store(db, busy_timeout=0.05))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        with _locked(db):
            await app.push_screen(QuizScreen(quiz))
            await pilot.pause()
            await pilot.press("a", "enter")
            await pilot.pause()
            await pilot.press("b", "enter")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, QuizSummaryScreen)
            assert screen.recorder.pending == 3  # two answers and the result
            assert "not saved yet" in str(screen.query_one("#summary-unsaved").content)
            assert any("kept but not saved" in str(n.message) for n in app._notifications)
            await pilot.press("e")
            await pilot.pause()
            assert list(paths.data_dir().glob("unsaved-two-*.csv"))
        screen._retry_save()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.recorder.pending == 0
        assert not screen.query_one("#summary-unsaved").display
    [attempt] = Store(db).attempts()
    assert attempt.answered == 2 and attempt.finished_at is not None


async def test_the_library_still_opens_when_the_database_cannot_be_read(
    tmp_path: Path,
) -> None:
    db = paths.database_path()
    _saved_store(db)
    store = Store(db)
    _break_answer_table(db)
    with sqlite3.connect(db) as other:
        other.execute("PRAGMA writable_schema = ON")
        other.execute("UPDATE sqlite_master SET rootpage = 99998 WHERE name = 'reading_position'")
        version = other.execute("PRAGMA schema_version").fetchone()[0]
        other.execute(f"PRAGMA schema_version = {version + 1}")
    app = WhosaysApp(store=store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one("#library-table").row_count >= 10
        assert any("cannot read" in str(n.message) for n in app._notifications)


# Two processes --------------------------------------------------------------------------

_WRITER = """
import sys
from pathlib import Path
from tui.store import AnswerRecord, Store
store = Store(Path(sys.argv[1]))
assert store.notice is None, store.notice
for number in range(int(sys.argv[3])):
    attempt = store.start_attempt(sys.argv[2], "Quiz", None, max_score=1)
    store.record_answer(
        attempt, AnswerRecord(f"{sys.argv[2]}-{number}", "P?", "r", "correct", 1, 1, "r")
    )
"""

_READER = """
import sys
from pathlib import Path
from tui.store import Store
store = Store(Path(sys.argv[1]))
seen = 0
for _ in range(int(sys.argv[2])):
    rows = store.read("SELECT COUNT(*) FROM answer")
    assert store.problem is None, store.problem
    count = rows[0][0]
    assert count >= seen, (count, seen)
    seen = count
"""


def test_two_writer_processes_and_a_reader_lose_no_row(tmp_path: Path) -> None:
    """Two whosays processes save 1,000 attempts each while a third reads 1,000 times, all
    on a new file (so they also race to create it): no 'database is locked', every row."""
    path = tmp_path / "shared.db"
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path), *arguments],
            stderr=subprocess.PIPE,
            text=True,
        )
        for script, arguments in (
            (_WRITER, ("A", "1000")),
            (_WRITER, ("B", "1000")),
            (_READER, ("1000",)),
        )
    ]
    for run in runs:
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    store = Store(path)
    assert len(store.attempts()) == 2_000
    [[count]] = store.read("SELECT COUNT(DISTINCT question_id) FROM answer")
    assert count == 2_000
