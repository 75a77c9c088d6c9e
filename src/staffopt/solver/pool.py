"""A fund pool spanning the whole instance, solved province by province.

With ``budget.regime = fund`` and ``budget.pool = instance`` one row per year links every office:
``Σ_o cost_total[o,t] ≤ cap_t = fund_share·fund_spend[all,t]``. Every other row and the cost and
weighted-unmet objectives separate by province (:mod:`staffopt.solver.blocks`). So:

**Split and check** (:func:`solve_pool`). Solve each province *without* the pool rows (the
relaxation ``R``: the pooled model ``P`` minus its yearly pool rows), merge the plans, then check
the pool rows on the merged plan ``x̂``. If ``Σ_o cost_total[o,t](x̂) ≤ cap_t`` for every year,
``x̂`` is a plan of ``P`` and its gap is proved as follows. Let ``z_p`` be province ``p``'s plan
value and ``b_p`` the dual bound its solver proved (``b_p ≤ min R_p``). ``R`` is separable, so
``min R = Σ_p min R_p ≥ Σ_p b_p``, and ``R`` is a relaxation of ``P`` (it drops rows), so
``min P ≥ min R ≥ Σ_p b_p``. ``x̂`` is feasible for ``P`` with value ``Σ_p z_p``, hence
``Σ_p z_p − min P ≤ Σ_p z_p − Σ_p b_p`` and the combined gap ``(Σ z_p − Σ b_p)/Σ z_p`` (the one
:func:`~staffopt.solver.blocks.combined_gap` reports) bounds the gap of ``x̂`` in ``P``. (Stages
of ``service``: each stage's bound row is a sum over provinces; with every province at its own
least unmet workload, which ``P``'s extra rows can only raise, the pooled stage row admits the same
plans up to the stage tolerance, as for any province split.) The pool rows are slack at ``x̂``, so
their duals are 0 and the provinces' marginal values are those of ``P``'s fixed-integer LP.

**When the pool binds** (some year over its cap), the pool is shared out by the LP relaxation
of ``P`` (all integrality dropped, pool rows kept: one LP of the whole instance, seconds even
nationally). Its value ``z_LP ≤ min P`` is a valid bound, far tighter than ``Σ_p b_p`` once the
pool binds (the relaxation ``R`` then ignores the very row that decides the plan: 88 % gap
against 1.2 % on the national instance at a share 2 % above its fixed costs). Its spend per
province and year ``s^LP_p,t`` is where the LP puts the pool's money: province ``p`` gets the cap
``s^LP_p,t + (cap_t − Σ_q s^LP_q,t)·s^LP_p,t / Σ_q s^LP_q,t`` (its LP spend plus its part of the
room the LP left), so the caps add up to the pool's and the merged plan of the capped provinces
(each one a one-province fund pool, solved as independent blocks) is a plan of ``P``. Its gap
is measured against ``max(z_LP, Σ_p b_p)`` (single-stage ``cost`` objective; with ``service`` the
stage rows make the LP value a bound of the first stage only, so ``Σ_p b_p`` is used). When the
LP finds no solution in its time, the caps fall back to each province's floor-plan cost
``F_p,t`` (the least any plan spends, :mod:`staffopt.solver.diagnose.direct`) plus the same share
``θ_t = (cap_t − Σ F_t)/(Σ s_t − Σ F_t)`` of what its relaxed plan spent above it.

The capped provinces are solved to a quarter of ``solver.gap`` (their own gaps add to the gap
against the bound).

**The price bound** (single-stage ``cost`` objective). The LP bound ignores that heads are whole
numbers, and with a binding pool that is where most of the gap lies (1.08 % nationally at a share
2 % above the fixed costs). The LP's duals of the pool rows give a better one. With the price
``λ_t ≥ 0`` of year ``t``'s pool row (objective units per 万元) and the capped allotments ``a_p,t``
(``Σ_p a_p,t = cap_t``), every plan ``x`` of ``P`` has
``f(x) ≥ f(x) + Σ_t λ_t (Σ_p g_p,t(x) − cap_t) = Σ_p [f_p(x) + Σ_t λ_t (g_p,t(x) − a_p,t)]``
(``g_p,t`` province ``p``'s spend in year ``t``), and the bracket depends on province ``p``'s
plan only, so ``min P ≥ Σ_p L_p`` with ``L_p = min_{x_p} f_p(x_p) + Σ_t λ_t (g_p,t(x_p) − a_p,t)``
over province ``p``'s rows without a budget (weak Lagrangian duality). Each ``L_p`` is a province
model with its spend priced, solved like the capped ones (a quarter of the gap), and the sum of
their proven dual bounds bounds ``min P``. At the LP's prices the priced provinces' *LP* values
add up to ``z_LP`` exactly (LP duality), so the integer ones can only add to it: 0.39 % more on a
6-province instance, which took its plan's proven gap from 0.66 % to 0.27 %. The constant
``−λ_t a_p,t`` keeps each priced objective on the scale of ``f_p`` (``λ`` is ≈ 1,250 per 万元
there), so that a relative gap means the same as in ``P``. The priced provinces' own plans are
not used: they leave pool money unspent at a high price.

If the plan is still not proven to ``solver.gap``, it starts one solve of the whole
pooled model with the time left, whose incumbent can only improve on it, and whose dual bound
joins the bounds above (``P`` is built and compiled once, :class:`PooledModel`: the LP relaxation
drops integrality on the same arrays and this solve reuses them). A plan not proven to
``solver.gap`` has status ``time_limit`` (with a message), never ``optimal``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pyomo.environ as pyo
from pyomo.common.gc_manager import PauseGC

from staffopt.instance import Instance
from staffopt.model import STAGES, ModelData, build_model
from staffopt.model.budget import COST_LINES
from staffopt.model.families import BUDGET_FUND
from staffopt.model.sets import derive
from staffopt.results import Result, Status
from staffopt.results.tables import Marginals, Solution
from staffopt.solver.blocks import (
    BlockOutcome,
    SolveBlock,
    Start,
    combined_gap,
    merge,
    province_blocks,
    solve_blocks,
)
from staffopt.solver.compile import INF, CompiledModel, compile_model
from staffopt.solver.deadline import Deadline
from staffopt.solver.diagnose.direct import floor_cost, floor_plan
from staffopt.solver.diagnose.text import Msg
from staffopt.solver.highs import MODEL_STATUS, new_highs
from staffopt.solver.highs import run as run_highs
from staffopt.solver.marginals import marginal_values
from staffopt.solver.scip import gap_for_scip
from staffopt.solver.stages import Progress, stage_bound
from staffopt.tolerances import POOL_CHECK, ZERO


def pooled(instance: Instance) -> bool:
    """True for an instance-wide fund pool over several provinces that can be split (see module doc)."""
    st = instance.settings
    return (st.str("budget.regime") == "fund" and st.str("budget.pool") == "instance"
            and st.str("objective") != "equity" and len(instance.provinces) > 1)


def yearly_spend(parts: list[BlockOutcome]) -> dict[int, float]:
    """Total cost of the merged plan per year (万元), what the pool rows bound."""
    spend: dict[int, float] = {}
    for part in parts:
        assert part.solution is not None
        for line in COST_LINES:
            for (_o, t), value in part.solution.office_year[line].items():
                spend[t] = spend.get(t, 0.0) + value
    return spend


def province_spend(parts: list[BlockOutcome], instance: Instance) -> dict[tuple[str, int], float]:
    """Cost of each province's plan per year (万元)."""
    province = {o.id: o.province for o in instance.offices}
    spend: dict[tuple[str, int], float] = {}
    for part in parts:
        assert part.solution is not None
        for line in COST_LINES:
            for (o, t), value in part.solution.office_year[line].items():
                key = (province[o], t)
                spend[key] = spend.get(key, 0.0) + value
    return spend


