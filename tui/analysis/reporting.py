"""Cues in one sentence: "according to", reporting verbs, passives with an agent and signed
quotations, each with its source; `attribute` picks the one that frames the main claim.

The rules read the shape of the sentence: a source before its verb, after it (inverted),
around a quotation, or trailing at the end ("..., the report said.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from tui.analysis import cues
from tui.analysis.sources import (
    ANONYMITY,
    PREPOSITIONS,
    WINDOW,
    WORD,
    classify,
    describes,
    has_name,
    source_after,
    source_before,
    trimmed_span,
)
from tui.analysis.subjects import LEADING_SUBJECT, clause_start, leading_subject, subject_verb


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue found in a sentence, with its source and how the source was classed."""

    label: str
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    reason: str
    trailing: bool = False
    kinds: frozenset[str] = frozenset()
    embedded: bool = False
    # The cue's clause opens with a subordinating word or a relative pronoun before its
    # source ("when he said", "which the mayor said"): not the sentence's main clause.
    subordinate: bool = False
    # A speaker's turn ("CLINTON: ..."): the rest of the paragraph is theirs too.
    turn: bool = False


# How many reporting verbs one sentence may offer: with WINDOW, keeps the work per
# sentence bounded however long it runs on.
_MAX_CUES = 40


# After a trailing cue ("..., the report said in a statement."), at most this many words.
_MAX_TAIL_WORDS = 9


# Between the words of a phrase one adverb may stand: "is also said to".
_ADVERB_GAP = r"\s+(?:(?:also|still|widely|now|generally|long|\w+ly)\s+)?"
_VERB = re.compile(
    r"\b(?:" + "|".join(sorted(cues.REPORTING_VERBS, key=len, reverse=True)) + r")\b"
)


# In a title-case line ("Mayor Says Bridge Will Close") the verb is capitalised too.
_HEADLINE_VERB = re.compile(_VERB.pattern, re.IGNORECASE)


# "according to X"; "As reported by X," and "as stated in X's commentary" frame a claim the
# same way.
_ACCORDING = re.compile(
    r"\b[Aa]ccording to\b|\b[Aa]s (?:first |previously |originally |widely )?(?:reported|stated|"
    r"noted|detailed|outlined|explained|described|revealed|disclosed) (?:by|in)\b"
)


_VAGUE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(p).replace(r"\ ", _ADVERB_GAP)
        for p in sorted(cues.VAGUE_PHRASES, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)


# The clause a reporting verb introduces: "that", a quotation or a colon, soon after it.
_CLAUSE_AFTER = re.compile(
    # "tweeting a photo that was ...": after "a" or "an", "that" opens a relative clause.
    r"^(?!\s+(?:a|an)\s)(?:\s+[\w\u2019'.-]+){0,5}?\s+(?:that\b(?=,?\s+\w)|whether\b|how\b|why\b)"
    r"|^\s+what\b"
    r"|^\s*[:\u201c\"\u2018]|^,?\s*[\u201c\"]|^\s+\w+ly:\s*[\u201c\"]"
    r"|^(?:[\s,]+[\w\u2019'./-]+){1,12}?,?\s+[\u201c\"\u2018]"
    # "cautioned, as did the campaign itself, that": an aside before the clause.
    r"|^,[^,;:\u201c\u201d\"]{1,60},\s+that\b"
)


# A participle after a comma, maybe after an adverb: ", saying", ", even suggesting".
_AFTER_COMMA = re.compile(r",\s*(?:(?:even|also|later|then|again)\s+)?$")


_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|get|got)" + _ADVERB_GAP + "$", re.IGNORECASE
)


_AUX_BEFORE = re.compile(
    r"(?:\s+(?:"
    + "|".join(sorted(cues.AUXILIARIES))
    + r"|am|been|n[o\u2019']t"
    + r"|(?!(?:"
    + "|".join(sorted(cues.LY_NOUNS))
    # An adverb is lower-case: ", Jolly said" ends with a name.
    + r")\b)(?-i:[a-z])\w*ly"
    r"|(?:last|this|earlier this)\s+(?:week|month|year|[A-Z]\w+day)|on\s+[A-Z]\w+day"
    # "The department less than two weeks ago said": how long ago, not who.
    r"|(?:(?:less|more)\s+than\s+)?(?:a|an|\w+)\s+(?:day|week|month|year)s?\s+ago"
    # "who in 2010 said", "who in March said": a year or a month, not a place.
    r"|in\s+(?:\d{4}|(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?)"
    r"|yesterday))+\s*$",
    re.IGNORECASE,
)


# "confirmed the breach in a short statement": the claim comes through a named medium.
_MEDIUM = re.compile(
    r"(?:\s+[\w\u2019'.-]+){0,6}?\s+(?:in|on|via|through)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|email|e-mail|interview|letter|post|tweet|release|filing|message|briefing|"
    r"news conference|press conference|speech|report)\b",
    re.IGNORECASE,
)


# "a statement saying", "a letter warning": a medium before a participle.
_MEDIUM_BEFORE = re.compile(
    r"\b(?:statement|letter|post|tweet|message|email|release|report|memo|note|video)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# What may follow a trailing verb: a time, a place, an audience or a medium.
_TAIL = re.compile(
    r"\s*(?:(?:on|in|at|to|during|after|before|last|this|late|early|earlier|later|recently|"
    r"yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|via|from|"
    r"through|when|while|as|of|about|in a|afterward|afterwards|again|also)\b[^.;:]*)?"
    r"[.!?\u201d\"\u2019)]*\s*$",
    re.IGNORECASE,
)


# A finite verb: a phrase holding one is a clause, not a source.
_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must)\b")


# "has written", "had long shown": the perfect that makes a participle a report.
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|had|having|[a-z]['\u2019](?:s|ve|d))\s+(?:\w+ly\s+|also\s+|long\s+)*$",
    re.IGNORECASE,
)


# A bare base form after a lower-case singular word is a noun ("offering parents of color
# hope that", "please ask"): a base form follows a plural, a name, a pronoun ("they argue"),
# an auxiliary ("will say"), "to" or a quantifier ("some say").
_NOT_BASE_SUBJECT = re.compile(
    r"(?<![\w'\u2019-])(?!(?:I|we|you|they|who|whom|him|her|them|us|me|to|do|did|does|not|never|"
    r"will|would|can|could|may|might|shall|should|must|some|many|most|few|all|both|people|police|"
    r"men|women|children|staff|data|public|often|also|still|now|always|sometimes|just|only|even|"
    r"already|too|ever|generally|usually|simply|long)\s)[a-z][a-z'\u2019-]*(?<![sy])\s+$"
    r"|\bplease\s+$"
)


# "did not say", "nobody can say", "declined to comment": no claim is attributed.
_NEGATED = re.compile(
    r"(?:\b(?:not|never|nobody|no one|none)|n['\u2019]t)\s+(?:\w+\s+)?$"
    r"|^\s*(?:nobody|no one)\b[^,]*$",
    re.IGNORECASE,
)


# A clause straight after a verb of belief, with "that" left out: "believes the vote was".
_ADVERBIAL = r"(?:when|where|while|because|if|after|before|as|since|until|although|though|unless)\b"
_DIRECT_CLAUSE = re.compile(
    # "claimed at one point, a supporter ...", "reported on his forms a fee was": a phrase of
    # time or place may come first ("agreed on creating a ..." is the verb's object).
    r"(?:\s+(?:at|on|in|during|last|this)\s+(?![a-z]+ing\b)"
    r"(?:(?!by\b)[\w\u2019'-]+\s+){0,3}?(?!by\b)[\w\u2019'-]+,?)??"
    # Every shape of clause below may follow that phrase.
    r"(?:\s+(?:he|she|it|they|we|I|you|there|this|these|the|a|an|some|many|most|all|both|his|her|"
    r"their|its|our|neither|no|"
    r"every|[A-Z][\w\u2019'-]+)"
    # A long subject may hold a relative clause ("the man who robbed the bank, Ivo Pern,
    # was") but not run into an adverbial one ("the attack in Kabul when scores were").
    r"(?:\s+(?!" + _ADVERBIAL + r")[\w\u2019'$.-]+){0,7}?(?:,(?:\s+[\w\u2019'.-]+){1,4},)?"
    r"(?:\s+(?!" + _ADVERBIAL + r")[\w\u2019'-]+){0,3}?"
    r"\s+(?:is|are|was|were|will|would|could|can|should|may|might|"
    r"has|have|had|must|did|does|do|wants|needs|plans|intends|remains|faces|lacks"
    r"|won(?=['\u2019]t))(?:n['\u2019]t)?\b"
    # "reported it sold", "suggested she'll turn": a pronoun subject and its own verb.
    r"|\s+(?:he|she|it|they|we|I)(?:['\u2019](?:ll|d|s|re|ve)\b|\s+(?:[a-z]+ed|"
    + "|".join(sorted(cues.IRREGULAR_PASTS))
    + r")\b)"
    # "claims Gulen runs a network": a name and its own verb in the present.
    r"|\s+[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){0,2}\s+[a-z]{2,}(?<!s)s\s+"
    r"(?:a|an|the|his|her|its|their|no|more|to)\b"
    # "implied immigrants were to blame", "believes voters are angry": a bare plural subject.
    r"|\s+[a-z]{3,}s\s+(?:are|were|have|had|will|would|could|can|should|may|might|must)\b"
    # "reported the email came hours later", "reported at least six planes filled the sky":
    # a noun phrase and a past tense of its own (one word at least between the two, so that
    # "showed the armed man" is no clause).
    r"|\s+(?:the|a|an|his|her|its|their|at\s+least|more\s+than|about|nearly|\d[\d,.]*)"
    r"(?:\s+(?!"
    + _ADVERBIAL
    + r")[\w\u2019'-]+){1,5}?\s+(?:[a-z]{2,}ed|"
    + "|".join(sorted(cues.IRREGULAR_PASTS))
    + r")\b)"
)


