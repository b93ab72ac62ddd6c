"""The YAML loader keeps raw text and positions, and refuses what is unsafe or malformed."""

from __future__ import annotations

import time

from tui.quiz.loader import MAX_ALIASES, Mapping, Scalar, Sequence, load_bytes, load_text


def _value(text: str, key: str) -> Scalar:
    document = load_text(text, "t.yaml")
    assert isinstance(document.root, Mapping)
    node = document.root.get(key)
    assert isinstance(node, Scalar)
    return node


def test_yaml_1_1_scalars_keep_the_text_written() -> None:
    """`no`, `21:23`, `0700`, `1e3` and `~` come back as written, never bool/int/float."""
    text = "a: no\nb: 21:23\nc: 0700\nd: 1e3\ne: On\n"
    assert [_value(text, k).text for k in "abcde"] == ["no", "21:23", "0700", "1e3", "On"]


def test_scalars_carry_line_and_column_from_one() -> None:
    """Positions are 1-based, pointing at the value's first character."""
    node = _value("title: x\nprompt:   hello\n", "prompt")
    assert (node.position.line, node.position.column) == (2, 11)


def test_quoted_scalars_are_not_plain() -> None:
    """A quoted "42" is text the teacher chose to quote; type inference needs to know."""
    assert _value('a: "42"\n', "a").plain is False
    assert _value("a: 42\n", "a").plain is True


def test_duplicate_key_is_an_error_at_the_second_key() -> None:
    """The second `prompt:` is reported at its own line and column; the first is kept."""
    document = load_text("prompt: one\nanswer: x\nprompt: two\n", "t.yaml")
    assert [(p.line, p.column) for p in document.problems] == [(3, 1)]
    assert "duplicate key 'prompt'" in document.problems[0].message
    assert _value("prompt: one\nanswer: x\nprompt: two\n", "prompt").text == "one"


def test_tab_in_indentation_is_reported_at_the_tab() -> None:
    """A tab indent gets a line of its own telling the teacher to use spaces."""
    document = load_text("questions:\n\t- prompt: a\n", "t.yaml")
    assert [(p.line, p.column) for p in document.problems] == [(2, 1)]
    assert "use spaces" in document.problems[0].message


def test_syntax_error_has_its_position_and_advice() -> None:
    """An unclosed flow list is a YAML syntax error at the offending token, with advice."""
    document = load_text("title: x\nchoices: [a, b\nanswer: a\n", "t.yaml")
    assert document.root is None
    (problem,) = document.problems
    assert (problem.line, problem.column) == (3, 7)
    assert problem.message.startswith("YAML syntax:") and "must end with ]" in problem.message


def test_colon_in_a_value_suggests_quotes() -> None:
    """`title: Who says: me` is the commonest teacher mistake; the fix is quoting."""
    (problem,) = load_text("title: Who says: me\n", "t.yaml").problems
    assert (problem.line, problem.column) == (1, 16)
    assert "put it in quotes" in problem.message


def test_unclosed_quote_points_at_the_opening_quote() -> None:
    """The error is where the quote opens, not at the end of the file."""
    (problem,) = load_text('title: x\nprompt: "Who\nanswer: b\n', "t.yaml").problems
    assert (problem.line, problem.column) == (2, 9)
    assert "never closed" in problem.message


def test_python_tags_are_never_constructed() -> None:
    """A `!!python/object` tag is composed as text, never run: the loader builds no objects."""
    document = load_text("a: !!python/object/apply:os.system [echo hacked]\n", "t.yaml")
    assert document.problems == ()
    assert isinstance(document.root, Mapping)
    assert isinstance(document.root.get("a"), Sequence)


def test_alias_bomb_fails_fast() -> None:
    """A "billion laughs" file is refused in well under a second, with a position."""
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for name, previous in zip("bcdefghij", "abcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    started = time.perf_counter()
    document = load_text("\n".join(lines) + "\n", "bomb.yaml")
    assert time.perf_counter() - started < 1.0
    assert document.root is None
    assert "aliases" in document.problems[0].message


def test_too_many_aliases_is_an_error() -> None:
    """More aliases than MAX_ALIASES stop composition at the first one too many."""
    items = ", ".join(["*x"] * (MAX_ALIASES + 1))
    document = load_text(f"a: &x 1\nb: [{items}]\n", "t.yaml")
    assert document.root is None
    assert document.problems[0].line == 2


def test_non_utf8_file_is_a_clear_error_with_position() -> None:
    """Latin-1 bytes: the error names the byte, its line and column, and says to save as UTF-8."""
    document = load_bytes("title: Caf\u00e9\n".encode("latin-1"), "q.yaml")
    (problem,) = document.problems
    assert (problem.line, problem.column) == (1, 11)
    assert "not UTF-8" in problem.message and "0xE9" in problem.message


def test_utf8_bom_is_accepted() -> None:
    """Editors on Windows save a BOM; it is not part of the first key."""
    document = load_bytes("\ufefftitle: x\n".encode(), "q.yaml")
    assert isinstance(document.root, Mapping) and "title" in document.root.keys
