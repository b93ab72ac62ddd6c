"""The fast indented JSON is json.dumps(indent=2, ensure_ascii=False), byte for byte."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tui.json_text import dumps

SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
KEYS = st.text() | st.integers() | st.booleans() | st.none() | st.floats()
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(KEYS, inner, max_size=4)
    ),
    max_leaves=30,
)


@given(VALUES)
def test_the_same_text_as_json_dumps(value: object) -> None:
    """Any JSON value, nested, with every kind of key and awkward strings and floats."""
    assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_an_analysis_prints_the_same() -> None:
    """The seed's analysis, as `whosays analyze --json` prints it."""
    from tests.conftest import SEED
    from tui.analysis import analyze_article
    from tui.analysis.report import to_json
    from tui.articles import load_article

    value = to_json(analyze_article(load_article(SEED)))
    assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)
