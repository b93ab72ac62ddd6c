"""One line under the article: what each highlight means, and how many sentences have it."""

from __future__ import annotations

from collections import Counter

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from tui.analysis import Analysis
from tui.analysis.teaching import CLAIM_LABELS
from tui.widgets.label_style import (
    LABEL_MARKERS,
    UNSURE_MARKER,
    label_style,
    marker_style,
    unsure_flag,
)

#: After the labels, the keys that hide and explain them; the first that fits is shown.
KEY_HINTS = ("   h hide · e explain", "  e explain")
#: The same when some label is unsure: the "?" mark outranks "h", which the footer shows.
UNSURE_HINTS = (f"  {UNSURE_MARKER} unsure · e explain", f"  {UNSURE_MARKER} unsure")


class Legend(Static):
    """The label key, with counts; says so when highlights are hidden. A click on it opens
    the glossary (the reader handles `Legend.Clicked`)."""

    class Clicked(Message):
        """The student clicked the legend: show what the labels mean."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._counts: Counter[str] | None = None
        self._unsure = False

    def show_counts(self, analysis: Analysis, highlights: bool) -> None:
        """One entry per claim label: marker, the word in its highlight style, the count.

        With highlights hidden the counts are hidden too: they would give the game away.
        """
        if not highlights:
            self._counts = None
            self.update(Content("Labels hidden: read first, then press h to check yourself."))
            return
        self._counts = Counter(sentence.label for sentence in analysis.sentences)
        self._unsure = any(unsure_flag(sentence) for sentence in analysis.sentences)
        self._draw()

    def _draw(self) -> None:
        """The fullest legend that fits the line: with the labels' names down to 80 columns,
        markers and counts only below."""
        if self._counts is None:
            return
        room = self.size.width - 2
        hints = UNSURE_HINTS if self._unsure else KEY_HINTS
        tries = [(words, hint) for words in (True, False) for hint in hints]
        for words, hint in tries:
            legend = self._assemble(words, hint)
            if legend.cell_length <= room:
                break
        self.update(legend)

    def _assemble(self, words: bool, hint: str) -> Content:
        counts = self._counts or Counter()
        parts: list[tuple[str, str] | str] = []
        for label in CLAIM_LABELS:
            if parts:
                parts.append("  " if words else " ")
            parts.append((f" {LABEL_MARKERS[label]} ", marker_style(label)))
            if words:
                parts += [" ", (label, label_style(label))]
            parts.append(f" {counts[label]}")
        parts.append(hint)
        return Content.assemble(*parts)

    def on_resize(self) -> None:
        self._draw()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Clicked())

    def show_quiz_mode(self) -> None:
        """Opened from a quiz: say why there are no labels."""
        self._counts = None
        self.update(Content("Labels are hidden while you take the quiz."))

    def show_waiting(self) -> None:
        """While the analysis runs in its worker."""
        self._counts = None
        self.update(Content("Finding who says so…"))
