"""HiGHS, SCIP and CBC (``solver.backend``) per model class, each beside its raw-solver reference.

    .venv/bin/python benchmarks/bench_backends.py             # example + first 4 provinces, 0.1 % gap
    .venv/bin/python benchmarks/bench_backends.py --provinces 31 --gap 0.01
    .venv/bin/python benchmarks/bench_backends.py --only example --json
    .venv/bin/python benchmarks/bench_backends.py --backends highs cbc

For each model class that is solved province by province — the fiscal regime, no budget (the
relaxation an instance-wide fund pool is solved as, before its pool rows are checked) and one fund
pool per province — the shipped example (one block) and the first N province blocks of the
national synthetic instance are solved on each backend, one thread, the same gap, the same seed:

* **staffopt** — ``staffopt.solver.blocks.solve_blocks`` with ``solve_block``, as ``solve()`` runs
  province blocks (one at a time here): the time limit (``--time-limit`` per block, so N times it
  for N blocks) is one :class:`~staffopt.solver.deadline.Deadline` shared over the blocks, and
  blocks stopped by their share get a second run from their best plan. Printed: the stage-solve
  CPU and wall seconds (for SCIP and CBC including their MPS hand-off; the Pyomo build, the compile
  and the marginal LP are not counted);
* **raw** — the same block models, as ``solve_block`` hands them to that solver, written to MPS
  after the timed solve (HiGHS: ``Highs.writeModel`` of ``CompiledModel.to_lp``, as
  ``bench_solve.write_block_mps`` does, numbers rounded to 15 digits; SCIP and CBC:
  ``staffopt.solver.mps.write_mps``, full precision, the file they read on staffopt's path) and
  solved by the solver alone (highspy / pyscipopt / python-mip reading the file; for CBC the
  objective's constant added as the same fixed column staffopt adds) with the same options (one
  thread, seed, gap, time limit), the time limit shared over the blocks as ``solve()`` shares it,
  and blocks stopped by their share given the same second run from their best plan. Printed: the
  solve CPU and wall seconds (reading the file not counted; it is printed apart).

Each path runs in a fresh subprocess (peak memory per path). The MPS holds the first stage's
costs (:data:`staffopt.model.STAGES`): with ``objective = cost`` (the example's and the national
instance's) that is the only stage, so both paths solve the same problem; for a lexicographic
objective the raw run covers the first stage only and is compared with staffopt's first-stage
value (printed). Also printed: the summed objectives and whether they agree within the gap, the
largest block gap, blocks not optimal, second runs, peak memory, the load average, and which
backend is faster in CPU seconds per class on either path. CPU seconds are the figure to compare
on a shared machine. The whole instance-wide pool (split, pool rows checked) on either backend:
``bench_solve.py --only pool --backend scip``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter, process_time
from typing import Any

CLASSES: dict[str, dict[str, Any]] = {
    "fiscal": {}, "none": {"budget.regime": "none"},
    "fund_province": {"budget.regime": "fund", "budget.pool": "province"}}
BACKENDS = ("highs", "scip", "cbc")
#: Outcomes of one raw solve, in staffopt's words.
OPTIMAL, TIME_LIMIT = "optimal", "time_limit"
#: Seconds of one raw run (file read and solve, wall and CPU).
SECONDS = ("read_s", "read_cpu_s", "solve_s", "solve_cpu_s")


def _peak_rss_mb() -> float:
    """Peak resident memory of this process, MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024.0 / (1024.0 if sys.platform == "darwin" else 1.0)


def _data(case: str) -> Any:
    if case == "example":
        from staffopt.examples import EXAMPLES

        built = EXAMPLES["example_province"]()
        return built[0] if isinstance(built, tuple) else built
    from staffopt.synthetic import national_instance

    return national_instance()


# ------------------------------------------------------------------------------------------
# the block models as files, and one solver alone on such a file
# ------------------------------------------------------------------------------------------
def write_block_file(compiled: Any, objective: str, backend: str, path: Path) -> None:
    """Write ``compiled`` with the costs of ``objective`` to MPS as ``solve_block`` hands it to ``backend``.

    HiGHS: the ``HighsLp`` staffopt passes (``CompiledModel.to_lp``) written by HiGHS (15 digits, the
    objective's constant included). SCIP and CBC: :func:`staffopt.solver.mps.write_mps`, the very
    file they read on staffopt's path (17 digits; the constant is not in it, see :func:`raw_solve`).
    """
    if backend in ("scip", "cbc"):
        from staffopt.solver.mps import write_mps

        write_mps(compiled, objective, path)
        return
    import highspy

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.passModel(compiled.to_lp(objective))
    h.writeModel(str(path))


