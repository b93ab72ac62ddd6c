"""Fetching a page by URL with the standard library: http(s) only, a timeout, a size cap."""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from tui import __version__
from tui.articles import ArticleError

#: Largest page whosays reads (fetched or saved). News pages weigh 0.1-3 MB; a 10 MB cap
#: leaves room for bloated ones and keeps a 50 MB download (a video, a dump) out.
MAX_PAGE_BYTES = 10 * 1024 * 1024
#: Seconds to wait for the server to answer, and between two pieces of the page.
TIMEOUT = 20
#: Content types that are web pages; anything else is refused before it is read.
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_USER_AGENT = f"Mozilla/5.0 (compatible; whosays/{__version__}; +offline reader)"


@dataclass(frozen=True)
class Fetched:
    """A page as the server sent it: its bytes, the address after redirects, its charset."""

    data: bytes
    url: str
    charset: str | None


def is_url(source: str) -> bool:
    """Whether a source names a web address (any scheme: non-web ones are refused later)."""
    return "://" in source and urlsplit(source).scheme.isalpha()


def fetch(url: str, timeout: float = TIMEOUT, limit: int = MAX_PAGE_BYTES) -> Fetched:
    """Download a page; every failure is an ArticleError saying what went wrong, in one line."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise ArticleError(url, f"whosays fetches only http:// and https:// pages, not {scheme}:")
    request = urllib.request.Request(
        url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            final = response.geturl()
            if urlsplit(final).scheme.lower() not in ("http", "https"):
                raise ArticleError(url, "the server redirected to an address that is not http(s)")
            kind = response.headers.get_content_type()
            if kind not in _HTML_TYPES:
                raise ArticleError(url, f"is not a web page (the server says it is {kind})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise ArticleError(url, _too_big(limit))
            data = response.read(limit + 1)
            if len(data) > limit:
                raise ArticleError(url, _too_big(limit))
            return Fetched(data, final, response.headers.get_content_charset())
    except urllib.error.HTTPError as error:
        raise ArticleError(url, f"the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise ArticleError(url, f"no answer within {timeout:g} seconds") from None
        raise ArticleError(url, f"cannot reach the site ({reason}); are you offline?") from None
    except TimeoutError:
        raise ArticleError(url, f"no answer within {timeout:g} seconds") from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        # A connection reset half-way, a malformed address: one line, never a traceback.
        raise ArticleError(url, f"cannot be fetched ({error})") from None


def _too_big(limit: int) -> str:
    return (
        f"the page is larger than {limit // (1024 * 1024)} MB: "
        "save it from your browser and import the file"
    )
