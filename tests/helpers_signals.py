"""Run ``python -m staffopt`` in its own session and interrupt it as a terminal or ``kill`` would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

from staffopt import interrupts

SRC = str(Path(__file__).resolve().parents[1] / "src")
#: The one line an interrupted command prints, by signal.
LINE = {signal.SIGINT: "Interrupted (Ctrl-C): stopped; no half-written file was left.",
        signal.SIGTERM: "Interrupted (SIGTERM): stopped; no half-written file was left."}


@dataclass
class Stopped:
    returncode: int
    after: list[str]  # stderr lines printed after the signal was sent
    processes: list[str]  # processes of the command's session still alive afterwards
    seconds: float  # from the signal to the end of the command


def interrupt(args: Sequence[str], sig: signal.Signals, *, marker: str | None = None, delay: float = 0.0,
              group: bool = True, cwd: Path | None = None) -> Stopped:
    """Run ``python -m staffopt ARGS``; send ``sig`` once ``marker`` is on stderr (after ``delay`` s)."""
    env = {**os.environ, "PYTHONPATH": SRC}
    process = subprocess.Popen([sys.executable, "-m", "staffopt", *args], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=env, start_new_session=True, cwd=cwd)
    lines: list[str] = []
    assert process.stderr is not None
    stream = process.stderr
    reader = threading.Thread(target=lambda: lines.extend(
        line.decode(errors="replace").rstrip("\n") for line in iter(stream.readline, b"")), daemon=True)
    reader.start()
    start = time.monotonic()
    while process.poll() is None and time.monotonic() - start < 300:
        if (marker is None or any(marker in line for line in lines)) and time.monotonic() - start >= delay:
            break
        time.sleep(0.02)
    assert process.poll() is None, f"the command ended before the signal: {lines}"
    seen = len(lines)
    sent = time.monotonic()
    if group:
        os.killpg(process.pid, sig)
    else:
        os.kill(process.pid, sig)
    try:
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    seconds = time.monotonic() - sent
    reader.join(timeout=10)
    time.sleep(0.5)
    alive = []
    for proc in psutil.process_iter():
        try:
            if os.getsid(proc.pid) == process.pid and proc.status() != psutil.STATUS_ZOMBIE:
                alive.append(" ".join(proc.cmdline()))
        except (OSError, psutil.Error):
            continue
    return Stopped(process.returncode, lines[seen:], alive, seconds)


def assert_clean_stop(stopped: Stopped, sig: signal.Signals, folder: Path) -> None:
    assert stopped.returncode == interrupts.EXIT_INTERRUPTED, stopped
    assert stopped.after == [LINE[sig]], stopped.after
    assert stopped.processes == [], stopped.processes
    assert sorted(p.name for p in folder.iterdir()) == [], "partial output left"
