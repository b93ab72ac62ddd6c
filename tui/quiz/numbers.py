"""Numbers as people write them: digits with separators, number words, units and scales.

The matcher reads numbers inside short answers with `merge_number_words`; number questions
read a whole answer with `read_number`, the one reading both the quiz screen and `whosays
grade` use ("about 1,200 pupils" is 1200 in both).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: Number words, read as digits ("six months" is "6 months"); larger numbers need digits.
NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

#: Words that scale the number before them: "nine hundred", "2.4 million".
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}

NUMBER_TOKEN = re.compile(r"\d+(?:\.\d+)?")


def _is_number_word(word: str) -> bool:
    return word in NUMBER_WORDS or word in SCALE_WORDS


def merge_number_words(words: list[str]) -> list[str]:
    """Runs of number words as one number in digits, "and" inside a run allowed.

    ["nine", "hundred", "and", "ninety", "nine", "pupils"] -> ["999", "pupils"]; a number in
    digits followed by scale words is scaled too: ["2.4", "million"] -> ["2400000"]. A scale
    word with no number before it ("hundreds of people") stays a word.
    """
    merged: list[str] = []
    index = 0
    while index < len(words):
        end = index
        starts = words[index] in NUMBER_WORDS or (
            NUMBER_TOKEN.fullmatch(words[index]) is not None
            and index + 1 < len(words)
            and words[index + 1] in SCALE_WORDS
        )
        if starts:
            end = index + 1
            while end < len(words) and (
                _is_number_word(words[end])
                or (words[end] == "and" and end + 1 < len(words) and words[end + 1] in NUMBER_WORDS)
            ):
                end += 1
        # The longest start of the run that reads as one number ("one two" is two numbers).
        while end > index and (
            words[end - 1] == "and" or number_from_words(words[index:end]) is None
        ):
            end -= 1
        if end == index:
            merged.append(words[index])
            index += 1
            continue
        merged.append(format(number_from_words(words[index:end]), "f"))
        index = end
    return merged


def _adds_to(current: Decimal, value: int) -> bool:
    """Whether a number word may follow `current`: "ninety nine", "hundred six", not "one two"."""
    if current % 100 == 0:
        return value < 100
    return current % 10 == 0 and current % 100 >= 20 and value < 10


def number_from_words(words: list[str]) -> Decimal | None:
    """ "nine hundred and ninety nine" -> 999, "2.4 million" -> 2400000; None if not a number."""
    total = Decimal(0)
    current: Decimal | None = None
    for word in words:
        if word == "and":
            continue
        if word in NUMBER_WORDS:
            value = NUMBER_WORDS[word]
            if current is not None and not _adds_to(current, value):
                return None
            current = (current or Decimal(0)) + value
        elif NUMBER_TOKEN.fullmatch(word) and current is None:
            current = Decimal(word)
        elif word == "hundred" and current is not None:
            current *= 100
        elif word in SCALE_WORDS and current is not None:
            total += current * SCALE_WORDS[word]
            current = None
        else:
            return None
    value = total + (current or Decimal(0))
    return value.to_integral_value() if value == value.to_integral_value() else value.normalize()


def parse_number(text: str) -> Decimal | None:
    """A number as a student or teacher types it: "1,000", "1 000", "-3.5", "2.5%", "six".

    A comma followed by groups of exactly three digits separates thousands; any other comma
    between digits is a decimal comma ("1,5" is 1.5). Returns None for anything else.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip().casefold().rstrip("%").strip()
    if cleaned in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[cleaned])
    cleaned = cleaned.replace("\u2212", "-").replace("_", "")
    if re.fullmatch(r"[+-]?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?", cleaned):
        cleaned = re.sub(r"[, ]", "", cleaned)
    elif re.fullmatch(r"[+-]?\d+,\d+", cleaned):
        cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


#: Words that change what a number means: "more than 500" is not 500, nor is "not 500".
QUALIFYING_WORDS = frozenset(
    [
        "not",
        "no",
        "never",
        "more",
        "less",
        "fewer",
        "over",
        "under",
        "above",
        "below",
        "least",
        "most",
        "than",
        "between",
        "except",
    ]
)
#: Scales written straight after the digits ("£2.4m", "15k", "3bn") or as the next word.
SCALE_SUFFIXES = {
    "k": 1000,
    "m": 10**6,
    "mn": 10**6,
    "b": 10**9,
    "bn": 10**9,
    **{word: value for word, value in SCALE_WORDS.items() if word != "hundred"},
}
_CURRENCY = re.compile(r"[$£€¥₹~≈]")
# A number in digits (thousands groups, a decimal part) and a scale right after it, or a word.
_PIECE = re.compile(
    r"(?P<number>[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:[.,]\d+)?)(?P<suffix>[a-z]*)"
    r"|(?P<word>[a-z]+)"
)


@dataclass(frozen=True)
class NumberReading:
    """A number read from an answer, and the scale word written with it (1 when none)."""

    value: Decimal
    scale: int = 1

    def candidates(self, prompt: str) -> tuple[Decimal, ...]:
        """What the answer may mean: the scaled number, and the bare number when the
        question itself asks in that scale ("in millions of pounds": "£2.4m" is 2.4)."""
        scaled = self.value * self.scale
        if self.scale == 1:
            return (scaled,)
        words = {w for w, v in SCALE_SUFFIXES.items() if v == self.scale and len(w) > 2}
        asked = set(re.findall(r"[a-z]+", prompt.casefold()))
        if asked & (words | {w + "s" for w in words}):
            return (scaled, self.value)
        return (scaled,)


def read_number(text: str) -> NumberReading | None:
    """The one number in an answer, with units and words around it ignored.

    "184 pupils", "about 1,200", "~184", "184!", "1,230.", "£2.4m", "nine hundred and
    ninety-nine" and "2.4 million" all read as their number; an answer with two numbers, or
    with a word that changes the number's meaning ("more than 500"), reads as None.
    """
    cleaned = unicodedata.normalize("NFKC", text).casefold().replace("\u2212", "-").strip()
    whole = parse_number(cleaned.rstrip(".!"))
    if whole is not None:
        return NumberReading(whole)
    cleaned = _CURRENCY.sub(" ", cleaned)
    found: list[NumberReading] = []
    run: list[str] = []  # number words waiting to be read together

    def close_run() -> None:
        if run:
            value = number_from_words(run)
            found.append(
                NumberReading(value) if value is not None else NumberReading(Decimal(-1), 0)
            )
            run.clear()

    for piece in _PIECE.finditer(cleaned):
        word = piece.group("word")
        if word is not None:
            if word in QUALIFYING_WORDS:
                return None
            if word in NUMBER_WORDS or (run and (word in SCALE_WORDS or word == "and")):
                run.append(word)
                continue
            if word in SCALE_SUFFIXES and found and found[-1].scale == 1 and not run:
                found[-1] = NumberReading(found[-1].value, SCALE_SUFFIXES[word])
                continue
            close_run()
            continue
        close_run()
        value = parse_number(piece.group("number"))
        suffix = piece.group("suffix")
        if value is None or (suffix and suffix not in SCALE_SUFFIXES):
            if value is None:
                return None
            found.append(NumberReading(value))  # "184m" of metres, "3rd": the number itself
            continue
        found.append(NumberReading(value, SCALE_SUFFIXES[suffix] if suffix else 1))
    while run and run[-1] == "and":
        run.pop()
    close_run()
    if len(found) != 1 or found[0].scale == 0:
        return None
    return found[0]
