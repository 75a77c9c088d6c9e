"""Figures of what-if runs: one run's metrics, and the comparison, difference and frontier tables.

The tables are built from :class:`~staffopt.results.Result` objects only; the workbooks and
charts made of them are in :mod:`staffopt.whatif.report`.

Every number comes from the results' tidy tables (never re-read from an Excel file). The
figures of one run (:func:`scenario_metrics`) are:

* the headline (:func:`staffopt.report.headline.headline`): status (naming the cause when workload
  is left unmet), total cost over the plan years (万元, undiscounted) and its discounted value,
  every standard met, unmet workload, cost per person-time served (元), the penalty apart;
* MIP gap;
* posts, established staff and contract staff in the final plan year (all levels);
* nominal and effective load ratio (person-times per staff member) and the standard, by level,
  in the final plan year;
* cost by line summed over the plan years (undiscounted, 万元);
* the highest budget use of any pool and plan year.
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
    LANGS,
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
    # the headline first (:func:`staffopt.report.headline.headline`), the same figures as every report
    Metric("status", "status", "run"),
    Metric(COST_TOTAL, COST_TOTAL, "total"),
    Metric("cost_discounted", "cost_discounted", "run"),
    Metric("standards_met", "standards_met", "run"),
    Metric("unmet", "unmet", "total", unit_override=PERSON_TIMES_TOTAL),
    Metric("cost_per_person_time", "cost_per_person_time", "served"),
    Metric("unmet_penalty", "unmet_penalty", "run"),
    # then the solver and the plan
    Metric("mip_gap", "mip_gap", "run"),
    Metric("posts", "posts", "final"),
    Metric("staff", "staff", "final"),
    Metric("contract", "contract", "final"),
    *(Metric(f"load_ratio.{lv}", "load_ratio_nominal", "final", lv) for lv in (*LEVELS, "all")),
    *(Metric(f"load_ratio_effective.{lv}", "load_ratio_effective", "final", lv) for lv in (*LEVELS, "all")),
    *(Metric(f"target.{lv}", "target_level", "final", lv) for lv in LEVELS),
    *(Metric(line, line, "total") for line in COST_LINES),
    Metric("budget_use", "budget_use", "peak"),
)
METRICS_BY_KEY: dict[str, Metric] = {m.key: m for m in METRICS}
#: Metrics that are numbers (every one but the status and the yes/no of the standards).
NUMERIC_METRICS: tuple[str, ...] = tuple(m.key for m in METRICS if m.key not in ("status", "standards_met"))
#: Rows of the comparison table that are not shown as figures: the status in words, per language.
STATUS_TEXT: dict[Lang, str] = {"en": "status_text.en", "zh": "status_text.zh"}


def as_number(value: Any) -> float:
    """``value`` as a float, NaN when it is not a number (a status, an empty cell)."""
    try:
        out = float(value)
    except (TypeError, ValueError):
        return math.nan
    return out


def scenario_metrics(result: Result) -> dict[str, Any]:
    """Figures of one run from its result tables (NaN where the run has no plan).

    The headline figures — total cost over the plan years (万元) and its discounted value,
    every standard met, unmet workload, cost per person-time served (元), the penalty — come
    from :func:`staffopt.report.headline.headline`, so they equal what stdout, ``plan.xlsx`` and
    ``summary.json`` show; ``status_text.en`` / ``status_text.zh`` name the cause when
    workload is left unmet.
    """
    from staffopt.report.headline import headline

    head = headline(result)
    out: dict[str, Any] = {k: math.nan for k in NUMERIC_METRICS}
    out["status"] = result.status
    out["standards_met"] = head.standards_met
    out[STATUS_TEXT["en"]], out[STATUS_TEXT["zh"]] = head.status_text("en"), head.status_text("zh")
    out["mip_gap"] = as_number(result.mip_gap) if result.mip_gap is not None else math.nan
    if not result.has_plan or result.by_level_year.empty:
        return out
    out[COST_TOTAL] = as_number(head.cost_total)
    out["cost_discounted"] = as_number(head.cost_discounted)
    out["unmet"] = as_number(head.unmet_person_times)
    out["cost_per_person_time"] = as_number(head.cost_per_person_time_yuan)
    out["unmet_penalty"] = as_number(head.penalty_discounted)
    blk = result.by_level_year
    plan = blk[~blk["is_base"].astype(bool)]
    final_year = int(plan["year"].max())
    final = plan[plan["year"] == final_year].set_index("level")
    total = plan[plan["level"] == "all"]
    for key in ("posts", "staff", "contract"):
        out[key] = as_number(final.at["all", key])
    for lv in (*LEVELS, "all"):
        here = lv in final.index
        out[f"load_ratio.{lv}"] = as_number(final.at[lv, "load_ratio_nominal"]) if here else math.nan
        effective = final.at[lv, "load_ratio_effective"] if here else math.nan
        out[f"load_ratio_effective.{lv}"] = as_number(effective)
    for lv in LEVELS:
        out[f"target.{lv}"] = as_number(final.at[lv, "target"]) if lv in final.index else math.nan
    for line in COST_LINES:
        out[line] = float(total[line].sum())
    if not result.budget.empty and "budget_use" in result.budget:
        use = pd.to_numeric(result.budget["budget_use"], errors="coerce").dropna()
        out["budget_use"] = float(use.max()) if not use.empty else math.nan
    return out


def comparison_table(names: Sequence[str], results: Sequence[Result]) -> pd.DataFrame:
    """Side-by-side figures: one row per metric (index = metric key), one column per scenario.

    Two more rows follow the metrics: the status in words (:data:`STATUS_TEXT`), per language.
    """
    columns = {name: scenario_metrics(r) for name, r in zip(names, results, strict=True)}
    return pd.DataFrame(columns, index=[*(m.key for m in METRICS), *STATUS_TEXT.values()], dtype=object)


def difference_table(table: pd.DataFrame) -> pd.DataFrame:
    """Each numeric figure minus the first scenario's (the first column is all zero or NaN)."""
    numbers = table.loc[list(NUMERIC_METRICS)].apply(pd.to_numeric, errors="coerce").astype(float)
    first = numbers.iloc[:, 0]
    return numbers.sub(first, axis=0)


