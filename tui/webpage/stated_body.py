"""The article body a page states in its schema.org JSON-LD (`articleBody`).

Pages drawn by script in the browser carry no article in their HTML elements, but many
still state the whole text in JSON-LD for search engines. When extraction finds no article,
that text is the article: better than telling the user the page needs JavaScript.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from typing import Any

from tui.webpage.page import PageBlock, Run

#: The schema.org types that hold an article's text (NewsArticle, OpinionNewsArticle, ...).
_ARTICLE_TYPE = re.compile(r"(?:\w*Article|BlogPosting|Report)$")
_JSON_LD = re.compile(
    r"<script[^>]*type=[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_BREAK = re.compile(r"<br\s*/?>|</p\s*>|</div\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def stated_blocks(html: str) -> tuple[PageBlock, ...]:
    """The paragraphs of the longest articleBody in the page's JSON-LD (none: empty)."""
    try:
        bodies = [body for script in _JSON_LD.findall(html) for body in _bodies(_load(script))]
    except RecursionError:  # JSON nested deeper than any article's metadata
        return ()
    if not bodies:
        return ()
    text = unescape(_TAG.sub("", _BREAK.sub("\n", max(bodies, key=len))))
    paragraphs = (" ".join(line.split()) for line in text.splitlines())
    return tuple(PageBlock("paragraph", (Run(line),)) for line in paragraphs if line)


def _load(script: str) -> Any:
    try:
        return json.loads(script, strict=False)  # strict=False: raw newlines inside strings
    except (ValueError, RecursionError):
        return None


def _bodies(node: Any) -> Iterator[str]:
    """Every articleBody of an article-typed object, however deeply nested (@graph, lists)."""
    if isinstance(node, list):
        for item in node:
            yield from _bodies(item)
    elif isinstance(node, dict):
        kinds = node.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        body = node.get("articleBody")
        if isinstance(body, str) and any(_ARTICLE_TYPE.search(str(kind)) for kind in kinds):
            yield body
        for value in node.values():
            if isinstance(value, (dict, list)):
                yield from _bodies(value)
