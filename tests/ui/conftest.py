"""Helpers for driving the app with Pilot: a fresh store and no blinking cursors."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerCancelled

from tui.app import WhosaysApp
from tui.screens.quiz import QuizScreen
from tui.store import Store


def make_app(db: Path | None = None, article: Path | None = None) -> WhosaysApp:
    """The app on a database file (or in memory) in the test's own WHOSAYS_HOME."""
    return WhosaysApp(article_path=article, store=Store(db))


async def settle(pilot: Pilot[None], seconds: float = 0.3) -> None:
    """Let workers finish and the screen repaint; cursors stop blinking for stable snapshots.

    A worker cancelled on the way (an exclusive worker started again, as the library does
    when it is shown twice in a row) has finished too: Textual's wait raises for it, so the
    wait goes on for the others."""
    for _ in range(10):
        try:
            await pilot.app.workers.wait_for_complete()
            break
        except WorkerCancelled:
            continue
    await pilot.pause(seconds)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


@pytest.fixture(autouse=True)
def no_feedback_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pilot presses keys faster than any student; the pause has its own test."""
    monkeypatch.setattr(QuizScreen, "feedback_pause", 0.0)
