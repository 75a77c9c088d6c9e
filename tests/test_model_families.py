"""One tiny instance per constraint family, solved by hand; the exact optimum is asserted."""

from __future__ import annotations

import math

import pytest

from staffopt.results.check import check_plan
from staffopt.solver.solve import solve
from test_model_support import instance_of, make_data, office, plan, run


def test_load_ratio_alone_gives_workload_over_target() -> None:
    # target 5,000, workload 1,000,000, nothing else enabled -> exactly 200 staff
    r = run([office(workload=1_000_000)])
    row = plan(r)
    assert r.status == "optimal"
    assert (row["staff"], row["contract"], row["unmet"]) == (200, 0, 0)
    assert row["posts"] >= 200
    assert r.objective == pytest.approx(200 * 10.0)
    assert row["load_ratio_nominal"] == pytest.approx(5000.0)
    assert check_plan(instance_of(make_data([office(workload=1_000_000)])), r) == []


def test_posts_bound_staff_and_contract_fills_the_rest() -> None:
    # posts frozen at 150: staff <= 150; the other 50 heads are contract staff (a head counts 1;
    # the contract-staff control and the base-year share rule are loosened)
    r = run([office(workload=1_000_000, posts=150, actual_staff=150, contract_cap=1000)], posts__step=0,
            contract__allow_share_rise=True)
    row = plan(r)
    assert (row["posts"], row["staff"], row["contract"]) == (150, 150, 50)
    assert r.objective == pytest.approx(150 * 10 + 50 * 5)


def test_post_adjustment_moves_posts_by_the_step() -> None:
    # need 200 staff-eq; posts 100 may grow by 10 a year; contract staff fill the gap
    # (contract staff cost more than established staff here, so posts and staff grow as fast as allowed)
    r = run([office(workload=1_000_000, posts=100, actual_staff=100, cost_contract=20.0, contract_cap=1000)],
            posts__step=10, horizon=3, contract__allow_share_rise=True)
    got = [(plan(r, year=y)["posts"], plan(r, year=y)["staff"], plan(r, year=y)["contract"])
           for y in (2022, 2023, 2024)]
    assert got == [(110, 110, 90), (120, 120, 80), (130, 130, 70)]


def test_vacant_posts_are_cut_as_fast_as_the_step_allows() -> None:
    # 30 posts, 25 staff, no workload, 4% attrition: staff floor(0.96^k x 25) = 24, 23, 22; posts
    # cost nothing but the tie-break (1e-4 万元 per vacant post-year): down by the step 2 -> 28, 26, 24
    r = run([office(workload=0, posts=30, actual_staff=25)], posts__step=2, staff__attrition=0.04, horizon=3)
    got = [(plan(r, year=y)["posts"], plan(r, year=y)["staff"]) for y in (2022, 2023, 2024)]
    assert got == [(28, 24), (26, 23), (24, 22)]
    assert r.objective_terms["vacant_posts_tiebreak"] == pytest.approx(1e-4 * (4 + 3 + 2), rel=1e-9)
    assert r.objective == pytest.approx(10.0 * (24 + 23 + 22) + 9e-4, rel=1e-12)


def test_posts_do_not_drift_above_the_staff_needed() -> None:
    # flat need of 37 staff (185,000 / 5,000), 37 posts that may grow by 2 a year: posts stay 37
    r = run([office(workload=185_000, posts=37, actual_staff=37)], posts__step=2, horizon=4)
    assert [(plan(r, year=y)["posts"], plan(r, year=y)["staff"]) for y in range(2022, 2026)] == [(37, 37)] * 4
    assert r.objective_terms["vacant_posts_tiebreak"] == 0.0
    assert r.objective == pytest.approx(4 * 370.0, rel=1e-12)


def test_attrition_floor_keeps_staff_no_longer_needed() -> None:
    # no workload; 100 staff, 10% attrition: 90, 81, floor(72.9) = 72 (stayers are rounded down)
    r = run([office(workload=0, posts=100, actual_staff=100)], staff__attrition=0.1, horizon=3)
    assert [plan(r, year=y)["staff"] for y in (2022, 2023, 2024)] == [90, 81, 72]


