"""The article in a page, found by trafilatura, walked into blocks of styled runs.

trafilatura (Apache-2.0) is the best-measured open extractor for news; readability-lxml was
weighed and set aside (it needs chardet and has no metadata extraction). It is imported here,
inside the function, so start-up and the commands that never see a web page do not pay for it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from tui.webpage.page import Page, PageBlock, Run

if TYPE_CHECKING:
    from lxml.etree import _Element

#: trafilatura's `<hi rend=...>` marks, as the styles whosays keeps.
_HI_STYLES = {"#b": "strong", "#i": "emphasis", "#t": "code"}
#: Elements trafilatura emits that hold no article text.
_SKIPPED = {"graphic", "fw", "note", "figure"}
_BLOCK_TAGS = {"p", "head", "quote", "list", "table", "code", "div"}
# The extractor and its helpers log to the root logger, which prints warnings to stderr.
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


def _quiet() -> None:
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def extract_page(html: str, url: str | None = None) -> Page | None:
    """The article of a page with its metadata (no blocks when no article text was found),
    or None when the page has neither.

    Options, chosen on the extraction benchmark (benchmarks/bench_extraction.py): tables
    and formatting kept, links, images and comments left out, precision favoured (with the
    default balance, and more with recall favoured, footers, comment rules and lists of
    other stories came in whole; measured on the first 22 pages: mean F1 0.925 and 0.924
    against 0.96 this way).
    """
    import trafilatura  # lazily: about a second to import

    _quiet()
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=True,
        favor_precision=True,
        deduplicate=False,
    )
    if document is None or getattr(document, "body", None) is None:
        # No article text in the elements: keep the metadata, the caller may find the body
        # elsewhere (the page's JSON-LD).
        document = trafilatura.extract_metadata(html, default_url=url)
        if document is None:
            return None
        blocks: tuple[PageBlock, ...] = ()
    else:
        blocks = tuple(_blocks(document.body))
    return Page(
        blocks=blocks,
        title=_text(document.title),
        outlet=_text(document.sitename),
        author=_text(document.author),
        date=_text(document.date),
        url=url or _text(document.url),
        language=_text(getattr(document, "language", None)),
        description=_text(document.description),
    )


def _text(value: Any) -> str | None:
    """A metadata value as one line of text, or None."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _blocks(body: _Element, quote: int = 0, items: int = 0) -> list[PageBlock]:
    """The blocks under `body`, in order; `quote` and `items` are the nesting so far."""
    found: list[PageBlock] = []
    loose: list[Run] = []  # text directly inside a quote or division, outside its blocks

    def flush() -> None:
        if "".join(run.text for run in loose).strip():
            found.append(PageBlock("quote" if quote else "paragraph", tuple(loose), level=quote))
        loose.clear()

    if body.text and body.text.strip():
        loose.append(Run(body.text))
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _BLOCK_TAGS:
            flush()
            found.extend(_block(child, quote, items))
        elif tag and tag not in _SKIPPED:
            loose.extend(_runs(child))
        if child.tail and child.tail.strip():
            loose.append(Run(child.tail))
    flush()
    return found


def _block(element: _Element, quote: int, items: int) -> list[PageBlock]:
    """One block element as blocks (a list or a quote gives several)."""
    tag = element.tag
    if tag == "head":
        rend = str(element.get("rend") or "h2")
        level = int(rend[1:]) if rend[1:].isdigit() else 2
        return [PageBlock("heading", tuple(_runs(element)), level=min(max(level, 1), 6))]
    if tag == "p":
        kind = "quote" if quote else "paragraph"
        return [PageBlock(kind, tuple(_runs(element)), level=quote)]
    if tag in ("quote", "div"):
        return _blocks(element, quote + (tag == "quote"), items)
    if tag == "code":
        return [PageBlock("code", (Run("".join(element.itertext())),))]
    if tag == "list":
        return _list(element, quote, items + 1)
    if tag == "table":
        rows = tuple(
            tuple(" ".join("".join(cell.itertext()).split()) for cell in row if cell.tag == "cell")
            for row in element
            if row.tag == "row"
        )
        rows = tuple(row for row in rows if any(row))
        return [PageBlock("table", rows=rows)] if rows else []
    return []


def _list(element: _Element, quote: int, depth: int) -> list[PageBlock]:
    """A list's items, each one block, nested lists after their item one level deeper."""
    ordered = str(element.get("rend") or "").startswith("ol")
    found: list[PageBlock] = []
    for item in element:
        if item.tag != "item":
            continue
        runs: list[Run] = []
        nested: list[PageBlock] = []
        if item.text:
            runs.append(Run(item.text))
        for child in item:
            if child.tag == "list":
                nested.extend(_list(child, quote, depth + 1))
            elif child.tag not in _SKIPPED:
                runs.extend(_runs(child))
            if child.tail:
                runs.append(Run(child.tail))
        found.append(PageBlock("item", tuple(runs), level=depth, ordered=ordered))
        found.extend(nested)
    return found


def _runs(element: _Element, style: str = "") -> list[Run]:
    """The text of an inline element and its children, as runs with their styles."""
    tag = element.tag
    if tag == "hi":
        style = _HI_STYLES.get(str(element.get("rend") or ""), style) or style
    elif tag == "code":
        style = "code"
    runs = [Run(element.text, style)] if element.text else []
    for child in element:
        if child.tag == "lb":
            runs.append(Run(" ", style))
        elif child.tag not in _SKIPPED and isinstance(child.tag, str):
            runs.extend(_runs(child, style))
        if child.tail:
            runs.append(Run(child.tail, style))
    return runs
