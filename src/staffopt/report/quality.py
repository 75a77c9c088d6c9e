"""Warnings about the quality of a plan, in English and Chinese.

A plan found at the time limit with a large MIP gap may be far from the best one, a plan
that leaves workload unmet misses its load-ratio targets, and a plan that raises an office's
contract-staff share above the base year's replaces established staff by contract staff (only
possible with ``contract.allow_share_rise``; 002 names exactly this as the problem); all still
exit 0, so they are stated loudly: on stderr by ``staffopt solve``, on the summary sheet of
``plan.xlsx`` and in
``summary.json`` (``warnings``, ``warnings_zh``).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from staffopt.results import Result
from staffopt.schema import LEVELS
from staffopt.text import Join, Msg
from staffopt.tolerances import REPORT_ZERO

#: A gap at the time limit above this fraction is always "large".
LARGE_GAP = 0.05
#: ... and so is one above this fraction and ten times the requested gap.
NOTABLE_GAP = 0.01
#: Unmet workload below this many person-times (over all plan years) is rounding, not a shortfall.
UNMET_TOLERANCE = 0.5
#: A contract share above the base year's by more than this (a fraction) is a rise, not rounding.
SHARE_TOLERANCE = REPORT_ZERO


def gap_threshold(requested: float) -> float:
    """The gap above which a time-limited plan is flagged: 10× ``requested``, between 1% and 5%."""
    return max(NOTABLE_GAP, min(LARGE_GAP, 10.0 * max(0.0, requested)))


def plan_warning_msgs(result: Result) -> tuple[Msg, ...]:
    """The warnings about ``result`` as catalog messages (empty when all is well)."""
    if not result.has_plan:
        return ()
    found = (_gap_warning(result), _unmet_warning(result), _share_warning(result))
    return tuple(w for w in found if w is not None)


def plan_warnings(result: Result) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return ``(warnings_en, warnings_zh)``, one for one, for ``result`` (empty when all is well)."""
    msgs = plan_warning_msgs(result)
    return tuple(m.render("en") for m in msgs), tuple(m.render("zh") for m in msgs)


def _gap_warning(result: Result) -> Msg | None:
    if result.status != "time_limit":
        return None
    gap = result.mip_gap
    if gap is None or not math.isfinite(gap):
        return Msg("quality.gap_unknown")
    if gap <= gap_threshold(result.settings.float("solver.gap")):
        return None
    return Msg("quality.gap", gap=gap)


def _contract_share(frame: pd.DataFrame) -> pd.Series:
    """Contract staff / (established + contract) per row, 0 where nobody works."""
    contract = pd.to_numeric(frame["contract"], errors="coerce")
    people = pd.to_numeric(frame["staff"], errors="coerce") + contract
    return (contract / people.where(people > 0)).fillna(0.0)


def _share_warning(result: Result) -> Msg | None:
    """Offices whose contract share in a plan year is above their base-year share, and by level."""
    oy = result.office_year
    if oy.empty or not {"office_id", "staff", "contract", "is_base"} <= set(oy.columns):
        return None
    is_base = oy["is_base"].astype(bool)
    base = _contract_share(oy[is_base]).groupby(oy.loc[is_base, "office_id"]).first()
    plan = oy[~is_base]
    rise = _contract_share(plan) - plan["office_id"].map(base).fillna(0.0)
    risen = plan[rise > SHARE_TOLERANCE]
    if risen.empty:
        return None
    at = int(np.argmax(rise[risen.index].to_numpy()))
    worst = risen.iloc[at]
    before = float(base[worst["office_id"]])
    after = before + float(rise[risen.index].iloc[at])
    year = int(worst["year"])
    count = risen["office_id"].nunique()
    name = f"{worst['name']} [{worst['office_id']}]" if "name" in worst.index else str(worst["office_id"])
    levels = result.by_level_year
    final_year = int(plan["year"].max())
    details: list[Msg] = []
    t0 = result.settings.int("base_year")
    if not levels.empty and "contract_share" in levels.columns:
        rows = levels.set_index(["level", "year"])["contract_share"]
        for lv in (*LEVELS, "all"):
            if (lv, t0) in rows.index and (lv, final_year) in rows.index:
                details.append(Msg("quality.share_level", level=Msg(f"level.{lv}"),
                                   before=float(rows[(lv, t0)]), after=float(rows[(lv, final_year)])))
    allowed = result.settings.bool("contract.allow_share_rise")
    detail = Msg("quality.share_by_level", first=t0, last=final_year,
                 levels=Join(tuple(details), sep="list.comma")) if details else ""
    return Msg("quality.share_rise", n=count, name=name, before=before, after=after, year=year, detail=detail,
               why=Msg("quality.share_allowed" if allowed else "quality.share_not_allowed"))


def _binding_pools(result: Result, years: list[int]) -> int:
    """Count the pool-years among ``years`` whose cost reaches their budget cap (use ≥ 99.9%)."""
    budget = result.budget
    if budget.empty or "budget_use" not in budget.columns or not years:
        return 0
    rows = budget[budget["year"].astype(int).isin(years)]
    use = pd.to_numeric(rows["budget_use"], errors="coerce")
    return int((use >= 0.999).sum())


def _unmet_warning(result: Result) -> Msg | None:
    frame = result.by_level_year
    if frame.empty or "unmet" not in frame.columns:
        return None
    plan = frame[~frame["is_base"].astype(bool)] if "is_base" in frame.columns else frame
    plan = plan[plan["level"].isin(LEVELS)]
    unmet = pd.to_numeric(plan["unmet"], errors="coerce").fillna(0.0)
    total = float(unmet.sum())
    if total <= UNMET_TOLERANCE:
        return None
    workload = float(pd.to_numeric(plan["workload"], errors="coerce").fillna(0.0).sum())
    by_level = unmet.groupby(plan["level"]).sum()
    levels = [(lv, float(by_level[lv])) for lv in LEVELS if lv in by_level and by_level[lv] > UNMET_TOLERANCE]
    per_year = unmet.groupby(plan["year"]).sum()
    all_years = [int(y) for y in per_year.index.astype(int).tolist()]
    short = [y for y, v in zip(all_years, per_year.to_numpy(), strict=True) if v > UNMET_TOLERANCE]
    years = short or all_years
    span = (Msg("quality.span_years", first=years[0], last=years[-1]) if len(years) > 1
            else Msg("quality.span_year", year=years[0]))
    share = total / workload if workload > 0 else math.nan  # of the whole plan's workload
    pct = "" if not math.isfinite(share) else ("<0.01%" if share < 5e-5 else f"{share:.2%}")
    detail = Join(tuple(Msg("quality.level_amount", level=Msg(f"level.{lv}"), amount=v) for lv, v in levels),
                  sep="list.comma")
    binding = _binding_pools(result, short)
    if binding:
        tail = Msg("quality.budget_binds", n=binding)
    elif result.settings.str("objective") == "cost":
        tail = Msg("quality.check_cost")
    else:
        tail = Msg("quality.budget_short")
    return Msg("quality.unmet", total=total, span=span, share=Msg("quality.share", pct=pct) if pct else "",
               detail=detail, tail=tail)
