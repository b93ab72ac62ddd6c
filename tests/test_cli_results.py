"""`whosays quiz` refusing a broken quiz, and `whosays results` for a teacher."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tui import paths
from tui.cli import main
from tui.store import AnswerRecord, Store


def test_quiz_with_errors_is_refused_with_the_check_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A quiz with errors never opens the UI: the problems are printed, exit 1."""
    path = tmp_path / "bad.yaml"
    path.write_text("title: x\nquestions:\n  - prompt: Q?\n    answr: yes\n", "utf-8")
    assert main(["quiz", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:4:5: error:" in out and "errors; fix them, then try again" in out


def test_missing_quiz_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "no-such-quiz-anywhere"]) == 2
    assert "no such file" in capsys.readouterr().err


def _one_attempt() -> None:
    store = Store(paths.database_path())
    attempt = store.start_attempt("kayhan", "Who says so?", None, max_score=2)
    store.record_answer(
        attempt, AnswerRecord("q1", "Which paper, really?", "b) Reuters", "wrong", 0, 1, "WSJ")
    )
    store.record_answer(attempt, AnswerRecord("q2", "Who?", "nabil", "correct", 1, 1, "Nabil"))
    store.finish_attempt(attempt, 1, 50, False)
    store.close()


def test_results_lists_attempts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["results"]) == 0
    assert "No quiz attempts yet." in capsys.readouterr().out
    _one_attempt()
    assert main(["results"]) == 0
    out = capsys.readouterr().out
    assert "Who says so?" in out and "1/2 (50%)" in out and "not passed" in out


def test_results_table_names_the_student_as_the_csv_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--student is not ignored without --csv: the table says whose attempts it lists."""
    assert main(["results", "--student", "Ana Lima"]) == 0
    assert "No quiz attempts by Ana Lima yet." in capsys.readouterr().out
    _one_attempt()
    assert main(["results", "--student", "Ana Lima"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Quiz attempts by Ana Lima") and "1/2 (50%)" in out


def test_results_csv_has_one_row_per_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--csv FILE writes a header and every answer; commas in prompts stay in one cell.
    (Since issue 10 the student's name is required: given, remembered or asked for.)"""
    _one_attempt()
    target = tmp_path / "out.csv"
    assert main(["results", "--csv", str(target), "--student", "Ana Lima"]) == 0
    assert "wrote 2 answers" in capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [row["question"] for row in rows] == ["q1", "q2"]
    assert rows[0]["prompt"] == "Which paper, really?" and rows[0]["verdict"] == "wrong"
    assert main(["results", "--csv", "-", "--student", "Ana Lima"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("student,attempt,quiz,quiz_title")
    assert all(row["student"] == "Ana Lima" for row in csv.DictReader(io.StringIO(out)))


def test_results_csv_to_an_unwritable_place(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["results", "--csv", "/no/such/folder/out.csv", "--student", "A"]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_the_student_name_is_remembered_and_required(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No name ever given and no terminal to ask on: one clear line; once given, remembered."""
    _one_attempt()
    target = tmp_path / "out.csv"
    assert main(["results", "--csv", str(target)]) == 2
    assert "--student" in capsys.readouterr().err
    assert main(["results", "--csv", str(target), "--student", "Ana Lima"]) == 0
    assert main(["results", "--csv", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.split("\n", 1)[1])))
    assert {row["student"] for row in rows} == {"Ana Lima"}


def test_a_formula_typed_as_an_answer_is_text_in_a_spreadsheet(tmp_path: Path) -> None:
    """=HYPERLINK(...) typed by a student reaches the CSV as text (OWASP: a leading ')."""
    store = Store(paths.database_path())
    attempt = store.start_attempt("kayhan", "@quiz", None, max_score=1)
    typed = '=HYPERLINK("http://example.invalid","click")'
    store.record_answer(attempt, AnswerRecord("q1", "-Who?", typed, "wrong", 0, 1, "+Nabil"))
    store.close()
    target = tmp_path / "out.csv"
    assert main(["results", "--csv", str(target), "--student", "=1+1"]) == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads it as UTF-8
    row = next(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert row["response"] == "'" + typed
    assert (row["prompt"], row["right_answer"], row["quiz_title"]) == (
        "'-Who?",
        "'+Nabil",
        "'@quiz",
    )
    assert row["student"] == "'=1+1"
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_summary_and_quiz_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--summary: one row per attempt with its score; --quiz keeps one quiz."""
    _one_attempt()
    store = Store(paths.database_path())
    other = store.start_attempt("basics", "Basics", None, max_score=1)
    store.record_answer(other, AnswerRecord("x", "X?", "y", "correct", 1, 1, "y"))
    store.close()
    assert main(["results", "--csv", "-", "--student", "A", "--summary"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["quiz"], r["score"], r["status"]) for r in rows] == [
        ("kayhan", "1", "finished"),
        ("basics", "1", "unfinished"),
    ]
    assert main(["results", "--csv", "-", "--student", "A", "--quiz", "basics"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["question"] for r in rows] == ["x"]
