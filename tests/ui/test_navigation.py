"""Screens ask the app to open other screens; none imports another (no import circle)."""

from __future__ import annotations

import ast
from pathlib import Path

import tui

SCREENS = Path(tui.__file__).parent / "screens"


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_screen_imports_another_screen() -> None:
    """Navigation lives in the app: a screen posts a tui.navigation message instead."""
    offenders = {
        path.name: sorted(n for n in _imported_modules(path) if n.startswith("tui.screens"))
        for path in sorted(SCREENS.glob("*.py"))
    }
    assert {name: found for name, found in offenders.items() if found} == {}
