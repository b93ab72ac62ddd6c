"""The details of the sentence under the cursor: label, source, cue, reason, teaching tip."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static

from tui.analysis import Sentence
from tui.analysis.confidence import explain
from tui.analysis.teaching import TIPS
from tui.terminal_text import visible
from tui.widgets.label_style import LABEL_MARKERS, marker_style, unsure_flag


class SentencePanel(Static):
    """Why a sentence has its label, in words a student can read."""

    def show_sentence(
        self,
        sentence: Sentence,
        number: int,
        total: int,
        links: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Label, source and cue, the reason, the tip for the label, and where links lead."""
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
        self.update(Content.assemble(*parts))
