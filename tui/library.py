"""Where bundled and user articles and quizzes are found, and finding one by name."""

from __future__ import annotations

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
            seen.add(entry_id)
            found.append(Entry(entry_id, path, bundled))
    return found


def _unique(stem: str, seen: set[str]) -> str:
    """`stem`, or `stem-2`, `stem-3` ... when a file of that name was already listed."""
    if stem not in seen:
        return stem
    number = 2
    while f"{stem}-{number}" in seen:
        number += 1
    return f"{stem}-{number}"


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


class NotFoundError(LookupError):
    """No file or library entry by that name; the message suggests the closest names."""


def suggest(name: str, choices: list[str], limit: int = 3) -> list[str]:
    """The names closest to `name`, best first, for a "did you mean" line."""
    from rapidfuzz import fuzz, process  # only on a miss: the library's start need not pay

    scored = process.extract(name, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [choice for choice, _score, _index in scored]


def _resolve(name: str, entries: list[Entry], what: str) -> Path:
    """A path if `name` is a file, else the entry whose id or file name is `name`."""
    candidate = Path(name).expanduser()
    if candidate.exists() or any(sep in name for sep in ("/", "\\")):
        return candidate
    for entry in entries:
        if name in (entry.id, entry.path.name):
            return entry.path
    ids = [entry.id for entry in entries]
    # A unique prefix ("000") is as good as the whole id.
    prefixed = [entry for entry in entries if entry.id.startswith(name)]
    if len(prefixed) == 1:
        return prefixed[0].path
    close = suggest(name, ids)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    raise NotFoundError(f"{name}: no such file, and no {what} with that name{hint}")


def find_article(name: str) -> Path:
    """The article file for a path or a library id (fuzzy "did you mean" when neither)."""
    return _resolve(name, article_entries(), "article in the library")


def find_quiz(name: str) -> Path:
    """The quiz file for a path or a quiz id."""
    return _resolve(name, quiz_entries(), "quiz in the library")
