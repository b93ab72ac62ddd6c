"""The subject of a sentence's main clause: who "..., saying ..." speaks, whom "he" means.

News sentences often open with a phrase before their subject ("In a two-hour interview
with detectives, Carl Dace confessed ..., admitting ...", "Minutes later, she sent an email
saying ..."); the subject is found after such a phrase, not in it.
"""

from __future__ import annotations

import re

from tui.analysis import cues

# "But", "Indeed,", "And then", "There,": words joining the sentence to the one before; the
# subject follows ("There" and "Here" only with their comma: "There are fears" has none).
_CONNECTIVE = re.compile(
    r"[\s\u201c\"(\u2018']*(?:(?:(?i:but|and|so|yet|still|meanwhile|however|indeed|instead|also|"
    r"now|then|finally|separately|similarly|nonetheless|nevertheless|moreover|besides|overall|"
    r"again|even so|in fact|of course|for now|for example|for instance)\b,?|(?i:here|there),)"
    r"\s+){0,2}"
)

# An opening phrase set off by a comma: "In a two-hour interview with detectives, ",
# "Minutes later, ", "Legal nuances aside, ". It starts with a preposition or a subordinating
# word, or ends in a word that places it in time.
_INTRODUCTORY = re.compile(
    r"(?:(?i:" + "|".join(sorted(cues.INTRODUCTORY_WORDS)) + r")\b[^,;:\u201c\u201d\"]{0,150}?"
    r"|[^,;:\u201c\u201d\"]{1,60}?\b(?:later|ago|earlier|aside|meanwhile|though))"
    # "On July 6, 2015, ": a date's year stays in its phrase.
    r"(?:,\s*\d{4})?\s*,\s+"
)

#: The subject a clause opens with: a name run (with "The", or an age: "76-year-old Morton
#: Blackwell") or a pronoun.
LEADING_SUBJECT = re.compile(
    r"((?:[Tt]he\s+)?(?:\d{1,3}-year-old\s+)?(?:[A-Z][\w\u2019'.-]*\s+){0,4}[A-Z][\w\u2019'.-]*"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\b"
)

# A determiner opening a common-noun subject: "the other candidate", "a council spokesperson".
_DETERMINER = re.compile(
    r"(?i:the|a|an|this|that|these|those|his|her|its|their|our|one|two|three|several|some|"
    r"many|both|each|every|another)\s+"
)

#: A word that reads as a finite verb: a past tense or an auxiliary.
VERB_FORMS = (
    r"[a-z]+ed|has|have|had|is|was|were|are|will|would|could|can|may|might|should|must|"
    + "|".join(sorted(cues.IRREGULAR_PASTS, key=len, reverse=True))
)

# Where the opening subject ends: its verb, roughly (a past tense, an auxiliary, a cue).
_VERB = re.compile(rf"\b(?:says|{VERB_FORMS})\b")


# A dateline before the first sentence: "WASHINGTON — ", "KABUL, Afghanistan (Reuters) -- ".
_DATELINE = re.compile(
    r"[A-Z][A-Z.\u2019' -]+(?:,\s*[A-Z][\w.\u2019' -]+)?(?:\s*\([^)\n]{1,40}\))?\s*"
    r"(?:--|\u2014|\u2013|-)\s+"
)


def clause_start(sentence: str, limit: int) -> int:
    """Where the main clause begins: after a dateline, a connective and up to two opening
    phrases that end before `limit` (the cue, usually)."""
    dateline = _DATELINE.match(sentence)
    position = _CONNECTIVE.match(sentence, dateline.end() if dateline else 0).end()
    for _ in range(2):
        opening = _INTRODUCTORY.match(sentence, position)
        if opening is None or opening.end() >= limit:
            break
        position = _CONNECTIVE.match(sentence, opening.end()).end()
    return position


def leading_subject(sentence: str, limit: int | None = None) -> re.Match[str] | None:
    """The name run or pronoun the main clause opens with, if it opens with one."""
    start = clause_start(sentence, len(sentence) if limit is None else limit)
    return LEADING_SUBJECT.match(sentence, start)


def subject_verb(sentence: str, limit: int) -> re.Match[str] | None:
    """The verb after a determiner-led subject ("the other candidate ... drew"), if the main
    clause opens with a determiner; the subject is everything before it."""
    start = clause_start(sentence, limit)
    if not _DETERMINER.match(sentence, start):
        return None
    return _VERB.search(sentence, start, limit)
