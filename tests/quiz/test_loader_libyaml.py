"""libyaml reads quizzes fast; what it reads must be what the pure-Python parser reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.quiz import loader
from tui.quiz.loader import MAX_ALIAS_VALUES, Document, load_text

QUIZZES = Path(__file__).resolve().parents[2] / "quizzes"

needs_libyaml = pytest.mark.skipif(loader._CParser is None, reason="PyYAML without libyaml")


def pure(text: str, monkeypatch: pytest.MonkeyPatch) -> Document:
    with monkeypatch.context() as patch:
        patch.setattr(loader, "_CParser", None)
        return load_text(text, "quiz.yaml")


@needs_libyaml
@pytest.mark.parametrize("path", sorted(QUIZZES.glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_quizzes_read_the_same(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every value, style and position of the bundled quizzes is the same either way."""
    text = path.read_text("utf-8")
    assert load_text(text, "quiz.yaml") == pure(text, monkeypatch)


#: Pieces of YAML, well and badly formed, for the differential test below.
PIECES = st.sampled_from(
    [
        "- ",
        ": ",
        "\n",
        "  ",
        "key",
        "é",
        "'",
        '"',
        "[",
        "]",
        "{",
        "}",
        ", ",
        " #",
        "&a ",
        "*a",
        "|\n",
        ">-\n",
        "\t",
        "? ",
        "~",
        "---\n",
        "1:2",
        "no",
        "\\",
        "％",
        "#x",
        "1,000",
    ]
)


@needs_libyaml
@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_any_text_reads_the_same(text: str) -> None:
    """Random YAML-like text: the same tree and the same problems, word for word."""
    with pytest.MonkeyPatch.context() as patch:
        assert load_text(text, "quiz.yaml") == pure(text, patch)


def test_a_big_plain_quiz_is_read_whole() -> None:
    """Far more values than aliases may add: written out, they are all read."""
    items = "".join(
        f"  - id: q{n}\n    prompt: Question {n}\n    answer: yes\n" for n in range(9000)
    )
    document = load_text(f"title: Big\nquestions:\n{items}", "quiz.yaml")
    assert not document.problems
    assert document.root is not None


def test_aliases_still_cannot_expand_far() -> None:
    """A small file that aliases expand past MAX_ALIAS_VALUES values is refused."""
    block = "[" + ", ".join(["x"] * 300) + "]"
    refs = ", ".join(["*b"] * 90)
    document = load_text(f"b: &b {block}\nc: [{refs}]\n", "quiz.yaml")
    assert document.root is None
    assert str(MAX_ALIAS_VALUES) in document.problems[0].message
