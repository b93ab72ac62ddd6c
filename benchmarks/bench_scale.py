"""Benchmark: how the work grows with the input, each figure beside an anchor of the same run.

    python benchmarks/bench_scale.py

- loading and wrapping 10k, 100k and 1M words: time per word against the 10k article's;
- highlights of a 100,000-word article: the first batch and the whole, against the text
  painted (Pilot, headless);
- the reader's memory for a 5 MB article, against its text as a Python string
  (bench_memory.py);
- `check` of a 1,000-question quiz against libyaml's own load of the same file, and a
  10,000-question quiz against ten times the 1,000;
- judging one typed answer against bare `fuzz.ratio` on its three candidates.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_memory
from quiz_texts import write_quiz
from suite import Row, table
from texts import write_article


def best_of(runs: int, work: object) -> float:
    """The fastest of `runs` runs of `work()`, in milliseconds (least disturbed by load)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def linear_rows(folder: Path) -> list[Row]:
    from tui.articles import load_article
    from tui.widgets.article_view import wrap

    def open_and_wrap(path: Path) -> None:
        article = load_article(path)
        for paragraph in article.paragraphs:
            wrap(article.body[paragraph.start : paragraph.end], 76)

    took = {}
    for words in (10_000, 100_000, 1_000_000):
        path = write_article(folder, words)
        took[words] = best_of(5 if words < 1_000_000 else 2, lambda p=path: open_and_wrap(p))
    return [
        Row(
            "2",
            f"load and wrap {words:,} words",
            took[words],
            f"10 × the {words // 10:,}-word time",
            10 * took[words // 10],
            target=1.5,
        )
        for words in (100_000, 1_000_000)
    ]


async def _highlights(path: Path) -> tuple[float, float, float]:
    from tui.app import WhosaysApp
    from tui.navigation import OpenArticle
    from tui.screens.reader import ReaderScreen
    from tui.store import Store
    from tui.widgets.article_view import ArticleView

    app = WhosaysApp(store=Store(None))
    async with app.run_test(size=(100, 30)):
        await app.workers.wait_for_complete()
        started = time.perf_counter()
        app.post_message(OpenArticle(path))
        while not app.screen.query(ArticleView) or not app.screen.query_one(ArticleView).painted:
            await asyncio.sleep(0.001)
        painted = time.perf_counter()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        view = screen.query_one(ArticleView)
        while not view._marks:
            await asyncio.sleep(0.001)
        first = time.perf_counter()
        while screen.analysis is None:
            await asyncio.sleep(0.005)
        done = time.perf_counter()
    return (painted - started) * 1000, (first - started) * 1000, (done - started) * 1000


def highlight_rows(folder: Path) -> list[Row]:
    path = write_article(folder, 100_000)
    painted, first, done = asyncio.run(_highlights(path))
    return [
        Row("2", "100,000 words: first highlights on screen", first, "text painted", painted),
        Row("2", "100,000 words: every sentence labelled", done, "text painted", painted),
    ]


def quiz_rows(folder: Path) -> list[Row]:
    import yaml

    from tui.quiz.validate import check_file

    small = write_quiz(folder, 1000)
    big = write_quiz(folder, 10_000)
    text = small.read_text("utf-8")
    libyaml = best_of(3, lambda: yaml.load(text, Loader=yaml.CSafeLoader))
    check_small = best_of(3, lambda: check_file(small))
    check_big = best_of(2, lambda: check_file(big))
    assert check_file(big).quiz is not None, "the 10,000-question quiz must be accepted"
    return [
        Row(
            "5",
            f"check a 1,000-question quiz ({small.stat().st_size / 1e6:.1f} MB)",
            check_small,
            "libyaml's load of it",
            libyaml,
            target=2,
        ),
        Row(
            "5",
            f"check a 10,000-question quiz ({big.stat().st_size / 1e6:.1f} MB), accepted",
            check_big,
            "10 × the 1,000-question check",
            10 * check_small,
            target=1.2,
        ),
    ]


def judge_rows() -> list[Row]:
    from rapidfuzz import fuzz

    from tui.quiz.matching import match_answer

    answers = ("Rahmatullah Nabil", "Nabil", "the former spy chief")
    reject = ("Colin Kahl",)
    runs = 2000

    def judge() -> None:
        for _ in range(runs):
            match_answer("rahmatulah nabil", answers, reject)

    def bare() -> None:
        for _ in range(runs):
            for answer in answers:
                fuzz.ratio("rahmatulah nabil", answer)

    return [
        Row(
            "5",
            "judge one typed answer (3 answers, 1 near miss)",
            best_of(3, judge) * 1000 / runs,
            "bare fuzz.ratio on 3 candidates",
            best_of(3, bare) * 1000 / runs,
            unit="µs",
        )
    ]


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        found = linear_rows(folder)
        found += highlight_rows(folder)
        found += bench_memory.rows()
        found += quiz_rows(folder)
        found += judge_rows()
        return found


if __name__ == "__main__":
    print(table(rows()))
