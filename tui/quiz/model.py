"""The quiz model: Quiz, Question and Problem, plain frozen dataclasses with no behaviour.

Validation builds these only from a file without errors, so the grader and the screen can
trust every field (an answer of a choice question is one of its choices, and so on).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

#: Question types, in the order the format documents them.
QUESTION_TYPES = ("choice", "multi", "truefalse", "short", "number", "label")

#: The labels a student may give a sentence in a `label` question ("none" is not a claim).
SENTENCE_LABELS = ("named", "anonymous", "vague", "unattributed")

DEFAULT_PASS_MARK = 70
DEFAULT_THRESHOLD = 85
DEFAULT_POINTS = 1


@dataclass(frozen=True)
class Position:
    """Where something is in a file: 1-based line and column, as editors count them."""

    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, printed as `path:line:col: severity: message`."""

    path: str
    line: int
    column: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True)
class Examples:
    """A teacher's own tests of a short question: answers that must be right, and wrong."""

    right: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinkedSentence:
    """The article sentence a `label` question is about, with offsets into the article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Question:
    """One question, exactly as the teacher wrote it (every text as written, never coerced).

    `answers` holds every right answer: the `answer` of choice, truefalse, short, number and
    label questions first, then `accept:` entries; a multi question's right choices.
    """

    id: str
    type: str
    prompt: str
    answers: tuple[str, ...]
    choices: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    threshold: int = DEFAULT_THRESHOLD
    tolerance: Decimal = Decimal(0)
    hint: str | None = None
    explain: str | None = None
    points: float = DEFAULT_POINTS
    sentence: LinkedSentence | None = None
    examples: Examples = field(default_factory=Examples)
    position: Position = Position(1, 1)
    #: choice and multi: None follows the quiz's `shuffle_choices`, True/False overrides it.
    shuffle_choices: bool | None = None

    @property
    def answer(self) -> str:
        """The first right answer: what the student is shown as "the answer"."""
        return self.answers[0]


@dataclass(frozen=True)
class Quiz:
    """A quiz that passed validation; `article_path` is resolved when `article:` is given."""

    title: str
    questions: tuple[Question, ...]
    description: str | None = None
    article: str | None = None
    article_path: Path | None = None
    pass_mark: float = DEFAULT_PASS_MARK
    shuffle: bool = False
    path: Path | None = None
    #: Show the choices of choice and multi questions in a new order at every attempt, so
    #: "pick a)" teaches nothing; a teacher fixes the order with `shuffle_choices: false`.
    shuffle_choices: bool = True

    @property
    def id(self) -> str:
        """The id results are stored under: the quiz file's name without its extension."""
        return self.path.stem if self.path else self.title

    def shuffles_choices(self, question: Question) -> bool:
        """Whether `question`'s choices are shown in a new order at each attempt."""
        if question.type not in ("choice", "multi"):
            return False
        if question.shuffle_choices is not None:
            return question.shuffle_choices
        return self.shuffle_choices

    def question(self, question_id: str) -> Question | None:
        """The question with that id, or None."""
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def max_score(self) -> float:
        return sum(q.points for q in self.questions)
