"""Inputs built to make whosays quadratic, judged correctly at a modest size.

The speed itself (linear over sizes 10x apart, a 1 MB answer in under a second) is measured
in benchmarks/bench_hostile.py, not timed here; these tests guard that the fast paths give
the same answers as the slow ones did.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tui.articles import split_paragraphs
from tui.quiz.grading import judge
from tui.quiz.matching import match_answer, normalize, numbers_in
from tui.quiz.validate import check_file
from tui.widgets.article_view import wrap

QUIZ = """\
title: t
questions:
  - {id: short, prompt: p, answer: Rahmatullah Nabil}
  - {id: choice, prompt: p, choices: [The Wall Street Journal, Reuters], answer: Reuters}
  - {id: multi, prompt: p, choices: [Nabil, Kahl, a senior official], answer: [Nabil, Kahl]}
  - {id: number, prompt: p, answer: 6}
"""


def _questions(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "quiz.yaml"
    path.write_text(QUIZ, "utf-8")
    quiz = check_file(path).quiz
    assert quiz is not None
    return {question.id: question for question in quiz.questions}


def test_the_the_the_answer_is_wrong_everywhere(tmp_path: Path) -> None:
    """'the the the ...' (40 kB) is no answer to any question, and says why in one line."""
    questions = _questions(tmp_path)
    for question in questions.values():
        assert judge(question, "the " * 10_000).verdict == "wrong"  # type: ignore[arg-type]


def test_many_leading_articles_are_all_dropped() -> None:
    """Dropping leading articles at once keeps the old meaning: all of them go, the last
    word stays."""
    assert normalize("the " * 5_000 + "Wall Street Journal") == "wall street journal"
    assert normalize("a, " * 5_000) == "a"
    assert match_answer("the " * 5_000 + "Rahmatullah Nabil", ["Rahmatullah Nabil"]).correct


def test_a_a_a_picks_one_choice_once(tmp_path: Path) -> None:
    """'a, a, a, ...' in a multi question is the choice a, judged as if typed once."""
    multi = _questions(tmp_path)["multi"]
    once = judge(multi, "a")  # type: ignore[arg-type]
    many = judge(multi, "a, " * 3_000)  # type: ignore[arg-type]
    assert (many.verdict, many.points, many.matched) == (once.verdict, once.points, once.matched)


def test_a_long_answer_to_a_choice_question_is_none_of_the_choices(tmp_path: Path) -> None:
    choice = _questions(tmp_path)["choice"]
    assert judge(choice, "Reuters " * 3_000).verdict == "wrong"  # type: ignore[arg-type]
    assert judge(choice, "Reuter").verdict == "correct"  # type: ignore[arg-type]


def test_a_million_digit_number_is_judged_never_an_overflow(tmp_path: Path) -> None:
    """decimal.Overflow came from subtracting; the comparison is exact and cannot overflow."""
    questions = _questions(tmp_path)
    huge = "9" * 1_000_000
    assert judge(questions["number"], huge).verdict == "wrong"  # type: ignore[arg-type]
    assert judge(questions["short"], huge).verdict == "wrong"  # type: ignore[arg-type]


def test_numbers_past_28_digits_still_differ() -> None:
    """The number guard compares exactly: two 40-digit numbers that differ at the end differ."""
    a, b = "1" * 39 + "2", "1" * 39 + "3"
    assert numbers_in(a) != numbers_in(b)
    assert numbers_in("6.50") == [Decimal("6.5")]
    assert not match_answer(a, [b]).correct


def test_a_very_long_word_is_cut_into_full_lines() -> None:
    assert wrap("x" * 1_000, 10) == [(i, i + 10) for i in range(0, 1_000, 10)]
    # Wide characters: two cells each, so five to a line of ten.
    assert wrap("漢" * 12 + " end", 10) == [(0, 5), (5, 10), (10, 16)]


@given(st.text(alphabet="ab 漢\u0301\n", max_size=80), st.integers(min_value=2, max_value=12))
def test_wrapping_keeps_every_character_in_order_within_the_width(text: str, width: int) -> None:
    """Lines are in order, never overlap, hold every non-space, and fit unless one char
    is wider than the line."""
    from rich.cells import cell_len

    lines = wrap(text, width)
    covered = "".join(text[start:end] for start, end in lines)
    assert "".join(covered.split()) == "".join(text.split())
    for (start, end), (next_start, _end) in itertools.pairwise(lines):
        assert start < end <= next_start
    for start, end in lines:
        assert cell_len(text[start:end]) <= width or end - start == 1


def test_paragraph_ends_drop_trailing_spaces() -> None:
    body = "First paragraph.   \n\nSecond one.\t \n\n" + "Short line  \n" * 3
    paragraphs = split_paragraphs(body)
    assert [body[p.start : p.end] for p in paragraphs] == [
        "First paragraph.",
        "Second one.",
        "Short line  \nShort line  \nShort line",
    ]


def test_a_shown_choice_repeated_thousands_of_times_is_read_once(tmp_path: Path) -> None:
    """'a) a) a) ...': the text after 'a) ' was read as a shown choice again, once per
    letter, until RecursionError."""
    questions = _questions(tmp_path)
    assert judge(questions["choice"], "a) " * 5_000).verdict == "wrong"  # type: ignore[arg-type]
    assert judge(questions["multi"], "a) " * 5_000).verdict != "correct"  # type: ignore[arg-type]