def raw_solve(backend: str, path: Path, *, offset: float, gap: float, seed: int, threads: int,
              seconds: float, start: list[float] | None = None) -> dict[str, Any]:
    """Solve the MPS file ``path`` with ``backend`` alone, with staffopt's options; figures of the run.

    Options as on staffopt's path: HiGHS ``threads``, ``random_seed``, ``mip_rel_gap``,
    ``time_limit``; SCIP ``parallel/maxnthreads``, ``randomization/randomseedshift``, ``limits/gap``,
    ``limits/time``; CBC (python-mip) ``threads``, ``seed``, ``max_mip_gap``, ``max_mip_gap_abs``,
    wall-clock ``max_seconds``. ``start`` (a plan in the file's column order) is offered as a
    starting solution. ``offset``, the objective's constant when the file does not hold it (SCIP's
    and CBC's file; HiGHS's has it), is added to the objective and the bound (CBC: as the fixed
    column staffopt adds, so CBC's gap test is the one of staffopt's path). Returns ``status`` (``optimal`` —
    within the gap —, ``time_limit``, or the solver's own word), ``objective`` and ``bound``
    (``None`` without a plan / a finite bound), the plan ``x``, and wall and CPU seconds of
    reading (``read_s``, ``read_cpu_s``) and solving (``solve_s``, ``solve_cpu_s``).
    """
    if backend == "cbc":  # staffopt's constants: importing staffopt.solver (Pyomo) is not the read
        from staffopt.solver.cbc import ABSOLUTE_GAP  # noqa: F401
    read_wall, read_cpu = perf_counter(), process_time()
    if backend == "cbc":
        return _raw_cbc(path, offset=offset, gap=gap, seed=seed, threads=threads, seconds=seconds,
                        start=start, read_wall=read_wall, read_cpu=read_cpu)
    if backend == "scip":
        import pyscipopt

        model = pyscipopt.Model()
        model.hideOutput()
        model.readProblem(str(path))
        by_name = {var.name: var for var in model.getVars()}
        columns = [by_name[f"c{j}"] for j in range(len(by_name))]
        model.setParam("parallel/maxnthreads", threads)
        model.setParam("randomization/randomseedshift", seed)
        model.setParam("limits/gap", gap)
        model.setParam("limits/time", max(seconds, 0.01))
        if start is not None:
            plan = model.createSol()
            for var, value in zip(columns, start, strict=True):
                model.setSolVal(plan, var, value)
            model.addSol(plan, free=True)
        out: dict[str, Any] = {"read_s": perf_counter() - read_wall, "read_cpu_s": process_time() - read_cpu}
        wall, cpu = perf_counter(), process_time()
        model.optimize()
        out.update(solve_s=perf_counter() - wall, solve_cpu_s=process_time() - cpu)
        word = model.getStatus()
        out["status"] = (OPTIMAL if word in ("optimal", "gaplimit")
                         else TIME_LIMIT if word == "timelimit" else word)
        if model.getNSols() > 0:
            best = model.getBestSol()
            out["x"] = [model.getSolVal(best, var) for var in columns]
            out["objective"] = float(model.getSolObjVal(best)) + offset
        else:
            out["x"], out["objective"] = None, None
        bound = float(model.getDualbound())
        out["bound"] = bound + offset if math.isfinite(bound) else None
        return out
    import highspy

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(str(path))
    h.setOptionValue("threads", threads)
    h.setOptionValue("random_seed", seed)
    h.setOptionValue("mip_rel_gap", gap)
    h.setOptionValue("time_limit", max(seconds, 0.01))
    if start is not None:
        h.setSolution(h.getNumCol(), list(range(h.getNumCol())), start)
    out = {"read_s": perf_counter() - read_wall, "read_cpu_s": process_time() - read_cpu}
    wall, cpu = perf_counter(), process_time()
    h.run()
    out.update(solve_s=perf_counter() - wall, solve_cpu_s=process_time() - cpu)
    status = h.getModelStatus()
    out["status"] = (OPTIMAL if status == highspy.HighsModelStatus.kOptimal
                     else TIME_LIMIT if status == highspy.HighsModelStatus.kTimeLimit
                     else h.modelStatusToString(status))
    info = h.getInfo()
    feasible = info.primal_solution_status == highspy.SolutionStatus.kSolutionStatusFeasible
    out["x"] = list(h.getSolution().col_value) if feasible else None
    out["objective"] = float(info.objective_function_value) + offset if feasible else None
    out["bound"] = float(info.mip_dual_bound) + offset if math.isfinite(info.mip_dual_bound) else None
    return out


