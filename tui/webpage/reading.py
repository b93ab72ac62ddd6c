"""A saved or fetched page to an Article, the same way `import` would save it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tui.articles import Article, ArticleError, parse_article
from tui.language import detect_language
from tui.webpage.charset import decode_page
from tui.webpage.cleaning import clean_page
from tui.webpage.extraction import extract_page
from tui.webpage.markdown_out import page_markdown
from tui.webpage.page import Page
from tui.webpage.standfirst import with_standfirst
from tui.webpage.stated_body import stated_blocks

#: Fewer words than this after clean-up is not an article (a login wall, a JavaScript shell).
MIN_ARTICLE_WORDS = 25
NO_ARTICLE = "this page has no article text: it may need JavaScript or a login"


def page_from_bytes(
    data: bytes,
    url: str | None = None,
    http_charset: str | None = None,
    path: Path | str | None = None,
) -> Page:
    """Decode, extract and clean a page; ArticleError (fit to print) when it has no article."""
    html = decode_page(data, http_charset)
    if not html.strip():
        raise ArticleError(path or url, "the page is empty")
    try:
        page = extract_page(html, url)
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError) as error:
        # The extractor's parser gave up on this markup; say so, without a traceback.
        raise ArticleError(path or url, f"the page could not be parsed ({error})") from None
    if page is None:
        raise ArticleError(path or url, NO_ARTICLE)
    page = clean_page(page)
    if page.words < MIN_ARTICLE_WORDS:
        page = replace(page, blocks=stated_blocks(html))  # a page drawn by script
        if page.words < MIN_ARTICLE_WORDS:
            raise ArticleError(path or url, NO_ARTICLE)
    page = with_standfirst(page, html)
    text = "\n".join(block.text for block in page.blocks)
    language = detect_language(text) or _primary(page.language)
    return replace(page, language=language)


def _primary(tag: str | None) -> str | None:
    """ "pt-BR" -> "pt": the language, not the region."""
    return tag.split("-")[0].split("_")[0].lower() or None if tag else None


def article_from_page(
    data: bytes, article_id: str, path: Path | None = None, url: str | None = None
) -> Article:
    """Read a saved page directly: the article as `import` would have saved it."""
    page = page_from_bytes(data, url=url, path=path)
    article = parse_article(page_markdown(page), article_id, path=path)
    return replace(article, format="web page")
