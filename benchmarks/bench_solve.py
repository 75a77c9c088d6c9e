"""Solve benchmark: the shipped example and the national synthetic instance, Pyomo path vs raw HiGHS.

For each case, in a fresh subprocess (so peak memory is per case):

1. staffopt's own path, stage by stage — Pyomo build (``build_model``), hand-off (standard-form
   compile + ``Highs.passModel``), HiGHS solve (``run_stages``), results (solution read-back,
   marginal LP, tables) and the independent check (``check_plan``) — with the model size, the
   MIP gap, the objective and the peak RSS. The model passed to HiGHS is written to MPS.
2. the same MPS read and solved by highspy alone with the same options (time limit, gap,
   threads, seed): HiGHS without staffopt's build and hand-off. It is a reference, not a floor:
   the MPS rounds every number to 15 significant digits, which changes HiGHS's search, so its
   solve time may be lower or higher than staffopt's by luck of the search path (see
   ``benchmarks/README.md``).

Usage::

    python benchmarks/bench_solve.py                      # both cases, plain-text table
    python benchmarks/bench_solve.py --only example --json
    python benchmarks/bench_solve.py --only national --time-limit 300 --threads 2

Goals (checked and printed at the end): the example solves to a 0.1% gap in under 10 s end to
end; the national instance builds in under 30 s, solves to a 1% gap within 300 s and stays
under 4 GB; Pyomo build plus hand-off costs under 25% of the HiGHS time.

``--only issue12`` (or one of its names) runs the checks of issue 12 instead, each in its own
process, with the load average beside each figure:

* ``pool`` — the national instance in one fund pool at the default share, to a 0.1% gap:
  proven in <= 60 s wall and <= 1 GB;
* ``pool_binding`` — the same pool at 2% above what its fixed costs need (the pool binds):
  1% gap within 300 s;
* ``pool_binding_0051`` — the same at ``budget.fund_share`` 0.0051, the share issue 12 quotes as
  binding (its single model stopped at 34% gap after 120 s): 1% gap within 300 s; whether the pool
  binds is in the run's messages (no message: the split plan kept within the pool);
* ``pool_binding_5000`` — the same pool at the share that finances 5,000:1: the least-cost
  national plan for the load-ratio standard 5,000:1 at every level (``target.<level>``, as the
  ``ratio_*`` presets; a standard counts heads) with no budget limit, to a 0.1% gap; the share is
  the largest over years of that plan's cost over the year's fund spending
  (``staffopt.solver.pool.financing_shares``); then, in a fresh process, the pooled model with
  that standard at that share: 1% gap within 300 s;
* ``infeasible`` — ``staffopt solve`` on the national workbook (``init --example
  national_synthetic``) with the pool below its fixed costs: explained in <= 10 s;
* ``report`` — ``plan.xlsx`` of a national plan in <= 4 s (CPU);
* ``startup`` — ``staffopt --help`` and ``staffopt validate`` (example) in <= 0.4 s each;
* ``time_limit`` — ``--time-limit 5`` (fiscal and pooled): solver time <= 5.5 s; and the whole
  ``staffopt solve national.xlsx --time-limit 5`` from outside (wall and CPU seconds of the
  process, reading and report included: not bounded by the limit, printed for reference).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter, process_time
from typing import Any

#: Relative MIP gap each case is solved to (the goals).
CASE_GAP = {"example": 0.001, "national": 0.01}
#: Goals: end-to-end seconds (example), build seconds, HiGHS seconds and memory (national).
GOAL_EXAMPLE_TOTAL_S = 10.0
GOAL_NATIONAL_BUILD_S = 30.0
GOAL_NATIONAL_SOLVE_S = 300.0
GOAL_NATIONAL_RSS_MB = 4096.0
GOAL_OVERHEAD_SHARE = 0.25


def _peak_rss_mb() -> float:
    """Peak resident memory of this process, MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024.0 / (1024.0 if sys.platform == "darwin" else 1.0)


def _load(case: str) -> Any:
    """Input data of ``case``."""
    if case == "example":
        from staffopt.examples import EXAMPLES

        built = EXAMPLES["example_province"]()
        return built[0] if isinstance(built, tuple) else built
    from staffopt.synthetic import national_instance

    return national_instance()


def _settings(data: Any, case: str, args: argparse.Namespace) -> Any:
    # HiGHS on both sides of the staffopt-against-raw-highspy comparison; the default backend of a
    # national instance (auto: SCIP) is measured by the issue-12 checks and bench_backends.py
    overrides: dict[str, Any] = {"solver.gap": args.gap if args.gap is not None else CASE_GAP[case],
                                 "solver.seed": 0, "solver.backend": "highs"}
    if args.time_limit is not None:
        overrides["solver.time_limit"] = args.time_limit
    elif case == "national":
        overrides["solver.time_limit"] = GOAL_NATIONAL_SOLVE_S
    if args.threads is not None:
        overrides["solver.threads"] = args.threads
    return data.parameters.with_overrides(overrides)


