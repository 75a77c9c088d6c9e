"""HiGHS against SCIP (``solver.backend``) per model class, on the example and national province blocks.

    .venv/bin/python benchmarks/bench_backends.py             # example + first 4 provinces, 0.1 % gap
    .venv/bin/python benchmarks/bench_backends.py --provinces 31 --gap 0.01
    .venv/bin/python benchmarks/bench_backends.py --only example

For each model class that is solved province by province — the fiscal regime, no budget (the
relaxation an instance-wide fund pool is solved as, before its pool rows are checked) and one fund
pool per province — the shipped example (one block) and the first N province blocks of the
national synthetic instance are solved by ``staffopt.solver.solve.solve_block`` on each backend,
one thread, the same gap, the same seed. Prints, per case, class and backend, the stage-solve CPU
and wall seconds (for SCIP including its MPS hand-off; the Pyomo build and the compile are the
same on both backends and not counted), the summed objective, the largest block gap, the load
average, and which backend was faster in CPU seconds. CPU seconds are the figure to compare on
a shared machine. The whole instance-wide pool (split, pool rows checked) on either backend:
``bench_solve.py --only pool --backend scip``.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from staffopt.instance import build_instance
from staffopt.solver.blocks import province_blocks
from staffopt.solver.solve import solve_block

CLASSES: dict[str, dict[str, Any]] = {
    "fiscal": {}, "none": {"budget.regime": "none"},
    "fund_province": {"budget.regime": "fund", "budget.pool": "province"}}
BACKENDS = ("highs", "scip")


def _data(case: str) -> Any:
    if case == "example":
        from staffopt.examples import EXAMPLES

        built = EXAMPLES["example_province"]()
        return built[0] if isinstance(built, tuple) else built
    from staffopt.synthetic import national_instance

    return national_instance()


def run_class(data: Any, extra: dict[str, Any], backend: str, provinces: int, gap: float,
              limit: float) -> dict[str, float]:
    """Solve the first ``provinces`` blocks of ``data`` on ``backend``; summed figures."""
    settings = data.parameters.with_overrides({"solver.gap": gap, "solver.time_limit": limit,
                                               "solver.seed": 0, "solver.threads": 1,
                                               "solver.backend": backend, **extra})
    blocks = province_blocks(build_instance(data, settings))[:provinces]
    out = {"load": os.getloadavg()[0], "cpu": 0.0, "wall": 0.0, "objective": 0.0, "gap": 0.0,
           "blocks": float(len(blocks)), "not_optimal": 0.0}
    for block in blocks:
        done = solve_block(block, lambda stage, info: None, limit)
        out["cpu"] += done.timings["solve_cpu_seconds"]
        out["wall"] += done.timings["solve_seconds"]
        out["objective"] += done.objective or 0.0
        out["gap"] = max(out["gap"], done.gap or 0.0)
        out["not_optimal"] += str(done.status) != "optimal"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--provinces", type=int, default=4, help="national province blocks (default 4)")
    parser.add_argument("--gap", type=float, default=0.001, help="relative MIP gap (default 0.001)")
    parser.add_argument("--time-limit", type=float, default=120.0, help="seconds per block (default 120)")
    parser.add_argument("--only", choices=["example", "national"], default=None)
    args = parser.parse_args()
    cases = [args.only] if args.only else ["example", "national"]
    print(f"gap {args.gap:g}, 1 thread, seed 0, {args.time_limit:g} s per block; {os.cpu_count()} CPUs; "
          f"load average at start {os.getloadavg()[0]:.2f}")
    for case in cases:
        data = _data(case)
        for name, extra in CLASSES.items():
            found = {}
            for backend in BACKENDS:
                f = run_class(data, extra, backend, args.provinces, args.gap, args.time_limit)
                found[backend] = f
                stopped = f"; {f['not_optimal']:.0f} block(s) not optimal" if f["not_optimal"] else ""
                print(f"{case:8s} {name:14s} {backend:5s} {f['blocks']:3.0f} block(s): stage solve "
                      f"{f['cpu']:7.2f} s CPU {f['wall']:7.2f} s wall; objective {f['objective']:,.1f}; "
                      f"largest block gap {f['gap']:.2e}{stopped}; load {f['load']:.2f}", flush=True)
            h, s = found["highs"]["cpu"], found["scip"]["cpu"]
            faster = "highs" if h <= s else "scip"
            print(f"{case:8s} {name:14s} faster in CPU: {faster} ({max(h, s) / max(min(h, s), 1e-9):.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
