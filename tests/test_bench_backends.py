"""bench_backends' raw-solver reference: a block written to MPS and solved by the solver alone.

The reference is fair only if the file holds the model ``solve_block`` hands that solver: on a tiny
block, each backend's file read back by HiGHS and by SCIP alone reaches the optimum staffopt's path
reaches (gap 0), the objective's constant included, and a starting plan is accepted.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from staffopt.model import STAGES, build_model
from staffopt.solver.compile import compile_model
from staffopt.solver.solve import solve_block
from test_model_support import instance_of, make_data, office

pytest.importorskip("pyscipopt")

_SPEC = importlib.util.spec_from_file_location(
    "bench_backends", Path(__file__).resolve().parent.parent / "benchmarks" / "bench_backends.py")
assert _SPEC is not None and _SPEC.loader is not None
bench: Any = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)


def _tiny(backend: str = "highs") -> Any:
    """A province with two counties whose staffing needs integer hires (posts in steps of 1)."""
    offices = [office("P", workload=23_000, posts=3, actual_staff=3, cost_staff=12.0),
               office("C1", "county", "P", workload=17_500, posts=2, actual_staff=2, cost_contract=4.5),
               office("C2", "county", "P", workload=9_000, posts=1, actual_staff=1, overhead=3.25)]
    return instance_of(make_data(offices), horizon=2, posts__step=1, staff__hire_min=0,
                       discount_rate=0.03, solver__backend=backend)


@pytest.mark.parametrize("backend", ["highs", "scip"])
def test_block_file_solved_alone_reaches_staffopts_optimum(tmp_path: Path, backend: str) -> None:
    inst = _tiny(backend)
    stage = STAGES[inst.settings.str("objective")][0]
    staffopt = solve_block(inst, lambda stage, info: None, 30.0)
    assert str(staffopt.status) == "optimal" and staffopt.objective is not None
    compiled = compile_model(build_model(inst))
    assert compiled.integer.any() and compiled.offsets[stage] != 0.0  # integers and a constant to carry
    path = tmp_path / f"{backend}.mps"
    bench.write_block_file(compiled, stage, backend, path)
    offset = compiled.offsets[stage] if backend == "scip" else 0.0
    for solver in ("highs", "scip"):  # either solver reads either file
        run = bench.raw_solve(solver, path, offset=offset, gap=0.0, seed=0, threads=1, seconds=30.0)
        assert run["status"] == "optimal", (solver, run["status"])
        assert run["objective"] == pytest.approx(staffopt.objective, rel=1e-9, abs=1e-7), solver
        assert len(run["x"]) == compiled.num_col
        again = bench.raw_solve(solver, path, offset=offset, gap=0.0, seed=0, threads=1, seconds=30.0,
                                start=run["x"])
        assert again["objective"] == pytest.approx(run["objective"], rel=1e-9, abs=1e-7)
