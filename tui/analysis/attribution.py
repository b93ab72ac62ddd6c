"""Attribution labels for sentences: the interface (`analyze`, `analyze_article`) and the
last word on each label, including what is not a claim at all.

Each sentence gets one label for its main claim (LABELS), the source and cue that justify
it, and a reason a student can read. The cues of one sentence are found in `reporting.py`
(sources classed in `sources.py`), quotations over several sentences in `quotations.py`,
back-references in `references.py`. Deterministic, offline, linear in the text's length.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from tui.analysis import cues
from tui.analysis.labelled import Sentence, SentenceTable, TextSpan
from tui.analysis.quotations import (
    QUOTE_REACH,
    QuotationRuns,
    block_quotation,
    continued_quotation,
    cue_inside_quotation,
    holds_quotation,
    is_pull_quote,
    names_speaker_only,
    quotation_named_after,
    quotation_named_before,
    quotes_words,
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
from tui.analysis.reporting import (
    Attribution,
    attribute,
    bare_tag,
    has_reporting_word,
    signature,
)
from tui.analysis.sentences import iter_spans
from tui.analysis.sources import GUESSED_CLASSES, WORD, has_name
from tui.articles import Article

#: The fixed label words, the same in the interface, the JSON and the quizzes.
LABELS = ("named", "anonymous", "vague", "unattributed", "none")


@dataclass(frozen=True)
class Analysis:
    """An article's sentences; offsets are into `Article.text`."""

    article: Article
    sentences: SentenceTable

    @property
    def body(self) -> SentenceTable:
        """The body's sentences, numbered 1, 2, ... by the reader and by `whosays analyze`."""
        return self.sentences.view(self._header_count(), len(self.sentences))

    def numbered(self) -> list[tuple[int | None, Sentence]]:
        """Every sentence with its number: the body counts from 1 and a header line (title,
        outlet, date) has none, so the numbers match the reader's "sentence N of M"."""
        header = [(None, s) for s in self.sentences[: self._header_count()]]
        return [*header, *enumerate(self.body, 1)]

    def _header_count(self) -> int:
        """How many header lines come first (the body's sentences all follow them)."""
        body_start = self.article.body_start
        return next(
            (i for i, s in enumerate(self.sentences) if s.start >= body_start),
            len(self.sentences),
        )


