"""`whosays draft`: a starter quiz a teacher reviews, which passes check and its own examples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.analysis import analyze_article
from tui.articles import load_article
from tui.cli import main
from tui.library import article_entries, bundled_dir
from tui.quiz.draft import draft_quiz, person_name, write_draft
from tui.quiz.validate import check_file

ARTICLES = [entry.path for entry in article_entries() if entry.bundled]


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem[:12] for p in ARTICLES])
def test_every_bundled_article_drafts_a_quiz_that_checks_clean(
    article: Path, tmp_path: Path
) -> None:
    """The draft passes `whosays check` (its own examples: included) with no error."""
    target = tmp_path / "draft.yaml"
    _text, draft = write_draft(analyze_article(load_article(article)), target)
    checked = check_file(target)
    assert checked.errors == [], [str(p) for p in checked.problems]
    assert checked.quiz is not None and len(checked.quiz.questions) >= 6
    assert draft.key_kind == "answer key"  # every bundled article has one


def test_the_draft_reads_as_a_teacher_would_write_it(tmp_path: Path) -> None:
    """A mix of labels, names to type with the surname accepted, one question on the mix,
    hints and explanations, and a header saying that a teacher must review it."""
    kayhan = bundled_dir("seeds") / "000_f3345cb7f8af5719.txt"
    text, draft = write_draft(analyze_article(load_article(kayhan)), None)
    assert text.startswith("# DRAFT from whosays draft")
    assert "A teacher must review every question" in text
    questions = draft.quiz.questions
    labels = {q.answer for q in questions if q.type == "label"}
    assert {"anonymous", "vague", "unattributed"} <= labels
    who = [q for q in questions if q.type == "short"]
    assert who and who[0].answers[:2] == ("Rahmatullah Nabil", "Nabil")
    assert "_____" in who[0].prompt and "Nabil" not in who[0].prompt
    assert questions[-1].id == "sourcing-mix"
    assert all(q.hint and q.explain for q in questions)


def test_without_an_answer_key_the_analyser_is_the_key(tmp_path: Path) -> None:
    article = tmp_path / "mine.txt"
    shutil.copy(bundled_dir("seeds") / "101_practice_harbour_bridge.txt", article)
    text, draft = write_draft(analyze_article(load_article(article)), None)
    assert draft.key_kind == "analyser"
    assert "the analyser's labels (a machine: it can be wrong)" in text


def test_a_teachers_also_label_is_accepted(tmp_path: Path) -> None:
    """An `also:` in the answer key becomes `accept:` (a label careful readers also give)."""
    kayhan = bundled_dir("seeds") / "000_f3345cb7f8af5719.txt"
    draft = draft_quiz(analyze_article(load_article(kayhan)), kayhan.name)
    assert any(len(q.answers) > 1 for q in draft.quiz.questions if q.type == "label")


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Mayor Elena Ruiz", "Elena Ruiz"),
        ("Rahmatullah Nabil, former head of the agency", "Rahmatullah Nabil"),
        ("Dr. Priya Nair", "Priya Nair"),
        ("Health minister Joan Okafor", "Joan Okafor"),
        ("the United Nations", None),
        ("A spokesperson for the Regional Transport Authority", None),
        ("Afghan Taliban", None),
        ("she", None),
        ("NASA", None),
    ],
)
def test_person_names_are_told_from_offices_and_groups(source: str, name: str | None) -> None:
    assert person_name(source) == name


def test_the_command_writes_once_and_prints_with_a_dash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "draft.yaml"
    assert main(["draft", "101", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"to {target} (from your answer key)" in out and "whosays check" in out
    assert main(["draft", "101", "-o", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["draft", "101", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("# DRAFT")


def test_an_article_outside_the_library_is_referred_to_by_its_path(tmp_path: Path) -> None:
    """A draft beside an article elsewhere names it by a relative path, and checks clean."""
    folder = tmp_path / "class"
    folder.mkdir()
    article = folder / "story.txt"
    shutil.copy(bundled_dir("seeds") / "101_practice_harbour_bridge.txt", article)
    target = tmp_path / "quizzes" / "story-quiz.yaml"
    assert main(["draft", str(article), "-o", str(target)]) == 0
    assert "article: ../class/story.txt" in target.read_text("utf-8")
    assert check_file(target).errors == []


def test_a_company_named_in_full_each_time_is_not_a_person(tmp_path: Path) -> None:
    """ "Northsea Lines" twice in full is a company; "Marta Quint" then "Quint" is a person."""
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Ferry fares to rise\n\n"
        "Fares will rise by 18 percent, the operator Northsea Lines announced on Tuesday. "
        "Its chief executive, Marta Quint, said the rise was needed. "
        "Quint told reporters that fuel costs had doubled. "
        "Northsea Lines carried 1.2 million passengers last year.\n",
        "utf-8",
    )
    _text, draft = write_draft(analyze_article(load_article(article)), None)
    assert [q.answer for q in draft.quiz.questions if q.type == "short"] == ["Marta Quint"]


def test_a_draft_made_twice_is_listed_once_and_as_a_draft(
    whosays_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Drafting the same article again, the first draft unedited, writes nothing new and
    says where the first one is; the quiz list shows the draft marked as one."""
    from tui.quiz.catalogue import catalogue

    assert main(["draft", "101_practice_harbour_bridge"]) == 0
    capsys.readouterr()
    assert main(["draft", "101_practice_harbour_bridge"]) == 2
    assert "101_practice_harbour_bridge-draft.yaml: the same draft is there already" in (
        capsys.readouterr().err
    )
    drafts = [item for item in catalogue() if not item.entry.bundled]
    assert len(drafts) == 1 and drafts[0].title.startswith("Draft: Who says so?")
