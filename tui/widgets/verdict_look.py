"""How each verdict looks on every screen that shows one: a sign, words and a style."""

from __future__ import annotations

#: verdict -> (sign, words, style), one for each of tui.quiz.grading.VERDICTS; the sign and
#: words carry the meaning without colour.
VERDICT_LOOK = {
    "correct": ("✓", "Correct", "bold $success"),
    "partial": ("◐", "Partly right", "bold $warning"),
    "close": ("≈", "Close, but not accepted: check your spelling", "bold $warning"),
    "wrong": ("✗", "Not right", "bold $error"),
    "skipped": ("–", "Skipped", "bold $text-muted"),
}