# An apostrophe in a listed opener matches a typographic one too ("Editor\u2019s note:").
_NON_CLAIM = re.compile(
    r"^\W*(?:"
    + "|".join(re.escape(p).replace("'", "['\u2019]") for p in cues.NON_CLAIM_OPENERS)
    + r")",
    re.IGNORECASE,
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
    return list(label_sentences(text))


# Spans handed to the labeller at a time: small, so the first labels come at once.
_BATCH = 16

# How many sentences above it a signature line ("— Lena Voss, a shopkeeper") can lend its
# speaker to: a quotation longer than this keeps its own labels.
SIGNATURE_REACH = 12


def label_sentences(text: str, batch_size: int = _BATCH) -> Iterator[Sentence]:
    """The sentences of `analyze(text)`, each given as soon as its label is final.

    A label depends on at most a few sentences after it (`_Labeller`), so a long article's
    first sentences are labelled while the rest are still being split and read;
    `batch_size` sentences are read at a time, and the labels never depend on it.
    """
    labeller = _Labeller(text)
    batch: list[tuple[int, int]] = []
    for span in iter_spans(labeller.view):
        batch.append(span)
        if len(batch) >= batch_size:
            yield from labeller.add(batch)
            batch = []
    yield from labeller.add(batch)
    yield from labeller.finish()


class _Labeller:
    """The analyser's passes over the sentences, run as the sentences arrive.

    Each pass walks forward and reads the sentences before it and at most a few after it:
    a bare speech tag reads the next sentence, a tag before a quotation is settled by the
    sentence after it, and a quoted sentence looks up to `QUOTE_REACH` - 1 sentences ahead
    for its speaker. Each pass therefore runs up to where the passes before it have
    finished, less what it reads ahead, and a sentence is labelled only when no later
    sentence can change it: the labels are those of one pass over the whole text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # Two apostrophes serve as a quotation mark in some newspapers' text; the rules read
        # a copy of the same length with a plain quotation mark there, the spans cut the
        # original. Three are a quotation inside one, closing or opening with it ("the
        # word 'old-school,''' said"): the outer mark is the one that counts.
        self.view = text.replace("'''", '"  ').replace("''", '" ') if "''" in text else text
        self._runs = QuotationRuns(self.view)
        self._spans: list[tuple[int, int]] = []
        self._found: list[Attribution | None] = []
        self._speakers: list[Attribution | None] = []
        self._in_quote: list[bool] = []
        self._block: list[bool] = []
        self._memory: deque[Remembered] = deque(maxlen=MEMORY)
        # The next sentence each pass looks at.
        self._named_after = 0
        self._signed = 1
        self._named_before = 1
        self._carried = 1
        self._labelled = 0
        # Sentences before this one have had their spans and attributions let go (`_forget`).
        self._forgotten = 0
        # The last sentence labelled that lies outside quotation marks.
        self._plain = 0

    def add(self, spans: list[tuple[int, int]]) -> list[Sentence]:
        """Read the next sentences; returns those whose labels are now final."""
        view = self.view
        for start, end in spans:
            attribution = attribute(view, start, end)
            inside = self._runs.inside(start, end)
            self._spans.append((start, end))
            self._found.append(attribution)
            self._in_quote.append(inside)
            # A cue inside quoted words ("“... businesses expect customers to pay ...”") is
            # part of what the speaker says: it never names the speaker of the quotation.
            self._speakers.append(
                None
                if attribution is None
                or (inside and cue_inside_quotation(view, start, end, attribution))
                else attribution
            )
            self._block.append(False)
        return self._advance(last=False)

    def finish(self) -> list[Sentence]:
        """The sentences still waiting: there is nothing after them."""
        return self._advance(last=True)

    def _advance(self, last: bool) -> list[Sentence]:
        count = len(self._spans)
        self._tags_after(count - 1)
        self._signatures(count if last else self._named_after)
        self._tags_before(count if last else self._signed - SIGNATURE_REACH)
        self._carry(count if last else self._named_before - 1)
        return self._label(count if last else self._carried - (QUOTE_REACH - 1))

    def _tags_after(self, stop: int) -> None:
        view, spans, found = self.view, self._spans, self._found
        for index in range(self._named_after, stop):
            following = found[index + 1]
            if (
                found[index] is None
                and following is not None
                and "\n" not in view[spans[index][1] : spans[index + 1][0]]
                and names_speaker_only(view, *spans[index + 1], following)
                and quotes_words(view[slice(*spans[index])])
            ):
                # '"This is a big year!" Ann Roe, his niece, shouted to the crowd.': the
                # sentence after the quotation only says who spoke it.
                found[index] = self._speakers[index] = quotation_named_after(following)
        self._named_after = max(self._named_after, stop)

    def _signatures(self, stop: int) -> None:
        view, spans, found = self.view, self._spans, self._found
        for index in range(self._signed, stop):
            if (signed := signature(view, *spans[index])) is None:
                continue
            # A signature line lends its speaker to the quotation that ends just above it,
            # back to the sentence that opens that quotation.
            before = index - 1
            if found[before] is not None or not view[slice(*spans[before])].rstrip().endswith(
                ("\u201d", '"')
            ):
                continue
            while before >= max(0, index - SIGNATURE_REACH) and found[before] is None:
                found[before] = self._speakers[before] = quotation_named_after(signed)
                if view[spans[before][0] : spans[before][0] + 1] in ("\u201c", '"'):
                    break
                before -= 1
        self._signed = max(self._signed, stop)

    def _tags_before(self, stop: int) -> None:
        view, spans, found, speakers = self.view, self._spans, self._found, self._speakers
        for index in range(self._named_before, stop):
            if (
                found[index] is None
                and found[index - 1] is None
                and view[spans[index][0] : spans[index][0] + 1] in ("\u201c", '"')
                and (tag := bare_tag(view, *spans[index - 1])) is not None
            ):
                # 'Ada Brent agreed.' then '“Voters are running out of time. ...”': the
                # sentence before the quotation only says who speaks it.
                found[index - 1] = speakers[index - 1] = tag
                found[index] = speakers[index] = quotation_named_before(tag)
        self._named_before = max(self._named_before, stop)

    def _carry(self, stop: int) -> None:
        view, spans, found, speakers = self.view, self._spans, self._found, self._speakers
        for index in range(self._carried, stop):
            previous = speakers[index - 1]
            if (found[index] is None or _first_person(view, found[index])) and _opens_block(
                view, spans, index, previous, self._block
            ):
                # "The governor added:" then a paragraph of his words with no quotation
                # marks: a block quotation, his to the paragraph's end ("I think ..." too).
                assert previous is not None
                found[index] = speakers[index] = block_quotation(previous)
                self._block[index] = True
                continue
            if (
                found[index] is None
                and previous is not None
                and previous.turn
                and "\n" not in view[spans[index - 1][1] : spans[index][0]]
            ):
                # "CLINTON: Honestly, I ... It's the toughest job.": her turn runs to the
                # paragraph's end.
                found[index] = speakers[index] = replace(
                    previous, cue=None, reason=previous.reason.replace("a line", "a turn", 1)
                )
                continue
            # 'the spa offers “a calm space.”' then 'Designed for shoppers, the spa “uses
            # filtered air ...': a new quotation with no speaker of its own continues the
            # last speaker's.
            if (
                found[index] is None
                and previous is not None
                and previous.source is not None
                and quotes_words(view[slice(*spans[index])])
                and quotes_words(view[slice(*spans[index - 1])])
            ):
                found[index] = speakers[index] = continued_quotation(previous)
        self._carried = max(self._carried, stop)

    def _label(self, stop: int) -> list[Sentence]:
        text, view, spans = self.text, self.view, self._spans
        speakers, in_quote, memory = self._speakers, self._in_quote, self._memory
        sentences = []
        for index in range(self._labelled, stop):
            start, end = spans[index]
            if not in_quote[index]:
                self._plain = index
            if is_pull_quote(view, start, end):
                reason = (
                    "a pull quote: words from the article repeated as a header, not a new claim"
                )
                sentences.append(
                    Sentence(
                        start,
                        end,
                        text[start:end],
                        "none",
                        quote=True,
                        reason=reason,
                        evidence="not a claim",
                    )
                )
                continue
            attribution = self._found[index]
            quoted = in_quote[index] or holds_quotation(view[start:end])
            if in_quote[index] and (
                attribution is None or cue_inside_quotation(view, start, end, attribution)
            ):
                attribution = (
                    speaker_of_quotation(speakers, in_quote, index)
                    or _speaker_through_pronoun(view, spans, speakers, in_quote, index)
                    or attribution
                )
            if (
                not quoted
                and attribution is not None
                and attribution.source is not None
                and not start <= attribution.source[0] < end
                and quotes_words(view[start:end])
            ):
                # 'He called it “a big year.” Ann Roe shouted.': its quoted words are why a
                # speaker outside it is the source; the sentence is marked as quoting.
                quoted = True
            if attribution is not None and not quoted and _first_person(view, attribution):
                # "I write this because ...": the writer speaking, not a source.
                attribution = None
            sentence = _label(
                text, start, end, attribution, memory, quoted, _alone(view, start, end)
            )
            if attribution is None and (mentioned := mentioned_subject(sentence.text)) is not None:
                memory.append(mentioned)
            sentences.append(sentence)
        self._labelled = max(self._labelled, stop)
        self._forget()
        return sentences

    def _forget(self) -> None:
        """Let go of the spans and attributions no pass will read again: they held 25 MB
        of a 5 MB article at the end of its analysis (benchmarks/bench_memory.py).

        Every pass reads at most two sentences before the first one not yet labelled, but
        a quoted sentence looks for its speaker back through its quotation, to the last
        sentence outside quotation marks; what lies before both is never read again.
        """
        spans, found, speakers = self._spans, self._found, self._speakers
        stop = min(self._labelled - 2, self._plain)
        for index in range(self._forgotten, stop):
            spans[index] = _FORGOTTEN
            found[index] = speakers[index] = None
        self._forgotten = max(self._forgotten, stop)


# The span left in place of a sentence's once it is never read again.
_FORGOTTEN = (0, 0)


# A sentence about the last speaker, by pronoun: "He didn't suggest retaliation.", "A nurse
# from Tarn, she moved here in 2013." (the pronoun after an opening phrase).
_PRONOUN_SUBJECT = re.compile(r"\W*(?:[^,;:\u201c\u201d\"]{1,120},\s+)?(?:[Hh]e|[Ss]he)\b")


def _speaker_through_pronoun(
    text: str,
    spans: list[tuple[int, int]],
    speakers: list[Attribution | None],
    in_quote: list[bool],
    index: int,
) -> Attribution | None:
    """The speaker of a quotation that opens after one sentence about that speaker:
    '"...," Ann Roe said. She did not name the rival. "Our goal is peace."'."""
    if index < 2 or in_quote[index - 1] or speakers[index - 1] is not None:
        return None
    speaker = speakers[index - 2]
    if speaker is None or speaker.source is None or "person" not in speaker.kinds:
        return None
    if not _PRONOUN_SUBJECT.match(text, spans[index - 1][0]):
        return None
    return continued_quotation(speaker)


def _opens_block(
    text: str,
    spans: list[tuple[int, int]],
    index: int,
    previous: Attribution | None,
    block: list[bool],
) -> bool:
    """Whether sentence `index` belongs to a block quotation: the paragraph after a line
    ending in a colon that names its speaker, or a later sentence of that paragraph."""
    if previous is None or previous.source is None:
        return False
    gap = text[spans[index - 1][1] : spans[index][0]]
    if block[index - 1]:
        return "\n" not in gap
    return "\n" in gap and text[slice(*spans[index - 1])].rstrip().endswith(":")


def _first_person(text: str, attribution: Attribution) -> bool:
    """Whether the source is the writer: "I" or "we" outside any quotation."""
    if attribution.source is None:
        return False
    return text[attribution.source[0] : attribution.source[1]].lower() in ("i", "we")


def analyze_article(
    article: Article,
    on_part: Callable[[list[Sentence]], None] | None = None,
    every: float = 0.1,
) -> Analysis:
    """Header lines are `none`; the body is analysed; offsets are into the article text.

    `on_part`, if given, is called with the body's sentences in parts, in order, each
    part final, about every `every` seconds (the first as soon as there is one): the
    reader shows labels as they come rather than after the whole article.
    """
    sentences = SentenceTable(article.text_between)
    for s in article.header:
        if s.kind != "front-matter":
            reason = _HEADER_REASONS.get(s.kind, f"{s.kind} line: metadata, not a claim")
            sentences.append(
                Sentence(
                    s.start,
                    s.end,
                    article.text_between(s.start, s.end),
                    "none",
                    reason=reason,
                    evidence="header",
                )
            )
    posted = len(sentences)
    due = 0.0
    for sentence in _label_body(article):
        # Kept packed, offsets moved into the article's text: as objects, with their texts,
        # sources and cues copied out, a 5 MB article's sentences took 90 MB.
        sentences.append(sentence, article.body_start)
        if on_part is not None and time.monotonic() >= due:
            on_part(sentences[posted:])
            posted = len(sentences)
            due = time.monotonic() + every
    if on_part is not None and posted < len(sentences):
        on_part(sentences[posted:])
    return Analysis(article, sentences)


def _label_body(article: Article) -> Iterator[Sentence]:
    """The body's sentences with offsets into the body; a subheading of a Markdown or web
    article introduces a section: never a claim."""
    headings = [p for p in article.paragraphs if p.kind in ("heading", "code")]
    heading_starts = [p.start for p in headings]
    for sentence in label_sentences(article.body):
        at = bisect_right(heading_starts, sentence.start) - 1
        if at >= 0 and sentence.start < headings[at].end:
            reason = _BLOCK_REASONS[headings[at].kind]
            sentence = Sentence(sentence.start, sentence.end, sentence.text, "none", reason=reason)
        yield sentence


_BLOCK_REASONS = {
    "heading": "a subheading: it names a section, it is not a claim",
    "code": "a block of code or data, not a claim",
}


_HEADER_REASONS = {
    "outlet": "the outlet's name: metadata, not a claim",
    "news-id": "the outlet's story number: metadata, not a claim",
    "date": "the publication date: metadata, not a claim",
    "kicker": "the kicker above the headline: a label, not a claim",
    "title": "the headline: it announces the story; the body must back it up",
}


# "Share your view ...", "1. Keep a bag packed ...", "If you use it, change ...": imperatives.
_IMPERATIVE = re.compile(
    r"(?:(?:[-*•]|\d{1,3}[.)])\s+)?(?:if you\b[^,]*,\s*)?(?:please\s+)?(?:"
    + "|".join(sorted(cues.IMPERATIVE_OPENERS))
    + r")\s+(?:a|an|the|your|our|us|up|in|on|out|this|these|that|it|them|me|for|by|away|back|"
    r"with|at|"
    r"more|all|any|some|what|how|now|safe|calm|home|informed|tuned|to)\b",
    re.IGNORECASE,
)


# "(CROSSTALK.)", "(Laughter)": what a transcript notes between the words, in brackets.
_STAGE_DIRECTION = re.compile(r"[\u201c\"]?[(\[](?:[A-Za-z]+[ .]?){1,3}[)\]][.\u201d\"]*$")


def _label(
    text: str,
    start: int,
    end: int,
    attribution: Attribution | None,
    memory: deque[Remembered],
    quoted: bool,
    alone: bool = False,
) -> Sentence:
    """The Sentence for one span, resolving back-references against `memory`."""
    sentence = text[start:end]
    if _STAGE_DIRECTION.match(sentence.strip()):
        reason = "a stage direction in a transcript ('(Applause.)'), not a claim"
        return Sentence(
            start, end, sentence, "none", quote=quoted, reason=reason, evidence="not a claim"
        )
    if attribution is not None and not quoted and _is_call_to_action(sentence.strip()):
        attribution = None  # "Have your say ...": an instruction, whatever verb it holds.
    if attribution is not None and attribution.subordinate and not quoted:
        return _subordinate_only(text, start, end, attribution, memory)
    if attribution is None:
        label, reason = _unattributed_or_none(sentence, alone)
        if label == "none":
            evidence = "not a claim"
        elif (quoted and quotes_words(sentence, least=6)) or sentence.lstrip()[:1] in '“"':
            evidence = "quotation without speaker"
        else:
            evidence = "rejected cue" if has_reporting_word(sentence) else "no cue"
        return Sentence(start, end, sentence, label, quote=quoted, reason=reason, evidence=evidence)
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
    if attribution.cue is None:
        evidence = "speaker nearby"
    elif attribution.source is None:
        evidence = "vague frame"
    elif any(guess in reason for guess in GUESSED_CLASSES):
        evidence = "guessed source"
    else:
        evidence = "cue and source"
    if label.startswith("backref:"):
        label, reason = resolve_reference(
            label.split(":", 1)[1], source.text if source else "", memory
        )
        if evidence == "cue and source":
            evidence = "back-reference" if POINTS_BACK in reason else "lost back-reference"
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
            evidence="not a claim",
        )
    return Sentence(start, end, sentence, label, source, cue, quoted, reason, evidence)


def _subordinate_only(
    text: str, start: int, end: int, attribution: Attribution, memory: deque[Remembered]
) -> Sentence:
    """'The council closed the bridge, which the mayor said was unsafe.': the writer states
    the main claim; the source cited in the clause is named in the reason (the label a
    careful teacher would also accept) and remembered for a later "she said"."""
    assert attribution.source is not None and attribution.cue is not None
    source = text[attribution.source[0] : attribution.source[1]]
    cue = text[attribution.cue[0] : attribution.cue[1]]
    label = attribution.label
    if label.startswith("backref:"):
        label, _ = resolve_reference(label.split(":", 1)[1], source, memory)
    else:
        memory.append(Remembered(source, label, known_kinds(source, attribution.kinds, memory)))
    reason = (
        f"the main claim is the writer's own: '{cue}' cites {source} only in a clause inside "
        f"the sentence (that clause alone would be {label})"
    )
    return Sentence(
        start, end, text[start:end], "unattributed", reason=reason, evidence="subordinate cue"
    )


def referred_source(sentence: Sentence) -> str | None:
    """The earlier source a back-reference ("he", "the report") was resolved to, if any."""
    _, marker, referent = sentence.reason.partition(POINTS_BACK)
    return referent if marker else None


def _is_call_to_action(stripped: str) -> bool:
    """Boilerplate ("Subscribe ...", "Reporting by ...") or an instruction ("Keep a bag ...")."""
    return bool(_NON_CLAIM.match(stripped) or _IMPERATIVE.match(stripped))


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the sentence is a paragraph of its own (a line with nothing else on it)."""
    return text[max(0, start - 1) : start] in ("", "\n") and text[end : end + 1] in ("", "\n")


# Words a title-case headline leaves in lower case.
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "for",
        "nor",
        "of",
        "on",
        "in",
        "at",
        "to",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "via",
        "into",
        "than",
        "over",
        "per",
        "up",
    ]
)


