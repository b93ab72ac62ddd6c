"""Where bundled and user articles and quizzes are found, and finding one by name."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tui import paths
from tui.articles import (
    ARTICLE_SUFFIXES,
    UNREADABLE_KINDS,
    WEB_PAGE_SUFFIXES,
    Article,
    ArticleError,
    load_article,
)

_PACKAGE_DIR = Path(__file__).resolve().parent
QUIZ_SUFFIXES = (".yaml", ".yml")
#: What the user's articles folder lists: articles, saved pages (read through the extractor),
#: and the kinds whosays cannot read, shown as unreadable with the reason.
USER_ARTICLE_SUFFIXES = (*ARTICLE_SUFFIXES, *WEB_PAGE_SUFFIXES, *UNREADABLE_KINDS)


def bundled_dir(kind: str) -> Path:
    """The bundled `seeds` or `quizzes` folder, in a wheel or in a checkout.

    A wheel carries them inside the package (tui/bundled/...); an editable install or a
    plain checkout finds them at the top of the repository, beside `tui/`.
    """
    inside = _PACKAGE_DIR / "bundled" / kind
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / kind


@dataclass(frozen=True)
class Entry:
    """An article or quiz file the library knows, and whether it came bundled."""

    id: str
    path: Path
    bundled: bool


def _entries(folders: list[tuple[Path, bool, tuple[str, ...]]]) -> list[Entry]:
    """Files with each folder's suffixes; a user file never hides a bundled one."""
    seen: set[str] = set()
    found: list[Entry] = []
    for folder, bundled, suffixes in folders:
        try:
            paths_here = sorted(folder.iterdir()) if folder.is_dir() else []
        except OSError:
            continue  # an unreadable folder hides its files, it does not stop the library
        for path in paths_here:
            if path.suffix.lower() not in suffixes or not path.is_file():
                continue
            if path.name.endswith(".labels.yaml") or path.name.endswith(".schema.json"):
                continue
            entry_id = _unique(path.stem, seen)
            seen.add(entry_id.casefold())
            found.append(Entry(entry_id, path, bundled))
    return found


def _unique(stem: str, seen: set[str]) -> str:
    """`stem`, or `stem-2`, `stem-3` ... when a file of that name, in any case, was already
    listed (`seen` holds casefolded ids): "My-article" and "my-article" would be one id to
    a student typing it, and one file on a Mac."""
    if stem.casefold() not in seen:
        return stem
    number = 2
    while f"{stem}-{number}".casefold() in seen:
        number += 1
    return f"{stem}-{number}"


def article_id(path: Path) -> str | None:
    """The id the library lists an article file under (None for a file outside it)."""
    return next((entry.id for entry in article_entries() if entry.path == path), None)


def article_entries() -> list[Entry]:
    """Every article file: bundled seeds first, then the user's folder."""
    return _entries(
        [
            (bundled_dir("seeds"), True, ARTICLE_SUFFIXES),
            (paths.user_articles_dir(), False, USER_ARTICLE_SUFFIXES),
        ]
    )


def quiz_entries() -> list[Entry]:
    """Every quiz file: bundled quizzes first, then the user's folder."""
    return _entries(
        [
            (bundled_dir("quizzes"), True, QUIZ_SUFFIXES),
            (paths.user_quizzes_dir(), False, QUIZ_SUFFIXES),
        ]
    )


def user_files_state() -> tuple[tuple[str, int, int], ...]:
    """(path, modification time, size) of every file in the user's article and quiz folders.

    Compared between calls, it tells the library that a file was added, changed or removed
    without reading any: one directory scan a folder (0.15 ms for 50 files, 8x an os.listdir;
    reading the library again when something changed costs about 16 ms).
    """
    state = []
    for folder in (paths.user_articles_dir(), paths.user_quizzes_dir()):
        try:
            with os.scandir(folder) as found:
                for item in found:
                    try:
                        info = item.stat()
                    except OSError:
                        continue  # removed between the scan and the stat
                    state.append((item.path, info.st_mtime_ns, info.st_size))
        except OSError:
            continue  # no folder yet, or an unreadable one: nothing to watch
    return tuple(sorted(state))


@dataclass(frozen=True)
class Listing:
    """One row of the library: the article, or why its file could not be read."""

    entry: Entry
    article: Article | None
    error: str | None = None


def list_articles() -> list[Listing]:
    """Load every article for the library; a bad file is listed with its error, not raised."""
    rows = []
    for entry in article_entries():
        try:
            rows.append(Listing(entry, load_article(entry.path, entry.id)))
        except ArticleError as error:
            rows.append(Listing(entry, None, error.message))
    return rows


def describe(listing: Listing) -> str:
    """The words a listing is found by: its id, title, outlet, author and date."""
    article = listing.article
    if article is None:
        return listing.entry.id
    date = article.date.isoformat() if article.date else ""
    parts = (listing.entry.id, article.title, article.outlet, article.author, date)
    return " ".join(part for part in parts if part)


