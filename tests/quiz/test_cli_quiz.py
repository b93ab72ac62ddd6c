"""`whosays check` and `whosays grade`: output lines and exit codes, through tui.cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import EXIT_FOUND_PROBLEMS, EXIT_OK, EXIT_USAGE, main

QUIZ = """\
title: t
pass_mark: 60
questions:
  - id: outlet
    choices: [The Wall Street Journal, Reuters]
    answer: The Wall Street Journal
  - id: who
    prompt: Who?
    answer: Rahmatullah Nabil
  - id: tf
    prompt: Named?
    answer: false
"""


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "good.yaml").write_text(
        QUIZ.replace("  - id: outlet\n", "  - id: outlet\n    prompt: Which?\n")
    )
    (tmp_path / "bad.yaml").write_text(QUIZ.replace("pass_mark: 60", "pass_mark: 600"))
    (tmp_path / "warn.yaml").write_text(
        "title: t\nquestions:\n"
        "  - {prompt: p, type: short, answer: reliable, accept: [not reliable]}\n"
    )
    return tmp_path


def test_check_clean_file_exits_0(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A clean quiz prints only the summary line and exits 0."""
    assert main(["check", str(files / "good.yaml")]) == EXIT_OK
    assert capsys.readouterr().out == "checked 1 file: 0 errors, 0 warnings: ok\n"


def test_check_errors_print_editor_lines_and_exit_1(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every problem is `path:line:col: error: message`; missing prompt and range both shown."""
    assert main(["check", str(files / "bad.yaml"), str(files / "good.yaml")]) == EXIT_FOUND_PROBLEMS
    lines = capsys.readouterr().out.splitlines()
    bad = files / "bad.yaml"
    assert lines[0].startswith(f"{bad}:2:12: error: pass_mark: 600 is out of range")
    assert lines[1].startswith(
        f"{bad}:4:5: error: question 'outlet' is missing required key 'prompt:'"
    )
    assert lines[-1] == "checked 2 files: 2 errors, 0 warnings: failed"


def test_check_warnings_still_exit_0(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A warning is printed as `path:line:col: warning: ...` and does not fail the check."""
    assert main(["check", str(files / "warn.yaml")]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"{files / 'warn.yaml'}:3:38: warning: the negation" in out


def test_check_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist exits 2 with one line on stderr."""
    assert main(["check", "no/such/quiz.yaml"]) == EXIT_USAGE
    assert "no such file" in capsys.readouterr().err


def test_check_without_files_is_a_usage_error() -> None:
    """argparse refuses `whosays check` with no file (exit 2)."""
    with pytest.raises(SystemExit) as error:
        main(["check"])
    assert error.value.code == EXIT_USAGE


def test_check_bundled_quizzes_by_id(capsys: pytest.CaptureFixture[str]) -> None:
    """The bundled quizzes are found by id and are clean."""
    assert main(["check", "who-says-so-kayhan", "sourcing-basics"]) == EXIT_OK
    assert capsys.readouterr().out.endswith("0 errors, 0 warnings: ok\n")


def _responses(folder: Path, text: str) -> str:
    path = folder / "responses.yaml"
    path.write_text(text)
    return str(path)


def test_grade_prints_verdicts_and_total(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One line per question (id, verdict, points, what was typed -> what it matched) and a
    total with pass/fail. (Typed beside matched since issue 10: a teacher sees both.)"""
    responses = _responses(files, "outlet: a\nwho: Rahmatulah Nabil\ntf: yes\n")
    assert main(["grade", str(files / "good.yaml"), responses]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "outlet",
        "correct",
        "1/1",
        "'a'",
        "->",
        "The",
        "Wall",
        "Street",
        "Journal",
    ]
    assert "'Rahmatulah Nabil' -> Rahmatullah Nabil" in lines[1]
    assert lines[1].split()[:3] == ["who", "correct", "1/1"]
    assert lines[2].split()[:3] == ["tf", "wrong", "0/1"]
    assert lines[3] == "total 2/3 (66.7%): pass (pass mark 60%)"


def test_grade_json(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the documented object; `no` stays the text no (false), not YAML's False."""
    responses = _responses(files, "outlet: Reuters\ntf: no\n")
    assert main(["grade", str(files / "good.yaml"), responses, "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["questions"][0] == {
        "id": "outlet",
        "response": "Reuters",
        "verdict": "wrong",
        "points": 0.0,
        "max_points": 1.0,
        "matched": "Reuters",
        "ignored": [],
    }
    assert [q["verdict"] for q in data["questions"]] == ["wrong", "skipped", "correct"]
    assert (data["score"], data["max_score"], data["percent"], data["passed"]) == (
        1.0,
        3.0,
        33.3,
        False,
    )


def test_grade_refuses_a_quiz_with_errors(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken quiz is not graded: the check lines are printed and the exit is 1."""
    responses = _responses(files, "outlet: a\n")
    assert main(["grade", str(files / "bad.yaml"), responses]) == EXIT_FOUND_PROBLEMS
    assert ":2:12: error: pass_mark" in capsys.readouterr().out


def test_grade_unknown_question_id_in_responses(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A response to a question the quiz lacks is a located error with a suggestion."""
    responses = _responses(files, "outlet: a\nwhoo: x\n")
    assert main(["grade", str(files / "good.yaml"), responses]) == EXIT_FOUND_PROBLEMS
    out = capsys.readouterr().out
    assert f"{responses}:2:1: error: no question with id 'whoo'" in out
    assert "did you mean 'who'?" in out


def test_grade_missing_responses_file_is_a_usage_error(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing responses file exits 2."""
    assert main(["grade", str(files / "good.yaml"), str(files / "none.yaml")]) == EXIT_USAGE
    assert "no such file" in capsys.readouterr().err


def test_grade_shows_the_right_answer_beside_a_wrong_one(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line that is not correct ends with the right answer; a correct one does not, and a
    wrong number is not shown as if it had been read as the right one."""
    responses = _responses(files, "outlet: Reuters\nmonths: six\nstrength-low: 200\n")
    assert main(["grade", "who-says-so-kayhan", responses]) == EXIT_OK
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert lines["outlet"].endswith("'Reuters' -> Reuters  (right: The Wall Street Journal)")
    assert lines["strength-low"].endswith("'200'  (right: 500)")
    assert "right:" not in lines["months"]


def test_grade_refuses_a_number_answer_that_is_not_a_number(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'lots' for a number question is not marked wrong (the screen would ask again): it is
    an error at its line, as the one judge's refusal says, and nothing is graded."""
    responses = _responses(files, "outlet: Reuters\nmonths: lots\nlabel-kahl: maybe\n")
    assert main(["grade", "who-says-so-kayhan", responses]) == EXIT_FOUND_PROBLEMS
    out = capsys.readouterr().out
    assert f"{responses}:2:9: error: months: 'lots' is not a number" in out
    assert f"{responses}:3:13: error: label-kahl: 'maybe' is not a label" in out
    assert "total" not in out
