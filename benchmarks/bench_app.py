"""Benchmark: start-up to the first painted library, and opening a 100,000-word article.

    python benchmarks/bench_app.py [--runs 5]

Both run headless. Start-up is measured from before the process is spawned to the moment the
library screen has painted with its table filled (so Python's own start-up counts too).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_CHILD = """
import sys, time
spawned = float(sys.argv[1])
from pathlib import Path
import tui.app
from tui.app import WhosaysApp
from tui.store import Store
from textual.widgets import DataTable

class Timed(WhosaysApp):
    CSS_PATH = str(Path(tui.app.__file__).with_name("app.tcss"))

    def on_ready(self) -> None:
        self.set_interval(0.002, self._check)

    def _check(self) -> None:
        tables = self.screen.query(DataTable)
        if tables and tables.first().row_count:
            self.call_after_refresh(self._done)

    def _done(self) -> None:
        print(f"{(time.time() - spawned) * 1000:.1f}")
        self.exit()

Timed(store=Store(None)).run(headless=True)
"""


def startup_ms(home: Path) -> float:
    """Milliseconds from spawning `python` to the library painted with its rows."""
    env = dict(os.environ, WHOSAYS_HOME=str(home))
    spawned = time.time()
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, repr(spawned)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def make_article(words: int, folder: Path) -> Path:
    """A plain-text article of about `words` words, in paragraphs of about 120."""
    sentence = (
        "Officials said on Tuesday that the river had risen again overnight, "
        "according to the regional water agency, and that more rain was expected."
    )
    per_sentence = len(sentence.split())
    paragraph = " ".join([sentence] * 5)
    count = max(1, words // (per_sentence * 5))
    path = folder / f"long-{words}.txt"
    path.write_text("A very long article\n\n" + "\n\n".join([paragraph] * count), "utf-8")
    return path


async def open_ms(path: Path) -> tuple[float, float]:
    """Milliseconds from pushing the reader to the text painted, and to the highlights."""
    from tui.app import WhosaysApp
    from tui.screens.reader import ReaderScreen
    from tui.store import Store
    from tui.widgets.article_view import ArticleView

    app = WhosaysApp(store=Store(None))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        started = time.perf_counter()
        screen = ReaderScreen(path)
        await app.push_screen(screen)
        while not screen.query(ArticleView) or not screen.query_one(ArticleView).painted:
            await asyncio.sleep(0.001)
        painted = (time.perf_counter() - started) * 1000
        while screen.analysis is None:
            await asyncio.sleep(0.001)
        return painted, (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        startup = [startup_ms(home) for _ in range(args.runs)]
        print(
            f"start-up to painted library: median {statistics.median(startup):.0f} ms "
            f"(min {min(startup):.0f}, max {max(startup):.0f}, {args.runs} runs)"
        )
        article = make_article(100_000, home)
        words = len(article.read_text("utf-8").split())
        runs = [asyncio.run(open_ms(article)) for _ in range(args.runs)]
        for name, times in (
            ("text painted", [run[0] for run in runs]),
            ("highlights shown", [run[1] for run in runs]),
        ):
            print(
                f"open a {words:,}-word article, {name}: "
                f"median {statistics.median(times):.0f} ms "
                f"(min {min(times):.0f}, max {max(times):.0f})"
            )


if __name__ == "__main__":
    main()
