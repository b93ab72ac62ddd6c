"""Fetching pages from a local server: redirects, charsets, and every failure in one line."""

from __future__ import annotations

import socket

import pytest

from tests.webpage.pages import CLUTTERED, WINDOWS_1252
from tests.webpage.server import Answer, serving
from tui.articles import ArticleError
from tui.webpage.fetching import fetch


def test_a_page_is_fetched_after_its_redirect() -> None:
    """Redirects are followed; the final address and the server's charset come back."""
    answers = {
        "/old": Answer(status=301, location="/story"),
        "/story": Answer(CLUTTERED.encode("utf-8")),
    }
    with serving(answers) as base:
        fetched = fetch(f"{base}/old")
    assert fetched.url == f"{base}/story"
    assert fetched.charset == "utf-8" and b"Larch Valley" in fetched.data


def test_the_server_charset_is_reported() -> None:
    with serving(
        {"/p": Answer(WINDOWS_1252, content_type="text/html; charset=windows-1252")}
    ) as base:
        assert fetch(f"{base}/p").charset == "windows-1252"


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (Answer(b"gone", 404, "text/plain"), "the server answered 404"),
        (
            Answer(b"%PDF-1.7", 200, "application/pdf"),
            "is not a web page (the server says it is application/pdf)",
        ),
        (Answer(b"<p>" + b"x" * 5000, 200), "the page is larger than"),
    ],
)
def test_failures_are_one_line(answer: Answer, message: str) -> None:
    """A 404, a file that is not HTML and a page over the size cap are refused by name."""
    with serving({"/p": answer}) as base, pytest.raises(ArticleError) as caught:
        fetch(f"{base}/p", limit=4096)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_only_http_and_https() -> None:
    with pytest.raises(ArticleError, match="only http:// and https://"):
        fetch("file:///etc/passwd")


def test_an_unreachable_site_asks_whether_you_are_offline() -> None:
    """Nothing listens on the port: the message says the site cannot be reached."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ArticleError, match=r"cannot reach the site .*are you offline"):
        fetch(f"http://127.0.0.1:{port}/story", timeout=2)
