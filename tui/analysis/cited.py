"""Whose voice the article carries: each source it cites, counted once, and who it only names.

"Rahmatullah Nabil, former head of ..." and a later "Nabil", or "managing director Nigel
Featham" and "Mr. Featham", are one source: a short form (a surname, or a title and a
surname) joins the full name met in the same article. A vague sentence with no source phrase
is listed by what it leans on ("reports", "fears"), not by its cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.analysis import cues
from tui.analysis.attribution import Analysis, Sentence, referred_source
from tui.analysis.references import mentioned_subject
from tui.analysis.sources import WORD, has_name
from tui.analysis.subjects import VERB_FORMS

#: Labels whose sentences cite a source.
CITING_LABELS = ("named", "anonymous", "vague")

# Words before a name that say who the person is, not who they are: "Mayor", "Dr.".
_TITLES = (
    cues.PERSON_TITLES
    | cues.ROLE_NOUNS
    | cues.TITLE_MODIFIERS
    | {"councillor", "secretary-general"}
)

# Crowds a vague phrase may name: "critics say", "scientists have long suspected".
_CROWDS = (cues.VAGUE_NOUNS | cues.CROWD_NOUNS) - {
    "reports",
    "rumours",
    "rumors",
    "claims",
    "some",
    "many",
    "most",
    "few",
}

# A part that is a noun phrase of its own: "..., two people familiar with the matter".
_NOUN_PHRASE = re.compile(
    r"(?i:a|an|the|one|two|three|four|five|several|some|many|most|his|her|their|its)\b"
)


# A letter: a part of a source phrase with none ("71", "2019") describes no one.
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class CitedSource:
    """One source of the article: how it is named, what it is, how many sentences cite it."""

    name: str
    label: str
    count: int = 0
    role: str = ""
    key: str = field(default="", repr=False)
    tokens: tuple[str, ...] = field(default=(), repr=False)


def cited_sources(analysis: Analysis) -> dict[str, list[CitedSource]]:
    """The sources cited, per label (named, anonymous, vague), most cited first.

    A back-reference ("he said") counts for the source it points back to; a short form of a
    name counts for the full name it shortens.
    """
    found: list[CitedSource] = []
    for sentence in analysis.sentences:
        if sentence.label not in CITING_LABELS:
            continue
        phrase = _source_phrase(sentence)
        if not phrase:
            continue
        name, role = name_and_role(phrase)
        if sentence.label == "vague" and not has_name(WORD.findall(name)):
            # "beliefs", "hearsay", "critics": what the claim leans on, said to be no one, so
            # it never reads as the name of a source.
            cue = sentence.cue if sentence.source is None else None  # the name came from it
            said = f": “{' '.join(cue.text.split())}”" if cue else ""
            role = role or f"no one named{said}"
        _count(found, CitedSource(name, sentence.label, 1, role, *_key(name)))
    grouped: dict[str, list[CitedSource]] = {label: [] for label in CITING_LABELS}
    for source in sorted(found, key=lambda s: -s.count):  # stable: first met first on ties
        grouped[source.label].append(source)
    return grouped


@dataclass(frozen=True)
class SourcesSummary:
    """Who the article cites, grouped by label, and who it only mentions: worked out in the
    reader's analysis worker (a long article took seconds), shown by the sources panel."""

    cited: dict[str, list[CitedSource]]
    mentioned: list[str]


def summarise_sources(analysis: Analysis) -> SourcesSummary:
    """The cited sources and the names only mentioned, the first worked out once for both."""
    cited = cited_sources(analysis)
    return SourcesSummary(cited, mentioned(analysis, cited))


def mentioned(
    analysis: Analysis, cited_groups: dict[str, list[CitedSource]] | None = None
) -> list[str]:
    """People and organisations the article names as actors but never cites as a source
    (`cited_groups`: `cited_sources(analysis)`, when it is already known)."""
    groups = cited_sources(analysis) if cited_groups is None else cited_groups
    cited = {source.key for group in groups.values() for source in group}
    seen: dict[str, str] = {}
    # Each phrase is judged once: the same few opening words ("Officials") come back in
    # thousands of sentences, and each judgement may search the whole body (20 s on a
    # 100,000-word article, on the reader's thread).
    judged: dict[str, bool] = {}
    for sentence in analysis.body:
        if sentence.label != "unattributed":
            continue
        subject = mentioned_subject(sentence.text)
        if subject is None or _describes_something(subject.text, sentence.text):
            continue
        name, _role = name_and_role(subject.text)
        key, _tokens = _key(name)
        if key in cited or key in seen:
            continue
        if name not in judged:
            judged[name] = _is_a_name(name, analysis.article.body)
        if judged[name]:
            seen[key] = name
    return list(seen.values())


