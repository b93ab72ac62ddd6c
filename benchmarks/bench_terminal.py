"""Benchmark in a real terminal (tmux): start-up, a 5 MB article, keys while it is analysed.

    python benchmarks/bench_terminal.py [--runs 5]

Each figure is taken beside the hello-world app (benchmarks/hello.py) in the same run,
interleaved. Start-up ends when the library shows its articles and its quizzes; a big
article's opening when its first paragraph shows. A key's time runs from tmux sending it
until the pane changes (so it includes tmux's polling, the same for the anchor).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suite import HELLO, WHOSAYS, Row, environment, interleaved, median, percentile, table
from terminal import Terminal
from texts import write_article, write_article_of_size

SEED_TITLE = "U.S.-Trained Spies"
QUIZ_TITLE = "Sourcing basics"
FIRST_PARAGRAPH = "Officials said on Tuesday"


def against_hello(
    terminal: Terminal,
    env: dict[str, str],
    runs: int,
    command: list[str],
    wanted: list[str],
    item: str,
    measure: str,
    target: float,
) -> list[Row]:
    """Wall and CPU time until `wanted` shows, beside the hello-world start-up, interleaved."""
    hello, timed = interleaved(
        runs,
        lambda: terminal.time_until(HELLO, ["hello world"], env),
        lambda: terminal.time_until(command, wanted, env),
    )
    return [
        Row(
            item,
            f"{measure} ({unit})",
            median([getattr(shown, pick) for shown in timed]),
            f"hello-world start-up ({unit})",
            median([getattr(shown, pick) for shown in hello]),
            target=target,
        )
        for unit, pick in (("wall", "wall_ms"), ("CPU", "cpu_ms"))
    ]


def startup_rows(terminal: Terminal, home: Path, runs: int) -> list[Row]:
    env = environment(home)
    # Warm-up: bytecode written, the quiz labels saved, as on any start after the first.
    terminal.time_until(HELLO, ["hello world"], env)
    terminal.time_until(WHOSAYS, [SEED_TITLE, QUIZ_TITLE], env)
    rows = []
    for what, wanted in (
        ("its articles", [SEED_TITLE]),
        ("its articles and quizzes", [SEED_TITLE, QUIZ_TITLE]),
    ):
        measure = f"start-up until the library shows {what}"
        rows += against_hello(terminal, env, runs, WHOSAYS, wanted, "1", measure, 1.25)
    return rows


def list_rows(home: Path, runs: int) -> list[Row]:
    """`whosays list` beside `python -c pass`, both as subprocesses."""
    env = environment(home)

    def timed(command: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        return (time.perf_counter() - started) * 1000

    timed([*WHOSAYS, "list"])
    bare, listing = interleaved(
        runs, lambda: timed([sys.executable, "-c", "pass"]), lambda: timed([*WHOSAYS, "list"])
    )
    return [
        Row("1", "whosays list (nothing analysed)", median(listing), "python -c pass", median(bare))
    ]


def big_article_rows(terminal: Terminal, home: Path, folder: Path, runs: int) -> list[Row]:
    env = environment(home)
    big = write_article_of_size(folder, 5)
    command = [*WHOSAYS, "read", str(big)]
    terminal.time_until(command, [FIRST_PARAGRAPH], env)
    measure = f"a {big.stat().st_size / 1e6:.1f} MB article: first paragraph on screen"
    return against_hello(terminal, env, runs, command, [FIRST_PARAGRAPH], "2", measure, 2.5)


def key_rows(terminal: Terminal, home: Path, folder: Path, presses: int) -> list[Row]:
    """j in the reader while a 100,000-word article is analysed, and after, beside hello's j."""
    env = environment(home)
    hello = terminal.start(HELLO, env)
    terminal.wait_for(hello, ["hello world"])
    anchor = [terminal.key_ms(hello, "j") for _ in range(presses)]
    terminal.stop(hello)
    article = write_article(folder, 100_000)
    reader = terminal.start([*WHOSAYS, "read", str(article)], env)
    terminal.wait_for(reader, [FIRST_PARAGRAPH, "analysing"])
    during: list[float] = []
    while "analysing" in terminal.screen(reader) and len(during) < presses:
        during.append(terminal.key_ms(reader, "j"))
    terminal.wait_for(reader, ["named"])
    after = [terminal.key_ms(reader, "j") for _ in range(presses)]
    terminal.stop(reader)
    rows = []
    for name, times in (("while the analysis runs", during), ("after the analysis", after)):
        rows.append(
            Row("2", f"j in a terminal {name}: median", median(times), "hello j", median(anchor))
        )
        rows.append(
            Row(
                "2",
                f"j in a terminal {name}: 95th percentile",
                percentile(times, 95),
                "hello j",
                percentile(anchor, 95),
            )
        )
    return rows


def rows(runs: int = 5) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder, Terminal(100, 30) as terminal:
        home = Path(folder) / "home"
        found = startup_rows(terminal, home, runs)
        found += list_rows(home, runs)
        found += big_article_rows(terminal, home, Path(folder), max(3, runs // 2))
        found += key_rows(terminal, home, Path(folder), presses=30)
        return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    print(table(rows(parser.parse_args().runs)))


if __name__ == "__main__":
    main()
