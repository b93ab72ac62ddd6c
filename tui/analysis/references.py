"""Back-references: "he said", "it said", "the report said" resolved to a source met earlier.

The memory is a short deque of recent sources and sentence subjects, so a lookup costs the
same however long the article is.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from tui.analysis import cues
from tui.analysis.sources import HEAD_CUT, LEXICON_HEADS, WORD, has_name, kinds_of
from tui.analysis.subjects import leading_subject


@dataclass(frozen=True, slots=True)
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
        words = remembered.text.split(",")[0].split()
        # "Nabil" after "Nabil Rahim" is that person; "Trump" after "Trump supporters" is not
        # that crowd.
        if source in words and ("plural" not in remembered.kinds or words[-1] == source):
            return remembered.kinds
    return kinds


POINTS_BACK = "points back to an earlier source: "


def mentioned_subject(sentence: str) -> Remembered | None:
    """The named subject a sentence opens with, a likely antecedent for a later "he" or "they".

    "Trump spoke in Ohio." then "He said ...": the pronoun points at the last subject met,
    whether or not that subject was itself a source.
    """
    subject = leading_subject(sentence)
    if subject is not None and re.search(r"['\u2019]s?$", subject.group(1)):
        return None  # "Marco Rubio's campaign ...", "It's ...": the name is not the subject
    if subject is not None and has_name(WORD.findall(subject.group(1))):
        phrase = subject.group(1)
        if (noun := _NOUN_AFTER_NAME.match(sentence, subject.end(1))) and (
            noun.group(1) in LEXICON_HEADS or noun.group(1) in cues.ROLE_NOUNS
        ):
            # "Trump supporters rallied": the name describes the crowd that is the subject.
            phrase = sentence[subject.start(1) : noun.end(1)]
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


# A lower-case noun straight after a name: "Trump supporters", "Clinton aides".
_NOUN_AFTER_NAME = re.compile(r"\s+([a-z]+)\b")


def _holds_title(text: str, role: str) -> bool:
    """Whether a remembered source carries the title of a role: "Sen. Ann Roe" for
    "the senator", "Gov. Ivo Pern" for "the governor"."""
    titles = cues.ROLE_TITLES.get(role)
    return bool(titles) and any(word.lower() in titles for word in text.split())


def _names_a_body(remembered: Remembered) -> bool:
    """Whether a remembered source is an organisation or a record, not a person: it can be
    "it" but not "he" ("Wells Fargo", "the Halden Institute's report")."""
    return "thing" in remembered.kinds and "person" not in remembered.kinds


def resolve_reference(kind: str, source: str, memory: deque[Remembered]) -> tuple[str, str]:
    """The label of a back-reference: the last remembered source that fits it."""
    noun = source.split()[-1].lower() if source else kind
    if noun.startswith("spokes"):
        noun = "spokes"  # spokesman, spokeswoman and spokesperson are one role
    for remembered in reversed(memory):
        if kind in ("person", "thing", "plural"):
            fits = kind in remembered.kinds
        else:
            fits = noun in remembered.text.lower() or _holds_title(remembered.text, noun)
        if fits:
            # The source referred to becomes the most recent one again.
            memory.remove(remembered)
            memory.append(remembered)
            return (
                remembered.label,
                f"'{source}' {POINTS_BACK}{remembered.text}",
            )
    # Found nothing to point back to: the reason says so, as the confidence line does,
    # never that it points back (a student read both for one sentence).
    if kind in ("person", "thing", "plural"):
        return (
            "named",
            f"'{source}' must mean someone or something named earlier, but no earlier "
            "source fits it: read as named",
        )
    if noun in cues.INSTITUTION_NOUNS or noun in cues.DOCUMENT_NOUNS:
        # "the company said" after "Wells Fargo said": the last organisation or record named.
        for remembered in reversed(memory):
            if remembered.label == "named" and _names_a_body(remembered):
                memory.remove(remembered)
                memory.append(remembered)
                return remembered.label, f"'{source}' {POINTS_BACK}{remembered.text}"
    if noun in cues.ANONYMOUS_NOUNS:
        return "anonymous", f"'{source}' is a source the article does not name"
    return "named", f"'{source}' is read as an identified source, though no earlier one fits it"
