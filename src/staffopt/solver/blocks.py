"""Independent blocks: when the model separates by province, solve each province on its own.

In the fiscal regime (every budget row is one office), with no budget limit, or in the fund
regime with one pool per province, no row links two provinces: the shared platform, the budget
rows and every office family stay inside a province, and the cost and weighted-unmet objectives
are sums over provinces. The MIP is then block-diagonal and the plan of each province can be
optimised alone — exactly the same optimum, found far faster by HiGHS (measured in
``docs/model.md``). The ``equity`` objective (a maximum over all offices) and a fund pool spanning
the whole instance do link provinces and are solved as one model.

Time sharing (:func:`solve_blocks`): the run's solver time (:class:`~staffopt.solver.deadline.Deadline`,
``solver.time_limit``) is shared out over the blocks — each gets what is left divided by the
blocks still to solve, so unused time rolls over — and blocks stopped by their share get a
second chance with the time the others left over.
"""

from __future__ import annotations

import math
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import numpy as np

from staffopt.instance import Instance
from staffopt.model import STAGES
from staffopt.results import Status
from staffopt.results.tables import Marginals, Solution
from staffopt.solver.deadline import Deadline
from staffopt.solver.diagnose.explain import Diagnosis
from staffopt.solver.diagnose.text import Msg
from staffopt.solver.stages import Progress
from staffopt.tolerances import ZERO


def separable(instance: Instance) -> bool:
    """True when no row or objective links two provinces (see module docstring)."""
    st = instance.settings
    if st.str("objective") == "equity":
        return False
    regime = st.str("budget.regime")
    return regime in ("fiscal", "none") or (regime == "fund" and st.str("budget.pool") == "province")


def province_blocks(instance: Instance) -> list[Instance]:
    """One sub-instance per province (offices in input order, same targets and settings).

    Targets are kept from the whole instance (they depend on each level's base-year ratio over
    all offices), so each block's model is exactly its province's part of the whole model.
    """
    provinces = instance.provinces
    if len(provinces) <= 1 or not separable(instance):
        return [instance]
    blocks = []
    for p in provinces:
        ids = {o.id for o in instance.offices if o.province == p}
        pools = {instance.pool_of[o] for o in ids}
        blocks.append(replace(
            instance,
            offices=tuple(o for o in instance.offices if o.id in ids),
            workload={k: v for k, v in instance.workload.items() if k[0] in ids},
            appropriation={k: v for k, v in instance.appropriation.items() if k[0] in ids},
            pool_of={o: instance.pool_of[o] for o in ids},
            fund_spend={k: v for k, v in instance.fund_spend.items() if k[0] in pools},
            standard_posts={k: v for k, v in instance.standard_posts.items() if k[0] in ids},
            locks=tuple(lock for lock in instance.locks if lock.office in ids),
        ))
    return blocks


#: Keys of :attr:`Result.timings` (each also with ``_cpu`` before ``_seconds``).
TIMING_PARTS = ("build", "compile", "pass", "solve", "marginals", "diagnose")


@dataclass
class BlockOutcome:
    """One independently solved block (a province, or the whole instance)."""

    status: Status
    messages: list[Msg]
    solution: Solution | None = None
    marginals: Marginals = field(default_factory=Marginals)
    objective: float | None = None
    dual_bound: float | None = None
    gap: float | None = None
    values: dict[str, float] = field(default_factory=dict)
    build_seconds: float = 0.0
    solve_seconds: float = 0.0
    size: dict[str, int] = field(default_factory=dict)
    x: np.ndarray | None = None  # final plan, column order of the block's compiled model
    timings: dict[str, float] = field(default_factory=dict)  # see Result.timings
    diagnosis: Diagnosis | None = None  # conflicts of an infeasible block (explained after merging)


#: A starting plan: column values of the block's own model, or variable values by (name, index).
Start = np.ndarray | dict[tuple[str, Any], float] | None


class SolveBlock(Protocol):
    """Solves one block: its stages within ``seconds`` drawn from ``deadline``, from ``start``."""

    def __call__(self, instance: Instance, progress: Progress, time_limit: float,
                 start: Start = None, deadline: Deadline | None = None, built: Any = None,
                 marginals: bool = True) -> BlockOutcome:
        """Build, solve and read back ``block`` (its marginal values unless ``marginals`` is False)."""
        ...


