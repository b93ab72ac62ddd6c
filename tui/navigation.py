"""Requests a screen sends to the app to open another screen, so no screen imports another.

A screen posts one of these (`self.post_message(OpenArticle(path))`); it bubbles to the app,
whose `on_open_article` and kin push, switch or replace screens. The app is then the one
place that knows every screen, and the screens form no import circle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from tui.analysis import Analysis
    from tui.quiz.grading import QuizResult
    from tui.quiz.model import Question, Quiz
    from tui.quiz.recording import SittingRecorder
    from tui.quiz.session import QuizSession


@dataclass
class OpenArticle(Message):
    """Open an article in the reader over the current screen."""

    path: Path
    article_id: str | None = None
    #: False opens it with the labels hidden (from a quiz that asks for them).
    reveal: bool = True


@dataclass
class OpenQuiz(Message):
    """Start a sitting of a quiz: all of it, or only `questions` when retrying."""

    quiz: Quiz
    questions: Sequence[Question] | None = None
    retry_of: int | None = None
    #: True replaces the current screen (a retry from the summary) instead of covering it.
    replace: bool = False


@dataclass
class DraftQuiz(Message):
    """Offer to draft a quiz on this analysed article, and say where it was written."""

    analysis: Analysis


class CloseQuiz(Message):
    """The quiz (or its summary) is done with: back to what was open before, or to the
    shell when whosays was started with `whosays quiz`."""


@dataclass
class ShowQuizSummary(Message):
    """Show the summary of a finished sitting in place of the quiz screen."""

    session: QuizSession
    result: QuizResult
    responses: dict[str, str]
    #: The sitting's answers, saved or still waiting for the database.
    recorder: SittingRecorder
    retry: bool = False


class OpenHistory(Message):
    """Show every past quiz attempt."""


@dataclass
class ShowHelp(Message):
    """Show the current screen's keys, with a note on what the screen is for."""

    title: str
    about: str


@dataclass
class ShowGlossary(Message):
    """Show what each label means, with examples; `label` is the entry to show first."""

    label: str | None = None


@dataclass
class AskConfirm(Message):
    """Ask a yes-or-no question over the current screen; `answered` gets True for yes."""

    question: str
    detail: str
    answered: Callable[[bool], None] = field(repr=False)
    yes: str = "Yes"
    no: str = "No"


@dataclass
class AskImportSource(Message):
    """Ask for a path or web address to import; `answered` gets it, or None if cancelled."""

    answered: Callable[[str | None], None] = field(repr=False)


@dataclass
class AskMetadata(Message):
    """Ask for an article's title, outlet and date; `answered` gets them, or None."""

    values: dict[str, str]
    answered: Callable[[dict[str, str] | None], None] = field(repr=False)


@dataclass
class OpenPractice(Message):
    """Practise an article: label every sentence, then check against the key."""

    path: Path
    article_id: str | None = None


class OpenProgress(Message):
    """Show practice progress over time."""


class OpenReview(Message):
    """Start a review session of the items due today."""
