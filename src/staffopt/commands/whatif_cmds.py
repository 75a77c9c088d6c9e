"""What-if commands: ``staffopt scenarios``, ``staffopt compare`` and ``staffopt frontier``."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from staffopt.commands.options import (
    gap_option,
    input_argument,
    lang_option,
    objective_option,
    set_option,
    time_limit_option,
)
from staffopt.commands.solve_cmd import echo_notes, option_overrides
from staffopt.errors import SolveError
from staffopt.instance import InputData
from staffopt.report.labels import localized_messages, status_text
from staffopt.results import Result
from staffopt.scenarios import run_notes
from staffopt.schema import MONEY, PERSON_TIMES_TOTAL, Lang
from staffopt.settings import Settings
from staffopt.sweep import Job, OnResult, run_sweep
from staffopt.text import Msg, current_lang, t

F = TypeVar("F", bound=Callable[..., Any])

COMPARE_FILE = "comparison.xlsx"
FRONTIER_FILE = "frontier.xlsx"
CHARTS_DIR = "charts"
RUNS_DIR = "scenarios"

workers_option = click.option(
    "--workers", type=click.IntRange(min=1), default=None, metavar="N",
    help="Solve on a local Dask cluster of N worker processes (127.0.0.1 only), one solver thread each.",
)
scheduler_option = click.option(
    "--scheduler", default=None, metavar="tcp://HOST:PORT",
    help="Send the solves to a running Dask cluster instead of this machine "
         "(see 'Parallel runs with Dask' in the README).",
)


def _out_option(default: str) -> Callable[[F], F]:
    """``--out`` with this command's default folder in its help (the shared one is ``solve``'s)."""
    return click.option(
        "--out", type=click.Path(path_type=Path, file_okay=False), default=None,
        help=f"Report folder (default: {default}).",
    )


def _solver_options(out_default: str) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        for option in reversed((set_option, time_limit_option, gap_option, objective_option,
                                workers_option, scheduler_option, _out_option(out_default), lang_option)):
            func = option(func)
        return func
    return decorate


def _check_parallel(workers: int | None, scheduler: str | None) -> None:
    if workers is not None and scheduler is not None:
        raise click.UsageError(t("cli.workers_or_scheduler", current_lang()))


def _progress(lang: Lang) -> Callable[[int, Job, Result, int, int], None]:
    def report(_i: int, job: Job, result: Result, done: int, total: int) -> None:
        click.echo(f"[{done}/{total}] {job.name}: {status_text(result.status, lang)} "
                   f"({result.build_seconds + result.solve_seconds:.1f} s)", err=True)
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


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{dev}{i}" for dev in ("COM", "LPT") for i in range(1, 10))}


def _protected(data: InputData) -> list[Path]:
    """The input workbook, when ``data`` was read from one that exists: never written over."""
    return [Path(data.source)] if data.source and Path(data.source).exists() else []


def _safe(name: str) -> str:
    """Return ``name`` as one folder name on every system (no separators, no ``..``, not ``CON``)."""
    text = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name.strip()).lstrip(".")
    text = text.rstrip(". ") or "_"
    return f"_{text}" if text.split(".")[0].upper() in _RESERVED else text


# ------------------------------------------------------------------------------------------
# staffopt scenarios
# ------------------------------------------------------------------------------------------
@click.command("scenarios", epilog="Example: staffopt scenarios my_province.xlsx --lang zh")
@input_argument(required=False)
@lang_option
def scenarios_cmd(input_path: Path | None, lang: Lang) -> None:
    """List the built-in reform presets and the workbook's scenarios with their overrides."""
    from staffopt.pipeline import read_input
    from staffopt.scenarios import PRESETS, describe, scenario_names, scenario_overrides, scenario_source
    from staffopt.whatif_report import source_text

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
@click.command("compare", epilog=(
    "\b\nExamples:\n"
    "  staffopt compare --scenario status_quo --scenario fund_1pct   (the shipped example)\n"
    "  staffopt compare my.xlsx --scenario status_quo --scenario fund_austria --scenario fund_korea\n"
    "  staffopt compare my.xlsx --all --workers 2 --lang zh\n"
    "  staffopt compare my.xlsx --all --scheduler tcp://10.0.0.5:8786\n\n"
    "\b\nExit status: 0 report written (failed scenarios are listed in it); 2 bad input;\n"
    "3 no scenario produced a plan."))
@input_argument(required=False)
@click.option("--scenario", "names", multiple=True, metavar="NAME",
              help="Scenario to solve (repeatable; the first one is the reference of the differences).")
