"""One conflict of the elastic re-solve, told in a budget officer's figures (per rule family).

Every figure comes from the elastic plan (the plan that breaks the rules least) and the data, so
the parts of a stated amount add up exactly: money parts are rounded to 0.1 万元 *before* they
are summed, persons are whole numbers. Each detail names the parameter key or the sheet cell
behind the conflict and the change that removes it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from staffopt.instance import Instance
from staffopt.model.families import (
    BUDGET_FISCAL,
    BUDGET_FUND,
    CONTRACT_NO_NEW,
    MINIMUM_STAFFING,
    PRO_SHARE_MIN,
    ROWS,
    UNIT_TEXT,
    rule_label,
)
from staffopt.model.sets import ModelData
from staffopt.model.staffing import pro_share_path
from staffopt.solver.diagnose.text import (
    Msg,
    appropriation_source,
    cell,
    min_staff_source,
    money,
    param,
    persons,
    post_step_source,
    whole,
)
from staffopt.tolerances import SOLVER_TOL


@dataclass(frozen=True)
class Conflict:
    """One positive slack: rule (registry row), office id (or budget pool), plan year, amount (row unit)."""

    rule: str
    where: str
    year: int
    amount: float


@dataclass(frozen=True)
class Detail:
    """The figures of one conflict (``text``), the change that removes it and its shortfall."""

    text: Msg
    fix: Msg
    short: Msg


@dataclass(frozen=True)
class Context:
    """What every detail reads: instance, model constants and the elastic plan's values."""

    inst: Instance
    data: ModelData
    values: Mapping[tuple[str, Any], float]

    def get(self, var: str, idx: Any, default: float = 0.0) -> float:
        """Value of ``var[idx]`` in the elastic plan (``default`` for a fixed or absent variable)."""
        return self.values.get((var, idx), default)

    def head(self, o: str, t: int) -> tuple[int, int, int]:
        """Established, contract and professional staff of ``o`` in ``t`` (whole persons)."""
        return (whole(self.get("staff", (o, t))), whole(self.get("contract", (o, t))),
                whole(self.get("pro", (o, t))))


#: Cost parts by kind, as summed over a fund pool's offices (en, zh).
KINDS: dict[str, tuple[str, str]] = {
    "staff": ("wages of established staff", "在编人员经费"),
    "contract": ("wages of contract staff", "编外人员经费"),
    "premium": ("professional premium", "专业技术人员津贴"),
    "training": ("training", "培训费"),
    "running": ("running cost of the existing IT systems", "现有信息系统运行维护费"),
    "invest": ("IT investment", "信息化投资"),
    "platform": ("shared platform", "省级共享平台"),
    "overhead": ("fixed overhead", "固定运行支出"),
}


def _part(kind: str, en: str, zh: str, amount: float) -> tuple[str, str, str, float]:
    value = round(amount, 1)
    return kind, f"{en} {money(value)}", f"{zh} {money(value)}", value


