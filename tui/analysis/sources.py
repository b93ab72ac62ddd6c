"""Source phrases: the noun phrase that says so, found around its cue and classed.

A source is named (a person, an organisation, a document), anonymous (specific but
unnamed: "a senior official") or vague (a crowd: "critics", "some experts"); pronouns and
"the report" are back-references, resolved in `references.py`.
"""

from __future__ import annotations

import itertools
import re

from tui.analysis import cues

# How many characters around a cue the rules read: a bound that keeps a run-on "sentence"
# of any length linear (sources are short phrases; 8,000 words took 15 s without it).
WINDOW = 300


# A source longer than this many words is not a noun phrase but a clause.
_MAX_SOURCE_WORDS = 24


WORD = re.compile(r"[\w][\w\u2019'.&-]*")


ANONYMITY = re.compile("|".join(re.escape(p) for p in cues.ANONYMITY_MARKERS), re.IGNORECASE)


_SOURCE_BOUNDARY = re.compile(
    # "since Jan. 1, 2015, shows": a year after a date is no boundary.
    # "the 50,000 a day officials estimated": a comma inside a number neither.
    r",(?!\s*\d{4}\b)(?<!\d,(?=\d))|[;:\u201c\u201d\"(\u2014\u2013\u2015]|\b(?i:that|which|who|whom|where|when|while|as|because|if|although|though|since|after|"
    r"before|until|whether|but|so|yet|what|than)\b(?=\s)"
    # "a planner - a former aide said", "-- one he calls": a dash set off by spaces.
    r"|\s--?(?=\s)"
    # "Harman, now director of the centre, urged": after a comma these open an appositive.
    r"|(?<!,\s)\b(?i:then|now|still|also)\b(?=\s)"
    r"|\band\b(?=\s+(?:he|she|they|it|we|I)\b)"
)


_SOURCE_END = re.compile(
    r"[,;:!?\u201c\u201d\"(\u2014\u2013]|\s+(?:that|on|in|at|last|this|after|before|when|during|to)\b"
    # A full stop ends the source, not one after a title or an initial: "Sen. Ann P. Roe".
    r"|(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
    r"(?<!\bGen)(?<!\bCol)(?<!\bLt)(?<!\bSgt)(?<!\bJr)(?<!\bSr)\."
)


HEAD_CUT = re.compile(
    r"\s+(?:of|at|from|for|with|in|on|who|which|that|familiar|close|briefed|speaking|released|published|"
    r"quoted|cited|according|privy|involved)\b|,"
)


# A relative clause set off by commas just before the verb: ", who voted against it,".
_RELATIVE_TAIL = re.compile(
    r",\s+(?:who|which|whose|at|in|on|during|after|before|speaking|writing|asked|reached|"
    r"interviewed|appearing)\b[^,;:“”\"]*,$"
    # "A Fox News poll, conducted jointly with Shaw & Company (R), shows": how it was made.
    r"|,\s+(?:conducted|released|published|commissioned|carried out|taken|based on|funded)\b"
    r"[^,;:“”\"]*,$"
    # "Roe's office, when contacted by Reuters, said": the circumstances of the reply.
    r"|,\s+(?:when|if|once|after)\s+(?:asked|contacted|reached|pressed|interviewed|questioned|"
    r"approached)\b[^,;:“”\"]*,$"
    r"|\s[\u2014\u2013\u2015-]{1,2}\s*(?:who|which|whose)\b[^\u2014\u2013\u2015]*[\u2014\u2013\u2015-]{1,2}$"
    r"|,\s+(?:however|though|too|meanwhile|in turn|for (?:his|her|its|their) part|in contrast|"
    r"instead|of course|moreover|likewise|for instance|for example|in fact|for one)\s*,?$"
    r"|\s*\([^()]*\),?$"
    # "Ann Roe, Ivo Pern and Ada Brent ― three former aides ― have said": an aside in dashes.
    r"|\s*[\u2014\u2013\u2015]\s*[^\u2014\u2013\u2015]{1,80}[\u2014\u2013\u2015]$"
    # "A representative for the brand - a small business - noted": the same in hyphens.
    r"|\s--?\s(?:(?!\s--?\s).){1,80}\s--?$"
)


# An appositive after a name: "Mike Doe, a veteran of the agency who retired in 2013,".
_APPOSITIVE_TAIL = re.compile(r",\s+(?:a|an|the|his|her|its|their)\s[^,;:\u201c\u201d\"]*,$")


