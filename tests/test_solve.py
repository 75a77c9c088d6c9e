"""solve(): marginal values, infeasibility explained, time limits, determinism, progress, pickling."""

from __future__ import annotations

import pickle

import pytest

from staffopt.instance import build_instance
from staffopt.settings import Settings
from staffopt.solver.solve import solve
from staffopt.synthetic import national_instance
from test_model_support import QUIET, instance_of, make_data, office, plan, run


def test_marginal_cost_of_workload_is_the_cheapest_extra_capacity() -> None:
    # contract staff (productivity 1, 5 万元) at target 5,000: 5 / 5,000 = 0.001 万元 per person-time;
    # in the LP with headcounts fixed, the lever is training: 0.01 万元/h ÷ (0.001 staff-eq/h × 5,000) = 0.002
    r = run([office(workload=1_000_000, posts=100, actual_staff=100)], posts__step=0, training__enabled=True,
            training__productivity=0.001, training__cost_per_hour=0.01, training__max_hours=1000.0,
            discount_rate=0.05)
    row = plan(r)
    assert row["train"] == pytest.approx(100_000.0)
    assert row["marginal_workload"] == pytest.approx(0.002)  # undiscounted: 万元 of 2022 per person-time
    m = r.marginals
    level_value = m[(m["level"] == "provincial") & (m["year"] == 2022)]["marginal_workload"].iloc[0]
    assert level_value == pytest.approx(0.002)


def test_marginal_workload_matches_a_finite_difference() -> None:
    base = dict(posts__step=0, training__enabled=True, training__productivity=0.001,
                training__cost_per_hour=0.01, training__max_hours=2000.0)
    offices = [office(workload=1_000_000, posts=100, actual_staff=100)]
    r0 = run(offices, **base)
    r1 = run([office(workload=1_001_000, posts=100, actual_staff=100)], **base)
    assert (r1.objective - r0.objective) / 1000 == pytest.approx(plan(r0)["marginal_workload"], rel=1e-6)


def test_marginal_value_of_budget_through_training() -> None:
    # budget binds at 1,000 + 50; headcounts fixed in the LP, so one more 万元 buys 100 training hours
    # = 0.1 staff-eq = 500 person-times at target 5,000, each saving the penalty 1 万元: 500 saved
    # less the extra 万元 spent -> 499 (net objective saving per 万元)
    r = run([office(workload=1_000_000, posts=100, actual_staff=100, appropriation=1050.0)], posts__step=0,
            budget__regime="fiscal", training__enabled=True, training__productivity=0.001,
            training__cost_per_hour=0.01, training__max_hours=1000.0)
    assert plan(r)["unmet"] > 0
    assert r.budget["marginal_budget"].iloc[0] == pytest.approx(499.0)


def test_infeasible_budget_is_explained_in_the_officers_terms() -> None:
    # frozen posts and 4% attrition keep floor(0.96 x 57) = 54 staff costing 540 万元 > 530 万元
    data = make_data([office("C12", level="provincial", name="县12", workload=100_000, posts=57,
                             actual_staff=57, appropriation=530.0)])
    r = solve(instance_of(data, posts__step=0, staff__attrition=0.04, budget__regime="fiscal"))
    assert r.status == "infeasible"
    assert not r.has_plan and r.office_year.empty
    text = "\n".join(r.messages)
    assert "县12" in text and "2022" in text
    assert "530.0 万元" in text and "540.0 万元" in text
    # posts frozen or not, established staff leave only by attrition: the message says so (exact wording
    # in tests/test_diagnose.py)
    assert "staff.attrition=0.04" in text and "cutting posts does not remove them" in text
    assert "short by 10.0 万元" in text
    assert "raise the appropriation of 县12 in 2022 to at least 540.0 万元" in text
    assert len(r.messages_zh) == len(r.messages)
    zh = "\n".join(r.messages_zh)
    assert "县12" in zh and "2022年" in zh and "缺口 10.0 万元" in zh and "核减编制也不能减少在编人员" in zh


def test_infeasible_minimum_staffing_names_the_rule() -> None:
    data = make_data([office(workload=0, posts=3, actual_staff=3, contract_staff=0, min_staff=5)])
    r = solve(instance_of(data, posts__step=0, contract__no_new=True))
    assert r.status == "infeasible"
    text = "\n".join(r.messages)
    assert "office P" in text and "2022" in text
    assert "the minimum staff is 5 persons" in text and "short by 2 persons" in text
    assert "contract.no_new=true" in text and "posts.step=0" in text


def test_same_input_same_plan() -> None:
    data = national_instance(provinces=1, municipal=3, county=9, horizon=3, seed=3)
    settings = data.parameters.with_overrides({"solver.threads": 1, "solver.seed": 0})
    a = solve(build_instance(data, settings))
    b = solve(build_instance(data, settings))
    assert a.status == b.status == "optimal"
    assert a.objective == b.objective
    assert a.office_year.equals(b.office_year)


def test_time_limit_returns_the_best_plan_or_says_why_not() -> None:
    data = national_instance(provinces=2, municipal=20, county=160, horizon=8, seed=1)
    settings = data.parameters.with_overrides({"solver.time_limit": 0.1, "solver.gap": 0.0,
                                               "target.county": 6000, "objective": "service"})
    r = solve(build_instance(data, settings))
    assert r.status == "time_limit"
    assert any("time limit" in m for m in r.messages)
    if r.has_plan:
        assert r.mip_gap is not None and r.mip_gap >= 0
        assert r.objective is not None


