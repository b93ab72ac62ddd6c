"""The format's three descriptions stay in step: the loader's keys, the JSON Schema, the doc."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tui.quiz.model import QUESTION_TYPES, SENTENCE_LABELS
from tui.quiz.type_checks import EXAMPLES_KEYS
from tui.quiz.validate import QUIZ_KEYS, all_question_keys

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "quizzes" / "quiz.schema.json").read_text(encoding="utf-8"))
DOC = (ROOT / "docs" / "quiz-format.md").read_text(encoding="utf-8")


def _question_schema() -> dict[str, Any]:
    return SCHEMA["$defs"]["question"]


def test_every_quiz_key_is_in_the_schema_and_the_doc() -> None:
    """Each top-level key the loader knows is a schema property and appears as `key:` in the doc."""
    assert set(SCHEMA["properties"]) == set(QUIZ_KEYS)
    assert set(SCHEMA["required"]) == {k for k, required in QUIZ_KEYS.items() if required}
    for key in QUIZ_KEYS:
        assert f"`{key}:`" in DOC, key


def _schema_keys(kind: str | None) -> set[str]:
    """The keys the schema lets a question of `kind` have (None: no `type:` given)."""
    question = _question_schema()
    keys = set(question["properties"])
    for rule in question["allOf"]:
        condition = rule["if"]
        of_kind = condition.get("properties", {}).get("type", {}).get("const")
        if (kind is not None and of_kind == kind) or (kind is None and "not" in condition):
            keys |= set(rule["then"]["properties"])
    return keys


def test_every_question_key_is_in_the_schema_and_the_doc() -> None:
    """Each question key (any type) is a schema property and documented. (Since issue 10 the
    type's own keys sit under the type's rule, so that editors offer only those.)"""
    assert _schema_keys(None) == set(all_question_keys())
    for key in all_question_keys():
        assert f"`{key}:`" in DOC, key


@pytest.mark.parametrize("kind", QUESTION_TYPES)
def test_the_schema_offers_only_the_keys_of_the_questions_type(kind: str) -> None:
    """The schema and `check` agree on which keys each type takes."""
    from tui.quiz.validate import QUESTION_KEYS, TYPE_KEYS

    assert _schema_keys(kind) == set(QUESTION_KEYS) | set(TYPE_KEYS[kind])


def test_examples_keys_types_and_labels_match() -> None:
    """examples: right/wrong, the type names and the label words agree everywhere."""
    examples = SCHEMA["$defs"]["examples"]
    assert set(examples["properties"]) == set(EXAMPLES_KEYS)
    assert _question_schema()["properties"]["type"]["enum"] == list(QUESTION_TYPES)
    for kind in QUESTION_TYPES:
        assert re.search(rf"`{kind}`", DOC), kind
    for label in SENTENCE_LABELS:
        assert label in json.dumps(SCHEMA), label


def _doc_table_rows() -> list[tuple[str, str, list[str], str]]:
    """The rows of the doc's "answer typed | right answer | verdict" table."""
    section = DOC[DOC.index("| answer typed | right answer | verdict |") :]
    rows = []
    for line in section.splitlines()[2:]:
        if not line.startswith("|"):
            break
        typed, right, verdict = (cell.strip() for cell in line.strip("|").split("|"))
        reject: list[str] = []
        if match := re.search(r", with `reject: \[(.*)\]`", typed):
            reject = [match.group(1)]
            typed = typed[: match.start()]
        typed = "" if typed == "(empty)" else typed
        rows.append((typed, right, reject, verdict.split()[0].rstrip(",")))
    return rows


def test_the_docs_examples_are_what_the_matcher_does() -> None:
    """Every row of the doc's example table is judged as the doc says."""
    from tui.quiz.matching import match_answer

    rows = _doc_table_rows()
    assert len(rows) >= 10
    for typed, right, reject, verdict in rows:
        assert match_answer(typed, [right], reject).verdict == verdict, (typed, right)


def test_the_docs_check_example_is_what_check_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The doc's example quiz, checked, prints exactly the lines the doc shows."""
    from tui.cli import main

    example = DOC[DOC.index("For this file:") :]
    quiz_text = example.split("```yaml\n", 1)[1].split("```", 1)[0]
    expected = example.split("it prints:\n\n```\n", 1)[1].split("```", 1)[0]
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "quizzes" / "mine.yaml").write_text(quiz_text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "quizzes/mine.yaml"])
    assert capsys.readouterr().out == expected
