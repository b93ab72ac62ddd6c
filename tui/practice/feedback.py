"""A checked attempt in plain words: the score line, the tendency, what was confused, and
what to practise next. The screen and `whosays practice` print the same sentences."""

from __future__ import annotations

from tui.practice.labels import label_words
from tui.practice.scoring import Scores
from tui.wording import counted

#: d′ from which discernment earns each word (d′ 1 is about 69 % right with no bias).
DISCERNMENT_WORDS = ((2.0, "good"), (1.0, "fair"), (0.5, "weak"))

#: What to look for, per key label, when it is the one confused most.
LOOK_FOR = {
    "named": "a person, organisation or document you could look up, with a cue such as said",
    "anonymous": "a specific source left unnamed: 'a senior official', 'two people familiar'",
    "vague": "a source no one could check: 'critics say', 'there are fears', 'reportedly'",
    "unattributed": "a fact stated with no one in the sentence saying it",
    "none": "headlines, questions to the reader and calls to action",
}


#: Below this share of the claims labelled, a score says it rests on few labels.
FEW_LABELS = 0.25


def few_labels(labelled: int, unlabelled: int) -> str | None:
    """ "rests on few labels: 3 of 22 claims" when under a quarter of the claims were labelled
    (a d′ from three answers is mostly luck); None when the score has enough behind it."""
    claims = labelled + unlabelled
    if not labelled or labelled >= FEW_LABELS * claims:
        return None
    return f"rests on few labels: {labelled} of {claims} claims"


def discernment_word(discernment: float) -> str:
    """good, fair, weak, or no better than chance (below d′ 0.5)."""
    return next(
        (word for low, word in DISCERNMENT_WORDS if discernment >= low), "no better than chance"
    )


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole}"


def score_line(scores: Scores) -> str:
    """One line: discernment, hits, false alarms, agreement and κ."""
    if not scores.answered:
        return "Nothing scored yet: label some claims, then check."
    signals = scores.hits + scores.misses
    noise = scores.false_alarms + scores.correct_rejections
    accuracy = "–" if scores.accuracy is None else f"{scores.accuracy:.0%}"
    kappa = "–" if scores.kappa is None else f"{scores.kappa:.2f}"
    return (
        f"Discernment d′ {scores.discernment:.1f} ({discernment_word(scores.discernment)})"
        f" · unsourced found {_share(scores.hits, signals)}"
        f" · false alarms {_share(scores.false_alarms, noise)}"
        f" · agreement {accuracy} (κ {kappa})"
    )


def tendency_text(scores: Scores) -> str:
    """Names over-suspicion and gullibility, with the counts behind them."""
    noise = scores.false_alarms + scores.correct_rejections
    signals = scores.hits + scores.misses
    suspicious = (
        f"you called {scores.false_alarms} of {noise} sourced claims unattributed"
        " (doubting a claim that does say who says so)"
    )
    gullible = (
        f"you took {scores.misses} of {signals} unsourced claims as sourced"
        " (trusting a claim that says no one)"
    )
    tendency = scores.tendency
    if tendency == "no answers":
        return "No claims labelled yet."
    if tendency == "both":
        return f"Over-suspicious and gullible: {suspicious}, and {gullible}."
    if tendency == "over-suspicious":
        return f"Over-suspicious: {suspicious}. Doubting everything is not discernment."
    if tendency == "gullible":
        return f"Gullible: {gullible}."
    return (
        f"Balanced: {_count(scores.false_alarms, 'false alarm')} and "
        f"{_count(scores.misses, 'miss', 'misses')}; you neither doubt nor trust everything."
    )


def _count(number: int, one: str, many: str | None = None) -> str:
    """As `counted`, but "no misses" for none."""
    if number == 0:
        return f"no {many or one + 's'}"
    return counted(number, one, many)


def confusions(scores: Scores) -> list[tuple[str, str, int]]:
    """(key label, student label, count) of every disagreement, commonest first."""
    found = [
        (key, student, count)
        for key, row in scores.confusion.items()
        for student, count in row.items()
        if student != key and count
    ]
    return sorted(found, key=lambda item: -item[2])


def confusion_lines(scores: Scores) -> list[str]:
    """The confusion matrix in words: "you called 3 vague sentences named"."""
    return [
        f"you called {counted(count, f'{key} sentence')} {label_words(student)}"
        for key, student, count in confusions(scores)
    ]


def practise_next(scores: Scores) -> str:
    """What to practise next: the tendency first, then the label confused most."""
    if scores.tendency == "over-suspicious":
        return (
            "Practise next: before calling a claim unattributed, look for who says so: "
            "a name, a title, 'officials', 'a report', or a cue such as said or according to."
        )
    found = confusions(scores)
    if scores.tendency in ("gullible", "both"):
        return (
            "Practise next: ask of every fact, who in this sentence says so? "
            "A claim with no one behind it is unattributed, however true it sounds."
        )
    if not found:
        return "Practise next: an article you have not tried, or one without a teacher's key."
    key, student, _count = found[0]
    return (
        f"Practise next: telling {label_words(key)} from {label_words(student)}. "
        f"Look for {LOOK_FOR[key]}."
    )


def summary_lines(scores: Scores) -> list[str]:
    """Everything the check shows above the sentences, line by line."""
    lines = [score_line(scores)]
    few = few_labels(scores.answered, scores.unanswered)
    if few is not None:
        lines.append(f"This score {few}; label more of them for a fair one.")
    lines.append(tendency_text(scores))
    found = confusion_lines(scores)
    if found:
        lines.append("Confused: " + "; ".join(found[:4]) + ".")
    if scores.unanswered:
        lines.append(
            f"{counted(scores.unanswered, 'claim')} left unlabelled "
            f"{'is' if scores.unanswered == 1 else 'are'} not counted."
        )
    lines.append(practise_next(scores))
    return lines
