"""The analysis as JSON (the `analyze --json` contract) and as plain readable text."""

from __future__ import annotations

from collections import Counter

from tui.analysis.attribution import LABELS, Analysis, TextSpan


def _span(span: TextSpan | None) -> dict[str, object] | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def summary(analysis: Analysis) -> dict[str, object]:
    """Counts per label."""
    counts = Counter(s.label for s in analysis.sentences)
    return {
        "sentences": len(analysis.sentences),
        "labels": {label: counts[label] for label in LABELS},
    }


def to_json(analysis: Analysis) -> dict[str, object]:
    """The object `whosays analyze --json` prints."""
    article = analysis.article
    return {
        "article": {
            "id": article.id,
            "title": article.title,
            "outlet": article.outlet,
            "date": article.date.isoformat() if article.date else None,
            "path": str(article.path) if article.path else None,
        },
        "sentences": [
            {
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "label": s.label,
                "source": _span(s.source),
                "cue": _span(s.cue),
                "quote": s.quote,
                "reason": s.reason,
            }
            for s in analysis.sentences
        ],
        "summary": summary(analysis),
    }


def render_plain(analysis: Analysis) -> str:
    """One block per sentence: label, source and cue, then the sentence."""
    out = []
    for s in analysis.sentences:
        out.append(f"[{s.label}] {s.text}")
    return "\n".join(out)