def cost_parts(ctx: Context, o: str, t: int) -> list[tuple[str, str, str, float]]:
    """The plan's cost of office ``o`` in ``t`` line by line: (kind, en, zh, 万元 rounded to 0.1).

    Nonzero lines only, each with the rule behind it; the lines are those of
    :func:`staffopt.model.budget.add_cost_lines`, so they sum to the budget row's cost.
    """
    inst, data = ctx.inst, ctx.data
    st = inst.settings
    off = data.offices[o]
    s, c, p = ctx.head(o, t)
    floor = data.staff_floor[o, t]
    parts: list[tuple[str, str, str, float]] = []
    if s:
        a = param(inst, "staff.attrition")
        if s <= floor:
            why = (f"they leave only by attrition: {a[0]} keeps {floor:,d} of today's {off.staff0:,d}; "
                   "cutting posts does not remove them",
                   f"在编人员只能自然减员：按 {a[1]} 至少保留基期 {off.staff0:,d} 人中的 {floor:,d} 人，"
                   "核减编制也不能减少在编人员")
        else:
            why = (f"{floor:,d} kept by attrition ({a[0]}), {s - floor:,d} more to reach the minimum staff",
                   f"自然减员({a[1]})后保留 {floor:,d} 人，另需 {s - floor:,d} 人以达到最低人员数")
        parts.append(_part("staff", f"{s:,d} established staff × {off.cost_staff:,.1f} 万元 ({why[0]}) =",
                           f"在编人员 {s:,d} 人 × {off.cost_staff:,.1f} 万元({why[1]})＝",
                           s * off.cost_staff))
    if c:
        need = off.min_staff - s
        src = min_staff_source(inst, o)
        why = ((f" (to reach the minimum staff of {off.min_staff:,d}: {src[0]})",
                f"(为达到最低人员数 {off.min_staff:,d} 人：{src[1]})") if need >= c else ("", ""))
        parts.append(_part("contract", f"{c:,d} contract staff × {off.cost_contract:,.1f} 万元{why[0]} =",
                           f"编外人员 {c:,d} 人 × {off.cost_contract:,.1f} 万元{why[1]}＝",
                           c * off.cost_contract))
    premium = st.float("pro.premium")
    if p and premium:
        k = param(inst, "pro.premium")
        parts.append(_part("premium", f"professional premium for {p:,d} professional staff ({k[0]})",
                           f"{p:,d} 名专业技术人员津贴({k[1]})", p * premium))
    train = ctx.get("train", (o, t))
    if train > SOLVER_TOL:
        k = param(inst, "training.min_hours")
        parts.append(_part("training", f"training {train:,.0f} hours ({k[0]})",
                           f"培训 {train:,.0f} 学时({k[1]})", train * st.float("training.cost_per_hour")))
    running = st.float("digital.running_rate") * ctx.get("digital", (o, t))
    if running > SOLVER_TOL:
        k = param(inst, "digital.running_rate")
        parts.append(_part("running", f"running cost of the existing IT systems ({k[0]})",
                           f"现有信息系统运行维护费({k[1]})", running))
    invest = ctx.get("invest", (o, t))
    if invest > SOLVER_TOL:
        parts.append(_part("invest", *KINDS["invest"], invest))
    for p_id, payer in data.payer.items():
        if payer != o:
            continue
        on = ctx.get("platform", (p_id, t))
        prior = data.prev_year(t)
        built = on - (ctx.get("platform", (p_id, prior)) if prior is not None else 0.0)
        platform = st.float("platform.running_cost") * on + st.float("platform.build_cost") * built
        if platform > SOLVER_TOL:
            parts.append(_part("platform", *KINDS["platform"], platform))
    if off.overhead:
        src = cell(inst, "offices", o, "overhead") or ("", "")
        parts.append(_part("overhead", f"fixed overhead ({src[0]})", f"固定运行支出({src[1]})", off.overhead))
    return parts


def _budget_fiscal(ctx: Context, o: str, t: int) -> Detail:
    cap = round(ctx.inst.appropriation[o, t], 1)
    parts = cost_parts(ctx, o, t)
    total = round(sum(v for *_, v in parts), 1)
    short = round(total - cap, 1)
    src = appropriation_source(ctx.inst, o, t)
    name = ctx.data.offices[o].name
    regime = param(ctx.inst, "budget.regime")
    return Detail(
        text=(f"the fiscal appropriation is {money(cap)} ({src[0]}) but the plan needs at least "
              f"{money(total)}: "
              + "; ".join(en for _, en, _, _ in parts) + f" — short by {money(short)}",
              f"同级财政拨款 {money(cap)}({src[1]})，但方案至少需要 {money(total)}："
              + "；".join(zh for _, _, zh, _ in parts) + f"——缺口 {money(short)}"),
        fix=(f"raise the appropriation of {name} in {t} to at least {money(total)}, or switch to the fund "
             f"regime (budget.regime=fund; now {regime[0]})",
             f"将{name} {t}年同级财政拨款提高到至少 {money(total)}，或改用基金预算制(budget.regime=fund；"
             f"现为 {regime[1]})"),
        short=(f"short by {money(short)}", f"缺口 {money(short)}"),
    )


