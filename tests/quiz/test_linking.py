"""Linking a quiz to its article: the file, and the one sentence a fragment names."""

from __future__ import annotations

from pathlib import Path

from tui.analysis import Sentence
from tui.quiz.linking import closest_sentence, find_sentences, resolve_article

SENTENCES = [
    Sentence(0, 9, "kayhan.ir", "none"),
    Sentence(10, 60, "There are   fears that the group could grow.", "vague"),
    Sentence(61, 99, "Officials said the group could grow.", "anonymous"),
]


def test_fragment_found_ignoring_case_and_spaces() -> None:
    """ "THERE ARE fears" finds the sentence written with three spaces."""
    assert [s.label for s in find_sentences("THERE ARE fears", SENTENCES)] == ["vague"]


def test_fragment_in_two_sentences_returns_both() -> None:
    """The validator turns two matches into "quote more words"."""
    assert len(find_sentences("the group could grow", SENTENCES)) == 2


def test_header_lines_are_never_matched() -> None:
    """Sentences labelled none (outlet, title ...) are not claims a label question can ask about."""
    assert find_sentences("kayhan", SENTENCES) == []


def test_closest_sentence_for_the_error_message() -> None:
    """A near fragment points the teacher at the sentence they probably meant."""
    assert closest_sentence("Officials says the group", SENTENCES) == SENTENCES[2].text


def test_article_beside_the_quiz_wins_over_the_library(tmp_path: Path) -> None:
    """A file next to the quiz is used before a library article of the same name."""
    (tmp_path / "000_f3345cb7f8af5719.txt").write_text("T\n\nBody.\n")
    assert resolve_article("000_f3345cb7f8af5719.txt", tmp_path) == (
        tmp_path / "000_f3345cb7f8af5719.txt"
    )


def test_bundled_article_by_file_name_or_id(tmp_path: Path) -> None:
    """The seed is found by its file name and by its id; an unknown name is None."""
    by_name = resolve_article("000_f3345cb7f8af5719.txt", tmp_path)
    assert by_name is not None and by_name.name == "000_f3345cb7f8af5719.txt"
    assert resolve_article("000_f3345cb7f8af5719", tmp_path) == by_name
    assert resolve_article("nothing-like-it.txt", tmp_path) is None
