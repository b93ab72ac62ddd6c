"""Quotations over several sentences: which sentences are inside one, and who speaks.

A quoted sentence with no speaker of its own takes the speaker named later in the same
quotation, or earlier in it, or just before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.analysis.reporting import Attribution

# How far ahead a quoted sentence looks for its speaker within the same quotation.
QUOTE_REACH = 8


class QuotationRuns:
    """Whether each sentence lies inside a quotation that opened in or before it, told
    sentence by sentence in order (so the analyser can label an article a part at a time).

    A quotation left open at the end of a paragraph continues only when the next paragraph
    opens with a quotation mark again (the news convention; that mark re-opens the same
    quotation) or closes a quotation it never opened; otherwise it is closed there, so one
    stray mark cannot put the rest of an article inside quotes. Curly and straight marks may
    mix ("“I disagree," she said): a straight mark opens or closes by what stands beside it.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._depth = 0
        self._previous_end = 0

    def inside(self, start: int, end: int) -> bool:
        """Whether the next sentence, text[start:end], lies inside a quotation."""
        text = self._text
        sentence = text[start:end]
        opens_here = sentence[:1] in _MARKS and (_quote_steps(sentence)[:1] == [1])
        if "\n" in text[self._previous_end : start]:
            if opens_here and self._depth > 0:
                self._depth = 0  # the paragraph's opening mark re-opens the same quotation
            elif not opens_here and not _closes_open_quote(text, start):
                self._depth = 0
        self._previous_end = end
        inside_at_start = self._depth > 0
        for step in _quote_steps(sentence):
            self._depth = min(max(self._depth + step, 0), _MAX_DEPTH)
        return inside_at_start or (opens_here and (self._depth > 0 or _ends_in_quote(sentence)))


_MARKS = ("\u201c", "\u201d", '"')


# Quotations nest at most this deep ("“He said \"no\" twice”"): a stray mark cannot pile up.
_MAX_DEPTH = 2


# A mark after a space or an opening bracket (or at the start) opens a quotation; one before
# a space or a punctuation mark (or at the end) closes it.
_OPENS_AFTER = " \t\n([{\u2014\u2013\u2015-/"
_CLOSES_BEFORE = " \t\n)]},.;:!?\u2014\u2013\u2015-"


def _quote_steps(sentence: str) -> list[int]:
    """+1 for each quotation mark that opens, -1 for each that closes, in order.

    Where it stands decides, not its shape: a curly mark typed the wrong way round ("”Fear.",
    "51 percent.“") and a straight one open or close by their neighbours; only a mark between
    two words or two spaces goes by its shape (a straight one opens).
    """
    steps = []
    last = len(sentence) - 1
    for at, mark in enumerate(sentence):
        if mark not in '\u201c\u201d"':
            continue
        after_space = at == 0 or sentence[at - 1] in _OPENS_AFTER
        before_space = at == last or sentence[at + 1] in _CLOSES_BEFORE
        if after_space != before_space:
            steps.append(1 if after_space else -1)
        else:
            steps.append(-1 if mark == "\u201d" else 1)
    return steps


def _closes_open_quote(text: str, start: int) -> bool:
    """Whether the paragraph starting at `start` closes a quotation it never opened: the
    speaker's words resuming after a paragraph break without a new opening mark."""
    end = text.find("\n", start)
    depth = 0
    for step in _quote_steps(text[start : len(text) if end < 0 else end]):
        depth += step
        if depth < 0:
            return True
    return False


def quotes_words(sentence: str, least: int = 3) -> bool:
    """Whether the sentence quotes at least `least` words inside quotation marks."""
    return any(
        len((match.group(1) or match.group(2) or "").split()) >= least
        for match in re.finditer(r"“([^”]*)”?|\"([^\"]*)\"?", sentence)
    )


def is_pull_quote(text: str, start: int, end: int) -> bool:
    """A paragraph that only repeats words quoted earlier in the article, as a header:
    “… a threat to every village downstream”."""
    before, after = text[max(0, start - 1) : start], text[end : end + 1]
    sentence = text[start:end].strip()
    if before not in ("", "\n") or after not in ("", "\n"):
        return False
    if sentence[:1] not in ("“", '"') or sentence[-1:] not in ("”", '"'):
        return False
    words = re.findall(r"[\w\u2019'-]+", sentence)
    if not 2 <= len(words) <= 25:
        return False
    earlier = " ".join(re.findall(r"[\w\u2019'-]+", text[max(0, start - _PULLQUOTE_REACH) : start]))
    return " ".join(words).casefold() in earlier.casefold()


