"""The answer matcher: typos forgiven in proportion to length, meaning never."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.quiz.matching import (
    allowed_edits,
    match_answer,
    negate,
    normalize,
    numbers_in,
    typo_budget,
)
from tui.quiz.numbers import parse_number

# (typed, right answers, reject, expected verdict)
TABLE = [
    # the same after normalising
    ("The Wall Street Journal", ["The Wall Street Journal"], [], "correct"),
    ("wall street journal", ["The Wall Street Journal"], [], "correct"),
    ("  THE   wall-street   journal!! ", ["The Wall Street Journal"], [], "correct"),
    ("Nabil Rahmatullah", ["Rahmatullah Nabil"], [], "correct"),
    ("Café", ["cafe"], [], "correct"),
    ("\uff43\uff41\uff46\uff45", ["Cafe"], [], "correct"),  # full-width letters
    ("an unattributed claim", ["unattributed claim"], [], "correct"),
    ("isn't reliable", ["is not reliable"], [], "correct"),
    ("six months", ["6 months"], [], "correct"),
    ("1,000 fighters", ["1000 fighters"], [], "correct"),
    ("March 1, 2020", ["1 March 2020"], [], "correct"),
    ("un-attributed", ["unattributed"], [], "correct"),
    # typos, within the budget
    ("Rahmatulah Nabil", ["Rahmatullah Nabil"], [], "correct"),
    ("Wall Street Jurnal", ["The Wall Street Journal"], [], "correct"),
    ("Ruters", ["Reuters"], [], "correct"),
    ("vauge", ["vague"], [], "correct"),
    ("Nabel", ["Nabil"], [], "correct"),  # the documented limit: reject such names
    ("a senior pentagon oficial", ["a senior Pentagon official"], [], "correct"),
    # just outside: close ("check your spelling")
    ("Iraq", ["Iran"], [], "close"),
    ("Reuters Agency", ["Reuters"], [], "wrong"),
    ("Rueterz", ["Reuters"], [], "close"),
    ("Nabli Rahmatulah", ["Rahmatullah Nabil"], [], "correct"),
    ("Nabli Rahmatula", ["Rahmatullah Nabil"], [], "close"),
    # never accepted: a different number or date
    ("1989", ["1998"], [], "wrong"),
    ("in 1989", ["in 1998"], [], "wrong"),
    ("2 June 2020", ["2 March 2020"], [], "wrong"),
    ("seven months", ["6 months"], [], "wrong"),
    ("1,500", ["1,000"], [], "wrong"),
    # never accepted: a flipped negation
    ("attributed", ["unattributed"], [], "wrong"),
    ("unattributed", ["attributed"], [], "wrong"),
    ("not named", ["named"], [], "wrong"),
    ("named", ["not named"], [], "wrong"),
    ("the source is reliable", ["the source is not reliable"], [], "wrong"),
    ("the source isn't reliable", ["the source is reliable"], [], "wrong"),
    ("unatributed", ["attributed"], [], "wrong"),
    ("non-attributed", ["attributed"], [], "wrong"),
    ("never confirmed", ["confirmed"], [], "wrong"),
    ("un-named", ["named"], [], "wrong"),
    # never accepted: a longer or shorter name (no partial matching)
    ("Paris", ["Paris Agreement"], [], "wrong"),
    ("Pentagon", ["a senior Pentagon official"], [], "wrong"),
    ("a junior Pentagon official", ["a senior Pentagon official"], [], "wrong"),
    ("Colin Kahl", ["Rahmatullah Nabil", "Nabil"], [], "wrong"),
    ("Kabil", ["Nabil"], [], "wrong"),  # a typo never changes the first letter
    ("Colin Kahn", ["Colin Kahl"], [], "wrong"),  # four letters: no typo forgiven
    # never accepted: closer to a near miss
    ("Kahl", ["Nabil"], ["Kahl"], "wrong"),
    ("vogue", ["vague"], ["vogue"], "wrong"),
    # never accepted: empty
    ("", ["x"], [], "wrong"),
    ("   ?! ", ["x"], [], "wrong"),
]


@pytest.mark.parametrize(("typed", "right", "reject", "verdict"), TABLE)
def test_answer_table(typed: str, right: list[str], reject: list[str], verdict: str) -> None:
    """Each row: how a typed answer is judged against the teacher's answers."""
    assert match_answer(typed, right, reject).verdict == verdict


