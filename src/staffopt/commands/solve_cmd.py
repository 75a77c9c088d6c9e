"""``staffopt solve``: read a workbook, solve one run, write its run folder."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

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
from staffopt.text import Msg, t

if TYPE_CHECKING:
    from staffopt.results import Result



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


def _echo_result(result: Result, out_dir: Path, lang: Lang, elapsed: float) -> None:
    """Status line(s) on stdout in ``lang``: the headline first, then the solver's figures.

    Line 1 is the status (a plan that leaves workload unmet says so and names the cause), line 2
    the headline figures (:func:`~staffopt.report.headline.headline`: total cost, its discounted
    value, every standard met, unmet workload, cost per person-time in 元); line 3 the penalty
    on unmet workload (apart: it is not money), the largest unmet share (``equity``), the
    solver's objective, the gap, the solver time and the elapsed time.
    """
    from staffopt.report.headline import headline
    from staffopt.report.labels import localized_messages
    from staffopt.schema import MONEY

    money = MONEY.text(lang)
    head = headline(result)
    gap = "-" if result.mip_gap is None else f"{result.mip_gap:.3%}"
    objective_value = "-" if result.objective is None else f"{result.objective:,.2f} {money}"
    click.echo(t("cli.field", lang, label=t("cli.result.status", lang), value=head.status_text(lang)))
    if head.has_plan:
        click.echo(head.line(lang))
    fields = []
    objective = result.settings.str("objective")
    terms = result.objective_terms
    if head.has_plan and objective == "cost":
        fields.append((t("headline.penalty.short", lang), f"{head.penalty_discounted or 0.0:,.2f} {money}"))
    if objective == "equity" and head.has_plan and terms.get("max_unmet_share") is not None:
        fields.append((t("cli.result.largest_unmet_share", lang), f"{terms['max_unmet_share']:.2%}"))
    label = t("cli.result.objective" if objective == "cost" else "cli.result.cost_objective", lang)
    limit = t("cli.seconds_g", lang, seconds=result.settings.float("solver.time_limit"))
    # no solver ran when the data alone proved the input infeasible: none is named, no time shown
    work = "-" if result.backend is None else t(
        "cli.solver_work", lang, seconds=t("cli.seconds", lang, seconds=solver_work(result)), limit=limit)
    fields += [(label, objective_value), (t("cli.result.gap", lang), gap),
               (t("cli.result.solver", lang), t(f"backend.{result.backend or 'none'}", lang)),
               (t("cli.result.solver_time", lang), work),
               (t("cli.result.elapsed", lang), t("cli.seconds", lang, seconds=elapsed))]
    click.echo("  ".join(t("cli.field", lang, label=k, value=v) for k, v in fields))
    for message in localized_messages(result.messages, result.messages_zh, lang):
        click.echo(f"  {message}")
    click.echo(t("cli.field", lang, label=t("cli.report", lang), value=out_dir))


def solver_work(result: Result) -> float:
    """Seconds during which a solver ran: what the time limit covers (stages, marginals, diagnosis)."""
    return result.timings.get("solver_seconds", result.solve_seconds)


def echo_notes(notes: Sequence[str], lang: Lang) -> None:
    """Echo each note (e.g. a parameter that has no effect) on stderr as a warning."""
    for note in notes:
        click.echo(t("cli.warning", lang, text=note), err=True)


def _echo_warnings(result: Result, lang: Lang) -> None:
    """The plan's warnings (:func:`~staffopt.report.quality.plan_warning_msgs`) on stderr, loudly."""
    from staffopt.report.quality import plan_warning_msgs

    for warning in plan_warning_msgs(result):
        click.echo(t("cli.plan_warning", lang, text=warning), err=True)


@click.command("solve")
@input_argument(required=False)
@click.option("--scenario", default=None, metavar="NAME")
@set_option
@objective_option
@out_option
@time_limit_option
@gap_option
@lang_option
@click.option("--quiet", "-q", is_flag=True)
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
    from staffopt.pipeline import (
        DEFAULT_EXAMPLE,
        default_input,
        default_out_dir,
        effective_settings,
        example_data,
        example_note,
        read_input,
        run_solve,
    )
    from staffopt.progress import Progress
    from staffopt.report import write_run_folder
    from staffopt.report.atomic import check_target
    from staffopt.report.provenance import collect, command_line
    from staffopt.whatif.scenarios import run_notes

    started = time.monotonic()
    progress = Progress(lang=lang, quiet=quiet)
    path = input_path if input_path is not None else default_input()  # None: not installed (wheel)
    name = Path(f"{DEFAULT_EXAMPLE}.xlsx") if path is None else path
    settings_overrides = option_overrides(overrides, objective, time_limit, gap)
    out_dir = out if out is not None else default_out_dir(name, scenario)
    protect = [] if path is None else [path]
    check_target(out_dir, protect)  # refuse before spending time on the solve
    provenance = collect(path, command_line(), input_name=f"{DEFAULT_EXAMPLE} (built in memory)")
    try:
        if path is None:
            click.echo(example_note(lang), err=True)
            data = example_data()
        else:
            progress.stage("read", file=str(path))
            data = read_input(path)
        settings = effective_settings(data, scenario, settings_overrides)
        notes = run_notes(data, scenario, settings, list(settings_overrides), lang)
        echo_notes(notes, lang)  # e.g. --set budget.fund_share under the fiscal regime: no effect
        result = run_solve(data, scenario=scenario, settings=settings, on_progress=progress)
        write_run_folder(result, data, out_dir, lang, protect=protect, on_progress=progress,
                         provenance=provenance)
        progress.stage("done", status=result.status)
    finally:
        progress.close()
    _echo_result(result, out_dir, lang, time.monotonic() - started)
    _echo_warnings(result, lang)
    if not result.has_plan:
        key = "cli.no_plan_reasons" if result.messages else "cli.no_plan"
        raise SolveError(Msg(key, status=Msg(f"status.{result.status}"), path=str(out_dir / "summary.json")))


def register(group: click.Group) -> None:
    """Add ``solve`` to ``group``."""
    group.add_command(solve_command)
