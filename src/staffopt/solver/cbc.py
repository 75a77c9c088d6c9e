"""CBC as a third MIP backend (``solver.backend = cbc``), on the same compiled model.

CBC runs through python-mip (the package ``mip``, which loads the CBC library of the ``cbcbox``
wheel), installed with ``pip install staffopt[cbc]``. The hand-off is SCIP's
(:mod:`staffopt.solver.scip`): the arrays of :class:`~staffopt.solver.compile.CompiledModel`
written as free MPS at full precision (:func:`staffopt.solver.mps.write_mps`) and read by CBC,
columns in the same order. The lexicographic stages run as with HiGHS
(:mod:`staffopt.solver.stages`): each later stage gets its own cost vector, the bound row
``stage objective ≤ value reached + tolerance`` (:func:`~staffopt.solver.stages.stage_bound`) and
the previous stage's plan as a starting solution (CBC fixes its integers and solves the LP for
the rest). Every stage draws its time from the run's :class:`~staffopt.solver.deadline.Deadline`
(CBC measures wall-clock time: ``INT_PARAM_ELAPSED_TIME = 1``). Marginal values are not CBC's:
the caller solves the fixed-integer LP with HiGHS, the stage rows included, as on the SCIP path.

**The gap.** CBC's reader drops an objective constant, so the constant ``c₀`` of the stage
objective ``c·x + c₀`` is given to CBC as one more column ``k`` fixed at 1 with cost ``c₀``
(presolve folds it away). CBC then stops when ``incumbent − bound ≤ solver.gap ·
max(|incumbent|, |bound|)`` on the objective *with* its constant — for staffopt's minimised,
positive costs that is HiGHS's own test ``(incumbent − bound) / |incumbent| ≤ solver.gap``. (SCIP
is not given the constant: its ``limits/gap`` is relative to the objective without it.) The
absolute gap is HiGHS's default, :data:`staffopt.tolerances.CBC_ABSOLUTE_GAP`. Unlike HiGHS and
SCIP, CBC has no relative tolerance below that: with ``solver.gap = 0`` it can go on branching
on a remainder of a few 1e-9 of the objective (the example's least-unmet-workload stage: 0.0025
of 807,093 left, where HiGHS proves 0) until the time limit, and then reports ``time_limit``
with that plan.

Statuses map onto the same outcomes: ``optimal`` (also when CBC stops at the gap), ``time_limit``
with or without a plan (the only limit set is the time; CBC's ``FEASIBLE`` and
``NO_SOLUTION_FOUND`` are what a stop at it returns), ``infeasible`` (then the caller's
diagnosis), anything else an ``error`` naming CBC's status.

Deterministic: one thread, CBC's random seed ``solver.seed``; plans of a given input repeat as
long as no stage stops at the time limit. CBC has no interrupt hook here: Ctrl-C takes effect when
the running stage returns (at the latest at its time limit).
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from time import perf_counter
from typing import Any

import numpy as np

from staffopt import interrupts
from staffopt.results import Status
from staffopt.settings import Settings
from staffopt.solver.compile import CompiledModel
from staffopt.solver.deadline import Deadline
from staffopt.solver.mps import write_mps
from staffopt.solver.stages import Progress, StageOutcome, stage_bound, stage_label, stopped_at_limit
from staffopt.text import Msg
from staffopt.tolerances import CBC_ABSOLUTE_GAP as ABSOLUTE_GAP
from staffopt.tolerances import ZERO

#: Name of the column fixed at 1 that carries the objective's constant.
CONSTANT_COLUMN = "objective_constant"


@contextmanager
def _model(compiled: CompiledModel, objective: str) -> Iterator[Any]:
    import mip

    handle, name = tempfile.mkstemp(suffix=".mps", prefix="staffopt-cbc-")
    os.close(handle)
    try:
        write_mps(compiled, objective, Path(name))
        model = mip.Model(sense=mip.MINIMIZE, solver_name=mip.CBC)
        model.verbose = 0
        model.read(name)
    finally:
        os.unlink(name)
    yield model


def _linear(cost: np.ndarray, columns: list[Any]) -> Any:
    """``cost · x`` over ``columns`` as a python-mip expression (nonzero terms only)."""
    import mip

    return mip.xsum(float(cost[j]) * columns[j] for j in np.flatnonzero(cost))


def run_stages_cbc(
    compiled: CompiledModel, stages: tuple[str, ...], progress: Progress, settings: Settings,
    deadline: Deadline, limit: float, start: np.ndarray | None = None,
) -> tuple[StageOutcome, float | None, list[tuple[np.ndarray, float]]]:
    """Optimise ``stages`` with CBC; the outcome, the last stage's dual bound and the stage rows.

    Each stage row is ``(cost vector, upper bound)`` as added between stages, so the caller can
    add the same rows to the HiGHS model of the marginal LP.
    """
    import mip
    from mip.cbc import cbclib

    out = StageOutcome(status=Status.OPTIMAL, x=start)
    rows: list[tuple[np.ndarray, float]] = []
    bound: float | None = None
    with _model(compiled, stages[0]) as model:
        by_name = {var.name: var for var in model.vars}
        columns = [by_name[f"c{j}"] for j in range(compiled.num_col)]
        constant = model.add_var(name=CONSTANT_COLUMN, lb=1.0, ub=1.0, obj=compiled.offsets[stages[0]])
        model.threads = 1
        model.seed = settings.int("solver.seed")
        model.max_mip_gap = settings.float("solver.gap")
        model.max_mip_gap_abs = ABSOLUTE_GAP
        cbclib.Cbc_setIntParam(model.solver._model, cbclib.INT_PARAM_ELAPSED_TIME, 1)  # wall clock
        for i, name in enumerate(stages):
            offset = compiled.offsets[name]
            if i > 0:
                model.objective = _linear(compiled.costs[name], columns) + offset * constant
            if out.x is not None:
                plan = np.where(compiled.integer, np.round(out.x), out.x).tolist()
                model.start = [*zip(columns, plan, strict=True), (constant, 1.0)]
            progress("solve", {"stage": name, "event": "start"})
            status = mip.OptimizationStatus.NO_SOLUTION_FOUND
            with deadline.slot(limit - out.seconds) as seconds:
                if seconds > 0:
                    started = perf_counter()
                    status = model.optimize(max_seconds=seconds)
                    out.seconds += perf_counter() - started
                    interrupts.check()  # Ctrl-C during the stage: stop here, not at the next one
            feasible = (out.x is not None if seconds <= 0
                        else status in (mip.OptimizationStatus.OPTIMAL, mip.OptimizationStatus.FEASIBLE))
            if status in (mip.OptimizationStatus.INFEASIBLE, mip.OptimizationStatus.INT_INFEASIBLE):
                out.status = Status.INFEASIBLE
                return out, None, rows
            if seconds <= 0 or status in (mip.OptimizationStatus.FEASIBLE,
                                          mip.OptimizationStatus.NO_SOLUTION_FOUND):
                if stopped_at_limit(out, name, deadline.limit, feasible):
                    return out, None, rows
                if seconds <= 0:
                    return out, bound, rows
            elif status != mip.OptimizationStatus.OPTIMAL:
                out.status = Status.ERROR
                out.messages.append(Msg("stage.cbc_status", stage=stage_label(name), status=status.name))
                return out, None, rows
            out.x = np.array([var.x for var in columns], dtype=float)
            out.objective = float(compiled.costs[name] @ out.x) + offset
            dual = float(model.objective_bound)  # the constant column is in CBC's objective
            bound = dual if math.isfinite(dual) else None
            out.gap = (None if bound is None
                       else max(0.0, out.objective - bound) / max(abs(out.objective), ZERO))
            out.values[name] = out.objective
            progress("solve", {"stage": name, "event": "end", "objective": out.objective, "gap": out.gap,
                               "seconds": out.seconds})
            if i < len(stages) - 1:
                costs = compiled.costs[name]
                rhs = stage_bound(float(costs @ out.x))
                rows.append((costs, rhs))
                model.add_constr(_linear(costs, columns) <= rhs)
    return out, bound, rows
