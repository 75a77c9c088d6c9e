"""solver.backend = scip: same hand-off, statuses, stage values and marginal values as HiGHS."""

from __future__ import annotations

from typing import Any

import pytest

from staffopt.examples import example_province
from staffopt.instance import build_instance
from staffopt.solver.solve import solve
from staffopt.synthetic import national_instance
from test_model_support import instance_of, make_data, office

pytest.importorskip("pyscipopt")


def _example(**overrides: Any) -> Any:
    data, _ = example_province()
    return build_instance(data, data.parameters.with_overrides({"solver.gap": 0.0, **overrides}))


@pytest.mark.parametrize("objective", ["cost", "service"])
def test_scip_reaches_the_optimum_highs_reaches(objective: str) -> None:
    highs = solve(_example(objective=objective))
    scip = solve(_example(objective=objective, **{"solver.backend": "scip"}))
    assert highs.status == scip.status == "optimal"
    for stage, value in highs.stage_objectives.items():
        assert scip.stage_objectives[stage] == pytest.approx(value, rel=1e-7, abs=1e-6)
    assert scip.mip_gap is not None and scip.mip_gap <= 1e-9
    # marginal values from the fixed-integer LP either way (same plan value; same duals when the plan is)
    assert scip.objective_terms["cost_discounted"] == pytest.approx(highs.objective_terms["cost_discounted"],
                                                                    rel=1e-6)
    assert scip.marginals["marginal_workload"].notna().all()


def test_scip_is_deterministic() -> None:
    first = solve(_example(**{"solver.backend": "scip", "objective": "service"}))
    second = solve(_example(**{"solver.backend": "scip", "objective": "service"}))
    assert first.office_year.equals(second.office_year)


def test_scip_infeasible_and_time_limit_statuses() -> None:
    rows = [office("C3", level="county", name="县3", posts=100, actual_staff=10, contract_staff=0,
                   min_staff=20)]
    # minimum staff above hiring, with no_new: the direct checks explain it before any solver
    inst = instance_of(make_data(rows), staff__hire_rate=0.1, staff__hire_min=2, contract__no_new=True,
                       solver__backend="scip")
    assert solve(inst).status == "infeasible"
    # infeasible only through the budget once contract staff may be hired: the MIP says so, the
    # elastic re-solve (HiGHS) explains it
    rows = [office("C3", level="county", name="县3", posts=100, actual_staff=10, contract_staff=0,
                   appropriation=120.0)]
    inst = instance_of(make_data(rows), staff__min__county=20, budget__regime="fiscal", staff__attrition=0.0,
                       solver__backend="scip")
    result = solve(inst)
    assert result.status == "infeasible" and "minimum staff is 20 persons" in result.messages[1]
    data = national_instance(provinces=1, municipal=10, county=90, horizon=10, seed=3)
    tiny = build_instance(data, data.parameters.with_overrides({"solver.backend": "scip", "solver.gap": 0.0,
                                                                "solver.time_limit": 0.1}))
    stopped = solve(tiny)
    assert stopped.status == "time_limit"
    assert any("stopped at the time limit" in m for m in stopped.messages)


def test_auto_gives_one_province_to_highs_and_several_to_scip() -> None:
    one = solve(_example(**{"solver.gap": 0.001}))
    assert one.backend == "highs" and one.settings.str("solver.backend") == "auto"  # the asked settings kept
    data = national_instance(provinces=2, municipal=3, county=8, horizon=3, seed=5)
    auto = build_instance(data, data.parameters.with_overrides({"solver.gap": 0.0}))
    assert auto.settings.str("solver.backend") == "auto"
    several = solve(auto)
    assert several.backend == "scip" and several.settings == auto.settings
    explicit = solve(build_instance(data, data.parameters.with_overrides({"solver.gap": 0.0,
                                                                          "solver.backend": "scip"})))
    # auto on several provinces is exactly an explicit scip run: same plan, deterministic
    assert several.status == explicit.status == "optimal"
    assert several.office_year.equals(explicit.office_year)
    highs = solve(build_instance(data, data.parameters.with_overrides({"solver.gap": 0.0,
                                                                       "solver.backend": "highs"})))
    assert several.objective == pytest.approx(highs.objective, rel=1e-7)


def test_auto_without_scip_falls_back_to_highs_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from staffopt.errors import SolveError
    from staffopt.solver import backend

    monkeypatch.setattr(backend, "scip_installed", lambda: False)
    data = national_instance(provinces=2, municipal=2, county=4, horizon=2, seed=3)
    result = solve(build_instance(data, data.parameters))
    assert result.status == "optimal"
    assert result.backend == "highs"
    assert any("pyscipopt is not installed: HiGHS solved them" in m for m in result.messages)
    assert any("未安装 pyscipopt" in m for m in result.messages_zh)
    with pytest.raises(SolveError, match="pyscipopt"):
        solve(build_instance(data, data.parameters.with_overrides({"solver.backend": "scip"})))
    # one province never needed SCIP: no note
    assert solve(_example(**{"solver.gap": 0.001})).messages == solve(
        _example(**{"solver.gap": 0.001, "solver.backend": "highs"})).messages