def financing_shares(instance: Instance, result: Result) -> dict[tuple[str, int], float]:
    """The fund share each pool and plan year needs to pay the plan of ``result`` (a fraction).

    ``share[q,t] = Σ_{o ∈ q} cost_total[o,t] / fund_spend[q,t]`` for every pool ``q`` of
    ``instance`` (``budget.pool``) and plan year ``t``: what ``budget.fund_share`` must be for
    the fund rows ``Σ_{o ∈ q} cost_total[o,t] ≤ fund_share·fund_spend[q,t]`` to hold for this
    plan. Its largest value is the least share that pays the plan in every year — e.g. of the
    least-cost plan for a load-ratio standard (``target.<level>``) solved with no budget limit:
    "what fund share finances 5,000:1". It is the least share for *that* plan; a plan of the same
    service that moves spending between years may need less (the pool rows are yearly).
    """
    if result.office_year.empty:
        raise ValueError(f"the result has no plan (status {result.status})")
    plan = result.office_year[~result.office_year["is_base"].astype(bool)]
    cost = plan.groupby(["pool", "year"])["cost_total"].sum()
    shares: dict[tuple[str, int], float] = {}
    for key, spent in cost.items():
        pool, year = str(key[0]), int(key[1])  # type: ignore[index]
        shares[pool, year] = float(spent) / instance.fund_spend[pool, year]
    return shares