# What makes a clause-only form ("states", "notes", "rules") a verb: "that" or a quotation.
_CLAUSE_NEXT = re.compile(r"\s+that\b|,?\s*[\u201c\"]")


# Between a subject and its verb, an adverb or an auxiliary: "They also expressed", "She
# has long promised".
_GAP_BEFORE_VERB = r"(?:(?:also|then|later|again|long|\w+ly|has|have|had|will|would)\s+){0,2}$"


# A name or a pronoun straight before a verb: "Ann Roe promises", "she vows".
_NAMED_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:he|she|it|they|we|I|both)|[A-Z][\w.\u2019'-]*)\s+" + _GAP_BEFORE_VERB
)


# People named by what they are, straight before a verb: "Some Sanders supporters
# expressed", "Clinton aides have privately expressed".
_PEOPLE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(cues.ANONYMOUS_NOUNS | cues.CROWD_NOUNS))
    + r")\s+"
    + _GAP_BEFORE_VERB
)


# One aside after an inverted verb's source, describing it, to the sentence's end:
# ", the former governor challenging him."
_CLOSING_APPOSITIVE = re.compile(r"^[^,]*,\s+(?:the|a|an|his|her|their|its)\s[^,;:]*[.!?]\s*$")


# A short subject just after a comma: ", they note,", ", Roe points out,".
_SET_OFF_SUBJECT = re.compile(r",\s+(?:he|she|they|we|it|[A-Z][\w.\u2019'-]*)\s+$")


# "Democrats there say", "workers here said": the place word after a subject.
_PLACE_AFTER_SUBJECT = re.compile(r"(?<=\w)\s+(?:here|there)\s*$")


# "reported 906 attacks", "reported a 2.8 percent rate", "reported no arrests", "reported
# earnings of $8.42 a share": figures given out are a claim from whoever reported them.
_FIGURES_AFTER = re.compile(
    r"\s+(?:(?:a|an|its|their|his|her)\s+)?(?:[a-z]+\s+){0,2}?(?:no\s|\$|\d)"
    # "reports investments in the Tarn mill worth $500,000": an object, then its worth.
    r"|\s+(?!(?:to|for|back|on|in|at)\b)(?:[\w\u2019'-]+\s+){1,6}?(?:worth|of|at|totaling)\s+\$"
)


# "was first reported by", "has been confirmed by": a passive report with its agent.
_PASSIVE_AGENT = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|first\s+|also\s+)*(?:reported|told|confirmed|"
    r"announced|revealed|disclosed|claimed|alleged|stated|estimated|described|quoted|cited|echoed|"
    r"repeated|disputed|denied|contradicted|questioned|seconded|predicted|noted)\s+by\s"
    r"|\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)*(?:accused|blamed|criticized|criticised|"
    r"condemned|denounced|praised|described|branded|rebuked|slammed|blasted|mocked|ridiculed|"
    r"lambasted|chastised|derided)\s+(?:[\w\u2019'-]+\s+){0,6}?by\s"
)


# A transcript's speaker tag: "PENCE: Well, ...", "MS. LEE: No."
# Only before words people say aloud, so a dateline ("KABUL: The ...") is not taken for one.
_SPEAKER_TAG = re.compile(
    r"[\u201c\"]?((?:[A-Z][A-Z.\u2019'-]+\s)?[A-Z][A-Z.\u2019'-]{2,}):\s+"
    r"(?=(?:I|I'm|I\u2019m|We|You|Well|Yes|No|Look|So|Thank|Thanks|Of course|Okay|OK|Oh)\b)"
)
# A name, then a colon, then what they say: "KATE BOULDUAN: Why not debate?", a headline's
# "Sanders: ‘It Is Not A Radical Idea’". Labels such as "BYLINE:" are boilerplate
# (non-claim-openers.txt) and are set aside after this.
# A single word in capitals before "The ..." is a dateline ("KABUL: The road reopened").
_NAME_COLON = re.compile(
    r"[\u201c\"]?(?![A-Z][A-Z.\u2019'-]*:\s+(?:The|A|An|This|These|Those)\b)"
    r"((?:[A-Z][\w.\u2019'&-]*\s+){0,2}[A-Z][\w.\u2019'&-]*):\s+(?=[A-Z\u201c\"\u2018'])"
)
# A small word capitalised inside a phrase: a headline's title case ("Stealth Over Health:"),
# not a speaker's name.
_HEADLINE_PHRASE = re.compile(
    r"\s(?:Over|Of|The|In|On|To|For|With|At|By|From|And|Is|Are|Was|Not|After|Before|Into|As)\b"
)
# After a colon, a list of names: "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ..." lists
# people, nobody speaks.
_NAME_LIST = re.compile(r"(?:[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3},\s+){2,}")
# A quotation signed at its end: "“...” — Carla Sanchez.", "“...”\n— Lena Voss, a shopkeeper"
# (the name, then maybe who they are after a comma).
_SIGNATURE = (
    r"[\u2014\u2013\u2015-]{1,2}\s*([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})"
    r"(?:,\s+[^\u201c\u201d\"\n]{1,80}?)?[.\s]*$"
)
_SIGNED_QUOTE = re.compile(r"[\u201d\"]\s*" + _SIGNATURE)
# A line that only signs the quotation above it: "— Lena Voss, a shopkeeper".
_SIGNATURE_LINE = re.compile(r"\s*" + _SIGNATURE)


# A clause that is not the sentence's main one: "when he wrote ...", "because they said".
_SUBORDINATE = re.compile(
    r"\b(?:when|if|because|after|before|while|since|although|though|as|until|unless|what|which|"
    r"who|whom|where)$",
    re.IGNORECASE,
)


# "a report", "the claims": the verb form is a noun here.
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|these|those|such|new|latest|any|some|many|all|"
    r"to|of|two|three|several|few|other)|\b(?!(?:he|she|it|that|there|what|who)['\u2019])\w+['\u2019]s"
    # "Sanders’ call could ...": a possessive after a final s.
    r"|\b\w+s['\u2019](?=\s))\s+"
    # "a widely denounced tweet": an adverb may stand between the article and the form.
    r"(?:(?!(?:also|only|really|likely|early|lately|recently|repeatedly|publicly|previously|"
    + "|".join(sorted(cues.LY_NOUNS))
    + r")\b)\w+ly\s+)?$",
    re.IGNORECASE,
)


# Base forms never used as a noun before a clause: "Supporters who heard the campaign say
# their aim is ..." has a plural subject however far back it stands.
_NEVER_NOUNS = frozenset(["say", "argue", "insist", "contend"])

# Forms of the cue verbs that are never nouns: "Fox News says", "the news media said".
_NEVER_NOUN_FORMS = frozenset(["say", "says", "said", "tell", "tells", "told"])


# A reported clause straight after its verb: "that", "whether", a quotation or a colon.
_OPENS_CLAUSE = re.compile(r"\s+(?:that|whether|how|why)\b|,?\s*[\u201c\":]")


def _clause_follows(after: str) -> bool:
    """Whether a reported clause opens right after a verb: "that ...", "their aim is ..."."""
    return bool(
        re.match(r"\s+(?:that|(?:he|she|they|we|I)\s+[a-z]+)\b", after)
        or _DIRECT_CLAUSE.match(after)
    )


# "many argue", "some say": after a quantifier these verbs are verbs, not nouns.
_CROWD_VERBS = frozenset(
    ["say", "argue", "insist", "warn", "contend", "believe", "think", "agree", "predict", "suggest"]
)
_COUNT_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both)\s+$", re.IGNORECASE
)
_CROWD_BEFORE = re.compile(r"\b(?:many|some|few|all|most|other|several)\s+$", re.IGNORECASE)
# Whom an accusation names, then what of: "Trump of", "the mayor for", "him over".
_ACCUSED_OF = re.compile(
    r"\s+(?:him|her|them|it|(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}|"
    r"the\s+[a-z]+)\s+(?:of|over|for)\b"
)


# A verb straight after a name: the name is the subject of a clause ("said Gates described").
_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:[a-z]+ed|is|was|were|are|has|had|have|will|would|could|can|should|"
    + "|".join(sorted(cues.IRREGULAR_PASTS))
    + r")\b"
)
_NAME_THEN_VERB = re.compile(
    r"[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*" + _VERB_AFTER_SUBJECT.pattern
)


# "that" straight before an auxiliary or a past tense: a relative clause ("rules that would
# allow", "states that voted"), not a reported one ("states that the plan ...").
_RELATIVE_THAT = re.compile(
    r"\s+that\s+(?:would|will|could|can|may|might|should|must|have|had|has|are|were|do|did|"
    r"[a-z]+ed)\b"
)


# A speaker tag straight after a quotation: '“...,” Ann Roe said', '“...!” she said'.
_TAG_AFTER_QUOTE = re.compile(
    r"[,!?][\u201d\"]\s*(?:(?:he|she|they|[A-Z][\w.\u2019'-]*)\s+){1,3}$"
    # '“...,” Ann Roe, the chairwoman of the party, recalled': an aside after the name.
    r"|[,!?][\u201d\"]\s*(?:[A-Z][\w.\u2019'-]*\s+){0,2}[A-Z][\w.\u2019'-]*,\s+[^,;:\u201c\u201d\"]{1,80},\s+$"
)


# Phrases after which "to say" reports speech: "went on to say", "took to Twitter to write",
# "continued to insist".
_GOES_ON_TO = re.compile(
    r"\b(?:went|goes|go|going) on to\s+$|\bwent so far as to\s+$|\btook to [\w ]{1,25}? to\s+$"
    r"|\b(?:continued|continues|continue|continuing) to\s+$"
    r"|\b(?:was|were|is|are) quick to\s+$|\bhastened to\s+$",
)


# An inverted verb opening the sentence: "Said Ann Roe, who grew up here, “...”".
_OPENING_TAG = re.compile(
    r"[\u201c\"]?(Said|Says|Added|Adds|Wrote|Writes|Continued|Stated|States|Explained|Noted)\s+"
)


