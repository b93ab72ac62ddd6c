"""The `whosays` command: argparse subcommands; Textual is imported only to open the UI."""

from __future__ import annotations

import contextlib
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tui import __version__, paths
from tui.articles import WEB_PAGE_SUFFIXES, Article, ArticleError, load_article
from tui.library import (
    Entry,
    Listing,
    NotFoundError,
    bundled_dir,
    find_article,
    list_articles,
)
from tui.terminal_text import json_text, visible
from tui.wording import counted

if TYPE_CHECKING:
    import argparse

    from tui.importing import Imported
    from tui.practice.keys import AnswerKey
    from tui.quiz.catalogue import CatalogueEntry
    from tui.quiz.model import Quiz
    from tui.store import Store

EXIT_OK = 0
EXIT_FOUND_PROBLEMS = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A problem with what the user typed or pointed at; printed as one line, exit 2."""


def _say(text: object = "", file: TextIO | None = None) -> None:
    """Print for a person: text from files and names never reaches the terminal as control
    sequences (each control character is shown, as tui.terminal_text.visible does)."""
    print(visible(str(text)), file=file or sys.stdout)


class _ShownStream:
    """A text stream that makes control characters visible: CSV printed to a terminal is
    shown, not obeyed. The CSV row ending (CR LF) stays a line ending."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        ending = "\n" if text.endswith("\r\n") else ""
        return self._stream.write(visible(text[:-2] if ending else text) + ending)


def _where_things_live() -> str:
    return (
        "where things live:\n"
        f"  data directory   {paths.data_dir()}  (set WHOSAYS_HOME to move it)\n"
        f"  your articles    {paths.user_articles_dir()}  (.txt and .md files)\n"
        f"  your quizzes     {paths.user_quizzes_dir()}  (.yaml files)\n"
        f"  database         {paths.database_path()}\n"
        f"  bundled articles {bundled_dir('seeds')}\n"
        f"  bundled quizzes  {bundled_dir('quizzes')}"
    )


def _open_article(name: str) -> Article:
    """Load an article by path or library id, turning every failure into a UsageError."""
    try:
        path = find_article(name)
        return load_article(path)
    except (NotFoundError, ArticleError) as error:
        raise UsageError(str(error)) from None


def _needs_terminal(command: str, instead: str) -> None:
    """Refuse to start the interface without a terminal to draw on and read keys from.

    Textual reads keys from stdin and draws on stderr; with either redirected (a script,
    cron, `< /dev/null`) it would wait for keys forever, spinning a core.
    """
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise UsageError(
            f"{command} needs a terminal to run in (keys on standard input, the screen on "
            f"standard error); {instead}"
        )


def _run_app(**options: object) -> int:
    """Start the Textual interface (the only place the CLI imports Textual)."""
    from tui.startup import pause_collector

    pause_collector()  # until the first screen shows (tui/startup.py)
    from tui.app import WhosaysApp

    app = WhosaysApp(**options)  # type: ignore[arg-type]
    app.run()
    return app.return_code or 0


def cmd_library(_args: argparse.Namespace) -> int:
    """Open the library screen."""
    return _open_library()


def _open_library() -> int:
    """Open the library screen (plain `whosays` comes here without parsing anything)."""
    _needs_terminal(
        "the library", "without one, `whosays list` prints it and `whosays analyze NAME` labels one"
    )
    return _run_app()


def cmd_read(args: argparse.Namespace) -> int:
    """Open one article in the reader (checked here, so a bad name never opens the UI).

    A saved web page is only found here: the reader extracts it in a worker, showing its
    loading state, rather than making the user wait for the extractor twice.
    """
    try:
        path = find_article(args.article)
    except NotFoundError as error:
        raise UsageError(str(error)) from None
    if path.suffix.lower() in WEB_PAGE_SUFFIXES:
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
        return _run_app(article_path=path)
    article = _open_article(args.article)
    assert article.path is not None
    _needs_terminal(
        "`read`", f"without one, `whosays analyze {shlex.quote(args.article)}` labels it"
    )
    # The loaded article goes to the reader: reading a 5 MB file twice cost 0.3 s more.
    return _run_app(article=article)


