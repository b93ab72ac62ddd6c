"""Read a YAML file into a tree of raw text with positions, never constructing objects.

PyYAML's resolver would turn `answer: no` into False, `21:23` into 1283 and `0700` into
448; a quiz must keep what the teacher wrote. So the file is only *composed* (a node tree),
and every scalar keeps its source text, its style and its position. Duplicate keys, tabs in
indentation, alias bombs and deep nesting are caught here, all reported as Problems.

libyaml (PyYAML's C parser, where it was built with it) reads the events; composing stays in
Python, so the limits below hold either way. A file libyaml finds wrong is read again by the
pure-Python parser, so every message and position is worded as it always was.

It is the one YAML loader of whosays: quizzes, students' responses, article front matter and
the keymap all come through it, with the same limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent
from yaml.resolver import Resolver

from tui.files import FileRefused, byte_position, read_limited
from tui.quiz.model import Position, Problem

#: Aliases allowed in one file; real quizzes need a handful, a "billion laughs" needs many.
MAX_ALIASES = 100
#: Values a file may hold as written (a 10,000-question quiz of about 5 MB holds 150,000).
MAX_NODES = 500_000
#: Values that following aliases may add to those written out (a "billion laughs" adds
#: billions; a quiz that reuses a list of choices a few times, some hundreds).
MAX_ALIAS_VALUES = 20_000
#: Nesting allowed (a quiz needs five levels: quiz, questions, question, choices, choice).
MAX_DEPTH = 50
#: Refuse files larger than this before parsing: a 10,000-question quiz is about 5 MB.
MAX_BYTES = 8_000_000

_TAB_INDENT = re.compile(r"^[ ]*\t", re.MULTILINE)

#: What to write instead, for PyYAML's commonest complaints (matched in problem + context).
SYNTAX_HINTS = (
    (
        "mapping values are not allowed",
        "if the value holds ': ', put it in quotes "
        '(prompt: "Who says: the Journal?"); otherwise check the indentation',
    ),
    ("flow sequence", "a [list] must end with ] on the same item, items separated by commas"),
    ("quoted scalar", "a quote opened here is never closed; close it or drop it"),
    (
        "expected <block end>",
        "check the indentation: the keys of one question line up "
        "under each other, and each question starts with '- '",
    ),
    ("undefined alias", "*name refers to an &name anchor that is not defined above"),
)


@dataclass(frozen=True)
class Scalar:
    """A scalar exactly as written: `plain` is False for quoted and block scalars."""

    text: str
    position: Position
    plain: bool = True
    null: bool = False


@dataclass(frozen=True)
class Sequence:
    """A YAML list."""

    items: tuple[Node, ...]
    position: Position


@dataclass(frozen=True)
class Mapping:
    """A YAML mapping; keys are Scalars (keeping their positions), first occurrence wins."""

    items: tuple[tuple[Scalar, Node], ...]
    position: Position
    keys: dict[str, int] = field(default_factory=dict, compare=False)

    def get(self, key: str) -> Node | None:
        index = self.keys.get(key)
        return None if index is None else self.items[index][1]

    def key_position(self, key: str) -> Position:
        index = self.keys.get(key)
        return self.position if index is None else self.items[index][0].position


Node = Scalar | Sequence | Mapping


@dataclass(frozen=True)
class Document:
    """A loaded file: the root node (None when nothing could be read) and every problem."""

    path: str
    root: Node | None
    problems: tuple[Problem, ...]


class LoaderError(Exception):
    """A file that cannot be read at all (missing, a folder, unreadable): a usage error."""


class _TooManyAliases(Exception):
    def __init__(self, position: Position) -> None:
        self.position = position


class _TooDeep(Exception):
    def __init__(self, position: Position) -> None:
        self.position = position


class _TooMany(Exception):
    def __init__(self, position: Position) -> None:
        self.position = position


class _BoundedComposer(Composer):
    """A composer that counts aliases, values and depth, so bombs fail fast.

    PyYAML composes recursively (three Python frames a level): 5,000 nested lists would end
    in RecursionError, so nesting deeper than MAX_DEPTH is refused before that.
    """

    alias_count = 0
    written = 0
    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise _TooManyAliases(Position(mark.line + 1, mark.column + 1))
        else:
            self.written += 1
            if self.written > MAX_NODES:
                mark = self.peek_event().start_mark
                raise _TooMany(Position(mark.line + 1, mark.column + 1))
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise _TooDeep(Position(mark.line + 1, mark.column + 1))
            return Composer.compose_node(self, parent, index)
        finally:
            self.depth -= 1


class _BoundedLoader(_BoundedComposer, yaml.SafeLoader):
    """The pure-Python parser with the bounded composer: the reference for every message."""


try:
    from yaml.cyaml import CParser as _CParser
except ImportError:  # PyYAML built without libyaml: the pure parser reads everything
    _CParser = None  # type: ignore[assignment,misc]


class _FastLoader(_BoundedComposer, *((_CParser,) if _CParser else ()), Resolver):  # type: ignore[misc]
    """libyaml's events, composed by the bounded composer: about ten times faster.

    A 1,000-question quiz took 1.1 s to check with the pure-Python parser, 0.7 s of it
    scanning; libyaml scans it in C.
    """

    def __init__(self, stream: str) -> None:
        assert _CParser is not None
        _CParser.__init__(self, stream)
        Composer.__init__(self)
        Resolver.__init__(self)

    def resolve(self, kind: type, value: str | None, implicit: object) -> str:
        """No tags: nothing is constructed, and resolving them cost a fifth of the reading."""
        return ""

    def compose_scalar_node(self, anchor: str | None) -> yaml.ScalarNode:
        event = self.get_event()
        if not event.value and not event.style:
            # libyaml places an empty value (`prompt:` with nothing after it) elsewhere.
            raise _AskTheReference
        node = yaml.ScalarNode("", event.value, event.start_mark, event.end_mark, event.style)
        if anchor is not None:
            self.anchors[anchor] = node
        return node


class _AskTheReference(Exception):
    """libyaml would word or place this differently from the pure parser: ask that one."""


def _compose(text: str) -> tuple[yaml.Node | None, _BoundedComposer]:
    """The composed tree, by libyaml where present; its errors come from the pure parser."""
    # Tabs: libyaml takes some that the pure parser refuses (`key:\tvalue`).
    if _CParser is not None and "\t" not in text:
        fast = _FastLoader(text)
        try:
            return fast.get_single_node(), fast
        except (yaml.YAMLError, _AskTheReference):
            pass  # libyaml's wording and positions differ: ask the reference parser
        finally:
            fast.dispose()
    slow = _BoundedLoader(text)
    try:
        return slow.get_single_node(), slow
    finally:
        slow.dispose()


def _position(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a LoaderError fit to print."""
    try:
        return read_limited(path, MAX_BYTES, "a YAML file")
    except FileRefused as error:
        raise LoaderError(str(error)) from None


