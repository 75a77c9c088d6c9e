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
from staffopt.locks import Lock
from staffopt.model.families import (
    BUDGET_FISCAL,
    BUDGET_FUND,
    CONTRACT_NO_NEW,
    MINIMUM_STAFFING,
    PRO_SHARE_MIN,
    ROWS,
    rule_label,
    unit_text,
)
from staffopt.model.sets import ModelData
from staffopt.model.staffing import pro_share_path
from staffopt.schema import SHEETS_BY_KEY
from staffopt.solver.diagnose.text import (
    Msg,
    OtherNames,
    appropriation_source,
    cell,
    min_staff_source,
    money,
    param,
    persons,
    post_step_source,
    whole,
)
from staffopt.text import Join
from staffopt.tolerances import SOLVER_TOL, ZERO


@dataclass(frozen=True)
class Conflict:
    """One positive slack: rule (registry row), office id (or budget pool), plan year, amount (row unit).

    ``lock`` is the row of the locks sheet a :data:`~staffopt.model.families.LOCKS` slack relaxes.
    """

    rule: str
    where: str
    year: int
    amount: float
    lock: Lock | None = None


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


#: Cost parts by kind, as summed over a fund pool's offices (catalog texts ``diag.kind.<kind>``).
KINDS: tuple[str, ...] = ("staff", "contract", "premium", "training", "running", "conversion", "invest",
                          "platform", "overhead", "goods_services", "capital")

#: One cost line: (kind, its text, 万元 rounded to 0.1).
Part = tuple[str, Msg, float]


def _part(kind: str, label: Msg, amount: float) -> Part:
    value = round(amount, 1)
    return kind, Msg("diag.part", label=label, money=money(value)), value


def cost_parts(ctx: Context, o: str, t: int) -> list[Part]:
    """The plan's cost of office ``o`` in ``t`` line by line: (kind, text, 万元 rounded to 0.1).

    Nonzero lines only, each with the rule behind it; the lines are those of
    :func:`staffopt.model.budget.add_cost_lines`, so they sum to the budget row's cost.
    """
    inst, data = ctx.inst, ctx.data
    st = inst.settings
    off = data.offices[o]
    s, c, p = ctx.head(o, t)
    floor = data.staff_floor[o, t]
    parts: list[Part] = []
    if s:
        a = param(inst, "staff.attrition")
        if s <= floor:
            why = Msg("diag.why.attrition_only", attrition=a, floor=floor, today=off.staff0)
        else:
            why = Msg("diag.why.attrition_and_minimum", attrition=a, floor=floor, more=s - floor)
        parts.append(_part("staff", Msg("diag.part.staff", n=s, cost=off.cost_staff, why=why),
                           s * off.cost_staff))
    if c:
        need = off.min_staff - s
        src = min_staff_source(inst, o)
        why_c: Msg | str = Msg("diag.why.contract_minimum", minimum=off.min_staff, source=src) \
            if need >= c else ""
        parts.append(_part("contract", Msg("diag.part.contract", n=c, cost=off.cost_contract, why=why_c),
                           c * off.cost_contract))
    premium = st.float("pro.premium")
    if p and premium:
        k = param(inst, "pro.premium")
        parts.append(_part("premium", Msg("diag.part.premium", n=p, param=k), p * premium))
    train = ctx.get("train", (o, t))
    if train > SOLVER_TOL:
        k = param(inst, "training.min_hours")
        parts.append(_part("training", Msg("diag.part.training", hours=train, param=k),
                           train * st.float("training.cost_per_hour")))
    converted = ctx.get("convert", (o, t))
    if converted > SOLVER_TOL:
        k = param(inst, "contract.conversion_cost")
        parts.append(_part("conversion", Msg("diag.part.conversion", n=whole(converted), param=k),
                           converted * st.float("contract.conversion_cost")))
    running = st.float("digital.running_rate") * ctx.get("digital", (o, t))
    if running > SOLVER_TOL:
        k = param(inst, "digital.running_rate")
        parts.append(_part("running", Msg("diag.part.running", param=k), running))
    invest = ctx.get("invest", (o, t))
    if invest > SOLVER_TOL:
        parts.append(_part("invest", Msg("diag.kind.invest"), invest))
    for p_id, payer in data.payer.items():
        if payer != o:
            continue
        on = ctx.get("platform", (p_id, t))
        prior = data.prev_year(t)
        before = 1.0 if st.bool("platform.existing") else 0.0  # an existing platform is never built
        built = on - (ctx.get("platform", (p_id, prior)) if prior is not None else before)
        platform = st.float("platform.running_cost") * on + st.float("platform.build_cost") * built
        if platform > SOLVER_TOL:
            parts.append(_part("platform", Msg("diag.kind.platform"), platform))
    if off.overhead:
        src_o: Msg | str = cell(inst, "offices", o, "overhead") or ""
        parts.append(_part("overhead", Msg("diag.part.overhead", source=src_o), off.overhead))
    for kind in ("goods_services", "capital"):  # fixed yearly spending of the offices sheet
        amount = getattr(off, kind)
        if amount:
            src_k: Msg | str = cell(inst, "offices", o, kind) or ""
            parts.append(_part(kind, Msg("diag.part.fixed", kind=Msg(f"diag.kind.{kind}"), source=src_k),
                               amount))
    return parts


