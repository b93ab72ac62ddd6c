"""The labels a student gives a sentence, their letters, and the words a file may use."""

from __future__ import annotations

from tui.analysis import LABELS

#: What a student may give a sentence: the analyser's labels ("none" is "not a claim").
PRACTICE_LABELS = LABELS

#: The labels scored as claims; a sentence the key calls "none" is not scored.
CLAIM_LABELS = ("named", "anonymous", "vague", "unattributed")

#: One key a label on the practice screen, and the same letters in files: the reader's
#: initials, and x for "not a claim".
LETTERS = {"n": "named", "a": "anonymous", "v": "vague", "u": "unattributed", "x": "none"}

#: Other words a file may use for "none".
_NONE_WORDS = ("not a claim", "no claim")


def parse_label(text: str) -> str | None:
    """The label a word or letter means ("V", "vague", "not a claim"), or None."""
    word = " ".join(text.split()).casefold()
    if word in PRACTICE_LABELS:
        return word
    if word in LETTERS:
        return LETTERS[word]
    if word in _NONE_WORDS:
        return "none"
    return None


def label_words(label: str) -> str:
    """The label as a student reads it: "vague", or "not a claim" for none."""
    return "not a claim" if label == "none" else label


def letter(label: str) -> str:
    """The key that gives a label: n, a, v, u or x."""
    return next(key for key, value in LETTERS.items() if value == label)
