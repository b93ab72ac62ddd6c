"""`whosays class`: students' exports merged once into a gradebook and an item analysis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.results import write_csv
from tui.store import AnswerRecord, Store

#: (question id, type, right answer) of a small quiz.
QUESTIONS = [("paper", "choice", "WSJ"), ("fears", "label", "vague"), ("who", "short", "Nabil")]


def export(folder: Path, student: str, answers: list[tuple[str, str]], name: str = "") -> Path:
    """One student's export of one finished attempt: (response, verdict) per question."""
    store = Store(None)
    attempt = store.start_attempt("kayhan", "Who says so?", None, max_score=3)
    for position, ((question, kind, right), (response, verdict)) in enumerate(
        zip(QUESTIONS, answers, strict=True)
    ):
        points = 1.0 if verdict == "correct" else 0.0
        record = AnswerRecord(question, f"{question}?", response, verdict, points, 1, right)
        store.record_answer(
            attempt,
            AnswerRecord(**{**record.__dict__, "position": position, "question_type": kind}),
        )
    score = sum(v == "correct" for _, v in answers)
    store.finish_attempt(attempt, score, round(100 * score / 3, 1), score >= 2)
    path = folder / (name or f"{student}.csv")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        write_csv(store, handle, student)
    return path


@pytest.fixture
def exports(tmp_path: Path) -> list[Path]:
    return [
        export(tmp_path, "Ana", [("WSJ", "correct"), ("anonymous", "wrong"), ("Nabil", "correct")]),
        export(tmp_path, "Ben", [("Reuters", "wrong"), ("anonymous", "wrong"), ("Kahl", "wrong")]),
        export(tmp_path, "Cy", [("WSJ", "correct"), ("vague", "correct"), ("kahl ", "wrong")]),
    ]


def test_gradebook_and_item_analysis(
    exports: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """One row per student; per question the share right, wrong answers as typed, disputes."""
    assert main(["class", *map(str, exports), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["students"] == ["Ana", "Ben", "Cy"]
    assert [(r["student"], r["attempts"], r["best_percent"]) for r in data["gradebook"]] == [
        ("Ana", 1, 66.7),
        ("Ben", 1, 0.0),
        ("Cy", 1, 66.7),
    ]
    items = {item["question"]: item for item in data["items"]}
    assert [item["question"] for item in data["items"]] == ["paper", "fears", "who"]
    assert items["paper"]["percent_correct"] == 66.7
    assert items["who"]["wrong_answers"] == [{"response": "Kahl", "count": 2}]
    assert items["fears"]["disputed_label"] == "anonymous"


def test_the_report_reads_as_a_teacher_needs(
    exports: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["class", *map(str, exports)]) == 0
    out = capsys.readouterr().out
    assert "Gradebook: 3 students" in out
    assert "wrong answers as typed: 'Kahl' (2)" in out
    assert "most students say anonymous, not vague" in out


def test_a_duplicate_export_counts_once(
    exports: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.csv"
    copy.write_bytes(exports[0].read_bytes())
    assert main(["class", *map(str, exports), str(copy), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["attempts"] for r in data["gradebook"]] == [1, 1, 1]
    assert data["items"][0]["students"] == 3


def test_the_gradebook_csv(exports: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "gradebook.csv"
    assert main(["class", *map(str, exports), "--csv", str(out)]) == 0
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("student,quiz,quiz_title,attempts,best_percent")
    assert len(lines) == 4


def test_a_file_that_is_not_an_export_is_named(
    exports: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "marks.csv"
    other.write_text("name,mark\nAna,7\n", "utf-8")
    assert main(["class", str(exports[0]), str(other)]) == 2
    err = capsys.readouterr().err
    assert f"{other}: not a whosays results export" in err and "Traceback" not in err
    assert main(["class", str(tmp_path / "missing.csv")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_a_summary_export_is_refused_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store(None)
    store.start_attempt("kayhan", "Who says so?", None, max_score=3)
    path = tmp_path / "summary.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        write_csv(store, handle, "Ana", summary=True)
    assert main(["class", str(path)]) == 2
    assert "per-attempt summary" in capsys.readouterr().err


def test_latest_is_one_attempt_not_a_finished_score_beside_an_unfinished_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A finished attempt, then one left after a question: "latest" keeps the finished
    attempt's score with its own status and time, and both attempts are counted."""
    times = iter(f"2026-11-2{day}T10:00:00+00:00" for day in range(10))
    monkeypatch.setattr("tui.store._now", lambda: next(times))
    store = Store(None)
    right = AnswerRecord("paper", "paper?", "WSJ", "correct", 1.0, 1, "WSJ", position=0)
    wrong = AnswerRecord("paper", "paper?", "Reuters", "wrong", 0.0, 1, "WSJ", position=0)
    done = store.start_attempt("kayhan", "Who says so?", None, max_score=1)
    store.record_answer(done, right)
    store.finish_attempt(done, 1, 100.0, True)
    left = store.start_attempt("kayhan", "Who says so?", None, max_score=1)
    store.record_answer(left, wrong)
    path = tmp_path / "ana.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        write_csv(store, handle, "Ana")
    assert main(["class", str(path), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["gradebook"]
    assert (row["attempts"], row["latest_percent"], row["latest_status"]) == (2, 100.0, "finished")
