"""A student's labels read from a file (`whosays practice ARTICLE --answers FILE`).

The file has an answer key's shape: a list of `text` (the sentence, or a fragment of it)
and `label` (a label word or its letter), under `sentences:` or on its own. Entries are
placed as a key's are, and any problem means nothing is judged.
"""

from __future__ import annotations

from pathlib import Path

from tui.practice.entries import place, read_entries
from tui.practice.keys import AnswerKey
from tui.quiz.loader import load_file
from tui.quiz.model import Problem


def read_answers(path: Path, key: AnswerKey) -> tuple[dict[int, str], list[Problem]]:
    """Practice sentence index -> label, and every problem; raises LoaderError when the file
    cannot be read. An entry on a line above the body (the headline) is not practised and
    is passed over."""
    read = read_entries(load_file(path))
    placed = place(str(path), read.entries, key.analysis.sentences)
    practice_index = {s.start: i for i, s in enumerate(key.sentences)}
    labels = {}
    for number, entry in placed.by_sentence.items():
        index = practice_index.get(key.analysis.sentences[number].start)
        if index is not None and entry.label is not None:
            labels[index] = entry.label
    problems = sorted([*read.problems, *placed.problems], key=lambda p: (p.line, p.column))
    return labels, problems