def cmd_list(args: argparse.Namespace) -> int:
    """Print the library, articles then quizzes, as text or as JSON."""
    from tui.quiz.catalogue import catalogue

    rows = list_articles()
    quizzes = catalogue()
    if args.json:
        document = {
            "articles": [_article_json(row) for row in rows],
            "quizzes": [_quiz_json(item) for item in quizzes],
        }
        print(json_text(document))
        return EXIT_OK
    if not rows:
        _say(f"No articles. Add .txt or .md files to {paths.user_articles_dir()}")
    for row in rows:
        if row.article is None:
            _say(f"{row.entry.id}  (cannot be read: {row.error})")
            continue
        article = row.article
        date = article.date.isoformat() if article.date else "-"
        outlet = article.outlet or "-"
        _say(f"{row.entry.id}  {article.title}  [{outlet}, {date}, {article.word_count} words]")
    _print_quizzes(quizzes)
    return EXIT_OK


def _entry_json(entry: Entry) -> dict[str, object]:
    """What `list --json` says of any library file: its id, where it is, whether bundled."""
    return {"id": entry.id, "path": str(entry.path), "bundled": entry.bundled}


def _article_json(row: Listing) -> dict[str, object]:
    """One article of `list --json`: where it is, and its metadata or why it cannot be read."""
    item = _entry_json(row.entry)
    if row.article is None:
        item["error"] = row.error
        return item
    article = row.article
    item.update(
        title=article.title,
        outlet=article.outlet,
        date=article.date.isoformat() if article.date else None,
        words=article.word_count,
    )
    return item


def _quiz_json(entry: CatalogueEntry) -> dict[str, object]:
    """One quiz of `list --json`: the id `whosays quiz` takes, its title and article."""
    item = _entry_json(entry.entry)
    item["title"] = entry.title
    if not entry.usable:
        item["error"] = entry.problem
        return item
    item.update(
        questions=entry.questions,
        article=str(entry.article_path) if entry.article_path else None,
    )
    return item


def _print_quizzes(quizzes: list[CatalogueEntry]) -> None:
    """The quizzes section of `whosays list`: id (what `quiz` and `check` take) and title."""
    if not quizzes:
        return
    _say("\nquizzes (whosays quiz ID):")
    for item in quizzes:
        if not item.usable:
            _say(f"{item.entry.id}  (has errors: whosays check {item.entry.id})")
            continue
        about = f", about {item.article_path.stem}" if item.article_path else ""
        _say(f"{item.entry.id}  {item.title}  [{item.questions} questions{about}]")


def cmd_analyze(args: argparse.Namespace) -> int:
    """Label every sentence of an article and print the result."""
    from tui.analysis import analyze_article
    from tui.analysis.report import render_plain, to_json
    from tui.language import article_language, labels_supported, unlabelled_reason

    article = _open_article(args.article)
    if args.text:
        print(visible(article.text))
        return EXIT_OK
    if not labels_supported(article):
        if args.json:
            print(json_text(unlabelled_json(article, article_language(article))))
        else:
            print(visible(f"Article: {article.title}\n{unlabelled_reason(article)}\n"))
            print(visible(article.body))
        return EXIT_OK
    analysis = analyze_article(article)
    if args.json:
        print(json_text(to_json(analysis)))
    else:
        _say(render_plain(analysis))
    return EXIT_OK


def unlabelled_json(article: Article, language: str | None) -> dict[str, object]:
    """What `analyze --json` prints for an article not in English: no sentences, no labels."""
    from tui.analysis.report import article_json

    return {"article": article_json(article), "language": language, "labels": False}


def cmd_import(args: argparse.Namespace) -> int:
    """Import saved pages, URLs or pasted text into the library; one line (or JSON) each."""
    from tui.importing import import_source

    stdin = sys.stdin.buffer.read() if "-" in args.sources else None
    results = []
    failed = False
    for source in args.sources:
        try:
            imported = import_source(source, force=args.force, stdin=stdin)
        except ArticleError as error:
            print(visible(f"whosays: {error}"), file=sys.stderr)
            failed = True
            continue
        results.append(imported)
        if not args.json:
            note = (
                "  (already in the library; --force imports it again)" if imported.duplicate else ""
            )
            print(visible(f"{imported.id}  {imported.article.title}{note}"))
    if args.json:
        print(json_text([imported_json(item) for item in results]))
    return EXIT_USAGE if failed else EXIT_OK


