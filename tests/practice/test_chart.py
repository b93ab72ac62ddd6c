"""The progress chart is plain text: readable with no colour and at 80 columns."""

from __future__ import annotations

from tui.practice.chart import bar_chart


def test_bars_rise_with_the_values_and_label_the_axis() -> None:
    rows = bar_chart([0.0, 2.0, 4.0], low=0, high=4, height=2, width=40)
    assert rows[0] == "4 ┤    █"
    # A value at the bottom still shows a sliver: the attempt is there.
    assert rows[1] == "0 ┤▁ █ █"
    assert rows[2].strip() == "└──────"


def test_only_the_latest_values_that_fit_are_drawn() -> None:
    rows = bar_chart([float(v) for v in range(100)], low=0, high=99, height=3, width=80)
    assert all(len(row) <= 80 for row in rows)
    assert rows[0].rstrip().endswith("█")  # the newest, highest value is on the right
