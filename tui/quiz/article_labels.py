"""The labels of an article's sentences, as a quiz check needs them, kept between runs.

Checking a label question needs its article analysed, which costs far more than the check
itself, and the library and `whosays list` check every quiz each time they open. So the
sentences' offsets and labels are saved in the data directory, keyed by the article's text
and by the source of whosays' core (the analyser and the article parser): a changed article
or a changed analyser is analysed afresh, never read from a stale entry.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui import paths

if TYPE_CHECKING:
    from tui.articles import Article

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
#: Modules that only draw on the screen; a change there cannot change a label.
_INTERFACE = ("screens", "widgets")


@dataclass(frozen=True)
class LabelledSentence:
    """A sentence of the article (offsets into `Article.text`) and its label, no evidence."""

    start: int
    end: int
    text: str
    label: str


def labels_dir() -> Path:
    """Where the saved labels live (one small JSON file per article text)."""
    return paths.data_dir() / "cache" / "labels"


def core_sources() -> list[Path]:
    """The core's source files (all but the interface's), in a stable order.

    Walked with os.walk, leaving out the interface and bytecode folders: Path.rglob took
    10 ms, too much for the library's start, which stats these files (tui.quiz.catalogue).
    """
    found = []
    for folder, folders, files in os.walk(_PACKAGE_DIR):
        if folder == str(_PACKAGE_DIR):
            folders[:] = [name for name in folders if name not in _INTERFACE]
        folders[:] = [name for name in folders if name != "__pycache__"]
        found.extend(Path(folder, name) for name in files if name.endswith(".py"))
    return sorted(found)


@functools.cache
def code_version() -> str:
    """A digest of the core's source: the labels of a text change only when it changes."""
    digest = hashlib.sha256()
    for path in core_sources():
        relative = path.relative_to(_PACKAGE_DIR)
        digest.update(str(relative).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def labelled_sentences(article: Article) -> list[LabelledSentence]:
    """Every sentence of the article with its label: saved ones, else analysed and saved."""
    version = code_version()
    text_digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    path = labels_dir() / f"{version}-{text_digest[:32]}.json"
    saved = _read(path, article.text)
    if saved is not None:
        return saved
    from tui.analysis import analyze_article

    sentences = [
        LabelledSentence(s.start, s.end, s.text, s.label)
        for s in analyze_article(article).sentences
    ]
    _write(path, version, [[s.start, s.end, s.label] for s in sentences])
    return sentences


def _read(path: Path, text: str) -> list[LabelledSentence] | None:
    """The saved sentences, or None if there are none or the file is not what was written."""
    try:
        rows = json.loads(path.read_text("utf-8"))
        sentences = [
            LabelledSentence(start, end, text[start:end], label) for start, end, label in rows
        ]
    except (OSError, ValueError, TypeError):
        return None
    valid = all(
        isinstance(s.start, int)
        and isinstance(s.end, int)
        and 0 <= s.start <= s.end <= len(text)
        and isinstance(s.label, str)
        for s in sentences
    )
    return sentences if valid else None


def _write(path: Path, version: str, rows: list[list[object]]) -> None:
    """Save atomically, and drop what older versions of the analyser saved; never fail."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("*.json"):
            if not old.name.startswith(version):
                old.unlink(missing_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_text(json.dumps(rows, separators=(",", ":")), "utf-8")
        os.replace(partial, path)
