"""One line under the article: what each highlight means, and how many sentences have it."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from tui.widgets.label_style import (
    LABEL_MARKERS,
    UNSURE_MARKER,
    label_style,
    marker_style,
    unsure_flag,
)

if TYPE_CHECKING:
    from tui.analysis import Analysis


class Legend(Static):
    """The label key, with counts; says so when highlights are hidden."""

    def show_counts(self, analysis: Analysis, highlights: bool) -> None:
        """One entry per claim label: marker, the word in its highlight style, the count.

        With highlights hidden the counts are hidden too: they would give the game away.
        """
        # Here, not at the top: the analyser loads after the text is shown.
        from tui.analysis.teaching import CLAIM_LABELS

        if not highlights:
            self.update(Content("Labels hidden: read first, then press h to check yourself."))
            return
        counts = Counter(sentence.label for sentence in analysis.sentences)
        parts: list[tuple[str, str] | str] = []
        for label in CLAIM_LABELS:
            if parts:
                parts.append("  ")
            parts.append((f" {LABEL_MARKERS[label]} ", marker_style(label)))
            parts.append(" ")
            parts.append((label, label_style(label)))
            parts.append(f" {counts[label]}")
        if any(unsure_flag(sentence) for sentence in analysis.sentences):
            # Room at 80 columns for one more key: "?" outranks "h", which the footer shows.
            parts.append(f"  {UNSURE_MARKER} unsure")
        else:
            parts.append("   h: hide")
        self.update(Content.assemble(*parts))

    def show_quiz_mode(self) -> None:
        """Opened from a quiz: say why there are no labels."""
        self.update(Content("Labels are hidden while you take the quiz."))

    def show_waiting(self) -> None:
        """While the analysis runs in its worker."""
        self.update(Content("Finding who says so…"))
