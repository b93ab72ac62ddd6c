"""Quizzes of any size for the benchmarks: choice, multi, short (with examples), number and
true/false questions in turn, about 500 bytes a question, written here."""

from __future__ import annotations

from pathlib import Path

_QUESTIONS = (
    """  - id: choice-{n}
    prompt: Question {n}. A claim has a *named* source when the article ...
    choices:
      - says who made the claim, so you could check with them ({n})
      - quotes someone's exact words
      - was written by a named reporter
      - links to another website
    answer: says who made the claim, so you could check with them ({n})
    explain: >-
      A named source is a person, organisation or document the article identifies.
      Quotation marks alone do not make a source named.
""",
    """  - id: short-{n}
    type: short
    prompt: Question {n}. Who is the former head of the spy agency? Type the name.
    answer: Rahmatullah Nabil
    accept: [Nabil]
    reject: [Colin Kahl]
    hint: He is named at the start of the fourth paragraph.
    examples:
      right: [nabil, Rahmatulah Nabil, rahmatullah nabil]
      wrong: [Colin Kahl, Kahl]
""",
    """  - id: number-{n}
    prompt: Question {n}. In how many months could the group attack? Give a number.
    answer: 6
    explain: The article says "in as little as six months".
""",
    """  - id: multi-{n}
    prompt: Question {n}. Which of these sources does the article name? Pick every one.
    choices:
      - Rahmatullah Nabil
      - Colin Kahl
      - a senior Pentagon official
      - Iranian and Russian officials
    answer: [Rahmatullah Nabil, Colin Kahl]
""",
    """  - id: truefalse-{n}
    prompt: Question {n}. True or false, the article names the officials.
    answer: false
    explain: It only says the reports were confirmed by officials.
""",
)


def quiz_text(questions: int) -> str:
    """A valid quiz of `questions` questions."""
    body = "".join(_QUESTIONS[n % len(_QUESTIONS)].format(n=n) for n in range(questions))
    return f"title: A quiz of {questions} questions\npass_mark: 70\nquestions:\n{body}"


def write_quiz(folder: Path, questions: int) -> Path:
    path = folder / f"quiz-{questions}.yaml"
    path.write_text(quiz_text(questions), "utf-8")
    return path