def test_small_office_shrinks_by_expected_attrition_not_faster() -> None:
    # 10 staff, 4% attrition, no workload, cost objective: the cumulative floor floor(0.96^k x 10)
    # = floor(9.6, 9.216, 8.847, 8.493, 8.154, 7.828) binds (the yearly floor alone would allow
    # 10 -> 9 -> 8 -> 7 ...; rounding stayers up, as before, kept all 10 for ever)
    r = run([office(workload=0, posts=10, actual_staff=10)], staff__attrition=0.04, horizon=6)
    assert [plan(r, year=2021 + k)["staff"] for k in range(1, 7)] == [9, 9, 8, 8, 8, 7]
    assert r.objective == pytest.approx(10.0 * (9 + 9 + 8 + 8 + 8 + 7))


def test_thirty_staff_reach_the_expected_attrition_over_ten_years() -> None:
    # 30 x 0.96^10 = 19.94 -> 19 in year 10 (rounding stayers up kept 24); 25 x 0.96 = 24 exactly -> 24
    r = run([office(workload=0, posts=30, actual_staff=30)], staff__attrition=0.04, horizon=10)
    path = [plan(r, year=2021 + k)["staff"] for k in range(1, 11)]
    assert path == [math.floor(0.96 ** k * 30 + 1e-4) for k in range(1, 11)]
    assert path[-1] == 19
    r = run([office(workload=0, posts=25, actual_staff=25)], staff__attrition=0.04)
    assert plan(r)["staff"] == 24


def test_yearly_attrition_floor_rounds_stayers_down_after_hiring() -> None:
    # 10 staff; the workload needs 20 in 2022, nothing after: 20 hired, then 20 x 0.96 = 19.2 -> 19,
    # 19 x 0.96 = 18.24 -> 18 (the cumulative floor, 9, does not bind)
    data = make_data([office(workload=0, posts=10, actual_staff=10)],
                     workload_by_year=[{"office_id": "P", "year": 2022, "workload": 100_000.0},
                                       {"office_id": "P", "year": 2023, "workload": 0.0}])
    r = solve(instance_of(data, staff__attrition=0.04, horizon=3))
    assert [plan(r, year=y)["staff"] for y in (2022, 2023, 2024)] == [20, 19, 18]
    assert r.objective == pytest.approx(10.0 * (20 + 19 + 18))


def test_hiring_cap_limits_growth() -> None:
    # need 200; hire cap = max(hire_min 0, ceil(0.05 x 100)) = 5 a year; contract staff fill the gap
    r = run([office(workload=1_000_000, posts=100, actual_staff=100, cost_contract=20.0, contract_cap=1000)],
            staff__hire_rate=0.05, staff__hire_min=0,
            horizon=2, contract__allow_share_rise=True)
    got = [(plan(r, year=y)["staff"], plan(r, year=y)["contract"]) for y in (2022, 2023)]
    assert got == [(105, 95), (110, 90)]


def test_contract_no_new_leaves_workload_unmet() -> None:
    # posts frozen at 100, 20 contract staff who may not grow: 150 needed -> 30 x 5,000 unmet
    # (control and share rule loosened, so only contract.no_new holds them)
    r = run([office(workload=750_000, posts=100, actual_staff=120, contract_cap=1000)], posts__step=0,
            contract__allow_share_rise=True, contract__no_new=True)
    row = plan(r)
    assert (row["staff"], row["contract"]) == (100, 20)
    assert row["unmet"] == pytest.approx(30 * 5000)
    assert r.objective == pytest.approx(100 * 10 + 20 * 5 + 1.0 * 150_000)


def test_contract_share_cap_in_final_year() -> None:
    # final-year contract share <= 10%: with 100 staff at most floor(100/9) = 11 contract staff
    r = run([office(workload=750_000, posts=100, actual_staff=100, contract_cap=1000)], posts__step=0,
            contract__allow_share_rise=True, contract__max_share_final=0.1)
    row = plan(r)
    assert row["contract"] == 11
    assert row["unmet"] == pytest.approx((150 - 111) * 5000)