def _raw_cbc(path: Path, *, offset: float, gap: float, seed: int, threads: int, seconds: float,
             start: list[float] | None, read_wall: float, read_cpu: float) -> dict[str, Any]:
    """:func:`raw_solve` for CBC (python-mip reading the file, options as ``solver.cbc`` sets them)."""
    import mip
    from mip.cbc import cbclib

    from staffopt.solver.cbc import ABSOLUTE_GAP, CONSTANT_COLUMN

    model = mip.Model(sense=mip.MINIMIZE, solver_name=mip.CBC)
    model.verbose = 0
    model.read(str(path))
    by_name = {var.name: var for var in model.vars}
    columns = [by_name[f"c{j}"] for j in range(len(by_name))]
    constant = model.add_var(name=CONSTANT_COLUMN, lb=1.0, ub=1.0, obj=offset)
    model.threads, model.seed = threads, seed
    model.max_mip_gap, model.max_mip_gap_abs = gap, ABSOLUTE_GAP
    cbclib.Cbc_setIntParam(model.solver._model, cbclib.INT_PARAM_ELAPSED_TIME, 1)
    if start is not None:
        plan = [float(round(v)) if var.var_type != mip.CONTINUOUS else v
                for var, v in zip(columns, start, strict=True)]
        model.start = [*zip(columns, plan, strict=True), (constant, 1.0)]
    out: dict[str, Any] = {"read_s": perf_counter() - read_wall, "read_cpu_s": process_time() - read_cpu}
    wall, cpu = perf_counter(), process_time()
    status = model.optimize(max_seconds=max(seconds, 0.01))
    out.update(solve_s=perf_counter() - wall, solve_cpu_s=process_time() - cpu)
    out["status"] = (OPTIMAL if status == mip.OptimizationStatus.OPTIMAL
                     else TIME_LIMIT if status in (mip.OptimizationStatus.FEASIBLE,
                                                   mip.OptimizationStatus.NO_SOLUTION_FOUND)
                     else status.name)
    have = status in (mip.OptimizationStatus.OPTIMAL, mip.OptimizationStatus.FEASIBLE)
    out["x"] = [var.x for var in columns] if have else None
    out["objective"] = float(model.objective_value) if have else None  # the constant column included
    bound = float(model.objective_bound)
    out["bound"] = bound if math.isfinite(bound) else None
    return out


