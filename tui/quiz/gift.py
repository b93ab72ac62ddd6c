"""Moodle's GIFT format: a whosays quiz to GIFT and back.

No GIFT library on PyPI is kept up (pygiftparser's last release is from 2017), and the
grammar is small, so it is read here: questions are separated by blank lines, `//` starts a
comment line, `::title::` names a question, `{...}` holds the answers (`=` right, `~` wrong,
`%50%` a weight, `#` feedback, `####` general feedback, `#value:tolerance` or `#low..high`
a number, `T`/`F` true or false) and `\\` escapes `~ = # { } :`.

Export says, per question, what GIFT cannot hold (`hint:`, `reject:`, a fuzzy `threshold:`,
`examples:`, points); import reports what whosays cannot take (matching, essay, a missing
word mid-sentence, descriptions) as `path:line:col: warning:` and skips it, never silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from tui.quiz.model import (
    DEFAULT_POINTS,
    DEFAULT_THRESHOLD,
    SENTENCE_LABELS,
    LinkedSentence,
    Position,
    Problem,
    Question,
    Quiz,
)

#: The comment line that carries the quiz's `article:` through Moodle and back.
ARTICLE_COMMENT = "// whosays article: "

#: Characters GIFT gives a meaning to, escaped with a backslash in text.
SPECIAL = "~=#{}:"


def escape(text: str) -> str:
    """Text as GIFT reads it literally (a newline as \\n, since a blank line ends a question)."""
    text = text.replace("\\", "\\\\")
    for char in SPECIAL:
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def unescape(text: str) -> str:
    """GIFT text as it reads: escapes undone, \\n a newline; a line break in the file and
    runs of spaces are one space (a question may be wrapped over several lines)."""
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            out.append("\n" if following == "n" else following)
            index += 2
            continue
        out.append(" " if char in "\r\n\t" else char)
        index += 1
    lines = "".join(out).split("\n")
    return "\n".join(re.sub(" +", " ", line).strip() for line in lines).strip()


# Export ----------------------------------------------------------------------------------


def _percent(value: float) -> str:
    """A weight as Moodle's GIFT import expects it: at most five decimals, no trailing zeros."""
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _not_held(question: Question) -> list[str]:
    """The keys of `question` that GIFT has no place for."""
    lost = []
    if question.hint:
        lost.append("hint:")
    if question.reject:
        lost.append("reject:")
    if question.type == "short" and question.threshold != DEFAULT_THRESHOLD:
        lost.append(f"threshold: {question.threshold}")
    if question.type == "short":
        lost.append("the typo tolerance (Moodle wants the exact words)")
    if question.examples.right or question.examples.wrong:
        lost.append("examples:")
    if question.points != DEFAULT_POINTS:
        lost.append(f"points: {question.points:g} (set the mark in Moodle)")
    if question.shuffle_choices is False:
        lost.append("shuffle_choices: false (set it in the Moodle quiz)")
    return lost


def _answers(question: Question) -> str:
    """What goes between the braces."""
    if question.type == "truefalse":
        return "TRUE" if question.answer == "true" else "FALSE"
    if question.type == "number":
        tolerance = f":{question.tolerance.normalize():f}" if question.tolerance else ""
        return f"#{escape(question.answer.replace(',', ''))}{tolerance}"
    if question.type == "short":
        return " ".join(f"={escape(answer)}" for answer in question.answers)
    if question.type == "multi":
        right = [c for c in question.choices if c in question.answers]
        wrong = [c for c in question.choices if c not in question.answers]
        gain = _percent(100 / len(right))
        loss = _percent(-100 / len(wrong)) if wrong else "0"
        return " ".join(
            f"~%{gain if c in question.answers else loss}%{escape(c)}" for c in question.choices
        )
    choices = SENTENCE_LABELS if question.type == "label" else question.choices
    parts = []
    for choice in choices:
        if choice == question.answer:
            parts.append(f"={escape(choice)}")
        elif choice in question.answers:
            parts.append(f"~%100%{escape(choice)}")  # a label a teacher also accepts
        else:
            parts.append(f"~{escape(choice)}")
    return " ".join(parts)


