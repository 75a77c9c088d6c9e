"""bench_backends' raw-solver reference: a block written to MPS and solved by the solver alone.

The reference is fair only if the file holds the model ``solve_block`` hands that solver: on a tiny
block, each backend's file read back by HiGHS and by SCIP alone reaches the optimum staffopt's path
reaches (gap 0), the objective's constant included, and a starting plan is accepted (CBC reads the
file SCIP reads).
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
pytest.importorskip("mip")

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


@pytest.mark.parametrize("backend", ["highs", "scip", "cbc"])
def test_block_file_solved_alone_reaches_staffopts_optimum(tmp_path: Path, backend: str) -> None:
    inst = _tiny(backend)
    stage = STAGES[inst.settings.str("objective")][0]
    staffopt = solve_block(inst, lambda stage, info: None, 30.0)
    assert str(staffopt.status) == "optimal" and staffopt.objective is not None
    compiled = compile_model(build_model(inst))
    assert compiled.integer.any() and compiled.offsets[stage] != 0.0  # integers and a constant to carry
    path = tmp_path / f"{backend}.mps"
    bench.write_block_file(compiled, stage, backend, path)
    offset = compiled.offsets[stage] if backend in ("scip", "cbc") else 0.0
    # every solver reads every file (CBC's MPS reader drops a constant: not HiGHS's file, which holds it)
    for solver in ("highs", "scip") if backend == "highs" else ("highs", "scip", "cbc"):
        run = bench.raw_solve(solver, path, offset=offset, gap=0.0, seed=0, threads=1, seconds=30.0)
        assert run["status"] == "optimal", (solver, run["status"])
        assert run["objective"] == pytest.approx(staffopt.objective, rel=1e-9, abs=1e-7), solver
        assert len(run["x"]) == compiled.num_col
        again = bench.raw_solve(solver, path, offset=offset, gap=0.0, seed=0, threads=1, seconds=30.0,
                                start=run["x"])
        assert again["objective"] == pytest.approx(run["objective"], rel=1e-9, abs=1e-7)


def test_raw_blocks_shares_the_limit_and_gives_stopped_blocks_a_second_run(monkeypatch: Any) -> None:
    """The time limit is shared as solve_blocks shares it; stopped blocks run again from their plan."""
    calls: list[tuple[str, float, Any]] = []
    script = {  # (file, run) -> outcome: block a stops twice, b is optimal, c stops once with no plan
        ("a", 1): ("time_limit", 10.0, [1.0], 50.0), ("b", 1): ("optimal", 2.0, [2.0], 20.0),
        ("c", 1): ("time_limit", 6.0, None, None), ("a", 2): ("time_limit", 3.0, [1.5], 49.0),
        ("c", 2): ("optimal", 4.0, [3.0], 30.0),
    }

    def fake(backend: str, path: Path, *, offset: float, gap: float, seed: int, threads: int,
             seconds: float, start: Any = None) -> dict[str, Any]:
        calls.append((path.name, round(seconds, 9), start))
        status, spent, x, objective = script[path.name, sum(c[0] == path.name for c in calls)]
        return {"status": status, "solve_s": spent, "solve_cpu_s": spent / 2, "read_s": 0.5,
                "read_cpu_s": 0.25, "x": x, "objective": objective,
                "bound": None if objective is None else objective - 1}

    monkeypatch.setattr(bench, "raw_solve", fake)
    runs = bench.raw_blocks("highs", [Path("a"), Path("b"), Path("c")], [0.0] * 3, gap=0.0, seed=0, threads=1,
                            limit=30.0)
    # first pass: (left)/(blocks to go); then the 12 s left shared over the two stopped blocks
    assert calls == [("a", 10.0, None), ("b", 10.0, None), ("c", 18.0, None),
                     ("a", 6.0, [1.0]), ("c", 9.0, None)]
    a, b, c = runs
    assert a["objective"] == 49.0 and a["second_run"] and a["solve_s"] == 13.0 and a["read_s"] == 1.0
    assert not b["second_run"] and b["solve_s"] == 2.0
    assert c["status"] == "optimal" and c["objective"] == 30.0 and c["solve_cpu_s"] == 5.0
    summary = bench._summary(runs)
    assert summary["objective"] == 99.0 and summary["second_runs"] == 2 and summary["not_optimal"] == 1
    assert summary["solve_s"] == 25.0 and summary["gap"] == pytest.approx(1 / 20)


def test_raw_blocks_no_second_run_when_under_a_second_is_left(monkeypatch: Any) -> None:
    def fake(backend: str, path: Path, **options: Any) -> dict[str, Any]:
        return {"status": "time_limit", "solve_s": options["seconds"], "solve_cpu_s": 0.0, "read_s": 0.0,
                "read_cpu_s": 0.0, "x": [0.0], "objective": 1.0, "bound": 0.0}

    monkeypatch.setattr(bench, "raw_solve", fake)
    runs = bench.raw_blocks("scip", [Path("a"), Path("b")], [0.0, 0.0], gap=0.0, seed=0, threads=1, limit=5.0)
    assert [r["second_run"] for r in runs] == [False, False]
    assert bench.agree(100.0, 100.09, 0.001) and not bench.agree(100.0, 100.2, 0.001)
    assert bench.agree(None, 1.0, 0.001) is None


def test_bench_backends_example_json() -> None:
    """End to end on the example's no-budget block: both paths of both backends, objectives agree."""
    import json
    import subprocess
    import sys

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_backends.py"
    done = subprocess.run([sys.executable, str(script), "--only", "example", "--classes", "none", "--json",
                           "--time-limit", "60"], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    runs = {(r["backend"], r["path"]): r for r in report["runs"]}
    assert set(runs) == {(b, p) for b in ("highs", "scip", "cbc") for p in ("staffopt", "raw")}
    for run in runs.values():
        assert "error" not in run, run
        assert run["blocks"] == 1 and run["not_optimal"] == 0 and run["solve_cpu_s"] > 0
    (figures,) = report["comparisons"]
    for backend in ("highs", "scip", "cbc"):
        assert figures[backend]["agree"] is True and figures[backend]["raw_stages"] == ["obj_cost"]
        assert runs[backend, "raw"]["objective"] == pytest.approx(runs[backend, "staffopt"]["objective"],
                                                                  rel=1e-9)
