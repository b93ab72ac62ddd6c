"""Attribution labels for sentences (first cut: the interface, every claim unattributed)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.articles import Article

#: The fixed label words, the same in the interface, the JSON and the quizzes.
LABELS = ("named", "anonymous", "vague", "unattributed", "none")


@dataclass(frozen=True)
class TextSpan:
    """A piece of a sentence (a source or a cue) with offsets into the analysed text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence with its label and the evidence for it."""

    start: int
    end: int
    text: str
    label: str
    source: TextSpan | None = None
    cue: TextSpan | None = None
    quote: bool = False
    reason: str = ""


@dataclass(frozen=True)
class Analysis:
    """An article's sentences; offsets are into `Article.text`."""

    article: Article
    sentences: tuple[Sentence, ...]


def analyze(text: str) -> list[Sentence]:
    """Split `text` into sentences and label each one."""
    return [
        Sentence(m.start(), m.end(), m.group(), "unattributed", reason="no source is given")
        for m in re.finditer(r"[^\s][^\n]*?(?:[.!?][\"”’']?(?=\s|$)|(?=\n)|$)", text)
    ]


def analyze_article(article: Article) -> Analysis:
    """Header lines are `none`; the body is analysed; offsets are into the article text."""
    header = [
        Sentence(s.start, s.end, article.text[s.start : s.end], "none", reason=f"{s.kind} line")
        for s in article.header
        if s.kind != "front-matter"
    ]
    shift = article.body_start
    body = [
        Sentence(
            s.start + shift, s.end + shift, s.text, s.label, s.source, s.cue, s.quote, s.reason
        )
        for s in analyze(article.body)
    ]
    return Analysis(article, tuple(header + body))