def _budget_fund(ctx: Context, pool: str, t: int) -> Detail:
    inst = ctx.inst
    spend = inst.fund_spend[pool, t]
    share = inst.settings.float("budget.fund_share")
    cap = round(share * spend, 1)
    members = [o for o in ctx.data.offices if inst.pool_of[o] == pool]
    people = sum(ctx.head(o, t)[0] for o in members)
    floor = sum(ctx.data.staff_floor[o, t] for o in members)
    lines = dict.fromkeys(KINDS, 0.0)
    for o in members:
        for kind, _, _, v in cost_parts(ctx, o, t):
            lines[kind] += v
    a = param(inst, "staff.attrition")
    labels = dict(KINDS)
    labels["staff"] = (f"wages of {people:,d} established staff of its {len(members)} offices (attrition "
                       f"{a[0]} keeps at least {floor:,d})",
                       f"其 {len(members)} 个机构在编人员 {people:,d} 人工资"
                       f"(自然减员 {a[1]} 下至少保留 {floor:,d} 人)")
    parts = [_part(k, labels[k][0], labels[k][1], v) for k, v in lines.items() if round(v, 1)]
    total = round(sum(v for *_, v in parts), 1)
    short = round(total - cap, 1)
    k = param(inst, "budget.fund_share")
    least = total / spend if spend > 0 else math.inf
    return Detail(
        text=(f"the fund-regime cap (budget.fund_share × fund spending {money(spend)}) is {money(cap)} "
              f"({k[0]}) but the plan needs at least {money(total)}: "
              + "; ".join(en for _, en, _, _ in parts) + f" — short by {money(short)}",
              f"基金预算上限(budget.fund_share × 基金支出 {money(spend)})为 {money(cap)}({k[1]})，"
              f"但方案至少需要 {money(total)}：" + "；".join(zh for _, _, zh, _ in parts)
              + f"——缺口 {money(short)}"),
        fix=(f"raise budget.fund_share to at least {least:.4g} (or fund.growth)",
             f"将 budget.fund_share 提高到至少 {least:.4g}(或提高 fund.growth)"),
        short=(f"short by {money(short)}", f"缺口 {money(short)}"),
    )


def _staff_limit(ctx: Context, o: str, t: int, s: int) -> tuple[Msg, Msg]:
    """Why ``o`` has no more than ``s`` established staff in ``t``, and the lever (en, zh)."""
    data, inst = ctx.data, ctx.inst
    off = data.offices[o]
    k = data.k[t]
    by_posts = off.posts0 + off.post_step * k
    by_hiring = off.staff0 + off.hire_cap * k
    if s < min(by_posts, by_hiring):
        return _budget_limit(ctx, o, t)
    if by_posts <= by_hiring:
        src = post_step_source(inst, o)
        return ((f"posts allow at most {by_posts:,d}: {off.posts0:,d} today, changing by at most "
                 f"{off.post_step:,d} a year, {src[0]}",
                 f"编制最多 {by_posts:,d} 个：基期 {off.posts0:,d} 个，每年最多调整 {off.post_step:,d} 个，"
                 f"{src[1]}"),
                (f"allow more posts ({src[0]})", f"放宽编制调整({src[1]})"))
    rate, least = param(inst, "staff.hire_rate"), param(inst, "staff.hire_min")
    return ((f"hiring is capped at {off.hire_cap:,d} a year from today's {off.staff0:,d} "
             f"({rate[0]}, {least[0]})",
             f"每年最多招录 {off.hire_cap:,d} 人，基期 {off.staff0:,d} 人({rate[1]}，{least[1]})"),
            ("raise staff.hire_rate/staff.hire_min", "提高 staff.hire_rate/staff.hire_min"))


def _budget_limit(ctx: Context, o: str, t: int) -> tuple[Msg, Msg]:
    """The budget as the limit of headcount, and its lever (en, zh)."""
    inst = ctx.inst
    if inst.settings.str("budget.regime") == "fiscal":
        cap = inst.appropriation[o, t]
        src = appropriation_source(inst, o, t)
        return ((f"the appropriation of {money(cap)} pays for no more; {src[0]}",
                 f"同级财政拨款 {money(cap)} 只够这些；{src[1]}"),
                ("raise the appropriation", "提高同级财政拨款"))
    k = param(inst, "budget.fund_share")
    return ((f"the fund-regime cap pays for no more; {k[0]}", f"基金预算上限只够这些；{k[1]}"),
            ("raise budget.fund_share", "提高 budget.fund_share"))


