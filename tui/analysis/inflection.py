"""Every form of a verb from its base form, so the lexicons list "say" once, not five times.

English spelling rules (argue -> argues, argued, arguing; deny -> denies, denied) plus a
table of the verbs they do not fit (`lexicons/irregular-verbs.txt`: say -> said, admit ->
admitted). A test checks the forms against the lemminflect library for every verb the
lexicons list; the app itself needs no library for this.
"""

from __future__ import annotations

from dataclasses import dataclass

_VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class VerbForms:
    """The forms of one verb (multi-word verbs such as "point out" inflect the first word)."""

    base: str
    third: str  # says
    past: frozenset[str]  # said; both spellings where there are two (signaled, signalled)
    participle: frozenset[str]  # written, where it differs from the past tense (wrote)
    ing: frozenset[str]  # saying

    @property
    def finite(self) -> frozenset[str]:
        """The forms that report on their own: say, says, said, written (not "saying")."""
        return frozenset({self.base, self.third, *self.past, *self.participle})

    @property
    def every(self) -> frozenset[str]:
        """Every form, the -ing ones included."""
        return self.finite | self.ing


@dataclass(frozen=True)
class Irregular:
    """A verb the spelling rules do not fit: its past-tense and participle spellings."""

    past: tuple[str, ...]
    participle: tuple[str, ...]


def parse_irregular(entries: tuple[str, ...]) -> dict[str, Irregular]:
    """`base past[/spelling] [participle[/spelling]]` lines -> base: its forms."""
    table = {}
    for entry in entries:
        base, past, *participle = entry.split()
        spellings = tuple(past.split("/"))
        table[base] = Irregular(spellings, tuple(participle[0].split("/")) if participle else ())
    return table


def verb_forms(verb: str, irregular: dict[str, Irregular]) -> VerbForms:
    """The forms of `verb` (a base form, possibly followed by a particle: "point out")."""
    word, _, particle = verb.partition(" ")
    tail = f" {particle}" if particle else ""
    listed = irregular.get(word)
    past = listed.past if listed else (_regular_past(word),)
    # "admitted", "signalled": a doubled consonant carries over to "admitting".
    ing = {word + word[-1] + "ing" if _doubled(spelling, word) else _ing(word) for spelling in past}
    return VerbForms(
        base=verb,
        third=_third(word) + tail,
        past=frozenset(p + tail for p in past),
        participle=frozenset(p + tail for p in (listed.participle if listed else ())),
        ing=frozenset(i + tail for i in ing),
    )


def _doubled(past: str, word: str) -> bool:
    """Whether `past` doubles the last consonant of `word`: admit -> admitted."""
    return len(past) == len(word) + 3 and past.startswith(word) and past[-3] == word[-1]


def _third(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _regular_past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word[:-1] + "ied"
    if _doubles(word):
        return word + word[-1] + "ed"
    return word + "ed"


def _ing(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    if _doubles(word):
        return word + word[-1] + "ing"
    return word + "ing"


def _doubles(word: str) -> bool:
    """One syllable ending consonant-vowel-consonant doubles its last letter: quip, slam.

    Longer verbs that double (admit, refer) are in the irregular table: the rule would need
    to know where the stress falls.
    """
    vowels = sum(1 for c in word if c in _VOWELS)
    return (
        vowels == 1
        and len(word) >= 3
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )
