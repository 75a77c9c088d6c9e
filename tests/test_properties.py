"""Model properties that must hold on every instance (hypothesis, small instances, derandomised).

Every solve here goes through :func:`helpers_solve.solve_checked`, so the independent checker
(:mod:`staffopt.results.check`) passes on every plan these tests produce. Solves are exact
(``solver.gap = 0``) so that comparisons between two optima are meaningful.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from helpers_solve import scale_appropriation, solve_checked, solve_data, tiny_data
from staffopt.results import Result
from staffopt.results.check import assert_valid_plan
from staffopt.synthetic import national_instance

PROPERTY = settings(max_examples=5, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])
#: Relative tolerance between two optimal values (HiGHS feasibility and stage tolerances).
REL = 1e-5

seeds = st.integers(min_value=0, max_value=10_000)


def _weighted_unmet(result: Result) -> float:
    """Σ weight[level]·unmet over plan years, from the office table (weights are all 1 here)."""
    plan = result.office_year[~result.office_year["is_base"]]
    weights = plan["level"].map(lambda lv: result.settings.float(f"unmet.weight.{lv}"))
    return float((weights * plan["unmet"]).sum())


def _discounted_cost(result: Result) -> float:
    """Σ_t (1 + r)^−(t − t0) Σ_o cost_total[o,t], from the office table."""
    plan = result.office_year[~result.office_year["is_base"]]
    r, t0 = result.settings.float("discount_rate"), result.settings.int("base_year")
    factor = plan["year"].map(lambda t: (1.0 + r) ** -(t - t0))
    return float((factor * plan["cost_total"]).sum())


@PROPERTY
@given(seed=seeds, tight=st.floats(0.97, 1.03), more=st.floats(1.0, 1.5))
def test_larger_budget_never_raises_unmet(seed: int, tight: float, more: float) -> None:
    data = tiny_data(seed=seed, county=3, municipal=1, horizon=3)
    overrides = {"objective": "service", "target.county": 8000, "target.municipal": 9000}
    low = scale_appropriation(data, tight)
    high = scale_appropriation(data, tight * more)
    instance, small = solve_data(low, overrides)
    assume(small.has_plan)  # a budget below the cost of the staff that must stay has no plan
    assert_valid_plan(instance, small)
    _, large = solve_checked(high, overrides)
    u_small, u_large = _weighted_unmet(small), _weighted_unmet(large)
    assert u_large <= u_small + REL * max(1.0, u_small), (u_small, u_large)


@PROPERTY
@given(seed=seeds, target=st.floats(6000, 14000), tighter=st.floats(0.6, 1.0))
def test_tighter_target_never_lowers_cost(seed: int, target: float, tighter: float) -> None:
    data = tiny_data(seed=seed, county=3, municipal=1, horizon=3)
    levels = ("provincial", "municipal", "county")
    loose_set = {"objective": "cost", **{f"target.{lv}": target for lv in levels}}
    tight_set = {**loose_set, **{f"target.{lv}": target * tighter for lv in levels}}
    _, loose = solve_checked(data, loose_set)
    _, tight = solve_checked(data, tight_set)
    assert loose.objective is not None and tight.objective is not None
    # the objective (cost + unmet penalty) can only rise when the feasible set shrinks
    assert tight.objective >= loose.objective - REL * max(1.0, abs(loose.objective))
    if _weighted_unmet(loose) == 0 and _weighted_unmet(tight) == 0:
        assert _discounted_cost(tight) >= _discounted_cost(loose) - REL * max(1.0, _discounted_cost(loose))


@PROPERTY
@given(seed=seeds, objective=st.sampled_from(["cost", "service", "equity"]),
       regime=st.sampled_from(["fiscal", "fund", "none"]))
def test_same_input_same_plan(seed: int, objective: str, regime: str) -> None:
    data = tiny_data(seed=seed, county=3, municipal=1, horizon=3)
    overrides = {"objective": objective, "budget.regime": regime, "budget.fund_share": 0.0075}
    _, first = solve_checked(data, overrides)
    _, second = solve_checked(data, overrides)
    pd.testing.assert_frame_equal(first.office_year, second.office_year, check_exact=True)
    pd.testing.assert_frame_equal(first.platforms, second.platforms, check_exact=True)
    assert first.objective == second.objective


@PROPERTY
@given(seed=seeds, objective=st.sampled_from(["cost", "service", "equity"]),
       regime=st.sampled_from(["fiscal", "fund", "none"]), penalty=st.floats(0.01, 10.0))
def test_report_totals_equal_objective(seed: int, objective: str, regime: str, penalty: float) -> None:
    data = tiny_data(seed=seed, county=3, municipal=1, horizon=3)
    overrides = {"objective": objective, "budget.regime": regime, "budget.fund_share": 0.0075,
                 "unmet.penalty": penalty, "target.county": 7000}
    _, result = solve_checked(data, overrides)
    assert result.objective is not None
    total = _discounted_cost(result)
    if objective == "cost":  # only the cost objective carries the unmet penalty (docs/model.md)
        plan = result.office_year[~result.office_year["is_base"]]
        r, t0 = result.settings.float("discount_rate"), result.settings.int("base_year")
        factor = plan["year"].map(lambda t: (1.0 + r) ** -(t - t0))
        total += penalty * float((factor * plan["unmet"]).sum())
    assert abs(result.objective - total) <= 1e-6 * max(1.0, abs(total)), (result.objective, total)
    # the budget table adds up to the same money as the office rows
    assert abs(result.budget["cost_total"].sum()
               - result.office_year.loc[~result.office_year["is_base"], "cost_total"].sum()) <= 1e-6 * total


@PROPERTY
@given(seed=seeds, step=st.integers(0, 3), no_new=st.booleans(), pro=st.sampled_from([0.0, 0.25, 0.35]),
       rule=st.sampled_from(["none", "ratio", "henan"]), mode=st.sampled_from(["upper", "lower", "report"]),
       training=st.booleans(), digital=st.booleans())
def test_checker_passes_on_every_solve(seed: int, step: int, no_new: bool, pro: float, rule: str, mode: str,
                                       training: bool, digital: bool) -> None:
    data = tiny_data(seed=seed, county=3, municipal=1, horizon=3)
    overrides = {"posts.step": step, "contract.no_new": str(no_new).lower(), "pro.share_min": pro,
                 "standard.rule": rule, "standard.mode": mode, "training.enabled": str(training).lower(),
                 "training.min_hours": 4, "digital.enabled": str(digital).lower()}
    instance, result = solve_checked(data, overrides)  # asserts check_plan(...) == []
    assert result.status == "optimal"
    assert len(result.office_year) == len(instance.offices) * (1 + len(instance.years))


# ------------------------------------------------------------------------------------------
# the synthetic generator behind the national benchmark
# ------------------------------------------------------------------------------------------
@settings(max_examples=10, deadline=None, derandomize=True, database=None)
@given(provinces=st.integers(1, 4), extra_municipal=st.integers(0, 6), extra_county=st.integers(0, 30),
       seed=seeds)
def test_synthetic_instance_is_calibrated_and_seeded(provinces: int, extra_municipal: int,
                                                     extra_county: int, seed: int) -> None:
    municipal = provinces + extra_municipal
    county = municipal + extra_county
    data = national_instance(provinces=provinces, municipal=municipal, county=county, horizon=2, seed=seed)
    offices = data.offices
    assert offices["level"].value_counts().to_dict() == {
        lv: n for lv, n in (("provincial", provinces), ("municipal", municipal), ("county", county))}
    # every parent exists one level up; provinces have none
    levels = dict(zip(offices["office_id"], offices["level"], strict=True))
    for level, parent in zip(offices["level"], offices["parent_id"], strict=True):
        expected = {"provincial": None, "municipal": "provincial", "county": "municipal"}[level]
        assert (levels.get(parent) if parent else None) == expected
    # each level serves exactly the national load ratio; contract staff only where over posts
    by_level = offices.groupby("level")[["workload", "actual_staff"]].sum()
    ratio = by_level["workload"] / by_level["actual_staff"]
    assert ((ratio - 10663).abs() < 1e-6).all(), ratio
    assert (offices["professional_staff"] <= offices[["posts", "actual_staff"]].min(axis=1)).all()
    assert (offices["appropriation"] > 0).all() and (offices["fund_spending"] > 0).all()
    again = national_instance(provinces=provinces, municipal=municipal, county=county, horizon=2, seed=seed)
    pd.testing.assert_frame_equal(offices, again.offices)


def test_national_instance_matches_the_2021_table() -> None:
    offices = national_instance().offices
    totals = offices.groupby("level")[["posts", "actual_staff"]].sum()
    assert totals.loc["provincial"].tolist() == [4726, 4846]
    assert totals.loc["municipal"].tolist() == [33096, 35670]
    assert totals.loc["county"].tolist() == [93190, 104759]
    over = (offices["actual_staff"] - offices["posts"]).clip(lower=0).groupby(offices["level"]).sum()
    assert over.idxmax() == "county"  # over-establishment mostly at county level (002)
    assert len(offices) == 31 + 330 + 2850