@click.option("--all", "all_", is_flag=True, help="Solve every scenario: the workbook's, then the presets.")
@_solver_options("reports/<input-stem>-compare/")
def compare_cmd(input_path: Path | None, names: tuple[str, ...], all_: bool, overrides: tuple[str, ...],
                time_limit: float | None, gap: float | None, objective: str | None, workers: int | None,
                scheduler: str | None, out: Path | None, lang: Lang) -> None:
    """Solve several scenarios of INPUT (default: the shipped example) and write one comparison report.

    The report folder holds comparison.xlsx, charts/ and one run folder per scenario.
    """
    from staffopt.pipeline import default_out_dir, effective_settings
    from staffopt.report.atomic import check_target
    from staffopt.scenarios import scenario_names

    _check_parallel(workers, scheduler)
    path, name_path = _input(input_path)
    out_dir = out if out is not None else default_out_dir(name_path, "compare")
    check_target(out_dir, [] if path is None else [path])  # refuse before spending time on the solves
    if not all_ and not names:
        raise click.UsageError(t("cli.name_scenarios", current_lang()))
    data = _load(path, lang)
    chosen = scenario_names(data) if all_ else list(dict.fromkeys(n.strip() for n in names))
    cli = option_overrides(overrides, objective, time_limit, gap)
    settings = [effective_settings(data, name, cli) for name in chosen]
    notes = [note for name, st in zip(chosen, settings, strict=True)
             for note in run_notes(data, name, st, list(cli), lang)]
    echo_notes(notes, lang)
    results = compare_scenarios(data, chosen, settings, out_dir, lang, workers=workers, scheduler=scheduler,
                                on_result=_progress(lang), notes=notes)
    _echo_table(chosen, results, lang)
    click.echo(t("cli.field", lang, label=t("cli.report", lang), value=out_dir))
    if not any(r.has_plan for r in results):
        raise SolveError(Msg("cli.no_scenario_plan"))


def compare_scenarios(
    data: InputData,
    names: Sequence[str],
    settings: Sequence[Settings],
    out_dir: Path,
    lang: Lang,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    on_result: OnResult | None = None,
    notes: Sequence[str] = (),
) -> list[Result]:
    """Solve each scenario, write its run folder and the comparison into ``out_dir``; return the results.

    ``notes``: warnings written under the comparison table (see :func:`run_notes`).

    ``out_dir`` is written atomically (complete or not at all). Each scenario's job — solve, then
    its run folder ``scenarios/<name>/`` — runs serially here, or with ``workers`` on a local
    Dask cluster whose workers do both, or with ``scheduler`` on a remote cluster that only
    solves (this process then writes the run folders: see :mod:`staffopt.sweep`). The
    comparison workbook and charts are written here once all jobs are done.
    """
    from staffopt.report.atomic import atomic_folder, check_target

    check_target(out_dir, _protected(data))
    with atomic_folder(out_dir) as tmp:
        folders = [(tmp / RUNS_DIR / folder).absolute() for folder in run_folder_names(names)]
        jobs = [Job(name, s, folder) for name, s, folder in zip(names, settings, folders, strict=True)]
        finish = functools.partial(write_comparison_files, names=list(names), folder=tmp.absolute(),
                                   lang=lang, run_folders=folders, notes=list(notes))
        results = run_sweep(data, jobs, workers=workers, scheduler=scheduler, on_result=on_result, lang=lang,
                            finish=finish)
    return results


def write_comparison_files(
    data: InputData, results: Sequence[Result], *, names: Sequence[str], folder: Path, lang: Lang,
    run_folders: Sequence[Path], notes: Sequence[str] = (),
) -> None:
    """Write ``comparison.xlsx`` and the comparison charts into ``folder``.

    ``run_folders``: each scenario's run folder; a scenario whose folder is missing (it could not
    be written) gets its messages in the settings sheet even when it has a plan. ``notes``:
    warnings written under the comparison table.
    """
    from staffopt.report.charts import save_chart
    from staffopt.scenarios import describe, scenario_source
    from staffopt.whatif_report import (
        comparison_charts,
        comparison_table,
        source_text,
        write_comparison_workbook,
    )

    table = comparison_table(names, results)
    rows = []
    written = [f.is_dir() for f in run_folders]
    for name, result, ok in zip(names, results, written, strict=True):
        changed = ", ".join(f"{k}={v}" for k, v in _changed(data.parameters, result.settings).items())
        reason = "" if result.has_plan and ok else " ".join(
            localized_messages(result.messages, result.messages_zh, lang))
        rows.append((name, source_text(scenario_source(data, name), lang), changed,
                     "; ".join(x for x in (describe(data, name, lang), reason) if x)))
    write_comparison_workbook(folder / COMPARE_FILE, table, lang, settings_rows=rows, notes=notes)
    if any(r.has_plan for r in results):
        (folder / CHARTS_DIR).mkdir()
        for stem, chart in comparison_charts(table, lang).items():
            save_chart(chart, folder / CHARTS_DIR, stem)


def run_folder_names(names: Sequence[str]) -> list[str]:
    """Return each scenario's run folder name: made safe, then unique with ``-2``, ``-3`` and so on."""
    out: list[str] = []
    for name in names:
        base = folder = _safe(name)
        n = 1
        while folder.lower() in {f.lower() for f in out}:  # Windows folders ignore case
            n += 1
            folder = f"{base}-{n}"
        out.append(folder)
    return out


