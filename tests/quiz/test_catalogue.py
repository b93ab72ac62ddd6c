"""The quizzes as listed: checked once, then read back until a file they depend on changes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import tui.quiz.validate
from tui import paths
from tui.quiz.catalogue import cache_path, catalogue

QUIZ = """\
title: {title}
article: {article}
questions:
  - prompt: Who says the bridge will close?
    answer: the council
"""

ARTICLE = "Bridge closes\n\nThe council said the bridge will close on Monday.\n"


def write_quiz(title: str, article: str = "bridge.txt") -> Path:
    folder = paths.user_quizzes_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bridge-quiz.yaml"
    path.write_text(QUIZ.format(title=title, article=article), "utf-8")
    return path


def write_article(name: str = "bridge.txt") -> Path:
    folder = paths.user_articles_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(ARTICLE, "utf-8")
    return path


def listed() -> tuple[object, ...]:
    (item,) = [item for item in catalogue() if item.entry.id == "bridge-quiz"]
    return (item.title, item.usable, item.questions, item.article_path, item.problem)


def never_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("a quiz was checked again")

    monkeypatch.setattr(tui.quiz.validate, "check_file", refuse)


def test_a_second_listing_checks_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library's second start lists the quizzes as the first did, without checking one."""
    article = write_article()
    write_quiz("Bridge")
    first = catalogue()
    never_checked(monkeypatch)
    assert catalogue() == first
    assert listed() == ("Bridge", True, 1, article, None)


def test_an_edited_quiz_is_checked_again() -> None:
    """A quiz changed since it was listed shows as it is now."""
    write_article()
    path = write_quiz("Bridge")
    catalogue()
    write_quiz("Bridge closing, again")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert listed()[0] == "Bridge closing, again"


def test_an_article_added_later_makes_the_quiz_usable() -> None:
    """A quiz listed with errors (its article missing) is usable once the article is added."""
    write_quiz("Bridge")
    assert listed()[1] is False
    write_article()
    assert listed()[1] is True


def test_a_damaged_cache_is_checked_afresh() -> None:
    """A truncated or edited cache file means checking again, never an error or a wrong list."""
    write_article()
    write_quiz("Bridge")
    expected = catalogue()
    quiz_path = str(paths.user_quizzes_dir() / "bridge-quiz.yaml")
    for damage in ('{"x": ', '{"' + quiz_path + '": {"title": 3}}', "[]"):
        cache_path().write_text(damage, "utf-8")
        assert catalogue() == expected


def test_the_quiz_taken_is_the_file_as_it_is_now() -> None:
    """A quiz edited after it was listed is taken as it is now, or refused with its problem."""
    write_article()
    path = write_quiz("Bridge")
    (item,) = [item for item in catalogue() if item.entry.id == "bridge-quiz"]
    path.write_text(textwrap.dedent("title: Bridge\nquestions: []\n"), "utf-8")
    quiz, problem = item.checked()
    assert quiz is None and problem is not None and "questions" in problem


def test_listing_imports_no_yaml_once_saved() -> None:
    """What is saved lets the library list the quizzes without the YAML reader or checker."""
    catalogue()
    code = (
        "import sys\nfrom tui.quiz.catalogue import catalogue\ncatalogue()\n"
        "print(sorted(m for m in ('yaml', 'tui.quiz.validate') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    )
    assert result.stdout.strip() == "[]"
