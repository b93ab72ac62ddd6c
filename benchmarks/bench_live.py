"""Benchmark: the reader while the analysis runs: first highlights, and keys meanwhile.

    python benchmarks/bench_live.py [--words 100000] [--presses 30]

Headless (Pilot). From the article asked for: its text painted (the anchor), the first
highlight on screen, every sentence labelled. Then j and k, pressed while the analysis
runs (the first `--presses` presses after the text is painted), beside the same keys
pressed once it has finished, in the same app: wall time from the key to the screen
updated for it, and the main thread's CPU.

Keys are posted as events, not pressed with `Pilot.press`: that waits for the process to
go idle (by its CPU time, every thread's) before and after each key, and with the
analysis running it never does, so every press took about 2 s whatever the key cost.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_keys import percentile, settle
from suite import Row
from texts import write_article
from textual import events
from textual.pilot import Pilot


async def time_key(pilot: Pilot[object], key: str) -> tuple[float, float]:
    """Wall and main-thread CPU ms from posting `key` to the screen updated for it."""
    await settle(pilot)
    wall = time.perf_counter()
    cpu = time.thread_time()
    pilot.app.post_message(events.Key(key, key))
    await settle(pilot)
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000


async def measure(path: Path, presses: int) -> dict[str, list[float]]:
    """Milestones (ms from the request) and per-key wall and CPU samples, during and after."""
    from tui.app import WhosaysApp
    from tui.navigation import OpenArticle
    from tui.store import Store
    from tui.widgets.article_view import ArticleView

    found: dict[str, list[float]] = {}
    app = WhosaysApp(store=Store(None))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        started = time.perf_counter()
        app.post_message(OpenArticle(path))
        while not app.screen.query(ArticleView) or not app.screen.query_one(ArticleView).painted:
            await asyncio.sleep(0.001)
        found["painted"] = [(time.perf_counter() - started) * 1000]
        screen = app.screen
        view = screen.query_one(ArticleView)
        for phase in ("during", "after"):
            for number in range(presses):
                if phase == "during" and screen.analysis is not None:  # type: ignore[attr-defined]
                    break
                wall, cpu = await time_key(pilot, "j" if number % 2 else "k")
                found.setdefault(f"{phase} wall", []).append(wall)
                found.setdefault(f"{phase} cpu", []).append(cpu)
                if view._marks and "first" not in found:
                    found["first"] = [(time.perf_counter() - started) * 1000]
            while screen.analysis is None:  # type: ignore[attr-defined]
                if view._marks and "first" not in found:
                    found["first"] = [(time.perf_counter() - started) * 1000]
                await asyncio.sleep(0.001)
            found.setdefault("labelled", [(time.perf_counter() - started) * 1000])
            await app.workers.wait_for_complete()
    return found


def rows(words: int = 100_000, presses: int = 30) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        found = asyncio.run(measure(write_article(Path(folder), words), presses))
    painted = found["painted"][0]
    table = [
        Row(
            "2",
            f"{words:,} words: first highlights on screen",
            found["first"][0],
            "text painted",
            painted,
        ),
        Row(
            "2",
            f"{words:,} words: every sentence labelled",
            found["labelled"][0],
            "text painted",
            painted,
        ),
    ]
    for kind in ("wall", "cpu"):
        during, after = found.get(f"during {kind}", [0.0]), found[f"after {kind}"]
        table.append(
            Row(
                "2",
                f"j/k while analysing: {kind} median ({len(during)} presses)",
                statistics.median(during),
                "j/k once analysed",
                statistics.median(after),
            )
        )
        table.append(
            Row(
                "2",
                f"j/k while analysing: {kind} p95",
                percentile(during, 95),
                "j/k once analysed, p95",
                percentile(after, 95),
            )
        )
    return table


def main() -> None:
    from suite import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--presses", type=int, default=30)
    args = parser.parse_args()
    print(table(rows(args.words, args.presses)))


if __name__ == "__main__":
    main()
