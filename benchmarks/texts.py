"""Articles of any size for the benchmarks, written here (no outlet's text in the repository).

Paragraphs mix the four kinds of sourcing, so the analyser does its usual work on them.
"""

from __future__ import annotations

from pathlib import Path

_PARAGRAPHS = (
    "Officials said on Tuesday that the river had risen again overnight, according to the "
    "regional water agency, and that more rain was expected. “We are watching every gauge,” "
    "said Ann Roe, the agency's director. Some residents say the warnings came too late.",
    "The council voted to rebuild the harbour bridge after engineers found cracks in two of "
    "its piers. A spokesperson for the mayor declined to comment on the cost. The work is "
    "expected to take three years, according to a report seen by the Journal.",
    "Prices rose sharply in the spring. Experts believe the rise will slow by the autumn, "
    "though many economists warn that energy costs remain high. Sources familiar with the "
    "talks said a deal could come within weeks.",
)


def article_text(words: int) -> str:
    """A plain-text article of about `words` words: a title line, then paragraphs."""
    paragraphs = []
    count = 0
    while count < words:
        paragraph = _PARAGRAPHS[len(paragraphs) % len(_PARAGRAPHS)]
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "A very long article\n\n" + "\n\n".join(paragraphs) + "\n"


def write_article(folder: Path, words: int) -> Path:
    """`article_text(words)` saved as a .txt file in `folder`."""
    path = folder / f"long-{words}.txt"
    path.write_text(article_text(words), "utf-8")
    return path


def write_article_of_size(folder: Path, megabytes: float) -> Path:
    """An article of about `megabytes` MB of UTF-8 text."""
    words = int(megabytes * 1_000_000 / 5.9)
    path = folder / f"long-{megabytes:g}MB.txt"
    path.write_text(article_text(words), "utf-8")
    return path
