"""Speech acts and records that cite without 'said that', and look-alikes that do not."""

from __future__ import annotations

import pytest

from tui.analysis import analyze


def _last(text: str) -> tuple[str, str | None]:
    sentence = analyze(text)[-1]
    return sentence.label, sentence.source.text if sentence.source else None


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        ("Ada Brent cited the audit as proof of waste.", "named", "Ada Brent"),
        ("Ivo Pern described the plan as reckless.", "named", "Ivo Pern"),
        ("The harbour will close, noted councillor Ada Brent.", "named", "councillor Ada Brent"),
        ("The mayor says of the plan, “It will never work.”", "named", "The mayor"),
        ("Legal observers note the council wouldn’t close the pier.", "vague", "Legal observers"),
        ("Polling averages show the mayor ahead by three points.", "named", "Polling averages"),
        ("Ada Brent has admitted using the council car.", "named", "Ada Brent"),
        ("The pier was shut, lawyers for the family said.", "anonymous", "lawyers for the family"),
        ("“The pier is shut,” the mayor said Tuesday.", "named", "the mayor"),
        ("“It has been years,” Kell said, asked about the delay.", "named", "Kell"),
        (
            "PORTHAVEN — Mayor Ada Brent defended the plan, saying it would pay for itself.",
            "named",
            "Mayor Ada Brent",
        ),
        (
            "Ada Brent, now head of the port, urged the council to act.",
            "named",
            "Ada Brent, now head of the port",
        ),
        (
            "Several former staff have complained they were not paid.",
            "anonymous",
            "Several former staff",
        ),
    ],
)
def test_a_speech_act_or_a_record_cites_its_subject(text: str, label: str, source: str) -> None:
    """Citing, describing, noting, admitting, a record showing: each reports a claim."""
    assert _last(text) == (label, source)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brent has been mentioned as a possible mayor.",
        "The binding is old, with notes written in the margins.",
        "Asked about the pier, 55 percent of voters say it should stay.",
        "One after another, the mills, including Kell, declared bankruptcy.",
    ],
)
def test_look_alikes_cite_no_one(text: str) -> None:
    """Being mentioned is no accusation, notes in a margin are a noun, a share of voters is
    a poll's finding, and declaring bankruptcy is an act."""
    assert _last(text)[0] == "unattributed"