# What may "show" a claim: "polls show", "data from the census show".
_SHOWN_BY = re.compile(
    r"\b(?:"
    + "|".join(sorted(cues.RECORD_NOUNS))
    + r"|numbers|estimates|tests|images|emails)\b(?:\s+[\w\u2019'.-]+){0,7}\s+$",
    re.IGNORECASE,
)


# "agreed to return the money", "continued to block": a plan or an action, not a report
# ("said to reporters", "explained to voters that" keep their object).
_TO_INFINITIVE = re.compile(
    # Not "admitted to victimizing": "to" before a gerund is a preposition ("to bring" is
    # no gerund: its stem has no vowel).
    r"\s+to\s+(?![a-z]*[aeiouy][a-z]*ing\b)(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|me|"
    r"us|reporters|journalists|voters|supporters|members|lawmakers|officials)\b)[a-z]+\b"
    r"(?!(?:\s+[\w\u2019'-]+){0,3}?\s+that\b)"
)


# An object, then "as" and what it is said to be: "the mogul as part of the elite".
# ("painted the fence as a child": when, not what).
_AS_OBJECT = re.compile(
    r"(?:\s+[\w\u2019'-]+){1,8}?\s+as\s+"
    r"(?!(?:well|soon|long|much|(?:an?\s+)?(?:child|kid|boy|girl|teenager|student|youth|young))\b)\w"
)


# An object, then the grounds of a criticism: "Rubio for not answering", "Clinton over her
# emails", "the plan as a giveaway" (not "the base for hours").
_GROUNDS = re.compile(
    r"(?:\s+[\w\u2019'.-]+){1,6}?\s+(?:for\s+(?:not\s|his\s|her\s|their\s|its\s|being\s|[a-z]+ing\b)"
    r"|over\s|as\s+(?:a|an|the|too|weak|soft)\b)"
)
# What a comparison likens its object to: "Trump to a con man" (not "the results to a
# control group" in a study: see `_grounded`).
_LIKENED_TO = re.compile(r"(?:\s+[\w\u2019'.-]+){1,6}?\s+to\s+(?:a|an|the|[A-Z])")

# Every form of the verbs that report only with an "as" or grounds after them, once.
_PORTRAYAL_FORMS = cues.PORTRAYAL_VERBS | cues.PORTRAYAL_ING
_CRITICISM_FORMS = cues.CRITICISM_VERBS | cues.CRITICISM_ING


# "call the scheme a giveaway": naming something as what it is said to be.
_CALLS_IT = re.compile(
    # "called Vale a liar", "calls North Carolina her home state", "call it the nerd prom";
    # not "called on her supporters" nor "called in the guard".
    r"\s+(?!(?:on|in|for|off|up|at|to|out|back|upon)\b)[\w\u2019'/-]+(?:\s+[\w\u2019'/-]+){0,7}?"
    r"\s+(?:a|an|his|her|their|its)\s"
    r"|\s+(?:it|him|her|them|himself|herself|themselves|this|that)\s+the\s"
    # "called the plan unfair", "called the squabble unusual": a judgement closing the clause.
    r"|(?:\s+[\w\u2019'/-]+){1,8}?\s+(?:un[a-z]{3,}|[a-z]+(?:ous|ful|ive|able|ible|al|ic|ent|ant|"
    r"ary|less|ist|ish))(?=\s*(?:[.,;!?]|$)|\s+(?:and|but|because)\b)"
)


# "expect the index to fall", "reported being charged twice": a clause without "that".
_NON_FINITE_CLAUSE = re.compile(
    r"(?:\s+(?!to\b)[\w\u2019'-]+){1,5}?\s+to\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]+\b"
    r"|\s+(?:being|having|seeing|hearing|feeling|taking)\b"
)


_WRITE = frozenset(["write", "writes", "wrote", "written"])
# A piece of writing as the object: "the letter", "a new book", "his weekly column".
_WROTE_A_WORK = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|this|our|my)\s+(?:[\w\u2019'-]+\s+){0,2}?(?:"
    + "|".join(sorted(cues.WRITTEN_WORKS))
    + r")\b"
)


# What a piece of writing says, after it: "that", a quotation, a colon, "urging".
_SAYS_WHAT = re.compile(
    r"\b(?:that|" + "|".join(sorted(cues.PARTICIPLES | cues.OBJECT_SPEECH_ING)) + r")\b|[\u201c\":]"
)


# After a verb of asking, with at most a listener of three words before it: "if" or a
# question word ("asked the minister if ...", "asks where each resident was born"), or what
# the listener is asked to do ("asked her deputy to call the builders": a request).
_ASKED_IF = re.compile(
    r"(?!\s+for\b)(?:\s+[\w\u2019'.-]+){0,3}?\s+(?:if|where|when|who|whom|which)\b"
    # "asked the 2016 Democratic White House contender if", "asked Obama what he thought":
    # further on, only words that open no relative clause ("the hotel where she stayed").
    r"|(?!\s+for\b)(?:\s+[\w\u2019'.-]+){0,6}?\s+(?:if|whether|what|how|why)\b"
    r"|(?!\s+(?:for|about|to)\b)(?:\s+[\w\u2019'.-]+){1,3}?\s+to\s+[a-z]+\b"
)


# "with Sen. John McCain calling it a “Chinese menu”": the -ing form's own subject.
_WITH_SUBJECT = re.compile(r"\bwith\s+([A-Z][^,;:\u201c\u201d\"]{1,60}?)\s+$")


# "quoted Ms. Varga, the editor, as saying": the person quoted, not the one quoting.
_QUOTED_AS = re.compile(r"\bquoted\s+(.{1,80}?)\s+as\s+$")


# Verbs whose object follows them: ", told the Journal" is not an inverted source.
_TAKES_OBJECT = frozenset({"told", "tells", "tell", "urged", "asked", "warned"})


# "has been accused of hiding", "was criticised for ignoring": an accusation with no
# accuser ("by ..." makes it a passive report with its agent, `_PASSIVE_AGENT`).
_AGENTLESS = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:"
    + "|".join(sorted(form for form in cues.ACCUSATION_VERBS if form.endswith("ed")))
    + r")\s+(?:of|for|as|over)\b(?![^.;]*\bby\s)",
    re.IGNORECASE,
)


# "Rumours have circulated online that ...": hearsay as the subject of the sentence.
_HEARSAY = re.compile(
    r"\W*(?:(?:unconfirmed|persistent|widespread|recent)\s+)?(?:rumou?rs|speculation|word)\s+"
    r"(?:[\w\u2019'-]+\s+){0,4}?that\b",
    re.IGNORECASE,
)


def attribute(text: str, start: int, end: int) -> Attribution | None:
    """The attribution of the sentence's main claim, or None when it cites nobody."""
    sentence = text[start:end]
    if signed := _SIGNED_QUOTE.search(sentence):
        # "“...” — Carla Sanchez.": a quotation signed with its speaker's name.
        first, last = trimmed_span(sentence, signed.start(1), signed.end(1)) or signed.span(1)
        name = sentence[first:last]
        source = (first + start, last + start)
        label, _why, kinds = classify(name)
        dash = re.search(r"[\u2014\u2013\u2015-]{1,2}", sentence[signed.start() :])
        assert dash is not None  # the signature opens with one
        cue = (signed.start() + dash.start() + start, signed.start() + dash.end() + start)
        reason = f"a quotation signed by its speaker: {name}"
        return Attribution(label, cue, source, reason, kinds=kinds)
    if (opening := _OPENING_TAG.match(sentence)) and (
        source := source_after(sentence, opening.end(1), quoted=True)
    ):
        # "Said Ann Roe, who grew up here, “We were proud.”": the speaker follows the verb.
        name = sentence[source[0] : source[1]]
        label, why, kinds = classify(name)
        cue = (opening.start(1) + start, opening.end(1) + start)
        reason = f"'{opening.group(1)}' {why}: {name}"
        return Attribution(label, cue, (source[0] + start, source[1] + start), reason, kinds=kinds)
    if (
        (tag := _SPEAKER_TAG.match(sentence) or _NAME_COLON.match(sentence))
        and (has_name(WORD.findall(tag.group(1))) or tag.group(1).lower() in cues.RECORD_NOUNS)
        and not _HEADLINE_PHRASE.search(tag.group(1))
        # "Delegate Update: ...", "Analysis: ...": a section's label, not a speaker.
        and tag.group(1).split()[-1].lower() not in cues.SECTION_LABELS
        and not _NAME_LIST.match(sentence, tag.end())
    ):
        # "PENCE: Well, ...": a transcript names its speaker before the colon.
        name_start, name_end = tag.span(1)
        label, _why, kinds = classify(tag.group(1))
        reason = f"a line spoken by the name before the colon: {tag.group(1)}"
        return Attribution(
            label,
            (name_end + start, name_end + 1 + start),
            (name_start + start, name_end + start),
            reason,
            kinds=kinds,
            turn=tag.group(1).isupper(),
        )
    according = [*_according_to(sentence), *_reported_by(sentence)]
    taken = [a.source for a in according if a.source is not None]
    verbs = [v for v in _reporting_verbs(sentence) if not any(a <= v.cue[0] < b for a, b in taken)]
    # "Or would you think she ...?", "“You tell me,” he said": the reader is no source.
    candidates = [
        c
        for c in [*according, *verbs]
        if c.source is None or sentence[slice(*c.source)].lower().split()[-1:] != ["you"]
    ]
    vague = _VAGUE.search(sentence) or _AGENTLESS.search(sentence) or _HEARSAY.match(sentence)
    if quoted := _quoted_stretches(sentence):
        # 'She wanted to know, “Why do critics say it will fail?”': a cue inside the quoted
        # words is the speaker's, never the source of the sentence that quotes them.
        candidates = [c for c in candidates if not _inside(c.cue[0], quoted)]
        if vague and _inside(vague.start(), quoted):
            vague = None
    trailing = [c for c in candidates if c.trailing]
    first_cue = min((c.cue[0] for c in candidates), default=len(sentence))
    if trailing:
        # "..., the ministry said.": the frame at the end covers the whole sentence.
        chosen = trailing[-1]
    elif vague and (not candidates or (vague.start() <= 3 and vague.start() < first_cue)):
        # "There are fears that ...", "It is believed that ...": a vague frame opens it.
        reason = f"'{vague.group()}' points at no source a reader could check"
        chosen = Attribution("vague", vague.span(), None, reason)
    elif candidates:
        # The main clause's attribution before one inside "when he wrote ...".
        chosen = min(candidates, key=lambda c: (c.embedded, c.cue[0]))
    elif (
        introduced := _colon_quotation(sentence)
        or _in_a_record(sentence)
        or _quotation_tag(sentence)
    ) is not None:
        chosen = introduced
    else:
        return None
    return Attribution(
        chosen.label,
        (chosen.cue[0] + start, chosen.cue[1] + start),
        None if chosen.source is None else (chosen.source[0] + start, chosen.source[1] + start),
        chosen.reason,
        chosen.trailing,
        chosen.kinds,
        # Only a clause inside the sentence ("when he said ...", "which she said was ...")
        # cites anyone: the main claim is the writer's (`attribution._label` decides). "As
        # Ann Roe said, ...", "..., as critics warn." and "That is what Ann Roe wrote." report
        # the main claim itself.
        subordinate=chosen.subordinate
        and not (chosen.source is not None and _REPORTS_MAIN.search(sentence, 0, chosen.source[0]))
        # "... when Clinton accused him of an “artful smear”": a quotation given with its
        # speaker takes the speaker's label wherever the clause stands (GUIDELINE.md).
        and not any(
            0 <= a - chosen.cue[1] <= _QUOTE_AFTER_CUE and not _names_a_work(sentence[a + 1 : b])
            for a, b in quoted
        ),
    )


