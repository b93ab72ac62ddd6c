"""Back-references: "he said", "it said", "the report said" take the earlier source's label."""

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
