"""The details of the sentence under the cursor: label, source, cue, reason, teaching tip."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from tui.terminal_text import visible
from tui.widgets.label_style import LABEL_MARKERS, marker_style, unsure_flag

if TYPE_CHECKING:
    from tui.analysis import Sentence


#: The share of the screen's height the panel may take; the article keeps the rest.
SCREEN_SHARE = 0.4


class SentencePanel(Static):
    """Why a sentence has its label, in words a student can read.

    While the student moves from sentence to sentence the panel keeps the height of the
    tallest it has shown at this width, so the article above it does not jump up and down
    with every Tab; it fits itself again when it next opens.
    """

    #: (width, lines) the panel holds at least, while it stays open.
    _kept: tuple[int, int] | None = None
    #: The most lines the panel may take (see fit_screen).
    _most = 8

    def show_sentence(
        self,
        sentence: Sentence,
        number: int,
        total: int,
        links: Sequence[tuple[str, str]] = (),
    ) -> bool:
        """Label, source and cue, the reason, the tip and where links lead.

        True if the panel's height changed (the reader then lays the screen out first).
        """
        # Here, not at the top: the analyser loads after the text is shown.
        from tui.analysis.confidence import explain
        from tui.analysis.teaching import TIPS

        label = sentence.label
        parts: list[Content | tuple[str, str] | str] = [
            (f" {LABEL_MARKERS[label]} ", marker_style(label)),
            " ",
            (label, "bold"),
            f"  sentence {number} of {total}",
        ]
        if sentence.source is not None:
            parts += ["\nsource: ", (visible(sentence.source.text), "bold")]
        if sentence.cue is not None:
            parts += ["   cue: ", (visible(sentence.cue.text), "italic")]
        if sentence.quote:
            parts.append("   (holds a direct quotation)")
        if sentence.reason:
            parts += ["\nwhy: ", visible(sentence.reason)]
        parts += ["\nconfidence: ", f"{sentence.confidence:.2f}"]
        if flag := unsure_flag(sentence):
            parts += [" ", (f" {flag} ", "bold reverse"), (" low, the analyser is unsure", "bold")]
        parts += [" (", explain(sentence.evidence), ")"]
        parts += [
            "\ntip: ",
            (TIPS[label], "$text-muted"),
            "  ",
            # A link to the glossary at this label (e is the key for it).
            (f"e: more on {label}", f"underline @click=screen.glossary('{label}')"),
        ]
        for text, url in links:
            parts += ["\nlink: ", (visible(text), "bold"), " → ", visible(url)]
        content = Content.assemble(*parts)
        width = self.content_region.width
        lines = content.get_height(self.styles, width) if width else None
        kept = self._kept
        # A layout only when the panel grows: it never shrinks while open, and a layout
        # redraws the whole screen (about half a Tab's cost).
        resized = lines is None or kept is None or kept[0] != width or lines > kept[1]
        if lines is not None and resized:
            self._kept = (width, lines)
            self.styles.min_height = min(self._most, lines + self.styles.gutter.height)
        self.update(content, layout=resized)
        return resized

    def fit_screen(self, height: int) -> None:
        """Fit a screen this many lines tall, before it is laid out: the panel takes at most
        a share of it, counted in lines (Textual sizes the bar around the panel without a
        height given as a share of the screen, and left blank lines under the bar when the
        panel was cut to it), and then fits the sentence shown, no more."""
        self._most = max(1, int(height * SCREEN_SHARE))
        self.styles.max_height = self._most
        self._refit()

    def _refit(self) -> None:
        """Fit the sentence shown, no more."""
        self._kept = None
        self.styles.min_height = None

    def close(self) -> None:
        """Hide the panel; it fits the next sentence it shows."""
        self.display = False
        self._refit()
