"""Benchmark: the reader's memory for a 5 MB article, against its text as a Python string.

    python benchmarks/bench_memory.py [--megabytes 5] [--runs 3] [--top 12]

Each case runs in a fresh process: the app (headless, Pilot) opens an article, draws it,
wraps all of it, then analyses it. The measure is the growth of that process's peak RSS
(VmHWM) and of its RSS at the end over the same app given a one-paragraph article, against
`sys.getsizeof` of the article's text; with --runs, each figure is the median of that many
pairs of processes (a small and a big article, one after the other). With --top, the big
article is run once more under tracemalloc and the lines holding the most memory at the end
are listed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suite import REPO, Row, table
from texts import write_article, write_article_of_size

_CHILD = """
import asyncio, json, sys, tracemalloc
from pathlib import Path

def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024

async def main(path, trace):
    from tui.app import WhosaysApp
    from tui.navigation import OpenArticle
    from tui.store import Store
    from tui.widgets.article_view import ArticleView

    app = WhosaysApp(store=Store(None))
    found = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        found["start"] = status("VmRSS")
        if trace:
            tracemalloc.start()
        app.post_message(OpenArticle(Path(path)))
        while not app.screen.query(ArticleView):
            await asyncio.sleep(0.01)
        view = app.screen.query_one(ArticleView)
        while not view.wrapped_all:
            await asyncio.sleep(0.01)
        found["opened"] = status("VmHWM")
        while app.screen.analysis is None:
            await asyncio.sleep(0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        found["analysed"] = status("VmHWM")
        found["end"] = status("VmRSS")
        if trace:
            snapshot = tracemalloc.take_snapshot()
            found["top"] = [str(s) for s in snapshot.statistics("lineno")[: int(trace)]]
            found["top"].append("traced now, peak: %d %d" % tracemalloc.get_traced_memory())
        # Last: the reader never puts the whole text together (Article.text).
        found["text"] = sys.getsizeof(app.screen.article.text)
    print(json.dumps(found))

asyncio.run(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""))
"""


def run_child(path: Path, top: int = 0) -> dict[str, object]:
    args = [sys.executable, "-c", _CHILD, str(path)] + ([str(top)] if top else [])
    result = subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(result.stdout.splitlines()[-1])


def rows(megabytes: float = 5, top: int = 0, runs: int = 1) -> list[Row]:
    pairs = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        tiny_path = write_article(folder, 50)
        big_path = write_article_of_size(folder, megabytes)
        for _ in range(runs):
            pairs.append((run_child(tiny_path), run_child(big_path)))
        if top:
            print("\n".join(run_child(big_path, top)["top"]))  # type: ignore[arg-type]
    text_mb = pairs[0][1]["text"] / 1e6  # type: ignore[operator]

    def growth(key: str) -> float:
        return statistics.median((big[key] - tiny[key]) / 1e6 for tiny, big in pairs)  # type: ignore[operator]

    measures = (
        ("opened, drawn and wrapped: peak RSS growth", "opened"),
        ("also analysed: peak RSS growth", "analysed"),
        ("at the end: RSS growth", "end"),
    )
    return [
        Row(
            "2",
            f"{megabytes:g} MB article {what}",
            growth(key),
            "its text as a Python str",
            text_mb,
            unit="MB",
            target=3,
        )
        for what, key in measures
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5)
    parser.add_argument("--top", type=int, default=0)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    print(table(rows(args.megabytes, args.top, args.runs)))


if __name__ == "__main__":
    main()
