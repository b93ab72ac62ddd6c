"""Who says so: sentence splitting and attribution labels, with no UI import."""

from tui.analysis.attribution import LABELS, Analysis, Sentence, TextSpan, analyze, analyze_article

__all__ = ["LABELS", "Analysis", "Sentence", "TextSpan", "analyze", "analyze_article"]
