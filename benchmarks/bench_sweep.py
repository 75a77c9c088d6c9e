"""Sweep benchmark: 16 scenarios of the shipped example, serial against ``--workers N``.

    .venv/bin/python benchmarks/bench_sweep.py                # 16 jobs, serial vs 2 workers
    .venv/bin/python benchmarks/bench_sweep.py --workers 4 --time-limit 20
    .venv/bin/python benchmarks/bench_sweep.py --only compare --repeat 2

The 16 jobs are the 13 built-in presets plus three more fund shares (1.5%, 2.5%, 3%). Two
measurements, each path in a fresh process (so both pay the same imports):

* **solve only** — :func:`staffopt.whatif.sweep.run_sweep` without run folders: the solver part alone;
* **compare** — what a user runs and waits for: ``staffopt compare COPY.xlsx --all`` on a copy
  of the example holding the three extra fund shares as workbook scenarios (so ``--all`` is the
  16 scenarios), writing ``comparison.xlsx``, its charts and the 16 run folders (``plan.xlsx`` +
  charts + ``summary.json`` each); timed from outside, process start to exit.

Jobs with the same settings (on the example ``status_quo`` and ``shared_platform``) are solved
once on every path (:func:`staffopt.whatif.sweep.solve_key`); the number of distinct solves is
printed. Serially, ``compare`` solves the next scenario in a background thread while a run folder
is written, so its wall time can be below its CPU time.

Both paths use one solver thread per solve. Prints each path's wall and CPU time (the Dask
time includes starting and stopping the local cluster), the speed-up, the machine's own
ceiling at that moment (two processes of pure arithmetic against one) and the load average,
and checks that both paths give the same statuses, objectives and total costs.

Goals of issue 12 (item 5), printed as met or missed after the end-to-end measurement:
``compare --all`` of the 16 scenarios serial in <= 10 s (wall; the CPU seconds are printed beside
it, since other load on the machine inflates wall time), the Dask path at most 1.2x the serial CPU
seconds, and a speed-up of at least 1.8x on 2 workers.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from staffopt.pipeline import effective_settings
from staffopt.reader import read_workbook, table_frame
from staffopt.settings import parse_set_options
from staffopt.whatif.scenarios import PRESETS
from staffopt.whatif.sweep import Job, run_sweep, solve_key, start_method

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "example_province.xlsx"
#: the three fund shares added to the 13 presets, as (scenario name, share)
EXTRA_SHARES = (("fund_1_5pct", "0.015"), ("fund_2_5pct", "0.025"), ("fund_3pct", "0.03"))
#: Goals of issue 12, item 5: serial wall seconds, Dask CPU over serial CPU, speed-up on 2 workers.
GOAL_SERIAL_S, GOAL_CPU_RATIO, GOAL_SPEEDUP = 10.0, 1.2, 1.8


def jobs_for(path: Path, time_limit: float, gap: float | None,
             sets: list[str] | None = None) -> tuple[object, list[Job]]:
    data = read_workbook(path)
    cli = {"solver.time_limit": str(time_limit), **parse_set_options(sets or [])}
    if gap is not None:
        cli["solver.gap"] = str(gap)
    jobs = [Job(name, effective_settings(data, name, cli)) for name in PRESETS]
    for name, share in EXTRA_SHARES:
        jobs.append(Job(name, effective_settings(data, "fund_1pct", {**cli, "budget.fund_share": share})))
    return data, jobs


def compare_workbook(path: Path, folder: Path) -> Path:
    """A copy of ``path`` whose scenarios sheet holds the :data:`EXTRA_SHARES` (``--all`` = 16)."""
    from staffopt.workbook import write_input_workbook

    data = read_workbook(path)
    rows: list[dict[str, object]] = []
    for name, share in EXTRA_SHARES:
        for key, value in (("budget.regime", "fund"), ("budget.fund_share", share)):
            rows.append({"scenario": name, "key": key, "value": value, "note": "", "row": len(rows) + 2})
    copy = folder / f"{path.stem}_16.xlsx"
    write_input_workbook(dataclasses.replace(data, scenarios=table_frame("scenarios", rows)), copy)
    return copy


def compare_path(args: argparse.Namespace, workbook: Path, out: Path, parallel: bool) -> dict[str, object]:
    """Run ``staffopt compare WORKBOOK --all`` in a fresh process; wall and CPU time, per-scenario results."""
    cmd = [sys.executable, "-m", "staffopt.cli", "compare", str(workbook), "--all", "--out", str(out),
           "--time-limit", str(args.time_limit)]
    if args.gap is not None:
        cmd += ["--gap", str(args.gap)]
    for item in args.set:
        cmd += ["--set", item]
    if parallel:
        cmd += ["--workers", str(args.workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    results = []
    for folder in sorted((out / "scenarios").iterdir()):
        summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
        cost = sum(r["cost_total"] or 0.0 for r in summary["by_level_year"] if r["level"] == "all")
        seconds_used = summary["build_seconds"] + summary["solve_seconds"]
        results.append([folder.name, summary["status"], summary["objective"], seconds_used,
                        cost if summary["has_plan"] else None])
    files = sum(1 for p in out.rglob("*") if p.is_file())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "cpu": cpu, "results": results, "files": files}


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


def wall(report: dict[str, object]) -> float:
    """A path's wall seconds."""
    return float(report["seconds"])  # type: ignore[arg-type]


