"""Web pages in: decode a saved or fetched page, extract the article, write it as Markdown.

No Textual here, and no extractor at import time: `trafilatura` (about a second to import)
is loaded by `extraction.extract_page` the first time a page is read.
"""

from tui.webpage.page import Page, PageBlock, Run
from tui.webpage.reading import article_from_page, page_from_bytes

__all__ = ["Page", "PageBlock", "Run", "article_from_page", "page_from_bytes"]