def question_gift(question: Question) -> str:
    """One question in GIFT: title, text, answers and general feedback."""
    prompt = question.prompt
    if question.sentence is not None:
        prompt += f"\n\n“{question.sentence.text}”"
    inside = _answers(question)
    if question.explain:
        inside += f" ####{escape(question.explain)}"
    return f"::{escape(question.id)}::{escape(prompt)} {{{inside}}}"


@dataclass(frozen=True)
class Export:
    """A quiz written in another format, and a warning per question for what was left out."""

    text: str
    warnings: tuple[Problem, ...]


def to_gift(quiz: Quiz) -> Export:
    """The whole quiz as a GIFT file, in a Moodle question category named after it."""
    path = str(quiz.path or quiz.title)
    warnings = []
    blocks = [f"// {quiz.title}", f"$CATEGORY: $course$/whosays/{escape(quiz.title)}"]
    if quiz.article:
        # Moodle ignores comments; `whosays import-quiz` reads this one back.
        blocks[0] += f"\n{ARTICLE_COMMENT}{quiz.article}"
    for question in quiz.questions:
        lost = _not_held(question)
        notes = []
        if question.type == "label":
            notes.append("exported as a multiple choice over the four labels")
        if lost:
            notes.append(f"GIFT cannot hold {', '.join(lost)}, left out")
        if notes:
            where = question.position
            warnings.append(
                Problem(
                    path,
                    where.line,
                    where.column,
                    f"question '{question.id}': {'; '.join(notes)}",
                    "warning",
                )
            )
        blocks.append(question_gift(question))
    return Export("\n\n".join(blocks) + "\n", tuple(warnings))


# Import ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Imported:
    """A GIFT file read as a quiz (None when no question could be taken) and what was left."""

    quiz: Quiz | None
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class _Block:
    text: str
    line: int
    column: int


def _blocks(source: str) -> list[_Block]:
    """The questions of a file: text between blank lines, comment lines left out."""
    blocks: list[_Block] = []
    lines: list[str] = []
    start = 0
    for number, line in enumerate([*source.splitlines(), ""], start=1):
        if line.lstrip().startswith("//"):
            continue
        if line.strip():
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            first = lines[0]
            blocks.append(_Block("\n".join(lines), start, len(first) - len(first.lstrip()) + 1))
            lines = []
    return blocks


