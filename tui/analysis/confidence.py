"""How sure a label is: a number from 0 to 1 given by the kind of evidence behind it.

A cue with its source in the same sentence is strong evidence; a back-reference that found
nothing to point back to, or a quotation whose speaker was never found, is weak. The table
is data (one line per kind of evidence); below LOW a label is marked as uncertain.
"""

from __future__ import annotations

#: Evidence kind -> (confidence, what a student is told about it).
EVIDENCE: dict[str, tuple[float, str]] = {
    "header": (1.0, "a header line of the article"),
    "cue and source": (0.9, "a cue and its source in the sentence"),
    "vague frame": (0.8, "a phrase that cites no one ('it is believed', 'critics say')"),
    "speaker nearby": (0.7, "the speaker is named in the same quotation or turn"),
    "back-reference": (0.75, "'he' or 'the report' points back to a source named earlier"),
    "guessed source": (0.55, "a cue, but the source phrase could not be classed with certainty"),
    "lost back-reference": (0.5, "'he' or 'the report', but no earlier source fits it"),
    "subordinate cue": (
        0.6,
        "a cue only in a clause inside the sentence: the main claim is the writer's own",
    ),
    "no cue": (0.85, "no cue at all: nothing in the sentence cites anyone"),
    "rejected cue": (0.65, "a reporting word the rules read as no report here"),
    "quotation without speaker": (0.4, "quoted words whose speaker was not found"),
    "not a claim": (0.8, "a heading, question, figure or instruction, not a claim"),
}

#: Labels below this confidence are marked as uncertain in the reader.
LOW = 0.6


def confidence(evidence: str) -> float:
    """The confidence of a kind of evidence."""
    return EVIDENCE[evidence][0]


def explain(evidence: str) -> str:
    """What the evidence was, in words for the details panel."""
    return EVIDENCE[evidence][1]
