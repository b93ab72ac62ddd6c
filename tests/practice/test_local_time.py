"""Times are stored in UTC and shown on the student's own clock."""

from __future__ import annotations

import time

import pytest

from tui.practice.records import local_time


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The process's local zone set to New York (UTC-5 in winter, UTC-4 in summer)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_utc_time_shows_on_the_local_clock(new_york) -> None:  # type: ignore[no-untyped-def]
    assert local_time("2026-01-15T13:10:00+00:00") == "2026-01-15 08:10"
    assert local_time("2026-07-15T13:10:00+00:00") == "2026-07-15 09:10"


def test_a_naive_stamp_is_read_as_utc_and_the_date_can_change(new_york) -> None:  # type: ignore[no-untyped-def]
    assert local_time("2026-01-15T02:30:00") == "2026-01-14 21:30"


def test_text_that_is_no_time_is_shown_as_it_is() -> None:
    assert local_time("yesterday") == "yesterday"
