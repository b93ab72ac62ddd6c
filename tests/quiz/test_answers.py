"""Fairer grading: what a student means is read the same by the screen and by `grade`."""

from __future__ import annotations

import pytest

from tui.quiz.grading import judge
from tui.quiz.model import Question

LABEL = Question(id="l", type="label", prompt="How is it sourced?", answers=("anonymous",))
UNATTRIBUTED = Question(id="u", type="label", prompt="How?", answers=("unattributed",))
NUMBER = Question(id="n", type="number", prompt="How many pupils?", answers=("184",))
MILLIONS = Question(id="m", type="number", prompt="Cost, in millions of pounds?", answers=("2.4",))
BIG = Question(id="b", type="number", prompt="How many?", answers=("999",))
FALSE = Question(id="f", type="truefalse", prompt="The official is named.", answers=("false",))
MULTI = Question(
    id="s",
    type="multi",
    prompt="Which are named?",
    choices=("Rahmatullah Nabil", "Colin Kahl", "a senior Pentagon official", "critics", "ISI"),
    answers=("Rahmatullah Nabil", "Colin Kahl", "ISI"),
)


@pytest.mark.parametrize(
    "typed", ["anonymous source", "an anonymous source", "unnamed", "not named", "Anonymous.", "a"]
)
def test_a_label_with_a_filler_or_a_synonym_is_the_label(typed: str) -> None:
    """ "anonymous source", "unnamed" and "not named" all mean anonymous."""
    assert judge(LABEL, typed).verdict == "correct"


@pytest.mark.parametrize(
    "typed", ["unattributed claim", "not attributed", "no source", "unsourced", "un-attributed"]
)
def test_unattributed_in_the_words_students_use(typed: str) -> None:
    assert judge(UNATTRIBUTED, typed).verdict == "correct"


@pytest.mark.parametrize("typed", ["attributed", "attributed claim", "named", "not vague"])
def test_the_negation_guard_still_holds_for_labels(typed: str) -> None:
    """ "attributed" never passes for "unattributed", whatever the synonyms allow."""
    assert judge(UNATTRIBUTED, typed).verdict == "wrong"


@pytest.mark.parametrize(
    "typed", ["184 pupils", "about 184", "~184", "184!", "one hundred and eighty-four"]
)
def test_a_number_with_a_unit_or_in_words_is_marked_on_its_number(typed: str) -> None:
    assert judge(NUMBER, typed).verdict == "correct"


def test_a_scaled_number_is_right_when_the_question_asks_in_that_scale() -> None:
    assert judge(MILLIONS, "£2.4m").verdict == "correct"
    assert judge(MILLIONS, "2.4 million").verdict == "correct"
    assert judge(BIG, "nine hundred and ninety-nine").verdict == "correct"


@pytest.mark.parametrize("typed", ["abe", "a/b/e", "a, b, e", "a b e", "(a) (b) (e)"])
def test_multi_answers_as_letters(typed: str) -> None:
    assert judge(MULTI, typed).verdict == "correct"


def test_multi_answers_by_a_unique_surname() -> None:
    """ "Nabil, Kahl, ISI": surnames only one choice has pick that choice."""
    assert judge(MULTI, "Nabil, Kahl, ISI").verdict == "correct"


def test_a_word_of_a_description_is_no_surname() -> None:
    """ "official" is the last word of "a senior Pentagon official", which is not a name."""
    judgement = judge(MULTI, "Nabil, official")
    assert judgement.matched == ("Rahmatullah Nabil",)
    assert judgement.ignored == ("official",)


def test_ignored_parts_of_a_multi_answer_are_reported() -> None:
    judgement = judge(MULTI, "a, b, zebra")
    assert judgement.ignored == ("zebra",)
    assert "zebra" in judgement.feedback


@pytest.mark.parametrize(
    "typed", ["b) false", "(b)", "b", "False, they asked not to be named", "no - not named", "F"]
)
def test_true_false_in_the_forms_the_screen_stores_and_with_a_reason(typed: str) -> None:
    assert judge(FALSE, typed).verdict == "correct"


@pytest.mark.parametrize("typed", ["a) true", "(a)", "True, he is named"])
def test_the_other_truth_is_wrong(typed: str) -> None:
    assert judge(FALSE, typed).verdict == "wrong"


def test_every_wrong_answer_gets_the_same_kind_of_feedback() -> None:
    """The judge says "Not right." for every kind; the right answer is added by whoever shows it."""
    short = Question(id="s", type="short", prompt="Who?", answers=("Nabil",))
    choice = Question(id="c", type="choice", prompt="Which?", choices=("x", "y"), answers=("x",))
    for question, typed in ((short, "Kahl"), (choice, "y"), (FALSE, "true"), (NUMBER, "12")):
        assert judge(question, typed).feedback == "Not right."


def test_an_empty_answer_is_skipped() -> None:
    assert judge(NUMBER, " ").verdict == "skipped"
