"""Grading: one verdict per response, for every question type, as screen and CLI share it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tui.quiz.answers import resolve_choice
from tui.quiz.grading import Response, grade_quiz, judge, option_letter, options
from tui.quiz.model import LinkedSentence, Question, Quiz

CHOICE = Question(
    id="outlet",
    type="choice",
    prompt="p",
    answers=("The Wall Street Journal",),
    choices=("The Wall Street Journal", "Reuters", "The New York Times"),
)
MULTI = Question(
    id="named",
    type="multi",
    prompt="p",
    answers=("Nabil", "Kahl"),
    choices=("Nabil", "Kahl", "a senior official", "officials"),
    points=2,
)
TRUEFALSE = Question(id="tf", type="truefalse", prompt="p", answers=("false",))
SHORT = Question(
    id="who",
    type="short",
    prompt="p",
    answers=("Rahmatullah Nabil", "Nabil"),
    reject=("Colin Kahl",),
)
NUMBER = Question(id="n", type="number", prompt="p", answers=("1,000",), tolerance=Decimal(5))
LABEL = Question(
    id="l",
    type="label",
    prompt="p",
    answers=("vague",),
    sentence=LinkedSentence("There are fears.", 0, 16),
)


@pytest.mark.parametrize(
    ("response", "verdict"),
    [
        ("The Wall Street Journal", "correct"),
        ("a", "correct"),
        ("(a)", "correct"),
        ("wall street jurnal", "correct"),
        ("b", "wrong"),
        ("Reuters", "wrong"),
        ("z", "wrong"),
        ("", "skipped"),
        (None, "skipped"),
    ],
)
def test_choice_by_text_letter_or_typo(response: str | None, verdict: str) -> None:
    """A choice is picked by its text, its letter or its text with a typo."""
    assert judge(CHOICE, response).verdict == verdict


def test_choice_matched_is_the_picked_choice() -> None:
    """`matched` names the choice the student picked, even when wrong."""
    assert judge(CHOICE, "b").matched == "Reuters"


def test_choice_whose_text_is_a_letter_wins_over_the_letter() -> None:
    """If a choice reads "b", typing "b" picks that choice, not the second one."""
    question = Question(id="x", type="choice", prompt="p", answers=("b",), choices=("a1", "b"))
    assert resolve_choice("b", question.choices) == 1
    assert judge(question, "b").correct


@pytest.mark.parametrize(
    ("response", "verdict", "points"),
    [
        (["Nabil", "Kahl"], "correct", 2.0),
        ("a, b", "correct", 2.0),
        ("a b", "correct", 2.0),
        ("b,a", "correct", 2.0),
        ("(a) and (b)", "correct", 2.0),
        ("Nabil and Kahl", "correct", 2.0),
        ("Nabil, nobody", "partial", 1.0),  # "nobody" is no choice: ignored, noted
        ("Nabil", "partial", 1.0),  # one of two right choices: half
        ("a, c", "wrong", 0.0),  # 1/2 right, minus 1/2 for one of two wrong choices
        (["Nabil", "Kahl", "officials"], "partial", 1.0),
        ("a, c, d", "wrong", 0.0),  # 1/2 - 2/2: never below zero
        ("c", "wrong", 0.0),
        ("a, b, c, d", "wrong", 0.0),
        ([], "skipped", 0.0),
    ],
)
def test_multi_partial_credit(response: Response, verdict: str, points: float) -> None:
    """Moodle's rule: each right choice earns its share, each wrong one takes one away."""
    judgement = judge(MULTI, response)
    assert (judgement.verdict, judgement.points, judgement.max_points) == (verdict, points, 2)


@pytest.mark.parametrize(
    ("response", "verdict"),
    [
        ("false", "correct"),
        ("No", "correct"),
        ("f", "correct"),
        ("b", "correct"),
        ("true", "wrong"),
        ("yes", "wrong"),
        ("maybe", "wrong"),
        (" ", "skipped"),
    ],
)
def test_truefalse(response: str, verdict: str) -> None:
    """true/false/yes/no (and t/f/y/n, a/b) are all understood."""
    assert judge(TRUEFALSE, response).verdict == verdict


