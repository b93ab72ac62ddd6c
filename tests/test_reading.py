"""Search and reading positions, in body offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEED
from tui.articles import load_article
from tui.reading import (
    body_position,
    find_phrase,
    find_phrase_near,
    phrase_pattern,
    progress_at,
)


def test_phrase_is_found_across_a_line_break() -> None:
    """A phrase whose words are split by a line break or extra spaces still matches."""
    text = "the terror\ngroup and the terror  group"
    assert find_phrase(text, "terror group") == [(4, 16), (25, 38)]


def test_search_ignores_case_and_quote_style() -> None:
    """Straight apostrophes find curly ones; case does not matter."""
    assert find_phrase("Afghanistan’s spies", "afghanistan's") == [(0, 13)]


def test_blank_query_finds_nothing() -> None:
    assert find_phrase("anything", "   ") == []


def test_stored_position_maps_into_the_seed() -> None:
    """A stored (paragraph, offset) becomes a body offset, clamped into the article."""
    article = load_article(SEED)
    offset = article.paragraphs[7].start + 12
    assert body_position(article, 7, 12) == offset
    assert body_position(article, 7, 10_000) == article.paragraphs[7].end
    assert body_position(article, 999, 5) == article.paragraphs[-1].start + 5
    assert progress_at(article, len(article.body)) == 1.0


@given(st.text(alphabet="ab \n", max_size=60), st.text(alphabet="ab ", min_size=1, max_size=5))
def test_every_match_is_the_phrase(text: str, query: str) -> None:
    """Every match, with whitespace collapsed, equals the query's words."""
    for start, end in find_phrase(text, query):
        assert text[start:end].split() == query.split()


# Letters whose case folding is irregular (dotless ı, long ſ, İ, the Kelvin sign, final
# sigma) beside the ASCII ones they fold to, and quotes and line breaks.
_TRICKY = "sSiIkKaA ıſİ\u212aσςΣ’'\n"


@given(st.text(alphabet=_TRICKY, max_size=40), st.text(alphabet=_TRICKY, min_size=1, max_size=4))
def test_search_finds_what_a_case_insensitive_search_finds(text: str, query: str) -> None:
    """The quick path for ASCII queries (a lower-cased copy of the text) finds exactly the
    matches of a case-insensitive regular expression, whatever letters the text holds."""
    pattern = phrase_pattern(query)
    expected = [match.span() for match in pattern.finditer(text)] if pattern else []
    assert find_phrase(text, query) == expected


def test_the_search_copy_goes_with_the_text() -> None:
    """The lower-cased copy kept for searching is let go when the reader closes."""
    from tui.reading import _lowered_alike, forget_search_copy

    find_phrase("The River rose.", "river")
    assert _lowered_alike.cache_info().currsize == 1
    forget_search_copy()
    assert _lowered_alike.cache_info().currsize == 0


@given(
    st.text(alphabet="aAb \n\t’'", max_size=80),
    st.text(alphabet="aAb '", min_size=1, max_size=5),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=40),
)
def test_matches_near_a_place_are_those_of_the_whole_search(
    text: str, query: str, start: int, length: int
) -> None:
    """What the screen shows while the student types is what the whole search finds there:
    the same spans from `start` to `stop`, then the one the search jumps to (going round
    to the first when none follows), even for a query that overlaps itself ("aa")."""
    every = find_phrase(text, query)
    stop = start + length
    near = find_phrase_near(text, query, start, stop)
    assert near == sorted(set(near)) and set(near) <= set(every)
    assert [s for s in every if start <= s[0] < stop] == [s for s in near if start <= s[0] < stop]
    following = [s for s in every if s[0] >= start]
    jump = following[0] if following else (every[0] if every else None)
    assert (jump in near) if jump else not near
