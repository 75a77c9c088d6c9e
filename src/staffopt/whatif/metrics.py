"""Figures of what-if runs: one run's metrics, and the comparison, difference and frontier tables.

The tables are built from :class:`~staffopt.results.Result` objects only; the workbooks and
charts made of them are in :mod:`staffopt.whatif.report`.

Every number comes from the results' tidy tables (never re-read from an Excel file). The
figures of one run (:func:`scenario_metrics`) are:

* status and MIP gap;
* posts, established staff and contract staff in the final plan year (all levels);
* nominal load ratio (person-times per staff member) by level in the final plan year;
* unmet workload and cost by line summed over the plan years (undiscounted, 万元);
* the highest budget use of any pool and plan year;
* cost per person-time served: total cost over total workload served (workload − unmet) of the
  plan years.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from staffopt.results import Result
from staffopt.schema import (
    COST_LINES,
    COST_TOTAL,
    LEVELS,
    OUTPUT_COLUMNS_BY_KEY,
    PERSON_TIMES_TOTAL,
    Lang,
    Unit,
    level_label,
    output_label,
)
from staffopt.text import t


def text(name: str, lang: Lang, **fmt: str) -> str:
    """Return the what-if report text ``whatif.<name>`` of the catalog in ``lang``, formatted with ``fmt``."""
    return t(f"whatif.{name}", lang, **fmt)


@dataclass(frozen=True)
class Metric:
    """One figure of a run: a schema output column, optionally one level, and a period."""

    key: str
    column: str
    period: str  # run | final | total | peak | served
    level: str = "all"
    unit_override: Unit | None = None

    def label(self, lang: Lang) -> str:
        """Return the figure's name in ``lang`` (without unit)."""
        parts = [output_label(self.column, lang, with_unit=False)]
        if self.level != "all":
            parts.append(level_label(self.level, lang))
        if self.period != "run":
            parts.append(text(f"period.{self.period}", lang))
        return t("list.comma", lang).join(parts)

    def unit(self, lang: Lang) -> str:
        """Return the figure's unit in ``lang`` (empty when it has none)."""
        unit = self.unit_override or OUTPUT_COLUMNS_BY_KEY[self.column].unit
        return unit.text(lang)

    @property
    def number_format(self) -> str:
        """Excel number format from the schema."""
        return OUTPUT_COLUMNS_BY_KEY[self.column].number_format


METRICS: tuple[Metric, ...] = (
    Metric("status", "status", "run"),
    Metric("mip_gap", "mip_gap", "run"),
    Metric("posts", "posts", "final"),
    Metric("staff", "staff", "final"),
    Metric("contract", "contract", "final"),
    *(Metric(f"load_ratio.{lv}", "load_ratio_nominal", "final", lv) for lv in (*LEVELS, "all")),
    Metric("unmet", "unmet", "total", unit_override=PERSON_TIMES_TOTAL),
    *(Metric(line, line, "total") for line in COST_LINES),
    Metric("cost_total", "cost_total", "total"),
    Metric("budget_use", "budget_use", "peak"),
    Metric("cost_per_person_time", "cost_per_person_time", "served"),
)
METRICS_BY_KEY: dict[str, Metric] = {m.key: m for m in METRICS}
#: Metrics that are numbers (every one but the status).
NUMERIC_METRICS: tuple[str, ...] = tuple(m.key for m in METRICS if m.key != "status")


def as_number(value: Any) -> float:
    """``value`` as a float, NaN when it is not a number (a status, an empty cell)."""
    try:
        out = float(value)
    except (TypeError, ValueError):
        return math.nan
    return out


def scenario_metrics(result: Result) -> dict[str, Any]:
    """Figures of one run from its result tables (NaN where the run has no plan)."""
    out: dict[str, Any] = {k: math.nan for k in NUMERIC_METRICS}
    out["status"] = result.status
    out["mip_gap"] = as_number(result.mip_gap) if result.mip_gap is not None else math.nan
    if not result.has_plan or result.by_level_year.empty:
        return out
    blk = result.by_level_year
    plan = blk[~blk["is_base"].astype(bool)]
    final_year = int(plan["year"].max())
    final = plan[plan["year"] == final_year].set_index("level")
    total = plan[plan["level"] == "all"]
    for key in ("posts", "staff", "contract"):
        out[key] = as_number(final.at["all", key])
    for lv in (*LEVELS, "all"):
        out[f"load_ratio.{lv}"] = (as_number(final.at[lv, "load_ratio_nominal"]) if lv in final.index
                                   else math.nan)
    out["unmet"] = float(total["unmet"].sum())
    for line in (*COST_LINES, COST_TOTAL):
        out[line] = float(total[line].sum())
    if not result.budget.empty and "budget_use" in result.budget:
        use = pd.to_numeric(result.budget["budget_use"], errors="coerce").dropna()
        out["budget_use"] = float(use.max()) if not use.empty else math.nan
    served = float(total["workload"].sum()) - out["unmet"]
    out["cost_per_person_time"] = out["cost_total"] / served if served > 0 else math.nan
    return out


def comparison_table(names: Sequence[str], results: Sequence[Result]) -> pd.DataFrame:
    """Side-by-side figures: one row per metric (index = metric key), one column per scenario."""
    columns = {name: scenario_metrics(r) for name, r in zip(names, results, strict=True)}
    return pd.DataFrame(columns, index=[m.key for m in METRICS], dtype=object)


def difference_table(table: pd.DataFrame) -> pd.DataFrame:
    """Each numeric figure minus the first scenario's (the first column is all zero or NaN)."""
    numbers = table.loc[list(NUMERIC_METRICS)].apply(pd.to_numeric, errors="coerce").astype(float)
    first = numbers.iloc[:, 0]
    return numbers.sub(first, axis=0)


# ------------------------------------------------------------------------------------------
# frontier
# ------------------------------------------------------------------------------------------
def frontier_table(key: str, values: Sequence[float], results: Sequence[Result]) -> pd.DataFrame:
    """One row per step: the varied value, the run's figures and the marginal price of the step.

    ``delta_cost`` / ``delta_unmet`` are changes from the previous step; ``cost_per_value`` and
    ``unmet_per_value`` divide them by the change of ``key``; ``cost_per_unmet_avoided`` is
    the extra cost per person-time of unmet workload removed (when unmet fell).
    """
    rows: list[dict[str, Any]] = []
    for step, (value, result) in enumerate(zip(values, results, strict=True), start=1):
        row: dict[str, Any] = {"step": step, "value": float(value)}
        row.update(scenario_metrics(result))
        rows.append(row)
    frame = pd.DataFrame(rows)
    cost = pd.to_numeric(frame["cost_total"], errors="coerce")
    unmet = pd.to_numeric(frame["unmet"], errors="coerce")
    dval = frame["value"].diff()
    frame["delta_cost"] = cost.diff()
    frame["delta_unmet"] = unmet.diff()
    frame["cost_per_value"] = frame["delta_cost"] / dval
    frame["unmet_per_value"] = frame["delta_unmet"] / dval
    avoided = -frame["delta_unmet"]
    frame["cost_per_unmet_avoided"] = (frame["delta_cost"] / avoided).where(avoided > 0.5)
    frame.attrs["key"] = key
    return frame
