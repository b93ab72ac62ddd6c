"""What every benchmark of the suite reports: a figure beside its anchor from the same run."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parent.parent
#: The programs measured: this checkout's, from the Python running the benchmark.
WHOSAYS = [sys.executable, "-m", "tui"]
HELLO = [sys.executable, str(REPO / "benchmarks" / "hello.py")]


T = TypeVar("T")


@dataclass(frozen=True)
class Row:
    """One line of the table: whosays' figure, the anchor's, and the target ratio if any."""

    item: str
    measure: str
    value: float
    anchor: str
    anchor_value: float
    unit: str = "ms"
    target: float | None = None

    @property
    def ratio(self) -> float:
        return self.value / self.anchor_value if self.anchor_value else float("inf")

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "met" if self.ratio <= self.target else "NOT met"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], percent: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]


def interleaved(
    runs: int, first: Callable[[], T], second: Callable[[], T]
) -> tuple[list[T], list[T]]:
    """Run two measures in turn, so a busy machine slows both alike."""
    a: list[T] = []
    b: list[T] = []
    for _ in range(runs):
        a.append(first())
        b.append(second())
    return a, b


def environment(home: Path) -> dict[str, str]:
    """The environment for measured programs: a data directory of their own."""
    return {"WHOSAYS_HOME": str(home), "PATH": os.environ.get("PATH", "")}


def machine() -> str:
    """One line on where the figures come from."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    textual = subprocess.run(
        [sys.executable, "-c", "import textual; print(textual.__version__)"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return (
        f"{cpu}, {os.cpu_count()} cores, load average {load:.1f} at the start; "
        f"Python {platform.python_version()}, Textual {textual}, {platform.system()}"
    )


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (readable in a terminal too)."""
    lines = [
        "| item | measure | whosays | anchor (same run) | ratio | target |",
        "| --- | --- | ---: | --- | ---: | --- |",
    ]
    for row in rows:
        target = f"≤ {row.target:g}× {row.verdict}" if row.target is not None else ""
        lines.append(
            f"| {row.item} | {row.measure} | {row.value:,.1f} {row.unit} | "
            f"{row.anchor}: {row.anchor_value:,.1f} {row.unit} | {row.ratio:.2f}× | {target} |"
        )
    return "\n".join(lines)
