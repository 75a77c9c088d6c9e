"""SCIP as a second MIP backend (``solver.backend = scip``), on the same compiled model.

The hand-off is the one HiGHS gets: the arrays of :class:`~staffopt.solver.compile.CompiledModel`,
written as a free-format MPS file with every number at full precision
(:func:`staffopt.solver.mps.write_mps`: ``repr``, 17 significant digits, so SCIP reads back exactly
the doubles staffopt built — HiGHS's own MPS writer rounds to 15) and read by SCIP, columns in
the same order. The lexicographic stages run as with HiGHS (:mod:`staffopt.solver.stages`): each
later stage gets its own cost vector, the bound row ``stage objective ≤ value reached + tolerance``
and the previous stage's plan as a start.
Statuses map onto the same outcomes (``optimal`` also when SCIP stops at the gap limit;
``time_limit`` with or without a plan; ``infeasible``). Every stage draws its time from the run's
:class:`~staffopt.solver.deadline.Deadline`. Marginal values are not SCIP's: the caller solves the
fixed-integer LP with HiGHS, the stage rows included, exactly as on the HiGHS path.

Deterministic: one thread, ``randomization/randomseedshift = solver.seed``, wall-clock limit.
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

from staffopt.results import Status
from staffopt.settings import Settings
from staffopt.solver.compile import CompiledModel
from staffopt.solver.deadline import Deadline
from staffopt.solver.mps import write_mps
from staffopt.solver.stages import Progress, StageOutcome, stage_bound, stage_label, stopped_at_limit
from staffopt.text import Msg
from staffopt.tolerances import ZERO

#: SCIP statuses that end a stage with its optimum (the gap limit is the run's ``solver.gap``).
_OPTIMAL = ("optimal", "gaplimit")
_INFEASIBLE = ("infeasible", "inforunbd")
_LIMITS = ("timelimit", "nodelimit", "totalnodelimit", "stallnodelimit", "memlimit", "userinterrupt",
           "sollimit", "bestsollimit", "restartlimit")


def gap_for_scip(gap: float, value: float, offset: float) -> float:
    """The ``limits/gap`` that stops SCIP at ``gap`` of an objective whose constant is ``offset``.

    SCIP is not given the objective's constant (:func:`write_mps`), so the relative gap it stops at
    is measured on ``value`` (the objective without it): an absolute gap of ``gap·|value + offset|``
    is ``gap·|value + offset| / |value|`` of that. ``value``: the objective without its constant at
    a plan of the model (e.g. its start). For an ordinary block the constant is the fixed costs and
    small; a priced province (:func:`staffopt.solver.pool.price_bound`) has a constant that cancels
    most of ``value``, and SCIP would stop 20× too early.
    """
    return gap * abs(value + offset) / max(abs(value), ZERO)


@contextmanager
def _model(compiled: CompiledModel, objective: str) -> Iterator[Any]:
    import pyscipopt

    handle, name = tempfile.mkstemp(suffix=".mps", prefix="staffopt-scip-")
    os.close(handle)
    try:
        write_mps(compiled, objective, Path(name))
        model = pyscipopt.Model()
        model.hideOutput()
        model.readProblem(name)
    finally:
        os.unlink(name)
    yield model


def run_stages_scip(
    compiled: CompiledModel, stages: tuple[str, ...], progress: Progress, settings: Settings,
    deadline: Deadline, limit: float, start: np.ndarray | None = None,
) -> tuple[StageOutcome, float | None, list[tuple[np.ndarray, float]]]:
    """Optimise ``stages`` with SCIP; the outcome, the last stage's dual bound and the stage rows.

    Each stage row is ``(cost vector, upper bound)`` as added between stages, so the caller can
    add the same rows to the HiGHS model of the marginal LP.
    """
    out = StageOutcome(status=Status.OPTIMAL, x=start)
    rows: list[tuple[np.ndarray, float]] = []
    bound: float | None = None
    with _model(compiled, stages[0]) as model:
        by_name = {var.name: var for var in model.getVars()}
        columns = [by_name[f"c{j}"] for j in range(compiled.num_col)]
        model.setParam("parallel/maxnthreads", 1)
        model.setParam("randomization/randomseedshift", settings.int("solver.seed"))
        model.setParam("limits/gap", settings.float("solver.gap"))
        for i, name in enumerate(stages):
            if i > 0:
                model.freeTransform()
                cost = compiled.costs[name]
                nz = np.flatnonzero(cost)
                from pyscipopt import quicksum

                model.setObjective(quicksum(float(cost[j]) * columns[j] for j in nz), "minimize")
            if out.x is not None:
                plan = model.createSol()
                for var, value in zip(columns, out.x.tolist(), strict=True):
                    model.setSolVal(plan, var, value)
                model.addSol(plan, free=True)
            progress("solve", {"stage": name, "event": "start"})
            with deadline.slot(limit - out.seconds) as seconds:
                if seconds > 0:
                    model.setParam("limits/time", seconds)
                    started = perf_counter()
                    model.optimize()
                    out.seconds += perf_counter() - started
            status = "timelimit" if seconds <= 0 else model.getStatus()
            feasible = out.x is not None if seconds <= 0 else model.getNSols() > 0
            if status in _INFEASIBLE:
                out.status = Status.INFEASIBLE
                return out, None, rows
            if status in _LIMITS:
                if stopped_at_limit(out, name, deadline.limit, feasible):
                    return out, None, rows
                if seconds <= 0:
                    return out, bound, rows
            elif status not in _OPTIMAL:
                out.status = Status.ERROR
                out.messages.append(Msg("stage.scip_status", stage=stage_label(name), status=status))
                return out, None, rows
            best = model.getBestSol()
            out.x = np.array([model.getSolVal(best, var) for var in columns], dtype=float)
            offset = compiled.offsets[name]
            out.objective = float(compiled.costs[name] @ out.x) + offset
            dual = float(model.getDualbound()) + offset
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
                model.freeTransform()
                nz = np.flatnonzero(costs)
                from pyscipopt import quicksum

                model.addCons(quicksum(float(costs[j]) * columns[j] for j in nz) <= rhs)
    return out, bound, rows
