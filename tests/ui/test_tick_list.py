"""Choices to tick wrap like single choices: a long answer is read whole, never cut off."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import make_app, settle
from tui.quiz.validate import check_file
from tui.screens.quiz import MultiChoice, QuizScreen

LONG = [
    "according to the harbour authority's annual report, published on its website in March",
    "a person familiar with the negotiations between the council and the contractor",
    "Maria Ortega, the council's head of transport, speaking at the public meeting",
]

QUIZ = (
    "title: Ticks\nshuffle_choices: false\nquestions:\n"
    "  - prompt: Which can you check?\n    choices:\n"
    + "".join(f"      - {choice}\n" for choice in LONG)
    + f"    answer:\n      - {LONG[0]}\n      - {LONG[2]}\n"
)


async def test_long_choices_wrap_with_one_tick_box_each(tmp_path: Path) -> None:
    """At 60 columns every word of every choice is on screen, one box per choice."""
    path = tmp_path / "ticks.yaml"
    path.write_text(QUIZ, "utf-8")
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.app.push_screen(QuizScreen(check_file(path).quiz))
        await settle(pilot, 0.1)
        ticks = app.screen.query_one(MultiChoice)
        lines = [ticks.render_line(y).text for y in range(ticks.size.height)]
        shown = " ".join(" ".join(line.split()) for line in lines)
        for letter, choice in zip("abc", LONG, strict=True):
            assert f"{letter}) {choice}" in shown
        assert sum(line.startswith("[ ] ") for line in lines) == len(LONG) < len(lines)
        await pilot.press("c")  # a wrapped choice still ticks by its letter, and shows it
        assert ticks.selected == [2]
        lines = [ticks.render_line(y).text for y in range(ticks.size.height)]
        assert [line[:3] for line in lines if line.startswith("[")] == ["[ ]", "[ ]", "[x]"]
