"""The published JSON Schema (quizzes/quiz.schema.json) as the one truth for number ranges.

`whosays check` takes the bounds of `pass_mark:`, `points:`, `threshold:` and `tolerance:`
from the schema, so an editor using the schema and `check` accept the same numbers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from tui.library import bundled_dir

#: A number as YAML writes one, plain: 2, -1, +3, 0.5, .5, 5. (no quotes, no 1,5 or 50%).
PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)")


def schema_path() -> Path:
    """Where the schema is (bundled beside the quizzes), for an editor's modeline."""
    return bundled_dir("quizzes") / "quiz.schema.json"


@cache
def _schema() -> dict[str, Any]:
    return json.loads(schema_path().read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@dataclass(frozen=True)
class NumberRange:
    """The numbers a key accepts, as the schema says."""

    minimum: Decimal | None = None
    maximum: Decimal | None = None
    above: Decimal | None = None  # exclusiveMinimum

    def allows(self, value: Decimal) -> bool:
        return not (
            (self.minimum is not None and value < self.minimum)
            or (self.maximum is not None and value > self.maximum)
            or (self.above is not None and value <= self.above)
        )

    def words(self) -> str:
        """ "between 0 and 100", "of 0 or more", "more than 0": never cut short."""
        if self.minimum is not None and self.maximum is not None:
            return f"between {self.minimum} and {self.maximum}"
        if self.above is not None:
            return f"more than {self.above}"
        if self.minimum is not None:
            return f"of {self.minimum} or more"
        return "of any size"


def number_range(key: str) -> NumberRange:
    """The range of a number key: a top-level one, or a question's (`key-NAME` or common)."""
    schema = _schema()
    spec = schema["properties"].get(key)
    if spec is None:
        spec = schema["$defs"]["question"]["properties"].get(key)
    if spec is None:
        spec = schema["$defs"][f"key-{key}"]

    def bound(name: str) -> Decimal | None:
        return Decimal(str(spec[name])) if name in spec else None

    return NumberRange(bound("minimum"), bound("maximum"), bound("exclusiveMinimum"))
