"""Completing a path as a shell does: the common part of the names that fit, then a list."""

from __future__ import annotations

import os
from pathlib import Path

#: Names shown under the prompt when several fit (more would fill the screen).
MAX_SHOWN = 8


def complete_path(typed: str) -> tuple[str, list[str]]:
    """(the text completed as far as it is unambiguous, the names that still fit).

    A folder completes with a trailing slash; a unique file completes in full; a web
    address or an unreadable folder is left as it is.
    """
    if "://" in typed:
        return typed, []
    expanded = os.path.expanduser(typed) if typed.startswith("~") else typed
    folder_text, _, stem = expanded.rpartition(os.sep)
    folder = Path(folder_text or ("/" if expanded.startswith(os.sep) else "."))
    try:
        names = sorted(
            entry.name + (os.sep if entry.is_dir() else "")
            for entry in os.scandir(folder)
            if entry.name.startswith(stem)
            and (stem.startswith(".") or not entry.name.startswith("."))
        )
    except OSError:
        return typed, []
    if not names:
        return typed, []
    common = os.path.commonprefix(names)  # noqa: RUF071 (names, not paths: by character)
    prefix = typed[: len(typed) - len(stem)] if stem else typed
    completed = prefix + common if len(common) > len(stem) else typed
    return completed, ([] if len(names) == 1 else names[:MAX_SHOWN])
