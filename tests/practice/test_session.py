"""An attempt in SQLite: saved as labels are given, resumed, checked, disputed, exported."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tui import paths
from tui.cli import main
from tui.practice import records
from tui.practice.keys import AnswerKey
from tui.practice.session import PracticeSession
from tui.store import Store


def test_labels_survive_leaving_and_come_back(cats_key: AnswerKey, tmp_path: Path) -> None:
    """Each label is written at once: a new store on the same file resumes the attempt."""
    db = tmp_path / "w.db"
    session = PracticeSession.resume_or_start(Store(db), cats_key)
    assert session.attempt_id is None  # opening is not an attempt
    session.give(0, "unattributed")
    session.give(1, "vague")
    session.give(1, None)
    session.give(2, "vague")
    again = PracticeSession.resume_or_start(Store(db), cats_key)
    assert again.attempt_id == session.attempt_id and again.resumed
    assert again.answers == {0: "unattributed", 2: "vague"}
    assert again.next_unlabelled(0) == 1


def test_a_checked_attempt_is_finished_and_the_next_one_is_new(
    cats_key: AnswerKey, tmp_path: Path
) -> None:
    store = Store(tmp_path / "w.db")
    session = PracticeSession.resume_or_start(store, cats_key)
    session.give(0, "unattributed")
    session.give(1, "named")
    result = session.check()
    assert result.scores.accuracy == 1.0
    attempt = records.attempts(store)[0]
    assert attempt.checked_at is not None and attempt.hits == 1 and attempt.tendency
    assert PracticeSession.resume_or_start(store, cats_key).attempt_id is None


def test_disputes_and_practice_rows_reach_the_teachers_csv(
    cats_key: AnswerKey, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store(paths.database_path())
    session = PracticeSession.resume_or_start(store, cats_key)
    session.give(0, "unattributed")
    session.give(2, "unattributed")
    session.check()
    session.dispute(2, "residents are the source, a group of people")
    session.dispute(4, "")  # not labelled: the dispute still reaches the teacher
    store.close()
    assert main(["results", "--csv", "-", "--student", "Ana"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["question"] for row in rows] == ["1", "3", "5"]
    first, disputed, unlabelled = rows
    assert first["kind"] == "practice" and first["attempt"].startswith("p")
    assert first["verdict"] == "agree" and first["points"] == "1"
    assert first["key"] == "answer key" and first["student"] == "Ana"
    assert disputed["response"] == "unattributed" and disputed["right_answer"] == "vague"
    assert disputed["disputed"] == "yes"
    assert disputed["dispute_reason"] == "residents are the source, a group of people"
    assert unlabelled["response"] == "" and unlabelled["disputed"] == "yes"
    assert main(["results"]) == 0
    assert "practice: Harbour Cats Win Award" in capsys.readouterr().out
