"""Solve an :class:`~staffopt.instance.Instance` with HiGHS and return a :class:`~staffopt.results.Result`.

Pipeline: ``build_model`` → ``compile_model`` (Pyomo standard-form compiler, arrays:
:mod:`staffopt.solver.compile`) → ``highspy.Highs.passModel`` (:mod:`staffopt.solver.highs`) → one
MIP solve per lexicographic stage (:mod:`staffopt.solver.stages`: the objective's cost vector is
swapped in place; each finished stage adds the row ``stage objective ≤ its value + tolerance``;
the previous stage's plan is passed as a starting solution) → LP with the integers fixed at the
optimum for the marginal values (:mod:`staffopt.solver.marginals`) → tidy tables. A model that
separates by province is solved block by block, sharing the time limit
(:mod:`staffopt.solver.blocks`).

Guarantees: a time limit is always set (``solver.time_limit`` per stage); a run that hits it
returns its best plan with status ``time_limit`` and the gap; no plan at all gives status
``time_limit`` with empty tables and a message; an infeasible model is explained in a budget
officer's terms (:mod:`staffopt.solver.diagnose`; conflicts the data prove alone are found
before any model is built, :mod:`staffopt.solver.diagnose.direct`). ``solve`` never raises for a
solver outcome.
Deterministic: fixed ``threads`` (HiGHS's scheduler is process-wide; it is reset when the thread
count changes) and ``random_seed``.
"""

from __future__ import annotations

import gc
import math
import threading
from dataclasses import replace
from time import perf_counter, process_time, thread_time
from typing import Any

import numpy as np
import pyomo.environ as pyo

from staffopt.instance import Instance
from staffopt.model import STAGES, ModelData, build_model
from staffopt.model.budget import COST_LINES
from staffopt.model.objective import VACANT_POST_COST, unmet_weight
from staffopt.model.sets import derive
from staffopt.results import Result, Status
from staffopt.results.tables import Solution, empty_tables, result_tables
from staffopt.solver.backend import with_backend
from staffopt.solver.blocks import (
    BlockOutcome,
    Start,
    block_workers,
    combined_gap,
    merge,
    province_blocks,
    solve_blocks,
    summed_timings,
)
from staffopt.solver.cbc import run_stages_cbc
from staffopt.solver.compile import INF, CompiledModel, compile_model
from staffopt.solver.deadline import MIN_SLOT, Deadline
from staffopt.solver.diagnose.direct import direct_diagnosis
from staffopt.solver.diagnose.explain import diagnose, explain
from staffopt.solver.highs import new_highs
from staffopt.solver.marginals import marginal_values
from staffopt.solver.pool import PooledModel, pooled, solve_pool
from staffopt.solver.scip import run_stages_scip
from staffopt.solver.stages import Progress, run_stages
from staffopt.text import Msg
from staffopt.tolerances import ZERO


def _ignore(stage: str, info: dict[str, Any]) -> None:
    """Progress sink used when the caller passes none."""


def extract_solution(m: pyo.ConcreteModel, compiled: CompiledModel, x: np.ndarray) -> Solution:
    """Load ``x`` into the model (integers rounded) and read every variable and cost line."""
    x = np.where(compiled.integer, np.round(x), np.where(np.abs(x) < ZERO, 0.0, x))
    for var, value in zip(compiled.columns, x, strict=True):
        var.set_value(float(value), skip_validation=True)
    data: ModelData = m.data

    def read(component: Any) -> dict[Any, float]:
        return {idx: float(pyo.value(item, exception=False) or 0.0) for idx, item in component.items()}

    values: dict[str, dict[tuple[str, int], float]] = {
        name: read(getattr(m, name))
        for name in ("posts", "staff", "contract", "pro", "convert", "train", "invest", "digital",
                     *COST_LINES)
    }
    online, unmet = read(m.online_se), read(m.unmet_se)
    values["online"] = {key: v * data.target[key] for key, v in online.items()}
    values["unmet"] = {key: v * data.target[key] for key, v in unmet.items()}
    return Solution(office_year=values, platform=read(m.platform))