def compare_results(serial: dict[str, object], parallel: dict[str, object]) -> None:
    """Print each job of the serial path and say whether the parallel path gave the same."""
    differ = 0
    for a, b in zip(serial["results"], parallel["results"], strict=True):  # type: ignore[call-overload]
        ok = a[0] == b[0] and a[1] == b[1] and same(a[2], b[2]) and same(a[4], b[4])
        differ += not ok
        print(f"  {a[0]:16s} {a[1]:10s} objective {a[2]!s:>22s} {a[3]:6.1f} s"
              f"{'' if ok else '  <-- DIFFERENT: ' + str(b[1:3])}")
    print("results identical on both paths" if not differ else f"{differ} job(s) differ")


def report_pair(label: str, args: argparse.Namespace, serial: dict[str, object],
                parallel: dict[str, object]) -> float:
    """Print the two paths' times and the speed-up; return the speed-up."""
    t_serial, t_parallel = float(serial["seconds"]), float(parallel["seconds"])  # type: ignore[arg-type]
    print(f"{label}")
    print(f"  serial:              {t_serial:8.1f} s wall, {serial['cpu']:6.1f} s CPU")
    method = f"worker start: {parallel['method']}; " if "method" in parallel else ""
    print(f"  dask, {args.workers} workers:     {t_parallel:8.1f} s wall, {parallel['cpu']:6.1f} s CPU "
          f"({method}cluster start-up and shut-down included)")
    print(f"  speed-up:            {t_serial / t_parallel:8.2f}x")
    return t_serial / t_parallel


def report_goals(args: argparse.Namespace, serial: dict[str, object], parallel: dict[str, object]) -> None:
    """Print the goals of issue 12, item 5, as met or missed (end-to-end ``compare --all``)."""
    t_serial, t_parallel = float(serial["seconds"]), float(parallel["seconds"])  # type: ignore[arg-type]
    c_serial, c_parallel = float(serial["cpu"]), float(parallel["cpu"])  # type: ignore[arg-type]
    load = os.getloadavg()[0]
    rows = [(f"compare --all serial <= {GOAL_SERIAL_S:g} s", f"{t_serial:.1f} s wall ({c_serial:.1f} s CPU)",
             t_serial <= GOAL_SERIAL_S),
            (f"Dask CPU <= {GOAL_CPU_RATIO:g}x serial CPU", f"{c_parallel / c_serial:.2f}x "
             f"({c_parallel:.1f} / {c_serial:.1f} s)", c_parallel <= GOAL_CPU_RATIO * c_serial),
            (f"speed-up >= {GOAL_SPEEDUP:g}x on {args.workers} workers", f"{t_serial / t_parallel:.2f}x",
             t_serial / t_parallel >= GOAL_SPEEDUP)]
    print(f"goals (issue 12, item 5; load average now {load:.2f} on {os.cpu_count()} CPUs):")
    for goal, value, met in rows:
        print(f"  [{'met' if met else 'MISSED'}] {goal}: {value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=EXAMPLE)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per solve")
    parser.add_argument("--gap", type=float, default=None, help="relative MIP gap (default: parameter)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="parameter override for every job, e.g. --set horizon=10 (repeatable)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each path (best time is kept)")
    parser.add_argument("--only", choices=["solve", "compare"], default=None,
                        help="run one of the two measurements (default: both)")
    parser.add_argument("--path", choices=["serial", "workers"], default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.path is not None:
        run_path(args)
        return

    load_before = os.getloadavg()
    _, jobs = jobs_for(args.input, args.time_limit, args.gap, args.set)
    extra = f", --set {' '.join(args.set)}" if args.set else ""
    distinct = len({solve_key(job.settings) for job in jobs})
    print(f"{len(jobs)} jobs of {args.input.name}{extra} ({distinct} distinct settings, each solved once), "
          f"time limit {args.time_limit:g} s per solve, {os.cpu_count()} CPUs; each path in a fresh process "
          f"(imports included), best of {args.repeat}")
    if args.only in (None, "solve"):
        serial = min((spawn_path(args, "serial") for _ in range(args.repeat)), key=wall)
        parallel = min((spawn_path(args, "workers") for _ in range(args.repeat)), key=wall)
        report_pair("solve only (run_sweep, no run folders):", args, serial, parallel)
        compare_results(serial, parallel)
    if args.only in (None, "compare"):
        with tempfile.TemporaryDirectory(prefix="bench_sweep_") as tmp:
            workbook = compare_workbook(args.input, Path(tmp))
            runs: dict[bool, list[dict[str, object]]] = {False: [], True: []}
            for i in range(args.repeat):  # alternate the paths: both see the same background load
                for parallel_path in (False, True):
                    out = Path(tmp) / f"out-{int(parallel_path)}-{i}"
                    runs[parallel_path].append(compare_path(args, workbook, out, parallel_path))
            serial = min(runs[False], key=wall)
            parallel = min(runs[True], key=wall)
            all_runs = "; ".join(f"{name} " + ", ".join(f"{wall(r):.1f}" for r in runs[p]) + " s"
                                 for name, p in (("serial", False), ("dask", True)))
            report_pair(f"end to end: staffopt compare {workbook.name} --all (16 scenarios, "
                        f"{serial['files']} files written; all runs: {all_runs}):", args, serial, parallel)
            compare_results(serial, parallel)
            report_goals(args, serial, parallel)
    print(f"machine ceiling now: {machine_speedup(args.workers):8.2f}x ({args.workers} processes of pure "
          "arithmetic against one, measured right after)")
    load = os.getloadavg()
    print(f"load average before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}; after: "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1, 5, 15 min) on {os.cpu_count()} CPUs "
          "(other processes on the machine slow the parallel path most)")


if __name__ == "__main__":
    main()
