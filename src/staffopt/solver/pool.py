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

**When the pool binds** (some year over its cap): the relaxed plans set a start. Each province
gets a cap of its own — in a year over the cap, its floor-plan cost ``F_p,t`` (the least any plan
spends, :mod:`staffopt.solver.diagnose.direct`) plus the same share ``θ_t`` of what it spent
above that, ``θ_t = (cap_t − Σ F_t)/(Σ s_t − Σ F_t)``; in other years its spend plus its part of
the room left — so the caps add up to the pool's and the merged plan of the capped provinces
(each one a one-province fund pool) is a plan of ``P``. That plan starts one solve of the
whole pooled model with the time left, whose incumbent can only improve on it. The gap then
reported uses the better of that solve's dual bound and ``Σ_p b_p`` of the relaxation; a plan not
proven to ``solver.gap`` that way has status ``time_limit`` (with a message), never ``optimal``.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from staffopt.instance import Instance
from staffopt.model import STAGES
from staffopt.model.budget import COST_LINES
from staffopt.model.sets import derive
from staffopt.results import Status
from staffopt.results.tables import Marginals, Solution
from staffopt.solver.blocks import (
    BlockOutcome,
    SolveBlock,
    combined_gap,
    merge,
    province_blocks,
    solve_blocks,
)
from staffopt.solver.deadline import Deadline
from staffopt.solver.diagnose.direct import floor_cost, floor_plan
from staffopt.solver.diagnose.text import Msg
from staffopt.solver.stages import Progress
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
    blocks = province_blocks(_capped_instance(instance, relaxed, caps))
    with deadline.at_most(deadline.left() / 2):  # half the time left; the pooled solve gets the rest
        split = solve_blocks(blocks, deadline, progress, solve_block, workers)
    if any(p.solution is None for p in split):
        split = []
    start = _start_values(instance, split) if split else None
    whole = solve_block(instance, progress, deadline.left(), start, deadline)
    stages = STAGES[instance.settings.str("objective")]

    def rank(parts: list[BlockOutcome]) -> list[float]:
        return [sum(p.values.get(s, math.inf) for p in parts) for s in stages]

    candidates = [parts for parts in ([whole], split) if parts and all(p.solution is not None for p in parts)]
    if not candidates:
        return [whole], None, [note]
    parts = min(candidates, key=rank)
    objective = sum(p.objective or 0.0 for p in parts)
    best = max((b for b in (bound, whole.dual_bound) if b is not None), default=None)
    gap = None if best is None else max(0.0, objective - best) / max(abs(objective), ZERO)
    target = instance.settings.float("solver.gap")
    if gap is None or gap > target + ZERO:  # a plan of P, but not proven to the gap: not "optimal"
        for part in parts:
            if part.status == Status.OPTIMAL:
                part.status = Status.TIME_LIMIT
        shown: Msg | str = Msg("pool.gap_unknown") if gap is None else f"{gap:.2%}"
        parts[0].messages.append(Msg("pool.gap", gap=shown, target=target))
    return parts, gap, [note]


def _capped_instance(
    instance: Instance, relaxed: list[BlockOutcome], caps: dict[int, float],
) -> Instance:
    """``instance`` with one fund pool per province whose caps add up to the pool's (module doc)."""
    st = instance.settings
    share = st.float("budget.fund_share")
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
    return replace(
        instance,
        settings=st.with_overrides({"budget.pool": "province"}),
        pool_of={o.id: o.province for o in instance.offices},
        fund_spend={(p, t): allotted[p, t] / share for p in instance.provinces for t in instance.years},
    )


def _start_values(instance: Instance, parts: list[BlockOutcome]) -> dict[tuple[str, Any], float]:
    """Every variable's value in the merged plan of ``parts``, by (variable, index)."""
    solution, _ = merge(parts)
    return solution_values(instance, solution)


def solution_values(instance: Instance, solution: Solution) -> dict[tuple[str, Any], float]:
    """The model's variables of ``solution`` by (variable, index): the inverse of the read-back."""
    data = derive(instance)
    values: dict[tuple[str, Any], float] = {}
    ov = solution.office_year
    for name in ("posts", "staff", "contract", "pro", "train", "invest", "digital"):
        for key, value in ov[name].items():
            values[name, key] = value
    for key, value in ov["online"].items():
        values["online_se", key] = value / data.target[key]
    for key, value in ov["unmet"].items():
        values["unmet_se", key] = value / data.target[key]
    for key, value in solution.platform.items():
        values["platform", key] = value
    return values