def objective_terms(inst: Instance, data: ModelData, sol: Solution) -> dict[str, float]:
    """Totals of the plan that add up to the objective (see :class:`~staffopt.results.Result`).

    ``objective = cost_discounted + unmet_penalty_discounted + vacant_posts_tiebreak``.
    """
    st = inst.settings
    v = sol.office_year
    total = {key: sum(v[line][key] for line in COST_LINES) for key in data.target}
    unmet = v["unmet"]
    weighted = {key: unmet_weight(data, key[0]) * unmet[key] for key in unmet}
    penalty = st.float("unmet.penalty") if st.str("objective") == "cost" else 0.0
    shares = [unmet[key] / data.workload[key] for key in unmet if data.workload[key] > 0]
    vacant = sum(v["posts"][key] - v["staff"][key] for key in data.target)
    return {
        "cost_discounted": sum(data.discount[key[1]] * c for key, c in total.items()),
        "cost_undiscounted": sum(total.values()),
        "unmet_penalty_discounted": penalty * sum(data.discount[key[1]] * w for key, w in weighted.items()),
        "unmet_total": sum(unmet.values()),
        "unmet_weighted": sum(weighted.values()),
        "max_unmet_share": max(shares, default=0.0),
        "vacant_posts_tiebreak": VACANT_POST_COST * vacant,
    }


class _Stopwatch:
    """Wall and CPU seconds per part (``<part>_seconds``, ``<part>_cpu_seconds``).

    CPU is the process's (all threads) when the block is solved on the main thread, and the
    thread's own when blocks are solved on worker threads (the process's would count the other
    block's work too; HiGHS runs in the calling thread with ``solver.threads`` = 1).
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._part: tuple[str, float, float] | None = None
        self._cpu = process_time if threading.current_thread() is threading.main_thread() else thread_time

    def start(self, part: str) -> None:
        """Start timing ``part`` (stopping the part running, if any)."""
        self.stop()
        self._part = (part, perf_counter(), self._cpu())

    def stop(self) -> None:
        """Stop the part running and add its seconds."""
        if self._part is not None:
            part, wall, cpu = self._part
            self.add({f"{part}_seconds": perf_counter() - wall, f"{part}_cpu_seconds": self._cpu() - cpu})
            self._part = None

    def add(self, other: dict[str, float]) -> None:
        """Add ``other``'s seconds to these."""
        for key, value in other.items():
            self.seconds[key] = self.seconds.get(key, 0.0) + value


def solve_block(
    instance: Instance, progress: Progress, time_limit: float, start: Start = None,
    deadline: Deadline | None = None, built: PooledModel | None = None, marginals: bool = True,
) -> BlockOutcome:
    """Build, compile and solve one block, its stages within ``time_limit`` seconds (from ``start``).

    ``start`` is a plan in the column order of this block's model (an earlier run of it) or the
    values of the model's variables by (variable, index) (a plan from elsewhere). ``built``: the
    block's model already built and compiled (the pooled model, :mod:`staffopt.solver.pool`).

    The seconds are drawn from ``deadline``, the run's account, which also pays for the marginal
    LP and a diagnosis (a fresh account of ``time_limit`` seconds when ``None``). ``marginals``
    False skips the marginal LP (a block whose duals nobody reads: :mod:`staffopt.solver.pool`).
    """
    deadline = deadline if deadline is not None else Deadline(time_limit)
    progress("build", {"event": "start", "offices": len(instance.offices)})
    clock = _Stopwatch()
    clock.start("build")
    m = build_model(instance) if built is None else built.model
    # The model's objects live until this block is done: keep the cyclic garbage collector from
    # traversing them again and again (national build + compile + pass 10.0 -> 5.3 s CPU, with the
    # pause inside build_model). Trade-off: after unfreeze() the dead model waits for the next full
    # collection (national peak RSS 330 -> 530-610 MB); an explicit gc.collect() per block cost more
    # CPU (≈ 0.12 s each) than the freeze saves. Blocks solved on two threads overlap: the models
    # stay frozen until the last one is done.
    _freeze()
    try:
        return _run_block(instance, m, clock, progress, time_limit, start, deadline,
                          None if built is None else built.compiled, marginals)
    finally:
        _unfreeze()