# How far after a clause's cue its quotation may open: "told Chris Wallace of Fox News, “".
_QUOTE_AFTER_CUE = 60


def _names_a_work(quoted: str) -> bool:
    """Whether quoted words are a title ("the “Fantastic Four” reboot"): two words or more,
    every one capitalised; words someone said are not written so."""
    words = WORD.findall(quoted)
    return len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


# Before a source, a clause that reports the main claim: "As Ann Roe put it, ...", "...,
# as critics warn", "That's what Ann Roe wrote".
_REPORTS_MAIN = re.compile(r"(?:\b[Aa]s|\b(?:is|was|are|were|['\u2019]s)\s+what)\s+$")


_OPENS_AFTER = ("", " ", "\t", "\n", "(", "[", "\u2014", "\u2013", "-", "/")


def _quoted_stretches(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence's own quotations stand: from an opening mark that follows text to
    its closing mark (or the sentence's end). A sentence that opens with a mark may be the
    tail of a quotation begun earlier or a quotation of its own: `analyze` reads those, so
    they are left out here."""
    stretches: list[tuple[int, int]] = []
    opened: int | None = None
    for at, mark in enumerate(sentence):
        if mark not in '\u201c\u201d"':
            continue
        # A straight mark opens after a space or a bracket, and closes after a word.
        opening = mark == "\u201c" or (mark == '"' and sentence[at - 1 : at] in _OPENS_AFTER)
        if opened is None and opening:
            opened = at
        elif opened is not None and not opening:
            stretches.append((opened, at))
            opened = None
    if opened is not None:
        stretches.append((opened, len(sentence)))
    return [
        (a, b)
        for a, b in stretches
        if sentence[:a].strip(" \u201c\"'\u2018")
        # '“Do I think ...?” Sanders asked.': a quotation that opens the sentence with a
        # curly mark and closes before words of the writer's is its own.
        or (sentence[a] == "\u201c" and _WORD_AFTER.match(sentence, b + 1) is not None)
    ]


# Words after a closing quotation mark: the writer's tag.
_WORD_AFTER = re.compile(r"[\s,.]*[A-Za-z]")


def _inside(at: int, stretches: list[tuple[int, int]]) -> bool:
    return any(start < at < end for start, end in stretches)


# A colon opening a quotation of three words or more: "Ann Roe: “We ...", "he shrugged: “...".
_COLON_QUOTE = re.compile(r":\s*[\u201c\"](?=\s*\S+\s+\S+\s+\S)")


# A name standing just before that colon, alone or after a dash: "- Philip Bump:".
_NAME_BEFORE_COLON = re.compile(
    r"(?:^|[\u2014\u2013-]\s*|\bfrom\s+"
    # "doesn't surprise Republican pollster Daron Shaw:": a role word before the name.
    r"|\b(?:" + "|".join(sorted(cues.ROLE_NOUNS | cues.PERSON_NOUNS)) + r")\s+)"
    r"((?:[A-Z][\w.\u2019'&-]*\s+){0,3}[A-Z][\w.\u2019'&-]*"
    # "More from Ada Brent and Ivo Pern:": two speakers of one text.
    r"(?:\s+and\s+(?:[A-Z][\w.\u2019'&-]*\s+){0,2}[A-Z][\w.\u2019'&-]*)?)\s*$"
)


# A verb straight after an opening subject: "Kelly responded", "Trump then leaned in".
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:\w+ly|then|later|also)\s+)?(?:[a-z]+ed|[a-z]+s|went|said|told|wrote|put|began|"
    r"spoke|took|made|gave|had)\b"
)


# A sentence that ends in a colon announcing someone's words: "Sanders made the following
# comment:", "Obama put it this way:", "The mayor issued a statement:".
_ANNOUNCES_WORDS = re.compile(
    r"\b(?:the following|this|these|as follows|thus|(?:an?|the|his|her|its|their)(?:\s+[\w-]+){0,2}"
    r"\s+(?:" + "|".join(sorted(cues.SPEECH_NOUNS)) + r"))\b[^:]{0,40}:\s*$"
)


_FINAL_COLON = re.compile(r":(?=\s*$)")


# An appositive after a name: ", the mayor of Tarn,".
_ASIDE = re.compile(r",\s+[^,;:\u201c\u201d\"]{1,80},")


def _after_aside(sentence: str, at: int) -> int:
    """Where the verb may stand after a subject ending at `at`: past an appositive, if any
    ("Ada Brent, the mayor of Tarn, issued a statement:")."""
    aside = _ASIDE.match(sentence, at)
    return aside.end() if aside else at


def _colon_quotation(sentence: str) -> Attribution | None:
    """'Ann Roe: “...”', 'Kelly replied, with a smile: “...”': whoever the colon introduces
    is the speaker, the name before it or the named subject the sentence opens with. A colon
    ending the sentence after words about words ("Sanders made the following comment:")
    introduces the quotation that follows it."""
    colon = _COLON_QUOTE.search(sentence, 0, WINDOW)
    if colon is None and _ANNOUNCES_WORDS.search(sentence):
        colon = _FINAL_COLON.search(sentence)
    if colon is None:
        return None
    lead = sentence[: colon.start()]
    if tag := _NAME_BEFORE_COLON.search(lead):
        source = tag.span(1)
    elif (
        (subject := _opening_name(sentence, colon.start()))
        and subject.end(1) < colon.start()
        and _SUBJECT_VERB.match(sentence, _after_aside(sentence, subject.end(1)))
    ):
        source = subject.span(1)
    else:
        return None
    words = WORD.findall(sentence[source[0] : source[1]])
    if words and words[0].lower() == "the":
        words = words[1:]  # "the Times gave Clinton a glowing endorsement:"
    # "He also played up his record: “...”": a pronoun points back to the speaker.
    pronoun = len(words) == 1 and words[0].lower() in ("he", "she", "they")
    if not pronoun and (
        not words or words[0].lower() in cues.COMMON_CAPITALISED or not has_name(words)
    ):
        return None
    name = sentence[source[0] : source[1]]
    label, why, kinds = classify(name)
    return Attribution(
        label, colon.span(), source, f"the colon before the quotation {why}: {name}", kinds=kinds
    )


# A sentence that opens with a quotation closed by a comma, "!" or "?", then the words after
# it: '“Mexico!” the audience screamed back.', '"...," the Saudis state in the paper.'
_QUOTATION_THEN_WORDS = re.compile(r"\s*[\u201c\"][^\u201c\u201d\"]{2,}[,!?][\u201d\"]\s+(?=\S)")


def _quotation_tag(sentence: str) -> Attribution | None:
    """The speaker of a quotation tagged by a verb no lexicon lists: '“Mexico!” the audience
    screamed back.', '"...," a reporter can be heard asking him.' The mark after a comma,
    "!" or "?" shows the quoted words ended mid-sentence, so the noun phrase after them and
    the first verb form are its tag ("I" and "we" are the writer, never a source here)."""
    quotation = _QUOTATION_THEN_WORDS.match(sentence)
    if quotation is None:
        return None
    verb = next(
        (
            w
            for w in _TAG_WORD.finditer(sentence, quotation.end(), quotation.end() + 80)
            if _tags_speech(sentence, w)
        ),
        None,
    )
    if verb is None:
        return None
    source = source_before(sentence, verb.start())
    if (
        source is None
        or source[0] != quotation.end()
        # "''Billions,'' on Showtime, is a drama": a title, then the sentence's own words.
        or "," in sentence[source[1] : verb.start()]
    ):
        return None
    name = sentence[source[0] : source[1]]
    first = name.split()[0].lower()
    if first in ("i", "we", "you", "whose", "which", "who") or first in PREPOSITIONS:
        return None
    label, why, kinds = classify(name)
    reason = f"'{verb.group()}' after the quotation {why}: {name}"
    return Attribution(label, verb.span(), source, reason, trailing=True, kinds=kinds)


_TAG_WORD = re.compile(r"(?<=\s)[a-z]+\b")


def _tags_speech(sentence: str, word: re.Match[str]) -> bool:
    """Whether a lower-case word after a subject opens its verb: an auxiliary, a past tense
    (not a modifier after a determiner or an adverb: "the newly elected mayor") or a form
    of a cue verb."""
    form = word.group()
    if form in _COPULAS:
        return False  # '“Lilyhammer,” the show, is ...': the quotation names a thing
    return (
        form in cues.AUXILIARIES
        or _VERB.fullmatch(form) is not None
        or _PAST_IN_PHRASE.match(sentence, word.start() - 1) is not None
    )


_COPULAS = frozenset(["is", "are", "was", "were", "has", "have", "had", "be", "been"])


# "In an ABC News/Washington Post poll released Sunday, three of four Americans ...",
# "13% of voters in the nationwide survey approved": figures framed by the record they are in.
_RECORD_FRAME = re.compile(
    r"^\W*(?:[\w\u2019'-]+\s+){0,3}?([Ii]n)\s+((?:an?|the|its|their)\s+(?:[\w/.\u2019'&-]+\s+){0,6}?"
    r"(?i:poll|survey|study|census)"
    r"(?:\s+(?:of|by|from|for|conducted|released|published|taken|carried)\b[^,;]{0,60})?),"
    r"|\b(?:percent|per cent|%)\s+of\s+[^,;]{1,60}?\s+(in)\s+"
    r"((?:the|this|that)\s+(?:[\w-]+\s+){0,2}"
    # "in the survey approved", not "in the survey unit quit": a verb follows the record.
    r"(?i:poll|survey|study))\b(?!\s+(?![a-z]+(?:ed|s)\b|said\b|thought\b)[a-z]+\b)"
)


def _in_a_record(sentence: str) -> Attribution | None:
    """Figures given inside a poll or survey named as their frame: the record is the source."""
    frame = _RECORD_FRAME.search(sentence)
    if frame is None:
        return None
    preposition = 1 if frame.group(1) else 3
    source = frame.span(preposition + 1)
    name = frame.group(preposition + 1)
    label, why, kinds = classify(name)
    return Attribution(label, frame.span(preposition), source, f"'in' {why}: {name}", kinds=kinds)


def _according_to(sentence: str) -> Iterable[Attribution]:
    """'according to X', 'As reported by X,': X is the source, up to the next comma or the
    end."""
    for match in _ACCORDING.finditer(sentence):
        rest = sentence[match.end() : match.end() + WINDOW]
        if title := re.match(r"\s*[\u201c\"]([^\u201d\"]{1,80}?)[,.]?[\u201d\"]", rest):
            # 'according to “The Long Road,” a book by Ada Morn': the title is the source.
            source_end = match.end() + title.end(1)
        else:
            stop = re.search(
                r"[,;:.!?\u201d\"(\u2014\u2013]\s|[,;:!?\u201d\"(\u2014\u2013]|\.$|$", rest
            )
            source_end = match.end() + (stop.start() if stop else len(rest))
        source = trimmed_span(sentence, match.end(), source_end)
        if source is None:
            continue
        label, why, kinds = classify(sentence[source[0] : source[1]])
        tail = sentence[source[1] : source[1] + WINDOW].strip(' ,.;”"')
        yield Attribution(
            label,
            match.span(),
            source,
            f"'{match.group().lower()}' {why}: {sentence[source[0] : source[1]]}",
            trailing=len(WORD.findall(tail)) <= 2 and match.start() > 0,
            kinds=kinds,
        )


def _reported_by(sentence: str) -> Iterable[Attribution]:
    """'was first reported by Politico', 'confirmed by police': the agent is the source."""
    for match in _PASSIVE_AGENT.finditer(sentence):
        source = source_after(sentence, match.end() - 1)
        if source is None:
            continue
        if (reason := _FOR_WHAT.search(sentence, *source)) and not _SPEAKS_FOR.search(
            sentence, source[0], reason.start() + 1
        ):
            # "rebuked by opponents for his proposal": what for, not who.
            source = (source[0], reason.start())
        text = sentence[source[0] : source[1]]
        label, why, kinds = classify(text)
        tail = sentence[source[1] : source[1] + WINDOW].strip(' ,.;\u201d"')
        yield Attribution(
            label,
            (match.start(), match.end() - 1),
            source,
            f"'{match.group().strip()}' {why}: {text}",
            trailing=len(WORD.findall(tail)) <= 2,
            kinds=kinds,
        )


# "by opponents for his proposal": the reason after an agent; "a spokesperson for the
# firm" speaks for it (the role before "for" keeps it).
_FOR_WHAT = re.compile(r"\s+for\s")
_SPEAKS_FOR = re.compile(
    r"\b(?:"
    + "|".join(sorted(cues.SPOKESPERSON_NOUNS | cues.ROLE_NOUNS | cues.PERSON_NOUNS))
    + r")\s$"
)


# "said them.", "repeated it in the debate": a pronoun for words said elsewhere.
_PRONOUN_OBJECT = re.compile(r"\s+(?:them|it)\b(?=\s*(?:[,.;]|$|(?:and|but|while|on|in|at)\b))")


# "It goes without saying", "Having said that,": set phrases that report nobody.
_IDIOM = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in cues.IDIOMS_NOT_REPORTS) + r")\b", re.IGNORECASE
)


def _reporting_verbs(sentence: str) -> Iterable[Attribution]:
    """'X said', '..., X said.', '..., said X', 'X told Y that', 'X claimed that'."""
    verbs = _HEADLINE_VERB if _looks_like_headline(sentence) else _VERB
    idioms = [idiom.span() for idiom in _IDIOM.finditer(sentence)]
    for count, match in enumerate(verbs.finditer(sentence)):
        if count >= _MAX_CUES:
            break
        if any(start <= match.start() < end for start, end in idioms):
            continue  # "It goes without saying that ...": no one is reported.
        if sentence[match.start() - 1 : match.start()] == "-":
            continue  # "the self-proclaimed outsider": part of a compound word.
        verb = match.group().lower()
        # Windows around the verb keep a run-on "sentence" of any length linear.
        before_start = max(0, match.start() - WINDOW)
        before = sentence[before_start : match.start()]
        after = sentence[match.end() : match.end() + WINDOW]
        if match.group() == "Said" and re.match(r"\s+to\b", after, re.IGNORECASE):
            continue  # "Fighters Said To Join": the hedge "said to", not a source.
        if (going := _GOES_ON_TO.search(before)) and verb in cues.BASE_FORMS:
            if going.group().startswith("continu"):
                # "Even after the complaint, Lee continued to say he ...": the subject before
                # it; "continued to write his column" reports nothing.
                aux = _AUX_BEFORE.search(before, 0, going.start())
                subject_end = before_start + (aux.start() if aux else going.start())
                # "continued to refute a Politico story": a denial of a claim reports too.
                denies = verb in cues.DENIAL_VERBS and _claim_object(after)
                if (_OPENS_CLAUSE.match(after) or _clause_follows(after) or denies) and (
                    source := source_before(sentence, subject_end)
                ):
                    cue = (before_start + going.start(), match.end())
                    yield _attribution(sentence, verb, cue, source, False)
                continue
            # "He went on to say ...", "She took to Twitter to write ...": the opening subject.
            yield from _participle(sentence, match)
            continue
        if verb.startswith("show") and not (_SHOWN_BY.search(before) or _record_before(before)):
            continue  # "TV shows from Orbit", "the hit show": a noun unless records show.
        if verb.endswith("s") and verb not in cues.SPEECH_VERBS and re.match(r"\s+of\b", after):
            continue  # "hopes of a larger one", "claims of fraud": a noun ("says of": a verb).
        if (
            verb in _WRITE
            and (work := _WROTE_A_WORK.match(after))
            and not _SAYS_WHAT.search(after, work.end())
        ):
            continue  # "wrote the letter on May 2 to the adviser": who wrote it, not what it says.
        if (
            verb in cues.CLAUSE_ONLY_FORMS
            and verb.endswith("s")
            and re.match(r"\s+that\b", after)
            and re.search(r"^[^,;:]*\w,\s*$", before[-120:].rsplit(".", 1)[-1])
        ):
            continue  # "in Tarn and Marlow, states that vote in March": a noun in apposition.
        promised = (
            verb in cues.PROMISE_VERBS
            # "vows not to take his calls" promises as much as "vows to".
            and _TO_INFINITIVE.match(re.sub(r"^\s+not(?=\s+to\b)", "", after)) is not None
            # "The debate promised to be a crucial moment": a prospect, not a pledge ("both
            # vowed to be tougher" is one).
            and not (verb.startswith("promis") and re.match(r"\s+to\s+be\b", after))
            # "Rattling off promises to lower debt": a plural noun, unless a name or a
            # pronoun is its subject ("Ann Roe promises to ...").
            and (not verb.endswith("s") or _NAMED_SUBJECT_BEFORE.search(before) is not None)
        )
        if _TO_INFINITIVE.match(after) and not _TAG_AFTER_QUOTE.search(before) and not promised:
            # "agreed to return the money": what someone does, not says; '“...,” Ann Roe said
            # to cheers' tags a quotation.
            continue
        if re.match(
            r"\s+(?:nothing|little)\b|\s+(?:yes|no)\b(?=\s*(?:[,.;]|$|(?:and|but|while)\b))", after
        ):
            continue  # "said nothing further", "72 percent said yes": no claim is reported.
        if (
            verb not in _TAKES_OBJECT
            # "leaders decried it": a speech act on a pronoun is still one.
            and verb not in cues.OBJECT_SPEECH_VERBS
            and _PRONOUN_OBJECT.match(after)
            and not re.search(r"[,\u201d\"]\s*(?:\S+\s+){0,3}$", before)
        ):
            continue  # "a day after he said them": a pronoun object, nothing reported.
        if verb in cues.CLAUSE_ONLY_FORMS and (
            not (
                # "states that", "notes, “...", "as the website notes:" before a quotation.
                _CLAUSE_NEXT.match(after)
                or re.match(r":\s*$", after)
                # "What's more, they note, there are ...": a tag set off by commas; "...,
                # O'Keefe notes.": one closing the sentence.
                or (_SET_OFF_SUBJECT.search(before) and re.match(r",|\s*[.!?]?\s*$", after))
                # '“...,” he notes.': a tag after a quotation reports it whatever the form.
                or (_TAG_AFTER_QUOTE.search(before) and _TAIL.match(after.split(",", 1)[0]))
                or (verb in cues.ZERO_THAT_VERBS and _DIRECT_CLAUSE.match(after))
                # "Hassan touts her record", "In his address, Perez slams the ruling": a
                # speech act straight after the name or pronoun the clause opens with.
                or (verb in cues.OBJECT_SPEECH_VERBS and _opens_with_subject(sentence, match))
            )
            or (
                re.search(r"\w\s+[A-Z][\w.\u2019'-]*\s+$", before)
                # "The Heritage Foundation notes the wage is ...": the opening name's verb
                # and the clause it reports, not "Clean Air Act rules".
                and not (
                    verb in cues.ZERO_THAT_VERBS
                    and _DIRECT_CLAUSE.match(after)
                    and _opens_with_subject(sentence, match)
                )
            )
            or (verb.endswith("s") and _RELATIVE_THAT.match(after))
        ):
            # "state officials", "Clean Air Act rules that": a noun here; "rules that would
            # allow", "states that vote": "that" opens a relative clause on the noun.
            continue
        if verb in cues.PARTICIPLE_ONLY_FORMS and not _PERFECT_BEFORE.search(before):
            continue  # "notes written in the margins": a description, not a report.
        passive = not verb.endswith("ing") and _PASSIVE_BEFORE.search(before)
        nominal = (
            _NOUN_BEFORE.search(before)
            and not (
                (verb in _CROWD_VERBS or verb in _NEVER_NOUN_FORMS) and _CROWD_BEFORE.search(before)
            )
            # "Some accused Trump of inciting violence": an accusation with its object.
            and not (
                verb in cues.ACCUSATION_VERBS
                and _CROWD_BEFORE.search(before)
                and _ACCUSED_OF.match(after)
            )
            # "The two said ...": a speech verb's past after a number is a verb.
            and not (verb in cues.SPEECH_VERBS and _COUNT_BEFORE.search(before))
        ) or (
            # "news reports", "social media posts": a noun; "Fox News says" is a verb.
            not verb.endswith("ed")
            and verb not in _NEVER_NOUN_FORMS
            and re.search(r"\b(?:media|news)\s+$", before, re.IGNORECASE)
        )
        # A closing mark typed as an opening one (',“ said') closes the quotation too.
        after_quote = bool(
            re.search(r"(?:[”\"]|''|[,.!?]\u201c)\s*$", before)
            and not re.search(r"^\s*(?:that|it|this)\b", after)
        )
        if verb in cues.AFTER_QUOTE_VERBS and not re.search(
            r"(?:[,!?][”\"]|[,!?]'')\s*(?:(?:he|she|it|they|[A-Z][\w.\u2019'-]*)\s+){0,3}$", before
        ):
            continue
        # "“Nobody knew,” said Ann Roe.": a negation inside the quotation negates no report.
        if passive or nominal or (_NEGATED.search(before) and not after_quote):
            continue
        if (
            verb in cues.BASE_ONLY_FORMS
            and not after_quote
            and _NOT_BASE_SUBJECT.search(before)
            and not (verb in cues.FINDING_VERBS and _record_before(before))
            and not (verb in _NEVER_NOUNS and _clause_follows(after))
        ):
            continue  # "offering parents hope that": after a singular noun, a noun.
        if verb in _CRITICISM_FORMS and not _grounded(verb, before, after):
            continue  # "attacked the base for hours": no criticism without its grounds.
        if verb in cues.PERSONAL_SPEECH_VERBS and not (
            _NAMED_SUBJECT_BEFORE.search(before)
            or _PEOPLE_BEFORE.search(before)
            or _subject_before_aside(sentence, match.start())
        ):
            continue  # "all signs pointed to a deal": only people point to evidence.
        speech = (
            verb in cues.SPEECH_VERBS
            or verb in cues.OBJECT_SPEECH_VERBS
            or verb in cues.PERSONAL_SPEECH_VERBS
        )
        clause = bool(
            _CLAUSE_AFTER.search(after)
            or _MEDIUM.match(after)
            or (verb in cues.ZERO_THAT_VERBS and _DIRECT_CLAUSE.match(after))
            or (verb in cues.EXPECTATION_VERBS and _NON_FINITE_CLAUSE.match(after))
            # "asked workers if they planned to attend": a question reported with "if".
            or (verb in cues.QUESTION_VERBS and _ASKED_IF.match(after))
            or (verb in cues.DENIAL_VERBS and _claim_object(after))
            or (verb.startswith("call") and _CALLS_IT.match(after))
            or (verb in cues.FINDING_VERBS and _record_before(before))
            or (verb.startswith("report") and _FIGURES_AFTER.match(after))
            # "Sanders promised Monday to begin ...": what he said he would do.
            or promised
            # "painting the mogul as part of the elite": what he is said to be.
            or (verb in _PORTRAYAL_FORMS and _AS_OBJECT.match(after))
            # "attacked Rubio for not answering": a criticism and its grounds (checked above).
            or verb in _CRITICISM_FORMS
        )
        # ", the report said." / "... said on Monday.": nothing but a time or place follows.
        clause_rest = after.split(",", 1)[0]
        at_tail = len(WORD.findall(clause_rest)) <= _MAX_TAIL_WORDS and bool(
            # "are far from assured of a recovery": "of" completes a verb that is no speech.
            (
                _TAIL.match(clause_rest)
                and (
                    speech
                    or _TAG_AFTER_QUOTE.search(before)
                    or not re.match(r"\s+of\b", clause_rest)
                )
            )
            or (speech and "that" not in clause_rest.split())
            # "..., noted NBC's Dante Chinni.": an inverted verb and its source end the sentence.
            or (
                before.rstrip().endswith(",")
                and len(WORD.findall(clause_rest)) <= 6
                and re.search(r"[.!?\u201d\"]\s*$", after) is not None
                # "..., predicted Ed Vale, the former governor challenging him.": one aside
                # describing the name may close the sentence.
                and ("," not in after or _CLOSING_APPOSITIVE.search(after) is not None)
                and source_after(sentence, match.end()) is not None
            )
        )
        if verb in cues.OBJECT_SPEECH_ING:
            clause = True  # ", accusing her of being asleep": the act is the report.
        if (
            verb in cues.PROGRESSIVES
            or verb in cues.OBJECT_SPEECH_ING
            or verb in cues.PORTRAYAL_ING
            or verb in cues.CRITICISM_ING
        ):
            if _MEDIUM_BEFORE.search(before) or _WITH_SUBJECT.search(before):
                # "a letter strongly disputing accusations", "with McCain calling it ...".
                yield from _participle(sentence, match)
                continue
            if _AFTER_COMMA.search(before):
                # ", describing it as “...”" reports speech; ", pledging allegiance" does not.
                if clause:
                    yield from _participle(sentence, match)
                continue
            if not re.search(
                r"(?:\b(?:is|are|was|were|been|am)|['\u2019](?:s|re))\s+(?:\w+ly\s+)?$", before
            ):
                continue
            speech = True
        if verb in cues.PARTICIPLES:
            if verb == "adding" and re.match(r"\s+to\s+(?!reporters|journalists)", after):
                continue  # "won Virginia, adding to his victories": adding up, not saying.
            # ", saying the plan failed" and "a statement saying ..." report speech;
            # "is adding to his wins" and "claiming residency" do not.
            after_comma = bool(_AFTER_COMMA.search(before)) and verb not in ("claiming", "calling")
            quoted_as = re.search(r"\bquoted as\s+$", before)
            if (person := _QUOTED_AS.search(before)) and (
                quoted := trimmed_span(
                    sentence, before_start + person.start(1), before_start + person.end(1)
                )
            ):
                yield _attribution(sentence, verb, match.span(), quoted, trailing=False)
                continue
            # "distanced himself from it by saying he would help": how the subject did it.
            by_saying = bool(re.search(r"\bby\s+$", before) and _DIRECT_CLAUSE.match(after))
            if clause or after_comma or quoted_as or by_saying or _MEDIUM_BEFORE.search(before):
                yield from _participle(sentence, match)
            continue
        # '“...,” Boyle asked Trump.': a verb after a quotation and a name tags the speaker.
        tagged = bool(_TAG_AFTER_QUOTE.search(before)) and (
            len(WORD.findall(clause_rest)) <= 4
            # '“...,” Ann Roe recalled of a June conversation she had with ...': a tag and
            # the occasion, however long.
            or re.match(r"\s+(?:of|about|at|during|after|before|in|on)\b", clause_rest) is not None
        )
        if not (speech or clause or at_tail or after_quote or tagged):
            continue
        # A verb straight after a comma or a quotation with no clause of its own: its source,
        # if any, follows it ("“...,” McCain said, asked about ...").
        inverted = not clause and bool(re.search(r"[,\u201d\"]\s*$", before))
        if (
            (at_tail or after_quote)
            and (verb not in _TAKES_OBJECT or (after_quote and not verb.startswith("t")))
            and re.search(r"(?:[,”\"\u201c]|'')\s*$", before)
            # "The Tarn poll, released Monday, shows Roe with 47 percent": what a record
            # shows follows it, the record is its source.
            and not (verb in cues.FINDING_VERBS and _record_before(before))
        ):
            source = source_after(sentence, match.end(), quoted=after_quote)
            if source is not None and not _NAME_THEN_VERB.match(sentence, *source):
                yield _attribution(sentence, verb, match.span(), source, trailing=True)
                continue
            # "..., said Gates described the plan": the name after the verb opens its clause.
            inverted = source is None
        if re.search(r"\b(?:and|but)\s+(?:(?:\w+ly|has|have|had|also|later|then)\s+)*$", before):
            # "Wilson praised the plan and said ...": the speaker is the opening subject;
            # "needs to sell herself and tell jokes" continues an infinitive, no report, but
            # "Roe and Vale have spoken twice and say they ..." is a plural's present tense.
            if verb not in cues.BASE_FORMS or (
                _DIRECT_CLAUSE.match(after) and not re.search(r"\bto\s+\w+", before)
            ):
                yield from _participle(sentence, match)
            continue
        aux = _AUX_BEFORE.search(before)
        subject_end = before_start + (aux.start() if aux else len(before.rstrip()))
        if place := _PLACE_AFTER_SUBJECT.search(sentence, 0, subject_end):
            subject_end = place.start()  # "Officials there said": where they are, not who.
        cue_start = (
            before_start + aux.start() + (len(aux.group()) - len(aux.group().lstrip()))
            if aux
            else match.start()
        )
        source = source_before(sentence, subject_end)
        if (lead := _subject_before_aside(sentence, subject_end)) and (
            source is None
            or source[0] > lead[1]
            # "Ann Roe, also campaigning in Tarn, said": what she was doing is no part of her.
            or (_PARTICIPLE_ASIDE.match(sentence, lead[1]) and source[0] <= lead[0])
        ):
            # "Ivo Pern, whose firm, Datacorp, sells maps, said": the name before the aside.
            source = lead
        if (
            source is None
            # "Having announced that ..., Judge Roe proceeded": an opening participle.
            or (
                _NOT_A_SUBJECT.fullmatch(sentence[slice(*source)].strip()) is not None
                # "The plan failed, Ebeling said.": no participle is said to speak.
                and not (verb in cues.SPEECH_VERBS and source[1] == subject_end)
            )
            or (
                inverted
                and (
                    # "a Republican who spoke on condition of anonymity, said", "some voters
                    # who have heard him, on television, said": a verb inside the source's
                    # relative clause is part of the source.
                    _FINITE.search(sentence, source[0], own := _relative_at(sentence, *source))
                    or _verb_in_phrase(sentence[source[0] : own])
                    or _PAST_IN_PHRASE.search(sentence, source[0], own)
                    # "The economy is strong, says ...": the rest of a clause after it.
                    or re.match(r"\s*[\w\u2019']", sentence[source[1] : subject_end])
                )
            )
            # "..., said Gates described": a phrase opening with a reporting verb is no source.
            or (
                _VERB.match(sentence, source[0])
                and re.match(r"(?:said|told|wrote|[a-z]+ed)\b", sentence[source[0] :])
            )
        ):
            # "The mill will close, said ...": a clause before the comma is what was said.
            continue
        boundary = sentence[max(0, source[0] - WINDOW) : source[0]].rstrip()
        after_boundary = (
            not boundary
            or boundary.endswith((",", "”", '"', "“"))
            or bool(re.search(r"\b[Aa]s$", boundary))
        )
        if not (speech or clause) and not (boundary and after_boundary):
            continue
        cue_end = match.end()
        if that := re.match(r"(?:\s+[\w\u2019'.-]+){0,3}?\s+that\b", after):
            cue_end += that.end()
        trailing = at_tail and bool(boundary) and boundary.endswith((",", "”", '"'))
        found = _attribution(sentence, verb, (cue_start, cue_end), source, trailing)
        # "Humphrey, who calls Trump a “sociopath,” said": a relative clause is never the
        # main one.
        relative = _RELATIVE_BEFORE_CUE.search(sentence, source[1], cue_start)
        if relative and _relative_aside(sentence, source[0], relative.start(), cue_end):
            # "The mayor, who said the bridge was unsafe, closed it.": the main claim is what
            # the subject did; the aside does not attribute it.
            continue
        subordinate = bool(_SUBORDINATE.search(boundary))
        yield replace(found, embedded=subordinate or bool(relative), subordinate=subordinate)


# A relative pronoun between a source and its cue, the cue inside its clause: "who said",
# "who, after trading insults with the host, said"; not "who runs the union, says" (the
# aside closed, the verb is the main clause's).
_RELATIVE_BEFORE_CUE = re.compile(
    r"\b(?i:who|which)\b(?:\s*,[^,]*,)?(?:(?!--)[^,\u2014\u2013\u2015])*$"
)


# After a relative aside, the main clause's verb: ", closed it", ", later resigned".
_MAIN_VERB_AFTER_ASIDE = re.compile(
    r",\s+(?:(?:also|then|later|now|still|has|had|have|was|were|is|will|would)\s+)*(?:[a-z]+ed|"
    + "|".join(sorted(cues.IRREGULAR_PASTS))
    + r")\b"
)


def _relative_at(sentence: str, start: int, end: int) -> int:
    """Where a relative clause inside a phrase opens ("a Republican who spoke ..."), or the
    phrase's end when it holds none."""
    relative = _WHO.search(sentence, start, end)
    return relative.start() if relative else end


_WHO = re.compile(r"\s(?:who|whom|whose)\b")


def _relative_aside(sentence: str, source_start: int, pronoun: int, cue_end: int) -> bool:
    """Whether a relative clause with a cue ("who said ...") is an aside: set between dashes
    ("the neophyte -- who ridicules losers -- and"), or inside the main clause's subject and
    closed by a comma before the main verb ("The mayor, who said ..., closed it")."""
    dash = re.search(r"(?:--|\u2014|\u2013)\s*$", sentence[max(0, pronoun - 4) : pronoun])
    if dash and dash.group().strip() in sentence[cue_end:]:
        return True
    if source_start > clause_start(sentence, source_start + 1):
        return False
    rest = sentence[cue_end : cue_end + WINDOW]
    closing = _MAIN_VERB_AFTER_ASIDE.search(rest)
    return closing is not None and not re.search(r"[\u201c\"]", rest[: closing.start()])


# An aside opening with a participle: "Ann Roe, also campaigning in Tarn, said", "Sullivan,
# struck by her story, told".
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:(?:also|still|apparently|now|later)\s+)?[a-z]{2,}ing\b|,\s+[a-z]+\s+by\b"
)
# An aside between a subject and its verb: a relative clause, an appositive or a participle.
_ASIDE_OPENS = re.compile(
    r",\s+(?:who|whose|which|the|a|an|his|her|its|their|one|now|then)\b|"
    # "Ann Roe, author of “Going Viral,” said": a role without an article.
    r",\s+[a-z]+\s+(?:of|at|for)\b|" + _PARTICIPLE_ASIDE.pattern
)


