"""The key a practice attempt is checked against: a teacher's answer key, else the analyser.

A teacher's key is `NAME.labels.yaml` beside the article `NAME.txt` (or `.md`), in the
format the bundled `seeds/*.labels.yaml` use (docs/answer-keys.md). Without one, the
analyser's labels are the key, and the screen says plainly that a machine key can be wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tui.analysis import Analysis, Sentence
from tui.analysis.teaching import DEFINITIONS
from tui.articles import ARTICLE_SUFFIXES, Article
from tui.language import labels_supported, unlabelled_reason
from tui.practice.entries import Entry, place, read_entries
from tui.quiz.linking import resolve_article
from tui.quiz.loader import load_file
from tui.quiz.model import Problem
from tui.terminal_text import visible

#: How an answer key file's name ends: `NAME.labels.yaml` beside `NAME.txt`.
KEY_SUFFIX = ".labels.yaml"

#: Where a key came from, as `whosays practice --json` says it.
ANSWER_KEY = "answer key"
ANALYSER = "analyser"


@dataclass(frozen=True)
class KeyLabel:
    """The key's label for one sentence, what else it accepts, and why."""

    label: str
    also: tuple[str, ...] = ()
    source: str | None = None
    cue: str | None = None
    reason: str = ""

    def accepts(self, label: str) -> bool:
        """True when a student's label agrees with the key (its label or an `also:`)."""
        return label == self.label or label in self.also


@dataclass(frozen=True)
class AnswerKey:
    """One label per practice sentence (None where a teacher's key has no entry)."""

    analysis: Analysis
    sentences: tuple[Sentence, ...]
    labels: tuple[KeyLabel | None, ...]
    kind: str
    path: Path | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def article(self) -> Article:
        return self.analysis.article


def practice_sentences(analysis: Analysis) -> tuple[Sentence, ...]:
    """The sentences a student labels: the body's, as the reader steps through them."""
    body_start = analysis.article.body_start
    return tuple(s for s in analysis.sentences if s.start >= body_start)


def refusal(article: Article) -> str | None:
    """Why this article cannot be practised or keyed, or None when it can.

    The labels are for English text; the check lives here, so the screen, `practice` and
    `key` refuse alike (tui.language detects the language, or reads it from the file).
    """
    if labels_supported(article):
        return None
    return unlabelled_reason(article)


def key_path(article_path: Path) -> Path:
    """Where a teacher's answer key for this article lives: `NAME.labels.yaml` beside it."""
    return article_path.with_name(article_path.stem + KEY_SUFFIX)


def machine_key(analysis: Analysis) -> AnswerKey:
    """The analyser's labels as the key, with its sources, cues and reasons."""
    sentences = practice_sentences(analysis)
    labels = tuple(
        KeyLabel(
            s.label,
            source=s.source.text if s.source else None,
            cue=s.cue.text if s.cue else None,
            reason=s.reason or DEFINITIONS[s.label],
        )
        for s in sentences
    )
    return AnswerKey(analysis, sentences, labels, ANALYSER)


def teacher_key(analysis: Analysis, path: Path) -> AnswerKey:
    """A teacher's key file read onto the sentences; raises LoaderError if it cannot be read.

    An entry with a problem is left out (its sentence is not scored) and every problem is
    kept, for `whosays check` and for a notice on the screen.
    """
    read = read_entries(load_file(path))
    placed = place(str(path), read.entries, analysis.sentences)
    index_of = {s.start: number for number, s in enumerate(analysis.sentences)}
    sentences = practice_sentences(analysis)
    entries = [placed.by_sentence.get(index_of[s.start]) for s in sentences]
    problems = [*read.problems, *placed.problems, *_missing(str(path), sentences, entries)]
    labels = tuple(_key_label(entry) for entry in entries)
    problems.sort(key=lambda p: (p.line, p.column))
    return AnswerKey(analysis, sentences, labels, ANSWER_KEY, path, tuple(problems))


def _key_label(entry: Entry | None) -> KeyLabel | None:
    if entry is None or entry.label is None:
        return None
    return KeyLabel(
        entry.label,
        tuple(label for label in entry.also if label != entry.label),
        entry.source,
        entry.cue,
        entry.note or DEFINITIONS[entry.label],
    )


