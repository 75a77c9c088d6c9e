"""What-if commands: ``staffopt scenarios``, ``staffopt compare`` and ``staffopt frontier``.

They parse options, print progress and results, and call the what-if package
(:mod:`staffopt.whatif.compare`, :mod:`staffopt.whatif.frontier`) for the work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

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
from staffopt.commands.solve_cmd import echo_notes, option_overrides
from staffopt.errors import SolveError
from staffopt.schema import Lang
from staffopt.text import Msg, current_lang, t

if TYPE_CHECKING:  # pandas, the report stack and the solver load only when a command runs
    from staffopt.instance import InputData
    from staffopt.results import Result
    from staffopt.whatif.sweep import Job

F = TypeVar("F", bound=Callable[..., Any])

workers_option = click.option(
    "--workers", type=click.IntRange(min=1), default=None, metavar="N",
)
scheduler_option = click.option(
    "--scheduler", default=None, metavar="tcp://HOST:PORT",
)


def _solver_options() -> Callable[[F], F]:
    """The options compare and frontier share (their --out help: ``help.<command>.opt.out``)."""
    def decorate(func: F) -> F:
        for option in reversed((set_option, time_limit_option, gap_option, objective_option,
                                workers_option, scheduler_option, out_option, lang_option)):
            func = option(func)
        return func
    return decorate


def _check_parallel(workers: int | None, scheduler: str | None) -> None:
    if workers is not None and scheduler is not None:
        raise click.UsageError(t("cli.workers_or_scheduler", current_lang()))


def _progress(lang: Lang) -> Callable[[int, Job, Result, int, int], None]:
    from staffopt.report.labels import status_text

    def report(_i: int, job: Job, result: Result, done: int, total: int) -> None:
        seconds = t("cli.seconds", lang, seconds=result.build_seconds + result.solve_seconds)
        click.echo(f"[{done}/{total}] {job.name}: {status_text(result.status, lang)} ({seconds})", err=True)
    return report


def _reused(jobs: Sequence[Job], lang: Lang) -> Callable[[Any], None]:
    """Tell on stderr that a frontier step was reused, not solved again, and why."""
    def report(reuse: Any) -> None:
        click.echo(f"[{t('cli.reused', lang)}] {jobs[reuse.step].name}: {reuse.text(lang)}", err=True)
    return report


def _input(input_path: Path | None) -> tuple[Path | None, Path]:
    """(workbook to read, or ``None`` for the built-in example; name for the default report folder).

    Without INPUT: the shipped example, as ``staffopt solve`` (built in memory when the workbook
    is not installed).
    """
    from staffopt.pipeline import DEFAULT_EXAMPLE, default_input

    path = input_path if input_path is not None else default_input()
    return path, (Path(f"{DEFAULT_EXAMPLE}.xlsx") if path is None else path)


def _load(path: Path | None, lang: Lang) -> InputData:
    """Read ``path``, or build the example in memory (saying so on stderr) when it is ``None``."""
    from staffopt.pipeline import example_data, example_note, read_input

    if path is not None:
        return read_input(path)
    click.echo(example_note(lang), err=True)
    return example_data()


def _provenance(path: Path | None) -> dict[str, Any]:
    """Provenance of this command reading ``path`` (``None``: the example built in memory)."""
    from staffopt.pipeline import DEFAULT_EXAMPLE
    from staffopt.report.provenance import collect, command_line

    return collect(path, command_line(), input_name=f"{DEFAULT_EXAMPLE} (built in memory)")


# ------------------------------------------------------------------------------------------
# staffopt scenarios
# ------------------------------------------------------------------------------------------
@click.command("scenarios")
@input_argument(required=False)
@lang_option
def scenarios_cmd(input_path: Path | None, lang: Lang) -> None:
    """List the built-in reform presets and the workbook's scenarios with their overrides."""
    from staffopt.pipeline import read_input
    from staffopt.whatif.report import source_text
    from staffopt.whatif.scenarios import (
        PRESETS,
        describe,
        scenario_names,
        scenario_overrides,
        scenario_source,
    )

    data = read_input(input_path) if input_path is not None else None
    for name in scenario_names(data):
        source = scenario_source(data, name)
        overrides = scenario_overrides(data, name)
        click.echo(f"{name}  [{source_text(source, lang)}]")
        for key, value in overrides.items():
            click.echo(f"    {key} = {value}")
        description = describe(data, name, lang)
        if description:
            click.echo(f"    {description}")
        if source == "preset":
            click.echo("    " + t("cli.source", lang, text=PRESETS[name].citation(lang)))
        click.echo("")