# ", Mo Adeyemi." at the end of a sentence: a name set after a role.
_NAME_AFTER_COMMA = re.compile(r",\s+((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.\u2019'-]*)[.!?\s]*$")


# A name after a closing quotation, then a lower-case description with any commas in it.
_NAME_AFTER_QUOTE = re.compile(
    r"[,.!?][\u201d\"]\s+((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.\u2019'-]*),\s+[a-z][^\u201c\u201d\"]*,$"
)


# A relative clause of one or two words at the end of a source span: " who point".
_CUT_RELATIVE = re.compile(r"\s+(?:who|which)(?:\s+[\w\u2019'-]+){0,2}\s*$")


def source_after(sentence: str, at: int, quoted: bool = False) -> tuple[int, int] | None:
    """The source after an inverted verb: ', said a WeWork spokesperson.'

    Straight after a quotation (`quoted`) any noun phrase with a determiner is its speaker:
    "“...,” said the designer."
    """
    limit = min(len(sentence), at + WINDOW)
    stop = _SOURCE_END.search(sentence, at + 1, limit)
    # "said a spokesperson for the company" keeps its "for" phrase: extend over of/for/at.
    end = stop.start() if stop else limit
    while stop and re.match(r"\s+(?:on|in|at|to)\b", stop.group()) and end - at < 6:
        stop = _SOURCE_END.search(sentence, stop.end(), limit)
        end = stop.start() if stop else limit
    if appositive := _NAME_AFTER_COMMA.match(sentence, end):
        # "said the trust's chair, Mo Adeyemi.": the name closes the source.
        end = appositive.end(1)
    elif relative := _CUT_RELATIVE.search(sentence, at, end):
        # "said a handful of Democrats who point to ...": a relative clause cut short by
        # the word that ended the source is no part of it.
        end = relative.start()
    found = trimmed_span(sentence, at, end)
    if found is None:
        return None
    words = sentence[found[0] : found[1]].split()
    phrase = sentence[found[0] : found[1]]
    head_words = WORD.findall(HEAD_CUT.split(phrase, maxsplit=1)[0]) or words
    if not words or words[0].lower() in PREPOSITIONS:
        return None  # "wrote on social media": a medium, not a source
    if words[0].lower().strip(".,") in cues.TIME_WORDS:
        return None  # "said Tuesday": when, not who
    if (
        words[0][0].islower()
        and words[0].lower() not in _DETERMINERS
        and words[0].lower() not in cues.PRONOUN_KINDS
        and head_words[-1].lower() not in _SOURCE_HEADS
        and not _titled_name(words, quoted)
        and not _UNCOUNTED.match(phrase)  # "said dozens of Republicans"
    ):
        return None
    # "said a data expert who has worked for a rival": the relative clause may hold a verb.
    before_relative = re.split(r"\s(?:who|whom|whose)\s", phrase, maxsplit=1)[0].split()
    clause = any(w in _CLAUSE_WORDS for w in before_relative) or (
        len(words) > 1 and words[0].lower() in cues.PRONOUN_KINDS
    )
    looks_like_source = not clause and (
        has_name(WORD.findall(phrase))
        or head_words[-1].lower() in _SOURCE_HEADS
        or (len(words) == 1 and words[0].lower() in cues.PRONOUN_KINDS)
        or (quoted and words[0].lower() in ("the", "a", "an", "one", "another") and len(words) > 1)
    )
    return found if looks_like_source and len(words) <= _MAX_SOURCE_WORDS else None


def _titled_name(words: list[str], quoted: bool = False) -> bool:
    """A name after lower-case title words: "former Obama adviser David Axelrod", "managing
    director Nigel Featham"; straight after a quotation any short description will do:
    "undecided voter Ann Roe"."""
    lead = list(itertools.takewhile(lambda w: w[:1].islower(), words))
    return (
        0 < len(lead) <= 3
        and len(lead) < len(words)
        and (
            all(
                w.lower() in _TITLE_WORDS
                or (quoted and w.lower() not in PREPOSITIONS and w.lower() not in _CLAUSE_WORDS)
                # "lobbyist and GOP strategist Charlie Black": two titles joined.
                or (w == "and" and i > 0)
                for i, w in enumerate(lead)
            )
            # "managing director Nigel Featham": a role noun closes the title.
            or (lead[-1].lower() in cues.ROLE_NOUNS and not _CLAUSE_WORDS & {*lead})
            # "says political scientist Dossym Satpayev": any plain description before a
            # full name; "says voters in Tarn County" holds a preposition, so is no title.
            or (_full_name(words[len(lead) :]) and all(map(describes, lead)))
        )
        and has_name(words[len(lead) :])
    )


