"""Escape sequences in files, names and answers never reach the terminal through a command.

Every command prints through `tui.terminal_text.visible`: the tests below feed ESC, OSC 0/2/52,
CSI 2J, BEL, C1 CSI and bidi overrides through each command and look at every character
written to stdout and stderr.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.hostile.conftest import ATTACKS, PAYLOAD, controls_in
from tui import paths
from tui.cli import main
from tui.store import AnswerRecord, Store
from tui.terminal_text import json_text, visible

# YAML writes ESC as \e, BEL as \a, C1 and bidi as \x9b and \u202e in double quotes.
YAML_PAYLOAD = json.dumps(PAYLOAD)[1:-1].replace("\\u001b", "\\e").replace("\\u0007", "\\a")

ARTICLE = f"""Harbour {PAYLOAD} news

“The bridge is safe {PAYLOAD},” said Ann Roe, the harbour master.

Officials said the {PAYLOAD} repairs would take a year.
"""

QUIZ = f"""\
title: "Quiz {YAML_PAYLOAD}"
questions:
  - id: q1
    prompt: "Which {YAML_PAYLOAD}?"
    choices: ["Right {YAML_PAYLOAD}", "Wrong"]
    answer: "Right {YAML_PAYLOAD}"
    explain: "Because {YAML_PAYLOAD}"
"""


@pytest.fixture
def hostile_article(whosays_home: Path) -> Path:
    """An article whose title, quotation and body carry every attack, in the user's folder."""
    folder = whosays_home / "articles"
    folder.mkdir(parents=True)
    path = folder / "hostile.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


