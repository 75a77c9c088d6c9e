"""Pure functions from a solution to the tidy result tables of :mod:`staffopt.results`.

Nothing here touches Pyomo or HiGHS: :class:`Solution` holds plain numbers per office-year
(variables and the cost lines the model charged), :class:`Marginals` the LP marginal values.
The base year (``is_base`` True) is the observed status quo, priced with the model's unit costs:
personnel (wages + professional premium), IT running cost on the base-year digital capital and
fixed overhead; training and investment in the base year are not known and are left empty (0 in
cost lines).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from staffopt.instance import Instance
from staffopt.schema import (
    COST_CAPITAL,
    COST_GOODS_SERVICES,
    COST_LINES,
    COST_OTHER,
    COST_PERSONNEL,
    COST_TOTAL,
)
from staffopt.standards import standard_posts

COST_KEYS = (*COST_LINES, COST_TOTAL)
_SUMMED = ("posts", "staff", "contract", "professional", "actual", "over_establishment", "conversions",
           "workload", "train", "invest", "digital", "online", "unmet", *COST_KEYS)


@dataclass(frozen=True)
class Solution:
    """Values of one plan: ``office_year[name][(office, year)]`` and ``platform[(province, year)]``.

    ``online`` and ``unmet`` are in person-times (already converted from staff-equivalents).
    """

    office_year: Mapping[str, Mapping[tuple[str, int], float]]
    platform: Mapping[tuple[str, int], float]


@dataclass(frozen=True)
class Marginals:
    """LP marginal values (integers fixed at the optimum), in money of the year concerned.

    ``workload[(o,t)]``: 万元 of objective per extra person-time of office ``o``'s workload in ``t``.
    ``budget[(pool,t)]``: 万元 of objective saved per extra 万元 of budget (≥ 0; 0 when slack).
    """

    workload: Mapping[tuple[str, int], float] = field(default_factory=dict)
    budget: Mapping[tuple[str, int], float] = field(default_factory=dict)


def _div(a: Any, b: Any) -> Any:
    """Elementwise a / b with NaN where b is 0."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b != 0, a / np.where(b != 0, b, 1.0), np.nan)


def base_year_rows(inst: Instance) -> list[dict[str, Any]]:
    """The observed base-year row of every office (status quo), priced as the model prices a plan."""
    st = inst.settings
    premium, running = st.float("pro.premium"), st.float("digital.running_rate")
    worth = st.float("contract.effective_worth")
    fiscal = st.str("budget.regime") == "fiscal"
    existing = st.bool("platform.existing")
    platform_running = st.float("platform.running_cost") if existing else 0.0
    rows = []
    for o in inst.offices:
        people = o.staff0 + o.contract0
        effective = o.staff0 + worth * o.contract0
        std = standard_posts(o.level, o.workload0, st)
        pays = platform_running if o.id == o.province else 0.0  # the root office pays its platform
        costs = {
            COST_PERSONNEL: o.cost_staff * o.staff0 + o.cost_contract * o.contract0 + premium * o.pro0,
            COST_GOODS_SERVICES: o.goods_services + running * o.digital0 + pays,
            COST_CAPITAL: o.capital, COST_OTHER: o.overhead,
        }
        rows.append({
            "year": inst.base_year, "is_base": True, "workload": o.workload0, "posts": o.posts0,
            "staff": o.staff0, "contract": o.contract0, "professional": o.pro0, "actual": people,
            "over_establishment": max(0, people - o.posts0),
            "contract_share": o.contract0 / people if people else math.nan, "conversions": math.nan,
            "train": math.nan, "invest": math.nan,
            "digital": o.digital0, "online": math.nan, "unmet": math.nan, "unmet_share": math.nan,
            "platform": int(existing), "load_ratio_nominal": o.workload0 / people if people else math.nan,
            "load_ratio_effective": o.workload0 / effective if effective else math.nan,
            "target": math.nan, "standard_posts": math.nan if std is None else std,
            **costs, "cost_total": sum(costs.values()),
            "budget_cap": o.appropriation0 if fiscal else math.nan, "marginal_workload": math.nan,
        })
    return rows


