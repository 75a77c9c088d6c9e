"""The HiGHS adapter: one place that creates solvers, with HiGHS's process-wide state.

HiGHS keeps one thread pool per *process*: :func:`new_highs` records the thread count of the
last solver it made and resets the global scheduler when a run asks for another (otherwise HiGHS
silently returns ``kNotset``). :func:`highs_started` tells the what-if sweep whether this process
may still fork worker processes safely (:func:`staffopt.whatif.sweep.start_method`). Every solver is
silent and deterministic: fixed ``threads`` and ``random_seed``, and always a time limit. The
banner HiGHS prints at the first construction in a process is kept off stdout
(:func:`_construct_highs`). Every solve goes through :func:`run`, which stops HiGHS within its
next interrupt check when the command is interrupted (Ctrl-C, SIGTERM) and then raises the
interrupt (:mod:`staffopt.interrupts`).
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import sys
import threading
from typing import Any

import highspy

from staffopt import interrupts
from staffopt.settings import Settings

#: HiGHS model statuses.
MODEL_STATUS = highspy.HighsModelStatus
#: Statuses that prove there is no plan.
INFEASIBLE = (MODEL_STATUS.kInfeasible, MODEL_STATUS.kUnboundedOrInfeasible)
#: Statuses of a solve stopped by a limit (its best plan, if any, is kept).
LIMITS = (MODEL_STATUS.kTimeLimit, MODEL_STATUS.kInterrupt, MODEL_STATUS.kIterationLimit,
          MODEL_STATUS.kSolutionLimit, MODEL_STATUS.kMemoryLimit)
_threads_in_use: int | None = None
#: Guards the first ``highspy.Highs()`` of the process (see :func:`_construct_highs`).
_banner_lock = threading.Lock()
_banner_silenced = False


def finite(value: Any) -> float | None:
    """``value`` as a float, or ``None`` when it is not finite (HiGHS reports ±inf before a bound)."""
    number = float(value)
    return number if math.isfinite(number) else None


def highs_started() -> bool:
    """True once this process has created a HiGHS solver (its thread pool is then process-wide)."""
    return _threads_in_use is not None


def _flush_c_stdio() -> None:
    """Flush the C library's stdio buffers (HiGHS writes with ``printf``); best effort."""
    with contextlib.suppress(OSError, AttributeError, TypeError):  # no C runtime this way (Windows)
        ctypes.CDLL(None).fflush(None)


def _construct_highs() -> highspy.Highs:
    """``highspy.Highs()`` without the banner HiGHS prints on stdout at its first construction.

    The banner ("Running HiGHS … Copyright …") is written by the C++ constructor of the first
    ``Highs`` of a process, before ``output_flag`` can be set, straight to file descriptor 1 —
    so Python's ``sys.stdout`` cannot catch it. Around that first construction only, fd 1 is
    pointed at the null device (Python's and C's buffers flushed first, fd 1 restored in
    ``finally``); later constructions print nothing and are left alone. The lock makes the
    "first" well defined when threads solve at the same time.
    """
    global _banner_silenced
    with _banner_lock:
        if _banner_silenced:
            return highspy.Highs()
        sys.stdout.flush()
        _flush_c_stdio()
        try:
            saved = os.dup(1)
        except OSError:  # no fd 1 at all (a detached process): nothing to protect
            _banner_silenced = True
            return highspy.Highs()
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, 1)
            finally:
                os.close(null)
            h = highspy.Highs()
            _flush_c_stdio()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        _banner_silenced = True
        return h


def new_highs(settings: Settings, time_limit: float | None = None) -> highspy.Highs:
    """Return a silent ``Highs`` with the run's time limit, gap, threads and seed set.

    ``time_limit`` (seconds) replaces ``solver.time_limit`` when given. HiGHS's thread pool is
    process-wide: when the thread count differs from the previous solve in this process the
    global scheduler is reset first (otherwise HiGHS silently returns ``kNotset``).
    """
    global _threads_in_use
    threads = settings.int("solver.threads")
    if _threads_in_use is not None and _threads_in_use != threads:
        highspy.Highs.resetGlobalScheduler(True)
    _threads_in_use = threads
    h = _construct_highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", threads)
    h.setOptionValue("random_seed", settings.int("solver.seed"))
    h.setOptionValue("time_limit", settings.float("solver.time_limit") if time_limit is None else time_limit)
    h.setOptionValue("mip_rel_gap", settings.float("solver.gap"))
    if interrupts.installed():  # the command's own process: Ctrl-C must stop a long solve
        for callback in (h.cbSimplexInterrupt, h.cbIpmInterrupt, h.cbMipInterrupt):
            callback.subscribe(_stop_when_interrupted)
    return h


def _stop_when_interrupted(event: Any) -> None:
    if interrupts.interrupted():
        event.interrupt()


def run(h: highspy.Highs) -> None:
    """Run ``h``; if the command was interrupted meanwhile, raise the interrupt (never a stopped solve).

    The signal's exception, raised inside a HiGHS callback, is lost at the C++ boundary; the
    flag it set makes :func:`_stop_when_interrupted` stop HiGHS at its next check.
    """
    h.run()
    interrupts.check()