def _full_name(words: list[str]) -> bool:
    """Whether the words open with a first name and a surname: "Dossym Satpayev in Almaty"."""
    capitalised = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    return len(capitalised) >= 2 and has_name(capitalised)


def describes(word: str) -> bool:
    """Whether a lower-case word may stand in a description before a name: a noun or an
    adjective ("political", "scientist"), not a function word, a verb form or an adverb."""
    low = word.lower()
    return (
        low.isalpha()
        and low not in PREPOSITIONS
        and low not in _CLAUSE_WORDS
        and low not in _DETERMINERS
        and low not in cues.PRONOUN_KINDS
        and low not in ("and", "or", "but", "that", "than", "as", "if", "so", "to")
        and low not in cues.IRREGULAR_PASTS
        and low not in cues.AUXILIARIES
        and not low.endswith(("ly", "ing", "ed"))
    )


_TITLE_WORDS = cues.TITLE_MODIFIERS | cues.ROLE_NOUNS | cues.ANONYMOUS_NOUNS


# Words that make a phrase after an inverted verb a clause, not a source: "said he had".
_CLAUSE_WORDS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "should",
        "did",
        "does",
        "do",
        "must",
        "may",
        "might",
        "shall",
        "not",
        "never",
    ]
)


# Head nouns that make a lower-case phrase a source: "federal officials", "local police".
_SOURCE_HEADS = (
    cues.ROLE_NOUNS
    | cues.DOCUMENT_NOUNS
    | cues.ANONYMOUS_NOUNS
    | cues.VAGUE_NOUNS
    | cues.CROWD_NOUNS
    | cues.BACK_REFERENCE_NOUNS
    | cues.SPOKESPERSON_NOUNS
    | cues.INSTITUTION_NOUNS
)


# Quantifiers that stand alone as a source: "another said", "some say", "others argue".
_QUANTIFIER_SOURCES = frozenset(
    ["one", "some", "many", "others", "most", "another", "several", "both"]
)
PREPOSITIONS = frozenset(
    ["on", "in", "at", "to", "from", "for", "with", "by", "during", "after", "before", "of", "via"]
)
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "two",
        "three",
        "several",
        "some",
        "many",
        "his",
        "her",
        "its",
        "their",
        "another",
        "multiple",
        "numerous",
        "various",
        "my",
        "our",
        "your",
    ]
)


# A role held at a named place or body: "Tarn's mayor", "Nissan's chief executive".
_POSSESSIVE_ROLE = re.compile(r"[A-Z][\w.-]*['\u2019]s\s+[a-z]")


