"""Whose attempts are whose: the one name a data directory remembers, kept on each attempt.

One machine, one student is the common case, so the name is asked once (`whosays results
--csv`) and every attempt started afterwards records it. Attempts made before any name was
remembered have none; they take the first name remembered (Store.remember_student), and
until then a listing gives them the name it was asked for.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The setting that remembers the student's name (for new attempts and exports).
STUDENT_SETTING = "student_name"


def name_key(name: str) -> str:
    """A name as it is matched: case and surrounding spaces ignored ("ana lima " = "Ana Lima")."""
    return name.strip().casefold()


def owner(recorded: str | None, fallback: str) -> str:
    """An attempt's student: the one it recorded, else `fallback` (made before any name was
    remembered)."""
    return recorded.strip() if recorded and recorded.strip() else fallback


def kept(recorded: str | None, fallback: str, only: str | None) -> bool:
    """Whether an attempt is listed: all are, unless `only` names the one student kept."""
    return only is None or name_key(owner(recorded, fallback)) == name_key(only)


def names(recorded: Iterable[str | None], fallback: str) -> list[str]:
    """The students of these attempts, each once (first spelling seen), alphabetically."""
    found: dict[str, str] = {}
    for name in recorded:
        student = owner(name, fallback)
        if student:
            found.setdefault(name_key(student), student)
    return sorted(found.values(), key=name_key)
