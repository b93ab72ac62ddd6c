"""The wheel carries the bundled articles and quizzes, and finds them when installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the project's wheel once (with the installed hatchling, no network)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("whosays-*.whl")
    return built


def test_wheel_holds_the_bundled_folders(wheel: Path) -> None:
    """Seeds, answer keys, quizzes, the schema, the styles and the analyser's word lists are
    all in the wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for lexicon in (REPO / "tui" / "analysis" / "lexicons").iterdir():
        assert f"tui/analysis/lexicons/{lexicon.name}" in names
    for seed in (REPO / "seeds").iterdir():
        assert f"tui/bundled/seeds/{seed.name}" in names
    for quiz in (REPO / "quizzes").iterdir():
        assert f"tui/bundled/quizzes/{quiz.name}" in names
    assert "tui/app.tcss" in names
    assert not any(name.startswith(("seeds/", "quizzes/", "tests/")) for name in names)


def test_installed_wheel_finds_its_bundles_from_anywhere(wheel: Path, tmp_path: Path) -> None:
    """Unpacked as an install would be, run from another folder: the seed and quizzes show."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site), WHOSAYS_HOME=str(tmp_path / "home"))
    # PYTHONPATH puts the unpacked wheel before the checkout's editable install.
    code = "import sys; from tui.cli import main; raise SystemExit(main(sys.argv[1:]))"
    listed = subprocess.run(
        [sys.executable, "-c", code, "list", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    listing = json.loads(listed.stdout)
    seed = next(item for item in listing["articles"] if item["id"] == "000_f3345cb7f8af5719")
    assert seed["path"].startswith(str(site))
    quiz = next(item for item in listing["quizzes"] if item["id"] == "who-says-so-kayhan")
    assert quiz["path"].startswith(str(site))
    checked = subprocess.run(
        [sys.executable, "-c", code, "check", "who-says-so-kayhan"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    analysed = subprocess.run(
        [sys.executable, "-c", code, "analyze", "--json", "000"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert analysed.returncode == 0, analysed.stderr
    assert any(s["label"] == "named" for s in json.loads(analysed.stdout)["sentences"])