@pytest.fixture
def hostile_quiz(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    path.write_text(QUIZ, "utf-8")
    return path


def _written(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_the_yaml_payload_really_carries_the_attacks(hostile_quiz: Path) -> None:
    """Guards the tests below: the quiz file decodes to the raw control characters."""
    from tui.quiz.validate import check_file

    quiz = check_file(hostile_quiz).quiz
    assert quiz is not None and PAYLOAD in quiz.title


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_each_control_sequence_is_shown_not_obeyed(name: str) -> None:
    """The sanitiser itself: each trick comes out with no control character, same length."""
    text = f"a{ATTACKS[name]}b"
    shown = visible(text)
    assert controls_in(shown) == [] and len(shown) == len(text)


def test_list_shows_a_hostile_title_and_file_name_inertly(
    hostile_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`whosays list`: titles and names of unreadable files come out visible."""
    broken = hostile_article.parent / "bad\x1b]0;owned\x07.txt"
    broken.write_bytes(b"\xff\xfe\x00")
    assert main(["list"]) == 0
    out = _written(capsys)
    assert controls_in(out) == []
    assert "Harbour <␛|␛]0;owned␇" in out and "bad␛]0;owned␇  (cannot be read" in out


def test_list_json_keeps_the_data_but_escapes_every_control(
    hostile_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`whosays list --json`: valid JSON, the title intact, no raw control on the terminal."""
    assert main(["list", "--json"]) == 0
    out = _written(capsys)
    assert controls_in(out) == []
    titles = [item.get("title") for item in json.loads(out)["articles"]]
    assert f"Harbour {PAYLOAD} news" in titles


def test_analyze_prints_hostile_sentences_inertly(
    hostile_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(hostile_article)]) == 0
    out = _written(capsys)
    assert controls_in(out) == [] and "␛]52;c;" in out


def test_analyze_json_escapes_c1_and_bidi_as_well_as_c0(
    hostile_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON escapes C0 by itself; DEL, 0x9B and U+202E are escaped too, and decode back."""
    assert main(["analyze", str(hostile_article), "--json"]) == 0
    out = _written(capsys)
    assert controls_in(out) == [] and "\\u009b" in out and "\\u202e" in out
    assert PAYLOAD in json.loads(out)["article"]["title"]


def test_json_text_is_the_same_json() -> None:
    """Escaping more characters never changes what the JSON means."""
    data = {"t": PAYLOAD, "n": [1, 2.5, None]}
    assert json.loads(json_text(data)) == data


def test_check_quotes_hostile_keys_and_values_inertly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`whosays check`: a problem message that quotes a key from the file shows it visibly."""
    path = tmp_path / "keys.yaml"
    path.write_text(
        f'title: t\nquestions:\n  - prompt: p\n    answer: a\n    "k{YAML_PAYLOAD}": 1\n', "utf-8"
    )
    assert main(["check", str(path)]) == 1
    out = _written(capsys)
    assert controls_in(out) == [] and "␛]52" in out


def test_check_of_a_hostile_file_name_is_inert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "q\x1b]0;owned\x07.yaml"
    path.write_text("title: [unclosed\n", "utf-8")
    assert main(["check", str(path)]) == 1
    out = _written(capsys)
    assert controls_in(out) == [] and "q␛]0;owned␇.yaml" in out


def test_grade_shows_hostile_answers_inertly(
    hostile_quiz: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    responses = tmp_path / "responses.yaml"
    responses.write_text(f'q1: "Right {YAML_PAYLOAD}"\n', "utf-8")
    assert main(["grade", str(hostile_quiz), str(responses)]) == 0
    out = _written(capsys)
    assert controls_in(out) == [] and "correct" in out


def test_grade_json_of_hostile_answers_is_inert(
    hostile_quiz: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    responses = tmp_path / "responses.yaml"
    responses.write_text('q1: "Wrong \\e]0;owned\\a"\n', "utf-8")
    assert main(["grade", str(hostile_quiz), str(responses), "--json"]) == 0
    assert controls_in(_written(capsys)) == []


def _hostile_attempt() -> None:
    store = Store(paths.database_path())
    attempt = store.start_attempt("q", f"Quiz {PAYLOAD}", None, max_score=1)
    store.record_answer(
        attempt,
        AnswerRecord("q1", f"Which {PAYLOAD}?", f"typed {PAYLOAD}", "wrong", 0, 1, "right"),
    )
    store.finish_attempt(attempt, 0, 0, False)
    store.close()


def test_results_table_shows_a_hostile_title_inertly(capsys: pytest.CaptureFixture[str]) -> None:
    _hostile_attempt()
    assert main(["results"]) == 0
    out = _written(capsys)
    assert controls_in(out) == [] and "Quiz <␛" in out


def test_results_csv_to_a_terminal_is_shown_inertly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`results --csv -` on a terminal: shown, one row a line (no ␍ at the ends)."""
    _hostile_attempt()
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    # (--student since issue 10: an export names whose it is)
    assert main(["results", "--csv", "-", "--student", "A"]) == 0
    out = _written(capsys)
    assert controls_in(out) == [] and len(out.splitlines()) == 2
    assert not out.splitlines()[0].endswith("␍")


def test_results_csv_to_a_file_keeps_the_data(tmp_path: Path) -> None:
    """CSV to a file is data: the answer as typed, control characters and all."""
    _hostile_attempt()
    target = tmp_path / "out.csv"
    assert main(["results", "--csv", str(target), "--student", "A"]) == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    assert rows[0]["response"] == f"typed {PAYLOAD}"


def test_an_error_line_naming_a_hostile_file_is_inert(capsys: pytest.CaptureFixture[str]) -> None:
    """The one line on stderr quotes the name visibly."""
    assert main(["read", "/nowhere/\x1b]0;owned\x07.txt"]) == 2
    err = capsys.readouterr().err
    assert controls_in(err) == [] and "␛]0;owned␇" in err


def test_argparse_quoting_a_hostile_argument_is_inert(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """argparse's own error ("unrecognized arguments: ...") goes through the sanitiser too."""
    with pytest.raises(SystemExit):
        main(["list", "--\x1b]52;c;cm0gLXJmIH4=\x07"])
    err = capsys.readouterr().err
    assert controls_in(err) == [] and "unrecognized arguments" in err


def test_locate_and_help_show_a_hostile_data_directory_inertly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """WHOSAYS_HOME with an escape in it: `locate` and `--help` print it visibly."""
    monkeypatch.setenv("WHOSAYS_HOME", str(tmp_path / "home\x1b[2J"))
    assert main(["locate"]) == 0
    with pytest.raises(SystemExit):
        main(["--help"])
    out = _written(capsys)
    assert controls_in(out) == [] and "home␛[2J" in out
