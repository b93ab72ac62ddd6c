"""Extracting the article from hand-written pages full of the usual clutter."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.webpage.pages import (
    BODY,
    CLUTTERED,
    NO_ARTICLE,
    PORTUGUESE,
    SCRIPT_DRAWN,
    STANDFIRST,
    WINDOWS_1252,
    WITH_STANDFIRST,
)
from tui.articles import ArticleError, parse_article
from tui.webpage import page_from_bytes
from tui.webpage.cleaning import headline
from tui.webpage.markdown_out import page_markdown
from tui.webpage.page import Page


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


def test_the_standfirst_under_the_headline_opens_the_body() -> None:
    """The summary the page shows under its headline is the article's text: it comes first."""
    body = _article_text(WITH_STANDFIRST.encode("utf-8"))
    assert body.split("\n\n") == [STANDFIRST, *BODY]


@pytest.mark.parametrize(
    "where",
    [
        "nowhere",  # only in the page's description
        "in a teaser link before the body",
        "in a box after the body",
    ],
)
def test_a_description_not_shown_as_a_standfirst_stays_out(where: str) -> None:
    """Only a description shown between the headline and the body is taken for one."""
    html = WITH_STANDFIRST.replace(f'<p class="standfirst">{STANDFIRST}</p>', "")
    if where == "in a teaser link before the body":
        teaser = f'<div class="teaser"><a href="/x">{STANDFIRST}</a></div>'
        html = html.replace("</h1></header>", f"</h1></header>{teaser}")
    elif where == "in a box after the body":
        html = html.replace("</article>", f"</article><div class='promo'><p>{STANDFIRST}</p></div>")
    assert STANDFIRST not in _article_text(html.encode("utf-8"))


def test_a_description_that_is_the_first_paragraph_is_not_repeated() -> None:
    html = WITH_STANDFIRST.replace(STANDFIRST, BODY[0])
    assert _article_text(html.encode("utf-8")).split("\n\n") == BODY


def test_a_page_drawn_by_script_is_read_from_its_json_ld() -> None:
    """No article in the elements, the whole text in JSON-LD articleBody: that is the article,
    with the page's metadata."""
    page = page_from_bytes(SCRIPT_DRAWN.encode("utf-8"))
    assert [block.text for block in page.blocks] == BODY
    assert page.title == "Larch Valley dam to be raised, flooding two farms"
    assert page.author == "Priya Raman"


@pytest.mark.parametrize(
    ("before", "clutter"),
    [
        (BODY[0], "<p><em>This article originally appeared on The Valley Times.</em></p>"),
        (BODY[2], "<p>(Credit: Ola Berg / Fernbrook Courier)</p>"),
        (
            BODY[2],
            '<blockquote class="twitter-tweet"><p lang="en">Survey of the old wall starts on '
            "Monday. Results will be public, as promised.</p>&mdash; Hanna Weir (@hannaweir) "
            '<a href="https://social.example/1">October 8, 2026</a></blockquote>',
        ),
    ],
    ids=["syndication note", "chart credit", "embedded post"],
)
def test_notes_credits_and_embed_signatures_are_not_the_article(before: str, clutter: str) -> None:
    """A syndication note, a chart credit, an embedded post's "— name (@handle) date" line."""
    html = CLUTTERED.replace(f"<p>{before}</p>", f"{clutter}<p>{before}</p>")
    body = _article_text(html.encode("utf-8"))
    for gone in ("originally appeared", "Credit", "@hannaweir"):
        assert gone not in body
    assert all(paragraph in body for paragraph in BODY)


def test_an_editors_picks_list_after_the_article_ends_it() -> None:
    """ "Editors’ Recommendations:" and its links after the last paragraph are not body."""
    html = CLUTTERED.replace(
        f"<p>{BODY[3]}</p>",
        f"<p>{BODY[3]}</p><h4>Editors’ Recommendations:</h4><ul>"
        "<li>Drought warning for the valley as rivers run low</li>"
        "<li>Who owns the mill road? A question for the courts</li></ul>",
    )
    assert _article_text(html.encode("utf-8")).split("\n\n") == BODY


@pytest.mark.parametrize(
    ("title", "outlet", "url", "shown"),
    [
        # The outlet and the date a page title appends are not the headline.
        (
            "Dam to be raised, flooding two farms | FC | 08.10.2026",
            "FC.COM",
            "https://www.fc.example/news/dam",
            "Dam to be raised, flooding two farms",
        ),
        (
            "Dam to be raised - The Fernbrook Courier",
            "The Fernbrook Courier",
            None,
            "Dam to be raised",
        ),
        (
            "Dam to be raised \u2014 fernbrook-courier.example",
            None,
            "https://fernbrook-courier.example/x",
            "Dam to be raised",
        ),
        ("Fernbrook Courier | Dam to be raised", "Fernbrook Courier", None, "Dam to be raised"),
        # Dashes inside a headline stay; so does a tail that is no outlet, date or acronym.
        (
            "Why the mayor - and the council - lost",
            "The Fernbrook Courier",
            None,
            "Why the mayor - and the council - lost",
        ),
        (
            "Dam vote - the farmers reply",
            "The Fernbrook Courier",
            None,
            "Dam vote - the farmers reply",
        ),
        # A headline is never cut below three words.
        ("Dam raised | BBC", "Courier", None, "Dam raised | BBC"),
    ],
)
def test_the_headline_loses_the_outlet_and_date_a_page_title_appends(
    title: str, outlet: str | None, url: str | None, shown: str
) -> None:
    page = Page(blocks=(), title=title, outlet=outlet, url=url)
    assert headline(page) == shown
