"""The saved labels a quiz check uses: the same as a fresh analysis, never stale."""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.analysis
from tui.analysis import analyze_article
from tui.articles import load_article, parse_article
from tui.quiz.article_labels import labelled_sentences, labels_dir
from tui.quiz.catalogue import catalogue

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_f3345cb7f8af5719.txt"

ARTICLE = (
    "Test Article\n\nThe council said the bridge will close. Officials said it was unsafe. "
    "Prices rose sharply.\n"
)


def fresh(text: str) -> list[tuple[int, int, str, str]]:
    analysis = analyze_article(parse_article(text, "a"))
    return [(s.start, s.end, s.text, s.label) for s in analysis.sentences]


def shown(text: str) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.text, s.label) for s in labelled_sentences(parse_article(text, "a"))]


def no_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_article: object) -> None:
        raise AssertionError("analysed although the labels were saved")

    monkeypatch.setattr(tui.analysis, "analyze_article", refuse)


def test_saved_labels_are_the_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second call reads what the first saved, and both equal a fresh analysis."""
    first = shown(ARTICLE)
    assert first == fresh(ARTICLE)
    no_analysis(monkeypatch)
    assert shown(ARTICLE) == first


def test_a_changed_article_is_analysed_again() -> None:
    """The key is the text: an edited article never gets the old labels."""
    shown(ARTICLE)
    edited = ARTICLE.replace("Officials said", "Ann Roe, the mayor, said")
    assert shown(edited) == fresh(edited)


def test_a_damaged_saved_file_is_ignored() -> None:
    """A truncated or edited cache file means analysing again, not an error or wrong labels."""
    shown(ARTICLE)
    for path in labels_dir().glob("*.json"):
        path.write_text('[[0, 999999, "named"]', "utf-8")
    assert shown(ARTICLE) == fresh(ARTICLE)
    for path in labels_dir().glob("*.json"):
        path.write_text("[[0, 999999, 3]]", "utf-8")
    assert shown(ARTICLE) == fresh(ARTICLE)


def test_listing_the_quizzes_twice_analyses_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library and `whosays list` check every quiz: after the first time, no analysis."""
    first = catalogue()
    no_analysis(monkeypatch)
    again = catalogue()
    assert [item.quiz for item in again] == [item.quiz for item in first]
    assert any(item.quiz and item.quiz.article_path for item in again)


def test_the_seed_labels_match() -> None:
    """The bundled seed: saved labels and a fresh analysis agree sentence by sentence."""
    article = load_article(SEED)
    labelled_sentences(article)
    saved = [(s.start, s.end, s.text, s.label) for s in labelled_sentences(article)]
    assert saved == [(s.start, s.end, s.text, s.label) for s in analyze_article(article).sentences]
