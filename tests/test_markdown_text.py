"""Markdown read as text: what the reader shows is what the analyser reads, offsets and all."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tui.analysis import analyze_article
from tui.articles import load_article, parse_article

STORY = """---
title: Council delays the harbour vote
outlet: The Tidewater Ledger
date: 2026-11-20
---

# Council delays the harbour vote

The council **postponed** its vote, according to a [statement](https://example.org/s)
from the mayor's office &amp; its *lawyers*.

## What the critics say

> "This plan was written for developers," said Lena Ortiz.
>
> > A quote inside a quote.

1. The cost.
2. The fish market.
   - Some stalls would move.

| Vote | Date |
|------|------|
| First | 3 March |

```
total = 40
```
"""


def _story(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.md"
    path.write_text(STORY, "utf-8")
    return path


def test_markdown_is_plain_text_with_structure(tmp_path: Path) -> None:
    """No asterisks, brackets, link addresses or entities reach the body; blocks keep kinds."""
    article = load_article(_story(tmp_path))
    body = article.body
    for mark in ("**", "*lawyers*", "](", "https://", "&amp;", "> ", "```", "|---"):
        assert mark not in body
    assert (
        "The council postponed its vote, according to a statement from the mayor's office"
        " & its lawyers." in body
    )
    kinds = [(p.kind, p.level, p.marker, article.body[p.start : p.end]) for p in article.paragraphs]
    assert kinds[1] == ("heading", 2, "", "What the critics say")
    assert kinds[2][:2] == ("quote", 1) and kinds[3] == ("quote", 2, "", "A quote inside a quote.")
    assert [k[2] for k in kinds if k[0] == "item"] == ["1.", "2.", "◦"]
    table = next(k[3] for k in kinds if k[0] == "table")
    assert table.splitlines() == ["Vote  │ Date", "First │ 3 March"]
    assert next(k[3] for k in kinds if k[0] == "code") == "total = 40"


def test_the_title_is_not_repeated_and_never_a_sentence(tmp_path: Path) -> None:
    """The front-matter title and the same '#' heading give the title once, outside the body."""
    article = load_article(_story(tmp_path))
    assert article.title == "Council delays the harbour vote"
    assert "Council delays the harbour vote" not in article.body
    texts = [s.text for s in analyze_article(article).sentences]
    assert not any("Council delays" in text for text in texts)


def test_styles_and_links_point_at_their_words(tmp_path: Path) -> None:
    """Emphasis, strong and links are spans over the body; a link keeps its address."""
    article = load_article(_story(tmp_path))
    spans = {(s.kind, article.body[s.start : s.end], s.url) for s in article.inline}
    assert ("strong", "postponed", None) in spans
    assert ("emphasis", "lawyers", None) in spans
    assert ("link", "statement", "https://example.org/s") in spans


def test_analysis_offsets_slice_the_shown_text(tmp_path: Path) -> None:
    """Every sentence's offsets slice exactly its text from the text the reader shows."""
    article = load_article(_story(tmp_path))
    analysis = analyze_article(article)
    assert article.text == article.body and article.body_start == 0
    for sentence in analysis.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
    heading = next(s for s in analysis.sentences if s.text == "What the critics say")
    assert heading.label == "none" and "subheading" in heading.reason


def test_markdown_without_title_uses_a_headline_line_or_the_file_name(tmp_path: Path) -> None:
    """No front matter or '#': a short headline-like first line is the title, else the name."""
    headline = tmp_path / "x.md"
    headline.write_text("Rates rise again\n\nThe bank raised rates. It said so.\n", "utf-8")
    assert load_article(headline).title == "Rates rise again"
    body_only = tmp_path / "bank_rates-story.md"
    body_only.write_text("The bank raised rates on Monday. It said inflation was high.\n", "utf-8")
    article = load_article(body_only)
    assert article.title == "Bank rates story"
    assert article.body.startswith("The bank raised rates on Monday.")


@given(st.text(alphabet=st.sampled_from(list("ab *_#>-1.[]()`|\n&;!")), max_size=300))
def test_any_markdown_gives_blocks_and_styles_inside_the_body(text: str) -> None:
    """Whatever the Markdown, blocks are in order inside the body and styles inside blocks."""
    try:
        article = parse_article(text, "x", path=Path("x.md"))
    except Exception as error:  # only the documented error may escape
        assert type(error).__name__ == "ArticleError"
        return
    end = 0
    for block in article.paragraphs:
        assert end <= block.start <= block.end <= len(article.body)
        end = block.end
    for style in article.inline:
        assert 0 <= style.start < style.end <= len(article.body)
