"""Reading what a student means: a choice by letter, text or surname, a label by its word or
a synonym, true or false in the forms students write, the parts of a multi answer.

Only `grading.judge` calls these (through it, the quiz screen and `whosays grade` read an
answer the same way); nothing here gives a verdict.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from tui.quiz.matching import allowed_edits, choice_key, match_answer, normalize
from tui.quiz.model import SENTENCE_LABELS

#: A choice's letter as typed or as the screen shows it: "b", "(b)", "b)", "b.".
LETTER = re.compile(r"^\(?([a-z])[).]?$")
#: Between the parts of a multi answer: spaces, commas, semicolons, slashes, bars, "and".
_LIST_SEPARATOR = re.compile(r"[\s,;/|]+|\band\b")
#: A letter the screen stores before a choice ("b) false"), and what follows it.
_SHOWN_CHOICE = re.compile(r"^\(?([a-z])[).]\s*(.*)$", re.DOTALL)

#: What a student may type for true and false (the first word of the answer decides).
TRUE_WORDS = ("true", "t", "yes", "y", "correct", "right")
FALSE_WORDS = ("false", "f", "no", "n", "incorrect", "wrong")

#: What students write for a label, read as that label (after normalising, fillers dropped).
LABEL_SYNONYMS = {
    "named": "named",
    "identified": "named",
    "anonymous": "anonymous",
    "anon": "anonymous",
    "unnamed": "anonymous",
    "not named": "anonymous",
    "no name": "anonymous",
    "unidentified": "anonymous",
    "vague": "vague",
    "unclear": "vague",
    "unattributed": "unattributed",
    "not attributed": "unattributed",
    "no attribution": "unattributed",
    "no source": "unattributed",
    "unsourced": "unattributed",
    "not sourced": "unattributed",
}
#: Words around a label that add nothing: "an anonymous source", "vague attribution".
LABEL_FILLERS = frozenset(
    {"source", "sources", "attribution", "claim", "claims", "statement", "sentence", "label"}
    | {"it", "its", "is", "this", "was", "a", "an", "the", "by", "of"}
)

assert set(LABEL_SYNONYMS.values()) == set(SENTENCE_LABELS)


def label_meant(response: str) -> str | None:
    """The label a typed answer means: "anonymous source", "not named", "u"; None if none.

    The matcher's guards still hold: "attributed" is never "unattributed", "not vague" is no
    label at all.
    """
    letter = LETTER.match(response.strip().casefold())
    if letter is not None:
        return next((label for label in SENTENCE_LABELS if label[0] == letter.group(1)), None)
    said = normalize(response)
    if said in LABEL_SYNONYMS:
        return LABEL_SYNONYMS[said]
    words = [word for word in said.split() if word not in LABEL_FILLERS]
    if not words:
        return None
    kept = " ".join(words)
    if kept in LABEL_SYNONYMS:
        return LABEL_SYNONYMS[kept]
    match = match_answer(kept, tuple(LABEL_SYNONYMS))
    return LABEL_SYNONYMS[match.matched] if match.correct and match.matched else None


def truth_meant(response: str) -> str | None:
    """ "true" or "false" from "T", "b) false", "(a)", "False, they asked not to be named"."""
    text = response.strip().casefold()
    shown = _SHOWN_CHOICE.match(text)
    letter = LETTER.match(text)
    if letter is not None:
        text = {"a": "true", "b": "false"}.get(letter.group(1), text)
    elif shown is not None and shown.group(1) in "ab":
        text = shown.group(2) or {"a": "true", "b": "false"}[shown.group(1)]
    words = re.findall(r"[a-z]+", text)
    if not words:
        return None
    if words[0] in TRUE_WORDS:
        return "true"
    if words[0] in FALSE_WORDS:
        return "false"
    return None


def _surname(response: str, choices: tuple[str, ...]) -> int | None:
    """The one choice that is a person's name ending in the surname typed ("Kahl")."""
    typed = normalize(response)
    if " " in typed or len(typed) < 3:
        return None
    found = []
    for index, choice in enumerate(choices):
        words = choice.split()
        if len(words) < 2 or not all(word[:1].isupper() for word in words):
            continue  # "a senior Pentagon official" is no name: "official" picks nothing
        surname = normalize(words[-1])
        edits = OSA.distance(typed, surname)
        if surname and typed[0] == surname[0] and edits <= allowed_edits(len(surname)):
            found.append(index)
    everywhere = [i for i, c in enumerate(choices) if typed in normalize(c).split()]
    return found[0] if len(found) == 1 and set(everywhere) <= set(found) else None