def block_workers(blocks: int, threads: int) -> int:
    """Blocks solved at the same time: one per free core (``solver.threads`` cores each), at most 2.

    Two is what the work allows: all Python work (building, reading back) is serialised
    (:meth:`~staffopt.solver.deadline.Deadline.python_work`), so one thread builds while the
    other's solver runs; a third would mostly wait for the Python lock.
    """
    cores = os.cpu_count() or 1
    return max(1, min(blocks, 2, cores // max(1, threads)))


def solve_blocks(
    blocks: list[Instance], deadline: Deadline, progress: Progress, solve_block: SolveBlock,
    workers: int = 1,
) -> list[BlockOutcome]:
    """Solve every block with its share of the run's solver time, then give stopped blocks the rest.

    Block ``i`` of ``n`` gets ``(solver time left)·w / (n − i)`` for its stages when it starts, ``w``
    the blocks solved side by side (``min(workers, n − i)``; they share the deadline's clock); see
    :func:`_second_chance` for the time left over. With several blocks each progress report
    carries ``block`` ("2/31"). ``workers`` > 1 solves that many blocks at once on threads (see
    :func:`block_workers`); each block's plan is the same either way — only the time shares of
    blocks stopped by the time limit can differ, since they depend on when the others finish.
    """
    n = len(blocks)
    workers = max(1, workers)
    results: list[BlockOutcome | None] = [None] * n
    if workers > 1 and n > 1:
        progress = locked_progress(progress)
    turn = threading.Lock()
    queue = iter(range(n))

    def work() -> None:
        while True:
            with turn:
                i = next(queue, None)
                if i is None:
                    return
                share = deadline.left() * min(workers, n - i) / (n - i)  # blocks side by side share the clock
            tagged = progress if n == 1 else tagged_progress(progress, f"{i + 1}/{n}")
            with deadline.python_work():
                results[i] = solve_block(blocks[i], tagged, share, None, deadline)

    if workers > 1 and n > 1:
        with ThreadPoolExecutor(max_workers=min(workers, n), thread_name_prefix="staffopt-block") as pool:
            for future in [pool.submit(work) for _ in range(min(workers, n))]:
                future.result()
    else:
        work()
    parts = [part for part in results if part is not None]
    _second_chance(blocks, parts, deadline, progress, solve_block)
    return parts


def locked_progress(progress: Progress) -> Progress:
    """``progress`` called by one thread at a time (blocks on threads report concurrently)."""
    lock = threading.Lock()

    def report(stage: str, info: dict[str, Any]) -> None:
        with lock:
            progress(stage, info)

    return report


def merge(parts: list[BlockOutcome]) -> tuple[Solution, Marginals]:
    """One plan and one set of marginal values from the blocks' (each block has its own keys)."""
    office_year: dict[str, dict[tuple[str, int], float]] = {}
    platform: dict[tuple[str, int], float] = {}
    workload: dict[tuple[str, int], float] = {}
    budget: dict[tuple[str, int], float] = {}
    for part in parts:
        assert part.solution is not None
        for name, values in part.solution.office_year.items():
            office_year.setdefault(name, {}).update(values)
        platform.update(part.solution.platform)
        workload.update(part.marginals.workload)
        budget.update(part.marginals.budget)
    return Solution(office_year=office_year, platform=platform), Marginals(workload=workload, budget=budget)


def combined_gap(parts: list[BlockOutcome]) -> float | None:
    """Relative gap of the merged plan: (Σ objective − Σ dual bound) / |Σ objective|."""
    if len(parts) == 1:
        return parts[0].gap
    if any(p.objective is None or p.dual_bound is None for p in parts):
        return None
    primal = sum(p.objective or 0.0 for p in parts)
    dual = sum(p.dual_bound or 0.0 for p in parts)
    return abs(primal - dual) / max(abs(primal), ZERO) if primal else 0.0


def _second_chance(
    blocks: list[Instance], parts: list[BlockOutcome], deadline: Deadline, progress: Progress,
    solve_block: SolveBlock,
) -> None:
    """Give provinces stopped by their share of the time limit the time the others left over.

    Each is solved again from its best plan so far (same column order: same instance, same
    build), with the leftover time shared out; the better outcome is kept.
    """
    if len(blocks) == 1:
        return
    again = [i for i, p in enumerate(parts) if p.status == Status.TIME_LIMIT]
    for n, i in enumerate(again):
        share = deadline.left() / (len(again) - n)
        if share < 1.0:
            return
        old = parts[i]
        label = f"{i + 1}/{len(blocks)} (more time)"
        new = solve_block(blocks[i], tagged_progress(progress, label), share, old.x, deadline)
        new.solve_seconds += old.solve_seconds
        new.build_seconds += old.build_seconds
        new.timings = summed_timings([old.timings, new.timings])
        stages = STAGES[blocks[i].settings.str("objective")]
        better = new.solution is not None and (
            old.solution is None or new.status == Status.OPTIMAL
            or [new.values.get(s, math.inf) for s in stages] <= [old.values.get(s, math.inf) for s in stages])
        if better:
            parts[i] = new
        else:
            old.solve_seconds = new.solve_seconds
            old.build_seconds = new.build_seconds
            old.timings = new.timings


def summed_timings(parts: list[dict[str, float]]) -> dict[str, float]:
    """Seconds per key of :attr:`Result.timings`, summed over ``parts`` (0 for a part not run)."""
    keys = [f"{p}{cpu}_seconds" for p in TIMING_PARTS for cpu in ("", "_cpu")]
    return {key: sum(part.get(key, 0.0) for part in parts) for key in keys}


def tagged_progress(progress: Progress, label: str) -> Progress:
    """``progress`` with ``block=label`` added to every info dict."""

    def report(stage: str, info: dict[str, Any]) -> None:
        progress(stage, {**info, "block": label})

    return report