def _subject_before_aside(sentence: str, verb_at: int) -> tuple[int, int] | None:
    """The name the main clause opens with when an aside holding commas or quotations of its
    own stands between it and the verb ("Hemsley, the author of “Going Viral,” about rumours,
    said")."""
    # The aside's comma may sit inside its closing quotation mark: 'known as “Guccifer,” said'.
    if not sentence[:verb_at].rstrip().endswith((",", ",\u201d", ',"')):
        return None
    subject = _opening_name(sentence, verb_at)
    if subject is None or not _ASIDE_OPENS.match(sentence, subject.end(1)):
        return None
    if not has_name(WORD.findall(subject.group(1))):
        return None
    return subject.span(1)


def _grounded(verb: str, before: str, after: str) -> bool:
    """Whether a criticism verb has its grounds after its object: "attacked Rubio for not
    answering"; a comparison its likeness, unless a record compares ("The study compared
    the results to a control group")."""
    if verb.startswith("compar"):
        return _LIKENED_TO.match(after) is not None and not _record_before(before)
    return _GROUNDS.match(after) is not None


def _opens_with_subject(sentence: str, verb: re.Match[str]) -> bool:
    """Whether the verb follows straight on the name or pronoun its clause opens with."""
    subject = _opening_name(sentence, verb.start())
    return (
        subject is not None
        and not _opens_phrase(sentence, subject)
        # "Conservatives still praise his refusal": an adverb may stand between.
        and _ADVERBS_ONLY.fullmatch(sentence, subject.end(1), verb.start()) is not None
    )