def test_a_preposition_is_not_a_negating_prefix() -> None:
    """ "in Kabul" is judged on its letters, not refused as a negation of "Kabul"."""
    assert "negation" not in match_answer("in Kabul", ["Kabul"]).reason
    assert match_answer("attack in Kabul", ["the attack in Kabul"]).correct


def test_forgiven_typo_reports_the_right_spelling() -> None:
    """A typo accepted is not exact, and `matched` is the teacher's spelling to show."""
    match = match_answer("Rahmatulah Nabil", ["Rahmatullah Nabil"])
    assert match.correct and not match.exact and match.matched == "Rahmatullah Nabil"


def test_near_miss_reports_the_reject_entry() -> None:
    """A response caught by reject: names that entry, for the teacher's check output."""
    match = match_answer("Colin Kahl", ["Nabil"], ["Colin Kahl"])
    assert match.verdict == "wrong" and match.matched == "Colin Kahl"


def test_threshold_100_means_exact_after_normalising() -> None:
    """threshold: 100 forgives no typo, but still ignores case and punctuation."""
    assert match_answer("Reuter", ["Reuters"], threshold=100).verdict == "close"
    assert match_answer("REUTERS.", ["Reuters"], threshold=100).correct


def test_lower_threshold_forgives_more() -> None:
    """threshold: 70 doubles the typo budget of the default 85."""
    assert allowed_edits(12, 85) == 2 and allowed_edits(12, 70) == 4
    assert match_answer("Rahmatulahh Nabill", ["Rahmatullah Nabil"], threshold=70).correct


def test_typo_budget_grows_with_length() -> None:
    """0 edits up to 4 characters, 1 to 9, 2 to 19, then one more per 10."""
    assert [typo_budget(n) for n in (3, 4, 5, 9, 10, 19, 20, 30, 45)] == [0, 0, 1, 1, 2, 2, 2, 3, 4]


def test_normalize_examples() -> None:
    """Leading article, accents, apostrophes and punctuation as documented."""
    assert normalize("The Wall-Street Journal\u2019s café!") == "wall street journals cafe"
    assert normalize("The") == "the"
    assert normalize("don't") == "do not"


def test_numbers_in_reads_digits_words_and_months() -> None:
    """Numbers are compared as values: 6 and six, 1,000 and 1000, June and 6."""
    assert numbers_in(normalize("six fighters in June 2021")) == [6, 6, 2021]
    assert numbers_in(normalize("1,000")) == [1000]


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1,000", "1000"),
        ("1000", "1000"),
        ("1 000", "1000"),
        ("0700", "700"),
        ("-3.5", "-3.5"),
        ("1,5", "1.5"),
        ("70%", "70"),
        ("six", "6"),
        ("1,000.25", "1000.25"),
    ],
)
def test_parse_number(typed: str, value: str) -> None:
    """The ways a student writes a number; all compared as decimals."""
    assert parse_number(typed) == Decimal(value)


@pytest.mark.parametrize("typed", ["21:23", "ten thousand", "", "1.2.3", "abc"])
def test_parse_number_refuses_non_numbers(typed: str) -> None:
    """Times, phrases and junk are not numbers."""
    assert parse_number(typed) is None


def test_negate_inserts_or_removes_not() -> None:
    """The validator's negation: "is reliable" <-> "is not reliable"."""
    assert negate("the source is reliable") == "the source is not reliable"
    assert negate("not named") == "named"
    assert negate("named") == "not named"


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalize_is_idempotent(text: str) -> None:
    """Normalising twice changes nothing: the matcher's view of a text is stable."""
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=200, deadline=None)
@given(texts)
def test_an_answer_always_matches_itself(text: str) -> None:
    """Any non-empty answer typed exactly is correct and exact."""
    if normalize(text):
        match = match_answer(text, [text])
        assert match.correct and match.exact


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="abcdefghij klmnop", max_size=15),
    st.integers(min_value=0, max_value=10**6),
    st.data(),
)
def test_a_changed_digit_never_matches(words: str, number: int, data: st.DataObject) -> None:
    """Change one digit of a number in the answer, and it is never correct."""
    digits = str(number)
    position = data.draw(st.integers(min_value=0, max_value=len(digits) - 1))
    replacement = data.draw(st.sampled_from([d for d in "0123456789" if d != digits[position]]))
    changed = digits[:position] + replacement + digits[position + 1 :]
    if Decimal(changed) == Decimal(digits):  # "07" is 7: not a different number
        return
    right = f"{words} {digits}"
    assert not match_answer(f"{words} {changed}", [right]).correct
