"""Attribution labels for sentences: who says so, found from cues, sentence shape and context.

Each sentence gets one label for its main claim (LABELS), the source and cue that justify
it, and a reason a student can read. The rules are general: cue lexicons (`cues.py`), the
position of the source around its verb (before, after, inverted, around a quotation),
back-references to sources named earlier, and quotations spanning several sentences.
Deterministic, offline, linear in the length of the text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, replace

from tui.analysis import cues
from tui.analysis.sentences import split_spans
from tui.articles import Article

#: The fixed label words, the same in the interface, the JSON and the quizzes.
LABELS = ("named", "anonymous", "vague", "unattributed", "none")


@dataclass(frozen=True)
class TextSpan:
    """A piece of a sentence (a source or a cue) with offsets into the analysed text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence with its label and the evidence for it.

    `source` and `cue` lie inside the sentence, except in a quotation that runs over several
    sentences: there the speaker named in a neighbouring sentence is the `source` (offsets
    into the same text) and `cue` is None.
    """

    start: int
    end: int
    text: str
    label: str
    source: TextSpan | None = None
    cue: TextSpan | None = None
    quote: bool = False
    reason: str = ""


@dataclass(frozen=True)
class Analysis:
    """An article's sentences; offsets are into `Article.text`."""

    article: Article
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class _Attribution:
    """A cue found in a sentence, with its source and how the source was classed."""

    label: str
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    reason: str
    trailing: bool = False
    kinds: frozenset[str] = frozenset()
    embedded: bool = False


@dataclass(frozen=True)
class _Remembered:
    """A source met earlier, kept for "he said" and "the report said" (bounded memory)."""

    text: str
    label: str
    kinds: frozenset[str]


# How many characters around a cue the rules read, and how many cues a sentence may have:
# bounds that keep a run-on "sentence" of any length linear (sources are short phrases).
_WINDOW = 300
_MAX_CUES = 40
# How far ahead a quoted sentence looks for its speaker within the same quotation.
_QUOTE_REACH = 8
# How many earlier sources a back-reference may look at: keeps the lookup O(1).
_MEMORY = 12
# A source longer than this many words is not a noun phrase but a clause.
_MAX_SOURCE_WORDS = 24
# After a trailing cue ("..., the report said in a statement."), at most this many words.
_MAX_TAIL_WORDS = 9

