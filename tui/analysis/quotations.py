"""Quotations over several sentences: which sentences are inside one, and who speaks.

A quoted sentence with no speaker of its own takes the speaker named later in the same
quotation, or earlier in it, or just before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.analysis.reporting import Attribution

# How far ahead a quoted sentence looks for its speaker within the same quotation.
_QUOTE_REACH = 8


def quotation_runs(text: str, spans: list[tuple[int, int]]) -> list[bool]:
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
        if (
            "\n" in text[previous_end:start]
            and not opens_here
            and not _closes_open_quote(text, start)
        ):
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


def _closes_open_quote(text: str, start: int) -> bool:
    """Whether the paragraph starting at `start` closes a quotation it never opened: the
    speaker's words resuming after a paragraph break without a new opening mark."""
    end = text.find("\n", start)
    paragraph = text[start : len(text) if end < 0 else end]
    if "”" in paragraph or "“" in paragraph:
        return paragraph.count("”") > paragraph.count("“")
    return paragraph.count('"') % 2 == 1


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
    earlier = " ".join(
        re.findall(r"[\w\u2019'-]+", text[max(0, start - _PULL_QUOTE_REACH) : start])
    )
    return " ".join(words).casefold() in earlier.casefold()


# How far back a pull quote's words are looked for (a bound: the check stays linear).
_PULL_QUOTE_REACH = 5000


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


def continued_quotation(speaker: Attribution) -> Attribution:
    """The speaker of the sentence before lent to a quotation that carries on their words."""
    return _inherited(speaker, "a quotation continuing the words of")


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
    the quotation does not make the engineers its source.
    """
    if attribution.cue is None:
        return False
    sentence = text[start:end]
    opening = 1 if sentence[:1] in ("\u201c", '"') else 0
    closing = min(
        (at for at in (sentence.find("\u201d", opening), sentence.find('"', opening)) if at >= 0),
        default=len(sentence),
    )
    return attribution.cue[0] < start + closing
