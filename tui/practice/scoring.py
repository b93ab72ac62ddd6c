"""Scores for a practice attempt: signal detection on "does this claim give its source?",
four-way agreement with the key, and the confusion matrix.

Signal detection (docs/practice.md): a claim the key calls unattributed is a signal; the
student's "unattributed" is a yes. Hits and correct rejections are right, misses are
gullibility (an unsourced claim taken as sourced), false alarms over-suspicion (a sourced
claim called unsourced). Discernment is d′ with the log-linear correction (Hautus 1995):
add 0.5 to each count and 1 to each total before the rates, so d′ stays finite at rates of
0 and 1 and is not inflated by the handful of sentences an article has. A′ was not used:
despite its name it is not independent of bias (Pastore et al. 2003).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import NormalDist

from tui.practice.labels import PRACTICE_LABELS

#: The label that is the signal: a claim that gives no source.
SIGNAL = "unattributed"

#: An error rate at or above this (one claim in four) names a tendency...
TENDENCY_RATE = 0.25
#: ... when it is at least this many errors: one slip among four claims is not a habit.
TENDENCY_ERRORS = 2

#: Tendencies, as `tendency` names them.
TENDENCIES = ("balanced", "over-suspicious", "gullible", "both", "no answers")

_Z = NormalDist().inv_cdf


@dataclass(frozen=True)
class Scores:
    """Every number of an attempt; a rate is None when nothing could be counted for it."""

    hits: int
    misses: int
    false_alarms: int
    correct_rejections: int
    unanswered: int
    hit_rate: float | None
    false_alarm_rate: float | None
    discernment: float
    criterion: float
    accuracy: float | None
    kappa: float | None
    #: key label -> student label -> count, over the answered, scored sentences.
    confusion: dict[str, dict[str, int]]

    @property
    def answered(self) -> int:
        return self.hits + self.misses + self.false_alarms + self.correct_rejections

    @property
    def miss_rate(self) -> float | None:
        signals = self.hits + self.misses
        return self.misses / signals if signals else None

    @property
    def tendency(self) -> str:
        """balanced, over-suspicious (false alarms), gullible (misses), both, or no answers."""
        if not self.answered:
            return "no answers"
        suspicious = (
            self.false_alarms >= TENDENCY_ERRORS and (self.false_alarm_rate or 0.0) >= TENDENCY_RATE
        )
        gullible = self.misses >= TENDENCY_ERRORS and (self.miss_rate or 0.0) >= TENDENCY_RATE
        if suspicious and gullible:
            return "both"
        if suspicious:
            return "over-suspicious"
        return "gullible" if gullible else "balanced"


def score(pairs: Iterable[tuple[str, str]], unanswered: int = 0) -> Scores:
    """Scores from (key label, student label) pairs of the answered, scored sentences.

    The key label is the one the student is measured against (an accepted `also:` label
    when the student gave it), so an accepted answer is never counted as an error.
    """
    pairs = list(pairs)
    hits = sum(key == SIGNAL and student == SIGNAL for key, student in pairs)
    misses = sum(key == SIGNAL and student != SIGNAL for key, student in pairs)
    false_alarms = sum(key != SIGNAL and student == SIGNAL for key, student in pairs)
    rejections = sum(key != SIGNAL and student != SIGNAL for key, student in pairs)
    signals, noise = hits + misses, false_alarms + rejections
    z_hit = _Z((hits + 0.5) / (signals + 1))
    z_false = _Z((false_alarms + 0.5) / (noise + 1))
    agreed = sum(key == student for key, student in pairs)
    return Scores(
        hits=hits,
        misses=misses,
        false_alarms=false_alarms,
        correct_rejections=rejections,
        unanswered=unanswered,
        hit_rate=hits / signals if signals else None,
        false_alarm_rate=false_alarms / noise if noise else None,
        discernment=z_hit - z_false,
        criterion=-(z_hit + z_false) / 2,
        accuracy=agreed / len(pairs) if pairs else None,
        kappa=kappa(pairs),
        confusion=_confusion(pairs),
    )


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's κ between key and student; None when it is undefined (no pairs, or both
    sides gave every sentence one and the same label, so chance agreement is certain)."""
    total = len(pairs)
    keys = Counter(key for key, _ in pairs)
    students = Counter(student for _, student in pairs)
    agreed = sum(key == student for key, student in pairs)
    # In whole numbers, scaled by total²: no rounding decides whether chance is certain.
    chance = sum(keys[label] * students[label] for label in keys)
    if total == 0 or chance == total * total:
        return None
    return (agreed * total - chance) / (total * total - chance)


def _confusion(pairs: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
    counts = Counter(pairs)
    return {
        key: {student: counts[(key, student)] for student in PRACTICE_LABELS}
        for key in PRACTICE_LABELS
        if any(counts[(key, student)] for student in PRACTICE_LABELS)
    }