def raw_blocks(backend: str, files: list[Path], offsets: list[float], *, gap: float, seed: int,
               threads: int, limit: float) -> list[dict[str, Any]]:
    """Solve every file with ``backend`` alone, the ``limit`` seconds shared as ``solve()`` shares them.

    Block ``i`` of ``n`` gets (seconds left)/(n − i), as ``solver.blocks.solve_blocks`` gives one
    block at a time; then, as ``solver.blocks._second_chance`` does, each block stopped by its share
    runs again from its best plan — a fresh solver reading the file, as staffopt builds a fresh
    model — with the time left shared over the stopped blocks (none when less than 1 s is left
    each), the better outcome kept. Returns one figure dict per block, the second run's seconds
    added (``second_run`` True when it ran).
    """
    spent = 0.0
    done: list[dict[str, Any]] = []
    for i, (path, offset) in enumerate(zip(files, offsets, strict=True)):
        run = raw_solve(backend, path, offset=offset, seconds=(limit - spent) / (len(files) - i),
                        gap=gap, seed=seed, threads=threads)
        spent += run["solve_s"]
        done.append({**run, "second_run": False})
    again = [i for i, run in enumerate(done) if run["status"] == TIME_LIMIT]
    for n, i in enumerate(again):
        share = (limit - spent) / (len(again) - n)
        if share < 1.0:
            break
        old = done[i]
        new = raw_solve(backend, files[i], offset=offsets[i], seconds=share, start=old["x"], gap=gap,
                        seed=seed, threads=threads)
        spent += new["solve_s"]
        better = new["x"] is not None and (
            old["x"] is None or new["status"] == OPTIMAL or new["objective"] <= old["objective"])
        kept = new if better else old
        done[i] = {**kept, "second_run": True,
                   **{key: old[key] + new[key] for key in SECONDS}}
    return done


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Summed figures of ``runs`` (one per block: ``status``, ``objective``, ``bound``, seconds)."""
    statuses: dict[str, int] = {}
    for run in runs:
        statuses[run["status"]] = statuses.get(run["status"], 0) + 1
    have = all(run["objective"] is not None for run in runs)
    primal = sum(run["objective"] for run in runs) if have else None
    gaps = [abs(run["objective"] - run["bound"]) / max(abs(run["objective"]), 1e-9)
            for run in runs if run["objective"] is not None and run["bound"] is not None]
    return {"blocks": len(runs), "objective": primal, "first_stage": primal,
            "gap": max(gaps, default=None), "not_optimal": sum(run["status"] != OPTIMAL for run in runs),
            "status": ", ".join(f"{k} x{v}" for k, v in statuses.items()),
            "second_runs": sum(bool(run["second_run"]) for run in runs),
            **{key: sum(run[key] for run in runs) for key in SECONDS}}


# ------------------------------------------------------------------------------------------
# workers (a fresh subprocess each)
# ------------------------------------------------------------------------------------------
def worker_staffopt(case: str, cls: str, backend: str, args: argparse.Namespace) -> dict[str, Any]:
    """staffopt's path on the first ``--provinces`` blocks; then the blocks' MPS files for the raw run."""
    from staffopt.instance import build_instance
    from staffopt.model import STAGES, build_model
    from staffopt.solver.blocks import province_blocks, solve_blocks
    from staffopt.solver.compile import compile_model
    from staffopt.solver.deadline import Deadline
    from staffopt.solver.solve import solve_block

    data = _data(case)
    settings = data.parameters.with_overrides({
        "solver.gap": args.gap, "solver.time_limit": args.time_limit, "solver.seed": 0,
        "solver.threads": 1, "solver.backend": backend, **CLASSES[cls]})
    blocks = province_blocks(build_instance(data, settings))[:args.provinces]
    stages = STAGES[settings.str("objective")]
    second: set[str] = set()

    def progress(stage: str, info: dict[str, Any]) -> None:
        if "more time" in str(info.get("block", "")):
            second.add(str(info["block"]))

    load = os.getloadavg()[0]
    limit = args.time_limit * len(blocks)  # solver.time_limit of a run of these blocks
    parts = solve_blocks(blocks, Deadline(limit), progress, solve_block, workers=1)
    gaps = [p.gap for p in parts if p.gap is not None]
    statuses: dict[str, int] = {}
    for p in parts:
        statuses[str(p.status)] = statuses.get(str(p.status), 0) + 1
    out: dict[str, Any] = {
        "case": case, "class": cls, "backend": backend, "path": "staffopt", "blocks": len(parts),
        "load": load, "limit_s": limit, "stages": list(stages),
        "solve_cpu_s": sum(p.timings.get("solve_cpu_seconds", 0.0) for p in parts),
        "solve_s": sum(p.timings.get("solve_seconds", 0.0) for p in parts),
        "objective": (sum(p.objective for p in parts if p.objective is not None)
                      if all(p.objective is not None for p in parts) else None),
        "first_stage": (sum(p.values[stages[0]] for p in parts)
                        if all(stages[0] in p.values for p in parts) else None),
        "gap": max(gaps, default=None), "status": ", ".join(f"{k} x{v}" for k, v in statuses.items()),
        "not_optimal": sum(str(p.status) != OPTIMAL for p in parts), "second_runs": len(second),
        "peak_rss_mb": _peak_rss_mb(),
    }
    offsets = []
    for i, block in enumerate(blocks):  # the build is deterministic: the matrix solve_block handed over
        compiled = compile_model(build_model(block))
        write_block_file(compiled, stages[0], backend, Path(args.mps) / f"block{i:02d}.mps")
        offsets.append(compiled.offsets[stages[0]] if backend in ("scip", "cbc") else 0.0)
    (Path(args.mps) / "offsets.json").write_text(json.dumps(offsets))
    return out


def worker_raw(case: str, cls: str, backend: str, args: argparse.Namespace) -> dict[str, Any]:
    """The solver alone on the files :func:`worker_staffopt` wrote (see :func:`raw_blocks`)."""
    files = sorted(Path(args.mps).glob("block*.mps"))
    offsets = json.loads((Path(args.mps) / "offsets.json").read_text())
    load = os.getloadavg()[0]
    limit = args.time_limit * len(files)
    runs = raw_blocks(backend, files, offsets, gap=args.gap, seed=0, threads=1, limit=limit)
    return {"case": case, "class": cls, "backend": backend, "path": "raw", "load": load, "limit_s": limit,
            **_summary(runs), "mps_mb": sum(p.stat().st_size for p in files) / 1e6,
            "peak_rss_mb": _peak_rss_mb()}


def _run_worker(kind: str, case: str, cls: str, backend: str, mps: str,
                args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", kind, "--case", case, "--cls", cls, "--backend", backend,
           "--mps", mps, "--provinces", str(args.provinces), "--gap", repr(args.gap),
           "--time-limit", repr(args.time_limit)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"case": case, "class": cls, "backend": backend, "path": kind,
                "error": done.stderr.strip().splitlines()[-5:]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# ------------------------------------------------------------------------------------------
# the table
# ------------------------------------------------------------------------------------------
def agree(a: float | None, b: float | None, gap: float) -> bool | None:
    """Whether two objectives, each within ``gap`` of the optimum, agree: |a − b| ≤ gap·max(|a|, |b|)."""
    if a is None or b is None:
        return None
    return abs(a - b) <= gap * max(abs(a), abs(b)) + 1e-9


def _num(value: Any, form: str) -> str:
    return "-" if value is None else format(value, form)


def _row(f: dict[str, Any]) -> str:
    head = f"{f['case']:8s} {f['class']:14s} {f['backend']:5s} {f['path']:8s}"
    if "error" in f:
        return f"{head} FAILED: " + " | ".join(f["error"])
    read = f" (+ read {f['read_cpu_s']:.2f} s CPU)" if "read_cpu_s" in f else ""
    second = f"; {f['second_runs']} second run(s)" if f["second_runs"] else ""
    return (f"{head} {f['blocks']:2d} block(s): {f['solve_cpu_s']:7.2f} s CPU {f['solve_s']:7.2f} s wall"
            f"{read}; objective {_num(f['objective'], ',.1f')}; largest block gap {_num(f['gap'], '.1e')}; "
            f"{f['status']}{second}; peak {f['peak_rss_mb']:.0f} MB; load {f['load']:.2f}")


def compare(case: str, cls: str, found: dict[tuple[str, str], dict[str, Any]],
            gap: float) -> tuple[list[str], dict[str, Any]]:
    """Whether each backend's objectives agree with its raw run, and which is faster: lines and figures."""
    lines = []
    figures: dict[str, Any] = {"case": case, "class": cls}
    for backend in sorted({b for b, _ in found}, key=BACKENDS.index):
        s, r = found[backend, "staffopt"], found[backend, "raw"]
        if "error" in s or "error" in r:
            continue
        ok = agree(s["first_stage"], r["first_stage"], gap)
        diff = (None if s["first_stage"] is None or r["first_stage"] is None
                else (r["first_stage"] - s["first_stage"]) / max(abs(s["first_stage"]), 1e-9))
        cover = ("the same stage" if len(s["stages"]) == 1
                 else f"stage {s['stages'][0]} only, compared with staffopt's value of it")
        lines.append(f"{case:8s} {cls:14s} {backend:5s} stages {'+'.join(s['stages'])}, raw run: {cover}; "
                     f"objectives agree within the gap {gap:g}: "
                     f"{ {True: 'yes', False: 'NO', None: '-'}[ok] } (raw − staffopt {_num(diff, '+.2e')}); "
                     f"raw / staffopt CPU {r['solve_cpu_s'] / max(s['solve_cpu_s'], 1e-9):.2f} "
                     f"({(r['solve_cpu_s'] + r['read_cpu_s']) / max(s['solve_cpu_s'], 1e-9):.2f} with "
                     "the file read, like with like for SCIP and CBC, whose stage solve reads its MPS)")
        figures[backend] = {"stages": s["stages"], "raw_stages": s["stages"][:1], "agree": ok,
                            "relative_difference": diff,
                            "raw_over_staffopt_cpu": r["solve_cpu_s"] / max(s["solve_cpu_s"], 1e-9),
                            "raw_with_read_over_staffopt_cpu":
                                (r["solve_cpu_s"] + r["read_cpu_s"]) / max(s["solve_cpu_s"], 1e-9)}
    for path in ("staffopt", "raw"):
        cpu = {b: f["solve_cpu_s"] for (b, p), f in found.items() if p == path and "error" not in f}
        if len(cpu) < 2:
            continue
        order = sorted(cpu, key=lambda b: (cpu[b], BACKENDS.index(b)))
        first, second = order[0], order[1]
        ratios = ", ".join(f"{b} {cpu[b] / max(cpu[first], 1e-9):.2f}x" for b in order[1:])
        lines.append(f"{case:8s} {cls:14s} fastest in CPU ({path}): {first} ({ratios} its CPU)")
        figures[f"faster_{path}"] = {"backend": first, "ratio": cpu[second] / max(cpu[first], 1e-9),
                                     "cpu_s": cpu}
    return lines, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--provinces", type=int, default=4, help="national province blocks (default 4)")
    parser.add_argument("--gap", type=float, default=0.001, help="relative MIP gap (default 0.001)")
    parser.add_argument("--time-limit", type=float, default=120.0,
                        help="seconds per block, shared over the blocks as solve() shares them (default 120)")
    parser.add_argument("--only", choices=["example", "national"], default=None)
    parser.add_argument("--classes", nargs="+", choices=list(CLASSES), default=list(CLASSES),
                        help="model classes (default all)")
    parser.add_argument("--backends", nargs="+", choices=BACKENDS, default=list(BACKENDS),
                        help="backends to compare (default all)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--worker", choices=["staffopt", "raw"], help=argparse.SUPPRESS)
    parser.add_argument("--case", choices=["example", "national"], help=argparse.SUPPRESS)
    parser.add_argument("--cls", choices=list(CLASSES), help=argparse.SUPPRESS)
    parser.add_argument("--backend", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--mps", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        run = worker_staffopt if args.worker == "staffopt" else worker_raw
        print(json.dumps(run(args.case, args.cls, args.backend, args)))
        return 0

    cases = [args.only] if args.only else ["example", "national"]
    header = (f"gap {args.gap:g}, 1 thread, seed 0, {args.time_limit:g} s per block shared over the blocks; "
              f"{os.cpu_count()} CPUs; load average at start {os.getloadavg()[0]:.2f}")
    if not args.json:
        print(header, flush=True)
    report: dict[str, Any] = {"gap": args.gap, "time_limit_per_block": args.time_limit,
                              "provinces": args.provinces, "cpus": os.cpu_count(),
                              "load_at_start": os.getloadavg()[0], "runs": [], "comparisons": []}
    for case in cases:
        for cls in args.classes:
            found: dict[tuple[str, str], dict[str, Any]] = {}
            for backend in args.backends:
                with tempfile.TemporaryDirectory(prefix="staffopt-backends-") as mps:
                    for path in ("staffopt", "raw"):
                        if path == "raw" and "error" in found[backend, "staffopt"]:
                            f = {"case": case, "class": cls, "backend": backend, "path": path,
                                 "error": ["no MPS files (the staffopt worker failed)"]}
                        else:
                            f = _run_worker(path, case, cls, backend, mps, args)
                        found[backend, path] = f
                        report["runs"].append(f)
                        if not args.json:
                            print(_row(f), flush=True)
            lines, figures = compare(case, cls, found, args.gap)
            report["comparisons"].append(figures)
            if not args.json:
                print("\n".join(lines), flush=True)
    report["load_at_end"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"load average at end {report['load_at_end']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
