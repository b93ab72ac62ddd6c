"""How each label looks outside the article view: colour variable, text style, marker.

The article view styles sentences through the matching `.article-view--LABEL` rules in
app.tcss; keep the text styles here and there the same (a test compares them).
Colours are from the Okabe–Ito palette, told apart with any common colour blindness, and
every label also has a text style and a marker letter, so it reads in monochrome and under
NO_COLOR too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.analysis import Sentence

#: Theme variables (declared in WhosaysApp.get_theme_variable_defaults).
LABEL_COLOURS = {
    "named": "#009E73",
    "anonymous": "#56B4E9",
    "vague": "#E69F00",
    "unattributed": "#CC79A7",
    "none": "#999999",
}

#: A text style per label, the same as in app.tcss.
LABEL_TEXT_STYLES = {
    "named": "underline",
    "anonymous": "italic underline",
    "vague": "italic",
    "unattributed": "",
    "none": "dim",
}

#: One letter per label, shown in the legend and the panels.
LABEL_MARKERS = {
    "named": "N",
    "anonymous": "A",
    "vague": "V",
    "unattributed": "U",
    "none": "·",
}


def label_style(label: str) -> str:
    """A Content style for text of this label: its text style on its colour."""
    return f"{LABEL_TEXT_STYLES[label]} on $label-{label} 35%".strip()


def marker_style(label: str) -> str:
    """A Content style for the label's marker: bold, in its colour, reversed."""
    return f"bold reverse $label-{label}"


#: The margin sign of a label the analyser is unsure of (below confidence.LOW).
UNSURE_MARKER = "?"


def unsure_flag(sentence: Sentence) -> str:
    """ "?" for a sentence whose label rests on weak evidence, "" otherwise."""
    # Here, not at the top: the app imports this module for its colours at start-up, and
    # importing the analyser then cost about 100 ms before the library showed.
    from tui.analysis.confidence import LOW

    return UNSURE_MARKER if sentence.confidence < LOW else ""
