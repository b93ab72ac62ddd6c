"""Lines of real pages that are no claims (headings, figures, markup) and transcript turns."""

from __future__ import annotations

import pytest

from tui.analysis import analyze


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Board Puts Ferry Plan On Hold.",
        "BEST MOMENT OF THE NIGHT.",
        "– Dimming limelight –.",
        "$50 million.",
        "7.7.",
        '<tweet tweet-id="12345"><tweet/>.',
        "Follow Ada Brent on Twitter @adabrent.",
        "The full survey can be found here.",
        "BYLINE: Ada Brent.",
    ],
)
def test_a_line_set_apart_that_is_no_sentence_is_none(line: str) -> None:
    """A heading, a figure standing alone, markup or a contact line is not a claim."""
    text = f"The ferry will close in May.\n\n{line}\n\nWorkers will be moved to the port."
    labels = [s.label for s in analyze(text)]
    assert labels == ["unattributed", "none", "unattributed"]


def test_a_title_case_sentence_inside_a_paragraph_is_still_a_claim() -> None:
    """Only a line on its own is read as a heading."""
    text = "The vote was close. Harbour Board Puts Ferry Plan On Hold For Now."
    assert [s.label for s in analyze(text)] == ["unattributed", "unattributed"]


def test_a_speakers_turn_runs_to_the_end_of_the_paragraph() -> None:
    """'ADA BRENT: ...' in a transcript: every sentence of her answer is hers."""
    text = (
        "ADA BRENT: Honestly, the ferry is losing money. It carries ten people a day.\n\n"
        "The council meets again on Friday."
    )
    sentences = analyze(text)
    assert [s.label for s in sentences] == ["named", "named", "unattributed"]
    assert sentences[1].source is not None and sentences[1].source.text == "ADA BRENT"


def test_a_headline_with_a_name_and_a_colon_is_that_persons_claim() -> None:
    """'Brent: ‘The Ferry Must Go’' names who says so."""
    sentence = analyze("Brent: ‘The Ferry Must Go’\n\nThe ferry closes in May.")[0]
    assert (sentence.label, sentence.source and sentence.source.text) == ("named", "Brent")
