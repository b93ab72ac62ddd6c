"""Every quiz the library knows, checked, with the article each one is about."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tui.library import Entry, quiz_entries
from tui.quiz.loader import LoaderError
from tui.quiz.model import Quiz
from tui.quiz.validate import check_file


@dataclass(frozen=True)
class CatalogueEntry:
    """A quiz file: the Quiz when it checks clean, else its first problem to show."""

    entry: Entry
    quiz: Quiz | None
    problem: str | None = None

    @property
    def title(self) -> str:
        return self.quiz.title if self.quiz else self.entry.path.name


def catalogue() -> list[CatalogueEntry]:
    """Check every bundled and user quiz; a quiz with errors is listed with the first one."""
    found = []
    for entry in quiz_entries():
        try:
            checked = check_file(entry.path)
        except LoaderError as error:
            found.append(CatalogueEntry(entry, None, str(error)))
            continue
        first = str(checked.errors[0]) if checked.errors else None
        found.append(CatalogueEntry(entry, checked.quiz, first))
    return found


def quizzes_about(article_path: Path, entries: list[CatalogueEntry]) -> list[CatalogueEntry]:
    """The usable quizzes whose `article:` is this file."""
    target = article_path.resolve()
    return [
        item
        for item in entries
        if item.quiz is not None
        and item.quiz.article_path is not None
        and item.quiz.article_path.resolve() == target
    ]
