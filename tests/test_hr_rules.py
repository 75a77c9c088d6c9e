"""The HR rules of issue 9: a standard counts heads, the contract rules, conversions, the bound.

Each rule is solved on a tiny instance whose optimum is worked out by hand in the comment above
the assertion (the :data:`test_model_support.QUIET` world: no discounting, no attrition, posts
free to move, hiring unlimited, target 5,000 unless said; established staff cost 10 and contract
staff 5 万元 a year). Every solve also passes the independent checker (conftest).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import staffopt.model.sets
from helpers_workbook import BASE_OFFICES, table_rows, write_xlsx
from staffopt.errors import InputError
from staffopt.reader import read_workbook
from staffopt.report.quality import plan_warnings
from staffopt.report.summary import level_year_records
from staffopt.settings import Settings
from staffopt.solver.solve import solve
from staffopt.whatif.scenarios import run_notes
from test_model_support import instance_of, make_data, office, plan, run

#: The contract-staff control and the base-year share rule switched off (an office's control is
#: its ``contract_cap`` cell, so the offices of these tests set it high).
LOOSE: dict[str, Any] = {"contract__allow_share_rise": True}

# ----------------------------------------------------------------------- issue 9's minimal instance
#: One provincial office, 200,000 person-times, posts = actual = 10, pay 10 / 5 万元, target
#: 10,000, one year, digital off, no budget, training.productivity 0.003, training.max_hours 120,
#: training 0.01 万元 an hour, contract cap not binding.
MINIMAL = {"target__provincial": 10_000.0, "training__enabled": True, "training__productivity": 0.003,
           "training__max_hours": 120.0, "training__cost_per_hour": 0.01, **LOOSE}


@pytest.mark.parametrize("worth", [0.0, 0.8])
def test_minimal_instance_of_issue_9_has_the_hand_computed_optimum(worth: float) -> None:
    # Need N/s = 200,000 / 10,000 = 20 staff-equivalents; a head counts 1 and carries at most
    # 120 training hours worth 0.003 each, so h heads give at most 1.36·h. Staff stay 10 (no
    # attrition; a contract head is cheaper than an established one). Training costs 0.01 per
    # 0.003 staff-equivalents = 3.33 万元 per staff-equivalent, below a contract head (5), so heads
    # are as few as the training limit allows: 1.36·h ≥ 20 → h = 15 → 5 contract staff, and
    # (20 − 15)/0.003 = 1,666.67 hours (≤ 120·15 = 1,800). Cost 10·10 + 5·5 + 0.01·1,666.67
    # = 141.667 万元; h = 16 would cost 100 + 30 + 13.33 = 143.33. Nothing unmet, posts stay 10.
    # The old model (contract staff worth 0 in the load ratio, bound ⌈need/0⌉ = 0) reported 2
    # contract staff and 56,800 person-times unmet instead. The worth of a contract head only
    # changes the reported effective ratio: 200,000 / (10 + worth·5 + 0.003·1,666.67).
    r = run([office(workload=200_000, posts=10, actual_staff=10, contract_cap=1000)],
            contract__effective_worth=worth, **MINIMAL)
    row = plan(r)
    assert r.status == "optimal"
    assert (row["posts"], row["staff"], row["contract"]) == (10, 10, 5)
    assert row["train"] == pytest.approx(5 / 0.003, rel=1e-7)
    assert row["unmet"] == pytest.approx(0.0, abs=1e-6)
    assert r.objective == pytest.approx(100 + 25 + 0.01 * 5 / 0.003, rel=1e-9)
    assert row["load_ratio_nominal"] == pytest.approx(200_000 / 15)
    assert row["load_ratio_effective"] == pytest.approx(200_000 / (10 + worth * 5 + 5), rel=1e-7)


def test_minimal_instance_with_the_default_attrition_and_discount() -> None:
    # As above with staff.attrition 0.04 and discount_rate 0.03: the floor ⌊0.96·10 + δ⌋ = 9
    # established staff, so 6 contract staff make the 15 heads; cost 90 + 30 + 16.667 = 136.667
    # discounted once (/1.03), plus the vacant-post tie-break 1e-4 for the one vacant post.
    r = run([office(workload=200_000, posts=10, actual_staff=10, contract_cap=1000)], posts__step=0,
            staff__attrition=0.04, discount_rate=0.03, **MINIMAL)
    row = plan(r)
    assert (row["staff"], row["contract"]) == (9, 6)
    assert r.objective == pytest.approx((90 + 30 + 0.01 * 5 / 0.003) / 1.03 + 1e-4, rel=1e-9)


# ------------------------------------------------------------------------ the bound never cuts off
@st.composite
def bounded_world(draw: st.DrawFn) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """One or two offices whose workload needs up to 30 heads more than they have today."""
    rows = []
    for i in range(draw(st.integers(min_value=1, max_value=2))):
        posts = draw(st.integers(min_value=0, max_value=30))
        actual = draw(st.integers(min_value=0, max_value=40))
        need = actual + draw(st.integers(min_value=-5, max_value=30)) + draw(st.floats(0.0, 0.99))
        rows.append(office(
            "P" if i == 0 else f"C{i}", level="provincial" if i == 0 else "county",
            parent="" if i == 0 else "P", posts=posts, actual_staff=actual,
            workload=max(0.0, need) * 5000.0,
            cost_staff=float(draw(st.integers(min_value=5, max_value=20))),
            cost_contract=float(draw(st.integers(min_value=1, max_value=20))),
            contract_cap=draw(st.sampled_from([1000, 1000, 5])),
            min_staff=draw(st.sampled_from([0, 3])),
            appropriation=float(draw(st.sampled_from([400, 100_000]))),
        ))
    params = {
        "horizon": draw(st.integers(min_value=1, max_value=3)),
        "posts__step": draw(st.sampled_from([0, 3])),
        "staff__attrition": draw(st.sampled_from([0.0, 0.1])),
        "staff__hire_rate": 0.1, "staff__hire_min": draw(st.sampled_from([0, 2])),
        "training__enabled": True,
        "training__productivity": draw(st.sampled_from([0.0005, 0.003, 0.02])),
        "training__max_hours": draw(st.sampled_from([40.0, 120.0])),
        "training__min_hours": draw(st.sampled_from([0.0, 10.0])),
        "contract__effective_worth": draw(st.sampled_from([0.0, 0.8])),
        "contract__allow_share_rise": draw(st.sampled_from([True, True, False])),
        "contract__no_new": draw(st.sampled_from([False, False, True])),
        "contract__conversion_enabled": draw(st.booleans()),
        "objective": draw(st.sampled_from(["cost", "service"])),
        "budget__regime": draw(st.sampled_from(["none", "fiscal"])),
    }
    return rows, params


#: A contract bound far above any need of :func:`bounded_world` (at most 75 heads an office).
LOOSE_BOUND = 10_000


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(world=bounded_world())
def test_the_contract_bound_never_cuts_off_the_optimum(world: Any) -> None:
    # sets.contract_bound is proven valid in its docstring; here the same instance is solved with
    # it and with a bound of 10,000 contract staff: every stage's optimum must be the same.
    # (With the bound of the old model, max(contract0, min_staff) when contract staff were worth
    # 0, this test fails within a few examples.)
    rows, params = world
    instance = instance_of(make_data(rows), **params)
    tight = solve(instance)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(staffopt.model.sets, "contract_bound", lambda o, need: LOOSE_BOUND)
        loose = solve(instance)
    assert tight.status == loose.status
    if tight.has_plan:
        assert tight.objective == pytest.approx(loose.objective, rel=1e-7, abs=1e-6)
        assert tight.stage_objectives.keys() == loose.stage_objectives.keys()
        for key, value in tight.stage_objectives.items():
            assert value == pytest.approx(loose.stage_objectives[key], rel=1e-7, abs=1e-6)


def test_the_bound_depends_on_no_worth_and_covers_the_whole_need() -> None:
    # B = max(contract0, ⌈max_t N/s⌉, min_staff): 20 contract staff today, need 37.2 → 38
    data = make_data([office(workload=186_000, posts=10, actual_staff=30, min_staff=12, contract_cap=1000)])
    for worth in (0.0, 0.5, 1.0):
        derived = staffopt.model.sets.derive(instance_of(data, contract__effective_worth=worth, **LOOSE))
        assert derived.contract_most["P"] == 38
    derived = staffopt.model.sets.derive(instance_of(data, target__provincial=50_000.0, **LOOSE))
    assert derived.contract_most["P"] == 20  # contract0 = 20 > ⌈3.72⌉ and > min staff 12


# ------------------------------------------------------------------------------- contract rules
def test_contract_staff_control_caps_contract_staff() -> None:
    # posts frozen at 100 = staff; need 150 heads; control 30 → 30 contract, 20 heads unmet:
    # 10·100 + 5·30 + 1·20·5,000 = 101,150
    r = run([office(workload=750_000, posts=100, actual_staff=100, contract_cap=30)], posts__step=0, **LOOSE)
    row = plan(r)
    assert (row["staff"], row["contract"]) == (100, 30)
    assert row["unmet"] == pytest.approx(100_000)
    assert r.objective == pytest.approx(101_150)


def test_empty_control_cell_means_todays_contract_staff() -> None:
    # actual 120 on 100 posts: 20 contract staff today, the control is 20 → 30 heads short
    r = run([office(workload=750_000, posts=100, actual_staff=120)], posts__step=0, **LOOSE)
    assert (plan(r)["staff"], plan(r)["contract"]) == (100, 20)
    assert plan(r)["unmet"] == pytest.approx(30 * 5000)


def test_contract_share_never_rises_above_the_base_year_by_default() -> None:
    # 100 established + 20 contract today (σ0 = 1/6), need 150 heads, posts may grow, hiring free:
    # contract ≤ σ0·(staff + contract) ⇔ contract ≤ staff/5 → 125 + 25 at 10·125 + 5·25 = 1,375.
    # Allowed to rise: staff stay 100 (no attrition), 50 contract: 1,000 + 250 = 1,250.
    offices = [office(workload=750_000, posts=100, actual_staff=120, contract_cap=1000)]
    kept = run(offices)
    assert (plan(kept)["staff"], plan(kept)["contract"]) == (125, 25)
    assert kept.objective == pytest.approx(1375 + 1e-4 * 0)
    assert plan(kept)["contract_share"] == pytest.approx(20 / 120)
    assert not any("contract-staff share" in w for w in plan_warnings(kept)[0])
    risen = run(offices, **LOOSE)
    assert (plan(risen)["staff"], plan(risen)["contract"]) == (100, 50)
    assert risen.objective == pytest.approx(1250)
    en, zh = plan_warnings(risen)
    warning = next(w for w in en if "contract-staff share" in w)
    assert "1 office(s)" in warning and "16.7% → 33.3% in 2022" in warning
    assert "provincial 16.7% → 33.3%" in warning and "contract.allow_share_rise is true" in warning
    assert any("编外人员占比高于基期" in w for w in zh) and len(en) == len(zh)


def test_contract_share_is_a_key_figure_by_level_base_and_final_year() -> None:
    r = run([office(workload=750_000, posts=100, actual_staff=120, contract_cap=1000)], **LOOSE)
    records = {(rec["level"], rec["year"]): rec for rec in level_year_records(r)}
    assert records["provincial", 2021]["contract_share"] == pytest.approx(20 / 120)
    assert records["all", 2022]["contract_share"] == pytest.approx(50 / 150)
    from staffopt.report.plan_book import KEY_FIGURES

    assert "contract_share" in KEY_FIGURES


# ---------------------------------------------------------------------------------- conversions
#: 100 posts (may grow by 50) held by 100 established staff, 20 contract staff; need 150 heads;
#: no outside hiring (hire cap 0), so established staff can grow only by conversion.
CONVERT = [office(workload=750_000, posts=100, actual_staff=120)]
NO_HIRING = {"staff__hire_rate": 0.0, "staff__hire_min": 0, "posts__step": 50,
             "contract__conversion_enabled": True, "contract__conversion_cost": 1.0}


def test_conversions_fill_vacant_posts_past_the_hiring_cap() -> None:
    # Without conversions: staff 100, contract ≤ min(control 20, staff/5 = 20) → 120 heads, 30
    # unmet: 1,000 + 100 + 30·5,000 = 151,100. With them: convert all 20 (≤ contract0, ≤ last
    # year's 20) → staff 120 in 120 posts, contract refilled to the control 20 (≤ 120/5 = 24) →
    # 140 heads, 10 unmet: 1,200 + 100 + 20·1 + 10·5,000 = 51,320.
    off = run(CONVERT, **{**NO_HIRING, "contract__conversion_enabled": False})
    assert (plan(off)["staff"], plan(off)["contract"], plan(off)["conversions"]) == (100, 20, 0)
    assert off.objective == pytest.approx(151_100)
    on = run(CONVERT, **NO_HIRING)
    row = plan(on)
    assert (row["posts"], row["staff"], row["contract"], row["conversions"]) == (120, 120, 20, 20)
    assert row["cost_goods_services"] == pytest.approx(20.0)  # the one-off conversion cost
    assert on.objective == pytest.approx(51_320)


def test_conversions_regularise_only_todays_contract_staff() -> None:
    # Two years: the contract staff hired to refill the pool in 2022 may not be converted in 2023
    # (Σ conversions ≤ contract0 = 20), so 2023 repeats 2022: 2 × (1,200 + 100 + 50,000) + 20.
    # (Converting 20 more would reach 160 heads and meet the need.)
    r = run(CONVERT, horizon=2, **NO_HIRING)
    assert [plan(r, year=y)["conversions"] for y in (2022, 2023)] == [20, 0]
    assert [plan(r, year=y)["staff"] for y in (2022, 2023)] == [120, 120]
    assert r.objective == pytest.approx(2 * 51_300 + 20)


def test_conversions_leave_the_contract_pool_under_no_new() -> None:
    # contract.no_new: contract[t] + conversions ≤ contract[t−1]. Contract staff cost 12 > 10 + 1,
    # so all 20 are converted and none can be hired back: staff 120, contract 0 (heads stay 120):
    # 1,200 + 20 + 30·5,000 = 151,220 (without converting: 1,000 + 240 + 150,000 = 151,240)
    r = run([office(workload=750_000, posts=100, actual_staff=120, cost_contract=12.0)],
            contract__no_new=True, **NO_HIRING)
    assert (plan(r)["staff"], plan(r)["contract"], plan(r)["conversions"]) == (120, 0, 20)
    assert r.objective == pytest.approx(151_220)


# -------------------------------------------------------------------------- the renamed parameter
def test_old_contract_productivity_key_reads_as_effective_worth() -> None:
    settings = Settings().with_overrides({"contract.productivity": "0.5"})
    assert settings.float("contract.effective_worth") == 0.5
    data = make_data([office(workload=0)])
    notes = run_notes(data, None, settings, ["contract.productivity"], "en")
    assert any(n.startswith("contract.productivity has no effect: it was renamed contract.effective_worth")
               for n in notes), notes
    assert run_notes(data, None, settings, ["contract.productivity"], "zh")[0].startswith(
        "contract.productivity 不起作用：该参数已更名为 contract.effective_worth")


def test_old_key_in_the_parameters_sheet_is_read(tmp_path: Path) -> None:
    # a workbook written before the rename (the shipped files too, until they are rebuilt)
    path = write_xlsx(tmp_path / "old.xlsx", {
        "offices": table_rows("offices", BASE_OFFICES),
        "parameters": table_rows("parameters", [{"key": "contract.productivity", "value": 0.3}]),
    })
    data = read_workbook(path)
    assert data.parameters.float("contract.effective_worth") == 0.3


def test_old_and_new_key_together_are_one_parameter_set_twice(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "both.xlsx", {
        "offices": table_rows("offices", BASE_OFFICES),
        "parameters": table_rows("parameters", [{"key": "contract.effective_worth", "value": 0.5},
                                                {"key": "contract.productivity", "value": 0.3}]),
    })
    with pytest.raises(InputError) as err:
        read_workbook(path)
    assert "each parameter once (already set in row 2)" in str(err.value)


def test_effective_worth_never_changes_the_plan() -> None:
    offices = [office(workload=750_000, posts=100, actual_staff=120, contract_cap=1000)]
    plans = [run(offices, contract__effective_worth=w, **LOOSE) for w in (0.0, 0.5, 1.0)]
    assert len({p.objective for p in plans}) == 1
    assert len({(plan(p)["staff"], plan(p)["contract"]) for p in plans}) == 1
    assert [round(plan(p)["load_ratio_effective"]) for p in plans] == [7500, 6000, 5000]


# ------------------------------------------------------------------ infeasibility names the rule
def test_minimum_staff_against_the_contract_control_is_explained() -> None:
    # nobody today, no posts: the minimum of 5 can only be contract staff, but the (empty) control
    # is today's 0 contract staff
    r = solve(instance_of(make_data([office(workload=0, min_staff=5)]), posts__step=0))
    assert r.status == "infeasible"
    assert ("0 contract staff (the contract-staff control is 0 (offices sheet column 'contract staff "
            "control' left empty: today's contract staff))") in r.messages[1]
    assert "raise the contract-staff control" in r.messages[1] and "— short by 5 persons" in r.messages[1]
    assert "编外人员控制数为 0 人" in r.messages_zh[1]


def test_minimum_staff_against_the_base_year_share_is_explained() -> None:
    # 10 established + 2 contract today (σ0 = 1/6), posts frozen, minimum 20: contract ≤ staff/5 = 2,
    # so 12 heads, 8 short; the share rule weighs 100 in the elastic re-solve, so the minimum gives way
    r = solve(instance_of(make_data([office(workload=0, posts=10, actual_staff=12, min_staff=20,
                                            contract_cap=1000)]), posts__step=0))
    assert r.status == "infeasible"
    assert ("2 contract staff (the contract share may not rise above today's 16.7% "
            "(contract.allow_share_rise=false [default]))") in r.messages[1]
    assert "set contract.allow_share_rise=true" in r.messages[1] and "short by 8 persons" in r.messages[1]
