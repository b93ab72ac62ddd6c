"""Judging one response to one question, and a whole quiz: the only place verdicts are made.

`whosays grade` and the quiz screen both call `judge`, so a student is marked the same way
in a pipe and in the terminal UI. Responses are what a student types: text (or, for multi,
a list of texts); for choice questions the choice or its letter (a, b, c ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, localcontext

from tui.quiz.answers import label_meant, picked_choices, resolve_choice, truth_meant
from tui.quiz.matching import match_answer
from tui.quiz.model import SENTENCE_LABELS, Question, Quiz
from tui.quiz.numbers import parse_number, read_number

#: Every verdict, from best to worst. An empty answer is "skipped" everywhere: the screen,
#: the summary, the history, `whosays grade` and the CSV.
VERDICTS = ("correct", "partial", "close", "wrong", "skipped")

Response = str | list[str] | tuple[str, ...] | None

#: Numbers are judged with the default precision but no limit on exponents: in the default
#: context a million-digit answer raised decimal.Overflow instead of being marked wrong.
_NUMBERS = Context(prec=28, Emax=MAX_EMAX, Emin=MIN_EMIN)


@dataclass(frozen=True)
class Judgement:
    """The verdict on one response, with what the screen needs to show.

    `matched` is the teacher's text the response was judged as: the choice picked, the right
    answer a short answer matched (or the near miss that caught it), the choices picked in a
    multi question. `correction` is the right spelling when a typo was forgiven. `feedback`
    is one line on the verdict; whoever shows it adds the right answer and the explanation
    to every answer that is not correct, so every wrong answer is taught the same way.
    """

    question_id: str
    verdict: str
    points: float
    max_points: float
    matched: str | tuple[str, ...] | None = None
    correction: str | None = None
    feedback: str = ""
    #: Parts of a multi answer that named no choice, and were left out of the marking.
    ignored: tuple[str, ...] = ()
    #: What the student typed or picked, as one line ("a, c" for a list).
    response: str = ""

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
                    "response": j.response,
                    "verdict": j.verdict,
                    "points": j.points,
                    "max_points": j.max_points,
                    "matched": list(j.matched) if isinstance(j.matched, tuple) else j.matched,
                    "ignored": list(j.ignored),
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


def option_letter(question: Question, index: int) -> str:
    """The letter the screen shows before option `index` of `question` (in file order).

    A label question's options go by the labels' initials, the letters the reader shows
    (N, A, V, U), never by position: "a" must mean anonymous everywhere in the app.
    """
    if question.type == "label":
        return SENTENCE_LABELS[index][0]
    return choice_letter(index)


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


def skipped(question: Question) -> Judgement:
    """The judgement of a question left without an answer."""
    return Judgement(question.id, "skipped", 0.0, question.points, feedback="Skipped.")


def judge(question: Question, response: Response) -> Judgement:
    """Judge one response to one question (the single source of every verdict)."""
    with localcontext(_NUMBERS):
        judgement = _judge(question, response)
    typed = response if isinstance(response, str) else ", ".join(response or ())
    return replace(judgement, response=typed.strip())


def _judge(question: Question, response: Response) -> Judgement:
    if _blank(response):
        return skipped(question)
    if question.type == "multi":
        assert response is not None
        return _judge_multi(question, response)
    if not isinstance(response, str):
        return _verdict(question, "wrong", feedback="This question takes one answer, not a list.")
    if question.type == "short":
        return _judge_short(question, response)
    if question.type == "number":
        return _judge_number(question, response)
    if question.type == "truefalse":
        return _judge_truefalse(question, response)
    if question.type == "label":
        return _judge_label(question, response)
    index = resolve_choice(response, question.choices)
    if index is None:
        shown = ", ".join(f"{choice_letter(i)}) {c}" for i, c in enumerate(question.choices))
        return _verdict(question, "wrong", feedback=f"'{response.strip()}' is none of: {shown}.")
    return _right_or_wrong(question, question.choices[index])


def _right_or_wrong(question: Question, picked: str) -> Judgement:
    if picked in question.answers:
        return _verdict(question, "correct", picked, feedback="Correct.")
    return _verdict(question, "wrong", picked, feedback="Not right.")


def _verdict(
    question: Question,
    verdict: str,
    matched: str | tuple[str, ...] | None = None,
    correction: str | None = None,
    feedback: str = "",
    fraction: float | None = None,
    ignored: tuple[str, ...] = (),
) -> Judgement:
    share = fraction if fraction is not None else (1.0 if verdict == "correct" else 0.0)
    points = round(question.points * share, 4)
    return Judgement(
        question.id, verdict, points, question.points, matched, correction, feedback, ignored
    )


def _judge_label(question: Question, response: str) -> Judgement:
    """A label by its word, initial, a synonym or with a filler ("an anonymous source")."""
    label = label_meant(response)
    if label is None:
        return _verdict(
            question,
            "wrong",
            feedback=f"'{response.strip()}' is not a label: named, anonymous, vague, unattributed.",
        )
    return _right_or_wrong(question, label)


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


def refusal(question: Question, response: str) -> str | None:
    """Why a typed answer is not taken at all, or None: a number question needs a number and
    a label question a label, so "lots" or "maybe" is asked again on screen and reported
    at its line by `whosays grade`, never marked wrong. The same readings `judge` uses."""
    if not response.strip():
        return None
    if question.type == "number" and read_number(response) is None:
        return "is not a number: write one number, like 500, 2.5 or five hundred"
    if question.type == "label" and label_meant(response) is None:
        return (
            "is not a label: type named, anonymous, vague or unattributed, "
            "or its letter (n, a, v, u)"
        )
    return None


def _judge_number(question: Question, response: str) -> Judgement:
    reading = read_number(response)
    right = parse_number(question.answer)
    assert right is not None  # validation guarantees it
    if reading is None:
        return _verdict(
            question, "wrong", feedback=f"'{response.strip()}' is not one number: not right."
        )
    meanings = reading.candidates(question.prompt)
    if any(abs(value - right) <= question.tolerance for value in meanings):
        return _verdict(question, "correct", question.answer, feedback="Correct.")
    # Judged as no answer of the teacher's: "'200' -> 500" read as if 200 had been taken for 500.
    return _verdict(question, "wrong", feedback="Not right.")


def _judge_truefalse(question: Question, response: str) -> Judgement:
    said = truth_meant(response)
    if said is None:
        return _verdict(question, "wrong", feedback="Answer true or false.")
    return _right_or_wrong(question, said)


def _judge_multi(question: Question, response: str | list[str] | tuple[str, ...]) -> Judgement:
    """Moodle-style partial credit: each right choice earns its share, each wrong one costs one."""
    picked, unknown = picked_choices(response, question.choices)
    ignored = tuple(unknown)
    if not picked:
        return _verdict(
            question,
            "wrong",
            feedback=f"No choice recognised in: {', '.join(unknown)}.",
            ignored=ignored,
        )
    right = {i for i, c in enumerate(question.choices) if c in question.answers}
    wrong_count = len(question.choices) - len(right)
    hits = len(picked & right)
    misses = len(picked - right)
    fraction = hits / len(right) - (misses / wrong_count if wrong_count else 0.0)
    fraction = max(0.0, fraction)
    matched = tuple(question.choices[i] for i in sorted(picked))
    note = f" Not recognised, so ignored: {', '.join(unknown)}." if unknown else ""
    if fraction >= 1.0:
        return _verdict(question, "correct", matched, feedback="Correct." + note, ignored=ignored)
    if fraction > 0:
        return _verdict(
            question,
            "partial",
            matched,
            fraction=fraction,
            feedback=f"Partly right: {hits} of {len(right)} right choices, {misses} wrong.{note}",
            ignored=ignored,
        )
    return _verdict(question, "wrong", matched, feedback=f"Not right.{note}", ignored=ignored)


def summarize(
    questions: tuple[Question, ...], judgements: Mapping[str, Judgement], pass_mark: float
) -> QuizResult:
    """Totals over `questions`; a question with no judgement counts as skipped."""
    ordered = tuple(judgements.get(q.id) or skipped(q) for q in questions)
    score = round(sum(j.points for j in ordered), 4)
    max_score = round(sum(q.points for q in questions), 4)
    percent = round(100 * score / max_score, 1) if max_score else 0.0
    return QuizResult(ordered, score, max_score, percent, percent >= pass_mark, pass_mark)


def grade_quiz(quiz: Quiz, responses: Mapping[str, Response]) -> QuizResult:
    """Judge every question of the quiz against `responses` (question id -> response)."""
    judgements = {q.id: judge(q, responses.get(q.id)) for q in quiz.questions}
    return summarize(quiz.questions, judgements, quiz.pass_mark)


#: Question types answered by typing, where what was accepted can differ from the answer.
_TYPED = ("short", "number", "label")


def accepted_note(question_type: str, response: str, right: str, verdict: str) -> str | None:
    """ "accepted: 'atributed' for 'attributed'" when a typed answer was marked correct but
    is not the right answer as written (a forgiven typo, a synonym, a number in words), so a
    summary or history never shows a near miss as if it were spelled right; else None."""
    if verdict != "correct" or question_type not in _TYPED:
        return None
    if " ".join(response.casefold().split()) == " ".join(right.casefold().split()):
        return None
    return f"accepted: '{response.strip()}' for '{right}'"


def right_answer_text(question: Question) -> str:
    """The right answer as the student is shown it (a multi question's choices joined)."""
    if question.type == "multi":
        return "; ".join(question.answers)
    return question.answer


def typed_and_matched(judgement: Judgement, right: str | None = None) -> str:
    """ "typed" -> what it was judged as, the ignored parts, and the `right` answer when the
    response was not correct: a teacher sees both sides and what was wanted."""
    matched = judgement.matched
    shown = "; ".join(matched) if isinstance(matched, tuple) else matched
    if judgement.verdict == "skipped":
        return "(skipped)"
    text = f"{judgement.response!r}" + (f" -> {shown}" if matched else "")
    if judgement.ignored:
        text += f"  (ignored: {', '.join(repr(part) for part in judgement.ignored)})"
    if right is not None and not judgement.correct:
        text += f"  (right: {right})"
    return text


def points_text(value: float) -> str:
    """Points as a person writes them: 1, 0.5, 2.25 (never 1.0)."""
    return f"{Decimal(str(value)).normalize():f}"
