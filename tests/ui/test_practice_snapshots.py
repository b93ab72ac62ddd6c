"""SVG snapshots of practice at 80x24: labelling, the check, and progress over time."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.conftest import REPO
from tests.ui.conftest import make_app, settle
from tui.analysis import analyze_article
from tui.articles import load_article
from tui.practice.keys import load_key
from tui.practice.session import PracticeSession
from tui.screens.practice import PracticeScreen
from tui.screens.progress import ProgressScreen
from tui.store import Store

BRIDGE = REPO / "seeds" / "101_practice_harbour_bridge.txt"
CAREFUL = "unnnnnnnnnnnxnnauunnxx"


def _practice(plan: str):  # type: ignore[no-untyped-def]
    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.app.push_screen(PracticeScreen(BRIDGE))
        await settle(pilot)
        await pilot.press(*plan)
        await settle(pilot)

    return run


def test_practice_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Half the sentences labelled: letters in the gutter, the labels' styles, the keys."""
    app = make_app(tmp_path / "w.db")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_practice(CAREFUL[:8]))


def test_practice_check(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """After the check, on the one disagreement: both letters, the sign, why the key says so."""
    app = make_app(tmp_path / "w.db")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_practice(CAREFUL + "cd"))


def test_practice_progress(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Three attempts on fixed dates: the two charts, the confusion and a suggestion."""
    db = tmp_path / "w.db"
    store = Store(db)
    key = load_key(analyze_article(load_article(BRIDGE)))
    for day, plan in enumerate(("u" * 22, "unnnvnnnnnnnxnnauuvnxx", CAREFUL), 1):
        session = PracticeSession(store, key)
        for index, letter in enumerate(plan):
            session.give(
                index,
                {"u": "unattributed", "n": "named", "a": "anonymous", "v": "vague", "x": "none"}[
                    letter
                ],
            )
        session.check()
        with store.transaction() as connection:
            connection.execute(
                "UPDATE practice_attempt SET started_at = ?, checked_at = ? WHERE id = ?",
                (
                    f"2026-11-0{day}T09:00:00+00:00",
                    f"2026-11-0{day}T09:20:00+00:00",
                    session.attempt_id,
                ),
            )
    store.close()

    async def show(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.app.push_screen(ProgressScreen())
        await settle(pilot, 0.5)

    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=show)
