"""Benchmark: saving answers stays flat, exports stream, two processes share the database.

    python benchmarks/bench_storage.py [--answers 100000] [--runs 200]

Every figure is printed beside an anchor measured in the same run, and their ratio:

- saving one answer (Store.record_answer: a transaction with the answer and the running
  score) with 10 and with N answers already in the attempt, against a bare sqlite3 INSERT
  in its own transaction on the same kind of file (WAL, synchronous=NORMAL); and the old
  save (the score as two SUMs over the attempt) at both sizes, to show what it cost;
- `results --csv` of N answers (time and peak Python memory), against reading the same rows
  with a bare cursor into csv.writer;
- the check at start (PRAGMA quick_check and the schema checks) on that database, against
  a bare connect and one query;
- two processes saving 1,000 answers each at once, against one process saving 2,000.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from tui.store import AnswerRecord, Store

_OLD_TOTALS = (
    "UPDATE attempt SET score = (SELECT COALESCE(SUM(points), 0) FROM answer"
    " WHERE attempt_id = ?), percent = CASE WHEN max_score > 0 THEN 100.0 *"
    " (SELECT COALESCE(SUM(points), 0) FROM answer WHERE attempt_id = ?)"
    " / max_score ELSE 0 END WHERE id = ?"
)


def _answer(number: int) -> AnswerRecord:
    return AnswerRecord(f"q{number}", "Which paper?", "Reuters", "wrong", 0.0, 1.0, "WSJ")


def _fill(store: Store, attempt: int, count: int) -> None:
    """Put `count` answers into an attempt in one go (the set-up, not the measure)."""
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO answer (attempt_id, question_id, prompt, response, verdict, points,"
            " max_points, right_answer, hint_used, answered_at)"
            " VALUES (?, ?, 'P?', 'r', 'correct', 1, 1, 'r', 0, '2026-01-01T00:00:00+00:00')",
            ((attempt, f"fill{number}") for number in range(count)),
        )


def _median_us(action, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for number in range(runs):
        started = time.perf_counter()
        action(number)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def _bare_insert_us(folder: Path, runs: int) -> float:
    """The anchor: one row in its own transaction, on a WAL file like whosays's."""
    db = sqlite3.connect(folder / "bare.db", isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE TABLE t (a INTEGER, b TEXT, c TEXT, PRIMARY KEY (a, b))")

    def insert(number: int) -> None:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t VALUES (1, ?, 'x')", (f"q{number}",))
        db.execute("COMMIT")

    result = _median_us(insert, runs)
    db.close()
    return result


def _save_us(folder: Path, stored: int, runs: int, old: bool = False) -> float:
    store = Store(folder / f"save-{stored}-{old}.db")
    attempt = store.start_attempt("quiz", "Quiz", None, max_score=stored + runs)
    _fill(store, attempt, stored)

    def save(number: int) -> None:
        if not old:
            store.record_answer(attempt, _answer(number))
            return
        with store.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO answer (attempt_id, question_id, prompt, response,"
                " verdict, points, max_points, right_answer, hint_used, answered_at)"
                " VALUES (?, ?, 'P?', 'r', 'wrong', 0, 1, 'r', 0, 'now')",
                (attempt, f"q{number}"),
            )
            db.execute(_OLD_TOTALS, (attempt, attempt, attempt))

    result = _median_us(save, runs)
    store.close()
    return result


def _export(folder: Path, answers: int) -> tuple[float, float, float, float]:
    """(whosays ms, whosays peak KB, bare ms, bare peak KB) for a CSV of `answers` rows."""
    from tui.results import write_csv

    path = folder / "export.db"
    store = Store(path)
    for attempt_number in range(10):
        attempt = store.start_attempt(f"quiz{attempt_number}", "Quiz", None, max_score=1)
        _fill(store, attempt, answers // 10)

    def measure(action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        # Timed without tracemalloc (it slows Python down several times), then traced.
        started = time.perf_counter()
        action()
        elapsed = (time.perf_counter() - started) * 1000
        tracemalloc.start()
        action()
        peak = tracemalloc.get_traced_memory()[1] / 1024
        tracemalloc.stop()
        return elapsed, peak

    def bare() -> None:
        db = sqlite3.connect(path)
        out = csv.writer(_Null())
        for row in db.execute("SELECT * FROM answer JOIN attempt ON attempt.id = attempt_id"):
            out.writerow(row)
        db.close()

    ours = measure(lambda: write_csv(store, _Null()))  # type: ignore[arg-type]
    anchor = measure(bare)
    store.close()
    return (*ours, *anchor)


class _Null(io.TextIOBase):
    def write(self, text: str) -> int:
        return len(text)


def _open_ms(path: Path, runs: int = 5) -> tuple[float, float]:
    """(Store opening with its checks, bare connect and one query), median ms."""

    def ours(_number: int) -> None:
        Store(path).close()

    def bare(_number: int) -> None:
        db = sqlite3.connect(path)
        db.execute("SELECT COUNT(*) FROM attempt").fetchone()
        db.close()

    return _median_us(ours, runs) / 1000, _median_us(bare, runs) / 1000


_WRITER = """
import sys
from pathlib import Path
from tui.store import AnswerRecord, Store
store = Store(Path(sys.argv[1]))
attempt = store.start_attempt(sys.argv[2], "Quiz", None, max_score=1)
for number in range(int(sys.argv[3])):
    store.record_answer(
        attempt, AnswerRecord(f"q{number}", "P?", "r", "correct", 1, 1, "r")
    )
"""


def _writers_ms(folder: Path, processes: int, each: int) -> float:
    path = folder / f"shared-{processes}.db"
    Store(path).close()
    started = time.perf_counter()
    runs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), f"w{n}", str(each)])
        for n in range(processes)
    ]
    for run in runs:
        if run.wait() != 0:
            raise SystemExit("a writer failed")
    elapsed = (time.perf_counter() - started) * 1000
    rows = sqlite3.connect(path).execute("SELECT COUNT(*) FROM answer").fetchone()[0]
    if rows != processes * each:
        raise SystemExit(f"lost rows: {rows} of {processes * each}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []

    def add(what: str, figure: float, anchor: float, unit: str) -> None:
        rows.append(
            (what, f"{figure:,.1f} {unit}", f"{anchor:,.1f} {unit}", f"{figure / anchor:.2f}x")
        )

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bare = _bare_insert_us(folder, args.runs)
        for stored in (10, args.answers):
            add(
                f"save an answer, {stored:,} stored",
                _save_us(folder, stored, args.runs),
                bare,
                "µs",
            )
        for stored in (10, args.answers):
            add(
                f"old save (two SUMs), {stored:,} stored",
                _save_us(folder, stored, min(args.runs, 50), old=True),
                bare,
                "µs",
            )
        ours_ms, ours_kb, bare_ms, bare_kb = _export(folder, args.answers)
        add(f"results --csv, {args.answers:,} answers: time", ours_ms, bare_ms, "ms")
        add(f"results --csv, {args.answers:,} answers: peak memory", ours_kb, bare_kb, "KB")
        checked, plain = _open_ms(folder / "export.db")
        add(f"open with checks, {args.answers:,} answers", checked, plain, "ms")
        add(
            "two processes save 1,000 answers each (vs one saving 2,000)",
            _writers_ms(folder, 2, 1000),
            _writers_ms(folder, 1, 2000),
            "ms",
        )
    width = max(len(row[0]) for row in rows)
    print(f"{'measure':<{width}}  {'whosays':>14}  {'anchor':>14}  ratio")
    for what, figure, anchor, ratio in rows:
        print(f"{what:<{width}}  {figure:>14}  {anchor:>14}  {ratio}")
    print(
        f"\n(machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"SQLite {sqlite3.sqlite_version})"
    )


if __name__ == "__main__":
    main()