_frozen = [0]
_frozen_lock = threading.Lock()


def _freeze() -> None:
    """``gc.freeze()``, counted: blocks on two threads each freeze their model."""
    with _frozen_lock:
        _frozen[0] += 1
        gc.freeze()


def _unfreeze() -> None:
    """``gc.unfreeze()`` once the last block that froze is done."""
    with _frozen_lock:
        _frozen[0] -= 1
        if _frozen[0] == 0:
            gc.unfreeze()


def _run_block(
    instance: Instance, m: pyo.ConcreteModel, clock: _Stopwatch, progress: Progress, time_limit: float,
    start: Start, deadline: Deadline, compiled: CompiledModel | None = None, marginals: bool = True,
) -> BlockOutcome:
    """Compile (unless ``compiled``), pass, solve and read back the built model ``m`` of one block."""
    st = instance.settings
    clock.start("compile")
    compiled = compile_model(m) if compiled is None else compiled
    clock.start("pass")
    stages = STAGES[st.str("objective")]
    limit = max(0.0, time_limit)
    h = new_highs(st, max(limit, MIN_SLOT))
    h.passModel(compiled.to_lp(stages[0]))
    clock.stop()
    times = clock.seconds
    build_seconds = times["build_seconds"] + times["compile_seconds"]
    size = {
        "variables": compiled.num_col, "integer_variables": int(compiled.integer.sum()),
        "constraints": compiled.num_row, "nonzeros": len(compiled.a_value),
    }
    progress("build", {"event": "end", "seconds": build_seconds, **size,
                       **{f"{p}_seconds": times[f"{p}_seconds"] for p in ("build", "compile", "pass")}})
    if isinstance(start, dict):
        start = compiled.column_values(start)
    clock.start("solve")
    other_bound: float | None = None  # the dual bound of SCIP or CBC
    if st.str("solver.backend") in ("scip", "cbc"):
        other = run_stages_scip if st.str("solver.backend") == "scip" else run_stages_cbc
        run, other_bound, rows = other(compiled, stages, progress, st, deadline, limit, start)
        # the marginal LP is HiGHS's on either backend: the last stage's costs and every stage row
        everything = np.arange(compiled.num_col, dtype=np.int32)
        h.changeColsCost(compiled.num_col, everything, compiled.costs[stages[-1]])
        h.changeObjectiveOffset(compiled.offsets[stages[-1]])
        for costs, rhs in rows:
            nz = np.flatnonzero(costs).astype(np.int32)
            h.addRow(-INF, rhs, len(nz), nz, costs[nz])
    else:
        run = run_stages(h, compiled, stages, progress, limit, start, deadline)
    clock.stop()
    out = BlockOutcome(status=run.status, messages=list(run.messages), objective=run.objective,
                       gap=run.gap, values=dict(run.values), build_seconds=build_seconds,
                       solve_seconds=run.seconds, size=size, x=run.x, timings=clock.seconds)
    if run.status == Status.INFEASIBLE:
        clock.start("diagnose")
        out.diagnosis = diagnose(instance, m.data, compiled, st, deadline)
        clock.stop()
        out.messages = explain([out.diagnosis])
        return out
    if run.x is None:
        return out
    if st.str("solver.backend") in ("scip", "cbc"):
        out.dual_bound = other_bound
    else:
        bound = h.getInfo().mip_dual_bound
        out.dual_bound = float(bound) if math.isfinite(bound) else None
    out.solution = extract_solution(m, compiled, run.x)
    if not marginals:
        return out
    progress("marginals", {"event": "start"})
    clock.start("marginals")
    out.marginals, notes = marginal_values(h, compiled, run.x, m.data, deadline)
    clock.stop()
    out.messages.extend(notes)
    return out


