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

import gc
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.composer import Composer
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
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

#: PyYAML's complaints (matched in its problem and context) as sentences saying what to fix.
#: Its own words ("<block mapping start>", "cannot start any token") never reach a teacher.
SYNTAX_SENTENCES = (
    (
        "cannot start any token",
        "'{char}' cannot begin a value in YAML; put the whole value in quotes, as in \"{char}...\"",
    ),
    (
        "mapping values are not allowed",
        "a ': ' inside a value: put it in quotes "
        '(prompt: "Who says: the Journal?"), or check the indentation',
    ),
    (
        "could not find expected ':'",
        "this line is neither 'key: value' nor part of the value above; add ': ' after "
        "the key, or indent it under the line it continues",
    ),
    ("quoted scalar", "a quote opened here is never closed; close it or drop it"),
    (
        "unknown escape character",
        "a backslash inside double quotes starts an escape; write \\\\ for a backslash, "
        "or use single quotes",
    ),
    ("undefined alias", "*name refers to an &name anchor that is not defined above"),
    (
        "expected alphabetic or numeric character",
        "a value cannot begin with * or &; put it in quotes",
    ),
    (
        "chomping or indentation indicators",
        "after | or > the text goes on the next lines, indented; put it in quotes to keep "
        "it on this line",
    ),
    (
        "expected a single document",
        "a second document starts here (---); a quiz is one document: remove the ---",
    ),
    (
        "expected ',' or ']'",
        "a [list] must end with ] on the same line, its items separated by commas; "
        "put an item that holds ':' or ',' in quotes",
    ),
    (
        "expected ',' or '}'",
        "a {{mapping}} must close with }} on the same line; put a value that holds ':' "
        "or ',' in quotes",
    ),
    (
        "block collection",
        "this line is not indented like the lines around it: each question starts with "
        "'- ' at the column of the other questions, and its keys line up under its first key",
    ),
    (
        "block mapping",
        "this line is not indented like the keys around it: the keys of one question line "
        "up under each other, and a new question starts with '- '",
    ),
    (
        "expected '-' indicator",
        "an item of this list is missing its '- ', or is indented unlike the others",
    ),
    (
        "did not find expected key",
        "this line does not line up with the keys of its question; check its indentation",
    ),
)
#: When nothing above matches: still a sentence, never the parser's words.
SYNTAX_FALLBACK = "this line cannot be read as YAML; check its indentation and its quotes"

# A key line: "  - prompt: ..." or "    answer: ...", with what follows the colon.
_KEY_LINE = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*:(?:\s|$)")
_OPENS_QUOTE = re.compile(r"^(\s*(?:-\s+)?[A-Za-z_][\w-]*:\s+)([\"'])")


def _unclosed_quote(text: str, error_line: int) -> tuple[int, int] | None:
    """Where a quote opens that runs past its line into the next key (the real mistake
    behind a later "syntax error"): its 1-based line and column, or None."""
    lines = text.split("\n")
    for index in range(min(error_line, len(lines)) - 1, -1, -1):
        opened = _OPENS_QUOTE.match(lines[index])
        if opened is None:
            continue
        quote = opened.group(2)
        rest = lines[index][opened.end() :]
        closed = rest.replace("\\" + quote, "").replace(quote * 2, "") if quote == '"' else rest
        if quote in closed.replace(quote * 2, ""):
            continue  # closed on its own line
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _KEY_LINE.match(following):
            return index + 1, opened.end()
    return None


