"""The three objectives, their lexicographic stages and the properties a budget officer relies on."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_model_support import office, plan, run

# two offices of one fund pool: A needs 200 staff, B 100; the pool pays 150 staff (10 万元 each)
TWO = [office("P", workload=1_000_000, fund_spending=75_000.0),
       office("C", level="county", parent="P", workload=500_000, fund_spending=75_000.0)]
POOL = {"budget__regime": "fund", "budget__fund_share": 0.01}


def test_cost_objective_with_a_low_penalty_leaves_workload_unmet() -> None:
    # penalty 0.001 万元/person-time < staff cost per person-time 10/5,000 = 0.002: hiring does not pay
    r = run([office(workload=1_000_000)], unmet__penalty=0.001)
    assert plan(r)["staff"] == 0
    assert plan(r)["unmet"] == pytest.approx(1_000_000)
    assert r.objective == pytest.approx(1000.0)


def test_service_minimises_unmet_first_whatever_the_penalty() -> None:
    r = run([office(workload=1_000_000)], unmet__penalty=0.001, objective="service")
    assert plan(r)["staff"] == 200
    assert plan(r)["unmet"] == pytest.approx(0.0, abs=1e-6)
    assert r.objective == pytest.approx(2000.0)  # the cost stage, no penalty
    assert r.stage_objectives["obj_unmet"] == pytest.approx(0.0, abs=1e-6)


def test_service_then_cost_picks_the_cheaper_plan_at_equal_service() -> None:
    # 150 heads either way; contract staff cost 5 instead of 10 (control and share rule loosened)
    r = run([office(workload=750_000, contract_cap=1000)], objective="service",
            contract__allow_share_rise=True)
    assert (plan(r)["staff"], plan(r)["contract"]) == (0, 150)
    assert r.objective == pytest.approx(750.0)


def test_service_weights_unmet_by_level() -> None:
    # the pool pays 150 of the 300 needed; county unmet weighs 3x -> county office fully staffed first
    r = run(TWO, objective="service", unmet__weight__county=3.0, **POOL)
    assert plan(r, "C")["staff"] == 100
    assert plan(r, "P")["staff"] == 50
    assert r.objective_terms["unmet_weighted"] == pytest.approx(150 * 5000)


def test_equity_equalises_the_unmet_share() -> None:
    # total unmet 750,000 whatever the split; equity: same share 50% -> staff 100 and 50
    r = run(TWO, objective="equity", **POOL)
    assert plan(r, "P")["staff"] == 100
    assert plan(r, "C")["staff"] == 50
    assert plan(r, "P")["unmet_share"] == pytest.approx(0.5)
    assert plan(r, "C")["unmet_share"] == pytest.approx(0.5)
    assert r.stage_objectives["obj_share"] == pytest.approx(0.5)
    assert r.objective_terms["max_unmet_share"] == pytest.approx(0.5)


def test_report_totals_equal_the_objective() -> None:
    for objective in ("cost", "service", "equity"):
        r = run(TWO, objective=objective, discount_rate=0.05, horizon=2, unmet__penalty=0.5, **POOL)
        terms = r.objective_terms
        total = terms["cost_discounted"] + terms["unmet_penalty_discounted"] + terms["vacant_posts_tiebreak"]
        assert r.objective == pytest.approx(total, rel=1e-9)
        plan_rows = r.office_year[~r.office_year["is_base"]]
        vacant = float((plan_rows["posts"] - plan_rows["staff"]).sum())
        assert terms["vacant_posts_tiebreak"] == pytest.approx(1e-4 * vacant, abs=1e-12)
        discount = plan_rows["year"].map(lambda t: 1.05 ** -(t - 2021))
        assert terms["cost_discounted"] == pytest.approx(float((discount * plan_rows["cost_total"]).sum()))
        assert terms["cost_undiscounted"] == pytest.approx(float(plan_rows["cost_total"].sum()))
        assert terms["cost_undiscounted"] == pytest.approx(float(r.budget["cost_total"].sum()))
        everything = r.by_level_year[(r.by_level_year["level"] == "all") & ~r.by_level_year["is_base"]]
        assert terms["cost_undiscounted"] == pytest.approx(float(everything["cost_total"].sum()))
        assert terms["unmet_total"] == pytest.approx(float(plan_rows["unmet"].sum()))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(low=st.integers(min_value=0, max_value=2500), extra=st.integers(min_value=0, max_value=2500))
def test_a_larger_budget_never_raises_unmet(low: int, extra: int) -> None:
    unmet = []
    for cap in (float(low), float(low + extra)):
        r = run([office(workload=1_000_000, appropriation=cap, digital_capital=0.0)], budget__regime="fiscal",
                training__enabled=True, training__productivity=0.002, training__cost_per_hour=0.01)
        unmet.append(plan(r)["unmet"])
    assert unmet[1] <= unmet[0] + 1e-6


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(loose=st.floats(min_value=2000, max_value=20000), factor=st.floats(min_value=0.3, max_value=1.0))
def test_a_tighter_target_never_lowers_cost(loose: float, factor: float) -> None:
    costs = []
    for target in (loose, loose * factor):
        r = run([office(workload=1_000_000, posts=50, actual_staff=60)], target__provincial=target,
                horizon=2)
        costs.append(r.objective)
    assert costs[1] >= costs[0] - 1e-6
