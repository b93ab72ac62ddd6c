"""SVG snapshots of the main screens at fixed sizes (update with --snapshot-update)."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.conftest import SEED
from tests.ui.conftest import make_app, settle


async def _ready(pilot: Pilot[None]) -> None:
    await settle(pilot)


def test_library_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The library at 80x24: the filter, the table with the seed, the footer."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_ready)


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
