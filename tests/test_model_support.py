"""Tiny hand-made instances for the model tests (imported by tests/test_model_*.py, test_solve*.py).

Every builder switches everything off unless asked: no digital service, no training, no
budget limit, no attrition, no discounting, posts free to move, hiring unlimited, no conversions
of contract staff into posts; contract staff keep their defaults (a control of today's contract
staff, the base-year contract share never rises), so an office without contract staff today has
none — so each test turns on exactly the family it checks and the optimum can be worked out by
hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from staffopt.instance import InputData, Instance, build_instance
from staffopt.results import Result
from staffopt.schema import BUDGET_BY_YEAR_COLUMNS, OFFICE_COLUMNS, SCENARIO_COLUMNS, WORKLOAD_BY_YEAR_COLUMNS
from staffopt.settings import Settings
from staffopt.solver.solve import solve

#: A switched-off world: each test enables what it checks.
QUIET: dict[str, Any] = {
    "base_year": 2021, "horizon": 1, "discount_rate": 0.0,
    "target.provincial": 5000.0, "target.municipal": 5000.0, "target.county": 5000.0,
    "posts.step": 100000, "staff.attrition": 0.0, "staff.hire_rate": 10.0, "staff.hire_min": 100000,
    "staff.min.provincial": 0, "staff.min.municipal": 0, "staff.min.county": 0,
    "contract.conversion_enabled": False, "pro.premium": 0.0,
    "training.enabled": False, "digital.enabled": False, "platform.enabled": False,
    "budget.regime": "none", "budget.growth": 0.0, "fund.growth": 0.0,
    "solver.gap": 0.0, "solver.threads": 1, "solver.seed": 0, "solver.time_limit": 30.0,
}


def office(
    office_id: str = "P", level: str = "provincial", parent: str = "", **values: Any
) -> dict[str, Any]:
    """One offices-sheet row (schema keys) with neutral defaults; ``values`` override."""
    row: dict[str, Any] = {
        "office_id": office_id, "name": f"office {office_id}", "level": level, "parent_id": parent,
        "regions": "", "workload": 0.0, "workload_growth": 0.0, "posts": 0, "actual_staff": 0,
        "contract_staff": pd.NA, "professional_staff": 0, "cost_staff": 10.0, "cost_contract": 5.0,
        "digital_capital": 0.0, "manual_floor": 0.0, "appropriation": 0.0, "overhead": 0.0,
        "goods_services": 0.0, "capital": 0.0, "fund_spending": 0.0, "min_staff": pd.NA, "post_step": pd.NA,
        "contract_cap": pd.NA,
    }
    unknown = set(values) - set(row)
    assert not unknown, f"unknown office columns {unknown}"
    row.update(values)
    return row


def _frame(columns: Sequence[Any], rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=[c.key for c in columns])


def make_data(
    offices: Sequence[Mapping[str, Any]],
    workload_by_year: Sequence[Mapping[str, Any]] = (),
    budget_by_year: Sequence[Mapping[str, Any]] = (),
) -> InputData:
    """An :class:`InputData` from office rows (and optional yearly rows)."""
    table = _frame(OFFICE_COLUMNS, offices)
    for col in ("contract_staff", "min_staff", "post_step", "contract_cap"):
        table[col] = pd.array(table[col].tolist(), dtype="Int64")
    return InputData(
        offices=table, parameters=Settings(),
        workload_by_year=_frame(WORKLOAD_BY_YEAR_COLUMNS, workload_by_year),
        budget_by_year=_frame(BUDGET_BY_YEAR_COLUMNS, budget_by_year),
        scenarios=pd.DataFrame(columns=[c.key for c in SCENARIO_COLUMNS] + ["row"]),
    )


def instance_of(data: InputData, **params: Any) -> Instance:
    """Build the instance of ``data`` under :data:`QUIET` plus ``params`` (dots as ``__``)."""
    overrides = {**QUIET, **{k.replace("__", "."): v for k, v in params.items()}}
    return build_instance(data, Settings().with_overrides(overrides))


def run(offices: Sequence[Mapping[str, Any]], **params: Any) -> Result:
    """Solve the tiny instance of ``offices`` under :data:`QUIET` plus ``params``."""
    return solve(instance_of(make_data(offices), **params))


def plan(result: Result, office_id: str = "P", year: int = 2022) -> pd.Series:
    """The office_year row of ``office_id`` in plan ``year``."""
    oy = result.office_year
    rows = oy[(oy["office_id"] == office_id) & (oy["year"] == year) & (~oy["is_base"])]
    assert len(rows) == 1, f"no single plan row for {office_id} {year}"
    return rows.iloc[0]