_WORD = re.compile(r"[\w][\w\u2019'.&-]*")
_VERB = re.compile(
    r"\b(?:" + "|".join(sorted(cues.REPORTING_VERBS, key=len, reverse=True)) + r")\b"
)
# In a title-case line ("Mayor Says Bridge Will Close") the verb is capitalised too.
_HEADLINE_VERB = re.compile(_VERB.pattern, re.IGNORECASE)
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_VAGUE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for p in sorted(cues.VAGUE_PHRASES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_ANONYMITY = re.compile("|".join(re.escape(p) for p in cues.ANONYMITY_MARKERS), re.IGNORECASE)
_NON_CLAIM = re.compile(
    r"^\W*(?:" + "|".join(re.escape(p) for p in cues.NON_CLAIM_OPENERS) + r")", re.IGNORECASE
)
# The clause a reporting verb introduces: "that", a quotation or a colon, soon after it.
_CLAUSE_AFTER = re.compile(
    r"^(?:\s+[\w\u2019'.-]+){0,5}?\s+(?:that\b(?=\s+\w)|whether\b|how\b|why\b)"
    r"|^\s*[:\u201c\"]|^,?\s*[\u201c\"]"
    r"|^(?:[\s,]+[\w\u2019'.-]+){1,12}?,?\s+[\u201c\"]"
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_AUX_BEFORE = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(cues.AUXILIARIES)) + r"|am|been|n[o\u2019']t|\w+ly))+\s*$",
    re.IGNORECASE,
)
_SOURCE_BOUNDARY = re.compile(
    r"[,;:\u201c\u201d\"(\u2014\u2013]|\b(?i:that|which|who|whom|where|when|while|as|because|if|although|though|since|after|"
    r"before|until|whether|but|so|yet|then|now|still|also|what)\b(?=\s)"
    r"|\band\b(?=\s+(?:he|she|they|it|we|I)\b)"
)
_SOURCE_END = re.compile(
    r"[,;:.!?\u201c\u201d\"(\u2014\u2013]|\s+(?:that|on|in|at|last|this|after|before|when|during|to)\b"
)
_HEAD_CUT = re.compile(
    r"\s+(?:of|at|from|for|with|in|on|who|which|that|familiar|close|briefed|speaking|released|published|"
    r"quoted|cited|according)\b|,"
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
    r"\b(?:statement|letter|post|tweet|message|email|release|report|memo|note|video)\s+$",
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
# The subject a sentence opens with: a name run or a pronoun (for "..., saying ...").
_LEADING_SUBJECT = re.compile(
    r"[\u201c\"]?(?:(?:But|And|So|Yet|Still|Meanwhile),?\s+)?((?:[Tt]he\s+)?(?:[A-Z][\w\u2019'.-]*\s+){0,4}[A-Z][\w\u2019'.-]*|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b"
)
# "did not say", "nobody can say", "declined to comment": no claim is attributed.
_NEGATED = re.compile(
    r"(?:\b(?:not|never|nobody|no one|none)|n['\u2019]t)\s+(?:\w+\s+)?$|^\s*(?:nobody|no one)\b",
    re.IGNORECASE,
)
# A relative clause set off by commas just before the verb: ", who voted against it,".
_RELATIVE_TAIL = re.compile(
    r",\s+(?:who|which|whose|at|in|on|during|after|before|speaking|writing|asked|reached|"
    r"interviewed|appearing)\b[^,;:“”\"]*,?$"
    r"|\s[\u2014\u2013-]{1,2}\s*(?:who|which|whose)\b[^\u2014\u2013]*[\u2014\u2013-]{1,2}$"
)
# A clause straight after a verb of belief, with "that" left out: "believes the vote was".
_DIRECT_CLAUSE = re.compile(
    r"\s+(?:he|she|it|they|we|I|you|there|this|these|the|his|her|their|its|our|neither|no|"
    r"every|[A-Z][\w\u2019'-]+)"
    r"(?:\s+[\w\u2019'-]+){0,3}?\s+(?:is|are|was|were|will|would|could|can|should|may|might|"
    r"has|have|had|must|did|does|do|wants|needs|plans|intends|remains|faces|lacks)\b"
)
# "was first reported by", "has been confirmed by": a passive report with its agent.
_PASSIVE_AGENT = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|first\s+|also\s+)*(?:reported|told|confirmed|"
    r"announced|revealed|disclosed|claimed|alleged|stated|estimated|described|quoted|cited)\s+by\s"
)
# A quotation signed at its end: "“...” — Carla Sanchez."
_SIGNED_QUOTE = re.compile(
    r"[\u201d\"]\s*[\u2014\u2013\u2015-]{1,2}\s*([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})[.\s]*$"
)
# A clause that is not the sentence's main one: "when he wrote ...", "because they said".
_SUBORDINATE = re.compile(
    r"\b(?:when|if|because|after|before|while|since|although|though|as|until|unless|what|which|"
    r"who|whom|where)$",
    re.IGNORECASE,
)
# The first verb of a sentence, roughly: a past tense or an auxiliary.
_OPENING_VERB = re.compile(r"\b(?:[a-z]+ed|has|have|had|is|was|were|are|will|would|says)\b")
# "The ministry issued ...": a definite subject, up to a past-tense verb or an auxiliary.
_DEFINITE_SUBJECT = re.compile(
    r"[\u201c\"]?((?:[Tt]he)\s+(?:[\w\u2019'-]+\s+){0,4}?[\w\u2019'-]+)(?=\s+(?:\w+ed|has|have|had|is|was|"
    r"were|are|will|would|also)\b)"
)
# ", Mo Adeyemi." at the end of a sentence: a name set after a role.
_NAME_AFTER_COMMA = re.compile(r",\s+((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.\u2019'-]*)[.!?\s]*$")
# Base forms that after "and" continue an infinitive or a modal ("to sell and tell").
_BASE_FORM = re.compile(
    r"say|tell|write|warn|argue|insist|note|claim|deny|admit|agree|believe|think"
)
# "a report", "the claims": the verb form is a noun here.
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|these|those|such|new|latest|any|some|many|all|"
    r"to|of|two|three|several|few|other)|\b(?!(?:he|she|it|that|there|what|who)['\u2019])\w+['\u2019]s)\s+$",
    re.IGNORECASE,
)
# Verbs whose object follows them: ", told the Journal" is not an inverted source.
_TAKES_OBJECT = frozenset({"told", "tells", "tell", "urged", "asked", "warned"})
_TERMINAL = (
    ".",
    "!",
    "?",
    "\u2026",
    ".\u201d",
    "!\u201d",
    "?\u201d",
    '."',
    '!"',
    '?"',
    ".\u2019",
    "?\u2019",
    ".)",
    "\u201d",
    '"',
)


def analyze(text: str) -> list[Sentence]:
    """Split `text` into sentences and label each one; offsets are into `text`."""
    # Two apostrophes serve as a quotation mark in some newspapers' text; the rules read a
    # copy of the same length with a plain quotation mark there, the spans cut the original.
    view = text.replace("''", '" ') if "''" in text else text
    spans = split_spans(view)
    found = [_attribute(view, start, end) for start, end in spans]
    in_quote = _quotation_runs(view, spans)
    memory: deque[_Remembered] = deque(maxlen=_MEMORY)
    sentences = []
    for index, (start, end) in enumerate(spans):
        attribution = found[index]
        quoted = in_quote[index] or _holds_quotation(view[start:end])
        if attribution is None and in_quote[index]:
            attribution = _speaker_of_quotation(found, in_quote, index)
        if attribution is not None and not quoted and _first_person(view, attribution):
            # "I write this because ...": the writer speaking, not a source.
            attribution = None
        sentence = _label(text, start, end, attribution, memory, quoted)
        if attribution is None and (mentioned := _mentioned(sentence.text)) is not None:
            memory.append(mentioned)
        sentences.append(sentence)
    return sentences


