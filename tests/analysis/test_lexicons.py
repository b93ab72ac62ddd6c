"""The word lists are data files: each loads, holds no entry twice, and is read by the rules."""

from __future__ import annotations

import pytest

from tui.analysis import cues

NAMES = sorted(path.stem for path in cues.LEXICON_FOLDER.glob("*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_every_lexicon_loads_with_no_duplicate(name: str) -> None:
    """A list a journalist extends by hand: entries present, none repeated, no stray space."""
    entries = cues.lexicon(name)
    assert entries, f"{name}.txt has no entries"
    repeated = sorted({e for e in entries if entries.count(e) > 1})
    assert not repeated, f"{name}.txt lists twice: {repeated}"
    assert all(e == " ".join(e.split()) for e in entries)


def test_every_lexicon_file_is_read_by_the_rules() -> None:
    """No orphan list: each file is behind one of the names in cues.py."""
    constants = [v for v in vars(cues).values() if isinstance(v, (frozenset, tuple, dict))]
    for name in NAMES:
        entries = cues.lexicon(name)
        assert any(
            value in (frozenset(entries), entries)
            or (isinstance(value, dict) and [f"{k} {v}" for k, v in value.items()] == list(entries))
            for value in constants
        ), f"{name}.txt is read by no rule"


def test_comments_and_blank_lines_are_not_entries() -> None:
    """'#' starts a comment; the headers that explain each list never become entries."""
    for name in NAMES:
        assert not any(e.startswith("#") for e in cues.lexicon(name))


def test_each_list_is_read_once() -> None:
    """Loaded once and cached: asking again returns the very same tuple."""
    assert cues.lexicon("speech-verbs") is cues.lexicon("speech-verbs")
