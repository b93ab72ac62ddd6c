"""Practice attempts in the store: whose they are, and the CSV rows of one student."""

from __future__ import annotations

from pathlib import Path

from tui.practice import records
from tui.practice.export import csv_rows
from tui.practice.keys import AnswerKey
from tui.store import Store


def test_practice_attempts_record_the_student_and_export_by_student(
    tmp_path: Path, cats_key: AnswerKey
) -> None:
    """Each practice attempt is the remembered student's; `only` keeps one student's rows,
    and each row names its own attempt's student."""
    store = Store(tmp_path / "w.db")
    early = records.start_attempt(store, cats_key)
    store.remember_student("Ana")
    store.remember_student("Bo")
    later = records.start_attempt(store, cats_key)
    for attempt in (early, later):
        records.save_label(store, attempt, 0, "The harbour's cat shelter ...", "unattributed")
    assert [a.student for a in records.attempts(store)] == ["Ana", "Bo"]
    assert [r["student"] for r in csv_rows(store, "Bo")] == ["Ana", "Bo"]
    assert [(r["student"], r["attempt"]) for r in csv_rows(store, "Bo", only=" bo ")] == [
        ("Bo", f"p{later}")
    ]
