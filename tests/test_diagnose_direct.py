"""Direct checks (solver/diagnose/direct.py): proven conflicts found from the data, before any model.

The floor plan's cost must be a lower bound of every feasible plan's cost; a conflict found
directly must read exactly as the elastic re-solve tells it; national infeasible pools are
explained without building the model.
"""

from __future__ import annotations

from typing import Any

import pytest

import staffopt.solver.solve as solve_module
from staffopt.examples import example_province
from staffopt.instance import build_instance
from staffopt.model.sets import derive
from staffopt.solver.diagnose.direct import TOLERANCE, direct_diagnosis, floor_cost, floor_plan
from staffopt.solver.solve import solve
from staffopt.synthetic import national_instance
from test_model_support import instance_of, make_data, office


@pytest.mark.parametrize("overrides", [
    {},
    {"budget.regime": "fund", "budget.pool": "province", "budget.fund_share": 0.0062},
    {"training.min_hours": 20.0, "staff.min.county": 12, "contract.no_new": True},
])
def test_floor_cost_is_below_every_solved_plan(overrides: dict[str, Any]) -> None:
    data, _ = example_province()
    inst = build_instance(data, data.parameters.with_overrides({"solver.threads": 1, **overrides}))
    result = solve(inst)
    assert result.has_plan
    md = derive(inst)
    values = floor_plan(inst, md)
    plan = result.office_year[~result.office_year["is_base"]]
    for row in plan.itertuples():
        low = floor_cost(inst, md, values, row.office_id, int(row.year))
        assert row.cost_total >= low - 1e-6, (row.office_id, row.year, row.cost_total, low)
    assert direct_diagnosis(inst, md) is None  # a model with a plan has no proven conflict


def _both_ways(
    monkeypatch: pytest.MonkeyPatch, offices: list[dict[str, Any]], **params: Any
) -> tuple[Any, Any]:
    inst = instance_of(make_data(offices), **params)
    assert direct_diagnosis(inst, derive(inst)) is not None
    direct = solve(inst)
    monkeypatch.setattr(solve_module, "direct_diagnosis", lambda inst, data: None)
    elastic = solve(inst)
    return direct, elastic


def test_direct_budget_conflict_reads_as_the_elastic_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # the every-part case of test_diagnose: budget below the wages of staff in post + a minimum staff
    direct, elastic = _both_ways(monkeypatch, [
        office("C1", level="county", name="一县", posts=28, actual_staff=28, contract_staff=0,
               professional_staff=4, cost_staff=13.4728, cost_contract=6.7783, digital_capital=154.8,
               appropriation=1.0, overhead=91.3, min_staff=29)],
        posts__step=0, staff__attrition=0.04, budget__regime="fiscal", pro__premium=1.5,
        digital__running_rate=0.5, horizon=3)
    assert direct.status == elastic.status == "infeasible"
    assert direct.messages == elastic.messages and direct.messages_zh == elastic.messages_zh
    assert len(direct.messages) == 3
    assert direct.model_size == {}  # no model was built


def test_direct_fund_pool_conflict_reads_as_the_elastic_one(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [office("P", name="省局", posts=20, actual_staff=20, fund_spending=10_000.0)]
    rows += [office(f"C{i}", level="county", parent="P", name=f"县{i}", posts=10, actual_staff=10,
                    overhead=5.0, fund_spending=10_000.0) for i in range(3)]
    direct, elastic = _both_ways(monkeypatch, rows, budget__regime="fund", budget__fund_share=0.01,
                                 staff__attrition=0.04, horizon=2)
    assert direct.messages == elastic.messages and direct.messages_zh == elastic.messages_zh
    assert "budget pool all, years 2022–2023" in direct.messages[1]


def test_direct_minimum_staff_above_hiring_reads_as_the_elastic_one(monkeypatch: pytest.MonkeyPatch) -> None:
    direct, elastic = _both_ways(monkeypatch, [
        office("C3", level="county", name="县3", posts=100, actual_staff=10, contract_staff=3, min_staff=20)],
        staff__hire_rate=0.1, staff__hire_min=2, contract__no_new=True, horizon=2)
    assert direct.messages == elastic.messages
    assert "at most 15 persons can be employed: 12 established staff" in direct.messages[1]


def test_a_shortfall_below_the_tolerance_is_left_to_the_solver() -> None:
    # floor cost exactly 540 万元 (54 staff × 10): a cap a hair below it is not a proven conflict
    rows = [office("C12", posts=57, actual_staff=57, appropriation=540.0 - TOLERANCE / 2)]
    inst = instance_of(make_data(rows), posts__step=0, staff__attrition=0.04, budget__regime="fiscal")
    assert direct_diagnosis(inst, derive(inst)) is None
    inst = instance_of(make_data([{**rows[0], "appropriation": 540.0 - 2 * TOLERANCE}]), posts__step=0,
                       staff__attrition=0.04, budget__regime="fiscal")
    found = direct_diagnosis(inst, derive(inst))
    assert found is not None and [c.rule for c in found.conflicts] == ["budget_fiscal"]


@pytest.mark.slow
def test_national_pool_below_fixed_costs_is_explained_without_a_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_model(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the model was built")

    monkeypatch.setattr(solve_module, "build_model", no_model)
    data = national_instance()
    inst = build_instance(data, data.parameters.with_overrides({"budget.regime": "fund",
                                                                "budget.fund_share": 0.002}))
    result = solve(inst)
    assert result.status == "infeasible"
    text = "\n".join(result.messages)
    assert "budget pool all, years 2022–2023" in text
    assert "of its 3,211 offices" in text and "raise budget.fund_share to at least 0.0027" in text
