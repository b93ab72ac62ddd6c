"""The details of the sentence under the cursor: label, source, cue, reason, teaching tip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from tui.terminal_text import visible
from tui.widgets.label_style import LABEL_MARKERS, marker_style

if TYPE_CHECKING:
    from tui.analysis import Sentence


class SentencePanel(Static):
    """Why a sentence has its label, in words a student can read."""

    _height: int | None = None

    def show_sentence(self, sentence: Sentence, number: int, total: int) -> bool:
        """Label, source and cue, the reason, and the tip; True if the panel's height changed."""
        from tui.analysis.teaching import (
            TIPS,
        )  # here, not at the top: the analyser loads after the text is shown

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
        parts += ["\ntip: ", (TIPS[label], "$text-muted")]
        content = Content.assemble(*parts)
        width = self.content_region.width
        height = content.get_height(self.styles, width) if width else None
        # A layout only when the panel's height changes: on most Tab presses it does not,
        # and a layout redraws the whole screen (about half a Tab's cost).
        resized = height is None or height != self._height
        self._height = height
        self.update(content, layout=resized)
        return resized
