"""Lexicographic stages: optimise the run's objectives one after the other on one HiGHS model.

The model is passed once with the first stage's costs; each later stage swaps the cost vector in
place (``changeColsCost``). A finished stage adds the row ``stage objective ≤ its value +``
:data:`STAGE_TOLERANCE` ``· max(1, |value|)``, and its plan is offered to the next stage as a
starting solution. A stage stopped at the time limit keeps its best plan (status
``time_limit``); an infeasible stage ends the run (the caller explains it).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any

import highspy
import numpy as np

from staffopt.results import Status
from staffopt.solver.compile import INF, CompiledModel
from staffopt.solver.deadline import Deadline
from staffopt.solver.diagnose.text import Msg
from staffopt.solver.highs import INFEASIBLE, LIMITS, MODEL_STATUS, finite
from staffopt.solver.highs import run as run_highs
from staffopt.tolerances import OBJECTIVE_CHECK, STAGE_TOLERANCE

#: ``progress(stage, info)``: what a solve reports while it runs (see :func:`staffopt.solver.solve.solve`).
Progress = Callable[[str, dict[str, Any]], None]


def stage_label(name: str) -> Msg:
    """The name of stage objective ``name`` in messages (catalog text ``stage.<name>``)."""
    return Msg(f"stage.{name}")



@dataclass
class StageOutcome:
    """What the lexicographic stages produced."""

    status: Status
    x: np.ndarray | None = None
    gap: float | None = None
    objective: float | None = None
    seconds: float = 0.0
    values: dict[str, float] = field(default_factory=dict)
    messages: list[Msg] = field(default_factory=list)


def run_stages(
    h: highspy.Highs, compiled: CompiledModel, stages: tuple[str, ...], progress: Progress, limit: float,
    start: np.ndarray | None = None, deadline: Deadline | None = None,
) -> StageOutcome:
    """Optimise ``stages`` in order on ``h`` (model already passed with the first stage's costs).

    ``start`` (a plan of the same model, e.g. from an earlier, shorter run) is offered to HiGHS
    as the first stage's starting solution. All stages together get at most ``limit`` seconds,
    each drawing what is left of them from ``deadline`` (the run's account,
    :mod:`staffopt.solver.deadline`; a fresh one of ``limit`` seconds when ``None``).
    """
    out = StageOutcome(status=Status.OPTIMAL, x=start)
    clock = deadline if deadline is not None else Deadline(limit)
    current = {"stage": stages[0]}

    def improving(event: Any) -> None:
        data = event.data_out
        progress("solve", {"stage": current["stage"], "objective": finite(data.objective_function_value),
                           "bound": finite(data.mip_dual_bound), "gap": finite(data.mip_gap),
                           "elapsed": finite(data.running_time)})

    h.cbMipImprovingSolution.subscribe(improving)
    all_cols = np.arange(compiled.num_col, dtype=np.int32)
    for i, name in enumerate(stages):
        current["stage"] = name
        if i > 0:
            h.changeColsCost(compiled.num_col, all_cols, compiled.costs[name])
            h.changeObjectiveOffset(compiled.offsets[name])
        if out.x is not None:
            h.setSolution(compiled.num_col, all_cols, out.x)
        progress("solve", {"stage": name, "event": "start"})
        with clock.slot(limit - out.seconds) as seconds:
            if seconds > 0:
                h.setOptionValue("time_limit", seconds)
                started = perf_counter()
                run_highs(h)
                out.seconds += perf_counter() - started
        if seconds <= 0:  # no time left for this stage: keep the plan so far, if any
            status, feasible = MODEL_STATUS.kTimeLimit, out.x is not None
        else:
            status, info = h.getModelStatus(), h.getInfo()
            feasible = info.primal_solution_status == highspy.SolutionStatus.kSolutionStatusFeasible
        if status in INFEASIBLE:
            out.status = Status.INFEASIBLE
            return out
        if status in LIMITS:
            if stopped_at_limit(out, name, clock.limit, feasible) or seconds <= 0:
                return out
        elif status != MODEL_STATUS.kOptimal:
            out.status = Status.ERROR
            text = h.modelStatusToString(status)
            out.messages.append(Msg("stage.error", stage=stage_label(name), status=text))
            return out
        x = np.asarray(h.getSolution().col_value, dtype=float)
        if seconds > 0 and not _consistent(compiled, name, x, float(info.objective_function_value)):
            # HiGHS returned a plan that is not the one its objective is of (seen after presolve on
            # a one-office model started from the previous stage's plan: the plan kept a platform
            # worth 3,461 万元 that the reported optimum of 0.0003 did not buy). Solve the stage
            # again without presolve, within what is left of the stages' time.
            again = _without_presolve(h, compiled, name, out, clock, limit)
            if again is None:
                out.status, out.x = Status.ERROR, None
                out.messages.append(Msg("stage.inconsistent", stage=stage_label(name)))
                return out
            x, info = again
        out.x = x
        out.objective = float(info.objective_function_value)  # = the plan's value (checked above)
        out.gap = float(info.mip_gap) if math.isfinite(info.mip_gap) else None
        out.values[name] = out.objective
        progress("solve", {"stage": name, "event": "end", "objective": out.objective, "gap": out.gap,
                           "seconds": out.seconds})
        if i < len(stages) - 1:
            costs = compiled.costs[name]
            nz = np.flatnonzero(costs).astype(np.int32)
            h.addRow(-INF, stage_bound(float(costs @ out.x)), len(nz), nz, costs[nz])
    h.cbMipImprovingSolution.unsubscribe(improving)
    return out


def _consistent(compiled: CompiledModel, name: str, x: np.ndarray, reported: float) -> bool:
    """``reported`` (HiGHS's objective) is the value of plan ``x`` for stage ``name``."""
    value = float(compiled.costs[name] @ x) + compiled.offsets[name]
    return abs(value - reported) <= OBJECTIVE_CHECK * max(1.0, abs(value))


def _without_presolve(
    h: highspy.Highs, compiled: CompiledModel, name: str, out: StageOutcome, clock: Deadline, limit: float,
) -> tuple[np.ndarray, Any] | None:
    """Solve stage ``name`` again with presolve off; its plan and info, or ``None`` if that fails too."""
    with clock.slot(limit - out.seconds) as seconds:
        if seconds <= 0:
            return None
        h.setOptionValue("presolve", "off")
        h.setOptionValue("time_limit", seconds)
        started = perf_counter()
        run_highs(h)
        out.seconds += perf_counter() - started
        h.setOptionValue("presolve", "choose")
    info = h.getInfo()
    if h.getModelStatus() != MODEL_STATUS.kOptimal:
        return None
    x = np.asarray(h.getSolution().col_value, dtype=float)
    return (x, info) if _consistent(compiled, name, x, float(info.objective_function_value)) else None


def stopped_at_limit(out: StageOutcome, name: str, limit: float, feasible: bool) -> bool:
    """Record that stage ``name`` stopped at the time limit (either backend); ``True`` if no plan is left.

    A plan found so far stays in ``out.x`` as the stage's answer; without one the run ends there.
    """
    out.status = Status.TIME_LIMIT
    key = "stage.time_limit_plan" if feasible else "stage.time_limit_none"
    out.messages.append(Msg(key, stage=stage_label(name), limit=limit))
    if not feasible:
        out.x = None
        return True
    return False


def stage_bound(reached: float) -> float:
    """Right-hand side of the row that keeps a stage's value ``reached`` in the later stages.

    ``STAGE_TOLERANCE`` relative (at least absolute): later stages may give up that little of it.
    """
    return reached + STAGE_TOLERANCE * max(1.0, abs(reached))
