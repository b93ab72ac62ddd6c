"""Benchmark: every reader key on a 100,000-word article, beside a hello-world key press.

    python benchmarks/bench_keys.py [--presses 40] [--words 100000]

Headless (Pilot). A key's time runs from the key press to the screen updated for it: the
key handled, every message it caused processed, any scroll animation finished, and the
screen composited and turned into what a terminal would be sent (headless Textual skips
that last step, so the benchmark does it). CPU is the main thread's (time.thread_time); wall
is perf_counter. Layout passes are counted too (full reflows of the screen). The anchor is
a hello-world app (benchmarks/hello.py) whose one binding updates a Static, pressed the same
way; each app's "no key" row is what the harness costs it alone (it grows with the number
of widgets it waits for). A search is timed key by key: "/" (which opens the field), each
letter, and Enter (which closes it and counts the matches), beside the average a key.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hello import Hello
from suite import Row
from texts import write_article
from textual import events
from textual._compositor import Compositor, CompositorUpdate
from textual.app import App
from textual.drivers.headless_driver import HeadlessDriver
from textual.geometry import Size
from textual.pilot import Pilot

HELLO_HARNESS = "hello-world no key"
SEARCH = "/ typing"
#: The search's keys one by one, beside its average a key: what opens it, a letter, Enter.
SEARCH_PARTS = {"slash": "/ (opens search)", "enter": "Enter (keeps search)"}
SEARCH_LETTER = "a letter in search"

#: (what is measured, the keys pressed for one sample)
READER_KEYS = (
    ("no key (harness alone)", ()),
    ("j", ("j",)),
    ("k", ("k",)),
    ("down", ("down",)),
    ("space", ("space",)),
    ("pagedown", ("pagedown",)),
    ("pageup", ("pageup",)),
    ("End / Home", ("end", "home")),
    ("Tab", ("tab",)),
    ("shift+Tab", ("shift+tab",)),
    (SEARCH, ("slash", "r", "i", "v", "e", "r", "enter")),
    ("n", ("n",)),
    ("N", ("N",)),
    ("resize", ()),
)


@dataclass
class KeyTimes:
    """The samples of one key: wall and CPU milliseconds, and layout passes."""

    wall: list[float]
    cpu: list[float]
    layouts: list[int]

    def add(self, wall: float, cpu: float, layouts: int) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.layouts.append(layouts)

    def summary(self) -> tuple[float, float, float, float, float]:
        """Median and 95th percentile of wall and CPU, and the median of layouts."""
        return (
            statistics.median(self.wall),
            percentile(self.wall, 95),
            statistics.median(self.cpu),
            percentile(self.cpu, 95),
            statistics.median(self.layouts),
        )


def percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))
    return ordered[index]


_reflows = 0
_original_reflow = Compositor.reflow


def _counting_reflow(self: Compositor, *args: object, **kwargs: object) -> object:
    global _reflows
    _reflows += 1
    return _original_reflow(self, *args, **kwargs)


Compositor.reflow = _counting_reflow  # type: ignore[method-assign]

_original_display = App._display


def _display_as_in_a_terminal(
    self: App[object], screen: object, renderable: object, *args: object
) -> None:
    """Encode each frame as the terminal driver would: headless Textual skips it, and a
    frame of 27 changed rows costs more to encode than one changed word."""
    if self.is_headless and isinstance(renderable, CompositorUpdate):
        renderable.render_segments(self.console)
    _original_display(self, screen, renderable, *args)  # type: ignore[arg-type]


App._display = _display_as_in_a_terminal  # type: ignore[method-assign]


class Countdown:
    """Set once every widget has run the callback it was sent: all it had queued is done.

    Pilot's own wait does the same with a new closure each time, and Textual works out a
    new callable's signature (inspect.signature) before it calls it: with the reader's 35
    widgets that was 8 ms of harness CPU a key, 2 ms in the hello-world app, counted
    against the key. A bound method's parameter count is worked out once (Textual keeps
    it on the function).
    """

    def __init__(self) -> None:
        self.left = 0
        self.finished = asyncio.Event()

    def done(self) -> None:
        self.left -= 1
        if self.left == 0:
            self.finished.set()


async def wait_for_screen(app: App[object]) -> None:
    """Until the app and every widget of its screen have handled what they had queued."""
    countdown = Countdown()
    for node in (app, *app.screen.walk_children(with_self=True)):
        # What call_later posts, less its functools.partial: a new partial is a new callable.
        if node.post_message(events.Callback(callback=countdown.done)):
            countdown.left += 1
    if countdown.left:
        await countdown.finished.wait()


async def settle(pilot: Pilot[object]) -> None:
    """Until the key's work is done and on screen (animations and after-refresh hops too)."""
    app = pilot.app
    for _ in range(3):
        await app.animator.wait_until_complete()
        await wait_for_screen(app)
        app.screen._on_timer_update()


async def press(app: App[object], keys: tuple[str, ...]) -> None:
    """Press keys as Pilot.press does, less its wait for the screen (settle() waits)."""
    await app._press_keys(keys)


