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
from staffopt.schema import LEVELS, level_label
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


def plan_warnings(result: Result) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return ``(warnings_en, warnings_zh)``, one for one, for ``result`` (empty when all is well)."""
    if not result.has_plan:
        return (), ()
    found = (_gap_warning(result), _unmet_warning(result), _share_warning(result))
    pairs = [w for w in found if w is not None]
    return tuple(en for en, _ in pairs), tuple(zh for _, zh in pairs)


def _gap_warning(result: Result) -> tuple[str, str] | None:
    if result.status != "time_limit":
        return None
    gap = result.mip_gap
    if gap is None or not math.isfinite(gap):
        return ("this plan may be far from the best: the solver stopped at the time limit without a "
                "bound on the gap; raise --time-limit (solver.time_limit)",
                "本方案可能远非最优：求解器在时间上限处停止，且无法给出间隙；请提高 --time-limit"
                "(solver.time_limit)")
    if gap <= gap_threshold(result.settings.float("solver.gap")):
        return None
    return (f"this plan may be far from the best (gap {gap:.1%}: the solver stopped at the time limit); "
            "raise --time-limit (solver.time_limit)",
            f"本方案可能远非最优(间隙 {gap:.1%}：求解器在时间上限处停止)；"
            "请提高 --time-limit(solver.time_limit)")


def _contract_share(frame: pd.DataFrame) -> pd.Series:
    """Contract staff / (established + contract) per row, 0 where nobody works."""
    contract = pd.to_numeric(frame["contract"], errors="coerce")
    people = pd.to_numeric(frame["staff"], errors="coerce") + contract
    return (contract / people.where(people > 0)).fillna(0.0)


def _share_warning(result: Result) -> tuple[str, str] | None:
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
    detail_en, detail_zh = [], []
    if not levels.empty and "contract_share" in levels.columns:
        rows = levels.set_index(["level", "year"])["contract_share"]
        t0 = result.settings.int("base_year")
        for lv in (*LEVELS, "all"):
            if (lv, t0) in rows.index and (lv, final_year) in rows.index:
                a, b = float(rows[(lv, t0)]), float(rows[(lv, final_year)])
                detail_en.append(f"{level_label(lv, 'en')} {a:.1%} → {b:.1%}")
                detail_zh.append(f"{level_label(lv, 'zh')} {a:.1%} → {b:.1%}")
    allowed = result.settings.bool("contract.allow_share_rise")
    why_en = ("contract.allow_share_rise is true" if allowed
              else "contract.allow_share_rise is false, so this should not happen: please report it")
    why_zh = ("contract.allow_share_rise 为 true" if allowed
              else "contract.allow_share_rise 为 false，本不应出现，请反馈")
    en = (f"the plan raises the contract-staff share above the base year in {count} office(s) (largest: "
          f"{name} {before:.1%} → {after:.1%} in {year}): established staff are replaced by contract staff")
    zh = (f"本方案使 {count} 个机构的编外人员占比高于基期(升幅最大：{name} {before:.1%} → {after:.1%}，"
          f"{year} 年)：以编外人员替代在编人员")
    if detail_en:
        en += f"; contract share by level, {t0} → {final_year}: " + ", ".join(detail_en)
        zh += f"；分层级编外人员占比 {t0} → {final_year} 年：" + "，".join(detail_zh)
    return f"{en} ({why_en})", f"{zh}({why_zh})"


def _binding_pools(result: Result, years: list[int]) -> int:
    """Count the pool-years among ``years`` whose cost reaches their budget cap (use ≥ 99.9%)."""
    budget = result.budget
    if budget.empty or "budget_use" not in budget.columns or not years:
        return 0
    rows = budget[budget["year"].astype(int).isin(years)]
    use = pd.to_numeric(rows["budget_use"], errors="coerce")
    return int((use >= 0.999).sum())


def _unmet_warning(result: Result) -> tuple[str, str] | None:
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
    span_en = f"over {years[0]}–{years[-1]}" if len(years) > 1 else f"in {years[0]}"
    span_zh = f"{years[0]}–{years[-1]} 年间" if len(years) > 1 else f"{years[0]} 年"
    share = total / workload if workload > 0 else math.nan  # of the whole plan's workload
    pct = "" if not math.isfinite(share) else ("<0.01%" if share < 5e-5 else f"{share:.2%}")
    share_en = f" ({pct} of the workload)" if pct else ""
    share_zh = f"(占业务量的 {pct})" if pct else ""
    detail_en = ", ".join(f"{level_label(lv, 'en')} {v:,.0f}" for lv, v in levels)
    detail_zh = "，".join(f"{level_label(lv, 'zh')} {v:,.0f}" for lv, v in levels)
    en = f"the plan leaves {total:,.0f} person-times of workload unmet {span_en}{share_en}: {detail_en}"
    zh = f"本方案 {span_zh}有 {total:,.0f} 人次业务量未满足{share_zh}：{detail_zh}"
    binding = _binding_pools(result, short)
    if binding:
        en += (f"; the budget binds: {binding} pool-year(s) use 100% of their cap in those years "
               "(see the budget sheet) — the targets cannot all be met within it")
        zh += (f"；预算约束起作用：这些年份中有 {binding} 个资金池·年度用满预算上限(见预算执行表)，"
               "标准无法全部满足")
    elif result.settings.str("objective") == "cost":
        en += ("; under the least-cost objective the load-ratio targets are meant to be met — check "
               "unmet.penalty, the limits on posts and staff (posts.step, the hiring cap, the contract-staff "
               "control, contract.allow_share_rise), or raise --time-limit")
        zh += ("；成本最低目标下各层级人均负荷比标准本应满足，请检查 unmet.penalty、编制与人员上下限"
               "(posts.step、招录上限、编外人员控制数、contract.allow_share_rise)，或提高 --time-limit")
    else:
        en += "; the budget does not cover the staff the targets need"
        zh += "；预算不足以配备满足标准所需的人员"
    return en, zh