# ------------------------------------------------------------------------------------------
# frontier
# ------------------------------------------------------------------------------------------
def frontier_table(
    key: str, values: Sequence[float], results: Sequence[Result], reuse: Sequence[Any] | None = None,
) -> pd.DataFrame:
    """One row per step: the varied value, the run's figures, what decides it, and its marginal price.

    Marginal prices (:func:`staffopt.whatif.frontier_steps.marginal_columns`) are in readable
    units: per percentage point of a fraction key (per 1,000 of a load ratio), and per 1,000
    person-times of unmet workload avoided. ``binding`` says what decides each step
    (:func:`~staffopt.whatif.frontier_steps.binding`); ``explanation.en`` / ``explanation.zh``
    say it in words — an infeasible step carries the solve path's own explanation; ``reused.en``
    / ``reused.zh`` say how a step that was not solved again got its plan (``reuse``: the
    :class:`~staffopt.whatif.frontier_steps.Reuse` of each step, ``None`` where solved).
    """
    from staffopt.whatif.frontier_steps import binding, describe_reuse, marginal_columns, step_notes

    rows: list[dict[str, Any]] = []
    for step, (value, result) in enumerate(zip(values, results, strict=True), start=1):
        row: dict[str, Any] = {"step": step, "value": float(value)}
        row.update(scenario_metrics(result))
        rows.append(row)
    frame = marginal_columns(pd.DataFrame(rows), key)
    frame["binding"] = [binding(r) for r in results]
    reuse = list(reuse) if reuse is not None else [None] * len(results)
    for lang in LANGS:
        frame[f"explanation.{lang}"] = step_notes(results, lang)
        frame[f"reused.{lang}"] = describe_reuse(reuse, lang)
    frame.attrs["key"] = key
    return frame