def _first_person(text: str, attribution: _Attribution) -> bool:
    """Whether the source is the writer: "I" or "we" outside any quotation."""
    if attribution.source is None:
        return False
    return text[attribution.source[0] : attribution.source[1]].lower() in ("i", "we")


def analyze_article(article: Article) -> Analysis:
    """Header lines are `none`; the body is analysed; offsets are into the article text."""
    header = [
        Sentence(
            s.start,
            s.end,
            article.text[s.start : s.end],
            "none",
            reason=_HEADER_REASONS.get(s.kind, f"{s.kind} line: metadata, not a claim"),
        )
        for s in article.header
        if s.kind != "front-matter"
    ]
    shift = article.body_start
    body = [_shifted(s, shift) for s in analyze(article.body)]
    return Analysis(article, tuple(header + body))


_HEADER_REASONS = {
    "outlet": "the outlet's name: metadata, not a claim",
    "news-id": "the outlet's story number: metadata, not a claim",
    "date": "the publication date: metadata, not a claim",
    "kicker": "the kicker above the headline: a label, not a claim",
    "title": "the headline: it announces the story; the body must back it up",
}


def _shifted(sentence: Sentence, shift: int) -> Sentence:
    """The same sentence with every offset moved by `shift`."""

    def move(span: TextSpan | None) -> TextSpan | None:
        return None if span is None else TextSpan(span.text, span.start + shift, span.end + shift)

    return replace(
        sentence,
        start=sentence.start + shift,
        end=sentence.end + shift,
        source=move(sentence.source),
        cue=move(sentence.cue),
    )


# --- Finding the attribution in one sentence ----------------------------------------------


def _attribute(text: str, start: int, end: int) -> _Attribution | None:
    """The attribution of the sentence's main claim, or None when it cites nobody."""
    sentence = text[start:end]
    if signed := _SIGNED_QUOTE.search(sentence):
        # "“...” — Carla Sanchez.": a quotation signed with its speaker's name.
        first, last = _trimmed(sentence, signed.start(1), signed.end(1)) or signed.span(1)
        name = sentence[first:last]
        source = (first + start, last + start)
        label, _why, kinds = _classify(name)
        cue = (signed.start() + start, signed.start(1) + start)
        reason = f"a quotation signed by its speaker: {name}"
        return _Attribution(label, cue, source, reason, kinds=kinds)
    according = [*_according_to(sentence), *_reported_by(sentence)]
    taken = [a.source for a in according if a.source is not None]
    verbs = [v for v in _reporting_verbs(sentence) if not any(a <= v.cue[0] < b for a, b in taken)]
    candidates = [*according, *verbs]
    vague = _VAGUE.search(sentence)
    trailing = [c for c in candidates if c.trailing]
    first_cue = min((c.cue[0] for c in candidates), default=len(sentence))
    if trailing:
        # "..., the ministry said.": the frame at the end covers the whole sentence.
        chosen = trailing[-1]
    elif vague and (not candidates or (vague.start() <= 3 and vague.start() < first_cue)):
        # "There are fears that ...", "It is believed that ...": a vague frame opens it.
        reason = f"'{vague.group()}' points at no source a reader could check"
        chosen = _Attribution("vague", vague.span(), None, reason)
    elif candidates:
        # The main clause's attribution before one inside "when he wrote ...".
        chosen = min(candidates, key=lambda c: (c.embedded, c.cue[0]))
    else:
        return None
    return _Attribution(
        chosen.label,
        (chosen.cue[0] + start, chosen.cue[1] + start),
        None if chosen.source is None else (chosen.source[0] + start, chosen.source[1] + start),
        chosen.reason,
        chosen.trailing,
        chosen.kinds,
    )


def _according_to(sentence: str) -> Iterable[_Attribution]:
    """'according to X': X is the source, up to the next comma or the end."""
    for match in _ACCORDING.finditer(sentence):
        rest = sentence[match.end() : match.end() + _WINDOW]
        stop = re.search(
            r"[,;:.!?\u201d\"(\u2014\u2013]\s|[,;:!?\u201d\"(\u2014\u2013]|\.$|$", rest
        )
        source_end = match.end() + (stop.start() if stop else len(rest))
        source = _trimmed(sentence, match.end(), source_end)
        if source is None:
            continue
        label, why, kinds = _classify(sentence[source[0] : source[1]])
        tail = sentence[source[1] : source[1] + _WINDOW].strip(' ,.;”"')
        yield _Attribution(
            label,
            match.span(),
            source,
            f"'according to' {why}: {sentence[source[0] : source[1]]}",
            trailing=len(_WORD.findall(tail)) <= 2 and match.start() > 0,
            kinds=kinds,
        )


