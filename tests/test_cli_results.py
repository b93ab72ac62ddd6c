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


def _attempt_by(name: str | None, quiz: str, points: float) -> None:
    """An attempt at `quiz` while `name` is the remembered student (None: as it is)."""
    store = Store(paths.database_path())
    if name is not None:
        store.remember_student(name)
    attempt = store.start_attempt(quiz, quiz.title(), None, max_score=1)
    store.record_answer(attempt, AnswerRecord("q1", "Who?", "x", "correct", points, 1, "x"))
    store.finish_attempt(attempt, points, 100 * points, points == 1)
    store.close()


def _two_students() -> None:
    """Ana takes 'kayhan' (one attempt from before any name was remembered), then Bo 'spies'."""
    _attempt_by(None, "kayhan", 1)
    _attempt_by("Ana Lima", "kayhan", 0)
    _attempt_by("Bo", "spies", 1)


def test_results_student_keeps_that_students_attempts_in_the_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--student lists one student's attempts, however the name is cased or spaced; without
    it every attempt is listed, each line naming its student."""
    _two_students()
    assert main(["results", "--student", "  ana lima "]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Quiz attempts by Ana Lima, newest first:")
    assert out.count("Kayhan") == 2 and "Spies" not in out
    assert main(["results", "--student", "BO"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Quiz attempts by Bo,") and "Spies" in out and "Kayhan" not in out
    assert main(["results"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Quiz attempts by 2 students, newest first:"
    assert [line[:10] for line in lines[1:]] == ["Bo        ", "Ana Lima  ", "Ana Lima  "]


def test_results_student_keeps_that_students_attempts_in_the_csv(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The CSV, per answer or per attempt, one quiz or all: only --student's attempts, each
    row naming its own attempt's student; without --student, everyone's."""
    _two_students()
    assert main(["results", "--csv", "-", "--student", "ana lima"]) == 0
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert [(r["student"], r["quiz"]) for r in rows] == [("Ana Lima", "kayhan")] * 2
    # The export's name is remembered, as stored before: new attempts are Ana Lima's.
    assert captured.err == "whosays: new attempts are recorded as Ana Lima's now (was Bo)\n"
    assert main(["results", "--csv", "-", "--student", "Bo", "--summary"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["student"], r["quiz"], r["score"]) for r in rows] == [("Bo", "spies", "1")]
    assert main(["results", "--csv", "-", "--student", "Bo", "--quiz", "kayhan"]) == 0
    captured = capsys.readouterr()
    assert list(csv.DictReader(io.StringIO(captured.out))) == []
    assert "no results for 'Bo'; results are stored for Ana Lima" in captured.err
    assert main(["results", "--csv", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["student"] for r in rows] == ["Ana Lima", "Ana Lima", "Bo"]


def test_a_student_without_results_is_told_who_has_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One clear line, exit 0; the table never writes the name down for new attempts."""
    _two_students()
    assert main(["results", "--student", "Cy"]) == 0
    assert capsys.readouterr().out == "no results for 'Cy'; results are stored for Ana Lima, Bo\n"
    assert main(["results"]) == 0 and "Cy" not in capsys.readouterr().out
    target = tmp_path / "cy.csv"
    assert main(["results", "--csv", str(target), "--student", "Cy"]) == 0
    captured = capsys.readouterr()
    assert "no results for 'Cy'" in captured.err and "wrote 0 answers of Cy" in captured.out
    # An export with a new name makes it the student new attempts are recorded as.
    assert "new attempts are recorded as Cy's now (was Bo)" in captured.err
    assert target.read_text("utf-8-sig").startswith("student,attempt")


def test_control_characters_in_a_name_are_shown_not_obeyed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A name is data: an escape sequence in it is printed visibly, in every line."""
    _attempt_by("Ana\x1b[2J", "kayhan", 1)
    _attempt_by("Bo", "spies", 1)
    assert main(["results"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Ana" in out
    assert main(["results", "--student", "Cy\x07"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("no results for 'Cy") and "\x07" not in out and "\x1b" not in out
    assert main(["results", "--student", "Ana\x1b[2J"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Quiz attempts by Ana") and "\x1b" not in out and "Spies" not in out
