"""The teacher's commands: `class` (merge a class's results), and the quiz tools.

Kept beside `tui/cli.py` (which registers them) so the student's commands stay short there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from tui.cli import EXIT_FOUND_PROBLEMS, EXIT_OK, UsageError, _say
from tui.quiz.model import Problem
from tui.terminal_text import visible
from tui.wording import counted

Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_class(args: argparse.Namespace) -> int:
    """Merge students' result exports: a gradebook and an item analysis per question."""
    from tui.classroom import ClassError, class_results, report, to_json, write_gradebook
    from tui.terminal_text import json_text

    try:
        results = class_results([Path(name) for name in args.files])
    except ClassError as error:
        raise UsageError(str(error)) from None
    if args.json:
        print(json_text(to_json(results)))
    else:
        _say(report(results))
    if args.csv:
        try:
            with open(args.csv, "w", encoding="utf-8-sig", newline="") as handle:
                count = write_gradebook(results, handle)
        except OSError as error:
            raise UsageError(f"{args.csv}: cannot write: {error.strerror or error}") from None
        _say(f"wrote {count} gradebook rows to {args.csv}", sys.stderr)
    return EXIT_OK


def _say_problems(problems: Iterable[Problem]) -> None:
    """Warnings and errors about files, one `path:line:col: severity: message` line each."""
    for problem in problems:
        _say(problem, sys.stderr)


def _write_text(target: str | None, text: str) -> None:
    """Text to a file, or to standard output when no file (or '-') is named."""
    if target in (None, "-"):
        sys.stdout.write(visible(text))  # article and quiz text: never a control sequence
        return
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{target}: cannot write: {error.strerror or error}") from None


def cmd_import_quiz(args: argparse.Namespace) -> int:
    """Read a Moodle GIFT file into a whosays quiz (YAML), checked as `whosays check` would."""
    from tui.files import FileRefused, read_limited
    from tui.quiz.gift import from_gift
    from tui.quiz.loader import MAX_BYTES, load_text
    from tui.quiz.validate import check_document
    from tui.quiz.writer import quiz_yaml

    source = Path(args.file)
    try:
        text = read_limited(source, MAX_BYTES, "a GIFT file").decode("utf-8-sig")
    except FileRefused as error:
        raise UsageError(str(error)) from None
    except UnicodeDecodeError:
        raise UsageError(f"{source}: is not UTF-8 text; save it as UTF-8 and try again") from None
    imported = from_gift(text, str(source))
    _say_problems(imported.problems)
    if imported.quiz is None:
        return EXIT_FOUND_PROBLEMS
    header = (
        f"Imported from {source.name} by whosays import-quiz. Check it with: whosays check "
        "FILE\nGIFT has no hints, near misses or examples: add them where they help."
    )
    yaml_text = quiz_yaml(imported.quiz, header)
    target = args.output
    checked = check_document(load_text(yaml_text, target or "<stdout>"), Path(target or ".").parent)
    _say_problems(checked.problems)
    _write_text(target, yaml_text)
    if target not in (None, "-"):
        count = len(imported.quiz.questions)
        _say(f"wrote {counted(count, 'question')} to {target}", sys.stderr)
    return EXIT_FOUND_PROBLEMS if checked.errors else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write a quiz for Moodle (GIFT) or Canvas (a QTI 1.2 .zip)."""
    from tui.cli import _usable_quiz

    quiz = _usable_quiz(args.quiz, "export it")
    if quiz is None:
        return EXIT_FOUND_PROBLEMS
    if args.gift:
        from tui.quiz.gift import to_gift

        exported = to_gift(quiz)
        _say_problems(exported.warnings)
        _write_text(args.output, exported.text)
        return EXIT_OK
    from tui.quiz.qti import to_qti, write_package

    package, warnings = to_qti(quiz)
    _say_problems(warnings)
    target = args.qti or args.output or f"{quiz.id}-qti.zip"
    try:
        write_package(package, Path(target))
    except OSError as error:
        raise UsageError(f"{target}: cannot write: {error.strerror or error}") from None
    _say(f"wrote {target}: in Canvas, Settings > Import Course Content > QTI .zip file")
    return EXIT_OK


def cmd_draft(args: argparse.Namespace) -> int:
    """Draft a starter quiz from an article's key, for the teacher to review."""
    from tui import paths
    from tui.analysis import analyze_article
    from tui.cli import _open_article
    from tui.quiz.draft import DraftError, draft_target, write_draft
    from tui.quiz.validate import check_file

    article = _open_article(args.article)
    assert article.path is not None
    analysis = analyze_article(article)
    if args.output == "-":
        text, _draft = write_draft(analysis, None)
        _write_text(None, text)
        return EXIT_OK
    target = (
        Path(args.output) if args.output else draft_target(article.path, paths.user_quizzes_dir())
    )
    try:
        _text, draft = write_draft(analysis, target)
    except DraftError as error:
        raise UsageError(str(error)) from None
    checked = check_file(target)
    _say_problems(checked.problems)
    key = "your answer key" if draft.key_kind == "answer key" else "the analyser's labels"
    _say(
        f"wrote {len(draft.quiz.questions)} questions to {target} (from {key}).\n"
        f"Review and edit it, then: whosays check {target}"
    )
    return EXIT_FOUND_PROBLEMS if checked.errors else EXIT_OK


def cmd_schema(_args: argparse.Namespace) -> int:
    """Print where the quiz JSON Schema is, for an editor's modeline."""
    from tui.quiz.schema import schema_path

    path = schema_path()
    _say(path)
    if sys.stdout.isatty():
        print(f"(at the top of a quiz: # yaml-language-server: $schema={path})", file=sys.stderr)
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

    add("schema", cmd_schema, "print where the quiz JSON Schema is, for your editor")

    draft = add("draft", cmd_draft, "draft a starter quiz from an article, to review and edit")
    draft.add_argument("article", metavar="ARTICLE", help="a file, or a library article's id")
    draft.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write it ('-' prints it; default: NAME-draft.yaml in your quizzes)",
    )

    gift = add("import-quiz", cmd_import_quiz, "read a Moodle GIFT file into a whosays quiz")
    gift.add_argument("file", metavar="FILE.gift", help="questions in Moodle's GIFT format")
    gift.add_argument(
        "-o", "--output", metavar="FILE.yaml", help="write the quiz here (default: print it)"
    )

    export = add("export", cmd_export, "write a quiz for Moodle (GIFT) or Canvas (QTI)")
    export.add_argument("quiz", metavar="QUIZ", help="a quiz file, or a library quiz id")
    formats = export.add_mutually_exclusive_group(required=True)
    formats.add_argument("--gift", action="store_true", help="Moodle's GIFT text format")
    formats.add_argument(
        "--qti",
        nargs="?",
        const="",
        metavar="FILE.zip",
        help="a QTI 1.2 package for Canvas (default: QUIZ-qti.zip)",
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", help="where to write (GIFT: default stdout)"
    )