def _plan_rows(inst: Instance, sol: Solution, marg: Marginals) -> list[dict[str, Any]]:
    st = inst.settings
    worth, tp = st.float("contract.effective_worth"), st.float("training.productivity")
    fiscal = st.str("budget.regime") == "fiscal"
    v = sol.office_year
    converted = v.get("convert", {})
    rows = []
    for o in inst.offices:
        for t in inst.years:
            key = (o.id, t)
            n = inst.workload[key]
            staff, contract, train = v["staff"][key], v["contract"][key], v["train"][key]
            online, unmet = v["online"][key], v["unmet"][key]
            costs = {c: v[c][key] for c in COST_LINES}
            capacity = staff + worth * contract + tp * train  # effective: contract staff at their worth
            manual = (1.0 - inst.online_share0.get(o.id, 0.0)) * capacity  # counter capacity, today's share
            std = inst.standard_posts.get(key)
            rows.append({
                "year": t, "is_base": False, "workload": n, "posts": v["posts"][key], "staff": staff,
                "contract": contract, "professional": v["pro"][key], "actual": staff + contract,
                "over_establishment": max(0.0, staff + contract - v["posts"][key]),
                "contract_share": contract / (staff + contract) if staff + contract else math.nan,
                "conversions": converted.get(key, 0.0), "train": train,
                "invest": v["invest"][key], "digital": v["digital"][key], "online": online,
                "unmet": unmet, "unmet_share": unmet / n if n else math.nan,
                "platform": sol.platform.get((o.province, t), 0.0),
                "load_ratio_nominal": n / (staff + contract) if staff + contract else math.nan,
                "load_ratio_effective": (n - online) / manual if manual else math.nan,
                "target": inst.office_target[o.id, t], "standard_posts": math.nan if std is None else std,
                **costs, "cost_total": sum(costs.values()),
                "budget_cap": inst.appropriation[key] if fiscal else math.nan,
                "marginal_workload": marg.workload.get(key, math.nan),
            })
    return rows


def office_year_table(inst: Instance, sol: Solution, marg: Marginals) -> pd.DataFrame:
    """One row per office and year: the base year first, then each plan year."""
    ident = {o.id: {"office_id": o.id, "name": o.name, "level": o.level, "province": o.province,
                    "regions": ",".join(o.regions), "pool": _pool(inst, o.id)} for o in inst.offices}
    base = base_year_rows(inst)
    plan = _plan_rows(inst, sol, marg)
    ordered: list[dict[str, Any]] = []
    h = len(inst.years)
    for i, o in enumerate(inst.offices):
        ordered.append({**ident[o.id], **base[i]})
        ordered.extend({**ident[o.id], **row} for row in plan[i * h:(i + 1) * h])
    frame = pd.DataFrame(ordered)
    for col in ("posts", "staff", "contract", "professional", "actual", "over_establishment"):
        frame[col] = frame[col].round().astype("int64")
    frame["platform"] = frame["platform"].round().astype("int64")
    return frame


def _pool(inst: Instance, office: str) -> str:
    regime = inst.settings.str("budget.regime")
    if regime == "fiscal":
        return office
    return inst.pool_of[office] if regime == "fund" else "all"


def _aggregate(frame: pd.DataFrame, by: str, inst: Instance) -> pd.DataFrame:
    st = inst.settings
    worth, tp = st.float("contract.effective_worth"), st.float("training.productivity")
    # effective ratio = Σ (N − online) / Σ (1 − σ0)·capacity; base-year rows serve σ0·N online
    share0 = frame["office_id"].map(lambda o: inst.online_share0.get(o, 0.0)).astype(float)
    capacity = frame["staff"] + worth * frame["contract"] + tp * frame["train"].fillna(0.0)
    frame = frame.assign(_manual=frame["workload"] - frame["online"].fillna(share0 * frame["workload"]),
                         _manual_capacity=(1.0 - share0) * capacity)
    sums = frame.groupby([by, "year", "is_base"], sort=False)[[*_SUMMED, "_manual", "_manual_capacity"]].sum(
        min_count=1).reset_index()
    sums["contract_share"] = _div(sums["contract"], sums["staff"] + sums["contract"])
    sums["load_ratio_nominal"] = _div(sums["workload"], sums["staff"] + sums["contract"])
    sums["load_ratio_effective"] = _div(sums.pop("_manual"), sums.pop("_manual_capacity"))
    sums["goods_services_share"] = _div(sums[COST_GOODS_SERVICES], sums[COST_TOTAL])
    return sums


