"""The interface's start-up: Python's cyclic garbage collector waits for the first screen.

Importing Textual and the app makes some 200,000 objects that live as long as the program,
and drawing the first screen makes thousands more; the collector walked them over and over
before anything showed (about 70 ms of CPU of a 500 ms start on the 2-core test machine,
measured with gc.callbacks). Paused while the app starts, then every object alive is frozen
(never walked again: they are the program's own) and the collector resumes as usual.
"""

from __future__ import annotations

import gc
import sys

_paused = False


def main() -> int:
    """The `whosays` command (and `python -m tui`): tui.cli.main, with the collector held
    off from the first import when plain `whosays` opens the interface.

    Importing the command line and the core it reads the library with (before Textual)
    ran 23 collections, about 3 ms of CPU before the library showed.
    """
    if len(sys.argv) == 1:
        pause_collector()  # the app resumes it once the library is painted
    from tui.cli import main as run_command

    return run_command()


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