def _unescaped(text: str, char: str, start: int = 0) -> int:
    """The index of the first `char` not escaped with a backslash, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(char, index):
            return index
        index += 1
    return -1


def _split_items(text: str) -> list[tuple[str, str]]:
    """`=a ~b ~%50%c` -> [("=", "a"), ("~", "b"), ("~", "%50%c")]."""
    items: list[tuple[str, str]] = []
    index = 0
    current: list[str] = []
    mark = ""
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if char in "=~":
            if mark or "".join(current).strip():
                items.append((mark, "".join(current)))
            mark, current = char, []
            index += 1
            continue
        current.append(char)
        index += 1
    if mark or "".join(current).strip():
        items.append((mark, "".join(current)))
    return items


_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")


@dataclass(frozen=True)
class _Answer:
    right: bool
    weight: float
    text: str
    feedback: bool


def _answer(mark: str, raw: str) -> _Answer:
    weight_match = _WEIGHT.match(raw)
    weight = float(weight_match.group(1)) if weight_match else (100.0 if mark == "=" else 0.0)
    body = raw[weight_match.end() :] if weight_match else raw
    cut = _unescaped(body, "#")
    feedback = cut >= 0 and bool(body[cut + 1 :].strip())
    text = unescape(body[:cut] if cut >= 0 else body)
    return _Answer(mark == "=", weight, text, feedback)


def _slug(text: str, taken: set[str], number: int) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or f"q{number}"
    candidate, count = slug, 2
    while candidate in taken:
        candidate, count = f"{slug}-{count}", count + 1
    taken.add(candidate)
    return candidate


class _Reader:
    """Reads blocks into Questions, collecting a warning for each thing left behind."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.title: str | None = None
        self.ids: set[str] = set()

    def warn(self, block: _Block, message: str) -> None:
        self.problems.append(Problem(self.path, block.line, block.column, message, "warning"))

    def question(self, block: _Block, number: int) -> Question | None:
        text = block.text.strip()
        if text.startswith("$CATEGORY:"):
            self.title = unescape(text.removeprefix("$CATEGORY:")).split("/")[-1].strip() or None
            return None
        name = None
        if text.startswith("::"):
            end = _unescaped(text, "::", 2)
            if end > 0:
                name = unescape(text[2:end])
                text = text[end + 2 :].lstrip()
        text = re.sub(r"^\[(?:html|moodle|plain|markdown)\]", "", text).lstrip()
        opening = _unescaped(text, "{")
        label = f"'{name}'" if name else f"{number}"
        if opening < 0:
            self.warn(block, f"question {label} has no answers ({{...}}): a description, skipped")
            return None
        closing = _unescaped(text, "}", opening)
        if closing < 0:
            self.warn(block, f"question {label}: '{{' is never closed with '}}'; skipped")
            return None
        after = text[closing + 1 :].strip()
        if after:
            self.warn(
                block,
                f"question {label} has its answer blank mid-sentence (missing word); "
                "whosays cannot take it, skipped",
            )
            return None
        prompt = unescape(text[:opening])
        inside = text[opening + 1 : closing]
        general = _unescaped(inside, "####")
        explain = unescape(inside[general + 4 :]) if general >= 0 else None
        inside = inside[:general] if general >= 0 else inside
        question_id = _slug(name or prompt, self.ids, number)
        common = {
            "id": question_id,
            "prompt": prompt or f"Question {number}",
            "explain": explain or None,
            "position": Position(block.line, block.column),
        }
        return self._typed(block, label, inside.strip(), common)

    def _typed(
        self, block: _Block, label: str, inside: str, common: dict[str, Any]
    ) -> Question | None:
        if not inside:
            self.warn(
                block, f"question {label} is an essay ({{}}); whosays cannot take it, skipped"
            )
            return None
        if inside.startswith("#"):
            return self._number(block, label, inside[1:], common)
        truth = inside.split("#", 1)[0].strip().upper()
        if truth in ("T", "TRUE", "F", "FALSE"):
            if "#" in inside.split("####")[0]:
                self.warn(block, f"question {label}: feedback per answer is not kept")
            return Question(
                type="truefalse", answers=("true" if truth[0] == "T" else "false",), **common
            )
        items = _split_items(inside)
        if any("->" in raw for _mark, raw in items):
            self.warn(
                block, f"question {label} is a matching question; whosays cannot take it, skipped"
            )
            return None
        answers = [_answer(mark, raw) for mark, raw in items if mark]
        if not answers:
            self.warn(block, f"question {label}: no answer starts with = or ~; skipped")
            return None
        if any(a.feedback for a in answers):
            self.warn(block, f"question {label}: feedback per answer is not kept (only ####)")
        if all(a.right for a in answers):
            return self._short(block, label, answers, common)
        return self._choice(block, label, answers, common)

    def _short(
        self, block: _Block, label: str, answers: list[_Answer], common: dict[str, Any]
    ) -> Question:
        full = [a.text for a in answers if a.weight >= 100]
        partial = [a.text for a in answers if a.weight < 100]
        if partial:
            self.warn(
                block,
                f"question {label}: partly right answers ({', '.join(partial)}) are left out; "
                "whosays marks a short answer right or wrong",
            )
        return Question(type="short", answers=tuple(full or [answers[0].text]), **common)

    def _choice(
        self, block: _Block, label: str, answers: list[_Answer], common: dict[str, Any]
    ) -> Question | None:
        choices = tuple(a.text for a in answers)
        if len(set(choices)) != len(choices) or len(choices) < 2:
            self.warn(block, f"question {label}: needs two different choices at least; skipped")
            return None
        right = [a for a in answers if a.right]
        if right:
            partial = [a for a in answers if not a.right and 0 < a.weight < 100]
            if partial:
                said = ", ".join(f"{a.text} ({a.weight:g}%)" for a in partial)
                self.warn(
                    block,
                    f"question {label}: partial credit for {said} is not kept "
                    "(a whosays choice is right or wrong)",
                )
            # Other full-marks choices stay for now: a label question accepts them.
            also = tuple(a.text for a in answers if not a.right and a.weight >= 100)
            return Question(
                type="choice", choices=choices, answers=(right[0].text, *also), **common
            )
        positive = [a for a in answers if a.weight > 0]
        if not positive:
            self.warn(block, f"question {label}: no choice has a positive weight; skipped")
            return None
        if len({a.weight for a in positive}) > 1:
            self.warn(
                block,
                f"question {label}: unequal weights become equal shares "
                "(whosays gives each right choice the same part of the points)",
            )
        return Question(
            type="multi", choices=choices, answers=tuple(a.text for a in positive), **common
        )

    def _number(
        self, block: _Block, label: str, inside: str, common: dict[str, Any]
    ) -> Question | None:
        items = _split_items(inside) if inside.lstrip().startswith("=") else [("=", inside)]
        values = []
        for _mark, raw in items:
            answer = _answer("=", raw)
            value = _numeric(answer.text)
            if value is not None and answer.weight >= 100:
                values.append(value)
        if not values:
            self.warn(block, f"question {label}: no full-marks number; skipped")
            return None
        if len(items) > 1:
            self.warn(block, f"question {label}: only the first full-marks number is kept")
        answer, tolerance = values[0]
        return Question(type="number", answers=(answer,), tolerance=tolerance, **common)


