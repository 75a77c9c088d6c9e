"""An instance-wide fund pool solved province by province (solver/pool.py) against the whole model."""

from __future__ import annotations

from typing import Any

import pytest

from staffopt.instance import build_instance
from staffopt.solver.deadline import Deadline
from staffopt.solver.pool import financing_shares, pool_relaxation, pooled
from staffopt.solver.solve import solve, solve_block
from staffopt.synthetic import national_instance

DATA = national_instance(provinces=3, municipal=5, county=12, horizon=3, seed=2)


def _pooled(share: float, **more: Any) -> Any:
    settings = {"solver.gap": 0.0, "budget.regime": "fund", "budget.pool": "instance",
                "budget.fund_share": share}
    return build_instance(DATA, DATA.parameters.with_overrides({**settings, **more}))


def _run(inst: Any) -> tuple[Any, list[dict[str, Any]], list[dict[str, Any]]]:
    pool: list[dict[str, Any]] = []
    builds: list[dict[str, Any]] = []

    def progress(stage: str, info: dict[str, Any]) -> None:
        if stage == "pool":
            pool.append(info)
        if stage == "build" and info.get("event") == "end":
            builds.append(info)

    return solve(inst, on_progress=progress), pool, builds


@pytest.mark.parametrize("objective", ["cost", "service"])
def test_a_slack_pool_is_solved_by_province_with_the_whole_models_optimum(objective: str) -> None:
    inst = _pooled(0.01, objective=objective)
    assert pooled(inst)
    result, pool, builds = _run(inst)
    whole = solve_block(inst, lambda stage, info: None, 60.0)
    assert result.status == whole.status == "optimal"
    assert result.objective == pytest.approx(whole.objective, rel=1e-7)
    for stage, value in whole.values.items():
        assert result.stage_objectives[stage] == pytest.approx(value, rel=1e-6, abs=1e-3)
    assert result.mip_gap == pytest.approx(0.0, abs=1e-9)
    assert len(builds) == 3  # one model per province, never the whole one
    assert pool[0]["binding_years"] == []
    budget = result.budget
    assert (budget["cost_total"] <= budget["budget_cap"]).all()
    assert (budget["marginal_budget"] == 0.0).all()  # slack pool rows: duals 0
    assert result.messages == ()


@pytest.mark.parametrize("share", [0.0029, 0.0028])  # need 0.00276 (floor) … 0.00296 (free)
def test_a_binding_pool_gives_a_plan_within_the_pool_and_a_valid_gap(share: float) -> None:
    inst = _pooled(share)
    result, pool, _ = _run(inst)
    whole = solve_block(inst, lambda stage, info: None, 60.0)
    assert pool[0]["binding_years"] == [2022]
    assert result.status == "optimal" and whole.status == "optimal"
    budget = result.budget
    assert (budget["cost_total"] <= budget["budget_cap"] * (1 + 1e-9)).all()
    assert result.objective >= whole.objective * (1 - 1e-7)  # never better than the optimum
    assert result.mip_gap is not None
    # the reported gap holds against the true optimum (solved here to gap 0 as one model)
    assert result.objective - whole.objective <= result.mip_gap * abs(result.objective) + 1e-6
    assert budget.loc[budget["year"] == 2022, "marginal_budget"].iloc[0] > 0  # the binding year has a price
    assert result.messages[0].startswith(
        "fund pool: the provinces' best plans would spend more than the pool allows in 2022")
    assert len(result.messages_zh) == len(result.messages)


@pytest.mark.parametrize(("objective", "gap"), [("cost", 0.0), ("cost", 0.02), ("service", 0.0)])
def test_a_binding_pools_marginal_values_are_the_pooled_models(objective: str, gap: float) -> None:
    # whichever plan is kept (the shared-out one or the pooled model's), the pool rows' marginal
    # values are those of the pooled model's fixed-integer LP: one value per plan year, > 0 where it binds
    result, _, _ = _run(_pooled(0.0029, objective=objective, **{"solver.gap": gap}))
    budget = result.budget
    assert set(budget["pool"]) == {"all"}
    assert budget["marginal_budget"].notna().all()
    assert (budget["marginal_budget"] >= 0).all()
    assert budget.loc[budget["year"] == 2022, "marginal_budget"].iloc[0] > 0
    assert result.office_year["marginal_workload"].notna().any()


