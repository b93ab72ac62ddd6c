"""Small integer codes for the few strings a long table repeats (labels, reasons, styles)."""

from __future__ import annotations


class Codebook:
    """Each word kept once, with its code: its place in `words`.

    The analysis table and the reader's marks store a code per row in an array where an
    object per row held a reference each; a 5 MB article has a few dozen distinct words.
    """

    __slots__ = ("_codes", "words")

    def __init__(self) -> None:
        self.words: list[str] = []
        self._codes: dict[str, int] = {}

    def code(self, word: str) -> int:
        """The code of `word`, given one the first time it is met."""
        code = self._codes.get(word)
        if code is None:
            code = self._codes[word] = len(self.words)
            self.words.append(word)
        return code