def solve_pool(
    instance: Instance, deadline: Deadline, progress: Progress, solve_block: SolveBlock, workers: int,
) -> tuple[list[BlockOutcome], float | None, list[Msg]]:
    """Solve the pooled ``instance`` split by province (see module docstring).

    Returns the outcomes to merge, the gap of the merged plan in the pooled model and notes.
    """
    st = instance.settings
    share = st.float("budget.fund_share")
    caps = {t: share * instance.fund_spend[pool, t] for pool in instance.pools for t in instance.years}
    relaxed = replace(instance, settings=st.with_overrides({"budget.regime": "none"}))
    parts = solve_blocks(province_blocks(relaxed), deadline, progress, solve_block, workers)
    if any(p.status == Status.INFEASIBLE for p in parts) or any(p.solution is None for p in parts):
        return parts, combined_gap(parts), []  # R infeasible ⇒ P infeasible; or no plan in time
    spend = yearly_spend(parts)
    over = [t for t in instance.years if spend[t] > caps[t] * (1.0 + POOL_CHECK)]
    progress("pool", {"event": "check", "binding_years": over,
                      "spend": {t: spend[t] for t in instance.years}, "caps": caps})
    if not over:  # the pool rows hold: optimal for P within the combined gap; their duals are 0
        pool = instance.pools[0]
        for part in parts:
            part.marginals = Marginals(workload=part.marginals.workload,
                                       budget={(pool, t): 0.0 for t in instance.years})
        return parts, combined_gap(parts), []
    return _binding(instance, parts, caps, over, deadline, progress, solve_block, workers)


def _binding(
    instance: Instance, relaxed: list[BlockOutcome], caps: dict[int, float], over: list[int],
    deadline: Deadline, progress: Progress, solve_block: SolveBlock, workers: int,
) -> tuple[list[BlockOutcome], float | None, list[Msg]]:
    """The pool binds in ``over``: capped provinces give a plan of P, which starts P's own solve."""
    bounds = [p.dual_bound for p in relaxed]
    bound = None if any(b is None for b in bounds) else sum(b or 0.0 for b in bounds)
    years = ", ".join(str(t) for t in over)
    note = Msg("pool.shared_out", years=years)
    stages = STAGES[instance.settings.str("objective")]
    target = instance.settings.float("solver.gap")
    progress("pool", {"event": "relaxation"})
    built = build_pooled(instance)  # once: for the LP below and, if needed, the pooled MIP
    lp = pool_relaxation(instance, deadline, built)
    if lp is not None and len(stages) == 1:
        bound = lp.bound if bound is None else max(bound, lp.bound)
    capped = _capped_instance(instance, relaxed, caps, lp.spend if lp is not None else None)
    # each capped province to a quarter of the gap: their own gaps add to the gap against the bound
    capped = replace(capped, settings=capped.settings.with_overrides({"solver.gap": target / 4}))
    # their duals price their own caps: the plan kept gets the pooled model's (_pooled_marginals)
    quiet = _without_marginals(solve_block)
    tried = solve_blocks(province_blocks(capped), deadline, progress, quiet, workers)
    split = [] if any(p.solution is None for p in tried) else tried

    def gap_of(parts: list[BlockOutcome], best: float | None) -> float | None:
        objective = sum(p.objective or 0.0 for p in parts)
        return None if best is None else max(0.0, objective - best) / max(abs(objective), ZERO)

    whole: BlockOutcome | None = None
    split_gap = gap_of(split, bound) if split else None
    plan = _start_values(split, built.model.data) if split else None  # the merged plan, by variable
    if (split and (split_gap is None or split_gap > target + ZERO) and lp is not None and len(stages) == 1
            and deadline.left() > 0):  # not proven against the LP: the price bound (module doc)
        progress("pool", {"event": "prices"})
        priced = price_bound(instance, lp.price, _allotted(capped), deadline, progress, solve_block, workers,
                             plan)
        if priced is not None:
            bound = priced if bound is None else max(bound, priced)
            split_gap = gap_of(split, bound)
        progress("pool", {"event": "bounds", "lp": lp.bound, "priced": priced, "gap": split_gap})
    if (split_gap is None or split_gap > target + ZERO) and deadline.left() > 0:
        # not proven: the pooled model from that plan, with the time left
        whole = solve_block(instance, progress, deadline.left(), plan, deadline, built)

    def rank(parts: list[BlockOutcome]) -> list[float]:
        return [sum(p.values.get(s, math.inf) for p in parts) for s in stages]

    candidates = [parts for parts in ([whole] if whole is not None else [], split)
                  if parts and all(p.solution is not None for p in parts)]
    if not candidates:
        return [whole] if whole is not None else tried, None, [note]  # no plan within the time
    parts = min(candidates, key=rank)
    if parts is split and plan is not None:  # the capped provinces' duals price their own caps, not the pool
        _pooled_marginals(instance, split, plan, built, deadline)
    del built  # the pooled model is not needed any more (its memory)
    best = max((b for b in (bound, whole.dual_bound if whole is not None else None) if b is not None),
               default=None)
    gap = gap_of(parts, best)
    if gap is None or gap > target + ZERO:  # a plan of P, but not proven to the gap: not "optimal"
        for part in parts:
            if part.status == Status.OPTIMAL:
                part.status = Status.TIME_LIMIT
        shown: Msg | str = Msg("pool.gap_unknown") if gap is None else f"{gap:.2%}"
        parts[0].messages.append(Msg("pool.gap", gap=shown, target=target))
    return parts, gap, [note]


