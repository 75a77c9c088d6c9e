"""Explain an infeasible model in a budget officer's terms (elastic re-solve).

When HiGHS proves the model infeasible, the same matrix is solved again with a non-negative
slack on every row of the *policy* families — budget, minimum staffing, contract rules,
professional share, minimum training, staffing standards — minimising the total slack. The
physical and legal rules (posts bound staff, post adjustment, attrition floor, hiring cap,
digital stock, load ratio with its own slack) stay hard: they are the *reason* a policy row
cannot be met. Every slack left positive is one conflict, reported with the office, the year,
the amount missing and the rules that force it (e.g. frozen posts + attrition floor keep staff
whose wages exceed the appropriation).
"""

from __future__ import annotations

from typing import Any

import highspy
import numpy as np

from staffopt.instance import Instance
from staffopt.model.compile import CompiledModel
from staffopt.model.sets import ModelData
from staffopt.settings import Settings

#: Relaxable families: component name -> (unit of the slack, what the rule is).
ELASTIC: dict[str, tuple[str, str]] = {
    "budget_fiscal": ("万元", "fiscal appropriation 同级财政拨款"),
    "budget_fund": ("万元", "fund-regime cap 基金预算上限"),
    "minimum_staffing": ("persons", "minimum staffing 最低人员数"),
    "contract_no_new": ("persons", "no new contract staff 编外人员不增加 (contract.no_new)"),
    "contract_share_final": ("persons", "final-year contract share cap (contract.max_share_final)"),
    "pro_share_min": ("persons", "least professional share 专业技术人员比例 (pro.share_min)"),
    "training_min": ("hours", "least training hours 最低培训学时 (training.min_hours)"),
    "standard_upper": ("posts", "staffing standard 编制标准 (upper bound)"),
    "standard_lower": ("posts", "staffing standard 编制标准 (lower bound)"),
}
_LEVEL = {"provincial": "provincial 省级", "municipal": "municipal 地(市)级", "county": "county 县(区)级"}


def explain_infeasibility(
    inst: Instance, data: ModelData, compiled: CompiledModel, settings: Settings
) -> list[str]:
    """Messages naming each office/pool, year and rule in conflict (never a bare "infeasible")."""
    slacks = _elastic_slacks(compiled, settings)
    if slacks is None:
        return ["The plan is infeasible: the rules contradict each other, and the diagnosis "
                "(an elastic re-solve) found no plan within the time limit either. Check the "
                "budgets against the wages of staff already in post, and minimum staffing."]
    found = [(key, amount) for key, amount in slacks if amount > 1e-6]
    if not found:
        return ["The plan is infeasible only because headcounts must be whole numbers: every rule "
                "can be met with fractional staff. Loosen the tightest budget or minimum slightly."]
    head = ("The plan is infeasible: no plan can satisfy every rule. Conflicts found "
            f"({len(found)}; the least change to the rules that makes a plan possible):")
    return [head, *(_describe(inst, data, key, amount) for key, amount in found[:50])]


def _elastic_slacks(
    compiled: CompiledModel, settings: Settings
) -> list[tuple[tuple[str, Any], float]] | None:
    from staffopt.solve import new_highs

    h = new_highs(settings)
    lp = compiled.to_lp(next(iter(compiled.costs)))
    lp.col_cost_ = np.zeros(compiled.num_col)
    lp.offset_ = 0.0
    h.passModel(lp)
    keys: list[tuple[str, Any]] = []
    rows: list[int] = []
    signs: list[float] = []
    for i, key in enumerate(compiled.row_keys):
        if key[0] not in ELASTIC:
            continue
        if np.isfinite(compiled.row_upper[i]):
            keys.append(key)
            rows.append(i)
            signs.append(-1.0)
        if np.isfinite(compiled.row_lower[i]):
            keys.append(key)
            rows.append(i)
            signs.append(1.0)
    n = len(rows)
    if n == 0:
        return None
    h.addCols(n, np.ones(n), np.zeros(n), np.full(n, highspy.kHighsInf), n,
              np.arange(n, dtype=np.int32), np.asarray(rows, dtype=np.int32), np.asarray(signs))
    h.run()
    info = h.getInfo()
    if info.primal_solution_status != highspy.SolutionStatus.kSolutionStatusFeasible:
        return None
    values = np.asarray(h.getSolution().col_value, dtype=float)[compiled.num_col:]
    return list(zip(keys, values.tolist(), strict=True))


