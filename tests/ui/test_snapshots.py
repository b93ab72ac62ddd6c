"""SVG snapshots of the main screens at fixed sizes (update with --snapshot-update).

The sizes are a small terminal (60x20), the usual one (80x24) and a large one (200x60):
every screen must be usable at all three. Data is fixed (bundled articles, the quiz below,
a seeded order) and cursors do not blink (tests/ui/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.conftest import SEED
from tests.ui.conftest import make_app, settle
from tui.quiz.validate import check_file

SIZES = [(60, 20), (80, 24), (200, 60)]
SIZE_IDS = ["60x20", "80x24", "200x60"]

#: One question of every type, with choices long enough to wrap at 60 columns.
EVERY_TYPE = """\
title: Every kind of question
article: 000_f3345cb7f8af5719.txt
shuffle_choices: false
questions:
  - id: choice
    prompt: Which is the best reason to doubt a claim resting on one unnamed official?
    choices:
      - The official cannot be checked, and the article does not say how they would know
      - The article is written in the past tense
      - Officials never speak to newspapers
    answer: The official cannot be checked, and the article does not say how they would know
  - id: multi
    prompt: Which of these attributions could a reader look up and check? Tick every one.
    choices:
      - according to the harbour authority's annual report, published on its website
      - a person familiar with the negotiations between the council and the contractor
      - Maria Ortega, the council's head of transport, speaking at the public meeting
      - it is widely believed among residents who live near the old bridge
    answer:
      - according to the harbour authority's annual report, published on its website
      - Maria Ortega, the council's head of transport, speaking at the public meeting
  - id: truefalse
    prompt: "True or false: a quotation in marks always comes from a named source."
    answer: false
  - id: short
    type: short
    prompt: What is the label for a claim stated with no source at all?
    answer: unattributed
  - id: number
    prompt: How many sources does the article call "a senior Pentagon official"?
    answer: 1
  - id: label
    sentence: a senior Pentagon official had told Congress
    prompt: How is this sentence sourced?
    answer: anonymous
"""


@pytest.fixture
def every_type(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "every-type.yaml"
    path.write_text(EVERY_TYPE, "utf-8")
    quiz = check_file(path).quiz
    assert quiz is not None
    return quiz


async def _ready(pilot: Pilot[None]) -> None:
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_library_screen(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The filter, the articles in columns fitted to the width, the quizzes, the footer."""
    assert snap_compare(make_app(), terminal_size=size, run_before=_ready)


def test_reader_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The reader at 100x30: header, body at a measure, status line, footer."""
    assert snap_compare(make_app(article=SEED), terminal_size=(100, 30), run_before=_ready)


def test_reader_search(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """Search matches highlighted, the current one distinct."""

    async def search(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("slash", *"daesh", "enter")
        await settle(pilot)

    assert snap_compare(make_app(article=SEED), terminal_size=(80, 24), run_before=search)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_reader_sentence_details(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The sentence cursor on the anonymous sentence and its details panel, in view."""

    async def step(pilot: Pilot[None]) -> None:
        await settle(pilot)
        screen = pilot.app.screen
        target = next(i for i, s in enumerate(screen.sentences) if s.label == "anonymous")
        await pilot.press(*["tab"] * (target + 1))
        await settle(pilot)

    assert snap_compare(make_app(article=SEED), terminal_size=size, run_before=step)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_reader_sources_panel(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The sources: over the article at 60x20, beside it at 80x24 (scrolled to the sourcing
    mix), beside it by itself at 200x60."""

    async def sources(pilot: Pilot[None]) -> None:
        await settle(pilot)
        if size[0] < 120:
            await pilot.press("s", "end")
        await settle(pilot)

    assert snap_compare(make_app(article=SEED), terminal_size=size, run_before=sources)


def _on_question(quiz, index: int):  # type: ignore[no-untyped-def]
    """A run_before that puts one question of the quiz on screen."""
    from tui.screens.quiz import QuizScreen

    async def show(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.app.push_screen(QuizScreen(quiz, questions=[quiz.questions[index]], seed=1))
        await settle(pilot)

    return show


@pytest.mark.parametrize(
    "index", range(6), ids=["choice", "multi", "truefalse", "short", "number", "label"]
)
def test_quiz_question_at_60x20(snap_compare, every_type, index: int) -> None:  # type: ignore[no-untyped-def]
    """Every question type in a small terminal: long choices wrap, nothing is cut off."""
    run = _on_question(every_type, index)
    assert snap_compare(make_app(), terminal_size=(60, 20), run_before=run)


@pytest.mark.parametrize("size", SIZES[1:], ids=SIZE_IDS[1:])
@pytest.mark.parametrize("index", [0, 1], ids=["choice", "multi"])
def test_quiz_choices(snap_compare, every_type, index: int, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """One choice and tick-every-answer at the usual and a large size."""
    run = _on_question(every_type, index)
    assert snap_compare(make_app(), terminal_size=size, run_before=run)


def test_quiz_feedback(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """A bundled quiz question answered wrongly: verdict, answer and explanation."""
    from tui.quiz.validate import check_quiz
    from tui.screens.quiz import QuizScreen

    async def answer(pilot: Pilot[None]) -> None:
        await settle(pilot)
        quiz = check_quiz("who-says-so-kayhan").quiz
        await pilot.app.push_screen(QuizScreen(quiz, seed=1))
        await pilot.pause()
        await pilot.press("down", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=answer)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_quiz_summary(snap_compare, every_type, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The summary after one right answer and one half-right: score, verdicts, answers."""
    from tui.screens.quiz import QuizScreen

    async def finish(pilot: Pilot[None]) -> None:
        await settle(pilot)
        screen = QuizScreen(every_type, questions=every_type.questions[:2], seed=1)
        await pilot.app.push_screen(screen)
        await settle(pilot)
        await pilot.press("a", "enter")  # the right choice, then on
        await pilot.press("a", "enter", "enter")  # one of the two right ticks, then the end
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=finish)


def test_reader_markdown(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A Markdown article at 80x24: heading, quote bars, list markers, styles, no markup."""
    from tests.test_markdown_text import STORY

    path = tmp_path / "harbour.md"
    path.write_text(STORY, "utf-8")
    assert snap_compare(make_app(article=path), terminal_size=(80, 24), run_before=_ready)


UNSURE_ARTICLE = (
    "Harbour Ferry Closes\n\n"
    "The Marlow ferry will close in May after eighty years of service.\n\n"
    "“Nobody asked the people who use it every single day.”\n\n"
    "Councillor Ada Brent said the vote was the hardest of her career.\n"
)


def test_reader_marks_an_unsure_label(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A quotation whose speaker was not found: "?" in the margin, "? unsure" in the legend,
    and the details panel gives the confidence and why it is low (80x24)."""
    article = tmp_path / "ferry.txt"
    article.write_text(UNSURE_ARTICLE, encoding="utf-8")

    async def step(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("tab", "tab")
        await settle(pilot)

    assert snap_compare(make_app(article=article), terminal_size=(80, 24), run_before=step)