def load_file(path: Path | str) -> Document:
    """Read and compose one YAML file; raises LoaderError only when it cannot be read."""
    path = Path(path)
    return load_bytes(read_bytes(path), str(path))


def load_bytes(data: bytes, path: str) -> Document:
    """Decode (UTF-8 only) and compose; every problem comes back in the Document."""
    if len(data) > MAX_BYTES:
        return _failed(path, 1, 1, f"the file is {len(data)} bytes; a quiz is at most {MAX_BYTES}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = byte_position(data, error.start)
        bad = data[error.start : error.start + 1].hex().upper()
        return _failed(
            path,
            line,
            column,
            f"the file is not UTF-8 text (byte 0x{bad}); save it as UTF-8 in your editor",
        )
    return load_text(text, path)


def load_text(text: str, path: str) -> Document:
    """Compose YAML text into a raw tree; tabs, syntax errors and duplicate keys are Problems."""
    problems: list[Problem] = []
    tab_lines: set[int] = set()
    for match in _TAB_INDENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        tab_lines.add(line)
        problems.append(
            Problem(
                path,
                line,
                match.end() - match.start(),
                "a tab in the indentation; YAML indents with spaces only, so use spaces here",
            )
        )
    try:
        node, loader = _compose(text)
    except _TooManyAliases as error:
        problems.append(
            Problem(
                path,
                error.position.line,
                error.position.column,
                f"more than {MAX_ALIASES} aliases (*name); write the values out instead",
            )
        )
        return Document(path, None, tuple(problems))
    except _TooDeep as error:
        problems.append(
            Problem(
                path,
                error.position.line,
                error.position.column,
                f"too deeply nested (more than {MAX_DEPTH} levels of lists and mappings)",
            )
        )
        return Document(path, None, tuple(problems))
    except _TooMany as error:
        problems.append(
            Problem(
                path,
                error.position.line,
                error.position.column,
                f"the file holds more than {MAX_NODES} values; split it into smaller files",
            )
        )
        return Document(path, None, tuple(problems))
    except yaml.MarkedYAMLError as error:
        what = error.problem or "not valid YAML"
        context = error.context or ""
        # An unclosed quote is reported at the end of the file; its opening is more useful.
        use_context = "quoted scalar" in context and error.context_mark is not None
        mark = error.context_mark if use_context else (error.problem_mark or error.context_mark)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if line not in tab_lines:
            hint = next((h for key, h in SYNTAX_HINTS if key in f"{what} {context}"), None)
            detail = f" ({context})" if context else ""
            advice = f"; {hint}" if hint else ""
            problems.append(Problem(path, line, column, f"YAML syntax: {what}{detail}{advice}"))
        return Document(path, None, tuple(problems))
    except yaml.YAMLError as error:
        problems.append(Problem(path, 1, 1, f"YAML: {error}"))
        return Document(path, None, tuple(problems))
    if node is None:
        return Document(path, None, tuple(problems))
    # What is written out is read whatever its size (MAX_BYTES bounds it); aliases may add
    # only so much to it.
    budget = [loader.written + MAX_ALIAS_VALUES]
    try:
        root = _convert(node, path, problems, budget)
    except _TooManyAliases as error:
        message = (
            f"the file expands to more than {MAX_ALIAS_VALUES} values through aliases; "
            "write the values out instead"
        )
        problems.append(Problem(path, error.position.line, error.position.column, message))
        return Document(path, None, tuple(problems))
    return Document(path, root, tuple(problems))


def _convert(node: yaml.Node, path: str, problems: list[Problem], budget: list[int]) -> Node:
    """A yaml node to a raw Node; duplicate keys reported, the first occurrence kept."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooManyAliases(_position(node))
    if isinstance(node, yaml.ScalarNode):
        plain = not node.style  # None from the pure parser, "" from libyaml
        null = plain and node.value in ("", "~", "null", "Null", "NULL")
        return Scalar(node.value, _position(node), plain=plain, null=null)
    if isinstance(node, yaml.SequenceNode):
        return Sequence(
            tuple(_convert(item, path, problems, budget) for item in node.value), _position(node)
        )
    assert isinstance(node, yaml.MappingNode)
    items: list[tuple[Scalar, Node]] = []
    keys: dict[str, int] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            where = _position(key_node)
            problems.append(
                Problem(
                    path, where.line, where.column, "a key must be a plain word such as prompt:"
                )
            )
            continue
        key = Scalar(key_node.value, _position(key_node), plain=not key_node.style)
        if key.text == "<<" and key.plain:
            problems.append(
                Problem(
                    path,
                    key.position.line,
                    key.position.column,
                    "merge keys (<<) are not supported in quizzes; write the keys out",
                )
            )
            continue
        if key.text in keys:
            first = items[keys[key.text]][0].position
            problems.append(
                Problem(
                    path,
                    key.position.line,
                    key.position.column,
                    f"duplicate key '{key.text}' (first given on line {first.line}); "
                    "keep one and delete the other",
                )
            )
            continue
        keys[key.text] = len(items)
        items.append((key, _convert(value_node, path, problems, budget)))
    return Mapping(tuple(items), _position(node), keys)


def _failed(path: str, line: int, column: int, message: str) -> Document:
    return Document(path, None, (Problem(path, line, column, message),))