# ------------------------------------------------------------------------------------------
# workers (run in a subprocess each)
# ------------------------------------------------------------------------------------------
def _warm_up() -> None:
    """Compile a one-row model, so lazy imports (scipy, ~1.5 s) count as imports, not as hand-off."""
    import pyomo.environ as pyo

    from staffopt.solver.compile import compile_model

    m = pyo.ConcreteModel()
    m.x = pyo.Var(domain=pyo.NonNegativeIntegers, bounds=(0, 1))
    m.c = pyo.Constraint(expr=m.x <= 1)
    m.o = pyo.Objective(expr=m.x)
    compile_model(m)


def write_block_mps(instance: Any, case: str, mps_dir: str) -> int:
    """Write the model of every province block, as ``solve`` passes it to HiGHS, to MPS.

    Rebuilt with the public model API (``province_blocks``, ``build_model``, ``compile_model``,
    ``CompiledModel.to_lp`` with the first stage's costs) after the timed solve; the build is
    deterministic, so the matrix is the one ``solve`` handed over. Returns the number of files.
    """
    import highspy

    from staffopt.model import STAGES, build_model
    from staffopt.solver.blocks import province_blocks
    from staffopt.solver.compile import compile_model

    blocks = province_blocks(instance)
    for i, block in enumerate(blocks):
        first = STAGES[block.settings.str("objective")][0]
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.passModel(compile_model(build_model(block)).to_lp(first))
        h.writeModel(str(Path(mps_dir) / f"{case}-block{i:02d}.mps"))
    return len(blocks)


