"""Timing programs in a real terminal: tmux runs them, `capture-pane` watches the screen.

A measurement starts just before tmux is asked to start the program and ends when a poll
of the pane first shows every wanted text, so Python's own start-up, the imports, the
first paint and tmux's drawing all count, the same for the anchor and for whosays.
PYTHONDONTWRITEBYTECODE is unset for the programs, so they run from compiled bytecode as an
installed program does (a first warm-up run writes it).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Shown:
    """How long a program took to show its text: wall-clock, and the CPU it had used by then.

    The CPU time (user + system, all threads, to the kernel's 10 ms tick) is what a loaded
    machine inflates least: on a busy 2-core box the wall-clock figures wander by half.
    """

    wall_ms: float
    cpu_ms: float


def cpu_ms(pid: int) -> float:
    """User plus system CPU time of a running process, in milliseconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / _TICKS


class Terminal:
    """One tmux server for a benchmark run (kept alive, so its start is not timed)."""

    def __init__(self, width: int = 80, height: int = 24) -> None:
        self.width = width
        self.height = height
        self.socket = f"whosays-bench-{uuid.uuid4().hex[:8]}"
        self._tmux("new-session", "-d", "-s", "holder", "-x", "20", "-y", "5", "sleep 3600")

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        )
        return result.stdout

    def start(self, command: Sequence[str], env: dict[str, str] | None = None) -> str:
        """Start `command` in a new session; the session's name, to watch it or press keys."""
        name = f"run-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in (env or {}).items())
        program = " ".join(shlex.quote(part) for part in command)
        folder = shlex.quote(os.getcwd())
        shell = f"cd {folder} && exec env -u PYTHONDONTWRITEBYTECODE {exports} {program}"
        size = ("-x", str(self.width), "-y", str(self.height))
        self._tmux("new-session", "-d", "-s", name, *size, shell)
        return name

    def screen(self, name: str) -> str:
        """What the session's pane shows now."""
        return self._tmux("capture-pane", "-p", "-t", name)

    def pid(self, name: str) -> int:
        """The program's process (the shell `exec`s it)."""
        return int(self._tmux("display-message", "-p", "-t", name, "#{pane_pid}"))

    def wait_for(self, name: str, wanted: Sequence[str], timeout: float = 120.0) -> str:
        """Poll until the pane shows every text in `wanted`; the screen then."""
        started = time.perf_counter()
        while True:
            screen = self.screen(name)
            if all(text in screen for text in wanted):
                return screen
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"never showed {wanted}; screen:\n{screen}")
            time.sleep(0.002)

    def time_until(
        self, command: Sequence[str], wanted: Sequence[str], env: dict[str, str] | None = None
    ) -> Shown:
        """Time from starting `command` until the pane shows every text in `wanted`."""
        started = time.perf_counter()
        name = self.start(command, env)
        try:
            pid = self.pid(name)
            self.wait_for(name, wanted)
            return Shown((time.perf_counter() - started) * 1000, cpu_ms(pid))
        finally:
            self.stop(name)

    def key_ms(self, name: str, key: str, timeout: float = 30.0) -> float:
        """Milliseconds from sending `key` until the pane looks different."""
        before = self.screen(name)
        started = time.perf_counter()
        self._tmux("send-keys", "-t", name, key)
        while self.screen(name) == before:
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"{key} changed nothing in {timeout} s")
            time.sleep(0.001)
        return (time.perf_counter() - started) * 1000

    def stop(self, name: str) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-session", "-t", name], capture_output=True)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
