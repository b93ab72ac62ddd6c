"""Benchmark: hostile inputs stay linear, and a 1 MB answer is judged in under a second.

    python benchmarks/bench_hostile.py [--top 1000000]

Linear time: each hostile input is built at three sizes 10x apart (the largest `--top`
characters), drawn from a seeded random generator over the alphabet that made the code
quadratic before (short paragraphs, one very long word, "the the the", "a, a, a"). Each
is timed beside an anchor over the same text in the same run (splitting it into words,
which is linear): the ratio to the anchor stays flat when the code is linear, and grows
tenfold at each step when it is quadratic. The growth column is time(10n) / time(n).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tui.articles import parse_article, split_paragraphs
from tui.quiz.grading import judge
from tui.quiz.matching import normalize
from tui.quiz.validate import check_file
from tui.widgets.article_view import wrap

QUIZ = """\
title: t
questions:
  - {id: short, prompt: p, answer: Rahmatullah Nabil, reject: [Rahmatullah Kabil]}
  - {id: choice, prompt: p, choices: [The Wall Street Journal, Reuters], answer: Reuters}
  - {id: multi, prompt: p, choices: [Nabil, Kahl, a senior official], answer: [Nabil, Kahl]}
  - {id: number, prompt: p, answer: 6}
"""


def _draw(size: int, pieces: list[str], seed: int) -> str:
    """About `size` characters of the pieces in a seeded random order."""
    generator = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        piece = generator.choice(pieces)
        out.append(piece)
        length += len(piece)
    return "".join(out)[:size]


def _seconds(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=1_000_000)
    args = parser.parse_args()
    sizes = [args.top // 100, args.top // 10, args.top]
    with tempfile.TemporaryDirectory() as folder:
        quiz_path = Path(folder) / "q.yaml"
        quiz_path.write_text(QUIZ, "utf-8")
        quiz = check_file(quiz_path).quiz
    assert quiz is not None
    questions = {question.id: question for question in quiz.questions}

    cases: list[tuple[str, list[str], Callable[[str], object]]] = [
        ("split paragraphs (short ones)", ["Para.  \n\n", "Line\n", "x \n\n\n"], split_paragraphs),
        (
            "load a plain article",
            ["Officials said. ", "\n\n", "x" * 120 + "\n", "- item\n"],
            lambda text: parse_article("Title\n\n" + text, "bench"),
        ),
        ("wrap one long word", ["x"], lambda text: wrap(text, 76)),
        ("wrap one long wide word", ["漢", "x"], lambda text: wrap(text, 76)),
        ("normalise 'the the the'", ["the ", "a ", "an "], normalize),
        ("judge short: 'the the the'", ["the "], lambda t: judge(questions["short"], t)),
        ("judge choice: 'the the the'", ["the "], lambda t: judge(questions["choice"], t)),
        ("judge multi: 'a, a, a'", ["a, "], lambda t: judge(questions["multi"], t)),
        ("judge multi: 'the the the'", ["the "], lambda t: judge(questions["multi"], t)),
        ("judge number: digits", ["9"], lambda t: judge(questions["number"], t)),
    ]
    rows = []
    one_mb: list[tuple[str, float, float]] = []
    for seed, (name, pieces, action) in enumerate(cases):
        ratios = []
        times = []
        for size in sizes:
            text = _draw(size, pieces, seed)
            ours = _seconds(lambda text=text, action=action: action(text))
            anchor = _seconds(lambda text=text: text.split())
            ratios.append(ours / anchor)
            times.append(ours)
        rows.append((name, times, ratios))
        if name.startswith("judge"):
            one_mb.append((name, times[-1], _seconds(lambda text=text: text.split())))

    print(f"linear time: sizes {', '.join(f'{size:,}' for size in sizes)} characters")
    width = max(len(row[0]) for row in rows)
    header = "  ".join(f"{f'{size:,} chars':>16}" for size in sizes)
    print(f"{'input':<{width}}  {header}  growth x10  ratio to anchor (split)")
    for name, times, ratios in rows:
        cells = "  ".join(f"{seconds * 1000:>13.1f} ms" for seconds in times)
        growth = " ".join(f"{later / earlier:5.1f}" for earlier, later in itertools.pairwise(times))
        flat = " ".join(f"{ratio:7.1f}" for ratio in ratios)
        print(f"{name:<{width}}  {cells}  {growth}  {flat}")
    print(f"\nanswers of {args.top:,} characters judged, against the anchor in the same run:")
    for name, seconds, anchor in one_mb:
        verdict = "under a second" if seconds < 1 else "OVER a second"
        split = f"(split: {anchor * 1000:6.1f} ms)"
        print(f"{name:<{width}}  {seconds * 1000:8.1f} ms  {split}  {verdict}")
    print(f"\n(machine: {os.cpu_count()} cores, Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