def syntax_message(problem: str, context: str) -> str:
    """A PyYAML complaint as a sentence saying what to fix."""
    said = f"{problem} {context}"
    for key, sentence in SYNTAX_SENTENCES:
        if key in said:
            char = re.search(r"found character '(.+?)'", problem)
            shown = char.group(1) if char else ""
            return sentence.format(char=shown.replace("\\t", "a tab"))
    return SYNTAX_FALLBACK


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

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        """The bounded composer's limits, in one frame a level instead of three.

        PyYAML's composer asks the parser about each event three or four times and calls a
        method per node kind: half of the time it took to read a 1,000-question quiz.
        Whatever the reference would word differently (an undefined or repeated anchor, an
        empty value) is left to it.
        """
        event = self.get_event()
        kind = type(event)
        if kind is AliasEvent:
            self.alias_count += 1
            if self.alias_count > MAX_ALIASES:
                raise _TooManyAliases(_mark_position(event.start_mark))
        else:
            self.written += 1
            if self.written > MAX_NODES:
                raise _TooMany(_mark_position(event.start_mark))
        if self.depth >= MAX_DEPTH:
            raise _TooDeep(_mark_position(event.start_mark))
        anchors = self.anchors
        anchor = event.anchor
        if kind is AliasEvent:
            if anchor not in anchors:
                raise _AskTheReference
            return anchors[anchor]
        if anchor is not None and anchor in anchors:
            raise _AskTheReference
        node: yaml.Node
        if kind is ScalarEvent:
            if not event.value and not event.style:
                # libyaml places an empty value (`prompt:` with nothing after it) elsewhere.
                raise _AskTheReference
            node = yaml.ScalarNode("", event.value, event.start_mark, event.end_mark, event.style)
            if anchor is not None:
                anchors[anchor] = node
            return node
        self.depth += 1
        peek = self.peek_event
        compose = self.compose_node
        if kind is SequenceStartEvent:
            node = yaml.SequenceNode("", [], event.start_mark, None, flow_style=event.flow_style)
            if anchor is not None:
                anchors[anchor] = node
            items = node.value
            while type(peek()) is not SequenceEndEvent:
                items.append(compose(node, None))
        else:
            node = yaml.MappingNode("", [], event.start_mark, None, flow_style=event.flow_style)
            if anchor is not None:
                anchors[anchor] = node
            pairs = node.value
            while type(peek()) is not MappingEndEvent:
                key = compose(node, None)
                pairs.append((key, compose(node, key)))
        self.depth -= 1
        node.end_mark = self.get_event().end_mark
        return node


class _AskTheReference(Exception):
    """libyaml would word or place this differently from the pure parser: ask that one."""


#: A `?` after an opening bracket on its line: possibly inside a flow collection.
_FLOW_QUESTION = re.compile(r"[\[{][^\]}\n]*\?")


def _compose(text: str) -> tuple[yaml.Node | None, _BoundedComposer]:
    """The composed tree, by libyaml where present; its errors come from the pure parser."""
    # Tabs: libyaml takes some that the pure parser refuses (`key:\tvalue`); so does a `?`
    # inside a flow collection (`[key? ]`), which ends a plain scalar only for the pure one.
    flow_question = "?" in text and _FLOW_QUESTION.search(text) is not None
    if _CParser is not None and "\t" not in text and not flow_question:
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


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a file's tree is built and checked.

    The trees hold no cycles worth finding, but every few thousand new objects the collector
    walked the growing tree again: a third of checking a 1,000-question quiz. Nested and
    threaded uses are safe: only the outermost pause that found it on turns it back on.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _mark_position(mark: yaml.Mark) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def _position(node: yaml.Node) -> Position:
    mark = node.start_mark  # not through _mark_position: one call a value fewer
    return Position(mark.line + 1, mark.column + 1)


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
    with collector_paused():
        return _load_text(text, path)


def _load_text(text: str, path: str) -> Document:
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
        what = error.problem or ""
        context = error.context or ""
        # An unclosed quote is reported at the end of the file; its opening is more useful.
        use_context = "quoted scalar" in context and error.context_mark is not None
        mark = error.context_mark if use_context else (error.problem_mark or error.context_mark)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        opened = None if use_context else _unclosed_quote(text, line)
        if opened is not None:
            problems.append(
                Problem(
                    path,
                    opened[0],
                    opened[1],
                    f"YAML syntax: a quote opened here is not closed on this line, so the "
                    f"lines down to line {line} read as one text; close it on this line",
                )
            )
        elif line not in tab_lines:
            problems.append(
                Problem(path, line, column, f"YAML syntax: {syntax_message(what, context)}")
            )
        return Document(path, None, tuple(problems))
    except yaml.YAMLError as error:
        problems.append(Problem(path, 1, 1, f"YAML: {error}"))
        return Document(path, None, tuple(problems))
    if node is None:
        return Document(path, None, tuple(problems))
    # What is written out is read whatever its size (MAX_BYTES bounds it); aliases may add
    # only so much to it.
    budget = [loader.written + MAX_ALIAS_VALUES]
    # Only an alias can make a value hold itself: a file without one needs no walk.
    if loader.alias_count and (looped := _inside_itself(node)) is not None:
        mark = looped.start_mark
        problems.append(
            Problem(
                path,
                mark.line + 1,
                mark.column + 1,
                "a value that holds itself (an alias *name inside the value its &name marks); "
                "write the values out instead",
            )
        )
        return Document(path, None, tuple(problems))
    try:
        root = _convert(node, _Source(path, text, problems), budget)
    except _TooManyAliases as error:
        message = (
            f"the file expands to more than {MAX_ALIAS_VALUES} values through aliases; "
            "write the values out instead"
        )
        problems.append(Problem(path, error.position.line, error.position.column, message))
        return Document(path, None, tuple(problems))
    return Document(path, root, tuple(problems))


