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

#: A message in English and Chinese.
Msg = tuple[str, str]

#: Relaxable families: component name -> (unit en, unit zh, rule en, rule zh).
ELASTIC: dict[str, tuple[str, str, str, str]] = {
    "budget_fiscal": ("万元", "万元", "fiscal appropriation", "同级财政拨款"),
    "budget_fund": ("万元", "万元", "fund-regime cap", "基金预算上限"),
    "minimum_staffing": ("persons", "人", "minimum staffing", "最低人员数"),
    "contract_no_new": ("persons", "人", "no new contract staff (contract.no_new)",
                        "编外人员不得增加(contract.no_new)"),
    "contract_share_final": ("persons", "人", "final-year contract share cap (contract.max_share_final)",
                             "规划末年编外人员占比上限(contract.max_share_final)"),
    "pro_share_min": ("persons", "人", "least professional share (pro.share_min)",
                      "专业技术人员最低比例(pro.share_min)"),
    "training_min": ("hours", "学时", "least training hours (training.min_hours)",
                     "最低培训学时(training.min_hours)"),
    "standard_upper": ("posts", "个编制", "staffing standard (upper bound)", "编制标准(上限)"),
    "standard_lower": ("posts", "个编制", "staffing standard (lower bound)", "编制标准(下限)"),
}
_LEVEL = {"provincial": ("provincial", "省级"), "municipal": ("municipal", "地(市)级"),
          "county": ("county", "县(区)级")}


def explain_infeasibility(
    inst: Instance, data: ModelData, compiled: CompiledModel, settings: Settings
) -> list[Msg]:
    """Messages (en, zh) naming each office/pool, year and rule in conflict (never a bare "infeasible")."""
    slacks = _elastic_slacks(compiled, settings)
    if slacks is None:
        return [("The plan is infeasible: the rules contradict each other, and the diagnosis (an elastic "
                 "re-solve) found no plan within the time limit either. Check the budgets against the wages "
                 "of staff already in post, and minimum staffing.",
                 "无可行方案：各项规则相互矛盾，诊断(弹性重解)在时间上限内也未找到方案。请核对预算是否低于在编人员工资，"
                 "以及最低人员数。")]
    found = [(key, amount) for key, amount in slacks if amount > 1e-6]
    if not found:
        return [("The plan is infeasible only because headcounts must be whole numbers: every rule can "
                 "be met with fractional staff. Loosen the tightest budget or minimum slightly.",
                 "仅因人数须为整数而无可行方案：允许非整数人数时各项规则均可满足。请略微放宽最紧的预算或最低人数。")]
    head = (f"The plan is infeasible: no plan can satisfy every rule. Conflicts found ({len(found)}; the "
            "least change to the rules that makes a plan possible):",
            f"无可行方案：没有任何方案能同时满足全部规则。发现冲突 {len(found)} 处"
            "(使方案可行所需的最小规则调整)：")
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


def _where(data: ModelData, office: str) -> Msg:
    o = data.offices[office]
    en, zh = _LEVEL.get(o.level, (o.level, o.level))
    return f"office {o.name} [{o.id}] ({en})", f"{o.name}[{o.id}]({zh})"


def _least_cost(inst: Instance, data: ModelData, office: str, t: int) -> tuple[float, list[Msg]]:
    """Lowest cost the hard rules allow office ``office`` in year ``t``, with its parts (en, zh)."""
    st = inst.settings
    o = data.offices[office]
    floor = data.staff_floor[office, t]
    wages = floor * o.cost_staff
    attrition = st.float("staff.attrition")
    if o.post_step == 0:
        frozen = ("posts are frozen (posts.step=0)", "编制冻结(posts.step=0)")
    else:
        frozen = (f"posts may change by {o.post_step}/year", f"编制每年最多调整 {o.post_step} 个")
    parts = [(f"{frozen[0]} and the attrition floor (staff.attrition={attrition:g}) keeps at least {floor} "
              f"established staff costing {wages:,.1f} 万元",
              f"{frozen[1]}，在编人员只能按自然减员(staff.attrition={attrition:g})减少，至少保留 {floor} 人，"
              f"人员经费 {wages:,.1f} 万元")]
    total = wages
    extra = max(0, o.min_staff - floor)
    if extra:
        total += extra * o.cost_contract
        parts.append((f"minimum staffing of {o.min_staff} needs {extra} more people "
                      f"(≥ {extra * o.cost_contract:,.1f} 万元 as contract staff)",
                      f"最低人员数 {o.min_staff} 人还需 {extra} 人"
                      f"(按编外人员计 ≥ {extra * o.cost_contract:,.1f} 万元)"))
    if o.overhead:
        total += o.overhead
        parts.append((f"fixed overhead {o.overhead:,.1f} 万元", f"固定运行支出 {o.overhead:,.1f} 万元"))
    keep = (1 - st.float("digital.depreciation")) ** data.k[t]
    running = st.float("digital.running_rate") * o.digital0 * keep
    if running > 0.05:
        total += running
        parts.append((f"IT running cost of the existing systems ≥ {running:,.1f} 万元",
                      f"现有信息系统运行维护费 ≥ {running:,.1f} 万元"))
    return total, parts


