"""Small attacks: emoji-only choices, and answers that would run as spreadsheet formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tui import paths
from tui.cli import main
from tui.quiz.grading import judge
from tui.quiz.validate import check_file
from tui.results import spreadsheet_cell
from tui.store import AnswerRecord, Store

EMOJI_QUIZ = """\
title: Moods
questions:
  - {id: mood, prompt: "Which?", choices: ["👍", "👎", "🤷"], answer: "👎"}
"""


def test_emoji_only_choices_are_not_duplicates_and_are_told_apart(tmp_path: Path) -> None:
    """Each emoji normalises to nothing, so all once looked the same: the check refused
    the quiz, and any emoji picked the first choice."""
    path = tmp_path / "moods.yaml"
    path.write_text(EMOJI_QUIZ, "utf-8")
    checked = check_file(path)
    assert not checked.errors and checked.quiz is not None
    [question] = checked.quiz.questions
    assert judge(question, "👎").verdict == "correct"
    assert judge(question, "👍").verdict == "wrong" and judge(question, "👍").matched == "👍"
    assert judge(question, "b").verdict == "correct"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        (
            '=HYPERLINK("http://evil.example","click")',
            '\'=HYPERLINK("http://evil.example","click")',
        ),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(1,2)", "'@SUM(1,2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-2", "'-2"),
        ("a = b", "a = b"),
    ],
)
def test_a_cell_that_would_start_a_formula_is_neutralised(typed: str, written: str) -> None:
    """OWASP's rule: = + - @ tab CR at the start get a quote (a typed "-2" too: it is text)."""
    assert spreadsheet_cell(typed) == written


def test_the_results_csv_never_holds_a_formula(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A student's typed answer, a prompt and a quiz title, as exported for a teacher."""
    store = Store(paths.database_path())
    attempt = store.start_attempt("q", "=1+1", None, max_score=1)
    store.record_answer(
        attempt, AnswerRecord("q1", "@Prompt", '=WEBSERVICE("http://x")', "wrong", 0, 1, "-r")
    )
    store.close()
    target = tmp_path / "out.csv"
    assert main(["results", "--csv", str(target), "--student", "@Ana"]) == 0
    [row] = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    assert row["student"] == "'@Ana"
    assert row["response"] == '\'=WEBSERVICE("http://x")'
    assert (row["quiz_title"], row["prompt"], row["right_answer"]) == ("'=1+1", "'@Prompt", "'-r")
    assert row["points"] == "0"
