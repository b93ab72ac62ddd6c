"""Attacks on whosays: the escape sequences a hostile file carries, and how to spot them.

Each test in this folder is one attack, named for what it tries; `pytest tests/hostile -v`
lists them, and a pass means the attack held.
"""

from __future__ import annotations

import re

from textual.app import App

from tests.ui.conftest import no_feedback_pause  # noqa: F401  (Pilot answers faster than a student)

#: One of each trick: OSC 0 and OSC 2 set the window title, OSC 52 writes the clipboard
#: (here "rm -rf ~", base64), CSI 2J clears the screen, BEL rings, 0x9B is a one-byte CSI,
#: and U+202E / U+2066 reorder what the eye reads.
ATTACKS = {
    "escape": "\x1b",
    "osc-0-title": "\x1b]0;owned\x07",
    "osc-2-title": "\x1b]2;owned\x1b\\",
    "osc-52-clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "csi-2j-clear": "\x1b[2J",
    "bell": "\x07",
    "c1-csi": "\x9b2J",
    "bidi-override": "\u202eevil\u202c",
    "bidi-isolate": "\u2066evil\u2069",
    "delete": "\x7f",
}
#: All of them in one string, for places where one file can carry them all.
PAYLOAD = "<" + "|".join(ATTACKS.values()) + ">"

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What Textual itself writes: colours and styles (SGR), and cursor moves to each line.
_STYLE = re.compile(r"\x1b\[[0-9;]*m")
_MOVE = re.compile(r"\x1b\[\d+;\d+H")


def controls_in(text: str) -> list[str]:
    """Every control character in `text` that a terminal would act on (not newline or tab)."""
    return sorted(set(_UNSAFE.findall(text)))


def screen_output(app: App[object]) -> str:
    """What the driver would write to the terminal to paint the current screen, in full."""
    update = app.screen._compositor.render_full_update()
    return update.render_segments(app.console)


def assert_screen_inert(app: App[object]) -> str:
    """The screen's bytes hold no control sequence but Textual's own; returns what it shows.

    Textual's styles are taken out and its moves become line breaks, so the result is the
    screen's text, one line a row, for the test to look for the attack shown visibly.
    """
    shown = _STYLE.sub("", _MOVE.sub("\n", screen_output(app)))
    assert controls_in(shown) == []
    return shown
