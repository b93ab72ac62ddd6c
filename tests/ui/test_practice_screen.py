"""The practice screen as a student uses it: label, leave, resume, check, dispute, progress;
and the command-line judge marking the same answers the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.conftest import REPO
from tests.practice.conftest import ARTICLE
from tests.ui.conftest import make_app, settle
from tui.cli import main
from tui.practice import records
from tui.screens.practice import PracticeScreen
from tui.screens.progress import ProgressScreen
from tui.store import Store

BRIDGE = REPO / "seeds" / "101_practice_harbour_bridge.txt"


@pytest.fixture
def cats(tmp_path: Path) -> Path:
    path = tmp_path / "cats.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


async def test_label_leave_resume_check_dispute_and_see_progress(
    cats: Path, tmp_path: Path
) -> None:
    db = tmp_path / "w.db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.push_screen(PracticeScreen(cats))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        key_line = str(screen.query_one("#practice-key", Static).render())
        assert "machine key, which can be wrong" in key_line
        await pilot.press("u", "n")
        assert screen.session is not None and screen.cursor == 2
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, PracticeScreen)

        await app.push_screen(PracticeScreen(cats))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.session is not None
        assert screen.session.answers == {0: "unattributed", 1: "named"}
        assert screen.cursor == 2  # on the first sentence still to label
        await pilot.press("u", "k", "backspace")
        assert 2 not in screen.session.answers
        # "named" for the unnamed city official: a disagreement with any machine key.
        await pilot.press("v", "n", "x")
        assert screen.session.answers[2] == "vague"
        await pilot.press("c")
        await pilot.pause()
        result = screen.session.result
        assert result is not None
        assert "Discernment d′" in str(screen.query_one("#practice-details", Static).render())
        await pilot.press("d")
        assert screen.shown == result.disagreements()
        if screen.shown:
            await pilot.press("w", *"the key is wrong", "enter")
            await pilot.pause()
            assert screen.session.disputes == {screen.shown[0]: "the key is wrong"}
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProgressScreen)
        charts = str(app.screen.query_one("#progress-charts", Static).render())
        assert "1 checked attempt" in charts
    store = Store(db)
    attempt = records.attempts(store)[0]
    assert attempt.checked_at is not None and attempt.answered == 5


async def test_the_cli_judge_marks_the_screens_answers_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Labels given on the screen, then written to a file: the JSON is the screen's result."""
    plan = "unnnnnnnnnnnxnnauunnxx"
    app = make_app(tmp_path / "w.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.push_screen(PracticeScreen(BRIDGE))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        await pilot.press(*plan, "c")
        await pilot.pause()
        assert screen.session is not None and screen.session.result is not None
        on_screen = screen.session.result.to_json()
        texts = [s.text for s in screen.session.key.sentences]
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "sentences:\n"
        + "".join(
            f"  - text: {json.dumps(text, ensure_ascii=False)}\n    label: {letter}\n"
            for text, letter in zip(texts, plan, strict=True)
        ),
        "utf-8",
    )
    assert main(["practice", str(BRIDGE), "--answers", str(answers), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == on_screen
    assert on_screen["key"] == "answer key" and on_screen["accuracy"] == 0.95


async def test_practice_opens_from_the_reader_with_p(tmp_path: Path) -> None:
    app = make_app(tmp_path / "w.db", article=BRIDGE)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session is not None and len(app.screen.session.key.sentences) == 22
