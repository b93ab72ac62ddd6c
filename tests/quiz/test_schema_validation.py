"""The published JSON Schema accepts the bundled quizzes and rejects what `check` rejects."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

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
