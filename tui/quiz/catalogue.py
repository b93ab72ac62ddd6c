"""Every quiz the library knows, as listed: its title, size and article, or its first problem.

Checking every quiz (importing the YAML reader and the checker, reading each file, finding
its article) was most of the work the library and `whosays list` did after showing the
articles: about 65 ms of CPU at each start on the 2-core test machine. What a listing shows
is kept in the data directory, keyed by everything the check read: the quiz file and its
article (size and modification time), the folders an `article:` name is looked up in, and
the core's source. A quiz is checked again only when one of those changed; the Quiz itself
is checked when it is wanted (`CatalogueEntry.quiz`), so a quiz is never taken stale.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui import paths
from tui.library import Entry, bundled_dir, quiz_entries, user_files_state
from tui.quiz.article_labels import core_sources

if TYPE_CHECKING:
    from tui.quiz.model import Quiz
    from tui.quiz.validate import CheckedQuiz


@dataclass(frozen=True)
class CatalogueEntry:
    """A quiz file as listed: usable (with its title, size and article) or its first problem."""

    entry: Entry
    title: str
    usable: bool
    questions: int = 0
    article_path: Path | None = None
    problem: str | None = None

    @property
    def quiz(self) -> Quiz | None:
        """The Quiz, checked now (the file may have changed since it was listed); None when
        it has errors now (`checked()` says which)."""
        return self.checked()[0]

    def checked(self) -> tuple[Quiz | None, str | None]:
        """The Quiz checked now, or None and its first problem."""
        from tui.quiz.loader import LoaderError
        from tui.quiz.validate import check_file

        try:
            result = check_file(self.entry.path)
        except LoaderError as error:
            return None, str(error)
        return result.quiz, _first_problem(result)


def catalogue() -> list[CatalogueEntry]:
    """Every bundled and user quiz; only those whose files changed are checked again."""
    entries = quiz_entries()
    folders = _folders_state()
    saved = _read_saved()
    records = {}
    for entry in entries:
        key = str(entry.path)
        record = saved.get(key)
        if not _still_valid(record, folders):
            record = _check(entry, folders)
        records[key] = record
    if records != saved:
        _save(records)
    return [_listed(entry, records[str(entry.path)]) for entry in entries]


def saved_catalogue() -> list[CatalogueEntry] | None:
    """Every quiz as `catalogue` would list it, read back only: None when one must be checked
    again (or the saved list is to be rewritten), which `catalogue` then does.

    Cheap enough for the library's first paint (a small file read and the files stat'ed): so
    the quizzes show with the articles, not in a second pass after them.
    """
    entries = quiz_entries()
    folders = _folders_state()
    saved = _read_saved()
    if set(saved) != {str(entry.path) for entry in entries}:
        return None
    if not all(_still_valid(record, folders) for record in saved.values()):
        return None
    return [_listed(entry, saved[str(entry.path)]) for entry in entries]


def quizzes_about(article_path: Path, entries: list[CatalogueEntry]) -> list[CatalogueEntry]:
    """The usable quizzes whose `article:` is this file."""
    return quizzes_by_article(entries).get(article_path.resolve(), [])


def quizzes_by_article(entries: list[CatalogueEntry]) -> dict[Path, list[CatalogueEntry]]:
    """The usable quizzes by their article's resolved path, in `entries`' order.

    Each path is resolved once: the library matched every article with every quiz, two
    resolves a pair (about 1 ms before its first paint for a dozen articles).
    """
    found: dict[Path, list[CatalogueEntry]] = {}
    for item in entries:
        if item.usable and item.article_path is not None:
            found.setdefault(item.article_path.resolve(), []).append(item)
    return found


def cache_path() -> Path:
    """Where the listed quizzes are kept between runs."""
    return paths.data_dir() / "cache" / "quizzes.json"


def _first_problem(result: CheckedQuiz) -> str | None:
    if result.errors:
        return str(result.errors[0])
    return None if result.quiz is not None else "this quiz has errors"


def _file_state(path: Path) -> list[object]:
    """The path, with its modification time and size (what tells a changed file) if it exists."""
    try:
        info = path.stat()
    except OSError:
        return [str(path)]
    return [str(path), info.st_mtime_ns, info.st_size]


def _folders_state() -> str:
    """A digest of what a check may look at besides its own files: the user's folders and
    the bundled ones (where `article:` names are found) and the core's source (the rules)."""
    state: list[object] = [list(user_files_state())]
    for kind in ("seeds", "quizzes"):
        with contextlib.suppress(OSError):
            state.append(sorted(_file_state(Path(item)) for item in os.scandir(bundled_dir(kind))))
    state.append([_file_state(path) for path in core_sources()])
    return hashlib.sha256(json.dumps(state).encode()).hexdigest()


def _still_valid(record: dict[str, object] | None, folders: str) -> bool:
    """A saved record made with these folders and source, from files that have not changed."""
    if record is None or record.get("folders") != folders:
        return False
    files = record.get("files")
    return isinstance(files, list) and all(
        isinstance(item, list) and item and item == _file_state(Path(str(item[0])))
        for item in files
    )


def _check(entry: Entry, folders: str) -> dict[str, object]:
    """Check one quiz file: what a listing shows of it, and the files it was read from."""
    from tui.quiz.loader import LoaderError
    from tui.quiz.validate import check_file

    read = [entry.path]
    try:
        result = check_file(entry.path)
    except LoaderError as error:
        quiz, problem = None, str(error)
    else:
        quiz, problem = result.quiz, _first_problem(result)
    if quiz is not None and quiz.article_path is not None:
        read.append(quiz.article_path)
    return {
        "folders": folders,
        "files": [_file_state(path) for path in read],
        "title": quiz.title if quiz is not None else entry.path.name,
        "usable": quiz is not None,
        "questions": len(quiz.questions) if quiz is not None else 0,
        "article": str(quiz.article_path) if quiz and quiz.article_path else None,
        "problem": problem,
    }


def _listed(entry: Entry, record: dict[str, object]) -> CatalogueEntry:
    article = record["article"]
    return CatalogueEntry(
        entry,
        title=str(record["title"]),
        usable=bool(record["usable"]),
        questions=int(record["questions"]),  # type: ignore[call-overload]
        article_path=Path(article) if isinstance(article, str) else None,
        problem=record["problem"],  # type: ignore[arg-type]
    )


def _read_saved() -> dict[str, dict[str, object]]:
    """The saved records by quiz path; nothing when the file is missing or not what was written."""
    try:
        saved = json.loads(cache_path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict):
        return {}
    return {key: record for key, record in saved.items() if _well_formed(record)}


def _well_formed(record: object) -> bool:
    """A record as `_check` writes it (an edited or truncated file is checked afresh)."""
    return (
        isinstance(record, dict)
        and isinstance(record.get("title"), str)
        and isinstance(record.get("usable"), bool)
        and type(record.get("questions")) is int
        and isinstance(record.get("article"), str | None)
        and isinstance(record.get("problem"), str | None)
    )


def _save(records: dict[str, dict[str, object]]) -> None:
    """Save atomically (another whosays may be reading it); never fail."""
    path = cache_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_text(json.dumps(records, separators=(",", ":")), "utf-8")
        os.replace(partial, path)