def _describes_something(phrase: str, sentence: str) -> bool:
    """Whether "The" and one capitalised word open a noun phrase rather than a name: a
    modifier before a noun ("The Democratic caucuses were", "the Iowa caucuses") or a person
    described ("The Texas senator succeeded": someone the story names elsewhere)."""
    words = WORD.findall(phrase)
    if len(words) < 2 or words[0].lower() != "the":
        return False
    if len(words) >= 3:
        return words[-1].islower() and words[-1] in _PERSON_WORDS
    after = sentence[sentence.find(phrase) + len(phrase) :]
    words_after = _NEXT_WORDS.match(after)
    if words_after is None or _VERB_FORM.fullmatch(words_after.group(1)):
        return False  # "The Pentagon ordered ...": the name is the subject
    # "The Democratic caucuses were": a verb after the next word makes that word a noun;
    # "The Pentagon orders new jets" leaves an -s word read as the verb.
    second = words_after.group(2)
    return bool(second and _VERB_FORM.fullmatch(second)) or not words_after.group(1).endswith("s")


# Words that describe one person after "The" and a place or a party: "The Texas senator".
_PERSON_WORDS = cues.ROLE_NOUNS | cues.PERSON_NOUNS

# The two words after a subject (the first lower-case), and whether a word reads as a verb.
_NEXT_WORDS = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
_VERB_FORM = re.compile(VERB_FORMS)


def _is_a_name(phrase: str, body: str) -> bool:
    """A name, not a capitalised opening word ("Months", "Traffic") or a dateline
    ("WASHINGTON"): two capitalised words, or one also capitalised inside a sentence."""
    words = [w for w in WORD.findall(phrase) if w[:1].isupper() and not w.isupper()]
    if not words or not has_name(words):
        return False
    if len(words) >= 2:
        return True
    return re.search(r"[a-z,;]\s+" + re.escape(words[0]) + r"\b", body) is not None


def _source_phrase(sentence: Sentence) -> str:
    """The words naming the sentence's source, one line; a vague cue becomes who it cites."""
    referred = referred_source(sentence)
    if referred:
        return " ".join(referred.split())
    if sentence.source is not None:
        return " ".join(sentence.source.text.split())
    if sentence.cue is not None:
        return vague_who(sentence.cue.text)
    return ""


def vague_who(cue: str) -> str:
    """What a vague cue leans on: "there are fears" -> "fears", "reportedly" -> "reports"."""
    words = WORD.findall(cue)
    for word in words:
        if word.lower() in _CROWDS:
            return word  # "Critics argue" -> "Critics"
    for word in reversed(words):
        if word.lower() in cues.VAGUE_WHO:
            return cues.VAGUE_WHO[word.lower()]
    return " ".join(cue.split())


def name_and_role(phrase: str) -> tuple[str, str]:
    """("Rahmatullah Nabil", "former head of ...") from "Rahmatullah Nabil, former head of
    ..."; ("Mo Adeyemi", "the trust's chair") from "the trust's chair, Mo Adeyemi"; and a
    description swallowed before the source is dropped: "a music streaming service, two
    people familiar with the investigation" -> "two people familiar with the investigation"."""
    # A part without a word is no description: "Mr. Jonas Petit, 71," is a name and an age.
    parts = [part.strip() for part in phrase.split(",") if _LETTER.search(part)]
    if len(parts) < 2:
        return (parts[0] if parts else phrase.strip()), ""
    named = [has_name(WORD.findall(part)) for part in parts]
    if named[0]:
        return parts[0], ", ".join(parts[1:])
    if named[-1]:
        return parts[-1], ", ".join(parts[:-1])
    if _NOUN_PHRASE.match(parts[-1]):
        return parts[-1], ""  # the description before it was swallowed from the sentence
    return parts[0], ", ".join(parts[1:])  # "The memo, written by ...": a description


def _key(name: str) -> tuple[str, tuple[str, ...]]:
    """(what matches across mentions, the name's own words): the surname for a name
    ("Mr. Featham" -> "featham"), the whole phrase for an unnamed source."""
    words = WORD.findall(name)
    if not has_name(words):
        if len(words) == 2 and words[0].lower() == "the":
            return words[1].casefold(), ()  # "the board": the Water Board met before
        return name.casefold(), ()
    tokens = tuple(
        w.strip(".").removesuffix("'s").removesuffix("\u2019s")
        for w in words
        if w[:1].isupper()
        and w.lower().strip(".") not in _TITLES
        and w.lower() not in cues.COMMON_CAPITALISED
    )
    if not tokens:
        return name.casefold(), ()
    return tokens[-1].casefold(), tokens


def _count(found: list[CitedSource], new: CitedSource) -> None:
    """Add one citation: to the same source met before, else as a new source."""
    for source in reversed(found):
        if source.key != new.key:
            continue
        shorter, longer = sorted((source.tokens, new.tokens), key=len)
        if longer[len(longer) - len(shorter) :] != shorter:
            continue  # "Bill Clinton" and "Hillary Clinton" are two people
        source.count += 1
        if len(WORD.findall(new.name)) > len(WORD.findall(source.name)):
            source.name, source.tokens = new.name, new.tokens
        source.role = source.role or new.role
        return
    found.append(new)