_ADVERBS_ONLY = re.compile(r"\s*(?:(?:still|also|often|now|again|\w+ly)\s+)*")


def _opening_name(sentence: str, limit: int) -> re.Match[str] | None:
    """The name run or pronoun the main clause opens with, with the description a name may
    hold: "Florida delegate John Archer", "Republican presidential nominee Donald Trump"."""
    subject = leading_subject(sentence, limit)
    if subject is None:
        return None
    titled = _TITLED_SUBJECT.match(sentence, subject.start(1), limit)
    if titled is not None and all(map(describes, titled.group(2).split())):
        return titled
    return subject


# A name run with lower-case words of a description inside it (group 2): each must be a
# plain noun or adjective, so "Roe won the Tarn" is no name.
_TITLED_SUBJECT = re.compile(
    r"((?:[Tt]he\s+)?(?:[A-Z][\w\u2019'.-]*\s+){1,3}((?:[a-z]+\s+){1,2})"
    r"(?:[A-Z][\w\u2019'.-]*\s+){0,3}[A-Z][\w\u2019'.-]*)\b(?![\u2019'.-])"
)


_PLAIN_WORD = re.compile(r"[\w\u2019'-]+")

# Words between a denial and the claim it answers: "defended himself against accusations".
_REFLEXIVE_AGAINST = frozenset(["himself", "herself", "themselves", "itself", "against"])


