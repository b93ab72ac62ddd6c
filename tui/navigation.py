"""Requests a screen sends to the app to open another screen, so no screen imports another.

A screen posts one of these (`self.post_message(OpenArticle(path))`); it bubbles to the app,
whose `on_open_article` and kin push, switch or replace screens. The app is then the one
place that knows every screen, and the screens form no import circle.

Plain Message classes, as the screens' own messages are: as dataclasses, making these ten
when the app started cost about 11M instructions, 1% of the start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from tui.analysis import Analysis
    from tui.articles import Article
    from tui.quiz.grading import QuizResult
    from tui.quiz.model import Question, Quiz
    from tui.quiz.recording import SittingRecorder
    from tui.quiz.session import QuizSession


class OpenArticle(Message):
    """Open an article in the reader over the current screen."""

    def __init__(
        self,
        path: Path,
        article_id: str | None = None,
        reveal: bool = True,
        article: Article | None = None,
    ) -> None:
        super().__init__()
        self.path = path
        self.article_id = article_id
        #: False opens it with the labels hidden (from a quiz that asks for them).
        self.reveal = reveal
        #: The article already loaded (`whosays read` checks it first): not read twice.
        self.article = article


class OpenQuiz(Message):
    """Start a sitting of a quiz: all of it, or only `questions` when retrying."""

    def __init__(
        self,
        quiz: Quiz,
        questions: Sequence[Question] | None = None,
        retry_of: int | None = None,
        replace: bool = False,
    ) -> None:
        super().__init__()
        self.quiz = quiz
        self.questions = questions
        self.retry_of = retry_of
        #: True replaces the current screen (a retry from the summary) instead of covering it.
        self.replace = replace


class DraftQuiz(Message):
    """Offer to draft a quiz on this analysed article, and say where it was written."""

    def __init__(self, analysis: Analysis) -> None:
        super().__init__()
        self.analysis = analysis


class CloseQuiz(Message):
    """The quiz (or its summary) is done with: back to what was open before, or to the
    shell when whosays was started with `whosays quiz`."""


class ShowQuizSummary(Message):
    """Show the summary of a finished sitting in place of the quiz screen."""

    def __init__(
        self,
        session: QuizSession,
        result: QuizResult,
        responses: dict[str, str],
        recorder: SittingRecorder,
        retry: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.result = result
        self.responses = responses
        #: The sitting's answers, saved or still waiting for the database.
        self.recorder = recorder
        self.retry = retry


class OpenHistory(Message):
    """Show every past quiz attempt."""


class ShowHelp(Message):
    """Show the current screen's keys, with a note on what the screen is for."""

    def __init__(self, title: str, about: str) -> None:
        super().__init__()
        self.title = title
        self.about = about


class ShowGlossary(Message):
    """Show what each label means, with examples; `label` is the entry to show first."""

    def __init__(self, label: str | None = None) -> None:
        super().__init__()
        self.label = label


class AskConfirm(Message):
    """Ask a yes-or-no question over the current screen; `answered` gets True for yes."""

    def __init__(
        self,
        question: str,
        detail: str,
        answered: Callable[[bool], None],
        yes: str = "Yes",
        no: str = "No",
    ) -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.answered = answered
        self.yes = yes
        self.no = no


class AskImportSource(Message):
    """Ask for a path or web address to import; `answered` gets it, or None if cancelled."""

    def __init__(self, answered: Callable[[str | None], None]) -> None:
        super().__init__()
        self.answered = answered


class AskMetadata(Message):
    """Ask for an article's title, outlet and date; `answered` gets them, or None."""

    def __init__(
        self, values: dict[str, str], answered: Callable[[dict[str, str] | None], None]
    ) -> None:
        super().__init__()
        self.values = values
        self.answered = answered


class OpenPractice(Message):
    """Practise an article: label every sentence, then check against the key."""

    def __init__(self, path: Path, article_id: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.article_id = article_id


class OpenProgress(Message):
    """Show practice progress over time."""


class OpenReview(Message):
    """Start a review session of the items due today."""
