"""``staffopt frontier`` as a library: solve along a range of one parameter and write the report.

The report folder holds ``frontier.xlsx`` (one row per step: the run's figures, what decides the
step, the marginal price of the step in readable units; under the table the flat stretches and
the steps reused) and ``charts/frontier``; it is written atomically. Steps whose plan is known
are not solved again (:mod:`staffopt.whatif.frontier_steps`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from staffopt.instance import InputData
from staffopt.results import Result
from staffopt.schema import Lang
from staffopt.settings import Settings
from staffopt.whatif.compare import CHARTS_DIR, protected_inputs
from staffopt.whatif.frontier_steps import Reuse
from staffopt.whatif.sweep import Job, OnResult, run_sweep

FRONTIER_FILE = "frontier.xlsx"


def frontier_runs(
    data: InputData, key: str, values: Sequence[float], scenario: str | None, overrides: Mapping[str, str],
    lang: Lang,
) -> tuple[list[Job], list[str]]:
    """One job per value of ``key`` (on ``scenario`` and ``overrides``) and the warnings for the run.

    Warnings: steps of the range that cannot change the plan
    (:func:`~staffopt.whatif.no_effect.ineffective_steps`), then the run's own
    (:func:`~staffopt.whatif.scenarios.run_notes`, for the overrides other than ``key``).
    """
    from staffopt.pipeline import effective_settings
    from staffopt.whatif.no_effect import ineffective_steps
    from staffopt.whatif.scenarios import run_notes
    from staffopt.whatif.sweep import frontier_jobs

    base = effective_settings(data, scenario, overrides)
    jobs = frontier_jobs(base, key, values)
    notes = ineffective_steps(key, values, [j.settings for j in jobs], lang)
    notes += run_notes(data, scenario, base, [k for k in overrides if k != key], lang)
    return jobs, notes


def run_frontier(
    data: InputData, key: str, values: Sequence[float], jobs: Sequence[Job], out_dir: Path, lang: Lang, *,
    workers: int | None = None, scheduler: str | None = None, on_result: OnResult | None = None,
    notes: Sequence[str] = (), on_reuse: Callable[[Reuse], None] | None = None,
) -> list[Result]:
    """Solve ``jobs`` (serially or on Dask, see :func:`~staffopt.whatif.sweep.run_sweep`), write ``out_dir``.

    Steps whose plan is known are reused, not solved again
    (:func:`~staffopt.whatif.frontier_steps.solve_steps`: where ``key`` has no effect, and — for
    a budget key — from the value on at which the plan with no budget limit meets every cap);
    ``on_reuse`` is told of each. Returns the results in the order of the jobs; ``notes`` go
    under the frontier table, followed by the flat stretches and the steps reused.
    """
    from staffopt.whatif.frontier_steps import solve_steps

    def run_jobs(pairs: list[tuple[str, Settings]]) -> list[Result]:
        return run_sweep(data, [Job(name, st) for name, st in pairs], workers=workers, scheduler=scheduler,
                         on_result=on_result)

    results, reuse = solve_steps(data, key, values, [j.settings for j in jobs], run_jobs,
                                 names=[j.name for j in jobs])
    for r in reuse:
        if r is not None and on_reuse is not None:
            on_reuse(r)
    write_frontier_folder(data, key, values, results, out_dir, lang, notes=notes, reuse=reuse)
    return results


def write_frontier_folder(
    data: InputData, key: str, values: Sequence[float], results: Sequence[Result], out_dir: Path, lang: Lang,
    *, notes: Sequence[str] = (), reuse: Sequence[Reuse | None] | None = None,
) -> Path:
    """Write ``out_dir``: frontier workbook and chart (atomically).

    Under the table: ``notes``, then the flat stretches (which constraint holds the plan flat)
    and how many steps were reused.
    """
    from staffopt.report.atomic import atomic_folder, check_target
    from staffopt.report.charts import save_chart
    from staffopt.whatif.frontier_steps import flat_stretches, summary_line
    from staffopt.whatif.metrics import frontier_table
    from staffopt.whatif.report import frontier_chart, write_frontier_workbook

    check_target(out_dir, protected_inputs(data))
    frame = frontier_table(key, values, results, reuse)
    every = [*notes, *flat_stretches(key, values, results, lang)]
    reused = summary_line(reuse or [], lang)
    if reused:
        every.append(reused)
    with atomic_folder(out_dir) as tmp:
        write_frontier_workbook(tmp / FRONTIER_FILE, frame, key, lang, notes=every)
        if any(r.has_plan for r in results):
            (tmp / CHARTS_DIR).mkdir()
            save_chart(frontier_chart(frame, key, lang), tmp / CHARTS_DIR, "frontier")
    return out_dir