def test_short_typo_is_correct_with_a_correction() -> None:
    """A forgiven typo scores full points and tells the student the spelling."""
    judgement = judge(SHORT, "Rahmatulah Nabil")
    assert judgement.verdict == "correct" and judgement.points == 1
    assert judgement.correction == "Rahmatullah Nabil"


@pytest.mark.parametrize(
    ("response", "verdict"),
    [("nabil", "correct"), ("Colin Kahl", "wrong"), ("Nbl", "close"), ("Kahl", "wrong")],
)
def test_short(response: str, verdict: str) -> None:
    """Short answers go through the matcher: accept, reject and close."""
    assert judge(SHORT, response).verdict == verdict


def test_close_scores_nothing() -> None:
    """Close is wrong: no points, a "check your spelling" note."""
    judgement = judge(SHORT, "Nbl")
    assert judgement.points == 0 and "spelling" in judgement.feedback


@pytest.mark.parametrize(
    ("response", "verdict"),
    [
        ("1000", "correct"),
        ("1,000", "correct"),
        ("1 004", "correct"),
        ("995", "correct"),
        ("1006", "wrong"),
        ("a thousand", "wrong"),
        ("", "skipped"),
    ],
)
def test_number_with_tolerance(response: str, verdict: str) -> None:
    """1,000 and 1000 are the same; tolerance 5 is absolute."""
    assert judge(NUMBER, response).verdict == verdict


@pytest.mark.parametrize(
    ("response", "verdict"),
    [
        ("vague", "correct"),
        ("Vage", "correct"),
        ("v", "correct"),
        ("V)", "correct"),
        ("c", "wrong"),
        ("anonymous", "wrong"),
        ("a", "wrong"),
        ("unattributed", "wrong"),
    ],
)
def test_label(response: str, verdict: str) -> None:
    """A label is named, anonymous, vague or unattributed, or its initial (n, a, v, u).

    Initials, not positions: the reader marks labels N, A, V, U, so "a" is anonymous.
    """
    assert judge(LABEL, response).verdict == verdict


def test_options_are_what_letters_pick() -> None:
    """The screen's lettered options are the ones `judge` resolves letters against."""
    assert options(CHOICE) == CHOICE.choices
    assert options(LABEL) == ("named", "anonymous", "vague", "unattributed")
    assert options(TRUEFALSE) == ("true", "false")
    assert options(SHORT) == () and options(NUMBER) == ()
    assert judge(TRUEFALSE, "b").correct  # b is "false"
    assert [option_letter(LABEL, i) for i in range(4)] == ["n", "a", "v", "u"]
    assert judge(LABEL, "a").matched == "anonymous"


def test_list_response_to_a_single_answer_question_is_wrong() -> None:
    """Only multi questions take a list."""
    assert judge(SHORT, ["Nabil", "Kahl"]).verdict == "wrong"


def test_grade_quiz_totals_percent_and_pass() -> None:
    """Score, maximum, percent (one decimal) and pass against the pass mark."""
    quiz = Quiz(title="t", questions=(CHOICE, MULTI, SHORT), pass_mark=50)
    result = grade_quiz(quiz, {"outlet": "a", "named": "Nabil"})
    assert [j.verdict for j in result.judgements] == ["correct", "partial", "skipped"]
    assert (result.score, result.max_score, result.percent, result.passed) == (2, 4, 50.0, True)


def test_json_shape() -> None:
    """The documented `grade --json` keys, with multi's matched as a list."""
    quiz = Quiz(title="t", questions=(MULTI,))
    data = grade_quiz(quiz, {"named": "a, b"}).to_json()
    assert set(data) == {"questions", "score", "max_score", "percent", "passed"}
    assert data["questions"] == [
        {
            "id": "named",
            "response": "a, b",
            "verdict": "correct",
            "points": 2.0,
            "max_points": 2.0,
            "matched": ["Nabil", "Kahl"],
            "ignored": [],
        }
    ]
