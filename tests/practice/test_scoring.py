"""The practice metrics against cases worked out by hand."""

from __future__ import annotations

import math
from statistics import NormalDist

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.practice.labels import PRACTICE_LABELS
from tui.practice.scoring import kappa, score

Z = NormalDist().inv_cdf
U, N, A, V = "unattributed", "named", "anonymous", "vague"


def test_counts_and_rates_of_a_mixed_attempt() -> None:
    """2 hits, 1 miss, 1 false alarm, 4 correct rejections, worked out by hand."""
    pairs = [(U, U), (U, U), (U, N), (N, U), (N, N), (N, N), (A, A), (V, N)]
    s = score(pairs, unanswered=3)
    assert (s.hits, s.misses, s.false_alarms, s.correct_rejections) == (2, 1, 1, 4)
    assert s.unanswered == 3
    assert s.hit_rate == pytest.approx(2 / 3)
    assert s.false_alarm_rate == pytest.approx(1 / 5)
    # Log-linear: (2 + .5) / (3 + 1) and (1 + .5) / (5 + 1).
    assert s.discernment == pytest.approx(Z(0.625) - Z(0.25))
    assert s.criterion == pytest.approx(-(Z(0.625) + Z(0.25)) / 2)
    assert s.accuracy == pytest.approx(5 / 8)
    # κ: key U3 N3 A1 V1, student U3 N4 A1; chance = (3*3 + 3*4 + 1*1) / 64 = 22/64.
    assert s.kappa == pytest.approx((5 / 8 - 22 / 64) / (1 - 22 / 64))
    assert s.confusion[V][N] == 1 and s.confusion[U][N] == 1 and s.confusion[N][U] == 1


def test_all_hits_and_no_false_alarms_is_perfect_and_finite() -> None:
    s = score([(U, U)] * 5 + [(N, N)] * 20)
    assert s.hit_rate == 1.0 and s.false_alarm_rate == 0.0
    assert s.discernment == pytest.approx(Z(5.5 / 6) - Z(0.5 / 21))
    assert math.isfinite(s.discernment) and s.discernment > 3
    assert s.accuracy == 1.0 and s.kappa == 1.0
    assert s.tendency == "balanced"


def test_calling_everything_unattributed_is_over_suspicious_not_good() -> None:
    """Every hit found, every sourced claim doubted: d′ below zero, named over-suspicious."""
    s = score([(U, U)] * 3 + [(N, U)] * 17)
    assert (s.hits, s.false_alarms, s.correct_rejections) == (3, 17, 0)
    assert s.false_alarm_rate == 1.0
    assert s.discernment < 0
    assert s.tendency == "over-suspicious"
    assert s.kappa == pytest.approx(0.0)


def test_trusting_everything_is_gullible() -> None:
    s = score([(U, N)] * 4 + [(N, N)] * 10)
    assert s.misses == 4 and s.hit_rate == 0.0
    assert s.tendency == "gullible" and s.discernment < 0.5


def test_empty_attempt_divides_by_nothing() -> None:
    """No answers: no rates, no accuracy, no κ, and d′ exactly 0 (both rates 0.5)."""
    s = score([], unanswered=7)
    assert s.hit_rate is None and s.false_alarm_rate is None
    assert s.accuracy is None and s.kappa is None
    assert s.discernment == 0.0
    assert s.tendency == "no answers" and s.unanswered == 7


def test_no_unsourced_claims_in_the_key() -> None:
    """One class missing: the hit rate is undefined, d′ stays finite."""
    s = score([(N, N), (A, A), (V, U)])
    assert s.hit_rate is None and s.false_alarm_rate == pytest.approx(1 / 3)
    assert math.isfinite(s.discernment)
    assert s.discernment == pytest.approx(Z(0.5) - Z(1.5 / 4))


def test_only_unsourced_claims_in_the_key() -> None:
    s = score([(U, U), (U, U)])
    assert s.false_alarm_rate is None and s.hit_rate == 1.0
    assert math.isfinite(s.discernment)
    # Everyone gave one and the same label: chance agreement is certain, κ undefined.
    assert s.kappa is None and s.accuracy == 1.0


def test_kappa_of_chance_agreement_is_zero() -> None:
    """Half agreement when each side splits 50/50 independently: κ = 0."""
    assert kappa([(N, N), (N, U), (U, N), (U, U)]) == pytest.approx(0.0)


@given(st.lists(st.tuples(st.sampled_from(PRACTICE_LABELS), st.sampled_from(PRACTICE_LABELS))))
def test_any_answers_give_finite_bounded_scores(pairs: list[tuple[str, str]]) -> None:
    """No division by zero for any mix; d′ finite; κ at most 1; counts add up."""
    s = score(pairs)
    assert math.isfinite(s.discernment) and math.isfinite(s.criterion)
    assert s.answered == len(pairs)
    assert s.kappa is None or s.kappa <= 1.0 + 1e-9
    assert sum(sum(row.values()) for row in s.confusion.values()) == len(pairs)


def test_one_slip_is_not_a_tendency() -> None:
    """One miss among four unsourced claims is a quarter, but not yet gullibility."""
    assert score([(U, N)] + [(U, U)] * 3 + [(N, N)] * 15).tendency == "balanced"
    assert score([(U, N)] * 2 + [(U, U)] * 2 + [(N, N)] * 15).tendency == "gullible"


def test_a_score_from_under_a_quarter_of_the_claims_says_it_rests_on_few_labels() -> None:
    """Three claims labelled of twenty: the check says the score rests on few labels; five
    of twenty (a quarter) is enough to say nothing."""
    from tui.practice.feedback import summary_lines

    few = score([("named", "named"), ("vague", "vague"), ("unattributed", "named")], 17)
    assert "This score rests on few labels: 3 of 20 claims" in "\n".join(summary_lines(few))
    enough = score([("named", "named")] * 5, 15)
    assert "few labels" not in "\n".join(summary_lines(enough))