def imported_json(imported: Imported) -> dict[str, object]:
    """One imported article, as `import --json` lists it."""
    article = imported.article
    return {
        "id": imported.id,
        "path": str(imported.path),
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "date": article.date.isoformat() if article.date else article.date_text,
        "url": article.url,
        "language": article.language,
        "words": article.word_count,
        "duplicate": imported.duplicate,
    }


def _is_answer_key(name: str) -> bool:
    """An answer key by its name (NAME.labels.yaml), or a YAML file of `sentences:` alone."""
    from tui.practice.keys import is_key_file
    from tui.quiz.loader import LoaderError, Mapping, load_file

    path = Path(name)
    if is_key_file(path):
        return True
    if not path.is_file():
        return False
    try:
        root = load_file(path).root
    except LoaderError:
        return False
    return (
        isinstance(root, Mapping)
        and root.get("sentences") is not None
        and (root.get("questions") is None)
    )


def cmd_check(args: argparse.Namespace) -> int:
    """Validate quiz files and answer keys: one `path:line:col: severity: message` a problem.

    Every file named is checked, even after one that is missing (exit 2 then, at the end).
    """
    from tui.practice.keys import check_key_file
    from tui.quiz.validate import QUIZ_FILE_ERRORS, check_quiz

    errors = warnings = notes = checked = missing = 0
    for name in args.files:
        try:
            if _is_answer_key(name):
                problems = check_key_file(Path(name))
            else:
                problems = list(check_quiz(name).problems)
        except QUIZ_FILE_ERRORS as error:
            _say(f"whosays: {error}", sys.stderr)
            missing += 1
            continue
        checked += 1
        for problem in problems:
            _say(problem)
        errors += sum(p.severity == "error" for p in problems)
        warnings += sum(p.severity == "warning" for p in problems)
        notes += sum(p.severity == "note" for p in problems)
    files = counted(checked, "file")
    verdict = "ok" if not errors and not missing else "failed"
    noted = f", {counted(notes, 'note')}" if notes else ""
    unread = f", {missing} not found or unreadable" if missing else ""
    found = f"{counted(errors, 'error')}, {counted(warnings, 'warning')}"
    _say(f"checked {files}: {found}{noted}{unread}: {verdict}")
    if missing:
        return EXIT_USAGE
    return EXIT_FOUND_PROBLEMS if errors else EXIT_OK


def cmd_grade(args: argparse.Namespace) -> int:
    """Mark a student's responses (YAML: question id -> answer) exactly as the quiz screen does."""
    from tui.quiz.grading import grade_quiz, points_text, right_answer_text, typed_and_matched
    from tui.quiz.loader import LoaderError, load_file
    from tui.quiz.responses import read_responses

    quiz = _usable_quiz(args.quiz, "grade")
    if quiz is None:
        return EXIT_FOUND_PROBLEMS
    try:
        document = load_file(Path(args.responses))
    except LoaderError as error:
        raise UsageError(str(error)) from None
    responses, problems = read_responses(document, quiz)
    if problems:
        for problem in problems:
            _say(problem)
        return EXIT_FOUND_PROBLEMS
    result = grade_quiz(quiz, responses)
    if args.json:
        print(json_text(result.to_json()))
        return EXIT_OK
    width = max(len(j.question_id) for j in result.judgements)
    for question, judgement in zip(quiz.questions, result.judgements, strict=True):
        points = f"{points_text(judgement.points)}/{points_text(judgement.max_points)}"
        line = f"{judgement.question_id:<{width}}  {judgement.verdict:<8}  {points:>7}  "
        right = right_answer_text(question) if judgement.verdict != "skipped" else None
        _say(line + typed_and_matched(judgement, right))
    outcome = "pass" if result.passed else "fail"
    _say(
        f"total {points_text(result.score)}/{points_text(result.max_score)} "
        f"({result.percent:g}%): {outcome} (pass mark {quiz.pass_mark:g}%)"
    )
    return EXIT_OK


