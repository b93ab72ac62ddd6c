"""Helpers for quiz tests: write a quiz file and check it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tui.quiz.validate import CheckedQuiz, check_file


@pytest.fixture
def write_quiz(tmp_path: Path) -> Callable[[str], Path]:
    """Write dedented YAML to quiz.yaml in a temporary folder and return its path."""

    def write(text: str, name: str = "quiz.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return write


@pytest.fixture
def check(write_quiz: Callable[[str], Path]) -> Callable[[str], CheckedQuiz]:
    """Check dedented YAML as a quiz file."""

    def run(text: str) -> CheckedQuiz:
        return check_file(write_quiz(text))

    return run
