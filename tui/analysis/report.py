"""The analysis as JSON (the `analyze --json` contract) and as plain readable text."""

from __future__ import annotations

import textwrap
from collections import Counter

from tui.analysis.attribution import LABELS, Analysis, TextSpan
from tui.analysis.cited import summarise_sources
from tui.analysis.confidence import LOW, explain
from tui.analysis.teaching import label_mix
from tui.articles import Article
from tui.wording import counted

# Wide enough for a terminal, narrow enough for a screen reader to read a line at a time.
_WIDTH = 88


def _span(span: TextSpan | None) -> dict[str, object] | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def summary(analysis: Analysis) -> dict[str, object]:
    """Counts per label, the share of each claim label, and the sources cited per label."""
    counts = Counter(s.label for s in analysis.sentences)
    sources = summarise_sources(analysis)
    return {
        "sentences": len(analysis.sentences),
        "labels": {label: counts[label] for label in LABELS},
        "mix": {label: round(share, 3) for label, share in label_mix(analysis).items()},
        "sources": {
            label: [{"text": s.name, "count": s.count, "role": s.role} for s in cited]
            for label, cited in sources.cited.items()
        },
        "mentioned": sources.mentioned,
    }


def article_json(article: Article) -> dict[str, object]:
    """Which article an `analyze --json` answer is about."""
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "date": article.date.isoformat() if article.date else None,
        "path": str(article.path) if article.path else None,
    }


def to_json(analysis: Analysis) -> dict[str, object]:
    """The object `whosays analyze --json` prints."""
    return {
        "article": article_json(analysis.article),
        "sentences": [
            {
                "number": number,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "label": s.label,
                "source": _span(s.source),
                "cue": _span(s.cue),
                "quote": s.quote,
                "reason": s.reason,
                "confidence": round(s.confidence, 2),
            }
            for number, s in analysis.numbered()
        ],
        "summary": summary(analysis),
    }


# What a header line is called where the body's sentence numbers stand.
_HEADER_NAMES = {
    "outlet": "Outlet line:",
    "news-id": "Story ID line:",
    "date": "Date line:",
    "kicker": "Kicker line:",
    "title": "Title line:",
}


def render_plain(analysis: Analysis) -> str:
    """Blocks, one per sentence: label, source, cue and reason, then the sentence; body
    sentences are numbered as the reader numbers them, header lines are named instead.

    Plain words and fixed prefixes only (no colour, no box drawing), so it reads the same
    in a pipe, a pager or a screen reader.
    """
    article = analysis.article
    out = [f"Article: {article.title}"]
    if article.outlet or article.date:
        out.append(f"Outlet: {article.outlet or 'unknown'}; date: {article.date or 'unknown'}")
    out.append("")
    kinds = {span.start: span.kind for span in article.header}
    for number, s in analysis.numbered():
        # Body sentences carry the reader's numbers; a header line says what it is instead.
        where = (
            f"{number}."
            if number is not None
            else _HEADER_NAMES.get(kinds.get(s.start, ""), "Header:")
        )
        heading = f"{where} {s.label.upper()}"
        if s.quote:
            heading += " (quotation)"
        out.append(heading)
        if s.source is not None:
            out.append(f"   Source: {' '.join(s.source.text.split())}")
        if s.cue is not None:
            out.append(f"   Cue: {' '.join(s.cue.text.split())}")
        if s.reason:
            out.append(f"   Why: {' '.join(s.reason.split())}")
        unsure = ", low, the analyser is unsure" if s.confidence < LOW else ""
        out.append(f"   Confidence: {s.confidence:.2f}{unsure}: {explain(s.evidence)}")
        out.extend(
            textwrap.wrap(
                " ".join(s.text.split()),
                _WIDTH,
                initial_indent="   Text: ",
                subsequent_indent="   ",
            )
        )
        out.append("")
    out.append("Summary")
    counts = Counter(s.label for s in analysis.sentences)
    mix = label_mix(analysis)
    for label in LABELS:
        share = f", {mix[label]:.0%} of claims" if label in mix else ""
        out.append(f"   {label}: {counted(counts[label], 'sentence')}{share}")
    sources = summarise_sources(analysis)
    for label, cited in sources.cited.items():
        if cited:
            listed = "; ".join(f"{s.name} ({s.count})" if s.count > 1 else s.name for s in cited)
            out.append(f"   {label} sources: {listed}")
    if sources.mentioned:
        out.append(f"   mentioned, not cited: {'; '.join(sources.mentioned)}")
    return "\n".join(out)