def resolve_choice(response: str, choices: tuple[str, ...], shown_ok: bool = True) -> int | None:
    """The index of the choice a student means: its letter, its text (a typo forgiven), its
    text as the screen shows it ("b) Reuters"), or a surname only one choice has.

    `shown_ok` is False for the text after "b) ": "a) a) a) ..." is read once, not once per
    letter (it recursed until RecursionError).
    """
    typed = normalize(response)
    keys = [choice_key(choice) for choice in choices]
    if (key := typed or choice_key(response)) in keys:
        return keys.index(key)
    letter = LETTER.match(response.strip().casefold())
    if letter is not None:
        index = ord(letter.group(1)) - ord("a")
        return index if index < len(choices) else None
    shown = _SHOWN_CHOICE.match(response.strip()) if shown_ok else None
    if shown is not None and shown.group(2):
        index = resolve_choice(shown.group(2), choices, shown_ok=False)
        if index is not None:
            return index
    if len(typed) > 4 * max(map(len, keys), default=0) + 20:
        # Far longer than any choice: more edits than any typo budget, and no surname; a
        # 1 MB answer would otherwise be normalised again for every choice.
        return None
    for index, choice in enumerate(choices):
        others = choices[:index] + choices[index + 1 :]
        # The normalised text (normalising is idempotent): not the response again per choice.
        if match_answer(typed, (choice,), others).correct:
            return index
    return _surname(typed, choices)


def letters_in(response: str) -> list[str] | None:
    """The letters of "a, c", "a c", "a/c", "(a) and (c)" or "ace"; None if not only letters."""
    text = response.strip().casefold()
    if re.fullmatch(r"[a-z]{2,8}", text) and len(set(text)) == len(text):
        return list(text)  # "abe": a run of different letters, as students type them
    # Each distinct part once, in order: a letter named twice is still one pick.
    parts = list(dict.fromkeys(p for p in _LIST_SEPARATOR.split(text) if p))
    matches = [LETTER.match(part) for part in parts]
    if not parts or not all(matches):
        return None
    return [m.group(1) for m in matches if m is not None]


def picked_choices(
    response: str | list[str] | tuple[str, ...], choices: tuple[str, ...]
) -> tuple[set[int], list[str]]:
    """The choices a multi answer picks, and the parts that named no choice (ignored)."""
    resolved: dict[str, int | None] = {}
    if isinstance(response, str):
        whole = resolved[response] = resolve_choice(response, choices)
        exact = whole is not None and normalize(choices[whole]) == normalize(response)
        letters = None if exact else letters_in(response)
        if letters is None and whole is not None:
            return {whole}, []
        if letters is not None:
            parts = letters
        else:
            parts = [p for p in re.split(r"[,;\n/]", response) if p.strip()]
    else:
        parts = [p for p in response if p.strip()]
    picked: set[int] = set()
    unknown: list[str] = []
    # Each distinct part once: "a, a, a, ..." (1 MB) is one letter, not 300,000 lookups.
    for part in dict.fromkeys(parts):
        index = resolved[part] if part in resolved else resolve_choice(part, choices)
        if index is not None:
            picked.add(index)
            continue
        # "Nabil and Kahl": "and" separates choices only when each side is a choice.
        pieces = [p for p in re.split(r"\band\b", part) if p.strip()]
        found = [resolve_choice(piece, choices) for piece in pieces] if len(pieces) > 1 else []
        if found and all(i is not None for i in found):
            picked.update(i for i in found if i is not None)
        else:
            unknown.append(part.strip())
    return picked, unknown
