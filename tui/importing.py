"""`whosays import`: saved pages, web addresses and pasted text into the user's library.

Each source becomes one Markdown file with front matter in the articles folder, written
atomically (a temporary file renamed into place), so a failure never leaves half a file.
A page already in the library (same URL, or the same text) is not saved twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tui import paths
from tui.articles import (
    ARTICLE_SUFFIXES,
    READS,
    UNREADABLE_KINDS,
    WEB_PAGE_SUFFIXES,
    Article,
    ArticleError,
    decode,
    load_article,
    looks_like_headline,
    parse_article,
)
from tui.library import article_id

#: Longest file name (before ".md") made from a title.
_SLUG_MAX = 60
# Pasted input that starts like this is a web page, not text.
_HTML_START = re.compile(
    rb"^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--|<article|<div|<p\b)", re.IGNORECASE
)


@dataclass(frozen=True)
class Imported:
    """One imported article: where it was saved, and whether it was already there."""

    id: str
    path: Path
    article: Article
    duplicate: bool = False


def _slug(title: str) -> str:
    """A file name from a title: ASCII words joined by hyphens ("Café vote" -> "cafe-vote")."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > _SLUG_MAX:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "article"


def fingerprint(article: Article) -> str:
    """The same text, whatever its spacing or case: how a second copy is recognised."""
    words = " ".join(article.body.casefold().split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def _same_url(one: str | None, other: str | None) -> bool:
    if not one or not other:
        return False

    def bare(url: str) -> str:
        return re.sub(r"^https?://(?:www\.)?", "", url.split("#")[0]).rstrip("/").lower()

    return bare(one) == bare(other)


def find_duplicate(article: Article, folder: Path) -> Path | None:
    """An article file in `folder` with the same URL or the same text, if there is one."""
    mark = fingerprint(article)
    if not folder.is_dir():
        return None
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or not path.is_file():
            continue
        try:
            other = load_article(path)
        except ArticleError:
            continue
        if _same_url(article.url, other.url) or fingerprint(other) == mark:
            return path
    return None


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file renamed into place: all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _free_path(folder: Path, stem: str, suffix: str) -> Path:
    """`folder/stem.md`, or `stem-2.md` ... if a file of that name, whatever its suffix or
    case, is there already: its id would be taken (the library gives one id a name)."""
    taken = {path.stem.casefold() for path in folder.iterdir()} if folder.is_dir() else set()
    candidate = stem
    number = 2
    while candidate.casefold() in taken:
        candidate = f"{stem}-{number}"
        number += 1
    return folder / f"{candidate}{suffix}"


def _imported(path: Path, duplicate: bool = False) -> Imported:
    """What was imported, under the id the library lists it by (the one to type later)."""
    entry_id = article_id(path) or path.stem
    return Imported(entry_id, path, load_article(path, entry_id), duplicate=duplicate)


def text_markdown(text: str, title: str | None = None) -> str:
    """Pasted plain text as a Markdown document: the title (a headline first line, or the
    first words) in front matter, every paragraph escaped so it reads back as typed."""
    from tui.webpage.markdown_out import page_markdown
    from tui.webpage.page import Page, PageBlock, Run

    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()]
    if not paragraphs:
        raise ArticleError("-", "the text is empty")
    if title is None and len(paragraphs) > 1 and looks_like_headline(paragraphs[0]):
        title = paragraphs.pop(0)
    if title is None:
        words = paragraphs[0].split()
        title = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    from tui.language import detect_language

    page = Page(
        blocks=tuple(PageBlock("paragraph", (Run(p),)) for p in paragraphs),
        title=title,
        language=detect_language(text),
    )
    return page_markdown(page)


def _source_markdown(
    source: str, stdin: bytes | None, progress: Callable[[str], None]
) -> tuple[str, str | None]:
    """The Markdown document for one source, and the file it came from (None for URLs/stdin)."""
    from tui.webpage.fetching import MAX_PAGE_BYTES, fetch, is_url
    from tui.webpage.markdown_out import page_markdown
    from tui.webpage.reading import page_from_bytes

    if source == "-":
        data = stdin or b""
        if _HTML_START.match(data[:1024]):
            return page_markdown(page_from_bytes(data, path="-")), None
        return text_markdown(decode(data, "-")), None
    if is_url(source):
        progress(f"Fetching {source}…")
        fetched = fetch(source)
        progress("Finding the article in the page…")
        page = page_from_bytes(fetched.data, url=fetched.url, http_charset=fetched.charset)
        return page_markdown(page), None
    path = Path(source).expanduser()
    suffix = path.suffix.lower()
    if suffix in UNREADABLE_KINDS:
        raise ArticleError(path, f"is {UNREADABLE_KINDS[suffix]}: {READS}")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except OSError as error:
        raise ArticleError(path, f"cannot be read: {error.strerror or error}") from None
    if not path.is_file():
        raise ArticleError(path, "is not a file")
    if size > MAX_PAGE_BYTES:
        raise ArticleError(path, f"is larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
    if suffix in WEB_PAGE_SUFFIXES:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ArticleError(path, f"cannot be read: {error.strerror or error}") from None
        progress("Finding the article in the page…")
        return page_markdown(page_from_bytes(data, path=path)), str(path)
    if suffix in ARTICLE_SUFFIXES:
        article = load_article(path)  # checked first: a bad file is refused, not copied
        assert article.path is not None
        return path.read_text(encoding="utf-8-sig"), str(path)
    raise ArticleError(path, READS)


def import_source(
    source: str,
    *,
    force: bool = False,
    stdin: bytes | None = None,
    folder: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> Imported:
    """Import one source (a saved page, a URL, a .txt/.md file, or "-" for `stdin`).

    Raises ArticleError, with a message fit to print, for anything a user can get wrong.
    `progress` hears each slow step ("Fetching …"), for the library's status line.
    """
    folder = folder or paths.user_articles_dir()
    markdown, origin = _source_markdown(source, stdin, progress or (lambda _step: None))
    # A .txt or .md file is copied as it is; pages and pasted text become Markdown.
    suffix = Path(origin).suffix.lower() if origin else ".md"
    copied = suffix in ARTICLE_SUFFIXES and origin is not None
    if not copied:
        suffix = ".md"
    article = parse_article(markdown, "import", path=Path(f"import{suffix}"))
    duplicate = find_duplicate(article, folder)
    if duplicate is not None and not force:
        return _imported(duplicate, duplicate=True)
    if duplicate is not None:
        target = duplicate  # --force: the copy is replaced, keeping its id and reading place
    elif copied:
        target = _free_path(folder, Path(str(origin)).stem, suffix)
    else:
        stamp = article.date.isoformat() if article.date else dt.date.today().isoformat()
        target = _free_path(folder, f"{stamp}-{_slug(article.title)}", suffix)
    if progress is not None:
        progress("Saving…")
    try:
        write_atomically(target, markdown)
    except OSError as error:
        raise ArticleError(target, f"cannot be saved: {error.strerror or error}") from None
    return _imported(target)
