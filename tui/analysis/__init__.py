"""Who says so: sentence splitting and attribution labels, with no UI import.

`sentences` splits news text, `cues` holds the word lists, `attribution` labels sentences,
`teaching` holds what the reader's panels teach, `report` prints JSON and plain text.
"""

from tui.analysis.attribution import LABELS, Analysis, Sentence, TextSpan, analyze, analyze_article

__all__ = ["LABELS", "Analysis", "Sentence", "TextSpan", "analyze", "analyze_article"]
