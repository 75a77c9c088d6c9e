"""solver.backend = cbc: same hand-off, statuses, stage values and marginal values as HiGHS."""

from __future__ import annotations

import sys
from typing import Any

import numpy as np
import pytest

from staffopt.errors import SolveError
from staffopt.examples import example_province
from staffopt.instance import build_instance
from staffopt.model import STAGES, build_model
from staffopt.results import Status
from staffopt.solver import backend
from staffopt.solver.cbc import run_stages_cbc
from staffopt.solver.compile import compile_model
from staffopt.solver.deadline import Deadline
from staffopt.solver.solve import solve
from staffopt.synthetic import national_instance
from test_model_support import instance_of, make_data, office

pytest.importorskip("mip")


def _example(**overrides: Any) -> Any:
    data, _ = example_province()
    return build_instance(data, data.parameters.with_overrides({"solver.gap": 0.0, **overrides}))


def _small(**overrides: Any) -> Any:
    data = national_instance(provinces=1, municipal=3, county=8, horizon=3, seed=5)
    return build_instance(data, data.parameters.with_overrides({"solver.gap": 0.0, **overrides}))


def _ignore(stage: str, info: dict[str, Any]) -> None:
    pass


def test_cbc_reaches_the_optimum_highs_reaches_on_the_example() -> None:
    highs = solve(_example())
    cbc = solve(_example(**{"solver.backend": "cbc"}))
    assert highs.status == cbc.status == "optimal" and cbc.backend == "cbc"
    assert cbc.objective == pytest.approx(highs.objective, rel=1e-9)
    assert cbc.stage_objectives["obj_cost"] == pytest.approx(highs.stage_objectives["obj_cost"], rel=1e-9)
    assert cbc.mip_gap is not None and cbc.mip_gap <= 1e-9
    assert cbc.objective_terms["cost_discounted"] == pytest.approx(highs.objective_terms["cost_discounted"],
                                                                   rel=1e-6)
    # marginal values from HiGHS's fixed-integer LP on the CBC plan
    assert cbc.marginals["marginal_workload"].notna().all()


@pytest.mark.parametrize("objective", ["service", "equity"])
def test_cbc_lexicographic_stages_match_highs(objective: str) -> None:
    highs = solve(_small(objective=objective))
    cbc = solve(_small(objective=objective, **{"solver.backend": "cbc"}))
    assert highs.status == cbc.status == "optimal"
    assert list(cbc.stage_objectives) == list(STAGES[objective])
    for stage, value in highs.stage_objectives.items():
        assert cbc.stage_objectives[stage] == pytest.approx(value, rel=1e-7, abs=1e-6)


def test_cbc_stages_return_the_stage_rows_and_the_dual_bound() -> None:
    inst = _small(objective="service", **{"solver.backend": "cbc"})
    compiled = compile_model(build_model(inst))
    stages = STAGES["service"]
    out, bound, rows = run_stages_cbc(compiled, stages, _ignore, inst.settings, Deadline(60.0), 60.0)
    assert out.status == Status.OPTIMAL and out.x is not None
    # one bound row per finished stage before the last, holding its value (plus the tolerance)
    assert len(rows) == len(stages) - 1
    costs, rhs = rows[0]
    assert np.array_equal(costs, compiled.costs[stages[0]])
    assert costs @ out.x <= rhs + 1e-6
    assert out.values[stages[0]] == pytest.approx(rhs + compiled.offsets[stages[0]], rel=1e-6)
    # the last stage's dual bound, the objective's constant included, at most its value
    assert bound is not None and bound <= out.objective + 1e-6
    assert out.objective == pytest.approx(float(compiled.costs[stages[-1]] @ out.x)
                                          + compiled.offsets[stages[-1]])
    # a starting solution (the plan just found) is accepted and gives the same optimum
    again, _, _ = run_stages_cbc(compiled, stages, _ignore, inst.settings, Deadline(60.0), 60.0, out.x)
    assert again.status == Status.OPTIMAL
    assert again.values[stages[-1]] == pytest.approx(out.values[stages[-1]], rel=1e-9)


def test_cbc_is_deterministic() -> None:
    first = solve(_small(objective="service", **{"solver.backend": "cbc", "solver.gap": 0.001}))
    second = solve(_small(objective="service", **{"solver.backend": "cbc", "solver.gap": 0.001}))
    assert first.status == second.status == "optimal"
    assert first.office_year.equals(second.office_year)
    assert first.stage_objectives == second.stage_objectives


def test_cbc_infeasible_and_time_limit_statuses() -> None:
    # infeasible only through the budget once contract staff may be hired: CBC says so, the elastic
    # re-solve (HiGHS) explains it
    rows = [office("C3", level="county", name="县3", posts=100, actual_staff=10, contract_staff=0,
                   appropriation=120.0)]
    inst = instance_of(make_data(rows), staff__min__county=20, budget__regime="fiscal", staff__attrition=0.0,
                       solver__backend="cbc")
    result = solve(inst)
    assert result.status == "infeasible" and "minimum staff is 20 persons" in result.messages[1]
    data = national_instance(provinces=1, municipal=10, county=90, horizon=10, seed=3)
    tiny = build_instance(data, data.parameters.with_overrides({"solver.backend": "cbc", "solver.gap": 0.0,
                                                                "solver.time_limit": 0.1}))
    stopped = solve(tiny)
    assert stopped.status == "time_limit" and stopped.backend == "cbc"
    assert any("stopped at the time limit" in m for m in stopped.messages)


def test_cbc_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "mip", None)  # `import mip` raises ImportError
    monkeypatch.setitem(sys.modules, "mip.cbc", None)
    assert not backend.cbc_installed()
    with pytest.raises(SolveError, match=r"solver.backend = cbc.*package mip") as raised:
        solve(_small(**{"solver.backend": "cbc"}))
    assert "未安装 CBC" in raised.value.render("zh") and raised.value.exit_code == 3
    # auto never needs CBC: a run without it is unchanged
    assert solve(_small()).status == "optimal"


def test_cbc_blocks_solved_side_by_side_give_the_plan_solved_one_at_a_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two province blocks on two threads (solver.threads 1 on 2 cores) = one block at a time."""
    from staffopt.solver import blocks

    monkeypatch.setattr(blocks.os, "cpu_count", lambda: 2)
    assert blocks.block_workers(3, 1) == 2 and blocks.block_workers(3, 2) == 1
    data = national_instance(provinces=3, municipal=3, county=8, horizon=3, seed=5)

    def run(threads: int) -> Any:
        return solve(build_instance(data, data.parameters.with_overrides(
            {"objective": "service", "solver.gap": 0.0, "solver.backend": "cbc", "solver.threads": threads})))

    side_by_side, one_at_a_time = run(1), run(2)
    assert side_by_side.status == one_at_a_time.status == "optimal"
    assert side_by_side.office_year.equals(one_at_a_time.office_year)
    assert side_by_side.stage_objectives == one_at_a_time.stage_objectives