# ------------------------------------------------------------------------------------------
# staffopt compare
# ------------------------------------------------------------------------------------------
@click.command("compare")
@input_argument(required=False)
@click.option("--scenario", "names", multiple=True, metavar="NAME")
@click.option("--all", "all_", is_flag=True)
@_solver_options()
def compare_cmd(input_path: Path | None, names: tuple[str, ...], all_: bool, overrides: tuple[str, ...],
                time_limit: float | None, gap: float | None, objective: str | None, workers: int | None,
                scheduler: str | None, out: Path | None, lang: Lang) -> None:
    """Solve several scenarios of INPUT (default: the shipped example) and write one comparison report.

    The report folder holds comparison.xlsx, charts/ and one run folder per scenario.
    """
    from staffopt.pipeline import default_out_dir
    from staffopt.report.atomic import check_target
    from staffopt.whatif.compare import compare_scenarios, comparison_runs

    _check_parallel(workers, scheduler)
    path, name_path = _input(input_path)
    out_dir = out if out is not None else default_out_dir(name_path, "compare")
    check_target(out_dir, [] if path is None else [path])  # refuse before spending time on the solves
    if not all_ and not names:
        raise click.UsageError(t("cli.name_scenarios", current_lang()))
    data = _load(path, lang)
    cli = option_overrides(overrides, objective, time_limit, gap)
    chosen, settings, notes = comparison_runs(data, None if all_ else names, cli, lang)
    echo_notes(notes, lang)
    results = compare_scenarios(data, chosen, settings, out_dir, lang, workers=workers, scheduler=scheduler,
                                on_result=_progress(lang), notes=notes, provenance=_provenance(path))
    _echo_table(chosen, results, lang)
    click.echo(t("cli.field", lang, label=t("cli.report", lang), value=out_dir))
    if not any(r.has_plan for r in results):
        raise SolveError(Msg("cli.no_scenario_plan"))


def _echo_table(names: Sequence[str], results: Sequence[Result], lang: Lang) -> None:
    """One line per run on stdout, the headline first.

    Status (with the cause when workload is left unmet), then total cost, its discounted value,
    standards met, unmet workload and cost per person-time
    (:func:`staffopt.report.headline.headline`).
    """
    from staffopt.report.headline import headline
    from staffopt.report.labels import localized_messages
    from staffopt.report.reform_text import scenario_label

    for name, result in zip(names, results, strict=True):
        head = headline(result)
        line = f"  {scenario_label(name, lang)}: {head.status_text(lang)}"
        if result.has_plan:
            line += t("list.semicolon", lang) + head.line(lang)
        elif result.messages:
            reason = " ".join(localized_messages(result.messages, result.messages_zh, lang))
            line += f" - {reason[:240]}{'...' if len(reason) > 240 else ''}"
        click.echo(line)


# ------------------------------------------------------------------------------------------
# staffopt frontier
# ------------------------------------------------------------------------------------------
@click.command("frontier")
@input_argument(required=False)
@click.option("--vary", required=True, metavar="KEY=START:STOP:STEPS")
@click.option("--scenario", "scenario", default=None, metavar="NAME")
@_solver_options()
def frontier_cmd(input_path: Path | None, vary: str, scenario: str | None, overrides: tuple[str, ...],
                 time_limit: float | None, gap: float | None, objective: str | None, workers: int | None,
                 scheduler: str | None, out: Path | None, lang: Lang) -> None:
    """Solve INPUT (default: the shipped example) along a range of one parameter.

    The report holds the trade-off curve and the marginal price of each step.
    """
    from staffopt.pipeline import default_out_dir
    from staffopt.report.atomic import check_target
    from staffopt.whatif.frontier import frontier_runs, run_frontier
    from staffopt.whatif.sweep import parse_vary

    _check_parallel(workers, scheduler)
    key, values = parse_vary(vary)
    path, name_path = _input(input_path)
    out_dir = out if out is not None else default_out_dir(name_path, f"frontier-{key}")
    check_target(out_dir, [] if path is None else [path])
    data = _load(path, lang)
    cli = option_overrides(overrides, objective, time_limit, gap)
    jobs, notes = frontier_runs(data, key, values, scenario, cli, lang)
    echo_notes(notes, lang)
    results = run_frontier(data, key, values, jobs, out_dir, lang, workers=workers, scheduler=scheduler,
                           on_result=_progress(lang), notes=notes, on_reuse=_reused(jobs, lang))
    _echo_table([j.name for j in jobs], results, lang)
    click.echo(t("cli.field", lang, label=t("cli.report", lang), value=out_dir))
    if not any(r.has_plan for r in results):
        raise SolveError(Msg("cli.no_step_plan"))


def register(group: click.Group) -> None:
    """Add ``scenarios``, ``compare`` and ``frontier`` to ``group``."""
    group.add_command(scenarios_cmd)
    group.add_command(compare_cmd)
    group.add_command(frontier_cmd)