def _pooled_marginals(
    instance: Instance, parts: list[BlockOutcome], plan: dict[tuple[str, Any], float], built: PooledModel,
    deadline: Deadline,
) -> None:
    """Give the merged plan of ``parts`` (``plan``: its values by variable) the marginal values of ``P``.

    The fixed-integer LP of ``P`` at that plan (:func:`~staffopt.solver.marginals.marginal_values`,
    as for any block): its pool rows' duals are the pool's marginal values, and the workload
    marginals are those of ``P``, where a province's extra 万元 competes with every other's. They
    go to the first part (the others' are dropped: their budget keys are the provinces' own caps).
    """
    compiled = built.compiled
    x = compiled.column_values(plan)
    stages = STAGES[instance.settings.str("objective")]
    h = new_highs(instance.settings)
    h.passModel(compiled.to_lp(stages[-1]))
    for name in stages[:-1]:  # the earlier stages' rows, at the plan's values (as a block's solve adds them)
        costs = compiled.costs[name]
        nz = np.flatnonzero(costs).astype(np.int32)
        h.addRow(-INF, stage_bound(float(costs @ x)), len(nz), nz, costs[nz])
    found, notes = marginal_values(h, compiled, x, built.model.data, deadline)
    parts[0].marginals = found
    parts[0].messages.extend(notes)
    for part in parts[1:]:
        part.marginals = Marginals()


@dataclass
class PooledModel:
    """The pooled model ``P`` built and compiled once (:func:`build_pooled`).

    Its LP relaxation (:func:`pool_relaxation`) and, when the shared-out plan is not proven, its
    MIP (``solve_block(..., built=...)``) are solved from the same arrays: integrality is dropped
    by the solver's ``solve_relaxation`` option, not by a second build (the national pooled model
    takes ≈ 15 s CPU to build and compile).
    """

    model: pyo.ConcreteModel
    compiled: CompiledModel


def build_pooled(instance: Instance) -> PooledModel:
    """Build and compile the pooled model of ``instance`` (the garbage collector paused meanwhile)."""
    m = build_model(instance)
    with PauseGC():  # the compiler's many objects would make it traverse the whole model again and again
        compiled = compile_model(m)
    return PooledModel(model=m, compiled=compiled)


@dataclass
class Relaxation:
    """The LP relaxation of the pooled model (:func:`pool_relaxation`)."""

    bound: float  # its first-stage value z_LP ≤ min P
    spend: dict[tuple[str, int], float]  # where it spends the pool: (province, year) → 万元
    price: dict[int, float]  # λ_t ≥ 0, the pool row's dual per year (objective units per 万元)