def source_before(sentence: str, end: int) -> tuple[int, int] | None:
    """The noun phrase ending at `end`: back to the nearest comma, quotation mark or 'that'.

    An appositive keeps its name: "Colin Kahl, undersecretary of defense, said" gives the
    whole "Colin Kahl, undersecretary of defense".
    """
    floor = max(0, end - WINDOW)
    head = _without_asides(sentence[floor:end].rstrip())
    core_end = floor + (len(head) - 1 if head.endswith(",") else len(head))
    boundaries = list(_SOURCE_BOUNDARY.finditer(sentence, floor, core_end))
    begin = boundaries[-1].end() if boundaries else floor
    if boundaries and boundaries[-1].group() == ",":
        role = sentence[begin:core_end].strip()
        prior = boundaries[-2].end() if len(boundaries) >= 2 else floor
        name = sentence[prior : boundaries[-1].start()].strip()
        # "before Thursday, forecasters said": a name after a preposition is no appositive.
        set_off = len(boundaries) < 2 or not boundaries[-2].group()[:1].isalpha()
        # "Loyalty, he noted," and "But, the CEO added,": no name before a pronoun or after
        # a conjunction.
        first = role.split()[:1]
        aside = bool(first and first[0].lower() in cues.PRONOUN_KINDS) or (
            name.lower() in cues.COMMON_CAPITALISED
        )
        # "Ann Roe, Tarn's mayor, said": a possessive role describes the name before it.
        described = role[:1].islower() or role[:1].isdigit() or _POSSESSIVE_ROLE.match(role)
        if described and set_off and _is_short_name(name):
            begin = begin if aside else prior
    relative = boundaries[-1] if boundaries else None
    if (
        relative is not None
        and not sentence[relative.end() : core_end].strip()
        and relative.group().lower() in ("who", "which")
    ):
        # "the police department, which reported ...": the pronoun's antecedent.
        return _antecedent(sentence, relative.start())
    tail_start = relative.end() if relative is not None else floor
    if lone := _LONE_RELATIVE.match(sentence, tail_start, core_end):
        # "Humphrey, who once called", "Bret Stephens, who, after trading insults ..., said":
        # the pronoun alone before the verb (an aside dropped above) stands for its antecedent.
        return _antecedent(sentence, lone.start(1))
    while boundaries and boundaries[-1].group().lower() in ("who", "which"):
        # "Two nurses who work in the ward said": the relative clause belongs to the source;
        # "in which Democrats argued" has a subject of its own.
        if _opens_noun_phrase(sentence[begin:core_end]):
            break
        pronoun = boundaries.pop()
        earlier = boundaries[-1].end() if boundaries else floor
        noun = WORD.findall(sentence[earlier:begin])
        if len(noun) < 2 and boundaries and boundaries[-1].group() == ",":
            if _opens_noun_phrase(sentence[begin:core_end]):
                break  # "Florida, which he describes as": the relative clause's own subject
            # "Katie Packer, who is chairman of the PAC said": the name before the comma.
            return _antecedent(sentence, pronoun.start())
        if len(noun) < 2 or noun[-2].lower() in _NOT_SOURCES:
            break
        begin = earlier
    end = core_end
    # "And Ada Brent said", "Other Republicans, like Ann Roe, have said": the name after.
    if conjunction := re.match(
        r"\s*(?i:and|but|or|nor|like|such as|including)\s+", sentence[begin:end]
    ):
        begin += conjunction.end()
    found = trimmed_span(sentence, begin, end)
    if found is None:
        return None
    if joined := _ACTION_AND_NAME.search(sentence, found[0], found[1]):
        # "a woman asked for a photo and Clinton said": the name after "and" speaks.
        found = (joined.start(1), found[1])
    words = sentence[found[0] : found[1]].split()
    if len(words) > 1 and words[-1].lower() in ("he", "she", "they", "we", "i"):
        # "if he goes back to the tone he said": the pronoun right before the verb speaks.
        found = (found[1] - len(words[-1]), found[1])
        words = words[-1:]
    phrase = _RELATIVE_CUT.split(sentence[found[0] : found[1]], maxsplit=1)[0]
    if aux := _CLAUSE_AUX.search(phrase):
        if len(WORD.findall(phrase[aux.end() :])) > _ADVERBIAL_WORDS:
            return None  # "the department had spent months pushing back against": a clause
        # "A poll of voters has, however, revealed": the auxiliary and an aside end it.
        found = trimmed_span(sentence, found[0], found[0] + aux.start())
        if found is None:
            return None
        words = sentence[found[0] : found[1]].split()
    lead = words[0].lower().strip('“"(')
    if lead in _NOT_SOURCES or len(words) > _MAX_SOURCE_WORDS:
        return None
    if re.match(r"[\d.,]+\s*(?:%|percent\b|per cent\b)", sentence[found[0] : found[1]]):
        return None  # "55 percent of all voters say": a poll's result, not a source
    if _SHARE.fullmatch(sentence, found[0], found[1]):
        return None  # "Six in 10 say", "nearly a third of voters said": the same
    last = words[-1].lower().strip(",")
    # "Today" alone is no source, "Kestrel Today" is; "the two" points back at two people.
    name_ending = words[-1][:1].isupper() and has_name(WORD.findall(" ".join(words[:-1])))
    back_to_count = last in _NUMBERS and lead == "the"
    if (
        last in cues.COMMON_CAPITALISED
        and last not in _QUANTIFIER_SOURCES
        and not name_ending
        and not back_to_count
    ):
        return None
    first_char = words[0].lstrip('“"(')[:1]
    if (
        first_char.islower()
        and lead not in _DETERMINERS
        and lead not in cues.PRONOUN_KINDS
        and lead not in cues.VAGUE_NOUNS
        and lead not in cues.ANONYMOUS_NOUNS
        and lead not in cues.TITLE_MODIFIERS
        and words[-1].lower() not in _SOURCE_HEADS
        # "elected officials from both parties", "attorneys for the family": the head noun.
        and _head_word(sentence[found[0] : found[1]]) not in _SOURCE_HEADS
        and not any(w[:1].isupper() for w in words)
        and not _people_set_off(sentence, found, words)
    ):
        return None
    return found


