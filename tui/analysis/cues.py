"""The word lists the splitter and the attribution rules read, loaded from `lexicons/`.

The lists are plain text files shipped in the package (one entry a line, `#` comments; see
`lexicons/README.md`), so someone who knows journalism can extend one without touching
code. Each file is read once, when this module is imported; the rules in `sentences.py`,
`reporting.py` and `sources.py` read the constants below.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tui.analysis.inflection import VerbForms, parse_irregular, verb_forms

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


#: Past tenses the spelling rules do not give (say -> said, admit -> admitted).
IRREGULAR_VERBS = parse_irregular(lexicon("irregular-verbs"))


def _forms(name: str) -> list[VerbForms]:
    return [verb_forms(verb, IRREGULAR_VERBS) for verb in lexicon(name)]


def _finite(name: str) -> frozenset[str]:
    """Every form but the -ing one of each verb listed (say: say, says, said)."""
    return frozenset(form for verb in _forms(name) for form in verb.finite)


def _ing(name: str) -> frozenset[str]:
    """The -ing form of each verb listed (say: saying)."""
    return frozenset(form for verb in _forms(name) for form in verb.ing)


# --- Sentence splitting -------------------------------------------------------------

CONTINUING_ABBREVIATIONS = _words("continuing-abbreviations")
NUMBER_ABBREVIATIONS = _words("number-abbreviations")
MONTH_ABBREVIATIONS = _words("month-abbreviations")
ENDING_ABBREVIATIONS = _words("ending-abbreviations")
SENTENCE_STARTERS = _words("sentence-starters")

# --- Attribution ----------------------------------------------------------------------

# The verb lists hold base forms; the rules read every form of each.
SPEECH_VERBS = _finite("speech-verbs")
CLAUSE_VERBS = _finite("clause-verbs")
PARTICIPLES = _ing("participles")
PROGRESSIVES = _ing("progressives")
ZERO_THAT_VERBS = _finite("zero-that-verbs")
SPEAKER_TAG_VERBS = _finite("speaker-tag-verbs")
DENIAL_VERBS = _finite("denial-verbs")
# A verb listed elsewhere too ("concluded that", "repeated the claim") is not held back for
# quotations.
AFTER_QUOTE_VERBS = (
    _finite("after-quote-verbs") - SPEECH_VERBS - CLAUSE_VERBS - ZERO_THAT_VERBS - DENIAL_VERBS
)
CLAUSE_ONLY_FORMS = _words("clause-only-forms")
OBJECT_SPEECH_VERBS = _finite("object-speech-verbs")
OBJECT_SPEECH_ING = _ing("object-speech-verbs")
ACCUSATION_VERBS = _finite("accusation-verbs")
PROMISE_VERBS = _finite("promise-verbs")
PORTRAYAL_VERBS = _finite("portrayal-verbs")
PERSONAL_SPEECH_VERBS = _finite("personal-speech-verbs")
PORTRAYAL_ING = _ing("portrayal-verbs")
# Only the past and the -ing form: "attack" and "attacks" are mostly nouns in news.
CRITICISM_VERBS = frozenset(form for form in _finite("criticism-verbs") if form.endswith("ed"))
CRITICISM_ING = _ing("criticism-verbs")
FINDING_VERBS = _finite("finding-verbs")
CLAIM_NOUNS = _words("claim-nouns")
SPEECH_NOUNS = _words("speech-nouns")
RECORD_NOUNS = _words("record-nouns")
EXPECTATION_VERBS = _finite("expectation-verbs")
QUESTION_VERBS = _finite("question-verbs")
WRITTEN_WORKS = _words("written-works")
AUXILIARIES = _words("auxiliaries")
LY_NOUNS = _words("ly-nouns")
TIME_WORDS = _words("time-words")
IRREGULAR_PASTS = _words("irregular-pasts")
INTRODUCTORY_WORDS = _words("introductory-words")

#: Every word that may report what a source says.
REPORTING_VERBS = (
    SPEECH_VERBS
    | CLAUSE_VERBS
    | PARTICIPLES
    | PROGRESSIVES
    | ZERO_THAT_VERBS
    | AFTER_QUOTE_VERBS
    | OBJECT_SPEECH_VERBS
    | OBJECT_SPEECH_ING
    | DENIAL_VERBS
    | PORTRAYAL_VERBS
    | PORTRAYAL_ING
    | CRITICISM_VERBS
    | CRITICISM_ING
    | PERSONAL_SPEECH_VERBS
)

_REPORTING_FORMS = [
    verb
    for name in (
        "speech-verbs",
        "clause-verbs",
        "zero-that-verbs",
        "participles",
        "progressives",
        "object-speech-verbs",
        "denial-verbs",
        "portrayal-verbs",
        "personal-speech-verbs",
    )
    for verb in _forms(name)
]

#: The base forms ("say", "deny"): after "to" or "and" they continue an infinitive.
BASE_FORMS = frozenset(verb.base for verb in _REPORTING_FORMS)

#: Base forms that are no other form ("say", not "read"): they need a plural subject
#: ("analysts say") or an auxiliary ("will say"); after a singular noun they are nouns.
BASE_ONLY_FORMS = BASE_FORMS - frozenset(
    form for verb in _REPORTING_FORMS for form in (verb.third, *verb.past, *verb.participle)
)

#: Past participles that are no past tense ("written", "shown"): a report only after
#: "has" or "had"; elsewhere they describe ("notes written in the margins").
PARTICIPLE_ONLY_FORMS = frozenset(
    form for verb in _REPORTING_FORMS for form in verb.participle if form not in verb.past
)

#: Pronoun -> the kind of source it fits ("he" a person, "it" a thing, "they" a plural).
PRONOUN_KINDS = dict(entry.split() for entry in lexicon("pronoun-kinds"))

BACK_REFERENCE_NOUNS = _words("back-reference-nouns")

#: Role -> the titles that give it beside a name ("senator" -> sen, sen., senator).
ROLE_TITLES = {
    role: frozenset(titles) for role, *titles in (entry.split() for entry in lexicon("role-titles"))
}
SPOKESPERSON_NOUNS = _words("spokesperson-nouns")
ANONYMOUS_NOUNS = _words("anonymous-nouns")
VAGUE_NOUNS = _words("vague-nouns")
CROWD_NOUNS = _words("crowd-nouns")
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
SECTION_LABELS = _words("section-labels")
IDIOMS_NOT_REPORTS = lexicon("idioms-not-reports")
PERSON_TITLES = _words("person-titles")

#: What a vague cue leans on, for the sources panel: "reportedly" -> "reports".
VAGUE_WHO = dict(entry.split(" ", 1) for entry in lexicon("vague-who"))
PERSON_NOUNS = _words("person-nouns")
