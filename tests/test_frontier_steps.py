"""Frontier steps: reuse only what is proven, explanations per step, readable marginal prices."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import pytest

from helpers_solve import EXACT, tiny_data
from staffopt.results import Result
from staffopt.settings import Settings
from staffopt.whatif.frontier_steps import (
    binding,
    flat_stretches,
    marginal_columns,
    marginal_scale,
    per_text,
    solve_steps,
    step_notes,
    step_settings,
)
from staffopt.whatif.sweep import run_job

KEY = "budget.fund_share"


def _runner(calls: list[list[str]]) -> Any:
    def run(jobs: list[tuple[str, Settings]]) -> list[Result]:
        calls.append([name for name, _ in jobs])
        return [run_job(tiny_data(), st, name) for name, st in jobs]
    return run


@pytest.fixture(scope="module")
def sweep() -> dict[str, Any]:
    data = tiny_data()
    base = data.parameters.with_overrides({**EXACT, "budget.regime": "fund", "objective": "service"})
    # issue 9 (merged model and data): fixed costs need 0.0028 of fund spending here
    values = [0.0025, 0.0029, 0.003, 0.004, 0.005, 0.01]  # infeasible, budget binds, then enough
    settings = step_settings(base, KEY, values)
    calls: list[list[str]] = []
    results, reuse = solve_steps(data, KEY, values, settings, _runner(calls))
    fresh = [run_job(data, st, f"{KEY}={v:g}") for v, st in zip(values, settings, strict=True)]
    return {"values": values, "results": results, "reuse": reuse, "fresh": fresh, "calls": calls,
            "settings": settings}


def _unmet(result: Result) -> float:
    return float(result.objective_terms["unmet_total"])


def test_steps_where_the_unlimited_plan_fits_are_reused_not_solved(sweep: dict[str, Any]) -> None:
    reuse, calls = sweep["reuse"], sweep["calls"]
    assert calls[0] == ["budget.regime=none"]  # the relaxation, solved once
    reused = [i for i, r in enumerate(reuse) if r is not None]
    assert reused and all(reuse[i].source == "unlimited" for i in reused)
    assert reused == list(range(reused[0], len(reuse)))  # from some value on: every larger one too
    solved = [f"{KEY}={v:g}" for i, v in enumerate(sweep["values"]) if reuse[i] is None]
    assert calls[1] == solved and len(calls) == 2  # the other steps once each
    assert reuse[0] is None  # the tightest budget is solved


def test_a_reused_step_equals_a_fresh_solve(sweep: dict[str, Any]) -> None:
    for i, r in enumerate(sweep["reuse"]):
        got, fresh = sweep["results"][i], sweep["fresh"][i]
        assert got.settings == sweep["settings"][i]
        if r is None:
            continue
        assert _unmet(got) == pytest.approx(_unmet(fresh), abs=0.5) == pytest.approx(0.0, abs=0.5)
        cost = got.objective_terms["cost_discounted"]
        assert cost == pytest.approx(fresh.objective_terms["cost_discounted"], rel=1e-3)  # within the gap
        # tabulated against this step's own caps: same pools, caps and use as a fresh solve
        pd.testing.assert_series_equal(got.budget["budget_cap"].reset_index(drop=True),
                                       fresh.budget["budget_cap"].reset_index(drop=True))
        assert (got.budget["budget_use"] <= 1.0 + 1e-9).all()
        assert (got.budget["marginal_budget"].fillna(0.0) == 0.0).all()  # the budget does not bind


def test_each_step_explains_itself_and_flat_stretches_name_the_constraint(sweep: dict[str, Any]) -> None:
    results, values = sweep["results"], sweep["values"]
    kinds = [binding(r) for r in results]
    assert kinds[:2] == ["infeasible", "budget"] and set(kinds[2:]) == {"met_slack"}
    en = step_notes(results, "en")
    assert en[0].startswith("The plan is infeasible: no plan can meet every rule.")  # the diagnosis itself
    assert "budget pool" in en[0] and "Fix:" in en[0]
    assert en[1] == "standard not met: budget binds"
    assert en[-1] == "every standard met; the budget does not bind"
    assert step_notes(results, "zh")[0].startswith("无可行方案")
    flat = flat_stretches(KEY, values, results, "en")
    assert flat == [f"steps 3–6 ({KEY} {values[2]:g} to {values[-1]:g}): the same cost and unmet "
                    "workload; every standard is met and the budget does not bind, so a larger "
                    "budget.fund_share changes nothing"]
    assert "不改变方案" in flat_stretches(KEY, values, results, "zh")[0]


def test_an_infeasible_step_carries_the_solve_paths_explanation() -> None:
    data = tiny_data()
    # a minimum staff far above what the budget pays: infeasible, explained office by office
    st = data.parameters.with_overrides({**EXACT, "staff.min.county": 500, "budget.regime": "fiscal"})
    result = run_job(data, st, "x")
    assert result.status == "infeasible"
    note = step_notes([result], "en")[0]
    assert note.startswith("The plan is infeasible") and "minimum staff" in note
    assert step_notes([result], "zh")[0].startswith("无可行方案")


def test_marginal_prices_are_quoted_per_percentage_point_and_per_1000_person_times() -> None:
    assert marginal_scale("budget.fund_share") == (0.01, "frontier.per.pp")
    assert marginal_scale("target.county")[0] == 1000.0
    assert marginal_scale("posts.step")[0] == 1.0
    assert per_text("budget.fund_share", "en") == "per percentage point of budget.fund_share"
    frame = pd.DataFrame({"value": [0.01, 0.02, 0.03], "cost_total": [100.0, 150.0, 150.0],
                          "unmet": [5000.0, 1000.0, 1000.0]})
    out = marginal_columns(frame, "budget.fund_share")
    assert out["cost_per_value"].tolist()[1:] == pytest.approx([50.0, 0.0])  # 万元 per point
    assert out["unmet_per_value"].tolist()[1:] == pytest.approx([-4000.0, 0.0])  # person-times per point
    assert out["cost_per_unmet_avoided"].iloc[1] == pytest.approx(12.5)  # 50 万元 / 4 thousand
    assert math.isnan(out["cost_per_unmet_avoided"].iloc[2])  # nothing avoided: no price