def _describe(inst: Instance, data: ModelData, key: tuple[str, Any], amount: float) -> Msg:
    name, idx = key
    unit_en, unit_zh, rule_en, rule_zh = ELASTIC[name]
    if name == "budget_fiscal":
        office, t = idx
        cap = inst.appropriation[office, t]
        least, parts = _least_cost(inst, data, office, t)
        where = _where(data, office)
        return (
            f"{where[0]}, year {t}: the fiscal appropriation is {cap:,.1f} 万元 but the plan needs at least "
            f"{cap + amount:,.1f} 万元 (short by {amount:,.1f} 万元): " + "; ".join(en for en, _ in parts)
            + f" (together ≥ {least:,.1f} 万元). Raise the appropriation (budget_by_year / budget.growth), "
            "let posts adjust (posts.step) or switch to the fund regime (budget.regime=fund).",
            f"{where[1]}，{t}年：同级财政拨款 {cap:,.1f} 万元，但方案至少需要 {cap + amount:,.1f} 万元"
            f"(缺口 {amount:,.1f} 万元)：" + "；".join(zh for _, zh in parts)
            + f"(合计 ≥ {least:,.1f} 万元)。请提高拨款(分年财政拨款 / budget.growth)、"
            "允许编制调整(posts.step)"
            "或改用基金预算制(budget.regime=fund)。",
        )
    if name == "budget_fund":
        pool, t = idx
        cap = inst.settings.float("budget.fund_share") * inst.fund_spend[pool, t]
        members = [o for o in data.offices if inst.pool_of[o] == pool]
        wages = sum(data.staff_floor[o, t] * data.offices[o].cost_staff for o in members)
        least = sum(_least_cost(inst, data, o, t)[0] for o in members)
        overhead = sum(data.offices[o].overhead for o in members)
        return (
            f"budget pool {pool}, year {t}: the fund-regime cap (budget.fund_share × fund spending) is "
            f"{cap:,.1f} 万元 but the plan needs at least {cap + amount:,.1f} 万元 "
            f"(short by {amount:,.1f} 万元): the established staff its {len(members)} offices keep after "
            f"attrition cost {wages:,.1f} 万元, fixed overhead {overhead:,.1f} 万元 (with minimum staffing "
            f"and the running cost of existing IT ≥ {least:,.1f} 万元 before any service is added). "
            "Raise budget.fund_share or fund.growth, or let posts adjust (posts.step).",
            f"资金池 {pool}，{t}年：基金预算上限(budget.fund_share × 基金支出)为 {cap:,.1f} 万元，"
            f"但方案至少需要 {cap + amount:,.1f} 万元(缺口 {amount:,.1f} 万元)：其 {len(members)} 个机构"
            f"自然减员后保留的在编人员经费 {wages:,.1f} 万元，固定运行支出 {overhead:,.1f} 万元"
            f"(加上最低人员数和现有信息系统运行费，未增加任何服务前即 ≥ {least:,.1f} 万元)。"
            "请提高 budget.fund_share 或 fund.growth，或允许编制调整(posts.step)。",
        )
    office, t = (idx, data.years[-1]) if name == "contract_share_final" else idx
    where = _where(data, office)
    return (
        f"{where[0]}, year {t}: the rule '{rule_en}' cannot be met; it must be relaxed by {amount:,.2f} "
        f"{unit_en} (posts, hiring cap, attrition floor and budget leave no room).",
        f"{where[1]}，{t}年：无法满足“{rule_zh}”，须放宽 {amount:,.2f} {unit_zh}"
        "(编制、招录上限、自然减员和预算已无余地)。",
    )
