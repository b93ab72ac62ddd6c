"""The teacher's commands: `class` (merge a class's results), and the quiz tools.

Kept beside `tui/cli.py` (which registers them) so the student's commands stay short there.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from tui.cli import EXIT_OK, UsageError

Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_class(args: argparse.Namespace) -> int:
    """Merge students' result exports: a gradebook and an item analysis per question."""
    from tui.classroom import ClassError, class_results, report, to_json, write_gradebook
    from tui.terminal_text import visible

    try:
        results = class_results([Path(name) for name in args.files])
    except ClassError as error:
        raise UsageError(str(error)) from None
    if args.json:
        print(json.dumps(to_json(results), indent=2, ensure_ascii=False))
    else:
        print(visible(report(results)))
    if args.csv:
        try:
            with open(args.csv, "w", encoding="utf-8-sig", newline="") as handle:
                count = write_gradebook(results, handle)
        except OSError as error:
            raise UsageError(f"{args.csv}: cannot write: {error.strerror or error}") from None
        print(f"wrote {count} gradebook rows to {args.csv}", file=sys.stderr)
    return EXIT_OK


def add_teacher_commands(add: Add) -> None:
    """Register the teacher's subcommands on the `whosays` parser."""
    merge = add(
        "class",
        cmd_class,
        "merge students' results exports into a gradebook and an item analysis",
    )
    merge.add_argument(
        "files", nargs="+", metavar="FILE", help="CSV files from: whosays results --csv FILE"
    )
    merge.add_argument("--csv", metavar="OUT", help="also write the gradebook as CSV to OUT")
    merge.add_argument("--json", action="store_true", help="print JSON instead of a report")
