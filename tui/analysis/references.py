"""Back-references: "he said", "it said", "the report said" resolved to a source met earlier.

The memory is a short deque of recent sources and sentence subjects, so a lookup costs the
same however long the article is.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from tui.analysis import cues
from tui.analysis.sources import HEAD_CUT, LEXICON_HEADS, WORD, has_name, kinds_of
from tui.analysis.subjects import leading_subject


@dataclass(frozen=True)
class Remembered:
    """A source met earlier, kept for "he said" and "the report said" (bounded memory)."""

    text: str
    label: str
    kinds: frozenset[str]


# How many earlier sources a back-reference may look at: keeps the lookup O(1).
MEMORY = 12


def known_kinds(source: str, kinds: frozenset[str], memory: deque[Remembered]) -> frozenset[str]:
    """A one-word name met before in a longer source ("Nabil") is what that source was."""
    if " " in source.strip():
        return kinds
    for remembered in reversed(memory):
        if source in remembered.text.split(",")[0].split():
            return remembered.kinds
    return kinds


POINTS_BACK = "points back to an earlier source: "


def mentioned_subject(sentence: str) -> Remembered | None:
    """The named subject a sentence opens with, a likely antecedent for a later "he" or "they".

    "Trump spoke in Ohio." then "He said ...": the pronoun points at the last subject met,
    whether or not that subject was itself a source.
    """
    subject = leading_subject(sentence)
    if subject is not None and has_name(WORD.findall(subject.group(1))):
        phrase = subject.group(1)
    else:
        phrase = sentence.split(",", 1)[0]
        if len(phrase.split()) > 8:
            return None
        head_words = WORD.findall(HEAD_CUT.split(phrase, maxsplit=1)[0])
        if (
            not head_words
            or head_words[-1].lower() not in LEXICON_HEADS
            or not has_name(WORD.findall(phrase))
        ):
            return None
    return Remembered(phrase, "named", kinds_of(phrase))


def resolve_reference(kind: str, source: str, memory: deque[Remembered]) -> tuple[str, str]:
    """The label of a back-reference: the last remembered source that fits it."""
    noun = source.split()[-1].lower() if source else kind
    if noun.startswith("spokes"):
        noun = "spokes"  # spokesman, spokeswoman and spokesperson are one role
    for remembered in reversed(memory):
        fits = (
            kind in remembered.kinds
            if kind in ("person", "thing", "plural")
            else noun in remembered.text.lower()
        )
        if fits:
            # The source referred to becomes the most recent one again.
            memory.remove(remembered)
            memory.append(remembered)
            return (
                remembered.label,
                f"'{source}' {POINTS_BACK}{remembered.text}",
            )
    if kind in ("person", "thing", "plural"):
        return (
            "named",
            f"'{source}' points back to someone or something named earlier in the article",
        )
    if noun in cues.ANONYMOUS_NOUNS:
        return "anonymous", f"'{source}' is a source the article does not name"
    return "named", f"'{source}' points back to an identified source"
