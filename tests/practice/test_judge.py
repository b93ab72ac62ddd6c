"""One judge for the screen and the command line: verdicts, `also:`, the answers file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.practice.feedback import summary_lines
from tui.practice.judge import judge
from tui.practice.keys import AnswerKey


def test_also_counts_as_agreement_and_none_is_not_scored(cats_key: AnswerKey) -> None:
    result = judge(cats_key, {0: "unattributed", 1: "vague", 2: "anonymous", 4: "named"})
    assert [v.verdict for v in result.verdicts] == [
        "agree",
        "disagree",
        "agree",
        "unanswered",
        "not scored",
    ]
    scores = result.scores
    assert (scores.hits, scores.misses, scores.false_alarms) == (1, 0, 0)
    assert scores.correct_rejections == 2 and scores.unanswered == 1
    # The accepted `also:` label is on the diagonal, not an error.
    assert scores.confusion["anonymous"]["anonymous"] == 1
    assert scores.confusion["named"]["vague"] == 1
    assert "you called 1 named sentence vague" in " ".join(summary_lines(scores))


def _answers(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(text, "utf-8")
    return path


def test_cli_judge_prints_the_documented_json(
    cats: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = _answers(
        tmp_path,
        "sentences:\n"
        "  - text: won a national award\n    label: u\n"
        "  - text: Mia Lund said\n    label: named\n"
        "  - text: Some residents say\n    label: U\n",
    )
    assert main(["practice", str(cats), "--answers", str(answers), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == [
        "article",
        "key",
        "sentences",
        "hits",
        "misses",
        "false_alarms",
        "correct_rejections",
        "unanswered",
        "hit_rate",
        "false_alarm_rate",
        "discernment",
        "accuracy",
        "kappa",
        "confusion",
        "tendency",
    ]
    assert out["key"] == "answer key" and out["article"] == "cats"
    assert out["sentences"][2] == {
        "text": "Some residents say the shelter is too noisy.",
        "student": "unattributed",
        "key": "vague",
        "verdict": "disagree",
    }
    assert (out["hits"], out["false_alarms"], out["correct_rejections"]) == (1, 1, 1)
    assert out["unanswered"] == 1 and out["false_alarm_rate"] == 0.5


def test_a_bare_list_of_answers_is_read_too(
    cats: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = _answers(tmp_path, "- text: won a national award\n  label: unattributed\n")
    assert main(["practice", str(cats), "--answers", str(answers)]) == 0
    out = capsys.readouterr().out
    assert "agree" in out and "Discernment d′" in out


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- text: shelter\n  label: u\n", "1:3: error: 'shelter' is in 2 sentences"),
        ("- text: The moon is cheese.\n  label: u\n", "1:3: error: no sentence of the article"),
        ("- text: Mia Lund said\n  label: nmed\n", "2:10: error: 'nmed' is not a label"),
        (
            "- text: Mia Lund said\n  label: n\n- text: Director Mia\n  label: v\n",
            "3:3: error: duplicate",
        ),
        ("- text: [unclosed\n", "error: YAML syntax"),
    ],
)
def test_a_broken_answers_file_is_not_judged(
    cats: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    """Any problem: each named at its line on stderr, nothing judged, exit status 2."""
    answers = _answers(tmp_path, text)
    assert main(["practice", str(cats), "--answers", str(answers), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err and "nothing was judged" in captured.err


def test_missing_answers_file_is_a_usage_error(
    cats: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["practice", str(cats), "--answers", "/no/such/file.yaml"]) == 2
    assert "no such file" in capsys.readouterr().err
