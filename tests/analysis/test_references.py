"""Back-references: "he said", "it said", "the report said" take the earlier source's label."""

import pytest

from tui.analysis import Sentence, analyze


def only(text: str) -> Sentence:
    found = analyze(text)
    assert len(found) == 1, [s.text for s in found]
    return found[0]


def test_it_said_points_back_to_the_last_document() -> None:
    """'It said' after a named report takes the report's label."""
    found = analyze(
        "According to a report by the Halden Institute, sales fell. The report said prices rose. "
        "It said that wages stalled."
    )
    assert [s.label for s in found] == ["named", "named", "named"]
    assert "Halden Institute" in found[2].reason


def test_he_said_points_back_to_the_last_person() -> None:
    """'He said' after an unnamed official stays anonymous: the pronoun inherits."""
    found = analyze("A senior police officer said the car was stolen. He said no one was hurt.")
    assert [s.label for s in found] == ["anonymous", "anonymous"]


def test_they_said_points_back_to_a_plural_named_group() -> None:
    """'They said' after two named researchers is named."""
    found = analyze(
        "Two researchers at the University of Kell, Ada Rook and Ned Vale, studied the files. "
        "They said the files were genuine."
    )
    assert found[1].label == "named"


def test_back_reference_memory_is_bounded() -> None:
    """Many earlier sources do not slow a lookup: the oldest are forgotten."""
    text = (
        " ".join(f"Officer Number{i} said the road was shut." for i in range(200)) + " He said so."
    )
    assert analyze(text)[-1].label == "named"


def test_definite_role_points_back_to_the_organisation_that_spoke() -> None:
    """'The spokesman said' after 'a Corvane spokesperson said' is still Corvane: named."""
    found = analyze(
        "A Corvane spokesperson said the plant was shut. The spokesman said no one was hurt."
    )
    assert [s.label for s in found] == ["named", "named"]


def test_definite_official_without_antecedent_stays_anonymous() -> None:
    """'The official said' with no official met before is an unnamed source."""
    assert only("The official said talks would resume.").label == "anonymous"


def _back(text: str) -> str:
    """The reason of the last sentence: what its back-reference was resolved to."""
    return analyze(text)[-1].reason


def test_role_points_back_to_the_name_with_its_title() -> None:
    """'the senator' after 'Sen. Ada Brent', 'the governor' after 'Gov. Ivo Pern': the same
    person, a back-reference a student can follow (not an unresolved guess)."""
    found = analyze("Sen. Ada Brent (D-Ohio) toured the dam. The senator said the vote was rigged.")
    assert found[-1].reason.endswith("points back to an earlier source: Sen. Ada Brent")
    assert found[-1].evidence == "back-reference"
    assert "Gov. Ivo Pern" in _back(
        "Gov. Ivo Pern said it was safe. The governor added that it was."
    )


def test_organisation_noun_points_back_to_the_last_organisation() -> None:
    """'the agency said' after 'The Marlow Port Authority said': the body named before."""
    reason = _back(
        "The Marlow Port Authority said the pier would close. The agency said it would reopen."
    )
    assert reason.endswith("The Marlow Port Authority")


def test_organisation_noun_never_points_back_to_a_person() -> None:
    """'The company said' after 'Ada Brent said': Ada Brent is not the company."""
    assert "Ada Brent" not in _back("Ada Brent said the plan failed. The company said it would.")


@pytest.mark.parametrize(
    "text",
    [
        # A name ending in "s" is one person, not "they".
        "Sanders spoke in Iowa. They said the race was rigged.",
        # "a reporter" is one person.
        "A Marlow Gazette reporter visited the dam. They said it was cracked.",
        # A name inside a crowd's description is not that crowd.
        "Trump supporters rallied in Ohio. Trump spoke first. They said the race was rigged.",
    ],
)
def test_they_never_points_back_to_one_person(text: str) -> None:
    """'They' points back to a group, or to nothing, never to a single person."""
    reason = _back(text)
    assert not reason.endswith(("Sanders", "reporter", ": Trump"))


def test_they_points_back_to_the_crowd_a_name_describes() -> None:
    """'Trump supporters rallied ... They said': the supporters."""
    reason = _back("Trump supporters rallied in Ohio. They said the race was rigged.")
    assert reason.endswith("Trump supporters")


def test_a_back_reference_with_nothing_to_point_to_says_so_once() -> None:
    """ "He said" with no one before it: the reason says no earlier source fits, as the
    confidence does, and never that it points back to someone."""
    from tui.analysis.confidence import explain

    sentence = only("He said the road would stay shut until Friday.")
    assert "no earlier source fits it" in sentence.reason
    assert "points back" not in sentence.reason
    assert sentence.confidence < 0.6 and "no earlier source fits" in explain("lost back-reference")
