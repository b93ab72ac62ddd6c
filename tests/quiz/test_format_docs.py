"""The format's three descriptions stay in step: the loader's keys, the JSON Schema, the doc."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tui.quiz.model import QUESTION_TYPES, SENTENCE_LABELS
from tui.quiz.type_checks import EXAMPLES_KEYS
from tui.quiz.validate import QUIZ_KEYS, all_question_keys

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "quizzes" / "quiz.schema.json").read_text(encoding="utf-8"))
DOC = (ROOT / "docs" / "quiz-format.md").read_text(encoding="utf-8")


def _question_schema() -> dict:  # type: ignore[type-arg]
    return SCHEMA["$defs"]["question"]


def test_every_quiz_key_is_in_the_schema_and_the_doc() -> None:
    """Each top-level key the loader knows is a schema property and appears as `key:` in the doc."""
    assert set(SCHEMA["properties"]) == set(QUIZ_KEYS)
    assert set(SCHEMA["required"]) == {k for k, required in QUIZ_KEYS.items() if required}
    for key in QUIZ_KEYS:
        assert f"`{key}:`" in DOC, key


def test_every_question_key_is_in_the_schema_and_the_doc() -> None:
    """Each question key (any type) is a schema property and documented."""
    assert set(_question_schema()["properties"]) == set(all_question_keys())
    for key in all_question_keys():
        assert f"`{key}:`" in DOC, key


def test_examples_keys_types_and_labels_match() -> None:
    """examples: right/wrong, the type names and the label words agree everywhere."""
    examples = SCHEMA["$defs"]["examples"]
    assert set(examples["properties"]) == set(EXAMPLES_KEYS)
    assert _question_schema()["properties"]["type"]["enum"] == list(QUESTION_TYPES)
    for kind in QUESTION_TYPES:
        assert re.search(rf"`{kind}`", DOC), kind
    for label in SENTENCE_LABELS:
        assert label in json.dumps(SCHEMA), label
