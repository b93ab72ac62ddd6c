"""The user's own articles: which may be changed, deleting one, and editing its metadata.

Bundled articles are never changed; only files in the user's articles folder are.
"""

from __future__ import annotations

import re
from pathlib import Path

from tui import paths
from tui.articles import ArticleError, parse_date
from tui.articles import _front_matter as front_matter_values

#: The metadata a user edits from the library.
EDITABLE = ("title", "outlet", "date")
_FRONT_MATTER = re.compile(
    r"\A---\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*\n?", re.DOTALL | re.MULTILINE
)


def is_user_article(path: Path) -> bool:
    """Whether a file lives in the user's articles folder (and so may be changed)."""
    try:
        return path.resolve().parent == paths.user_articles_dir().resolve()
    except OSError:
        return False


def delete_article(path: Path) -> None:
    """Remove one of the user's article files; ArticleError if it is not theirs or stays."""
    if not is_user_article(path):
        raise ArticleError(path, "is not one of your articles: bundled articles stay")
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as error:
        raise ArticleError(path, f"cannot be deleted: {error.strerror or error}") from None


def edit_metadata(path: Path, changes: dict[str, str]) -> None:
    """Set title, outlet and date in a Markdown article's front matter (an empty value
    removes the key; the title cannot be emptied); the file is rewritten atomically."""
    if not is_user_article(path):
        raise ArticleError(path, "is not one of your articles: bundled articles stay")
    if path.suffix.lower() not in (".md", ".markdown"):
        raise ArticleError(
            path, "only Markdown articles carry metadata (a .txt takes its title from line 1)"
        )
    date = changes.get("date", "").strip()
    if date and parse_date(date) is None:
        raise ArticleError(path, f"'{date}' is not a date whosays reads: write it as 2026-11-28")
    if "title" in changes and not changes["title"].strip():
        raise ArticleError(path, "the title cannot be empty")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ArticleError(path, f"cannot be read: {error}") from None
    meta: dict[str, object] = {}
    body = text
    if match := _FRONT_MATTER.match(text.replace("\r\n", "\n")):
        text = text.replace("\r\n", "\n")
        # The one bounded YAML loader (as for quizzes); a problem is reported, not rewritten.
        meta = dict(front_matter_values(match["yaml"], path))
        body = text[match.end() :]
    for key in EDITABLE:
        if key not in changes:
            continue
        value = " ".join(changes[key].split())
        if value:
            meta[key] = value
        else:
            meta.pop(key, None)
    # Only when an edit is saved: the library's start need not pay for them.
    import yaml

    from tui.importing import write_atomically

    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    write_atomically(path, f"---\n{front}---\n\n{body.lstrip(chr(10))}")