# How far back a pull quote's words are looked for (a bound: the check stays linear).
_PULLQUOTE_REACH = 5000


def _ends_in_quote(sentence: str) -> bool:
    """A sentence wholly inside quotation marks: “... .”"""
    stripped = sentence.rstrip()
    return stripped.endswith(("”", '"')) and sentence.lstrip()[:1] in ("“", '"')


def speaker_of_quotation(
    found: list[Attribution | None], in_quote: list[bool], index: int
) -> Attribution | None:
    """The speaker of a quoted sentence: named in the next sentence of the quotation, else
    earlier in it, else just before it. The source span then lies in that other sentence."""
    following = index + 1
    while following < min(len(found), index + QUOTE_REACH) and in_quote[following]:
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


def continued_quotation(speaker: Attribution) -> Attribution:
    """The speaker of the sentence before lent to a quotation that carries on their words."""
    return _inherited(speaker, "a quotation continuing the words of")


# After a speech tag's verb, only where, when or to whom: "shouted to the crowd."
_TAG_TAIL = re.compile(
    r"(?:\s+(?:to|on|at|in|from|during|after|before|as|with|later|again|loudly|then)\b"
    r"[^.;:!?\u201c\u201d\"]*)?[\s.!]*"
)


def names_speaker_only(text: str, start: int, end: int, attribution: Attribution) -> bool:
    """Whether a sentence is a bare speech tag: a speaker and a verb, nothing said in it
    ("Ann Roe, his niece, shouted to the crowd.")."""
    if attribution.cue is None or attribution.source is None:
        return False
    if attribution.source[0] > attribution.cue[0]:
        return False  # "..., said Ann Roe": a tag after a clause of its own
    return _TAG_TAIL.fullmatch(text, attribution.cue[1], end) is not None


def quotation_named_after(speaker: Attribution) -> Attribution:
    """The speaker of a bare tag lent to the quotation just before it."""
    return _inherited(speaker, "inside a quotation whose speaker is named after it")


def quotation_named_before(speaker: Attribution) -> Attribution:
    """The speaker of a bare tag ("Ada Brent agreed.") lent to the quotation just after it."""
    return _inherited(speaker, "a quotation introduced by")


def block_quotation(speaker: Attribution) -> Attribution:
    """The speaker of a line ending in a colon lent to the unquoted paragraph after it."""
    return _inherited(speaker, "a block quotation introduced by")


def _inherited(speaker: Attribution, how: str) -> Attribution:
    """The speaker's attribution lent to another sentence of the same quotation (no cue)."""
    who = speaker.reason.split(": ", 1)[-1]
    return replace(speaker, cue=None, reason=f"{how}: {who}", trailing=False)


def holds_quotation(sentence: str) -> bool:
    """Whether the sentence quotes someone's words: it opens with a quotation, or quotes a
    clause of six words or more (a quoted phrase such as “left behind” does not count)."""
    if sentence[:1] in ("“", '"'):
        return True
    for match in re.finditer(r"“([^”]*)”?|\"([^\"]*)\"", sentence):
        quoted = match.group(1) if match.group(1) is not None else match.group(2)
        if len(quoted.split()) >= 6:
            return True
    return False


def cue_inside_quotation(text: str, start: int, end: int, attribution: Attribution) -> bool:
    """Whether a cue lies within the quoted words of a sentence that is part of a quotation.

    "“The engineers warned us,”" quoted from the mayor is the mayor's claim: the verb inside
    the quotation does not make the engineers its source. A transcript's speaker tag
    ("\"PENCE: Well, ...") opens the quoted words, it is not one of them.
    """
    if attribution.cue is None or attribution.turn:
        return False
    sentence = text[start:end]
    opening = 1 if sentence[:1] in ("\u201c", '"') else 0
    closing = min(
        (at for at in (sentence.find("\u201d", opening), sentence.find('"', opening)) if at >= 0),
        default=len(sentence),
    )
    return attribution.cue[0] < start + closing
