"""The core must never import Textual: `analyze`, `check`, `grade` and `list` stay fast."""

import subprocess
import sys

CORE_MODULES = [
    "tui.articles",
    "tui.library",
    "tui.paths",
    "tui.cli",
    "tui.analysis",
    "tui.analysis.report",
]


def test_core_modules_do_not_import_textual() -> None:
    """Imports every core module in a fresh interpreter and looks for textual in sys.modules."""
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