def test_progress_reports_every_stage_and_result_pickles() -> None:
    seen: list[str] = []
    data = make_data([office(workload=1_000_000)])
    r = solve(instance_of(data, objective="service"), scenario="s1",
              on_progress=lambda stage, info: seen.append(stage))
    assert seen[0] == "build" and seen[-1] == "done"
    assert {"build", "solve", "marginals", "done"} <= set(seen)
    back = pickle.loads(pickle.dumps(r))
    assert back.scenario == "s1" and back.objective == r.objective
    assert back.office_year.equals(r.office_year)


def test_timings_by_part_summed_over_province_blocks() -> None:
    # three provinces solved one by one: each "build" end event carries its block's build, compile
    # and pass seconds; Result.timings holds their sums (and survives pickling)
    data = national_instance(provinces=3, municipal=3, county=4, horizon=2, seed=4)
    ends: list[dict] = []
    done: list[dict] = []

    def progress(stage: str, info: dict) -> None:
        if stage == "build" and info.get("event") == "end":
            ends.append(info)
        if stage == "done":
            done.append(info)

    r = solve(build_instance(data, data.parameters.with_overrides({"solver.gap": 0.0})), on_progress=progress)
    assert r.status == "optimal" and len(ends) == 3
    parts = ("build", "compile", "pass", "solve", "marginals", "diagnose")
    assert set(r.timings) == {f"{p}{cpu}_seconds" for p in parts for cpu in ("", "_cpu")} | {"solver_seconds"}
    assert 0 < r.timings["solver_seconds"] <= r.timings["solve_seconds"] + r.timings["marginals_seconds"]
    for part in ("build", "compile", "pass"):
        key = f"{part}_seconds"
        assert all(info[key] > 0 for info in ends), key
        assert r.timings[key] == pytest.approx(sum(info[key] for info in ends), rel=1e-12)
    assert all(value >= 0 for value in r.timings.values())
    assert r.timings["solve_seconds"] >= r.solve_seconds > 0
    assert r.build_seconds == pytest.approx(r.timings["build_seconds"] + r.timings["compile_seconds"])
    assert done[-1]["timings"] == r.timings
    assert pickle.loads(pickle.dumps(r)).timings == r.timings


def test_changing_thread_count_between_solves_still_solves() -> None:
    data = make_data([office(workload=1_000_000)])
    for threads in (1, 2, 1):
        r = solve(instance_of(data, solver__threads=threads))
        assert r.status == "optimal" and plan(r)["staff"] == 200


def test_model_size_is_reported() -> None:
    r = run([office(workload=1_000_000)], horizon=2)
    assert r.model_size["variables"] > 0 and r.model_size["constraints"] > 0
    assert r.model_size["integer_variables"] <= r.model_size["variables"]


def test_settings_defaults_are_not_mutated() -> None:
    assert Settings()["solver.threads"] == 1
    assert QUIET["horizon"] == 1


def test_solving_province_by_province_gives_the_whole_model_optimum() -> None:
    from staffopt.solver.blocks import province_blocks
    from staffopt.solver.solve import solve_block

    data = national_instance(provinces=3, municipal=5, county=12, horizon=3, seed=2)
    for objective in ("cost", "service"):
        settings = data.parameters.with_overrides({"solver.gap": 0.0, "objective": objective})
        instance = build_instance(data, settings)
        assert len(province_blocks(instance)) == 3
        split = solve(instance)
        whole = solve_block(instance, lambda stage, info: None, 30.0)
        assert split.status == whole.status == "optimal"
        assert split.objective == pytest.approx(whole.objective, rel=1e-7)
        for stage, value in whole.values.items():
            assert split.stage_objectives[stage] == pytest.approx(value, rel=1e-6, abs=1e-3)
        assert len(split.office_year) == len(instance.offices) * (1 + len(instance.years))


def test_equity_and_an_instance_wide_pool_are_not_split() -> None:
    from staffopt.solver.blocks import province_blocks

    data = national_instance(provinces=2, municipal=2, county=4, horizon=1)
    for overrides in ({"objective": "equity"}, {"budget.regime": "fund", "budget.pool": "instance"}):
        instance = build_instance(data, data.parameters.with_overrides(overrides))
        assert len(province_blocks(instance)) == 1


def test_marginal_when_nothing_is_served_is_the_penalty() -> None:
    # no staff can be hired (posts frozen at 0, contract useless): all workload unmet at penalty 0.5
    r = run([office(workload=1_000_000)], posts__step=0, unmet__penalty=0.5)
    assert plan(r)["unmet"] == pytest.approx(1_000_000)
    assert plan(r)["marginal_workload"] == pytest.approx(0.5)


def test_unmet_never_exceeds_the_workload_even_without_penalty() -> None:
    r = run([office(workload=1_000_000)], posts__step=0, unmet__penalty=0.0)
    assert plan(r)["unmet"] <= 1_000_000 + 1e-6


def test_provinces_stopped_the_same_way_are_told_once() -> None:
    # every province stops at its share of a tiny limit: the same message per province, shown once
    data = national_instance(provinces=3, municipal=30, county=270, horizon=10, seed=3)
    settings = data.parameters.with_overrides({"solver.gap": 0.0, "solver.time_limit": 0.1,
                                               "solver.backend": "highs"})
    result = solve(build_instance(data, settings))
    assert result.status == "time_limit"
    stopped = [m for m in result.messages if "stopped at the time limit" in m]
    assert stopped and len(set(stopped)) == len(stopped)
    assert len(result.messages) == len(set(result.messages))
    assert len(result.messages_zh) == len(result.messages)
