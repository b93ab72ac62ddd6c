"""Words per second of the attribution analyser, against pysbd's segmentation alone.

    PYTHONPATH=. python benchmarks/bench_analysis.py [--repeat N]

Builds texts of about 10,000 and 100,000 words from the bundled practice articles (their
bodies repeated as paragraphs), then times `tui.analysis.analyze` and
`pysbd.Segmenter(language="en", clean=False, char_span=False).segment` on the same text.
The analyser should scale near-linearly (similar words per second at both sizes) and cost
no more than pysbd's segmentation alone. pysbd is a bench-only dependency.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tui.analysis import analyze
from tui.articles import load_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SIZES = (10_000, 100_000)


def corpus(words: int) -> str:
    """About `words` words of news prose: the seed bodies repeated, a paragraph a line."""
    bodies = [load_article(path).body for path in sorted(SEEDS.glob("*.txt"))]
    parts: list[str] = []
    count = 0
    while count < words:
        for body in bodies:
            parts.append(body)
            count += len(body.split())
            if count >= words:
                break
    return "\n\n".join(parts)


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs, in seconds (the least disturbed by other work)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=2, help="runs per measure; the best counts")
    args = parser.parse_args()
    try:
        import pysbd
    except ImportError:
        print("pysbd is not installed (pip install 'whosays[bench]')", file=sys.stderr)
        return 2
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    print(
        f"{'words':>8} {'analyser s':>11} {'words/s':>10} "
        f"{'pysbd s':>9} {'words/s':>10} {'ratio':>6}"
    )
    rates = []
    for size in SIZES:
        text = corpus(size)
        words = len(text.split())
        ours = best_time(lambda text=text: analyze(text), args.repeat)
        theirs = best_time(lambda text=text: segmenter.segment(text), args.repeat)
        rates.append(words / ours)
        print(
            f"{words:>8} {ours:>11.3f} {words / ours:>10,.0f} {theirs:>9.3f} "
            f"{words / theirs:>10,.0f} {ours / theirs:>6.2f}"
        )
    print(
        f"scaling: words/s at the largest size is {rates[-1] / rates[0]:.2f} "
        "of the smallest (1.00 = linear)"
    )
    print(
        "ratio = analyser time / pysbd segmentation time (below 1: the whole analysis is cheaper)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