def worker_staffopt(case: str, mps_dir: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run ``staffopt.solver.solve.solve`` on ``case`` and report its own stage timings.

    The product path is measured as it is: ``solve`` itself runs — including its split into
    independent provinces (``staffopt.solver.blocks``) — and reports, in ``Result.timings``, the
    Pyomo build, the hand-off (standard-form compile + ``passModel``), HiGHS and the marginal LP,
    wall and CPU seconds summed over the blocks. Improving-plan progress events give the time to
    the first plan. The MPS files of the blocks are written afterwards (:func:`write_block_mps`).
    """
    started = perf_counter()
    from staffopt.instance import build_instance
    from staffopt.results.check import check_plan
    from staffopt.solver.solve import solve

    _warm_up()
    imported = perf_counter()
    data = _load(case)
    settings = _settings(data, case, args)
    instance = build_instance(data, settings)
    t_data = perf_counter()

    trace: list[tuple[float, float | None, float | None]] = []  # (s into solve(), objective, gap)

    def progress(stage: str, info: dict[str, Any]) -> None:
        if stage == "solve" and "gap" in info and "event" not in info:
            trace.append((round(perf_counter() - t_data, 2), info.get("objective"), info.get("gap")))

    cpu_started = process_time()
    result = solve(instance, on_progress=progress)
    end_to_end = perf_counter() - t_data
    solve_cpu = process_time() - cpu_started
    timing = result.timings
    size = result.model_size
    build = timing["build_seconds"]
    handoff = timing["compile_seconds"] + timing["pass_seconds"]
    out: dict[str, Any] = {
        "case": case, "path": "staffopt",
        "offices": len(instance.offices), "years": len(instance.years),
        "rows": size.get("constraints"), "cols": size.get("variables"),
        "integers": size.get("integer_variables"), "nonzeros": size.get("nonzeros"),
        "import_s": imported - started, "data_s": t_data - imported,
        "build_s": build, "handoff_s": handoff,
        "compile_s": timing["compile_seconds"], "pass_s": timing["pass_seconds"],
        "highs_s": result.solve_seconds,
        # per-block wall seconds add up only when blocks run one at a time: with two blocks side by
        # side (solver.blocks.block_workers) the parts are CPU seconds of each block's own thread
        "results_s": end_to_end - build - handoff - result.solve_seconds,
        "solver_s": timing.get("solver_seconds"), "solve_call_cpu_s": solve_cpu,
        "solve_call_s": end_to_end, "total_s": end_to_end + (t_data - imported),
        "status": result.status, "objective": result.objective, "mip_gap": result.mip_gap,
        "gap_goal": settings.float("solver.gap"), "time_limit": settings.float("solver.time_limit"),
        "threads": settings.int("solver.threads"), "messages": list(result.messages)[:3],
        # CPU seconds of this process (robust to other load on the machine; HiGHS: all threads)
        "build_cpu_s": timing["build_cpu_seconds"],
        "handoff_cpu_s": timing["compile_cpu_seconds"] + timing["pass_cpu_seconds"],
        "highs_cpu_s": timing["solve_cpu_seconds"],
        "first_plan_s": trace[0][0] if trace else None,
        "gap_trace_tail": trace[-5:],
    }
    t = perf_counter()
    problems = check_plan(instance, result) if result.has_plan else None
    out["check_s"] = perf_counter() - t
    out["check_violations"] = None if problems is None else len(problems)
    out["check_first"] = (problems or [])[:3]
    out["peak_rss_mb"] = _peak_rss_mb()
    out["blocks"] = write_block_mps(instance, case, mps_dir)
    if out["blocks"] > 1:  # blocks were solved two at a time: wall parts overlap, use CPU
        out["results_s"] = None
        out["results_cpu_s"] = solve_cpu - out["build_cpu_s"] - out["handoff_cpu_s"] - out["highs_cpu_s"]
    else:
        out["results_cpu_s"] = solve_cpu - out["build_cpu_s"] - out["handoff_cpu_s"] - out["highs_cpu_s"]
    return out


def worker_raw(case: str, mps_dir: str, args: argparse.Namespace) -> dict[str, Any]:
    """Read every block's MPS into highspy alone and solve it with the same options.

    The time limit is shared over the blocks as ``staffopt.solver.solve`` shares it (what is left over
    the blocks still to solve), and blocks stopped by their share get the same second run from their
    best plan (fair: staffopt's path gets it too); the gap of the whole is (Σ primal − Σ dual bound) /
    Σ primal. Compare CPU seconds: staffopt solves two blocks at a time on two cores.
    """
    import highspy

    data = _load(case)
    settings = _settings(data, case, args)
    files = sorted(Path(mps_dir).glob(f"{case}-block*.mps"))
    limit = settings.float("solver.time_limit")
    totals = {"read": 0.0, "solve": 0.0, "cpu": 0.0, "primal": 0.0, "dual": 0.0}
    statuses: dict[str, int] = {}
    solvers: list[Any] = []
    for i, path in enumerate(files):
        h = highspy.Highs()
        solvers.append(h)
        h.setOptionValue("output_flag", bool(args.keep))
        if args.keep:  # the HiGHS log, for reading where the time goes
            h.setOptionValue("log_to_console", False)
            h.setOptionValue("log_file", str(Path(mps_dir) / f"{path.stem}-highspy.log"))
        h.setOptionValue("threads", settings.int("solver.threads"))
        h.setOptionValue("random_seed", settings.int("solver.seed"))
        h.setOptionValue("time_limit", max(0.1, (limit - totals["solve"]) / (len(files) - i)))
        h.setOptionValue("mip_rel_gap", settings.float("solver.gap"))
        started = perf_counter()
        h.readModel(str(path))
        read, read_cpu = perf_counter(), process_time()
        h.run()
        solved, solved_cpu = perf_counter(), process_time()
        totals["read"] += read - started
        totals["solve"] += solved - read
        totals["cpu"] += solved_cpu - read_cpu
    # the same second chance as staffopt's (solver.blocks._second_chance): blocks stopped by their
    # share run again from their best plan with the time the others left over
    stopped = [h for h in solvers if h.getModelStatus() == highspy.HighsModelStatus.kTimeLimit]
    for n, h in enumerate(stopped):
        share = (limit - totals["solve"]) / (len(stopped) - n)
        if share < 1.0:
            break
        h.setOptionValue("time_limit", share)
        best = h.getSolution().col_value
        if h.getInfo().primal_solution_status == highspy.SolutionStatus.kSolutionStatusFeasible:
            h.setSolution(h.getNumCol(), list(range(h.getNumCol())), best)
        started, started_cpu = perf_counter(), process_time()
        h.run()
        totals["solve"] += perf_counter() - started
        totals["cpu"] += process_time() - started_cpu
    for h in solvers:
        info = h.getInfo()
        status = h.modelStatusToString(h.getModelStatus())
        statuses[status] = statuses.get(status, 0) + 1
        totals["primal"] += float(info.objective_function_value)
        totals["dual"] += float(info.mip_dual_bound)
    gap = abs(totals["primal"] - totals["dual"]) / max(abs(totals["primal"]), 1e-9)
    return {
        "case": case, "path": "highspy", "blocks": len(files), "read_s": totals["read"],
        "highs_s": totals["solve"], "highs_cpu_s": totals["cpu"],
        "status": ", ".join(f"{k} x{v}" for k, v in statuses.items()),
        "objective": totals["primal"], "mip_gap": gap, "peak_rss_mb": _peak_rss_mb(),
        "mps_mb": sum(p.stat().st_size for p in files) / 1e6,
    }


# ------------------------------------------------------------------------------------------
# issue 12: the national fund pool, infeasibility, the report, start-up, the time limit
# ------------------------------------------------------------------------------------------
#: The checks of issue 12, each run in its own subprocess (``--only NAME`` or ``--only issue12``).
ISSUE12 = ("pool", "pool_binding", "pool_binding_0051", "pool_binding_5000", "infeasible", "report",
           "startup", "time_limit")
#: The share issue 12 quotes as binding for the national pool (the run's messages say if it binds).
ISSUE_BINDING_SHARE = 0.0051
#: The load ratio whose financing share issue 12 asks a binding pool at (person-times per head, every level).
FINANCED_RATIO = 5000.0
#: Solver time of the derivation of that share (set-up of the check, not one of its goals).
DERIVE_LIMIT_S = 1800.0
GOAL_POOL_WALL_S, GOAL_POOL_GAP, GOAL_POOL_RSS_MB = 60.0, 0.001, 1024.0
GOAL_BINDING_S, GOAL_BINDING_GAP = 300.0, 0.01
GOAL_INFEASIBLE_S = 10.0
GOAL_REPORT_S = 4.0
GOAL_STARTUP_S = 0.4
GOAL_TIME_LIMIT_SHARE = 1.10
ROOT = Path(__file__).resolve().parent.parent


def _goal(goal: str, value: Any, met: bool) -> dict[str, Any]:
    return {"goal": goal, "value": value, "met": bool(met)}


#: ``solver.backend`` of the issue-12 checks (``--backend``).
BACKEND = {"solver.backend": "auto"}


def _national(overrides: dict[str, Any]) -> Any:
    from staffopt.instance import build_instance
    from staffopt.synthetic import national_instance

    data = national_instance()
    return build_instance(data, data.parameters.with_overrides({"solver.seed": 0, **BACKEND, **overrides}))


def _timed_solve(
    instance: Any, pool_events: list[dict[str, Any]] | None = None,
) -> tuple[Any, dict[str, Any]]:
    """Solve ``instance``: figures of the run (``pool_events``: the fund pool's progress reports)."""
    from staffopt.solver.solve import solve

    def progress(stage: str, info: dict[str, Any]) -> None:
        if stage == "pool" and pool_events is not None:
            pool_events.append(info)

    load = os.getloadavg()[0]
    wall, cpu = perf_counter(), process_time()
    result = solve(instance, on_progress=progress)
    figures = {"wall_s": perf_counter() - wall, "cpu_s": process_time() - cpu, "status": str(result.status),
               "mip_gap": result.mip_gap, "objective": result.objective,
               "solver_s": result.timings.get("solver_seconds"), "load_before": load,
               "load_after": os.getloadavg()[0], "messages": list(result.messages)[:2]}
    return result, figures


def _floor_share(instance: Any) -> float:
    """The least ``budget.fund_share`` that pays the floor plan in every year (the fixed costs)."""
    from staffopt.model.sets import derive
    from staffopt.solver.diagnose.direct import floor_cost, floor_plan

    data = derive(instance)
    values = floor_plan(instance, data)
    pool = instance.pools[0]
    return max(sum(floor_cost(instance, data, values, o, t) for o in data.offices)
               / instance.fund_spend[pool, t] for t in data.years)


def _ratio_targets(ratio: float) -> dict[str, float]:
    """The load-ratio standard ``ratio``:1 at every level (``target.<level>``, as the ``ratio_*`` presets)."""
    from staffopt.schema import LEVELS

    return {f"target.{level}": ratio for level in LEVELS}


def _financing_share(ratio: float) -> dict[str, Any]:
    """The least fund share that pays the least-cost national plan for the standard ``ratio``:1.

    That plan is solved with no budget limit (``budget.regime=none``, ``target.<level>`` = ``ratio``
    for every level, the instance's other rules as they are, to the issue's proven 0.1 % gap);
    ``financing_shares`` gives each year's plan cost over that year's fund spending and the share
    is the largest of them (the pool rows are yearly).
    """
    from staffopt.solver.pool import financing_shares

    # the derivation is set-up, not a goal: a generous limit, so that a loaded machine still proves its gap
    free = _national({"budget.regime": "none", **_ratio_targets(ratio), "solver.gap": GOAL_POOL_GAP,
                      "solver.time_limit": DERIVE_LIMIT_S})
    plan, f = _timed_solve(free)
    derived = {f"derive_{k}": f[k]
               for k in ("status", "mip_gap", "objective", "wall_s", "cpu_s", "load_before", "load_after")}
    if plan.office_year.empty:  # no plan within the limit: no share to derive
        return {"fund_share": None, **derived}
    shares = financing_shares(free, plan)
    peak = max(shares, key=shares.__getitem__)
    rows = plan.office_year[~plan.office_year["is_base"].astype(bool)]
    by_year = rows.groupby("year")[["workload", "staff", "contract", "unmet"]].sum()
    heads = by_year["staff"] + by_year["contract"]
    return {
        "fund_share": shares[peak],
        "derived_as": (f"max over years of the plan's cost / fund spending; plan: least cost with "
                       f"target.<level> = {ratio:g} for every level, budget.regime=none, gap "
                       f"{GOAL_POOL_GAP:.1%}; peak year {peak[1]}"),
        "shares_by_year": {t: round(v, 6) for (_q, t), v in sorted(shares.items())},
        "nominal_ratio_by_year": {int(t): round(float(r)) for t, r in (by_year["workload"] / heads).items()},
        "unmet_share_by_year": {int(t): round(float(u), 4) for t, u in
                                (by_year["unmet"] / by_year["workload"]).items()},
        **derived,
    }


def _solve_national_workbook(options: list[str]) -> tuple[subprocess.CompletedProcess[str], dict[str, float]]:
    """``staffopt solve`` on the national workbook (``init --example national_synthetic``) with ``options``.

    Returns the finished process and its wall and CPU seconds (the child's, robust to other load)
    with the load average at the start; writing the workbook is not timed.
    """
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "national.xlsx"
        subprocess.run([sys.executable, "-m", "staffopt.cli", "init", str(book), "--example",
                        "national_synthetic"], check=True, capture_output=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        load, wall = os.getloadavg()[0], perf_counter()
        done = subprocess.run([sys.executable, "-m", "staffopt.cli", "solve", str(book), *options, "--out",
                               str(Path(tmp) / "run")], capture_output=True, text=True, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return done, {"wall_s": perf_counter() - wall, "load_before": load,
                  "cpu_s": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime}


def worker_issue12(case: str, args: argparse.Namespace) -> dict[str, Any]:
    """One check of issue 12 (see the module docstring); figures, load average and goals met."""
    out: dict[str, Any] = {"case": case}
    goals: list[dict[str, Any]] = []
    if case == "pool":  # default share: split by province, pool rows checked
        _, f = _timed_solve(_national({"budget.regime": "fund", "solver.gap": GOAL_POOL_GAP,
                                       "solver.time_limit": args.time_limit or 300.0}))
        out.update(f, peak_rss_mb=_peak_rss_mb())
        proven = f["status"] == "optimal" and f["mip_gap"] is not None and f["mip_gap"] <= GOAL_POOL_GAP
        goals.append(_goal(f"default pool proven to {GOAL_POOL_GAP:.1%} in <= {GOAL_POOL_WALL_S:g} s wall",
                           f["wall_s"], proven and f["wall_s"] <= GOAL_POOL_WALL_S))
        goals.append(_goal(f"default pool peak memory <= {GOAL_POOL_RSS_MB:g} MB", out["peak_rss_mb"],
                           out["peak_rss_mb"] <= GOAL_POOL_RSS_MB))
    elif case == "pool_binding_5000":  # derive the share, then the pooled solve in a fresh process
        out.update(_financing_share(FINANCED_RATIO))
        if out["fund_share"] is None:
            goals.append(_goal(f"the share that finances {FINANCED_RATIO:,.0f}:1 derived", None, False))
            out["goals"] = goals
            return out
        pooled = _run_issue12("pool_binding_at", args, ["--share", repr(out["fund_share"]),
                                                        "--ratio", repr(FINANCED_RATIO)])
        if "error" in pooled:
            out["error"] = pooled["error"]
        out.update({f"pooled_{k}": v for k, v in pooled.items() if k not in ("case", "goals", "fund_share")})
        goals.extend(pooled["goals"])
    elif case in ("pool_binding", "pool_binding_0051", "pool_binding_at"):  # the pool binds
        share = (1.02 * _floor_share(_national({"budget.regime": "fund"})) if case == "pool_binding"
                 else args.share if case == "pool_binding_at"
                 else ISSUE_BINDING_SHARE)  # 2 % above what the fixed costs need, or the issue's share
        ratio = _ratio_targets(args.ratio) if args.ratio is not None else {}
        pool_events: list[dict[str, Any]] = []
        _, f = _timed_solve(_national({"budget.regime": "fund", "budget.fund_share": share, **ratio,
                                       "solver.gap": GOAL_BINDING_GAP,
                                       "solver.time_limit": args.time_limit or GOAL_BINDING_S}), pool_events)
        checks = [e for e in pool_events if e.get("event") == "check"]
        proof = [e for e in pool_events if e.get("event") == "bounds"]
        out.update(f, fund_share=share, peak_rss_mb=_peak_rss_mb(),
                   binding_years=checks[0]["binding_years"] if checks else None,
                   lp_bound=proof[0]["lp"] if proof else None,
                   price_bound=proof[0]["priced"] if proof else None)
        ok = f["mip_gap"] is not None and f["mip_gap"] <= GOAL_BINDING_GAP
        # the goal is 300 s of wall time for the whole solve (it allowed 1.1 x before, the limit's extra)
        goals.append(_goal(f"pool at share {share:.5f} (binding years {out['binding_years']}) to "
                           f"{GOAL_BINDING_GAP:.0%} in <= {GOAL_BINDING_S:g} s wall", f["wall_s"],
                           ok and f["wall_s"] <= GOAL_BINDING_S))
    elif case == "infeasible":  # staffopt solve on the national workbook, pool below its fixed costs
        done, figures = _solve_national_workbook(["--set", "budget.regime=fund", "--set",
                                                  "budget.fund_share=0.002", "-q"])
        out.update(figures, exit=done.returncode, load_after=os.getloadavg()[0],
                   explanation=done.stdout.splitlines()[1:3])
        goals.append(_goal(f"national pool below fixed costs explained by staffopt solve in <= "
                           f"{GOAL_INFEASIBLE_S:g} s", out["wall_s"],
                           done.returncode == 3 and "fund-regime cap" in done.stdout
                           and out["wall_s"] <= GOAL_INFEASIBLE_S))
    elif case == "report":  # plan.xlsx of a national plan
        from staffopt.report.plan_book import write_plan_workbook

        inst = _national({"solver.gap": 0.02, "solver.time_limit": 600.0})
        result, _ = _timed_solve(inst)
        assert inst.data is not None
        with tempfile.TemporaryDirectory() as tmp:
            load, wall, cpu = os.getloadavg()[0], perf_counter(), process_time()
            write_plan_workbook(result, inst.data, Path(tmp) / "plan.xlsx", "en")
            out.update(wall_s=perf_counter() - wall, cpu_s=process_time() - cpu, load_before=load,
                       size_mb=(Path(tmp) / "plan.xlsx").stat().st_size / 1e6, rows=len(result.office_year))
        goals.append(_goal(f"national plan.xlsx in <= {GOAL_REPORT_S:g} s (CPU)", out["cpu_s"],
                           out["cpu_s"] <= GOAL_REPORT_S))
    elif case == "startup":  # fresh interpreters, best of 3
        example = ROOT / "data" / "example_province.xlsx"
        # Python compiles every module it has no bytecode for, at each start when it may not write
        # any (PYTHONDONTWRITEBYTECODE, as in some shells): that costs `validate` about 0.09 s.
        # An installed package has its bytecode (pip compiles it); so the figures are printed for
        # the environment as it is and, on a second line, with a bytecode cache (a private
        # PYTHONPYCACHEPREFIX, written by one untimed run first).
        pyc = ROOT / "src" / "staffopt" / "__pycache__" / f"cli.{sys.implementation.cache_tag}.pyc"
        out["src_bytecode"] = pyc.is_file()  # False: the first line's runs compile staffopt's modules
        with tempfile.TemporaryDirectory() as cache:
            cached_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            cached_env["PYTHONPYCACHEPREFIX"] = cache
            for label, env in (("", None), ("_cached", cached_env)):
                for name, cmd in ((f"help{label}_s", ["--help"]),
                                  (f"validate{label}_s", ["validate", str(example)])):
                    if env is not None:  # the untimed run that writes the cache
                        subprocess.run([sys.executable, "-m", "staffopt.cli", *cmd], capture_output=True,
                                       check=True, env=env)
                    times, cpus = [], []
                    for _ in range(3):
                        before = resource.getrusage(resource.RUSAGE_CHILDREN)
                        wall = perf_counter()
                        subprocess.run([sys.executable, "-m", "staffopt.cli", *cmd], capture_output=True,
                                       check=True, env=env)
                        times.append(perf_counter() - wall)
                        after = resource.getrusage(resource.RUSAGE_CHILDREN)
                        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
                    out[name] = min(times)
                    out[name.replace("_s", "_cpu_s")] = min(cpus)  # CPU of the process: robust to other load
                    where = " (bytecode cached, as installed)" if env is not None else ""
                    goals.append(_goal(
                        f"staffopt {cmd[0]} starts in <= {GOAL_STARTUP_S:g} s (whole process){where}",
                        out[name], out[name] <= GOAL_STARTUP_S))
        # the start of validate without reading the workbook: its imports (openpyxl brings numpy)
        times = []
        for _ in range(3):
            wall = perf_counter()
            subprocess.run([sys.executable, "-c", "import staffopt.cli, staffopt.reader"], check=True)
            times.append(perf_counter() - wall)
        out["validate_imports_s"] = min(times)
        out["load"] = os.getloadavg()[0]
    elif case == "time_limit":  # --time-limit 5: all solver work within 5 s + 10 %
        limit = args.time_limit or 5.0
        for name, extra in (("fiscal", {}), ("pool", {"budget.regime": "fund"})):
            _, f = _timed_solve(_national({"solver.time_limit": limit, **extra}))
            out[name] = f
            goals.append(_goal(f"{name}: solver time <= {GOAL_TIME_LIMIT_SHARE:.2f} x --time-limit {limit:g}",
                               f["solver_s"], f["solver_s"] <= GOAL_TIME_LIMIT_SHARE * limit))
        # the whole command from outside: reading, building and the report are not bounded by the
        # limit (what the solver time line of stdout is printed beside); figures for reference
        done, figures = _solve_national_workbook(["--time-limit", f"{limit:g}"])
        out["cli"] = {**figures, "exit": done.returncode,
                      "time_line": [x.strip() for x in done.stdout.splitlines() if "solver time" in x]}
    out["goals"] = goals
    return out


def _run_issue12(case: str, args: argparse.Namespace, more: list[str] | None = None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", "issue12", "--case", case, "--backend", args.backend,
           *(more or [])]
    if args.time_limit is not None:
        cmd += ["--time-limit", str(args.time_limit)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"case": case, "error": done.stderr.strip().splitlines()[-5:], "goals": []}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# ------------------------------------------------------------------------------------------
# driver
# ------------------------------------------------------------------------------------------
def _run_worker(kind: str, case: str, mps_dir: str, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", kind, "--case", case, "--mps", mps_dir]
    for flag, value in (("--time-limit", args.time_limit), ("--threads", args.threads), ("--gap", args.gap),
                        ("--keep", args.keep)):
        if value is not None:
            cmd += [flag, str(value)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"case": case, "path": kind, "error": done.stderr.strip().splitlines()[-5:]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import highspy
    import pyomo

    return {"nproc": os.cpu_count(), "cpu": cpu, "load_average_at_start": os.getloadavg(),
            "python": platform.python_version(), "pyomo": pyomo.version.version,
            "highspy": _version("highspy", highspy)}


def _version(name: str, module: Any) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # pragma: no cover - exotic installs
        return str(getattr(module, "__version__", "?"))


def _goals(case: str, s: dict[str, Any], raw: dict[str, Any]) -> list[dict[str, Any]]:
    goals: list[dict[str, Any]] = []
    if "error" in s:
        return goals
    gap = s.get("mip_gap")
    reached = s["status"] == "optimal" and gap is not None and gap <= s["gap_goal"] + 1e-12
    overhead = s["build_s"] + s["handoff_s"]
    if case == "example":
        goals.append({"goal": f"example to a {s['gap_goal']:.1%} gap in < {GOAL_EXAMPLE_TOTAL_S:g} s "
                              "end to end",
                      "value": s["total_s"], "met": reached and s["total_s"] < GOAL_EXAMPLE_TOTAL_S})
        with_imports = s["total_s"] + s["import_s"]
        goals.append({"goal": f"example, counting python imports too, < {GOAL_EXAMPLE_TOTAL_S:g} s",
                      "value": with_imports, "met": reached and with_imports < GOAL_EXAMPLE_TOTAL_S})
    else:  # blocks run two at a time: wall parts overlap, so the build goal is read in CPU seconds
        overhead = s["build_cpu_s"] + s["handoff_cpu_s"]
        goals.append({"goal": f"national build (Pyomo build + hand-off, CPU) < {GOAL_NATIONAL_BUILD_S:g} s",
                      "value": overhead, "met": overhead < GOAL_NATIONAL_BUILD_S})
        goals.append({"goal": f"national solve to a {s['gap_goal']:.0%} gap within "
                              f"{GOAL_NATIONAL_SOLVE_S:g} s",
                      "value": s["highs_s"], "met": reached and s["highs_s"] <= GOAL_NATIONAL_SOLVE_S})
        goals.append({"goal": f"national peak memory < {GOAL_NATIONAL_RSS_MB:g} MB",
                      "value": s["peak_rss_mb"], "met": s["peak_rss_mb"] < GOAL_NATIONAL_RSS_MB})
    highs = s["highs_s"] if case == "example" else s["highs_cpu_s"]
    share = overhead / highs if highs > 0 else float("inf")
    goals.append({"goal": f"{case}: Pyomo build + hand-off < {GOAL_OVERHEAD_SHARE:.0%} of HiGHS time",
                  "value": share, "met": share < GOAL_OVERHEAD_SHARE})
    return goals


def _fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and unit == "%":
        return f"{100 * value:.3f} %"
    if isinstance(value, float):
        text = f"{value:,.3f}" if abs(value) < 1000 else f"{value:,.0f}"
        return f"{text} {unit}".strip()
    if isinstance(value, int):
        return f"{value:,} {unit}".strip()
    return str(value)


ROWS: tuple[tuple[str, str, str, str], ...] = (
    # label, source (s = staffopt, r = raw), key, unit
    ("offices x years", "s", "offices", ""),
    ("independent blocks (provinces) solved", "s", "blocks", ""),
    ("rows", "s", "rows", ""),
    ("columns", "s", "cols", ""),
    ("integer columns", "s", "integers", ""),
    ("nonzeros", "s", "nonzeros", ""),
    ("data (generate + instance)", "s", "data_s", "s"),
    ("Pyomo build", "s", "build_s", "s"),
    ("hand-off (compile + passModel)", "s", "handoff_s", "s"),
    ("  of which standard-form compile", "s", "compile_s", "s"),
    ("  of which passModel", "s", "pass_s", "s"),
    ("HiGHS solve", "s", "highs_s", "s"),
    ("CPU: Pyomo build", "s", "build_cpu_s", "s"),
    ("CPU: hand-off", "s", "handoff_cpu_s", "s"),
    ("CPU: HiGHS solve", "s", "highs_cpu_s", "s"),
    ("results (read-back, marginal LP, tables)", "s", "results_s", "s"),
    ("CPU: results", "s", "results_cpu_s", "s"),
    ("solver time (what --time-limit bounds)", "s", "solver_s", "s"),
    ("CPU: solve() call", "s", "solve_call_cpu_s", "s"),
    ("solve() call (build .. tables)", "s", "solve_call_s", "s"),
    ("total end to end (data + solve())", "s", "total_s", "s"),
    ("python imports + first compile (not in total)", "s", "import_s", "s"),
    ("independent check", "s", "check_s", "s"),
    ("check violations", "s", "check_violations", ""),
    ("status", "s", "status", ""),
    ("MIP gap", "s", "mip_gap", "%"),
    ("first plan found after", "s", "first_plan_s", "s"),
    ("objective (CNY 10k)", "s", "objective", ""),
    ("peak RSS", "s", "peak_rss_mb", "MB"),
    ("raw highspy: blocks", "r", "blocks", ""),
    ("raw highspy: read MPS", "r", "read_s", "s"),
    ("raw highspy: solve", "r", "highs_s", "s"),
    ("raw highspy: CPU solve", "r", "highs_cpu_s", "s"),
    ("raw highspy: status", "r", "status", ""),
    ("raw highspy: MIP gap", "r", "mip_gap", "%"),
    ("raw highspy: objective (CNY 10k)", "r", "objective", ""),
    ("raw highspy: peak RSS", "r", "peak_rss_mb", "MB"),
)


def _table(report: dict[str, Any]) -> str:
    cases = report["cases"]
    names = [c["case"] for c in cases]
    lines = [f"staffopt solve benchmark — {report['machine']['nproc']} CPU(s), {report['machine']['cpu']}",
             f"python {report['machine']['python']}, pyomo {report['machine']['pyomo']}, "
             f"highspy {report['machine']['highspy']}, load average at start "
             + ", ".join(f"{x:.1f}" for x in report["machine"]["load_average_at_start"]), ""]
    width = 48
    lines.append("".ljust(width) + "".join(n.rjust(18) for n in names))
    for label, source, key, unit in ROWS:
        cells = []
        for c in cases:
            row = c["staffopt"] if source == "s" else c["highspy"]
            if key == "offices":
                value: Any = f"{row.get('offices', '-')} x {row.get('years', '-')}"
            else:
                value = row.get(key)
            cells.append(_fmt(value, unit).rjust(18))
        lines.append(label.ljust(width) + "".join(cells))
    for c in cases:
        for part in ("staffopt", "highspy"):
            if "error" in c[part]:
                lines.append(f"{c['case']} {part} FAILED: " + " | ".join(c[part]["error"]))
    lines.append("")
    lines.append("goals:")
    for c in cases:
        for g in c["goals"]:
            lines.append(f"  [{'met' if g['met'] else 'MISSED'}] {g['goal']}: {_fmt(g['value'])}")
    return "\n".join(lines)


def _issue12_table(found: dict[str, Any]) -> str:
    m = found["machine"]
    lines = [f"issue 12 checks (solver.backend {m.get('backend', 'auto')}) — {m['nproc']} CPU(s), "
             f"{m['cpu']}; load average at start "
             + ", ".join(f"{x:.1f}" for x in m["load_average_at_start"])]
    for check in found["checks"]:
        figures = {k: v for k, v in check.items() if k not in ("goals", "case")}
        lines.append(f"{check['case']}: " + "; ".join(f"{k} {_fmt(v)}" for k, v in figures.items()))
        for g in check["goals"]:
            lines.append(f"  [{'met' if g['met'] else 'MISSED'}] {g['goal']}: {_fmt(g['value'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["example", "national", "issue12", *ISSUE12], default=None,
                        help="run one case only (issue12: all of its checks)")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="HiGHS time limit per solve, seconds (default: the example's parameters; "
                             "national 300)")
    parser.add_argument("--threads", type=int, default=None, help="HiGHS threads (default: solver.threads)")
    parser.add_argument("--gap", type=float, default=None,
                        help="relative MIP gap (default 0.001 example, 0.01 national)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--backend", choices=["auto", "highs", "scip"], default="auto",
                        help="solver.backend of the issue12 checks (default auto, as staffopt's own)")
    parser.add_argument("--keep", metavar="DIR", default=None,
                        help="keep the MPS files and the raw HiGHS log in DIR")
    parser.add_argument("--worker", choices=["staffopt", "highspy", "issue12"], help=argparse.SUPPRESS)
    parser.add_argument("--case", choices=["example", "national", *ISSUE12, "pool_binding_at"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--share", type=float, help=argparse.SUPPRESS)  # pool_binding_at: budget.fund_share
    parser.add_argument("--ratio", type=float, help=argparse.SUPPRESS)  # pool_binding_at: target.<level>
    parser.add_argument("--mps", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker == "issue12":
        BACKEND["solver.backend"] = args.backend
        print(json.dumps(worker_issue12(args.case, args), default=str))
        return 0
    if args.worker:
        run = worker_staffopt if args.worker == "staffopt" else worker_raw
        print(json.dumps(run(args.case, args.mps, args)))
        return 0

    if args.only in ISSUE12 or args.only == "issue12":
        checks = ISSUE12 if args.only == "issue12" else (args.only,)
        found: dict[str, Any] = {"machine": {**_machine(), "backend": args.backend}, "checks": []}
        for case in checks:
            print(f"running {case} ...", file=sys.stderr, flush=True)
            found["checks"].append(_run_issue12(case, args))
        print(json.dumps(found, indent=2, default=str) if args.json else _issue12_table(found))
        return 0

    cases = [args.only] if args.only else ["example", "national"]
    report: dict[str, Any] = {"machine": _machine(), "cases": []}
    with tempfile.TemporaryDirectory(prefix="staffopt-bench-") as scratch:
        tmp = args.keep or scratch
        if args.keep:
            Path(args.keep).mkdir(parents=True, exist_ok=True)
        for case in cases:
            for old in Path(tmp).glob(f"{case}-block*"):  # files of an earlier run kept in DIR
                old.unlink()
            print(f"running {case} (staffopt path) ...", file=sys.stderr, flush=True)
            s = _run_worker("staffopt", case, tmp, args)
            print(f"running {case} (raw highspy on the MPS) ...", file=sys.stderr, flush=True)
            written = list(Path(tmp).glob(f"{case}-block*.mps"))
            r = _run_worker("highspy", case, tmp, args) if written else {
                "case": case, "path": "highspy", "error": ["no MPS file (staffopt worker failed)"]}
            report["cases"].append({"case": case, "staffopt": s, "highspy": r, "goals": _goals(case, s, r)})
    print(json.dumps(report, indent=2) if args.json else _table(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
