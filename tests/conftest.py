"""Every test runs with its own data directory, so none touches the user's real files."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_f3345cb7f8af5719.txt"


@pytest.fixture(autouse=True)
def whosays_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh WHOSAYS_HOME for each test."""
    home = tmp_path / "home"
    monkeypatch.setenv("WHOSAYS_HOME", str(home))
    return home