def _levers(*levers: Msg) -> Msg:
    """``a, b or c`` (duplicates dropped) in both languages."""
    unique = list(dict.fromkeys(levers))
    if len(unique) == 1:
        return unique[0]
    return (", ".join(en for en, _ in unique[:-1]) + " or " + unique[-1][0],
            "、".join(zh for _, zh in unique[:-1]) + "或" + unique[-1][1])


def _contract_limit(ctx: Context, o: str, t: int) -> tuple[Msg, Msg]:
    """Why the contract staff of ``o`` in ``t`` cannot be more, and the lever (en, zh)."""
    inst = ctx.inst
    if inst.settings.bool("contract.no_new"):
        k = param(inst, "contract.no_new")
        c0 = ctx.data.offices[o].contract0
        return ((f"contract staff may not grow: {c0:,d} today, {k[0]}",
                 f"编外人员不得增加：基期 {c0:,d} 人，{k[1]}"),
                ("set contract.no_new=false", "将 contract.no_new 设为 false"))
    if inst.settings.str("budget.regime") != "none":
        return _budget_limit(ctx, o, t)
    k = param(inst, "contract.max_share_final")
    return ((f"the final-year contract share ({k[0]})", f"规划末年编外人员占比上限({k[1]})"),
            ("raise contract.max_share_final", "提高 contract.max_share_final"))


def _minimum_staffing(ctx: Context, o: str, t: int) -> Detail:
    off = ctx.data.offices[o]
    s, c, _ = ctx.head(o, t)
    reach = s + c
    short = off.min_staff - reach
    src = min_staff_source(ctx.inst, o)
    why_s, lever_s = _staff_limit(ctx, o, t, s)
    why_c, lever_c = _contract_limit(ctx, o, t)
    need, most, gap = persons(off.min_staff), persons(reach), persons(short)
    levers = _levers(lever_s, lever_c)
    if why_s == why_c:
        heads = (f"{s:,d} established staff + {c:,d} contract staff ({why_s[0]})",
                 f"在编人员 {s:,d} 人 + 编外人员 {c:,d} 人({why_s[1]})")
    else:
        heads = (f"{s:,d} established staff ({why_s[0]}) + {c:,d} contract staff ({why_c[0]})",
                 f"在编人员 {s:,d} 人({why_s[1]}) + 编外人员 {c:,d} 人({why_c[1]})")
    return Detail(
        text=(f"the minimum staff is {need[0]} ({src[0]}) but at most {most[0]} can be employed: "
              + heads[0] + f" — short by {gap[0]}",
              f"最低人员数 {need[1]}({src[1]})，但最多只能有 {most[1]}：" + heads[1] + f"——缺 {gap[1]}"),
        fix=(f"lower the minimum staff ({src[0]}) to at most {reach:,d}, or {levers[0]}",
             f"将最低人员数({src[1]})降到不超过 {reach:,d} 人，或{levers[1]}"),
        short=(f"short by {gap[0]}", f"缺 {gap[1]}"),
    )


def _pro_share(ctx: Context, o: str, t: int) -> Detail:
    s, c, p = ctx.head(o, t)
    people = s + c
    share = pro_share_path(ctx.data, o, t)
    required = math.ceil(share * people - SOLVER_TOL)
    short = required - p
    k, phase = param(ctx.inst, "pro.share_min"), param(ctx.inst, "pro.phase_years")
    why_s, lever_s = _staff_limit(ctx, o, t, s)
    src = min_staff_source(ctx.inst, o)
    most = p / people if people else 0.0
    gap = persons(short)
    return Detail(
        text=(f"the least professional share is {share:.1%} ({k[0]}, phased in over {phase[0]}) of "
              f"{people:,d} staff ({s:,d} established + {c:,d} contract) = {required:,d} professional staff, "
              f"but only {p:,d} are possible: professional posts are held by established staff "
              f"({why_s[0]}) — short by {gap[0]}",
              f"专业技术人员最低比例 {share:.1%}({k[1]}，逐步达到期限 {phase[1]})× {people:,d} 人"
              f"(在编 {s:,d} + 编外 {c:,d})＝ {required:,d} 名专业技术人员，但最多只有 {p:,d} 名："
              f"专业技术岗位须由在编人员担任({why_s[1]})——缺 {gap[1]}"),
        fix=(f"lower pro.share_min to at most {most:.1%}, {lever_s[0]}, or lower the minimum staff "
             f"({src[0]}) that needs the contract staff",
             f"将 pro.share_min 降到 {most:.1%} 以下，{lever_s[1]}，"
             f"或降低需要编外人员的最低人员数({src[1]})"),
        short=(f"short by {gap[0]}", f"缺 {gap[1]}"),
    )


