"""A student's responses read from YAML (question id -> text, or a list for multi questions).

`whosays grade` reads them with the quiz loader, so `answer: no` stays the text "no" and
every problem (an unknown question id, a nested mapping) points at its line and column.
"""

from __future__ import annotations

from tui.quiz.grading import Response, refusal
from tui.quiz.loader import Document, Mapping, Scalar, Sequence
from tui.quiz.model import Problem, Quiz
from tui.quiz.values import did_you_mean


def read_responses(document: Document, quiz: Quiz) -> tuple[dict[str, Response], list[Problem]]:
    """The responses by question id, and the problems found (a Document's own come first)."""
    problems = list(document.problems)
    responses: dict[str, Response] = {}
    root = document.root
    if root is None or (isinstance(root, Scalar) and root.null):
        return responses, problems
    if not isinstance(root, Mapping):
        problems.append(
            Problem(
                document.path,
                root.position.line,
                root.position.column,
                "responses must be a mapping from question id to the answer",
            )
        )
        return responses, problems
    ids = [q.id for q in quiz.questions]
    questions = {q.id: q for q in quiz.questions}
    for key, value in root.items:
        if key.text not in ids:
            hint = did_you_mean(key.text, ids)
            problems.append(
                Problem(
                    document.path,
                    key.position.line,
                    key.position.column,
                    f"no question with id '{key.text}' in the quiz{hint}",
                )
            )
            continue
        if isinstance(value, Scalar):
            reason = None if value.null else refusal(questions[key.text], value.text)
            if reason is not None:
                # As the quiz screen asks again, a file's unreadable answer is reported, not
                # marked wrong: 'lots' for a number question is not a wrong number.
                problems.append(
                    Problem(
                        document.path,
                        value.position.line,
                        value.position.column,
                        f"{key.text}: '{value.text.strip()}' {reason}",
                    )
                )
                continue
            responses[key.text] = None if value.null else value.text
        elif isinstance(value, Sequence) and all(isinstance(v, Scalar) for v in value.items):
            responses[key.text] = [v.text for v in value.items if isinstance(v, Scalar)]
        else:
            problems.append(
                Problem(
                    document.path,
                    value.position.line,
                    value.position.column,
                    "a response is text, or a list of texts for a multi question",
                )
            )
    return responses, problems