def _missing(
    path: str, sentences: tuple[Sentence, ...], entries: list[Entry | None]
) -> list[Problem]:
    """A problem per sentence with no entry, at the entry that should follow it."""
    problems = []
    for number, (sentence, entry) in enumerate(zip(sentences, entries, strict=True)):
        if entry is not None:
            continue
        after = next((e for e in entries[number + 1 :] if e is not None), None)
        before = next((e for e in reversed(entries[:number]) if e is not None), None)
        where = after or before
        line, column = (where.position.line, where.position.column) if where else (1, 1)
        flat = " ".join(sentence.text.split())
        shown = flat if len(flat) <= 60 else flat[:59] + "…"
        side = "before this entry" if after else "after this entry"
        problems.append(
            Problem(
                path,
                line,
                column,
                f"the article's sentence '{shown}' is missing from the key; add it {side}",
            )
        )
    return problems


def load_key(analysis: Analysis) -> AnswerKey:
    """The teacher's key beside the article when there is one that can be read, else the
    analyser's; a key that cannot be read at all falls back to the analyser, its problem
    kept in `problems` for the screen to show."""
    from tui.quiz.loader import LoaderError

    article_path = analysis.article.path
    path = key_path(article_path) if article_path is not None else None
    if path is None or not path.is_file():
        return machine_key(analysis)
    try:
        key = teacher_key(analysis, path)
    except LoaderError as error:
        unread = Problem(str(path), 1, 1, str(error))
        return _with_problems(machine_key(analysis), (unread,))
    if not any(label is not None for label in key.labels):
        return _with_problems(machine_key(analysis), key.problems)
    return key


def _with_problems(key: AnswerKey, problems: tuple[Problem, ...]) -> AnswerKey:
    return AnswerKey(key.analysis, key.sentences, key.labels, key.kind, key.path, problems)


def is_key_file(path: Path) -> bool:
    """True for a file named like an answer key (`NAME.labels.yaml`)."""
    return path.name.endswith(KEY_SUFFIX)


def article_for_key(path: Path, named: str | None) -> Path | None:
    """The article a key file is about: its `article:` (beside it, or a library article),
    else the article file beside it with the same name."""
    if named is not None:
        return resolve_article(named, path.parent)
    stem = path.name.removesuffix(KEY_SUFFIX)
    return next(
        (
            path.with_name(stem + suffix)
            for suffix in ARTICLE_SUFFIXES
            if path.with_name(stem + suffix).is_file()
        ),
        None,
    )


def starter_key(analysis: Analysis) -> str:
    """A YAML answer key from the analyser, for a teacher to correct (`whosays key`).

    Every practice sentence with its label, source and cue, and the analyser's reason as a
    comment; strings are written double-quoted (JSON's escapes are YAML's), so any text
    reads back exactly as it is in the article.
    """
    article = analysis.article
    name = article.path.name if article.path else article.id
    lines = [
        f"# Answer key for {name}: a starter written by the analyser (whosays key).",
        "# The analyser can be wrong: check every label before students use this key.",
        "# Labels: named, anonymous, vague, unattributed, none (not a claim); add",
        "# `also: [label]` for another label you would accept. Format: docs/answer-keys.md",
        "# Save it beside the article as NAME.labels.yaml; `whosays check FILE` checks it.",
        f"article: {_quoted(name)}",
        "sentences:",
    ]
    for number, sentence in enumerate(practice_sentences(analysis), 1):
        if sentence.reason:
            lines.append(f"  # {number}. {visible(' '.join(sentence.reason.split()))}")
        lines.append(f"  - text: {_quoted(sentence.text)}")
        lines.append(f"    label: {sentence.label}")
        if sentence.source is not None:
            lines.append(f"    source: {_quoted(sentence.source.text)}")
        if sentence.cue is not None:
            lines.append(f"    cue: {_quoted(sentence.cue.text)}")
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def check_key_file(path: Path) -> list[Problem]:
    """Every problem of an answer key file, for `whosays check`: raises LoaderError only
    when the file cannot be read at all."""
    from tui.analysis import analyze_article
    from tui.articles import ArticleError, load_article

    document = load_file(path)
    read = read_entries(document)
    named = read.article.text if read.article else None
    article_path = article_for_key(path, named)
    where = read.article.position if read.article else None
    line, column = (where.line, where.column) if where else (1, 1)
    if article_path is None:
        what = f"article: '{named}' is neither beside the key nor" if named else "no article:"
        message = (
            f"{what} a library article; name the article with article: or save the key "
            "beside it as NAME.labels.yaml"
        )
        return [*read.problems, Problem(str(path), line, column, message)]
    try:
        analysis = analyze_article(load_article(article_path))
    except ArticleError as error:
        message = f"article: {article_path} cannot be read: {error.message}"
        return [*read.problems, Problem(str(path), line, column, message)]
    return list(teacher_key(analysis, path).problems)
