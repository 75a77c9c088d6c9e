"""``staffopt solve``: read a workbook, solve one run, write its run folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from staffopt.commands.options import (
    gap_option,
    input_argument,
    lang_option,
    objective_option,
    out_option,
    set_option,
    time_limit_option,
)
from staffopt.errors import SolveError
from staffopt.schema import Lang

EPILOG = """\b
Examples:
  staffopt solve                                  # the shipped example
  staffopt solve my_province.xlsx --lang zh
  staffopt solve my_province.xlsx --set target.county=5000 --set posts.step=5
  staffopt solve my_province.xlsx --scenario fund_1pct --out reports/fund
  staffopt solve reports/my_province/plan.xlsx    # a report is also an input

\b
Exit status: 0 plan written (optimal, or the best plan found at the time limit);
2 bad input (sheet/row/column named, or --set / --scenario);
3 no plan (infeasible or nothing found in time): the run folder then holds only
summary.json with the status and the explanation.
"""


def option_overrides(
    sets: tuple[str, ...], objective: str | None, time_limit: float | None, gap: float | None
) -> dict[str, str]:
    """``--set`` pairs, then the dedicated options (which win over a ``--set`` of the same key)."""
    from staffopt.settings import parse_set_options

    overrides = parse_set_options(sets)
    if objective is not None:
        overrides["objective"] = objective
    if time_limit is not None:
        overrides["solver.time_limit"] = repr(float(time_limit))
    if gap is not None:
        overrides["solver.gap"] = repr(float(gap))
    return overrides


def _echo_result(result: Any, out_dir: Path, lang: Lang) -> None:
    gap = "-" if result.mip_gap is None else f"{result.mip_gap:.3%}"
    unit = "CNY 10k" if lang == "en" else "万元"
    objective = "-" if result.objective is None else f"{result.objective:,.2f} {unit}"
    click.echo(f"status: {result.status}  objective: {objective}  gap: {gap}  "
               f"solve time: {result.solve_seconds:.1f} s")
    from staffopt.report.labels import localized_messages

    for message in localized_messages(result.messages, result.messages_zh, lang):
        click.echo(f"  {message}")
    click.echo(f"report: {out_dir}")


@click.command("solve", epilog=EPILOG)
@input_argument(required=False)
@click.option("--scenario", default=None, metavar="NAME",
              help="Apply a scenario (scenarios sheet of the workbook, or a built-in preset).")
@set_option
@objective_option
@out_option
@time_limit_option
@gap_option
@lang_option
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
def solve_command(
    input_path: Path | None,
    scenario: str | None,
    overrides: tuple[str, ...],
    objective: str | None,
    out: Path | None,
    time_limit: float | None,
    gap: float | None,
    lang: Lang,
    quiet: bool,
) -> None:
    """Solve INPUT (default: the shipped example) and write the report folder.

    The folder reports/<input-stem>[-<scenario>]/ (or --out) receives plan.xlsx, summary.json
    and charts/; it is replaced only once the new report is complete. The input file is never
    written.
    """
    from staffopt.pipeline import default_input, default_out_dir, read_input, run_solve
    from staffopt.progress import Progress
    from staffopt.report import write_run_folder
    from staffopt.report.atomic import check_target

    progress = Progress(lang=lang, quiet=quiet)
    path = input_path if input_path is not None else default_input()
    settings_overrides = option_overrides(overrides, objective, time_limit, gap)
    out_dir = out if out is not None else default_out_dir(path, scenario)
    check_target(out_dir, [path])  # refuse before spending time on the solve
    try:
        progress.stage("read", file=str(path))
        data = read_input(path)
        result = run_solve(data, scenario=scenario, overrides=settings_overrides, on_progress=progress)
        write_run_folder(result, data, out_dir, lang, protect=[path], on_progress=progress)
        progress.stage("done", status=result.status)
    finally:
        progress.close()
    _echo_result(result, out_dir, lang)
    if not result.has_plan:
        why = "the reasons are listed above and in" if result.messages else "see"
        raise SolveError(f"no plan ({result.status}); {why} {out_dir / 'summary.json'}")


def register(group: click.Group) -> None:
    """Add ``solve`` to ``group``."""
    group.add_command(solve_command)
