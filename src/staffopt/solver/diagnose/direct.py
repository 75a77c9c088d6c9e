"""Direct checks: conflicts that follow from the data alone, found before any model is built.

The elastic re-solve (:mod:`staffopt.solver.diagnose.explain`) is a MIP as large as the model itself; for
the national instance in one fund pool it took minutes to say what a sum of fixed costs shows.
These checks read only the instance and :class:`~staffopt.model.sets.ModelData` and run first;
a conflict they find is proven, so the model is not built or solved at all.

**The floor plan.** Every office keeps what the hard rules force and nothing more:
``staff = staff_floor[o,t]`` (attrition, family 3), ``contract = 0``, no conversion,
``pro = pro_floor[o,t]`` (family 5), ``train = training.min_hours·staff_floor`` (family 6),
``invest = 0``, ``digital = (1 − depreciation)^k·digital0`` (family 7), ``platform = 0`` — or 1
with ``platform.existing`` (it is then fixed on, and only runs). Each cost line of any plan that
meets the hard rules is at least the floor plan's (every coefficient is ≥ 0, ``staff ≥
staff_floor``, ``contract ≥ 0``, ``convert ≥ 0``, ``pro ≥ pro_floor``, ``train ≥ min_hours·(staff +
contract)``, ``digital[t] = keep·digital[t−1] + invest ≥ keep^k·digital0``, platforms never switch
off; the fixed goods & services, capital construction and overhead of the offices sheet are paid
whatever the plan), so ``L[o,t] = cost_total(floor plan)[o,t]`` is a lower bound of
``cost_total[o,t]``.

Checks (each a conflict of the rule family named, in the elastic re-solve's terms):

* **budget below fixed costs** — fiscal: ``L[o,t] > appropriation[o,t]``; fund:
  ``Σ_{o∈pool} L[o,t] > fund_share·fund_spend[pool,t]``; amount ``L − cap`` (万元). In such an
  office-year (pool-year) not even the staff in post can be paid, so a minimum staff above the
  floor plan's headcount is a conflict too (amount ``min_staff − staff_floor``), as the elastic
  re-solve reports it (one person of shortfall weighs as one 万元 there, so it keeps the floor
  plan and reports both).
* **minimum staff above what hiring allows** — ``min_staff[o] > staff_most[o,t] + c_most``
  where ``staff_most = min(staff0 + hire_cap·k, posts0 + step·k)`` and ``c_most = contract0``
  when ``contract.no_new`` (contract staff never grow), else ``contract_most[o]``; amount the
  difference (persons). The stated plan employs ``staff_most`` and ``c_most`` there.

A shortfall counts only above :data:`TOLERANCE` (万元 or persons), far above the solver's
feasibility tolerance, so a check never calls a model infeasible that HiGHS would solve.
"""

from __future__ import annotations

from typing import Any

from staffopt.instance import Instance
from staffopt.model.families import BUDGET_FISCAL, BUDGET_FUND, MINIMUM_STAFFING
from staffopt.model.sets import ModelData
from staffopt.solver.diagnose.explain import Diagnosis
from staffopt.solver.diagnose.rules import Conflict, Context

#: Smallest shortfall (万元, persons) a direct check reports.
TOLERANCE = 1e-3


def floor_plan(inst: Instance, data: ModelData) -> dict[tuple[str, Any], float]:
    """Values of the floor plan by (variable, index) (see module docstring)."""
    st = inst.settings
    keep_digital = 1.0 - st.float("digital.depreciation")
    hours = st.float("training.min_hours") if st.bool("training.enabled") else 0.0
    values: dict[tuple[str, Any], float] = {}
    for o, office in data.offices.items():
        for t in data.years:
            staff = data.staff_floor[o, t]
            values["staff", (o, t)] = staff
            values["contract", (o, t)] = 0.0
            values["pro", (o, t)] = data.pro_floor[o, t]
            values["train", (o, t)] = hours * staff
            values["invest", (o, t)] = 0.0
            values["digital", (o, t)] = keep_digital ** data.k[t] * office.digital0
            values["convert", (o, t)] = 0.0
    on = 1.0 if st.bool("platform.existing") else 0.0  # an existing platform is fixed on
    for p in data.provinces:
        for t in data.years:
            values["platform", (p, t)] = on
    return values


def floor_cost(
    inst: Instance, data: ModelData, values: dict[tuple[str, Any], float], o: str, t: int
) -> float:
    """``L[o,t]``: the floor plan's total cost of office ``o`` in ``t`` (万元)."""
    st = inst.settings
    off = data.offices[o]
    platform = sum(st.float("platform.running_cost") * values["platform", (p, t)]
                   for p, payer in data.payer.items() if payer == o)  # never built: it only runs
    return (off.cost_staff * values["staff", (o, t)] + st.float("pro.premium") * values["pro", (o, t)]
            + st.float("training.cost_per_hour") * values["train", (o, t)]
            + st.float("digital.running_rate") * values["digital", (o, t)] + platform
            + off.goods_services + off.capital + off.overhead)


def direct_diagnosis(inst: Instance, data: ModelData) -> Diagnosis | None:
    """Conflicts the data prove on their own, told like the elastic re-solve's; ``None`` if none."""
    st = inst.settings
    values = floor_plan(inst, data)
    conflicts: list[Conflict] = []
    short_years: set[tuple[str, int]] = set()  # office-years whose budget cannot pay the floor plan
    regime = st.str("budget.regime")
    if regime == "fiscal":
        for o in data.offices:
            for t in data.years:
                gap = floor_cost(inst, data, values, o, t) - inst.appropriation[o, t]
                if gap > TOLERANCE:
                    conflicts.append(Conflict(BUDGET_FISCAL, o, t, gap))
                    short_years.add((o, t))
    elif regime == "fund":
        share = st.float("budget.fund_share")
        members: dict[str, list[str]] = {}
        for o in data.offices:
            members.setdefault(inst.pool_of[o], []).append(o)
        for pool, offices in members.items():
            for t in data.years:
                need = sum(floor_cost(inst, data, values, o, t) for o in offices)
                gap = need - share * inst.fund_spend[pool, t]
                if gap > TOLERANCE:
                    conflicts.append(Conflict(BUDGET_FUND, pool, t, gap))
                    short_years.update((o, t) for o in offices)
    no_new = st.bool("contract.no_new")
    for o, off in data.offices.items():
        if off.min_staff <= 0:
            continue
        for t in data.years:
            if (o, t) in short_years:
                gap = off.min_staff - data.staff_floor[o, t]
                if gap > TOLERANCE:
                    conflicts.append(Conflict(MINIMUM_STAFFING, o, t, float(gap)))
                continue
            c_most = off.contract0 if no_new else data.contract_most[o]
            gap = off.min_staff - data.staff_most[o, t] - c_most
            if gap > TOLERANCE:
                values["staff", (o, t)] = data.staff_most[o, t]
                values["contract", (o, t)] = c_most
                conflicts.append(Conflict(MINIMUM_STAFFING, o, t, float(gap)))
    if not conflicts:
        return None
    return Diagnosis(Context(inst, data, values), tuple(conflicts))