def test_professional_share_phased_in() -> None:
    # pro0 = 0 of 100 staff; minimum share 50% reached after 2 years: 25 then 50 professional staff
    r = run([office(workload=500_000, posts=100, actual_staff=100)], posts__step=0, pro__share_min=0.5,
            pro__phase_years=2, pro__premium=1.0, horizon=2)
    assert [plan(r, year=y)["professional"] for y in (2022, 2023)] == [25, 50]
    assert r.objective == pytest.approx(2 * 1000 + 25 + 50)


def test_professional_staff_leave_only_by_attrition() -> None:
    # 40 professional staff of 100; no share rule, premium 1: they leave by attrition 10% only
    r = run([office(workload=0, posts=100, actual_staff=100, professional_staff=40)], staff__attrition=0.1,
            pro__premium=1.0, horizon=2)
    assert [plan(r, year=y)["professional"] for y in (2022, 2023)] == [36, 32]  # floor(32.4)


def test_professional_staff_of_a_small_office_shrink_by_expected_attrition() -> None:
    # 10 of 10 staff professional, premium 1, 4% attrition: floor(0.96^k x 10) = 9, 9, 8 each
    r = run([office(workload=0, posts=10, actual_staff=10, professional_staff=10)], staff__attrition=0.04,
            pro__premium=1.0, horizon=3)
    assert [plan(r, year=y)["professional"] for y in (2022, 2023, 2024)] == [9, 9, 8]
    assert r.objective == pytest.approx((10.0 + 1.0) * (9 + 9 + 8))


def test_training_fills_a_capacity_gap_within_its_bounds() -> None:
    # 100 staff frozen, need 110 staff-eq; 0.01 staff-eq per hour -> 1,000 hours (max 20 x 100 = 2,000)
    r = run([office(workload=550_000, posts=100, actual_staff=100)], posts__step=0, training__enabled=True,
            training__productivity=0.01, training__cost_per_hour=0.001, training__min_hours=5.0,
            training__max_hours=20.0)
    row = plan(r)
    assert row["train"] == pytest.approx(1000.0)
    assert row["unmet"] == pytest.approx(0.0, abs=1e-6)
    assert r.objective == pytest.approx(1000 + 1000 * 0.001)


def test_training_minimum_hours_when_not_needed() -> None:
    r = run([office(workload=0, posts=100, actual_staff=100)], posts__step=0, training__enabled=True,
            training__min_hours=5.0, training__cost_per_hour=0.01)
    assert plan(r)["train"] == pytest.approx(500.0)


def test_digital_capital_depreciates_without_investment() -> None:
    r = run([office(workload=0, digital_capital=100.0)], digital__enabled=True, digital__depreciation=0.2,
            digital__running_rate=0.1, horizon=2)
    assert [plan(r, year=y)["digital"] for y in (2022, 2023)] == pytest.approx([80.0, 64.0])
    assert plan(r, year=2022)["cost_goods_services"] == pytest.approx(8.0)


def test_digital_investment_serves_workload_online() -> None:
    # 100 staff frozen serve 500,000; the other 50,000 online at 500 per 万元 -> 100 万元 of capital
    r = run([office(workload=550_000, posts=100, actual_staff=100)], posts__step=0, digital__enabled=True,
            digital__yield=500.0, digital__running_rate=0.1)
    row = plan(r)
    assert row["invest"] == pytest.approx(100.0)
    assert row["online"] == pytest.approx(50_000.0)
    assert row["cost_capital"] == pytest.approx(100.0)
    assert r.objective == pytest.approx(1000 + 100 + 10)


def test_manual_floor_caps_online_service() -> None:
    # 90% must stay manual: online <= 100,000 of 1,000,000; 100 staff serve 500,000; 400,000 unmet
    r = run([office(workload=1_000_000, posts=100, actual_staff=100, manual_floor=0.9)], posts__step=0,
            digital__enabled=True, digital__yield=1e6, digital__running_rate=0.0, unmet__penalty=1.0)
    row = plan(r)
    assert row["online"] == pytest.approx(100_000.0)
    assert row["unmet"] == pytest.approx(400_000.0)


