"""What the reader's panels teach: label definitions, tips, the sources cited, the label mix.

Data plus two small functions over an Analysis; the UI only renders what is here.
"""

from __future__ import annotations

from collections import Counter

from tui.analysis.attribution import LABELS, Analysis, referred_source

#: The labels that describe a claim (every label but `none`).
CLAIM_LABELS = ("named", "anonymous", "vague", "unattributed")

#: Labels whose sources are listed in the sources panel.
SOURCE_LABELS = ("named", "anonymous", "vague")

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


def sources(analysis: Analysis) -> dict[str, list[tuple[str, int]]]:
    """The sources cited, per label (named, anonymous, vague), most cited first.

    Counts are case-insensitive; the first spelling met is the one shown. A back-reference
    ("he said") counts for the source it points back to; a vague sentence with no source
    phrase is listed by its cue ("there are fears").
    """
    counts: dict[str, Counter[str]] = {label: Counter() for label in SOURCE_LABELS}
    spelling: dict[tuple[str, str], str] = {}
    for sentence in analysis.sentences:
        if sentence.label not in counts:
            continue
        span = sentence.source or sentence.cue
        if span is None:
            continue
        # "he said" counts for the person it points back to; line breaks inside a name go.
        shown = " ".join((referred_source(sentence) or span.text).split())
        key = shown.casefold()
        spelling.setdefault((sentence.label, key), shown)
        counts[sentence.label][key] += 1
    return {
        label: [(spelling[(label, key)], n) for key, n in counter.most_common()]
        for label, counter in counts.items()
    }


def label_mix(analysis: Analysis) -> dict[str, float]:
    """Share of claim sentences per claim label (0 to 1; all zero when there are no claims)."""
    counts = Counter(s.label for s in analysis.sentences if s.label in CLAIM_LABELS)
    total = sum(counts.values())
    return {label: (counts[label] / total if total else 0.0) for label in CLAIM_LABELS}
