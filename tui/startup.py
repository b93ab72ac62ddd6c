"""The interface's start-up: Python's cyclic garbage collector waits for the first screen.

Importing Textual and the app makes some 200,000 objects that live as long as the program,
and drawing the first screen makes thousands more; the collector walked them over and over
before anything showed (about 70 ms of CPU of a 500 ms start on the 2-core test machine,
measured with gc.callbacks). Paused while the app starts, then every object alive is frozen
(never walked again: they are the program's own) and the collector resumes as usual.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collector() -> None:
    """Hold the collector off until `resume_collector` (the command line, before the UI)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """Freeze what start-up made and let the collector run again; only once, and only if
    `pause_collector` paused it (tests that start the app never did)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
