"""Every benchmark of issue 11 in one run, each figure beside its anchor from the same run.

    python benchmarks/run_all.py [--quick]

Needs tmux (the terminal measures) and the bench extras (`pip install -e '.[bench]'`).
Prints the machine, then one Markdown table; --quick takes fewer samples.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_keys
import bench_live
import bench_scale
import bench_terminal
from suite import machine, table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples, a rougher table")
    quick = parser.parse_args().quick
    started = time.perf_counter()
    print(f"machine: {machine()}\n")
    rows = bench_terminal.rows(runs=3 if quick else 7)
    rows += bench_keys.rows(presses=10 if quick else 30)
    rows += bench_scale.rows()
    rows += bench_live.rows(presses=10 if quick else 30)
    print(table(sorted(rows, key=lambda row: row.item)))
    # Item 4, storage: the hardening work's own benchmark, with its anchors.
    print("\nstorage (benchmarks/bench_storage.py):", flush=True)
    storage = [sys.executable, str(Path(__file__).with_name("bench_storage.py"))]
    subprocess.run([*storage, "--answers", "20000"] if quick else storage, check=True)
    print(f"\n(ran in {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