def _reported_by(sentence: str) -> Iterable[_Attribution]:
    """'was first reported by Politico', 'confirmed by police': the agent is the source."""
    for match in _PASSIVE_AGENT.finditer(sentence):
        source = _source_after(sentence, match.end() - 1)
        if source is None:
            continue
        text = sentence[source[0] : source[1]]
        label, why, kinds = _classify(text)
        tail = sentence[source[1] : source[1] + _WINDOW].strip(' ,.;\u201d"')
        yield _Attribution(
            label,
            (match.start(), match.end() - 1),
            source,
            f"'{match.group().strip()}' {why}: {text}",
            trailing=len(_WORD.findall(tail)) <= 2,
            kinds=kinds,
        )


def _reporting_verbs(sentence: str) -> Iterable[_Attribution]:
    """'X said', '..., X said.', '..., said X', 'X told Y that', 'X claimed that'."""
    verbs = _HEADLINE_VERB if _looks_like_headline(sentence) else _VERB
    for count, match in enumerate(verbs.finditer(sentence)):
        if count >= _MAX_CUES:
            break
        verb = match.group().lower()
        # Windows around the verb keep a run-on "sentence" of any length linear.
        before_start = max(0, match.start() - _WINDOW)
        before = sentence[before_start : match.start()]
        after = sentence[match.end() : match.end() + _WINDOW]
        if verb == "said" and re.match(r"\s+to\b", after, re.IGNORECASE):
            continue  # "Fighters Said To Join": the hedge "said to", not a source.
        passive = not verb.endswith("ing") and _PASSIVE_BEFORE.search(before)
        nominal = _NOUN_BEFORE.search(before) or (
            not verb.endswith("ed") and re.search(r"\b(?:media|news)\s+$", before, re.IGNORECASE)
        )
        if passive or nominal or _NEGATED.search(before):
            continue
        speech = verb in cues.SPEECH_VERBS
        clause = bool(
            _CLAUSE_AFTER.search(after)
            or _MEDIUM.match(after)
            or (verb in cues.ZERO_THAT_VERBS and _DIRECT_CLAUSE.match(after))
        )
        # ", the report said." / "... said on Monday.": nothing but a time or place follows.
        clause_rest = after.split(",", 1)[0]
        at_tail = len(_WORD.findall(clause_rest)) <= _MAX_TAIL_WORDS and bool(
            _TAIL.match(clause_rest) or (speech and "that" not in clause_rest.split())
        )
        if verb in cues.PROGRESSIVES:
            if before.rstrip().endswith(","):
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
            # ", saying the plan failed" and "a statement saying ..." report speech;
            # "is adding to his wins" and "claiming residency" do not.
            after_comma = before.rstrip().endswith(",") and verb not in ("claiming", "calling")
            if clause or after_comma or _MEDIUM_BEFORE.search(before):
                yield from _participle(sentence, match)
            continue
        if not (speech or clause or at_tail):
            continue
        after_quote = re.search(r"(?:[”\"]|'')\s*$", before) and not re.search(
            r"^\s*(?:that|it|this)\b", after
        )
        if (
            (at_tail or after_quote)
            and verb not in _TAKES_OBJECT
            and re.search(r"(?:[,”\"]|'')\s*$", before)
        ):
            source = _source_after(sentence, match.end())
            if source is not None:
                yield _attribution(sentence, verb, match.span(), source, trailing=True)
                continue
        if re.search(r"\b(?:and|but)\s+(?:\w+ly\s+)?$", before):
            # "Wilson praised the plan and said ...": the speaker is the opening subject;
            # "needs to sell herself and tell jokes" continues an infinitive, no report.
            if not _BASE_FORM.fullmatch(verb):
                yield from _participle(sentence, match)
            continue
        aux = _AUX_BEFORE.search(before)
        subject_end = before_start + (aux.start() if aux else len(before.rstrip()))
        cue_start = (
            before_start + aux.start() + (len(aux.group()) - len(aux.group().lstrip()))
            if aux
            else match.start()
        )
        source = _source_before(sentence, subject_end)
        if source is None:
            continue
        boundary = sentence[max(0, source[0] - _WINDOW) : source[0]].rstrip()
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
        yield replace(found, embedded=bool(_SUBORDINATE.search(boundary)))


def _looks_like_headline(sentence: str) -> bool:
    """Most words capitalised, as in a headline written in title case."""
    words = _WORD.findall(sentence)
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and capitalised >= 0.7 * len(words)


def _participle(sentence: str, match: re.Match[str]) -> Iterable[_Attribution]:
    """'..., saying that ...': the speaker is the subject the sentence opened with."""
    subject = _LEADING_SUBJECT.match(sentence)
    if subject is None or subject.end(1) > match.start():
        return
    if subject.group(1) in ("The", "the") and "," in sentence[: match.start()]:
        # "The institute's director, Dr. Ravi Menon, welcomed it but said ...": the phrase
        # before the opening verb, appositive and all.
        verb = _OPENING_VERB.search(sentence, subject.end(1), match.start())
        found = _source_before(sentence, verb.start()) if verb else None
        if found is not None:
            yield _attribution(sentence, match.group(), match.span(), found, trailing=False)
            return
    end = subject.end(1)
    if subject.group(1) in ("The", "the") and (phrase := _DEFINITE_SUBJECT.match(sentence)):
        # "The ministry issued a statement saying ...": the phrase up to its verb.
        end = phrase.end(1)
    if re.search(r"^(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)['\u2019](?:s|re)$", subject.group(1)):
        end = subject.start(1) + len(re.split(r"['\u2019]", subject.group(1))[0])
    source = _trimmed(sentence, subject.start(1), end)
    if source is not None:
        yield _attribution(sentence, match.group(), match.span(), source, trailing=False)


