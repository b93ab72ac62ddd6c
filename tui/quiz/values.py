"""Reading typed values out of raw YAML nodes, reporting each problem at its position.

The validator and the per-type checks share these readers, so "must be text", "is empty"
and "out of range" read the same wherever they occur.
"""

from __future__ import annotations

from decimal import Decimal

from rapidfuzz import fuzz, process

from tui.quiz.loader import Mapping, Node, Scalar, Sequence
from tui.quiz.model import Position, Problem
from tui.quiz.schema import PLAIN_NUMBER, number_range


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """ "; did you mean 'x'?" for the closest choice, or "" when none is close."""
    best = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=60)
    return f"; did you mean '{best[0]}'?" if best else ""


class ValueReader:
    """Collects Problems for one file while reading values out of its nodes."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        #: Errors reported through `error` (counted as they come: a 10,000-question quiz
        #: asking "any new error?" of the whole list after each question was quadratic).
        self.error_count = 0

    def error(self, where: Position, message: str) -> None:
        self.error_count += 1
        self.problems.append(Problem(self.path, where.line, where.column, message))

    def warn(self, where: Position, message: str) -> None:
        self.problems.append(Problem(self.path, where.line, where.column, message, "warning"))

    def text(self, node: Node | None, key: str) -> str | None:
        """A non-empty scalar's text, or an error saying what was expected."""
        if node is None:
            return None
        if not isinstance(node, Scalar):
            kind = "a list" if isinstance(node, Sequence) else "a mapping"
            self.error(node.position, f"{key}: must be text, not {kind}")
            return None
        if node.null or not node.text.strip():
            self.error(node.position, f"{key}: is empty; write a value after the colon")
            return None
        return node.text

    def boolean(self, node: Node | None, key: str) -> bool | None:
        """true or false only (None when absent or wrong): YAML 1.1's yes/on/y are refused,
        since they read as text here."""
        text = self.text(node, key)
        if text is None:
            return None
        if text.casefold() in ("true", "false"):
            return text.casefold() == "true"
        assert isinstance(node, Scalar)
        self.error(node.position, f"{key}: '{text}' is not true or false; write true or false")
        return None

    def scalars(self, node: Node | None, key: str) -> list[Scalar]:
        """A list of text values (a single value counts as a list of one)."""
        if node is None:
            return []
        items = node.items if isinstance(node, Sequence) else (node,)
        found = []
        for item in items:
            if self.text(item, key) is not None:
                assert isinstance(item, Scalar)
                found.append(item)
        return found

    def number(self, node: Node | None, key: str) -> Decimal | None:
        """A plain number in the range the JSON Schema gives `key`, or an error.

        Exactly what the schema accepts: a quoted "2", 1,5 or 50% is text to an editor
        using the schema, so `check` refuses it too, saying what to write.
        """
        text = self.text(node, key)
        if text is None:
            return None
        assert isinstance(node, Scalar)
        allowed = number_range(key)
        if not node.plain or not PLAIN_NUMBER.fullmatch(text.strip()):
            quoted = " (without quotes)" if not node.plain else ""
            self.error(
                node.position,
                f"{key}: '{text}' is not a plain number; write a number {allowed.words()}, "
                f"such as 2 or 0.5{quoted}",
            )
            return None
        value = Decimal(text.strip())
        if not allowed.allows(value):
            self.error(
                node.position,
                f"{key}: {text} is out of range; write a number {allowed.words()}",
            )
            return None
        return value

    def keys(
        self, mapping: Mapping, allowed: list[str], where: str, elsewhere: dict[str, str]
    ) -> None:
        """Report unknown keys, with a "did you mean" or the type a key belongs to."""
        for key, _value in mapping.items:
            if key.text in allowed:
                continue
            if key.text in elsewhere:
                self.error(
                    key.position, f"'{key.text}' is not used in {where}; {elsewhere[key.text]}"
                )
            else:
                hint = did_you_mean(key.text, allowed)
                self.error(key.position, f"unknown key '{key.text}' in {where}{hint}")