def _claim_object(after: str) -> bool:
    """Whether a denial's object is a claim: "denied those claims", "disputed it",
    "defended the nominee's description"."""
    for word in _PLAIN_WORD.findall(after[:80].lower())[:6]:
        if word in cues.CLAIM_NOUNS:
            return True
        if word.endswith(("'s", "\u2019s")) or word in _REFLEXIVE_AGAINST:
            # "defended the nominee's description", "defended himself against accusations".
            continue
        if word not in (
            "the",
            "a",
            "an",
            "those",
            "these",
            "any",
            "all",
            "such",
            "his",
            "her",
            "their",
            # "confirmed a few of his revelations", "repeated some of those claims".
            "few",
            "some",
            "one",
            "many",
            "several",
            "most",
            "of",
        ):
            return False
    return False


# An aside closed by a comma just before a verb: ", which Roe won decisively, ".
_RECORD_ASIDE = re.compile(r",\s+(?:which|where|when|who)\b[^,;:]*,\s*$")


def _record_before(before: str) -> bool:
    """Whether a document or data set is the verb's subject: "the survey also finds", "a
    presentation to investors indicated"."""
    # "Exit polls from the primary, which Roe won, showed": the aside is no subject.
    before = _RECORD_ASIDE.sub("", before[-200:])
    # "The polling that was done in May showed": a relative clause stays in its subject.
    subject = re.split(
        r"[,;:\u201c\u201d\"]|\b(?:that(?!\s+(?:was|were|is|are|has|had|have)\b)|which|who)\b",
        before[-120:],
    )[-1]
    if any(word in cues.RECORD_NOUNS for word in _PLAIN_WORD.findall(subject.lower())[-10:]):
        return True
    # "A Fox News poll, conducted jointly with ..., shows": the subject before an aside.
    opening = re.match(
        r"[^,;:]{1,60},\s+(?:conducted|released|published|commissioned|taken)\b", before
    )
    return bool(opening) and any(
        word in cues.RECORD_NOUNS for word in _PLAIN_WORD.findall(opening.group().lower())
    )


