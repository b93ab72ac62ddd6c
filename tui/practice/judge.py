"""Marking a student's labels against a key: the one judge of the practice screen and of
`whosays practice --answers`, so a file and the screen are marked the same way."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tui.analysis import Sentence
from tui.practice.keys import AnswerKey, KeyLabel
from tui.practice.scoring import Scores, score

#: A sentence's verdict: the student's label agrees with the key's (or an `also:`), does not,
#: was not given, or the key does not score the sentence (not a claim, or no entry).
VERDICTS = ("agree", "disagree", "unanswered", "not scored")


@dataclass(frozen=True)
class SentenceVerdict:
    """One practice sentence: the student's label, the key's, and the verdict."""

    sentence: Sentence
    student: str | None
    key: KeyLabel | None
    verdict: str

    @property
    def scored(self) -> bool:
        return self.verdict in ("agree", "disagree")


@dataclass(frozen=True)
class PracticeResult:
    """A checked attempt: a verdict per sentence, in reading order, and the scores."""

    key: AnswerKey
    verdicts: tuple[SentenceVerdict, ...]
    scores: Scores

    def disagreements(self) -> list[int]:
        """Indices of the sentences where the student and the key disagree."""
        return [i for i, v in enumerate(self.verdicts) if v.verdict == "disagree"]

    def to_json(self) -> dict[str, object]:
        """The object `whosays practice --answers FILE --json` prints (docs/practice.md)."""
        scores = self.scores
        return {
            "article": self.key.article.id,
            "key": self.key.kind,
            "sentences": [
                {
                    "text": v.sentence.text,
                    "student": v.student,
                    "key": v.key.label if v.key else None,
                    "verdict": v.verdict,
                }
                for v in self.verdicts
            ],
            "hits": scores.hits,
            "misses": scores.misses,
            "false_alarms": scores.false_alarms,
            "correct_rejections": scores.correct_rejections,
            "unanswered": scores.unanswered,
            "hit_rate": _rounded(scores.hit_rate),
            "false_alarm_rate": _rounded(scores.false_alarm_rate),
            "discernment": _rounded(scores.discernment),
            "accuracy": _rounded(scores.accuracy),
            "kappa": _rounded(scores.kappa),
            "confusion": scores.confusion,
            "tendency": scores.tendency,
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def verdict(student: str | None, key: KeyLabel | None) -> str:
    """agree, disagree, unanswered or not scored, for one sentence."""
    if key is None or key.label == "none":
        return "not scored"
    if student is None:
        return "unanswered"
    return "agree" if key.accepts(student) else "disagree"


def judge(key: AnswerKey, answers: Mapping[int, str]) -> PracticeResult:
    """Mark `answers` (practice sentence index -> label) against the key."""
    verdicts = tuple(
        SentenceVerdict(sentence, answers.get(i), key.labels[i], verdict(answers.get(i), label))
        for i, (sentence, label) in enumerate(zip(key.sentences, key.labels, strict=True))
    )
    pairs = [
        # An accepted `also:` label is the one the student is measured against.
        (v.student if v.verdict == "agree" else v.key.label, v.student)
        for v in verdicts
        if v.scored and v.key is not None and v.student is not None
    ]
    unanswered = sum(v.verdict == "unanswered" for v in verdicts)
    return PracticeResult(key, verdicts, score(pairs, unanswered))
