"""Labels given a part at a time are the labels of the whole text, whatever the parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED
from tui.analysis import analyze_article
from tui.analysis.attribution import label_sentences
from tui.articles import load_article

BUNDLED = sorted(SEED.parent.glob("*.txt"))

# Sentences whose labels lean on their neighbours: speech tags before and after a
# quotation, quotations over several sentences and paragraphs, block quotations, turns,
# pronouns and back-references.
PIECES = (
    "“We will win,” she said.",
    '"This is a big year!"',
    "Ann Roe, his niece, shouted to the crowd.",
    "Ada Brent agreed.",
    "“Voters are running out of time. They must act now.”",
    "The governor added:",
    "I think the bridge is safe and we will rebuild it.",
    "CLINTON: Honestly, I disagree.",
    "It's the toughest job.",
    "He did not name the rival.",
    "Officials said the river rose.",
    "Sources familiar with the talks said a deal was near.",
    "Prices rose.",
    "''We are ready,'' Mr. Smith said.",
    "“The engineers warned us,” the mayor said.",
    "the spa offers “a calm space.”",
    "Designed for shoppers, the spa “uses filtered air for every guest.”",
    "“It is over",
    "for good,” Roe said.",
    "Trump spoke in Ohio.",
    "The report said it was late.",
    "(Applause.)",
    "What happens next?",
)
GAPS = (" ", " ", "\n", "\n\n")


def as_tuples(sentences: list) -> list[tuple]:  # type: ignore[type-arg]
    return [(s.start, s.end, s.label, s.source, s.cue, s.reason, s.evidence) for s in sentences]


@pytest.mark.parametrize("path", BUNDLED, ids=lambda path: path.stem)
def test_parts_of_a_bundled_article_make_its_analysis(path: Path) -> None:
    """The reader's parts, put together, are `analyze_article`'s body, sentence for sentence."""
    article = load_article(path)
    parts: list[list] = []  # type: ignore[type-arg]
    analysis = analyze_article(article, on_part=parts.append, every=0.0)
    assert len(parts) > 1
    assert as_tuples([s for part in parts for s in part]) == as_tuples(list(analysis.body))
    assert analysis == analyze_article(article)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda path: path.stem)
def test_reading_a_sentence_at_a_time_changes_no_label(path: Path) -> None:
    body = load_article(path).body
    whole = as_tuples(list(label_sentences(body, batch_size=1_000_000)))
    assert as_tuples(list(label_sentences(body, batch_size=1))) == whole


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=40),
    batch_size=st.integers(1, 12),
)
def test_any_batch_size_gives_the_labels_of_the_whole_text(
    pieces: list[tuple[str, str]], batch_size: int
) -> None:
    text = "".join(piece + gap for piece, gap in pieces)
    whole = as_tuples(list(label_sentences(text, batch_size=1_000_000)))
    assert as_tuples(list(label_sentences(text, batch_size=batch_size))) == whole


@pytest.mark.parametrize("batch_size", [1, 2, 3, 4])
def test_a_tag_settled_by_the_quotation_after_it_is_not_taken_for_a_turn(
    batch_size: int,
) -> None:
    """'Ada Brent agreed.' is hers once the quotation after it is read, not Clinton's turn."""
    text = "CLINTON: Honestly, I disagree. Ada Brent agreed. “Voters are running out of time.”"
    whole = as_tuples(list(label_sentences(text, batch_size=1_000_000)))
    assert "Ada Brent" in whole[1][5]
    assert as_tuples(list(label_sentences(text, batch_size=batch_size))) == whole