def test_platform_is_built_once_stays_and_is_paid_by_the_province() -> None:
    # yield 0: only the platform serves online (30% of 1,000,000 = 300,000 = 60 staff-eq)
    offices = [office("P", workload=0), office("C", level="county", parent="P", workload=1_000_000,
                                             posts=140, actual_staff=140)]
    # digital.ramp = 1: the adoption ramp (default 0.235 a year from a base-year share of 0) would cap
    # year 1 at 235,000 online; this test is about building and paying the platform
    r = run(offices, posts__step=0, digital__enabled=True, platform__enabled=True, digital__yield=0.0,
            platform__share=0.3, platform__build_cost=100.0, platform__running_cost=10.0, horizon=2,
            digital__ramp=1.0)
    assert list(r.platforms["platform"]) == [1, 1]
    assert plan(r, "P", 2022)["cost_capital"] == pytest.approx(100.0)
    assert plan(r, "P", 2023)["cost_capital"] == pytest.approx(0.0)
    assert plan(r, "P", 2023)["cost_goods_services"] == pytest.approx(10.0)
    assert plan(r, "C", 2022)["online"] == pytest.approx(300_000.0)
    assert r.objective == pytest.approx(2 * 1400 + 100 + 2 * 10)


def test_online_share_rises_by_at_most_the_ramp() -> None:
    # need 200 staff-eq (1,000,000 / 5,000); 100 staff frozen; capital nearly free (yield 1e6):
    # online <= (0 + 0.2 k) x 1,000,000 -> 200,000, 400,000, then the 500,000 still needed
    r = run([office(workload=1_000_000, posts=100, actual_staff=100)], posts__step=0, horizon=3,
            digital__enabled=True, digital__yield=1e6, digital__running_rate=0.0, digital__depreciation=0.0,
            digital__ramp=0.2, unmet__penalty=1.0)
    assert [plan(r, year=y)["online"] for y in (2022, 2023, 2024)] == pytest.approx([2e5, 4e5, 5e5])
    assert [plan(r, year=y)["unmet"] for y in (2022, 2023, 2024)] == pytest.approx([3e5, 1e5, 0.0], abs=1e-3)
    # 3 x 100 staff x 10 + 0.5 万元 of capital (0.2 + 0.2 + 0.1) + 400,000 person-times unmet x 1
    assert r.objective == pytest.approx(3000 + 0.5 + 400_000, rel=1e-9)


def test_existing_platform_runs_from_the_base_year_and_is_never_built() -> None:
    # every province runs its platform in the base year: 20% online from day one, running cost 10 a year,
    # no build cost; the county's 200 staff meet 5,000:1 with that share behind them (manual 4,000:1)
    offices = [office("P", workload=0), office("C", level="county", parent="P", workload=1_000_000,
                                             posts=200, actual_staff=200)]
    for enabled in (True, False):  # a running platform keeps running whatever platform.enabled says
        r = run(offices, posts__step=0, digital__enabled=True, platform__enabled=enabled,
                platform__existing=True, platform__share=0.2, platform__build_cost=100.0,
                platform__running_cost=10.0, digital__yield=0.0, horizon=2)
        assert list(r.platforms["platform"]) == [1, 1]
        assert [plan(r, "P", y)["cost_capital"] for y in (2022, 2023)] == [0.0, 0.0]
        assert [plan(r, "P", y)["cost_goods_services"] for y in (2022, 2023)] == [10.0, 10.0]
        assert plan(r, "C", 2022)["online"] == pytest.approx(200_000.0)
        assert plan(r, "C", 2022)["unmet"] == pytest.approx(0.0, abs=1e-6)
        assert r.objective == pytest.approx(2 * (200 * 10 + 10))
        base = r.office_year[r.office_year["is_base"] & (r.office_year["office_id"] == "P")].iloc[0]
        assert (base["platform"], base["cost_goods_services"]) == (1, 10.0)


def test_published_target_counts_heads_at_todays_online_share() -> None:
    # 250 万元 of capital at 1,000 a 万元 serve 25% online today (σ0 = 0.25): 5,000:1 means
    # 1,000,000 / 5,000 = 200 heads at that share (a manual 3,750:1), not 150
    row = office(workload=1_000_000, posts=300, actual_staff=0, digital_capital=250.0)
    quiet = {"digital__enabled": True, "digital__yield": 1000.0, "digital__depreciation": 0.0,
             "digital__running_rate": 0.0, "digital__ramp": 0.0}
    assert plan(run([row], **quiet))["staff"] == 200
    # digital off: no online service at all, and the standard is the whole workload per head
    assert plan(run([row]))["staff"] == 200
    # each person-time moved online beyond today's share saves 1/3,750 of a head: up to 50% online,
    # 134 heads serve 502,500 at the counter and 497,500 go online (247.5 万元 more capital)
    r = run([row], **{**quiet, "digital__ramp": 0.25})
    assert plan(r)["staff"] == 134 and plan(r)["online"] == pytest.approx(497_500.0)
    assert r.objective == pytest.approx(134 * 10 + 247.5, rel=1e-9)


