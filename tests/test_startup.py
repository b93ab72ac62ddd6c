"""The collector's pause while the interface starts (tui/startup.py)."""

from __future__ import annotations

import gc

import pytest

from tui import startup


@pytest.fixture(autouse=True)
def _collector_restored():
    yield
    gc.enable()
    gc.unfreeze()
    startup._paused = False


def test_pause_holds_the_collector_until_resumed():
    """Start-up runs without the collector; it runs again once the first screen shows."""
    startup.pause_collector()
    assert not gc.isenabled()
    startup.resume_collector()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_resume_without_a_pause_changes_nothing():
    """An app started by a test (no pause) neither freezes objects nor turns the collector on."""
    gc.disable()  # as tui.quiz.loader.collector_paused does while a worker reads a file
    startup.resume_collector()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0
