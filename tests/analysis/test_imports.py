"""The analysis package stays UI-free: importing it never pulls in Textual."""

import subprocess
import sys

MODULES = [
    "tui.analysis",
    "tui.analysis.attribution",
    "tui.analysis.cues",
    "tui.analysis.quotations",
    "tui.analysis.references",
    "tui.analysis.report",
    "tui.analysis.reporting",
    "tui.analysis.sentences",
    "tui.analysis.sources",
    "tui.analysis.teaching",
]


def test_analysis_modules_do_not_import_textual() -> None:
    """A fresh interpreter imports every analysis module; no textual module gets loaded."""
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
