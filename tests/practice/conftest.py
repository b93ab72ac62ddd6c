"""A small article of our own, with its teacher's key beside it, for the practice tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyze_article
from tui.articles import load_article
from tui.practice.keys import AnswerKey, load_key

ARTICLE = """Harbour Cats Win Award

The harbour's cat shelter won a national award on Monday.
Director Mia Lund said the prize would pay for a new roof.
Some residents say the shelter is too noisy.
A city official, who asked not to be named, said the council would add funding.
Who will adopt the next cat?
"""

KEY = """article: cats.txt
sentences:
  - text: The harbour's cat shelter won a national award on Monday.
    label: unattributed
  - text: Director Mia Lund said the prize would pay for a new roof.
    label: named
    source: Director Mia Lund
    cue: said
  - text: Some residents say the shelter is too noisy.
    label: vague
    also: [anonymous]
    note: nobody you could check
  - text: A city official, who asked not to be named
    label: anonymous
  - text: Who will adopt the next cat?
    label: none
"""


@pytest.fixture
def cats(tmp_path: Path) -> Path:
    """cats.txt with cats.labels.yaml beside it."""
    (tmp_path / "cats.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "cats.labels.yaml").write_text(KEY, "utf-8")
    return tmp_path / "cats.txt"


@pytest.fixture
def cats_key(cats: Path) -> AnswerKey:
    return load_key(analyze_article(load_article(cats)))