async def resize(app: App[object], width: int, height: int) -> None:
    """Resize the terminal as Pilot.resize_terminal does, less its wait for the screen
    (settle() waits): Pilot's wait posts a new closure to every widget, about 4 ms of
    harness CPU that the keys' samples do not pay. The app passes a resize on to its
    screens from a timer (1/120 s, to gather a burst), so wait for that first: settle()
    would not."""
    size = Size(width, height)
    if isinstance(app._driver, HeadlessDriver):
        app._driver._size = size
    app.post_message(events.Resize(size, size))
    while app.size != size or app._resize_timer is not None or app._resize_event is not None:
        await asyncio.sleep(0.001)


async def time_keys(
    pilot: Pilot[object], keys: tuple[str, ...], action: Callable[[], object] | None = None
) -> tuple[float, float, int]:
    """One sample: wall ms, main-thread CPU ms and layout passes for pressing `keys`."""
    global _reflows
    await settle(pilot)
    _reflows = 0
    wall = time.perf_counter()
    cpu = time.thread_time()
    if action is not None:
        result = action()
        if asyncio.iscoroutine(result):
            await result
    if keys:
        await press(pilot.app, keys)
    await settle(pilot)
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000, _reflows


async def hello_keys(presses: int) -> dict[str, KeyTimes]:
    """The anchor's key, and its harness alone."""
    results: dict[str, KeyTimes] = {}
    app = Hello()
    async with app.run_test(size=(100, 30)) as pilot:
        for name, keys in (("hello-world key (anchor)", ("j",)), (HELLO_HARNESS, ())):
            times = results.setdefault(name, KeyTimes([], [], []))
            for _ in range(presses):
                times.add(*await time_keys(pilot, keys))
    return results


async def time_search(
    pilot: Pilot[object],
    keys: tuple[str, ...],
    times: KeyTimes,
    results: dict[str, KeyTimes],
) -> None:
    """One search typed: each key timed by itself, and the average a key of the whole."""
    samples = []
    for key in keys:
        sample = await time_keys(pilot, (key,))
        samples.append(sample)
        part = SEARCH_PARTS.get(key, SEARCH_LETTER)
        results.setdefault(part, KeyTimes([], [], [])).add(*sample)
    wall, cpu, layouts = (sum(column) for column in zip(*samples, strict=True))
    times.add(wall / len(keys), cpu / len(keys), layouts)


async def reader_keys(path: Path, presses: int) -> dict[str, KeyTimes]:
    from tui.app import WhosaysApp
    from tui.navigation import OpenArticle
    from tui.store import Store

    results: dict[str, KeyTimes] = {}
    app = WhosaysApp(store=Store(None))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        app.post_message(OpenArticle(path))
        while getattr(app.screen, "analysis", None) is None:
            await asyncio.sleep(0.01)
        await app.workers.wait_for_complete()
        await settle(pilot)
        screen = app.screen
        for name, keys in READER_KEYS:
            times = results.setdefault(name, KeyTimes([], [], []))
            for number in range(presses):
                if name == SEARCH:
                    await time_search(pilot, keys, times, results)
                    continue
                action = None
                if name == "resize":
                    size = (100, 30) if number % 2 else (90, 28)
                    action = lambda size=size: resize(app, *size)  # noqa: E731
                times.add(*await time_keys(pilot, keys, action))
        assert app.screen is screen
    return results


def run(presses: int, words: int) -> list[tuple[str, tuple[float, float, float, float, float]]]:
    """Rows of (key, summary), the anchor first."""
    rows = [(name, times.summary()) for name, times in asyncio.run(hello_keys(presses)).items()]
    with tempfile.TemporaryDirectory() as folder:
        path = write_article(Path(folder), words)
        for name, times in asyncio.run(reader_keys(path, presses)).items():
            rows.append((name, times.summary()))
    return rows


def rows(presses: int = 30, words: int = 100_000) -> list[Row]:
    """Per key, median and 95th percentile of CPU beside the hello-world key's."""
    measured = run(presses, words)
    _name, (_wall, _wall95, hello_cpu, hello_cpu95, _layouts) = measured[0]
    found = []
    for name, (_wall, _wall95, cpu, cpu95, layouts) in measured[1:]:
        if name == HELLO_HARNESS:
            continue
        found.append(
            Row(
                "3",
                f"{name}: CPU median ({layouts:.0f} layouts)",
                cpu,
                "hello key CPU median",
                hello_cpu,
            )
        )
        found.append(Row("3", f"{name}: CPU p95", cpu95, "hello key CPU p95", hello_cpu95))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()
    print(
        f"{'key':26} {'wall med':>9} {'wall p95':>9} {'cpu med':>8} {'cpu p95':>8} {'layouts':>8}"
    )
    for name, (wall, wall95, cpu, cpu95, layouts) in run(args.presses, args.words):
        print(f"{name:26} {wall:9.1f} {wall95:9.1f} {cpu:8.1f} {cpu95:8.1f} {layouts:8.0f}")


if __name__ == "__main__":
    main()