def test_capital_construction_and_fixed_goods_services_are_paid_every_year() -> None:
    r = run([office(workload=0, goods_services=30.0, capital=7.0, overhead=5.0)], horizon=2)
    for y in (2021, 2022, 2023):  # the base year too
        row = r.office_year[r.office_year["year"] == y].iloc[0]
        assert (row["cost_goods_services"], row["cost_capital"], row["cost_other"]) == (30.0, 7.0, 5.0)
    assert r.objective == pytest.approx(2 * 42.0)


def test_minimum_staffing() -> None:
    # an office with no posts and nobody today: the minimum staff can only be contract staff, so
    # the contract-staff control and the base-year share rule (0 %) are loosened
    r = run([office(workload=0, min_staff=5, contract_cap=10)], posts__step=0,
            contract__allow_share_rise=True)
    row = plan(r)
    assert row["staff"] + row["contract"] == 5
    assert (row["staff"], row["contract"]) == (0, 5)


def test_staffing_standard_upper_never_below_what_attrition_keeps() -> None:
    # ratio 4,000 on 200,000 -> 50 posts; 100 staff, 10% attrition keep 90 -> posts capped at max(50, 90)
    r = run([office(workload=200_000, posts=100, actual_staff=100)], posts__step=50, staff__attrition=0.1,
            standard__rule="ratio", standard__ratio__provincial=4000.0, standard__mode="upper")
    row = plan(r)
    assert row["standard_posts"] == 50
    assert row["posts"] == 90


def test_staffing_standard_lower_bound_on_posts() -> None:
    r = run([office(workload=200_000, posts=10, actual_staff=10)], posts__step=100,
            standard__rule="ratio", standard__ratio__provincial=4000.0, standard__mode="lower")
    row = plan(r)
    # the standard 200,000 / 4,000 = 50 posts is a floor; the 40 staff the 5,000:1 target needs
    # fit inside it, and a vacant post carries the 1-yuan tie-break (VACANT_POST_COST), so the plan
    # sits exactly on the floor
    assert (row["standard_posts"], row["posts"], row["staff"]) == (50, 50, 40)


def test_budget_fiscal_limits_staff_and_leaves_unmet() -> None:
    # appropriation 1,000 buys 100 staff at 10: 100 x 5,000 of 1,000,000 unmet
    r = run([office(workload=1_000_000, appropriation=1000.0)], budget__regime="fiscal")
    row = plan(r)
    assert row["staff"] == 100
    assert row["unmet"] == pytest.approx(500_000.0)
    assert r.budget["budget_use"].iloc[0] == pytest.approx(1.0)


def test_budget_fund_pool_moves_money_between_offices() -> None:
    # office A has no appropriation but the pool cap (1% of 200,000 = 2,000) pays 200 staff anywhere
    offices = [office("P", workload=500_000, fund_spending=100_000.0),
               office("C", level="county", parent="P", workload=500_000, fund_spending=100_000.0)]
    r = run(offices, budget__regime="fund", budget__fund_share=0.01)
    assert plan(r, "P")["staff"] + plan(r, "C")["staff"] == 200
    assert plan(r, "P")["unmet"] + plan(r, "C")["unmet"] == pytest.approx(0.0, abs=1e-6)
    assert r.budget["budget_cap"].iloc[0] == pytest.approx(2000.0)
    r2 = run(offices, budget__regime="fund", budget__fund_share=0.005)
    assert plan(r2, "P")["staff"] + plan(r2, "C")["staff"] == 100


def test_no_budget_limit() -> None:
    r = run([office(workload=1_000_000, appropriation=0.0)], budget__regime="none")
    assert plan(r)["staff"] == 200
    assert math.isnan(plan(r)["budget_cap"])
