"""The core must never import Textual: `analyze`, `check`, `grade` and `list` stay fast."""

import pkgutil
import subprocess
import sys

import tui

#: The interface layer; everything else in the package is core.
INTERFACE = ("tui.app", "tui.navigation", "tui.screens", "tui.widgets", "tui.__main__")


def core_modules() -> list[str]:
    """Every module of the package outside the interface layer, found by walking it."""
    names = [info.name for info in pkgutil.walk_packages(tui.__path__, "tui.")]
    return sorted(name for name in names if not name.startswith(INTERFACE))


def test_the_walk_finds_the_core() -> None:
    """Guards the guard: the walk sees the modules that matter."""
    found = core_modules()
    for name in (
        "tui.articles",
        "tui.store",
        "tui.cli",
        "tui.analysis.attribution",
        "tui.quiz.grading",
        "tui.results",
        "tui.reading",
    ):
        assert name in found


def test_core_modules_do_not_import_textual() -> None:
    """Imports every core module in a fresh interpreter and looks for textual in sys.modules."""
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
