"""The word lists are data files: each loads, holds no entry twice, and is read by the rules."""

from __future__ import annotations

import re
from pathlib import Path

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
    """No orphan list: cues.py loads each file by name (and no name without its file)."""
    source = Path(cues.__file__).read_text(encoding="utf-8")
    named = set(re.findall(r'(?:lexicon|_words|_finite|_ing|_forms)\("([a-z-]+)"\)', source))
    named |= set(re.findall(r'"([a-z]+-[a-z-]+)"', source)) & set(NAMES)
    assert named == set(NAMES)


def test_comments_and_blank_lines_are_not_entries() -> None:
    """'#' starts a comment; the headers that explain each list never become entries."""
    for name in NAMES:
        assert not any(e.startswith("#") for e in cues.lexicon(name))


def test_each_list_is_read_once() -> None:
    """Loaded once and cached: asking again returns the very same tuple."""
    assert cues.lexicon("speech-verbs") is cues.lexicon("speech-verbs")
