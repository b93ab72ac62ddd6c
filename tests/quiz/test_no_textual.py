"""The quiz core never imports Textual, so `check` and `grade` start fast and work in pipes."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import tui.quiz

ROOT = Path(__file__).resolve().parents[2]


def test_no_quiz_module_imports_textual() -> None:
    """Every module of tui.quiz (found, not listed) and the CLI, in a fresh interpreter."""
    modules = ["tui.cli", "tui.quiz"] + [
        f"tui.quiz.{info.name}" for info in pkgutil.iter_modules(tui.quiz.__path__)
    ]
    assert "tui.quiz.linking" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"