def _people_set_off(sentence: str, found: tuple[int, int], words: list[str]) -> bool:
    """A short plural noun phrase set off by a comma or a quotation before its verb: in
    "..., donors said." or "During the debate, both candidates said" it can only be the
    speakers, whatever the noun."""
    if len(words) > 3 or not sentence[: found[0]].rstrip().endswith((",", "\u201d", '"')):
        return False
    if words[0].lower() not in _DETERMINERS | {"both", "all", "most", "few"} and len(words) > 1:
        return False
    last = words[-1].lower()
    if last.endswith("men") or last in ("people", "police", "children", "staff"):
        return True  # "boatmen", "townspeople": plurals without an s
    return last.isalpha() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


# A person's age after the name, kept with it: "Tom Reyes, 49, a navy veteran, said".
_AGE_TAIL = re.compile(r",\s+\d{1,3},?$")


def _without_asides(head: str) -> str:
    """The text before a verb without the asides between the subject and it; they may stack:
    "Ada Brent, meanwhile, who holds no seat, said", "Tom Reyes, 49, a navy veteran, said"."""
    for _ in range(3):
        if relative := _RELATIVE_TAIL.search(head):
            # "Councillor Tom Becker, who voted against the plan, argued": drop the aside.
            head = head[: relative.start()]
        elif after_quote := _NAME_AFTER_QUOTE.search(head):
            # "“...,” Ann Roe, secretary of state for trade, jobs, and growth, said": the name.
            return head[: after_quote.end(1)]
        elif appositive := _APPOSITIVE_TAIL.search(head):
            before = head[: appositive.start()]
            name = WORD.findall(_AGE_TAIL.sub("", before))[-4:]
            if not (name and name[-1][:1].isupper() and has_name(name[-1:])):
                return head
            head = before
        else:
            return head
        head = head.rstrip()
    return head


# A share of those polled, alone or "of" a group: "six in 10", "nearly a third of voters",
# "about 40 percent" ("A third source" is no share).
_SHARE = re.compile(
    r"(?i:(?:about|around|roughly|nearly|almost|just|only|more than|fewer than|less than|"
    r"over|under|some|a mere|just over|just under)\s+)?"
    r"(?:(?i:a|one|two|three)[\s-](?i:thirds?|quarters?|fifths?)"
    r"|(?:(?:\d+|(?i:one|two|three|four|five|six|seven|eight|nine))\s+in\s+"
    r"(?:\d+|(?i:ten|five|four|three))|[\d.,]+\s*(?:%|percent|per cent))"
    # "six in 10 voters", "40 percent": the people counted may follow.
    r"(?:\s+[a-z][\w-]*){0,2})"
    r"(?:\s+of\s.*)?",
    re.DOTALL,
)


def _head_word(phrase: str) -> str:
    """The last word before a phrase's first "of", "for", "from", ... ("officials" in
    "elected officials from both parties"), lower case."""
    words = WORD.findall(HEAD_CUT.split(phrase, maxsplit=1)[0])
    return words[-1].lower() if words else ""


# The noun phrase a relative pronoun stands for: a short determiner phrase ("the report",
# "some analysts and activists"), a bare plural ("legal experts") or a name run with its
# title ("the deputy editor Bret Stephens", "the Chicago Police Department").
_ANTECEDENT = re.compile(
    r"(?:\b(?i:the|a|an|this|that|its|his|her|their|some|many|several|other|these|those|two|three|four|"
    # "The deal came from Tarn, which said": a verb inside is the main clause's, not the
    # antecedent's ("the retired teacher" keeps its modifier).
    r"five)\s+(?:(?!(?:"
    + "|".join(sorted(cues.IRREGULAR_PASTS))
    # "The leaders included Mike Pence, who": a past before a name is the main clause's.
    + r")\s|[a-z]+ed\s+(?:(?:from|to|in|on|at|by|with|into|for)\b|[A-Z]))[\w\u2019'-]+\s+){0,3}"
    r"[\w\u2019'-]+"
    # "among legal experts, who": a plural with at most one word before it.
    r"|\b(?:[a-z][\w\u2019'-]*\s+)?[a-z][\w\u2019'-]*s"
    r"|(?:\b(?:[Tt]he|former|then|acting|retired|late)\s+)*"
    r"(?:[A-Z][\w.\u2019'&-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}[A-Z][\w.\u2019'&-]*)"
    r"\s*,?\s*$"
)


_LONE_RELATIVE = re.compile(
    r"[\s,]*(who|which)(?:['\u2019](?:s|d|ve))?(?:\s+(?:once|also|later|then|since|long|\w+ly))*[\s,]*$",
    re.IGNORECASE,
)


