"""Attribution labels for sentences: the interface (`analyze`, `analyze_article`) and the
last word on each label, including what is not a claim at all.

Each sentence gets one label for its main claim (LABELS), the source and cue that justify
it, and a reason a student can read. The cues of one sentence are found in `reporting.py`
(sources classed in `sources.py`), quotations over several sentences in `quotations.py`,
back-references in `references.py`. Deterministic, offline, linear in the text's length.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace

from tui.analysis import cues
from tui.analysis.quotations import (
    QUOTE_REACH,
    cue_inside_quotation,
    holds_quotation,
    quotation_runs,
    speaker_of_quotation,
)
from tui.analysis.references import (
    MEMORY,
    POINTS_BACK,
    Remembered,
    known_kinds,
    mentioned_subject,
    resolve_reference,
)
from tui.analysis.reporting import Attribution, attribute
from tui.analysis.sentences import split_spans
from tui.analysis.sources import WORD, has_name
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


_NON_CLAIM = re.compile(
    r"^\W*(?:" + "|".join(re.escape(p) for p in cues.NON_CLAIM_OPENERS) + r")", re.IGNORECASE
)


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
    return list(iter_analyze(text))


def iter_analyze(text: str) -> Iterator[Sentence]:
    """The sentences of `analyze(text)`, each as soon as it is labelled, in the same order.

    The reader shows highlights as they come instead of after the whole article (a 5 MB
    article takes a minute): each sentence's cues are found only QUOTE_REACH ahead of it.
    """
    # Two apostrophes serve as a quotation mark in some newspapers' text; the rules read a
    # copy of the same length with a plain quotation mark there, the spans cut the original.
    view = text.replace("''", '" ') if "''" in text else text
    spans = split_spans(view)
    found: list[Attribution | None] = []
    in_quote = quotation_runs(view, spans)
    memory: deque[Remembered] = deque(maxlen=MEMORY)
    for index, (start, end) in enumerate(spans):
        # A quoted sentence may take its speaker from up to QUOTE_REACH sentences ahead.
        for ahead in range(len(found), min(len(spans), index + QUOTE_REACH)):
            found.append(attribute(view, *spans[ahead]))
        attribution = found[index]
        quoted = in_quote[index] or holds_quotation(view[start:end])
        if in_quote[index] and (
            attribution is None or cue_inside_quotation(view, start, end, attribution)
        ):
            attribution = speaker_of_quotation(found, in_quote, index) or attribution
        if attribution is not None and not quoted and _first_person(view, attribution):
            # "I write this because ...": the writer speaking, not a source.
            attribution = None
        sentence = _label(text, start, end, attribution, memory, quoted)
        if attribution is None and (mentioned := mentioned_subject(sentence.text)) is not None:
            memory.append(mentioned)
        yield sentence


def _first_person(text: str, attribution: Attribution) -> bool:
    """Whether the source is the writer: "I" or "we" outside any quotation."""
    if attribution.source is None:
        return False
    return text[attribution.source[0] : attribution.source[1]].lower() in ("i", "we")


def analyze_article(article: Article) -> Analysis:
    """Header lines are `none`; the body is analysed; offsets are into the article text."""
    return Analysis(article, tuple(iter_analyze_article(article)))


def iter_analyze_article(article: Article) -> Iterator[Sentence]:
    """The sentences of `analyze_article(article)`, each as soon as it is labelled."""
    yield from (
        Sentence(
            s.start,
            s.end,
            article.text[s.start : s.end],
            "none",
            reason=_HEADER_REASONS.get(s.kind, f"{s.kind} line: metadata, not a claim"),
        )
        for s in article.header
        if s.kind != "front-matter"
    )
    shift = article.body_start
    for sentence in iter_analyze(article.body):
        yield _shifted(sentence, shift)


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


# "Share your view ...", "1. Keep a bag packed ...", "If you use it, change ...": imperatives.
_IMPERATIVE = re.compile(
    r"(?:(?:[-*•]|\d{1,3}[.)])\s+)?(?:if you\b[^,]*,\s*)?(?:please\s+)?(?:"
    + "|".join(sorted(cues.IMPERATIVE_OPENERS))
    + r")\s+(?:a|an|the|your|our|us|up|in|on|out|this|these|that|it|them|me|for|by|away|back|"
    r"with|at|"
    r"more|all|any|some|what|how|now|safe|calm|home|informed|tuned|to)\b",
    re.IGNORECASE,
)


def _label(
    text: str,
    start: int,
    end: int,
    attribution: Attribution | None,
    memory: deque[Remembered],
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
        label, reason = resolve_reference(
            label.split(":", 1)[1], source.text if source else "", memory
        )
    elif source is not None:
        memory.append(
            Remembered(source.text, label, known_kinds(source.text, attribution.kinds, memory))
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


def referred_source(sentence: Sentence) -> str | None:
    """The earlier source a back-reference ("he", "the report") was resolved to, if any."""
    _, marker, referent = sentence.reason.partition(POINTS_BACK)
    return referent if marker else None


def _is_call_to_action(stripped: str) -> bool:
    """Boilerplate ("Subscribe ...", "Reporting by ...") or an instruction ("Keep a bag ...")."""
    return bool(_NON_CLAIM.match(stripped) or _IMPERATIVE.match(stripped))


def _unattributed_or_none(sentence: str) -> tuple[str, str]:
    """A sentence with no source: a claim (unattributed) or not a claim at all (none)."""
    stripped = sentence.strip()
    words = WORD.findall(stripped)
    if _is_call_to_action(stripped):
        return "none", "a call to action, boilerplate or an instruction to the reader: not a claim"
    if stripped.endswith(("?", "?\u201d", '?"', "?\u2019")):
        return "none", "a question, not a claim"
    if stripped.endswith(":") and len(words) <= 8 and not has_name(words[1:]):
        return "none", "a label introducing what follows, not a claim"
    if not stripped.endswith(_TERMINAL) and len(words) <= 10:
        return "none", "a heading or caption line, not a claim"
    if not words:
        return "none", "no words, not a claim"
    return "unattributed", "states a claim with no source given: the writer's own word"