def _changed(base: Settings, settings: Settings) -> dict[str, Any]:
    return {k: v for k, v in settings.items() if base[k] != v and k != "solver.threads"}


def _echo_table(names: Sequence[str], results: Sequence[Result], lang: Lang) -> None:
    from staffopt.whatif_report import scenario_metrics

    for name, result in zip(names, results, strict=True):
        m = scenario_metrics(result)
        line = f"  {name}: {status_text(result.status, lang)}"
        if result.has_plan:
            line += t("cli.scenario_figures", lang, cost=m["cost_total"], money=MONEY.text(lang),
                      unmet=m["unmet"], persons=PERSON_TIMES_TOTAL.text(lang))
        elif result.messages:
            reason = " ".join(localized_messages(result.messages, result.messages_zh, lang))
            line += f" - {reason[:240]}{'...' if len(reason) > 240 else ''}"
        click.echo(line)


# ------------------------------------------------------------------------------------------
# staffopt frontier
# ------------------------------------------------------------------------------------------
@click.command("frontier", epilog=(
    "\b\nExamples:\n"
    "  staffopt frontier --vary target.county=3000:10000:8   (the shipped example)\n"
    "  staffopt frontier my.xlsx --vary budget.fund_share=0.005:0.04:8 --scenario fund_1pct "
    "--objective service\n"
    "  staffopt frontier my.xlsx --vary target.county=3000:10000:8 --workers 2"))
@input_argument(required=False)
@click.option("--vary", required=True, metavar="KEY=START:STOP:STEPS",
              help="Numeric parameter and range, e.g. budget.fund_share=0.005:0.04:8.")
@click.option("--scenario", "scenario", default=None, metavar="NAME",
              help="Scenario the range is applied to (default: the workbook's parameters).")
@_solver_options("reports/<input-stem>-frontier-<key>/")
def frontier_cmd(input_path: Path | None, vary: str, scenario: str | None, overrides: tuple[str, ...],
                 time_limit: float | None, gap: float | None, objective: str | None, workers: int | None,
                 scheduler: str | None, out: Path | None, lang: Lang) -> None:
    """Solve INPUT (default: the shipped example) along a range of one parameter.

    The report holds the trade-off curve and the marginal price of each step.
    """
    from staffopt.no_effect import ineffective_steps
    from staffopt.pipeline import default_out_dir, effective_settings
    from staffopt.report.atomic import check_target
    from staffopt.sweep import frontier_jobs, parse_vary

    _check_parallel(workers, scheduler)
    key, values = parse_vary(vary)
    path, name_path = _input(input_path)
    out_dir = out if out is not None else default_out_dir(name_path, f"frontier-{key}")
    check_target(out_dir, [] if path is None else [path])
    data = _load(path, lang)
    cli = option_overrides(overrides, objective, time_limit, gap)
    base = effective_settings(data, scenario, cli)
    jobs = frontier_jobs(base, key, values)
    notes = ineffective_steps(key, values, [j.settings for j in jobs], lang)
    notes += run_notes(data, scenario, base, [k for k in cli if k != key], lang)
    echo_notes(notes, lang)
    results = run_sweep(data, jobs, workers=workers, scheduler=scheduler, on_result=_progress(lang))
    write_frontier_folder(data, key, values, results, out_dir, lang, notes=notes)
    _echo_table([j.name for j in jobs], results, lang)
    click.echo(t("cli.field", lang, label=t("cli.report", lang), value=out_dir))
    if not any(r.has_plan for r in results):
        raise SolveError(Msg("cli.no_step_plan"))


def write_frontier_folder(
    data: InputData, key: str, values: Sequence[float], results: Sequence[Result], out_dir: Path, lang: Lang,
    *, notes: Sequence[str] = (),
) -> Path:
    """Write ``out_dir``: frontier workbook (``notes`` under its table) and chart (atomically)."""
    from staffopt.report.atomic import atomic_folder, check_target
    from staffopt.report.charts import save_chart
    from staffopt.whatif_report import frontier_chart, frontier_table, write_frontier_workbook

    check_target(out_dir, _protected(data))
    frame = frontier_table(key, values, results)
    with atomic_folder(out_dir) as tmp:
        write_frontier_workbook(tmp / FRONTIER_FILE, frame, key, lang, notes=notes)
        if any(r.has_plan for r in results):
            (tmp / CHARTS_DIR).mkdir()
            save_chart(frontier_chart(frame, key, lang), tmp / CHARTS_DIR, "frontier")
    return out_dir


def register(group: click.Group) -> None:
    """Add ``scenarios``, ``compare`` and ``frontier`` to ``group``."""
    group.add_command(scenarios_cmd)
    group.add_command(compare_cmd)
    group.add_command(frontier_cmd)

