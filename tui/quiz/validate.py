"""Validate a composed quiz file and build the Quiz, reporting every problem at once.

The top-level keys and the keys every question has are checked here, each type's own keys
in type_checks.py. Each problem carries the file, line and column of the exact value at
fault and says what to write instead, so `whosays check` output lets an editor jump to it.
A Quiz is built only when there is no error (warnings allowed): the grader never meets a
broken question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from tui.library import NotFoundError, find_quiz
from tui.quiz.linking import closest_article_names, resolve_article
from tui.quiz.loader import (
    Document,
    LoaderError,
    Mapping,
    Node,
    Scalar,
    Sequence,
    collector_paused,
    load_file,
)
from tui.quiz.model import (
    DEFAULT_PASS_MARK,
    DEFAULT_POINTS,
    QUESTION_TYPES,
    Position,
    Problem,
    Question,
    Quiz,
)
from tui.quiz.numbers import parse_number
from tui.quiz.type_checks import TypeChecks
from tui.quiz.values import did_you_mean

if TYPE_CHECKING:
    from tui.articles import Article
    from tui.quiz.article_labels import LabelledSentence

#: Top-level keys, and whether each is required.
QUIZ_KEYS = {
    "title": True,
    "description": False,
    "article": False,
    "pass_mark": False,
    "shuffle": False,
    "shuffle_choices": False,
    "questions": True,
}

#: Keys every question may have.
QUESTION_KEYS = ("id", "type", "prompt", "answer", "hint", "explain", "points")

#: Keys only some question types take.
TYPE_KEYS = {
    "choice": ("choices", "shuffle_choices"),
    "multi": ("choices", "shuffle_choices"),
    "truefalse": (),
    "short": ("accept", "reject", "threshold", "examples"),
    "number": ("tolerance",),
    "label": ("sentence", "accept"),
}


def all_question_keys() -> list[str]:
    """Every key a question may carry, whatever its type."""
    keys = list(QUESTION_KEYS)
    for extra in TYPE_KEYS.values():
        keys.extend(k for k in extra if k not in keys)
    return keys


def _key_owners() -> dict[str, list[str]]:
    """For each type-specific key, the question types that take it."""
    owners: dict[str, list[str]] = {}
    for kind, extra in TYPE_KEYS.items():
        for key in extra:
            owners.setdefault(key, []).append(kind)
    return owners


# Worked out once, not for every question (a tenth of checking a 1,000-question quiz).
_ANY_QUESTION_KEYS = all_question_keys()
#: Why a key of another type is not used in a question: "it belongs to choice and multi ...".
_BELONGS_ELSEWHERE = {
    key: f"it belongs to {' and '.join(types)} questions" for key, types in _key_owners().items()
}
#: The keys a question of each type may carry.
_ALLOWED_KEYS = {kind: list(QUESTION_KEYS) + list(extra) for kind, extra in TYPE_KEYS.items()}


@dataclass(frozen=True)
class CheckedQuiz:
    """The result of checking one file: the Quiz when it has no error, and every problem."""

    path: str
    quiz: Quiz | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def notes(self) -> list[Problem]:
        """Things worth knowing that need no change (a label the analyser reads otherwise)."""
        return [p for p in self.problems if p.severity == "note"]


def check_file(path: Path | str) -> CheckedQuiz:
    """Load and validate a quiz file; raises loader.LoaderError only if it cannot be read."""
    path = Path(path)
    return check_document(load_file(path), path.parent)


#: Why a quiz named on the command line cannot be checked at all (usage errors, exit 2).
QUIZ_FILE_ERRORS = (NotFoundError, LoaderError)


def check_quiz(name: str) -> CheckedQuiz:
    """Check a quiz given as a path or a library quiz id; raises QUIZ_FILE_ERRORS."""
    return check_file(find_quiz(name))


def check_document(document: Document, base_dir: Path) -> CheckedQuiz:
    """Validate a loaded document; `base_dir` is where a relative `article:` path starts."""
    checker = _Checker(document.path, base_dir)
    checker.problems.extend(document.problems)
    with collector_paused():
        quiz = (
            checker.quiz(document.root)
            if document.root is not None or not document.problems
            else None
        )
    problems = sorted(checker.problems, key=lambda p: (p.line, p.column))
    if any(p.is_error for p in problems):
        quiz = None
    return CheckedQuiz(document.path, quiz, tuple(problems))


class _Checker(TypeChecks):
    """Walks the raw tree once, collecting Problems and the values of a Quiz."""

    def __init__(self, path: str, base_dir: Path) -> None:
        super().__init__(path)
        self.base_dir = base_dir
        self._article: Article | None = None
        self._sentences: list[LabelledSentence] | None = None

    def quiz(self, root: Node | None) -> Quiz | None:
        """The top-level keys, then the questions; None when anything is wrong."""
        if root is None or (isinstance(root, Scalar) and root.null):
            self.error(Position(1, 1), "the file is empty; a quiz needs title: and questions:")
            return None
        if not isinstance(root, Mapping):
            self.error(
                root.position,
                "a quiz is a mapping of keys (title:, questions: ...), not a list or text",
            )
            return None
        self.keys(
            root,
            list(QUIZ_KEYS),
            "the quiz",
            {k: "it belongs inside a question, under questions:" for k in all_question_keys()},
        )
        for key, required in QUIZ_KEYS.items():
            if required and root.get(key) is None:
                self.error(root.position, f"missing required key '{key}:' at the top of the quiz")
        title = self.text(root.get("title"), "title")
        description_node = root.get("description")
        description = (
            self.text(description_node, "description") if description_node is not None else None
        )
        pass_mark = (
            self.number(root.get("pass_mark"), "pass_mark")
            if root.get("pass_mark") is not None
            else None
        )
        shuffle = self.boolean(root.get("shuffle"), "shuffle") is True
        shuffle_choices = self.boolean(root.get("shuffle_choices"), "shuffle_choices") is not False
        article, article_path = self.article(root.get("article"))
        questions = self.questions(root.get("questions"), article_path)
        if title is None or questions is None:
            return None
        return Quiz(
            title=title,
            questions=tuple(questions),
            description=description,
            article=article,
            article_path=article_path,
            pass_mark=float(pass_mark) if pass_mark is not None else DEFAULT_PASS_MARK,
            shuffle=shuffle,
            path=Path(self.path),
            shuffle_choices=shuffle_choices,
        )

    def article(self, node: Node | None) -> tuple[str | None, Path | None]:
        """The `article:` name and its file, checked to load as an article."""
        from tui.articles import ArticleError, load_article

        name = self.text(node, "article")
        if name is None:
            return None, None
        assert isinstance(node, Scalar)
        path = resolve_article(name, self.base_dir)
        if path is None:
            close = closest_article_names(name)
            hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            self.error(
                node.position,
                f"article: '{name}' is neither a file beside the quiz nor a library article{hint}",
            )
            self.article_failed = True
            return name, None
        try:
            self._article = load_article(path)
        except ArticleError as error:
            self.error(node.position, f"article: '{name}' cannot be read: {error.message}")
            self.article_failed = True
            return name, None
        return name, path

    def sentences(self) -> list[LabelledSentence]:
        """The labelled sentences of the article, found once, when a label needs them."""
        if self._sentences is None:
            from tui.quiz.article_labels import labelled_sentences

            assert self._article is not None
            self._sentences = labelled_sentences(self._article)
        return self._sentences

    def questions(self, node: Node | None, article_path: Path | None) -> list[Question] | None:
        """Every question, and duplicate ids; None unless all of them are valid."""
        if node is None:
            return None
        if not isinstance(node, Sequence) or not node.items:
            self.error(
                node.position,
                "questions: must be a list of at least one question, each starting with '- '",
            )
            return None
        built: list[Question] = []
        seen_ids: dict[str, Position] = {}
        for number, item in enumerate(node.items, start=1):
            if not isinstance(item, Mapping):
                self.error(
                    item.position, f"question {number} must be a mapping with prompt: and answer:"
                )
                continue
            question = self.question(item, number, article_path)
            id_node = item.get("id")
            question_id = f"q{number}"
            if isinstance(id_node, Scalar) and not id_node.null:
                question_id = id_node.text
            where = id_node.position if id_node else item.position
            if question_id in seen_ids:
                self.error(
                    where,
                    f"duplicate question id '{question_id}' (first used on line "
                    f"{seen_ids[question_id].line}); give every question its own id",
                )
            else:
                seen_ids[question_id] = where
            if question is not None:
                built.append(question)
        return built if len(built) == len(node.items) else None

    def question_type(self, item: Mapping) -> str | None:
        """The `type:` given, or the one inferred from the keys (docs: Inferring the type)."""
        type_node = item.get("type")
        if type_node is not None:
            name = self.text(type_node, "type")
            if name is None:
                return None
            if name not in QUESTION_TYPES:
                hint = (
                    did_you_mean(name, QUESTION_TYPES)
                    or f"; write one of {', '.join(QUESTION_TYPES)}"
                )
                self.error(type_node.position, f"type: unknown question type '{name}'{hint}")
                return None
            return name
        answer = item.get("answer")
        if item.get("choices") is not None:
            return "multi" if isinstance(answer, Sequence) else "choice"
        if item.get("sentence") is not None:
            return "label"
        if isinstance(answer, Scalar) and answer.plain:
            if answer.text.casefold() in ("true", "false"):
                return "truefalse"
            if any(c.isdigit() for c in answer.text) and parse_number(answer.text) is not None:
                return "number"
        self._looks_true_false(item, answer)
        return "short"

    def _looks_true_false(self, item: Mapping, answer: Node | None) -> None:
        """Warn when a question reads as true/false but is inferred as short: a quoted
        "False", or "True or false:" in the prompt with some other answer."""
        prompt = item.get("prompt")
        asks = isinstance(prompt, Scalar) and bool(
            re.match(r"\W*(true or false|true/false|t/f)\b", prompt.text, re.IGNORECASE)
        )
        said = answer.text.strip(" .!").casefold() if isinstance(answer, Scalar) else ""
        if said in ("true", "false") or (asks and said not in ("", "yes", "no")):
            where = answer.position if isinstance(answer, Scalar) else item.position
            self.warn(
                where,
                "this reads as a true/false question, but the answer makes it a short one "
                f"(typed text, judged by spelling); write answer: {said or 'false'} without "
                "quotes, or add type: truefalse"
                if said in ("true", "false")
                else "the prompt asks true or false, but the answer is neither, so this is a "
                "short question; write answer: true or answer: false",
            )

    def question(self, item: Mapping, number: int, article_path: Path | None) -> Question | None:
        """One question: common keys here, the type's own keys in its `_type` method."""
        kind = self.question_type(item)
        id_text = item.get("id")
        named = id_text.text if isinstance(id_text, Scalar) and not id_text.null else None
        where = f"question '{named}'" if named else f"question {number}"
        if kind is None:
            self.keys(item, _ANY_QUESTION_KEYS, f"{where}", {})
        else:
            self.keys(item, _ALLOWED_KEYS[kind], f"a {kind} question", _BELONGS_ELSEWHERE)
        errors_before = self.error_count
        id_node = item.get("id")
        question_id = self.text(id_node, "id") if id_node is not None else f"q{number}"
        for key in ("prompt", "answer"):
            if item.get(key) is None:
                self.error(item.position, f"{where} is missing required key '{key}:'")
        prompt = self.text(item.get("prompt"), "prompt")
        hint = self.text(item.get("hint"), "hint") if item.get("hint") else None
        explain = self.text(item.get("explain"), "explain") if item.get("explain") else None
        points_node = item.get("points")
        points = self.number(points_node, "points") if points_node else Decimal(DEFAULT_POINTS)
        if kind is None:
            return None
        fields = getattr(self, f"_{kind}")(item, article_path)
        if self.error_count > errors_before or fields is None:
            return None
        assert prompt is not None and question_id is not None and points is not None
        return Question(
            id=question_id,
            type=kind,
            prompt=prompt,
            hint=hint,
            explain=explain,
            points=float(points),
            position=item.position,
            **fields,
        )

    # -- per type: each returns the Question fields of that type, or None -------------
