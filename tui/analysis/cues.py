"""The word lists the splitter and the attribution rules read, loaded from `lexicons/`.

The lists are plain text files shipped in the package (one entry a line, `#` comments; see
`lexicons/README.md`), so someone who knows journalism can extend one without touching
code. Each file is read once, when this module is imported; the rules in `sentences.py`,
`reporting.py` and `sources.py` read the constants below.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

# Beside this module in a checkout and in an installed wheel. Read with pathlib rather than
# importlib.resources, whose import (zipfile, tempfile) cost about 50 ms of start-up here.
LEXICON_FOLDER = Path(__file__).with_name("lexicons")


@cache
def lexicon(name: str) -> tuple[str, ...]:
    """The entries of `lexicons/NAME.txt` in file order: comments and blank lines dropped."""
    text = (LEXICON_FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


def _words(name: str) -> frozenset[str]:
    return frozenset(lexicon(name))


# --- Sentence splitting -------------------------------------------------------------

CONTINUING_ABBREVIATIONS = _words("continuing-abbreviations")
NUMBER_ABBREVIATIONS = _words("number-abbreviations")
MONTH_ABBREVIATIONS = _words("month-abbreviations")
ENDING_ABBREVIATIONS = _words("ending-abbreviations")
SENTENCE_STARTERS = _words("sentence-starters")

# --- Attribution ----------------------------------------------------------------------

SPEECH_VERBS = _words("speech-verbs")
CLAUSE_VERBS = _words("clause-verbs")
PARTICIPLES = _words("participles")
PROGRESSIVES = _words("progressives")
ZERO_THAT_VERBS = _words("zero-that-verbs")
SPEAKER_TAG_VERBS = _words("speaker-tag-verbs")
AFTER_QUOTE_VERBS = _words("after-quote-verbs")
AUXILIARIES = _words("auxiliaries")

#: Every word that may report what a source says.
REPORTING_VERBS = (
    SPEECH_VERBS | CLAUSE_VERBS | PARTICIPLES | PROGRESSIVES | ZERO_THAT_VERBS | AFTER_QUOTE_VERBS
)

#: Pronoun -> the kind of source it fits ("he" a person, "it" a thing, "they" a plural).
PRONOUN_KINDS = dict(entry.split() for entry in lexicon("pronoun-kinds"))

BACK_REFERENCE_NOUNS = _words("back-reference-nouns")
SPOKESPERSON_NOUNS = _words("spokesperson-nouns")
ANONYMOUS_NOUNS = _words("anonymous-nouns")
VAGUE_NOUNS = _words("vague-nouns")
INSTITUTION_NOUNS = _words("institution-nouns")
ROLE_NOUNS = _words("role-nouns")
TITLE_MODIFIERS = _words("title-modifiers")
DOCUMENT_NOUNS = _words("document-nouns")
COMMON_CAPITALISED = _words("common-capitalised")
IMPERATIVE_OPENERS = _words("imperative-openers")

# Phrases, kept in file order (they become regular-expression alternatives).
ANONYMITY_MARKERS = lexicon("anonymity-markers")
VAGUE_PHRASES = lexicon("vague-phrases")
NON_CLAIM_OPENERS = lexicon("non-claim-openers")
PERSON_TITLES = _words("person-titles")
PERSON_NOUNS = _words("person-nouns")