def _usable_quiz(name: str, doing: str) -> Quiz | None:
    """The checked quiz, or None after printing its problems (a missing file: UsageError)."""
    from tui.quiz.validate import QUIZ_FILE_ERRORS, check_quiz

    try:
        checked = check_quiz(name)
    except QUIZ_FILE_ERRORS as error:
        raise UsageError(str(error)) from None
    if checked.quiz is None:
        for problem in checked.problems:
            _say(problem)
        errors = counted(len(checked.errors), "error")
        _say(f"{checked.path}: the quiz has {errors}; fix them, then {doing}")
    return checked.quiz


def cmd_quiz(args: argparse.Namespace) -> int:
    """Take a quiz in the terminal; a quiz with errors is refused with the check lines."""
    quiz = _usable_quiz(args.quiz, "try again")
    if quiz is None:
        return EXIT_FOUND_PROBLEMS
    _needs_terminal(
        "`quiz`",
        f"without one, `whosays grade {shlex.quote(args.quiz)} ANSWERS.yaml` marks answers",
    )
    return _run_app(quiz=quiz)


def cmd_results(args: argparse.Namespace) -> int:
    """Print past quiz attempts, or write every answer (or attempt) as CSV for a teacher.

    A database that cannot be read is an error (exit 2), never a short or empty export.
    """
    from tui.results import attempts_table
    from tui.store import Store, StoreError

    store = Store(paths.database_path())
    if store.notice:
        _say(f"whosays: {store.notice}", sys.stderr)
    try:
        if args.csv is None:
            # --student keeps that student's attempts; with none, all are listed. Attempts
            # recorded before any name was remembered go by the remembered (or given) name.
            given = (args.student or "").strip()
            whose = store.student() or given
            table = attempts_table(store, args.quiz, whose, given or None)
            if store.problem is None:
                _say(table)
        else:
            _export_results(store, args)
    except StoreError as error:
        raise UsageError(str(error)) from None
    if store.problem is not None:
        raise UsageError(store.problem)
    return EXIT_OK


def _export_results(store: Store, args: argparse.Namespace) -> None:
    """`results --csv`: to a file, or to standard output ('-'); with --student, only that
    student's attempts (a line on stderr says so when they have none)."""
    from tui.results import no_results_line, students, write_csv
    from tui.students import name_key

    remembered = store.student()
    student = _student_name(store, args.student)
    # Attempts recorded before any name was remembered are the remembered (or this) name's.
    fallback = remembered or student
    only = student if (args.student or "").strip() else None
    if only is not None:
        everyone = students(store, args.quiz, fallback)
        if everyone and name_key(only) not in map(name_key, everyone):
            _say(f"whosays: {no_results_line(only, everyone)}", sys.stderr)
    if args.csv == "-":
        # To a pipe or a file the CSV is data, kept as it is; to a terminal it is shown.
        shown = _ShownStream(sys.stdout) if sys.stdout.isatty() else sys.stdout
        write_csv(store, shown, fallback, args.quiz, args.summary, only)
        return
    try:
        # A byte-order mark: Excel then reads the file as UTF-8 (names with accents intact).
        with open(args.csv, "w", encoding="utf-8-sig", newline="") as handle:
            count = write_csv(store, handle, fallback, args.quiz, args.summary, only)
    except OSError as error:
        raise UsageError(f"{args.csv}: cannot write: {error.strerror or error}") from None
    if store.problem is None:
        what = "attempts" if args.summary else "answers"
        whose = only or ", ".join(students(store, args.quiz, fallback)) or student
        _say(f"wrote {count} {what} of {whose} to {args.csv}")


