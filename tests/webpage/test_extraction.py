"""Extracting the article from hand-written pages full of the usual clutter."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.webpage.pages import BODY, CLUTTERED, NO_ARTICLE, PORTUGUESE, WINDOWS_1252
from tui.articles import ArticleError, parse_article
from tui.webpage import page_from_bytes
from tui.webpage.markdown_out import page_markdown


def _article_text(data: bytes) -> str:
    page = page_from_bytes(data)
    return parse_article(page_markdown(page), "x").body


def test_the_body_is_kept_whole_and_nothing_else() -> None:
    """Every paragraph, in order; no byline, ad, share bar, newsletter, related list,
    comment, cookie banner, time stamp or footer."""
    body = _article_text(CLUTTERED.encode("utf-8"))
    assert body.split("\n\n") == BODY
    for clutter in (
        "By Priya Raman",
        "Advertisement",
        "Share",
        "newsletter",
        "Related stories",
        "Drought warning",
        "Typical. Nobody asked",
        "cookies",
        "All rights reserved",
        "Published 8 October",
        "Home",
    ):
        assert clutter not in body


def test_metadata_comes_from_the_page() -> None:
    """Title, outlet, author, date and URL from the page's tags and JSON-LD."""
    page = page_from_bytes(CLUTTERED.encode("utf-8"))
    assert page.title == "Larch Valley dam to be raised, flooding two farms"
    assert page.outlet == "The Fernbrook Courier"
    assert page.author == "Priya Raman"
    assert page.date == "2026-10-08"
    assert page.url == "https://fernbrook-courier.example/news/larch-dam"
    assert page.language == "en"


def test_a_charset_declared_only_in_a_meta_tag_is_honoured() -> None:
    """A Windows-1252 page that says so only in <meta> keeps its é and curly quotes."""
    body = _article_text(WINDOWS_1252)
    assert "Café Lumé" in body and "“fair and overdue”" in body and "José Ferreira" in body


def test_utf8_without_a_declaration_is_read_as_utf8() -> None:
    """No charset anywhere: UTF-8 if it fits (the curly quotes and the euro sign survive)."""
    data = CLUTTERED.replace('<meta charset="utf-8">', "").encode("utf-8")
    assert "€48 million" in _article_text(data)


def test_a_page_without_an_article_says_so() -> None:
    """A JavaScript shell has no article text: one message, fit to print."""
    with pytest.raises(ArticleError, match="this page has no article text: it may need"):
        page_from_bytes(NO_ARTICLE, path="app.html")


def test_a_page_in_portuguese_is_named_so() -> None:
    """The language is detected from the text (the page's own tag says pt-BR too)."""
    page = page_from_bytes(PORTUGUESE)
    assert page.language == "pt"
    assert page.title == "Prefeitura adia votação do porto"


def test_what_the_markdown_holds_reads_back_as_the_extracted_text() -> None:
    """Escaping: asterisks, a leading number and a hash stay text after the round trip."""
    tricky = CLUTTERED.replace(BODY[3], "1. *Not* a list, # not a heading, [not] a link &amp; ok.")
    body = _article_text(tricky.encode("utf-8"))
    assert "1. *Not* a list, # not a heading, [not] a link & ok." in body


_TAGS = st.sampled_from(
    [
        "p",
        "div",
        "article",
        "h1",
        "h2",
        "li",
        "ul",
        "blockquote",
        "table",
        "td",
        "tr",
        "b",
        "i",
        "script",
        "style",
        "nav",
        "footer",
        "pre",
        "code",
        "a",
        "br",
        "span",
        "main",
    ]
)


@st.composite
def _html(draw: st.DrawFn) -> bytes:
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(_TAGS)
        parts.append(f"<{tag}>{draw(st.text(max_size=60))}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    raw = "".join(parts)
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-16"]))
    return raw.encode(encoding, errors="replace")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_html(), st.binary(max_size=400)))
def test_any_html_raises_only_the_documented_error(data: bytes) -> None:
    """Whatever the bytes, extraction gives a page or an ArticleError, never anything else."""
    try:
        page = page_from_bytes(data, path="page.html")
    except ArticleError:
        return
    parse_article(page_markdown(page), "x")


def test_a_related_link_inside_the_body_does_not_end_it() -> None:
    """ "Related: a link" between paragraphs goes; the paragraphs after it stay."""
    html = CLUTTERED.replace(
        f"<p>{BODY[3]}</p>",
        f"<p><b>Related:</b> <a href='/r'>Water rates rise</a></p><p>{BODY[3]}</p>",
    )
    body = _article_text(html.encode("utf-8"))
    assert body.split("\n\n") == BODY