def _contract_no_new(ctx: Context, o: str, t: int) -> Detail:
    off = ctx.data.offices[o]
    s, c, _ = ctx.head(o, t)
    prior = ctx.data.prev_year(t)
    prev = off.contract0 if prior is None else whole(ctx.get("contract", (o, prior)))
    short = c - prev
    k = param(ctx.inst, "contract.no_new")
    src = min_staff_source(ctx.inst, o)
    why_s, lever_s = _staff_limit(ctx, o, t, s)
    gap = persons(short)
    return Detail(
        text=(f"contract staff may not grow ({k[0]}): at most {prev:,d}, but the minimum staff of "
              f"{off.min_staff:,d} ({src[0]}) with {s:,d} established staff ({why_s[0]}) needs {c:,d} — "
              f"{gap[0]} more than allowed",
              f"编外人员不得增加({k[1]})：最多 {prev:,d} 人，但最低人员数 {off.min_staff:,d} 人({src[1]})"
              f"在在编人员 {s:,d} 人({why_s[1]})之外需要编外 {c:,d} 人——超出 {gap[1]}"),
        fix=(f"set contract.no_new=false, {lever_s[0]}, or lower the minimum staff ({src[0]})",
             f"将 contract.no_new 设为 false，{lever_s[1]}，或降低最低人员数({src[1]})"),
        short=(f"{gap[0]} too many", f"超出 {gap[1]}"),
    )


def _generic(ctx: Context, rule: str, amount: float) -> Detail:
    """Any relaxable row without wording of its own: its rule, its parameter and the shortfall."""
    row = ROWS[rule]
    rule_en, rule_zh = rule_label(row)
    unit_en, unit_zh = UNIT_TEXT[row.unit]
    if row.unit == "hours":
        text = (f"{amount:,.0f} hours", f"{amount:,.0f} 学时")
    else:
        n = whole(amount)
        text = persons(n) if row.unit == "persons" else (f"{n:,d} {unit_en}", f"{n:,d} {unit_zh}")
    key = row.elastic.param if row.elastic is not None else None
    k = param(ctx.inst, key) if key is not None else ("", "")
    lever = key or rule
    return Detail(
        text=(f"the rule '{rule_en}' ({k[0]}) cannot be met: posts, the hiring cap, the attrition floor "
              f"and the budget leave no room — short by {text[0]}",
              f"无法满足“{rule_zh}”({k[1]})：编制、招录上限、自然减员和预算已无余地——缺 {text[1]}"),
        fix=(f"relax {lever}", f"放宽 {lever}"),
        short=(f"short by {text[0]}", f"缺 {text[1]}"),
    )


#: The rules with wording of their own (every other relaxable row is told by :func:`_generic`).
_TOLD: dict[str, Callable[[Context, str, int], Detail]] = {
    BUDGET_FISCAL: _budget_fiscal,
    BUDGET_FUND: _budget_fund,
    MINIMUM_STAFFING: _minimum_staffing,
    PRO_SHARE_MIN: _pro_share,
    CONTRACT_NO_NEW: _contract_no_new,
}


def describe(ctx: Context, conflict: Conflict) -> Detail:
    """The figures, fix and shortfall of one conflict in the office's (or pool's) year."""
    where, t = conflict.where, conflict.year
    told = _TOLD.get(conflict.rule)
    return told(ctx, where, t) if told is not None else _generic(ctx, conflict.rule, conflict.amount)