def _numeric(text: str) -> tuple[str, Decimal] | None:
    """ "3.14:0.01" -> ("3.14", 0.01); "1..5" -> ("3", 2); "42" -> ("42", 0)."""
    try:
        if ".." in text:
            low, high = (Decimal(part.strip()) for part in text.split("..", 1))
            middle = (low + high) / 2
            return format(middle.normalize(), "f"), abs(high - low) / 2
        value, _, tolerance = text.partition(":")
        return format(Decimal(value.strip()).normalize(), "f"), abs(
            Decimal(tolerance.strip() or "0")
        )
    except InvalidOperation:
        return None


def from_gift(source: str, path: str) -> Imported:
    """Read GIFT text into a quiz; everything left behind is a warning at its line."""
    reader = _Reader(path)
    questions = []
    number = 0
    for block in _blocks(source):
        # "question N" counts the questions of the file, the ones skipped too.
        number += not block.text.lstrip().startswith("$CATEGORY:")
        question = reader.question(block, number)
        if question is not None:
            questions.append(question)
    if not questions:
        reader.problems.append(Problem(path, 1, 1, "no question whosays can take in this file"))
        return Imported(None, tuple(reader.problems))
    title = reader.title or Path(path).stem.replace("-", " ").replace("_", " ").capitalize()
    article = next(
        (
            line.strip().removeprefix(ARTICLE_COMMENT).strip()
            for line in source.splitlines()
            if line.strip().startswith(ARTICLE_COMMENT)
        ),
        None,
    )
    if article:
        questions = [_as_label(question) for question in questions]
    for index, question in enumerate(questions):
        if question.type == "choice" and len(question.answers) > 1:
            where = question.position
            extra = ", ".join(question.answers[1:])
            reader.problems.append(
                Problem(
                    path,
                    where.line,
                    where.column,
                    f"question '{question.id}': {extra} also had full marks; not kept "
                    "(a whosays choice has one right answer)",
                    "warning",
                )
            )
            questions[index] = replace(question, answers=question.answers[:1])
    quiz = Quiz(title=title, questions=tuple(questions), article=article or None)
    return Imported(quiz, tuple(reader.problems))


_QUOTED_SENTENCE = re.compile(r"^(.*?)\n\n“(.+)”$", re.DOTALL)


def _as_label(question: Question) -> Question:
    """A multiple choice over the four labels with a quoted sentence, as `to_gift` writes a
    label question, is a label question again (the quiz has its article back)."""
    quoted = _QUOTED_SENTENCE.match(question.prompt)
    if question.type != "choice" or set(question.choices) != set(SENTENCE_LABELS) or not quoted:
        return question
    return replace(
        question,
        type="label",
        prompt=quoted.group(1),
        choices=(),
        sentence=LinkedSentence(quoted.group(2), 0, 0),
    )
