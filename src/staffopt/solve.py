"""Solve an :class:`~staffopt.instance.Instance` with HiGHS and return a :class:`~staffopt.results.Result`.

Pipeline: ``build_model`` → ``compile_model`` (Pyomo standard-form compiler, arrays) →
``highspy.Highs.passModel`` → one MIP solve per lexicographic stage (the objective's cost
vector is swapped in place; each finished stage adds the row ``stage objective ≤ its value +
tolerance``; the previous stage's plan is passed as a starting solution) → LP with the integers
fixed at the optimum for the marginal values → tidy tables.

Guarantees: a time limit is always set (``solver.time_limit`` per stage); a run that hits it
returns its best plan with status ``time_limit`` and the gap; no plan at all gives status
``time_limit`` with empty tables and a message; an infeasible model is explained in a budget
officer's terms (:mod:`staffopt.model.diagnose`). ``solve`` never raises for a solver outcome.
Deterministic: fixed ``threads`` (HiGHS's scheduler is process-wide; it is reset when the thread
count changes) and ``random_seed``.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from time import perf_counter, process_time
from typing import Any

import highspy
import numpy as np
import pyomo.environ as pyo

from staffopt.instance import Instance
from staffopt.model import STAGES, ModelData, build_model
from staffopt.model.blocks import province_blocks
from staffopt.model.budget import COST_LINES
from staffopt.model.compile import INF, CompiledModel, compile_model, component_names
from staffopt.model.diagnose import Diagnosis, Msg, diagnose, explain
from staffopt.model.diagnose_direct import direct_diagnosis
from staffopt.model.objective import VACANT_POST_COST, unmet_weight
from staffopt.model.sets import derive
from staffopt.results import Result
from staffopt.settings import Settings
from staffopt.tables import Marginals, Solution, empty_tables, result_tables

Progress = Callable[[str, dict[str, Any]], None]

#: Stage objective names in English and Chinese (for messages).
STAGE_LABELS: dict[str, Msg] = {
    "obj_cost": ("least cost", "成本最低"),
    "obj_unmet": ("least unmet workload", "未满足业务量最小"),
    "obj_share": ("smallest largest unmet share", "最大未满足比例最小"),
}

#: Relative tolerance added to a finished stage's value when it becomes a bound for the next.
STAGE_TOLERANCE = 1e-6

_MS = highspy.HighsModelStatus
_INFEASIBLE = (_MS.kInfeasible, _MS.kUnboundedOrInfeasible)
_LIMITS = (_MS.kTimeLimit, _MS.kInterrupt, _MS.kIterationLimit, _MS.kSolutionLimit, _MS.kMemoryLimit)
_threads_in_use: int | None = None


def _finite(value: Any) -> float | None:
    """``value`` as a float, or ``None`` when it is not finite (HiGHS reports ±inf before a bound)."""
    number = float(value)
    return number if math.isfinite(number) else None


def _ignore(stage: str, info: dict[str, Any]) -> None:
    """Progress sink used when the caller passes none."""


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


@dataclass
class StageOutcome:
    """What the lexicographic stages produced."""

    status: str  # optimal | time_limit | infeasible | error
    x: np.ndarray | None = None
    gap: float | None = None
    objective: float | None = None
    seconds: float = 0.0
    values: dict[str, float] = field(default_factory=dict)
    messages: list[Msg] = field(default_factory=list)


def run_stages(
    h: highspy.Highs, compiled: CompiledModel, stages: tuple[str, ...], progress: Progress, limit: float,
    start: np.ndarray | None = None,
) -> StageOutcome:
    """Optimise ``stages`` in order on ``h`` (model already passed with the first stage's costs).

    ``start`` (a plan of the same model, e.g. from an earlier, shorter run) is offered to HiGHS
    as the first stage's starting solution.
    """
    out = StageOutcome(status="optimal", x=start)
    current = {"stage": stages[0]}

    def improving(event: Any) -> None:
        data = event.data_out
        progress("solve", {"stage": current["stage"], "objective": _finite(data.objective_function_value),
                           "bound": _finite(data.mip_dual_bound), "gap": _finite(data.mip_gap),
                           "elapsed": _finite(data.running_time)})

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
        started = perf_counter()
        h.run()
        out.seconds += perf_counter() - started
        status, info = h.getModelStatus(), h.getInfo()
        feasible = info.primal_solution_status == highspy.SolutionStatus.kSolutionStatusFeasible
        if status in _INFEASIBLE:
            out.status = "infeasible"
            return out
        if status in _LIMITS:
            out.status = "time_limit"
            en, zh = STAGE_LABELS[name]
            out.messages.append((
                f"stage '{en}': stopped at the time limit ({limit:g} s, solver.time_limit); "
                + ("the best plan found is reported" if feasible else "no plan was found"),
                f"求解阶段“{zh}”达到时间上限({limit:g} 秒，solver.time_limit)；"
                + ("报告已找到的最优方案" if feasible else "未找到任何方案")))
            if not feasible:
                out.x = None
                return out
        elif status != _MS.kOptimal:
            out.status = "error"
            text = h.modelStatusToString(status)
            out.messages.append((f"stage '{STAGE_LABELS[name][0]}': HiGHS ended with status {text}",
                                 f"求解阶段“{STAGE_LABELS[name][1]}”：HiGHS 结束状态为 {text}"))
            return out
        out.x = np.asarray(h.getSolution().col_value, dtype=float)
        out.objective = float(info.objective_function_value)
        out.gap = float(info.mip_gap) if math.isfinite(info.mip_gap) else None
        out.values[name] = out.objective
        progress("solve", {"stage": name, "event": "end", "objective": out.objective, "gap": out.gap,
                           "seconds": out.seconds})
        if i < len(stages) - 1:
            costs = compiled.costs[name]
            nz = np.flatnonzero(costs).astype(np.int32)
            reached = float(costs @ out.x)
            h.addRow(-INF, reached + STAGE_TOLERANCE * max(1.0, abs(reached)), len(nz), nz, costs[nz])
    h.cbMipImprovingSolution.unsubscribe(improving)
    return out


def extract_solution(m: pyo.ConcreteModel, compiled: CompiledModel, x: np.ndarray) -> Solution:
    """Load ``x`` into the model (integers rounded) and read every variable and cost line."""
    x = np.where(compiled.integer, np.round(x), np.where(np.abs(x) < 1e-9, 0.0, x))
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


def marginal_values(
    h: highspy.Highs, compiled: CompiledModel, x: np.ndarray, data: ModelData
) -> tuple[Marginals, list[Msg]]:
    """Duals of the LP with every integer fixed at its optimal value (domain relaxed too).

    Workload (万元 of year t per person-time of office o):
    ``(y_load + (1 − manual_floor)·y_manual + share·platform·y_capacity + u·y_equity [+ r_unmet]) / (s·d_t)``
    (``r_unmet``, the reduced cost of ``unmet_se``, only when the whole workload is unmet)
    — the derivative of the objective with respect to ``N[o,t]`` through every row it enters.
    Budget: ``−y_budget / d_t`` ≥ 0, the objective saved per extra 万元 of the cap, net of
    spending it (a 万元 that buys 500 万元 of avoided penalty is worth 499).
    """
    ints = np.flatnonzero(compiled.integer).astype(np.int32)
    fixed = np.round(x[ints])
    h.changeColsIntegrality(len(ints), ints, np.zeros(len(ints), dtype=np.uint8))
    h.changeColsBounds(len(ints), ints, fixed, fixed)
    h.run()
    if h.getModelStatus() != _MS.kOptimal:
        text = h.modelStatusToString(h.getModelStatus())
        return Marginals(), [(f"marginal values: the LP with fixed integers did not solve to optimality "
                              f"({text}); they are left empty",
                              f"边际值：固定整数后的线性规划未求得最优解({text})，边际值留空")]
    sol = h.getSolution()  # one copy of the whole solution out of HiGHS
    y = np.asarray(sol.row_dual, dtype=float)
    xs = np.asarray(sol.col_value, dtype=float)
    reduced = np.asarray(sol.col_dual, dtype=float)
    row = compiled.rows_by_key()
    col = {id(v): j for j, v in enumerate(compiled.columns)}
    st = data.instance.settings
    share = st.float("platform.share")

    def dual(name: str, idx: Any) -> float:
        i = row.get((name, idx))
        return 0.0 if i is None else float(y[i])

    def value(var: Any) -> float:
        j = col.get(id(var))
        return float(var.value or 0.0) if j is None else float(xs[j])

    model_vars = _VarLookup(compiled)
    u = model_vars.scalar("max_unmet_share", value)
    workload: dict[tuple[str, int], float] = {}
    for (o, t), s in data.target.items():
        office = data.offices[o]
        platform = model_vars.indexed("platform", (office.province, t), value)
        d = (dual("load_ratio", (o, t)) + (1.0 - office.manual_floor) * dual("manual_floor", (o, t))
             + share * platform * dual("online_capacity", (o, t)) + u * dual("equity_share", (o, t)))
        j = col.get(id(model_vars.var("unmet_se", (o, t))))
        if j is not None and xs[j] >= compiled.col_upper[j] - 1e-9 > 0:  # everything unmet: bound N/s
            d += float(reduced[j])
        workload[o, t] = d / (s * data.discount[t])
    budget: dict[tuple[str, int], float] = {}
    for (name, idx), i in row.items():
        if name == "budget_fiscal" or name == "budget_fund":
            pool, t = idx
            budget[pool, t] = max(0.0, -float(y[i])) / data.discount[t]
    return Marginals(workload=workload, budget=budget), []


class _VarLookup:
    """Find variable values by component name (columns carry their Pyomo component)."""

    def __init__(self, compiled: CompiledModel) -> None:
        names = component_names(compiled.columns)
        self._by_key = {(name, v.index()): v for name, v in zip(names, compiled.columns, strict=True)}

    def var(self, name: str, idx: Any) -> Any:
        """The column variable ``name[idx]`` (``None`` when it is fixed or absent)."""
        return self._by_key.get((name, idx))

    def indexed(self, name: str, idx: Any, value: Callable[[Any], float]) -> float:
        var = self._by_key.get((name, idx))
        return 0.0 if var is None else value(var)

    def scalar(self, name: str, value: Callable[[Any], float]) -> float:
        return self.indexed(name, None, value)


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


#: Keys of :attr:`Result.timings` (each also with ``_cpu`` before ``_seconds``).
TIMING_PARTS = ("build", "compile", "pass", "solve", "marginals")


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


@dataclass
class BlockOutcome:
    """One independently solved block (a province, or the whole instance)."""

    status: str
    messages: list[Msg]
    solution: Solution | None = None
    marginals: Marginals = field(default_factory=Marginals)
    objective: float | None = None
    dual_bound: float | None = None
    gap: float | None = None
    values: dict[str, float] = field(default_factory=dict)
    build_seconds: float = 0.0
    solve_seconds: float = 0.0
    size: dict[str, int] = field(default_factory=dict)
    x: np.ndarray | None = None  # final plan, column order of the block's compiled model
    timings: dict[str, float] = field(default_factory=dict)  # see Result.timings
    diagnosis: Diagnosis | None = None  # conflicts of an infeasible block (explained after merging)


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
    if run.status == "infeasible":
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


def _merge(parts: list[BlockOutcome]) -> tuple[Solution, Marginals]:
    office_year: dict[str, dict[tuple[str, int], float]] = {}
    platform: dict[tuple[str, int], float] = {}
    workload: dict[tuple[str, int], float] = {}
    budget: dict[tuple[str, int], float] = {}
    for part in parts:
        assert part.solution is not None
        for name, values in part.solution.office_year.items():
            office_year.setdefault(name, {}).update(values)
        platform.update(part.solution.platform)
        workload.update(part.marginals.workload)
        budget.update(part.marginals.budget)
    return Solution(office_year=office_year, platform=platform), Marginals(workload=workload, budget=budget)


def _combined_gap(parts: list[BlockOutcome]) -> float | None:
    if len(parts) == 1:
        return parts[0].gap
    if any(p.objective is None or p.dual_bound is None for p in parts):
        return None
    primal = sum(p.objective or 0.0 for p in parts)
    dual = sum(p.dual_bound or 0.0 for p in parts)
    return abs(primal - dual) / max(abs(primal), 1e-9) if primal else 0.0


def _second_chance(
    blocks: list[Instance], parts: list[BlockOutcome], budget_seconds: float, progress: Progress
) -> None:
    """Give provinces stopped by their share of the time limit the time the others left over.

    Each is solved again from its best plan so far (same column order: same instance, same
    build), with the leftover time shared out; the better outcome is kept.
    """
    if len(blocks) == 1:
        return
    again = [i for i, p in enumerate(parts) if p.status == "time_limit"]
    for n, i in enumerate(again):
        left = budget_seconds - sum(p.solve_seconds for p in parts)
        share = left / (len(again) - n)
        if share < 1.0:
            return
        old = parts[i]
        new = solve_block(blocks[i], _tagged(progress, f"{i + 1}/{len(blocks)} (more time)"), share, old.x)
        new.solve_seconds += old.solve_seconds
        new.build_seconds += old.build_seconds
        new.timings = _summed([old.timings, new.timings])
        stages = STAGES[blocks[i].settings.str("objective")]
        better = new.solution is not None and (
            old.solution is None or new.status == "optimal"
            or [new.values.get(s, math.inf) for s in stages] <= [old.values.get(s, math.inf) for s in stages])
        if better:
            parts[i] = new
        else:
            old.solve_seconds = new.solve_seconds
            old.build_seconds = new.build_seconds
            old.timings = new.timings


def _summed(parts: list[dict[str, float]]) -> dict[str, float]:
    """Seconds per key of :attr:`Result.timings`, summed over ``parts`` (0 for a part not run)."""
    keys = [f"{p}{cpu}_seconds" for p in TIMING_PARTS for cpu in ("", "_cpu")]
    return {key: sum(part.get(key, 0.0) for part in parts) for key in keys}


def _tagged(progress: Progress, label: str) -> Progress:
    """``progress`` with ``block=label`` added to every info dict."""

    def report(stage: str, info: dict[str, Any]) -> None:
        progress(stage, {**info, "block": label})

    return report


def solve(
    instance: Instance,
    *,
    scenario: str | None = None,
    on_progress: Progress | None = None,
) -> Result:
    """Build, solve and tabulate ``instance``; never raises for a solver outcome.

    When the model separates by province (:mod:`staffopt.model.blocks`) each province is solved
    on its own and the plans are merged; ``solver.time_limit`` is then shared out over the
    provinces (unused time rolls over). ``on_progress(stage, info)`` is called with ``build``
    (start, then model size and seconds), ``solve`` (start/end of each lexicographic stage and
    every improving plan with its objective and gap), ``marginals`` and ``done``; with several
    provinces ``info`` also carries ``block`` ("2/31").
    """
    progress = on_progress or _ignore
    st = instance.settings
    blocks = province_blocks(instance)
    budget_seconds = st.float("solver.time_limit")
    started = perf_counter()
    parts: list[BlockOutcome] = []
    direct = direct_diagnosis(instance, derive(instance))
    if direct is not None:  # proven from the data: no model to build, no elastic re-solve
        parts.append(BlockOutcome(status="infeasible", messages=[], diagnosis=direct))
        blocks = []
    for i, block in enumerate(blocks):
        tagged = progress if len(blocks) == 1 else _tagged(progress, f"{i + 1}/{len(blocks)}")
        spent = sum(p.solve_seconds for p in parts)
        share = budget_seconds if len(blocks) == 1 else (budget_seconds - spent) / (len(blocks) - i)
        parts.append(solve_block(block, tagged, share))
    if blocks:
        _second_chance(blocks, parts, budget_seconds, progress)
    size = {key: sum(p.size.get(key, 0) for p in parts) for key in parts[0].size}
    values = {name: sum(p.values.get(name, 0.0) for p in parts) for name in parts[0].values}
    messages = [m for p in parts for m in p.messages]
    solve_seconds = sum(p.solve_seconds for p in parts)
    build_seconds = sum(p.build_seconds for p in parts)
    statuses = {p.status for p in parts}
    status = next(s for s in ("infeasible", "error", "time_limit", "optimal") if s in statuses)
    gap = _combined_gap(parts)

    def finish(status: str, objective: float | None = None, tables: dict[str, Any] | None = None,
               terms: dict[str, float] | None = None) -> Result:
        timings = _summed([p.timings for p in parts])
        progress("done", {"status": status, "objective": objective, "gap": gap,
                          "seconds": perf_counter() - started, "timings": timings})
        return Result(
            status=status, objective=objective, mip_gap=gap, solve_seconds=solve_seconds,
            build_seconds=build_seconds, settings=st, scenario=scenario,
            **(tables or empty_tables()), model_size=size, messages=tuple(en for en, _ in messages),
            messages_zh=tuple(zh for _, zh in messages),
            objective_terms=terms or {}, stage_objectives=values,
            timings=timings,
        )

    if status == "infeasible":
        # one explanation over every infeasible province block (grouped and capped together)
        messages = explain([p.diagnosis for p in parts if p.diagnosis is not None])
        return finish("infeasible")
    if any(p.solution is None for p in parts):
        if status == "time_limit":
            messages.append(("no plan was found within the time limit: raise solver.time_limit "
                             "(--time-limit) or loosen solver.gap",
                             "在时间上限内未找到任何方案：请提高 solver.time_limit(--time-limit)"
                             "或放宽 solver.gap"))
        return finish("error" if status == "optimal" else status)
    solution, marginals = _merge(parts)
    tables = result_tables(instance, solution, marginals)
    terms = objective_terms(instance, derive(instance), solution)
    objective = sum(p.objective or 0.0 for p in parts)
    return finish(status, objective, tables, terms)
