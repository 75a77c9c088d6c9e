"""The HiGHS adapter: one place that creates solvers, with HiGHS's process-wide state.

HiGHS keeps one thread pool per *process*: :func:`new_highs` records the thread count of the
last solver it made and resets the global scheduler when a run asks for another (otherwise HiGHS
silently returns ``kNotset``). :func:`highs_started` tells the what-if sweep whether this process
may still fork worker processes safely (:func:`staffopt.whatif.sweep.start_method`). Every solver is
silent and deterministic: fixed ``threads`` and ``random_seed``, and always a time limit.
"""

from __future__ import annotations

import math
from typing import Any

import highspy

from staffopt.settings import Settings

#: HiGHS model statuses.
MODEL_STATUS = highspy.HighsModelStatus
#: Statuses that prove there is no plan.
INFEASIBLE = (MODEL_STATUS.kInfeasible, MODEL_STATUS.kUnboundedOrInfeasible)
#: Statuses of a solve stopped by a limit (its best plan, if any, is kept).
LIMITS = (MODEL_STATUS.kTimeLimit, MODEL_STATUS.kInterrupt, MODEL_STATUS.kIterationLimit,
          MODEL_STATUS.kSolutionLimit, MODEL_STATUS.kMemoryLimit)
_threads_in_use: int | None = None


def finite(value: Any) -> float | None:
    """``value`` as a float, or ``None`` when it is not finite (HiGHS reports ±inf before a bound)."""
    number = float(value)
    return number if math.isfinite(number) else None


def highs_started() -> bool:
    """True once this process has created a HiGHS solver (its thread pool is then process-wide)."""
    return _threads_in_use is not None


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
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", threads)
    h.setOptionValue("random_seed", settings.int("solver.seed"))
    h.setOptionValue("time_limit", settings.float("solver.time_limit") if time_limit is None else time_limit)
    h.setOptionValue("mip_rel_gap", settings.float("solver.gap"))
    return h