# A past tense inside a phrase, not as a modifier after a determiner or an adverb ("a
# retired teacher", "the newly elected mayor", "another unaligned strategist"): "The plan
# failed", "Prices rose sharply".
_PAST_IN_PHRASE = re.compile(
    "".join(
        rf"(?<!\b{word})"
        for word in ("a", "an", "another", "the", "his", "her", "its", "our", "their", "every")
    )
    + r"(?<!ly)\s(?:[a-z]{2,}ed|"
    + "|".join(sorted(cues.IRREGULAR_PASTS))
    + r")\b"
)


def _verb_in_phrase(phrase: str) -> bool:
    """Whether a phrase holds a cue verb, not one used as a title ("state Sen. Ann Roe") nor
    a form news mostly uses as a noun ("director of state campaigns", "the new rules")."""
    return any(
        not re.match(r"\s+[A-Z]", phrase[m.end() :])
        and not (
            m.group().lower() in cues.CLAUSE_ONLY_FORMS
            and not _CLAUSE_NEXT.match(phrase[m.end() :])
        )
        for m in _VERB.finditer(phrase)
    )


# A sentence that only says someone spoke: "Ada Brent agreed.", "Ivo Pern then added:".
_BARE_TAG = re.compile(
    r"\s+(?:(?:\w+ly|also|then|later)\s+)?("
    + "|".join(sorted(cues.SPEAKER_TAG_VERBS, key=len, reverse=True))
    + r")(?:\s+(?:on\s+)?(?:[A-Z]\w+day|today|yesterday|again|too)|\s+\w+ly)*\s*[.:]?\s*$"
)


def bare_tag(text: str, start: int, end: int) -> Attribution | None:
    """The speaker of a sentence that says nothing but who spoke ("Ada Brent agreed."): the
    quotation that follows it is theirs."""
    sentence = text[start:end]
    tag = _BARE_TAG.search(sentence)
    source = None if tag is None else source_before(sentence, tag.start())
    if tag is None or source is None or sentence[source[1] : tag.start()].strip():
        return None  # "The rule was explained.": a passive, nobody speaks
    opening = sentence[: source[0]].strip()
    if opening and not opening.endswith(","):
        return None
    name = sentence[source[0] : source[1]]
    label, why, kinds = classify(name)
    cue = (tag.start(1) + start, tag.end(1) + start)
    reason = f"'{tag.group(1)}' {why}: {name}"
    return Attribution(label, cue, (source[0] + start, source[1] + start), reason, kinds=kinds)


def signature(text: str, start: int, end: int) -> Attribution | None:
    """The speaker a line signs when it holds nothing but a dash and a name, maybe with who
    they are ("— Lena Voss, a shopkeeper"): the quotation above it is theirs."""
    sentence = text[start:end]
    line = _SIGNATURE_LINE.match(sentence)
    if line is None or not has_name(WORD.findall(line.group(1))):
        return None
    found = trimmed_span(sentence, line.start(1), line.end(1)) or line.span(1)
    name = sentence[found[0] : found[1]]
    label, _why, kinds = classify(name)
    cue = (line.start() + start, line.start(1) + start)
    reason = f"a quotation signed by its speaker: {name}"
    return Attribution(label, cue, (found[0] + start, found[1] + start), reason, kinds=kinds)


def has_reporting_word(sentence: str) -> bool:
    """Whether any form of a cue verb appears in the sentence (used or not); verbs that
    report only with an "as" or grounds after them ("painted", "attacked") do not count, so
    "cast a vote" is not said to hold a reporting word."""
    return _PLAIN_REPORTING_WORD.search(sentence) is not None


_PLAIN_REPORTING_WORD = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            cues.REPORTING_VERBS - _PORTRAYAL_FORMS - _CRITICISM_FORMS,
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)


def _looks_like_headline(sentence: str) -> bool:
    """Most words capitalised, as in a headline written in title case."""
    words = WORD.findall(sentence)
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and capitalised >= 0.7 * len(words)


def _participle(sentence: str, match: re.Match[str]) -> Iterable[Attribution]:
    """'..., saying that ...': the speaker is the subject of the sentence's main clause, after
    any opening phrase ("In an interview, Dace confessed ..., admitting ...")."""
    before = sentence[max(0, match.start() - WINDOW) : match.start()]
    if (absolute := _WITH_SUBJECT.search(before)) and has_name(WORD.findall(absolute.group(1))):
        offset = match.start() - len(before)
        found = trimmed_span(sentence, offset + absolute.start(1), offset + absolute.end(1))
        if found is not None:
            yield _attribution(sentence, match.group(), match.span(), found, trailing=False)
            return
    if (verb := subject_verb(sentence, match.start())) is not None:
        # "The institute's director, Dr. Ravi Menon, welcomed it but said ...", "A council
        # spokesperson denied this, saying ...": the phrase before the opening verb.
        start = clause_start(sentence, match.start())
        found = source_before(sentence, verb.start())
        if found is None or found[0] < start:
            found = trimmed_span(sentence, start, verb.start())
        if found is not None:
            yield _attribution(sentence, match.group(), match.span(), found, trailing=False)
        return
    subject = _opening_name(sentence, match.start())
    opening = subject is not None and _opens_phrase(sentence, subject)
    if subject is not None and opening:
        # "Here in Tarn, Ann Lee stepped up ...", "While saying ..., he continued", "When he
        # returned he began by saying": an opening phrase; the subject follows its comma, or
        # the subordinating word.
        word_end = subject.end(1)
        comma = sentence.find(", ", word_end)
        subject = LEADING_SUBJECT.match(sentence, comma + 2) if comma > 0 else None
        if subject is None or _opens_phrase(sentence, subject):
            subject = _PRONOUN_AFTER.match(sentence, word_end)
    if subject is None or (subject.end(1) > match.start() and not opening):
        return
    end = subject.end(1)
    if (more := _MORE_NAMES.match(sentence, end)) and more.end() < match.start():
        end = more.end()  # "Carson, Fiorina and Huckabee ... say": every name speaks.
    if re.search(r"^(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)['\u2019](?:s|re)$", subject.group(1)):
        end = subject.start(1) + len(re.split(r"['\u2019]", subject.group(1))[0])
    source = trimmed_span(sentence, subject.start(1), end)
    if source is not None and sentence[source[0] : source[1]] not in ("The", "the"):
        yield _attribution(sentence, match.group(), match.span(), source, trailing=False)


# A capitalised word in -ing that a past tense follows ("Ebeling reminisced"); not an
# auxiliary's ("Having announced").
_ING_NAME = re.compile(
    r"(?!(?:Having|Being|Getting)\b)[A-Z][a-z]{2,}ing\s+(?:[a-z]{2,}ed|"
    + "|".join(sorted(cues.IRREGULAR_PASTS))
    + r")\b"
)


def _opens_phrase(sentence: str, subject: re.Match[str]) -> bool:
    """Whether the word a clause opens with starts a phrase before the subject ("In",
    "Facing criticism, ..."), not the subject: a word in -ing with a past tense straight
    after it is a surname ("Ebeling reminisced ... and said")."""
    return bool(_NOT_A_SUBJECT.fullmatch(subject.group(1))) and not _ING_NAME.match(
        sentence, subject.start(1)
    )


# The rest of a list of names after its first: ", Fiorina and Huckabee", " and Vale".
_NAME_RUN = r"[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}"
_MORE_NAMES = re.compile(rf"(?:,\s+{_NAME_RUN})*,?\s+(?:and|or)\s+{_NAME_RUN}\b")


# A pronoun straight after an opening word: "When he returned ...".
_PRONOUN_AFTER = re.compile(r"\s+(he|she|they)\b")


# A capitalised word opening a sentence that is no subject: a preposition, "Here", "There".
_NOT_A_SUBJECT = re.compile(
    r"(?i:in|on|at|for|with|from|by|after|before|during|here|there|now|then|today|yesterday|"
    r"later|earlier|still|yet|so|as|while|when|if|once)"
    # "Facing criticism, Ann Roe released ...": an opening participle, not a name.
    r"|[A-Z][a-z]{2,}ing"
)


def _attribution(
    sentence: str, verb: str, cue: tuple[int, int], source: tuple[int, int], trailing: bool
) -> Attribution:
    """An attribution through a reporting verb, with its source classed.

    "speaking on condition of anonymity" anywhere in the sentence makes an unnamed-looking
    source anonymous even when the phrase sits apart from it.
    """
    text = sentence[source[0] : source[1]]
    label, why, kinds = classify(text)
    if label == "named" and not has_name(WORD.findall(text)) and ANONYMITY.search(sentence):
        label, why = "anonymous", "cites a source who asked not to be named"
    return Attribution(label, cue, source, f"'{verb}' {why}: {text}", trailing, kinds)
