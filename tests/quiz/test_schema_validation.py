"""The published JSON Schema accepts the bundled quizzes and rejects what `check` rejects."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

QUIZZES = Path(__file__).resolve().parents[2] / "quizzes"
SCHEMA = json.loads((QUIZZES / "quiz.schema.json").read_text("utf-8"))


def validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(SCHEMA)
    cls.check_schema(SCHEMA)
    return cls(SCHEMA)


@pytest.mark.parametrize("path", sorted(QUIZZES.glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_quizzes_match_the_schema(path: Path) -> None:
    """Every bundled quiz is valid for editors that use the schema."""
    errors = list(validator().iter_errors(yaml.safe_load(path.read_text("utf-8"))))
    assert errors == []


@pytest.mark.parametrize(
    "quiz",
    [
        {"questions": [{"prompt": "Q?", "answer": "x"}]},  # no title
        {"title": "T", "questions": []},  # no question
        {"title": "T", "questions": [{"prompt": "Q?", "answr": "x"}]},  # unknown key
        {"title": "T", "pass_mark": 140, "questions": [{"prompt": "Q?", "answer": "x"}]},
    ],
)
def test_schema_rejects_what_check_rejects(quiz: dict[str, object]) -> None:
    assert list(validator().iter_errors(quiz)) != []


#: Numbers as teachers type them, plain and quoted: forms YAML 1.1 and 1.2 read alike.
NUMBER_FORMS = st.one_of(
    st.decimals(min_value=-200, max_value=200, places=2, allow_nan=False).map(str),
    st.integers(min_value=-5, max_value=150).map(str),
    st.sampled_from(["7,5", "50%", "two", "1 000", "+5", ".5", "5.", "", "~", "null", "1e2"]),
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["pass_mark", "points", "threshold", "tolerance"]),
    NUMBER_FORMS,
    st.booleans(),
)
def test_check_accepts_exactly_the_numbers_the_schema_accepts(
    key: str, text: str, quoted: bool
) -> None:
    """pass_mark, points, threshold and tolerance: `check` says yes where the schema does
    (the bounds come from the schema itself), and no where it does not."""
    from tui.quiz.loader import load_text
    from tui.quiz.validate import check_document

    if text in ("1e2",) and not quoted:
        return  # YAML 1.1 reads 1e2 as text, YAML 1.2 as 100: editors differ, skip it
    value = f'"{text}"' if quoted else text
    question = {"pass_mark": "", "points": "    points: {v}\n", "threshold": "    threshold: {v}\n"}
    question["tolerance"] = "    tolerance: {v}\n"
    kind = {"threshold": "short", "tolerance": "number"}.get(key, "short")
    answer = "6" if kind == "number" else "x"
    top = f"pass_mark: {value}\n" if key == "pass_mark" else ""
    extra = question[key].format(v=value)
    source = (
        f"title: T\n{top}questions:\n  - prompt: Q?\n    type: {kind}\n"
        f"    answer: {answer}\n{extra}"
    )
    checked = check_document(load_text(source, "q.yaml"), Path("."))
    schema_ok = list(validator().iter_errors(yaml.safe_load(source))) == []
    assert (checked.errors == []) == schema_ok, (source, [str(p) for p in checked.problems])