def test_the_lp_relaxation_bounds_the_pooled_optimum_and_spends_within_the_pool() -> None:
    inst = _pooled(0.0029)
    whole = solve_block(inst, lambda stage, info: None, 60.0)
    lp = pool_relaxation(inst, Deadline(60.0))
    assert lp is not None
    bound, spend = lp.bound, lp.spend
    assert bound <= whole.objective * (1 + 1e-9)
    assert bound >= 0.98 * whole.objective  # 1.7 % below here: it keeps the row that binds
    pool = inst.pools[0]
    for t in inst.years:
        used = sum(spend[p, t] for p in inst.provinces)
        assert used <= inst.settings.float("budget.fund_share") * inst.fund_spend[pool, t] * (1 + 1e-7)
    assert {p for p, _ in spend} == set(inst.provinces)


def test_a_binding_pool_proven_by_the_shared_out_plan_needs_no_pooled_solve() -> None:
    # solver.gap 2 %: the provinces capped where the LP puts the money are proven against the LP
    # bound (1.8 % here), so no model of the whole instance is solved (3 builds, one per capped
    # province, after the 3 of the relaxation R); at 1 % the pooled model is solved from that plan
    inst = _pooled(0.0029, **{"solver.gap": 0.02})
    result, pool, builds = _run(inst)
    whole = solve_block(_pooled(0.0029), lambda stage, info: None, 60.0)
    assert [e["event"] for e in pool] == ["check", "relaxation"]
    assert result.status == "optimal" and result.mip_gap is not None and result.mip_gap <= 0.02
    assert result.objective - whole.objective <= result.mip_gap * abs(result.objective) + 1e-6
    assert len(builds) == 6
    # at 1 % the LP bound does not prove it; the price bound does (3 priced provinces, no pooled MIP)
    result, pool, builds = _run(_pooled(0.0029, **{"solver.gap": 0.01}))
    assert [e["event"] for e in pool] == ["check", "relaxation", "prices", "bounds"]
    assert pool[-1]["priced"] > pool[-1]["lp"] and pool[-1]["gap"] == result.mip_gap
    assert result.status == "optimal" and result.mip_gap is not None and result.mip_gap <= 0.01
    assert result.objective - whole.objective <= result.mip_gap * abs(result.objective) + 1e-6
    assert len(builds) == 9
    budget = result.budget
    assert (budget["cost_total"] <= budget["budget_cap"] * (1 + 1e-9)).all()


def test_the_pooled_model_is_built_once_for_its_lp_relaxation_and_its_mip(monkeypatch: Any) -> None:
    # with no price bound the shared-out plan is not proven at 1 %, so the pooled MIP is solved:
    # from the model its LP relaxation was built and compiled for, not from a second build
    import staffopt.solver.pool as pool_module
    import staffopt.solver.solve as solve_module

    monkeypatch.setattr(pool_module, "price_bound", lambda *args: None)
    inst = _pooled(0.0029, **{"solver.gap": 0.01})
    built: list[int] = []
    compiled: list[int] = []
    for module in (pool_module, solve_module):
        def build(instance: Any, real: Any = module.build_model) -> Any:
            built.append(len(instance.offices))
            return real(instance)

        def compile_(m: Any, real: Any = module.compile_model) -> Any:
            compiled.append(len(m.data.offices))
            return real(m)

        monkeypatch.setattr(module, "build_model", build)
        monkeypatch.setattr(module, "compile_model", compile_)
    result, pool, builds = _run(inst)
    whole = len(inst.offices)
    assert len(builds) == 7  # 6 province models and the pooled MIP solved (as in the test above)
    assert built.count(whole) == 1 and compiled.count(whole) == 1
    assert len(built) == len(compiled) == 7  # 3 provinces relaxed, 3 capped, the pooled model once
    assert result.status == "optimal"