def by_level_year(office_year: pd.DataFrame, inst: Instance) -> pd.DataFrame:
    """Totals per level (and ``all``) and year; ratios recomputed from the totals."""
    levels = _aggregate(office_year, "level", inst)
    # the level's target: Σ N / Σ (N / target) over its offices (the one target giving the same
    # staff as each office's own); the parameter target.<level> when no targets row applies
    plan = office_year[~office_year["is_base"]]
    need = (plan["workload"] / plan["target"]).groupby([plan["level"], plan["year"]]).sum()
    work = plan.groupby(["level", "year"])["workload"].sum()
    levels["target"] = [
        (work[lv, y] / need[lv, y] if (lv, y) in need.index and need[lv, y] > 0
         else inst.target.get((lv, y), math.nan))
        for lv, y in zip(levels["level"], levels["year"], strict=True)]
    everything = _aggregate(office_year.assign(level="all"), "level", inst)
    everything["target"] = math.nan
    out = pd.concat([levels, everything], ignore_index=True)
    order = {"provincial": 0, "municipal": 1, "county": 2, "all": 3}
    out = out.sort_values(["level", "year"], key=lambda s: s.map(order) if s.name == "level" else s)
    return out.reset_index(drop=True)


def by_region_year(office_year: pd.DataFrame, inst: Instance) -> pd.DataFrame:
    """Totals per region tag and year (an office with two tags counts in both)."""
    tagged = office_year.assign(region=office_year["regions"].str.split(",")).explode("region")
    tagged = tagged[tagged["region"].fillna("") != ""]
    if tagged.empty:
        return pd.DataFrame(columns=["region", "year", "is_base", *_SUMMED,
                                     "load_ratio_nominal", "load_ratio_effective", "goods_services_share"])
    return _aggregate(tagged, "region", inst).sort_values(["region", "year"]).reset_index(drop=True)


def budget_table(office_year: pd.DataFrame, inst: Instance, marg: Marginals) -> pd.DataFrame:
    """Cost against the cap per pool (fiscal: office; fund: pool; none: ``all``) and plan year."""
    plan = office_year[~office_year["is_base"]]
    out = plan.groupby(["pool", "year"], sort=False)[list(COST_KEYS)].sum().reset_index()
    regime = inst.settings.str("budget.regime")
    if regime == "fiscal":
        caps = [inst.appropriation[p, y] for p, y in zip(out["pool"], out["year"], strict=True)]
    elif regime == "fund":
        share = inst.settings.float("budget.fund_share")
        caps = [share * inst.fund_spend[p, y] for p, y in zip(out["pool"], out["year"], strict=True)]
    else:
        caps = [math.nan] * len(out)
    out["budget_cap"] = caps
    out["budget_use"] = _div(out["cost_total"], out["budget_cap"])
    out["marginal_budget"] = [marg.budget.get((p, y), math.nan) if regime != "none" else math.nan
                              for p, y in zip(out["pool"], out["year"], strict=True)]
    return out


def marginals_table(inst: Instance, marg: Marginals) -> pd.DataFrame:
    """Cost of one more person-time per level (and ``all``) and year.

    The workload-weighted mean of the office marginals, which is exactly the marginal cost of a
    level-wide increase of one person-time shared in proportion to each office's workload.
    """
    rows = []
    for level in ("provincial", "municipal", "county", "all"):
        members = [o for o in inst.offices if level in (o.level, "all")]
        if not members:
            continue
        for t in inst.years:
            weights = [(inst.workload[o.id, t], marg.workload.get((o.id, t), math.nan)) for o in members]
            total = sum(w for w, _ in weights)
            value = (sum(w * m for w, m in weights) / total) if total > 0 else math.nan
            rows.append({"level": level, "year": t, "marginal_workload": value})
    return pd.DataFrame(rows, columns=["level", "year", "marginal_workload"])


def platforms_table(inst: Instance, sol: Solution) -> pd.DataFrame:
    """Shared platform (0/1) per province and plan year."""
    rows = [{"province": p, "year": t, "platform": round(sol.platform.get((p, t), 0.0))}
            for p in inst.provinces for t in inst.years]
    return pd.DataFrame(rows, columns=["province", "year", "platform"])


def result_tables(inst: Instance, sol: Solution, marg: Marginals) -> dict[str, pd.DataFrame]:
    """All tables of a :class:`~staffopt.results.Result`, keyed by field name."""
    office_year = office_year_table(inst, sol, marg)
    return {
        "office_year": office_year,
        "by_level_year": by_level_year(office_year, inst),
        "by_region_year": by_region_year(office_year, inst),
        "budget": budget_table(office_year, inst, marg),
        "marginals": marginals_table(inst, marg),
        "platforms": platforms_table(inst, sol),
    }


def empty_tables() -> dict[str, pd.DataFrame]:
    """Return the tables of a result with no plan (infeasible, or no plan within the time limit)."""
    return {name: pd.DataFrame() for name in
            ("office_year", "by_level_year", "by_region_year", "budget", "marginals", "platforms")}
