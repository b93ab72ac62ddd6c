"""The standfirst: the sentence or two under a headline that sum the article up.

Pages put it in the header beside the headline, so extractors leave it out; yet it is the
article's own text, often its main claim, and the analysis should not lose it. A page's
description that is also the whole text of an element after the headline and before the
body is taken for it (a description shown nowhere, or only in a teaser, is not).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tui.webpage.page import Page, PageBlock, Run

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Shorter descriptions are labels ("Politics", "Live updates"), not a standfirst.
_MIN_WORDS = 4
#: Where a copy of the description is a link, a list entry, a caption or page furniture.
_ELSEWHERE = "ancestor::a|ancestor::li|ancestor::figcaption|ancestor::nav|ancestor::footer"


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def with_standfirst(page: Page, html: str) -> Page:
    """The page with its standfirst as the first paragraph, when the page shows one."""
    description = page.description
    if not description or len(description.split()) < _MIN_WORDS or not page.blocks:
        return page
    wanted = _folded(description)
    if wanted in _folded(" ".join(block.text for block in page.blocks)):
        return page  # already there, as the lead paragraph
    shown = _shown_before_body(html, wanted, _folded(page.blocks[0].text)[:60])
    if shown is None:
        return page
    return replace(page, blocks=(PageBlock("paragraph", (Run(shown),)), *page.blocks))


def _shown_before_body(html: str, wanted: str, body_start: str) -> str | None:
    """The element text equal to `wanted` between the headline and the body, as shown."""
    import lxml.html  # lazily: trafilatura has already loaded it by now
    from lxml.etree import ParserError

    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None
    for hidden in root.xpath("//head|//script|//style|//noscript|//template"):
        hidden.drop_tree()
    text = _folded(root.text_content())
    headline = root.find(".//h1")
    after = max(text.find(_folded(headline.text_content())), 0) if headline is not None else 0
    if not 0 <= text.find(wanted, after) < text.find(body_start, after):
        return None  # not shown, or only after the body has begun
    return _first_shown(root, headline, wanted, body_start)


def _first_shown(
    root: HtmlElement, headline: HtmlElement | None, wanted: str, body_start: str
) -> str | None:
    """The first element showing `wanted`, in page order from the headline to the body."""
    seen_headline = headline is None
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element is headline:
            seen_headline = True
            continue
        own = _folded(element.text or "")
        if not seen_headline or not own:
            continue
        if len(own) >= 30 and (own.startswith(body_start) or body_start.startswith(own)):
            return None  # the body has begun
        if not wanted.startswith(own) or _folded(element.text_content()) != wanted:
            continue
        linked = sum(len(_folded(link.text_content())) for link in element.iter("a"))
        if element.xpath(_ELSEWHERE) or 2 * linked >= len(wanted):
            continue  # a teaser of this or another story
        return " ".join(element.text_content().split())
    return None