def _student_name(store: Store, given: str | None) -> str:
    """The student's name: given, remembered, or asked for once; remembered from now on, so
    that new attempts record it (tui/students.py)."""
    from tui.results import students
    from tui.store import StoreError
    from tui.students import name_key

    remembered = store.student()
    name = (given or "").strip() or remembered or ""
    # A student already known keeps the spelling first stored ("ana lima" is Ana Lima).
    known = [remembered or "", *students(store)]
    name = next((k for k in known if k and name_key(k) == name_key(name)), name)
    if not name and sys.stdin.isatty():
        try:
            name = input("Your name, for your teacher (asked once): ").strip()
        except EOFError:
            name = ""
    if not name:
        raise UsageError("whose results are these? give your name: --student 'Ana Lima'")
    if name != remembered:
        # If it cannot be saved, the export still carries the name; it is only not remembered.
        with contextlib.suppress(StoreError):
            store.remember_student(name)
            if remembered:
                _say(
                    f"whosays: new attempts are recorded as {name}'s now (was {remembered})",
                    sys.stderr,
                )
    return name


def _practice_key(name: str) -> AnswerKey:
    """The key an article is practised against; a non-English article is refused."""
    from tui.analysis import analyze_article
    from tui.practice.keys import load_key, refusal

    article = _open_article(name)
    why = refusal(article)
    if why:
        raise UsageError(why)
    return load_key(analyze_article(article))


def cmd_key(args: argparse.Namespace) -> int:
    """Write a starter answer key from the analyser, for a teacher to correct."""
    from tui.practice.keys import key_path, starter_key

    key = _practice_key(args.article)
    text = starter_key(key.analysis)
    if args.output in (None, "-"):
        sys.stdout.write(visible(text))
        return EXIT_OK
    target = Path(args.output)
    if target.exists() and not args.force:
        raise UsageError(f"{target}: already exists (a key you edited?); add --force to replace")
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{target}: cannot write: {error.strerror or error}") from None
    article_path = key.article.path
    beside = key_path(article_path).name if article_path else "NAME.labels.yaml"
    _say(
        f"wrote a starter key of {len(key.sentences)} sentences to {target}; "
        f"check every label, then save it beside the article as {beside}"
    )
    return EXIT_OK


def cmd_practice(args: argparse.Namespace) -> int:
    """Practise an article in the app, or judge a file of a student's labels."""
    from tui.practice.answers import read_answers
    from tui.practice.feedback import summary_lines
    from tui.practice.judge import judge
    from tui.practice.labels import label_words
    from tui.quiz.loader import LoaderError

    key = _practice_key(args.article)
    if args.answers is None:
        if args.json:
            raise UsageError("--json needs --answers FILE: the app has no JSON to print")
        _needs_terminal(
            "`practice`",
            f"without one, `whosays practice {shlex.quote(args.article)} --answers FILE` judges "
            "a file of labels",
        )
        return _run_app(practice_path=key.article.path)
    try:
        answers, problems = read_answers(Path(args.answers), key)
    except LoaderError as error:
        raise UsageError(str(error)) from None
    if problems:
        for problem in problems:
            _say(problem, file=sys.stderr)
        raise UsageError(f"{args.answers}: {counted(len(problems), 'problem')}; nothing was judged")
    if key.problems:
        _say(
            f"whosays: warning: the answer key has {counted(len(key.problems), 'problem')} "
            f"(whosays check {key.path} lists them); its other sentences are used",
            file=sys.stderr,
        )
    result = judge(key, answers)
    if args.json:
        print(json_text(result.to_json()))
        return EXIT_OK
    _say(f"{key.article.title}: checked against the {key.kind}")
    for number, verdict in enumerate(result.verdicts, 1):
        student = label_words(verdict.student) if verdict.student else "–"
        keyed = label_words(verdict.key.label) if verdict.key else "–"
        text = " ".join(verdict.sentence.text.split())
        _say(f"{number:>3}  {verdict.verdict:<10}  you {student:<12}  key {keyed:<12}  {text}")
    for line in summary_lines(result.scores):
        _say(line)
    return EXIT_OK