def _parts(parts: list[Part]) -> Join:
    return Join(tuple(text for _, text, _ in parts), sep="list.semicolon")


def _budget_fiscal(ctx: Context, o: str, t: int) -> Detail:
    cap = round(ctx.inst.appropriation[o, t], 1)
    parts = cost_parts(ctx, o, t)
    total = round(sum(v for *_, v in parts), 1)
    short = round(total - cap, 1)
    src = appropriation_source(ctx.inst, o, t)
    name = ctx.data.offices[o].name
    regime = param(ctx.inst, "budget.regime")
    return Detail(
        text=Msg("diag.fiscal.text", cap=money(cap), source=src, total=money(total), parts=_parts(parts),
                 short=money(short)),
        fix=Msg("diag.fiscal.fix", name=name, year=t, total=money(total), regime=regime),
        short=Msg("diag.short_money", short=money(short)),
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
        for kind, _, v in cost_parts(ctx, o, t):
            lines[kind] += v
    a = param(inst, "staff.attrition")
    labels = {kind: Msg(f"diag.kind.{kind}") for kind in KINDS}
    labels["staff"] = Msg("diag.kind.pool_staff", people=people, offices=len(members), attrition=a,
                          floor=floor)
    parts = [_part(k, labels[k], v) for k, v in lines.items() if round(v, 1)]
    total = round(sum(v for *_, v in parts), 1)
    short = round(total - cap, 1)
    k = param(inst, "budget.fund_share")
    least = total / spend if spend > 0 else math.inf
    return Detail(
        text=Msg("diag.fund.text", spend=money(spend), cap=money(cap), param=k, total=money(total),
                 parts=_parts(parts), short=money(short)),
        fix=Msg("diag.fund.fix", least=least),
        short=Msg("diag.short_money", short=money(short)),
    )


def _staff_limit(ctx: Context, o: str, t: int, s: int) -> tuple[Msg, Msg]:
    """Why ``o`` has no more than ``s`` established staff in ``t``, and the lever."""
    data, inst = ctx.data, ctx.inst
    off = data.offices[o]
    k = data.k[t]
    by_posts = off.posts0 + off.post_step * k
    by_hiring = off.staff0 + off.hire_cap * k + (off.contract0 if o in data.convertible else 0)
    if s < min(by_posts, by_hiring):
        return _budget_limit(ctx, o, t)
    if by_posts <= by_hiring:
        src = post_step_source(inst, o)
        return (Msg("diag.limit.posts", most=by_posts, today=off.posts0, step=off.post_step, source=src),
                Msg("diag.lever.posts", source=src))
    rate, least = param(inst, "staff.hire_rate"), param(inst, "staff.hire_min")
    return (Msg("diag.limit.hiring", cap=off.hire_cap, today=off.staff0, rate=rate, least=least),
            Msg("diag.lever.hiring"))


def _budget_limit(ctx: Context, o: str, t: int) -> tuple[Msg, Msg]:
    """The budget as the limit of headcount, and its lever."""
    inst = ctx.inst
    if inst.settings.str("budget.regime") == "fiscal":
        cap = inst.appropriation[o, t]
        src = appropriation_source(inst, o, t)
        return Msg("diag.limit.appropriation", cap=money(cap), source=src), Msg("diag.lever.appropriation")
    k = param(inst, "budget.fund_share")
    return Msg("diag.limit.fund", param=k), Msg("diag.lever.fund")


def _levers(*levers: Msg) -> Msg:
    """``a, b or c`` (duplicates dropped)."""
    unique = list(dict.fromkeys(levers))
    if len(unique) == 1:
        return unique[0]
    return Msg("diag.levers", first=Join(tuple(unique[:-1])), last=unique[-1])


def _contract_limit(ctx: Context, o: str, t: int) -> tuple[Msg, Msg]:
    """Why the contract staff of ``o`` in ``t`` cannot be more, and the lever."""
    inst = ctx.inst
    off = ctx.data.offices[o]
    s, c, _ = ctx.head(o, t)
    if inst.settings.bool("contract.no_new"):
        k = param(inst, "contract.no_new")
        c0 = off.contract0
        return Msg("diag.limit.no_new", today=c0, param=k), Msg("diag.lever.no_new")
    if c >= off.contract_cap:
        src: Msg = cell(inst, "offices", o, "contract_cap") or Msg("diag.src.contract_cap_empty")
        return (Msg("diag.limit.contract_cap", cap=off.contract_cap, source=src),
                Msg("diag.lever.contract_cap", source=src))
    share0 = ctx.data.contract_share0[o]
    if not inst.settings.bool("contract.allow_share_rise") and c + 1 > share0 * (s + c + 1) + ZERO:
        k = param(inst, "contract.allow_share_rise")
        return Msg("diag.limit.share_rise", share=share0, param=k), Msg("diag.lever.share_rise")
    if inst.settings.str("budget.regime") != "none":
        return _budget_limit(ctx, o, t)
    k = param(inst, "contract.max_share_final")
    return Msg("diag.limit.share_final", param=k), Msg("diag.lever.share_final")


def _minimum_staffing(ctx: Context, o: str, t: int) -> Detail:
    off = ctx.data.offices[o]
    s, c, _ = ctx.head(o, t)
    reach = s + c
    short = off.min_staff - reach
    src = min_staff_source(ctx.inst, o)
    why_s, lever_s = _staff_limit(ctx, o, t, s)
    why_c, lever_c = _contract_limit(ctx, o, t)
    gap = persons(short)
    levers = _levers(lever_s, lever_c)
    if why_s == why_c:
        heads = Msg("diag.heads_one", staff=s, contract=c, why=why_s)
    else:
        heads = Msg("diag.heads_two", staff=s, why_staff=why_s, contract=c, why_contract=why_c)
    return Detail(
        text=Msg("diag.minimum.text", need=persons(off.min_staff), source=src, most=persons(reach),
                 heads=heads, gap=gap),
        fix=Msg("diag.minimum.fix", source=src, reach=reach, levers=levers),
        short=Msg("diag.short", gap=gap),
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
        text=Msg("diag.pro.text", share=share, param=k, phase=phase, people=people, staff=s, contract=c,
                 required=required, possible=p, why=why_s, gap=gap),
        fix=Msg("diag.pro.fix", most=most, lever=lever_s, source=src),
        short=Msg("diag.short", gap=gap),
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
        text=Msg("diag.no_new.text", param=k, prev=prev, minimum=off.min_staff, source=src, staff=s,
                 why=why_s, contract=c, gap=gap),
        fix=Msg("diag.no_new.fix", lever=lever_s, source=src),
        short=Msg("diag.too_many", gap=gap),
    )


def _generic(ctx: Context, rule: str, amount: float) -> Detail:
    """Any relaxable row without wording of its own: its rule, its parameter and the shortfall."""
    row = ROWS[rule]
    if row.unit == "hours":
        amount_text = Msg("diag.hours", hours=amount)
    else:
        n = whole(amount)
        amount_text = (persons(n) if row.unit == "persons"
                       else Msg("diag.amount", n=n, unit=unit_text(row.unit)))
    key = row.elastic.param if row.elastic is not None else None
    k: Msg | str = param(ctx.inst, key) if key is not None else ""
    lever = key or rule
    return Detail(
        text=Msg("diag.generic.text", rule=rule_label(row), param=k, amount=amount_text),
        fix=Msg("diag.generic.fix", lever=lever),
        short=Msg("diag.short", gap=amount_text),
    )


#: The rules with wording of their own (every other relaxable row is told by :func:`_generic`).
_TOLD: dict[str, Callable[[Context, str, int], Detail]] = {
    BUDGET_FISCAL: _budget_fiscal,
    BUDGET_FUND: _budget_fund,
    MINIMUM_STAFFING: _minimum_staffing,
    PRO_SHARE_MIN: _pro_share,
    CONTRACT_NO_NEW: _contract_no_new,
}


def _amount(what: str, n: int) -> Msg:
    """``12 posts`` / ``12 个编制`` or ``12 persons`` / ``12 人``."""
    return Msg("diag.n_posts", n=n) if what == "posts" else persons(n)


def lock_cell(lock: Lock, side: str) -> Msg:
    """``locks sheet (锁定), row 3, column 'max' (上限)`` and its Chinese."""
    sheet = SHEETS_BY_KEY["locks"]
    f = sheet.column(side)
    return Msg("diag.lock_cell", sheet=Msg(f"input.{sheet.key}"), also_sheet=OtherNames(f"input.{sheet.key}"),
               row=lock.row, column=Msg(f.text_key), also_column=OtherNames(f.text_key))


def _lock_reason(ctx: Context, lock: Lock, low: bool, x: int) -> tuple[Msg, Msg]:
    """Why the plan cannot keep ``lock`` (its min when ``low``, else its max), and the lever."""
    o, t = lock.office, lock.year
    s, c, _ = ctx.head(o, t)
    off = ctx.data.offices[o]
    if low and lock.what == "staff":
        return _staff_limit(ctx, o, t, s)
    if low and lock.what == "contract":
        return _contract_limit(ctx, o, t)
    if not low and lock.what in ("staff", "contract") and s + c <= off.min_staff:
        src = min_staff_source(ctx.inst, o)
        other, n = ("contract", c) if lock.what == "staff" else ("staff", s)
        return (Msg("diag.lock.min_staff_needs", least=off.min_staff, source=src, n=n,
                    other=Msg(f"lock.what.{other}")),
                Msg("diag.lever.lower_min_staff", source=src))
    if not low and lock.what == "posts":
        return Msg("diag.lock.posts_held"), Msg("diag.lever.other_locks")
    step = post_step_source(ctx.inst, o)
    return (Msg("diag.lock.no_room", step=off.post_step, source=step),
            Msg("diag.lever.other_locks_or_rules"))


def _lock(ctx: Context, conflict: Conflict) -> Detail:
    """A lock the plan cannot keep: its row, bound, the plan's value and why."""
    lock = conflict.lock
    assert lock is not None
    x = whole(ctx.get(lock.what, (lock.office, lock.year)))
    low = lock.lo is not None and x < lock.lo
    bound = lock.lo if low else lock.hi
    assert bound is not None
    gap = _amount(lock.what, abs(bound - x))
    what = Msg(f"lock.what.{lock.what}")
    cell_ = lock_cell(lock, "min" if low else "max")
    note: Msg | str = Msg("diag.lock.note", note=lock.note) if lock.note else ""
    why, lever = _lock_reason(ctx, lock, low, x)
    b, v = _amount(lock.what, bound), _amount(lock.what, x)
    side = "low" if low else "high"
    return Detail(text=Msg(f"diag.lock.{side}", cell=cell_, what=what, bound=b, note=note, value=v, why=why,
                           gap=gap),
                  fix=Msg(f"diag.lock.fix_{side}", cell=cell_, x=x, lever=lever),
                  short=Msg(f"diag.lock.short_{side}", gap=gap))


def describe(ctx: Context, conflict: Conflict) -> Detail:
    """The figures, fix and shortfall of one conflict in the office's (or pool's) year."""
    where, t = conflict.where, conflict.year
    if conflict.lock is not None:
        return _lock(ctx, conflict)
    told = _TOLD.get(conflict.rule)
    return told(ctx, where, t) if told is not None else _generic(ctx, conflict.rule, conflict.amount)