def _attribution(
    sentence: str, verb: str, cue: tuple[int, int], source: tuple[int, int], trailing: bool
) -> _Attribution:
    """An attribution through a reporting verb, with its source classed.

    "speaking on condition of anonymity" anywhere in the sentence makes an unnamed-looking
    source anonymous even when the phrase sits apart from it.
    """
    text = sentence[source[0] : source[1]]
    label, why, kinds = _classify(text)
    if label == "named" and not _has_name(_WORD.findall(text)) and _ANONYMITY.search(sentence):
        label, why = "anonymous", "cites a source who asked not to be named"
    return _Attribution(label, cue, source, f"'{verb}' {why}: {text}", trailing, kinds)


def _source_after(sentence: str, at: int) -> tuple[int, int] | None:
    """The source after an inverted verb: ', said a WeWork spokesperson.'"""
    limit = min(len(sentence), at + _WINDOW)
    stop = _SOURCE_END.search(sentence, at + 1, limit)
    # "said a spokesperson for the company" keeps its "for" phrase: extend over of/for/at.
    end = stop.start() if stop else limit
    while stop and re.match(r"\s+(?:on|in|at|to)\b", stop.group()) and end - at < 6:
        stop = _SOURCE_END.search(sentence, stop.end(), limit)
        end = stop.start() if stop else limit
    if appositive := _NAME_AFTER_COMMA.match(sentence, end):
        # "said the trust's chair, Mo Adeyemi.": the name closes the source.
        end = appositive.end(1)
    found = _trimmed(sentence, at, end)
    if found is None:
        return None
    words = sentence[found[0] : found[1]].split()
    if not words or (
        words[0][0].islower()
        and words[0].lower() not in _DETERMINERS
        and words[0].lower() not in cues.PRONOUN_KINDS
    ):
        return None
    phrase = sentence[found[0] : found[1]]
    head_words = _WORD.findall(_HEAD_CUT.split(phrase, maxsplit=1)[0]) or words
    clause = any(w in _CLAUSE_WORDS for w in words) or (
        len(words) > 1 and words[0].lower() in cues.PRONOUN_KINDS
    )
    looks_like_source = not clause and (
        _has_name(_WORD.findall(phrase))
        or head_words[-1].lower() in _SOURCE_HEADS
        or (len(words) == 1 and words[0].lower() in cues.PRONOUN_KINDS)
    )
    return found if looks_like_source and len(words) <= _MAX_SOURCE_WORDS else None


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
    | cues.BACK_REFERENCE_NOUNS
    | cues.SPOKESPERSON_NOUNS
    | cues.INSTITUTION_NOUNS
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
    ]
)


def _source_before(sentence: str, end: int) -> tuple[int, int] | None:
    """The noun phrase ending at `end`: back to the nearest comma, quotation mark or 'that'.

    An appositive keeps its name: "Colin Kahl, undersecretary of defense, said" gives the
    whole "Colin Kahl, undersecretary of defense".
    """
    floor = max(0, end - _WINDOW)
    head = sentence[floor:end].rstrip()
    if relative := _RELATIVE_TAIL.search(head):
        # "Councillor Tom Becker, who voted against the plan, argued": drop the aside.
        head = head[: relative.start()]
    core_end = floor + (len(head) - 1 if head.endswith(",") else len(head))
    boundaries = list(_SOURCE_BOUNDARY.finditer(sentence, floor, core_end))
    begin = boundaries[-1].end() if boundaries else floor
    if boundaries and boundaries[-1].group() == ",":
        role = sentence[begin:core_end].strip()
        prior = boundaries[-2].end() if len(boundaries) >= 2 else floor
        name = sentence[prior : boundaries[-1].start()].strip()
        if (role[:1].islower() or role[:1].isdigit()) and _is_short_name(name):
            begin = prior
    while boundaries and boundaries[-1].group().lower() in ("who", "which"):
        # "Two nurses who work in the ward said": the relative clause belongs to the source.
        boundaries.pop()
        earlier = boundaries[-1].end() if boundaries else floor
        noun = _WORD.findall(sentence[earlier:begin])
        if len(noun) < 2 or noun[-2].lower() in _NOT_SOURCES:
            break
        begin = earlier
    end = core_end
    if conjunction := re.match(r"\s*(?:and|but|or)\s+", sentence[begin:end]):
        begin += conjunction.end()
    found = _trimmed(sentence, begin, end)
    if found is None:
        return None
    words = sentence[found[0] : found[1]].split()
    lead = words[0].lower().strip('“"(')
    if lead in _NOT_SOURCES or len(words) > _MAX_SOURCE_WORDS:
        return None
    last = words[-1].lower().strip(",")
    if last in cues.COMMON_CAPITALISED and last not in ("one", "some", "many", "others", "most"):
        return None
    first_char = words[0].lstrip('“"(')[:1]
    if (
        first_char.islower()
        and lead not in _DETERMINERS
        and lead not in cues.PRONOUN_KINDS
        and lead not in cues.VAGUE_NOUNS
        and lead not in cues.ANONYMOUS_NOUNS
        and words[-1].lower() not in _SOURCE_HEADS
        and not any(w[:1].isupper() for w in words)
    ):
        return None
    return found


