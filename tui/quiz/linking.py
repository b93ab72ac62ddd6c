"""Linking a quiz to its article: finding the file, and the sentence a label question means.

Kept apart from validation so the quiz screen can use the same lookups (to open the article
and highlight the sentence) without re-reading the quiz file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    from typing import TypeAlias

    from tui.analysis import Sentence as AnalysedSentence
    from tui.quiz.article_labels import LabelledSentence

    #: An analysed sentence, or one read back with its label alone (the saved labels).
    Sentence: TypeAlias = AnalysedSentence | LabelledSentence


def resolve_article(name: str, base_dir: Path) -> Path | None:
    """The file `article:` names: a path relative to the quiz, else a library article."""
    from tui.library import article_entries

    beside = base_dir / name
    if beside.is_file():
        return beside
    for entry in article_entries():
        if name in (entry.path.name, entry.id):
            return entry.path
    return None


def closest_article_names(name: str, limit: int = 3) -> list[str]:
    """Library article file names closest to a name that was not found, best first."""
    from tui.library import article_entries

    names = [entry.path.name for entry in article_entries()]
    found = process.extract(name, names, scorer=fuzz.ratio, limit=limit, score_cutoff=50)
    return [choice for choice, _score, _index in found]


#: Curly quotes and apostrophes read as straight ones: a teacher's editor may turn one into
#: the other, and the article may use either.
_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _squeeze(text: str) -> str:
    return " ".join(text.translate(_STRAIGHT).split()).casefold()


def sentences_containing(fragment: str, sentences: Iterable[Sentence]) -> list[Sentence]:
    """The sentences containing `fragment`, whatever their label; a sentence equal to it
    alone when there is one (so "Nobody.”" is not also found in a longer sentence).

    Case, runs of whitespace and curly against straight quotes are ignored, nothing else: a
    teacher copies the fragment from the article, and a looser match could silently pick
    the wrong sentence.
    """
    wanted = _squeeze(fragment)
    found = [s for s in sentences if wanted in _squeeze(s.text)]
    exact = [s for s in found if _squeeze(s.text) == wanted]
    return exact if len(exact) == 1 else found


def find_sentences(fragment: str, sentences: Iterable[Sentence]) -> list[Sentence]:
    """The analysed claim sentences (label not "none") containing `fragment`."""
    return sentences_containing(fragment, [s for s in sentences if s.label != "none"])


def closest_sentence(
    fragment: str, sentences: Iterable[Sentence], claims_only: bool = True
) -> str | None:
    """The (claim) sentence most like a fragment that matched none, for the error message."""
    claims = [s.text for s in sentences if s.label != "none" or not claims_only]
    best = process.extractOne(fragment, claims, scorer=fuzz.partial_ratio)
    return best[0] if best else None
