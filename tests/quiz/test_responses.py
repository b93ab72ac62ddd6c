"""Reading a student's responses: raw text kept, problems located."""

from __future__ import annotations

from tui.quiz.loader import load_text
from tui.quiz.model import Question, Quiz
from tui.quiz.responses import read_responses

QUIZ = Quiz(
    title="t",
    questions=(
        Question(id="tf", type="truefalse", prompt="p", answers=("false",)),
        Question(id="many", type="multi", prompt="p", answers=("x",), choices=("x", "y")),
        Question(id="time", type="short", prompt="p", answers=("21:23",)),
    ),
)


def test_text_is_kept_as_typed() -> None:
    """`no` stays "no" and `21:23` stays "21:23"; a list is kept for multi; empty is None."""
    document = load_text("tf: no\nmany: [a, b]\ntime: 21:23\n", "r.yaml")
    responses, problems = read_responses(document, QUIZ)
    assert problems == []
    assert responses == {"tf": "no", "many": ["a", "b"], "time": "21:23"}
    empty, _ = read_responses(load_text("tf:\n", "r.yaml"), QUIZ)
    assert empty == {"tf": None}


def test_unknown_id_and_nested_mapping_are_located() -> None:
    """An id the quiz lacks (with a suggestion) and a mapping value are errors at their place."""
    document = load_text("tff: yes\nmany:\n  a: 1\n", "r.yaml")
    _, problems = read_responses(document, QUIZ)
    assert [(p.line, p.column) for p in problems] == [(1, 1), (3, 3)]
    assert "did you mean 'tf'?" in problems[0].message


def test_a_list_at_the_top_is_an_error() -> None:
    """Responses are a mapping from question id to answer."""
    _, problems = read_responses(load_text("- a\n", "r.yaml"), QUIZ)
    assert "mapping from question id" in problems[0].message
