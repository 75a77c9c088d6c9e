"""The headline of a run: real cost first, then whether every standard is met.

:func:`headline` computes, from a :class:`~staffopt.results.Result`'s tables alone, the figures
every writer leads with (stdout of ``staffopt solve``, page 1 of ``plan.xlsx``, the comparison
workbook, ``summary.json``'s ``headline`` and the Word briefing), so they cannot disagree:

* ``cost_total`` — ``Σ_{t ∈ T} Σ_o cost_total[o,t]``, 万元, undiscounted, plan years only;
* ``cost_discounted`` — ``Σ_t d_t·Σ_o cost_total[o,t]`` with ``d_t = (1 + discount_rate)^−(t − t0)``
  (the money part of the cost objective);
* ``unmet_person_times`` — ``Σ_{o,t} unmet[o,t]``, person-times over the plan years;
* ``standards_met`` — ``unmet_person_times ≤`` :data:`~staffopt.report.quality.UNMET_TOLERANCE`;
* ``cost_per_person_time_yuan`` — ``10⁴·cost_total / Σ_{o,t} (N[o,t] − unmet[o,t])``, yuan (元)
  per person-time actually served;
* ``penalty_discounted`` — shown apart: ``penalty·Σ_t d_t Σ_o w[level]·unmet[o,t]`` under the
  ``cost`` objective (0 otherwise). It is part of the solver's objective, never money.

A plan that leaves workload unmet is never reported as plain "optimal": :attr:`Headline.cause`
names what decides (:func:`unmet_cause`) — the budget (a budget pool holding unmet workload uses
its whole cap, or its cap has a positive marginal value, in some plan year), the penalty
(``objective = cost`` and ``unmet.penalty`` below an estimate of the cost of serving one
person-time with staff), the solver's time limit, or otherwise the limits on posts, hiring and
contract staff.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from staffopt.report.labels import status_text
from staffopt.report.quality import UNMET_TOLERANCE
from staffopt.report.reform_text import t
from staffopt.results import Result
from staffopt.schema import COST_PERSONNEL, LEVELS, Lang, level_key
from staffopt.tolerances import REPORT_ZERO, UNMET_SHOWN

#: 万元 → 元.
YUAN_PER_WAN = 10_000.0
#: A pool-year whose cost reaches this share of its cap "binds".
BINDING_USE = 0.999
#: Keys of ``summary.json``'s ``headline`` that the issue fixes (the others are extras).
HEADLINE_KEYS: tuple[str, ...] = ("cost_total", "cost_discounted", "standards_met", "unmet_person_times",
                                  "cost_per_person_time_yuan")
#: Causes of unmet workload, in the order they are tested.
CAUSES: tuple[str, ...] = ("budget", "penalty", "time_limit", "limits")


@dataclass(frozen=True)
class Headline:
    """The figures a run leads with (see the module docstring); ``None`` where there is no plan."""

    status: str
    has_plan: bool
    base_year: int
    first_year: int | None = None
    last_year: int | None = None
    cost_total: float | None = None
    cost_discounted: float | None = None
    standards_met: bool | None = None
    unmet_person_times: float | None = None
    cost_per_person_time_yuan: float | None = None
    penalty_discounted: float | None = None
    objective: float | None = None
    cause: str | None = None

    def years(self, lang: Lang) -> str:
        """``2022–2026`` (one year: ``2022``) in ``lang``; empty when there is no plan."""
        if self.first_year is None or self.last_year is None:
            return ""
        if self.first_year == self.last_year:
            return t("headline.year", lang, first=self.first_year)
        return t("headline.years", lang, first=self.first_year, last=self.last_year)

    def status_text(self, lang: Lang) -> str:
        """The status in words; a plan that leaves workload unmet says so and names the cause.

        ``optimal — standard not met: budget binds`` / ``最优——未达标准：预算约束起作用``.
        """
        words = status_text(self.status, lang)
        if not self.has_plan or self.standards_met is not False:
            return words
        cause = t(f"cause.{self.cause or 'limits'}", lang)
        return f"{words}{t('punct.dash', lang)}{t('headline.not_met', lang, cause=cause)}"

    def as_json(self) -> dict[str, Any]:
        """``summary.json``'s ``headline``: :data:`HEADLINE_KEYS` first, then status, cause, penalty."""
        return {
            "cost_total": _json(self.cost_total),
            "cost_discounted": _json(self.cost_discounted),
            "standards_met": self.standards_met,
            "unmet_person_times": _json(self.unmet_person_times),
            "cost_per_person_time_yuan": _json(self.cost_per_person_time_yuan),
            "status": self.status,
            "status_text": self.status_text("en"),
            "status_text_zh": self.status_text("zh"),
            "cause": self.cause,
            "penalty_discounted": _json(self.penalty_discounted),
            "objective": _json(self.objective),
            "years": [self.first_year, self.last_year] if self.first_year is not None else None,
            "discounted_to": self.base_year,
            "units": {"cost_total": "CNY 10k", "cost_discounted": "CNY 10k",
                      "unmet_person_times": "person-times",
                      "cost_per_person_time_yuan": "yuan per person-time",
                      "penalty_discounted": "CNY 10k", "objective": "CNY 10k"},
        }

    def rows(self, lang: Lang) -> list[tuple[str, Any, str, str | None]]:
        """``(label, value, unit, Excel number format)`` rows in the order every writer uses.

        Status, total cost, its discounted value, every standard met, unmet workload, cost per
        person-time served (元); then, apart, the penalty and the solver's objective.
        """
        years = self.years(lang)
        money, yuan = t("unit.money", lang), t("unit.yuan_per_person_time", lang)
        met = (None if self.standards_met is None
               else t("headline.yes" if self.standards_met else "headline.no", lang))
        return [
            (t("headline.status", lang), self.status_text(lang), "", None),
            (t("headline.cost_total", lang, years=years).strip(), self.cost_total, money, "#,##0.00"),
            (t("headline.cost_discounted.long", lang, years=years, base=self.base_year).strip(),
             self.cost_discounted, money, "#,##0.00"),
            (t("headline.standards_met", lang), met, "", None),
            (t("headline.unmet", lang, years=years).strip(), self.unmet_person_times,
             t("unit.person_times_total", lang), "#,##0"),
            (t("headline.cost_per_person_time", lang), self.cost_per_person_time_yuan, yuan, "#,##0.00"),
            (t("headline.penalty", lang), self.penalty_discounted, money, "#,##0.00"),
            (t("headline.objective", lang), self.objective, money, "#,##0.00"),
        ]

    def line(self, lang: Lang) -> str:
        """The figures on one line (stdout): cost, discounted, standards met, unmet, cost per person-time."""
        if not self.has_plan:
            return ""
        sep = t("punct.colon", lang)
        money, yuan = t("unit.money", lang), t("unit.yuan_per_person_time", lang)
        years = self.years(lang)
        met = t("headline.yes" if self.standards_met else "headline.no", lang)
        cost = (f"{t('headline.cost_total', lang, years=years)}{sep}{_fmt(self.cost_total, 2)} {money} "
                f"({t('headline.cost_discounted', lang)}{sep}{_fmt(self.cost_discounted, 2)} {money})")
        parts = [cost, f"{t('headline.standards_met', lang)}{sep}{met}",
                 f"{t('headline.unmet', lang, years=years)}{sep}{_fmt(self.unmet_person_times, 0)} "
                 f"{t('unit.person_times_total', lang)}",
                 f"{t('headline.cost_per_person_time', lang)}{sep}"
                 f"{_fmt(self.cost_per_person_time_yuan, 2)} {yuan}"]
        return "  ".join(parts)


