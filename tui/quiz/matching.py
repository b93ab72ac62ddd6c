"""Judging a typed answer against the teacher's answers: forgiving typos, never meaning.

The order of the decision is the contract (docs/quiz-format.md shows it with examples):

1. Normalise both sides (NFKC, case, accents, punctuation, spaces, a leading the/a/an).
2. An empty answer is wrong.
3. Guards, before any fuzzy score: the numbers (digits, number words, month names) must be
   the same; the negation must be the same ("not named" is not "named", "unattributed" is
   not "attributed"). A candidate that fails a guard can never accept the answer.
4. Score: `token_sort_ratio` on the normalised text (word order tolerated, no partial
   matching, so "Paris" is not "Paris Agreement"), and the typo budget: the edit distance
   (OSA: a swap of two letters is one edit) must fit the answer's length.
5. `reject:` entries: an answer as close to a near miss as to every right answer is wrong.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence, Set
from dataclasses import dataclass
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from tui.quiz.numbers import NUMBER_TOKEN, merge_number_words
from tui.wording import counted

#: Words that negate whatever follows; one of them on one side only flips the meaning.
NEGATION_WORDS = frozenset(
    {
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "cannot",
        "nowhere",
        "non",
    }
)

#: Prefixes that negate a word: "unattributed" against "attributed".
NEGATING_PREFIXES = ("non", "un", "in", "im", "il", "ir", "dis")
#: Of those, the ones written apart with a hyphen ("un-named", "non-attributed").
_DETACHED_PREFIXES = ("un", "non")

#: Month names (and short forms) count as numbers, so "1 June" is never "1 March". "May" is
#: left out because it is mostly a verb; "1 May" still differs from "1 March" (March is 3).
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            (),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_LEADING_ARTICLES = ("the", "a", "an")
# Apostrophes: ' and ` and the typographic U+2019 and U+02BC.
_NOT_CONTRACTION = re.compile("n['`\u2019\u02bc]t\\b")
_APOSTROPHES = re.compile("['`\u2019\u02bc]")
# A number with thousands commas: "1,000", "1,000,000". Not spaces: "1 500" after
# "June 1, 500 people" lost its comma would merge two numbers into one.
_GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)")


def _fold(text: str) -> str:
    """One pass of the normalisation; `normalize` repeats it until nothing changes."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _NOT_CONTRACTION.sub(" not", text)
    text = _APOSTROPHES.sub("", text)
    if not text.isascii():
        # Accents off (ASCII has none: skipping the pass saves about 15% of judging 1 MB).
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
        text = unicodedata.normalize("NFKC", text).casefold()
    text = _GROUPED_NUMBER.sub(lambda m: m.group().replace(",", ""), text)
    # Punctuation becomes a space, but a decimal point or comma between digits stays.
    kept = []
    for index, char in enumerate(text):
        if char.isalnum():
            kept.append(char)
        elif (
            char in ".,"
            and 0 < index < len(text) - 1
            and (text[index - 1].isdigit() and text[index + 1].isdigit())
        ):
            kept.append(".")
        else:
            kept.append(" ")
    words = merge_number_words("".join(kept).split())
    # Counted, then cut once: dropping one word at a time copied the list for each, and
    # "the the the ..." (1 MB) took minutes.
    first = 0
    while first < len(words) - 1 and words[first] in _LEADING_ARTICLES:
        first += 1
    return " ".join(words[first:])


# Remembered: a question's answers are normalised once per quiz, not again for every judgement
# and every example (a typed answer was judged in about 60 µs, most of it re-normalising the
# teacher's answers; checking a 1,000-question quiz normalised the same texts 19,000 times).
@functools.lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """The text as the matcher compares it: "The  Wall-Street Journal!" -> "wall street journal"."""
    for _ in range(5):
        folded = _fold(text)
        if folded == text:
            break
        text = folded
    return text


def choice_key(text: str) -> str:
    """What makes two choices the same: their normalised text, or, when that is empty (all
    emoji or punctuation: "👍" and "👎" both normalise to ""), the text itself, in one case."""
    return normalize(text) or unicodedata.normalize("NFKC", text).casefold().strip()


def numbers_in(normalized: str) -> list[Decimal]:
    """Every number in normalised text, sorted: digits (number words are digits by now), months."""
    found: list[Decimal] = []
    for word in normalized.split():
        for token in NUMBER_TOKEN.findall(word):
            # Exact, in a context as wide as the number: the default one overflowed on a
            # million-digit answer (decimal.Overflow) and rounded past 28 digits.
            exact = Context(prec=len(token) + 1, Emax=MAX_EMAX, Emin=MIN_EMIN)
            found.append(Decimal(token).normalize(exact))
        if word in MONTHS:
            found.append(Decimal(MONTHS[word]))
    return sorted(found)


