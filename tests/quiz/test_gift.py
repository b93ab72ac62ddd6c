"""Moodle GIFT: export, import, and the round trip YAML -> GIFT -> YAML."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.quiz.gift import escape, from_gift, to_gift, unescape
from tui.quiz.model import Position, Question, Quiz
from tui.quiz.validate import check_file

QUIZ = """\
title: Round trip
questions:
  - id: paper
    prompt: "Which paper? {braces}, a ~tilde, = and # and a colon: all kept"
    choices: ["The Wall Street Journal", "Reuters", "50% = half"]
    answer: The Wall Street Journal
    explain: It says so in the kicker.
  - id: named
    prompt: Which are named?
    choices: [Nabil, Kahl, a senior official]
    answer: [Nabil, Kahl]
  - id: tf
    prompt: The official is named.
    answer: false
    explain: "An unnamed official: anonymous."
  - id: who
    prompt: Who spoke to the Journal?
    answer: Rahmatullah Nabil
    accept: [Nabil]
    reject: [Kahl]
    hint: Paragraph four.
  - id: months
    prompt: How many months?
    answer: 6
    tolerance: 0.5
"""

#: A file as a Moodle teacher writes it, with what whosays can and cannot take.
GIFT = """\
// A comment line: ignored.
$CATEGORY: $course$/Sourcing

::Q1 colour:: What colour is a \\{vague\\} source? {
  =grey#nice
  ~red
  ~%50%silver
}