_NOT_SOURCES = frozenset(
    ["there", "this", "which", "who", "what", "it's", "now", "then", "so", "here", "just", "please"]
)


def _is_short_name(phrase: str) -> bool:
    """A name or a short definite phrase an appositive can follow: "Ann Lee", "The study"."""
    words = phrase.split()
    if not words or len(words) > 5:
        return False
    if all(w[:1].isupper() for w in words):
        return True
    return words[0].lower() in ("the", "a", "an") and words[-1].lower() in _SOURCE_HEADS


def _trimmed(sentence: str, start: int, end: int) -> tuple[int, int] | None:
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


# --- Classing a source --------------------------------------------------------------------


def _classify(source: str) -> tuple[str, str, frozenset[str]]:
    """('named' | 'anonymous' | 'vague' | 'backref:...', why, kinds) for a source phrase."""
    words = _WORD.findall(source)
    if not words:
        return "vague", "gives no source", frozenset()
    lowered = [w.lower() for w in words]
    kinds = _kinds(source)
    if len(words) == 1 and lowered[0] in cues.PRONOUN_KINDS:
        return (
            f"backref:{cues.PRONOUN_KINDS[lowered[0]]}",
            "points back to an earlier source",
            kinds,
        )
    head_part = _HEAD_CUT.split(source, maxsplit=1)[0]
    head_words = _WORD.findall(head_part) or words
    head = head_words[-1].lower().strip(".\u2019'")
    proper = _has_name(words)
    definite = lowered[0] in ("the", "this", "that") and len(words) <= 3 and not proper
    if definite and head in cues.BACK_REFERENCE_NOUNS:
        # "the report said", "the spokesman said": the label of the source met earlier.
        return f"backref:{head}", "points back to a source named earlier", kinds
    if _ANONYMITY.search(source):
        return "anonymous", "cites a source who is not named", kinds
    if head in cues.SPOKESPERSON_NOUNS and proper:
        return "named", "names the organisation speaking", kinds
    if head == "police":
        return "named", "names an identifiable institution, the police", kinds
    if head in cues.ANONYMOUS_NOUNS and not _has_name(head_words[-1:]):
        return "anonymous", "cites a specific source without naming it", kinds
    crowd = lowered[0] in _CROWD_WORDS and len(words) > 1 and head.endswith("s")
    if crowd and head not in cues.ANONYMOUS_NOUNS:
        # "many Mexicans", "some Democrats": a crowd, named or not, is no checkable source.
        return "vague", "points at a crowd, not a source a reader could check", kinds
    if head in cues.VAGUE_NOUNS:
        if proper:
            return "named", "names where the claim comes from", kinds
        if lowered[0] in ("a", "an", "one", "two", "three", "four", "five") or lowered[0].isdigit():
            return "anonymous", "cites a specific source without naming it", kinds
        return "vague", "points at no source a reader could check", kinds
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
        return "named", "points at an identified source", kinds
    return "anonymous", "cites a source without naming it", kinds


_NUMBERS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"]
)
_CROWD_WORDS = frozenset(["many", "some", "most", "few", "other", "countless"])
_LEXICON_HEADS = cues.ANONYMOUS_NOUNS | cues.VAGUE_NOUNS


def _has_name(words: list[str]) -> bool:
    """Whether a phrase holds a proper name (a capitalised word that is not a common opener)."""
    for index, word in enumerate(words):
        if not word[:1].isupper():
            continue
        low = word.lower().strip(".\u2019'")
        if low in cues.COMMON_CAPITALISED or low in cues.PRONOUN_KINDS:
            continue
        if index == 0 and word.endswith(("s'", "s\u2019")):
            continue  # "Patients' groups": a plural possessive, not a name.
        if index == 0 and (
            low in cues.ANONYMOUS_NOUNS
            or low in cues.VAGUE_NOUNS
            or low in cues.BACK_REFERENCE_NOUNS
        ):
            continue
        if (
            index == 0
            and len(words) > 1
            and words[1][:1].islower()
            and words[1].lower() in _LEXICON_HEADS
        ):
            # "Security analysts", "Senior officials": capitalised only as the first word.
            continue
        return True
    return False