def _negations(words: Sequence[str]) -> int:
    return sum(1 for word in words if word in NEGATION_WORDS)


def _unprefixed(words: Sequence[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each word that starts with a negating prefix, with what is left without it (at least
    four letters): "unattributed" gives "attributed"."""
    found = []
    for word in dict.fromkeys(words):
        rests = tuple(
            word[len(prefix) :]
            for prefix in NEGATING_PREFIXES
            if word.startswith(prefix) and len(word) - len(prefix) >= 4
        )
        if rests:
            found.append((word, rests))
    return tuple(found)


def _prefix_flip(unprefixed: Sequence[tuple[str, Sequence[str]]], other: Set[str]) -> bool:
    """A word here (given by `_unprefixed`) that is a word of `other` with a negating prefix
    (typos allowed)."""
    for word, rests in unprefixed:
        if word in other:
            continue
        for rest in rests:
            if any(rest == o or (len(o) >= 5 and OSA.distance(rest, o) <= 1) for o in other):
                return True
    return False


def _merge_prefixes(words: list[str]) -> list[str]:
    """ "un attributed" (from "un-attributed") -> "unattributed", so the prefix is seen.

    Only "un" and "non" are merged: "in", "dis" and the like are also words ("in Kabul").
    """
    merged: list[str] = []
    for word in words:
        if merged and merged[-1] in _DETACHED_PREFIXES:
            merged[-1] += word
        else:
            merged.append(word)
    return merged


@dataclass(frozen=True)
class _Shape:
    """What the guards and the edit distance need of one normalised text, worked out once."""

    numbers: tuple[Decimal, ...]
    word_set: frozenset[str]
    #: The words with a negating prefix, and each without it (see `_prefix_flip`).
    unprefixed: tuple[tuple[str, tuple[str, ...]], ...]
    negations: int
    sorted_words: str
    unspaced: str


# Remembered like `normalize`: checking a quiz compares each teacher's text with several
# others, and splitting and scanning it for numbers and negations every time was most of it.
@functools.lru_cache(maxsize=8192)
def _shape(normalized: str) -> _Shape:
    words = _merge_prefixes(normalized.split())
    return _Shape(
        numbers=tuple(numbers_in(normalized)),
        word_set=frozenset(words),
        unprefixed=_unprefixed(words),
        negations=_negations(words),
        sorted_words=" ".join(sorted(normalized.split())),
        unspaced=normalized.replace(" ", ""),
    )


def _negation_flips(a: _Shape, b: _Shape) -> bool:
    if a.negations % 2 != b.negations % 2:
        return True
    return _prefix_flip(a.unprefixed, b.word_set) or _prefix_flip(b.unprefixed, a.word_set)


def negation_differs(a: str, b: str) -> bool:
    """True when normalised `a` and `b` differ in negation: one says not, or un-, the other not."""
    return _negation_flips(_shape(a), _shape(b))


def typo_budget(length: int) -> int:
    """Edits forgiven at the default threshold in a right answer of `length` characters.

    Up to 4 characters: none ("Iran" is not "Iraq"); 5-9: one; 10-19: two; then one more
    for every 10 characters. H5P allows one edit from 3 characters; names of four letters
    are too often another name, so whosays starts at five.
    """
    if length <= 4:
        return 0
    if length <= 9:
        return 1
    return 2 + (length - 20) // 10 if length >= 20 else 2


def allowed_edits(length: int, threshold: int = 85) -> int:
    """Edits forgiven under a `threshold:` (0-100): 85 gives `typo_budget`, 100 none.

    The threshold scales the budget, so a teacher tightens (95) or loosens (70) the whole
    table with one number: allowed = floor(budget * (100 - threshold) / 15).
    """
    return typo_budget(length) * (100 - threshold) // 15


def _word_typos_fit(answer: str, candidate: str, threshold: int) -> bool:
    """Each word of the right answer has its own typo budget ("junior" is not "senior"),
    and a typo never changes a word's first letter ("Kabil" is not "Nabil": names that
    differ in the first letter are usually other names, and typists rarely miss it).

    Words are paired greedily with the closest unused word of the answer; this applies
    only when both have the same number of words (otherwise the whole-text budget decides).
    """
    words = answer.split()
    right_words = candidate.split()
    if len(words) != len(right_words):
        return True
    unused = list(words)
    for right in right_words:
        best = min(unused, key=lambda word: OSA.distance(word, right))
        edits = OSA.distance(best, right)
        if edits > allowed_edits(len(right), threshold) or (edits and best[0] != right[0]):
            return False
        unused.remove(best)
    return True


@dataclass(frozen=True)
class Match:
    """How a typed answer compares with the right answers.

    `verdict` is "correct", "close" (wrong, but near enough to say "check your spelling")
    or "wrong". `matched` is the teacher's text it was judged against: the right answer for
    correct and close, the `reject:` entry when a near miss caught it. `exact` is False when
    a typo was forgiven, so the screen shows the right spelling. `reason` says why, in words
    fit to show a teacher running `whosays check`.
    """

    verdict: str
    matched: str | None = None
    score: float = 0.0
    exact: bool = False
    reason: str = ""

    @property
    def correct(self) -> bool:
        return self.verdict == "correct"


@dataclass(frozen=True)
class _Candidate:
    text: str
    score: float
    edits: int
    blocked: str | None


def _compare(answer: str, candidate_text: str) -> _Candidate:
    """Score one normalised answer against one teacher's text, guards first."""
    candidate = normalize(candidate_text)
    if candidate == answer:
        # The same text: no guard can tell them apart, the score is full and no edit is
        # needed. Checking a quiz meets this often (an example that is an answer, a near
        # miss against itself): 600 of the 4,200 comparisons for 1,000 questions.
        return _Candidate(candidate_text, 100.0, 0, None)
    mine, theirs = _shape(answer), _shape(candidate)
    if mine.numbers != theirs.numbers:
        return _Candidate(candidate_text, 0.0, 10**6, "a different number")
    if _negation_flips(mine, theirs):
        return _Candidate(candidate_text, 0.0, 10**6, "the opposite (a negation differs)")
    score = fuzz.token_sort_ratio(answer, candidate)
    # Spaces ignored too, so "un-attributed" and "Wall Street" meet "unattributed", "Wallstreet".
    edits = min(
        OSA.distance(mine.sorted_words, theirs.sorted_words),
        OSA.distance(mine.unspaced, theirs.unspaced),
    )
    return _Candidate(candidate_text, score, edits, None)


def _best(answer: str, texts: list[str] | tuple[str, ...]) -> _Candidate | None:
    scored = [_compare(answer, text) for text in texts]
    return max(scored, key=lambda c: (c.blocked is None, c.score, -c.edits), default=None)


def match_answer(
    response: str,
    answers: list[str] | tuple[str, ...],
    reject: list[str] | tuple[str, ...] = (),
    threshold: int = 85,
) -> Match:
    """Judge a typed `response` against the right `answers` and the near misses in `reject`."""
    answer = normalize(response)
    if not answer:
        return Match("wrong", reason="the answer is empty")
    best = _best(answer, answers)
    if best is None:
        return Match("wrong", reason="the question has no right answer")
    if best.blocked is not None:
        return Match("wrong", best.text, 0.0, reason=f"{best.text!r} says {best.blocked}")
    near_miss = _best(answer, reject)
    if near_miss is not None and near_miss.blocked is None and near_miss.score >= best.score:
        return Match(
            "wrong",
            near_miss.text,
            near_miss.score,
            reason=f"closer to the near miss {near_miss.text!r} than to any right answer",
        )
    right = normalize(best.text)
    budget = allowed_edits(len(right), threshold)
    exact = best.edits == 0
    if exact or best.edits <= budget:
        if exact or _word_typos_fit(answer, right, threshold):
            why = (
                "the same after normalising" if exact else f"{counted(best.edits, 'typo')} forgiven"
            )
            return Match("correct", best.text, best.score, exact, why)
        return Match(
            "wrong",
            best.text,
            best.score,
            reason=f"a word differs from {best.text!r} by more than a typo",
        )
    if best.edits <= budget + 1:
        return Match(
            "close",
            best.text,
            best.score,
            reason=f"close to {best.text!r} (score {best.score:.0f}, "
            f"{counted(best.edits, 'edit')}) but not close enough",
        )
    return Match(
        "wrong",
        best.text,
        best.score,
        reason=f"too far from {best.text!r} (score {best.score:.0f})",
    )


def negate(text: str) -> str:
    """The plain negation of an answer, for the validator's "its negation is accepted" warning."""
    words = text.split()
    lowered = [w.casefold() for w in words]
    for index, word in enumerate(lowered):
        if word in ("not", "no", "never"):
            return " ".join(words[:index] + words[index + 1 :])
    for index, word in enumerate(lowered):
        if word in ("is", "are", "was", "were", "has", "have", "can", "will", "does", "did"):
            return " ".join([*words[: index + 1], "not", *words[index + 1 :]])
    return "not " + text
