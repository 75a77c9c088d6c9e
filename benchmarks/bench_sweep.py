"""Sweep benchmark: 16 scenarios of the shipped example, serial against ``--workers N``.

    .venv/bin/python benchmarks/bench_sweep.py                # 16 jobs, serial vs 2 workers
    .venv/bin/python benchmarks/bench_sweep.py --workers 4 --time-limit 20

The 16 jobs are the 13 built-in presets plus three more fund shares (1.5%, 2.5%, 3%). Both paths
use one solver thread per solve and run in a fresh process each (so both pay the same imports).
Prints each path's wall time (the Dask time includes starting and stopping the local cluster),
the speed-up, and checks that both paths give the same statuses, objectives and total costs.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from staffopt.io import read_workbook
from staffopt.pipeline import effective_settings
from staffopt.scenarios import PRESETS
from staffopt.settings import parse_set_options
from staffopt.sweep import Job, run_sweep, start_method

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "example_province.xlsx"


def jobs_for(path: Path, time_limit: float, gap: float | None,
             sets: list[str] | None = None) -> tuple[object, list[Job]]:
    data = read_workbook(path)
    cli = {"solver.time_limit": str(time_limit), **parse_set_options(sets or [])}
    if gap is not None:
        cli["solver.gap"] = str(gap)
    jobs = [Job(name, effective_settings(data, name, cli)) for name in PRESETS]
    for share in ("0.015", "0.025", "0.03"):
        jobs.append(Job(f"fund_{share}", effective_settings(
            data, "fund_1pct", {**cli, "budget.fund_share": share})))
    return data, jobs


def same(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is b
    fa, fb = float(a), float(b)  # type: ignore[arg-type]
    return (math.isnan(fa) and math.isnan(fb)) or math.isclose(fa, fb, rel_tol=1e-9, abs_tol=1e-6)


def burn(n: int) -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - t0


def machine_speedup(workers: int, n: int = 15_000_000) -> float:
    """Speed-up of ``workers`` processes of pure Python arithmetic over one, on this machine now.

    The ceiling any parallel sweep can reach at this moment (other programs share the CPUs).
    """
    import multiprocessing

    t0 = time.perf_counter()
    for _ in range(workers):
        burn(n)
    serial = time.perf_counter() - t0
    t0 = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(burn, [n] * workers)
    return serial / (time.perf_counter() - t0)


def run_path(args: argparse.Namespace) -> None:
    """One path in this (fresh) process: print its wall time and results as JSON."""
    data, jobs = jobs_for(args.input, args.time_limit, args.gap, args.set)
    workers = None if args.path == "serial" else args.workers
    t0 = time.perf_counter()
    results = run_sweep(data, jobs, workers=workers)  # type: ignore[arg-type]
    seconds = time.perf_counter() - t0
    print(json.dumps({
        "seconds": seconds,
        "method": start_method() if workers else "serial",
        "results": [[j.name, r.status, r.objective, r.build_seconds + r.solve_seconds,
                     float(r.office_year["cost_total"].sum()) if r.has_plan else None]
                    for j, r in zip(jobs, results, strict=True)],
    }))


def spawn_path(args: argparse.Namespace, path: str) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--path", path, "--input", str(args.input), "--workers",
           str(args.workers), "--time-limit", str(args.time_limit)]
    if args.gap is not None:
        cmd += ["--gap", str(args.gap)]
    for item in args.set:
        cmd += ["--set", item]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    # CPU time of the path's process and every worker process it reaped
    report["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=EXAMPLE)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per solve")
    parser.add_argument("--gap", type=float, default=None, help="relative MIP gap (default: parameter)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="parameter override for every job, e.g. --set horizon=10 (repeatable)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each path (best time is kept)")
    parser.add_argument("--path", choices=["serial", "workers"], default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.path is not None:
        run_path(args)
        return

    load_before = os.getloadavg()[0]
    _, jobs = jobs_for(args.input, args.time_limit, args.gap, args.set)
    extra = f", --set {' '.join(args.set)}" if args.set else ""
    print(f"{len(jobs)} jobs of {args.input.name}{extra}, time limit {args.time_limit:g} s per solve, "
          f"{os.cpu_count()} CPUs; each path in a fresh process (imports included), best of {args.repeat}")
    serial = min((spawn_path(args, "serial") for _ in range(args.repeat)), key=lambda r: r["seconds"])
    parallel = min((spawn_path(args, "workers") for _ in range(args.repeat)), key=lambda r: r["seconds"])
    t_serial, t_parallel = float(serial["seconds"]), float(parallel["seconds"])  # type: ignore[arg-type]
    print(f"serial:              {t_serial:8.1f} s wall, {serial['cpu']:6.1f} s CPU")
    print(f"dask, {args.workers} workers:     {t_parallel:8.1f} s wall, {parallel['cpu']:6.1f} s CPU "
          f"(worker start: {parallel['method']}; cluster start-up and shut-down included)")
    print(f"speed-up:            {t_serial / t_parallel:8.2f}x")
    print(f"machine ceiling now: {machine_speedup(args.workers):8.2f}x ({args.workers} processes of pure "
          "arithmetic against one, measured right after)")
    load = os.getloadavg()
    print(f"load average before/after (1 min): {load_before:.2f} / {load[0]:.2f} on {os.cpu_count()} CPUs "
          "(other processes on the machine slow the parallel path most)")
    differ = 0
    for a, b in zip(serial["results"], parallel["results"], strict=True):  # type: ignore[call-overload]
        ok = a[1] == b[1] and same(a[2], b[2]) and same(a[4], b[4])
        differ += not ok
        print(f"  {a[0]:16s} {a[1]:10s} objective {a[2]!s:>22s} {a[3]:6.1f} s"
              f"{'' if ok else '  <-- DIFFERENT: ' + str(b[1:3])}")
    print("results identical on both paths" if not differ else f"{differ} job(s) differ")


if __name__ == "__main__":
    main()