def _kinds(source: str) -> frozenset[str]:
    """What pronoun may point back at this source: person, thing (it) or plural (they)."""
    name, _, role = source.partition(",")
    words = _WORD.findall(_HEAD_CUT.split(name, maxsplit=1)[0]) or _WORD.findall(name)
    lowered = [w.lower().strip(".") for w in words]
    if not lowered:
        return frozenset()
    if len(lowered) == 1 and lowered[0] in cues.PRONOUN_KINDS:
        return frozenset({cues.PRONOUN_KINDS[lowered[0]]})
    head = lowered[-1]
    titled = any(w in _TITLES or w in cues.ROLE_NOUNS or w == "leader" for w in lowered)
    if role.strip()[:1].islower() or head in _PERSON_NOUNS or titled:
        return frozenset({"person"})
    if head in cues.ANONYMOUS_NOUNS and not head.endswith("s") and head not in ("people", "staff"):
        return frozenset({"person"})
    if (head.endswith("s") and not head.endswith("ss")) or head in ("people", "police"):
        return frozenset({"plural"})
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) == len(words) and len(words) <= 3 and lowered[0] != "the":
        return frozenset({"person", "thing"})
    return frozenset({"thing", "plural"})


_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gov",
        "sen",
        "rep",
        "gen",
        "president",
        "minister",
        "senator",
        "judge",
    ]
)
_PERSON_NOUNS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "president",
        "minister",
        "aide",
        "adviser",
        "person",
        "man",
        "woman",
        "director",
        "chief",
        "executive",
        "senator",
        "governor",
        "mayor",
        "judge",
        "diplomat",
        "officer",
    ]
)


# --- Quotations across sentences ----------------------------------------------------------