def cmd_locate(_args: argparse.Namespace) -> int:
    """Print where whosays keeps its files."""
    _say(_where_things_live())
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with a subcommand per job."""
    import argparse

    from tui.cli_parser import VisibleParser

    parser = VisibleParser(
        prog="whosays",
        description=(
            "Read news in the terminal and see, sentence by sentence, who says so: "
            "named, anonymous or vague sources, or none at all. Then take a quiz on it.\n"
            "With no command, opens the library of articles."
        ),
        epilog=_where_things_live(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"whosays {__version__}")
    parser.set_defaults(handler=cmd_library)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub

    read = add("read", cmd_read, "open one article in the reader")
    read.add_argument(
        "article", metavar="PATH-or-NAME", help="a file, a library article's id, or title words"
    )

    listing = add("list", cmd_list, "print the library of articles")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    analyze = add("analyze", cmd_analyze, "label every sentence: who says so?")
    analyze.add_argument(
        "article", metavar="FILE-or-NAME", help="a file, a library article's id, or title words"
    )
    analyze.add_argument(
        "--json",
        action="store_true",
        help="print JSON (offsets into the text the reader shows: the file itself for .txt, "
        "the rendered text for Markdown and web pages, which --text prints)",
    )
    analyze.add_argument(
        "--text", action="store_true", help="print the plain text that is analysed, and stop"
    )

    importing = add(
        "import", cmd_import, "add saved web pages, web addresses or pasted text to the library"
    )
    importing.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a saved page (.html), an http(s):// address, a .txt/.md file, or - for stdin",
    )
    importing.add_argument("--json", action="store_true", help="print JSON instead of lines")
    importing.add_argument(
        "--force", action="store_true", help="import again a page already in the library"
    )

    add("locate", cmd_locate, "print where whosays keeps its files")

    check = add(
        "check", cmd_check, "check quiz files and answer keys: every problem as path:line:col"
    )
    check.add_argument(
        "files", nargs="+", metavar="FILE", help="quiz files or library quiz ids, answer keys"
    )

    key = add("key", cmd_key, "write a starter answer key from the analyser, to correct")
    key.add_argument("article", metavar="ARTICLE", help="a file, or a library article's id")
    key.add_argument("-o", "--output", metavar="FILE", help="write here (default: print it)")
    key.add_argument("--force", action="store_true", help="replace FILE if it exists")

    practice = add(
        "practice", cmd_practice, "label every sentence yourself, then check against the key"
    )
    practice.add_argument("article", metavar="ARTICLE", help="a file, or a library article's id")
    practice.add_argument(
        "--answers", metavar="FILE", help="judge a student's labels (YAML: text and label)"
    )
    practice.add_argument("--json", action="store_true", help="print JSON (with --answers)")

    grade = add("grade", cmd_grade, "mark a student's responses to a quiz")
    grade.add_argument("quiz", metavar="QUIZ", help="a quiz file, or a library quiz id")
    grade.add_argument("responses", metavar="RESPONSES", help="YAML: question id -> answer")
    grade.add_argument("--json", action="store_true", help="print JSON instead of a table")

    quiz = add("quiz", cmd_quiz, "take a quiz in the terminal")
    quiz.add_argument(
        "quiz", metavar="FILE-or-NAME", help="a quiz file, a library quiz's id, or title words"
    )

    results = add("results", cmd_results, "print past quiz attempts, or export them")
    results.add_argument(
        "--csv",
        metavar="FILE",
        help="write every answer as CSV to FILE ('-' for stdout), in UTF-8 with a byte-order "
        "mark so that Excel opens it as it is",
    )
    results.add_argument(
        "--student",
        metavar="NAME",
        help="only this student's attempts (case and surrounding spaces ignored); with --csv, "
        "also your name, asked once if never given, then remembered and recorded on new attempts",
    )
    results.add_argument("--quiz", metavar="ID", help="only this quiz's attempts")
    results.add_argument(
        "--summary", action="store_true", help="with --csv: one row per attempt, not per answer"
    )

    from tui.cli_teachers import add_teacher_commands

    add_teacher_commands(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; every error a user can cause is one line on stderr."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        if not arguments:
            # Plain `whosays` opens the library, as the parser would say: building it (every
            # command, the paths in its epilog, the teachers' commands and their imports)
            # took about 17 ms of the start-up, and importing argparse about 2 ms more.
            return _open_library()
        # Parsed inside the try: `whosays --help | head` closes the pipe too.
        args = build_parser().parse_args(arguments)
        return args.handler(args)
    except UsageError as error:
        _say(f"whosays: {error}", sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `whosays analyze x | head`: the reader went away; not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
