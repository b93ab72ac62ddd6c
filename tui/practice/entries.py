"""Entries of `text` + `label`, read from YAML with positions and placed on the sentences.

Answer keys and a student's answer file share this shape (a list under `sentences:`, or a
bare list), so both are read here, and a text is found as a label question finds its
sentence: a fragment, case and spacing ignored. Every problem names its line and column.
"""

from __future__ import annotations

from collections.abc import Sequence as Seq
from dataclasses import dataclass

from tui.analysis import Sentence
from tui.practice.labels import PRACTICE_LABELS, parse_label
from tui.quiz.linking import closest_sentence, sentences_containing
from tui.quiz.loader import Document, Mapping, Node, Scalar, Sequence
from tui.quiz.model import Position, Problem
from tui.quiz.values import ValueReader, did_you_mean

#: Keys an entry may have (a student's file may be a filled-in copy of a key).
ENTRY_KEYS = ("text", "label", "also", "source", "cue", "note", "quote")
#: Keys the file may have at the top, beside `sentences:`.
TOP_KEYS = ("article", "sentences")


@dataclass(frozen=True)
class Entry:
    """One entry as written: the sentence's text (or a fragment of it) and its label.

    `label` is None when the entry has a problem: it still covers its sentence, so a bad
    label is reported once, not again as a sentence missing from the file.
    """

    text: str
    label: str | None
    position: Position
    also: tuple[str, ...] = ()
    source: str | None = None
    cue: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class EntryFile:
    """What a file holds: its `article:` (if given), the entries, and every problem."""

    article: Scalar | None
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]


def read_entries(document: Document) -> EntryFile:
    """The entries of a loaded file; an entry with a problem has no label (see Entry)."""
    reader = ValueReader(document.path)
    reader.problems.extend(document.problems)
    root = document.root
    article: Scalar | None = None
    items: Node | None = root
    if isinstance(root, Mapping):
        reader.keys(root, list(TOP_KEYS), "the file", {})
        node = root.get("article")
        if node is not None and reader.text(node, "article") is not None:
            assert isinstance(node, Scalar)
            article = node
        items = root.get("sentences")
        if items is None:
            reader.error(root.position, "missing 'sentences:': a list of text: and label:")
    if root is None or (isinstance(root, Scalar) and root.null):
        if not document.problems:
            reader.error(Position(1, 1), "the file is empty; write sentences: and a list")
        return EntryFile(article, (), tuple(reader.problems))
    entries: list[Entry] = []
    if items is not None and not isinstance(items, Sequence):
        reader.error(items.position, "sentences: must be a list, each entry starting with '- '")
    elif isinstance(items, Sequence):
        for item in items.items:
            entry = _entry(reader, item)
            if entry is not None:
                entries.append(entry)
    return EntryFile(article, tuple(entries), tuple(reader.problems))


def _entry(reader: ValueReader, item: Node) -> Entry | None:
    """One `- text: ... label: ...` entry, or None after reporting what is wrong."""
    if not isinstance(item, Mapping):
        reader.error(item.position, "an entry is a mapping with text: and label:")
        return None
    before = len(reader.problems)
    reader.keys(item, list(ENTRY_KEYS), "an entry", {})
    for key in ("text", "label"):
        if item.get(key) is None:
            reader.error(item.position, f"this entry has no '{key}:'")
    text = reader.text(item.get("text"), "text")
    label = _label(reader, item.get("label"))
    also = tuple(
        found
        for scalar in reader.scalars(item.get("also"), "also")
        if (found := _label(reader, scalar)) is not None
    )
    optional = {key: _optional(reader, item, key) for key in ("source", "cue", "note")}
    if text is None:
        return None
    if len(reader.problems) > before:
        label = None
    return Entry(text, label, item.position, also, **optional)


def _label(reader: ValueReader, node: Node | None) -> str | None:
    word = reader.text(node, "label")
    if word is None:
        return None
    assert isinstance(node, Scalar)
    label = parse_label(word)
    if label is None:
        hint = did_you_mean(word.casefold(), PRACTICE_LABELS) or (
            f"; write one of {', '.join(PRACTICE_LABELS)} (or n, a, v, u, x)"
        )
        reader.error(node.position, f"'{word}' is not a label{hint}")
    return label


def _optional(reader: ValueReader, item: Mapping, key: str) -> str | None:
    node = item.get(key)
    if node is None or (isinstance(node, Scalar) and node.null):
        return None
    return reader.text(node, key)


@dataclass(frozen=True)
class Placed:
    """The entries placed on sentences (index into the sentences given) and the problems."""

    by_sentence: dict[int, Entry]
    problems: tuple[Problem, ...]


def place(path: str, entries: Seq[Entry], sentences: Seq[Sentence]) -> Placed:
    """Find each entry's sentence: exactly one, else a problem naming the entry's line.

    The same text written as often as it occurs in the article ("Nobody." twice) is placed
    in reading order; a sentence given twice is a duplicate.
    """
    problems: list[Problem] = []
    placed: dict[int, Entry] = {}
    index_of = {sentence.start: number for number, sentence in enumerate(sentences)}
    same_text: dict[str, list[Entry]] = {}
    for entry in entries:
        same_text.setdefault(_squeeze(entry.text), []).append(entry)

    def problem(entry: Entry, message: str) -> None:
        problems.append(Problem(path, entry.position.line, entry.position.column, message))

    for entry in entries:
        found = [index_of[s.start] for s in sentences_containing(entry.text, sentences)]
        if not found:
            best = closest_sentence(entry.text, sentences, claims_only=False)
            closest = f"; the closest sentence starts '{best[:60]}'" if best else ""
            problem(
                entry,
                f"no sentence of the article contains '{_short(entry.text)}'{closest}; "
                "copy the sentence from the article exactly",
            )
            continue
        twins = same_text[_squeeze(entry.text)]
        if len(found) > 1 and len(twins) != len(found):
            listed = ", ".join(f"'{_short(sentences[i].text, 40)}'" for i in found[:3])
            problem(
                entry,
                f"'{_short(entry.text)}' is in {len(found)} sentences ({listed}); "
                "quote more words so it names one",
            )
            continue
        number = found[twins.index(entry)] if len(found) > 1 else found[0]
        if number in placed:
            first = placed[number].position.line
            problem(
                entry,
                f"duplicate: the sentence '{_short(sentences[number].text)}' is already "
                f"given on line {first}; keep one entry",
            )
            continue
        placed[number] = entry
    return Placed(placed, tuple(problems))


def _squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


def _short(text: str, width: int = 50) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
