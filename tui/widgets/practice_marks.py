"""How practice shows a sentence: the gutter markers and texts, in the reader's styles.

While labelling, the gutter holds the student's letter (or a dot for a sentence still to
label). After the check it holds the student's letter, the key's, and a sign: ✓ agree,
✗ disagree, – unanswered, · not scored; ! marks a sentence whose key the student disputed.
Letters and signs carry the meaning, so it reads without colour (NO_COLOR, monochrome).
"""

from __future__ import annotations

from textual.content import Content

from tui.analysis.teaching import TIPS
from tui.practice.judge import SentenceVerdict
from tui.practice.labels import LETTERS, label_words
from tui.terminal_text import visible
from tui.widgets.label_style import LABEL_MARKERS, label_style, marker_style
from tui.widgets.sentence_list import Row

#: verdict -> (sign, words, style).
VERDICT_SIGNS = {
    "agree": ("✓", "you agree with the key", "bold $success"),
    "disagree": ("✗", "you and the key disagree", "bold $error"),
    "unanswered": ("–", "you gave no label", "$text-muted"),
    "not scored": ("·", "not scored (the key says it is not a claim)", "$text-muted"),
}


def _marker(label: str | None) -> tuple[str, str]:
    if label is None:
        return (" · ", "$text-muted")
    return (f" {LABEL_MARKERS[label] if label != 'none' else 'X'} ", marker_style(label))


def labelling_row(text: str, label: str | None, paragraph: int) -> Row:
    """A sentence while the student labels: their letter, the text in their label's style."""
    return Row((_marker(label),), text, label_style(label) if label else "", paragraph)


def checked_row(verdict: SentenceVerdict, disputed: bool, paragraph: int) -> Row:
    """A checked sentence: the student's letter, the key's, the sign, and ! if disputed."""
    sign, _words, style = VERDICT_SIGNS[verdict.verdict]
    key = verdict.key.label if verdict.key else None
    gutter = (
        _marker(verdict.student),
        _marker(key),
        (sign, style),
        ("!" if disputed else " ", "bold $warning"),
    )
    return Row(gutter, verdict.sentence.text, label_style(key) if key else "", paragraph)


def label_keys() -> Content:
    """The keys that label, each letter in its label's marker style: the legend of practice."""
    parts: list[tuple[str, str] | str] = []
    for key, label in LETTERS.items():
        parts += [(f" {key} ", marker_style(label)), f" {label_words(label)} "]
    parts.append("⌫ clear")
    return Content.assemble(*parts)


def labelling_details(number: int, total: int, label: str | None) -> Content:
    """The panel while labelling: which sentence, and the label given so far."""
    given: list[tuple[str, str] | str] = (
        [_marker(label), " ", (label_words(label), "bold")] if label else ["no label yet"]
    )
    return Content.assemble(f"Sentence {number} of {total} · yours: ", *given, "\n", label_keys())


def checked_details(
    verdict: SentenceVerdict, number: int, total: int, dispute: str | None
) -> Content:
    """Why the key labels the sentence so: both labels, source, cue, reason, tip, dispute."""
    sign, words, style = VERDICT_SIGNS[verdict.verdict]
    key = verdict.key
    parts: list[tuple[str, str] | str] = [
        (f"{sign} {words}", style),
        f"  sentence {number} of {total}\nyou: ",
    ]
    parts += [_marker(verdict.student), " "]
    parts.append(label_words(verdict.student) if verdict.student else "–")
    parts.append("   key: ")
    if key is None:
        parts.append("no entry for this sentence (not scored)")
        return Content.assemble(*parts)
    parts += [_marker(key.label), " ", (label_words(key.label), "bold")]
    if key.also:
        parts.append(f" (also accepted: {', '.join(label_words(a) for a in key.also)})")
    if key.source:
        parts += ["\nsource: ", (visible(key.source), "bold")]
    if key.cue:
        parts += ["   cue: ", (visible(key.cue), "italic")]
    if key.reason:
        parts += ["\nwhy: ", visible(key.reason)]
    parts += ["\ntip: ", (TIPS[key.label], "$text-muted")]
    if dispute is not None:
        parts += ["\n", ("! you think the key is wrong", "bold $warning")]
        parts.append(f": {visible(dispute) or '(no reason given)'}")
    return Content.assemble(*parts)
