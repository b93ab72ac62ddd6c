"""Writing a quiz as YAML a teacher would write by hand (for `draft` and `import-quiz`).

Every key is written in the order the format documents it, `type:` always (so nothing is
left to inference), defaults left out, plain text where YAML reads it back as that text
and double quotes where it would not (`no`, `21:23`, `#1`, a leading `-`). Long text is
folded (`>-`) at about 88 columns. What it writes loads back to the same texts (tested).
"""

from __future__ import annotations

import json
import re
import textwrap
from decimal import Decimal

import yaml

from tui.quiz.model import DEFAULT_PASS_MARK, DEFAULT_POINTS, DEFAULT_THRESHOLD, Question, Quiz

#: Where long text is folded onto the next line.
WIDTH = 88
#: What cannot begin a plain YAML scalar, or would make it something else.
_INDICATORS = tuple("-?:,[]{}#&*!|>'\"%@`")


def _plain(text: str) -> bool:
    """Whether `text` may be written unquoted and read back as exactly this text."""
    if not text or text != text.strip() or "\n" in text or text.startswith(_INDICATORS):
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return False
    if not text.isprintable():
        return False
    try:
        return yaml.safe_load(text) == text  # no, 0700, 21:23, 2021-02-03 are not text
    except yaml.YAMLError:
        return False


def scalar(text: str, indent: int, key_width: int = 0) -> str:
    """`text` as a YAML value after a key at `indent` (folded if long, quoted if needed)."""
    lines = text.split("\n")
    # A literal block keeps the line breaks ("prompt\n\n“the sentence”").
    if len(lines) > 1 and lines[0] and all(x == x.strip() and x.isprintable() for x in lines):
        pad = " " * (indent + 2)
        return "|-\n" + "\n".join(pad + line if line else "" for line in lines)
    single_spaced = " ".join(text.split()) == text
    if len(text) + indent + key_width > WIDTH and single_spaced and text.isprintable():
        lines = textwrap.wrap(
            text, WIDTH - indent - 2, break_long_words=False, break_on_hyphens=False
        )
        # A folded line that starts with a space or # is still text; '- ' too.
        if len(lines) > 1 and " ".join(lines) == text:
            pad = " " * (indent + 2)
            return ">-\n" + "\n".join(pad + line for line in lines)
    return text if _plain(text) else json.dumps(text, ensure_ascii=False)


def _number(value: float | Decimal) -> str:
    return format(Decimal(str(value)).normalize(), "f")


def _items(texts: tuple[str, ...], indent: int) -> str:
    """A list: in brackets on one line when short and plain, else one item a line."""
    if all(_plain(t) and "," not in t for t in texts):
        flow = "[" + ", ".join(texts) + "]"
        if len(flow) + indent < WIDTH:
            return flow
    pad = " " * (indent + 2)
    return "".join(f"\n{pad}- {scalar(t, indent + 4)}" for t in texts)


def question_yaml(question: Question) -> list[str]:
    """The lines of one question, starting with '  - id: ...'."""
    fields: list[tuple[str, str]] = [
        ("id", scalar(question.id, 4)),
        ("type", question.type),
        ("prompt", scalar(question.prompt, 4, 8)),
    ]
    if question.sentence is not None:
        fields.append(("sentence", scalar(question.sentence.text, 4, 10)))
    if question.choices:
        fields.append(("choices", _items(question.choices, 4)))
    if question.type == "multi":
        fields.append(("answer", _items(question.answers, 4)))
    elif question.type in ("number", "truefalse") and re.fullmatch(r"[\w.,+-]+", question.answer):
        fields.append(("answer", question.answer))  # plain: `answer: 6`, `answer: false`
    else:
        fields.append(("answer", scalar(question.answer, 4, 8)))
        if len(question.answers) > 1:
            fields.append(("accept", _items(question.answers[1:], 4)))
    if question.reject:
        fields.append(("reject", _items(question.reject, 4)))
    if question.type == "short" and question.threshold != DEFAULT_THRESHOLD:
        fields.append(("threshold", str(question.threshold)))
    if question.type == "number" and question.tolerance:
        fields.append(("tolerance", _number(question.tolerance)))
    if question.shuffle_choices is not None:
        fields.append(("shuffle_choices", "true" if question.shuffle_choices else "false"))
    if question.hint:
        fields.append(("hint", scalar(question.hint, 4, 6)))
    if question.explain:
        fields.append(("explain", scalar(question.explain, 4, 9)))
    if question.points != DEFAULT_POINTS:
        fields.append(("points", _number(question.points)))
    lines = []
    for index, (key, value) in enumerate(fields):
        lead = "  - " if index == 0 else "    "
        lines.append(f"{lead}{key}:{'' if value.startswith(chr(10)) else ' '}{value}")
    examples = question.examples
    if examples.right or examples.wrong:
        lines.append("    examples:")
        for key, texts in (("right", examples.right), ("wrong", examples.wrong)):
            if texts:
                items = _items(texts, 6)
                lines.append(f"      {key}:{'' if items.startswith(chr(10)) else ' '}{items}")
    return lines


def quiz_yaml(quiz: Quiz, header: str = "") -> str:
    """The whole quiz file; `header` becomes comment lines at the top."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines.append(f"title: {scalar(quiz.title, 0, 7)}")
    if quiz.description:
        lines.append(f"description: {scalar(quiz.description, 0, 13)}")
    if quiz.article:
        lines.append(f"article: {scalar(quiz.article, 0, 9)}")
    if quiz.pass_mark != DEFAULT_PASS_MARK:
        lines.append(f"pass_mark: {_number(quiz.pass_mark)}")
    if quiz.shuffle:
        lines.append("shuffle: true")
    if not quiz.shuffle_choices:
        lines.append("shuffle_choices: false")
    lines.append("questions:")
    for number, question in enumerate(quiz.questions):
        if number:
            lines.append("")
        lines.extend(question_yaml(question))
    text = "\n".join(lines) + "\n"
    return re.sub(r"[ \t]+\n", "\n", text)
