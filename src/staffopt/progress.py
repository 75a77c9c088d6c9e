r"""Progress of a run on stderr: a live line on a terminal, one line per stage in a pipe.

Use a :class:`Progress` as the ``on_progress(stage, info)`` callback of
:func:`staffopt.pipeline.run_solve` and :func:`staffopt.report.write_run_folder`. On a terminal
the solver's incumbent and gap update in place (``\r``); in a pipe, a log or when
``TTY_INTERACTIVE=0`` each stage prints one line when it starts, nothing more. Only ASCII
punctuation is used around the (possibly Chinese) stage names, so GBK consoles cope.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from typing import IO, Any

from staffopt.report.labels import status_text
from staffopt.schema import Lang
from staffopt.text import has, t

#: How often a live line may be redrawn (seconds).
REFRESH_SECONDS = 0.2


def is_interactive(stream: IO[str]) -> bool:
    """Tell whether ``stream`` is a terminal and ``TTY_INTERACTIVE`` is not ``0`` (``1`` forces it)."""
    flag = os.environ.get("TTY_INTERACTIVE")
    if flag is not None and flag.strip() != "":
        return flag.strip() not in ("0", "false", "no")
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):
        return False


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None


#: What the time of each stage's info means: the solver's own clock, model building, or wall time
#: (text ``progress.time.<kind>``).
_TIME_KINDS: dict[str, str] = {"solve": "solve", "build": "build"}


def describe(stage: str, info: Mapping[str, Any], lang: Lang = "en") -> str:
    """One line for ``stage``: its name, then the solver figures or the file being written.

    Times are labelled by what they measure: ``solver time`` (HiGHS's own clock, stage
    ``solve``), ``build time`` (stage ``build``) and ``elapsed`` (wall time since the solve,
    or for ``done`` the whole run, began). ``solved`` shows both the solver time and the elapsed
    time (model building, all solver stages and the marginal values).
    """
    parts = [t(f"progress.{stage}", lang) if has(f"progress.{stage}") else stage]
    objective = _number(info.get("objective", info.get("incumbent")))
    bound = _number(info.get("bound", info.get("best_bound")))
    gap = _number(info.get("gap", info.get("mip_gap")))
    elapsed = _number(info.get("elapsed", info.get("time", info.get("seconds"))))
    if info.get("stage"):
        key = str(info["stage"])
        name = t(f"progress.stage.{key}", lang) if has(f"progress.stage.{key}") else key
        parts.append(t("progress.objective", lang, stage=name))
    if info.get("variables") is not None and info.get("constraints") is not None:
        parts.append(t("progress.size", lang, variables=info["variables"], constraints=info["constraints"]))
    if objective is not None:
        parts.append(t("progress.incumbent", lang, value=objective))
    if bound is not None:
        parts.append(t("progress.bound", lang, value=bound))
    if gap is not None:
        parts.append(t("progress.gap", lang, value=gap))
    timings = info.get("timings")
    solver = _number(timings.get("solve_seconds")) if isinstance(timings, Mapping) else None
    if solver is not None:
        parts.append(t("progress.time.solve", lang, seconds=solver))
    if elapsed is not None:
        parts.append(t(f"progress.time.{_TIME_KINDS.get(stage, 'elapsed')}", lang, seconds=elapsed))
    for key in ("file", "path", "status", "message"):
        if info.get(key):
            parts.append(status_text(info[key], lang) if key == "status" else str(info[key]))
    return " | ".join(parts)


class Progress:
    """Callable ``(stage, info)`` reporter writing to ``stream`` (stderr by default)."""

    def __init__(self, stream: IO[str] | None = None, *, lang: Lang = "en", live: bool | None = None,
                 quiet: bool = False) -> None:
        """``live=None`` decides from the stream (:func:`is_interactive`); ``quiet`` prints nothing."""
        self.stream = stream if stream is not None else sys.stderr
        self.lang: Lang = lang
        self.live = is_interactive(self.stream) if live is None else live
        self.quiet = quiet
        self._stage: str | None = None
        self._last_draw = 0.0
        self._width = 0
        self._start = time.monotonic()

    def __call__(self, stage: str, info: Mapping[str, Any] | None = None) -> None:
        """Report ``stage`` with ``info`` (solver figures, file names …).

        The solver's own ``done`` is shown as ``solved``: the run is done only once written.
        The marginal values are the last step of the solve, so in a pipe they get no line of
        their own (``solved`` follows them and includes their time); on a terminal they show on
        the live line until ``solved`` replaces it.
        """
        if self.quiet:
            return
        info = info or {}
        if stage == "done" and self._stage in ("solve", "marginals", "build"):
            stage = "solved"
        elif stage == "done" and not any(k in info for k in ("elapsed", "time", "seconds")):
            info = {**info, "elapsed": time.monotonic() - self._start}
        new_stage = stage != self._stage
        if self.live:
            now = time.monotonic()
            milestone = info.get("event") in ("start", "end")
            if not new_stage and not milestone and now - self._last_draw < REFRESH_SECONDS:
                return
            if new_stage and self._stage is not None and self._stage != "marginals":
                self._end_line()  # the marginal values are part of the solve: "solved" overwrites them
            self._draw(describe(stage, info, self.lang))
            self._last_draw = now
        elif new_stage and stage != "marginals":
            self._write(describe(stage, info, self.lang) + "\n")
        self._stage = stage

    def stage(self, stage: str, **info: Any) -> None:
        """Shorthand: ``progress.stage("read", file="x.xlsx")``."""
        self(stage, info)

    def close(self) -> None:
        """Finish the live line (call once at the end)."""
        if self.live and self._stage is not None and not self.quiet:
            self._end_line()
        self._stage = None

    def _draw(self, line: str) -> None:
        pad = max(0, self._width - len(line))
        self._write("\r" + line + " " * pad)
        self._width = len(line)

    def _end_line(self) -> None:
        self._write("\n")
        self._width = 0

    def _write(self, chunk: str) -> None:
        try:
            self.stream.write(chunk)
            self.stream.flush()
        except UnicodeEncodeError:
            self.stream.write(chunk.encode("ascii", "replace").decode("ascii"))
            self.stream.flush()
