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
officer's terms (:mod:`staffopt.solver.diagnose`). ``solve`` never raises for a solver outcome.
Deterministic: fixed ``threads`` (HiGHS's scheduler is process-wide; it is reset when the thread
count changes) and ``random_seed``.
"""

from __future__ import annotations

import gc
import math
from time import perf_counter, process_time
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
from staffopt.solver.blocks import (
    BlockOutcome,
    combined_gap,
    merge,
    province_blocks,
    solve_blocks,
    summed_timings,
)
from staffopt.solver.compile import CompiledModel, compile_model
from staffopt.solver.diagnose.explain import diagnose, explain
from staffopt.solver.highs import new_highs
from staffopt.solver.marginals import marginal_values
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
        for name in ("posts", "staff", "contract", "pro", "train", "invest", "digital", *COST_LINES)
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
    """Wall and process-CPU seconds per part (``<part>_seconds``, ``<part>_cpu_seconds``)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._part: tuple[str, float, float] | None = None

    def start(self, part: str) -> None:
        """Start timing ``part`` (stopping the part running, if any)."""
        self.stop()
        self._part = (part, perf_counter(), process_time())

    def stop(self) -> None:
        """Stop the part running and add its seconds."""
        if self._part is not None:
            part, wall, cpu = self._part
            self.add({f"{part}_seconds": perf_counter() - wall, f"{part}_cpu_seconds": process_time() - cpu})
            self._part = None

    def add(self, other: dict[str, float]) -> None:
        """Add ``other``'s seconds to these."""
        for key, value in other.items():
            self.seconds[key] = self.seconds.get(key, 0.0) + value


def solve_block(
    instance: Instance, progress: Progress, time_limit: float, start: np.ndarray | None = None
) -> BlockOutcome:
    """Build, compile and solve one block with ``time_limit`` seconds per stage (from ``start``)."""
    progress("build", {"event": "start", "offices": len(instance.offices)})
    clock = _Stopwatch()
    clock.start("build")
    m = build_model(instance)
    # The model's objects live until this block is done: keep the cyclic garbage collector from
    # traversing them again and again (national build + compile + pass 10.0 -> 5.3 s CPU, with the
    # pause inside build_model). Trade-off: after unfreeze() the dead model waits for the next full
    # collection (national peak RSS 330 -> 530-610 MB); an explicit gc.collect() per block cost more
    # CPU (≈ 0.12 s each) than the freeze saves.
    gc.freeze()
    try:
        return _run_block(instance, m, clock, progress, time_limit, start)
    finally:
        gc.unfreeze()


def _run_block(
    instance: Instance, m: pyo.ConcreteModel, clock: _Stopwatch, progress: Progress, time_limit: float,
    start: np.ndarray | None,
) -> BlockOutcome:
    """Compile, pass, solve and read back the built model ``m`` of one block (see :func:`solve_block`)."""
    st = instance.settings
    clock.start("compile")
    compiled = compile_model(m)
    clock.start("pass")
    stages = STAGES[st.str("objective")]
    limit = max(0.1, time_limit)
    h = new_highs(st, limit)
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
    clock.start("solve")
    run = run_stages(h, compiled, stages, progress, limit, start)
    clock.stop()
    out = BlockOutcome(status=run.status, messages=list(run.messages), objective=run.objective,
                       gap=run.gap, values=dict(run.values), build_seconds=build_seconds,
                       solve_seconds=run.seconds, size=size, x=run.x, timings=clock.seconds)
    if run.status == Status.INFEASIBLE:
        out.diagnosis = diagnose(instance, m.data, compiled, st)
        out.messages = explain([out.diagnosis])
        return out
    if run.x is None:
        return out
    bound = h.getInfo().mip_dual_bound
    out.dual_bound = float(bound) if math.isfinite(bound) else None
    out.solution = extract_solution(m, compiled, run.x)
    progress("marginals", {"event": "start"})
    clock.start("marginals")
    out.marginals, notes = marginal_values(h, compiled, run.x, m.data)
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
    st = instance.settings
    started = perf_counter()
    parts = solve_blocks(province_blocks(instance), st.float("solver.time_limit"), progress, solve_block)
    size = {key: sum(p.size.get(key, 0) for p in parts) for key in parts[0].size}
    values = {name: sum(p.values.get(name, 0.0) for p in parts) for name in parts[0].values}
    messages = [m for p in parts for m in p.messages]
    solve_seconds = sum(p.solve_seconds for p in parts)
    build_seconds = sum(p.build_seconds for p in parts)
    statuses = {p.status for p in parts}
    worst_first = (Status.INFEASIBLE, Status.ERROR, Status.TIME_LIMIT, Status.OPTIMAL)
    status = next(s for s in worst_first if s in statuses)
    gap = combined_gap(parts)

    def finish(status: Status, objective: float | None = None, tables: dict[str, Any] | None = None,
               terms: dict[str, float] | None = None) -> Result:
        timings = summed_timings([p.timings for p in parts])
        progress("done", {"status": status, "objective": objective, "gap": gap,
                          "seconds": perf_counter() - started, "timings": timings})
        return Result(
            status=status, objective=objective, mip_gap=gap, solve_seconds=solve_seconds,
            build_seconds=build_seconds, settings=st, scenario=scenario,
            **(tables or empty_tables()), model_size=size, messages=tuple(m.render("en") for m in messages),
            messages_zh=tuple(m.render("zh") for m in messages),
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
