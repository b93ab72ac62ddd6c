"""Answer keys: a teacher's key beside the article, the machine key, the starter key, check."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyze_article
from tui.articles import load_article
from tui.cli import main
from tui.practice.keys import (
    ANALYSER,
    ANSWER_KEY,
    AnswerKey,
    check_key_file,
    load_key,
    starter_key,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_teacher_key_beside_the_article_is_used(cats_key: AnswerKey) -> None:
    """The key's labels land on the article's sentences, fragments included."""
    assert cats_key.kind == ANSWER_KEY and not cats_key.problems
    labels = [label.label if label else None for label in cats_key.labels]
    assert labels == ["unattributed", "named", "vague", "anonymous", "none"]
    assert cats_key.labels[2] is not None and cats_key.labels[2].accepts("anonymous")
    assert cats_key.labels[2].reason == "nobody you could check"


def test_without_a_key_the_analyser_is_the_key(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Plain\n\nThe mayor said the road would open.\n", "utf-8")
    key = load_key(analyze_article(load_article(path)))
    assert key.kind == ANALYSER and key.path is None
    assert key.labels[0] is not None and key.labels[0].reason


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.labels.yaml")), ids=lambda p: p.stem)
def test_bundled_keys_check_clean(path: Path) -> None:
    """Every bundled key covers its article's sentences exactly once."""
    assert check_key_file(path) == []


def test_check_reports_each_problem_of_a_key_at_its_line(cats: Path) -> None:
    key = cats.with_name("cats.labels.yaml")
    key.write_text(
        "article: cats.txt\n"
        "sentences:\n"
        "  - text: The harbour's cat shelter won a national award on Monday.\n"
        "    label: unatributed\n"
        "  - text: Director Mia Lund said\n"
        "    label: named\n"
        "  - text: Mia Lund\n"
        "    label: named\n"
        "  - text: The shelter sells fish.\n"
        "    label: vague\n"
        "  - text: A city official\n"
        "    label: anonymous\n"
        "  - text: Who will adopt\n"
        "    label: none\n",
        "utf-8",
    )
    problems = [str(p) for p in check_key_file(key)]
    assert any(f"{key}:4:12: error: 'unatributed' is not a label" in p for p in problems)
    assert any(p.startswith(f"{key}:7:5: error: duplicate: ") for p in problems)
    assert any(f"{key}:9:5: error: no sentence of the article contains" in p for p in problems)
    missing = [p for p in problems if "is missing from the key" in p]
    assert len(missing) == 1 and "Some residents say" in missing[0]
    # The bad label is reported once, not again as a missing sentence.
    assert not any("harbour's cat shelter" in p and "missing" in p for p in problems)


def test_check_command_takes_keys_and_quizzes_together(
    cats: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(cats.with_name("cats.labels.yaml")), "sourcing-basics"]) == 0
    assert "checked 2 files: 0 errors" in capsys.readouterr().out


def test_starter_key_checks_clean_and_agrees_with_the_analyser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`whosays key` writes every sentence with label, source, cue and reason; saved beside
    the article it is a valid key whose labels are the analyser's."""
    article = tmp_path / "bridge.txt"
    article.write_text((SEEDS / "101_practice_harbour_bridge.txt").read_text("utf-8"), "utf-8")
    target = tmp_path / "bridge.labels.yaml"
    assert main(["key", str(article), "-o", str(target)]) == 0
    assert "starter key of 22 sentences" in capsys.readouterr().out
    text = target.read_text("utf-8")
    assert "  # 2. 'according to'" in text and '    cue: "according to"' in text
    assert check_key_file(target) == []
    analysis = analyze_article(load_article(article))
    key = load_key(analysis)
    assert key.kind == ANSWER_KEY
    assert [k.label for k in key.labels if k] == [s.label for s in key.sentences]
    assert main(["key", str(article), "-o", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_starter_key_keeps_awkward_text_exact(tmp_path: Path) -> None:
    """Quotes, colons, a hash and 'no' survive the round trip as text."""
    path = tmp_path / "odd.txt"
    path.write_text('Odd\n\nNo: the "fund" #1 said no, officials said.\n', "utf-8")
    analysis = analyze_article(load_article(path))
    (tmp_path / "odd.labels.yaml").write_text(starter_key(analysis), "utf-8")
    assert check_key_file(tmp_path / "odd.labels.yaml") == []
