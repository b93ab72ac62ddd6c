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


class SentencePanel(Static):
    """Why a sentence has its label, in words a student can read."""

    _height: int | None = None

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
        height = content.get_height(self.styles, width) if width else None
        # A layout only when the panel's height changes: on most Tab presses it does not,
        # and a layout redraws the whole screen (about half a Tab's cost).
        resized = height is None or height != self._height
        self._height = height
        self.update(content, layout=resized)
        return resized