def _quotation_runs(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Per sentence: whether it lies inside a quotation that opened in or before it.

    A quotation left open at the end of a paragraph continues only when the next paragraph
    opens with a quotation mark again (the news convention); otherwise it is closed there,
    so one stray mark cannot put the rest of an article inside quotes.
    """
    flags = []
    open_count = 0
    previous_end = 0
    for start, end in spans:
        sentence = text[start:end]
        opens_here = sentence[:1] in ("“", '"')
        if "\n" in text[previous_end:start] and not opens_here:
            open_count = 0
        previous_end = end
        inside_at_start = open_count > 0
        curly = sentence.count("“") - sentence.count("”")
        straight = sentence.count('"') % 2
        if curly or sentence.count("“"):
            open_count = 1 if open_count + curly > 0 else 0
        elif straight:
            open_count = 0 if inside_at_start else 1
        flags.append(
            inside_at_start or (opens_here and (open_count > 0 or _ends_in_quote(sentence)))
        )
    return flags


def _ends_in_quote(sentence: str) -> bool:
    """A sentence wholly inside quotation marks: “... .”"""
    stripped = sentence.rstrip()
    return stripped.endswith(("”", '"')) and sentence.lstrip()[:1] in ("“", '"')


def _speaker_of_quotation(
    found: list[_Attribution | None], in_quote: list[bool], index: int
) -> _Attribution | None:
    """The speaker of a quoted sentence: named in the next sentence of the quotation, else
    earlier in it, else just before it. The source span then lies in that other sentence."""
    following = index + 1
    while following < min(len(found), index + _QUOTE_REACH) and in_quote[following]:
        speaker = found[following]
        if speaker is not None and speaker.source is not None:
            return _inherited(speaker, "inside a quotation whose speaker is named after it")
        following += 1
    previous = index - 1
    while previous >= 0:
        speaker = found[previous]
        if speaker is not None and speaker.source is not None:
            return _inherited(speaker, "inside a quotation from")
        if not in_quote[previous]:
            break
        previous -= 1
    return None


def _inherited(speaker: _Attribution, how: str) -> _Attribution:
    """The speaker's attribution lent to another sentence of the same quotation (no cue)."""
    who = speaker.reason.split(": ", 1)[-1]
    return replace(speaker, cue=None, reason=f"{how}: {who}", trailing=False)


def _holds_quotation(sentence: str) -> bool:
    """Whether the sentence quotes someone's words: it opens with a quotation, or quotes a
    clause of six words or more (a quoted phrase such as “left behind” does not count)."""
    if sentence[:1] in ("“", '"'):
        return True
    for match in re.finditer(r"“([^”]*)”?|\"([^\"]*)\"", sentence):
        quoted = match.group(1) if match.group(1) is not None else match.group(2)
        if len(quoted.split()) >= 6:
            return True
    return False


# "Share your view ...", "1. Keep a bag packed ...", "If you use it, change ...": imperatives.
_IMPERATIVE = re.compile(
    r"(?:(?:[-*•]|\d{1,3}[.)])\s+)?(?:if you\b[^,]*,\s*)?(?:please\s+)?(?:"
    + "|".join(sorted(cues.IMPERATIVE_OPENERS))
    + r")\s+(?:a|an|the|your|our|us|up|in|on|out|this|these|that|it|them|me|for|by|away|back|"
    r"with|at|"
    r"more|all|any|some|what|how|now|safe|calm|home|informed|tuned)\b",
    re.IGNORECASE,
)


# --- Putting it together ------------------------------------------------------------------


def _label(
    text: str,
    start: int,
    end: int,
    attribution: _Attribution | None,
    memory: deque[_Remembered],
    quoted: bool,
) -> Sentence:
    """The Sentence for one span, resolving back-references against `memory`."""
    sentence = text[start:end]
    if attribution is not None and not quoted and _is_call_to_action(sentence.strip()):
        attribution = None  # "Have your say ...": an instruction, whatever verb it holds.
    if attribution is None:
        label, reason = _unattributed_or_none(sentence)
        return Sentence(start, end, sentence, label, quote=quoted, reason=reason)
    source = (
        None
        if attribution.source is None
        else TextSpan(text[attribution.source[0] : attribution.source[1]], *attribution.source)
    )
    cue = (
        None
        if attribution.cue is None
        else TextSpan(text[attribution.cue[0] : attribution.cue[1]], *attribution.cue)
    )
    label, reason = attribution.label, attribution.reason
    if label.startswith("backref:"):
        label, reason = _resolve(label.split(":", 1)[1], source.text if source else "", memory)
    elif source is not None:
        memory.append(
            _Remembered(source.text, label, _known_kinds(source.text, attribution.kinds, memory))
        )
    if (
        sentence.rstrip().endswith(("?", "?”", '?"'))
        and label == "vague"
        and attribution.source is None
    ):
        return Sentence(
            start,
            end,
            sentence,
            "none",
            quote=quoted,
            reason="a question to the reader, not a claim",
        )
    return Sentence(start, end, sentence, label, source, cue, quoted, reason)


def _known_kinds(source: str, kinds: frozenset[str], memory: deque[_Remembered]) -> frozenset[str]:
    """A one-word name met before in a longer source ("Nabil") is what that source was."""
    if " " in source.strip():
        return kinds
    for remembered in reversed(memory):
        if source in remembered.text.split(",")[0].split():
            return remembered.kinds
    return kinds


_POINTS_BACK = "points back to an earlier source: "


def referred_source(sentence: Sentence) -> str | None:
    """The earlier source a back-reference ("he", "the report") was resolved to, if any."""
    _, marker, referent = sentence.reason.partition(_POINTS_BACK)
    return referent if marker else None


def _mentioned(sentence: str) -> _Remembered | None:
    """The named subject a sentence opens with, a likely antecedent for a later "he" or "they".

    "Trump spoke in Ohio." then "He said ...": the pronoun points at the last subject met,
    whether or not that subject was itself a source.
    """
    subject = _LEADING_SUBJECT.match(sentence)
    if subject is not None and _has_name(_WORD.findall(subject.group(1))):
        phrase = subject.group(1)
    else:
        phrase = sentence.split(",", 1)[0]
        if len(phrase.split()) > 8:
            return None
        head_words = _WORD.findall(_HEAD_CUT.split(phrase, maxsplit=1)[0])
        if (
            not head_words
            or head_words[-1].lower() not in _LEXICON_HEADS
            or not _has_name(_WORD.findall(phrase))
        ):
            return None
    return _Remembered(phrase, "named", _kinds(phrase))


def _resolve(kind: str, source: str, memory: deque[_Remembered]) -> tuple[str, str]:
    """The label of a back-reference: the last remembered source that fits it."""
    noun = source.split()[-1].lower() if source else kind
    if noun.startswith("spokes"):
        noun = "spokes"  # spokesman, spokeswoman and spokesperson are one role
    for remembered in reversed(memory):
        fits = (
            kind in remembered.kinds
            if kind in ("person", "thing", "plural")
            else noun in remembered.text.lower()
        )
        if fits:
            # The source referred to becomes the most recent one again.
            memory.remove(remembered)
            memory.append(remembered)
            return (
                remembered.label,
                f"'{source}' {_POINTS_BACK}{remembered.text}",
            )
    if kind in ("person", "thing", "plural"):
        return (
            "named",
            f"'{source}' points back to someone or something named earlier in the article",
        )
    if noun in cues.ANONYMOUS_NOUNS:
        return "anonymous", f"'{source}' is a source the article does not name"
    return "named", f"'{source}' points back to an identified source"


def _is_call_to_action(stripped: str) -> bool:
    """Boilerplate ("Subscribe ...", "Reporting by ...") or an instruction ("Keep a bag ...")."""
    return bool(_NON_CLAIM.match(stripped) or _IMPERATIVE.match(stripped))


def _unattributed_or_none(sentence: str) -> tuple[str, str]:
    """A sentence with no source: a claim (unattributed) or not a claim at all (none)."""
    stripped = sentence.strip()
    words = _WORD.findall(stripped)
    if _is_call_to_action(stripped):
        return "none", "a call to action, boilerplate or an instruction to the reader: not a claim"
    if stripped.endswith(("?", "?\u201d", '?"', "?\u2019")):
        return "none", "a question, not a claim"
    if stripped.endswith(":") and len(words) <= 8 and not _has_name(words[1:]):
        return "none", "a label introducing what follows, not a claim"
    if not stripped.endswith(_TERMINAL) and len(words) <= 10:
        return "none", "a heading or caption line, not a claim"
    if not words:
        return "none", "no words, not a claim"
    return "unattributed", "states a claim with no source given: the writer's own word"