def solve(
    instance: Instance,
    *,
    scenario: str | None = None,
    on_progress: Progress | None = None,
) -> Result:
    """Build, solve and tabulate ``instance``; never raises for a solver outcome.

    When the model separates by province (:mod:`staffopt.solver.blocks`) each province is solved
    on its own and the plans are merged; ``solver.time_limit`` is then shared out over the
    provinces (unused time rolls over). ``on_progress(stage, info)`` is called with ``build``
    (start, then model size and seconds), ``solve`` (start/end of each lexicographic stage and
    every improving plan with its objective and gap), ``marginals`` and ``done``; with several
    provinces ``info`` also carries ``block`` ("2/31").
    """
    progress = on_progress or _ignore
    asked = instance.settings  # the Result keeps these; the solve runs with the backend resolved
    settings, backend_notes = with_backend(asked, len(instance.provinces))
    if settings is not asked:  # solver.backend = auto, resolved for this instance
        instance = replace(instance, settings=settings)
    st = instance.settings
    started = perf_counter()
    deadline = Deadline(st.float("solver.time_limit"))
    direct = direct_diagnosis(instance, derive(instance))
    # proven from the data alone: no solver runs, so none is named (nor a note on which one would)
    backend: str | None = st.str("solver.backend") if direct is None else None
    notes: list[Msg] = list(backend_notes) if direct is None else []
    pool_gap: float | None = None
    if direct is not None:  # proven from the data: no model to build, no elastic re-solve
        parts = [BlockOutcome(status=Status.INFEASIBLE, messages=[], diagnosis=direct)]
    elif pooled(instance):  # one fund pool over all provinces: split by province, check the pool rows
        workers = block_workers(len(instance.provinces), st.int("solver.threads"))
        parts, pool_gap, pool_notes = solve_pool(instance, deadline, progress, solve_block, workers)
        notes += pool_notes
    else:
        blocks = province_blocks(instance)
        workers = block_workers(len(blocks), st.int("solver.threads"))
        parts = solve_blocks(blocks, deadline, progress, solve_block, workers)
    size = {key: sum(p.size.get(key, 0) for p in parts) for key in parts[0].size}
    values = {name: sum(p.values.get(name, 0.0) for p in parts) for name in parts[0].values}
    messages = [*notes, *(m for p in parts for m in p.messages)]
    solve_seconds = sum(p.solve_seconds for p in parts)
    build_seconds = sum(p.build_seconds for p in parts)
    statuses = {p.status for p in parts}
    worst_first = (Status.INFEASIBLE, Status.ERROR, Status.TIME_LIMIT, Status.OPTIMAL)
    status = next(s for s in worst_first if s in statuses)
    gap = pool_gap if pooled(instance) and direct is None else combined_gap(parts)

    def finish(status: Status, objective: float | None = None, tables: dict[str, Any] | None = None,
               terms: dict[str, float] | None = None) -> Result:
        timings = {**summed_timings([p.timings for p in parts]), "solver_seconds": deadline.spent}
        # provinces stopped the same way say so once (same text in both languages), in first-seen order
        shown = list(dict.fromkeys(messages, None))
        progress("done", {"status": status, "objective": objective, "gap": gap,
                          "seconds": perf_counter() - started, "timings": timings})
        return Result(
            status=status, objective=objective, mip_gap=gap, solve_seconds=solve_seconds,
            build_seconds=build_seconds, settings=asked, scenario=scenario, backend=backend,
            **(tables or empty_tables()), model_size=size, messages=tuple(m.render("en") for m in shown),
            messages_zh=tuple(m.render("zh") for m in shown),
            objective_terms=terms or {}, stage_objectives=values,
            timings=timings,
        )

    if status == Status.INFEASIBLE:
        # one explanation over every infeasible province block (grouped and capped together)
        messages = explain([p.diagnosis for p in parts if p.diagnosis is not None])
        return finish(Status.INFEASIBLE)
    if any(p.solution is None for p in parts):
        if status == Status.TIME_LIMIT:
            messages.append(Msg("solve.no_plan_in_time"))
        return finish(Status.ERROR if status == Status.OPTIMAL else status)
    solution, marginals = merge(parts)
    tables = result_tables(instance, solution, marginals)
    terms = objective_terms(instance, derive(instance), solution)
    objective = sum(p.objective or 0.0 for p in parts)
    return finish(status, objective, tables, terms)