::tf::Kahl is named.{T####He is the undersecretary.}

Who told the Journal?{=Nabil =Rahmatullah Nabil =%50%Rahmatullah}

How many fighters at least?{#500:50}

Pick a year between 2019 and 2021.{#2019..2021}

::multi::Which are named? {~%50%Nabil ~%50%Kahl ~%-100%an official}

::match::Match them. {=Nabil -> named =officials -> vague}

Write an essay on sourcing. {}

The report was {=confirmed ~denied} by officials.

Just a description with no answers.
"""


def _checked(path: Path) -> Quiz:
    quiz = check_file(path).quiz
    assert quiz is not None
    return quiz


def _same(question: Question) -> Question:
    """A question without what GIFT cannot hold (hint, reject) and its file position."""
    return replace(question, hint=None, reject=(), position=Position(1, 1))


def test_yaml_to_gift_to_yaml_keeps_every_question(tmp_path: Path) -> None:
    """Every field GIFT can hold comes back: text with GIFT's special characters, choices,
    right answers, accept:, true/false, a number's tolerance, explanations."""
    source = tmp_path / "quiz.yaml"
    source.write_text(QUIZ, "utf-8")
    gift = tmp_path / "quiz.gift"
    back = tmp_path / "back.yaml"
    assert main(["export", str(source), "--gift", "-o", str(gift)]) == 0
    assert main(["import-quiz", str(gift), "-o", str(back)]) == 0
    before, after = _checked(source), _checked(back)
    assert [_same(q) for q in after.questions] == [_same(q) for q in before.questions]
    assert after.title == "Round trip"


def test_export_warns_per_question_about_what_gift_cannot_hold(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "quiz.yaml"
    source.write_text(QUIZ, "utf-8")
    assert main(["export", str(source), "--gift"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{source}:16:5: warning: question 'who': GIFT cannot hold hint:, reject:, the typo "
        "tolerance (Moodle wants the exact words), left out"
    ]


def test_import_reads_moodles_grammar() -> None:
    """Titles, escapes, feedback, weights, numbers, ranges, true/false, categories."""
    imported = from_gift(GIFT, "class.gift")
    assert imported.quiz is not None
    quiz = imported.quiz
    assert quiz.title == "Sourcing"
    by_id = {q.id: q for q in quiz.questions}
    colour = by_id["q1-colour"]
    assert (colour.type, colour.prompt) == ("choice", "What colour is a {vague} source?")
    assert (colour.choices, colour.answer) == (("grey", "red", "silver"), "grey")
    assert (by_id["tf"].answer, by_id["tf"].explain) == ("true", "He is the undersecretary.")
    who = next(q for q in quiz.questions if q.prompt == "Who told the Journal?")
    assert (who.type, who.answers) == ("short", ("Nabil", "Rahmatullah Nabil"))
    fighters = next(q for q in quiz.questions if q.prompt.startswith("How many"))
    assert (fighters.answer, fighters.tolerance) == ("500", Decimal(50))
    year = next(q for q in quiz.questions if q.prompt.startswith("Pick a year"))
    assert (year.answer, year.tolerance) == ("2020", Decimal(1))
    assert by_id["multi"].type == "multi" and by_id["multi"].answers == ("Nabil", "Kahl")


def test_import_reports_what_it_cannot_take_at_its_line() -> None:
    """Matching, essay, missing word, description: skipped, each a path:line:col warning."""
    problems = [str(p) for p in from_gift(GIFT, "class.gift").problems]
    assert problems == [
        "class.gift:4:1: warning: question 'Q1 colour': feedback per answer is not kept "
        "(only ####)",
        "class.gift:4:1: warning: question 'Q1 colour': partial credit for silver (50%) is not "
        "kept (a whosays choice is right or wrong)",
        "class.gift:12:1: warning: question 3: partly right answers (Rahmatullah) are left out; "
        "whosays marks a short answer right or wrong",
        "class.gift:20:1: warning: question 'match' is a matching question; whosays cannot "
        "take it, skipped",
        "class.gift:22:1: warning: question 8 is an essay ({}); whosays cannot take it, skipped",
        "class.gift:24:1: warning: question 9 has its answer blank mid-sentence (missing word); "
        "whosays cannot take it, skipped",
        "class.gift:26:1: warning: question 10 has no answers ({...}): a description, skipped",
    ]


def test_a_file_with_no_question_is_an_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.gift"
    path.write_text("// nothing\n\nJust text.\n", "utf-8")
    assert main(["import-quiz", str(path)]) == 1
    assert f"{path}:1:1: error: no question whosays can take" in capsys.readouterr().err


# Generated quizzes ------------------------------------------------------------------------

TEXT = (
    st.text(alphabet=st.sampled_from("abcxyz ABC019~=#{}:\\'\"%-_.,?!é’"), min_size=1, max_size=30)
    .map(lambda t: " ".join(t.split()))
    .filter(lambda t: any(c.isalnum() for c in t))
)


@st.composite
def questions(draw: st.DrawFn, number: int) -> Question:
    kind = draw(st.sampled_from(["choice", "multi", "truefalse", "short", "number"]))
    prompt = draw(TEXT)
    explain = draw(st.none() | TEXT)
    common = {"id": f"q{number}", "prompt": prompt, "explain": explain}
    if kind in ("choice", "multi"):
        choices = draw(st.lists(TEXT, min_size=2, max_size=5, unique_by=str.casefold))
        right = draw(st.lists(st.sampled_from(choices), min_size=1, unique=True))
        answers = tuple(c for c in choices if c in right) if kind == "multi" else (right[0],)
        if kind == "multi" and len(answers) == len(choices):
            answers = answers[:-1]
        return Question(type=kind, choices=tuple(choices), answers=answers, **common)
    if kind == "truefalse":
        return Question(type=kind, answers=(draw(st.sampled_from(["true", "false"])),), **common)
    if kind == "number":
        value = draw(st.decimals(min_value=-1000, max_value=1000, places=2))
        tolerance = draw(st.decimals(min_value=0, max_value=10, places=1))
        return Question(
            type=kind, answers=(format(value.normalize(), "f"),), tolerance=tolerance, **common
        )
    answers = tuple(draw(st.lists(TEXT, min_size=1, max_size=3, unique=True)))
    return Question(type=kind, answers=answers, **common)


@st.composite
def quizzes(draw: st.DrawFn) -> Quiz:
    count = draw(st.integers(min_value=1, max_value=4))
    return Quiz(title="Generated", questions=tuple(draw(questions(n)) for n in range(1, count + 1)))


@settings(max_examples=60, deadline=None)
@given(quizzes())
def test_generated_quizzes_survive_the_round_trip(quiz: Quiz) -> None:
    """Whatever the text (GIFT's special characters included), GIFT gives it back."""
    back = from_gift(to_gift(quiz).text, "generated.gift")
    assert back.quiz is not None, back.problems
    for before, after in zip(quiz.questions, back.quiz.questions, strict=True):
        assert (after.type, after.prompt, after.explain) == (
            before.type,
            before.prompt,
            before.explain,
        )
        assert after.choices == before.choices
        if before.type == "number":
            assert Decimal(after.answer) == Decimal(before.answer)
            assert after.tolerance == before.tolerance
        else:
            assert after.answers == before.answers


@given(TEXT)
def test_escape_and_unescape_are_inverse(text: str) -> None:
    assert unescape(escape(text)) == text


def test_the_article_and_label_questions_come_back(tmp_path: Path) -> None:
    """`article:` travels as a GIFT comment Moodle ignores, so a label question (a multiple
    choice over the four labels in GIFT) comes back as a label question."""
    source = tmp_path / "quiz.yaml"
    source.write_text(
        "title: T\narticle: 000_f3345cb7f8af5719.txt\nquestions:\n"
        "  - prompt: How is this claim sourced?\n"
        "    sentence: there are fears that the terror group\n    answer: vague\n"
        "    accept: [anonymous]\n",
        "utf-8",
    )
    gift, back = tmp_path / "q.gift", tmp_path / "back.yaml"
    assert main(["export", str(source), "--gift", "-o", str(gift)]) == 0
    assert main(["import-quiz", str(gift), "-o", str(back)]) == 0
    text = back.read_text("utf-8")
    assert "article: 000_f3345cb7f8af5719.txt" in text
    quiz = _checked(back)
    label = quiz.questions[0]
    assert (label.type, label.prompt, label.answer) == (
        "label",
        "How is this claim sourced?",
        "vague",
    )
    assert label.sentence is not None and label.sentence.text.startswith("With the Daesh ranks")


def test_multi_line_text_is_a_literal_block(tmp_path: Path) -> None:
    from tui.quiz.writer import quiz_yaml

    quiz = Quiz(
        title="T",
        questions=(Question(id="q", type="short", prompt="One.\n\nTwo.", answers=("x",)),),
    )
    assert "    prompt: |-\n      One.\n\n      Two.\n" in quiz_yaml(quiz)