def _where(data: ModelData, office: str) -> str:
    o = data.offices[office]
    return f"office {o.name} [{o.id}] ({_LEVEL.get(o.level, o.level)})"


def _least_cost(inst: Instance, data: ModelData, office: str, t: int) -> tuple[float, list[str]]:
    """Lowest cost the hard rules allow office ``office`` in year ``t``, with its parts."""
    st = inst.settings
    o = data.offices[office]
    k = data.k[t]
    floor = data.staff_floor[office, t]
    wages = floor * o.cost_staff
    frozen = ("posts are frozen (posts.step=0)" if o.post_step == 0
              else f"posts may change by {o.post_step}/year")
    parts = [f"{frozen} and the attrition floor (staff.attrition={st.float('staff.attrition'):g}) keeps at "
             f"least {floor} established staff costing {wages:,.1f} 万元"]
    total = wages
    extra = max(0, o.min_staff - floor)
    if extra:
        total += extra * o.cost_contract
        parts.append(f"minimum staffing of {o.min_staff} needs {extra} more people "
                     f"(≥ {extra * o.cost_contract:,.1f} 万元 as contract staff)")
    if o.overhead:
        total += o.overhead
        parts.append(f"fixed overhead {o.overhead:,.1f} 万元")
    running = st.float("digital.running_rate") * o.digital0 * (1 - st.float("digital.depreciation")) ** k
    if running > 0.05:
        total += running
        parts.append(f"IT running cost of the existing systems ≥ {running:,.1f} 万元")
    return total, parts


def _describe(inst: Instance, data: ModelData, key: tuple[str, Any], amount: float) -> str:
    name, idx = key
    unit, rule = ELASTIC[name]
    if name == "budget_fiscal":
        office, t = idx
        cap = inst.appropriation[office, t]
        least, parts = _least_cost(inst, data, office, t)
        return (f"{_where(data, office)}, year {t}: the fiscal appropriation is {cap:,.1f} 万元 but the plan "
                f"needs at least {cap + amount:,.1f} 万元 (short by {amount:,.1f} 万元): " + "; ".join(parts)
                + f" (together ≥ {least:,.1f} 万元). Raise the appropriation "
                "(budget_by_year / budget.growth), let posts adjust (posts.step) or switch to the fund "
                "regime (budget.regime=fund).")
    if name == "budget_fund":
        pool, t = idx
        cap = inst.settings.float("budget.fund_share") * inst.fund_spend[pool, t]
        members = [o for o in data.offices if inst.pool_of[o] == pool]
        wages = sum(data.staff_floor[o, t] * data.offices[o].cost_staff for o in members)
        return (f"budget pool {pool}, year {t}: the fund-regime cap (budget.fund_share × fund spending) is "
                f"{cap:,.1f} 万元 but the plan needs at least {cap + amount:,.1f} 万元 "
                f"(short by {amount:,.1f} 万元); the established staff kept by the attrition floor alone "
                f"cost {wages:,.1f} 万元. "
                "Raise budget.fund_share or fund.growth.")
    if name == "contract_share_final":
        office, t = idx, data.years[-1]
    else:
        office, t = idx
    return (f"{_where(data, office)}, year {t}: the rule '{rule}' cannot be met; it must be relaxed by "
            f"{amount:,.2f} {unit} (posts, hiring cap, attrition floor and budget leave no room).")
