"""Judging one response to one question, and a whole quiz: the only place verdicts are made.

`whosays grade` and the quiz screen both call `judge`, so a student is marked the same way
in a pipe and in the terminal UI. Responses are what a student types: text (or, for multi,
a list of texts); for choice questions the choice or its letter (a, b, c ...).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from tui.quiz.matching import choice_key, match_answer, normalize, parse_number
from tui.quiz.model import SENTENCE_LABELS, Question, Quiz

#: Every verdict, from best to worst.
VERDICTS = ("correct", "partial", "close", "wrong", "unanswered")

#: What a student may type for true and false.
TRUE_RESPONSES = ("true", "t", "yes", "y")
FALSE_RESPONSES = ("false", "f", "no", "n")

Response = str | list[str] | tuple[str, ...] | None

_LETTER = re.compile(r"^\(?([a-z])[).]?$")
_LIST_SEPARATOR = re.compile(r"[\s,;]+|\band\b")


@dataclass(frozen=True)
class Judgement:
    """The verdict on one response, with what the screen needs to show.

    `matched` is the teacher's text the response was judged as: the choice picked, the right
    answer a short answer matched (or the near miss that caught it), the right choices picked
    in a multi question. `correction` is the right spelling when a typo was forgiven.
    """

    question_id: str
    verdict: str
    points: float
    max_points: float
    matched: str | tuple[str, ...] | None = None
    correction: str | None = None
    feedback: str = ""

    @property
    def correct(self) -> bool:
        return self.verdict == "correct"


@dataclass(frozen=True)
class QuizResult:
    """A marked quiz: one Judgement per question, in quiz order, and the totals."""

    judgements: tuple[Judgement, ...]
    score: float
    max_score: float
    percent: float
    passed: bool
    pass_mark: float

    def to_json(self) -> dict[str, object]:
        """The object `whosays grade --json` prints (the documented contract)."""
        return {
            "questions": [
                {
                    "id": j.question_id,
                    "verdict": j.verdict,
                    "points": j.points,
                    "max_points": j.max_points,
                    "matched": list(j.matched) if isinstance(j.matched, tuple) else j.matched,
                }
                for j in self.judgements
            ],
            "score": self.score,
            "max_score": self.max_score,
            "percent": self.percent,
            "passed": self.passed,
        }


def _blank(response: Response) -> bool:
    if response is None:
        return True
    if isinstance(response, str):
        return not response.strip()
    return all(not item.strip() for item in response)


def choice_letter(index: int) -> str:
    """The letter a choice is shown with: 0 -> "a"."""
    return chr(ord("a") + index)


#: A label question's options go by the labels' initials, the letters the reader shows
#: (N, A, V, U), never by position: "a" must mean anonymous everywhere in the app.
LABEL_LETTERS = {label[0]: label for label in SENTENCE_LABELS}


def option_letter(question: Question, index: int) -> str:
    """The letter the screen shows before option `index` of `question`."""
    if question.type == "label":
        return SENTENCE_LABELS[index][0]
    return choice_letter(index)


def resolve_choice(response: str, choices: tuple[str, ...]) -> int | None:
    """The index of the choice a student means: its letter, its text, or its text with a typo."""
    typed = normalize(response)
    keys = [choice_key(choice) for choice in choices]
    if (key := typed or choice_key(response)) in keys:
        return keys.index(key)
    letter = _LETTER.match(response.strip().casefold())
    if letter is not None:
        index = ord(letter.group(1)) - ord("a")
        return index if index < len(choices) else None
    if len(typed) > 4 * max(map(len, keys), default=0) + 20:
        # Far longer than any choice: more edits than any typo budget, so no choice can
        # match; a 1 MB answer would otherwise be normalised again for every choice.
        return None
    for index, choice in enumerate(choices):
        others = choices[:index] + choices[index + 1 :]
        # The normalised text (normalising is idempotent): not the response again per choice.
        if match_answer(typed, (choice,), others).correct:
            return index
    return None


def _letters(response: str) -> list[str] | None:
    """The letters of a response such as "a, c", "a c", "(a) and (c)"; None if not letters."""
    # Each distinct part once, in order: a letter named twice is still one pick.
    parts = list(dict.fromkeys(p for p in _LIST_SEPARATOR.split(response.strip().casefold()) if p))
    matches = [_LETTER.match(part) for part in parts]
    if not parts or not all(matches):
        return None
    return [m.group(1) for m in matches if m is not None]


def _picked(response: Response, choices: tuple[str, ...]) -> tuple[set[int], list[str]]:
    """The choices a multi response picks, and the parts that named no choice."""
    resolved: dict[str, int | None] = {}
    if isinstance(response, str):
        letters = _letters(response)
        whole = resolved[response] = resolve_choice(response, choices)
        if letters is None and whole is not None:
            return {whole}, []
        if letters is not None:
            parts = letters
        else:
            parts = [p for p in re.split(r"[,;\n]", response) if p.strip()]
    else:
        parts = [p for p in (response or ()) if p.strip()]
    picked: set[int] = set()
    unknown: list[str] = []
    # Each distinct part once: "a, a, a, ..." (1 MB) is one letter, not 300,000 lookups.
    for part in dict.fromkeys(parts):
        index = resolved[part] if part in resolved else resolve_choice(part, choices)
        if index is not None:
            picked.add(index)
            continue
        # "Nabil and Kahl": "and" separates choices only when each side is a choice.
        pieces = [p for p in re.split(r"\band\b", part) if p.strip()]
        found = [resolve_choice(piece, choices) for piece in pieces] if len(pieces) > 1 else []
        if found and all(i is not None for i in found):
            picked.update(i for i in found if i is not None)
        else:
            unknown.append(part.strip())
    return picked, unknown


def options(question: Question) -> tuple[str, ...]:
    """What the screen lists for a question, in letter order (a, b, c ...); () for typed answers.

    These are exactly the options `judge` resolves letters against, so "b" on screen and
    "b" in a responses file mean the same thing.
    """
    if question.type in ("choice", "multi"):
        return question.choices
    if question.type == "label":
        return SENTENCE_LABELS
    if question.type == "truefalse":
        return ("true", "false")
    return ()


def judge(question: Question, response: Response) -> Judgement:
    """Judge one response to one question (the single source of every verdict)."""
    if _blank(response):
        return Judgement(
            question.id, "unanswered", 0.0, question.points, feedback="No answer given."
        )
    if question.type == "multi":
        return _judge_multi(question, response)
    if not isinstance(response, str):
        return _verdict(question, "wrong", feedback="This question takes one answer, not a list.")
    if question.type == "short":
        return _judge_short(question, response)
    if question.type == "number":
        return _judge_number(question, response)
    if question.type == "truefalse":
        return _judge_truefalse(question, response)
    choices = options(question)  # choice and label: the student picks one
    if question.type == "label":
        letter = _LETTER.match(response.strip().casefold())
        if letter is not None:
            response = LABEL_LETTERS.get(letter.group(1), response)
            if response not in SENTENCE_LABELS:
                return _verdict(
                    question, "wrong", feedback="Answer with a label or its initial: n, a, v, u."
                )
    index = resolve_choice(response, choices)
    if index is None:
        shown = ", ".join(f"{option_letter(question, i)}) {c}" for i, c in enumerate(choices))
        return _verdict(question, "wrong", feedback=f"'{response.strip()}' is none of: {shown}.")
    picked = choices[index]
    if picked in question.answers:
        return _verdict(question, "correct", picked, feedback="Correct.")
    return _verdict(
        question, "wrong", picked, feedback=f"Not right: the answer is {question.answer}."
    )


def _verdict(
    question: Question,
    verdict: str,
    matched: str | tuple[str, ...] | None = None,
    correction: str | None = None,
    feedback: str = "",
    fraction: float | None = None,
) -> Judgement:
    share = fraction if fraction is not None else (1.0 if verdict == "correct" else 0.0)
    points = round(question.points * share, 4)
    return Judgement(question.id, verdict, points, question.points, matched, correction, feedback)


def _judge_short(question: Question, response: str) -> Judgement:
    match = match_answer(response, question.answers, question.reject, question.threshold)
    if match.correct:
        if match.exact:
            return _verdict(question, "correct", match.matched, feedback="Correct.")
        return _verdict(
            question,
            "correct",
            match.matched,
            correction=match.matched,
            feedback=f"Correct. It is spelled: {match.matched}",
        )
    if match.verdict == "close":
        return _verdict(question, "close", match.matched, feedback="Close: check your spelling.")
    return _verdict(question, "wrong", match.matched, feedback="Not right.")


def _judge_number(question: Question, response: str) -> Judgement:
    value = parse_number(response)
    right = parse_number(question.answer)
    assert right is not None  # validation guarantees it
    if value is None:
        return _verdict(question, "wrong", feedback=f"'{response.strip()}' is not a number.")
    # Compared, not subtracted: a million-digit answer minus the right one overflowed.
    if right - question.tolerance <= value <= right + question.tolerance:
        return _verdict(question, "correct", question.answer, feedback="Correct.")
    return _verdict(question, "wrong", question.answer, feedback="Not right.")


def _judge_truefalse(question: Question, response: str) -> Judgement:
    word = response.strip().casefold().rstrip(".!")
    if word in TRUE_RESPONSES or word == "a":
        said = "true"
    elif word in FALSE_RESPONSES or word == "b":
        said = "false"
    else:
        return _verdict(question, "wrong", feedback="Answer true or false.")
    if said == question.answer:
        return _verdict(question, "correct", said, feedback="Correct.")
    return _verdict(question, "wrong", said, feedback=f"Not right: it is {question.answer}.")


def _judge_multi(question: Question, response: Response) -> Judgement:
    """Moodle-style partial credit: each right choice earns its share, each wrong one costs one."""
    picked, unknown = _picked(response, question.choices)
    if not picked:
        return _verdict(
            question, "wrong", feedback=f"No choice recognised in: {', '.join(unknown)}."
        )
    right = {i for i, c in enumerate(question.choices) if c in question.answers}
    wrong_count = len(question.choices) - len(right)
    hits = len(picked & right)
    misses = len(picked - right)
    fraction = hits / len(right) - (misses / wrong_count if wrong_count else 0.0)
    fraction = max(0.0, fraction)
    matched = tuple(question.choices[i] for i in sorted(picked))
    note = f" Not recognised: {', '.join(unknown)}." if unknown else ""
    if fraction >= 1.0:
        return _verdict(question, "correct", matched, feedback="Correct." + note)
    if fraction > 0:
        return _verdict(
            question,
            "partial",
            matched,
            fraction=fraction,
            feedback=f"Partly right: {hits} of {len(right)} right choices, {misses} wrong.{note}",
        )
    return _verdict(question, "wrong", matched, feedback=f"Not right.{note}")


def summarize(
    questions: tuple[Question, ...], judgements: Mapping[str, Judgement], pass_mark: float
) -> QuizResult:
    """Totals over `questions`; a question with no judgement counts as unanswered."""
    ordered = tuple(
        judgements.get(q.id)
        or Judgement(q.id, "unanswered", 0.0, q.points, feedback="No answer given.")
        for q in questions
    )
    score = round(sum(j.points for j in ordered), 4)
    max_score = round(sum(q.points for q in questions), 4)
    percent = round(100 * score / max_score, 1) if max_score else 0.0
    return QuizResult(ordered, score, max_score, percent, percent >= pass_mark, pass_mark)


def grade_quiz(quiz: Quiz, responses: Mapping[str, Response]) -> QuizResult:
    """Judge every question of the quiz against `responses` (question id -> response)."""
    judgements = {q.id: judge(q, responses.get(q.id)) for q in quiz.questions}
    return summarize(quiz.questions, judgements, quiz.pass_mark)


def right_answer_text(question: Question) -> str:
    """The right answer as the student is shown it (a multi question's choices joined)."""
    if question.type == "multi":
        return "; ".join(question.answers)
    return question.answer


def points_text(value: float) -> str:
    """Points as a person writes them: 1, 0.5, 2.25 (never 1.0)."""
    return f"{Decimal(str(value)).normalize():f}"