def matches_words(text: str, query: str) -> bool:
    """Every word of the query begins a word of `text`, in any case ("spi" finds "Spies").

    At the start of words only, so "00_f33" is a misspelt id to suggest a fix for, not a
    piece of one. An empty query matches everything.
    """
    haystack = text.casefold()
    return all(
        re.search(rf"(?<![^\W_]){re.escape(word)}", haystack) for word in query.casefold().split()
    )


class NotFoundError(LookupError):
    """No file or library entry by that name; the message suggests the closest names."""


def suggest(name: str, *groups: dict[str, str], limit: int = 3) -> list[str]:
    """What the names closest to `name` stand for (each group maps a name to it), best
    first, each once, for a "did you mean" line: any close name of the first group before
    those of the next (the ids a command takes before the words of titles, or the word
    "says" in a title outranks the quiz 'spies' for "spys").

    Whole-name likeness (edit distance), not WRatio: WRatio scores a long name by its best
    matching piece, so a long id with "s" and "y" in it ranked high for anything short.
    """
    from rapidfuzz import fuzz, process, utils  # only on a miss: the library's start need not pay

    ranked: list[str] = []
    for group in groups:
        scored = process.extract(
            name,
            list(group),
            scorer=fuzz.ratio,
            processor=utils.default_process,
            limit=None,
            score_cutoff=60,
        )
        # Ties in the order given: rapidfuzz does not promise one.
        scored.sort(key=lambda found: (-found[1], found[2]))
        ranked.extend(group[choice] for choice, _score, _index in scored)
    return list(dict.fromkeys(ranked))[:limit]


@dataclass(frozen=True)
class Naming:
    """How a person may name a library entry besides its id: its title, and other words."""

    title: str
    words: str


def _resolve(
    name: str, entries: list[Entry], kind: str, namings: Callable[[], dict[str, Naming]]
) -> Path:
    """A path if `name` is a file, else the entry named by its id, a unique prefix of its id,
    or words of its title (`namings()` is read only when the id does not do)."""
    candidate = Path(name).expanduser()
    if candidate.exists() or any(sep in name for sep in ("/", "\\")):
        return candidate
    for entry in entries:
        if name in (entry.id, entry.path.name):
            return entry.path
    # A unique prefix ("000") is as good as the whole id.
    prefixed = [entry for entry in entries if entry.id.startswith(name)]
    if len(prefixed) == 1:
        return prefixed[0].path
    named = namings()
    found = [
        entry
        for entry in entries
        if entry.id in named and matches_words(named[entry.id].words, name)
    ]
    if len(found) == 1:
        return found[0].path
    if found:
        listed = "; ".join(_shown(entry.id, named) for entry in found[:4])
        more = f" and {len(found) - 4} more" if len(found) > 4 else ""
        raise NotFoundError(
            f"{name}: {len(found)} {kind} in the library match ({listed}{more}); "
            "add a word, or give the id"
        )
    # "Did you mean" over ids, then titles; a title suggests the id that opens it.
    titles: dict[str, str] = {}
    for entry_id, naming in named.items():
        # Whole titles for a garbled title, single words for one misspelt word ("spiez").
        titles.update({word: entry_id for word in naming.title.split() if len(word) > 3})
        titles[naming.title] = entry_id
    close = suggest(name, {entry.id: entry.id for entry in entries}, titles)
    hint = f"; did you mean {' or '.join(_shown(c, named) for c in close)}?" if close else ""
    raise NotFoundError(f"{name}: no such file, and no {kind} in the library by that name{hint}")


def _shown(entry_id: str, named: dict[str, Naming]) -> str:
    """An id for a message, with its title when it has one."""
    naming = named.get(entry_id)
    return repr(entry_id) + (f" ({naming.title})" if naming and naming.title else "")


def _article_namings() -> dict[str, Naming]:
    return {
        listing.entry.id: Naming(listing.article.title, describe(listing))
        for listing in list_articles()
        if listing.article is not None
    }


def _quiz_namings() -> dict[str, Naming]:
    """Each quiz's title, read without checking the quiz (a broken quiz has none)."""
    from tui.quiz.loader import LoaderError, Mapping, Scalar, load_file

    named = {}
    for entry in quiz_entries():
        try:
            root = load_file(entry.path).root
        except LoaderError:
            continue
        title = root.get("title") if isinstance(root, Mapping) else None
        if isinstance(title, Scalar) and title.text.strip():
            named[entry.id] = Naming(title.text, f"{entry.id} {title.text}")
    return named


def find_article(name: str) -> Path:
    """The article file for a path, a library id or words of its title (outlet, date)."""
    return _resolve(name, article_entries(), "articles", _article_namings)


def find_quiz(name: str) -> Path:
    """The quiz file for a path, a quiz id or words of its title."""
    return _resolve(name, quiz_entries(), "quizzes", _quiz_namings)