def pool_relaxation(
    instance: Instance, deadline: Deadline, built: PooledModel | None = None,
) -> Relaxation | None:
    """The LP relaxation of the pooled model: its first-stage value, spend and pool prices.

    ``built`` is the pooled model already built (:func:`build_pooled`; built here when ``None``);
    its variables are left at the LP's values. ``None`` when the LP finds no optimum within
    the time granted (the deadline's stage time; it is a fraction of the pooled solve's, the MIP's
    own root LP).
    """
    built = built if built is not None else build_pooled(instance)
    m, compiled = built.model, built.compiled
    h = new_highs(instance.settings)
    h.passModel(compiled.to_lp(STAGES[instance.settings.str("objective")][0]))
    h.setOptionValue("solve_relaxation", True)
    with deadline.slot() as seconds:
        if seconds > 0:
            h.setOptionValue("time_limit", seconds)
            run_highs(h)
    if seconds <= 0 or h.getModelStatus() != MODEL_STATUS.kOptimal:
        return None
    found = h.getSolution()
    x = found.col_value
    # HiGHS's dual of a row at its upper bound is ≤ 0 when minimising: the price is its negative
    # (clipped at 0: a slack row's dual is 0 up to the solver's tolerance)
    price = {key[1][1]: max(0.0, -float(found.row_dual[i])) for i, key in enumerate(compiled.row_keys)
             if key[0] == BUDGET_FUND}  # the rows (pool, year) of the one pool
    for var, value in zip(compiled.columns, x, strict=True):
        var.set_value(float(value), skip_validation=True)
    province = {o.id: o.province for o in instance.offices}
    spend: dict[tuple[str, int], float] = {}
    for (o, t), expr in m.cost_total.items():
        key = (province[o], t)
        spend[key] = spend.get(key, 0.0) + float(pyo.value(expr))
    return Relaxation(bound=float(h.getInfo().objective_function_value), spend=spend, price=price)


def price_bound(
    instance: Instance, price: dict[int, float], allotted: dict[tuple[str, int], float],
    deadline: Deadline, progress: Progress, solve_block: SolveBlock, workers: int,
    plan: dict[tuple[str, Any], float] | None = None,
) -> float | None:
    """``Σ_p L_p``, a lower bound of the pooled model's optimum from the pool's prices (module doc).

    ``price``: ``λ_t ≥ 0`` per year; ``allotted``: ``a_p,t`` with ``Σ_p a_p,t = cap_t``. Province
    ``p`` is solved without a budget, its objective ``f_p + Σ_t λ_t (g_p,t − a_p,t)``, to a quarter
    of ``solver.gap``, from ``plan`` (values by (variable, index), e.g. the capped provinces':
    feasible here, as this drops their caps); the sum of the proven dual bounds is returned,
    ``None`` when a province has none within the time (or no price is positive).
    """
    priced = {t: lam for t, lam in price.items() if lam > 0.0}
    if not priced:
        return None
    st = instance.settings
    free = replace(instance, settings=st.with_overrides({"budget.regime": "none",
                                                         "solver.gap": st.float("solver.gap") / 4}))

    def solve_priced(instance: Instance, progress: Progress, time_limit: float, start: Start = None,
                     deadline: Deadline | None = None, built: Any = None,
                     marginals: bool = True) -> BlockOutcome:
        m = build_model(instance)
        province = instance.offices[0].province
        spend = pyo.quicksum(lam * (pyo.quicksum(m.cost_total[o.id, t] for o in instance.offices)
                                    - allotted[province, t]) for t, lam in priced.items())
        m.obj_cost.expr = m.obj_cost.expr + spend
        with PauseGC():
            compiled = compile_model(m)
        if instance.settings.str("solver.backend") == "scip" and plan is not None:
            # SCIP measures its gap without the objective's constant, which here cancels most of it
            x = compiled.column_values(plan)
            gap = gap_for_scip(instance.settings.float("solver.gap"), float(compiled.costs["obj_cost"] @ x),
                               compiled.offsets["obj_cost"])
            instance = replace(instance, settings=instance.settings.with_overrides({"solver.gap": gap}))
        built = PooledModel(model=m, compiled=compiled)
        return solve_block(instance, progress, time_limit, plan if start is None else start, deadline, built,
                           marginals=False)  # only the dual bound is read

    parts = solve_blocks(province_blocks(free), deadline, progress, solve_priced, workers)
    bounds = [p.dual_bound for p in parts]
    if any(b is None for b in bounds):
        return None
    return sum(b or 0.0 for b in bounds)


