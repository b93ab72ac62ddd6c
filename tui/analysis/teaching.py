"""What the reader's panels teach: label definitions, tips and the label mix.

Data plus a small function over an Analysis (the sources cited are in `cited.py`); the UI only
renders what is here.
"""

from __future__ import annotations

from collections import Counter

from tui.analysis.attribution import LABELS, Analysis
from tui.analysis.cited import CITING_LABELS

#: The labels that describe a claim (every label but `none`).
CLAIM_LABELS = ("named", "anonymous", "vague", "unattributed")

#: Labels whose sources are listed in the sources panel (`cited.cited_sources`).
SOURCE_LABELS = CITING_LABELS

#: One line per label: what it means.
DEFINITIONS = {
    "named": "Attributed to a source you can identify: a named person, organisation or document.",
    "anonymous": "Attributed to a specific source the article leaves unnamed: 'a senior official'.",
    "vague": "Pointing at no one you could check: 'there are fears', 'reportedly', 'critics say'.",
    "unattributed": "Stated as fact with no source: the writer's own claim or analysis.",
    "none": "Not a claim: a headline, a metadata line, a question or a call to action.",
}

#: One line per label: what a careful reader does next.
TIPS = {
    "named": "Could you look the source up? Check that they said it, and whether they would know.",
    "anonymous": "Ask why the source is unnamed, and whether the article says how they would know.",
    "vague": "Ask who exactly says so: a vague source cannot be checked and may be no one at all.",
    "unattributed": "Is this common knowledge, or something the writer should have sourced?",
    "none": "Nothing to check here, but notice how a headline frames what follows.",
}

#: Two short invented sentences per label, for the glossary (a test checks the analyser
#: labels each one as it is filed here, so the glossary never teaches what the reader contradicts).
EXAMPLES = {
    "named": (
        "The harbour master, Ruth Okafor, said the channel would reopen on Friday.",
        "According to the council's annual budget report, road repairs cost $2 million.",
    ),
    "anonymous": (
        "A senior official at the ministry, who asked not to be named, said talks had stalled.",
        "Two people familiar with the deal said the price was lower than reported.",
    ),
    "vague": (
        "Critics say the new timetable will make journeys longer.",
        "It is widely believed that the factory will close.",
    ),
    "unattributed": (
        "The new bridge will be the longest in the country.",
        "Crime has risen sharply since the policy began.",
    ),
    "none": (
        "What happens to the workers now?",
        "Read more about the bridge on our website.",
    ),
}

#: The one question to ask of a sentence with each label.
QUESTIONS = {
    "named": "Who is this, and how would they know?",
    "anonymous": "Why is the source not named, and how would they know?",
    "vague": "Who exactly says so?",
    "unattributed": "How does the writer know this?",
    "none": "How does this frame what follows?",
}

assert set(DEFINITIONS) == set(TIPS) == set(EXAMPLES) == set(QUESTIONS) == set(LABELS)


def label_mix(analysis: Analysis) -> dict[str, float]:
    """Share of claim sentences per claim label (0 to 1; all zero when there are no claims)."""
    counts = Counter(s.label for s in analysis.sentences if s.label in CLAIM_LABELS)
    total = sum(counts.values())
    return {label: (counts[label] / total if total else 0.0) for label in CLAIM_LABELS}
