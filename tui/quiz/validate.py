"""Validate a composed quiz file and build the Quiz, reporting every problem at once.

Each problem carries the file, line and column of the exact value at fault and says what to
write instead, so `whosays check` output lets an editor jump to it. A Quiz is built only
when there is no error (warnings allowed): the grader never meets a broken question.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from tui.quiz.linking import (
    closest_article_names,
    closest_sentence,
    find_sentences,
    resolve_article,
)
from tui.quiz.loader import Document, Mapping, Node, Scalar, Sequence, load_file
from tui.quiz.matching import match_answer, negate, normalize, parse_number
from tui.quiz.model import (
    DEFAULT_PASS_MARK,
    DEFAULT_POINTS,
    DEFAULT_THRESHOLD,
    QUESTION_TYPES,
    SENTENCE_LABELS,
    Examples,
    LinkedSentence,
    Position,
    Problem,
    Question,
    Quiz,
)

if TYPE_CHECKING:
    from tui.analysis import Sentence
    from tui.articles import Article

#: Top-level keys, and whether each is required.
QUIZ_KEYS = {
    "title": True,
    "description": False,
    "article": False,
    "pass_mark": False,
    "shuffle": False,
    "questions": True,
}

#: Keys every question may have.
QUESTION_KEYS = ("id", "type", "prompt", "answer", "hint", "explain", "points")

#: Keys only some question types take.
TYPE_KEYS = {
    "choice": ("choices",),
    "multi": ("choices",),
    "truefalse": (),
    "short": ("accept", "reject", "threshold", "examples"),
    "number": ("tolerance",),
    "label": ("sentence", "accept"),
}

#: Keys of a short question's `examples:`.
EXAMPLES_KEYS = ("right", "wrong")

#: How a teacher may write the answer of a truefalse question.
TRUE_WORDS = ("true", "yes")
FALSE_WORDS = ("false", "no")


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
        return [p for p in self.problems if not p.is_error]


def check_file(path: Path | str) -> CheckedQuiz:
    """Load and validate a quiz file; raises loader.LoaderError only if it cannot be read."""
    path = Path(path)
    return check_document(load_file(path), path.parent)


def check_document(document: Document, base_dir: Path) -> CheckedQuiz:
    """Validate a loaded document; `base_dir` is where a relative `article:` path starts."""
    checker = _Checker(document.path, base_dir)
    checker.problems.extend(document.problems)
    quiz = (
        checker.quiz(document.root) if document.root is not None or not document.problems else None
    )
    problems = sorted(checker.problems, key=lambda p: (p.line, p.column))
    if any(p.is_error for p in problems):
        quiz = None
    return CheckedQuiz(document.path, quiz, tuple(problems))


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """ "; did you mean 'x'?" for the closest choice, or "" when none is close."""
    best = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=60)
    return f"; did you mean '{best[0]}'?" if best else ""


class _Checker:
    """Walks the raw tree once, collecting Problems and the values of a Quiz."""

    def __init__(self, path: str, base_dir: Path) -> None:
        self.path = path
        self.base_dir = base_dir
        self.problems: list[Problem] = []
        self._article: Article | None = None
        self._sentences: list[Sentence] | None = None
        self._article_failed = False

    # -- reporting -------------------------------------------------------------------

    def error(self, where: Position, message: str) -> None:
        self.problems.append(Problem(self.path, where.line, where.column, message))

    def warn(self, where: Position, message: str) -> None:
        self.problems.append(Problem(self.path, where.line, where.column, message, "warning"))

    # -- value readers ---------------------------------------------------------------

    def text(self, node: Node | None, key: str) -> str | None:
        """A non-empty scalar's text, or an error saying what was expected."""
        if node is None:
            return None
        if not isinstance(node, Scalar):
            kind = "a list" if isinstance(node, Sequence) else "a mapping"
            self.error(node.position, f"{key}: must be text, not {kind}")
            return None
        if node.null or not node.text.strip():
            self.error(node.position, f"{key}: is empty; write a value after the colon")
            return None
        return node.text

    def scalars(self, node: Node | None, key: str) -> list[Scalar]:
        """A list of text values (a single value counts as a list of one)."""
        if node is None:
            return []
        items = node.items if isinstance(node, Sequence) else (node,)
        found = []
        for item in items:
            if self.text(item, key) is not None:
                assert isinstance(item, Scalar)
                found.append(item)
        return found

    def number(self, node: Node | None, key: str, low: float, high: float | None) -> Decimal | None:
        """A number within [low, high], or an error."""
        text = self.text(node, key)
        if text is None:
            return None
        assert isinstance(node, Scalar)
        value = parse_number(text)
        upper = "" if high is None else f" and {high}"
        if value is None:
            self.error(
                node.position,
                f"{key}: '{text}' is not a number; write a number between {low}{upper}",
            )
            return None
        if value < Decimal(str(low)) or (high is not None and value > Decimal(str(high))):
            self.error(
                node.position, f"{key}: {text} is out of range; write a number between {low}{upper}"
            )
            return None
        return value

    def keys(
        self, mapping: Mapping, allowed: list[str], where: str, elsewhere: dict[str, str]
    ) -> None:
        """Report unknown keys, with a "did you mean" or the type a key belongs to."""
        for key, _value in mapping.items:
            if key.text in allowed:
                continue
            if key.text in elsewhere:
                self.error(
                    key.position, f"'{key.text}' is not used in {where}; {elsewhere[key.text]}"
                )
            else:
                hint = did_you_mean(key.text, allowed)
                self.error(key.position, f"unknown key '{key.text}' in {where}{hint}")

    # -- the quiz --------------------------------------------------------------------

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
            self.number(root.get("pass_mark"), "pass_mark", 0, 100)
            if root.get("pass_mark") is not None
            else None
        )
        shuffle = self.boolean(root.get("shuffle"), "shuffle")
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
        )

    def boolean(self, node: Node | None, key: str) -> bool:
        """true or false only: YAML 1.1's yes/on/y are refused, since they read as text here."""
        text = self.text(node, key)
        if text is None:
            return False
        if text.casefold() in ("true", "false"):
            return text.casefold() == "true"
        assert isinstance(node, Scalar)
        self.error(node.position, f"{key}: '{text}' is not true or false; write true or false")
        return False

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
            self._article_failed = True
            return name, None
        try:
            self._article = load_article(path)
        except ArticleError as error:
            self.error(node.position, f"article: '{name}' cannot be read: {error.message}")
            self._article_failed = True
            return name, None
        return name, path

    def sentences(self) -> list[Sentence]:
        """The analysed sentences of the article, analysed once, when a label needs them."""
        if self._sentences is None:
            from tui.analysis import analyze_article

            assert self._article is not None
            self._sentences = list(analyze_article(self._article).sentences)
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
        return "short"

    def question(self, item: Mapping, number: int, article_path: Path | None) -> Question | None:
        """One question: common keys here, the type's own keys in its `_type` method."""
        kind = self.question_type(item)
        where = f"question {number}"
        allowed = list(QUESTION_KEYS) + list(TYPE_KEYS.get(kind or "", ()))
        if kind is None:
            self.keys(item, all_question_keys(), f"{where}", {})
        else:
            self.keys(
                item,
                allowed,
                f"a {kind} question",
                {
                    key: f"it belongs to {' and '.join(types)} questions"
                    for key, types in _key_owners().items()
                },
            )
        errors_before = sum(p.is_error for p in self.problems)
        id_node = item.get("id")
        question_id = self.text(id_node, "id") if id_node is not None else f"q{number}"
        for key in ("prompt", "answer"):
            if item.get(key) is None:
                self.error(item.position, f"{where} is missing required key '{key}:'")
        prompt = self.text(item.get("prompt"), "prompt")
        hint = self.text(item.get("hint"), "hint") if item.get("hint") else None
        explain = self.text(item.get("explain"), "explain") if item.get("explain") else None
        points_node = item.get("points")
        points = (
            self.number(points_node, "points", 0, None) if points_node else Decimal(DEFAULT_POINTS)
        )
        if points is not None and points == 0:
            assert points_node is not None
            self.error(points_node.position, "points: must be more than 0")
        if kind is None:
            return None
        fields = getattr(self, f"_{kind}")(item, article_path)
        if sum(p.is_error for p in self.problems) > errors_before or fields is None:
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

    def _answer_scalar(self, item: Mapping, kind: str) -> Scalar | None:
        node = item.get("answer")
        if isinstance(node, Sequence):
            extra = "; for several right choices write type: multi" if kind == "choice" else ""
            self.error(
                node.position, f"answer: a {kind} question takes one answer, not a list{extra}"
            )
            return None
        if node is None or self.text(node, "answer") is None:
            return None
        assert isinstance(node, Scalar)
        return node

    def _choices(self, item: Mapping) -> list[Scalar] | None:
        node = item.get("choices")
        if not isinstance(node, Sequence):
            if node is not None:
                self.error(node.position, "choices: must be a list, such as [Reuters, AP, AFP]")
            return None
        choices = self.scalars(node, "choices")
        if len(node.items) < 2:
            self.error(node.position, "choices: give at least two choices")
        seen: dict[str, Scalar] = {}
        for choice in choices:
            key = normalize(choice.text)
            if key in seen:
                self.error(
                    choice.position,
                    f"choices: '{choice.text}' is the same as "
                    f"'{seen[key].text}' on line {seen[key].position.line}",
                )
            seen[key] = choice
        return choices

    def _among(self, answer: Scalar, choices: list[Scalar]) -> str | None:
        """The choice the answer names (compared after normalising), or an error."""
        for choice in choices:
            if normalize(choice.text) == normalize(answer.text):
                return choice.text
        hint = did_you_mean(answer.text, [c.text for c in choices])
        letter = answer.text.strip().casefold()
        if len(letter) == 1 and 0 <= ord(letter) - ord("a") < len(choices):
            hint = f"; write the choice itself, '{choices[ord(letter) - ord('a')].text}'"
        self.error(answer.position, f"answer: '{answer.text}' is not one of the choices{hint}")
        return None

    def _choice(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        choices = self._choices(item)
        answer = self._answer_scalar(item, "choice")
        if choices is None or answer is None:
            return None
        right = self._among(answer, choices)
        return (
            None
            if right is None
            else {"answers": (right,), "choices": tuple(c.text for c in choices)}
        )

    def _multi(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        choices = self._choices(item)
        answers = self.scalars(item.get("answer"), "answer")
        if choices is None or not answers:
            return None
        right = [self._among(a, choices) for a in answers]
        if any(r is None for r in right):
            return None
        return {"answers": tuple(dict.fromkeys(right)), "choices": tuple(c.text for c in choices)}

    def _truefalse(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        answer = self._answer_scalar(item, "truefalse")
        if answer is None:
            return None
        word = answer.text.strip().casefold()
        if word not in TRUE_WORDS + FALSE_WORDS:
            self.error(
                answer.position,
                f"answer: '{answer.text}' is not true or false; write true or false",
            )
            return None
        return {"answers": ("true" if word in TRUE_WORDS else "false",)}

    def _number(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        answer = self._answer_scalar(item, "number")
        tolerance_node = item.get("tolerance")
        tolerance = (
            self.number(tolerance_node, "tolerance", 0, None) if tolerance_node else Decimal(0)
        )
        if answer is None or tolerance is None:
            return None
        if parse_number(answer.text) is None:
            self.error(
                answer.position,
                f"answer: '{answer.text}' is not a number; write digits "
                "such as 1500 or 1,500, or make it a short question with type: short",
            )
            return None
        return {"answers": (answer.text,), "tolerance": tolerance}

    def _short(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        answer = self._answer_scalar(item, "short")
        accept = self.scalars(item.get("accept"), "accept")
        reject = self.scalars(item.get("reject"), "reject")
        threshold_node = item.get("threshold")
        threshold = (
            self.number(threshold_node, "threshold", 0, 100)
            if threshold_node
            else Decimal(DEFAULT_THRESHOLD)
        )
        if answer is None:
            return None
        # An invalid threshold is already an error; check the rest at the default meanwhile.
        limit = int(threshold) if threshold is not None else DEFAULT_THRESHOLD
        right = [answer, *accept]
        answers = tuple(s.text for s in right)
        rejects = tuple(s.text for s in reject)
        for scalar in right:
            opposite = negate(scalar.text)
            judged = match_answer(opposite, answers, rejects, limit)
            if judged.correct:
                self.warn(
                    scalar.position,
                    f"the negation '{opposite}' of this answer would also be "
                    f"accepted (it matches '{judged.matched}'); remove one of them or add "
                    f"'{opposite}' to reject:",
                )
        for scalar in reject:
            judged = match_answer(scalar.text, answers, (), limit)
            if judged.correct and normalize(scalar.text) in {normalize(a) for a in answers}:
                self.error(
                    scalar.position,
                    f"reject: '{scalar.text}' is also a right answer; remove it from one list",
                )
        examples = self.examples(item.get("examples"), answers, rejects, limit)
        if examples is None:
            return None
        return {"answers": answers, "reject": rejects, "threshold": limit, "examples": examples}

    def examples(
        self, node: Node | None, answers: tuple[str, ...], rejects: tuple[str, ...], threshold: int
    ) -> Examples | None:
        """The teacher's own tests, each run through the matcher now."""
        if node is None:
            return Examples()
        if not isinstance(node, Mapping):
            self.error(node.position, "examples: must be a mapping with right: and wrong: lists")
            return None
        self.keys(node, list(EXAMPLES_KEYS), "examples", {})
        right = self.scalars(node.get("right"), "right")
        wrong = self.scalars(node.get("wrong"), "wrong")
        for scalar in right:
            judged = match_answer(scalar.text, answers, rejects, threshold)
            if not judged.correct:
                self.error(
                    scalar.position,
                    f"examples: '{scalar.text}' should be right but the matcher "
                    f"judges it {judged.verdict} ({judged.reason}); add it to accept:",
                )
        for scalar in wrong:
            judged = match_answer(scalar.text, answers, rejects, threshold)
            if judged.correct:
                self.error(
                    scalar.position,
                    f"examples: '{scalar.text}' should be wrong but the matcher "
                    f"accepts it as '{judged.matched}'; add it to reject: or raise threshold:",
                )
        return Examples(tuple(s.text for s in right), tuple(s.text for s in wrong))

    def _label(self, item: Mapping, article_path: Path | None) -> dict[str, Any] | None:
        answer = self._answer_scalar(item, "label")
        accept = self.scalars(item.get("accept"), "accept")
        labels = []
        for scalar in [s for s in (answer, *accept) if s is not None]:
            if scalar.text.strip().casefold() not in SENTENCE_LABELS:
                hint = did_you_mean(scalar.text.casefold(), SENTENCE_LABELS) or (
                    f"; write one of {', '.join(SENTENCE_LABELS)}"
                )
                self.error(scalar.position, f"'{scalar.text}' is not a label{hint}")
            else:
                labels.append(scalar.text.strip().casefold())
        sentence_node = item.get("sentence")
        fragment = self.text(sentence_node, "sentence")
        if fragment is None or answer is None or len(labels) != 1 + len(accept):
            return None
        assert isinstance(sentence_node, Scalar)
        if article_path is None:
            if not self._article_failed:
                self.error(
                    sentence_node.position,
                    "sentence: a label question needs the quiz's "
                    "article: (at the top of the file) to find the sentence in",
                )
            return None
        sentences = self.sentences()
        found = find_sentences(fragment, sentences)
        if not found:
            best = closest_sentence(fragment, sentences)
            closest = f"; the closest sentence starts '{best[:60]}'" if best else ""
            self.error(
                sentence_node.position,
                f"sentence: no sentence of the article contains "
                f"'{fragment}'{closest}; copy a fragment from the article exactly",
            )
            return None
        if len(found) > 1:
            lines = ", ".join(f"'{s.text[:40]}...'" for s in found[:3])
            self.error(
                sentence_node.position,
                f"sentence: '{fragment}' is in {len(found)} sentences "
                f"({lines}); quote more words so it names one",
            )
            return None
        chosen = found[0]
        return {
            "answers": tuple(dict.fromkeys(labels)),
            "sentence": LinkedSentence(chosen.text, chosen.start, chosen.end),
        }
