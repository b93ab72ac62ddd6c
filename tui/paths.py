"""Where whosays keeps the user's files: one data directory, from platformdirs or WHOSAYS_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: Set this to use another data directory (tests, portable installs, a USB stick).
HOME_VARIABLE = "WHOSAYS_HOME"


def data_dir() -> Path:
    """The data directory: $WHOSAYS_HOME if set, else the platform's user data folder."""
    override = os.environ.get(HOME_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path("whosays", appauthor=False)


def user_articles_dir() -> Path:
    """Articles the user adds: any .txt or .md file dropped here joins the library."""
    return data_dir() / "articles"


def user_quizzes_dir() -> Path:
    """Quizzes the user adds (YAML files)."""
    return data_dir() / "quizzes"


def database_path() -> Path:
    """The SQLite database of reading positions, settings and quiz results."""
    return data_dir() / "whosays.db"
