"""The command line: list, read and analyze errors, --version, --help."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tui import __version__
from tui.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"whosays {__version__}"


def test_help_says_where_things_live(
    capsys: pytest.CaptureFixture[str], whosays_home: Path
) -> None:
    """--help lists the commands and the data directory (WHOSAYS_HOME)."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("read", "list", "analyze", "WHOSAYS_HOME", str(whosays_home)):
        assert word in out


def test_list_shows_the_seed_and_the_quizzes(capsys: pytest.CaptureFixture[str]) -> None:
    """Articles first, then the quizzes by the id `whosays quiz` takes."""
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "U.S.-Trained Spies Joining Daesh in Afghanistan" in out
    assert "who-says-so-kayhan  Who says so?" in out and "about 000_f3345cb7f8af5719" in out


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--json gives one object per article with its metadata, and the quizzes as the text does.

    (The top level became an object with `articles` and `quizzes` when the quizzes joined.)
    """
    assert main(["list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    seed = next(item for item in listing["articles"] if item["id"] == "000_f3345cb7f8af5719")
    assert seed["outlet"] == "kayhan.ir" and seed["date"] == "2021-11-01" and seed["words"] == 587
    quiz = next(item for item in listing["quizzes"] if item["id"] == "who-says-so-kayhan")
    assert quiz["title"].startswith("Who says so?") and quiz["questions"] > 0
    assert quiz["article"].endswith("000_f3345cb7f8af5719.txt")


@pytest.mark.parametrize("command", ["read", "analyze"])
def test_missing_file_is_one_line_and_exit_2(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A missing file: one line on stderr, exit status 2, no traceback."""
    assert main([command, str(tmp_path / "gone.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err and "Traceback" not in err


def test_unreadable_file_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A binary file given to read: a clear line, exit 2."""
    path = tmp_path / "pic.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    assert main(["read", str(path)]) == 2
    assert "binary file" in capsys.readouterr().err


def test_misspelt_name_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "00x_f3345cb7f8af5719"]) == 2
    assert "did you mean '000_f3345cb7f8af5719'" in capsys.readouterr().err


def test_python_dash_m_runs_the_command() -> None:
    """`python -m tui` is the same program as `whosays`."""
    result = subprocess.run(
        [sys.executable, "-m", "tui", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("whosays ")


@pytest.mark.parametrize(
    "command",
    [["read", "000"], ["quiz", "sourcing-basics"], ["practice", "000"], []],
    ids=["read", "quiz", "practice", "library"],
)
def test_without_a_terminal_the_interface_says_so_and_exits(command: list[str]) -> None:
    """stdin from /dev/null: one line pointing to analyze/grade, exit 2, at once (not a spin)."""
    result = subprocess.run(
        [sys.executable, "-m", "tui", *command],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "needs a terminal" in result.stderr
    assert any(other in result.stderr for other in ("analyze", "grade", "--answers"))


def test_read_and_analyze_take_words_of_a_title(capsys: pytest.CaptureFixture[str]) -> None:
    """ "kayhan" (the outlet) and "spies" (a title word) find the seed; a typo is suggested."""
    for words in ("kayhan", "Spies", "spies daesh"):
        assert main(["analyze", words]) == 0
        assert "U.S.-Trained Spies Joining Daesh" in capsys.readouterr().out
    assert main(["analyze", "spiez"]) == 2
    err = capsys.readouterr().err
    assert "did you mean '000_f3345cb7f8af5719' (U.S.-Trained Spies" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("command", ["--help", "analyze 101"])
def test_output_cut_short_by_head_is_no_traceback(command: str) -> None:
    """`whosays --help | head -1`: the reader leaves early (here before a byte is read) and
    whosays goes quietly."""
    shell = f"{shlex.quote(sys.executable)} -m tui {command} | true"
    result = subprocess.run(
        ["sh", "-c", shell], capture_output=True, text=True, timeout=60, check=False
    )
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