def _without_marginals(solve_block: SolveBlock) -> SolveBlock:
    """``solve_block`` with no marginal LP."""
    def run(instance: Instance, progress: Progress, time_limit: float, start: Start = None,
            deadline: Deadline | None = None, built: Any = None, marginals: bool = True) -> BlockOutcome:
        return solve_block(instance, progress, time_limit, start, deadline, built, marginals=False)
    return run


def _allotted(capped: Instance) -> dict[tuple[str, int], float]:
    """The caps of the capped instance (one pool per province), 万元 per (province, year)."""
    share = capped.settings.float("budget.fund_share")
    return {(p, t): share * capped.fund_spend[p, t] for p in capped.provinces for t in capped.years}


def _capped_instance(
    instance: Instance, relaxed: list[BlockOutcome], caps: dict[int, float],
    lp_spend: dict[tuple[str, int], float] | None = None,
) -> Instance:
    """``instance`` with one fund pool per province whose caps add up to the pool's (module doc).

    With ``lp_spend`` (the LP relaxation's spend, within the caps) each province gets its LP spend
    plus its part of the room left; else the floor-plan rule of the module docstring.
    """
    if lp_spend is not None:
        return _with_caps(instance, _share_room(instance, lp_spend, caps))
    spend = province_spend(relaxed, instance)
    data = derive(instance)
    values = floor_plan(instance, data)
    floor: dict[tuple[str, int], float] = {}
    for o in instance.offices:
        for t in instance.years:
            key = (o.province, t)
            floor[key] = floor.get(key, 0.0) + floor_cost(instance, data, values, o.id, t)
    allotted: dict[tuple[str, int], float] = {}
    for t in instance.years:
        total = sum(spend[p, t] for p in instance.provinces)
        least = sum(floor[p, t] for p in instance.provinces)
        for p in instance.provinces:
            if total > caps[t]:  # same share θ of what each spent above its floor
                theta = (caps[t] - least) / (total - least) if total > least else 0.0
                allotted[p, t] = floor[p, t] + theta * (spend[p, t] - floor[p, t])
            else:  # its spend plus its part of the room left
                allotted[p, t] = spend[p, t] + (caps[t] - total) * (spend[p, t] / total if total else 0.0)
    return _with_caps(instance, allotted)


def _share_room(
    instance: Instance, spend: dict[tuple[str, int], float], caps: dict[int, float],
) -> dict[tuple[str, int], float]:
    """Each province's ``spend`` plus its part (by spend) of the room ``caps`` leave in each year."""
    allotted: dict[tuple[str, int], float] = {}
    for t in instance.years:
        total = sum(spend[p, t] for p in instance.provinces)
        room = caps[t] - total  # < 0 only by the LP's feasibility tolerance: scaled back to the cap
        for p in instance.provinces:
            part = spend[p, t] / total if total else 1.0 / len(instance.provinces)
            allotted[p, t] = spend[p, t] + room * part
    return allotted


def _with_caps(instance: Instance, allotted: dict[tuple[str, int], float]) -> Instance:
    """``instance`` with one fund pool per province, capped at ``allotted`` (万元 per year)."""
    st = instance.settings
    share = st.float("budget.fund_share")
    return replace(
        instance,
        settings=st.with_overrides({"budget.pool": "province"}),
        pool_of={o.id: o.province for o in instance.offices},
        fund_spend={(p, t): allotted[p, t] / share for p in instance.provinces for t in instance.years},
    )


def _start_values(parts: list[BlockOutcome], data: ModelData) -> dict[tuple[str, Any], float]:
    """Every variable's value in the merged plan of ``parts``, by (variable, index)."""
    solution, _ = merge(parts)
    return solution_values(data, solution)


def solution_values(data: ModelData, solution: Solution) -> dict[tuple[str, Any], float]:
    """The model's variables of ``solution`` by (variable, index): the inverse of the read-back.

    ``data``: the derived constants of the model the values are for (``model.data``).
    """
    values: dict[tuple[str, Any], float] = {}
    ov = solution.office_year
    for name in ("posts", "staff", "contract", "pro", "convert", "train", "invest", "digital"):
        for key, value in ov.get(name, {}).items():
            values[name, key] = value
    for key, value in ov["online"].items():
        values["online_se", key] = value / data.target[key]
    for key, value in ov["unmet"].items():
        values["unmet_se", key] = value / data.target[key]
    for key, value in solution.platform.items():
        values["platform", key] = value
    return values