def _opens_noun_phrase(phrase: str) -> bool:
    """Whether a phrase opens with a subject (a pronoun, a name, a determiner), not a verb."""
    first = phrase.split()[:1]
    if not first:
        return False
    word = first[0]
    return word[:1].isupper() or word.lower() in cues.PRONOUN_KINDS or word.lower() in _DETERMINERS


def _antecedent(sentence: str, pronoun: int) -> tuple[int, int] | None:
    """The source a relative pronoun at `pronoun` refers to: the noun phrase just before it
    (whoever "who said" or "which reported" follows is a speaker, named or not)."""
    before = sentence[max(0, pronoun - 120) : pronoun]
    phrase = _ANTECEDENT.search(before)
    if phrase is None:
        return None
    offset = pronoun - len(before)
    found = trimmed_span(sentence, offset + phrase.start(), offset + phrase.end())
    if found is None or sentence[found[0] : found[1]].lower() in _NOT_SOURCES | {"so"}:
        return None  # "So, who was the best?": a question, no antecedent
    return found


# An auxiliary in a phrase before a cue makes it a clause, not a source (a relative clause
# may hold one: "officials who had seen the report").
_CLAUSE_AUX = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|did|does)\b"
)
# At most this many words after that auxiliary are an aside before the verb ("has, however,",
# "have in the past").
_ADVERBIAL_WORDS = 3
_RELATIVE_CUT = re.compile(r"\b(?:who|whom|whose|which|that)\b")


# A past tense, then "and" and a name ending the phrase: "asked for a photo and Clinton".
_ACTION_AND_NAME = re.compile(
    r"\b(?:[a-z]+ed|has|have|had|is|was|were|are)\b[^,;:]*?\s(?:and|but)\s+((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.\u2019'-]*)$"
)


_NOT_SOURCES = frozenset(
    [
        "there",
        "this",
        "which",
        "who",
        "what",
        "it's",
        "now",
        "then",
        "so",
        "here",
        "just",
        "please",
        # "Or would you think ...?": a conjunction before a question's auxiliary.
        "or",
        "and",
        "but",
        "nor",
    ]
)


def _is_short_name(phrase: str) -> bool:
    """A name or a short definite phrase an appositive can follow: "Ann Lee", "The study"."""
    words = phrase.split()
    if not words or len(words) > 5:
        return False
    if all(w[:1].isupper() for w in words):
        return True
    return words[0].lower() in ("the", "a", "an") and words[-1].lower() in _SOURCE_HEADS


