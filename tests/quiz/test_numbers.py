"""Numbers as students write them: units, words, scales; one reading for screen and grade."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.quiz.matching import normalize
from tui.quiz.numbers import read_number

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(number: int) -> str:
    """An English number word for 0-999, as a student would spell it out."""
    hundreds, rest = divmod(number, 100)
    parts = [f"{ONES[hundreds]} hundred"] if hundreds else []
    if rest or not parts:
        if rest < 10:
            words = ONES[rest]
        elif rest < 20:
            words = TEENS[rest - 10]
        else:
            tens, ones = divmod(rest, 10)
            words = TENS[tens] + (f"-{ONES[ones]}" if ones else "")
        parts.append(("and " if parts else "") + words)
    return " ".join(parts)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("184 pupils", "184"),
        ("about 1200", "1200"),
        ("~184", "184"),
        ("184!", "184"),
        ("1,230.", "1230"),
        ("about 1,200 pupils", "1200"),
        ("nine hundred and ninety-nine", "999"),
        ("2.4 million", "2400000"),
        ("£2.4m", "2400000"),
        ("15k", "15000"),
        ("-3", "-3"),
        ("12%", "12"),
    ],
)
def test_a_number_with_a_unit_or_a_word_is_read_as_its_number(typed: str, value: str) -> None:
    """Units, approximations, punctuation and scales around a number do not hide it."""
    reading = read_number(typed)
    assert reading is not None
    assert reading.value * reading.scale == Decimal(value)


@pytest.mark.parametrize("typed", ["more than 500", "not 500", "184 or 185", "abc", ""])
def test_two_numbers_or_a_qualifier_is_not_a_number(typed: str) -> None:
    """ "more than 500" is not 500: a word that changes the number's meaning refuses it."""
    assert read_number(typed) is None


def test_a_scale_counts_as_the_bare_number_when_the_question_asks_in_it() -> None:
    """ "£2.4m" is 2.4 for a question asked in millions, and 2,400,000 always."""
    reading = read_number("£2.4m")
    assert reading is not None
    assert Decimal("2.4") in reading.candidates("How much, in millions of pounds?")
    assert Decimal("2.4") not in reading.candidates("How much did it cost?")


@given(st.integers(min_value=0, max_value=999))
def test_number_words_up_to_nine_hundred_and_ninety_nine(number: int) -> None:
    """Every number spelt out to 999 reads as its digits, in a number answer and a short one."""
    words = in_words(number)
    reading = read_number(words)
    assert reading is not None and reading.value == number
    assert normalize(f"{words} pupils") == f"{number} pupils"
