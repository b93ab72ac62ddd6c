"""Hostile files: pipes, devices, huge files, YAML bombs and impossible values.

Each is refused or read with a one-line reason; none hangs, none raises past the loaders,
and one bad file never takes the rest of the library with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.articles import MAX_ARTICLE_BYTES, ArticleError, load_article
from tui.cli import main
from tui.keymap import load_keymap
from tui.library import list_articles
from tui.quiz.loader import MAX_BYTES, MAX_NODES, LoaderError, load_file, load_text
from tui.quiz.validate import check_file

BODY = "\n\nThe council said the bridge would reopen.\n"


def _alias_bomb(levels: int = 9) -> str:
    """A 'billion laughs': each anchor refers to the one before nine times."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def _deep(levels: int = 5000) -> str:
    return "[" * levels + "]" * levels


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


def test_an_explicit_fifo_path_is_refused_at_once(fifo: Path) -> None:
    """`whosays analyze PIPE` would block forever reading a pipe: refused by type, exit 2."""
    result = subprocess.run(
        [sys.executable, "-m", "tui", "analyze", str(fifo)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "named pipe" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_fifo_as_a_quiz_or_responses_file_is_refused(fifo: Path) -> None:
    with pytest.raises(LoaderError, match="named pipe"):
        load_file(fifo)


def test_dev_zero_is_refused_as_a_device() -> None:
    """A device never ends: it is refused before a byte is read."""
    with pytest.raises(ArticleError, match="is a device"):
        load_article("/dev/zero")
    with pytest.raises(LoaderError, match="is a device"):
        load_file("/dev/zero")


def test_a_50_mb_article_is_refused_by_its_size_unread(tmp_path: Path) -> None:
    """Size is checked before reading (the file here is sparse: 50 MB that cost nothing)."""
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50_000_000)
    assert os.path.getsize(path) > MAX_ARTICLE_BYTES
    with pytest.raises(ArticleError, match=r"is 50\.0 MB; an article file may be at most"):
        load_article(path)


def test_an_oversized_quiz_gets_a_size_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(LoaderError, match="a YAML file may be at most"):
        load_file(path)


def test_a_large_plain_quiz_gets_a_size_message_not_an_alias_one() -> None:
    """The node limit counts values; with no alias in the file it says so."""
    text = "title: t\nquestions:\n" + "".join(f"- {n}\n" for n in range(MAX_NODES + 10))
    problems = load_text(text, "big.yaml").problems
    assert "holds more than" in problems[0].message and "alias" not in problems[0].message


def test_an_alias_bomb_in_a_quiz_is_refused_fast() -> None:
    problems = load_text(_alias_bomb(), "bomb.yaml").problems
    assert "aliases" in problems[0].message


def test_5000_deep_nesting_in_a_quiz_is_too_deeply_nested_not_a_recursion_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(f"title: t\nquestions: {_deep()}\n", "utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "too deeply nested" in out and "Recursion" not in out


def test_5000_deep_block_nesting_is_too_deeply_nested() -> None:
    """Nesting by indentation, not brackets, is caught the same way."""
    text = "".join(" " * depth + "k:\n" for depth in range(5000))
    assert "too deeply nested" in load_text(text, "deep.yaml").problems[0].message


@pytest.mark.parametrize(
    "text", ["title: t\nquestions: &a [*a]\n", "a: &m {b: *m}\n", "a: &x [[1, [*x]]]\n"]
)
def test_a_value_that_holds_itself_is_an_error_not_a_recursion_error(text: str) -> None:
    """'questions: &a [*a]' once ran the converter round the loop into a RecursionError
    traceback (check, and front matter in analyze); a value used twice is still fine."""
    [problem] = load_text(text, "loop.yaml").problems
    assert "holds itself" in problem.message and problem.line == text[:-1].count("\n") + 1
    assert not load_text("a: &s [1, 2]\nb: [*s, *s]\n", "shared.yaml").problems


def test_an_impossible_date_in_front_matter_is_kept_as_text(tmp_path: Path) -> None:
    """`date: 2021-02-30` once crashed PyYAML's date constructor; now it is just not a date."""
    path = tmp_path / "feb.md"
    path.write_text(f"---\ntitle: February\ndate: 2021-02-30\n---{BODY}", "utf-8")
    article = load_article(path)
    assert article.title == "February" and article.date is None
    assert article.date_text == "2021-02-30"


def test_an_alias_bomb_in_front_matter_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bomb.md"
    path.write_text(f"---\n{_alias_bomb()}---{BODY}", "utf-8")
    with pytest.raises(ArticleError) as error:
        load_article(path)
    assert "front matter" in error.value.message and "\n" not in error.value.message


def test_5000_deep_front_matter_is_too_deeply_nested(tmp_path: Path) -> None:
    path = tmp_path / "deep.md"
    path.write_text(f"---\ntitle: {_deep()}\n---{BODY}", "utf-8")
    with pytest.raises(ArticleError, match="too deeply nested"):
        load_article(path)


def test_a_list_as_the_title_in_front_matter_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text(f"---\ntitle: [a, b]\n---{BODY}", "utf-8")
    with pytest.raises(ArticleError, match="title must be a single value"):
        load_article(path)


def test_bad_files_never_bring_down_the_listing(whosays_home: Path, fifo: Path) -> None:
    """Bombs, deep nesting, bad dates and a pipe beside a good article: all listed or skipped
    with a reason; the good one and the bundled seeds load."""
    folder = whosays_home / "articles"
    folder.mkdir(parents=True)
    (folder / "bomb.md").write_text(f"---\n{_alias_bomb()}---{BODY}", "utf-8")
    (folder / "deep.md").write_text(f"---\nt: {_deep()}\n---{BODY}", "utf-8")
    (folder / "feb.md").write_text(f"---\ndate: 2021-02-30\n---{BODY}", "utf-8")
    (folder / "good.txt").write_text(f"Good news{BODY}", "utf-8")
    os.symlink(fifo, folder / "pipe.txt")
    rows = {row.entry.id: row for row in list_articles()}
    assert rows["good"].article is not None and rows["feb"].article is not None
    assert "aliases" in (rows["bomb"].error or "")
    assert "too deeply nested" in (rows["deep"].error or "")
    assert "pipe" not in rows  # not a regular file: never listed, never opened
    assert sum(1 for row in rows.values() if row.entry.bundled and row.article) >= 10


def test_an_alias_bomb_keymap_is_ignored_with_one_line(whosays_home: Path) -> None:
    path = whosays_home / "keymap.yaml"
    whosays_home.mkdir(parents=True)
    path.write_text(_alias_bomb(), "utf-8")
    keymap, error = load_keymap(path)
    assert keymap == {} and error is not None and "\n" not in error


def test_a_deep_keymap_is_ignored_as_too_deeply_nested(whosays_home: Path) -> None:
    path = whosays_home / "keymap.yaml"
    whosays_home.mkdir(parents=True)
    path.write_text(f"reader.next: {_deep()}\n", "utf-8")
    assert "too deeply nested" in (load_keymap(path)[1] or "")


def test_a_fifo_keymap_is_ignored_not_waited_on(whosays_home: Path) -> None:
    whosays_home.mkdir(parents=True)
    os.mkfifo(whosays_home / "keymap.yaml")
    keymap, error = load_keymap(whosays_home / "keymap.yaml")
    assert keymap == {} and "named pipe" in (error or "")


def test_a_quiz_whose_article_is_a_fifo_is_an_error_not_a_hang(tmp_path: Path, fifo: Path) -> None:
    path = tmp_path / "quiz.yaml"
    path.write_text(f"title: t\narticle: {fifo.name}\nquestions:\n- {{prompt: p, answer: a}}\n")
    checked = check_file(path)
    assert checked.quiz is None and any("article:" in p.message for p in checked.errors)