@pytest.mark.parametrize(("share", "backend"), [(0.0029, "highs"), (0.0028, "highs"), (0.0029, "scip")])
def test_the_price_bound_lies_between_the_lp_bound_and_the_pooled_optimum(share: float, backend: str) -> None:
    # weak duality: Σ_p L_p ≤ min P for any λ ≥ 0; at the LP's prices the priced provinces' LPs add
    # up to z_LP, and their MIPs' dual bounds can only be higher
    from staffopt.solver.pool import _share_room, price_bound

    inst = _pooled(share, **{"solver.backend": backend})
    whole = solve_block(inst, lambda stage, info: None, 60.0)
    lp = pool_relaxation(inst, Deadline(60.0))
    assert lp is not None and whole.objective is not None
    assert lp.price[2022] > 0 and set(lp.price) == set(inst.years)  # the binding year has a price
    pool = inst.pools[0]
    caps = {t: share * inst.fund_spend[pool, t] for t in inst.years}
    allotted = _share_room(inst, lp.spend, caps)
    for t in inst.years:
        assert sum(allotted[p, t] for p in inst.provinces) == pytest.approx(caps[t], rel=1e-12)
    bound = price_bound(inst, lp.price, allotted, Deadline(60.0), lambda stage, info: None,
                        solve_block, 1)
    assert bound is not None
    assert lp.bound * (1 - 1e-9) <= bound <= whole.objective * (1 + 1e-9)
    assert bound > lp.bound * (1 + 1e-4)  # whole heads: strictly better than the LP here
    # with no price the bound is the relaxation R's: not computed (the split check already has it)
    assert price_bound(inst, dict.fromkeys(inst.years, 0.0), allotted, Deadline(60.0),
                       lambda stage, info: None, solve_block, 1) is None


def test_the_share_that_finances_a_ratio_pays_its_plan_and_no_less_share_does() -> None:
    # "what fund share finances 5,000:1": the least-cost plan for the standard with no budget limit,
    # its cost per year over the fund's spending; the largest of them pays that plan in every year
    ratio = {f"target.{level}": 5000.0 for level in ("provincial", "municipal", "county")}
    free = build_instance(DATA, DATA.parameters.with_overrides(
        {"solver.gap": 0.0, "budget.regime": "none", **ratio}))
    plan = solve(free)
    shares = financing_shares(free, plan)
    assert set(shares) == {("all", t) for t in free.years}
    rows = plan.office_year[~plan.office_year["is_base"].astype(bool)]
    for (pool, t), share in shares.items():  # the definition, from the plan's own rows
        spent = rows.loc[rows["year"] == t, "cost_total"].sum()
        assert share == pytest.approx(spent / free.fund_spend[pool, t], rel=1e-12)
    least = max(shares.values())
    peak = max(shares, key=shares.__getitem__)[1]
    assert least > 0.0029  # more than the default targets' binding share above: 5,000:1 costs more
    at, pool = _run(_pooled(least, **ratio))[:2]
    assert at.status == "optimal" and pool[0]["binding_years"] == []  # the plan fits the pool
    assert at.objective == pytest.approx(plan.objective, rel=1e-7)
    below, pool, _ = _run(_pooled(0.97 * least, **ratio))
    assert pool[0]["binding_years"] == [peak]  # less does not pay it: the service falls short
    assert below.objective_terms["unmet_weighted"] > plan.objective_terms["unmet_weighted"] * (1 + 1e-6)


def test_financing_shares_needs_a_plan() -> None:
    inst = _pooled(0.0)
    with pytest.raises(ValueError, match="no plan"):
        financing_shares(inst, solve(inst))


def test_equity_and_one_province_are_not_split() -> None:
    assert not pooled(_pooled(0.01, objective="equity"))
    one = national_instance(provinces=1, municipal=2, county=4, horizon=1)
    inst = build_instance(one, one.parameters.with_overrides({"budget.regime": "fund"}))
    assert not pooled(inst)


def test_scip_is_given_the_gap_of_the_whole_objective_not_of_its_part_without_the_constant() -> None:
    from staffopt.solver.scip import gap_for_scip

    # a priced province: the constant −λ·a cancels most of what SCIP sees
    assert gap_for_scip(0.0025, value=1.2e8, offset=-1.14e8) == pytest.approx(0.0025 * 6e6 / 1.2e8)
    assert gap_for_scip(0.01, value=100.0, offset=0.0) == pytest.approx(0.01)  # no constant: the same gap
    assert gap_for_scip(0.01, value=0.0, offset=5.0) > 0  # never a division by zero