def _inside_itself(root: yaml.Node) -> yaml.Node | None:
    """The first list or mapping that holds itself through an alias ("a: &a [*a]"), or None:
    converting it would never end. Depth-first, without recursion, each node's subtree once."""
    done: set[int] = set()
    open_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            open_path.discard(id(node))
            done.add(id(node))
            continue
        if id(node) in open_path:
            return node
        if id(node) in done or isinstance(node, yaml.ScalarNode):
            continue
        open_path.add(id(node))
        stack.append((node, True))
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            children = [part for pair in node.value for part in pair]
        stack.extend((child, False) for child in reversed(children))
    return None


@dataclass(frozen=True)
class _Source:
    """The file being converted: its path and text (for what PyYAML drops), and its problems."""

    path: str
    text: str
    problems: list[Problem]

    def warn(self, node: yaml.Node, message: str) -> None:
        where = _position(node)
        self.problems.append(Problem(self.path, where.line, where.column, message, "warning"))


# After a plain value, " #x" (no space after #) is a comment cutting the value short.
_CUTTING_COMMENT = re.compile(r"[ \t]+(#\S[^\n]*)")


def _comment_after(node: yaml.ScalarNode, source: _Source) -> str | None:
    """The comment that ends a plain value's line when it looks like part of the value."""
    if node.style:  # quoted or block; plain is None (pure parser) or "" (libyaml)
        return None
    match = _CUTTING_COMMENT.match(source.text, node.end_mark.index)
    return match.group(1).strip() if match else None


def _split_numbers(node: yaml.SequenceNode, source: _Source) -> None:
    """ "[1,000, 2,000]" is four items in YAML: "1", "000", "2", "000". Say so."""
    items = node.value
    for before, after in itertools.pairwise(items):
        if not (isinstance(before, yaml.ScalarNode) and isinstance(after, yaml.ScalarNode)):
            continue
        between = source.text[before.end_mark.index : after.start_mark.index]
        if (
            between == ","
            and re.fullmatch(r"\d{1,3}", before.value)
            and re.match(r"\d{3}(?!\d)", after.value)
        ):
            joined = f"{before.value},{after.value}"
            source.warn(
                before,
                f"'{joined}' in a [list] is read as two items, '{before.value}' and "
                f"'{after.value}'; write {before.value}{after.value}, or \"{joined}\" in quotes",
            )


def _convert(node: yaml.Node, source: _Source, budget: list[int], in_list: bool = False) -> Node:
    """A yaml node to a raw Node; duplicate keys reported, the first occurrence kept."""
    path, problems = source.path, source.problems
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooManyAliases(_position(node))
    if isinstance(node, yaml.ScalarNode):
        plain = not node.style  # None from the pure parser, "" from libyaml
        null = plain and node.value in ("", "~", "null", "Null", "NULL")
        comment = _comment_after(node, source) if plain else None
        if comment is not None:
            shown = f"{node.value} {comment}" if node.value else comment
            source.warn(
                node,
                f"'{comment}' is read as a comment (a # after a space starts one), not as "
                f'part of the value; to keep it, put the whole value in quotes: "{shown}"',
            )
        return Scalar(node.value, _position(node), plain=plain, null=null)
    if isinstance(node, yaml.SequenceNode):
        if node.flow_style:
            _split_numbers(node, source)
        return Sequence(
            tuple([_convert(item, source, budget, True) for item in node.value]),
            _position(node),
        )
    assert isinstance(node, yaml.MappingNode)
    items: list[tuple[Scalar, Node]] = []
    keys: dict[str, int] = {}
    new_question: int | None = None  # where a question missing its '- ' seems to start
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
            if not in_list:
                advice = "keep one of the two"
            elif new_question is None:
                new_question = key.position.line
                advice = (
                    f"if a new question starts on line {new_question}, put '- ' before its "
                    "first key; otherwise keep one of the two"
                )
            else:
                advice = f"see line {new_question}"
            problems.append(
                Problem(
                    path,
                    key.position.line,
                    key.position.column,
                    f"duplicate key '{key.text}' (first given on line {first.line}); {advice}",
                )
            )
            continue
        keys[key.text] = len(items)
        items.append((key, _convert(value_node, source, budget)))
    return Mapping(tuple(items), _position(node), keys)


def _failed(path: str, line: int, column: int, message: str) -> Document:
    return Document(path, None, (Problem(path, line, column, message),))
