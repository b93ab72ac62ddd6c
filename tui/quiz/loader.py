"""Read a YAML file into a tree of raw text with positions, never constructing objects.

PyYAML's resolver would turn `answer: no` into False, `21:23` into 1283 and `0700` into
448; a quiz must keep what the teacher wrote. So the file is only *composed* (a node tree),
and every scalar keeps its source text, its style and its position. Duplicate keys, tabs in
indentation, alias bombs and deep nesting are caught here, all reported as Problems.

libyaml (PyYAML's C parser, where it was built with it) reads the events; composing stays in
Python, so the limits below hold either way. A file without anchors is built from libyaml's
events in one pass; one with anchors is composed first and then converted, so its aliases
expand within a budget. A file libyaml finds wrong is read again by the pure-Python parser,
so every message and position is worded as it always was.

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
    StreamEndEvent,
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
class _Placed:
    """Where a value starts, as 1-based ints; its Position is made only when asked for.

    A 1,000-question quiz holds 15,000 values and few of their positions are ever read (by
    a message); making a Position for each cost about 11 of the 107 ms of checking it.
    """

    line: int
    column: int

    @property
    def position(self) -> Position:
        return Position(self.line, self.column)


@dataclass(frozen=True)
class Scalar(_Placed):
    """A scalar exactly as written: `plain` is False for quoted and block scalars."""

    text: str
    plain: bool = True
    null: bool = False


@dataclass(frozen=True)
class Sequence(_Placed):
    """A YAML list."""

    items: tuple[Node, ...]


@dataclass(frozen=True)
class Mapping(_Placed):
    """A YAML mapping; keys are Scalars (keeping their positions), first occurrence wins."""

    items: tuple[tuple[Scalar, Node], ...]
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
    if _libyaml_reads(text):
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


def _libyaml_reads(text: str) -> bool:
    """Whether libyaml may read `text`: it is there, and reads it as the pure parser would."""
    # Tabs: libyaml takes some that the pure parser refuses (`key:\tvalue`); so does a `?`
    # inside a flow collection (`[key? ]`), which ends a plain scalar only for the pure one.
    flow_question = "?" in text and _FLOW_QUESTION.search(text) is not None
    return _CParser is not None and "\t" not in text and not flow_question


def _tree(text: str, path: str) -> tuple[Node | None, list[Problem]] | None:
    """The file's tree and its problems, built in one pass from libyaml's events; None when
    the two-step path must read it (no libyaml, anchors, or anything libyaml words otherwise)."""
    if not _libyaml_reads(text):
        return None
    tree = _EventTree(text, _Source(path, text, []))
    try:
        return tree.root(), tree.source.problems
    except (_HasAnchors, _AskTheReference, yaml.YAMLError):
        return None


class _HasAnchors(Exception):
    """An anchor or an alias: the two-step path expands aliases within their budget."""


class _EventTree:
    """libyaml's events built straight into Scalars, Sequences and Mappings, in one pass.

    Composing PyYAML's nodes and converting them afterwards walked every value twice and
    made two objects of it: a 1,000-question quiz took 91 ms to load that way, 56 ms in one
    pass with positions kept as ints (libyaml's events alone take 15). The limits on values
    and depth hold as in the composers; a file with an anchor or an alias goes the two-step
    way, and whatever libyaml would word differently goes to the pure parser, as there.
    """

    def __init__(self, text: str, source: _Source) -> None:
        assert _CParser is not None
        self.parser = _CParser(text)
        #: Where the problems of a value go: the file's, or a list thrown away for the
        #: values the two-step path never converts (of a repeated key, for one).
        self.source = source
        self.written = 0
        self.depth = 0

    def root(self) -> Node | None:
        """The document's root value, or None for an empty file."""
        get = self.parser.get_event
        get()  # the stream's start
        if type(get()) is StreamEndEvent:  # or else the document's start
            return None
        root = self.value(get(), in_list=False)
        get()  # the document's end
        if type(get()) is not StreamEndEvent:
            raise _AskTheReference  # a second document: the reference words it
        return root

    def value(self, event: yaml.Event, in_list: bool, key: bool = False) -> Node:
        """The value that `event` starts, its events read to its end."""
        self.written += 1
        if self.written > MAX_NODES:
            raise _TooMany(_mark_position(event.start_mark))
        if self.depth >= MAX_DEPTH:
            raise _TooDeep(_mark_position(event.start_mark))
        kind = type(event)
        if kind is AliasEvent or event.anchor is not None:
            raise _HasAnchors
        if kind is ScalarEvent:
            if not event.value and not event.style:
                # libyaml places an empty value (`prompt:` with nothing after it) elsewhere.
                raise _AskTheReference
            if key:
                return _key(event.value, event.style, event.start_mark)
            return _scalar(
                event.value, event.style, event.start_mark, event.end_mark.index, self.source
            )
        self.depth += 1
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
        get = self.parser.get_event
        node: Node
        if kind is SequenceStartEvent:
            flow = bool(event.flow_style)
            written_from = len(self.source.problems)
            items: list[Node] = []
            spans: list[_Span | None] = []
            while type(item := get()) is not SequenceEndEvent:
                if flow:
                    spans.append(
                        (item.value, item.start_mark, item.end_mark.index)
                        if type(item) is ScalarEvent
                        else None
                    )
                items.append(self.value(item, in_list=True))
            if flow:
                # Said before the items' own problems, as the two-step path says them.
                problems = _split_numbers(spans, self.source.path, self.source.text)
                self.source.problems[written_from:written_from] = problems
            node = Sequence(line, column, tuple(items))
        else:
            pairs = _Pairs(self.source, in_list)
            while type(item := get()) is not MappingEndEvent:
                if type(item) is not ScalarEvent:
                    pairs.refuse_key(self.unheard(item).position)
                    self.unheard(get())
                elif pairs.admits(name := self.value(item, in_list=False, key=True)):
                    pairs.add(name, self.value(get(), in_list=False))
                else:
                    self.unheard(get())
            node = pairs.mapping(line, column)
        self.depth -= 1
        return node

    def unheard(self, event: yaml.Event) -> Node:
        """A value read for its events and limits only: the two-step path never converts
        it, so its problems are not said."""
        source = self.source
        self.source = _Source(source.path, source.text, [])
        try:
            return self.value(event, in_list=False)
        finally:
            self.source = source


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
        built = _tree(text, path)
        if built is not None:
            root, said = built
            problems.extend(said)
            return Document(path, root, tuple(problems))
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


# After a plain value, " #x" (no space after #) is a comment cutting the value short.
_CUTTING_COMMENT = re.compile(r"[ \t]+(#\S[^\n]*)")

#: A scalar of a [list] as `_split_numbers` needs it: its text, its start, its end index.
_Span = tuple[str, yaml.Mark, int]


def _key(text: str, style: str | None, start: yaml.Mark) -> Scalar:
    """A mapping's key: never null, and never read for a comment after it."""
    return Scalar(start.line + 1, start.column + 1, text, not style)


def _scalar(text: str, style: str | None, start: yaml.Mark, end: int, source: _Source) -> Scalar:
    """A scalar value, with a warning when a comment after it looks like part of it."""
    plain = not style  # None from the pure parser, "" from libyaml
    line, column = start.line + 1, start.column + 1
    if plain and (cutting := _CUTTING_COMMENT.match(source.text, end)) is not None:
        comment = cutting.group(1).strip()
        shown = f"{text} {comment}" if text else comment
        source.problems.append(
            Problem(
                source.path,
                line,
                column,
                f"'{comment}' is read as a comment (a # after a space starts one), not as "
                f'part of the value; to keep it, put the whole value in quotes: "{shown}"',
                "warning",
            )
        )
    null = plain and text in ("", "~", "null", "Null", "NULL")
    return Scalar(line, column, text, plain, null)


def _split_numbers(spans: list[_Span | None], path: str, text: str) -> list[Problem]:
    """ "[1,000, 2,000]" is four items in YAML: "1", "000", "2", "000". Say so.

    `spans` holds a [list]'s items in order, None for an item that is no scalar.
    """
    problems = []
    for before, after in itertools.pairwise(spans):
        if before is None or after is None:
            continue
        (first, start, end), (second, next_start, _next_end) = before, after
        if (
            text[end : next_start.index] == ","
            and re.fullmatch(r"\d{1,3}", first)
            and re.match(r"\d{3}(?!\d)", second)
        ):
            joined = f"{first},{second}"
            problems.append(
                Problem(
                    path,
                    start.line + 1,
                    start.column + 1,
                    f"'{joined}' in a [list] is read as two items, '{first}' and "
                    f"'{second}'; write {first}{second}, or \"{joined}\" in quotes",
                    "warning",
                )
            )
    return problems


class _Pairs:
    """A mapping's keys and values as they come: a key that is no plain word, a merge key
    (<<) and a repeated key are reported, and their values left out (the first one wins)."""

    def __init__(self, source: _Source, in_list: bool) -> None:
        self.source = source
        #: In a list, a repeated key most often means a question lost its '- '.
        self.in_list = in_list
        self.items: list[tuple[Scalar, Node]] = []
        self.keys: dict[str, int] = {}
        self.new_question: int | None = None  # where a question missing its '- ' seems to start

    def refuse_key(self, where: Position) -> None:
        """A list or a mapping given as a key."""
        self.source.problems.append(
            Problem(
                self.source.path,
                where.line,
                where.column,
                "a key must be a plain word such as prompt:",
            )
        )

    def admits(self, key: Scalar) -> bool:
        """Whether the value after `key` belongs in the mapping; if not, why is reported."""
        if key.text == "<<" and key.plain:
            message = "merge keys (<<) are not supported in quizzes; write the keys out"
        elif key.text in self.keys:
            first = self.items[self.keys[key.text]][0].position
            if not self.in_list:
                advice = "keep one of the two"
            elif self.new_question is None:
                self.new_question = key.position.line
                advice = (
                    f"if a new question starts on line {self.new_question}, put '- ' before "
                    "its first key; otherwise keep one of the two"
                )
            else:
                advice = f"see line {self.new_question}"
            message = f"duplicate key '{key.text}' (first given on line {first.line}); {advice}"
        else:
            return True
        where = key.position
        self.source.problems.append(Problem(self.source.path, where.line, where.column, message))
        return False

    def add(self, key: Scalar, value: Node) -> None:
        self.keys[key.text] = len(self.items)
        self.items.append((key, value))

    def mapping(self, line: int, column: int) -> Mapping:
        return Mapping(line, column, tuple(self.items), self.keys)


def _convert(node: yaml.Node, source: _Source, budget: list[int], in_list: bool = False) -> Node:
    """A yaml node to a raw Node; duplicate keys reported, the first occurrence kept."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooManyAliases(_position(node))
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node.value, node.style, node.start_mark, node.end_mark.index, source)
    if isinstance(node, yaml.SequenceNode):
        if node.flow_style:
            spans = [
                (item.value, item.start_mark, item.end_mark.index)
                if isinstance(item, yaml.ScalarNode)
                else None
                for item in node.value
            ]
            source.problems.extend(_split_numbers(spans, source.path, source.text))
        return Sequence(
            node.start_mark.line + 1,
            node.start_mark.column + 1,
            tuple([_convert(item, source, budget, True) for item in node.value]),
        )
    assert isinstance(node, yaml.MappingNode)
    pairs = _Pairs(source, in_list)
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            pairs.refuse_key(_position(key_node))
            continue
        key = _key(key_node.value, key_node.style, key_node.start_mark)
        if pairs.admits(key):
            pairs.add(key, _convert(value_node, source, budget))
    return pairs.mapping(node.start_mark.line + 1, node.start_mark.column + 1)


def _failed(path: str, line: int, column: int, message: str) -> Document:
    return Document(path, None, (Problem(path, line, column, message),))
