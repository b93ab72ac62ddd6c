"""The command line's argument parser class: argparse, with its messages made visible.

Its own module so that plain `whosays`, which parses nothing, never imports argparse (and
gettext with it): about 2 ms of the library's start-up.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TextIO

from tui.cli import _say


class VisibleParser(argparse.ArgumentParser):
    """argparse, with its messages (which quote what was typed) made visible too."""

    def print_usage(self, file: TextIO | None = None) -> None:  # type: ignore[override]
        _say(self.format_usage().rstrip("\n"), file or sys.stdout)

    def print_help(self, file: TextIO | None = None) -> None:  # type: ignore[override]
        _say(self.format_help().rstrip("\n"), file or sys.stdout)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            _say(message.rstrip("\n"), sys.stderr)
        sys.exit(status)