def trimmed_span(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without spaces or stray punctuation at its ends; None when empty."""
    while start < end and (
        sentence[start].isspace() or sentence[start] in ",;:\u2014\u2013-\u201c\u201d\"'\u2019("
    ):
        start += 1
    while end > start and (
        sentence[end - 1].isspace()
        or sentence[end - 1] in ",;:\u2014\u2013-\u201c\u201d\"'\u2019(."
    ):
        end -= 1
    if (
        end > start
        and sentence[end - 1] == "."
        and not re.search(r"\b[A-Z]\.$|\b(?:[A-Za-z]\.)+$", sentence[start:end])
    ):
        end -= 1
    return (start, end) if end > start else None


# "the city's engineering department", "the institute's bulletin": an identified body.
_INSTITUTION = re.compile(
    r"\b(?:the|its|their|\w+['\u2019]s)\s+(?:[\w-]+\s+){0,2}(?:"
    + "|".join(sorted(cues.INSTITUTION_NOUNS))
    + r")\b",
    re.IGNORECASE,
)


def classify(source: str) -> tuple[str, str, frozenset[str]]:
    """('named' | 'anonymous' | 'vague' | 'backref:...', why, kinds) for a source phrase."""
    words = WORD.findall(source)
    if not words:
        return "vague", "gives no source", frozenset()
    lowered = [w.lower() for w in words]
    kinds = kinds_of(source)
    if len(words) == 1 and lowered[0] in cues.PRONOUN_KINDS:
        return (
            f"backref:{cues.PRONOUN_KINDS[lowered[0]]}",
            "points back to an earlier source",
            kinds,
        )
    head_part = HEAD_CUT.split(source, maxsplit=1)[0]
    head_words = WORD.findall(head_part) or words
    if uncounted := _UNCOUNTED.match(source):
        # "a handful of Democrats who point to ...": the crowd is what follows the amount.
        head_words = WORD.findall(HEAD_CUT.split(source[uncounted.end() :], maxsplit=1)[0])
        head_words = head_words or words
    head = head_words[-1].lower().strip(".\u2019'")
    proper = has_name(words)
    definite = lowered[0] in ("the", "this", "that") and len(words) <= 3 and not proper
    if definite and head in cues.BACK_REFERENCE_NOUNS:
        # "the report said", "the spokesman said": the label of the source met earlier.
        return f"backref:{head}", "points back to a source named earlier", kinds
    if ANONYMITY.search(source):
        return "anonymous", "cites a source who is not named", kinds
    if lowered[0] in _WHOEVER:
        # "Those opposed to the merger", "anyone who has read it": a description, no one.
        return "vague", "points at whoever fits a description, not a source", kinds
    counted = lowered[0] in _NUMBERS or lowered[0] in ("a", "an") or lowered[0].isdigit()
    if head in cues.CROWD_NOUNS and not counted and lowered[0] not in _OWNERS:
        # "Parents say", "Campaigners claim", "Pacific fisheries observers": a crowd.
        return "vague", "points at a crowd, not a source a reader could check", kinds
    if head in cues.SPOKESPERSON_NOUNS and not proper and _INSTITUTION.search(source):
        return "named", "speaks for an organisation the article identifies", kinds
    if head in cues.SPOKESPERSON_NOUNS and proper:
        return "named", "names the organisation speaking", kinds
    if head == "police":
        return "named", "names an identifiable institution, the police", kinds
    if (
        "chief" in lowered
        and not head.endswith("s")
        and (lowered[0] == "the" or re.search(r"['\u2019]s$", lowered[0]))
    ):
        # "Nissan's chief executive", "the council's chief officer": one identifiable person.
        return "named", "names a unique role at an identified organisation", kinds
    name_run = len(head_words) > 1 and head_words[-2][:1].isupper() and head_words[-1][:1].isupper()
    if head in cues.ANONYMOUS_NOUNS and not has_name(head_words[-1:]) and not name_run:
        return "anonymous", "cites a specific source without naming it", kinds
    crowd = (lowered[0] in _CROWD_WORDS or uncounted is not None) and (
        len(words) > 1 and head.endswith("s")
    )
    if crowd and head not in cues.ANONYMOUS_NOUNS:
        # "many Mexicans", "some Democrats": a crowd, named or not, is no checkable source.
        return "vague", "points at a crowd, not a source a reader could check", kinds
    if head in cues.VAGUE_NOUNS and (head_words[-1][:1].islower() or len(head_words) == 1):
        if proper and head in cues.DOCUMENT_NOUNS:
            # "CNN polls", "Pentagon estimates": records whose owner is named.
            return "named", "names where the claim comes from", kinds
        if counted:
            return "anonymous", "cites a specific source without naming it", kinds
        # "Baltic shipping analysts", "the U.S. media": a capitalised word describes the
        # crowd, it does not name anyone in it.
        return "vague", "points at no source a reader could check", kinds
    if head in cues.DOCUMENT_NOUNS and len(words) == 1:
        # "Statistics indicate ...": figures from no one in particular.
        return "vague", "points at figures from no named source", kinds
    if proper and _one_unnamed_person(words, head):
        return "anonymous", "describes one person without naming them", kinds
    if proper:
        return "named", "names the source", kinds
    if lowered[0] in _NUMBERS or lowered[0].isdigit():
        return "anonymous", "counts its sources but names none", kinds
    if head in cues.DOCUMENT_NOUNS and len(words) >= 2:
        return "named", "names where the figures come from", kinds
    if _INSTITUTION.search(source) and head not in cues.ANONYMOUS_NOUNS:
        return "named", "names an identified institution", kinds
    if lowered[0] in ("his", "her", "their", "its"):
        return "named", "names the source through the person it belongs to", kinds
    if lowered[0] == "the":
        return "named", _GUESSED_NAMED, kinds
    return "anonymous", _GUESSED_ANONYMOUS, kinds


def _one_unnamed_person(words: list[str], head: str) -> bool:
    """'a registered Republican', 'one Democratic senator', 'another Texan': one person
    described by a party or a place, no name among its few words (two capitalised words in
    a row, as in "a Fox News reporter", may name an outlet; "a study by Harvard" names who
    made it)."""
    if words[0].lower() not in ("a", "an", "one", "another") or not 2 <= len(words) <= 4:
        return False
    if head.endswith("s") or _UNCOUNTED.match(" ".join(words)):
        return False  # "a few Democrats": more than one
    if any(
        (word.islower() and word in PREPOSITIONS)
        or (word[:1].isupper() and word.lower() in cues.PERSON_TITLES)
        for word in words
    ):
        return False  # "a study by Harvard", "a speech Mrs. Clinton gave": a name is there.
    capitalised = [i for i, word in enumerate(words) if i and word[:1].isupper()]
    if any(b == a + 1 for a, b in itertools.pairwise(capitalised)):
        return False
    return head in cues.PERSON_NOUNS or capitalised[-1:] == [len(words) - 1]


# The last two classes above are guesses (no name, no lexicon word decided them): a label
# resting on them is less certain (`confidence.py`).
_GUESSED_NAMED = "points at an identified source"
_GUESSED_ANONYMOUS = "cites a source without naming it"
GUESSED_CLASSES = (_GUESSED_NAMED, _GUESSED_ANONYMOUS)


_NUMBERS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"]
)


_CROWD_WORDS = frozenset(["many", "some", "most", "few", "other", "countless"])


# An amount that counts no one: "a handful of Democrats", "dozens of aides", "a few".
_UNCOUNTED = re.compile(
    r"(?i:a\s+(?:few|handful\s+of|number\s+of|couple\s+of|lot\s+of|group\s+of)|"
    r"(?:dozens|scores|hundreds|thousands|lots)\s+of)\s"
)


# Words opening a description of whoever fits it: "those who back the tax".
_WHOEVER = frozenset(["those", "anyone", "anybody", "whoever", "everyone", "everybody"])


# Words that make a crowd noun specific: "the parents", "their neighbours".
_OWNERS = frozenset(["the", "this", "these", "his", "her", "its", "their", "our", "my"])


LEXICON_HEADS = cues.ANONYMOUS_NOUNS | cues.VAGUE_NOUNS | cues.CROWD_NOUNS


def has_name(words: list[str]) -> bool:
    """Whether a phrase holds a proper name (a capitalised word that is not a common opener)."""
    for index, word in enumerate(words):
        if not word[:1].isupper():
            continue
        low = word.lower().strip(".\u2019'")
        if low in cues.COMMON_CAPITALISED or low in cues.PRONOUN_KINDS:
            continue
        if index == 0 and word.endswith(("s'", "s\u2019")) and low in LEXICON_HEADS:
            continue  # "Patients' groups": a plural possessive, not a name ("Davis' column" is).
        if index == 0 and (
            low in cues.ANONYMOUS_NOUNS
            or low in cues.VAGUE_NOUNS
            or low in cues.CROWD_NOUNS
            or low in cues.BACK_REFERENCE_NOUNS
        ):
            continue
        if (
            index == 0
            and len(words) > 1
            and words[1][:1].islower()
            and words[1].lower() in LEXICON_HEADS
        ):
            # "Security analysts", "Senior officials": capitalised only as the first word.
            continue
        return True
    return False


def kinds_of(source: str) -> frozenset[str]:
    """What pronoun may point back at this source: person, thing (it) or plural (they)."""
    name, _, role = source.partition(",")
    words = WORD.findall(HEAD_CUT.split(name, maxsplit=1)[0]) or WORD.findall(name)
    lowered = [w.lower().strip(".") for w in words]
    if not lowered:
        return frozenset()
    if len(lowered) == 1 and lowered[0] in cues.PRONOUN_KINDS:
        return frozenset({cues.PRONOUN_KINDS[lowered[0]]})
    if _UNCOUNTED.match(name.strip()):
        return frozenset({"plural"})  # "A number of the families": "they", never "he"
    head = lowered[-1]
    titled = any(w in cues.PERSON_TITLES or w in cues.ROLE_NOUNS or w == "leader" for w in lowered)
    if role.strip()[:1].islower() or head in cues.PERSON_NOUNS or titled:
        return frozenset({"person"})
    if head in cues.ANONYMOUS_NOUNS and not head.endswith("s") and head not in ("people", "staff"):
        return frozenset({"person"})
    if lowered[0] in ("a", "an", "one", "another") and not head.endswith("s"):
        return frozenset({"person", "thing"})  # "a female reporter": one, never "they"
    capitalised = [w for w in words if w[:1].isupper()]
    if (
        len(capitalised) == len(words)
        and len(words) <= 3
        and lowered[0] != "the"
        and head not in LEXICON_HEADS
    ):
        # "Sanders", "Ivo Pern", "Wells Fargo": a name, whatever letter it ends in
        # ("Democrats" is a crowd).
        return frozenset({"person", "thing"})
    if (head.endswith("s") and not head.endswith("ss")) or head in ("people", "police"):
        return frozenset({"plural"})
    return frozenset({"thing", "plural"})