def _is_heading(stripped: str) -> bool:
    """A line set like a heading: Title Case Words, ALL CAPITALS, or a short line between
    dashes ("– Dimming limelight –")."""
    words = re.findall(r"[\w\u2019'$/-]+", stripped)
    if not words or len(words) > 20:
        return False
    if stripped.isupper() and len(words) <= 10:
        return True
    if stripped[:1] in "-\u2013\u2014" and len(words) <= 6:
        return True
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(big) >= 4 and all(w[:1].isupper() or w[:1].isdigit() or w[:1] == "$" for w in big)


# A line that is a figure, a list number or markup, not a sentence: "$50 million.", "7.7.",
# "<tweet ...>"; a contact line ending in a social-media handle; a pointer to a link.
_NOT_A_SENTENCE = re.compile(
    r"^(?:[$\u00a3\u20ac]?\d[\d,./]*(?:\s+\S+){0,2}\W*|<[^>]*>.*)$"
    r"|@\w+\W*$"
    r"|\b(?:can be (?:found|read|seen|watched)|(?:is|are) available)\s+(?:here|below|online)\W*$",
    re.IGNORECASE,
)


def _unattributed_or_none(sentence: str, alone: bool = False) -> tuple[str, str]:
    """A sentence with no source: a claim (unattributed) or not a claim at all (none)."""
    stripped = sentence.strip()
    words = WORD.findall(stripped)
    if _is_call_to_action(stripped):
        return "none", "a call to action, boilerplate or an instruction to the reader: not a claim"
    if _NOT_A_SENTENCE.search(stripped):
        return "none", "a figure, a link or a contact line, not a claim"
    if alone and _is_heading(stripped):
        return "none", "a heading set on its own line, not a claim"
    if stripped.endswith(("?", "?\u201d", '?"', "?\u2019")):
        return "none", "a question, not a claim"
    if stripped.endswith(":") and len(words) <= 8 and not has_name(words[1:]):
        return "none", "a label introducing what follows, not a claim"
    if not stripped.endswith(_TERMINAL) and len(words) <= 10:
        return "none", "a heading or caption line, not a claim"
    if not words:
        return "none", "no words, not a claim"
    return "unattributed", "states a claim with no source given: the writer's own word"