def _json(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else float(value)


def _fmt(value: float | None, decimals: int) -> str:
    return "-" if value is None or not math.isfinite(value) else f"{value:,.{decimals}f}"


def _num(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce").fillna(0.0)


def headline(result: Result) -> Headline:
    """Compute the :class:`Headline` of ``result`` from its tables (see the module docstring)."""
    st = result.settings
    t0 = st.int("base_year")
    if not result.has_plan or result.by_level_year.empty:
        return Headline(status=result.status, has_plan=False, base_year=t0, objective=result.objective)
    bly = result.by_level_year
    plan = bly[~bly["is_base"].astype(bool)]
    totals = plan[plan["level"] == "all"].sort_values("year")
    years = [int(y) for y in totals["year"]]
    rate = st.float("discount_rate")
    discount = {y: (1.0 + rate) ** -(y - t0) for y in years}
    cost = _num(totals["cost_total"])
    cost_total = float(cost.sum())
    cost_discounted = float(sum(discount[y] * c for y, c in zip(years, cost, strict=True)))
    unmet = float(_num(totals["unmet"]).sum())
    served = float(_num(totals["workload"]).sum()) - unmet
    per_yuan = YUAN_PER_WAN * cost_total / served if served > 0 else None
    levels = plan[plan["level"].isin(LEVELS)]
    penalty = 0.0
    if st.str("objective") == "cost":
        weighted = sum(discount[int(y)] * st.float(level_key("unmet.weight", str(lv))) * float(u)
                       for lv, y, u in zip(levels["level"], levels["year"], _num(levels["unmet"]),
                                           strict=True))
        penalty = st.float("unmet.penalty") * weighted
    met = unmet <= UNMET_TOLERANCE
    return Headline(
        status=result.status, has_plan=True, base_year=t0, first_year=years[0], last_year=years[-1],
        cost_total=cost_total, cost_discounted=cost_discounted, standards_met=met,
        unmet_person_times=unmet, cost_per_person_time_yuan=per_yuan, penalty_discounted=penalty,
        objective=result.objective, cause=None if met else unmet_cause(result),
    )


def binding_pools(result: Result) -> set[tuple[str, int]]:
    """Pool-years whose budget binds: use ≥ :data:`BINDING_USE`, or a positive marginal value."""
    budget = result.budget
    if budget.empty or "pool" not in budget.columns:
        return set()
    use = pd.to_numeric(budget["budget_use"], errors="coerce") if "budget_use" in budget else None
    marginal = (pd.to_numeric(budget["marginal_budget"], errors="coerce")
                if "marginal_budget" in budget else None)
    # whole columns at once (a national plan has one budget row per office-year); NaN is never binding
    binds = np.zeros(len(budget), dtype=bool)
    if use is not None:
        binds |= (use >= BINDING_USE).to_numpy(dtype=bool)
    if marginal is not None:
        binds |= (marginal > REPORT_ZERO).to_numpy(dtype=bool)
    pairs = zip(budget["pool"], budget["year"], binds, strict=True)
    return {(str(pool), int(year)) for pool, year, b in pairs if b}


def unmet_cause(result: Result) -> str:
    """What leaves workload unmet: ``budget``, ``penalty``, ``time_limit`` or ``limits`` (module doc)."""
    oy = result.office_year
    binding = binding_pools(result)
    have = {"pool", "unmet", "is_base"} <= set(oy.columns)
    short = oy[~oy["is_base"].astype(bool) & (_num(oy["unmet"]) > UNMET_SHOWN)] if have else oy.iloc[0:0]
    pools = {str(p) for p in short["pool"]} if have else {p for p, _ in binding}
    if any(pool in pools for pool, _ in binding):
        return "budget"
    st = result.settings
    if st.str("objective") == "cost" and have and _penalty_below_cost(result, short):
        return "penalty"
    if result.status == "time_limit":
        return "time_limit"
    return "limits"


def _penalty_below_cost(result: Result, short: pd.DataFrame) -> bool:
    """True when ``unmet.penalty·w`` is below the personnel cost of serving one person-time.

    Estimate per unmet office-year: ``cost_personnel / ((staff + cp·contract)·target)`` 万元 per
    person-time of capacity (the office's own average cost of a head, per person-time it serves).
    """
    st = result.settings
    needed = {COST_PERSONNEL, "staff", "contract", "target", "level"}
    if not needed <= set(short.columns) or short.empty:
        return False
    penalty = st.float("unmet.penalty")
    for rec in short.to_dict("records"):
        # a standard counts heads (issue 9): every head serves ``target`` person-times
        capacity = (float(rec["staff"]) + float(rec["contract"])) * float(rec["target"])
        if capacity <= 0 or not math.isfinite(capacity):
            continue
        per_person_time = float(rec[COST_PERSONNEL]) / capacity
        if penalty * st.float(level_key("unmet.weight", str(rec["level"]))) < per_person_time:
            return True
    return False
